"""What both reports share: the embedded font, styles, page template, status cells and the chart.

A4 portrait with the plan's name and the report's title at the top of every
page and the report date and "Sida X av Y" at the bottom. Text typed by users
is always escaped before it reaches a Paragraph, and plain table cells are
only used for text that fits, so nothing is ever cut or drawn outside the page.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tables import CellStyle

from database.assets import asset_path
from database.enums import StatusColour
from desktop_app.reports.fonts import fallback_for
from desktop_app.reports.fonts import runs as fallback_runs
from desktop_app.reports.hyphenation import prime
from desktop_app.reports.language import language_tag
from desktop_app.services.file_access import fsync_folder
from desktop_app.services.labels import STATUS_LABELS
from desktop_app.services.leftovers import unfinished_file
from desktop_app.services.messages import N_, SOURCE_LANGUAGE, _, language
from desktop_app.services.report_data import StatusCounts

Progress = Callable[[int, int], None]

# Page streams compressed only, not also ASCII85-encoded: that encoding (a default kept for
# 7-bit mail transports) runs in pure Python, takes a fifth of the time of a long report and
# makes the file a quarter larger.
rl_config.useA85 = 0

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 2.2 * cm
MARGIN_TOP = 2.6 * cm
MARGIN_BOTTOM = 2.2 * cm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#5F6B7A")
ACCENT = colors.HexColor("#1D4E74")
RULE = colors.HexColor("#C5CED8")
HEAD_FILL = colors.HexColor("#E6EDF3")
ZEBRA = colors.HexColor("#F7F9FB")


@dataclass(frozen=True)
class StatusLook:
    """How a status is shown: a shape and a word (readable in greyscale) and two colours."""

    symbol: str
    word: str
    fill: colors.Color
    bar: colors.Color

    @property
    def text(self) -> str:
        """The shape and the word in the report's language."""
        return f"{self.symbol} {_(self.word)}"


# The fills differ in lightness as well as hue, and every cell carries a shape and a word.
# The words are the Swedish source words, translated where they are shown (``StatusLook.text``).
STATUS_LOOKS: dict[StatusColour | None, StatusLook] = {
    StatusColour.GREEN: StatusLook(
        "●", STATUS_LABELS.source(StatusColour.GREEN), colors.HexColor("#D4EACD"), colors.HexColor("#5E9E55")
    ),
    StatusColour.YELLOW: StatusLook(
        "▲", STATUS_LABELS.source(StatusColour.YELLOW), colors.HexColor("#FCEFB4"), colors.HexColor("#EBC13F")
    ),
    StatusColour.RED: StatusLook(
        "■", STATUS_LABELS.source(StatusColour.RED), colors.HexColor("#EFC0B9"), colors.HexColor("#B5402F")
    ),
    None: StatusLook("○", STATUS_LABELS.source(None), colors.white, colors.HexColor("#D6DCE2")),
}
COMPLETED_LOOK = StatusLook("✓", N_("Genomförd"), colors.HexColor("#DDE3EA"), colors.white)
"""Completed activities are counted apart from the colours (``report_data.COUNTING_RULE``)."""

STATUS_ORDER: tuple[StatusColour | None, ...] = (
    StatusColour.GREEN,
    StatusColour.YELLOW,
    StatusColour.RED,
    None,
)

_fonts_registered = False


