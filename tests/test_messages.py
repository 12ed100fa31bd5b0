"""The services' message catalogue: Swedish as written, other languages from gettext."""

from __future__ import annotations

from desktop_app.services import messages


def test_swedish_is_the_source_and_unknown_languages_fall_back_to_it():
    messages.set_language("sv")
    text = messages._("Aktiviteten {code} finns inte.").format(code="1.1.1")
    assert text == "Aktiviteten 1.1.1 finns inte."
    messages.set_language("xx")
    assert messages.language() == "sv"
    assert messages._("Okänt") == "Okänt"
    messages.set_language("sv")
