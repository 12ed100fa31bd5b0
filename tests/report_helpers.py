"""Helpers for the report tests: plans with meetings and history, and reading PDFs back."""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import Engine, insert
from sqlmodel import Session, select

from database.models import (
    Activity,
    Decision,
    DecisionKind,
    FocusArea,
    Initiative,
    Lifecycle,
    StatusColour,
    StatusReport,
    SteeringMeeting,
    Strategy,
)
from tools.demo_plan import build as build_demo_plan

__all__ = ["add_large_plan", "add_meeting", "build_demo_plan", "page_text", "pdf_text", "read_pdf"]


def read_pdf(data: bytes | Path) -> PdfReader:
    return PdfReader(io.BytesIO(data) if isinstance(data, bytes) else data)


def page_text(page) -> str:
    """A page's text with words hyphenated at a line's end joined again, runs of white space single."""
    return " ".join(re.sub(r"(\w)-\n(\w)", r"\1\2", page.extract_text() or "").split())


def pdf_text(data: bytes | Path) -> str:
    """All text of a PDF, with hyphenated words joined and runs of white space made single spaces."""
    reader = read_pdf(data)
    return " ".join(page_text(page) for page in reader.pages)


def add_meeting(engine: Engine, day: date, *, location: str = "", decisions: list[dict] | None = None) -> str:
    with Session(engine) as session, session.begin():
        meeting = SteeringMeeting(meeting_date=day, location=location)
        session.add(meeting)
        session.flush()
        for values in decisions or []:
            session.add(
                Decision(meeting_id=meeting.id, kind=values.pop("kind", DecisionKind.OTHER), **values)
            )
        return meeting.id


def add_large_plan(engine: Engine, activities: int, *, areas: int = 5, per_initiative: int = 100) -> None:
    """Add a plan of ``activities`` activities with a status each, by bulk insert (fast)."""
    stamp = datetime(2026, 1, 1, tzinfo=UTC)
    common = {"created_at": stamp, "modified_at": stamp, "modified_by": "test", "deleted_at": None}
    with Session(engine) as session, session.begin():
        strategy = session.exec(select(Strategy)).first()
        area_rows = [
            {
                "id": f"area-{a}",
                "strategy_id": strategy.id,
                "position": 100 + a,
                "number": 6 + a,  # after the seed plan's five
                "title": f"Stort område {a}",
                "description": "",
                **common,
            }
            for a in range(areas)
        ]
        session.execute(insert(FocusArea), area_rows)
        initiatives = -(-activities // per_initiative)
        initiative_rows = [
            {
                "id": f"init-{i}",
                "focus_area_id": f"area-{i % areas}",
                "position": i,
                "number": i // areas + 1,
                "statement": f"gör insats nummer {i} för näringslivet",
                "description": "",
                **common,
            }
            for i in range(initiatives)
        ]
        session.execute(insert(Initiative), initiative_rows)
        colours = ("green",) * 8 + ("yellow", "red")
        activity_rows = []
        report_rows = []
        for n in range(activities):
            activity_rows.append(
                {
                    "id": f"act-{n}",
                    "initiative_id": f"init-{n // per_initiative}",
                    "position": n,
                    "number": n % per_initiative + 1,
                    "title": f"Aktivitet {n} med en titel av vanlig längd för planen",
                    "description": "",
                    "responsible_office_id": None,
                    "owner": f"Handläggare {n % 40}",
                    "start_month": "2025-01",
                    "end_month": "2026-12",
                    "ongoing": False,
                    "lifecycle": Lifecycle.DECIDED,
                    "decision_date": None,
                    "priority": None,
                    **common,
                }
            )
            colour = colours[n % len(colours)]
            report_rows.append(
                {
                    "id": f"rep-{n}",
                    "activity_id": f"act-{n}",
                    "reported_on": date(2026, 3, 1),
                    "status": StatusColour(colour),
                    "comment": "",
                    "cause": "" if colour == "green" else f"Orsak {n}",
                    "recommended_action": "" if colour == "green" else f"Åtgärd {n}",
                    "reported_by": "test",
                    "action_agreed_by": "",
                    "action_agreed_on": None,
                    **common,
                }
            )
        session.execute(insert(Activity), activity_rows)
        session.execute(insert(StatusReport), report_rows)
