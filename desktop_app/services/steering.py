"""Steering-group meetings, their attendees, and the agenda prepared from the plan.

The agenda for a meeting gathers what the steering group has to act on:
proposed activities waiting for a decision, current deviations with their
recommended actions, ideas and feedback received since the previous meeting,
and focus areas whose activity list was not checked since then.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from database.enums import Lifecycle, Role
from database.models import Decision, MeetingAttendee, Person, PersonRole, SteeringMeeting
from desktop_app.services.decisions import DecisionRow, DecisionService
from desktop_app.services.deviations import DeviationRow, DeviationService
from desktop_app.services.errors import PlanError, ValidationError
from desktop_app.services.ideas import IdeaRow, IdeaService
from desktop_app.services.messages import _
from desktop_app.services.records import RecordService, Tombstoned, require_date
from desktop_app.services.rhythm import FocusAreaRhythm, RhythmService
from desktop_app.services.tree import ActivityNode, read_tree

MEETING_FIELDS = frozenset({"meeting_date", "location", "notes", "attendee_ids"})


@dataclass(frozen=True)
class SteeringMember:
    """A person who can attend steering meetings (steering-group member or process leader)."""

    person_id: str
    name: str
    title: str
    roles: tuple[Role, ...]


@dataclass(frozen=True)
class MeetingRow:
    id: str
    meeting_date: date
    location: str
    notes: str
    attendee_ids: tuple[str, ...]
    decision_count: int


@dataclass(frozen=True)
class Agenda:
    meeting: MeetingRow
    previous_meeting_date: date | None
    proposed: list[ActivityNode]
    deviations: list[DeviationRow]
    ideas: list[IdeaRow]
    unchecked_areas: list[FocusAreaRhythm]
    decisions: list[DecisionRow]


class SteeringService(RecordService):
    """Meetings of the steering group and what they have on the table."""

    def members(self) -> list[SteeringMember]:
        """People with the role steering-group member or process leader, by name."""
        with Session(self.engine) as session:
            rows = session.exec(
                select(Person, PersonRole.role)
                .join(PersonRole, col(PersonRole.person_id) == col(Person.id))
                .where(
                    col(Person.deleted_at).is_(None),
                    col(PersonRole.deleted_at).is_(None),
                    col(PersonRole.role).in_([Role.STEERING_MEMBER, Role.PROCESS_LEADER]),
                )
            ).all()
        members: dict[str, SteeringMember] = {}
        for person, role in rows:
            known = members[person.id].roles if person.id in members else ()
            roles = tuple(sorted({*known, Role(role)}))
            members[person.id] = SteeringMember(person.id, person.name, person.title, roles)
        return sorted(members.values(), key=lambda m: m.name.casefold())

    def people_named(self, person_ids: Iterable[str]) -> dict[str, str]:
        """Names of the given people, tombstoned or not (attendance stays readable)."""
        ids = list(person_ids)
        if not ids:
            return {}
        with Session(self.engine) as session:
            return {p.id: p.name for p in session.exec(select(Person).where(col(Person.id).in_(ids)))}

    # --- meetings ---------------------------------------------------------------------------

    def meetings(self) -> list[MeetingRow]:
        """Live meetings, newest first."""
        with Session(self.engine) as session:
            meetings = session.exec(
                select(SteeringMeeting)
                .where(col(SteeringMeeting.deleted_at).is_(None))
                .order_by(col(SteeringMeeting.meeting_date).desc(), col(SteeringMeeting.created_at).desc())
            ).all()
            attendees: dict[str, list[str]] = {}
            for link in session.exec(
                select(MeetingAttendee).where(col(MeetingAttendee.deleted_at).is_(None))
            ):
                attendees.setdefault(link.meeting_id, []).append(link.person_id)
            counts: dict[str, int] = {}
            for meeting_id in session.exec(
                select(Decision.meeting_id).where(col(Decision.deleted_at).is_(None))
            ):
                counts[meeting_id] = counts.get(meeting_id, 0) + 1
        return [
            MeetingRow(
                id=m.id,
                meeting_date=m.meeting_date,
                location=m.location,
                notes=m.notes,
                attendee_ids=tuple(sorted(attendees.get(m.id, ()))),
                decision_count=counts.get(m.id, 0),
            )
            for m in meetings
        ]

    def meeting(self, meeting_id: str) -> MeetingRow:
        for row in self.meetings():
            if row.id == meeting_id:
                return row
        raise PlanError(_("Mötet finns inte längre i planen."))

    def create_meeting(
        self, meeting_date: date | None, location: str = "", notes: str = "", attendee_ids: Iterable[str] = ()
    ) -> str:
        meeting_date = require_date(meeting_date, _("Mötesdatum"), "meeting_date")
        with Session(self.engine) as session, session.begin():
            meeting = SteeringMeeting(
                meeting_date=meeting_date, location=location.strip(), notes=notes.strip()
            )
            session.add(self._new(meeting))
            session.flush()
            self._set_attendees(session, meeting.id, set(attendee_ids))
            return meeting.id

    def update_meeting(self, meeting_id: str, changes: Mapping[str, Any]) -> dict[str, Any]:
        """Change date, location, notes or attendees; returns the old values of what changed."""
        unknown = set(changes) - MEETING_FIELDS
        if unknown:
            raise PlanError(_("Okända fält: {items}.").format(items=", ".join(sorted(unknown))))
        if "meeting_date" in changes:
            require_date(changes["meeting_date"], _("Mötesdatum"), "meeting_date")
        with Session(self.engine) as session, session.begin():
            meeting = self._live(session, SteeringMeeting, meeting_id, _("Mötet"))
            old: dict[str, Any] = {}
            for name in ("meeting_date", "location", "notes"):
                if name in changes:
                    value = changes[name].strip() if isinstance(changes[name], str) else changes[name]
                    if getattr(meeting, name) != value:
                        old[name] = getattr(meeting, name)
                        setattr(meeting, name, value)
            if "attendee_ids" in changes:
                current = self._attendees(session, meeting_id)
                wanted = set(changes["attendee_ids"])
                if current != wanted:
                    old["attendee_ids"] = tuple(sorted(current))
                    self._set_attendees(session, meeting_id, wanted)
            if old:
                self._touch(meeting)
            return old

    def delete_meeting(self, meeting_id: str) -> Tombstoned:
        """Tombstone a meeting and its attendance; a meeting with decisions is kept."""
        removed: Tombstoned = []
        with Session(self.engine) as session, session.begin():
            meeting = self._live(session, SteeringMeeting, meeting_id, _("Mötet"))
            has_decisions = session.exec(
                select(Decision.id).where(
                    Decision.meeting_id == meeting_id, col(Decision.deleted_at).is_(None)
                )
            ).first()
            if has_decisions:
                raise ValidationError(
                    _("Mötet har beslut och kan inte tas bort. Beslut ingår i styrgruppens protokoll.")
                )
            for link in session.exec(
                select(MeetingAttendee).where(
                    MeetingAttendee.meeting_id == meeting_id, col(MeetingAttendee.deleted_at).is_(None)
                )
            ):
                self._tombstone(link, removed)
            self._tombstone(meeting, removed)
        return removed

    @staticmethod
    def _attendees(session: Session, meeting_id: str) -> set[str]:
        links = session.exec(
            select(MeetingAttendee).where(
                MeetingAttendee.meeting_id == meeting_id, col(MeetingAttendee.deleted_at).is_(None)
            )
        )
        return {link.person_id for link in links}

    def _set_attendees(self, session: Session, meeting_id: str, person_ids: set[str]) -> None:
        self._set_links(
            session,
            MeetingAttendee,
            ("meeting_id", meeting_id),
            ("person_id", Person, _("Personen")),
            person_ids,
        )

    # --- the agenda -------------------------------------------------------------------------

    def previous_meeting_date(self, meeting: MeetingRow) -> date | None:
        earlier = [m.meeting_date for m in self.meetings() if m.meeting_date < meeting.meeting_date]
        return max(earlier, default=None)

    def agenda(self, meeting_id: str) -> Agenda:
        """What the steering group has on the table at this meeting, prepared from the plan."""
        meeting = self.meeting(meeting_id)
        previous = self.previous_meeting_date(meeting)
        tree = read_tree(self.engine)
        decisions = DecisionService(self.engine, self.actor)
        ideas = IdeaService(self.engine, self.actor).ideas(
            received_after=previous, received_until=meeting.meeting_date
        )
        rhythm = RhythmService(self.engine, self.actor).rhythm(
            meeting.meeting_date, since=previous, tree=tree
        )
        return Agenda(
            meeting=meeting,
            previous_meeting_date=previous,
            proposed=[a for a in tree.activities() if a.lifecycle is Lifecycle.PROPOSED],
            deviations=DeviationService(self.engine, self.actor).deviations(tree),
            ideas=ideas,
            unchecked_areas=[
                area
                for area in rhythm
                if area.last_checked_on is None or (previous is not None and area.last_checked_on <= previous)
            ],
            decisions=decisions.decisions(meeting_id=meeting_id, tree=tree),
        )
