"""Importing a plan file: preview the merge, apply it in one transaction, undo it.

Apply writes every insert and update in one transaction with ``executemany``
(set-based, whatever the plan's size), checks the foreign keys, and records the
file as the new common state with its sender. A dated backup of the local
database is taken beside the writes and is complete before anything is
committed (``_take_backup``).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing, suppress
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import Connection
from sqlalchemy.exc import SQLAlchemyError

from database.backup import backup_database
from database.errors import DatabaseError
from database.numbering import NUMBERED, all_codes, remember_former_codes, resolve_collisions
from database.readonly import read_only_uri
from database.store import hold_write_lock
from desktop_app.services import file_access
from desktop_app.services.background import Background
from desktop_app.services.bulk import collector_paused
from desktop_app.services.follow_up import PendingMark, new_breaks, write_marks
from desktop_app.services.leftovers import register, unregister
from desktop_app.services.messages import _, ngettext
from desktop_app.services.sync.backups import restore_backup
from desktop_app.services.sync.errors import PlanChangedError, SyncError
from desktop_app.services.sync.held import (
    Stamp,
    common_versions,
    lineage_time,
    note_not_taken,
    read_held,
    rows_not_taken,
    stamp_of,
)
from desktop_app.services.sync.identity import check_same_plan
from desktop_app.services.sync.merge import Choice, MergePreview, Reference, merge
from desktop_app.services.sync.origin import ORIGIN_KEY, origin_path
from desktop_app.services.sync.plan_file import (
    TABLE_NAMES,
    IncomingFile,
    PlanFileInfo,
    Rows,
    installation_id,
    open_incoming,
    peer_key,
    plan_fingerprint,
    read_referred,
    read_rows_by_id,
    read_rows_to_merge,
    read_settings,
    stamp,
    sync_dir,
    table_columns,
    write_settings,
)
from desktop_app.services.sync.stored_values import rows_problems
from desktop_app.services.workspace import Workspace

LAST_IMPORT_KEY = "sync.last_import"
BASES_KEPT_PER_PEER = 3


@dataclass
class ImportPlan:
    """A checked plan file and what importing it would do."""

    source: Path
    info: PlanFileInfo
    preview: MergePreview
    base_copy: Path
    """A copy of the checked file, kept as the next common state when applied."""
    from_self: bool
    fingerprint: str = ""
    """The local plan as the preview saw it (``plan_fingerprint``): applying checks it is unchanged."""
    pending: Path | None = None
    """The note that lets the next run remove ``base_copy`` if this one is killed (``services.leftovers``)."""
    follow_up: list[PendingMark] = field(default_factory=list)
    """Well-formed values of the file that break a rule: taken in as they are, their activities marked."""
    actor: str = ""
    received: dict[str, dict[str, Stamp]] = field(default_factory=dict)
    """The stamps of the file's rows the preview read (``held.rows_not_taken``)."""

    def summary_lines(self) -> list[str]:
        """The preview as text, the same for ``--dry-run`` and the dialog's summary."""
        from desktop_app.services.sync.summary import summary_lines

        return summary_lines(self)


def _reference(
    workspace: Workspace,
    settings: dict[str, str],
    info: PlanFileInfo,
    own_id: str,
    columns: dict[str, list[str]],
    differing: dict[str, set[str]],
) -> Reference:
    """The newest common state with the sender, for the records in ``differing``.

    Candidates are the sender's last file we imported (its base copy) and our
    own export the sender says it had imported (our sent copy). The newer one
    that still exists is the base. Without it (a first exchange, or its copy
    pruned), the plan both installations started from is the base when the
    file comes from the same one (see ``origin``), else the newer time.
    """
    candidates: list[tuple[str, Path]] = []
    acknowledged = info.acknowledged.get(own_id)
    if acknowledged:
        exported_at, _, export_id = acknowledged.partition("|")
        candidates.append((exported_at, sync_dir(workspace.path) / f"sent-{export_id}.sqlite"))
    peer = settings.get(peer_key(info.installation_id))
    if peer:
        state = json.loads(peer)
        candidates.append((state["exported_at"], sync_dir(workspace.path) / state["base"]))
    since, base_file = max(candidates) if candidates else (None, None)
    existing = [(time, path) for time, path in candidates if path.exists()]
    if base_file is not None and existing and max(existing)[0] == since:
        with closing(sqlite3.connect(f"{base_file.absolute().as_uri()}?mode=ro", uri=True)) as connection:
            held_at = lineage_time(base_file, connection)
        return Reference(base=_base_rows(base_file, columns, differing), since=since, base_held_at=held_at)
    origin = settings.get(ORIGIN_KEY, "")
    if info.origin and info.origin == origin and origin_path(workspace.path, origin).exists():
        base = _base_rows(origin_path(workspace.path, origin), columns, differing)
        return Reference(base=base, since=since, from_origin=True)
    return Reference(base=None, since=since)


