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
from pathlib import Path
from sqlite3 import Connection
from typing import TYPE_CHECKING

from database.enums import DecisionKind, FollowUpState, IdeaState, Lifecycle, Role, StatusColour
from database.store import read_connection
from desktop_app.services.bulk import collector_paused
from desktop_app.services.errors import NotFoundError, ValidationError
from desktop_app.services.labels import schedule_label
from desktop_app.services.tree import ActivityNode, PlanTree, read_tree

if TYPE_CHECKING:
    from sqlalchemy import Engine

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


@dataclass(frozen=True, slots=True)
class _Decision:
    """What the reports use of a decision, read as plain values rather than ORM objects."""

    id: str
    meeting_id: str
    activity_id: str | None
    kind: DecisionKind
    text: str
    follow_up_by: str
    follow_up_date: date | None
    follow_up_state: FollowUpState
    created_at: str


_DECISIONS = (
    "SELECT id, meeting_id, activity_id, kind, text, follow_up_by, follow_up_date, follow_up_state,"
    " created_at FROM decision WHERE deleted_at IS NULL"
)


def _decisions(connection: Connection) -> list[_Decision]:
    return [
        _Decision(
            id_,
            meeting_id,
            activity_id,
            DecisionKind(kind),
            text,
            by,
            date.fromisoformat(on[:10]) if on else None,
            FollowUpState(state),
            created,
        )
        for id_, meeting_id, activity_id, kind, text, by, on, state, created in connection.execute(_DECISIONS)
    ]


# Meetings, ideas, the process leader and the goals are read with plain SQL, as the tree and the
# history are: a report needs neither the table classes nor SQLAlchemy's ORM (≈ 0.4 s to load).


@dataclass(frozen=True, slots=True)
class _Meeting:
    id: str
    meeting_date: date
    location: str


def _meetings(connection: Connection) -> list[_Meeting]:
    rows = connection.execute(
        "SELECT id, meeting_date, location FROM steeringmeeting WHERE deleted_at IS NULL"
        " ORDER BY meeting_date, created_at, id"
    ).fetchall()
    return [_Meeting(id_, date.fromisoformat(day[:10]), location) for id_, day, location in rows]


@dataclass(frozen=True, slots=True)
class _Idea:
    received_on: date
    forum: str
    text: str
    focus_area_id: str | None
    state: str


def _ideas(connection: Connection) -> list[_Idea]:
    rows = connection.execute(
        "SELECT received_on, forum, text, focus_area_id, state FROM idea WHERE deleted_at IS NULL"
    ).fetchall()
    return [
        _Idea(date.fromisoformat(day[:10]), forum, text, area, state)
        for day, forum, text, area, state in rows
    ]


def _process_leader(connection: Connection) -> str:
    leader = connection.execute(
        "SELECT person.name FROM person JOIN personrole ON personrole.person_id = person.id"
        " WHERE personrole.role = ? AND personrole.deleted_at IS NULL AND person.deleted_at IS NULL"
        " ORDER BY person.name LIMIT 1",
        (Role.PROCESS_LEADER.value,),
    ).fetchone()
    return leader[0] if leader else ""


@dataclass
class _Loaded:
    tree: PlanTree
    history: _History
    meetings: list[_Meeting]
    decisions: list[_Decision]
    ideas: list[_Idea]
    process_leader: str
    created: dict[str, datetime]
    modified: dict[str, datetime]


def _load(engine: Engine | Path) -> _Loaded:
    tree = read_tree(engine)
    with read_connection(engine) as connection:
        reports = [
            _Report(id_, activity_id, date.fromisoformat(day[:10]), _COLOURS[status], cause, action)
            for id_, activity_id, day, status, cause, action in connection.execute(_REPORTS).fetchall()
        ]
        decisions = _decisions(connection)
        meetings = _meetings(connection)
        ideas = _ideas(connection)
        leader = _process_leader(connection)
        stamps = connection.execute("SELECT id, created_at, modified_at FROM activity").fetchall()
    return _Loaded(
        tree,
        _History(reports),
        meetings,
        decisions,
        ideas,
        leader,
        {row[0]: datetime.fromisoformat(row[1]) for row in stamps},
        {row[0]: datetime.fromisoformat(row[2]) for row in stamps},
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
    decisions: list[_Decision], meeting_dates: dict[str, date], until: date, after: date | None = None
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
            follow_up=FOLLOW_UP_LABELS[decision.follow_up_state],
        )
        if decision.activity_id not in latest or latest[decision.activity_id][0] < key:
            latest[decision.activity_id] = (key, line)
    return {activity_id: line for activity_id, (_key, line) in latest.items()}


