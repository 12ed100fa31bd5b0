"""The plan as a tree of plain values with codes (``2``, ``2.3``, ``2.3.1``).

Reading the tree costs a fixed number of queries whatever the plan's size.

The values are plain classes with ``__slots__``, not dataclasses: ``handlingsplan tree`` and the
window's start read the plan through this module, and ``dataclasses`` alone (with the ``inspect``
it loads) and the code it generates for each class cost such a start a tenth of its time.
"""

from __future__ import annotations

import re
from collections import defaultdict
from contextlib import suppress
from datetime import date
from operator import itemgetter
from os import PathLike
from pathlib import Path
from sqlite3 import Connection, Cursor, OperationalError
from sqlite3 import Error as SQLiteError

from database.enums import Lifecycle, StatusColour
from database.numbering import code_of
from database.store import read_connection
from desktop_app.services.errors import NotFoundError
from desktop_app.services.messages import _
from desktop_app.services.name_history import office_names_on, person_names_on

TYPE_CHECKING = False  # typing.TYPE_CHECKING without loading typing (see services/messages.py)
if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy import Engine


class _Values:
    """Equality and a readable repr from ``__slots__``, as a dataclass has them."""

    __slots__ = ()

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]  # changeable, so not hashable

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{self.__class__.__name__}({fields})"


class CurrentStatus(_Values):
    """An activity's latest status report (not changed once read)."""

    __slots__ = (
        "cause",
        "comment",
        "recommended_action",
        "report_id",
        "reported_by",
        "reported_on",
        "status",
    )

    def __init__(
        self,
        report_id: str,
        status: StatusColour,
        reported_on: date,
        comment: str,
        cause: str,
        recommended_action: str,
        reported_by: str,
    ) -> None:
        self.report_id = report_id
        self.status = status
        self.reported_on = reported_on
        self.comment = comment
        self.cause = cause
        self.recommended_action = recommended_action
        self.reported_by = reported_by

    def __hash__(self) -> int:
        return hash(self._values())


def schedule_overdue(end_month: str | None, ongoing: bool, lifecycle: Lifecycle, today: date) -> bool:
    """Whether an activity is overdue on ``today``: its end month has passed and it is neither
    completed nor cancelled (the one rule for the plan tree and the reports)."""
    if ongoing or not end_month:
        return False
    if lifecycle in (Lifecycle.COMPLETED, Lifecycle.CANCELLED):
        return False
    month = _MONTHS.get(today)
    if month is None:  # asked for each of a plan's activities with the same day: written once
        month = _MONTHS[today] = f"{today.year:04d}-{today.month:02d}"
    return end_month < month


_MONTHS: dict[date, str] = {}
"""A day's month as YYYY-MM, for ``schedule_overdue``."""


class ActivityNode(_Values):
    """An activity as the tree shows it. ``owner_person_id`` is the person in the register
    ``owner`` names; ``None`` for a name kept as text."""

    __slots__ = (
        "code",
        "current",
        "decision_date",
        "description",
        "end_month",
        "goal_ids",
        "id",
        "initiative_id",
        "lifecycle",
        "ongoing",
        "owner",
        "owner_person_id",
        "participating_office_ids",
        "participating_offices",
        "priority",
        "responsible_office",
        "responsible_office_id",
        "start_month",
        "title",
    )

    def __init__(
        self,
        id: str,
        code: str,
        initiative_id: str,
        title: str,
        description: str,
        responsible_office_id: str | None,
        responsible_office: str,
        owner: str,
        participating_office_ids: tuple[str, ...],
        participating_offices: tuple[str, ...],
        start_month: str | None,
        end_month: str | None,
        ongoing: bool,
        lifecycle: Lifecycle,
        decision_date: date | None,
        priority: int | None,
        goal_ids: tuple[str, ...],
        current: CurrentStatus | None,
        owner_person_id: str | None = None,
    ) -> None:
        self.id = id
        self.code = code
        self.initiative_id = initiative_id
        self.title = title
        self.description = description
        self.responsible_office_id = responsible_office_id
        self.responsible_office = responsible_office
        self.owner = owner
        self.participating_office_ids = participating_office_ids
        self.participating_offices = participating_offices
        self.start_month = start_month
        self.end_month = end_month
        self.ongoing = ongoing
        self.lifecycle = lifecycle
        self.decision_date = decision_date
        self.priority = priority
        self.goal_ids = goal_ids
        self.current = current
        self.owner_person_id = owner_person_id

    @property
    def status(self) -> StatusColour | None:
        return self.current.status if self.current else None

    def is_overdue(self, today: date) -> bool:
        """The end month has passed and the activity is neither completed nor cancelled."""
        return schedule_overdue(self.end_month, self.ongoing, self.lifecycle, today)

    def days_since_report(self, today: date) -> int | None:
        return (today - self.current.reported_on).days if self.current else None


