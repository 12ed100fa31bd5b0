"""stable codes: a stored number per focus area, initiative and activity, and the codes that changed

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 20:00:00.000000

A code (``2.3.1``) was the position among live siblings and shifted when a
colleague's record arrived. Each record now keeps the number it was given
(``number``), derived here from today's order so that no code changes on the
upgrade: live records first in the order the tree shows them, then tombstoned
ones, so a number is never given twice under one parent. ``formercode`` is
local (never synced): the codes an activity had before, so that a code typed
from an old e-mail is not taken for another activity.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NUMBERED = (("focusarea", "strategy_id"), ("initiative", "focus_area_id"), ("activity", "initiative_id"))


def upgrade() -> None:
    connection = op.get_bind()
    for table, parent in NUMBERED:
        columns = [row[1] for row in connection.exec_driver_sql(f"PRAGMA table_info({table})")]
        if "number" in columns:  # a database that already has it (tests rebuild older schemas partly)
            continue
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(sa.Column("number", sa.Integer(), nullable=True))
        rows = connection.exec_driver_sql(
            f"SELECT id, {parent} FROM {table} ORDER BY deleted_at IS NOT NULL, position, created_at, id"
        ).fetchall()
        given: dict[str, int] = {}
        numbers = []
        for record_id, parent_id in rows:
            given[parent_id] = given.get(parent_id, 0) + 1
            numbers.append((given[parent_id], record_id))
        if numbers:
            connection.exec_driver_sql(f"UPDATE {table} SET number = ? WHERE id = ?", numbers)
    if not connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'formercode'"
    ).fetchone():
        op.create_table(
            "formercode",
            sa.Column("code", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
            sa.Column("activity_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
            sa.Column("changed_at", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
            sa.PrimaryKeyConstraint("code", "activity_id"),
        )


def downgrade() -> None:
    op.drop_table("formercode")
    for table, _parent in reversed(NUMBERED):
        # SQLite drops a plain column in place (3.35+); a rebuilt table would trip the foreign keys.
        op.execute(f"ALTER TABLE {table} DROP COLUMN number")
