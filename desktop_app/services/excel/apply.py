"""Applying an import preview: all of it in one transaction, after a backup of the database."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col, select

from database.backup import backup_database
from database.enums import Lifecycle
from database.models import Activity, ActivityOffice, Office, StatusReport, utc_now
from database.store import hold_write_lock
from desktop_app.services import file_access
from desktop_app.services.errors import PlanError
from desktop_app.services.excel.plan_index import plan_fingerprint
from desktop_app.services.excel.preview import ImportPreview
from desktop_app.services.follow_up import resolve
from desktop_app.services.lifecycle import hand_change_day, record_change
from desktop_app.services.messages import _
from desktop_app.services.workspace import Workspace

BACKUP_REASON = "fore-excelimport"


@dataclass(frozen=True)
class ImportResult:
    backup: Path | None
    """The copy of the database made before the import; ``None`` when nothing was to be done."""
    added: int
    changed: int
    status_reports: int
    offices: int


def apply_import(
    workspace: Workspace, preview: ImportPreview, actor: str, new_plan: bool = False
) -> ImportResult:
    """Write what ``preview`` shows into the plan, all or nothing.

    A backup of the database is made first.  Into a plan being made
    (``new_plan``) there is no backup, and new activities keep the lifecycle
    their rows give (else they are proposed, as every new activity of an
    import into a plan is). Raises ``PlanError`` when the preview has problems,
    the plan changed after it was made, or the plan cannot be written (another
    program writing it, a full disk); the plan is then unchanged.
    """
    if preview.problems:
        raise PlanError(
            _("Filen har {count} problem som måste rättas innan den kan importeras.").format(
                count=len(preview.problems)
            )
        )
    if not preview.has_changes:
        return ImportResult(None, 0, 0, 0, 0)
    copy = None if new_plan else backup_database(workspace.path, workspace.backup_dir, reason=BACKUP_REASON)
    try:
        _Writer(actor, new_plan).write(workspace, preview)
    except (SQLAlchemyError, OSError, sqlite3.Error) as error:
        # The transaction was rolled back: one sentence for the window and the command line, as
        # the plan file's import says it (a plan another program is writing, a full disk …).
        raise PlanError(
            _("Importen kunde inte genomföras och ingenting ändrades: {reason}.").format(
                reason=file_access.reason(error)
            )
        ) from error
    return ImportResult(
        copy,
        len(preview.additions),
        len(preview.chosen_changes),
        len(preview.chosen_reports),
        len(preview.new_offices),
    )


class _Writer:
    def __init__(self, actor: str, keep_lifecycle: bool = False) -> None:
        self.actor = actor
        self.keep_lifecycle = keep_lifecycle

    def write(self, workspace: Workspace, preview: ImportPreview) -> None:
        with Session(workspace.engine) as session, session.begin():
            hold_write_lock(session.connection())  # nothing committed between check and writes
            if plan_fingerprint(session.connection()) != preview.fingerprint:
                raise PlanError(
                    _(
                        "Planen har ändrats sedan förhandsgranskningen gjordes. Läs in filen "
                        "igen och granska ändringarna på nytt."
                    )
                )
            for office_id, name in preview.new_offices.items():
                session.add(Office(id=office_id, name=name, modified_by=self.actor))
            session.flush()
            positions = self.next_positions(session)
            for change in preview.chosen_changes:
                activity = session.get(Activity, change.activity_id)
                if activity is None or activity.deleted_at is not None:
                    raise PlanError(
                        _("Aktiviteten {code} finns inte längre i planen.").format(code=change.code)
                    )
                values = dict(change.values)
                offices = values.pop("participating_office_ids", None)
                if "initiative_id" in values:
                    activity.position = positions.get(values["initiative_id"], 0)
                    positions[values["initiative_id"]] = activity.position + 1
                if "lifecycle" in values:
                    day = hand_change_day(
                        Lifecycle(values["lifecycle"]),
                        values.get("decision_date", activity.decision_date),
                        date.today(),
                    )
                    record_change(session, activity, values["lifecycle"], day, self.actor)
                for name, value in values.items():
                    setattr(activity, name, value)
                activity.modified_at = utc_now()
                activity.modified_by = self.actor
                if offices is not None:
                    self.set_participants(session, activity.id, offices)
            for addition in preview.additions:
                values = dict(addition.values)
                offices = values.pop("participating_office_ids", frozenset())
                position = positions.get(addition.initiative_id, 0)
                positions[addition.initiative_id] = position + 1
                if not (self.keep_lifecycle and values.get("lifecycle")):
                    values["lifecycle"] = Lifecycle.PROPOSED
                session.add(
                    Activity(
                        id=addition.activity_id,
                        initiative_id=addition.initiative_id,
                        position=position,
                        modified_by=self.actor,
                        **values,
                    )
                )
                session.flush()
                for office_id in offices:
                    session.add(self.new_link(addition.activity_id, office_id))
            session.flush()
            for report in preview.chosen_reports:
                session.add(
                    StatusReport(
                        activity_id=report.activity_id,
                        reported_on=report.reported_on,
                        status=report.status,
                        comment=report.comment,
                        cause=report.cause,
                        recommended_action=report.recommended_action,
                        reported_by=self.actor,
                        modified_by=self.actor,
                    )
                )
            session.flush()
            touched = {c.activity_id for c in preview.chosen_changes} | {
                r.activity_id for r in preview.chosen_reports
            }
            for activity_id in sorted(touched):  # a follow-up mark whose value the sheet set right
                resolve(session.connection(), activity_id, self.actor)

    @staticmethod
    def next_positions(session: Session) -> dict[str, int]:
        rows = session.exec(
            select(Activity.initiative_id, func.max(Activity.position)).group_by(col(Activity.initiative_id))
        )
        return {initiative_id: highest + 1 for initiative_id, highest in rows}

    def new_link(self, activity_id: str, office_id: str) -> ActivityOffice:
        return ActivityOffice(activity_id=activity_id, office_id=office_id, modified_by=self.actor)

    def set_participants(self, session: Session, activity_id: str, office_ids: frozenset[str]) -> None:
        """Tombstone the links that go, revive or add the ones that come."""
        links = list(session.exec(select(ActivityOffice).where(ActivityOffice.activity_id == activity_id)))
        live = {link.office_id: link for link in links if link.deleted_at is None}
        dead = {link.office_id: link for link in links if link.deleted_at is not None}
        for office_id, link in live.items():
            if office_id not in office_ids:
                link.deleted_at = link.modified_at = utc_now()
                link.modified_by = self.actor
        for office_id in office_ids - set(live):
            if office_id in dead:
                dead[office_id].deleted_at = None
                dead[office_id].modified_at = utc_now()
                dead[office_id].modified_by = self.actor
            else:
                session.add(self.new_link(activity_id, office_id))
