"""Opening, creating and upgrading a plan database file.

A file is checked before anything is written to it: it must be SQLite, carry
this app's ``application_id`` and a schema revision the code knows.  A new
file is created at the newest revision and filled with the default plan; an
older one is upgraded after a dated backup copy is kept.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from database.assets import asset_path
from database.backup import backup_database, failure_reason
from database.errors import N_, DatabaseError, Message
from database.readonly import connect_read_only

TYPE_CHECKING = False  # typing.TYPE_CHECKING without loading typing (see services/messages.py)
if TYPE_CHECKING:
    from typing import Any

    from alembic.config import Config
    from sqlalchemy import Engine

# SQLAlchemy (≈ 0.2 s to import) is loaded by the first engine: reading a plan needs only the
# standard library's sqlite3 (see ``read_connection``); the engine is made for the first write.

APPLICATION_ID = 0x48504C4E  # "HPLN"
SQLITE_HEADER = b"SQLite format 3\x00"


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def hold_write_lock(connection: Any) -> None:
    """Begin ``connection``'s transaction now, holding SQLite's write lock, before a check that the
    writes after it depend on (an engine's or a session's connection, or a plain one).

    The sqlite3 module begins a transaction only at the first statement that writes, so what a
    transaction reads before that is read outside it: another connection could commit between the
    check and the writes. ``BEGIN IMMEDIATE`` takes the write lock at once (waiting up to the
    busy timeout for another writer to finish); the transaction's commit or rollback ends it.
    """
    raw = getattr(connection, "connection", connection)  # SQLAlchemy's Connection → the pool's
    raw = getattr(raw, "driver_connection", raw)  # … → the sqlite3 connection
    if not raw.in_transaction:
        raw.execute("BEGIN IMMEDIATE")


def make_engine(path: Path) -> Engine:
    """An engine on ``path`` with the pragmas every connection needs."""
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _on_connect)
    return engine


def connect(path: Path) -> sqlite3.Connection:
    """A plain connection on ``path`` with the same pragmas as an engine's connections.

    The file must exist (a read never creates an empty one); a write-protected file opens for
    reading.
    """
    if not path.is_file():  # (not a ``mode=rw`` URI: SQLite refuses one for a Windows network share)
        raise sqlite3.OperationalError(f"unable to open database file {path}")
    connection = sqlite3.connect(path)
    try:
        _on_connect(connection, None)
    except sqlite3.Error:
        connection.close()
        raise
    return connection


@contextmanager
def read_connection(source: Engine | Path) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection to read with: a new one on a path, or one of an engine's."""
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        if os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK):
            connection = connect(path)
        else:  # a plan that can only be read (file, folder or file system): never its -shm file
            connection = connect_read_only(path)
        try:
            yield connection
        finally:
            connection.close()
    else:
        with source.connect() as pooled:
            yield pooled.connection.driver_connection  # type: ignore[misc]


def migrations_dir() -> Path:
    """The Alembic script folder: ``env.py`` and ``versions/``."""
    return asset_path("database", "migrations")


def alembic_config() -> Config:
    # Alembic is imported only to create or upgrade a database: importing it costs a tenth of a
    # second at every start, and opening a database at the newest revision does not need it.
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


_REVISION_LINE = re.compile(
    r"^(down_revision|revision)\s*(?::[^=]*)?=\s*(?:[\"']([^\"']*)[\"']|None)\s*$", re.MULTILINE
)


def _revisions() -> dict[str, str | None]:
    """Each migration's revision and the revision it follows, read from the migration files.

    The same two assignments Alembic reads, found without importing Alembic
    (see ``alembic_config``); tests/test_database.py checks both agree.
    """
    return dict(_revisions_in(migrations_dir()))


@cache
def _revisions_in(scripts: Path) -> tuple[tuple[str, str | None], ...]:
    """``_revisions`` of one script folder, read once a process: opening a plan asks two or three
    times, and each reading globs and reads the ten migration files (0.5 ms)."""
    follows: dict[str, str | None] = {}
    for path in sorted((scripts / "versions").glob("*.py")):
        found = {name: value for name, value in _REVISION_LINE.findall(path.read_text(encoding="utf-8"))}
        if "revision" in found:
            follows[found["revision"]] = found.get("down_revision") or None
    return tuple(follows.items())


def head_revision() -> str:
    follows = _revisions()
    heads = set(follows) - set(follows.values())
    assert len(heads) == 1, f"the migrations must have one head, not {sorted(heads)}"
    return heads.pop()


def known_revisions() -> set[str]:
    return set(_revisions())


def revision_is_newer(revision: str) -> bool:
    """Whether an unknown ``revision`` is numbered after this version's head (revisions are "0001" …).

    Anything else unknown (an older or another branch's schema) is not called newer.
    """
    number, head = re.match(r"\d*", revision), re.match(r"\d*", head_revision())
    return bool(number and number.group() and head and head.group()) and int(number.group()) > int(
        head.group()
    )


