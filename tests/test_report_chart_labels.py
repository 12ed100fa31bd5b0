"""The chart's row labels shortened to their room: the longest start that fits with an ellipsis."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics

from desktop_app.reports.chart import _fit
from desktop_app.reports.fonts import register_fonts
from desktop_app.reports.theme import FONT

register_fonts()


def _shortened_one_by_one(value: str, width: float, size: float) -> str:
    """What the chart did before: characters taken off the end until the rest and "…" fit."""
    if pdfmetrics.stringWidth(value, FONT, size) <= width:
        return value
    while value and pdfmetrics.stringWidth(value + "…", FONT, size) > width:
        value = value[:-1]
    return value.rstrip() + "…"


@settings(max_examples=300)
@given(
    st.text(alphabet=st.sampled_from("Il Wmå.–漢 ii\u200b"), max_size=60),
    st.floats(min_value=0, max_value=300),
    st.sampled_from([7.5, 8]),
)
def test_a_label_is_shortened_as_one_character_at_a_time_would(value: str, width: float, size: float) -> None:
    assert _fit(value, width, size) == _shortened_one_by_one(value, width, size)


def test_a_long_focus_area_keeps_what_fits() -> None:
    label = "3  Attraktiva platser för etablering, kompetensförsörjning och hållbar tillväxt i hela kommunen"
    fitted = _fit(label, 143, 8)
    assert fitted.endswith("…")
    assert label.startswith(fitted[:-1])
    assert pdfmetrics.stringWidth(fitted, FONT, 8) <= 143
    assert _fit("Kort", 143, 8) == "Kort"
