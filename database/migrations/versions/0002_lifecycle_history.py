"""lifecycle history: dated lifecycle changes, derived for existing plans

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 17:20:00

A report for a past meeting shows each activity's lifecycle as it was then,
which needs the dated changes. From this revision every change is kept; for
a plan made before it, the changes are derived from what dates them: the
decisions that approved, completed or cancelled an activity (at their
meeting's date), a decision date typed in, and for a completion or
cancellation no decision records, the day the activity was last changed.
Derived rows get ids made from their content, so two copies of one plan
derive the same rows and a plan file merges them without doubling.
"""

import uuid
from collections.abc import Sequence
from datetime import date

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NAMESPACE = uuid.UUID("7d1f4a52-3c1e-4d7b-9d55-0b3a4c6e2f10")
_AUTHOR = "Handlingsplan"
_TARGET = {"approve": "decided", "complete": "completed", "cancel": "cancelled"}
_LIFECYCLES = ("proposed", "decided", "completed", "cancelled")


def upgrade() -> None:
    op.create_table(
        "lifecyclechange",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("modified_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("modified_by", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("deleted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("activity_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("lifecycle", sa.Enum(*_LIFECYCLES, name="lifecycle", native_enum=False), nullable=False),
        sa.Column("previous", sa.Enum(*_LIFECYCLES, name="lifecycle", native_enum=False), nullable=False),
        sa.Column("decision_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.ForeignKeyConstraint(["activity_id"], ["activity.id"]),
        sa.ForeignKeyConstraint(["decision_id"], ["decision.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("lifecyclechange", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_lifecyclechange_activity_id"), ["activity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_lifecyclechange_decision_id"), ["decision_id"], unique=False)
    _derive(op.get_bind())


def _day(value: object) -> date:
    return date.fromisoformat(str(value)[:10])


def _derive(connection: sa.Connection) -> None:
    """Write the lifecycle changes the existing records date (see the module docstring)."""
    events: dict[str, list[tuple[date, str, str, str | None]]] = {}
    for activity_id, kind, decision_id, created, held in connection.exec_driver_sql(
        "SELECT decision.activity_id, decision.kind, decision.id, decision.created_at, meeting.meeting_date"
        " FROM decision JOIN steeringmeeting AS meeting ON meeting.id = decision.meeting_id"
        " WHERE decision.deleted_at IS NULL AND meeting.deleted_at IS NULL"
        " AND decision.activity_id IS NOT NULL"
        " AND decision.kind IN ('approve', 'complete', 'cancel')"
    ):
        events.setdefault(activity_id, []).append((_day(held), str(created), _TARGET[kind], decision_id))
    rows = []
    for activity_id, lifecycle, decision_date, created, modified in connection.exec_driver_sql(
        "SELECT id, lifecycle, decision_date, created_at, modified_at FROM activity"
    ):
        created_on, modified_on = _day(created), _day(modified)
        changes = sorted(events.get(activity_id, []))
        if (
            decision_date
            and _day(decision_date) > created_on
            and all(t != "decided" for *_x, t, _d in changes)
        ):
            changes.append((_day(decision_date), "", "decided", None))
            changes.sort()
        if changes:
            state = "proposed" if changes[0][2] == "decided" else "decided"
        elif lifecycle in ("completed", "cancelled") and modified_on > created_on:
            state = "decided"
        else:
            continue  # nothing dates a change: the activity has had its lifecycle since it was made
        last = created_on
        for day, _created, target, decision_id in changes:
            if target != state:
                rows.append((activity_id, day, target, state, decision_id))
                state, last = target, day
        if state != lifecycle:
            rows.append((activity_id, max(modified_on, last), lifecycle, state, None))
    for activity_id, day, target, previous, decision_id in rows:
        stamp = f"{day.isoformat()} 00:00:00.000000"
        key = f"{activity_id}|{day.isoformat()}|{previous}|{target}|{decision_id or ''}"
        connection.exec_driver_sql(
            "INSERT INTO lifecyclechange (id, created_at, modified_at, modified_by, deleted_at, activity_id,"
            " changed_on, lifecycle, previous, decision_id) VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)",
            (
                str(uuid.uuid5(_NAMESPACE, key)),
                stamp,
                stamp,
                _AUTHOR,
                activity_id,
                day.isoformat(),
                target,
                previous,
                decision_id,
            ),
        )


def downgrade() -> None:
    with op.batch_alter_table("lifecyclechange", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lifecyclechange_decision_id"))
        batch_op.drop_index(batch_op.f("ix_lifecyclechange_activity_id"))
    op.drop_table("lifecyclechange")
