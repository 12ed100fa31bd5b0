"""What the steering report and the annual summary show, gathered as plain values.

Everything is derived from the dated history: a report for a meeting shows the
status as it was on the meeting's date, so the same data and date always give
the same report. Gathering costs a fixed number of queries whatever the plan's
size; the report layer only lays the values out.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from database.models import (
    Activity,
    Decision,
    DecisionKind,
    FollowUpState,
    Goal,
    GoalValue,
    Idea,
    IdeaState,
    Lifecycle,
    Person,
    PersonRole,
    Role,
    StatusColour,
    SteeringMeeting,
)
from desktop_app.services.bulk import collector_paused
from desktop_app.services.errors import NotFoundError, ValidationError
from desktop_app.services.labels import schedule_label
from desktop_app.services.tree import ActivityNode, PlanTree, read_tree

FOLLOW_UP_LABELS: dict[FollowUpState, str] = {
    FollowUpState.NONE: "Ingen uppföljning",
    FollowUpState.OPEN: "Uppföljning pågår",
    FollowUpState.DONE: "Uppföljd",
}

IDEA_STATE_LABELS: dict[IdeaState, str] = {
    IdeaState.NEW: "Ny",
    IdeaState.CONSIDERED: "Behandlad",
    IdeaState.BECAME_ACTIVITY: "Blev aktivitet",
    IdeaState.REJECTED: "Avslagen",
}

FIRST_YEAR = 2000
LAST_YEAR = 2100


# --- values the reports show ---------------------------------------------------------


@dataclass(frozen=True)
class StatusCounts:
    """One focus area's activities per status, with how many are completed."""

    code: str
    title: str
    green: int = 0
    yellow: int = 0
    red: int = 0
    not_reported: int = 0
    completed: int = 0

    @property
    def total(self) -> int:
        return self.green + self.yellow + self.red + self.not_reported


@dataclass(frozen=True)
class ActivityLine:
    """An activity named in a list: new, completed, decided or proposed."""

    code: str
    title: str
    focus_area: str
    responsible: str
    on: date | None = None


@dataclass(frozen=True)
class StatusChange:
    code: str
    title: str
    before: StatusColour | None
    after: StatusColour | None
    on: date


@dataclass(frozen=True)
class DecisionLine:
    meeting_date: date
    text: str
    follow_up_by: str
    follow_up_date: date | None
    follow_up: str


@dataclass(frozen=True)
class Deviation:
    """A yellow or red activity with why, what to do and what the steering group decided."""

    code: str
    title: str
    responsible: str
    status: StatusColour
    since: date
    cause: str
    recommended_action: str
    decision: DecisionLine | None
    status_at_end: StatusColour | None = None


@dataclass(frozen=True)
class IdeaLine:
    received_on: date
    forum: str
    text: str
    focus_area: str
    state: str


@dataclass(frozen=True)
class PlanRow:
    code: str
    title: str
    responsible: str
    schedule: str
    lifecycle: Lifecycle
    status: StatusColour | None


@dataclass(frozen=True)
class PlanSection:
    """One initiative of the appendix, with its focus area."""

    focus_area_code: str
    focus_area: str
    code: str
    title: str
    rows: list[PlanRow]


@dataclass(frozen=True)
class SteeringReportData:
    plan_name: str
    report_date: date
    meeting_date: date | None
    meeting_location: str
    meeting_id: str | None
    previous_meeting_date: date | None
    prepared_by: str
    summary: list[StatusCounts]
    status_changes: list[StatusChange]
    new_activities: list[ActivityLine]
    completed: list[ActivityLine]
    decided: list[ActivityLine]
    deviations: list[Deviation]
    proposed: list[ActivityLine]
    ideas: list[IdeaLine]
    plan: list[PlanSection]

    @property
    def activity_count(self) -> int:
        return sum(len(section.rows) for section in self.plan)


