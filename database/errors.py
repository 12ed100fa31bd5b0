"""Errors of the database layer, each with a message a person understands, in the user's language.

The database layer knows no languages: it writes each message in Swedish (the
source language) as a template with named fields, marked with ``N_`` so that
the message catalogue (``tools/update_messages.py``) finds it, and keeps the
template and its fields apart. The text is made when the message is read
(``str(error)``), by the translation the app plugs in with ``use_translation``
(``desktop_app.services.messages`` plugs in its catalogue); without one the
text is Swedish.
"""

from __future__ import annotations

from collections.abc import Callable


def _untranslated(message: str) -> str:
    return message


_translate: Callable[[str], str] = _untranslated


def use_translation(translate: Callable[[str], str]) -> None:
    """Read every database message through ``translate`` (a Swedish template → the user's language)."""
    global _translate
    _translate = translate


def N_(message: str) -> str:
    """Mark a Swedish template for the message catalogue; it is translated when the message is read."""
    return message


class Message:
    """A Swedish template and its fields, read in the current language whenever it is turned into text.

    A field may itself be a ``Message`` (the reason inside a sentence): it is read in the same language.
    """

    def __init__(self, template: str, **fields: object) -> None:
        self.template = template
        self.fields = fields

    def __str__(self) -> str:
        text = _translate(self.template)
        return text.format(**self.fields) if self.fields else text

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Message):
            return (self.template, self.fields) == (other.template, other.fields)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.template)

    def __repr__(self) -> str:
        return f"Message({self.template!r}, **{self.fields!r})"


class DatabaseError(Exception):
    """The database file cannot be used; the message says why and what to do.

    ``DatabaseError(N_("Filen {path} är skadad."), path=path)``: ``template`` and
    ``fields`` are kept, and ``str(error)`` is the message in the user's language.
    A message that is text already (a ``FileAccessError`` the services made in the
    user's language) is given alone: the catalogue does not know it, so it reads as it is.
    """

    def __init__(self, template: str, **fields: object) -> None:
        super().__init__(template)
        self.message = Message(template, **fields)

    @property
    def template(self) -> str:
        return self.message.template

    @property
    def fields(self) -> dict[str, object]:
        return dict(self.message.fields)

    def __str__(self) -> str:
        return str(self.message)
