"""Where the user's plan lives and how it is opened."""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_path

from database.default_plan import bundled_default_plan, create_from_plan_file, is_new_database
from database.store import default_backup_dir, is_current, make_engine, open_or_create

if TYPE_CHECKING:
    from sqlalchemy import Engine

APP_NAME = "Handlingsplan"
DATABASE_NAME = "handlingsplan.sqlite"


def data_dir() -> Path:
    """The platform's user data folder for the app."""
    return user_data_path(APP_NAME, appauthor=False, roaming=True)


def default_database_path() -> Path:
    return data_dir() / DATABASE_NAME


def current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


class Workspace:
    """An open plan database.

    Reading needs only ``path`` (see ``services.tree.read_tree``); the SQLAlchemy engine, and
    SQLAlchemy with it, is made the first time something asks for ``engine``: a start and the
    reading commands never do.
    """

    def __init__(self, path: Path, engine: Engine | None = None, created: bool = False) -> None:
        self.path = path
        self.created = created
        self._engine = engine

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = make_engine(self.path)
        return self._engine

    @property
    def backup_dir(self) -> Path:
        return default_backup_dir(self.path)

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()

    def __repr__(self) -> str:
        return f"Workspace(path={self.path!r}, created={self.created!r})"


def _record_origin(path: Path, engine: Engine, source: Path, kind: str) -> None:
    """Keep the plan a new database started from, the common state of a first exchange."""
    from desktop_app.services.sync.origin import record_origin

    record_origin(path, engine, source, kind)


def open_workspace(path: Path | None = None) -> Workspace:
    """Open the plan at ``path`` (default: the user's own), creating it when it does not exist.

    A new database is a copy of the plan bundled by the installer when there
    is one, otherwise the seeded plan.  Raises ``DatabaseError`` when the file
    cannot be used; the file is then unchanged.
    """
    path = (path or default_database_path()).expanduser()
    default_plan = bundled_default_plan()
    if default_plan is not None and is_new_database(path):
        engine = create_from_plan_file(default_plan, path)
        _record_origin(path, engine, default_plan, "plan")
        return Workspace(path=path, engine=engine, created=True)
    if is_current(path):  # the usual case: open it for reading, without SQLAlchemy
        return Workspace(path=path)
    engine, created = open_or_create(path)
    if created:
        # Like Alembic in database.store, the seed and the table classes it needs are loaded only
        # when a database is made: opening an existing plan reads it with plain SQL.
        from database.seed import load_seed_plan

        try:
            load_seed_plan(engine)
        except Exception:
            engine.dispose()
            for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                leftover.unlink(missing_ok=True)
            raise
        from database.seed import seed_plan_path

        _record_origin(path, engine, seed_plan_path(), "seed")
    return Workspace(path=path, engine=engine, created=created)
