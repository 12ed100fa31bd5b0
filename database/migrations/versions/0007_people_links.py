"""owners and follow-ups linked to the register of people by id

Revision ID: 0007
Revises: 0004
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
import sqlmodel
from alembic import op

revision: str = "0007"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LINKS = (("activity", "owner", "owner_person_id"), ("decision", "follow_up_by", "follow_up_person_id"))


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def upgrade() -> None:
    for table, _text, column in _LINKS:
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(sa.Column(column, sqlmodel.sql.sqltypes.AutoString(), nullable=True))
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)
            batch_op.create_foreign_key(f"fk_{table}_{column}_person", "person", [column], ["id"])
    connection = op.get_bind()
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
    for table, _text, column in _LINKS:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_constraint(f"fk_{table}_{column}_person", type_="foreignkey")
            batch_op.drop_index(batch_op.f(f"ix_{table}_{column}"))
            batch_op.drop_column(column)
