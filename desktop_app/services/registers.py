"""The registers: offices/units, people and the roles they hold, and goal titles.

Like the plan service, every write is one transaction, deletions leave a
tombstone, and each write returns what is needed to undo it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from database.enums import FollowUpState, Role
from database.models import Activity, Decision, Goal, Office, Person, PersonRole
from desktop_app.services.errors import PlanError, ValidationError
from desktop_app.services.messages import N_, _, ngettext
from desktop_app.services.name_history import record_office_rename, record_person_rename
from desktop_app.services.records import RecordService, Tombstoned

PERSON_FIELDS = frozenset({"name", "title", "email", "phone", "office_id"})


@dataclass(frozen=True)
class OfficeEntry:
    id: str
    name: str
    activity_count: int


@dataclass(frozen=True)
class PersonEntry:
    id: str
    name: str
    title: str
    email: str
    phone: str
    office_id: str | None
    office: str
    roles: frozenset[tuple[Role, str | None]]


class RegisterService(RecordService):
    """Offices, people and roles of one database, changed in the name of ``actor``."""

    _where = N_("i registret")

    # --- offices -----------------------------------------------------------------

    def offices(self) -> list[OfficeEntry]:
        """Live offices by name, with how many live activities they are responsible for."""
        with Session(self.engine) as session:
            counts = dict(
                session.exec(
                    select(Activity.responsible_office_id, func.count())
                    .where(col(Activity.deleted_at).is_(None))
                    .group_by(Activity.responsible_office_id)
                ).all()
            )
            offices = session.exec(
                select(Office).where(col(Office.deleted_at).is_(None)).order_by(func.lower(Office.name))
            )
            return [OfficeEntry(o.id, o.name, counts.get(o.id, 0)) for o in offices]

    def create_office(self, name: str) -> str:
        name = self._office_name(name)
        with Session(self.engine) as session, session.begin():
            self._refuse_duplicate(session, name, None)
            highest = session.exec(select(func.max(Office.position))).one()
            office = Office(name=name, position=0 if highest is None else highest + 1, modified_by=self.actor)
            session.add(office)
            return office.id

    def rename_office(self, office_id: str, name: str) -> str:
        """Give an office a new name; returns the old one."""
        name = self._office_name(name)
        with Session(self.engine) as session, session.begin():
            office = self._live(session, Office, office_id, _("Kontoret/enheten"))
            self._refuse_duplicate(session, name, office_id)
            old = office.name
            if old != name:
                record_office_rename(session, office, name, date.today(), self.actor)
                office.name = name
                self._touch(office)
            return old

    @staticmethod
    def _office_name(name: str) -> str:
        if not name.strip():
            raise ValidationError(_("Kontoret/enheten måste ha ett namn."), "name")
        return " ".join(name.split())

    @staticmethod
    def _refuse_duplicate(session: Session, name: str, own_id: str | None) -> None:
        same = session.exec(
            select(Office).where(
                func.lower(Office.name) == name.lower(),
                col(Office.deleted_at).is_(None),
                Office.id != (own_id or ""),
            )
        ).first()
        if same is not None:
            raise ValidationError(
                _("Det finns redan ett kontor/en enhet som heter ”{name}”.").format(name=same.name), "name"
            )

    # --- people ------------------------------------------------------------------

    def people(self) -> list[PersonEntry]:
        with Session(self.engine) as session:
            offices = {
                o.id: o.name for o in session.exec(select(Office).where(col(Office.deleted_at).is_(None)))
            }
            roles: dict[str, set[tuple[Role, str | None]]] = defaultdict(set)
            for role in session.exec(select(PersonRole).where(col(PersonRole.deleted_at).is_(None))):
                roles[role.person_id].add((Role(role.role), role.focus_area_id))
            people = session.exec(
                select(Person).where(col(Person.deleted_at).is_(None)).order_by(func.lower(Person.name))
            )
            return [
                PersonEntry(
                    id=p.id,
                    name=p.name,
                    title=p.title,
                    email=p.email,
                    phone=p.phone,
                    office_id=p.office_id if p.office_id in offices else None,
                    office=offices.get(p.office_id or "", ""),
                    roles=frozenset(roles.get(p.id, ())),
                )
                for p in people
            ]

    def create_person(self, name: str, **fields: Any) -> str:
        values = self._person_values({"name": name, **fields})
        with Session(self.engine) as session, session.begin():
            if values.get("office_id"):
                self._live(session, Office, values["office_id"], _("Kontoret/enheten"))
            person = Person(**values, modified_by=self.actor)
            session.add(person)
            return person.id

    def update_person(self, person_id: str, changes: Mapping[str, Any]) -> dict[str, Any]:
        """Change a person's fields; returns the old values of those that changed."""
        values = self._person_values(changes)
        with Session(self.engine) as session, session.begin():
            person = self._live(session, Person, person_id, _("Personen"))
            if values.get("office_id"):
                self._live(session, Office, values["office_id"], _("Kontoret/enheten"))
            old = {name: getattr(person, name) for name, v in values.items() if getattr(person, name) != v}
            if "name" in old:
                record_person_rename(session, person, values["name"], date.today(), self.actor)
            for name in old:
                setattr(person, name, values[name])
            if old:
                self._touch(person)
            return old

    @staticmethod
    def _person_values(values: Mapping[str, Any]) -> dict[str, Any]:
        unknown = set(values) - PERSON_FIELDS
        if unknown:
            raise PlanError(_("Okända fält: {items}.").format(items=", ".join(sorted(unknown))))
        cleaned = {k: (v.strip() if isinstance(v, str) else v) for k, v in values.items()}
        if "name" in cleaned and not cleaned["name"]:
            raise ValidationError(_("Personen måste ha ett namn."), "name")
        email = cleaned.get("email") or ""
        if email and ("@" not in email or " " in email):
            raise ValidationError(_("E-postadressen ser inte ut som en e-postadress."), "email")
        if "office_id" in cleaned and not cleaned["office_id"]:
            cleaned["office_id"] = None
        return cleaned

    def set_roles(
        self, person_id: str, roles: Iterable[tuple[Role, str | None]]
    ) -> set[tuple[Role, str | None]]:
        """Give a person exactly these roles; returns the roles held before.

        A focus-area lead names a focus area; the other roles name none.
        """
        wanted = {(Role(role), area if Role(role) is Role.FOCUS_AREA_LEAD else None) for role, area in roles}
        if any(role is Role.FOCUS_AREA_LEAD and not area for role, area in wanted):
            raise ValidationError(_("En fokusområdesansvarig måste ha ett fokusområde."), "roles")
        with Session(self.engine) as session, session.begin():
            self._live(session, Person, person_id, _("Personen"))
            rows = list(session.exec(select(PersonRole).where(PersonRole.person_id == person_id)))
            live = {(Role(r.role), r.focus_area_id): r for r in rows if r.deleted_at is None}
            dead = {(Role(r.role), r.focus_area_id): r for r in rows if r.deleted_at is not None}
            for key, row in live.items():
                if key not in wanted:
                    self._tombstone(row, [])
            for key in wanted - set(live):
                if key in dead:
                    dead[key].deleted_at = None
                    self._touch(dead[key])
                else:
                    session.add(
                        PersonRole(
                            person_id=person_id, role=key[0], focus_area_id=key[1], modified_by=self.actor
                        )
                    )
            return set(live)

    # --- deleting and restoring ----------------------------------------------------

    def person_uses(self, person_id: str) -> str:
        """What deleting a person leaves behind, in a sentence for the question before it; ``""``
        when the person is linked nowhere.

        Deleting a person keeps every link: the live activities they own and the open decisions
        they follow up go on showing their name (their last one in the register), as the meetings
        they attended do; undo brings the person back into the register.
        """
        with Session(self.engine) as session:
            person = self._live(session, Person, person_id, _("Personen"))
            activities = session.exec(
                select(func.count()).where(
                    Activity.owner_person_id == person_id, col(Activity.deleted_at).is_(None)
                )
            ).one()
            decisions = session.exec(
                select(func.count()).where(
                    Decision.follow_up_person_id == person_id,
                    col(Decision.deleted_at).is_(None),
                    Decision.follow_up_state == FollowUpState.OPEN,
                )
            ).one()
        parts = []
        if activities:
            parts.append(
                ngettext(
                    "ansvarig för {count} aktivitet", "ansvarig för {count} aktiviteter", activities
                ).format(count=activities)
            )
        if decisions:
            parts.append(
                ngettext("följer upp {count} beslut", "följer upp {count} beslut", decisions).format(
                    count=decisions
                )
            )
        if not parts:
            return ""
        return _("{name} är {uses}. Där står namnet kvar, men inte längre i personregistret.").format(
            name=person.name, uses=_(" och ").join(parts)
        )

    def delete(self, model: type[Office] | type[Person], record_id: str) -> Tombstoned:
        """Tombstone an office or a person; activities keep their history. ``restore`` undoes it."""
        removed: Tombstoned = []
        with Session(self.engine) as session, session.begin():
            self._tombstone(self._live(session, model, record_id, _("Posten")), removed)
        return removed

    # --- goals ---------------------------------------------------------------------

    def goal_titles(self) -> dict[str, str]:
        """Every live measurable goal's title by id, in the strategy's order."""
        with Session(self.engine) as session:
            goals = session.exec(
                select(Goal).where(col(Goal.deleted_at).is_(None)).order_by(col(Goal.position))
            )
            return {goal.id: goal.title for goal in goals}
