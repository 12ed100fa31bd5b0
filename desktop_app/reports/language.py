"""The language a report is written in."""

from __future__ import annotations

from desktop_app.services.messages import language

LANGUAGE_TAGS = {"sv": "sv-SE", "en": "en-GB"}
"""The tag a document states its language by (PDF /Lang, Word's w:lang), per message language."""


def language_tag() -> str:
    """The tag of the language messages are given in now: ``sv-SE`` or ``en-GB``."""
    return LANGUAGE_TAGS.get(language(), "sv-SE")