@dataclass(frozen=True)
class GoalLine:
    title: str
    indicator: str
    unit: str
    baseline_year: int | None
    baseline_value: float | None
    target_year: int | None
    target_value: float | None
    values: dict[int, float] = field(default_factory=dict)


@dataclass(frozen=True)
class QuarterCounts:
    label: str
    on: date
    green: int
    yellow: int
    red: int
    not_reported: int


@dataclass(frozen=True)
class MeetingLine:
    meeting_date: date
    location: str
    decisions: int


@dataclass(frozen=True)
class AnnualReportData:
    plan_name: str
    year: int
    as_of: date
    prepared_by: str
    year_end: list[StatusCounts]
    completed: list[ActivityLine]
    deviations: list[Deviation]
    goals: list[GoalLine]
    quarters: list[QuarterCounts]
    meetings: list[MeetingLine]


# --- the history, loaded once ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Report:
    """What the reports use of a status report: plain values, as a decade of reports for
    thousands of activities would cost seconds to load as ORM objects."""

    id: str
    activity_id: str
    reported_on: date
    status: StatusColour
    cause: str
    recommended_action: str


_REPORTS = (
    "SELECT id, activity_id, reported_on, status, cause, recommended_action FROM statusreport"
    " WHERE deleted_at IS NULL ORDER BY reported_on, created_at, id"
)
_COLOURS = {member.value: member for member in StatusColour}


class _History:
    """Every live status report, per activity, in date order; answers "the status on day D"."""

    def __init__(self, reports: list[_Report]) -> None:
        """``reports`` in the order they were made: by day, then by when they were entered."""
        self.by_activity: dict[str, list[_Report]] = defaultdict(list)
        for report in reports:
            self.by_activity[report.activity_id].append(report)
        self._dates = {key: [r.reported_on for r in rows] for key, rows in self.by_activity.items()}

    def latest(self, activity_id: str, on: date) -> _Report | None:
        dates = self._dates.get(activity_id)
        if not dates:
            return None
        index = bisect_right(dates, on)
        return self.by_activity[activity_id][index - 1] if index else None

    def status(self, activity_id: str, on: date) -> StatusColour | None:
        report = self.latest(activity_id, on)
        return StatusColour(report.status) if report else None

    def since(self, activity_id: str, on: date) -> date | None:
        """The day the colour the activity had on ``on`` began (the start of its latest run)."""
        rows = self.by_activity.get(activity_id, [])
        index = bisect_right(self._dates.get(activity_id, []), on) - 1
        if index < 0:
            return None
        colour = rows[index].status
        while index > 0 and rows[index - 1].status == colour:
            index -= 1
        return rows[index].reported_on

    def in_period(self, activity_id: str, after: date | None, until: date) -> list[_Report]:
        return [
            r
            for r in self.by_activity.get(activity_id, [])
            if (after is None or r.reported_on > after) and r.reported_on <= until
        ]


@dataclass
class _Loaded:
    tree: PlanTree
    history: _History
    meetings: list[SteeringMeeting]
    decisions: list[Decision]
    ideas: list[Idea]
    process_leader: str
    created: dict[str, datetime]
    modified: dict[str, datetime]


def _load(engine: Engine) -> _Loaded:
    tree = read_tree(engine)
    with engine.connect() as connection:
        reports = [
            _Report(id_, activity_id, date.fromisoformat(day[:10]), _COLOURS[status], cause, action)
            for id_, activity_id, day, status, cause, action in connection.exec_driver_sql(
                _REPORTS
            ).fetchall()
        ]
    with Session(engine) as session:
        meetings = sorted(
            session.exec(select(SteeringMeeting).where(col(SteeringMeeting.deleted_at).is_(None))),
            key=lambda m: (m.meeting_date, m.created_at, m.id),
        )
        decisions = list(session.exec(select(Decision).where(col(Decision.deleted_at).is_(None))))
        ideas = list(session.exec(select(Idea).where(col(Idea.deleted_at).is_(None))))
        leader = session.exec(
            select(Person.name)
            .join(PersonRole, col(PersonRole.person_id) == col(Person.id))
            .where(
                PersonRole.role == Role.PROCESS_LEADER,
                col(PersonRole.deleted_at).is_(None),
                col(Person.deleted_at).is_(None),
            )
            .order_by(col(Person.name))
        ).first()
        stamps = list(session.exec(select(Activity.id, Activity.created_at, Activity.modified_at)))
    return _Loaded(
        tree,
        _History(reports),
        meetings,
        decisions,
        ideas,
        leader or "",
        {row[0]: row[1] for row in stamps},
        {row[0]: row[2] for row in stamps},
    )


