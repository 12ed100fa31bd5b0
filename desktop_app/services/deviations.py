"""Deviation follow-up: every current deviation, its recommended action and what was decided on it.

The seed (section 7): causes of deviations are followed up; process leader and
focus-area lead together recommend an action for each; the steering group
decides.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from database.enums import DecisionKind, FollowUpState, StatusColour
from database.models import StatusReport
from desktop_app.services.decisions import DecisionRow, DecisionService
from desktop_app.services.deviation_rule import (
    FINISHED,
    decision_on_deviation,
    deviation_run,
)
from desktop_app.services.follow_up import resolve
from desktop_app.services.messages import _
from desktop_app.services.records import RecordService, require_date, required_text
from desktop_app.services.rules import check_action_agreement, not_in_future
from desktop_app.services.tree import ActivityNode, PlanTree, read_tree


@dataclass(frozen=True)
class DeviationRow:
    """A current deviation (yellow or red activity) with its follow-up."""

    activity: ActivityNode
    focus_area_id: str
    status: StatusColour
    since: date
    report_id: str
    cause: str
    recommended_action: str
    action_agreed_by: str
    action_agreed_on: date | None
    decision: DecisionRow | None

    @property
    def responsible(self) -> str:
        return ", ".join(part for part in (self.activity.responsible_office, self.activity.owner) if part)

    @property
    def follow_up_label(self) -> str:
        if self.decision is None:
            return _("Inget beslut")
        if self.decision.follow_up_state is FollowUpState.OPEN:
            return _("Öppen, senast {follow_up_date}").format(follow_up_date=self.decision.follow_up_date)
        return self.decision.follow_up_label or _("Beslutad")


class DeviationService(RecordService):
    """The current deviations and the agreement on their recommended actions."""

    def deviations(self, tree: PlanTree | None = None) -> list[DeviationRow]:
        """Every current deviation of an activity still under way, in plan order."""
        tree = tree or read_tree(self.engine)
        with Session(self.engine) as session:
            reports = session.exec(
                select(StatusReport)
                .where(col(StatusReport.deleted_at).is_(None))
                .order_by(
                    col(StatusReport.activity_id),
                    col(StatusReport.reported_on).desc(),
                    col(StatusReport.created_at).desc(),
                    col(StatusReport.id).desc(),
                )
            )
            history: dict[str, list[StatusReport]] = defaultdict(list)
            for report in reports:
                history[report.activity_id].append(report)
        decisions: dict[str, list[DecisionRow]] = defaultdict(list)
        for decision in DecisionService(self.engine, self.actor).decisions(tree=tree):
            if decision.kind is DecisionKind.DEVIATION_ACTION and decision.status_report_id:
                decisions[decision.status_report_id].append(decision)
        area_of = {i.id: i.focus_area_id for i in tree.initiatives()}
        rows = []
        for activity in tree.activities():
            reports_of = history.get(activity.id)
            if not reports_of or activity.lifecycle in FINISHED:
                continue
            run = deviation_run(reports_of)
            if not run:
                continue
            current = run[0]
            colour = StatusColour(current.status)
            decision = decision_on_deviation(run, (d for report in run for d in decisions.get(report.id, ())))
            rows.append(
                DeviationRow(
                    activity=activity,
                    focus_area_id=area_of[activity.initiative_id],
                    status=colour,
                    since=run[-1].reported_on,
                    report_id=current.id,
                    cause=current.cause,
                    recommended_action=current.recommended_action,
                    action_agreed_by=current.action_agreed_by,
                    action_agreed_on=current.action_agreed_on,
                    decision=decision,
                )
            )
        return rows

    def record_action_agreement(
        self, report_id: str, agreed_by: str, agreed_on: date | None
    ) -> tuple[str, date | None]:
        """Note who agreed the report's recommended action, and when; returns the previous values.

        Status reports are append-only in what they observe (date, colour,
        cause, action); the agreement is a later note on the same report, so it
        is written into that report's two agreement fields only. A new report
        would restart the "status since" date and repeat an observation that
        was not made again.
        """
        agreed_by = required_text(
            agreed_by, _("Ange vilka som kom överens: processledaren och fokusområdesansvarig."), "agreed_by"
        )
        label = _("Datum för överenskommelsen")
        agreed_on = not_in_future(require_date(agreed_on, label, "agreed_on"), label, "agreed_on")
        with Session(self.engine) as session, session.begin():
            report = self._live(session, StatusReport, report_id, _("Statusrapporten"))
            check_action_agreement(agreed_on, report.reported_on, report.recommended_action)
            previous = (report.action_agreed_by, report.action_agreed_on)
            report.action_agreed_by = agreed_by
            report.action_agreed_on = agreed_on
            self._touch(report)
            session.flush()
            resolve(session.connection(), report.activity_id, self.actor)  # a mark the agreement set right
            return previous

    def restore_action_agreement(self, report_id: str, previous: tuple[str, date | None]) -> None:
        """Put back the agreement a report had (the undo of ``record_action_agreement``)."""
        with Session(self.engine) as session, session.begin():
            report = self._live(session, StatusReport, report_id, _("Statusrapporten"))
            report.action_agreed_by, report.action_agreed_on = previous
            self._touch(report)