def _base_rows(base_file: Path, columns: dict[str, list[str]], differing: dict[str, set[str]]) -> Rows:
    """The rows of a stored common state with the ids in ``differing``, in the columns both have."""
    with closing(sqlite3.connect(f"{base_file.absolute().as_uri()}?mode=ro", uri=True)) as connection:
        connection.execute("PRAGMA trusted_schema=OFF")
        base_columns = {t: table_columns(connection, t) for t in TABLE_NAMES}
        base_columns = {t: [n for n in columns[t] if n in base_columns[t]] for t in TABLE_NAMES}
        return read_rows_by_id(connection, base_columns, differing)


def _read_both(
    workspace: Workspace, incoming: IncomingFile, columns: dict[str, list[str]]
) -> tuple[Rows, Rows, str]:
    """The local rows and the file's that the merge needs, and the local plan's fingerprint.

    All read in one snapshot of the local plan.
    """
    with closing(incoming.connect()) as connection:
        # Attached read-only: the connection reads a file from elsewhere. A plan that can only be read
        # may lie where SQLite cannot make its -shm file: read it immutable.
        mine = read_only_uri(workspace.path, immutable=workspace.read_only)
        connection.execute("ATTACH DATABASE ? AS mine", (mine,))
        try:
            connection.execute("BEGIN")
            try:
                mine, theirs = read_rows_to_merge(connection, columns, mine="mine", theirs="main")
                read_referred(connection, columns, "mine", "main", mine, theirs)
                return mine, theirs, plan_fingerprint(connection, "mine")
            finally:
                connection.rollback()
        finally:
            connection.execute("DETACH DATABASE mine")


def _refuse_older_than_received(source: Path, info: PlanFileInfo, settings: dict[str, str]) -> None:
    """Refuse a file older than the last one merged from the same sender.

    Its values were settled by that newer file: taken as fresh changes they
    would revert newer work and bring deleted records back.
    """
    stored = settings.get(peer_key(info.installation_id))
    if not stored:
        return
    last = json.loads(stored)
    if info.exported_at < str(last["exported_at"]):
        raise SyncError(
            _(
                "Filen {name} är äldre än den senaste från {by}, exporterad {at}, som redan är "
                "importerad. Den importerades inte, så att inget nyare skrivs över och inget borttaget "
                "kommer tillbaka. Be om en ny export."
            ).format(
                name=source.name,
                by=last.get("by") or info.exported_by or _("samma avsändare"),
                at=str(last["exported_at"])[:16],
            )
        )


def _refuse_broken_values(source: Path, mine: Rows, theirs: Rows) -> dict[str, list[str]]:
    """Refuse a file whose rows to be written hold malformed values, naming record and field.

    Returns the ids of the rows to be written, by table.
    """
    to_write = {
        table: [i for i, row in rows.items() if mine[table].get(i) != row] for table, rows in theirs.items()
    }
    problems = rows_problems(theirs, date.today(), only=to_write)
    if not problems:
        return to_write
    shown = " ".join(str(problem) for problem in problems[:3])
    more = len(problems) - 3
    raise SyncError(
        _(
            "Filen {name} kan inte importeras: den har värden som bryter mot planens regler. {problems}"
            "{more} Ingenting ändrades; be avsändaren rätta planen (handlingsplan check) och exportera igen."
        ).format(
            name=source.name,
            problems=shown,
            more=_(" (och {count} till.)").format(count=more) if more > 0 else "",
        )
    )


