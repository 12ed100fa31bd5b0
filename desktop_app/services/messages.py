"""The services' messages in the user's language, without Qt.

Swedish is the source language of every message the services, the reports'
data and the command line give a person; other languages come from gettext
catalogues in ``resources/locale/<lang>/LC_MESSAGES/handlingsplan.mo``.

Write a message as ``_("Aktiviteten {code} finns inte.").format(code=code)``:
the text inside ``_()`` is the catalogue key, so it is a literal with named
fields, never an f-string.
"""

from __future__ import annotations

from _thread import _local  # threading.local itself, without loading the threading module
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from database.assets import asset_path
from database.errors import use_translation

# typing.TYPE_CHECKING without loading typing: every command's start goes through this module, and
# loading typing costs a command such as ``tree`` a twentieth of its time. The same line is in the
# other modules on the way to the plan (database.store, services.tree, services.workspace, …).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from gettext import NullTranslations
    from typing import TypeVar

    K = TypeVar("K")
else:
    K = object  # what a type checker sees as the key type of ``Labels``

DOMAIN = "handlingsplan"
SOURCE_LANGUAGE = "sv"


class _Swedish:
    """The source language: every message as it is written (what gettext's ``NullTranslations``
    gives). Swedish is the default, and every command's start loads this module: gettext is loaded
    here only for another language (argparse loads it for the command line anyway), and the
    threading module not at all (≈ 1.5 ms of ``handlingsplan --version``)."""

    @staticmethod
    def gettext(message: str) -> str:
        return message

    @staticmethod
    def ngettext(singular: str, plural: str, count: int) -> str:
        return singular if count == 1 else plural


_translations: NullTranslations | _Swedish = _Swedish()
_language = SOURCE_LANGUAGE
_this_thread = _local()


def locale_dir() -> str:
    return str(asset_path("resources", "locale"))


def _catalogue(language: str) -> tuple[NullTranslations | _Swedish, str]:
    if language == SOURCE_LANGUAGE:
        return _Swedish(), SOURCE_LANGUAGE
    import gettext

    found = gettext.translation(DOMAIN, locale_dir(), languages=[language], fallback=True)
    if type(found) is gettext.NullTranslations:  # no catalogue for the language: Swedish
        return _Swedish(), SOURCE_LANGUAGE
    return found, language


def set_language(language: str) -> None:
    """Give every later message in ``language`` (``"sv"`` or ``"en"``); unknown languages give Swedish."""
    global _translations, _language
    _translations, _language = _catalogue(language)


@contextmanager
def using_language(language: str) -> Iterator[None]:
    """Messages in ``language`` in this thread only, while the block runs (a report written in a
    worker thread in another language than the window's)."""
    previous = getattr(_this_thread, "chosen", None)
    _this_thread.chosen = _catalogue(language)
    try:
        yield
    finally:
        _this_thread.chosen = previous


def _current() -> tuple[NullTranslations | _Swedish, str]:
    return getattr(_this_thread, "chosen", None) or (_translations, _language)


def language() -> str:
    """The language messages are given in now."""
    return _current()[1]


def _(message: str) -> str:
    """``message`` (Swedish) in the current language."""
    return _current()[0].gettext(message) if message else message


def N_(message: str) -> str:
    """Mark ``message`` for the catalogue where it is written, at import; translate it where it is used."""
    return message


def in_language(language: str, message: str) -> str:
    """``message`` in ``language`` whatever the current language is (Excel headers read in both)."""
    if language == SOURCE_LANGUAGE or not message:
        return message
    import gettext

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
    return _current()[0].ngettext(singular, plural, count)


# The database layer writes its messages in Swedish and knows no languages; they are read through
# this catalogue, in the language of the thread that shows them.
use_translation(_)
