"""Shared plumbing of the services that edit the plan: who changes what, tombstones and their undo."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session, select

from database.models import SYNCED_TABLES, SyncRecord, utc_now
from desktop_app.services.errors import NotFoundError, ValidationError
from desktop_app.services.messages import N_, _
from desktop_app.services.rules import not_in_future as not_in_future  # the rule lives in rules

Tombstoned = list[tuple[str, str]]
"""``(table, id)`` of records given a tombstone by one operation, for ``restore``."""

_MODELS: dict[str, type[SyncRecord]] = {
    model.__tablename__: model  # type: ignore[attr-defined]
    for model in SYNCED_TABLES
}


class RecordService:
    """Base of the editing services: one database, changes made in the name of ``actor``."""

    _where = N_("i planen")
    """Where a missing record was, for the message that says it is gone."""

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

    def _live(self, session: Session, model: type[SyncRecord], record_id: str | None, what: str) -> Any:
        record = session.get(model, record_id) if record_id else None
        if record is None or record.deleted_at is not None:
            raise NotFoundError(
                _("{what} finns inte längre {where}.").format(what=what, where=_(self._where))
            )
        return record

    def _set_links(
        self,
        session: Session,
        link_model: type[SyncRecord],
        owner: tuple[str, str],
        target: tuple[str, type[SyncRecord], str],
        wanted: set[str],
    ) -> None:
        """Make the live links of one owner exactly ``wanted``: tombstone the rest, revive or add.

        ``owner`` is ``(column, id)``; ``target`` is ``(column, model, what it is called)``.
        A link removed and added again gets its old row back, so two installations never
        hold two rows for one link.
        """
        owner_column, owner_id = owner
        target_column, target_model, what = target
        rows = list(session.exec(select(link_model).where(getattr(link_model, owner_column) == owner_id)))
        live = {getattr(row, target_column): row for row in rows if row.deleted_at is None}
        dead = {getattr(row, target_column): row for row in rows if row.deleted_at is not None}
        for target_id, row in live.items():
            if target_id not in wanted:
                self._tombstone(row, [])
        for target_id in wanted - set(live):
            self._live(session, target_model, target_id, what)
            if target_id in dead:
                dead[target_id].deleted_at = None
                self._touch(dead[target_id])
            else:
                session.add(self._new(link_model(**{owner_column: owner_id, target_column: target_id})))

    def restore(self, records: Tombstoned) -> None:
        """Undo a deletion: lift the tombstones of the given records."""
        with Session(self.engine) as session, session.begin():
            for table, record_id in records:
                record = session.get(_MODELS[table], record_id)
                if record is not None and record.deleted_at is not None:
                    record.deleted_at = None
                    self._touch(record)


def require_date(value: date | None, label: str, field: str) -> date:
    if value is None:
        raise ValidationError(_("{label} måste anges.").format(label=label), field)
    return value


def required_text(value: str | None, message: str, field: str) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(message, field)
    return text
