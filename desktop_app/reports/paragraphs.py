"""The reports' paragraph styles and the paragraph text made from what people typed.

Text typed by users is always escaped before it reaches a Paragraph, with its line breaks kept;
characters the embedded font lacks are set in a fallback font where the computer has one.
"""

from __future__ import annotations

from html import escape as _escape

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    Paragraph,
)

from desktop_app.reports.fonts import body_characters, has_foreign, register_fonts
from desktop_app.reports.fonts import runs as fallback_runs
from desktop_app.reports.hyphenation import hyphenation_language
from desktop_app.reports.hyphenation_cache import prime
from desktop_app.reports.theme import (
    ACCENT,
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
)


class Styles:
    """The paragraph styles of the reports, made once."""

    def __init__(self) -> None:
        register_fonts()
        # Hyphenation at syllable boundaries (pyphen) in the report's language, in every paragraph
        # and table cell: see ``hyphenation_language``.
        base = ParagraphStyle(
            "body",
            fontName=FONT,
            fontSize=9.5,
            leading=13.5,
            textColor=INK,
            hyphenationLang=hyphenation_language(),
            embeddedHyphenation=1,
            uriWasteReduce=0.3,
        )
        prime(base.hyphenationLang)
        self.body = base
        self.muted = ParagraphStyle("muted", parent=base, textColor=MUTED)
        # A section's introduction stays on the page of the table or chart that follows it.
        self.intro = ParagraphStyle("intro", parent=self.muted, spaceAfter=7, keepWithNext=1)
        self.cover_kicker = ParagraphStyle(
            "kicker", parent=base, fontName=FONT_BOLD, fontSize=10, leading=14, textColor=ACCENT
        )
        self.cover_title = ParagraphStyle(
            "covertitle", parent=base, fontName=FONT_BOLD, fontSize=26, leading=32, textColor=INK
        )
        self.cover_plan = ParagraphStyle("coverplan", parent=base, fontSize=13, leading=18, textColor=INK)
        self.cover_lead = ParagraphStyle(
            "coverlead", parent=base, fontSize=10, leading=15, textColor=MUTED, rightIndent=2.5 * cm
        )
        self.h1 = ParagraphStyle(
            "h1",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=15,
            leading=19,
            textColor=ACCENT,
            spaceBefore=6,
            spaceAfter=8,
            keepWithNext=1,
        )
        self.h2 = ParagraphStyle(
            "h2",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=11,
            leading=14.5,
            textColor=INK,
            spaceBefore=10,
            spaceAfter=5,
            keepWithNext=1,
        )
        self.h3 = ParagraphStyle(
            "h3",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=9,
            leading=12,
            textColor=MUTED,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
        )
        self.cell = ParagraphStyle("cell", parent=base, fontSize=8, leading=10.2, alignment=TA_LEFT)
        self.toc_levels = [
            ParagraphStyle("toc1", parent=base, fontSize=10.5, leading=17, leftIndent=0),
            ParagraphStyle("toc2", parent=base, fontSize=9.5, leading=14, leftIndent=14, textColor=MUTED),
        ]


def escape(value: str) -> str:
    """``value`` with ``&``, ``<`` and ``>`` written as entities, as ``xml.sax.saxutils.escape`` does
    (whose module loads urllib, http and email: a tenth of a small report's time)."""
    return _escape(value, quote=False)


def text(value: str) -> str:
    """User-typed text as Paragraph markup that prints literally, line breaks kept; characters DejaVu
    lacks are set in a fallback font where the computer has one."""
    if not has_foreign(value):
        return escape(value).replace("\n", "<br/>")
    known = body_characters()
    marked = "".join(
        escape(part) if font is None else f'<font name="{font}">{escape(part)}</font>'
        for font, part in fallback_runs(value, known)
    )
    return marked.replace("\n", "<br/>")


def shorten(value: str, limit: int) -> str:
    """``value`` on one line, cut at a word boundary with an ellipsis when longer than ``limit``."""
    value = " ".join(value.split())
    if len(value) <= limit:
        return value
    cut = value[:limit]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,.;:") + "…"


def empty_note(message: str, styles: Styles) -> Paragraph:
    return Paragraph(text(message), styles.muted)