def prepare_import(workspace: Workspace, path: Path, actor: str) -> ImportPlan:
    """Check ``path`` and work out the merge; the local database is only read.

    Raises ``SyncError`` with a Swedish message when the file cannot be used.
    """
    with open_incoming(path) as incoming:
        check_same_plan(workspace.engine, incoming.source, incoming.copy)
        own_id = installation_id(workspace.engine)
        with workspace.engine.connect() as connection:
            settings = read_settings(connection)
            columns = {table: table_columns(connection, table) for table in TABLE_NAMES}
        _refuse_older_than_received(incoming.source, incoming.info, settings)
        with collector_paused():
            mine, theirs, fingerprint = _read_both(workspace, incoming, columns)
        info = incoming.info
        to_write = _refuse_broken_values(incoming.source, mine, theirs)
        follow_up = new_breaks(mine, theirs, to_write)
        differing = {
            table: {i for i, row in theirs[table].items() if i in mine[table] and mine[table][i] != row}
            for table in TABLE_NAMES
        }
        from_self = info.installation_id == own_id
        if from_self:
            # One's own export holds nothing new to this installation: it is its own common state.
            reference = Reference(base=theirs, since=info.exported_at)
        else:
            reference = _reference(workspace, settings, info, own_id, columns, differing)
            with closing(incoming.connect()) as connection:
                theirs_held = read_held(connection)
            reference.held = common_versions(
                sync_dir(workspace.path), settings, columns, mine, theirs, differing, theirs_held
            )
        preview = merge(mine, theirs, reference, now=stamp(), actor=actor, scope_id=info.scope_id)
        incoming.verify()  # the integrity check ran beside the reading: nothing is kept or shown before it
        folder = sync_dir(workspace.path)
        base_copy = folder / f"base-{info.installation_id}-{info.export_id or 'x'}.sqlite.pending"
        pending = None
        if not workspace.read_only:  # a plan that can only be read only previews an import
            pending = register(base_copy)
            try:
                folder.mkdir(parents=True, exist_ok=True)
                _keep_copy(incoming.copy, base_copy)
            except OSError as error:
                base_copy.unlink(missing_ok=True)
                unregister(pending)
                raise SyncError(
                    _("Datamappen {folder} kan inte skrivas: {reason}. Ingenting har ändrats.").format(
                        folder=file_access.shown(folder), reason=file_access.reason(error)
                    )
                ) from error
    return ImportPlan(
        source=Path(path),
        info=info,
        preview=preview,
        base_copy=base_copy,
        from_self=from_self,
        fingerprint=fingerprint,
        pending=pending,
        follow_up=follow_up,
        actor=actor,
        received={table: {str(i): stamp_of(row) for i, row in rows.items()} for table, rows in theirs.items()}
        if not from_self
        else {},
    )


def _keep_copy(checked: Path, base_copy: Path) -> None:
    """Keep the checked temporary copy as the pending common state: a second name for the same file
    where both lie on one file system (nothing writes the temporary copy any more, and it is
    removed with its folder), else a copy."""
    base_copy.unlink(missing_ok=True)
    try:
        os.link(checked, base_copy)
    except OSError:
        shutil.copyfile(checked, base_copy)


@dataclass(frozen=True)
class CodeChange:
    """An activity whose code the import changed: moved, or given a number two plans both gave."""

    title: str
    before: str
    after: str


@dataclass(frozen=True)
class ImportResult:
    backup: Path | None
    """The backup taken before the import; ``None`` when the file brought nothing new."""
    added: int
    changed: int
    codes: list[CodeChange] = field(default_factory=list)
    marked: int = 0
    """Activities marked for follow-up: the file's values that break a rule were taken in as they are."""

    def marked_line(self) -> str:
        """How many activities the import marked for follow-up, for the window's notice."""
        return ngettext(
            "{count} aktivitet markerad för uppföljning (⚑).",
            "{count} aktiviteter markerade för uppföljning (⚑).",
            self.marked,
        ).format(count=self.marked)

    def code_lines(self) -> list[str]:
        """One line per activity whose code changed, for the import's summary."""
        return [
            _("Aktiviteten ”{title}” har nu koden {after} (förut {before}).").format(
                title=change.title, after=change.after, before=change.before
            )
            for change in self.codes
        ]


