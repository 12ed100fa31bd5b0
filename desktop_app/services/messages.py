"""The services' messages in the user's language, without Qt.

Swedish is the source language of every message the services, the reports'
data and the command line give a person; other languages come from gettext
catalogues in ``resources/locale/<lang>/LC_MESSAGES/handlingsplan.mo``.

Write a message as ``_("Aktiviteten {code} finns inte.").format(code=code)``:
the text inside ``_()`` is the catalogue key, so it is a literal with named
fields, never an f-string.
"""

from __future__ import annotations

import gettext
from collections.abc import Iterator, Mapping
from typing import TypeVar

from database.assets import asset_path

K = TypeVar("K")

DOMAIN = "handlingsplan"
SOURCE_LANGUAGE = "sv"

_translations: gettext.NullTranslations = gettext.NullTranslations()
_language = SOURCE_LANGUAGE


def locale_dir() -> str:
    return str(asset_path("resources", "locale"))


def set_language(language: str) -> None:
    """Give every later message in ``language`` (``"sv"`` or ``"en"``); unknown languages give Swedish."""
    global _translations, _language
    if language == SOURCE_LANGUAGE:
        _translations, _language = gettext.NullTranslations(), SOURCE_LANGUAGE
        return
    _translations = gettext.translation(DOMAIN, locale_dir(), languages=[language], fallback=True)
    _language = language if type(_translations) is not gettext.NullTranslations else SOURCE_LANGUAGE


def language() -> str:
    """The language messages are given in now."""
    return _language


def _(message: str) -> str:
    """``message`` (Swedish) in the current language."""
    return _translations.gettext(message) if message else message


def N_(message: str) -> str:
    """Mark ``message`` for the catalogue where it is written, at import; translate it where it is used."""
    return message


def in_language(language: str, message: str) -> str:
    """``message`` in ``language`` whatever the current language is (Excel headers read in both)."""
    if language == SOURCE_LANGUAGE or not message:
        return message
    return gettext.translation(DOMAIN, locale_dir(), languages=[language], fallback=True).gettext(message)


class Labels(Mapping[K, str]):
    """A table of Swedish words (written with ``N_``), each read in the current language."""

    def __init__(self, words: Mapping[K, str]) -> None:
        self._words = dict(words)

    def __getitem__(self, key: K) -> str:
        return _(self._words[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self._words)

    def __len__(self) -> int:
        return len(self._words)

    def source(self, key: K) -> str:
        """The Swedish word, whatever the current language."""
        return self._words[key]


def ngettext(singular: str, plural: str, count: int) -> str:
    """The singular or plural form of a message for ``count``, in the current language."""
    return _translations.ngettext(singular, plural, count)
