"""User text as Paragraph markup: escaped exactly as ``xml.sax.saxutils.escape`` escapes it."""

from __future__ import annotations

from xml.sax.saxutils import escape as sax_escape

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.reports.paragraphs import escape, text


@given(st.text(alphabet=st.sampled_from("&<>\"'; amp;lt;gt;#x26;åäö\n\t€"), max_size=40) | st.text())
def test_escape_is_saxutils_escape(value: str) -> None:
    assert escape(value) == sax_escape(value)


def test_markup_typed_by_a_user_prints_literally() -> None:
    assert (
        text('<b>Fet</b> & "citat" &amp;\nny rad')
        == '&lt;b&gt;Fet&lt;/b&gt; &amp; "citat" &amp;amp;<br/>ny rad'
    )
