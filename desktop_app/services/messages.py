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

from database.assets import asset_path

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
    return _translations.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The singular or plural form of a message for ``count``, in the current language."""
    return _translations.ngettext(singular, plural, count)
