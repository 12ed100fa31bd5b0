"""The dated backups of the local database: listing them and restoring one.

Backups are taken by ``database.backup`` before every import, migration and
restore, kept in the data folder and pruned by count and total size
(``database.backup.backups_to_keep``).
"""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from database.backup import backup_database, copy_database, list_backups
from database.errors import DatabaseError
from database.store import check_identity, head_revision, inspect_file, upgrade_to_head
from desktop_app.services import file_access
from desktop_app.services.messages import N_, Labels, _
from desktop_app.services.sync.errors import SyncError
from desktop_app.services.workspace import Workspace

_NAME = re.compile(r"-(\d{8}-\d{6})-\d+-(.+)\.sqlite$")
REASON_LABELS = Labels(
    {
        "import": N_("Före import"),
        "uppgradering": N_("Före uppgradering av programmet"),
        "före-ångra-import": N_("Före Ångra senaste import"),
        "före-återställning": N_("Före återställning"),
    }
)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int

    @property
    def reason_label(self) -> str:
        return REASON_LABELS.get(self.reason, self.reason)


def backups(workspace: Workspace) -> list[BackupInfo]:
    """The local database's backups, newest first."""
    found = []
    for path in list_backups(workspace.path, workspace.backup_dir):
        match = _NAME.search(path.name)
        if match is None:
            continue
        try:
            size = path.stat().st_size
        except OSError:
            continue
        taken_at = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
        found.append(BackupInfo(path, taken_at, match.group(2), size))
    return found


def restore_backup(workspace: Workspace, backup: Path, reason: str = "före-återställning") -> Path:
    """Replace the local database's content with ``backup``, after backing up the current state.

    Returns the backup of the state that was replaced. The engine's pooled
    connections are closed first; the next use opens new ones.
    """
    try:
        state = inspect_file(backup)
        check_identity(backup, state)
        with closing(sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)) as connection:
            if [row[0] for row in connection.execute("PRAGMA integrity_check")] != ["ok"]:
                raise SyncError(
                    _("Säkerhetskopian {name} är skadad och återställdes inte.").format(name=backup.name)
                )
        safety = backup_database(workspace.path, workspace.backup_dir, reason=reason)
    except DatabaseError as error:
        raise SyncError(_("Säkerhetskopian kan inte återställas: {error}").format(error=error)) from error
    workspace.engine.dispose()
    try:
        copy_database(backup, workspace.path)
    except sqlite3.Error as error:
        raise SyncError(
            _("Återställningen misslyckades ({error}). Databasen före försöket finns i {name}.").format(
                error=file_access.reason(error), name=safety.name
            )
        ) from error
    if state.revision != head_revision():
        upgrade_to_head(workspace.engine)
    return safety
