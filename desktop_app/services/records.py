"""Shared plumbing of the steering services: who changes what, tombstones and their undo."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session

from database.models import (
    ActivityGoal,
    Decision,
    FocusAreaCheck,
    Goal,
    GoalValue,
    Idea,
    MeetingAttendee,
    SteeringMeeting,
    SyncRecord,
    utc_now,
)
from desktop_app.services.errors import NotFoundError, ValidationError

Tombstoned = list[tuple[str, str]]
"""``(table, id)`` of records given a tombstone by one operation, for ``restore``."""

_RESTORABLE: dict[str, type[SyncRecord]] = {
    model.__tablename__: model  # type: ignore[attr-defined]
    for model in (
        SteeringMeeting,
        MeetingAttendee,
        Decision,
        Idea,
        Goal,
        GoalValue,
        ActivityGoal,
        FocusAreaCheck,
    )
}


class RecordService:
    """Base of the steering services: one database, changes made in the name of ``actor``."""

    def __init__(self, engine: Engine, actor: str) -> None:
        self.engine = engine
        self.actor = actor

    def _touch(self, record: SyncRecord) -> None:
        record.modified_at = utc_now()
        record.modified_by = self.actor

    def _new(self, record: SyncRecord) -> SyncRecord:
        record.modified_by = self.actor
        return record

    def _tombstone(self, record: SyncRecord, removed: Tombstoned) -> None:
        record.deleted_at = utc_now()
        self._touch(record)
        removed.append((record.__tablename__, record.id))  # type: ignore[attr-defined]

    @staticmethod
    def _live(session: Session, model: type[SyncRecord], record_id: str | None, what: str) -> Any:
        record = session.get(model, record_id) if record_id else None
        if record is None or record.deleted_at is not None:
            raise NotFoundError(f"{what} finns inte längre i planen.")
        return record

    def restore(self, records: Tombstoned) -> None:
        """Undo a deletion: lift the tombstones of the given records."""
        with Session(self.engine) as session, session.begin():
            for table, record_id in records:
                record = session.get(_RESTORABLE[table], record_id)
                if record is not None and record.deleted_at is not None:
                    record.deleted_at = None
                    self._touch(record)


def require_date(value: date | None, label: str, field: str) -> date:
    if value is None:
        raise ValidationError(f"{label} måste anges.", field)
    return value


def not_in_future(value: date, label: str, field: str) -> date:
    if value > date.today():
        raise ValidationError(f"{label} kan inte ligga i framtiden.", field)
    return value


def required_text(value: str | None, message: str, field: str) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(message, field)
    return text
