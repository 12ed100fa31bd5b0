"""The plan's tables.

Every table carries the same identity and change data (``SyncRecord``): a UUID
as primary key, created and modified time (UTC), who modified it, and a
deletion tombstone.  Rows are never removed; ``deleted_at`` marks them gone.
Sync by file merges on exactly these columns.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import ClassVar

import sqlalchemy as sa
from sqlalchemy.orm import Session as OrmSession
from sqlmodel import Field, SQLModel

from database.enums import DecisionKind, FollowUpState, IdeaState, Lifecycle, Role, StatusColour
from database.link_ids import link_id
from database.numbering import number_new_records


def new_uuid() -> str:
    return str(uuid.uuid4())


def utc_now() -> datetime:
    """The current time in UTC at millisecond precision, the precision sync compares at."""
    now = datetime.now(UTC)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


def _stored_by_value(enum: type[StrEnum]) -> sa.Enum:
    """Store an enum as its value (``"green"``), readable in the file and stable across versions."""
    return sa.Enum(enum, values_callable=lambda members: [m.value for m in members], native_enum=False)


class SyncRecord(SQLModel):
    """Identity and change data shared by every table."""

    id: str = Field(default_factory=new_uuid, primary_key=True, max_length=36)
    created_at: datetime = Field(default_factory=utc_now)
    modified_at: datetime = Field(default_factory=utc_now)
    modified_by: str = Field(default="")
    deleted_at: datetime | None = Field(default=None)

    natural_key: ClassVar[tuple[str, ...]] = ()
    """For a link table, the columns that identify a row; its id is ``link_id`` of them."""


# --- the strategy and its goals ----------------------------------------------


class Strategy(SyncRecord, table=True):
    """The plan's identity: its name, the strategy it serves, decision reference, period, owner.

    A plan database holds one live strategy; its UUID is the plan's identity in plan files.
    """

    name: str
    plan_name: str = ""
    overall_goal: str = ""
    period_start: int
    period_end: int
    reference: str = ""
    organisation: str = Field(default="", sa_column_kwargs={"server_default": ""})


class Goal(SyncRecord, table=True):
    """A measurable goal of the strategy."""

    strategy_id: str = Field(foreign_key="strategy.id", index=True)
    position: int = 0
    title: str
    indicator: str = ""
    unit: str = ""
    baseline_year: int | None = None
    baseline_value: float | None = None
    target_year: int | None = None
    target_value: float | None = None


class GoalValue(SyncRecord, table=True):
    """A measured value of a goal's indicator for one year."""

    goal_id: str = Field(foreign_key="goal.id", index=True)
    year: int
    value: float
    note: str = ""


# --- the organisation ----------------------------------------------------------


class Office(SyncRecord, table=True):
    """A municipal office or unit (kontor/enhet)."""

    name: str
    position: int = 0


class OfficeNameChange(SyncRecord, table=True):
    """One dated renaming of an office; append-only.

    The name an office had on a day is the ``previous`` of its first renaming
    after that day; with no renaming after it, the office's name. A report for a
    past day shows the name the office had then.
    """

    office_id: str = Field(foreign_key="office.id", index=True)
    changed_on: date
    name: str
    previous: str


class Person(SyncRecord, table=True):
    name: str
    title: str = ""
    email: str = ""
    phone: str = ""
    office_id: str | None = Field(default=None, foreign_key="office.id", index=True)


class PersonNameChange(SyncRecord, table=True):
    """One dated change of a person's name; append-only, read as ``OfficeNameChange`` is."""

    person_id: str = Field(foreign_key="person.id", index=True)
    changed_on: date
    name: str
    previous: str


class PersonRole(SyncRecord, table=True):
    """A role a person holds; a focus-area lead names the focus area."""

    person_id: str = Field(foreign_key="person.id", index=True)
    role: Role = Field(sa_type=_stored_by_value(Role))
    focus_area_id: str | None = Field(default=None, foreign_key="focusarea.id", index=True)


# --- the plan tree ----------------------------------------------------------------


class FocusArea(SyncRecord, table=True):
    strategy_id: str = Field(foreign_key="strategy.id", index=True)
    position: int = 0
    number: int | None = None
    """The focus area's code, given once (``database.numbering``); ``position`` is only the order."""
    title: str
    description: str = ""


