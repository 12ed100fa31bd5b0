"""link ids from natural keys

Give every row of the link tables (participating offices, activity–goal
links, meeting attendees) the id made from what it links, the same on every
installation, and fold rows that link the same two records into one: the
live one if any, else the latest.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 17:20:00
"""

import uuid
from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The same constant as database.link_ids.LINK_NAMESPACE; kept here so this revision never changes.
LINK_NAMESPACE = uuid.UUID("a9d6675a-bfa6-4f73-b53f-aff087fa4331")
LINKS = {
    "activityoffice": ("activity_id", "office_id"),
    "activitygoal": ("activity_id", "goal_id"),
    "meetingattendee": ("meeting_id", "person_id"),
}


def upgrade() -> None:
    connection = op.get_bind()
    for table, (first, second) in LINKS.items():
        rows = connection.exec_driver_sql(
            f"SELECT id, {first}, {second}, deleted_at IS NULL, modified_at FROM {table}"
        ).fetchall()
        groups: dict[tuple[str, str], list[tuple]] = {}
        for row in rows:
            groups.setdefault((row[1], row[2]), []).append(row)
        for (a, b), members in groups.items():
            wanted = str(uuid.uuid5(LINK_NAMESPACE, f"{table}|{a}|{b}"))
            keep = max(members, key=lambda row: (row[3], str(row[4]), row[0]))
            for row in members:
                if row is not keep:
                    connection.exec_driver_sql(f"DELETE FROM {table} WHERE id = ?", (row[0],))
            if keep[0] != wanted:
                connection.exec_driver_sql(f"UPDATE {table} SET id = ? WHERE id = ?", (wanted, keep[0]))


def downgrade() -> None:
    """The ids stay as they are: any id is a valid id for the older schema."""
