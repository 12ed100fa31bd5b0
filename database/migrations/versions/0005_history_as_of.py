"""names and idea states as of a day: dated renamings of offices and people, idea state changes

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 20:10:00

A report for a past day shows an office by the name it had then and an idea
in the state it had then, and the process leader by the name they had then, which
needs the dated changes. From this revision every renaming of an office or a person
and every change of an idea's state is kept,
append-only and carried by plan files. For a plan made before it: an idea
that is no longer *ny* changed state on the day it was last changed (every idea
comes in as *ny*, the rule the reports used until now); nothing dates an
office's or a person's earlier names, so they keep their names back to their start.
Derived rows get ids made from their content, so two copies of one plan
derive the same rows and a plan file merges them without doubling.
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NAMESPACE = uuid.UUID("3b7f0c1e-8a52-4e1d-9c4b-6f2d8e0a7b31")
_AUTHOR = "Handlingsplan"
_STATES = ("new", "considered", "became_activity", "rejected")


def _common() -> list[sa.Column]:
    return [
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("modified_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("modified_by", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("deleted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "officenamechange",
        *_common(),
        sa.Column("office_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("previous", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(["office_id"], ["office.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("officenamechange", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_officenamechange_office_id"), ["office_id"], unique=False)
    op.create_table(
        "personnamechange",
        *_common(),
        sa.Column("person_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("previous", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("personnamechange", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_personnamechange_person_id"), ["person_id"], unique=False)
    op.create_table(
        "ideastatechange",
        *_common(),
        sa.Column("idea_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("state", sa.Enum(*_STATES, name="ideastate", native_enum=False), nullable=False),
        sa.Column("previous", sa.Enum(*_STATES, name="ideastate", native_enum=False), nullable=False),
        sa.ForeignKeyConstraint(["idea_id"], ["idea.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("ideastatechange", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ideastatechange_idea_id"), ["idea_id"], unique=False)
    _derive(op.get_bind())


def _derive(connection: sa.Connection) -> None:
    """An idea no longer *ny* became what it is on the day it was last changed."""
    rows = connection.exec_driver_sql(
        "SELECT id, state, substr(modified_at, 1, 10) FROM idea WHERE state != 'new'"
    ).fetchall()
    for idea_id, state, day in rows:
        stamp = f"{day} 00:00:00.000000"
        connection.exec_driver_sql(
            "INSERT INTO ideastatechange (id, created_at, modified_at, modified_by, deleted_at, idea_id,"
            " changed_on, state, previous) VALUES (?, ?, ?, ?, NULL, ?, ?, ?, 'new')",
            (
                str(uuid.uuid5(_NAMESPACE, f"{idea_id}|{day}|new|{state}")),
                stamp,
                stamp,
                _AUTHOR,
                idea_id,
                day,
                state,
            ),
        )


def downgrade() -> None:
    with op.batch_alter_table("ideastatechange", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ideastatechange_idea_id"))
    op.drop_table("ideastatechange")
    with op.batch_alter_table("personnamechange", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_personnamechange_person_id"))
    op.drop_table("personnamechange")
    with op.batch_alter_table("officenamechange", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_officenamechange_office_id"))
    op.drop_table("officenamechange")