class RollUp(_Values):
    """Counts of an initiative's or focus area's activities, by the reports' rule: those under way
    per status, completed ones apart, cancelled ones not at all (``add_activity``)."""

    __slots__ = ("completed", "green", "not_reported", "red", "yellow")

    def __init__(
        self, green: int = 0, yellow: int = 0, red: int = 0, not_reported: int = 0, completed: int = 0
    ) -> None:
        self.green = green
        self.yellow = yellow
        self.red = red
        self.not_reported = not_reported
        self.completed = completed

    def add_activity(self, status: StatusColour | None, lifecycle: Lifecycle) -> None:
        """Count an activity as the reports do: a completed one in ``completed`` whatever its latest
        report says, a cancelled one not at all."""
        if lifecycle is Lifecycle.COMPLETED:
            self.completed += 1
        elif lifecycle is not Lifecycle.CANCELLED:
            self.add(status)

    def add(self, status: StatusColour | None) -> None:
        if status is StatusColour.GREEN:
            self.green += 1
        elif status is StatusColour.YELLOW:
            self.yellow += 1
        elif status is StatusColour.RED:
            self.red += 1
        else:
            self.not_reported += 1

    def merge(self, other: RollUp) -> None:
        self.green += other.green
        self.yellow += other.yellow
        self.red += other.red
        self.not_reported += other.not_reported
        self.completed += other.completed

    @property
    def total(self) -> int:
        return self.green + self.yellow + self.red + self.not_reported + self.completed


class InitiativeNode(_Values):
    __slots__ = ("activities", "code", "description", "focus_area_id", "id", "statement")

    def __init__(
        self,
        id: str,
        code: str,
        focus_area_id: str,
        statement: str,
        description: str,
        activities: list[ActivityNode] | None = None,
    ) -> None:
        self.id = id
        self.code = code
        self.focus_area_id = focus_area_id
        self.statement = statement
        self.description = description
        self.activities = [] if activities is None else activities

    @property
    def title(self) -> str:
        """The statement as a heading: "Erbjuder mötesplatser …"."""
        return self.statement[:1].upper() + self.statement[1:]

    def roll_up(self) -> RollUp:
        counts = RollUp()
        for activity in self.activities:
            counts.add(activity.status)
        return counts


class FocusAreaNode(_Values):
    __slots__ = ("code", "description", "id", "initiatives", "title")

    def __init__(
        self,
        id: str,
        code: str,
        title: str,
        description: str,
        initiatives: list[InitiativeNode] | None = None,
    ) -> None:
        self.id = id
        self.code = code
        self.title = title
        self.description = description
        self.initiatives = [] if initiatives is None else initiatives

    def roll_up(self) -> RollUp:
        counts = RollUp()
        for initiative in self.initiatives:
            counts.merge(initiative.roll_up())
        return counts

    def activities(self) -> list[ActivityNode]:
        return [a for initiative in self.initiatives for a in initiative.activities]


