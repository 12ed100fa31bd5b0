"""The plan file's metadata and the safe opening of an incoming file.

An incoming file is untrusted. It is never opened where it lies: it is
copied into a temporary folder first, the copy is opened with plain
``sqlite3`` with ``trusted_schema`` off and without extensions, and it is
refused when its schema holds triggers or views (code that would run when
the file is read or changed). Only then are ``application_id`` and the schema
revision checked; an older schema is upgraded in the copy, a newer one refused.

As SQLite advises for a database file from elsewhere
(https://sqlite.org/security.html), every connection to the copy checks the
size of each cell it reads and maps nothing into memory (``open_copy``), and the
first statement run on the copy is ``quick_check``, which verifies every page's
structure. The full ``integrity_check`` also compares every index with its
table, reading the whole file for as long as the import's own reading of it:
it runs in a thread of its own from the start (SQLite lets the interpreter go
while it checks), beside the structure check and the reading, and its verdict
is taken before anything from the file is shown or kept
(``IncomingFile.verify``), before an older file is upgraded, and first whenever
the opening or the reading fails: a damaged file is refused as damaged, whatever
else went wrong with it.
"""

from __future__ import annotations

import functools
import json
import sqlite3
import tempfile
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, closing, contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import OperationalError

from database.errors import DatabaseError
from database.store import (
    APPLICATION_ID,
    SQLITE_HEADER,
    head_revision,
    known_revisions,
    make_engine,
    revision_is_newer,
)
from database.store import upgrade_to_head as _upgrade_to_head
from database.synced_tables import SYNCED_CONTAINMENT, SYNCED_TABLE_NAMES
from desktop_app.services import file_access
from desktop_app.services.background import Background
from desktop_app.services.leftovers import unfinished_folder
from desktop_app.services.messages import _
from desktop_app.services.rules import is_canonical_uuid, is_stored_time
from desktop_app.services.sync.errors import SyncError

FILE_SUFFIX = ".hplan"
INSTALLATION_KEY = "installation_id"
META_PREFIX = "export."

TABLE_NAMES: tuple[str, ...] = SYNCED_TABLE_NAMES

Row = dict[str, object]
Rows = dict[str, dict[str, Row]]
"""table name → record id → column → stored value."""


