"""The reports' fonts: DejaVu Sans, embedded, and fonts for characters it lacks (Chinese, Japanese,
Korean, emoji and more).

The reports embed DejaVu Sans. Text people type may hold characters it has
no glyph for; where the computer has a font that does (a TrueType font
ReportLab can embed), those characters are drawn in it instead of as empty
boxes. The fonts are looked for and loaded only when such a character is
first met, so a report of ordinary Swedish text costs nothing more.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFError

from database.assets import asset_path
from desktop_app.reports.font_cache import cached_font
from desktop_app.reports.theme import FONT, FONT_BOLD

_reportlab_to_unicode = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode map with characters beyond U+FFFF (emoji, say) written as UTF-16
    surrogate pairs, as PDF requires; ReportLab writes them as five hex digits, which readers
    reject, so such characters could not be copied or read out of the report."""
    cmap = _reportlab_to_unicode(fontname, subset)
    for code in {code for code in subset if code > 0xFFFF}:
        cmap = cmap.replace(f"<{code:04X}>", f"<{chr(code).encode('utf-16-be').hex().upper()}>")
    return cmap


ttfonts.makeToUnicodeCMap = _to_unicode_cmap

_WINDOWS_FONTS = Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts"
CANDIDATES: tuple[Path, ...] = (
    Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
    Path("/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf"),
    Path("/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf"),
    Path("/usr/share/fonts/truetype/noto/NotoSansSymbols2-Regular.ttf"),
    Path("/usr/share/fonts/truetype/unifont/unifont.ttf"),
    _WINDOWS_FONTS / "seguisym.ttf",
    _WINDOWS_FONTS / "seguiemj.ttf",
    _WINDOWS_FONTS / "malgun.ttf",
    _WINDOWS_FONTS / "tahoma.ttf",
    Path("/System/Library/Fonts/Supplemental/Arial Unicode.ttf"),
)
"""TrueType fonts that cover what DejaVu Sans does not, in the order they are tried."""


@lru_cache(maxsize=1)
def _fallbacks() -> tuple[tuple[str, frozenset[int], dict[int, float]], ...]:
    """Each fallback font found on this computer: its registered name, characters and widths."""
    found = []
    for number, path in enumerate(CANDIDATES):
        if not path.is_file():
            continue
        name = f"Fallback{number}"
        try:
            font = cached_font(name, path)
        except (TTFError, OSError, ValueError):
            continue  # not a TrueType font ReportLab can embed (an OpenType CFF font, say)
        pdfmetrics.registerFont(font)
        widths = dict(font.face.charWidths)
        found.append((name, frozenset(widths), widths))
    return tuple(found)


def fallback_for(code: int) -> tuple[str, float] | None:
    """The fallback font that has the character ``code`` and its width (per 1000 units of size)."""
    for name, characters, widths in _fallbacks():
        if code in characters:
            return name, widths[code]
    return None


def runs(line: str, known: frozenset[int] | set[int]) -> Iterator[tuple[str | None, str]]:
    """``line`` in runs of one font: ``None`` for the body font (``known`` characters), else the
    name of the fallback font that has them; a character no font has stays with the body font."""
    current: str | None = None
    start = 0
    for index, character in enumerate(line):
        code = ord(character)
        font = None
        if code not in known:
            found = fallback_for(code)
            font = found[0] if found else None
        if font != current and index > start:
            yield current, line[start:index]
            start = index
        current = font
    if start < len(line):
        yield current, line[start:]


_fonts_registered = False


def register_fonts() -> None:
    """Register DejaVu Sans (embedded as a TrueType subset in every report); once per process."""
    global _fonts_registered
    if _fonts_registered:
        return
    pdfmetrics.registerFont(cached_font(FONT, asset_path("resources", "fonts", "DejaVuSans.ttf")))
    pdfmetrics.registerFont(cached_font(FONT_BOLD, asset_path("resources", "fonts", "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    _fonts_registered = True


@lru_cache(maxsize=1)
def body_characters() -> frozenset[int]:
    """The characters DejaVu Sans has a glyph for."""
    register_fonts()
    return frozenset(pdfmetrics.getFont(FONT).face.charWidths)


def _character_class(codes: list[int]) -> str:
    """``codes`` (sorted) as the ranges of a regular expression's character class."""
    ranges: list[str] = []
    start = previous = codes[0]
    for code in [*codes[1:], -1]:
        if code != previous + 1:
            ranges.append(
                re.escape(chr(start)) + ("-" + re.escape(chr(previous)) if previous > start else "")
            )
            start = code
        previous = code
    return "".join(ranges)


@lru_cache(maxsize=1)
def _foreign() -> re.Pattern[str]:
    """Matches a character DejaVu Sans lacks (a regular expression runs at C speed over a line)."""
    return re.compile(f"[^{_character_class(sorted(body_characters()))}]")


COMMON = ((0x20, 0x7E), (0xA0, 0x24F), (0x2010, 0x205E), (0x20AC, 0x20AC), (0x2190, 0x21FF), (0x25A0, 0x27BF))
"""The characters most of a report is written in (Latin script, punctuation, arrows, the status
shapes and signs): those of them DejaVu has are looked for first, with a pattern that is quick to
compile, where ``_foreign``'s thousands of ranges take milliseconds."""


@lru_cache(maxsize=1)
def _uncommon() -> tuple[re.Pattern[str], bool]:
    """Matches a character other than a line break or a common one DejaVu has; and whether DejaVu
    lacks the line break (a line break is not drawn: it starts a new line)."""
    known = body_characters()
    common = [code for first, last in COMMON for code in range(first, last + 1) if code in known]
    return re.compile(f"[^\\n{_character_class(common)}]"), ord("\n") not in known


def has_foreign(value: str) -> bool:
    """Whether ``value`` holds a character DejaVu Sans has no glyph for."""
    uncommon, newline_foreign = _uncommon()
    if uncommon.search(value) is None:  # only line breaks and common characters DejaVu has
        return newline_foreign and "\n" in value
    return _foreign().search(value) is not None
