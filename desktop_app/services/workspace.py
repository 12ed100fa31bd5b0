"""Where the user's plan lives and how it is opened."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path
from sqlalchemy import Engine

from database.default_plan import bundled_default_plan, create_from_plan_file, is_new_database
from database.store import default_backup_dir, open_or_create
from desktop_app.services.user_profile import acting_user

APP_NAME = "Handlingsplan"
DATABASE_NAME = "handlingsplan.sqlite"


def data_dir() -> Path:
    """The platform's user data folder for the app."""
    return user_data_path(APP_NAME, appauthor=False, roaming=True)


def default_database_path() -> Path:
    return data_dir() / DATABASE_NAME


def current_user() -> str:
    """The name the user gave the app (never the operating system's login name); see ``user_profile``."""
    return acting_user()


@dataclass
class Workspace:
    """An open plan database."""

    path: Path
    engine: Engine
    created: bool

    @property
    def backup_dir(self) -> Path:
        return default_backup_dir(self.path)

    def close(self) -> None:
        self.engine.dispose()


def open_workspace(path: Path | None = None) -> Workspace:
    """Open the plan at ``path`` (default: the user's own), creating it when it does not exist.

    A new database is a copy of the plan bundled by the installer when there
    is one, otherwise the seeded plan.  Raises ``DatabaseError`` when the file
    cannot be used; the file is then unchanged.
    """
    path = (path or default_database_path()).expanduser()
    default_plan = bundled_default_plan()
    if default_plan is not None and is_new_database(path):
        return Workspace(path=path, engine=create_from_plan_file(default_plan, path), created=True)
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
    return Workspace(path=path, engine=engine, created=created)
