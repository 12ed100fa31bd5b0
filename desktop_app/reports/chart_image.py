"""The status chart as a PNG picture (for the Word report), with the text that describes it.

One horizontal bar per row, split into green, yellow, red, not reported and completed (a white
part with a dark outline), as in the PDF's chart. Colour is never alone: every part carries its
number and the legend gives each part the shape and word the reports use for it.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from PIL import Image, ImageDraw, ImageFont

from database.assets import asset_path
from database.enums import StatusColour
from desktop_app.reports.report_text import COMPLETED_SYMBOL, STATUS_SYMBOLS
from desktop_app.services.labels import STATUS_LABELS
from desktop_app.services.messages import _

ORDER: tuple[StatusColour | None, ...] = (StatusColour.GREEN, StatusColour.YELLOW, StatusColour.RED, None)
# Fill and the colour of the number written on it (4.5:1 or better against the fill).
LOOKS: dict[StatusColour | None, tuple[str, str]] = {
    StatusColour.GREEN: ("#2e7d4f", "#ffffff"),
    StatusColour.YELLOW: ("#f2c14e", "#2b1d00"),
    StatusColour.RED: ("#b3261e", "#ffffff"),
    None: ("#d9dde3", "#1b2b3c"),
}
SYMBOLS = STATUS_SYMBOLS
COMPLETED_LOOK = ("#ffffff", "#1b2b3c")
SCALE = 2  # drawn at twice the size it is shown at, for print


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(asset_path("resources", "fonts", name)), size * SCALE)


def chart_png(rows: Sequence[tuple[str, Sequence[int]]], width: int = 620) -> bytes:
    """The chart of ``rows`` (label, counts in ``ORDER`` and then the completed) as PNG bytes,
    ``width`` points wide."""
    label_font, number_font, legend_font = _font(10), _font(9, bold=True), _font(9)
    label_width = max([int(label_font.getlength(label)) for label, _counts in rows] + [0]) + 12 * SCALE
    bar_height, gap, legend_height = 18 * SCALE, 8 * SCALE, 26 * SCALE
    total_width = width * SCALE
    height = len(rows) * (bar_height + gap) + gap + legend_height
    image = Image.new("RGB", (total_width, height), "#ffffff")
    draw = ImageDraw.Draw(image)
    largest = max([sum(counts) for _label, counts in rows] + [1])
    room = total_width - label_width - 16 * SCALE
    y = gap
    for label, counts in rows:
        draw.text((0, y + bar_height / 2), label, fill="#1b2b3c", font=label_font, anchor="lm")
        x = float(label_width)
        for index, count in enumerate(counts):
            if not count:
                continue
            part = room * count / largest
            completed = index == len(ORDER)
            fill, ink = COMPLETED_LOOK if completed else LOOKS[ORDER[index]]
            outline = "#1b2b3c" if completed else "#ffffff"
            draw.rectangle((x, y, x + part, y + bar_height), fill=fill, outline=outline, width=SCALE)
            text = str(count)
            if number_font.getlength(text) + 4 * SCALE < part:
                draw.text((x + part / 2, y + bar_height / 2), text, fill=ink, font=number_font, anchor="mm")
            x += part
        y += bar_height + gap
    x = float(label_width)
    legend = [(LOOKS[s], SYMBOLS[s], STATUS_LABELS[s], None) for s in ORDER]
    legend.append((COMPLETED_LOOK, COMPLETED_SYMBOL, _("Genomförd"), "#1b2b3c"))
    for (fill, ink), symbol, word, outline in legend:
        box = (x, y + 4 * SCALE, x + 14 * SCALE, y + 18 * SCALE)
        draw.rectangle(box, fill=fill, outline=outline, width=SCALE if outline else 0)
        draw.text(((box[0] + box[2]) / 2, (box[1] + box[3]) / 2), symbol, fill=ink, font=legend_font,
                  anchor="mm")  # fmt: skip
        draw.text(
            (box[2] + 5 * SCALE, (box[1] + box[3]) / 2), word, fill="#1b2b3c", font=legend_font, anchor="lm"
        )
        x = box[2] + 5 * SCALE + legend_font.getlength(word) + 18 * SCALE
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", dpi=(72 * SCALE, 72 * SCALE))
    return buffer.getvalue()


def chart_description(title: str, rows: Sequence[tuple[str, Sequence[int]]]) -> str:
    """The chart in words, for its alternative text: every number it shows."""
    parts = [title + ":"]
    for label, counts in rows:
        green, yellow, red, not_reported, completed = counts
        parts.append(
            _(
                "{label}: {green} gröna, {yellow} gula, {red} röda, {not_reported} ej rapporterade, "
                "{completed} genomförda."
            ).format(
                label=label,
                green=green,
                yellow=yellow,
                red=red,
                not_reported=not_reported,
                completed=completed,
            )
        )
    return " ".join(parts)