class Initiative(SyncRecord, table=True):
    """An initiative: what the municipality does ("kommunen …") and how ("Genom att …")."""

    focus_area_id: str = Field(foreign_key="focusarea.id", index=True)
    position: int = 0
    number: int | None = None
    """Its number within the focus area, given once: the last part of its code."""
    statement: str
    description: str = ""


class Activity(SyncRecord, table=True):
    initiative_id: str = Field(foreign_key="initiative.id", index=True)
    position: int = 0
    number: int | None = None
    """Its number within the initiative, given once: the last part of its code (``2.3.1``)."""
    title: str
    description: str = ""
    responsible_office_id: str | None = Field(default=None, foreign_key="office.id", index=True)
    owner: str = ""
    """The owner's name: as typed when ``owner_person_id`` is empty, else the register's spelling
    when linked (the register's current name is what is shown, see ``services.people``)."""
    owner_person_id: str | None = Field(default=None, foreign_key="person.id", index=True)
    # Schedule with month precision, "YYYY-MM"; no end and ``ongoing`` means "löpande".
    start_month: str | None = None
    end_month: str | None = None
    ongoing: bool = False
    lifecycle: Lifecycle = Field(default=Lifecycle.PROPOSED, sa_type=_stored_by_value(Lifecycle))
    decision_date: date | None = None
    priority: int | None = None


class ActivityOffice(SyncRecord, table=True):
    """An office participating in an activity."""

    natural_key: ClassVar[tuple[str, ...]] = ("activity_id", "office_id")

    activity_id: str = Field(foreign_key="activity.id", index=True)
    office_id: str = Field(foreign_key="office.id", index=True)


class ActivityGoal(SyncRecord, table=True):
    """A link between an activity and a measurable goal."""

    natural_key: ClassVar[tuple[str, ...]] = ("activity_id", "goal_id")

    activity_id: str = Field(foreign_key="activity.id", index=True)
    goal_id: str = Field(foreign_key="goal.id", index=True)


class StatusReport(SyncRecord, table=True):
    """One dated traffic-light report on an activity; append-only.

    The activity's current status is its latest report that is not deleted.
    """

    # The latest live report of an activity is one step down this index (the plan tree reads it
    # for every activity; at 10,000 activities it halves that read): migration 0009.
    __table_args__ = (
        sa.Index("ix_statusreport_latest", "activity_id", "deleted_at", "reported_on", "created_at", "id"),
    )

    activity_id: str = Field(foreign_key="activity.id", index=True)
    reported_on: date
    status: StatusColour = Field(sa_type=_stored_by_value(StatusColour))
    comment: str = ""
    cause: str = ""
    recommended_action: str = ""
    reported_by: str = ""
    action_agreed_by: str = ""
    action_agreed_on: date | None = None


class FocusAreaCheck(SyncRecord, table=True):
    """A check of a focus area's activity list by process leader and focus-area lead."""

    focus_area_id: str = Field(foreign_key="focusarea.id", index=True)
    checked_on: date
    checked_by: str = ""
    note: str = ""


# --- steering --------------------------------------------------------------------


class SteeringMeeting(SyncRecord, table=True):
    meeting_date: date = Field(index=True)
    location: str = ""
    notes: str = ""


class MeetingAttendee(SyncRecord, table=True):
    """A person attending a steering meeting."""

    natural_key: ClassVar[tuple[str, ...]] = ("meeting_id", "person_id")

    meeting_id: str = Field(foreign_key="steeringmeeting.id", index=True)
    person_id: str = Field(foreign_key="person.id", index=True)


class MeetingReport(SyncRecord, table=True):
    """The steering report exactly as presented at a meeting (a PDF)."""

    meeting_id: str = Field(foreign_key="steeringmeeting.id", index=True)
    file_name: str
    pdf: bytes


class Decision(SyncRecord, table=True):
    """A steering-group decision, recorded against a meeting."""

    meeting_id: str = Field(foreign_key="steeringmeeting.id", index=True)
    kind: DecisionKind = Field(default=DecisionKind.OTHER, sa_type=_stored_by_value(DecisionKind))
    activity_id: str | None = Field(default=None, foreign_key="activity.id", index=True)
    status_report_id: str | None = Field(default=None, foreign_key="statusreport.id", index=True)
    text: str = ""
    follow_up_by: str = ""
    """Who follows up, as ``Activity.owner``: text, or the name the linked person had."""
    follow_up_person_id: str | None = Field(default=None, foreign_key="person.id", index=True)
    follow_up_date: date | None = None
    follow_up_state: FollowUpState = Field(
        default=FollowUpState.NONE, sa_type=_stored_by_value(FollowUpState)
    )
    follow_up_done_on: date | None = None


