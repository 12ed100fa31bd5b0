"""What the steering report and the annual summary show, gathered as plain values.

Everything is derived from the dated history: a report for a meeting shows the
status as it was on the meeting's date, so the same data and date always give
the same report. Gathering costs a fixed number of queries whatever the plan's
size; the report layer only lays the values out.

Written without ``from __future__ import annotations``: the records below are
named tuples, and ``typing.NamedTuple`` turns each annotation given as a string
into a ``ForwardRef``, compiling it (141 of them). Evaluated annotations spare
every report command 8 M instructions (callgrind: a steering report of the
seeded plan went from 805.5 M to 796.6 M). SQLAlchemy's ``Engine``, imported
for type checkers only, is written in quotes.
"""

import json
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from sqlite3 import Connection, Cursor
from typing import TYPE_CHECKING, NamedTuple

from database.enums import DecisionKind, FollowUpState, IdeaState, Lifecycle, Role, StatusColour
from database.store import read_connection
from desktop_app.services.bulk import collector_paused
from desktop_app.services.deviation_rule import (
    DEVIATION_COLOURS,
    FINISHED,
    decision_on_deviation,
    deviation_run,
)
from desktop_app.services.errors import NotFoundError, ValidationError
from desktop_app.services.labels import FOLLOW_UP_LABELS, IDEA_STATE_LABELS, schedule_label
from desktop_app.services.lifecycle import LifecycleTimeline
from desktop_app.services.messages import N_, _
from desktop_app.services.name_history import idea_states_on, person_names_on
from desktop_app.services.plan_info import read_plan_info
from desktop_app.services.tree import ActivityNode, PlanTree, read_tree_on, schedule_overdue

if TYPE_CHECKING:
    from sqlalchemy import Engine


def follow_up_text(state: FollowUpState, done_on: date | None) -> str:
    """A follow-up in the app's words (Öppen, Klar, as the decision register and Avvikelser show it)."""
    if state is FollowUpState.NONE:
        return _("Ingen uppföljning")
    label = FOLLOW_UP_LABELS[state]
    if state is FollowUpState.DONE and done_on is not None:
        label = f"{label} {done_on.isoformat()}"
    return _("Uppföljning: {state}").format(state=label)


FIRST_YEAR = 2000
LAST_YEAR = 2100


# --- values the reports show ---------------------------------------------------------

# Read-only records, named tuples rather than frozen dataclasses: made at import in a sixth of the
# time (a dataclass compiles each of its methods), which every report command pays.


class StatusCounts(NamedTuple):
    """One focus area's activities: those under way per status, and the completed ones apart
    (``COUNTING_RULE``)."""

    code: str
    title: str
    green: int = 0
    yellow: int = 0
    red: int = 0
    not_reported: int = 0
    completed: int = 0

    @property
    def total(self) -> int:
        return self.green + self.yellow + self.red + self.not_reported + self.completed


class ActivityLine(NamedTuple):
    """An activity named in a list: new, completed, decided or proposed."""

    code: str
    title: str
    focus_area: str
    responsible: str
    on: date | None = None


class StatusChange(NamedTuple):
    code: str
    title: str
    before: StatusColour | None
    after: StatusColour | None
    on: date


class DecisionLine(NamedTuple):
    meeting_date: date
    text: str
    follow_up_by: str
    follow_up_date: date | None
    follow_up: str


class Deviation(NamedTuple):
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
    overdue: bool = False
    """The schedule's end had passed on the report's day and the activity was not completed."""
    end_month: str | None = None
    reported_on: date | None = None
    """The day of the activity's latest report (by the report's day)."""
    comment: str = ""
    """The latest report's comment, whole; the report shortens it where room is short."""


class IdeaLine(NamedTuple):
    received_on: date
    forum: str
    text: str
    focus_area: str
    state: str


class PlanRow(NamedTuple):
    code: str
    title: str
    responsible: str
    schedule: str
    lifecycle: Lifecycle
    status: StatusColour | None
    overdue: bool = False
    reported_on: date | None = None
    comment: str = ""


class PlanSection(NamedTuple):
    """One initiative of the appendix, with its focus area."""

    focus_area_code: str
    focus_area: str
    code: str
    title: str
    rows: list[PlanRow]