def apply_import(
    workspace: Workspace, plan: ImportPlan, choices: dict[tuple[str, str], Choice] | None = None
) -> ImportResult:
    """Apply the import all or nothing, with a backup of the local database as it was.

    ``choices`` decides each conflict by ``(table, id)``; an undecided
    conflict stops the import with a ``SyncError`` before anything is written.
    A file that brings nothing new still becomes the common state with its sender.
    """
    if workspace.read_only:
        raise SyncError(workspace.read_only_reason)
    choices = choices or {}
    undecided = [c for c in plan.preview.conflicts if c.key not in choices]
    if undecided:
        raise SyncError(
            _(
                "{count} konflikter är inte avgjorda. Välj Mina eller Deras för varje "
                "konflikt (på kommandoraden: --prefer mine eller --prefer theirs)."
            ).format(count=len(undecided))
        )
    backup = None
    updates: dict[str, list[dict[str, object]]] = {table: [] for table in TABLE_NAMES}
    # Parents a kept record needs, written after everything else (see ``orphans``).
    restores: dict[str, dict[str, dict[str, object]]] = {table: {} for table in TABLE_NAMES}
    for change in [*plan.preview.changes, *plan.preview.silent]:
        choice = choices.get(change.key, Choice.THEIRS)
        row = change.row(choice)
        if row is not None:
            updates[change.table].append(row)
        for table, parent in change.restores.get(choice, []):
            restores[table][str(parent["id"])] = parent
    inserted_ids = {table: {str(row["id"]) for row in rows} for table, rows in plan.preview.inserts.items()}
    chosen = {table: {str(row["id"]): row for row in rows} for table, rows in updates.items()}
    base_name = plan.base_copy.name.removesuffix(".pending")
    try:
        with workspace.engine.begin() as connection:
            hold_write_lock(connection)  # nothing can be committed between the check and the writes
            _refuse_if_changed(connection, plan)
            backup_taken = None if plan.preview.is_empty else _take_backup(workspace, connection)
            try:
                connection.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
                codes_before = all_codes(connection.connection.driver_connection)
                _write_rows(connection, plan, chosen, updates, restores, inserted_ids)
                codes, renumbered = _settle_codes(connection, codes_before, plan)
                marked = write_marks(connection, plan.follow_up, plan.actor)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise SyncError(
                        _(
                            "Importen skulle lämna trasiga kopplingar i planen (t.ex. en aktivitet "
                            "utan insatsområde) och gjordes inte. Be avsändaren exportera hela "
                            "planen."
                        )
                    )
                if backup_taken is not None:
                    backup = backup_taken()  # complete before anything is committed
                settings: dict[str, str] = {}
                if backup is not None:
                    settings[LAST_IMPORT_KEY] = json.dumps(
                        {"backup": backup.name, "file": plan.source.name, "at": stamp()}, ensure_ascii=False
                    )
                _refuse_if_superseded(connection, plan)
                if not plan.from_self:
                    settings[peer_key(plan.info.installation_id)] = json.dumps(
                        {
                            "base": base_name,
                            "exported_at": plan.info.exported_at,
                            "export_id": plan.info.export_id,
                            "by": plan.info.exported_by,
                        },
                        ensure_ascii=False,
                    )
                write_settings(connection, settings)
                if not plan.from_self:
                    written = {
                        t: {str(row["id"]) for row in updates[t]} | inserted_ids[t] | set(restores[t])
                        for t in TABLE_NAMES
                    }
                    for table in NUMBERED:  # renumbering stamps the records it gives a new number
                        written[table] |= renumbered
                    raw = connection.connection.driver_connection
                    not_taken = rows_not_taken(raw, plan.base_copy, plan.received, written)  # type: ignore[arg-type]
                    note_not_taken(plan.base_copy, not_taken)
                    plan.base_copy.replace(plan.base_copy.with_name(base_name))
            except BaseException:
                if backup_taken is not None:
                    with suppress(BaseException):  # not left copying the plan; what it met is moot
                        backup_taken()
                raise
    except SyncError:
        raise
    except (SQLAlchemyError, OSError, sqlite3.Error) as error:
        raise SyncError(
            _("Importen kunde inte genomföras och ingenting ändrades: {reason}.").format(
                reason=file_access.reason(error)
            )
        ) from error
    finally:
        discard_import(plan)
    _prune_bases(sync_dir(workspace.path), plan.info.installation_id)
    return ImportResult(
        backup=backup,
        added=sum(1 for rows in plan.preview.inserts.values() for row in rows if row["deleted_at"] is None),
        changed=sum(len(rows) for rows in updates.values()),
        codes=codes,
        marked=len(marked),
    )


def _write_rows(
    connection: Connection,
    plan: ImportPlan,
    chosen: dict[str, dict[str, dict[str, object]]],
    updates: dict[str, list[dict[str, object]]],
    restores: dict[str, dict[str, dict[str, object]]],
    inserted: dict[str, set[str]],
) -> None:
    """Insert the new records, update the changed ones, then restore the parents a kept record needs."""
    for table in TABLE_NAMES:
        rows = [chosen[table].get(str(row["id"]), row) for row in plan.preview.inserts[table]]
        if rows:
            names = list(rows[0])
            connection.exec_driver_sql(
                f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                [tuple(row[n] for n in names) for row in rows],
            )
    for table in TABLE_NAMES:
        rows = [row for row in updates[table] if str(row["id"]) not in inserted[table]]
        if rows:
            names = [n for n in rows[0] if n != "id"]
            connection.exec_driver_sql(
                f"UPDATE {table} SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?",
                [(*(row[n] for n in names), row["id"]) for row in rows],
            )
    for table in TABLE_NAMES:
        rows = list(restores[table].values())
        if rows:
            names = [n for n in rows[0] if n != "id"]
            connection.exec_driver_sql(
                f"UPDATE {table} SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?",
                [(*(row[n] for n in names), row["id"]) for row in rows],
            )


