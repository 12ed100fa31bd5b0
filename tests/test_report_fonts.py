"""Which characters DejaVu Sans lacks: the quick look at common characters answers as the full check."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.reports.fonts import COMMON, _foreign, body_characters, has_foreign

KNOWN = body_characters()
MISSING_COMMON = [chr(code) for first, last in COMMON for code in range(first, last + 1) if code not in KNOWN]
SAMPLES = "aZ09 åäöÅÄÖé–—”…€○●■▲⚠✓\n\t\r\x00\x7f\x85\u200b漢字🙂ǅﬁ" + "".join(MISSING_COMMON[:20])


def _lacks(value: str) -> bool:
    return any(ord(character) not in KNOWN for character in value)


@given(st.text(alphabet=st.sampled_from(SAMPLES), max_size=30) | st.text(max_size=30))
def test_has_foreign_is_any_character_dejavu_lacks(value: str) -> None:
    assert has_foreign(value) == _lacks(value) == (_foreign().search(value) is not None)


def test_a_line_break_is_foreign_and_common_text_is_not() -> None:
    assert "\n" not in {chr(code) for code in KNOWN}
    assert has_foreign("Rad ett\nrad två")
    assert not has_foreign("Åtgärd – ”klar” ○ ● ■ ▲ 12 €")
    assert has_foreign("Samarbete med 漢字大学")
