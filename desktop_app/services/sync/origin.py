"""The plan an installation started from: the common ancestor of installations that never exchanged.

Two installations made from the same seed or the same bundled plan file (the
normal start for a focus-area lead) share that plan as their last common
state. It is kept, when a database is created, as ``origin-<id>.sqlite`` in
the sync folder, and its id (``seed-``/``plan-`` and a hash of the source)
is written into every exported file. On an exchange without a better common
state (no earlier exchange, or its copies pruned), an incoming file with the
same origin is merged against that plan, field by field.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from database.backup import copy_database
from desktop_app.services.sync.plan_file import read_settings, sync_dir, write_settings

ORIGIN_KEY = "sync.origin"


def origin_id(source: Path, kind: str) -> str:
    """The id of a starting plan: what it is and a hash of its bytes (the same on every machine)."""
    digest = hashlib.sha256()
    with source.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return f"{kind}-{digest.hexdigest()[:20]}"


def origin_path(database_path: Path, origin: str) -> Path:
    return sync_dir(database_path) / f"origin-{origin}.sqlite"


def record_origin(database_path: Path, engine: Engine, source: Path, kind: str) -> None:
    """Remember that the new database at ``database_path`` is the plan ``source`` (``seed`` or ``plan``).

    Called right after the database is made, before anything else is written
    to it. A failure only costs the per-field merge of a first exchange, so it
    does not fail the creation.
    """
    try:
        origin = origin_id(source, kind)
        target = origin_path(database_path, origin)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(target.name + ".part")
            copy_database(database_path, partial)
            partial.replace(target)
        with engine.begin() as connection:
            write_settings(connection, {ORIGIN_KEY: origin})
    except (OSError, sqlite3.Error, SQLAlchemyError):
        return


def own_origin(engine: Engine) -> str:
    """The id of the plan this installation started from, or ``""`` when it is not known."""
    with engine.connect() as connection:
        return read_settings(connection).get(ORIGIN_KEY, "")