def _responsible(activity: ActivityNode) -> str:
    parts = [p for p in (activity.responsible_office, activity.owner) if p]
    return ", ".join(parts)


def _counts(
    tree: PlanTree, history: _History, on: date, include: tuple[Lifecycle, ...] | None = None
) -> list[StatusCounts]:
    summary = []
    for area in tree.focus_areas:
        values = {"green": 0, "yellow": 0, "red": 0, "not_reported": 0, "completed": 0}
        for activity in area.activities():
            if activity.lifecycle is Lifecycle.CANCELLED or (include and activity.lifecycle not in include):
                continue
            status = history.status(activity.id, on)
            values[status.value if status else "not_reported"] += 1
            if activity.lifecycle is Lifecycle.COMPLETED:
                values["completed"] += 1
        summary.append(StatusCounts(area.code, area.title, **values))
    return summary


def _latest_decisions(
    decisions: list[Decision], meeting_dates: dict[str, date], until: date, after: date | None = None
) -> dict[str, DecisionLine]:
    """The latest decision on each activity from meetings held in ``(after, until]``."""
    latest: dict[str, tuple[tuple, DecisionLine]] = {}
    for decision in decisions:
        held = meeting_dates.get(decision.meeting_id)
        if decision.activity_id is None or held is None or held > until or (after and held <= after):
            continue
        key = (held, decision.created_at, decision.id)
        line = DecisionLine(
            meeting_date=held,
            text=decision.text,
            follow_up_by=decision.follow_up_by,
            follow_up_date=decision.follow_up_date,
            follow_up=FOLLOW_UP_LABELS[FollowUpState(decision.follow_up_state)],
        )
        if decision.activity_id not in latest or latest[decision.activity_id][0] < key:
            latest[decision.activity_id] = (key, line)
    return {activity_id: line for activity_id, (_key, line) in latest.items()}


def _decided_on(decisions: list[Decision], held: dict[str, date], kind: DecisionKind) -> dict[str, date]:
    """The date of the meeting that took the latest decision of ``kind`` on each activity."""
    dates: dict[str, date] = {}
    for decision in decisions:
        day = held.get(decision.meeting_id)
        if decision.kind == kind and decision.activity_id and day is not None:
            dates[decision.activity_id] = max(day, dates.get(decision.activity_id, day))
    return dates


def _line(activity: ActivityNode, area_title: str, on: date | None = None) -> ActivityLine:
    return ActivityLine(activity.code, activity.title, area_title, _responsible(activity), on)


def _in(day: date | None, after: date | None, until: date) -> bool:
    return day is not None and (after is None or day > after) and day <= until


# --- the steering report ------------------------------------------------------------------


