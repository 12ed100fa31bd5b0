"""Export: a consistent snapshot of the plan, written atomically as a ``.hplan`` file.

The snapshot is taken with SQLite's backup API into a temporary file in the
target folder, fsynced, and renamed over the target with ``os.replace``: a
reader (or a crash) sees either the previous file or the complete new one.
"""

from __future__ import annotations

import contextlib
import glob
import json
import os
import shutil
import sqlite3
import time
import uuid
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from database.readonly import connect_read_only
from database.store import current_revision
from desktop_app.services import file_access
from desktop_app.services.file_modes import give_normal_permissions
from desktop_app.services.leftovers import unfinished_file
from desktop_app.services.messages import _
from desktop_app.services.sync.errors import SyncError
from desktop_app.services.sync.held import HELD_KEY, held_versions
from desktop_app.services.sync.held_summary import FileVersions, save_summary, signature
from desktop_app.services.sync.plan_file import (
    FILE_SUFFIX,
    TABLE_NAMES,
    PlanFileInfo,
    containment,
    installation_id,
    read_settings,
    stamp,
    sync_dir,
)

SENT_COPIES_KEPT = 5


@dataclass(frozen=True)
class ExportResult:
    path: Path
    info: PlanFileInfo
    activity_count: int


def _fsync(handle_fd: int) -> None:
    """Flush a file or folder to disk (a seam for the disk-full test)."""
    os.fsync(handle_fd)


# Rows outside one focus area, removed from a scoped copy. Children before parents.
_SCOPE_DELETES = (
    "DELETE FROM meetingreport",
    "DELETE FROM lifecyclechange WHERE activity_id NOT IN (SELECT id FROM keep_activity)",
    "DELETE FROM decision WHERE activity_id IS NULL OR activity_id NOT IN (SELECT id FROM keep_activity)",
    "DELETE FROM decision WHERE status_report_id IS NOT NULL AND status_report_id NOT IN"
    " (SELECT id FROM statusreport WHERE activity_id IN (SELECT id FROM keep_activity))",
    "DELETE FROM meetingattendee WHERE meeting_id NOT IN (SELECT meeting_id FROM decision)",
    "DELETE FROM steeringmeeting WHERE id NOT IN (SELECT meeting_id FROM decision)",
    "DELETE FROM ideastatechange WHERE idea_id IN (SELECT id FROM idea WHERE focus_area_id IS NOT :scope"
    " OR (activity_id IS NOT NULL AND activity_id NOT IN (SELECT id FROM keep_activity)))",
    "DELETE FROM idea WHERE focus_area_id IS NOT :scope OR (activity_id IS NOT NULL AND activity_id NOT IN"
    " (SELECT id FROM keep_activity))",
    "DELETE FROM statusreport WHERE activity_id NOT IN (SELECT id FROM keep_activity)",
    "DELETE FROM activityoffice WHERE activity_id NOT IN (SELECT id FROM keep_activity)",
    "DELETE FROM activitygoal WHERE activity_id NOT IN (SELECT id FROM keep_activity)",
    "DELETE FROM activity WHERE id NOT IN (SELECT id FROM keep_activity)",
    "DELETE FROM initiative WHERE focus_area_id IS NOT :scope",
    "DELETE FROM focusareacheck WHERE focus_area_id IS NOT :scope",
    "DELETE FROM personrole WHERE focus_area_id IS NOT NULL AND focus_area_id IS NOT :scope",
    "DELETE FROM focusarea WHERE id IS NOT :scope",
)


def _limit_to_scope(connection: sqlite3.Connection, focus_area_id: str) -> None:
    connection.execute(
        "CREATE TEMP TABLE keep_activity AS SELECT activity.id FROM activity"
        " JOIN initiative ON initiative.id = activity.initiative_id WHERE initiative.focus_area_id = ?",
        (focus_area_id,),
    )
    for statement in _SCOPE_DELETES:
        connection.execute(statement, {"scope": focus_area_id})
    connection.execute("DROP TABLE keep_activity")
    # Any other table (one added later, say) loses the rows whose parent left the copy; parents
    # come before children in TABLE_NAMES, so one pass is enough.
    for table in TABLE_NAMES:
        for column, parent in containment()[table]:
            connection.execute(f"DELETE FROM {table} WHERE {column} NOT IN (SELECT id FROM {parent})")


def _scope_title(engine: Engine, focus_area_id: str | None) -> str:
    if focus_area_id is None:
        return ""
    with engine.connect() as connection:
        row = connection.exec_driver_sql(
            "SELECT title FROM focusarea WHERE id = ? AND deleted_at IS NULL", (focus_area_id,)
        ).fetchone()
    if row is None:
        raise SyncError(_("Fokusområdet som skulle exporteras finns inte i planen."))
    return str(row[0])