def _decided_on(decisions: list[_Decision], held: dict[str, date], kind: DecisionKind) -> dict[str, date]:
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


_STATUS_AT = """
SELECT run.activity_id, report.status, report.reported_on, run.since, report.cause,
    report.recommended_action, run.earlier
FROM (
    SELECT activity_id,
        MAX(CASE WHEN before IS NULL OR before != status THEN reported_on END) AS since,
        MAX(CASE WHEN reported_on <= :previous AND (next_day IS NULL OR next_day > :previous) THEN status END)
            AS earlier,
        MAX(CASE WHEN next_day IS NULL THEN report END) AS report
    FROM (
        SELECT rowid AS report, activity_id, reported_on, status,
            LAG(status) OVER run AS before,
            LEAD(reported_on) OVER run AS next_day
        FROM statusreport
        WHERE deleted_at IS NULL AND reported_on <= :on
        WINDOW run AS (PARTITION BY activity_id ORDER BY reported_on, created_at, id)
    )
    GROUP BY activity_id
) AS run
JOIN statusreport AS report ON report.rowid = run.report
"""
"""Per activity with reports: its latest report on or before ``:on`` (the status on that day, with
cause and action), the day that colour's run of reports began, and its status on ``:previous``.
Reports are ordered as they were made: by day, then by when they were entered."""


@dataclass(frozen=True, slots=True)
class _StatusAt:
    status: StatusColour
    reported_on: date
    since: date
    cause: str
    recommended_action: str
    before: StatusColour | None


def _statuses_at(connection: Connection, on: date, previous: date | None) -> dict[str, _StatusAt]:
    """Each activity's status on ``on`` and on ``previous``, reduced per activity by SQLite."""
    rows = connection.execute(
        _STATUS_AT, {"on": on.isoformat(), "previous": previous.isoformat() if previous else None}
    )
    return {
        activity_id: _StatusAt(
            _COLOURS[status],
            date.fromisoformat(reported_on[:10]),
            date.fromisoformat(since[:10]),
            cause,
            action,
            _COLOURS[before] if before else None,
        )
        for activity_id, status, reported_on, since, cause, action, before in rows
    }


