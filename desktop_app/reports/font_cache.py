"""The reports' TrueType fonts ready in a millisecond: ReportLab's parsed face kept in the user's cache
folder.

``TTFont(name, file)`` parses the font's tables in Python (≈ 10–20 ms for
each DejaVu Sans face, far more for the big fallback fonts) every time a
process first writes a report. What the parse finds (the face's names,
metrics, character widths and the glyph map the PDF's subset is made from)
is kept as a ``marshal`` copy named for the font file's name, size and time,
ReportLab's version and this Python; the next report reads it back and reads
the font file's bytes, from which ReportLab makes the embedded subset as
always. A font whose parse holds something the copy cannot keep exactly is
simply parsed each time, and any trouble with the copy (``cache_files``)
only means parsing as before.
"""

from __future__ import annotations

import importlib.util
import marshal
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

from desktop_app.reports.cache_files import cache_folder, read_copy, source_key, write_copy

_FORMAT = 3
"""2: checksummed (``cache_files``); 3: equal numbers stored once."""

_MADE_ON_LOAD = ("_ttf_data", "_pdfScale", "filename")
"""The face's file bytes, its scale function and its file name: made anew when a copy is read."""


def cached_font(name: str, path: Path) -> TTFont:
    """``TTFont(name, str(path))``, from the parsed copy when there is one."""
    try:
        copy = _copy_for(path)
    except OSError:
        return TTFont(name, str(path))
    font = _loaded(copy, name, path)
    if font is None:
        font = TTFont(name, str(path))
        data = _encoded(font, path)
        if data is not None:
            write_copy(copy, data, path)
    return font


def _copy_for(path: Path) -> Path:
    magic = importlib.util.MAGIC_NUMBER.hex()
    version = reportlab.Version.replace("-", "_")
    return cache_folder("fonts") / f"{source_key(path)}-rl{version}-{magic}-{_FORMAT}.marshal"


def _scale(units_per_em: int) -> Any:
    """ReportLab's scale from font units to a thousandth of the size (``TTFontFile.extractInfo``)."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def _encoded(font: TTFont, path: Path) -> bytes | None:
    """The parse of ``font`` as a copy's bytes; ``None`` when the copy could not give it back exactly."""
    face = font.face
    if (
        type(font) is not TTFont
        or type(face) is not TTFontFace
        or face.filename != str(path)
        or type(font.encoding) is not TTEncoding
        or vars(font.encoding) != vars(TTEncoding())
        or not isinstance(font.state, WeakKeyDictionary)
        or len(font.state)
    ):
        return None
    units = face.__dict__.get("unitsPerEm")
    if not isinstance(units, int) or units <= 0:
        return None
    if any(face._pdfScale(x) != _scale(units)(x) for x in (1, 37, 1234.5, -600)):
        return None
    names: dict[str, bytes] = {}
    plain: dict[str, Any] = {}
    for attribute, value in vars(face).items():
        if attribute in _MADE_ON_LOAD:
            continue
        if type(value) is TTFNameBytes:
            if TTFNameBytes(bytes(value)).ustr != value.ustr:
                return None
            names[attribute] = bytes(value)
        else:
            plain[attribute] = value
    own = {key: value for key, value in vars(font).items() if key not in ("face", "encoding", "state")}
    plain = _shared(plain)
    try:
        data = marshal.dumps((own, plain, names))
    except ValueError:  # something marshal cannot write (a ReportLab with other kinds of values)
        return None
    return data if marshal.loads(data) == (own, plain, names) else None


def _shared(plain: dict[str, Any]) -> dict[str, Any]:
    """``plain`` with equal numbers and metrics made one object: marshal writes an object it has
    written before as a reference to it, so reading makes a fifth fewer objects (the widths of
    some 6,000 characters take under a thousand values, and a glyph's number is a character's
    glyph and a key of its characters)."""
    seen: dict[Any, Any] = {}

    def one(value: Any) -> Any:  # by type and spelling: 1, 1.0 and True are equal, so are 0.0 and -0.0
        kinds = tuple(map(type, value)) if type(value) is tuple else type(value)
        return seen.setdefault((kinds, repr(value)), value)

    def numbers(value: Any) -> Any:
        if type(value) is dict and all(type(key) is int for key in value):
            return {one(key): numbers(item) for key, item in value.items()}
        if type(value) is list:
            return [numbers(item) for item in value]
        if type(value) is tuple and all(type(item) in (int, float) for item in value):
            return one(value)
        if type(value) in (int, float):
            return one(value)
        return value

    return {attribute: numbers(value) for attribute, value in plain.items()}


def _loaded(copy: Path, name: str, path: Path) -> TTFont | None:
    data = read_copy(copy)
    if data is None:
        return None
    try:
        own, plain, names = marshal.loads(data)
        file_bytes = path.read_bytes()
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not (isinstance(own, dict) and isinstance(plain, dict) and isinstance(names, dict)):
        return None
    if len(file_bytes) != path.stat().st_size or not isinstance(plain.get("unitsPerEm"), int):
        return None
    face = TTFontFace.__new__(TTFontFace)
    vars(face).update(plain)
    for attribute, raw in names.items():
        setattr(face, attribute, TTFNameBytes(raw))
    face._ttf_data = file_bytes
    face._pdfScale = _scale(plain["unitsPerEm"])
    face.filename = str(path)
    font = TTFont.__new__(TTFont)
    vars(font).update(own)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    return font