def register_fonts() -> None:
    """Register DejaVu Sans (embedded as a TrueType subset in every report); once per process."""
    global _fonts_registered
    if _fonts_registered:
        return
    pdfmetrics.registerFont(TTFont(FONT, str(asset_path("resources", "fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(asset_path("resources", "fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    _fonts_registered = True


class Styles:
    """The paragraph styles of the reports, made once."""

    def __init__(self) -> None:
        register_fonts()
        # Swedish hyphenation at syllable boundaries (pyphen) in every paragraph of a Swedish report;
        # an English report's paragraphs break between words only (Swedish patterns split English
        # words wrongly, and only the Swedish ones are installed). Table cells keep the Swedish
        # patterns for the plan's own text, which its users write in Swedish.
        base = ParagraphStyle(
            "body",
            fontName=FONT,
            fontSize=9.5,
            leading=13.5,
            textColor=INK,
            hyphenationLang=HYPHENATION_LANGUAGE if language() == SOURCE_LANGUAGE else "",
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


@lru_cache(maxsize=1)
def body_characters() -> frozenset[int]:
    """The characters DejaVu Sans has a glyph for."""
    register_fonts()
    return frozenset(pdfmetrics.getFont(FONT).face.charWidths)


@lru_cache(maxsize=1)
def _foreign() -> re.Pattern[str]:
    """Matches a character DejaVu Sans lacks (a regular expression runs at C speed over a line)."""
    codes = sorted(body_characters())
    ranges: list[str] = []
    start = previous = codes[0]
    for code in [*codes[1:], -1]:
        if code != previous + 1:
            ranges.append(
                re.escape(chr(start)) + ("-" + re.escape(chr(previous)) if previous > start else "")
            )
            start = code
        previous = code
    return re.compile(f"[^{''.join(ranges)}]")


def has_foreign(value: str) -> bool:
    """Whether ``value`` holds a character DejaVu Sans has no glyph for."""
    return _foreign().search(value) is not None


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


CELL_PADDING = 4


def shorten(value: str, limit: int) -> str:
    """``value`` on one line, cut at a word boundary with an ellipsis when longer than ``limit``."""
    value = " ".join(value.split())
    if len(value) <= limit:
        return value
    cut = value[:limit]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,.;:") + "…"


HYPHENATION_LANGUAGE = "sv_SE"


@lru_cache(maxsize=1)
def _hyphenator() -> Any:
    """Swedish hyphenation patterns (pyphen's sv dictionary), loaded once when first needed."""
    import pyphen

    prime(HYPHENATION_LANGUAGE)
    return pyphen.Pyphen(lang=HYPHENATION_LANGUAGE)


class CellMaker:
    """Table cells as plain text broken into lines that fit the column.

    Plain cells are drawn as they are (no markup) and cost far less than
    Paragraphs, which matters for a plan of thousands of activities. Lines
    break at spaces; a word that does not fit is hyphenated at a Swedish
    syllable boundary (pyphen), and a word longer than the column with no
    boundary that fits is broken with a hyphen, so nothing is ever drawn
    outside its cell and no word is split without a hyphen.
    """

    MIN_HYPHENATED = 8
    """Shorter words are moved to the next line whole."""

    def __init__(self, style: ParagraphStyle, *, hyphenate: bool = True) -> None:
        self.style = style
        self.hyphenate = hyphenate
        self.font = style.fontName
        self.size = style.fontSize
        self._known: dict[tuple[str, float], list[str]] = {}
        register_fonts()
        face = pdfmetrics.getFont(self.font).face
        self._widths = dict(face.charWidths)
        self._char_width = self._widths.get
        self._default_width = face.defaultWidth
        self._known_characters = body_characters()
        self._scale = 0.001 * self.size
        self._word_widths: dict[str, float] = {}
        self._positions: dict[str, list[int]] = {}

    def width(self, value: str) -> float:
        """What ``pdfmetrics.stringWidth`` gives for ``value`` (the same sum in the same order),
        summed in C rather than by ReportLab's pure-Python loop over the characters."""
        return self._scale * sum(map(self._char_width, map(ord, value), repeat(self._default_width)))

    def _word_width(self, word: str) -> float:
        known = self._word_widths.get(word)
        if known is None:
            known = self._word_widths[word] = self.width(word)
        return known

    def _hyphenated(self, word: str, room: float) -> tuple[str, str] | None:
        """``word`` split at the last syllable boundary whose first part, with its hyphen, fits ``room``."""
        if not self.hyphenate or len(word) < self.MIN_HYPHENATED or room <= 0:
            return None
        positions = self._positions.get(word)
        if positions is None:
            positions = self._positions[word] = _hyphenator().positions(word) if len(word) < 200 else []
        for position in reversed(positions):
            if (
                not (word[position - 1].isalpha() or word[position - 1] == "-")
                or not word[position].isalpha()
            ):
                continue  # a syllable boundary is between letters, never inside markup or numbers
            head = word[:position]
            shown = head if head.endswith("-") else head + "-"
            if self.width(shown) <= room:
                return shown, word[position:]
        return None

    def _broken(self, word: str, room: float) -> tuple[str, str]:
        """A word longer than the column cut where it must be, marked with a hyphen."""
        low, high = 1, len(word) - 1
        while low < high:  # the longest head that fits with its hyphen; at least one character
            middle = (low + high + 1) // 2
            if self.width(word[:middle] + "-") <= room:
                low = middle
            else:
                high = middle - 1
        return word[:low] + "-", word[low:]

    def _split(self, line: str, room: float) -> list[str]:
        """``line`` broken into lines that fit ``room``, with the width of each word measured once."""
        lines: list[str] = []
        space = self._word_width(" ")
        words: list[str] = []
        used = 0.0
        for word in line.split():
            width = self._word_width(word)
            gap = space if words else 0.0
            if used + gap + width <= room:
                words.append(word)
                used += gap + width
                continue
            split = self._hyphenated(word, room - used - gap) if words else None
            if split is not None:
                words.append(split[0])
                word = split[1]
            if words:
                lines.append(" ".join(words))
            while self._word_width(word) > room and len(word) > 1:
                head, word = self._hyphenated(word, room) or self._broken(word, room)
                lines.append(head)
            words = [word]
            used = self._word_width(word)
        if words:
            lines.append(" ".join(words))
        return lines or [""]

    def lines(self, value: str, width: float) -> list[str]:
        """``value`` broken into lines that fit ``width``."""
        room = width - 2 * CELL_PADDING
        key = (value, room)
        known = self._known.get(key)
        if known is not None:
            return known
        if has_foreign(value):
            for character in {c for c in value if ord(c) not in self._known_characters}:
                found = fallback_for(ord(character))  # drawn in a fallback font: measured in it too
                if found is not None:
                    self._widths[ord(character)] = found[1]
        if "\n" not in value and self.width(value) <= room:
            lines = [value]
        else:
            lines = [part for line in value.split("\n") for part in self._split(line, room)]
        if len(value) < 2000:  # a long text is seldom repeated; keeping it would only cost memory
            self._known[key] = lines
        return lines

    def __call__(self, value: str, width: float) -> str:
        return "\n".join(self.lines(value, width))

    def joined(self, parts: Sequence[str], width: float) -> str:
        """Several texts in one cell, each starting on a new line."""
        return "\n".join(line for part in parts if part for line in self.lines(part, width))


_HEAD_STYLE = ParagraphStyle("head", fontName=FONT_BOLD, fontSize=8, leading=10.2, textColor=INK)


CHUNK_ROWS = 300
"""Long tables are laid out as consecutive tables of this many rows.

ReportLab re-measures the rest of a table at every page break, so one table of
thousands of rows costs time in proportion to the square of its length.
"""


def data_table(
    header: Sequence[str],
    rows: list[list[Any]],
    widths: Sequence[float],
    *,
    status_columns: dict[int, Sequence[StatusColour | None]] | None = None,
    extra: Sequence[tuple] = (),
    caption: str | None = None,
) -> list[Flowable]:
    """Tables with a repeated header row, light zebra rows and status cells in colour and word.

    ``extra`` style commands must not name rows by position when ``rows`` is
    longer than ``CHUNK_ROWS``. A ``caption`` (what the table is about) is a first row across the
    table, repeated with the header on every page the table continues on; not with ``extra``.
    """
    head_cell = CellMaker(_HEAD_STYLE, hyphenate=False)
    heads = [head_cell(label, width) for label, width in zip(header, widths, strict=True)]
    if caption is not None:
        assert not extra, "a caption row moves the rows that extra commands name"
        caption = CellMaker(_HEAD_STYLE)(caption, sum(widths))
    rows, status_columns = _split_tall_rows(rows, status_columns or {})
    tables: list[Flowable] = []
    for offset in range(0, max(len(rows), 1), CHUNK_ROWS):
        part = rows[offset : offset + CHUNK_ROWS]
        statuses = {
            column: values[offset : offset + CHUNK_ROWS] for column, values in (status_columns or {}).items()
        }
        tables.append(_table(heads, part, widths, statuses, extra, caption))
    return tables


MAX_ROW_LINES = 45
"""A row of more lines continues in the rows below it, so that a cell taller than a page (a cause
of 100,000 characters) runs on over as many pages as it needs; a table row never splits itself."""


def _split_tall_rows(
    rows: list[list[Any]], status_columns: dict[int, Sequence[StatusColour | None]]
) -> tuple[list[list[Any]], dict[int, Sequence[StatusColour | None]]]:
    if all(not isinstance(value, str) or value.count("\n") < MAX_ROW_LINES for row in rows for value in row):
        return rows, status_columns
    result: list[list[Any]] = []
    origin: list[int] = []
    for index, row in enumerate(rows):
        parts = [value.split("\n") if isinstance(value, str) else None for value in row]
        count = max((len(p) for p in parts if p is not None), default=1)
        for start in range(0, max(count, 1), MAX_ROW_LINES):
            result.append(
                [
                    "\n".join(p[start : start + MAX_ROW_LINES])
                    if p is not None
                    else (v if start == 0 else "")
                    for p, v in zip(parts, row, strict=True)
                ]
            )
            origin.append(index)
    statuses = {column: [values[i] for i in origin] for column, values in status_columns.items()}
    return result, statuses


def _cell_style(name: str, font: str) -> CellStyle:
    style = CellStyle(name)
    style.fontname, style.fontsize, style.leading = font, 8, 10.2
    style.color = INK
    style.valign = "TOP"
    style.leftPadding = style.rightPadding = CELL_PADDING
    style.topPadding, style.bottomPadding = 3, 4
    return style


_BODY_CELL = _cell_style("body", FONT)
_HEAD_CELL = _cell_style("head", FONT_BOLD)
_CELL_COMMANDS: list[tuple] = [
    ("FONT", (0, 0), (-1, -1), FONT, 8, 10.2),
    ("TEXTCOLOR", (0, 0), (-1, -1), INK),
    ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8, 10.2),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
]
"""What ``_BODY_CELL`` and ``_HEAD_CELL`` hold, as commands for a table whose cells differ."""


def _row_height(row: Sequence[Any]) -> float | None:
    """The height ReportLab gives a row of plain cells in ``_BODY_CELL``'s style, worked out from the
    line breaks already made rather than by the table splitting every cell again at each page;
    ``None`` (ReportLab measures it) when a cell holds a Paragraph."""
    lines = 1
    for value in row:
        if isinstance(value, str):
            lines = max(lines, value.count("\n") + 1)
        elif not isinstance(value, int | float):
            return None
    return _BODY_CELL.leading * lines + (_BODY_CELL.bottomPadding + _BODY_CELL.topPadding)


@lru_cache(maxsize=16384)
def _text_origin(x: float, y: float) -> str:
    return f"1 0 0 1 {fp_str(x, y)} Tm"


class _CellText(PDFTextObject):
    """A text object that places each cell's first line with an operator formatted once per position:
    cells sit on few distinct positions within a table, and ReportLab's number formatting is slow.
    The report's canvas is bottom-up, as ReportLab's canvas is by default."""

    def setTextOrigin(self, x: float, y: float) -> None:
        self._code.append(_text_origin(x, y))
        self._x0 = self._x = x
        self._y0 = self._y = y


class ReportTable(Table):
    """A table that draws its plain-text cells as one PDF text object instead of one per line.

    ReportLab's ``drawString`` starts a text object, places it and sets the
    font again for every line; a plan of thousands of activities draws well
    over a hundred thousand lines, so that overhead is most of the drawing
    time. The lines land exactly where ``Table`` would put them.
    """

    _text: Any = None

    def _drawCell(self, cellval: Any, cellstyle: CellStyle, pos: tuple, size: tuple) -> None:
        if (
            not isinstance(cellval, str)
            or cellstyle.alignment != "LEFT"
            or cellstyle.valign != "TOP"
            or cellstyle.href
            or cellstyle.destination
            or cellstyle.direction
            or cellstyle.shaping
        ):
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        text = self._text
        if text is None:
            text = self._text = _CellText(self.canv)
            self._text_font = self._text_colour = None
        font = (cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
        if font != self._text_font:
            text.setFont(*font)
            self._text_font = font
        if cellstyle.color != self._text_colour:
            text.setFillColor(cellstyle.color)
            self._text_colour = cellstyle.color
        x, y = pos
        text.setTextOrigin(x + cellstyle.leftPadding, y + size[1] - cellstyle.topPadding - cellstyle.fontsize)
        if not has_foreign(cellval):
            for line in cellval.split("\n"):
                text.textLine(line)
            return
        known = body_characters()
        for line in cellval.split("\n"):
            if not has_foreign(line):
                text.textLine(line)
                continue
            # Characters DejaVu lacks, in the fallback font that has them.
            for fallback, part in fallback_runs(line, known):
                text.setFont(fallback or cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
                text.textOut(part)
            text.setFont(*font)
            text.textLine("")

    def _flush_text(self) -> None:
        if self._text is not None:
            self.canv.drawText(self._text)
            self._text = None

    def _drawLines(self) -> None:
        # Called once the cells are drawn, inside the table's saved graphics state.
        self._flush_text()
        super()._drawLines()

    def draw(self) -> None:
        super().draw()
        self._flush_text()  # nothing left unless a ReportLab release stops drawing lines after the cells


def _table(
    heads: list[Any],
    rows: list[list[Any]],
    widths: Sequence[float],
    status_columns: dict[int, Sequence[StatusColour | None]],
    extra: Sequence[tuple],
    caption: str | None = None,
) -> Table:
    top = 1 if caption is None else 2  # the rows repeated on every page: the caption and the header
    head = top - 1
    commands: list[tuple] = [
        ("BACKGROUND", (0, head), (-1, head), HEAD_FILL),
        ("LINEBELOW", (0, head), (-1, head), 0.8, ACCENT),
        ("LINEBELOW", (0, top), (-1, -1), 0.25, RULE),
        # White rows are left unpainted: the page is white already.
        ("ROWBACKGROUNDS", (0, top), (-1, -1), [None, ZEBRA]),
    ]
    if caption is not None:
        commands += [("SPAN", (0, 0), (-1, 0)), ("LINEABOVE", (0, 0), (-1, 0), 0.8, RULE)]
    for column, statuses in status_columns.items():
        # One command per run of equal statuses: a split table copies every command onto each page.
        start = 0
        for row in range(1, len(statuses) + 1):
            if row == len(statuses) or statuses[row] != statuses[start]:
                fill = STATUS_LOOKS[statuses[start]].fill
                commands.append(("BACKGROUND", (column, start + top), (column, row + top - 1), fill))
                start = row
    cells = [heads, *rows] if caption is None else [[caption] + [""] * (len(widths) - 1), heads, *rows]
    heights = None
    if extra:
        # Commands for some cells only: every cell gets a style of its own.
        cell_styles = None
        commands[:0] = _CELL_COMMANDS
        commands.extend(extra)
    else:
        # Every body cell looks the same, so they share one style rather than ReportLab making
        # one per cell and applying eight commands to each of them.
        columns = len(widths)
        cell_styles = [[_HEAD_CELL] * columns] * top + [[_BODY_CELL] * columns for _row in rows]
        heights = [_row_height(row) for row in cells]
    table = ReportTable(
        cells,
        colWidths=list(widths),
        rowHeights=heights,
        repeatRows=top,
        hAlign="LEFT",
        cellStyles=cell_styles,
    )
    table.setStyle(TableStyle(commands))
    return table


def status_text(status: StatusColour | None) -> str:
    return STATUS_LOOKS[status].text


class SectionGap(Spacer):
    """Space between two sections that is dropped at the top of a page.

    A plain ``Spacer`` left over at the top of a page takes the page's "at the top" state, so a
    section kept together after it starts yet another page and leaves this one blank. This gap is
    its own space *before* (which a frame skips at its top) and has no height of its own.
    """

    def __init__(self, points: float = 12) -> None:
        super().__init__(1, 0)
        self._points = points

    def getSpaceBefore(self) -> float:
        return self._points


def empty_note(message: str, styles: Styles) -> Paragraph:
    return Paragraph(text(message), styles.muted)


# --- the chart ------------------------------------------------------------------------------


CHART_SERIES: tuple[StatusLook, ...] = (
    *(STATUS_LOOKS[s] for s in (StatusColour.GREEN, StatusColour.YELLOW, StatusColour.RED, None)),
    COMPLETED_LOOK,
)
"""The chart's segments in order. Their fills step in lightness (mid green, light yellow, dark red,
pale grey, and completed as a white bar with a dark outline), and every segment wide enough
carries its shape and count, so a greyscale print reads the same."""


def _fit(value: str, width: float, size: float) -> str:
    """``value`` shortened with an ellipsis to fit ``width`` in the body font."""
    if pdfmetrics.stringWidth(value, FONT, size) <= width:
        return value
    while value and pdfmetrics.stringWidth(value + "…", FONT, size) > width:
        value = value[:-1]
    return value.rstrip() + "…"


def status_chart(
    rows: Sequence[tuple[str, Sequence[int]]],
    width: float = CONTENT_WIDTH,
    axis_title: str | None = None,
) -> Drawing:
    """Stacked horizontal bars per row label: green, yellow, red, not reported and completed."""
    register_fonts()
    label_width = 5.4 * cm
    bar_height = 15
    gap = 9
    count = max(len(rows), 1)
    plot_height = count * (bar_height + gap)
    legend_height = 30
    axis_height = 16
    bottom = legend_height + 18 + axis_height
    height = plot_height + bottom + 10
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT  # else the renderer starts each drawing in Helvetica
    drawing.initialFontSize = 8
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = bottom
    chart.width = width - label_width - 10
    chart.height = plot_height
    series = len(CHART_SERIES)
    data = [
        [(row[1][index] if index < len(row[1]) else 0) for row in reversed(rows)] or [0]
        for index in range(series)
    ]
    chart.data = data
    chart.categoryAxis.categoryNames = [_fit(row[0], label_width - 10, 8) for row in reversed(rows)] or [""]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -6
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.valueMin = 0
    largest = max((sum(row[1]) for row in rows), default=0)
    chart.valueAxis.valueMax = max(largest, 1)
    chart.valueAxis.valueStep = _step(largest)
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E3E8ED")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.barWidth = bar_height
    chart.groupSpacing = gap
    # Each segment is labelled with its shape and count (readable without colour); a segment
    # narrower than 22 pt is left without, as the label would not fit inside it.
    smallest_labelled = chart.valueAxis.valueMax * 22 / chart.width

    def label(symbol: str) -> Callable[[float], str]:
        return lambda value: f"{symbol} {int(value)}" if value and value >= smallest_labelled else ""

    chart.barLabelFormat = [label(look.symbol) for look in CHART_SERIES]
    chart.barLabels.fontName = FONT_BOLD
    chart.barLabels.fontSize = 7
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "c"
    chart.barLabels.boxTarget = "mid"
    for category in range(len(rows)):
        chart.barLabels[(2, category)].fillColor = colors.white
    for index, look in enumerate(CHART_SERIES):
        chart.bars[index].fillColor = look.bar
        chart.bars[index].strokeColor = colors.white
        chart.bars[index].strokeWidth = 0.6
    chart.bars[4].strokeColor = INK  # completed: a hollow bar, told apart from red without colour
    chart.bars[4].strokeWidth = 0.9
    drawing.add(chart)
    drawing.add(
        String(
            label_width + chart.width / 2,
            legend_height + 12,
            axis_title or _("Antal aktiviteter"),
            fontName=FONT,
            fontSize=7.5,
            fillColor=MUTED,
            textAnchor="middle",
        )
    )
    legend = Legend()
    legend.x = 0
    legend.y = 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 88
    legend.dxTextSpace = 5
    legend.fontName = FONT
    legend.fontSize = 8
    legend.fillColor = INK
    legend.strokeColor = MUTED
    legend.strokeWidth = 0.5
    legend.boxAnchor = "w"
    legend.colorNamePairs = [(look.bar, look.text) for look in CHART_SERIES]
    drawing.add(legend)
    if not rows or largest == 0:
        drawing.add(
            String(
                label_width + (width - label_width) / 2,
                bottom + plot_height / 2 - 3,
                _("Inga aktiviteter att visa"),
                fontName=FONT,
                fontSize=8.5,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    return drawing


def _step(largest: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000):
        if largest / step <= 10:
            return step
    return 10000


def counts_rows(summary: Sequence[StatusCounts]) -> list[tuple[str, Sequence[int]]]:
    return [
        (f"{c.code}  {c.title}", (c.green, c.yellow, c.red, c.not_reported, c.completed)) for c in summary
    ]


# --- the document ----------------------------------------------------------------------------


class NumberedCanvas(Canvas):
    """A canvas that holds its pages back until the end, to print "Sida X av Y" on each."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        # A page's drawing operators as one string, as the PDF page joins them: a long report holds
        # thousands of pages, and hundreds of small strings a page cost several times their text.
        self._code = ["\n".join(self._code)] if self._code else []
        self._held_pages.append(dict(self.__dict__))
        # The PDF names each page by a counter that moves on when a page is written. Bookmarks made
        # while laying out name the page they are on, so the counter moves on here as well, and is
        # set back before the held pages are written in the same order.
        self._doc.pageCounter += 1
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        self._doc.pageCounter -= total
        self._held_pages.reverse()
        while self._held_pages:  # each held page let go once it is written
            self.__dict__.update(self._held_pages.pop())
            self.setFont(FONT, 8)
            self.setFillColor(MUTED)
            self.drawRightString(
                PAGE_WIDTH - MARGIN_X,
                MARGIN_BOTTOM - 1.15 * cm,
                _("Sida {page} av {total}").format(page=self._pageNumber, total=total),
            )
            super().showPage()
        super().save()


class ReportDocument(BaseDocTemplate):
    """A4 with a cover template (no header) and a body template (header and footer)."""

    def __init__(
        self,
        target: Any,
        *,
        title: str,
        subject: str,
        author: str,
        plan_name: str,
        report_date: date,
        header: str | None = None,
        progress: Progress | None = None,
        passes: int = 1,
    ) -> None:
        """``title`` names the report fully (the viewer shows it); ``header`` is the short name at the
        top of every page."""
        register_fonts()
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            subject=subject,
            author=author,
            creator="Handlingsplan",
            producer="Handlingsplan (ReportLab)",
            invariant=1,
            lang=language_tag(),
            initialFontName=FONT,
            initialFontSize=9.5,
        )
        self.report_title = header or title
        self.plan_name = plan_name
        self.report_date = report_date
        self._progress = progress
        self._flowables_total = 0
        self._flowables_done = 0
        self._pass = 0
        self.passes = passes
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            CONTENT_WIDTH,
            PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates(
            [
                PageTemplate("cover", [frame], onPage=self._decorate_cover),
                PageTemplate("body", [frame], onPage=self._decorate_body),
            ]
        )
        if progress is not None:
            self.setProgressCallBack(self._on_progress)

    def _on_progress(self, kind: str, value: int) -> None:
        # ReportLab counts the flowables still to lay out, and a split flowable comes back, so its
        # count can step back: a person sees steady progress, so only forward steps are passed on.
        # A table of contents takes two passes over the story; each pass is half of the way.
        if kind == "SIZE_EST":
            self._flowables_total = value
            self._pass += 1
        elif kind == "PROGRESS" and self._flowables_total and self._progress:
            total = self._flowables_total * self.passes
            done = min(self._flowables_total * (self._pass - 1) + value, total)
            if done > self._flowables_done:
                self._flowables_done = done
                self._progress(done, total)

    def beforeDocument(self) -> None:
        """The creation date is the report's date, so the same data and date give the same bytes."""
        day = self.report_date
        self.canv.setDateFormatter(lambda *_now: f"D:{day:%Y%m%d}000000+00'00'")
        # The viewer shows the document's title rather than the file name, and opens the bookmarks.
        self.canv.setViewerPreference("DisplayDocTitle", "true")
        self.canv.showOutline()

    def _footer(self, canvas: Canvas) -> None:
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(
            MARGIN_X, MARGIN_BOTTOM - 1.15 * cm, f"{self.report_title} · {self.report_date.isoformat()}"
        )

    def _decorate_cover(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.rect(0, PAGE_HEIGHT - 1.1 * cm, PAGE_WIDTH, 1.1 * cm, stroke=0, fill=1)
        self._footer(canvas)
        canvas.restoreState()

    def _decorate_body(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        top = PAGE_HEIGHT - MARGIN_TOP + 0.75 * cm
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        plan = shorten(self.plan_name, 120)
        while plan and pdfmetrics.stringWidth(plan, FONT, 8) > CONTENT_WIDTH * 0.58:
            plan = plan[:-2] + "…"
        canvas.drawString(MARGIN_X, top, plan)
        canvas.setFont(FONT_BOLD, 8)
        canvas.setFillColor(ACCENT)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, top, self.report_title)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, top - 6, PAGE_WIDTH - MARGIN_X, top - 6)
        canvas.line(MARGIN_X, MARGIN_BOTTOM - 0.7 * cm, PAGE_WIDTH - MARGIN_X, MARGIN_BOTTOM - 0.7 * cm)
        self._footer(canvas)
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        """Headings become bookmarks in the PDF (and entries of a table of contents, if any)."""
        level = getattr(flowable, "outline_level", None)
        if level is None:
            return
        title = flowable.getPlainText()
        key = f"h{id(flowable)}"
        # The bookmark opens the page at the heading, not the top of the page.
        top = self.frame._y + flowable.height + getattr(flowable.style, "spaceBefore", 0) + 6
        self.canv.bookmarkPage(key, fit="XYZ", left=0, top=min(top, PAGE_HEIGHT))
        self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)
        self.notify("TOCEntry", (level, escape(title), self.page, key))  # the contents lay it out as markup


class Heading(Paragraph):
    """A heading paragraph that is also a bookmark and a table-of-contents entry."""

    def __init__(self, title: str, style: ParagraphStyle, level: int) -> None:
        super().__init__(text(shorten(title, HEADING_LIMIT)), style)
        self.outline_level = level


COVER_LIMIT = 300
HEADING_LIMIT = 300
"""Characters of user text in a cover fact or a heading; longer text ends in an ellipsis."""


def cover(
    styles: Styles,
    *,
    kind: str,
    title: str,
    plan_name: str,
    lead: str,
    facts: Sequence[tuple[str, str]],
) -> list[Flowable]:
    """The cover page: what the report is, for which plan, and the facts that date it."""
    # A fact is shortened to what fits on the cover: a table cell never runs on over a page.
    table = Table(
        [
            [Paragraph(text(label), styles.muted), Paragraph(text(shorten(value, COVER_LIMIT)), styles.body)]
            for label, value in facts
        ],
        colWidths=[4.2 * cm, CONTENT_WIDTH - 4.2 * cm],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9.5, 13.5),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
            ]
        )
    )
    return [
        NextPageTemplate("body"),
        Spacer(1, 5.2 * cm),
        Paragraph(text(kind.upper()), styles.cover_kicker),
        Spacer(1, 3 * mm),
        Paragraph(text(shorten(title, COVER_LIMIT)), styles.cover_title),
        Spacer(1, 4 * mm),
        Paragraph(text(shorten(plan_name, COVER_LIMIT)), styles.cover_plan),
        Spacer(1, 8 * mm),
        Paragraph(text(lead), styles.cover_lead),
        Spacer(1, 1.6 * cm),
        table,
        PageBreak(),
    ]


def write_atomically(path: Path, build: Callable[[Any], None]) -> None:
    """Build the PDF into a temporary file beside ``path``, fsync it, then put it in place in one step.

    A run killed midway leaves the temporary file noted for the next run to remove
    (``services.leftovers``); any other failure removes it at once.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    with unfinished_file(folder, prefix=f".{path.stem}-", suffix=".pdf.tmp") as temporary:
        with temporary.open("wb") as stream:
            build(stream)
            stream.flush()
            os.fsync(stream.fileno())
        # The temporary file is private; the report gets the permissions of the file it replaces.
        os.chmod(temporary, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(temporary, path)
    fsync_folder(folder)
