"""The reports' look: the embedded font's names, the A4 page and its margins, the colours, and how
each status is shown (a shape, a word and two colours, readable in greyscale).
"""

from __future__ import annotations

from typing import NamedTuple

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm

from database.enums import StatusColour
from desktop_app.reports.report_text import COMPLETED_SYMBOL, STATUS_SYMBOLS
from desktop_app.services.labels import STATUS_LABELS
from desktop_app.services.messages import N_, _

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


class StatusLook(NamedTuple):
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
        STATUS_SYMBOLS[StatusColour.GREEN],
        STATUS_LABELS.source(StatusColour.GREEN),
        colors.HexColor("#D4EACD"),
        colors.HexColor("#5E9E55"),
    ),
    StatusColour.YELLOW: StatusLook(
        STATUS_SYMBOLS[StatusColour.YELLOW],
        STATUS_LABELS.source(StatusColour.YELLOW),
        colors.HexColor("#FCEFB4"),
        colors.HexColor("#EBC13F"),
    ),
    StatusColour.RED: StatusLook(
        STATUS_SYMBOLS[StatusColour.RED],
        STATUS_LABELS.source(StatusColour.RED),
        colors.HexColor("#EFC0B9"),
        colors.HexColor("#B5402F"),
    ),
    None: StatusLook(
        STATUS_SYMBOLS[None], STATUS_LABELS.source(None), colors.white, colors.HexColor("#D6DCE2")
    ),
}
COMPLETED_LOOK = StatusLook(COMPLETED_SYMBOL, N_("Genomförd"), colors.HexColor("#DDE3EA"), colors.white)
"""Completed activities are counted apart from the colours (``report_data.COUNTING_RULE``)."""

STATUS_ORDER: tuple[StatusColour | None, ...] = (
    StatusColour.GREEN,
    StatusColour.YELLOW,
    StatusColour.RED,
    None,
)


def status_text(status: StatusColour | None) -> str:
    return STATUS_LOOKS[status].text
