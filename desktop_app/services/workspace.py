"""Where the user's plan lives and how it is opened."""

from __future__ import annotations

import os
from pathlib import Path

from database.default_plan import bundled_default_plan, create_from_plan_file
from database.errors import DatabaseError
from database.readonly import make_read_only_engine
from database.store import (
    check_identity,
    create_database,
    default_backup_dir,
    head_revision,
    inspect_file,
    is_current,
    make_engine,
    open_existing,
)
from desktop_app.services import file_access
from desktop_app.services.file_access import FileAccessError, shown
from desktop_app.services.messages import _
from desktop_app.services.user_dirs import data_folder

TYPE_CHECKING = False  # typing.TYPE_CHECKING without loading typing (see services/messages.py)
if TYPE_CHECKING:
    from sqlalchemy import Engine

DATABASE_NAME = "handlingsplan.sqlite"


def data_dir() -> Path:
    """The platform's user data folder for the app."""
    return data_folder()


def default_database_path() -> Path:
    return data_dir() / DATABASE_NAME


class Workspace:
    """An open plan database.

    Reading needs only ``path`` (see ``services.tree.read_tree``); the SQLAlchemy engine, and
    SQLAlchemy with it, is made the first time something asks for ``engine``: a start and the
    reading commands never do. ``read_only_reason`` says why the plan can only be read (a
    read-only file, folder or file system); empty when it can be changed.
    """

    def __init__(
        self, path: Path, engine: Engine | None = None, created: bool = False, read_only_reason: str = ""
    ) -> None:
        self.path = path
        self.created = created
        self.read_only_reason = read_only_reason
        self._engine = engine

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = make_read_only_engine(self.path) if self.read_only else make_engine(self.path)
        return self._engine

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

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


def _is_empty(path: Path) -> bool:
    """An existing regular file with nothing in it: a plan to be made (``/proc`` files say size 0 too)."""
    if path.stat().st_size != 0:
        return False
    with path.open("rb") as handle:
        return handle.read(1) == b""


def read_only_reason(path: Path) -> str:
    """Why the existing plan ``path`` can only be read, or ``""`` when it can be changed."""
    folder = path.parent
    if file_access.read_only_file_system(path):
        return _("Planen {path} ligger på ett skrivskyddat filsystem och kan bara läsas.").format(
            path=shown(path)
        )
    if not os.access(path, os.W_OK):
        return _("Filen {path} är skrivskyddad; planen kan bara läsas.").format(path=shown(path))
    if not os.access(folder, os.W_OK | os.X_OK):
        return _("Du har inte behörighet att skriva i mappen {folder}; planen kan bara läsas.").format(
            folder=shown(folder)
        )
    return ""


def _refuse(path: Path, why: str) -> FileAccessError:
    return FileAccessError(_("Planen {path} kan inte öppnas: {reason}.").format(path=shown(path), reason=why))


def open_workspace(path: Path | None = None, make_folder: bool = True) -> Workspace:
    """Open the plan at ``path`` (default: the user's own), creating it when it does not exist.

    The user's own data folder is made when needed, another folder only when
    ``make_folder`` (a path the user typed is given with ``make_folder=False``:
    a mistyped folder is then refused, never made); a plan that cannot be written is opened for
    reading, with ``read_only_reason`` saying why.  A new database is a copy
    of the plan bundled by the installer when there is one, otherwise the
    seeded plan.  Raises ``DatabaseError`` (a ``FileAccessError`` for what the
    file system refuses) when the file cannot be used; it is then unchanged.
    """
    own = path is None
    path = (path or default_database_path()).expanduser()
    try:
        if own or make_folder:
            path.parent.mkdir(parents=True, exist_ok=True)
        problem = file_access.input_problem(path)
        if problem is None:
            if _is_empty(path):
                return _create(path)
            return _open(path)
        try:
            path.lstat()
            missing = False
        except FileNotFoundError:
            missing = True
        except OSError:
            missing = False
        if not missing or not path.parent.is_dir():
            raise _refuse(path, problem)
        folder_problem = file_access.output_problem(path)
        if folder_problem:
            raise FileAccessError(
                _("Planen {path} kan inte skapas: {reason}.").format(path=shown(path), reason=folder_problem)
            )
        return _create(path)
    except DatabaseError:
        raise
    except Exception as error:
        if file_access.is_file_failure(error):
            raise _refuse(path, file_access.reason(error)) from error
        raise


def _open(path: Path) -> Workspace:
    reason = read_only_reason(path)
    if not reason:
        if is_current(path):  # the usual case: read with sqlite3; SQLAlchemy at the first write
            return Workspace(path=path)
        return Workspace(path=path, engine=open_existing(path), created=False)
    state = inspect_file(path)
    check_identity(path, state)
    if state.revision != head_revision():
        raise _refuse(
            path,
            _(
                "den har en äldre schemaversion och måste uppgraderas, men den kan inte skrivas ({why})"
            ).format(why=reason.rstrip(".")),
        )
    return Workspace(path=path, engine=make_read_only_engine(path), created=False, read_only_reason=reason)


def _create(path: Path) -> Workspace:
    default_plan = bundled_default_plan()
    if default_plan is not None:
        engine = create_from_plan_file(default_plan, path)
        _record_origin(path, engine, default_plan, "plan")
        return Workspace(path=path, engine=engine, created=True)
    engine = None
    try:
        engine = create_database(path)
        # Like Alembic in database.store, the seed and the table classes it needs are loaded only
        # when a database is made: opening an existing plan reads it with plain SQL.
        from database.seed import load_seed_plan

        load_seed_plan(engine)
    except BaseException:
        # Half a plan (say, on a full disk) would be taken for a plan the next time: none is left.
        if engine is not None:
            engine.dispose()
        for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)
        raise
    from database.seed import seed_plan_path

    _record_origin(path, engine, seed_plan_path(), "seed")
    return Workspace(path=path, engine=engine, created=True)
