"""Reading a plan database that may not be written: a read-only file, folder or file system.

SQLite opens a WAL database read-only (``mode=ro``) only where it can create
or use the ``-shm`` file beside it; in a folder the user may not write, or on
a read-only mount, the file is opened ``immutable`` instead: SQLite then reads
it without any locking or shared memory, which is right for a file nobody on
this computer can change.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

TYPE_CHECKING = False  # typing.TYPE_CHECKING without loading typing (see services/messages.py)
if TYPE_CHECKING:
    from sqlalchemy import Engine


def read_only_uri(path: Path, immutable: bool = False) -> str:
    uri = f"{path.resolve().as_uri()}?mode=ro"
    return uri + "&immutable=1" if immutable else uri


def connect_read_only(path: Path, check_same_thread: bool = True) -> sqlite3.Connection:
    """A read-only connection to ``path``: ``mode=ro``, else ``immutable`` where the folder is read-only.

    SQLite errors other than those of a folder it cannot write (a damaged file,
    no permission to read) are raised as they are.
    """
    connection = sqlite3.connect(read_only_uri(path), uri=True, check_same_thread=check_same_thread)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return connection
    except sqlite3.OperationalError as error:
        connection.close()
        # SQLITE_READONLY (8, with its extended codes) or SQLITE_CANTOPEN (14): no -shm possible here.
        if (getattr(error, "sqlite_errorcode", 0) & 0xFF) not in (8, 14):
            raise
    return sqlite3.connect(read_only_uri(path, immutable=True), uri=True, check_same_thread=check_same_thread)


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA query_only=ON")
    cursor.close()


def make_read_only_engine(path: Path) -> Engine:
    """An engine that only reads ``path``; any write is refused by SQLite itself (``query_only``)."""
    # SQLAlchemy only when an engine is asked for: reading a plan needs sqlite3 alone.
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

    engine = create_engine(
        "sqlite://", creator=lambda: connect_read_only(path, check_same_thread=False), poolclass=QueuePool
    )
    event.listen(engine, "connect", _on_connect)
    return engine
