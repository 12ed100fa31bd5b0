"""Hyphenation patterns loaded in milliseconds: pyphen's dictionary parsed once, then kept compiled.

Pyphen parses a ``hyph_*.dic`` file line by line in Python each time a process
first hyphenates (≈ 70–90 ms for the Swedish patterns, more than the rest of
a small report's text). ``prime`` puts the parsed patterns into pyphen's own
per-process cache, read from a ``marshal`` copy in the user's cache folder
when there is one for this dictionary file and this Python; otherwise it
parses as pyphen does and writes that copy for the next report. Both the
report's table cells and ReportLab's paragraphs then use them. Any trouble
with the copy (unreadable, stale, a folder that cannot be written) only
means parsing as before.
"""

from __future__ import annotations

import importlib.util
import marshal
import os
import tempfile
from pathlib import Path

import pyphen
from platformdirs import user_cache_path

_FORMAT = 1


def _copy_for(dictionary: Path) -> Path:
    """Where the compiled copy of ``dictionary`` lives: named for its file, size, time and Python."""
    stat = dictionary.stat()
    magic = importlib.util.MAGIC_NUMBER.hex()
    name = f"{dictionary.stem}-{stat.st_size}-{stat.st_mtime_ns}-{magic}-{_FORMAT}.marshal"
    return user_cache_path("Handlingsplan", appauthor=False) / "hyphenation" / name


def _loaded(copy: Path) -> pyphen.HyphDict | None:
    try:
        patterns, maxlen = marshal.loads(copy.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(patterns, dict) or not isinstance(maxlen, int):
        return None
    found = pyphen.HyphDict.__new__(pyphen.HyphDict)
    found.patterns, found.cache, found.maxlen = patterns, {}, maxlen
    return found


def _keep(copy: Path, parsed: pyphen.HyphDict) -> None:
    try:
        data = marshal.dumps((parsed.patterns, parsed.maxlen))
    except ValueError:  # patterns with nonstandard hyphenation carry objects marshal cannot write
        return
    try:
        copy.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=copy.parent, suffix=".part")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, copy)  # whole or not at all, also with two reports at once
    except OSError:
        return


def prime(language: str) -> None:
    """Load the patterns of ``language`` (e.g. ``sv_SE``) into pyphen's cache, once per process."""
    if not language:
        return
    try:
        dictionary = pyphen.LANGUAGES[pyphen.language_fallback(language)]
    except KeyError:
        return
    if dictionary in pyphen.hdcache:
        return
    try:
        copy = _copy_for(Path(dictionary))
    except (OSError, TypeError):  # not a file of its own (a packed resource): pyphen reads it itself
        return
    found = _loaded(copy)
    if found is None:
        found = pyphen.HyphDict(dictionary)
        _keep(copy, found)
    pyphen.hdcache[dictionary] = found
