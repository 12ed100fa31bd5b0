"""The strategy's measurable goals: indicator, baseline, target, yearly values and linked activities.

The seed document names no goal values, so the plan ships without goals;
the process leader enters them here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from database.models import Activity, ActivityGoal, Goal, GoalValue, Strategy
from desktop_app.services.errors import PlanError, ValidationError
from desktop_app.services.messages import _
from desktop_app.services.records import RecordService, Tombstoned, required_text
from desktop_app.services.rules import check_year_not_future, parse_year
from desktop_app.services.tree import ActivityNode, PlanTree, read_tree

GOAL_FIELDS = ("title", "indicator", "unit", "baseline_year", "baseline_value", "target_year", "target_value")


@dataclass(frozen=True)
class GoalYearValue:
    year: int
    value: float
    note: str


@dataclass(frozen=True)
class GoalRow:
    id: str
    title: str
    indicator: str
    unit: str
    baseline_year: int | None
    baseline_value: float | None
    target_year: int | None
    target_value: float | None
    values: tuple[GoalYearValue, ...]

    @property
    def latest(self) -> GoalYearValue | None:
        return self.values[-1] if self.values else None


def parse_number(value: Any, label: str, field: str) -> float | None:
    """``"12,5"`` or ``"12.5"`` → 12.5 (Swedish decimal comma welcome); empty → ``None``."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return float(str(value).strip().replace(" ", "").replace("\u00a0", "").replace(",", "."))
    except ValueError:
        raise ValidationError(
            _("{label} måste vara ett tal, t.ex. 12,5.").format(label=label), field
        ) from None


def format_number(value: float | None) -> str:
    """A value as Swedes write it: ``12,5``, ``1200``."""
    if value is None:
        return ""
    text = f"{value:.6g}" if value != int(value) else str(int(value))
    return text.replace(".", ",")


def _validated_goal(values: Mapping[str, Any]) -> dict[str, Any]:
    clean = {
        "title": required_text(values.get("title"), _("Målet måste ha en benämning."), "title"),
        "indicator": str(values.get("indicator") or "").strip(),
        "unit": str(values.get("unit") or "").strip(),
        "baseline_year": parse_year(values.get("baseline_year"), _("Utgångsåret"), "baseline_year"),
        "baseline_value": parse_number(values.get("baseline_value"), _("Utgångsvärdet"), "baseline_value"),
        "target_year": parse_year(values.get("target_year"), _("Målåret"), "target_year"),
        "target_value": parse_number(values.get("target_value"), _("Målvärdet"), "target_value"),
    }
    # The baseline is a measured outcome, so its year has begun; a target may lie years ahead.
    check_year_not_future(clean["baseline_year"], _("Utgångsåret"), "baseline_year")
    if clean["baseline_year"] and clean["target_year"] and clean["target_year"] <= clean["baseline_year"]:
        raise ValidationError(_("Målåret måste ligga efter utgångsåret."), "target_year")
    return clean


