"""Versions of records two installations both held: the common state of a record that travelled.

The common state with a peer is kept per pair (a stored file both had). With
three or more installations a value also travels through a third one: C moves
an activity, B imports C's file, A imports B's, C moves it back. Against A's
and C's last common file C's initiative then looks unchanged, so A would keep
the move and lose the move back.

So a plan file also names the versions of records its sender *held*: the
stamps (``modified_at``, ``modified_by``) of the rows in the files it kept,
sent and received, where they differ from its current rows. The receiver
looks for the newest version of each differing record that both held – its
current row or a row in one of its own kept files whose stamp the sender
names (or that equals the sender's current row) – and merges that record
against it when it is newer than the pairwise common state. A local row the
sender held is then one its own value supersedes; a row the receiver held
before and changed is a change here.

A file it received was held here only where the import took its rows as they
were: where it kept its own row, merged both or restored a parent, the
sender's row was never a version of this installation (``note_not_taken``).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.services.sync.held_summary import FileVersions, Summary, load_summary, signature
from desktop_app.services.sync.plan_file import (
    INSTALLATION_KEY,
    SPARSE_TABLES,
    TABLE_NAMES,
    Row,
    Rows,
    read_rows_by_id,
    stamp,
    table_columns,
)

HELD_KEY = "export.held"
NOT_TAKEN_KEY = "import.not_taken"
"""In a stored received file: the ids of its rows the import did not take as they were."""
NOW = "9999"
"""The lineage time of the current rows: after every stored file."""
PEER_PREFIX = "sync.peer."

Stamp = tuple[str, str]
Held = dict[str, set[Stamp]]
"""Record id → the stamps of its versions the sender held besides its current one."""


def received_up_to(settings: dict[str, str]) -> dict[str, str]:
    """Installation id → the export time of the newest file from it that is merged here now.

    This installation's own id maps to the end of time: every file it sent was held here.
    """
    found = {settings.get(INSTALLATION_KEY, ""): NOW}
    for key, value in settings.items():
        if key.startswith(PEER_PREFIX):
            with contextlib.suppress(ValueError, KeyError, TypeError):
                found[key.removeprefix(PEER_PREFIX)] = str(json.loads(value)["exported_at"])
    return found


def kept_files(folder: Path) -> list[Path]:
    """The stored files of this installation: what it sent and what it merged."""
    if not folder.is_dir():
        return []
    return sorted([*folder.glob("sent-*.sqlite"), *folder.glob("base-*.sqlite")])


def _held_here(connection: sqlite3.Connection, schema: str, received: dict[str, str]) -> bool:
    """Whether a kept file's rows are versions this plan held (``_is_held``)."""
    return _is_held(*_origin(connection, schema), received)


def _origin(connection: sqlite3.Connection, schema: str) -> tuple[str | None, str | None]:
    """Who sent a kept file, and when it was exported."""
    found = dict(
        connection.execute(
            f"SELECT key, value FROM {schema}.setting"
            " WHERE key IN ('export.installation_id', 'export.exported_at')"
        ).fetchall()
    )
    sender, exported_at = found.get("export.installation_id"), found.get("export.exported_at")
    return None if sender is None else str(sender), None if exported_at is None else str(exported_at)


def _is_held(sender: str | None, exported_at: str | None, received: dict[str, str]) -> bool:
    """Whether a kept file's rows are versions this plan held: a file it sent, or one it received
    while that import is in effect (not one an undo or a restored backup took back). Another plan
    in the same folder shares the sync folder; its files are not this plan's."""
    return sender in received and exported_at is not None and exported_at <= received[str(sender)]


def _not_taken(connection: sqlite3.Connection, schema: str) -> set[str]:
    """The records of a received file this installation never held in the file's version: the
    import kept its own row, merged the two or restored it (``note_not_taken``)."""
    try:
        row = connection.execute(
            f"SELECT value FROM {schema}.setting WHERE key = ?", (NOT_TAKEN_KEY,)
        ).fetchone()
        value = json.loads(str(row[0])) if row else []
    except (sqlite3.Error, json.JSONDecodeError):
        return set()
    return {str(i) for i in value} if isinstance(value, list) else set()


