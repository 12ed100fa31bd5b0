"""Hyphenation patterns loaded in milliseconds: pyphen's dictionary parsed once, then kept compiled.

Pyphen parses a ``hyph_*.dic`` file line by line in Python each time a process
first hyphenates (≈ 70–90 ms for the Swedish patterns, more than the rest of
a small report's text). ``prime`` puts the parsed patterns into pyphen's own
per-process cache, read from a ``marshal`` copy in the user's cache folder
when there is one for this dictionary file and this Python; otherwise it
parses as pyphen does and writes that copy for the next report. Both the
report's table cells and ReportLab's paragraphs then use them. Any trouble
with the copy (unreadable, stale, a folder that cannot be written) only
means parsing as before (``cache_files``).
"""

from __future__ import annotations

import importlib.util
import marshal
from pathlib import Path

import pyphen

from desktop_app.reports.cache_files import cache_folder, read_copy, source_key, write_copy

_FORMAT = 3
"""2: equal pattern values stored once (a quarter of the objects to make when read); 3: checksummed."""


def _copy_for(dictionary: Path) -> Path:
    """Where the compiled copy of ``dictionary`` lives: named for its file, size, time and Python."""
    magic = importlib.util.MAGIC_NUMBER.hex()
    return cache_folder("hyphenation") / f"{source_key(dictionary)}-{magic}-{_FORMAT}.marshal"


def _loaded(copy: Path) -> pyphen.HyphDict | None:
    data = read_copy(copy)
    if data is None:
        return None
    try:
        patterns, maxlen = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return None
    if not isinstance(patterns, dict) or not isinstance(maxlen, int):
        return None
    found = pyphen.HyphDict.__new__(pyphen.HyphDict)
    found.patterns, found.cache, found.maxlen = patterns, {}, maxlen
    return found


def _keep(copy: Path, parsed: pyphen.HyphDict, dictionary: Path) -> None:
    try:
        marshal.dumps(parsed.patterns)
    except ValueError:  # patterns with nonstandard hyphenation carry objects marshal cannot write
        return
    # Plain numbers only, so equal values are the same: some 15 000 patterns share under a thousand
    # values, each written once (marshal refers back to an object it has written), so reading
    # makes a quarter of the objects.
    shared: dict[object, object] = {}
    patterns = {key: shared.setdefault(value, value) for key, value in parsed.patterns.items()}
    write_copy(copy, marshal.dumps((patterns, parsed.maxlen)), dictionary)


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
        _keep(copy, found, Path(dictionary))
    pyphen.hdcache[dictionary] = found
