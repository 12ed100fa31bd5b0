"""A plan file belongs to one plan: the check at the entrance of every import.

A plan's identity is the UUID of its strategy row (see ``plan_info``): every
installation of the same plan shares it, and a new plan, even a copy of
another's structure, gets its own.  A file of another plan is refused before
any merge is worked out, with both plans named.
"""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from sqlalchemy import Engine

from desktop_app.services.messages import _
from desktop_app.services.plan_info import read_plan_info
from desktop_app.services.sync.errors import SyncError
from desktop_app.services.sync.plan_file import open_copy

_STRATEGY = (
    "SELECT id, COALESCE(NULLIF(plan_name, ''), name) FROM strategy WHERE deleted_at IS NULL "
    "ORDER BY created_at, id LIMIT 1"
)


class OtherPlanError(SyncError):
    """The plan file is of another plan than the open one; it can be opened as a new plan instead."""

    def __init__(self, message: str, source: Path, file_plan: str, own_plan: str) -> None:
        super().__init__(message)
        self.source = source
        self.file_plan = file_plan
        self.own_plan = own_plan


def file_plan(copy: Path) -> tuple[str, str] | None:
    """The (identity, name) of the plan in a checked copy of a plan file; ``None`` without one."""
    with closing(open_copy(copy)) as connection:
        row = connection.execute(_STRATEGY).fetchone()
    return (str(row[0]), str(row[1] or "")) if row else None


def check_same_plan(engine: Engine, source: Path, copy: Path) -> None:
    """Refuse the plan file ``source`` (checked copy ``copy``) when it is of another plan."""
    own = read_plan_info(engine)
    theirs = file_plan(copy)
    if own is None or theirs is None or theirs[0] == own.id:
        return
    raise OtherPlanError(
        _(
            "Planfilen {file} hör till planen ”{file_plan}”, inte till den öppna planen ”{own_plan}”. "
            "En plan tar bara emot planfiler från samma plan; öppna filen som en ny plan i stället."
        ).format(file=source.name, file_plan=theirs[1], own_plan=own.title),
        source,
        theirs[1],
        own.title,
    )