def rows_not_taken(
    connection: sqlite3.Connection,
    stored: Path,
    received: dict[str, dict[str, Stamp]],
    written: dict[str, set[str]],
) -> list[str]:
    """The ids of the rows of a received file that the import did not take as they were.

    ``connection`` is the import's, after its writes; ``stored`` the stored copy of the file;
    ``received`` the stamps of the file's rows the import read (table → id → stamp): every row
    of the tables outside ``SPARSE_TABLES``, and of those the rows that are new or differ from
    the local ones. ``written`` is the ids of each table the import wrote from the preview
    (inserts, updates, restored parents) and the records renumbering stamped.

    A row of a sparse table that was not read was the same as the local row, and stays so unless
    the import wrote it: the preview's rows and renumbering are all that write those tables
    (follow-up marks write a table read whole). So only the rows read or written are compared,
    not the whole file again.
    """
    not_taken: list[str] = []
    for table in TABLE_NAMES:
        theirs = received.get(table, {})
        if table in SPARSE_TABLES:
            extra = [i for i in written.get(table, ()) if i not in theirs]
            if extra:  # written, though the file had the same row (if it had it): read its stamp there
                with closing(sqlite3.connect(f"{stored.absolute().as_uri()}?mode=ro", uri=True)) as kept:
                    theirs = theirs | _stamps(kept, table, extra)
            here = _stamps(connection, table, list(theirs))
        else:
            here = _stamps(connection, table, None)
        not_taken += [i for i, theirs_stamp in theirs.items() if here.get(i) != theirs_stamp]
    return not_taken


def _stamps(connection: sqlite3.Connection, table: str, ids: list[str] | None) -> dict[str, Stamp]:
    """The stamps of the rows of ``table`` with the given ids (all rows when ``None``)."""
    if ids is None:
        cursor = connection.execute(f"SELECT id, modified_at, modified_by FROM {table}")
        return {str(i): (str(at), str(by)) for i, at, by in cursor}
    found: dict[str, Stamp] = {}
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        cursor = connection.execute(
            f"SELECT id, modified_at, modified_by FROM {table} WHERE id IN ({', '.join('?' * len(part))})",
            part,
        )
        found |= {str(i): (str(at), str(by)) for i, at, by in cursor}
    return found


def note_not_taken(stored: Path, not_taken: list[str]) -> None:
    """Write into the stored copy of a received file which of its rows the import did not take.

    A received file is a version this installation held only where its rows became the local
    ones; elsewhere (mine kept, a merge of both, a parent restored) the sender's version was
    never held here and must not be taken for a common state later (``rows_not_taken``).
    """
    with closing(sqlite3.connect(stored)) as connection, connection:
        connection.execute("DELETE FROM setting WHERE key = ?", (NOT_TAKEN_KEY,))
        connection.execute(
            "INSERT INTO setting (key, value) VALUES (?, ?)",
            (NOT_TAKEN_KEY, json.dumps(sorted(set(not_taken)))),
        )


_DIFFERS = "(k.modified_at IS NOT {o}.modified_at OR k.modified_by IS NOT {o}.modified_by)"


