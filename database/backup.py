"""Dated backup copies of a database file, made with SQLite's backup API."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sqlite3
from datetime import datetime
from pathlib import Path

from database.errors import N_, DatabaseError, Message

KEEP_BACKUPS = 30
"""At most this many backups of one database are kept ..."""
MAX_BACKUP_BYTES = 512 * 1024 * 1024
"""... and at most this much in all (30 copies of a large plan would fill a laptop's disk) ..."""
ALWAYS_KEPT = 3
"""... but always the newest three, and the three taken before the latest imports, so that any of
the last imports can be undone whatever the plan's size."""
IMPORT_REASONS = frozenset({"import", "fore-excelimport"})

_REASON = re.compile(r"-\d{8}-\d{6}-\d+-(.+)\.sqlite$")
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
        with contextlib.suppress(OSError):  # nothing to remove where the folder could not be made
            partial.unlink(missing_ok=True)
        raise DatabaseError(
            N_("Säkerhetskopian av {path} kunde inte skapas ({reason}); ingenting har ändrats."),
            path=path,
            reason=failure_reason(error),
        ) from error
    prune_backups(path, backup_dir, keep)
    return target


def failure_reason(error: OSError | sqlite3.Error) -> Message:
    """A few words on why copying or creating a database failed, without the library's own text."""
    if (getattr(error, "sqlite_errorcode", 0) & 0xFF) == 13 or getattr(error, "errno", None) in (
        errno.ENOSPC,
        errno.EDQUOT,
    ):
        return Message(N_("disken är full"))
    if isinstance(error, PermissionError):
        return Message(N_("behörighet saknas"))
    if getattr(error, "errno", None) == errno.EROFS:
        return Message(N_("filsystemet är skrivskyddat"))
    return Message(N_("läs- eller skrivfel"))


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


def backups_to_keep(newest_first: list[Path], keep: int, max_bytes: int = MAX_BACKUP_BYTES) -> set[Path]:
    """The backups the retention policy keeps: see ``KEEP_BACKUPS``, ``MAX_BACKUP_BYTES``, ``ALWAYS_KEPT``."""

    def size(path: Path) -> int:
        try:
            return path.stat().st_size
        except OSError:
            return 0

    imports = [p for p in newest_first if (m := _REASON.search(p.name)) and m.group(1) in IMPORT_REASONS]
    kept = set(newest_first[:ALWAYS_KEPT]) | set(imports[:ALWAYS_KEPT])
    total = sum(size(p) for p in kept)
    for path in newest_first:
        if path in kept:
            continue
        if len(kept) >= keep or total + size(path) > max_bytes:
            break
        kept.add(path)
        total += size(path)
    return kept


def prune_backups(path: Path, backup_dir: Path, keep: int, max_bytes: int = MAX_BACKUP_BYTES) -> None:
    """Remove the backups of ``path`` the retention policy does not keep."""
    found = list_backups(path, backup_dir)
    kept = backups_to_keep(found, keep, max_bytes)
    for old in found:
        if old not in kept:
            old.unlink(missing_ok=True)
