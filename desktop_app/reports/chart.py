"""The status chart: stacked horizontal bars per focus area or quarter, readable in greyscale.

The chart is drawn straight onto the page with the canvas's own lines, rectangles and strings:
ReportLab's chart library (``reportlab.graphics``) would cost a small report a tenth of its time to
import and lay out. The picture is the one that library drew for this chart — a value axis with a
grid, a labelled category axis, the segments with their shape and count, the axis title and the
legend — operator for operator, in the same order (so the PDF pages do not change).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus.flowables import Flowable

from database.enums import StatusColour
from desktop_app.reports.fonts import register_fonts
from desktop_app.reports.theme import (
    COMPLETED_LOOK,
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    RULE,
    STATUS_LOOKS,
    StatusLook,
)
from desktop_app.services.messages import _
from desktop_app.services.report_data import StatusCounts

CHART_SERIES: tuple[StatusLook, ...] = (
    *(STATUS_LOOKS[s] for s in (StatusColour.GREEN, StatusColour.YELLOW, StatusColour.RED, None)),
    COMPLETED_LOOK,
)
"""The chart's segments in order. Their fills step in lightness (mid green, light yellow, dark red,
pale grey, and completed as a white bar with a dark outline), and every segment wide enough
carries its shape and count, so a greyscale print reads the same."""

GRID = colors.HexColor("#E3E8ED")
LABEL_WIDTH = 5.4 * cm
"""Room for the row labels left of the bars."""
BAR_HEIGHT = 15
GAP = 9
"""Between two bars (half of it below the lowest and above the highest)."""
LEGEND_HEIGHT = 30
AXIS_HEIGHT = 16
SMALLEST_LABELLED = 22
"""A segment narrower than this (points) carries no label: it would not fit inside it."""
LEGEND_COLUMN = 88
"""The legend's entries start this far apart, or further when a word needs it."""
LEGEND_SWATCH = 10
LEGEND_TEXT_SPACE = 5
LEGEND_PADDING = 5
LEGEND_BOTTOM = 8.0
"""The swatches' lower edge."""


def _fit(value: str, width: float, size: float) -> str:
    """``value`` shortened with an ellipsis to fit ``width`` in the body font: its longest start
    that fits with the ellipsis (found by halving, as a longer start is never narrower)."""
    if pdfmetrics.stringWidth(value, FONT, size) <= width:
        return value
    low, high = 0, len(value)
    while low < high:
        middle = (low + high + 1) // 2
        if pdfmetrics.stringWidth(value[:middle] + "…", FONT, size) <= width:
            low = middle
        else:
            high = middle - 1
    return value[:low].rstrip() + "…"


def _step(largest: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000):
        if largest / step <= 10:
            return step
    return 10000