class LifecycleChange(SyncRecord, table=True):
    """One dated change of an activity's lifecycle (proposed, decided, completed, cancelled); append-only.

    The lifecycle an activity had on a day is the one its latest change on or
    before that day set; before its first change, the first change's
    ``previous``; with no change at all, the activity's lifecycle since it was
    created. A change a decision made names it, and goes when the decision is
    retracted.
    """

    activity_id: str = Field(foreign_key="activity.id", index=True)
    changed_on: date
    lifecycle: Lifecycle = Field(sa_type=_stored_by_value(Lifecycle))
    previous: Lifecycle = Field(sa_type=_stored_by_value(Lifecycle))
    decision_id: str | None = Field(default=None, foreign_key="decision.id", index=True)


class Idea(SyncRecord, table=True):
    """An idea or feedback from a business dialogue forum."""

    received_on: date
    forum: str = ""
    text: str
    focus_area_id: str | None = Field(default=None, foreign_key="focusarea.id", index=True)
    state: IdeaState = Field(default=IdeaState.NEW, sa_type=_stored_by_value(IdeaState))
    activity_id: str | None = Field(default=None, foreign_key="activity.id", index=True)


class IdeaStateChange(SyncRecord, table=True):
    """One dated change of an idea's state (ny, behandlad, blev en aktivitet, avvisad); append-only.

    The state an idea had on a day is the ``previous`` of its first change after
    that day; with no change after it, the idea's state.
    """

    idea_id: str = Field(foreign_key="idea.id", index=True)
    changed_on: date
    state: IdeaState = Field(sa_type=_stored_by_value(IdeaState))
    previous: IdeaState = Field(sa_type=_stored_by_value(IdeaState))


class FollowUpMark(SyncRecord, table=True):
    """An activity marked for follow-up: a record taken in as it was (from an older version's plan
    file, history being history) keeps a value that breaks a rule of the plan.

    ``record_table``/``record_id`` name the record (the activity or one of its
    status reports) and ``reason`` the rule (``services.rules.RULE_CODES``),
    ``detail`` the value. A mark is cleared, never removed: by fixing the value
    or by hand ("Markera som åtgärdad"). One mark per record and rule: its id
    is ``link_id`` of them, so two installations marking the same break make
    one record.
    """

    natural_key: ClassVar[tuple[str, ...]] = ("record_id", "reason")

    activity_id: str = Field(foreign_key="activity.id", index=True)
    record_table: str
    record_id: str
    reason: str
    detail: str = ""
    cleared_at: datetime | None = None
    cleared_by: str = ""


SYNCED_TABLES: tuple[type[SyncRecord], ...] = (
    Strategy,
    Goal,
    GoalValue,
    Office,
    OfficeNameChange,
    Person,
    PersonNameChange,
    FocusArea,
    PersonRole,
    Initiative,
    Activity,
    ActivityOffice,
    ActivityGoal,
    StatusReport,
    FocusAreaCheck,
    SteeringMeeting,
    MeetingAttendee,
    MeetingReport,
    Decision,
    LifecycleChange,
    Idea,
    IdeaStateChange,
    FollowUpMark,
)
"""Every table of the plan, parents before children."""


def _link_id_before_insert(_mapper: object, _connection: object, target: SyncRecord) -> None:
    target.id = link_id(type(target).__tablename__, *(getattr(target, n) for n in target.natural_key))  # type: ignore[attr-defined]


for _model in SYNCED_TABLES:
    if _model.natural_key:
        sa.event.listen(_model, "before_insert", _link_id_before_insert)

sa.event.listen(OrmSession, "before_flush", number_new_records)


class FormerCode(SQLModel, table=True):
    """A code an activity had before (a move, or a number two installations both gave); never synced."""

    code: str = Field(primary_key=True)
    activity_id: str = Field(primary_key=True)
    changed_at: str


class Setting(SQLModel, table=True):
    """Installation-local key/value data (installation id and the like); never synced."""

    key: str = Field(primary_key=True)
    value: str = ""
