"""The live plan looked up the ways a spreadsheet row names things: codes, titles, office names."""

from __future__ import annotations

import re

from sqlalchemy import Connection, Engine, func
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from database.models import Activity, ActivityOffice, FocusArea, Initiative, Office, Person, StatusReport
from desktop_app.services.tree import ActivityNode, FocusAreaNode, InitiativeNode, read_tree

_LEADING_CODE = re.compile(r"^(\d+(?:\.\d+)*)[.:]?(?:\s+|$)")
_FINGERPRINT_TABLES = (Activity, ActivityOffice, StatusReport, Office, Initiative, FocusArea, Person)


def key(text: str) -> str:
    """Text compared the forgiving way: case, spacing and a final full stop do not matter."""
    return " ".join(text.casefold().split()).rstrip(".")


def plan_fingerprint(connection: Connection) -> str:
    """A token that changes whenever the parts of the plan an import touches change."""
    parts = []
    for model in _FINGERPRINT_TABLES:
        count, latest = connection.execute(sa_select(func.count(), func.max(model.modified_at))).one()
        parts.append(f"{model.__tablename__}:{count}:{latest}")
    return "|".join(parts)


class PlanIndex:
    """The live plan, looked up the ways rows name things."""

    def __init__(self, engine: Engine) -> None:
        tree = read_tree(engine)
        self.areas = tree.focus_areas
        self.initiatives = tree.initiatives()
        self.activities = {a.id: a for a in tree.activities()}
        self.by_code = {a.code: a for a in self.activities.values()}
        self.initiative_by_code = {i.code: i for i in self.initiatives}
        self.area_of = {i.id: a for a in self.areas for i in a.initiatives}
        self.by_title: dict[tuple[str, str], ActivityNode] = {}
        for activity in self.activities.values():
            self.by_title.setdefault((activity.initiative_id, key(activity.title)), activity)
        with Session(engine) as session:
            self.deleted_ids = set(
                session.exec(select(Activity.id).where(col(Activity.deleted_at).is_not(None)))
            )
            self.offices = {
                key(office.name): (office.id, office.name)
                for office in session.exec(select(Office).where(col(Office.deleted_at).is_(None)))
            }
            self.people = [
                (person.id, person.name)
                for person in session.exec(select(Person).where(col(Person.deleted_at).is_(None)))
            ]
            """``(id, name)`` of the live people, for the rule that links an owner's name."""
            self.history: dict[str, list[StatusReport]] = {}
            for report in session.exec(select(StatusReport).where(col(StatusReport.deleted_at).is_(None))):
                self.history.setdefault(report.activity_id, []).append(report)
            self.fingerprint = plan_fingerprint(session.connection())
        self.office_names = {office_id: name for office_id, name in self.offices.values()}

    def find_area(self, text: str) -> FocusAreaNode | None:
        """By code ("2"), title, or both ("Fokusområde 2: Ett …")."""
        code, rest = _split_code(re.sub(r"^fokust?område\s*", "", text.strip(), flags=re.IGNORECASE))
        if code is not None and (not rest or any(a.code == code for a in self.areas)):
            return next((a for a in self.areas if a.code == code), None)
        return next((a for a in self.areas if key(a.title) in (key(rest), key(text))), None)

    def find_initiative(self, text: str, area: FocusAreaNode | None) -> InitiativeNode | None:
        code, rest = _split_code(text)
        if code is not None and code in self.initiative_by_code:
            return self.initiative_by_code[code]
        candidates = area.initiatives if area else self.initiatives
        wanted = key(re.sub(r"^kommunen\s+", "", rest, flags=re.IGNORECASE))
        return next((i for i in candidates if key(i.statement) == wanted), None)


def _split_code(text: str) -> tuple[str | None, str]:
    """ "2.3 Erbjuder …" → ("2.3", "Erbjuder …"); a plain "2.3" → ("2.3", "")."""
    match = _LEADING_CODE.match(text.strip())
    if match:
        return match.group(1), text.strip()[match.end() :].strip()
    return None, text.strip()