def stamp(moment: datetime | None = None) -> str:
    """A UTC time as the database stores it, so stored times compare as text."""
    moment = (moment or datetime.now(UTC)).astimezone(UTC)
    moment = moment.replace(microsecond=moment.microsecond // 1000 * 1000)
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


@dataclass(frozen=True)
class PlanFileInfo:
    """What a plan file says about itself."""

    exported_by: str
    exported_at: str
    installation_id: str
    export_id: str
    schema_revision: str
    scope_id: str | None
    scope_title: str
    acknowledged: dict[str, str] = field(default_factory=dict)
    """Installation id → ``"<export time>|<export id>"`` of the last file from it the sender imported."""
    origin: str = ""
    """The id of the plan the sender's installation started from (``sync.origin``), if known."""

    @property
    def exported_on_label(self) -> str:
        return self.exported_at[:16]

    def to_settings(self) -> dict[str, str]:
        return {
            f"{META_PREFIX}exported_by": self.exported_by,
            f"{META_PREFIX}exported_at": self.exported_at,
            f"{META_PREFIX}installation_id": self.installation_id,
            f"{META_PREFIX}export_id": self.export_id,
            f"{META_PREFIX}schema_revision": self.schema_revision,
            f"{META_PREFIX}scope_id": self.scope_id or "",
            f"{META_PREFIX}scope_title": self.scope_title,
            f"{META_PREFIX}acknowledged": json.dumps(self.acknowledged, sort_keys=True),
            f"{META_PREFIX}origin": self.origin,
        }

    @classmethod
    def from_settings(cls, settings: dict[str, str], path: Path) -> PlanFileInfo:
        def value(key: str) -> str:
            return settings.get(f"{META_PREFIX}{key}", "")

        if not value("installation_id") or not value("exported_at"):
            raise SyncError(
                _(
                    "Filen {name} är en Handlingsplan-databas men ingen exporterad planfil "
                    "(uppgifter om exporten saknas). Exportera planen med Arkiv > Exportera "
                    "plan."
                ).format(name=path.name)
            )
        if not is_stored_time(value("exported_at")) or not is_canonical_uuid(value("installation_id")):
            raise SyncError(
                _(
                    "Filen {name} kan inte importeras: uppgifterna om exporten (tid och avsändare) "
                    "är skadade. Be avsändaren exportera planen igen."
                ).format(name=path.name)
            )
        try:
            acknowledged = json.loads(value("acknowledged") or "{}")
        except json.JSONDecodeError:
            acknowledged = {}
        if not isinstance(acknowledged, dict):
            acknowledged = {}
        return cls(
            exported_by=value("exported_by"),
            exported_at=value("exported_at"),
            installation_id=value("installation_id"),
            export_id=value("export_id"),
            schema_revision=value("schema_revision"),
            scope_id=value("scope_id") or None,
            scope_title=value("scope_title"),
            acknowledged={str(k): str(v) for k, v in acknowledged.items()},
            origin=value("origin"),
        )


# --- the local database's sync state (Setting, never synced) ---------------------------


def read_settings(connection: Connection) -> dict[str, str]:
    return dict(connection.exec_driver_sql("SELECT key, value FROM setting").fetchall())


def write_settings(connection: Connection, values: dict[str, str]) -> None:
    if not values:
        return  # an empty parameter list would be taken as one row without values
    connection.exec_driver_sql(
        "INSERT INTO setting (key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        list(values.items()),
    )


def installation_id(engine: Engine) -> str:
    """This installation's permanent id, created in ``Setting`` the first time it is needed.

    A plan that can only be read and has none yet gets one made from its
    file's place, the same at every export, without writing it.
    """
    with engine.connect() as connection:
        row = connection.exec_driver_sql(
            "SELECT value FROM setting WHERE key = ?", (INSTALLATION_KEY,)
        ).fetchone()
        if row and row[0]:
            return str(row[0])
        new_id = str(uuid.uuid4())
        try:
            write_settings(connection, {INSTALLATION_KEY: new_id})
            connection.commit()
        except OperationalError:
            connection.rollback()
            name = connection.exec_driver_sql("PRAGMA database_list").fetchone()[2]
            return str(uuid.uuid5(uuid.NAMESPACE_URL, f"handlingsplan:{name}"))
        return new_id


def sync_dir(database_path: Path) -> Path:
    """Where the common states with other installations are kept, beside the database."""
    return database_path.absolute().parent / "sync"


def peer_key(peer_id: str) -> str:
    return f"sync.peer.{peer_id}"


# --- reading rows, set-based -------------------------------------------------------------


def plan_fingerprint(connection: sqlite3.Connection | Connection, schema: str = "main") -> str:
    """A token that changes whenever any synced record is added, changed or deleted."""
    parts = []
    for table in TABLE_NAMES:
        sql = f"SELECT count(*), max(modified_at) FROM {schema}.{table}"
        cursor = (
            connection.exec_driver_sql(sql) if isinstance(connection, Connection) else connection.execute(sql)
        )
        count, latest = cursor.fetchone()
        parts.append(f"{table}:{count}:{latest}")
    return "|".join(parts)


def table_columns(connection: sqlite3.Connection | Connection, table: str) -> list[str]:
    sql = f"PRAGMA table_info({table})"
    rows = connection.exec_driver_sql(sql) if isinstance(connection, Connection) else connection.execute(sql)
    return [row[1] for row in rows]


def read_rows(connection: sqlite3.Connection | Connection, columns: dict[str, list[str]]) -> Rows:
    """Every row of every synced table: one query per table."""
    rows: Rows = {}
    for table in TABLE_NAMES:
        names = columns[table]
        sql = f"SELECT {', '.join(names)} FROM {table}"
        cursor = (
            connection.exec_driver_sql(sql) if isinstance(connection, Connection) else connection.execute(sql)
        )
        rows[table] = {values[0]: dict(zip(names, values, strict=True)) for values in cursor}
    return rows


SPARSE_TABLES = frozenset(
    {
        "activity",
        "activityoffice",
        "activitygoal",
        "statusreport",
        "decision",
        "goalvalue",
        "focusareacheck",
        "personrole",
        "meetingreport",
    }
)
"""Tables the merge needs only where the two sides differ, and where a record read refers to
them (``read_referred``): no other record's description or check looks at their unchanged rows.
Ideas are read whole: a change of an idea's state is described by its idea."""

REFERRED: tuple[tuple[str, str], ...] = (
    ("decision_id", "decision"),
    ("status_report_id", "statusreport"),
    ("activity_id", "activity"),
)
"""The columns that refer to a record of a sparse table, in the order they are followed: a
lifecycle change names its decision, a decision its status report, and those their activity."""


def read_rows_to_merge(
    connection: sqlite3.Connection, columns: dict[str, list[str]], mine: str, theirs: str
) -> tuple[Rows, Rows]:
    """The rows of the databases attached as ``mine`` and ``theirs`` that the merge looks at.

    Every row of the small tables the preview describes records by; of the
    long tables (status reports, decisions …) only the rows that are new in
    ``theirs`` or differ from ``mine``, found by SQLite in one join: a plan
    with a decade of status reports is not read into Python twice.
    """
    mine_rows: Rows = {}
    theirs_rows: Rows = {}
    for table in TABLE_NAMES:
        names = columns[table]
        if table not in SPARSE_TABLES:
            # A row the same on both sides is one dict in both (nothing changes a row in place).
            cursor = connection.execute(f"SELECT {', '.join(names)} FROM {mine}.{table}")
            mine_values = {values[0]: values for values in cursor}
            same = mine_rows[table] = {
                i: dict(zip(names, values, strict=True)) for i, values in mine_values.items()
            }
            cursor = connection.execute(f"SELECT {', '.join(names)} FROM {theirs}.{table}")
            theirs_rows[table] = {
                values[0]: same[values[0]]
                if mine_values.get(values[0]) == values
                else dict(zip(names, values, strict=True))
                for values in cursor
            }
            continue
        cursor = _differing_rows(connection, names, f"{theirs}.{table}", f"{mine}.{table}")
        width = len(names)
        mine_rows[table], theirs_rows[table] = {}, {}
        for values in cursor:
            theirs_rows[table][values[0]] = dict(zip(names, values[:width], strict=True))
            if values[width] is not None:
                mine_rows[table][values[0]] = dict(zip(names, values[width:], strict=True))
    _read_children_of_deleted(connection, columns, mine, theirs, mine_rows, theirs_rows)
    # The status reports the differing decisions refer to, so that the preview can name them.
    wanted = {
        row["status_report_id"]
        for side in (mine_rows, theirs_rows)
        for row in side["decision"].values()
        if row["status_report_id"] is not None
    }
    for schema, rows in ((mine, mine_rows), (theirs, theirs_rows)):
        missing = [i for i in wanted if i not in rows["statusreport"]]
        rows["statusreport"] |= _rows_by_id(
            connection, f"{schema}.statusreport", columns["statusreport"], missing
        )
    return mine_rows, theirs_rows


def read_referred(
    connection: sqlite3.Connection,
    columns: dict[str, list[str]],
    mine: str,
    theirs: str,
    mine_rows: Rows,
    theirs_rows: Rows,
) -> None:
    """Add the records of sparse tables that the rows read refer to (``REFERRED``), on both sides.

    Describing a record names the activity (status report, decision) it belongs to, the orphan
    check looks at the parent of every record it checks and restores it, and a follow-up mark
    names its activity: each needs that record as both sides have it, changed or not. The
    unchanged rows of the sparse tables that nothing read refers to are never looked at.
    """
    for column, table in REFERRED:
        wanted = {
            row[column]
            for side in (mine_rows, theirs_rows)
            for rows in side.values()
            for row in rows.values()
            if row.get(column) is not None
        }
        for schema, rows in ((mine, mine_rows), (theirs, theirs_rows)):
            missing = [i for i in wanted if i not in rows[table]]
            rows[table] |= _rows_by_id(connection, f"{schema}.{table}", columns[table], missing)


def _differing_rows(
    connection: sqlite3.Connection, names: list[str], theirs: str, mine: str
) -> sqlite3.Cursor:
    """The rows of ``theirs`` that ``mine`` lacks or has otherwise, each with ``mine``'s row (or NULLs).

    Two copies of one plan mostly keep a record at the same rowid. So SQLite first sets aside the
    rows ``mine`` has the same at the same rowid, walking both tables once in rowid order (a merge
    ``EXCEPT``, no search per row); only the rows left are looked up in ``mine`` by id, which
    decides as a join on the id would (a row the same but at another rowid is no difference). A
    table without rowids (a hand-made file) is joined on the id alone.
    """
    columns = f"{', '.join(f't.{n}' for n in names)}, {', '.join(f'm.{n}' for n in names)}"
    differs = " OR ".join(f"t.{name} IS NOT m.{name}" for name in names)
    plain = ", ".join(names)
    try:
        return connection.execute(
            f"SELECT {columns} FROM {theirs} AS t LEFT JOIN {mine} AS m ON m.id = t.id"
            f" WHERE t.rowid IN (SELECT rowid FROM (SELECT rowid, {plain} FROM {theirs}"
            f" EXCEPT SELECT rowid, {plain} FROM {mine} ORDER BY 1)) AND ({differs})"
        )
    except sqlite3.OperationalError:
        return connection.execute(
            f"SELECT {columns} FROM {theirs} AS t LEFT JOIN {mine} AS m ON m.id = t.id WHERE {differs}"
        )


def containment() -> dict[str, tuple[tuple[str, str], ...]]:
    """Child table → ``(column, parent table)`` of each required foreign key: what lives under what."""
    return SYNCED_CONTAINMENT


def _read_children_of_deleted(
    connection: sqlite3.Connection,
    columns: dict[str, list[str]],
    mine: str,
    theirs: str,
    mine_rows: Rows,
    theirs_rows: Rows,
) -> None:
    """The rows of long tables under parents the file deletes and ``mine`` still has.

    Unchanged rows of long tables are otherwise not read; these are needed to
    see whether the file deleted a parent with records under it it never had.
    """
    for table in SPARSE_TABLES:
        names = columns[table]
        for column, parent in containment()[table]:
            deleted = [
                record_id
                for record_id, row in theirs_rows.get(parent, {}).items()
                if row["deleted_at"] is not None
                and (here := mine_rows[parent].get(record_id)) is not None
                and here["deleted_at"] is None
            ]
            for start in range(0, len(deleted), 500):
                part = deleted[start : start + 500]
                cursor = connection.execute(
                    f"SELECT {', '.join(names)} FROM {mine}.{table}"
                    f" WHERE {column} IN ({', '.join('?' * len(part))})",
                    part,
                )
                found = {values[0]: dict(zip(names, values, strict=True)) for values in cursor}
                for record_id, row in found.items():
                    mine_rows[table].setdefault(record_id, row)
                there = _rows_by_id(connection, f"{theirs}.{table}", names, list(found))
                for record_id, row in there.items():
                    theirs_rows[table].setdefault(record_id, row)


def read_rows_by_id(
    connection: sqlite3.Connection, columns: dict[str, list[str]], ids: dict[str, set[str]]
) -> Rows:
    """The rows of each table whose ids are given."""
    return {
        table: _rows_by_id(connection, table, columns[table], ids.get(table, ())) for table in TABLE_NAMES
    }


def _rows_by_id(
    connection: sqlite3.Connection, table: str, names: list[str], ids: Iterable[object]
) -> dict[str, Row]:
    wanted = list(ids)
    rows: dict[str, Row] = {}
    for start in range(0, len(wanted), 500):
        part = wanted[start : start + 500]
        cursor = connection.execute(
            f"SELECT {', '.join(names)} FROM {table} WHERE id IN ({', '.join('?' * len(part))})", part
        )
        rows |= {values[0]: dict(zip(names, values, strict=True)) for values in cursor}
    return rows


# --- the incoming file ----------------------------------------------------------------------


@dataclass
class IncomingFile:
    """A temporary copy of a plan file, at the newest schema revision, its structure checked.

    The full integrity check may still be running: ``verify`` before anything read from the copy
    is shown or kept."""

    source: Path
    copy: Path
    info: PlanFileInfo
    checked: Callable[[], None] | None = field(default=None, repr=False, compare=False)
    """The integrity check running beside the reading: gives nothing, or raises the refusal, once
    (``open_incoming``'s ``verdict``); called again, it does nothing."""

    def verify(self) -> None:
        """Wait for the integrity check and raise its refusal: before the file's contents are shown
        or anything is written. Done at the end of ``open_incoming`` too."""
        if self.checked is not None:
            self.checked()

    def connect(self) -> sqlite3.Connection:
        """A read-only connection to the copy (``open_copy``)."""
        return open_copy(self.copy)


def open_copy(copy: Path) -> sqlite3.Connection:
    """A read-only connection to a copy of a file from elsewhere, as SQLite advises for one: it runs
    nothing from the file, checks the size of each cell it reads, and maps nothing into memory."""
    connection = sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True)
    try:
        connection.execute("PRAGMA trusted_schema=OFF")
        connection.execute("PRAGMA cell_size_check=ON")
        connection.execute("PRAGMA mmap_size=0")
    except BaseException:
        connection.close()
        raise
    return connection