class GoalService(RecordService):
    """The register of measurable goals and their links to activities."""

    def goals(self) -> list[GoalRow]:
        with Session(self.engine) as session:
            goals = session.exec(
                select(Goal)
                .where(col(Goal.deleted_at).is_(None))
                .order_by(col(Goal.position), col(Goal.title))
            ).all()
            values = session.exec(
                select(GoalValue).where(col(GoalValue.deleted_at).is_(None)).order_by(col(GoalValue.year))
            ).all()
        by_goal: dict[str, list[GoalYearValue]] = {}
        for value in values:
            by_goal.setdefault(value.goal_id, []).append(GoalYearValue(value.year, value.value, value.note))
        return [
            GoalRow(
                id=goal.id,
                **{name: getattr(goal, name) for name in GOAL_FIELDS},
                values=tuple(by_goal.get(goal.id, ())),
            )
            for goal in goals
        ]

    def create_goal(self, values: Mapping[str, Any]) -> str:
        clean = _validated_goal(values)
        with Session(self.engine) as session, session.begin():
            strategy = session.exec(select(Strategy).where(col(Strategy.deleted_at).is_(None))).first()
            if strategy is None:
                raise PlanError(_("Planen saknar en näringslivsstrategi att lägga målet under."))
            highest = session.exec(select(func.max(Goal.position))).one()
            goal = Goal(strategy_id=strategy.id, position=0 if highest is None else highest + 1, **clean)
            session.add(self._new(goal))
            return goal.id

    def update_goal(self, goal_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        """Change a goal (all of its fields given, as the form holds them); returns the old values."""
        with Session(self.engine) as session, session.begin():
            goal = self._live(session, Goal, goal_id, _("Målet"))
            current = {name: getattr(goal, name) for name in GOAL_FIELDS}
            clean = _validated_goal({**current, **values})
            old = {name: current[name] for name in GOAL_FIELDS if current[name] != clean[name]}
            for name in old:
                setattr(goal, name, clean[name])
            if old:
                self._touch(goal)
            return old

    def delete_goal(self, goal_id: str) -> Tombstoned:
        """Tombstone a goal with its values and activity links."""
        removed: Tombstoned = []
        with Session(self.engine) as session, session.begin():
            goal = self._live(session, Goal, goal_id, _("Målet"))
            for model in (GoalValue, ActivityGoal):
                for child in session.exec(
                    select(model).where(model.goal_id == goal_id, col(model.deleted_at).is_(None))
                ):
                    self._tombstone(child, removed)
            self._tombstone(goal, removed)
        return removed

    # --- values per year -------------------------------------------------------------------

    def set_value(self, goal_id: str, year: Any, value: Any, note: str = "") -> GoalYearValue | None:
        """Set the measured value of a year; returns the value the year had before (``None``: none)."""
        year_number = parse_year(year, _("Året"), "year")
        if year_number is None:
            raise ValidationError(_("Ange året värdet gäller."), "year")
        check_year_not_future(year_number, _("Året"), "year")
        number = parse_number(value, _("Värdet"), "value")
        if number is None:
            raise ValidationError(_("Ange det uppmätta värdet."), "value")
        with Session(self.engine) as session, session.begin():
            self._live(session, Goal, goal_id, _("Målet"))
            rows = list(
                session.exec(
                    select(GoalValue).where(GoalValue.goal_id == goal_id, GoalValue.year == year_number)
                )
            )
            live = next((row for row in rows if row.deleted_at is None), None)
            previous = GoalYearValue(live.year, live.value, live.note) if live else None
            row = live or (rows[0] if rows else None)
            if row is None:
                session.add(
                    self._new(GoalValue(goal_id=goal_id, year=year_number, value=number, note=note.strip()))
                )
            else:
                row.value, row.note, row.deleted_at = number, note.strip(), None
                self._touch(row)
            return previous

    def remove_value(self, goal_id: str, year: int) -> GoalYearValue | None:
        """Tombstone a year's value; returns it (``None`` when the year had none)."""
        with Session(self.engine) as session, session.begin():
            row = session.exec(
                select(GoalValue).where(
                    GoalValue.goal_id == goal_id, GoalValue.year == year, col(GoalValue.deleted_at).is_(None)
                )
            ).first()
            if row is None:
                return None
            self._tombstone(row, [])
            return GoalYearValue(row.year, row.value, row.note)

    # --- links to activities -----------------------------------------------------------------

    def set_link(self, activity_id: str, goal_id: str, linked: bool) -> bool:
        """Link or unlink an activity and a goal; returns whether anything changed (undo flips it back)."""
        with Session(self.engine) as session, session.begin():
            self._live(session, Goal, goal_id, _("Målet"))
            self._live(session, Activity, activity_id, _("Aktiviteten"))
            rows = list(
                session.exec(
                    select(ActivityGoal).where(
                        ActivityGoal.activity_id == activity_id, ActivityGoal.goal_id == goal_id
                    )
                )
            )
            live = [row for row in rows if row.deleted_at is None]
            if linked and not live:
                if rows:
                    rows[0].deleted_at = None
                    self._touch(rows[0])
                else:
                    session.add(self._new(ActivityGoal(activity_id=activity_id, goal_id=goal_id)))
                return True
            if not linked and live:
                for row in live:
                    self._tombstone(row, [])
                return True
            return False

    @staticmethod
    def linked_activities(goal_id: str, tree: PlanTree) -> list[ActivityNode]:
        """The live activities linked to a goal, in plan order, with their status."""
        return [activity for activity in tree.activities() if goal_id in activity.goal_ids]

    def tree(self) -> PlanTree:
        return read_tree(self.engine)
