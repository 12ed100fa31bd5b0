"""The status chart: stacked horizontal bars per focus area or quarter, readable in greyscale."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics

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
    step = _step(largest)
    # The axis ends on a labelled tick at or beyond the longest bar, so no bar runs past the scale.
    chart.valueAxis.valueMax = max(-(-largest // step) * step, 1)
    chart.valueAxis.valueStep = step
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
