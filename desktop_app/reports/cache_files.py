"""Copies in the user's cache folder that spare a report work an earlier report already did (parsed
hyphenation patterns, parsed fonts).

A copy is named for what it was made from (the source file's name, size and
time, and whatever else its maker adds), so a changed source is simply a new
name. It is written to a ``.part`` file and renamed, so a reader sees it whole
or not at all; a ``.part`` file left by a writer that was stopped in between
is removed by the next run (``services.leftovers``), and any older than a
minute whenever the folder is used. A checksum tells a damaged copy. Any
trouble with a copy (unreadable, damaged, a folder that cannot be written)
only means doing the work again.

A copy made from an earlier version of its source (a font or dictionary file
an update replaced, another ReportLab or Python) would otherwise stay for
good: reading a copy marks it used (its modification time), and writing a new
copy of a source removes that source's other copies that no report has used
for ``UNUSED_DAYS``. Two installations of the app that share the folder keep
their own copies as long as both are used.
"""

from __future__ import annotations

import os
import re
import time
import zlib
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from desktop_app.services import user_dirs

PART = ".part"
"""The ending of a copy being written."""

STALE_PART_SECONDS = 60.0
"""A ``.part`` file this old is left over: a writer renames its file within milliseconds."""


UNUSED_DAYS = 30
"""A copy of an earlier version of its source that no report has read for this long is removed."""

MAGIC = b"HPLNcopy1"
"""How a copy starts; the CRC-32 of what follows comes next, so a damaged copy is never used."""


def _checksum(data: bytes) -> bytes:
    return zlib.crc32(data).to_bytes(4, "big")


def cache_folder(kind: str) -> Path:
    """The folder of one kind of copy (``hyphenation``, ``fonts``) in the user's cache folder."""
    return user_dirs.cache_folder() / kind


def source_key(source: Path) -> str:
    """``source``'s name, size and modification time: a copy made from it is named for these."""
    stat = source.stat()
    return f"{source.stem}-{stat.st_size}-{stat.st_mtime_ns}"


def _remove_older_than(folder: Path, seconds: float, named: Callable[[str], bool]) -> None:
    """Remove the files in ``folder`` whose names ``named`` accepts and that have not been modified
    for ``seconds``; one that cannot be looked at or removed is left."""
    limit = time.time() - seconds
    try:
        entries = os.scandir(folder)
    except OSError:
        return
    with entries:
        for entry in entries:
            if not named(entry.name):
                continue
            try:
                if entry.stat(follow_symlinks=False).st_mtime < limit:
                    os.unlink(entry.path)
            except OSError:
                continue


def sweep_parts(folder: Path, *, older_than: float = STALE_PART_SECONDS) -> None:
    """Remove the ``.part`` files in ``folder`` older than ``older_than`` seconds: left by a writer
    stopped between writing and renaming that ``services.leftovers`` does not know of (an earlier
    version of the app, or a data folder that could not be written)."""
    _remove_older_than(folder, older_than, lambda name: name.endswith(PART))


def read_copy(copy: Path) -> bytes | None:
    """What was written to ``copy``; ``None`` when there is none, it cannot be read, or it is not
    whole and unchanged (its checksum)."""
    sweep_parts(copy.parent)
    try:
        stored = copy.read_bytes()
    except OSError:
        return None
    data = stored[len(MAGIC) + 4 :]
    if stored[: len(MAGIC)] != MAGIC or stored[len(MAGIC) : len(MAGIC) + 4] != _checksum(data):
        return None
    with suppress(OSError):  # a folder that cannot be written: the copy still serves
        os.utime(copy)  # used now: kept while it is (remove_unused)
    return data


def remove_unused(copy: Path, source: Path, *, unused_days: float = UNUSED_DAYS) -> None:
    """Remove the other copies in ``copy``'s folder made from ``source``'s file name (its name, then
    a size and a time, as ``source_key`` writes them) that have not been read for ``unused_days``."""
    made_from = re.compile(rf"{re.escape(source.stem)}-\d+-\d+-")

    def other_copy(name: str) -> bool:
        return name != copy.name and not name.endswith(PART) and made_from.match(name) is not None

    _remove_older_than(copy.parent, unused_days * 24 * 60 * 60, other_copy)


def write_copy(copy: Path, data: bytes, source: Path) -> None:
    """Write ``copy`` of what was made from ``source`` whole or not at all (also with two reports
    at once); trouble is ignored. Then the source's copies no report uses any longer go.

    The ``.part`` file is noted first (``services.leftovers``), so if this process is killed
    before renaming it the next run of the app or of any command removes it.
    """
    from desktop_app.services.leftovers import unfinished_file  # only when a copy is written

    try:
        copy.parent.mkdir(parents=True, exist_ok=True)
        sweep_parts(copy.parent)
        with unfinished_file(copy.parent, prefix=f"{copy.name}.", suffix=PART) as temporary:
            with temporary.open("wb") as out:
                out.write(MAGIC + _checksum(data) + data)
            os.replace(temporary, copy)
    except OSError:
        return
    remove_unused(copy, source)
