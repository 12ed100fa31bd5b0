"""owners and follow-ups linked to the register of people by id

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 20:00:00.000000

An activity's owner (Ansvarig) and a decision's "följs upp av" were the
person's name as text. Each gets a nullable reference to the person beside
the text, which stays as the fallback for a name not in the register. An
existing name is linked where it matches exactly one live person, ignoring
case and spacing (the rule of ``desktop_app.services.people.match_person``,
repeated here because a migration must not change when the app's code does).
The rows' modification times are left alone: every installation derives the
same links from the same register, so the upgrade is no edit to sync.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LINKS = (("activity", "owner", "owner_person_id"), ("decision", "follow_up_by", "follow_up_person_id"))


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def upgrade() -> None:
    # SQLite adds a nullable column with its reference in place; a batch copy of the table would
    # have to drop the old one, which the status reports, decisions … that point to it forbid.
    # A database whose version row was set back (as tests make an older plan from a new one)
    # may have them already; it is upgraded all the same.
    connection = op.get_bind()
    for table, _text, column in _LINKS:
        present = {row[1] for row in connection.exec_driver_sql(f"PRAGMA table_info({table})")}
        if column not in present:
            op.execute(f"ALTER TABLE {table} ADD COLUMN {column} VARCHAR REFERENCES person (id)")
            op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)
    people: dict[str, list[str]] = {}
    live = sa.text("SELECT id, name FROM person WHERE deleted_at IS NULL")
    for person_id, name in connection.execute(live):
        people.setdefault(_key(name or ""), []).append(person_id)
    for table, text, column in _LINKS:
        rows = connection.execute(sa.text(f"SELECT id, {text} FROM {table} WHERE {text} != ''")).fetchall()
        for record_id, name in rows:
            matches = people.get(_key(name), [])
            if len(matches) == 1:
                connection.execute(
                    sa.text(f"UPDATE {table} SET {column} = :person WHERE id = :id"),
                    {"person": matches[0], "id": record_id},
                )


def downgrade() -> None:
    # In place, as added (SQLite 3.35 or newer): no copy of the tables others point to.
    for table, _text, column in _LINKS:
        op.drop_index(op.f(f"ix_{table}_{column}"), table)
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
