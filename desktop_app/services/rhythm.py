"""The reporting rhythm (seed section 5, step 2): checks of each focus area's activity list.

A focus area is due for a check when it has had none since the last steering
meeting, or when its last check is older than a number of days the user sets
(30 by default, kept locally).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import Session, col, select

from database.models import FocusArea, FocusAreaCheck, Setting, SteeringMeeting
from desktop_app.services.errors import ValidationError
from desktop_app.services.messages import _
from desktop_app.services.records import RecordService, Tombstoned, not_in_future, require_date
from desktop_app.services.tree import PlanTree, read_tree

INTERVAL_SETTING = "steering.check_interval_days"
DEFAULT_INTERVAL_DAYS = 30


@dataclass(frozen=True)
class FocusAreaRhythm:
    focus_area_id: str
    code: str
    title: str
    last_checked_on: date | None
    last_checked_by: str
    last_note: str
    due: bool
    reason: str
    """Why the area is due, in Swedish (for the command line and reports); empty when not due."""
    due_because: str
    """``"never"``, ``"meeting"`` (not checked since ``last_meeting``), ``"interval"`` or ``""``."""
    last_meeting: date | None
    interval_days: int


class RhythmService(RecordService):
    """Recording focus-area checks and telling which focus areas are due."""

    def interval_days(self) -> int:
        with Session(self.engine) as session:
            setting = session.get(Setting, INTERVAL_SETTING)
        try:
            return max(1, int(setting.value)) if setting else DEFAULT_INTERVAL_DAYS
        except ValueError:
            return DEFAULT_INTERVAL_DAYS

    def set_interval_days(self, days: int) -> int:
        """Set the number of days after which a focus area is due; returns the previous number."""
        if days < 1:
            raise ValidationError(_("Antalet dagar måste vara minst 1."), "days")
        previous = self.interval_days()
        with Session(self.engine) as session, session.begin():
            setting = session.get(Setting, INTERVAL_SETTING) or Setting(key=INTERVAL_SETTING)
            setting.value = str(days)
            session.add(setting)
        return previous

    def record_check(
        self, focus_area_id: str, checked_on: date | None, checked_by: str, note: str = ""
    ) -> str:
        label = _("Datum för avstämningen")
        checked_on = not_in_future(require_date(checked_on, label, "checked_on"), label, "checked_on")
        if not checked_by.strip():
            raise ValidationError(
                _("Ange vilka som stämde av, t.ex. processledaren och fokusområdesansvarig."), "checked_by"
            )
        with Session(self.engine) as session, session.begin():
            self._live(session, FocusArea, focus_area_id, _("Fokusområdet"))
            check = FocusAreaCheck(
                focus_area_id=focus_area_id,
                checked_on=checked_on,
                checked_by=checked_by.strip(),
                note=note.strip(),
            )
            session.add(self._new(check))
            return check.id

    def delete_check(self, check_id: str) -> Tombstoned:
        removed: Tombstoned = []
        with Session(self.engine) as session, session.begin():
            self._tombstone(self._live(session, FocusAreaCheck, check_id, _("Avstämningen")), removed)
        return removed

    def rhythm(
        self, today: date | None = None, *, since: date | None = None, tree: PlanTree | None = None
    ) -> list[FocusAreaRhythm]:
        """Every focus area with its last check and whether it is due.

        ``since`` is the date of the last steering meeting (by default the
        latest meeting held on or before ``today``).
        """
        today = today or date.today()
        tree = tree or read_tree(self.engine)
        interval = self.interval_days()
        with Session(self.engine) as session:
            if since is None:
                since = session.exec(
                    select(SteeringMeeting.meeting_date)
                    .where(col(SteeringMeeting.deleted_at).is_(None), SteeringMeeting.meeting_date <= today)
                    .order_by(col(SteeringMeeting.meeting_date).desc())
                ).first()
            checks = session.exec(
                select(FocusAreaCheck)
                .where(col(FocusAreaCheck.deleted_at).is_(None), FocusAreaCheck.checked_on <= today)
                .order_by(col(FocusAreaCheck.checked_on), col(FocusAreaCheck.created_at))
            ).all()
        latest = {check.focus_area_id: check for check in checks}
        rows = []
        for area in tree.focus_areas:
            check = latest.get(area.id)
            if check is None:
                because, reason = "never", _("Aldrig avstämt")
            elif since is not None and check.checked_on <= since:
                because, reason = "meeting", _("Inte avstämt sedan mötet {since}").format(since=since)
            elif check.checked_on < today - timedelta(days=interval):
                because, reason = "interval", _("Mer än {interval} dagar sedan").format(interval=interval)
            else:
                because, reason = "", ""
            rows.append(
                FocusAreaRhythm(
                    focus_area_id=area.id,
                    code=area.code,
                    title=area.title,
                    last_checked_on=check.checked_on if check else None,
                    last_checked_by=check.checked_by if check else "",
                    last_note=check.note if check else "",
                    due=bool(because),
                    reason=reason,
                    due_because=because,
                    last_meeting=since,
                    interval_days=interval,
                )
            )
        return rows