def gather_steering(
    engine: Engine, meeting_date: date | None = None, *, today: date | None = None, prepared_by: str = ""
) -> SteeringReportData:
    """The steering report for the meeting on ``meeting_date``.

    Without a date: the latest meeting, or the plan as of ``today`` when there
    is no meeting. ``NotFoundError`` when no meeting was held on the date given.
    """
    today = today or date.today()
    with collector_paused():
        loaded = _load(engine)
    meetings = loaded.meetings
    meeting = None
    if meeting_date is not None:
        meeting = next((m for m in reversed(meetings) if m.meeting_date == meeting_date), None)
        if meeting is None:
            raise NotFoundError(f"Det finns inget styrgruppsmöte den {meeting_date.isoformat()}.")
    elif meetings:
        meeting = meetings[-1]
    on = meeting.meeting_date if meeting else today
    previous = next((m.meeting_date for m in reversed(meetings) if m.meeting_date < on), None)
    tree, history = loaded.tree, loaded.history
    held = {m.id: m.meeting_date for m in meetings}

    changes: list[StatusChange] = []
    new: list[ActivityLine] = []
    completed: list[ActivityLine] = []
    decided: list[ActivityLine] = []
    deviations: list[Deviation] = []
    proposed: list[ActivityLine] = []
    plan: list[PlanSection] = []
    completions = _decided_on(loaded.decisions, held, DecisionKind.COMPLETE)
    approvals = _decided_on(loaded.decisions, held, DecisionKind.APPROVE)
    decisions = _latest_decisions(loaded.decisions, held, on)
    for area in tree.focus_areas:
        for initiative in area.initiatives:
            rows = []
            for activity in initiative.activities:
                status = history.status(activity.id, on)
                rows.append(
                    PlanRow(
                        activity.code,
                        activity.title,
                        _responsible(activity),
                        schedule_label(activity.start_month, activity.end_month, activity.ongoing),
                        activity.lifecycle,
                        status,
                    )
                )
                period = history.in_period(activity.id, previous, on)
                if period:
                    before = history.status(activity.id, previous) if previous else None
                    if before != period[-1].status:
                        changes.append(
                            StatusChange(
                                activity.code, activity.title, before, status, period[-1].reported_on
                            )
                        )
                created = loaded.created.get(activity.id)
                if created is not None and _in(created.date(), previous, on):
                    new.append(_line(activity, area.title, created.date()))
                if activity.lifecycle is Lifecycle.PROPOSED:
                    proposed.append(_line(activity, area.title))
                if activity.lifecycle is Lifecycle.COMPLETED:
                    done_on = completions.get(activity.id) or loaded.modified[activity.id].date()
                    if _in(done_on, previous, on):
                        completed.append(_line(activity, area.title, done_on))
                decided_on = activity.decision_date or approvals.get(activity.id)
                if activity.lifecycle is not Lifecycle.PROPOSED and _in(decided_on, previous, on):
                    decided.append(_line(activity, area.title, decided_on))
                if status in (StatusColour.YELLOW, StatusColour.RED) and activity.lifecycle not in (
                    Lifecycle.CANCELLED,
                    Lifecycle.COMPLETED,
                ):
                    report = history.latest(activity.id, on)
                    deviations.append(
                        Deviation(
                            activity.code,
                            activity.title,
                            _responsible(activity),
                            status,
                            history.since(activity.id, on) or report.reported_on,
                            report.cause,
                            report.recommended_action,
                            decisions.get(activity.id),
                        )
                    )
            plan.append(PlanSection(area.code, area.title, initiative.code, initiative.title, rows))
    area_titles = {area.id: area.title for area in tree.focus_areas}
    ideas = sorted(
        (
            IdeaLine(
                idea.received_on,
                idea.forum,
                idea.text,
                area_titles.get(idea.focus_area_id or "", ""),
                IDEA_STATE_LABELS[IdeaState(idea.state)],
            )
            for idea in loaded.ideas
            if _in(idea.received_on, previous, on)
        ),
        key=lambda i: (i.received_on, i.text),
    )
    return SteeringReportData(
        plan_name=tree.plan_name or tree.strategy_name,
        report_date=on,
        meeting_date=meeting.meeting_date if meeting else None,
        meeting_location=meeting.location if meeting else "",
        meeting_id=meeting.id if meeting else None,
        previous_meeting_date=previous,
        prepared_by=loaded.process_leader or prepared_by,
        summary=_counts(tree, history, on),
        status_changes=changes,
        new_activities=new,
        completed=completed,
        decided=decided,
        deviations=deviations,
        proposed=proposed,
        ideas=ideas,
        plan=plan,
    )


# --- the annual summary ------------------------------------------------------------------


