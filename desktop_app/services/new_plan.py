"""Making a new plan in its own database file: empty, a copy of another plan's structure, or a draft.

A plan is one database file with one live strategy row, whose UUID is the
plan's identity.  Every new plan gets new UUIDs throughout, so it is never
mistaken for the plan it was copied from.  The file is made under a temporary
name beside the target and renamed into place only when it is whole.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from database.errors import DatabaseError
from desktop_app.services.errors import PlanError, ValidationError
from desktop_app.services.messages import _
from desktop_app.services.tree import read_tree

PLAN_SUFFIXES = (".sqlite", ".hplan", ".db")


@dataclass
class DraftActivity:
    title: str
    description: str = ""


@dataclass
class DraftInitiative:
    statement: str
    description: str = ""
    activities: list[DraftActivity] = field(default_factory=list)


@dataclass
class DraftFocusArea:
    title: str
    description: str = ""
    initiatives: list[DraftInitiative] = field(default_factory=list)


@dataclass
class PlanDraft:
    """A plan's tree before it is written: from another plan, a Word document or an Excel sheet."""

    focus_areas: list[DraftFocusArea] = field(default_factory=list)
    offices: list[str] = field(default_factory=list)
    decided: bool = False
    """The plan is adopted: its activities are made *beslutade*, else *föreslagna*."""

    def counts(self) -> tuple[int, int, int]:
        """(focus areas, initiatives, activities)."""
        initiatives = [i for area in self.focus_areas for i in area.initiatives]
        return len(self.focus_areas), len(initiatives), sum(len(i.activities) for i in initiatives)


@dataclass(frozen=True)
class PlanFacts:
    """What a new plan is called and whose it is (the "Om planen" facts)."""

    plan_name: str
    strategy_name: str = ""
    reference: str = ""
    period_start: int = 0
    period_end: int = 0
    organisation: str = ""


def draft_of(source: Engine | Path) -> PlanDraft:
    """The structure of an open plan (its file, or an engine on it): focus areas, initiatives,
    activities and offices, no status."""
    tree = read_tree(source)
    return PlanDraft(
        focus_areas=[
            DraftFocusArea(
                area.title,
                area.description,
                [
                    DraftInitiative(
                        initiative.statement,
                        initiative.description,
                        [DraftActivity(a.title, a.description) for a in initiative.activities],
                    )
                    for initiative in area.initiatives
                ],
            )
            for area in tree.focus_areas
        ],
        offices=[name for _id, name in tree.offices],
    )


def check_new_plan_path(path: Path) -> Path:
    """Refuse a target that exists or whose folder does not (folders are never created)."""
    path = path.expanduser()
    if path.is_dir():
        raise PlanError(_("{path} är en mapp, inte en planfil.").format(path=path))
    if path.exists() and path.stat().st_size > 0:
        raise PlanError(
            _("Filen {path} finns redan. Välj ett annat namn; en befintlig plan skrivs aldrig över.").format(
                path=path
            )
        )
    if not path.parent.is_dir():
        raise PlanError(_("Mappen {folder} finns inte.").format(folder=path.parent))
    return path


def create_plan(
    path: Path,
    facts: PlanFacts,
    draft: PlanDraft | None = None,
    actor: str = "",
    fill: Callable[[Engine], None] | None = None,
) -> Path:
    """Write a new plan to ``path``: the facts, the draft's tree (if any), then ``fill`` (if any).

    ``fill`` is a further step run on the new database before it is put in
    place (the Excel import of a whole plan); if it raises, no file is left.
    Returns the path written.  Raises ``PlanError`` with a message for a person.
    """
    from database.store import create_database

    name = " ".join(facts.plan_name.split())
    if not name:
        raise ValidationError(_("Planen måste ha ett namn."), "plan_name")
    path = check_new_plan_path(path)
    partial = path.with_name(f".{path.name}.ny")
    _remove(partial)
    try:
        engine = create_database(partial)
        try:
            _write(engine, facts, name, draft or PlanDraft(), actor)
            if fill is not None:
                fill(engine)
        finally:
            engine.dispose()
        os.replace(partial, path)
    except (OSError, sqlite3.Error, SQLAlchemyError, DatabaseError) as error:
        message = _("Planen {path} kan inte skapas: {error}.").format(path=path, error=_reason(error))
        raise PlanError(message) from error
    finally:
        _remove(partial)
    return path


def _reason(error: Exception) -> str:
    """The cause in a person's words: the OS's or SQLite's message, not SQLAlchemy's wrapping."""
    original = getattr(error, "orig", None)
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(original if original is not None else error)


def _remove(partial: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        partial.with_name(partial.name + suffix).unlink(missing_ok=True)


def _write(engine: Engine, facts: PlanFacts, name: str, draft: PlanDraft, actor: str) -> None:
    from sqlmodel import Session

    from database.enums import Lifecycle
    from database.models import Activity, FocusArea, Initiative, Office, Strategy

    this_year = date.today().year
    start = facts.period_start or this_year
    end = facts.period_end or max(start, this_year) + 3
    if end < start:
        raise ValidationError(_("Periodens slut ligger före dess början."), "period_end")
    common = {"modified_by": actor}
    with Session(engine) as session, session.begin():
        strategy = Strategy(
            name=" ".join(facts.strategy_name.split()) or name,
            plan_name=name,
            overall_goal="",
            period_start=start,
            period_end=end,
            reference=facts.reference.strip(),
            organisation=" ".join(facts.organisation.split()),
            **common,
        )
        session.add(strategy)
        seen: set[str] = set()
        for position, office in enumerate(draft.offices):
            if office.strip() and office.strip().casefold() not in seen:
                seen.add(office.strip().casefold())
                session.add(Office(name=office.strip(), position=position, **common))
        session.flush()
        for area_position, area in enumerate(draft.focus_areas):
            area_row = FocusArea(
                strategy_id=strategy.id,
                position=area_position,
                title=area.title.strip(),
                description=area.description.strip(),
                **common,
            )
            session.add(area_row)
            session.flush()
            for initiative_position, initiative in enumerate(area.initiatives):
                initiative_row = Initiative(
                    focus_area_id=area_row.id,
                    position=initiative_position,
                    statement=initiative.statement.strip(),
                    description=initiative.description.strip(),
                    **common,
                )
                session.add(initiative_row)
                session.flush()
                for activity_position, activity in enumerate(initiative.activities):
                    session.add(
                        Activity(
                            initiative_id=initiative_row.id,
                            position=activity_position,
                            title=activity.title.strip(),
                            description=activity.description.strip(),
                            lifecycle=Lifecycle.DECIDED if draft.decided else Lifecycle.PROPOSED,
                            **common,
                        )
                    )
                session.flush()


def create_plan_from_file(source: Path, target: Path) -> Path:
    """A new plan database at ``target`` from a shared plan file (``.hplan``) of another plan.

    The file is checked like any plan file and only read; the copy keeps the
    file's plan (its identity, so later files of that plan can be imported)
    but none of the sender's local settings, so it is an installation of its own.
    """
    from database.default_plan import create_from_plan_file

    target = check_new_plan_path(target)
    try:
        create_from_plan_file(Path(source).expanduser(), target).dispose()
        with closing(sqlite3.connect(target)) as connection, connection:
            connection.execute("DELETE FROM setting")
    except (OSError, sqlite3.Error, SQLAlchemyError, DatabaseError) as error:
        _remove(target)
        message = _("Planen {path} kan inte skapas: {error}.").format(path=target, error=error)
        raise PlanError(message) from error
    return target