class SteeringReportData(NamedTuple):
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
    plan_facts: tuple[tuple[str, str], ...] = ()
    """The plan's facts from "Om planen" (strategy, decision reference, period, owner)."""

    @property
    def activity_count(self) -> int:
        return sum(len(section.rows) for section in self.plan)

    def activity_groups(self) -> list[tuple[str, list[ActivityLine], str, str]]:
        """The period's new, completed and decided activities as every writer lays them out:
        (heading, lines, the date column's label, the sentence for an empty group)."""
        return [
            (
                _("Nya aktiviteter"),
                self.new_activities,
                _("Tillagd"),
                _("Inga nya aktiviteter under perioden."),
            ),
            (
                _("Genomförda aktiviteter"),
                self.completed,
                _("Genomförd"),
                _("Inga aktiviteter har genomförts under perioden."),
            ),
            (
                _("Beslutade aktiviteter"),
                self.decided,
                _("Beslutad"),
                _("Inga aktiviteter har beslutats under perioden."),
            ),
        ]


class GoalLine(NamedTuple):
    """A goal's line in the annual report: its indicator, baseline, target and values by year."""

    title: str
    indicator: str
    unit: str
    baseline_year: int | None
    baseline_value: float | None
    target_year: int | None
    target_value: float | None
    values: dict[int, float]


class QuarterCounts(NamedTuple):
    label: str
    on: date
    green: int
    yellow: int
    red: int
    not_reported: int
    completed: int = 0

    @property
    def total(self) -> int:
        return self.green + self.yellow + self.red + self.not_reported + self.completed


class MeetingLine(NamedTuple):
    meeting_date: date
    location: str
    decisions: int


class AnnualReportData(NamedTuple):
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
    complete: bool = True
    """Whether the year has ended: otherwise the summary is the year so far, ``per`` ``as_of``."""
    plan_facts: tuple[tuple[str, str], ...] = ()

    def end_words(self) -> str:
        """ "vid årets slut" for a year that has ended; "per YYYY-MM-DD" for the running year."""
        if self.complete:
            return _("vid årets slut")
        return _("per {day}").format(day=self.as_of.isoformat())


# --- the history, loaded once ------------------------------------------------------------


# The history's records are named tuples too: read-only and as small as slotted dataclasses.


class _Report(NamedTuple):
    """What the reports use of a status report: plain values, as a decade of reports for
    thousands of activities would cost seconds to load as ORM objects."""

    id: str
    activity_id: str
    reported_on: date
    status: StatusColour
    cause: str
    recommended_action: str
    comment: str = ""


