"""Ansvarig and "följs upp av" as the services store them: a person's id beside a text.

Each is a pair of columns, a text and a nullable reference to a person
(``owner`` / ``owner_person_id`` on an activity, ``follow_up_by`` /
``follow_up_person_id`` on a decision). A change gives either the person's id
(a picker's choice, or undo putting back what was), or only the text, which
``people.match_person`` links when it names exactly one live person. Given
the text with the id ``None`` explicitly, the text is kept unlinked (undo of
a text that was not linked). What a person reads is ``shown``: the linked
person's current name, else the text.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlmodel import Session, col, select

from database.models import Person
from desktop_app.services.errors import ValidationError
from desktop_app.services.messages import _
from desktop_app.services.people import match_person


def live_people(session: Session) -> list[tuple[str, str]]:
    """``(id, name)`` of every live person in the register."""
    return [(p.id, p.name) for p in session.exec(select(Person).where(col(Person.deleted_at).is_(None)))]


def resolve(session: Session, changes: Mapping[str, Any], text_field: str, id_field: str) -> dict[str, Any]:
    """Both columns of the pair as ``changes`` set them (see the module docstring); ``{}`` when
    ``changes`` touches neither."""
    if changes.get(id_field) is not None:
        person = session.get(Person, str(changes[id_field]))
        if person is None:
            raise ValidationError(_("Personen finns inte i personregistret."), text_field)
        return {text_field: person.name, id_field: person.id}
    if text_field in changes:
        text = str(changes[text_field] or "")
        if id_field in changes:
            return {text_field: " ".join(text.split()), id_field: None}
        person_id, name = match_person(text, live_people(session))
        return {text_field: name, id_field: person_id}
    if id_field in changes:
        return {id_field: None}
    return {}


def shown(session: Session, text: str, person_id: str | None) -> str:
    """The name a person reads: the linked person's current name (deleted or not), else the text."""
    person = session.get(Person, person_id) if person_id else None
    return person.name if person is not None else text
