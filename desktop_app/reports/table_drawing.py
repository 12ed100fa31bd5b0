"""A ReportLab table that draws its plain-text cells fast, as one PDF text object."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import (
    Table,
)
from reportlab.platypus.tables import CellStyle

from desktop_app.reports.fonts import body_characters, has_foreign
from desktop_app.reports.fonts import runs as fallback_runs


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