class FileState:
    """What a look at a database file, without writing to it, found.

    A plain class, not a dataclass: every start and every command looks at the plan first, and
    ``dataclasses`` (with the ``inspect`` it loads) would cost them several milliseconds.
    """

    __slots__ = ("application_id", "revision", "table_count")

    def __init__(self, application_id: int, revision: str | None, table_count: int) -> None:
        self.application_id = application_id
        self.revision = revision
        self.table_count = table_count


def inspect_file(path: Path) -> FileState:
    """Read a file's identity and schema revision, read-only.

    Raises ``DatabaseError`` for a file that is not an SQLite database or is
    damaged; an ``OSError`` or SQLite error that is the file system's doing (no
    permission, a read-only folder, a full disk) is raised as it is, for the
    caller to name the file and the reason.
    """
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise DatabaseError(
            N_("Filen {path} är ingen Handlingsplan-databas (inte en SQLite-fil)."), path=path
        )
    try:
        connection = connect_read_only(path)
        try:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            tables = {
                row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        # SQLITE_CORRUPT (11) and SQLITE_NOTADB (26): the file's content, not the disk or the folder.
        if (getattr(error, "sqlite_errorcode", 0) & 0xFF) in (11, 26):
            raise DatabaseError(
                N_("Filen {path} är skadad eller ingen SQLite-databas."), path=path
            ) from error
        raise
    return FileState(application_id, revision, len(tables))


def check_identity(path: Path, state: FileState) -> None:
    """Refuse a file of another program or of a newer version of this one."""
    if state.application_id != APPLICATION_ID:
        raise DatabaseError(
            N_("Filen {path} är en SQLite-databas från ett annat program, inte en Handlingsplan-databas."),
            path=path,
        )
    if state.revision is None:
        raise DatabaseError(N_("Filen {path} saknar schemaversion och kan inte öppnas."), path=path)
    if state.revision not in known_revisions():
        if revision_is_newer(state.revision):
            raise DatabaseError(
                N_(
                    "Databasen {path} är skapad av en nyare version av Handlingsplan "
                    "(schema {revision}). Uppdatera programmet för att öppna den."
                ),
                path=path,
                revision=state.revision,
            )
        raise DatabaseError(
            N_(
                "Databasen {path} har en schemaversion ({revision}) som den här versionen av "
                "Handlingsplan inte känner till; den kommer från en annan utgåva av programmet."
            ),
            path=path,
            revision=state.revision,
        )


def current_revision(source: Engine | Path) -> str | None:
    """The schema revision the database is at (Alembic's ``alembic_version``), read with plain SQL."""
    with read_connection(source) as connection:
        if not connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone():
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def upgrade_to_head(engine: Engine) -> None:
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def create_database(path: Path) -> Engine:
    """Create an empty database at ``path`` at the newest schema revision."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        upgrade_to_head(engine)
    except BaseException:
        engine.dispose()  # no connection left open on a file the caller will remove
        raise
    return engine


def open_existing(path: Path, backup_dir: Path | None = None) -> Engine:
    """Open a database that exists, upgrading it (after a backup) when it is older."""
    state = inspect_file(path)
    check_identity(path, state)
    if state.revision != head_revision():
        backup_database(path, backup_dir or default_backup_dir(path), reason="uppgradering")
        engine = make_engine(path)
        upgrade_to_head(engine)
        return engine
    return make_engine(path)


def default_backup_dir(path: Path) -> Path:
    return path.parent / "backups"


def is_current(path: Path) -> bool:
    """Whether ``path`` is an existing plan at the newest revision: one that opens without writing.

    Raises ``DatabaseError`` for a file that cannot be opened at all, as ``open_existing`` would.
    """
    if path.is_dir() or not path.exists() or path.stat().st_size == 0:
        return False
    state = inspect_file(path)
    check_identity(path, state)
    return state.revision == head_revision()


def open_or_create(path: Path, backup_dir: Path | None = None) -> tuple[Engine, bool]:
    """Open ``path``, or create it when it does not exist or is an empty file.

    Returns the engine and whether the file was created (and so needs the
    default plan).
    """
    if path.is_dir():
        raise DatabaseError(N_("{path} är en mapp, inte en databasfil."), path=path)
    if not path.exists() or path.stat().st_size == 0:
        try:
            return create_database(path), True
        except (OSError, sqlite3.Error) as error:
            raise DatabaseError(
                N_("Databasen {path} kan inte skapas: {reason}."), path=path, reason=failure_reason(error)
            ) from error
    return open_existing(path, backup_dir), False


def integrity_problems(engine: Engine) -> list[str]:
    """The problems ``PRAGMA integrity_check`` and ``foreign_key_check`` find; empty when sound."""
    problems: list[str] = []
    with engine.connect() as connection:
        for (line,) in connection.exec_driver_sql("PRAGMA integrity_check"):
            if line != "ok":
                problems.append(line)
        for row in connection.exec_driver_sql("PRAGMA foreign_key_check"):
            problems.append(
                str(
                    Message(
                        N_("trasig referens i tabellen {table} (rad {row}) till {parent}"),
                        table=row[0],
                        row=row[1],
                        parent=row[2],
                    )
                )
            )
    return problems
