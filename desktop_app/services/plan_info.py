"""The plan's identity and facts ("Om planen"): name, strategy, decision reference, period, owner.

They live in the plan's one live ``strategy`` row.  Reading uses plain SQL (the
window title needs it at start-up, before the table classes are loaded);
changing goes through ``update_plan_info``, which returns the old values so the
desktop client can undo it.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from database.store import read_connection
from desktop_app.services.errors import PlanError, ValidationError
from desktop_app.services.messages import _

if TYPE_CHECKING:
    from sqlalchemy import Engine

PLAN_INFO_FIELDS = ("plan_name", "name", "reference", "period_start", "period_end", "organisation")
FIRST_YEAR, LAST_YEAR = 1900, 2200


class PlanInfo(NamedTuple):
    """What the "Om planen" form shows; ``id`` is the plan's identity (its strategy's UUID).
    A named tuple: the window's title reads it at start, which a dataclass would slow down."""

    id: str
    plan_name: str
    name: str
    reference: str
    period_start: int
    period_end: int
    organisation: str

    @property
    def title(self) -> str:
        """The plan's name as people call it: the plan's own name, else the strategy's."""
        return self.plan_name or self.name

    @property
    def period(self) -> str:
        return f"{self.period_start}–{self.period_end}"

    def facts(self) -> list[tuple[str, str]]:
        """The filled-in facts beside the plan's name as (label, value), for reports and Excel."""
        facts = [
            (_("Strategi"), self.name if self.name != self.title else ""),
            (_("Diarienummer"), self.reference),
            (_("Planperiod"), self.period),
            (_("Ägare"), self.organisation),
        ]
        return [(label, value) for label, value in facts if value]


def read_plan_info(source: Engine | Path) -> PlanInfo | None:
    """The plan's facts, or ``None`` for a database without a strategy.

    ``source`` is the plan's file (read with the standard library alone) or an engine on it.
    """
    with read_connection(source) as connection:
        row = connection.execute(
            "SELECT id, plan_name, name, reference, period_start, period_end, organisation "
            "FROM strategy WHERE deleted_at IS NULL ORDER BY created_at, id LIMIT 1"
        ).fetchone()
    if row is None:
        return None
    return PlanInfo(row[0], row[1] or "", row[2] or "", row[3] or "", int(row[4]), int(row[5]), row[6] or "")


def validate_plan_info(values: Mapping[str, Any]) -> dict[str, Any]:
    """The values cleaned (text stripped, years as numbers); ``ValidationError`` names the field."""
    unknown = set(values) - set(PLAN_INFO_FIELDS)
    if unknown:
        raise PlanError(_("Okända fält: {fields}.").format(fields=", ".join(sorted(unknown))))
    clean: dict[str, Any] = {}
    for field, value in values.items():
        if field in ("period_start", "period_end"):
            try:
                year = int(str(value).strip())
            except ValueError:
                raise ValidationError(_("Perioden anges med årtal, till exempel 2024–2027."), field) from None
            if not FIRST_YEAR <= year <= LAST_YEAR:
                raise ValidationError(
                    _("Årtalet {year} ligger utanför {first}–{last}.").format(
                        year=year, first=FIRST_YEAR, last=LAST_YEAR
                    ),
                    field,
                )
            clean[field] = year
        else:
            clean[field] = " ".join(str(value).split())
    if "plan_name" in clean and not clean["plan_name"]:
        raise ValidationError(_("Planen måste ha ett namn."), "plan_name")
    return clean


def update_plan_info(engine: Engine, actor: str, changes: Mapping[str, Any]) -> dict[str, Any]:
    """Change the plan's facts in one transaction; returns the old values of those that changed."""
    from sqlmodel import Session, col, select

    from database.models import Strategy, utc_now

    clean = validate_plan_info(changes)
    with Session(engine) as session, session.begin():
        strategy = session.exec(
            select(Strategy)
            .where(col(Strategy.deleted_at).is_(None))
            .order_by(col(Strategy.created_at), col(Strategy.id))
        ).first()
        if strategy is None:
            raise PlanError(_("Planen saknar uppgifter om sig själv (ingen strategi)."))
        merged = {field: clean.get(field, getattr(strategy, field)) for field in PLAN_INFO_FIELDS}
        if merged["period_end"] < merged["period_start"]:
            raise ValidationError(_("Periodens slut ligger före dess början."), "period_end")
        old = {field: getattr(strategy, field) for field in clean if getattr(strategy, field) != clean[field]}
        for field in old:
            setattr(strategy, field, clean[field])
        if old:
            strategy.modified_at = utc_now()
            strategy.modified_by = actor
        return old
