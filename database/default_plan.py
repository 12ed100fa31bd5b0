"""The plan an installation starts from: a plan file bundled by the installer, when there is one.

``installers/build.py --plan FILE.hplan`` puts the process leader's current
plan into the bundle as ``database/seed/default.hplan``.  A user's database
that does not exist yet is then made as a copy of that file, instead of from
the seeded plan; an existing database is never replaced by it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from database.assets import asset_path
from database.backup import copy_database, failure_reason
from database.errors import N_, DatabaseError
from database.store import (
    check_identity,
    head_revision,
    inspect_file,
    integrity_problems,
    make_engine,
    upgrade_to_head,
)

TYPE_CHECKING = False  # typing.TYPE_CHECKING without loading typing (see services/messages.py)
if TYPE_CHECKING:
    from sqlalchemy import Engine

DEFAULT_PLAN_NAME = "default.hplan"


def bundled_default_plan() -> Path | None:
    """The plan file bundled with this installation, or ``None`` (then the seeded plan is used)."""
    path = asset_path("database", "seed", DEFAULT_PLAN_NAME)
    return path if path.is_file() else None


def is_new_database(path: Path) -> bool:
    """Whether opening ``path`` creates a database (no file, or an empty one), as ``open_or_create`` does."""
    return not path.is_dir() and (not path.exists() or path.stat().st_size == 0)


def create_from_plan_file(source: Path, target: Path) -> Engine:
    """Create the database ``target`` as a copy of the plan file ``source``, at the newest schema.

    ``source`` is checked like any plan file (application id, known schema
    revision, integrity) and only read.  The copy is made with SQLite's backup
    API and upgraded under a temporary name, then renamed into place, so a
    failure leaves no half-made database behind.
    """
    check_identity(source, inspect_file(source))
    partial = target.with_name(target.name + ".ny")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        copy_database(source, partial)
        engine = make_engine(partial)
        try:
            problems = integrity_problems(engine)
            if problems:
                raise DatabaseError(
                    N_("Planfilen {path} är skadad: {problem}."), path=source, problem=problems[0]
                )
            state = inspect_file(partial)
            if state.revision != head_revision():
                upgrade_to_head(engine)
        finally:
            engine.dispose()
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as error:
        raise DatabaseError(
            N_("Databasen {path} kan inte skapas från planfilen {source}: {reason}."),
            path=target,
            source=source,
            reason=failure_reason(error),
        ) from error
    finally:
        for leftover in (
            partial,
            partial.with_name(partial.name + "-wal"),
            partial.with_name(partial.name + "-shm"),
        ):
            with contextlib.suppress(OSError):  # none where the folder could not be made
                leftover.unlink(missing_ok=True)
    return make_engine(target)
