"""Dated backup copies of a database file, made with SQLite's backup API."""

from __future__ import annotations

import errno
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from database.errors import DatabaseError

KEEP_BACKUPS = 30
PARTIAL_SUFFIX = ".partial"


def backup_database(path: Path, backup_dir: Path, reason: str, keep: int = KEEP_BACKUPS) -> Path:
    """Copy ``path`` into ``backup_dir`` as ``<name>-<YYYYMMDD-HHMMSS>-<reason>.sqlite``.

    The copy is a consistent snapshot even while the app has the file open.
    Older backups of the same file beyond ``keep`` are removed.
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"{path.stem}-{stamp}-{reason}.sqlite"
    # Written under a name no listing shows, with the process id for the next run to clean up
    # after a kill (``desktop_app.services.leftovers``), and renamed when complete.
    partial = backup_dir / f".{target.name}.{os.getpid()}{PARTIAL_SUFFIX}"
    try:
        backup_dir.mkdir(parents=True, exist_ok=True)
        copy_database(path, partial)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        raise DatabaseError(
            f"Säkerhetskopian av {path} kunde inte skapas ({failure_reason(error)}); ingenting har ändrats."
        ) from error
    prune_backups(path, backup_dir, keep)
    return target


def failure_reason(error: OSError | sqlite3.Error) -> str:
    """A few words on why copying or creating a database failed, without the library's own text."""
    if (getattr(error, "sqlite_errorcode", 0) & 0xFF) == 13 or getattr(error, "errno", None) in (
        errno.ENOSPC,
        errno.EDQUOT,
    ):
        return "disken är full"
    if isinstance(error, PermissionError):
        return "behörighet saknas"
    if getattr(error, "errno", None) == errno.EROFS:
        return "filsystemet är skrivskyddat"
    return "läs- eller skrivfel"


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of ``source`` at ``target`` by SQLite's backup API; ``source`` is only read."""
    reader = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        writer = sqlite3.connect(target)
        try:
            reader.backup(writer)
        finally:
            writer.close()
    finally:
        reader.close()


def list_backups(path: Path, backup_dir: Path) -> list[Path]:
    """Backups of ``path``, newest first."""
    return sorted(backup_dir.glob(f"{path.stem}-*.sqlite"), reverse=True)


def prune_backups(path: Path, backup_dir: Path, keep: int) -> None:
    for old in list_backups(path, backup_dir)[keep:]:
        old.unlink(missing_ok=True)
