"""The plan as a tree of plain values with codes (``2``, ``2.3``, ``2.3.1``).

Reading the tree costs a fixed number of queries whatever the plan's size.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Engine, text
from sqlmodel import Session, col, select

from database.models import (
    Activity,
    ActivityGoal,
    ActivityOffice,
    FocusArea,
    Initiative,
    Lifecycle,
    Office,
    StatusColour,
    Strategy,
)
from desktop_app.services.errors import NotFoundError


@dataclass(frozen=True)
class CurrentStatus:
    """An activity's latest status report."""

    report_id: str
    status: StatusColour
    reported_on: date
    comment: str
    cause: str
    recommended_action: str
    reported_by: str


@dataclass
class ActivityNode:
    id: str
    code: str
    initiative_id: str
    title: str
    description: str
    responsible_office_id: str | None
    responsible_office: str
    owner: str
    participating_office_ids: tuple[str, ...]
    participating_offices: tuple[str, ...]
    start_month: str | None
    end_month: str | None
    ongoing: bool
    lifecycle: Lifecycle
    decision_date: date | None
    priority: int | None
    goal_ids: tuple[str, ...]
    current: CurrentStatus | None

    @property
    def status(self) -> StatusColour | None:
        return self.current.status if self.current else None

    def is_overdue(self, today: date) -> bool:
        """The end month has passed and the activity is neither completed nor cancelled."""
        if self.ongoing or not self.end_month:
            return False
        if self.lifecycle in (Lifecycle.COMPLETED, Lifecycle.CANCELLED):
            return False
        return self.end_month < today.strftime("%Y-%m")

    def days_since_report(self, today: date) -> int | None:
        return (today - self.current.reported_on).days if self.current else None


@dataclass
class RollUp:
    """Counts of an initiative's or focus area's activities per status."""

    green: int = 0
    yellow: int = 0
    red: int = 0
    not_reported: int = 0

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

    @property
    def total(self) -> int:
        return self.green + self.yellow + self.red + self.not_reported


@dataclass
class InitiativeNode:
    id: str
    code: str
    focus_area_id: str
    statement: str
    description: str
    activities: list[ActivityNode] = field(default_factory=list)

    @property
    def title(self) -> str:
        """The statement as a heading: "Erbjuder mötesplatser …"."""
        return self.statement[:1].upper() + self.statement[1:]

    def roll_up(self) -> RollUp:
        counts = RollUp()
        for activity in self.activities:
            counts.add(activity.status)
        return counts


@dataclass
class FocusAreaNode:
    id: str
    code: str
    title: str
    description: str
    initiatives: list[InitiativeNode] = field(default_factory=list)

    def roll_up(self) -> RollUp:
        counts = RollUp()
        for initiative in self.initiatives:
            counts.merge(initiative.roll_up())
        return counts

    def activities(self) -> list[ActivityNode]:
        return [a for initiative in self.initiatives for a in initiative.activities]


@dataclass
class PlanTree:
    strategy_name: str
    plan_name: str
    focus_areas: list[FocusAreaNode]

    def activities(self) -> list[ActivityNode]:
        return [a for area in self.focus_areas for a in area.activities()]

    def initiatives(self) -> list[InitiativeNode]:
        return [i for area in self.focus_areas for i in area.initiatives]

    def find(self, code: str) -> FocusAreaNode | InitiativeNode | ActivityNode:
        """The node with this code; ``NotFoundError`` when there is none."""
        parts = code.strip().split(".")
        try:
            indexes = [int(part) - 1 for part in parts]
        except ValueError:
            indexes = []
        if not indexes or len(indexes) > 3 or any(i < 0 for i in indexes):
            raise NotFoundError(
                f"”{code}” är ingen giltig kod. Ange t.ex. 2 (fokusområde), 2.3 (insatsområde) "
                "eller 2.3.1 (aktivitet)."
            )
        try:
            node: FocusAreaNode | InitiativeNode | ActivityNode = self.focus_areas[indexes[0]]
            if len(indexes) > 1:
                node = self.focus_areas[indexes[0]].initiatives[indexes[1]]
            if len(indexes) > 2:
                node = self.focus_areas[indexes[0]].initiatives[indexes[1]].activities[indexes[2]]
        except IndexError:
            raise NotFoundError(f"Det finns ingen punkt med koden {code} i planen.") from None
        return node

    def find_activity(self, code: str) -> ActivityNode:
        node = self.find(code)
        if not isinstance(node, ActivityNode):
            raise NotFoundError(f"Koden {code} är inte en aktivitet. Ange en kod som 2.3.1.")
        return node


