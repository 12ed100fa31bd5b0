"""Temporary files and folders that a killed run leaves behind, and their removal by the next run.

Every temporary file the app writes next to a target (an export, a report,
an Excel workbook), every temporary copy of an incoming plan file and every
pending common state in ``sync/`` is noted, before it is created, in a small
entry in the data folder's ``unfinished/`` folder that names the process.
The entry goes when the work is done. A run killed midway (``kill -9``, a
power cut) leaves its entry, and the next run of the app or of any command
removes what it names once that process is gone.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from database.backup import PARTIAL_SUFFIX
from desktop_app.services.workspace import data_dir

# json, shutil and tempfile are imported where they are used: every command sweeps, and a command
# that only reads (``tree``) should not pay for them when nothing was left behind.

BROKEN_ENTRY_AGE = 60
"""Seconds after which an entry that cannot be read (its writer killed while writing it) is dropped."""


def registry_dir() -> Path:
    return data_dir() / "unfinished"


def _start_time(pid: int) -> str:
    """When process ``pid`` started (Linux), so that a reused process id is not taken for the old one."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return ""
    return stat.rpartition(")")[2].split()[19] if ")" in stat else ""


def _alive(pid: int, start: str) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return not start or _start_time(pid) in ("", start)


def register(path: Path) -> Path | None:
    """Note that this process is about to make ``path``; returns the entry for ``unregister``.

    ``None`` when the data folder cannot be written: the work goes on, only
    its leftovers would then stay if it were killed.
    """
    import json

    entry = registry_dir() / f"{os.getpid()}-{os.urandom(16).hex()}.json"
    record = {"pid": os.getpid(), "start": _start_time(os.getpid()), "path": os.fsdecode(path.absolute())}
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        entry.write_text(json.dumps(record), encoding="utf-8")
    except OSError:
        return None
    return entry


def unregister(entry: Path | None) -> None:
    if entry is not None:
        with contextlib.suppress(OSError):
            entry.unlink()


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        if path.is_dir() and not path.is_symlink():
            import shutil

            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)


def _partial_backups(backup_dir: Path) -> list[Path]:
    """Backups a killed run left half-written: ``.<name>.<pid>.partial`` of processes that are gone."""
    found = []
    with contextlib.suppress(OSError):
        for path in backup_dir.glob(f".*{PARTIAL_SUFFIX}"):
            pid = path.name.removesuffix(PARTIAL_SUFFIX).rpartition(".")[2]
            if pid.isdigit() and not _alive(int(pid), ""):
                found.append(path)
    return found


def sweep(backup_dir: Path | None = None) -> list[Path]:
    """Remove what runs that were killed left behind; returns the paths removed.

    ``backup_dir``, the open plan's backup folder, is searched for backups left half-written.
    """
    removed: list[Path] = []
    if backup_dir is not None:
        for path in _partial_backups(backup_dir):
            _remove(path)
            removed.append(path)
    try:
        entries = list(registry_dir().glob("*.json"))
    except OSError:
        return removed
    if entries:
        import json
    for entry in entries:
        try:
            record = json.loads(entry.read_text(encoding="utf-8"))
            pid, start, path = int(record["pid"]), str(record["start"]), Path(record["path"])
        except (OSError, ValueError, KeyError, TypeError):
            with contextlib.suppress(OSError):
                if entry.stat().st_mtime < time.time() - BROKEN_ENTRY_AGE:
                    entry.unlink()
            continue
        if _alive(pid, start):
            continue
        if path.exists() or path.is_symlink():
            _remove(path)
            removed.append(path)
        unregister(entry)
    return removed


@contextmanager
def unfinished_file(folder: Path, prefix: str, suffix: str) -> Iterator[Path]:
    """A new empty temporary file in ``folder``, removed afterwards unless it was renamed away.

    It gets the usual permissions of a new file (the umask's), as the file it becomes should.

    Made with ``O_EXCL`` under a name noted first, so that a kill at any
    moment leaves nothing the next run does not know of.
    """
    path = folder / f"{prefix}{os.urandom(6).hex()}{suffix}"
    entry = register(path)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        yield path
    finally:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
        unregister(entry)


@contextmanager
def unfinished_folder(prefix: str) -> Iterator[Path]:
    """A new private folder in the temporary folder, removed with what is in it afterwards."""
    import shutil
    import tempfile

    path = Path(tempfile.gettempdir()) / f"{prefix}{os.urandom(6).hex()}"
    entry = register(path)
    try:
        path.mkdir(mode=0o700)
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)
        unregister(entry)