def gather_steering(
    engine: Engine | Path,
    meeting_date: date | None = None,
    *,
    today: date | None = None,
    prepared_by: str = "",
) -> SteeringReportData:
    """The steering report for the meeting on ``meeting_date``.

    Without a date: the latest meeting, or the plan as of ``today`` when there
    is no meeting. ``NotFoundError`` when no meeting was held on the date given.
    SQLite reduces the status history to one row per activity; Python only
    walks the activities.
    """
    today = today or date.today()
    with collector_paused():
        with read_connection(engine) as connection:
            meetings = _meetings(connection)
            meeting = None
            if meeting_date is not None:
                meeting = next((m for m in reversed(meetings) if m.meeting_date == meeting_date), None)
                if meeting is None:
                    raise NotFoundError(f"Det finns inget styrgruppsmöte den {meeting_date.isoformat()}.")
            elif meetings:
                meeting = meetings[-1]
            on = meeting.meeting_date if meeting else today
            previous = next((m.meeting_date for m in reversed(meetings) if m.meeting_date < on), None)
            ideas = [idea for idea in _ideas(connection) if _in(idea.received_on, previous, on)]
            leader = _process_leader(connection)
        tree = read_tree(engine)
        with read_connection(engine) as connection:
            statuses = _statuses_at(connection, on, previous)
            all_decisions = _decisions(connection)
            stamps = {
                id_: (created, modified)
                for id_, created, modified in connection.execute(
                    "SELECT id, substr(created_at, 1, 10), substr(modified_at, 1, 10) FROM activity"
                )
            }
    held = {m.id: m.meeting_date for m in meetings}
    after = previous.isoformat() if previous else ""
    until = on.isoformat()

    changes: list[StatusChange] = []
    new: list[ActivityLine] = []
    completed: list[ActivityLine] = []
    decided: list[ActivityLine] = []
    deviations: list[Deviation] = []
    proposed: list[ActivityLine] = []
    plan: list[PlanSection] = []
    summary: list[StatusCounts] = []
    completions = _decided_on(all_decisions, held, DecisionKind.COMPLETE)
    approvals = _decided_on(all_decisions, held, DecisionKind.APPROVE)
    decisions = _latest_decisions(all_decisions, held, on)
    for area in tree.focus_areas:
        counts = {"green": 0, "yellow": 0, "red": 0, "not_reported": 0, "completed": 0}
        for initiative in area.initiatives:
            rows = []
            for activity in initiative.activities:
                state = statuses.get(activity.id)
                status = state.status if state else None
                lifecycle = activity.lifecycle
                if lifecycle is not Lifecycle.CANCELLED:
                    counts[status.value if status else "not_reported"] += 1
                    if lifecycle is Lifecycle.COMPLETED:
                        counts["completed"] += 1
                rows.append(
                    PlanRow(
                        activity.code,
                        activity.title,
                        _responsible(activity),
                        schedule_label(activity.start_month, activity.end_month, activity.ongoing),
                        lifecycle,
                        status,
                    )
                )
                if state and (previous is None or state.reported_on > previous) and state.before != status:
                    changes.append(
                        StatusChange(activity.code, activity.title, state.before, status, state.reported_on)
                    )
                created, modified = stamps[activity.id]
                if after < created <= until:
                    new.append(_line(activity, area.title, date.fromisoformat(created)))
                if lifecycle is Lifecycle.PROPOSED:
                    proposed.append(_line(activity, area.title))
                elif lifecycle is Lifecycle.COMPLETED:
                    done_on = completions.get(activity.id) or date.fromisoformat(modified)
                    if _in(done_on, previous, on):
                        completed.append(_line(activity, area.title, done_on))
                decided_on = activity.decision_date or approvals.get(activity.id)
                if lifecycle is not Lifecycle.PROPOSED and _in(decided_on, previous, on):
                    decided.append(_line(activity, area.title, decided_on))
                if (
                    state
                    and status in (StatusColour.YELLOW, StatusColour.RED)
                    and lifecycle not in (Lifecycle.CANCELLED, Lifecycle.COMPLETED)
                ):
                    deviations.append(
                        Deviation(
                            activity.code,
                            activity.title,
                            _responsible(activity),
                            status,
                            state.since,
                            state.cause,
                            state.recommended_action,
                            decisions.get(activity.id),
                        )
                    )
            plan.append(PlanSection(area.code, area.title, initiative.code, initiative.title, rows))
        summary.append(StatusCounts(area.code, area.title, **counts))
    area_titles = {area.id: area.title for area in tree.focus_areas}
    idea_lines = sorted(
        (
            IdeaLine(
                idea.received_on,
                idea.forum,
                idea.text,
                area_titles.get(idea.focus_area_id or "", ""),
                IDEA_STATE_LABELS[IdeaState(idea.state)],
            )
            for idea in ideas
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
        prepared_by=leader or prepared_by,
        summary=summary,
        status_changes=changes,
        new_activities=new,
        completed=completed,
        decided=decided,
        deviations=deviations,
        proposed=proposed,
        ideas=idea_lines,
        plan=plan,
    )


# --- the annual summary ------------------------------------------------------------------


def check_year(year: int) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(
            f"Året {year} går inte att rapportera; ange ett år mellan {FIRST_YEAR} och {LAST_YEAR}."
        )


def _goals(engine: Engine | Path) -> list[GoalLine]:
    with read_connection(engine) as connection:
        goals = connection.execute(
            "SELECT id, title, indicator, unit, baseline_year, baseline_value, target_year, target_value"
            " FROM goal WHERE deleted_at IS NULL ORDER BY position, created_at, id"
        ).fetchall()
        values: dict[str, dict[int, float]] = defaultdict(dict)
        for goal_id, year, value in connection.execute(
            "SELECT goal_id, year, value FROM goalvalue WHERE deleted_at IS NULL"
            " ORDER BY year, modified_at, id"
        ):
            values[goal_id][year] = value
    return [GoalLine(*goal[1:], dict(values.get(goal[0], {}))) for goal in goals]


def gather_annual(
    engine: Engine | Path, year: int, *, today: date | None = None, prepared_by: str = ""
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