def differing_stamps(connection: sqlite3.Connection, kept: str, current: str, table: str) -> sqlite3.Cursor:
    """The ``(id, modified_at, modified_by)`` of the rows of ``kept.table`` whose record ``current``
    has with another stamp: one join.

    Looked up by rowid first: a kept file is mostly a copy of the plan (the backup API keeps
    rowids), so the row with the same rowid is nearly always the same record, found with one
    search of the table instead of one of the id index and one of the table. Where it is not
    (a peer's file, a record added on both sides), the id decides, as a join on the id would.
    Falls back to that join for a table without rowids (a hand-made file).
    """
    try:
        return connection.execute(
            f"SELECT k.id, k.modified_at, k.modified_by FROM {kept}.{table} AS k"
            f" LEFT JOIN {current}.{table} AS r ON r.rowid = k.rowid"
            f" WHERE CASE WHEN r.id = k.id THEN {_DIFFERS.format(o='r')}"
            f" ELSE EXISTS (SELECT 1 FROM {current}.{table} AS m"
            f" WHERE m.id = k.id AND {_DIFFERS.format(o='m')}) END"
        )
    except sqlite3.OperationalError:
        return connection.execute(
            f"SELECT k.id, k.modified_at, k.modified_by FROM {kept}.{table} AS k"
            f" JOIN {current}.{table} AS m ON m.id = k.id WHERE {_DIFFERS.format(o='m')}"
        )


def stamp_of(row: Row) -> Stamp:
    return str(row["modified_at"]), str(row["modified_by"])


INCOMPLETE = (-1, -1)
"""The signature of a file's versions that are not all of them (a read failed midway)."""


def held_versions(
    connection: sqlite3.Connection,
    folder: Path,
    settings: dict[str, str],
    found: dict[str, FileVersions] | None = None,
) -> dict[str, list[list[str]]]:
    """The stamps of the rows in the kept files in ``folder`` that differ from ``connection``'s rows.

    ``connection`` is the snapshot being exported (its ``main``). With a summary
    (``held_summary``) only its snapshot is compared with the plan in full, and the records that
    changed since are looked up in each kept file; a file the summary does not know, or that
    changed, is compared in full. A file that cannot be read only costs precision.

    ``found``, when given, receives every kept file held here that was compared whole, with its
    rows that differ from ``connection``'s: the next summary.
    """
    received = received_up_to(settings)
    summary = load_summary(folder, settings.get(INSTALLATION_KEY, ""))
    changed = None if summary is None else _changed_since(connection, folder / summary.snapshot, summary)
    held: dict[str, set[Stamp]] = {}
    for path in kept_files(folder):
        known = None if summary is None or changed is None else summary.files.get(path.name)
        versions = None
        if known is not None and known.signature == signature(path):
            versions = _update(connection, path, known, changed or {})
        if versions is None:
            versions = _compare(connection, path, received)
        if versions is None or not _is_held(versions.sender, versions.exported_at, received):
            continue
        for rows in versions.rows.values():
            for record_id, modified_at, modified_by in rows:
                held.setdefault(record_id, set()).add((modified_at, modified_by))
        if found is not None and versions.signature != INCOMPLETE:
            found[path.name] = versions
    return {record_id: sorted(list(s) for s in stamps) for record_id, stamps in sorted(held.items())}


def _compare(connection: sqlite3.Connection, path: Path, received: dict[str, str]) -> FileVersions | None:
    """A kept file's rows whose stamp differs from the plan's, by one join per table.

    ``None`` when it cannot be read; no rows when it is not held here. Rows found before a read
    failed midway count, as they always did, but the versions are marked ``INCOMPLETE``.
    """
    before = signature(path)
    try:
        connection.execute("ATTACH DATABASE ? AS kept", (str(path.absolute()),))
    except sqlite3.Error:
        return None
    try:
        try:
            sender, exported_at = _origin(connection, "kept")
        except sqlite3.Error:
            return None
        versions = FileVersions(before or INCOMPLETE, sender, exported_at)
        if not _is_held(sender, exported_at, received):
            return versions
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM kept.sqlite_master")}
            not_taken = _not_taken(connection, "kept")
            for table in TABLE_NAMES:
                if table not in tables:
                    continue
                rows = versions.rows.setdefault(table, [])
                for record_id, modified_at, modified_by in differing_stamps(
                    connection, "kept", "main", table
                ):
                    if str(record_id) not in not_taken:
                        rows.append((str(record_id), str(modified_at), str(modified_by)))
        except sqlite3.Error:
            versions.signature = INCOMPLETE
        if signature(path) != before:  # changed while read: its signature is not that of these rows
            versions.signature = INCOMPLETE
        return versions
    finally:
        connection.execute("DETACH DATABASE kept")


