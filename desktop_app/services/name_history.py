"""Dated renamings of offices and people and changes of ideas' states, so a report for a past day
shows them as they were then.

Every way in that renames an office or a person or changes an idea's state (the registers, the
ideas form in Styrning and its undo, "Gör till aktivitet") goes through the services, which note
the change here in the same transaction. The reports read the history back with sqlite3 alone: the
value on a day is the ``previous`` of the first change after the day, or today's value when
nothing changed since.
"""

from __future__ import annotations

import sqlite3
from datetime import date

from database.enums import IdeaState

TYPE_CHECKING = False  # typing.TYPE_CHECKING without loading typing (see services/messages.py)
if TYPE_CHECKING:
    from sqlmodel import Session

    from database.models import Idea, Office, Person

# Writing a change needs the table classes; reading the history (the reports) needs only sqlite3.


def record_office_rename(session: Session, office: Office, name: str, on: date, actor: str) -> None:
    """Note that ``office`` is called ``name`` from ``on``; call before the office itself changes."""
    from database.models import OfficeNameChange

    if office.name != name:
        session.add(
            OfficeNameChange(
                office_id=office.id, changed_on=on, name=name, previous=office.name, modified_by=actor
            )
        )


def record_person_rename(session: Session, person: Person, name: str, on: date, actor: str) -> None:
    """Note that ``person`` is called ``name`` from ``on``; call before the person itself changes."""
    from database.models import PersonNameChange

    if person.name != name:
        session.add(
            PersonNameChange(
                person_id=person.id, changed_on=on, name=name, previous=person.name, modified_by=actor
            )
        )


def record_idea_state(session: Session, idea: Idea, state: IdeaState, on: date, actor: str) -> None:
    """Note that ``idea`` is in ``state`` from ``on``; call before the idea itself changes."""
    from database.models import IdeaStateChange

    previous, state = IdeaState(idea.state), IdeaState(state)
    if previous is not state:
        session.add(
            IdeaStateChange(idea_id=idea.id, changed_on=on, state=state, previous=previous, modified_by=actor)
        )


_FIRST_AFTER = (
    "SELECT {key}, previous FROM {table} WHERE deleted_at IS NULL AND changed_on > ?"
    " ORDER BY changed_on DESC, created_at DESC, id DESC"
)


def _first_after(connection: sqlite3.Connection, table: str, key: str, day: date) -> dict[str, str]:
    """Per record with a change after ``day``: the value before the first such change."""
    earlier: dict[str, str] = {}
    for record_id, previous in connection.execute(
        _FIRST_AFTER.format(key=key, table=table), (day.isoformat(),)
    ).fetchall():
        earlier[record_id] = previous  # newest first: the earliest change's value is kept
    return earlier


def office_names_on(connection: sqlite3.Connection, day: date) -> dict[str, str]:
    """The name on ``day`` of each office renamed after it (offices not named here keep their name)."""
    return _first_after(connection, "officenamechange", "office_id", day)


def person_names_on(connection: sqlite3.Connection, day: date) -> dict[str, str]:
    """The name on ``day`` of each person renamed after it (people not named here keep their name)."""
    return _first_after(connection, "personnamechange", "person_id", day)


def idea_states_on(connection: sqlite3.Connection, day: date) -> dict[str, IdeaState]:
    """The state on ``day`` of each idea whose state changed after it (others keep their state)."""
    return {
        idea_id: IdeaState(state)
        for idea_id, state in _first_after(connection, "ideastatechange", "idea_id", day).items()
    }
