"""Hyphenation of the reports' text at syllable boundaries: the patterns, loaded once when first needed."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

HYPHENATION_LANGUAGE = "sv_SE"


@lru_cache(maxsize=1)
def hyphenator() -> Any:
    """Swedish hyphenation patterns (pyphen's sv dictionary), loaded once when first needed."""
    import pyphen

    return pyphen.Pyphen(lang=HYPHENATION_LANGUAGE)
