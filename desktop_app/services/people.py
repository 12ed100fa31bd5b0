"""The register of people, read cheaply, and the one rule by which a typed name links to a person.

Ansvarig (an activity's owner) and "följs upp av" (a decision's follow-up) are
stored as a reference to a person (their id) beside a text. The rule, applied
by every way in (form, Excel import, command line, plan services): a name
that matches exactly one live person in the register, whatever its case or
spacing, links to that person and takes the register's spelling; any other
name (unknown, or shared by two people) stays as text, unlinked. What is shown
is the linked person's current name, so renaming a person renames them
everywhere; a person deleted from the register keeps showing under their last
name where they were linked. Plain SQL, like ``tree.read_tree``: the forms
call it on every selection.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from database.store import read_connection

if TYPE_CHECKING:
    from sqlalchemy import Engine

_PEOPLE = """
    SELECT person.id, person.name, person.title, coalesce(office.name, '') FROM person
    LEFT JOIN office ON office.id = person.office_id AND office.deleted_at IS NULL
    WHERE person.deleted_at IS NULL ORDER BY lower(person.name), person.id
"""


@dataclass(frozen=True)
class PersonChoice:
    """A live person as a picker offers them; ``label`` tells apart two people of one name."""

    id: str
    name: str
    label: str


def people_choices(source: Engine | Path) -> list[PersonChoice]:
    """The live people, sorted without regard to case, each with a label unique in the list.

    A name two people share is labelled with the office or title that tells them apart
    (``Anna Lind (Kulturkontoret)``), else numbered.
    """
    with read_connection(source) as connection:
        rows = connection.execute(_PEOPLE).fetchall()
    shared: dict[str, int] = {}
    for _id, name, _title, _office in rows:
        shared[name_key(name)] = shared.get(name_key(name), 0) + 1
    choices: list[PersonChoice] = []
    used: set[str] = set()
    for person_id, name, title, office in rows:
        label = name
        if shared[name_key(name)] > 1:
            detail = ", ".join(part for part in (office, title) if part)
            label = f"{name} ({detail})" if detail else name
            number = 2
            while name_key(label) in used:
                label = f"{name} ({detail}, {number})" if detail else f"{name} ({number})"
                number += 1
        used.add(name_key(label))
        choices.append(PersonChoice(person_id, name, label))
    return sorted(choices, key=lambda choice: (choice.label.casefold(), choice.id))


def person_names(source: Engine | Path) -> list[str]:
    """The live people's names, sorted without regard to case (from a plan's path or engine)."""
    return [choice.name for choice in people_choices(source)]


def name_key(name: str) -> str:
    """A name as the rule compares it: spacing collapsed, case folded."""
    return " ".join(name.split()).casefold()


def match_person(typed: str, people: Iterable[tuple[str, str]]) -> tuple[str | None, str]:
    """The rule: ``(person id, name as the register spells it)`` when ``typed`` names exactly one
    of ``people`` (``(id, name)`` of the live people), else ``(None, typed trimmed)``."""
    text = " ".join(typed.split())
    wanted = name_key(text)
    if not wanted:
        return None, ""
    found = [(person_id, name) for person_id, name in people if name_key(name) == wanted]
    if len(found) == 1:
        return found[0]
    return None, text


def linked_name(typed: str, names: Iterable[str]) -> str:
    """``typed`` as the register spells it when it names one person there, else as typed (trimmed)."""
    return match_person(typed, ((name, name) for name in names))[1]