@functools.cache
def _schema_revisions() -> tuple[frozenset[str], str]:
    """The revisions this version knows and its newest (read from the migration scripts once)."""
    return frozenset(known_revisions()), head_revision()


def _refuse(path: Path, why: str) -> SyncError:
    return SyncError(_("Filen {name} kan inte importeras: {why}").format(name=path.name, why=why))


def _check_source(path: Path) -> None:
    problem = file_access.input_problem(path)
    if problem:
        raise _refuse(path, problem + ".")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise _refuse(path, file_access.reason(error) + ".") from error
    if not header:
        raise _refuse(path, _("den är tom."))
    if header != SQLITE_HEADER:
        raise _refuse(path, _("det är ingen planfil från Handlingsplan (inte en SQLite-databas)."))


def _check_copy(path: Path, copy: Path) -> str:
    """Check the copy's structure (``quick_check``, its first statement), schema objects and
    identity; returns its revision. ``_check_integrity`` checks the rest."""
    try:
        with closing(open_copy(copy)) as connection:
            _refuse_damage(path, connection, "quick_check")
            objects = connection.execute(
                "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view')"
            ).fetchall()
            if objects:
                names = ", ".join(name for _kind, name in objects)
                raise _refuse(
                    path,
                    _(
                        "den innehåller programkod (triggers eller vyer: {names}) som en planfil "
                        "aldrig har. Filen kan vara manipulerad."
                    ).format(names=names),
                )
            if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                raise _refuse(path, _("det är en SQLite-databas från ett annat program, inte en planfil."))
            tables = {
                row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
    except sqlite3.DatabaseError as error:
        raise _unreadable(path, error) from error
    if revision is None or not set(TABLE_NAMES) <= tables:
        raise _refuse(path, _("den saknar planens tabeller eller schemaversion."))
    if revision not in _schema_revisions()[0]:
        if revision_is_newer(revision):
            raise _refuse(
                path,
                _(
                    "den är skapad av en nyare version av Handlingsplan (schema {revision}). "
                    "Uppdatera programmet och försök igen."
                ).format(revision=revision),
            )
        raise _refuse(
            path,
            _(
                "den har en schemaversion ({revision}) som den här versionen av Handlingsplan inte "
                "känner till; den kommer från en annan utgåva av programmet."
            ).format(revision=revision),
        )
    return revision


def _check_integrity(path: Path, copy: Path) -> None:
    """Refuse a copy in which SQLite's ``integrity_check`` finds damage."""
    try:
        with closing(open_copy(copy)) as connection:
            _refuse_damage(path, connection, "integrity_check")
    except sqlite3.DatabaseError as error:
        raise _unreadable(path, error) from error


def _refuse_damage(path: Path, connection: sqlite3.Connection, check: str) -> None:
    """Refuse the copy when SQLite's ``quick_check`` or ``integrity_check`` finds damage in it."""
    if [row[0] for row in connection.execute(f"PRAGMA {check}")] != ["ok"]:
        raise _refuse(path, _("filen är skadad (integritetskontrollen hittade fel)."))


def _unreadable(path: Path, error: sqlite3.DatabaseError) -> SyncError:
    """SQLite's error while checking the copy, as the refusal: the temporary folder's failure
    (full, not writable), or a damaged or cut-off file."""
    if file_access.is_file_failure(error):
        return _temporary_folder_failure(error)
    return _refuse(path, _("filen är skadad eller avkortad."))


def _upgrade_copy(path: Path, copy: Path) -> None:
    engine = make_engine(copy)
    try:
        _upgrade_to_head(engine)
    except Exception as error:
        if file_access.is_file_failure(error):
            raise _temporary_folder_failure(error) from error
        raise _refuse(path, _("den kunde inte uppgraderas till den här versionens schema.")) from error
    finally:
        engine.dispose()
    # The upgrade used WAL; fold it back so the copy is one read-only file again.
    with closing(sqlite3.connect(copy)) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")


@contextmanager
def open_incoming(path: Path) -> Iterator[IncomingFile]:
    """Check ``path`` and yield a temporary copy of it, its structure checked; the copy is removed
    afterwards. ``IncomingFile.verify`` waits for the full integrity check, which the end of the
    ``with`` block also does.

    Raises ``SyncError`` with a Swedish message for anything unusable. The
    file itself is only read.
    """
    path = Path(path).expanduser()
    _check_source(path)
    with ExitStack() as stack:
        try:
            folder = stack.enter_context(unfinished_folder("handlingsplan-import-"))
        except OSError as error:
            raise _temporary_folder_failure(error) from error
        try:
            copy = folder / "incoming.hplan"
            _copy_in(path, copy)
            checking: list[Callable[[], None]] = [
                Background(lambda: _check_integrity(path, copy), "check-incoming-file").result
            ]

            def verdict() -> None:
                """The integrity check's verdict, once: nothing, or its refusal."""
                if checking:
                    checking.pop()()

            try:
                revision = _check_copy(path, copy)
                if revision != _schema_revisions()[1]:
                    verdict()  # the upgrade writes the copy: checked in full first
                    _upgrade_copy(path, copy)
                yield IncomingFile(source=path, copy=copy, info=_read_info(path, copy), checked=verdict)
            except Exception:
                verdict()  # damage explains whatever else went wrong with the file
                raise
            except BaseException:
                with suppress(Exception):  # an interruption stays one; the thread is not left behind
                    verdict()
                raise
            verdict()
        except DatabaseError as error:
            raise _refuse(path, str(error)) from error


def _temporary_folder_failure(error: BaseException) -> SyncError:
    return SyncError(
        _(
            "Den tillfälliga mappen {folder} kan inte användas för importen: {reason}. Filen är oförändrad."
        ).format(folder=file_access.shown(tempfile.gettempdir()), reason=file_access.reason(error))
    )


def _copy_in(path: Path, copy: Path) -> None:
    """Copy the incoming file into the temporary folder, telling reading it from writing the copy."""
    try:
        source = path.open("rb")
    except OSError as error:
        raise _refuse(path, file_access.reason(error) + ".") from error
    with source, copy.open("wb") as target:
        while True:
            try:
                chunk = source.read(1 << 20)
            except OSError as error:
                raise _refuse(path, file_access.reason(error) + ".") from error
            if not chunk:
                return
            try:
                target.write(chunk)
            except OSError as error:
                raise _temporary_folder_failure(error) from error


def _read_info(path: Path, copy: Path) -> PlanFileInfo:
    with closing(open_copy(copy)) as connection:
        settings = dict(connection.execute("SELECT key, value FROM setting").fetchall())
    return PlanFileInfo.from_settings({k: str(v) for k, v in settings.items()}, path)
