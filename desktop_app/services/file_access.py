"""Files the user names: checked before use, and every failure told as one line naming file and reason.

Every path a person gives the app (``--db``, a report's ``--out``, a plan file
or Excel workbook to export or import, a file opened from the file manager)
goes through ``check_input`` or ``check_output`` before it is opened, and every
``OSError`` or SQLite error met while reading or writing it is turned into a
message by ``describe``: the file, and what is wrong (no such folder, no
permission, read-only file system, disk full, a folder or a device where a file
belongs …). Nothing here opens a FIFO or a device: they are refused from
``stat`` alone, so a named pipe never makes the app wait for ever.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from pathlib import Path

from database.errors import DatabaseError
from desktop_app.services.errors import PlanError
from desktop_app.services.messages import _


class FileAccessError(PlanError, DatabaseError):
    """A file cannot be read or written; the message names it and says why.

    Both a ``PlanError`` and a ``DatabaseError``, so that every place that
    shows either kind of message shows this one too.
    """


def shown(path: Path | str) -> str:
    """``path`` as it can be printed: bytes that are not UTF-8 become "�" instead of failing to print."""
    return os.fsencode(path).decode("utf-8", "replace")


def _errno_reasons() -> dict[int, str]:
    # Literals inside _(), so that the catalogue tools find them.
    return {
        errno.ENOENT: _("den finns inte"),
        errno.EACCES: _("du har inte behörighet"),
        errno.EPERM: _("du har inte behörighet"),
        errno.EROFS: _("filsystemet är skrivskyddat"),
        errno.ENOSPC: _("disken är full"),
        errno.EDQUOT: _("ditt diskutrymme är slut"),
        errno.EFBIG: _("filen blir för stor för filsystemet"),
        errno.EISDIR: _("det är en mapp, inte en fil"),
        errno.ENOTDIR: _("en del av sökvägen är ingen mapp"),
        errno.ENAMETOOLONG: _("namnet är för långt"),
        errno.ELOOP: _("för många symboliska länkar i sökvägen"),
        errno.EIO: _("disken svarar med läs- eller skrivfel"),
        errno.ENXIO: _("det är ingen vanlig fil"),
        errno.ENODEV: _("det är ingen vanlig fil"),
        errno.EBUSY: _("filen används av ett annat program"),
        errno.ETXTBSY: _("filen används av ett annat program"),
        errno.EMFILE: _("för många öppna filer"),
        errno.EEXIST: _("den finns redan"),
    }


# SQLite's primary result codes (the low byte of ``sqlite_errorcode``) that say something about the
# file or the disk rather than about the data.
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 10, 11, 13, 14, 26


def _sqlite_code(error: BaseException) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def _unwrap(error: BaseException) -> BaseException:
    """The driver's error inside a SQLAlchemy error (whose text holds the SQL statement)."""
    original = getattr(error, "orig", None)
    return original if isinstance(original, BaseException) else error


def reason(error: BaseException) -> str:
    """What is wrong, in a few Swedish words, for an ``OSError`` or a SQLite error; never SQL."""
    error = _unwrap(error)
    if isinstance(error, OSError):
        known = _errno_reasons()
        if error.errno in known:
            return known[error.errno]
        return error.strerror or _("okänt fel vid läsning eller skrivning")
    code = _sqlite_code(error)
    if code == _SQLITE_FULL:
        return _("disken är full")
    if code == _SQLITE_READONLY:
        return _("filen eller mappen är skrivskyddad")
    if code in (_SQLITE_PERM, _SQLITE_CANTOPEN):
        return _("filen kan inte öppnas (saknad mapp, behörighet eller skrivskyddat filsystem)")
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return _("planen används just nu av ett annat program; försök igen om en stund")
    if code == _SQLITE_IOERR:
        return _("disken svarar med läs- eller skrivfel (eller är full)")
    if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return _("filen är skadad eller ingen SQLite-databas")
    return _("databasen svarade med ett fel")


def is_file_failure(error: BaseException) -> bool:
    """Whether ``error`` is the file's or the disk's fault (so ``describe`` can explain it)."""
    error = _unwrap(error)
    if isinstance(error, OSError):
        return True
    return isinstance(error, sqlite3.Error) and _sqlite_code(error) in (
        _SQLITE_PERM,
        _SQLITE_BUSY,
        _SQLITE_LOCKED,
        _SQLITE_READONLY,
        _SQLITE_IOERR,
        _SQLITE_FULL,
        _SQLITE_CANTOPEN,
    )