def _update(
    connection: sqlite3.Connection, path: Path, known: FileVersions, changed: dict[str, set[str]]
) -> FileVersions | None:
    """A kept file's rows that differ from the plan's, from those that differed from the summary's
    snapshot: the same, but for the records that changed since, looked up again by id.

    ``None`` when the file cannot be read (it is then compared in full).
    """
    rows = {
        table: [row for row in found if row[0] not in changed.get(table, ())]
        for table, found in known.rows.items()
    }
    versions = FileVersions(known.signature, known.sender, known.exported_at, rows)
    wanted = {table: sorted(ids) for table, ids in changed.items() if ids}
    if not wanted:
        return versions
    try:
        connection.execute("ATTACH DATABASE ? AS kept", (str(path.absolute()),))
    except sqlite3.Error:
        return None
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM kept.sqlite_master")}
        not_taken = _not_taken(connection, "kept")
        for table, ids in wanted.items():
            if table not in tables:
                continue
            found = versions.rows.setdefault(table, [])
            for start in range(0, len(ids), 500):
                part = ids[start : start + 500]
                cursor = connection.execute(
                    f"SELECT k.id, k.modified_at, k.modified_by FROM kept.{table} AS k"
                    f" JOIN main.{table} AS m ON m.id = k.id"
                    f" WHERE k.id IN ({', '.join('?' * len(part))}) AND {_DIFFERS.format(o='m')}",
                    part,
                )
                found += [(str(i), str(at), str(by)) for i, at, by in cursor if str(i) not in not_taken]
    except sqlite3.Error:
        return None
    finally:
        connection.execute("DETACH DATABASE kept")
    if signature(path) != known.signature:
        return None
    return versions


def _count_present(connection: sqlite3.Connection, table: str, ids: list[str]) -> int:
    """How many of ``ids`` the plan (``main``) has in ``table``."""
    count = 0
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        (found,) = connection.execute(
            f"SELECT count(*) FROM main.{table} WHERE id IN ({', '.join('?' * len(part))})", part
        ).fetchone()
        count += found
    return count


def _changed_since(
    connection: sqlite3.Connection, snapshot: Path, summary: Summary
) -> dict[str, set[str]] | None:
    """Per table, the ids of the records whose stamp in the plan is not the one in ``snapshot``:
    changed, gone or new since. ``None`` when the snapshot changed or cannot be read."""
    if signature(snapshot) != summary.signature:
        return None
    try:
        connection.execute("ATTACH DATABASE ? AS snapshot", (str(snapshot.absolute()),))
    except sqlite3.Error:
        return None
    changed: dict[str, set[str]] = {}
    try:
        for table in TABLE_NAMES:
            # Rows of the snapshot the plan does not have with the same stamp: changed or gone.
            ids = {
                str(i)
                for (i,) in connection.execute(
                    f"SELECT k.id FROM snapshot.{table} AS k LEFT JOIN main.{table} AS r ON r.rowid = k.rowid"
                    f" WHERE CASE WHEN r.id = k.id THEN {_DIFFERS.format(o='r')}"
                    f" ELSE NOT EXISTS (SELECT 1 FROM main.{table} AS m"
                    f" WHERE m.id = k.id AND NOT {_DIFFERS.format(o='m')}) END"
                )
            }
            # Rows of the plan the snapshot does not have: looked for only when the counts say so.
            (now,) = connection.execute(f"SELECT count(*) FROM main.{table}").fetchone()
            (then,) = connection.execute(f"SELECT count(*) FROM snapshot.{table}").fetchone()
            kept = then - len(ids) + _count_present(connection, table, sorted(ids))
            if now > kept:
                ids |= {
                    str(i)
                    for (i,) in connection.execute(
                        f"SELECT n.id FROM main.{table} AS n"
                        f" LEFT JOIN snapshot.{table} AS r ON r.rowid = n.rowid"
                        f" WHERE r.id IS NOT n.id"
                        f" AND NOT EXISTS (SELECT 1 FROM snapshot.{table} AS m WHERE m.id = n.id)"
                    )
                }
            changed[table] = ids
    except sqlite3.Error:
        return None
    finally:
        connection.execute("DETACH DATABASE snapshot")
    if signature(snapshot) != summary.signature:
        return None
    return changed


