"""Test data for the steering-group work: steering-group members (their register is another screen)."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlmodel import Session

from database.models import Person, PersonRole, Role


def add_person(engine: Engine, name: str, title: str = "", role: Role = Role.STEERING_MEMBER) -> str:
    with Session(engine) as session, session.begin():
        person = Person(name=name, title=title)
        session.add(person)
        session.flush()
        session.add(PersonRole(person_id=person.id, role=role))
        return person.id