def describe(path: Path | str | None, error: BaseException, writing: bool) -> str:
    """One line: the file, whether it could not be read or written, and why."""
    why = reason(error)
    if path is None:
        filename = getattr(_unwrap(error), "filename", None)
        path = filename if filename else None
    if path is None:
        return _("Det gick inte att läsa eller skriva: {reason}.").format(reason=why)
    if writing:
        return _("Det går inte att skriva {path}: {reason}.").format(path=shown(path), reason=why)
    return _("Det går inte att läsa {path}: {reason}.").format(path=shown(path), reason=why)


def failure(path: Path | str | None, error: BaseException, writing: bool) -> FileAccessError:
    """``describe`` as an error to raise."""
    return FileAccessError(describe(path, error, writing))


def _folder_of(path: Path) -> Path:
    return path.parent if str(path.parent) else Path(".")


def _folder_problem(folder: Path) -> str | None:
    """Why nothing can be written in ``folder``, or ``None``."""
    try:
        info = folder.stat()
    except FileNotFoundError:
        return _("mappen {folder} finns inte").format(folder=shown(folder))
    except OSError as error:
        return _("mappen {folder} kan inte öppnas: {reason}").format(
            folder=shown(folder), reason=reason(error)
        )
    if not stat.S_ISDIR(info.st_mode):
        return _("{folder} är ingen mapp").format(folder=shown(folder))
    if not os.access(folder, os.X_OK):
        return _("du har inte behörighet att öppna mappen {folder}").format(folder=shown(folder))
    if read_only_file_system(folder):
        return _("mappen {folder} ligger på ett skrivskyddat filsystem").format(folder=shown(folder))
    if not os.access(folder, os.W_OK):
        return _("du har inte behörighet att skriva i mappen {folder}").format(folder=shown(folder))
    return None


def read_only_file_system(path: Path) -> bool:
    """Whether ``path`` lies on a file system mounted read-only (POSIX; ``False`` where unknown)."""
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):
        return False


def _kind_problem(info: os.stat_result) -> str | None:
    if stat.S_ISDIR(info.st_mode):
        return _("det är en mapp, inte en fil")
    if not stat.S_ISREG(info.st_mode):
        return _("det är ingen vanlig fil (en enhet, en namngiven pipe eller liknande)")
    return None


def input_problem(path: Path) -> str | None:
    """Why ``path`` cannot be read as a file, or ``None``: checked by ``stat`` without opening it."""
    try:
        info = path.stat()
    except FileNotFoundError:
        folder = _folder_of(path)
        if not folder.is_dir():
            return _("mappen {folder} finns inte").format(folder=shown(folder))
        return _("den finns inte")
    except PermissionError:
        return _("du har inte behörighet att öppna mappen {folder}").format(folder=shown(_folder_of(path)))
    except OSError as error:
        return reason(error)
    problem = _kind_problem(info)
    if problem:
        return problem
    if not os.access(path, os.R_OK):
        return _("du har inte behörighet att läsa den")
    return None


def output_problem(path: Path) -> str | None:
    """Why a file cannot be written (by a temporary file and a rename) at ``path``, or ``None``."""
    try:
        info = path.stat()
    except FileNotFoundError:
        info = None
    except OSError as error:
        if isinstance(error, PermissionError):
            return _folder_problem(_folder_of(path)) or reason(error)
        return reason(error)
    if info is not None:
        problem = _kind_problem(info)
        if problem:
            return problem
    return _folder_problem(_folder_of(path))


def check_input(path: Path) -> Path:
    """``path``, when it is a file that can be read; else a ``FileAccessError`` naming it and why."""
    problem = input_problem(path)
    if problem:
        raise FileAccessError(
            _("Det går inte att läsa {path}: {reason}.").format(path=shown(path), reason=problem)
        )
    return path


def check_output(path: Path) -> Path:
    """``path``, when a file can be written there; else a ``FileAccessError`` naming it and why."""
    problem = output_problem(path)
    if problem:
        raise FileAccessError(
            _("Det går inte att skriva {path}: {reason}.").format(path=shown(path), reason=problem)
        )
    return path


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; folders cannot be opened on Windows)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