def _take_backup(workspace: Workspace, connection: Connection) -> Callable[[], Path]:
    """The backup before an import's writes; the call gives it once it is complete.

    A plan in WAL mode is copied while the import writes: another connection sees the plan as it
    was until the commit, and the commit waits for the copy (SQLite lets the interpreter go while
    it copies). In another journal mode the writes could not spill to the file while the copy
    reads it, so the copy is made first.
    """

    def take() -> Path:
        try:
            return backup_database(workspace.path, workspace.backup_dir, reason="import")
        except DatabaseError as error:
            raise SyncError(
                _("Importen avbröts innan något ändrades: {error}").format(error=error)
            ) from error

    if str(connection.exec_driver_sql("PRAGMA journal_mode").scalar()).lower() != "wal":
        taken = take()
        return lambda: taken
    return Background(take, "backup-before-import").result


def _settle_codes(
    connection: Connection, before: dict[str, str], plan: ImportPlan
) -> tuple[list[CodeChange], set[str]]:
    """Settle numbers two plans both gave (``database.numbering``) and keep every former code.

    Returns the activities whose code changed: by a move in the file, or a number given twice (a new
    activity then counts with the code it had in the file); and the ids of the records renumbered.
    """
    now = stamp()
    # The driver's own connection, in the same transaction: these read every activity, and rows
    # straight from sqlite3 cost a third of SQLAlchemy's.
    raw = connection.connection.driver_connection
    received = all_codes(raw)
    renumbered = set(resolve_collisions(raw, now, plan.actor))
    # Only renumbering changes a code after the writes: without it the codes are those received.
    after = all_codes(raw) if renumbered else received
    changes = remember_former_codes(raw, {**received, **before}, now, after)
    if not changes:
        return [], renumbered
    titles = dict(
        connection.exec_driver_sql("SELECT id, title FROM activity WHERE deleted_at IS NULL").fetchall()
    )
    return [CodeChange(titles[i], old, new) for i, old, new in changes if i in titles], renumbered


def _refuse_if_superseded(connection: Connection, plan: ImportPlan) -> None:
    """Refuse a preview of a file older than one from the same sender imported since it was made."""
    stored = read_settings(connection).get(peer_key(plan.info.installation_id))
    if stored and plan.info.exported_at < str(json.loads(stored)["exported_at"]):
        raise SyncError(
            _(
                "En nyare fil från samma avsändare importerades medan den här förhandsgranskades. "
                "Ingenting ändrades."
            )
        )


def _refuse_if_changed(connection: Connection, plan: ImportPlan) -> None:
    """Refuse to apply a preview made before the plan last changed (an edit while it was shown)."""
    if plan.fingerprint and plan_fingerprint(connection) != plan.fingerprint:
        raise PlanChangedError(
            _(
                "Planen har ändrats sedan förhandsgranskningen gjordes, så importen gjordes inte. "
                "Förhandsgranska importen igen."
            )
        )


def discard_import(plan: ImportPlan) -> None:
    """Forget a prepared import that will not be applied."""
    plan.base_copy.unlink(missing_ok=True)
    unregister(plan.pending)


def _prune_bases(folder: Path, peer_id: str) -> None:
    files = sorted(folder.glob(f"base-{peer_id}-*.sqlite"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[BASES_KEPT_PER_PEER:]:
        old.unlink(missing_ok=True)


def last_import(workspace: Workspace) -> dict[str, str] | None:
    """The backup taken before the last import, with the file's name; ``None`` when there is none."""
    with workspace.engine.connect() as connection:
        value = read_settings(connection).get(LAST_IMPORT_KEY)
    if not value:
        return None
    state = json.loads(value)
    return state if (workspace.backup_dir / state["backup"]).exists() else None


def undo_last_import(workspace: Workspace) -> Path:
    """Put the database back as it was before the last import, after backing up the current state.

    Returns the backup of the state that was undone.
    """
    state = last_import(workspace)
    if state is None:
        raise SyncError(_("Det finns ingen import att ångra."))
    safety = restore_backup(workspace, workspace.backup_dir / state["backup"], reason="före-ångra-import")
    with workspace.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM setting WHERE key = ?", (LAST_IMPORT_KEY,))
    return safety
