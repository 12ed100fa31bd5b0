"""an index that finds an activity's latest live status report in one step

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 23:10:00.000000

The plan tree, the window and the reports read each activity's latest report
that is not deleted (``ORDER BY reported_on DESC, created_at DESC, id DESC
LIMIT 1`` among its reports). With only ``activity_id`` indexed, SQLite sorted
every activity's reports: at 10,000 activities with twelve reports each, that
was half of the tree's read. This index holds the whole order, so the latest is
the last entry of the activity's live range. Nothing synced changes.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ["activity_id", "deleted_at", "reported_on", "created_at", "id"]


def upgrade() -> None:
    op.create_index("ix_statusreport_latest", "statusreport", COLUMNS, if_not_exists=True)


def downgrade() -> None:
    op.drop_index("ix_statusreport_latest", "statusreport", if_exists=True)
