"""Hyphenation of the reports' text at syllable boundaries in the report's language: the patterns,
each loaded once when first needed."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from desktop_app.reports.hyphenation_cache import prime
from desktop_app.services.messages import SOURCE_LANGUAGE, language

HYPHENATION_LANGUAGES = {SOURCE_LANGUAGE: "sv_SE", "en": "en_GB"}
"""pyphen's patterns for each report language (the installers bundle exactly these)."""


def hyphenation_language() -> str:
    """The hyphenation patterns of the report being written: Swedish, or British English for an
    English report, whose headings, labels and sentences are English (the plan's own text is
    then hyphenated the English way too, still at a boundary and marked with a hyphen)."""
    return HYPHENATION_LANGUAGES.get(language(), HYPHENATION_LANGUAGES[SOURCE_LANGUAGE])


@lru_cache(maxsize=len(HYPHENATION_LANGUAGES))
def _patterns(pyphen_language: str) -> Any:
    import pyphen

    prime(pyphen_language)
    return pyphen.Pyphen(lang=pyphen_language)


def hyphenator() -> Any:
    """The hyphenation patterns of the report being written, each language loaded once when first needed."""
    return _patterns(hyphenation_language())