class StatusChart(Flowable):
    """Stacked horizontal bars per row label: green, yellow, red, not reported and completed."""

    def __init__(
        self,
        rows: Sequence[tuple[str, Sequence[int]]],
        width: float = CONTENT_WIDTH,
        axis_title: str | None = None,
    ) -> None:
        super().__init__()
        register_fonts()
        self.width = width
        count = max(len(rows), 1)
        self.plot_height = count * (BAR_HEIGHT + GAP)
        self.bottom = LEGEND_HEIGHT + 18 + AXIS_HEIGHT
        self.height = self.plot_height + self.bottom + 10
        self.plot_width = width - LABEL_WIDTH - 10
        # Bottom to top: the first row is drawn at the top.
        upwards = list(reversed(rows))
        self.labels = [_fit(row[0], LABEL_WIDTH - 10, 8) for row in upwards] or [""]
        self.series = [
            [(row[1][index] if index < len(row[1]) else 0) for row in upwards] or [0]
            for index in range(len(CHART_SERIES))
        ]
        self.largest = max((sum(row[1]) for row in rows), default=0)
        step = _step(self.largest)
        # The axis ends on a labelled tick at or beyond the longest bar, so no bar runs past the scale.
        self.value_max = max(-(-self.largest // step) * step, 1)
        self.ticks = list(range(0, self.value_max + 1, step))
        self.empty = not rows or self.largest == 0
        self.axis_title = axis_title or _("Antal aktiviteter")

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def _x(self, value: float) -> float:
        return LABEL_WIDTH + self.plot_width * value / self.value_max

    def _line(self, colour: colors.Color, width: float, x1: float, y1: float, x2: float, y2: float) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(colour)
        canvas.setLineWidth(width)
        canvas.setLineCap(0)
        canvas.setLineJoin(0)
        canvas.setDash()
        canvas.line(x1, y1, x2, y2)
        canvas.restoreState()

    def _box(self, fill: colors.Color, stroke: colors.Color, width: float, *box: float) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(fill)
        canvas.setStrokeColor(stroke)
        canvas.setLineWidth(width)
        canvas.setLineCap(0)
        canvas.setLineJoin(0)
        canvas.setDash()
        canvas.rect(*box, stroke=1, fill=1)
        canvas.restoreState()

    def _text(self, x: float, y: float, text: str, font: str, size: float, colour: colors.Color) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFont(font, size)
        canvas.setFillColor(colour)
        canvas.drawString(x, y, text)
        canvas.restoreState()

    def _label(
        self, x: float, y: float, text: str, font: str, size: float, colour: colors.Color, *, to: str
    ) -> None:
        """A label at ``x``, ``y`` as the chart library places one: ``to`` "left" ends it there
        (its middle at ``y``), "centre" centres it there, "below" hangs it centred below the point."""
        canvas = self.canv
        canvas.saveState()
        canvas.transform(1.0, 0.0, 0.0, 1.0, x, y)
        across = -1.0 if to == "left" else -0.5
        down = size if to == "below" else 0.4 * size  # a line of 1.2 × size, its baseline at 5/6
        self._text(across * pdfmetrics.stringWidth(text, font, size), -down, text, font, size, colour)
        canvas.restoreState()

    def _group(self) -> None:
        self.canv.saveState()
        self.canv.transform(1, 0, 0, 1, 0, 0)

    def draw(self) -> None:
        canvas = self.canv
        self._group()
        # The state every drawing starts from.
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(1)
        canvas.setLineCap(0)
        canvas.setLineJoin(0)
        canvas.setDash()
        canvas.setFillColor(colors.black)
        canvas.setFont(FONT, 8)
        self._group()
        self._draw_chart()
        self._draw_legend()
        canvas.restoreState()
        canvas.restoreState()

    def _draw_chart(self) -> None:
        canvas = self.canv
        left, bottom, top = LABEL_WIDTH, float(self.bottom), float(self.bottom + self.plot_height)
        self._group()
        for tick in self.ticks:
            x = self._x(tick)
            self._line(GRID, 0.4, x, bottom, x, top)
        self._draw_bars()
        # The category axis: its line, no ticks, the row labels right-aligned left of it.
        self._group()
        self._group()
        self._line(RULE, 1, left, bottom, left, top)
        canvas.restoreState()
        self._group()
        canvas.restoreState()
        self._group()
        for index, label in enumerate(self.labels):
            self._label(left - 6, self._middle(index), label, FONT, 8, INK, to="left")
        canvas.restoreState()
        canvas.restoreState()
        # The value axis: its line, a tick and a number at every step.
        self._group()
        self._group()
        self._line(RULE, 1, left, bottom, left + self.plot_width, bottom)
        canvas.restoreState()
        self._group()
        for tick in self.ticks:
            x = self._x(tick)
            self._line(RULE, 1, x, bottom, x, bottom - 5)
        canvas.restoreState()
        self._group()
        for tick in self.ticks:
            self._label(self._x(tick), bottom - 5, str(tick), FONT, 7.5, MUTED, to="below")
        canvas.restoreState()
        canvas.restoreState()
        canvas.restoreState()
        title_width = pdfmetrics.stringWidth(self.axis_title, FONT, 7.5)
        middle = LABEL_WIDTH + self.plot_width / 2
        self._text(middle - title_width * 0.5, LEGEND_HEIGHT + 12, self.axis_title, FONT, 7.5, MUTED)

    def _middle(self, index: int) -> float:
        """The vertical middle of the ``index``-th bar from the bottom."""
        return self.bottom + index * (BAR_HEIGHT + GAP) + GAP / 2 + BAR_HEIGHT / 2

    def _draw_bars(self) -> None:
        canvas = self.canv
        self._group()
        labels: list[tuple[float, float, str, colors.Color]] = []
        smallest = self.value_max * SMALLEST_LABELLED / self.plot_width
        starts = [0] * len(self.series[0])
        for index, (look, values) in enumerate(zip(CHART_SERIES, self.series, strict=True)):
            completed = look is COMPLETED_LOOK
            # Completed: a hollow bar, told apart from red without colour.
            outline, outline_width = (INK, 0.9) if completed else (colors.white, 0.6)
            ink = colors.white if index == 2 else INK
            for category, value in enumerate(values):
                start = starts[category]
                starts[category] += value
                if not value:
                    continue
                x, end = self._x(start), self._x(start + value)
                y = self._middle(category) - BAR_HEIGHT / 2
                self._box(look.bar, outline, outline_width, x, y, end - x, BAR_HEIGHT)
                if value >= smallest:
                    labels.append(((x + end) / 2, self._middle(category), f"{look.symbol} {value}", ink))
        self._group()
        for x, y, text, ink in labels:
            self._label(x, y, text, FONT_BOLD, 7, ink, to="centre")
        canvas.restoreState()
        canvas.restoreState()

    def _draw_legend(self) -> None:
        canvas = self.canv
        texts = [look.text for look in CHART_SERIES]
        widest = max(pdfmetrics.stringWidth(text, FONT, 8) for text in texts)
        column = max(widest + LEGEND_SWATCH + LEGEND_TEXT_SPACE + LEGEND_PADDING, LEGEND_COLUMN)
        ascent = pdfmetrics.getFont(FONT).face.ascent / 1000 * 8
        baseline = LEGEND_BOTTOM + (LEGEND_SWATCH - ascent) * 0.5
        self._group()
        for index, (look, text) in enumerate(zip(CHART_SERIES, texts, strict=True)):
            x = index * column
            self._box(look.bar, MUTED, 0.5, x, LEGEND_BOTTOM, LEGEND_SWATCH, LEGEND_SWATCH)
            self._text(x + LEGEND_SWATCH + LEGEND_TEXT_SPACE, baseline, text, FONT, 8, INK)
        canvas.restoreState()
        if self.empty:
            message = _("Inga aktiviteter att visa")
            middle = LABEL_WIDTH + (self.width - LABEL_WIDTH) / 2
            message_width = pdfmetrics.stringWidth(message, FONT, 8.5)
            y = self.bottom + self.plot_height / 2 - 3
            self._text(middle - message_width * 0.5, y, message, FONT, 8.5, MUTED)


def status_chart(
    rows: Sequence[tuple[str, Sequence[int]]],
    width: float = CONTENT_WIDTH,
    axis_title: str | None = None,
) -> StatusChart:
    """Stacked horizontal bars per row label: green, yellow, red, not reported and completed."""
    return StatusChart(rows, width, axis_title)


def counts_rows(summary: Sequence[StatusCounts]) -> list[tuple[str, Sequence[int]]]:
    return [
        (f"{c.code}  {c.title}", (c.green, c.yellow, c.red, c.not_reported, c.completed)) for c in summary
    ]