def read_held(connection: sqlite3.Connection) -> Held:
    """The versions an incoming file says its sender held; nothing when the note is missing or malformed."""
    row = connection.execute("SELECT value FROM setting WHERE key = ?", (HELD_KEY,)).fetchone()
    if row is None:
        return {}
    try:
        value = json.loads(str(row[0]))
    except json.JSONDecodeError:
        return {}
    if not isinstance(value, dict):
        return {}
    held: Held = {}
    for record_id, stamps in value.items():
        if not isinstance(stamps, list):
            continue
        held[str(record_id)] = {
            (s[0], s[1])
            for s in stamps
            if isinstance(s, list) and len(s) == 2 and all(isinstance(p, str) for p in s)
        }
    return held


def lineage_time(path: Path, connection: sqlite3.Connection, schema: str = "main") -> str:
    """When this installation held the rows of a kept file, by its own clock: the export time of a
    file it sent, the time it stored a file it merged (the file's modification time)."""
    if path.name.startswith("sent-"):
        row = connection.execute(
            f"SELECT value FROM {schema}.setting WHERE key = 'export.exported_at'"
        ).fetchone()
        return str(row[0]) if row else ""
    return stamp(datetime.fromtimestamp(path.stat().st_mtime, UTC))


def common_versions(
    folder: Path,
    settings: dict[str, str],
    columns: dict[str, list[str]],
    mine: Rows,
    theirs: Rows,
    differing: dict[str, set[str]],
    held: Held,
) -> dict[str, dict[str, tuple[str, Row]]]:
    """Per differing record, the latest version in this installation's own history that the sender
    held too, with when it was held here (``lineage_time``).

    Candidates are the local row (held now) and the rows of the local kept files;
    one is common when the sender held it (named in ``held``) or holds it now.
    This installation's history is one line, so the latest common version in it
    comes after (descends from) every other common version in it: the best
    common state. Row times are no order: a merge copies the other side's time.
    """
    found: dict[str, dict[str, tuple[str, Row]]] = {table: {} for table in TABLE_NAMES}

    def consider(table: str, record_id: str, row: Row, when: str) -> None:
        theirs_row = theirs[table][record_id]
        if stamp_of(row) == stamp_of(theirs_row):
            # The same stamp on different content (a hand-edited file) is no shared version.
            if any(row[name] != theirs_row.get(name) for name in row):
                return
        elif stamp_of(row) not in held.get(record_id, ()):
            return
        best = found[table].get(record_id)
        if best is None or when > best[0]:
            found[table][record_id] = (when, row)

    for table, ids in differing.items():
        for record_id in ids:
            consider(table, record_id, mine[table][record_id], NOW)
    received = received_up_to(settings)
    for path in kept_files(folder):
        try:
            with closing(sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)) as connection:
                connection.execute("PRAGMA trusted_schema=OFF")
                if not _held_here(connection, "main", received):
                    continue
                when = lineage_time(path, connection)
                not_taken = _not_taken(connection, "main")
                kept_columns = {t: table_columns(connection, t) for t in TABLE_NAMES}
                usable = {t: [n for n in columns[t] if n in kept_columns[t]] for t in TABLE_NAMES}
                wanted = {t: ids for t, ids in differing.items() if ids and kept_columns[t]}
                rows = read_rows_by_id(connection, usable, wanted)
        except (sqlite3.Error, OSError):
            continue
        for table, by_id in rows.items():
            for record_id, row in by_id.items():
                if record_id not in not_taken:
                    consider(table, record_id, row, when)
    return found
