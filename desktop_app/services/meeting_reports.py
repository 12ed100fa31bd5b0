"""Steering reports stored with their meeting, so the plan keeps exactly what was presented."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from database.models import MeetingReport, SteeringMeeting
from desktop_app.services.errors import NotFoundError, ValidationError
from desktop_app.services.messages import _


@dataclass(frozen=True)
class MeetingChoice:
    id: str
    meeting_date: date
    location: str


@dataclass(frozen=True)
class StoredReport:
    id: str
    meeting_id: str
    meeting_date: date
    file_name: str
    stored_at: datetime
    stored_by: str
    size: int


def meetings(engine: Engine) -> list[MeetingChoice]:
    """Every live steering meeting, newest first."""
    with Session(engine) as session:
        rows = session.exec(select(SteeringMeeting).where(col(SteeringMeeting.deleted_at).is_(None)))
        return [
            MeetingChoice(m.id, m.meeting_date, m.location)
            for m in sorted(rows, key=lambda m: (m.meeting_date, m.created_at, m.id), reverse=True)
        ]


def store_report(engine: Engine, meeting_id: str, file_name: str, pdf: bytes, actor: str) -> str:
    """Keep a generated PDF with its meeting; returns the stored report's id."""
    if not pdf.startswith(b"%PDF"):
        raise ValidationError(_("Det som skulle sparas är ingen PDF."), "pdf")
    with Session(engine) as session, session.begin():
        meeting = session.get(SteeringMeeting, meeting_id)
        if meeting is None or meeting.deleted_at is not None:
            raise NotFoundError(_("Styrgruppsmötet finns inte längre i planen."))
        report = MeetingReport(meeting_id=meeting_id, file_name=file_name, pdf=pdf, modified_by=actor)
        session.add(report)
        return report.id


def stored_reports(engine: Engine, meeting_id: str | None = None) -> list[StoredReport]:
    """The stored reports (of one meeting, or all), newest meeting and newest report first.

    The PDF bytes are not loaded; ``read_report`` fetches one.
    """
    with Session(engine) as session:
        query = (
            select(
                MeetingReport.id,
                MeetingReport.meeting_id,
                SteeringMeeting.meeting_date,
                MeetingReport.file_name,
                MeetingReport.created_at,
                MeetingReport.modified_by,
                func.length(MeetingReport.pdf),
            )
            .join(SteeringMeeting, col(SteeringMeeting.id) == col(MeetingReport.meeting_id))
            .where(col(MeetingReport.deleted_at).is_(None), col(SteeringMeeting.deleted_at).is_(None))
        )
        if meeting_id is not None:
            query = query.where(MeetingReport.meeting_id == meeting_id)
        rows = [StoredReport(*row) for row in session.exec(query)]
    return sorted(rows, key=lambda r: (r.meeting_date, r.stored_at, r.id), reverse=True)


def read_report(engine: Engine, report_id: str) -> bytes:
    """The PDF bytes of a stored report."""
    with Session(engine) as session:
        report = session.get(MeetingReport, report_id)
        if report is None or report.deleted_at is not None:
            raise NotFoundError(_("Den sparade rapporten finns inte längre."))
        return report.pdf
