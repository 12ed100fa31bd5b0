"""The default plan: the seed document's plan, kept as ``database/seed/plan.json``.

Every record in the file has a fixed UUID, so the seeded plan is the same
records in every installation and a colleague's plan file updates it rather
than duplicating it.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session

from database.assets import asset_path
from database.enums import Lifecycle
from database.models import Activity, FocusArea, Initiative, Office, Strategy

SEED_AUTHOR = "Handlingsplan"


def seed_plan_path() -> Path:
    return asset_path("database", "seed", "plan.json")


def read_seed(path: Path | None = None) -> dict[str, Any]:
    with (path or seed_plan_path()).open(encoding="utf-8") as handle:
        return json.load(handle)


def load_seed_plan(engine: Engine, path: Path | None = None) -> None:
    """Write the seeded plan into an empty database, in one transaction."""
    plan = read_seed(path)
    stamp = datetime.fromisoformat(plan["created_at"])
    lifecycle = Lifecycle(plan["activity_lifecycle"])
    common = {"created_at": stamp, "modified_at": stamp, "modified_by": SEED_AUTHOR}
    strategy_data = plan["strategy"]
    with Session(engine) as session, session.begin():
        session.add(Strategy(**strategy_data, **common))
        for position, office in enumerate(plan["offices"]):
            session.add(Office(id=office["id"], name=office["name"], position=position, **common))
        # Without ORM relationships the flush does not order parents first: flush level by level.
        session.flush()
        for fa_position, area in enumerate(plan["focus_areas"]):
            session.add(
                FocusArea(
                    id=area["id"],
                    strategy_id=strategy_data["id"],
                    position=fa_position,
                    title=area["title"],
                    description=area.get("description", ""),
                    **common,
                )
            )
            session.flush()
            for in_position, initiative in enumerate(area["initiatives"]):
                session.add(
                    Initiative(
                        id=initiative["id"],
                        focus_area_id=area["id"],
                        position=in_position,
                        statement=initiative["statement"],
                        description=initiative["description"],
                        **common,
                    )
                )
                session.flush()
                for ac_position, activity in enumerate(initiative["activities"]):
                    session.add(
                        Activity(
                            id=activity["id"],
                            initiative_id=initiative["id"],
                            position=ac_position,
                            title=activity["title"],
                            lifecycle=lifecycle,
                            **common,
                        )
                    )
