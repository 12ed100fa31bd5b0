"""The reports' tables drawn fast: plain-text cells as one PDF text object, and tables of plain-text
rows laid out and drawn without ReportLab's general ``Table``."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus.flowables import Flowable
from reportlab.platypus.tables import CellStyle, Table

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


class _TextCells:
    """Plain-text cells written into one PDF text object per table, flushed before the table's lines.

    ReportLab's ``drawString`` starts a text object, places it and sets the
    font again for every line; a plan of thousands of activities draws well
    over a hundred thousand lines, so that overhead is most of the drawing
    time. The lines land exactly where ``Table`` would put them.
    """

    canv: Any
    _text: Any = None

    def _write_text(self, cellval: str, cellstyle: CellStyle, pos: tuple, size: tuple) -> None:
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


class ReportTable(_TextCells, Table):
    """A ReportLab table that draws its plain-text cells as one PDF text object instead of one per line."""

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
        self._write_text(cellval, cellstyle, pos, size)

    def _drawLines(self) -> None:
        # Called once the cells are drawn, inside the table's saved graphics state.
        self._flush_text()
        super()._drawLines()

    def draw(self) -> None:
        super().draw()
        self._flush_text()  # nothing left unless a ReportLab release stops drawing lines after the cells


Run = tuple[int, int, int, colors.Color]
"""A cell background over rows of one column: column, first row, last row, fill."""


class PlainTable(_TextCells, Flowable):
    """A table of plain-text rows as the reports draw them, laid out and drawn by itself.

    Its first ``top`` rows (a caption across the table, if any, and the header) repeat on every page
    the table runs on to; the header has a fill and an accent line below it, the rows a thin rule
    below each, every second row a light fill, and ``runs`` colour cells by status. It splits,
    positions and draws everything exactly as ReportLab's ``Table`` does with the same cells, row
    heights and style commands (``tables.data_table``), so a page is the same operator for operator;
    what it leaves out is the general machinery (style commands applied cell by cell, spans,
    measuring) that costs a small report a few milliseconds.
    """

    def __init__(
        self,
        rows: list[list[str]],
        widths: list[float],
        heights: list[float],
        top: int,
        runs: list[Run],
        styles: tuple[CellStyle, CellStyle],
        lines: tuple[tuple[float, colors.Color], tuple[float, colors.Color], tuple[float, colors.Color]],
        fills: tuple[colors.Color, colors.Color],
        *,
        caption: bool,
        continued: bool = False,
    ) -> None:
        super().__init__()
        self.hAlign, self.vAlign = "LEFT", "MIDDLE"
        self._rows, self._widths, self._heights, self._top = rows, widths, heights, top
        self._runs, self._styles, self._lines, self._fills = runs, styles, lines, fills
        self._caption, self._continued = caption, continued
        # Positions as ``Table`` works them out: columns summed from the left, rows from the bottom
        # with a compensated sum, listed from the top.
        self._colpositions = positions = [0.0]
        width = 0.0
        for column_width in widths:
            width = width + column_width
            positions.append(width)
        rowpositions: list[float] = []
        height = compensation = 0.0
        for index in range(len(heights) - 1, -1, -1):
            rowpositions.append(height)
            step = heights[index] - compensation
            total = height + step
            compensation = (total - height) - step
            height = total
        rowpositions.append(height)
        rowpositions.reverse()
        self._rowpositions = rowpositions
        self.width, self.height = width, height

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def _part(
        self, rows: list[list[str]], heights: list[float], runs: list[Run], continued: bool
    ) -> PlainTable:
        return PlainTable(
            rows,
            self._widths,
            heights,
            self._top,
            runs,
            self._styles,
            self._lines,
            self._fills,
            caption=self._caption,
            continued=continued,
        )

    def split(self, _available_width: float, available_height: float) -> list[Flowable]:
        """The rows that fit and the rest under the repeated rows, as ``Table`` splits between rows."""
        used, split_at = 0.0, 0
        for count, row_height in enumerate(self._heights, 1):
            if used + row_height > available_height:
                break
            split_at = count
            used = used + row_height
        top = self._top
        if split_at <= top:
            return []
        if split_at == len(self._heights):
            return [self]
        first = [
            (column, start, min(end, split_at - 1), fill)
            for column, start, end, fill in self._runs
            if start < split_at
        ]
        rest = [
            (column, max(start - split_at, 0) + top, max(end - split_at, 0) + top, fill)
            for column, start, end, fill in self._runs
            if end >= split_at
        ]
        return [
            self._part(self._rows[:split_at], self._heights[:split_at], first, self._continued),
            self._part(
                self._rows[:top] + self._rows[split_at:],
                self._heights[:top] + self._heights[split_at:],
                rest,
                True,
            ),
        ]

    def _cell_rect(self, column: int, row: int) -> tuple[float, float, float, float]:
        """A cell's rectangle as ``Table`` keeps it for a table with a spanned row."""
        x = self._colpositions[column]
        y = self._rowpositions[row + 1]
        return x, y, self._colpositions[column + 1] - x, self._rowpositions[row] - y

    def _fill(
        self, first_column: int, first_row: int, last_column: int, last_row: int, fill: colors.Color
    ) -> None:
        columns, rows = len(self._widths), len(self._heights)
        x0 = self._colpositions[first_column]
        y0 = self._rowpositions[first_row]
        width = self._colpositions[min(last_column + 1, columns)] - x0
        height = self._rowpositions[min(last_row + 1, rows)] - y0
        if first_column == last_column and first_row == last_row and self._caption:
            x0, y0, width, height = self._cell_rect(first_column, first_row)
        self.canv.setFillColor(fill)
        self.canv.rect(x0, y0, width, height, stroke=0, fill=1)

    def _rule(self, y_rows: list[float], weight: float, colour: colors.Color) -> None:
        if not y_rows:
            return
        if colour != self._colour:
            self.canv.setStrokeColor(colour)
            self._colour = colour
        if weight != self._weight:
            self.canv.setLineWidth(weight)
            self._weight = weight
        left, right = self._colpositions[0], self._colpositions[-1]
        for y in y_rows:
            self.canv.line(left, y, right, y)

    def _above(self, first_row: int, last_row: int, weight: float, colour: colors.Color) -> None:
        """Rules along the tops of rows ``first_row`` to ``last_row``, clamped to the table as ``Table``
        clamps a LINEABOVE."""
        first_row, last_row = max(0, first_row), min(len(self._heights) - 1, last_row)
        self._rule(self._rowpositions[first_row : last_row + 1], weight, colour)

    def _below(self, first_row: int, last_row: int, weight: float, colour: colors.Color) -> None:
        """Rules along the bottoms of rows ``first_row`` to ``last_row``, as ``Table`` draws a LINEBELOW."""
        first_row, last_row = max(0, first_row), min(len(self._heights) - 1, last_row)
        self._rule(self._rowpositions[first_row + 1 : last_row + 2], weight, colour)

    def draw(self) -> None:
        canvas = self.canv
        columns, rows, top = len(self._widths), len(self._heights), self._top
        head = top - 1
        head_fill, zebra = self._fills
        canvas.saveState()
        # The fills in the order of the table's commands: the header, every second row, the statuses.
        self._fill(0, head, columns - 1, head, head_fill)
        x0, y0 = self._colpositions[0], self._rowpositions[top]
        width = self._colpositions[columns] - x0
        for index in range(rows - top):
            row_height = self._heights[top + index]
            if index % 2:
                canvas.setFillColor(zebra)
                canvas.rect(x0, y0, width, -row_height, stroke=0, fill=1)
            y0 = y0 - row_height
        for column, first, last, fill in self._runs:
            self._fill(column, first, column, last, fill)
        # The cells; in a table with a caption (a spanned row) each is placed by its rectangle, as
        # Table places cells when a row is spanned.
        head_style, body_style = self._styles
        for row, (cells, row_y, row_height) in enumerate(
            zip(self._rows, self._rowpositions[1:], self._heights, strict=True)
        ):
            style = head_style if row < top else body_style
            if self._caption:
                if row == 0:
                    x, y, cell_width, cell_height = self._cell_rect(0, 0)
                    cell_width = self._colpositions[columns] - x
                    self._write_text(cells[0], style, (x, y), (cell_width, cell_height))
                    continue
                for column, value in enumerate(cells):
                    x, y, cell_width, cell_height = self._cell_rect(column, row)
                    self._write_text(value, style, (x, y), (cell_width, cell_height))
            else:
                for value, x, cell_width in zip(cells, self._colpositions, self._widths, strict=False):
                    self._write_text(value, style, (x, row_y), (cell_width, row_height))
        self._flush_text()
        # The rules in the order of the commands (a part after a page break has one more).
        (head_weight, head_colour), (rule_weight, rule_colour), (caption_weight, caption_colour) = self._lines
        canvas.saveState()
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        self._colour = self._weight = None
        self._below(head, head, head_weight, head_colour)
        if self._continued:  # ReportLab's split leaves a rule above the first row after the header
            self._above(top, top, rule_weight, rule_colour)
        self._below(top, rows - 1, rule_weight, rule_colour)
        if self._caption:
            self._above(0, 0, caption_weight, caption_colour)
        canvas.restoreState()
        canvas.restoreState()