class PlanTree(_Values):
    """The plan. ``offices`` are the live offices as (id, name), by name: read with the tree so that a
    view needs no second query; ``goal_titles`` every live measurable goal's title by id, in the
    strategy's order; ``former_codes`` a code activities had before (``database.numbering``) → their
    ids."""

    __slots__ = ("focus_areas", "former_codes", "goal_titles", "offices", "plan_name", "strategy_name")

    def __init__(
        self,
        strategy_name: str,
        plan_name: str,
        focus_areas: list[FocusAreaNode],
        offices: list[tuple[str, str]] | None = None,
        goal_titles: dict[str, str] | None = None,
        former_codes: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        self.strategy_name = strategy_name
        self.plan_name = plan_name
        self.focus_areas = focus_areas
        self.offices = [] if offices is None else offices
        self.goal_titles = {} if goal_titles is None else goal_titles
        self.former_codes = {} if former_codes is None else former_codes

    def activities(self) -> list[ActivityNode]:
        return [a for area in self.focus_areas for a in area.activities()]

    def initiatives(self) -> list[InitiativeNode]:
        return [i for area in self.focus_areas for i in area.initiatives]

    def find(self, code: str) -> FocusAreaNode | InitiativeNode | ActivityNode:
        """The node with this code; ``NotFoundError`` when there is none, or when the code is one an
        activity had before (``former_codes``): an old e-mail's code never hits another activity."""
        # Strictly the code as shown: ASCII digits without sign, leading zero or separator, so that
        # "+1.1.1", "01.01.01", "１.1.1" or "1_0.1.1" never name some activity after all.
        text = code.strip()
        if not _CODE.fullmatch(text):
            raise NotFoundError(
                _(
                    "”{code}” är ingen giltig kod. Ange t.ex. 2 (fokusområde), 2.3 "
                    "(insatsområde) eller 2.3.1 (aktivitet)."
                ).format(code=code)
            )
        by_code = self._by_code()
        node = by_code.get(text)
        by_id = {a.id: a for a in self.activities()} if text in self.former_codes else {}
        earlier = [by_id[i] for i in self.former_codes.get(text, ()) if i in by_id and by_id[i] is not node]
        if earlier and node is not None:
            raise NotFoundError(
                _(
                    "Koden {code} är tvetydig: den är nu koden för ”{title}”, men ”{other}” hade den "
                    "tidigare och har nu koden {new}. Ange den nuvarande koden."
                ).format(code=text, title=node.title, other=earlier[0].title, new=earlier[0].code)
            )
        if earlier:
            raise NotFoundError(
                _(
                    "Koden {code} används inte längre: ”{title}” har nu koden {new}. "
                    "Ange den nuvarande koden."
                ).format(code=text, title=earlier[0].title, new=earlier[0].code)
            )
        if node is None:
            raise NotFoundError(_("Det finns ingen punkt med koden {code} i planen.").format(code=code))
        return node

    def _by_code(self) -> dict[str, FocusAreaNode | InitiativeNode | ActivityNode]:
        found: dict[str, FocusAreaNode | InitiativeNode | ActivityNode] = {}
        for area in self.focus_areas:
            found[area.code] = area
            for initiative in area.initiatives:
                found[initiative.code] = initiative
                for activity in initiative.activities:
                    found[activity.code] = activity
        return found

    def find_activity(self, code: str) -> ActivityNode:
        node = self.find(code)
        if not isinstance(node, ActivityNode):
            raise NotFoundError(
                _("Koden {code} är inte en aktivitet. Ange en kod som 2.3.1.").format(code=code)
            )
        return node


_CODE = re.compile(r"[1-9][0-9]*(?:\.[1-9][0-9]*){0,2}", re.ASCII)

# Raw SQL returning plain tuples: building ORM objects for 10,000 activities costs more than the query.
_LIVE = "deleted_at IS NULL"
_EXISTING_ON = "(deleted_at IS NULL OR substr(deleted_at, 1, 10) > :day)"
"""Live, or deleted (``deleted_at`` is the UTC time of the deletion) only after ``:day``."""
_MADE_BY = f"substr(created_at, 1, 10) <= :day AND {_EXISTING_ON}"
"""Made by the end of ``:day`` (UTC) and not deleted by then: a link or a goal on that day."""
_FOCUS_AREAS = (
    "SELECT id, number, title, description FROM focusarea WHERE {alive} ORDER BY position, created_at, id"
)
_INITIATIVES = (
    "SELECT id, number, focus_area_id, statement, description FROM initiative WHERE {alive}"
    " ORDER BY position, created_at, id"
)
# Unordered: the rows are sorted in Python by their last three columns (position, created_at, id),
# which costs a tenth of SQLite's sort of the whole rows in a temporary B-tree (50 ms at 10,000).
# The owner shown is the linked person's current name (``services.people``), else the text.
_ACTIVITIES = (
    "SELECT a.id, a.number, a.initiative_id, a.title, a.description, a.responsible_office_id,"
    " coalesce(p.name, a.owner), a.start_month, a.end_month, a.ongoing, a.lifecycle, a.decision_date,"
    " a.priority, a.owner_person_id, a.position, a.created_at FROM (SELECT * FROM activity WHERE {alive})"
    " AS a LEFT JOIN person AS p ON p.id = a.owner_person_id"
)
_PLAN_ORDER = itemgetter(14, 15, 0)
"""An activity row's place in the plan: ``ORDER BY position, created_at, id``. Python orders str as
SQLite orders text (by UTF-8 bytes, which is the order of the code points) and int as integers."""
_SQLITE_RANK = {type(None): 0, int: 1, float: 1, str: 2, bytes: 3}


def _sqlite_order(row: tuple) -> tuple:
    """``_PLAN_ORDER`` for a row holding a value of another type than its column's (SQLite stores
    what it is given): NULL before numbers before text before blobs, as ``ORDER BY`` sorts them."""
    return tuple((_SQLITE_RANK.get(type(row[i]), 3), row[i]) for i in (14, 15, 0))


def _sort_activities(rows: list[tuple]) -> None:
    try:
        rows.sort(key=_PLAN_ORDER)
    except TypeError:  # e.g. a position written as text by another program
        rows.sort(key=_sqlite_order)


# The report found by rowid, the index's last column: no second lookup by its id.
_LATEST_REPORTS = """
    SELECT s.id, s.activity_id, s.status, s.reported_on, s.comment, s.cause, s.recommended_action,
           s.reported_by
    FROM (SELECT id FROM activity WHERE {alive}) AS a JOIN statusreport AS s ON s.rowid = (
        SELECT latest.rowid FROM statusreport AS latest
        WHERE latest.activity_id = a.id AND latest.deleted_at IS NULL
        ORDER BY latest.reported_on DESC, latest.created_at DESC, latest.id DESC LIMIT 1
    )
"""
_LATEST_REPORTS_JSON = f"""
    WITH latest(id, activity_id, status, reported_on, comment, cause, recommended_action, reported_by)
    AS ({_LATEST_REPORTS})
    SELECT json_group_array(json_array(
        id, activity_id, status, reported_on, comment, cause, recommended_action, reported_by))
    FROM latest
"""
_LIFECYCLES = {member.value: member for member in Lifecycle}
_COLOURS = {member.value: member for member in StatusColour}


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def read_tree(source: Engine | Path) -> PlanTree:
    """The live plan (tombstoned records left out), ordered and numbered.

    ``source`` is the plan's file (read with the standard library alone, as a start and the
    reading commands do) or an engine on it.
    """
    return _read_tree(source, None)


def read_tree_on(source: Engine | Path, day: date) -> PlanTree:
    """The plan's focus areas, initiatives and activities that had not been deleted by the end of
    ``day`` (UTC), for a report of that day: one deleted after it still shows there. Offices are
    those not deleted by then, by the name they had on the day; participating offices and goal
    links, and goals, those made by the day and not removed by then. The activities' own fields
    are today's; the reports take status and lifecycle as of the day from the history, so the
    activities carry no ``current`` status (reading it costs a lookup per activity)."""
    return _read_tree(source, day)


PARALLEL_READ_FROM = 4 * 1024 * 1024
"""A plan file from this size on (about 600 activities with their history) has its activities'
latest status reports looked up by a second connection, in a thread of its own, while the first
reads the rest of the tree: the lookup is a third of reading a large plan, and nearly all of it is
SQLite's, which lets the other thread run meanwhile. A smaller plan is read in one go."""


def _latest_reading(source: Engine | Path) -> Callable[[], dict[str, CurrentStatus] | None] | None:
    """The latest reports of a large plan's activities, being read beside the tree: ``result``
    gives them, or ``None`` when the second connection failed (the tree's own connection then
    reads them); ``None`` for a small plan or an engine."""
    if not isinstance(source, str | PathLike):
        return None
    try:
        if Path(source).stat().st_size < PARALLEL_READ_FROM:
            return None
    except OSError:
        return None  # the tree's own reading says what is wrong

    from json import loads

    from desktop_app.services.background import Background  # threads only for a large plan

    def read() -> dict[str, CurrentStatus] | None:
        # The rows come as one JSON text, made in one step of SQLite's with the interpreter let go
        # of: fetched row by row, each row would wait for the reading thread to let go of it again.
        try:
            with read_connection(source) as connection:
                try:
                    text = connection.execute(_LATEST_REPORTS_JSON.format(alive=_LIVE)).fetchone()[0]
                except OperationalError as error:
                    if "JSON" not in str(error):
                        raise
                    return _latest_reports(connection)  # a blob someone wrote: row by row
        except SQLiteError:
            # A second connection is only a way to be quicker (one may meet a lock the first
            # did not, as when both set a plan in another journal mode to WAL): never a failure.
            return None
        colours, day_of = _COLOURS, date.fromisoformat
        return {
            row[1]: CurrentStatus(row[0], colours[row[2]], day_of(row[3]), row[4], row[5], row[6], row[7])
            for row in loads(text)
        }

    return Background(read, "read-latest-reports").result


def _read_tree(source: Engine | Path, day: date | None) -> PlanTree:
    beside: list[Callable[[], object]] = []
    try:
        return _read_tree_with(source, day, beside)
    except BaseException:
        # The thread reading the latest reports is not left behind with its connection open (a
        # file Windows will then not let a restore replace); what it met itself is dropped.
        for result in beside:
            with suppress(BaseException):
                result()
        raise


def _read_tree_with(source: Engine | Path, day: date | None, beside: list[Callable[[], object]]) -> PlanTree:
    alive = _LIVE if day is None else _EXISTING_ON
    made = _LIVE if day is None else _MADE_BY
    params: dict[str, str] = {} if day is None else {"day": day.isoformat()}
    latest_read = None
    with read_connection(source) as connection:
        run = connection.execute

        def run_alive(sql: str) -> Cursor:
            return connection.execute(sql.format(alive=alive, made=made), params)

        strategy = run("SELECT name, plan_name FROM strategy WHERE deleted_at IS NULL LIMIT 1").fetchone()
        areas = run_alive(_FOCUS_AREAS).fetchall()
        initiatives = run_alive(_INITIATIVES).fetchall()
        activities = run_alive(_ACTIVITIES).fetchall()
        # A large plan's latest reports are looked up beside the rest from here on: after this
        # connection has opened the plan (set it to WAL, when another program left it in another
        # journal mode) and read the activities, so that no activity read here misses a report
        # written with it (one read later than its activity is only newer).
        if day is None:
            latest_read = _latest_reading(source)
            if latest_read is not None:
                beside.append(latest_read)
        _sort_activities(activities)
        office_rows = run_alive(
            "SELECT id, name FROM office WHERE {alive} ORDER BY lower(name), id"
        ).fetchall()
        if day is not None:
            renamed = office_names_on(connection, day)
            office_rows = sorted(
                ((office_id, renamed.get(office_id, name)) for office_id, name in office_rows),
                key=lambda row: (row[1].lower(), row[0]),
            )
        # A linked owner by the name the person had on the day, as the offices (none renamed: today's).
        owner_names = person_names_on(connection, day) if day is not None else {}
        offices = dict(office_rows)
        office_keys = {office_id: office_id for office_id in offices}
        months: dict[str | None, str | None] = {}
        participating: dict[str, list[str]] = defaultdict(list)
        # fetchall(): iterating a result row by row costs more than the query itself.
        for activity_id, office_id in run_alive(
            "SELECT activity_id, office_id FROM activityoffice WHERE {made}"
        ).fetchall():
            if office_id in offices:
                participating[activity_id].append(office_keys[office_id])
        goal_titles = dict(run_alive("SELECT id, title FROM goal WHERE {made} ORDER BY position").fetchall())
        former_codes: dict[str, list[str]] = defaultdict(list)
        for former, activity_id in run(
            "SELECT code, activity_id FROM formercode ORDER BY changed_at"
        ).fetchall():
            former_codes[former].append(activity_id)
        goals: dict[str, list[str]] = defaultdict(list)
        for activity_id, goal_id in run_alive(
            "SELECT activity_id, goal_id FROM activitygoal WHERE {made}"
        ).fetchall():
            if day is None or goal_id in goal_titles:
                goals[activity_id].append(goal_id)
        # Only today's tree has a current status (a past day's reports take it from the history);
        # a large plan's is being read beside this, and is set once the nodes are made.
        latest = _latest_reports(connection) if day is None and latest_read is None else {}

    area_nodes: list[FocusAreaNode] = []
    by_area: dict[str, FocusAreaNode] = {}
    for area_id, number, title, description in areas:
        node = FocusAreaNode(area_id, code_of(number), title, description)
        area_nodes.append(node)
        by_area[area_id] = node
    by_initiative: dict[str, InitiativeNode] = {}
    for initiative_id, number, focus_area_id, statement, description in initiatives:
        parent = by_area.get(focus_area_id)
        if parent is None:
            continue
        node = InitiativeNode(initiative_id, code_of(parent.code, number), parent.id, statement, description)
        parent.initiatives.append(node)
        by_initiative[initiative_id] = node
    # The loop below runs once per activity: its lookups are bound to locals, and the node is made
    # with positional values (in ActivityNode's order), which costs half of naming twenty of them.
    lifecycles, office_of, shared, key_of = _LIFECYCLES, offices.get, months.setdefault, office_keys.get
    by_initiative_get, participating_get, goals_get = by_initiative.get, participating.get, goals.get
    latest_get = latest.get
    for (
        activity_id,
        number,
        initiative_id,
        title,
        description,
        office_id,
        owner,
        start_month,
        end_month,
        ongoing,
        lifecycle,
        decision_date,
        priority,
        owner_person_id,
        _position,
        _created_at,
    ) in activities:
        parent_initiative = by_initiative_get(initiative_id)
        if parent_initiative is None:
            continue
        linked = participating_get(activity_id)
        office_ids = tuple(sorted(linked, key=offices.__getitem__)) if linked else ()
        linked_goals = goals_get(activity_id)
        # Each row brings its own copy of an id or a month that thousands of activities share: keep
        # one (a tenth less memory for a large plan, twice over with the window's tree and a report's).
        office_id = key_of(office_id, office_id)
        parent_initiative.activities.append(
            ActivityNode(
                activity_id,
                f"{parent_initiative.code}.{number}",  # code_of(parent's code, number)
                parent_initiative.id,
                title,
                description,
                office_id,
                office_of(office_id or "", ""),
                owner_names.get(owner_person_id, owner) if owner_person_id else owner,
                office_ids,
                tuple([offices[i] for i in office_ids]) if office_ids else (),
                shared(start_month, start_month),
                shared(end_month, end_month),
                bool(ongoing),
                lifecycles[lifecycle],
                _date(decision_date) if decision_date else None,
                priority,
                tuple(linked_goals) if linked_goals else (),
                latest_get(activity_id),
                owner_person_id,
            )
        )
    if latest_read is not None:
        reports = latest_read()
        if reports is None:  # the second connection failed: read them as a small plan's are
            with read_connection(source) as connection:
                reports = _latest_reports(connection)
        latest_get = reports.get
        for initiative_node in by_initiative.values():
            for activity_node in initiative_node.activities:
                activity_node.current = latest_get(activity_node.id)
    return PlanTree(
        strategy_name=strategy[0] if strategy else "",
        plan_name=strategy[1] if strategy else "",
        focus_areas=area_nodes,
        offices=[(office_id, name) for office_id, name in office_rows],
        goal_titles=goal_titles,
        former_codes={code: tuple(ids) for code, ids in former_codes.items()},
    )


def _latest_reports(connection: Connection) -> dict[str, CurrentStatus]:
    """Each live activity's latest live status report, by activity id."""
    colours, day_of = _COLOURS, date.fromisoformat
    return {
        row[1]: CurrentStatus(row[0], colours[row[2]], day_of(row[3]), row[4], row[5], row[6], row[7])
        for row in connection.execute(_LATEST_REPORTS.format(alive=_LIVE)).fetchall()
    }


_STATUS_HISTORY = """
    SELECT id, status, reported_on, comment, cause, recommended_action, reported_by FROM statusreport
    WHERE activity_id = ? AND deleted_at IS NULL
    ORDER BY reported_on DESC, created_at DESC, id DESC
"""


def read_status_history(source: Engine | Path, activity_id: str) -> list[CurrentStatus]:
    """Every live status report of an activity, newest first, as plain values."""
    with read_connection(source) as connection:
        rows = connection.execute(_STATUS_HISTORY, (activity_id,)).fetchall()
    return [
        CurrentStatus(
            report_id=report_id,
            status=_COLOURS[status],
            reported_on=date.fromisoformat(reported_on),
            comment=comment,
            cause=cause,
            recommended_action=recommended_action,
            reported_by=reported_by,
        )
        for report_id, status, reported_on, comment, cause, recommended_action, reported_by in rows
    ]