_REPORTS = (
    "SELECT id, activity_id, reported_on, status, cause, recommended_action, comment FROM statusreport"
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


class _Decision(NamedTuple):
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
    status_report_id: str | None
    follow_up_done_on: date | None
    meeting_date: date

    def follow_up_on(self, day: date) -> FollowUpState:
        """The follow-up's state on ``day``: done only from the day it was marked done."""
        if self.follow_up_state is FollowUpState.DONE and (
            self.follow_up_done_on is None or self.follow_up_done_on <= day
        ):
            return FollowUpState.DONE
        if self.follow_up_state is FollowUpState.NONE:
            return FollowUpState.NONE
        return FollowUpState.OPEN

    def line(self, day: date) -> DecisionLine:
        """The decision as a report made for ``day`` shows it."""
        return DecisionLine(
            meeting_date=self.meeting_date,
            text=self.text,
            follow_up_by=self.follow_up_by,
            follow_up_date=self.follow_up_date,
            follow_up=follow_up_text(self.follow_up_on(day), self.follow_up_done_on),
        )


# Who follows up is the linked person's current name (``services.people``), else the text; a
# report of an earlier day names the person as they were called then (``_decisions``).
_DECISIONS = (
    "SELECT decision.id, meeting_id, activity_id, kind, text, coalesce(person.name, follow_up_by),"
    " follow_up_date, follow_up_state, decision.created_at, status_report_id, follow_up_done_on,"
    " meeting.meeting_date, decision.follow_up_person_id FROM decision"
    " JOIN steeringmeeting AS meeting ON meeting.id = decision.meeting_id"
    " LEFT JOIN person ON person.id = decision.follow_up_person_id"
    " WHERE decision.deleted_at IS NULL AND meeting.deleted_at IS NULL"
)


def _on_reports(decisions: list[_Decision]) -> dict[str, list[_Decision]]:
    """Decisions on a deviation by the status report they were recorded on: a deviation's candidates
    are looked up by its reports, not found by walking every decision for every deviation."""
    found: dict[str, list[_Decision]] = defaultdict(list)
    for decision in decisions:
        if decision.kind is DecisionKind.DEVIATION_ACTION and decision.status_report_id:
            found[decision.status_report_id].append(decision)
    return found


def _decision_on(run: list[_Report], on_reports: dict[str, list[_Decision]], until: date) -> _Decision | None:
    candidates = [d for report in run for d in on_reports.get(report.id, ())]
    return decision_on_deviation(run, candidates, until)


def _optional_day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def _decisions(connection: Connection, on: date) -> list[_Decision]:
    names = person_names_on(connection, on)  # who follows up, by the name they had on the report's day
    return [
        _Decision(
            id_,
            meeting_id,
            activity_id,
            DecisionKind(kind),
            text,
            names.get(person_id, by) if person_id else by,
            _optional_day(on),
            FollowUpState(state),
            created,
            report_id,
            _optional_day(done_on),
            date.fromisoformat(held[:10]),
        )
        for (
            id_,
            meeting_id,
            activity_id,
            kind,
            text,
            by,
            on,
            state,
            created,
            report_id,
            done_on,
            held,
            person_id,
        ) in connection.execute(_DECISIONS)
    ]


# Meetings, ideas, the process leader and the goals are read with plain SQL, as the tree and the
# history are: a report needs neither the table classes nor SQLAlchemy's ORM (≈ 0.4 s to load).


class _Meeting(NamedTuple):
    id: str
    meeting_date: date
    location: str


def _meetings(connection: Connection) -> list[_Meeting]:
    rows = connection.execute(
        "SELECT id, meeting_date, location FROM steeringmeeting WHERE deleted_at IS NULL"
        " ORDER BY meeting_date, created_at, id"
    ).fetchall()
    return [_Meeting(id_, date.fromisoformat(day[:10]), location) for id_, day, location in rows]


class _Idea(NamedTuple):
    received_on: date
    forum: str
    text: str
    focus_area_id: str | None
    state: IdeaState
    """The idea's state on the day read for (``name_history``)."""


_EXISTED_ON = (
    "substr({table}.created_at, 1, 10) <= :day"
    " AND ({table}.deleted_at IS NULL OR substr({table}.deleted_at, 1, 10) > :day)"
)
"""A record made by the end of ``:day`` (UTC) and not deleted by then."""


def _ideas(connection: Connection, day: date) -> list[_Idea]:
    """The ideas entered by ``day`` and not deleted by then, each in the state it had then."""
    states = idea_states_on(connection, day)
    rows = connection.execute(
        "SELECT id, received_on, forum, text, focus_area_id, state FROM idea WHERE "
        + _EXISTED_ON.format(table="idea"),
        {"day": day.isoformat()},
    ).fetchall()
    return [
        _Idea(date.fromisoformat(received[:10]), forum, text, area, states.get(id_) or IdeaState(state))
        for id_, received, forum, text, area, state in rows
    ]


def _process_leader(connection: Connection, day: date) -> str:
    """The process leader on ``day``: the role held then, by a person in the register then, by the
    name they had then."""
    leader = connection.execute(
        "SELECT person.id, person.name FROM person JOIN personrole ON personrole.person_id = person.id"
        " WHERE personrole.role = :role AND "
        + _EXISTED_ON.format(table="personrole")
        + " AND (person.deleted_at IS NULL OR substr(person.deleted_at, 1, 10) > :day)"
        " ORDER BY person.name LIMIT 1",
        {"role": Role.PROCESS_LEADER.value, "day": day.isoformat()},
    ).fetchone()
    if leader is None:
        return ""
    return person_names_on(connection, day).get(leader[0], leader[1])


class _AsOf:
    """Which activities existed on a day and the lifecycle each had then."""

    def __init__(self, timeline: LifecycleTimeline, created: dict[str, date]) -> None:
        self.timeline = timeline
        self.created = created

    def exists(self, activity: ActivityNode, day: date) -> bool:
        made = self.created.get(activity.id)
        return made is not None and made <= day

    def lifecycle(self, activity: ActivityNode, day: date) -> Lifecycle:
        return self.timeline.on(activity.id, activity.lifecycle, day)

    def completed_on(self, activity: ActivityNode, day: date) -> date | None:
        """The day the activity, completed on ``day``, was completed."""
        return self.timeline.entered(activity.id, Lifecycle.COMPLETED, day) or self.created.get(activity.id)

    def decided_on(self, activity: ActivityNode, day: date) -> date | None:
        """The day the activity was first decided, by ``day``: its change to *beslutad*, else its
        decision date."""
        return self.timeline.first_entered(activity.id, Lifecycle.DECIDED, day) or activity.decision_date


def _created_days(connection: Connection) -> dict[str, date]:
    return {
        id_: date.fromisoformat(created)
        for id_, created in connection.execute("SELECT id, substr(created_at, 1, 10) FROM activity")
    }


class _Loaded(NamedTuple):
    tree: PlanTree
    history: _History
    meetings: list[_Meeting]
    decisions: list[_Decision]
    process_leader: str
    as_of: _AsOf


def _load(engine: "Engine | Path", on: date) -> _Loaded:
    """The history, with the plan's records as they existed on ``on`` (those deleted later included)."""
    tree = read_tree_on(engine, on)
    with read_connection(engine) as connection:
        reports = [
            _Report(id_, activity_id, date.fromisoformat(day[:10]), _COLOURS[status], cause, action, comment)
            for id_, activity_id, day, status, cause, action, comment in connection.execute(
                _REPORTS
            ).fetchall()
        ]
        decisions = _decisions(connection, on)
        as_of = _AsOf(LifecycleTimeline.read(connection), _created_days(connection))
        meetings = _meetings(connection)
        leader = _process_leader(connection, on)
    return _Loaded(tree, _History(reports), meetings, decisions, leader, as_of)


def _responsible(activity: ActivityNode) -> str:
    parts = [p for p in (activity.responsible_office, activity.owner) if p]
    return ", ".join(parts)


COUNTING_RULE = N_(
    "Genomförda aktiviteter räknas i kolumnen Genomförda och inte efter färg, även om deras senaste "
    "rapport är gul eller röd, och de listas inte bland avvikelserna; avbrutna aktiviteter räknas inte."
)
"""The one sentence that states how the reports count, shown beside every count."""


def _count(values: dict[str, int], lifecycle: Lifecycle, status: StatusColour | None) -> None:
    """Count one activity by the rule in ``COUNTING_RULE`` (the caller leaves cancelled ones out)."""
    if lifecycle is Lifecycle.COMPLETED:
        values["completed"] += 1
    else:
        values[status.value if status else "not_reported"] += 1


def _counts(
    loaded: _Loaded, on: date, include: tuple[Lifecycle, ...] = (Lifecycle.DECIDED, Lifecycle.COMPLETED)
) -> list[StatusCounts]:
    summary = []
    for area in loaded.tree.focus_areas:
        values = {"green": 0, "yellow": 0, "red": 0, "not_reported": 0, "completed": 0}
        for activity in area.activities():
            if not loaded.as_of.exists(activity, on):
                continue
            lifecycle = loaded.as_of.lifecycle(activity, on)
            if lifecycle in include:
                _count(values, lifecycle, loaded.history.status(activity.id, on))
        summary.append(StatusCounts(area.code, area.title, **values))
    return summary


def _line(activity: ActivityNode, area_title: str, on: date | None = None) -> ActivityLine:
    return ActivityLine(activity.code, activity.title, area_title, _responsible(activity), on)


def _in(day: date | None, after: date | None, until: date) -> bool:
    return day is not None and (after is None or day > after) and day <= until


# --- the steering report ------------------------------------------------------------------


_REPORTS_UP_TO = (
    "SELECT activity_id, reported_on, status, rowid FROM statusreport"
    " WHERE deleted_at IS NULL AND reported_on <= ? ORDER BY activity_id, reported_on, created_at, id"
)
"""Every live report up to a day, per activity in the order they were made: by day, then by when
they were entered. Four short columns, sorted by SQLite with the activity index."""
_REPORT_DETAILS = (
    "SELECT rowid, cause, recommended_action, comment FROM statusreport"
    " WHERE rowid IN (SELECT value FROM json_each(?))"
)


class _StatusAt(NamedTuple):
    status: StatusColour
    reported_on: date
    since: date
    cause: str
    recommended_action: str
    before: StatusColour | None
    comment: str


def _in_batches(cursor: Cursor, size: int = 4096) -> Iterator[tuple]:
    """The rows of ``cursor`` fetched some thousands at a time: nearly as fast as ``fetchall`` (one row
    at a time costs more than the query), without holding a big plan's whole history at once."""
    while rows := cursor.fetchmany(size):
        yield from rows


def _statuses_at(connection: Connection, on: date, previous: date | None) -> dict[str, _StatusAt]:
    """Per activity with reports: its latest report on or before ``on`` (the status on that day, with
    cause and action), the day that colour's run of reports began, and its status on ``previous``.

    One pass over the reports in order (SQLite's window functions over the same rows take twice as
    long), then one query for the text of the latest reports only: linear in the reports."""
    last_day = previous.isoformat() if previous else ""
    # activity → [rowid of the latest report, its status, its day, the day its run began, status then]
    found: dict[str, list] = {}
    current = None
    entry: list = []
    for activity_id, day, status, rowid in _in_batches(connection.execute(_REPORTS_UP_TO, (on.isoformat(),))):
        if activity_id != current:
            current = activity_id
            entry = found[activity_id] = [rowid, status, day, day, None]
        elif status != entry[1]:
            entry[0], entry[1], entry[2], entry[3] = rowid, status, day, day
        else:
            entry[0], entry[2] = rowid, day
        if day[:10] <= last_day:
            entry[4] = status
    details = {
        rowid: rest
        for rowid, *rest in connection.execute(
            _REPORT_DETAILS, (json.dumps([entry[0] for entry in found.values()]),)
        ).fetchall()
    }
    statuses = {}
    for activity_id, (rowid, status, day, since, before) in found.items():
        cause, action, comment = details[rowid]
        statuses[activity_id] = _StatusAt(
            _COLOURS[status],
            date.fromisoformat(day[:10]),
            date.fromisoformat(since[:10]),
            cause,
            action,
            _COLOURS[before] if before else None,
            comment,
        )
    return statuses


_DEVIATION_REPORTS = (
    "SELECT s.id, s.activity_id, s.reported_on, s.status, s.cause, s.recommended_action"
    " FROM json_each(:runs) AS run JOIN statusreport AS s ON s.activity_id = json_extract(run.value, '$[0]')"
    " WHERE s.deleted_at IS NULL AND s.reported_on >= json_extract(run.value, '$[1]')"
    " AND s.reported_on <= :on"
    " ORDER BY s.reported_on DESC, s.created_at DESC, s.id DESC"
)


def _reports_newest_first(
    connection: Connection, since: dict[str, date], on: date
) -> dict[str, list[_Report]]:
    """The reports of the given activities from the day each one's current run of one colour began
    (``since``) up to ``on``, newest first: all a deviation's run is made of (those entered earlier
    on that first day come too, and ``deviation_run`` stops at them), not every report it ever had."""
    found: dict[str, list[_Report]] = defaultdict(list)
    runs = json.dumps([[activity_id, day.isoformat()] for activity_id, day in since.items()])
    for id_, activity_id, day, status, cause, action in connection.execute(
        _DEVIATION_REPORTS, {"on": on.isoformat(), "runs": runs}
    ).fetchall():
        found[activity_id].append(
            _Report(id_, activity_id, date.fromisoformat(day[:10]), _COLOURS[status], cause, action)
        )
    return found


def gather_steering(
    engine: "Engine | Path",
    meeting_date: date | None = None,
    *,
    today: date | None = None,
    prepared_by: str = "",
) -> SteeringReportData:
    """The steering report for the meeting on ``meeting_date``, the plan as it was on that day.

    Without a date: the latest meeting, or the plan as of ``today`` when there
    is no meeting. ``NotFoundError`` when no meeting was held on the date given.
    Activities made after the day are left out, and each one's lifecycle,
    status, decisions and their follow-up are those of the day. SQLite reduces
    the status history to one row per activity; Python only walks the activities.
    """
    today = today or date.today()
    with collector_paused():
        with read_connection(engine) as connection:
            meetings = _meetings(connection)
            meeting = None
            if meeting_date is not None:
                meeting = next((m for m in reversed(meetings) if m.meeting_date == meeting_date), None)
                if meeting is None:
                    raise NotFoundError(
                        _("Det finns inget styrgruppsmöte den {day}.").format(day=meeting_date.isoformat())
                    )
            elif meetings:
                meeting = meetings[-1]
            on = meeting.meeting_date if meeting else today
            previous = next((m.meeting_date for m in reversed(meetings) if m.meeting_date < on), None)
            ideas = [idea for idea in _ideas(connection, on) if _in(idea.received_on, previous, on)]
            leader = _process_leader(connection, on)
        tree = read_tree_on(engine, on)
        with read_connection(engine) as connection:
            statuses = _statuses_at(connection, on, previous)
            all_decisions = [d for d in _decisions(connection, on) if d.meeting_date <= on]
            as_of = _AsOf(LifecycleTimeline.read(connection), _created_days(connection))
            deviating = {
                activity_id: state.since
                for activity_id, state in statuses.items()
                if state.status in (StatusColour.YELLOW, StatusColour.RED)
            }
            runs = _reports_newest_first(connection, deviating, on)
    on_deviation = _on_reports(all_decisions)
    after = previous

    changes: list[StatusChange] = []
    new: list[ActivityLine] = []
    completed: list[ActivityLine] = []
    decided: list[ActivityLine] = []
    deviations: list[Deviation] = []
    proposed: list[ActivityLine] = []
    plan: list[PlanSection] = []
    summary: list[StatusCounts] = []
    for area in tree.focus_areas:
        counts = {"green": 0, "yellow": 0, "red": 0, "not_reported": 0, "completed": 0}
        for initiative in area.initiatives:
            rows = []
            for activity in initiative.activities:
                if not as_of.exists(activity, on):
                    continue
                state = statuses.get(activity.id)
                status = state.status if state else None
                lifecycle = as_of.lifecycle(activity, on)
                if lifecycle is not Lifecycle.CANCELLED:
                    _count(counts, lifecycle, status)
                overdue = schedule_overdue(activity.end_month, activity.ongoing, lifecycle, on)
                rows.append(
                    PlanRow(
                        activity.code,
                        activity.title,
                        _responsible(activity),
                        schedule_label(activity.start_month, activity.end_month, activity.ongoing),
                        lifecycle,
                        status,
                        overdue,
                        state.reported_on if state else None,
                        state.comment if state else "",
                    )
                )
                if state and (previous is None or state.reported_on > previous) and state.before != status:
                    changes.append(
                        StatusChange(activity.code, activity.title, state.before, status, state.reported_on)
                    )
                created = as_of.created[activity.id]
                if _in(created, after, on):
                    new.append(_line(activity, area.title, created))
                if lifecycle is Lifecycle.PROPOSED:
                    proposed.append(_line(activity, area.title))
                elif lifecycle is Lifecycle.COMPLETED:
                    done_on = as_of.completed_on(activity, on)
                    if _in(done_on, previous, on):
                        completed.append(_line(activity, area.title, done_on))
                decided_on = as_of.decided_on(activity, on)
                if lifecycle is not Lifecycle.PROPOSED and _in(decided_on, previous, on):
                    decided.append(_line(activity, area.title, decided_on))
                if state and status in DEVIATION_COLOURS and lifecycle not in FINISHED:
                    run = deviation_run(runs.get(activity.id, []))
                    decision = _decision_on(run, on_deviation, on)
                    deviations.append(
                        Deviation(
                            activity.code,
                            activity.title,
                            _responsible(activity),
                            status,
                            state.since,
                            state.cause,
                            state.recommended_action,
                            decision.line(on) if decision else None,
                            overdue=overdue,
                            end_month=activity.end_month,
                            reported_on=state.reported_on,
                            comment=state.comment,
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
                IDEA_STATE_LABELS[idea.state],
            )
            for idea in ideas
        ),
        key=lambda i: (i.received_on, i.text),
    )
    return SteeringReportData(
        plan_facts=_plan_facts(engine),
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


def _plan_facts(engine: "Engine | Path") -> tuple[tuple[str, str], ...]:
    info = read_plan_info(engine)
    return tuple(info.facts()) if info else ()


def check_year(year: int, today: date | None = None) -> None:
    """Refuse a year that cannot be summarised: outside the app's range, or not yet begun."""
    today = today or date.today()
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(
            _("Året {year} går inte att rapportera; ange ett år mellan {first} och {last}.").format(
                year=year, first=FIRST_YEAR, last=LAST_YEAR
            )
        )
    if year > today.year:
        raise ValidationError(
            _("Året {year} har inte börjat; välj {current} eller ett tidigare år.").format(
                year=year, current=today.year
            )
        )


def _goals(engine: "Engine | Path", day: date) -> list[GoalLine]:
    """The measurable goals entered by ``day`` and not deleted by then, with the values entered by
    then: a summary made again later shows what it showed on its day."""
    with read_connection(engine) as connection:
        goals = connection.execute(
            "SELECT id, title, indicator, unit, baseline_year, baseline_value, target_year, target_value"
            " FROM goal WHERE " + _EXISTED_ON.format(table="goal") + " ORDER BY position, created_at, id",
            {"day": day.isoformat()},
        ).fetchall()
        values: dict[str, dict[int, float]] = defaultdict(dict)
        for goal_id, year, value in connection.execute(
            "SELECT goal_id, year, value FROM goalvalue WHERE "
            + _EXISTED_ON.format(table="goalvalue")
            + " ORDER BY year, modified_at, id",
            {"day": day.isoformat()},
        ):
            values[goal_id][year] = value
    return [GoalLine(*goal[1:], dict(values.get(goal[0], {}))) for goal in goals]


def gather_annual(
    engine: "Engine | Path", year: int, *, today: date | None = None, prepared_by: str = ""
) -> AnnualReportData:
    """The annual summary of ``year``: the plan as it was on 31 December (in the running year: today).

    ``ValidationError`` for a year that has not begun.
    """
    today = today or date.today()
    check_year(year, today)
    end = date(year, 12, 31)
    as_of = min(end, today)
    start = date(year - 1, 12, 31)
    with collector_paused():
        loaded = _load(engine, as_of)
    tree, history = loaded.tree, loaded.history
    on_deviation = _on_reports([d for d in loaded.decisions if d.meeting_date <= as_of])
    completed: list[ActivityLine] = []
    deviations: list[Deviation] = []
    for area in tree.focus_areas:
        for activity in area.activities():
            if not loaded.as_of.exists(activity, as_of):
                continue
            lifecycle = loaded.as_of.lifecycle(activity, as_of)
            if lifecycle is Lifecycle.COMPLETED:
                done_on = loaded.as_of.completed_on(activity, as_of)
                if _in(done_on, start, as_of):
                    completed.append(_line(activity, area.title, done_on))
            period = history.in_period(activity.id, start, as_of)
            worst = [r for r in period if r.status != StatusColour.GREEN]
            if not worst:
                continue
            report = worst[-1]
            reports = history.by_activity[activity.id]
            upto = reports[: reports.index(report) + 1]
            run = deviation_run(upto[::-1])
            decision = _decision_on(run, on_deviation, as_of)
            deviations.append(
                Deviation(
                    activity.code,
                    activity.title,
                    _responsible(activity),
                    StatusColour(report.status),
                    run[-1].reported_on,
                    report.cause,
                    report.recommended_action,
                    decision.line(as_of) if decision else None,
                    status_at_end=history.status(activity.id, as_of),
                    overdue=schedule_overdue(activity.end_month, activity.ongoing, lifecycle, as_of),
                    end_month=activity.end_month,
                    reported_on=(history.latest(activity.id, as_of) or report).reported_on,
                    comment=(history.latest(activity.id, as_of) or report).comment,
                )
            )
    quarters = []
    for number, (month, day) in enumerate(((3, 31), (6, 30), (9, 30), (12, 31)), start=1):
        quarter_end = date(year, month, day)
        on = min(quarter_end, as_of)
        counts = _counts(loaded, on)
        label = (
            _("Kvartal {number}").format(number=number)
            if on == quarter_end
            else _("Kvartal {number} (hittills)").format(number=number)
        )
        quarters.append(
            QuarterCounts(
                label,
                on,
                sum(c.green for c in counts),
                sum(c.yellow for c in counts),
                sum(c.red for c in counts),
                sum(c.not_reported for c in counts),
                sum(c.completed for c in counts),
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
        if m.meeting_date.year == year and m.meeting_date <= as_of
    ]
    return AnnualReportData(
        plan_facts=_plan_facts(engine),
        plan_name=tree.plan_name or tree.strategy_name,
        year=year,
        as_of=as_of,
        prepared_by=loaded.process_leader or prepared_by,
        year_end=_counts(loaded, as_of),
        completed=completed,
        deviations=deviations,
        goals=_goals(engine, as_of),
        quarters=quarters,
        meetings=meetings,
        complete=as_of == end,
    )
