"""The names in the register of people, read cheaply, and how a typed name links to a person.

The forms offer these names for Ansvarig and "följs upp av" as the person
types; a typed name that matches a person (whatever its case or spacing) is
saved with the register's spelling, so it refers to that person.  Plain SQL,
like ``tree.read_tree``: the forms call it on every selection.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from database.store import read_connection

if TYPE_CHECKING:
    from sqlalchemy import Engine

_NAMES = "SELECT name FROM person WHERE deleted_at IS NULL ORDER BY lower(name)"


def person_names(source: Engine | Path) -> list[str]:
    """The live people's names, sorted without regard to case (from a plan's path or engine)."""
    with read_connection(source) as connection:
        return [row[0] for row in connection.execute(_NAMES)]


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def linked_name(typed: str, names: Iterable[str]) -> str:
    """``typed`` as the register spells it when it names a person there, else as typed (trimmed)."""
    text = " ".join(typed.split())
    wanted = _key(text)
    return next((name for name in names if _key(name) == wanted), text)
