"""The lifecycle history: every dated change of an activity's lifecycle, and its lifecycle on any day.

Every way in that changes a lifecycle (the activity form and its undo, a
steering-group decision, the Excel import, the command line through these
services) writes the change here, in its own transaction, with the day it
took effect. The reports read the history back to show a past meeting's plan
as it was on that meeting's day.
"""

from __future__ import annotations

import sqlite3
from bisect import bisect_right
from collections import defaultdict
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from database.enums import Lifecycle

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlmodel import Session

    from database.models import Activity

# Writing a change needs the table classes; reading the history (the reports) needs only sqlite3.


def record_change(
    session: Session,
    activity: Activity,
    lifecycle: Lifecycle,
    on: date,
    actor: str,
    *,
    decision_id: str | None = None,
) -> None:
    """Note that ``activity`` gets ``lifecycle`` on ``on``; call before the activity itself changes.

    A change made by hand that puts back, on the day it was made, what the
    latest change did (the undo of a slip) takes that change away instead of
    adding a second one: the history then says what was meant.
    """
    from sqlmodel import col, select

    from database.models import LifecycleChange, utc_now

    previous = Lifecycle(activity.lifecycle)
    lifecycle = Lifecycle(lifecycle)
    if previous is lifecycle:
        return
    if decision_id is None:
        latest = session.exec(
            select(LifecycleChange)
            .where(LifecycleChange.activity_id == activity.id, col(LifecycleChange.deleted_at).is_(None))
            .order_by(
                col(LifecycleChange.changed_on).desc(),
                col(LifecycleChange.created_at).desc(),
                col(LifecycleChange.id).desc(),
            )
        ).first()
        if (
            latest is not None
            and latest.decision_id is None
            and Lifecycle(latest.lifecycle) is previous
            and Lifecycle(latest.previous) is lifecycle
            and latest.created_at.date() == utc_now().date()
        ):
            latest.deleted_at = latest.modified_at = utc_now()
            latest.modified_by = actor
            return
    session.add(
        LifecycleChange(
            activity_id=activity.id,
            changed_on=on,
            lifecycle=lifecycle,
            previous=previous,
            decision_id=decision_id,
            modified_by=actor,
        )
    )


def set_decision_changes_live(session: Session, decision_id: str, live: bool, actor: str) -> None:
    """Take away (or give back) the lifecycle change a decision made, with the decision's undo (redo)."""
    from sqlmodel import select

    from database.models import LifecycleChange, utc_now

    for change in session.exec(select(LifecycleChange).where(LifecycleChange.decision_id == decision_id)):
        if (change.deleted_at is None) != live:
            change.deleted_at = None if live else utc_now()
            change.modified_at = utc_now()
            change.modified_by = actor


def hand_change_day(lifecycle: Lifecycle, decision_date: date | None, today: date) -> date:
    """The day a lifecycle set by hand takes effect: a decided activity's decision date when one is
    given (and not in the future), else the day of the change."""
    if lifecycle is Lifecycle.DECIDED and decision_date is not None and decision_date <= today:
        return decision_date
    return today


class _Change(NamedTuple):
    """A lifecycle change: read-only, made at import in a fraction of a frozen dataclass's time."""

    changed_on: date
    lifecycle: Lifecycle
    previous: Lifecycle


_CHANGES = (
    "SELECT activity_id, changed_on, lifecycle, previous FROM lifecyclechange WHERE deleted_at IS NULL"
    " ORDER BY changed_on, created_at, id"
)
_LIFECYCLES = {member.value: member for member in Lifecycle}


class LifecycleTimeline:
    """Every activity's live lifecycle changes in the order they took effect."""

    def __init__(self, changes: dict[str, list[_Change]]) -> None:
        self._changes = changes
        self._days = {key: [c.changed_on for c in rows] for key, rows in changes.items()}

    @classmethod
    def read(cls, connection: Connection | sqlite3.Connection) -> LifecycleTimeline:
        """The history read on ``connection``: the standard library's (as reports read) or SQLAlchemy's."""
        run = connection.execute if isinstance(connection, sqlite3.Connection) else connection.exec_driver_sql
        changes: dict[str, list[_Change]] = defaultdict(list)
        for activity_id, day, lifecycle, previous in run(_CHANGES):
            changes[activity_id].append(
                _Change(date.fromisoformat(str(day)[:10]), _LIFECYCLES[lifecycle], _LIFECYCLES[previous])
            )
        return cls(dict(changes))

    def on(self, activity_id: str, current: Lifecycle, day: date) -> Lifecycle:
        """The lifecycle the activity had on ``day`` (``current`` when nothing changed it)."""
        rows = self._changes.get(activity_id)
        if not rows:
            return current
        index = bisect_right(self._days[activity_id], day)
        return rows[index - 1].lifecycle if index else rows[0].previous

    def entered(self, activity_id: str, lifecycle: Lifecycle, day: date) -> date | None:
        """The day of the latest change to ``lifecycle`` on or before ``day``; ``None`` when none did."""
        rows = self._changes.get(activity_id, [])
        index = bisect_right(self._days.get(activity_id, []), day)
        for change in reversed(rows[:index]):
            if change.lifecycle is lifecycle:
                return change.changed_on
        return None

    def first_entered(self, activity_id: str, lifecycle: Lifecycle, day: date) -> date | None:
        """The day of the first change to ``lifecycle`` on or before ``day``."""
        index = bisect_right(self._days.get(activity_id, []), day)
        for change in self._changes.get(activity_id, [])[:index]:
            if change.lifecycle is lifecycle:
                return change.changed_on
        return None