_LATEST_REPORTS = text(
    """
    SELECT id, activity_id, status, reported_on, comment, cause, recommended_action, reported_by
    FROM (
        SELECT *, ROW_NUMBER() OVER (
            PARTITION BY activity_id ORDER BY reported_on DESC, created_at DESC, id DESC
        ) AS rank
        FROM statusreport WHERE deleted_at IS NULL
    ) WHERE rank = 1
    """
)


def _order(rows: list) -> list:
    return sorted(rows, key=lambda row: (row.position, row.created_at, row.id))


def read_tree(engine: Engine) -> PlanTree:
    """The live plan (tombstoned records left out), ordered and numbered."""
    with Session(engine) as session:
        strategy = session.exec(select(Strategy).where(col(Strategy.deleted_at).is_(None))).first()
        areas = _order(list(session.exec(select(FocusArea).where(col(FocusArea.deleted_at).is_(None)))))
        initiatives = _order(
            list(session.exec(select(Initiative).where(col(Initiative.deleted_at).is_(None))))
        )
        activities = _order(list(session.exec(select(Activity).where(col(Activity.deleted_at).is_(None)))))
        offices = {
            office.id: office.name
            for office in session.exec(select(Office).where(col(Office.deleted_at).is_(None)))
        }
        participating: dict[str, list[str]] = defaultdict(list)
        for link in session.exec(select(ActivityOffice).where(col(ActivityOffice.deleted_at).is_(None))):
            if link.office_id in offices:
                participating[link.activity_id].append(link.office_id)
        goals: dict[str, list[str]] = defaultdict(list)
        for link in session.exec(select(ActivityGoal).where(col(ActivityGoal.deleted_at).is_(None))):
            goals[link.activity_id].append(link.goal_id)
        latest: dict[str, CurrentStatus] = {}
        for row in session.connection().execute(_LATEST_REPORTS):
            latest[row.activity_id] = CurrentStatus(
                report_id=row.id,
                status=StatusColour(row.status),
                reported_on=date.fromisoformat(row.reported_on),
                comment=row.comment,
                cause=row.cause,
                recommended_action=row.recommended_action,
                reported_by=row.reported_by,
            )

    area_nodes: list[FocusAreaNode] = []
    by_area: dict[str, FocusAreaNode] = {}
    for number, area in enumerate(areas, start=1):
        node = FocusAreaNode(area.id, str(number), area.title, area.description)
        area_nodes.append(node)
        by_area[area.id] = node
    by_initiative: dict[str, InitiativeNode] = {}
    for initiative in initiatives:
        parent = by_area.get(initiative.focus_area_id)
        if parent is None:
            continue
        node = InitiativeNode(
            initiative.id,
            f"{parent.code}.{len(parent.initiatives) + 1}",
            parent.id,
            initiative.statement,
            initiative.description,
        )
        parent.initiatives.append(node)
        by_initiative[initiative.id] = node
    for activity in activities:
        parent_initiative = by_initiative.get(activity.initiative_id)
        if parent_initiative is None:
            continue
        office_ids = tuple(sorted(participating.get(activity.id, ()), key=lambda i: offices[i]))
        parent_initiative.activities.append(
            ActivityNode(
                id=activity.id,
                code=f"{parent_initiative.code}.{len(parent_initiative.activities) + 1}",
                initiative_id=parent_initiative.id,
                title=activity.title,
                description=activity.description,
                responsible_office_id=activity.responsible_office_id,
                responsible_office=offices.get(activity.responsible_office_id or "", ""),
                owner=activity.owner,
                participating_office_ids=office_ids,
                participating_offices=tuple(offices[i] for i in office_ids),
                start_month=activity.start_month,
                end_month=activity.end_month,
                ongoing=activity.ongoing,
                lifecycle=Lifecycle(activity.lifecycle),
                decision_date=activity.decision_date,
                priority=activity.priority,
                goal_ids=tuple(goals.get(activity.id, ())),
                current=latest.get(activity.id),
            )
        )
    return PlanTree(
        strategy_name=strategy.name if strategy else "",
        plan_name=strategy.plan_name if strategy else "",
        focus_areas=area_nodes,
    )