def export_plan(
    engine: Engine, database_path: Path, target: Path, actor: str, focus_area_id: str | None = None
) -> ExportResult:
    """Write the plan (or one focus area of it) to ``target``; never a half-written file.

    Raises ``SyncError`` when the folder cannot be written or the disk fills;
    the target is then as it was before.
    """
    target = Path(target).expanduser()
    if target.suffix != FILE_SUFFIX:
        target = target.with_name(target.name + FILE_SUFFIX)
    try:
        file_access.check_output(target)
    except file_access.FileAccessError as error:
        raise SyncError(str(error)) from error
    scope_title = _scope_title(engine, focus_area_id)
    with engine.connect() as connection:
        settings = read_settings(connection)
    info = PlanFileInfo(
        exported_by=actor,
        exported_at=stamp(),
        installation_id=installation_id(engine),
        export_id=str(uuid.uuid4()),
        schema_revision=current_revision(engine) or "",
        scope_id=focus_area_id,
        scope_title=scope_title,
        acknowledged={
            key.removeprefix("sync.peer."): "{exported_at}|{export_id}".format(**json.loads(value))
            for key, value in settings.items()
            if key.startswith("sync.peer.")
        },
        origin=settings.get("sync.origin", ""),
    )
    _remove_leftovers(target)
    try:
        with unfinished_file(target.parent, prefix=f".{target.stem}-", suffix=".tmp") as temporary:
            activity_count, summarised = _write_snapshot(database_path, temporary, info)
            with temporary.open("rb") as handle:
                _fsync(handle.fileno())
            give_normal_permissions(temporary)
            os.replace(temporary, target)
        _sync_folder(target.parent)
        sent = _keep_sent_copy(target, sync_dir(database_path), info.export_id)
        if sent is not None and focus_area_id is None:
            _summarise(sent, info, summarised)
    except (OSError, sqlite3.Error) as error:
        raise SyncError(
            _("Planen kunde inte exporteras till {path}: {reason}. Inget sparades.").format(
                path=file_access.shown(target), reason=file_access.reason(error)
            )
        ) from error
    return ExportResult(path=target, info=info, activity_count=activity_count)


LEFTOVER_AGE = 600
"""Seconds after which a temporary file of an export to the same target is an abandoned one."""


def _remove_leftovers(target: Path) -> None:
    """Remove temporary files that an export killed midway left beside ``target``.

    Only older ones: a younger one may belong to an export running right now.
    """
    cutoff = time.time() - LEFTOVER_AGE
    for leftover in target.parent.glob(f".{glob.escape(target.stem)}-*.tmp"):
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()


def _write_snapshot(
    database_path: Path, temporary: Path, info: PlanFileInfo
) -> tuple[int, dict[str, FileVersions]]:
    """Write the file; the number of activities in it, and the kept files' versions that differ
    from its rows (``held.held_versions``)."""
    with (
        closing(connect_read_only(database_path)) as source,
        closing(sqlite3.connect(temporary)) as destination,
    ):
        # The temporary file is thrown away on any failure and fsynced once at the end, after
        # everything is written: SQLite's own syncs at each commit (the copy, then the settings)
        # would add nothing to that but time.
        destination.execute("PRAGMA synchronous=OFF")
        source.backup(destination)
        destination.execute("PRAGMA journal_mode=DELETE")
        summarised: dict[str, FileVersions] = {}
        held = held_versions(
            destination,
            sync_dir(database_path),
            dict(destination.execute("SELECT key, value FROM setting")),
            summarised,
        )
        held = json.dumps(held, separators=(",", ":"))
        with destination:
            if info.scope_id is not None:
                _limit_to_scope(destination, info.scope_id)
            destination.execute("DELETE FROM setting")
            destination.execute("DELETE FROM formercode")  # local, like the settings
            destination.executemany(
                "INSERT INTO setting (key, value) VALUES (?, ?)",
                [*info.to_settings().items(), (HELD_KEY, held)],
            )
        if info.scope_id is not None:
            destination.execute("VACUUM")
        (count,) = destination.execute("SELECT count(*) FROM activity WHERE deleted_at IS NULL").fetchone()
    return int(count), summarised


def _summarise(sent: Path, info: PlanFileInfo, summarised: dict[str, FileVersions]) -> None:
    """Keep the kept files' versions that differ from the plan as exported, which the sent copy
    holds (``held_summary``): the next export compares the plan with that copy alone. Only for a
    whole plan: a copy of one focus area lacks the other rows."""
    found = signature(sent)
    if found is None:
        return
    summarised[sent.name] = FileVersions(found, info.installation_id, info.exported_at)
    save_summary(sent.parent, info.installation_id, sent, summarised)


def _keep_sent_copy(exported: Path, folder: Path, export_id: str) -> Path | None:
    """Keep what was sent: the common state when the receiver's file comes back.

    Losing it costs only precision (the merge then compares times), so a
    failure here does not fail the export.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
        sent = folder / f"sent-{export_id}.sqlite"
        # A copy, never a hard link: the exported file is the user's to change, and a change
        # through either name would change the stored common state too.
        shutil.copyfile(exported, sent)
        kept = sorted(folder.glob("sent-*.sqlite"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in kept[SENT_COPIES_KEPT:]:
            old.unlink(missing_ok=True)
    except OSError:
        return None
    return sent


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; folders cannot be opened on Windows)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        _fsync(descriptor)
    finally:
        os.close(descriptor)