def check_year(year: int) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(
            f"Året {year} går inte att rapportera; ange ett år mellan {FIRST_YEAR} och {LAST_YEAR}."
        )


def _goals(engine: Engine) -> list[GoalLine]:
    with Session(engine) as session:
        goals = sorted(
            session.exec(select(Goal).where(col(Goal.deleted_at).is_(None))),
            key=lambda g: (g.position, g.created_at, g.id),
        )
        values: dict[str, dict[int, float]] = defaultdict(dict)
        rows = session.exec(select(GoalValue).where(col(GoalValue.deleted_at).is_(None)))
        for value in sorted(rows, key=lambda v: (v.year, v.modified_at, v.id)):
            values[value.goal_id][value.year] = value.value
    return [
        GoalLine(
            goal.title,
            goal.indicator,
            goal.unit,
            goal.baseline_year,
            goal.baseline_value,
            goal.target_year,
            goal.target_value,
            dict(values.get(goal.id, {})),
        )
        for goal in goals
    ]


def gather_annual(
    engine: Engine, year: int, *, today: date | None = None, prepared_by: str = ""
) -> AnnualReportData:
    """The annual summary of ``year``: status on 31 December (or today, in the running year)."""
    check_year(year)
    today = today or date.today()
    end = date(year, 12, 31)
    as_of = min(end, today) if today.year == year else end
    start = date(year - 1, 12, 31)
    with collector_paused():
        loaded = _load(engine)
    tree, history = loaded.tree, loaded.history
    held = {m.id: m.meeting_date for m in loaded.meetings}
    counted = (Lifecycle.DECIDED, Lifecycle.COMPLETED)
    completions = _decided_on(loaded.decisions, held, DecisionKind.COMPLETE)
    decisions = _latest_decisions(loaded.decisions, held, as_of, after=start)
    completed: list[ActivityLine] = []
    deviations: list[Deviation] = []
    for area in tree.focus_areas:
        for activity in area.activities():
            if activity.lifecycle is Lifecycle.COMPLETED:
                done_on = completions.get(activity.id) or loaded.modified[activity.id].date()
                if _in(done_on, start, as_of):
                    completed.append(_line(activity, area.title, done_on))
            period = history.in_period(activity.id, start, as_of)
            worst = [r for r in period if r.status != StatusColour.GREEN]
            if not worst:
                continue
            report = worst[-1]
            deviations.append(
                Deviation(
                    activity.code,
                    activity.title,
                    _responsible(activity),
                    StatusColour(report.status),
                    history.since(activity.id, report.reported_on) or report.reported_on,
                    report.cause,
                    report.recommended_action,
                    decisions.get(activity.id),
                    status_at_end=history.status(activity.id, as_of),
                )
            )
    quarters = []
    for number, (month, day) in enumerate(((3, 31), (6, 30), (9, 30), (12, 31)), start=1):
        quarter_end = date(year, month, day)
        on = min(quarter_end, as_of)
        counts = _counts(tree, history, on, counted)
        label = f"Kvartal {number}" if on == quarter_end else f"Kvartal {number} (hittills)"
        quarters.append(
            QuarterCounts(
                label,
                on,
                sum(c.green for c in counts),
                sum(c.yellow for c in counts),
                sum(c.red for c in counts),
                sum(c.not_reported for c in counts),
            )
        )
        if on == as_of:
            break
    meetings = [
        MeetingLine(
            m.meeting_date,
            m.location,
            sum(1 for d in loaded.decisions if d.meeting_id == m.id),
        )
        for m in loaded.meetings
        if m.meeting_date.year == year
    ]
    return AnnualReportData(
        plan_name=tree.plan_name or tree.strategy_name,
        year=year,
        as_of=as_of,
        prepared_by=loaded.process_leader or prepared_by,
        year_end=_counts(tree, history, as_of, counted),
        completed=completed,
        deviations=deviations,
        goals=_goals(engine),
        quarters=quarters,
        meetings=meetings,
    )
