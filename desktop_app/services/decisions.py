"""Steering-group decisions and the decision register.

A decision is recorded against a meeting. Deciding on an activity changes it
in the same transaction (approving makes it *beslutad* with the meeting's date
as decision date); the returned ``RecordedDecision`` holds the activity's
values before and after, so the decision can be undone and redone exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from database.enums import DecisionKind, FollowUpState, Lifecycle, StatusColour
from database.models import Activity, Decision, Person, StatusReport, SteeringMeeting
from desktop_app.services.deviation_rule import DEVIATION_COLOURS
from desktop_app.services.errors import ValidationError
from desktop_app.services.labels import DECISION_KIND_LABELS, FOLLOW_UP_LABELS, LIFECYCLE_LABELS
from desktop_app.services.lifecycle import record_change, set_decision_changes_live
from desktop_app.services.messages import _
from desktop_app.services.person_links import resolve
from desktop_app.services.records import RecordService, not_in_future, require_date, required_text
from desktop_app.services.tree import PlanTree, read_tree

_ACTIVITY_KINDS = {
    DecisionKind.APPROVE,
    DecisionKind.CANCEL,
    DecisionKind.COMPLETE,
    DecisionKind.PRIORITY,
    DecisionKind.DEVIATION_ACTION,
}


@dataclass(frozen=True)
class DecisionRow:
    """A decision as the register shows it."""

    id: str
    meeting_id: str
    meeting_date: date
    kind: DecisionKind
    text: str
    activity_id: str | None
    activity_code: str
    activity_title: str
    focus_area_id: str | None
    status_report_id: str | None
    follow_up_by: str
    follow_up_date: date | None
    follow_up_state: FollowUpState
    follow_up_done_on: date | None
    follow_up_person_id: str | None = None

    @property
    def kind_label(self) -> str:
        return DECISION_KIND_LABELS[self.kind]

    @property
    def follow_up_label(self) -> str:
        return FOLLOW_UP_LABELS[self.follow_up_state]


@dataclass(frozen=True)
class RecordedDecision:
    """What undo and redo of a recorded decision need."""

    decision_id: str
    activity_id: str | None
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)


def _parse_priority(value: Any) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        number = 0
    if number < 1:
        raise ValidationError(_("Prioriteten ska vara ett heltal, 1 eller högre."), "priority")
    return number


class DecisionService(RecordService):
    """Recording decisions, following them up, and the deviations they act on."""

    # --- recording --------------------------------------------------------------------

    def record_decision(
        self,
        meeting_id: str,
        kind: DecisionKind | str,
        text: str,
        *,
        activity_id: str | None = None,
        priority: int | str | None = None,
        follow_up_by: str = "",
        follow_up_person_id: str | None = None,
        follow_up_date: date | None = None,
    ) -> RecordedDecision:
        """Record a decision and make its change to the activity; one transaction.

        Who follows up is a person of the register (``follow_up_person_id``, or a name that
        names one, see ``person_links``) or a name kept as text.
        """
        kind = DecisionKind(kind)
        text = required_text(text, _("Skriv vad styrgruppen beslutade."), "text")
        follow_up_by = follow_up_by.strip()
        someone = bool(follow_up_by or follow_up_person_id)
        if kind in _ACTIVITY_KINDS and not activity_id:
            raise ValidationError(_("Välj den aktivitet beslutet gäller."), "activity_id")
        if kind is DecisionKind.DEVIATION_ACTION:
            if not someone:
                raise ValidationError(_("Ange vem som följer upp åtgärden."), "follow_up_by")
            require_date(follow_up_date, _("Datum för uppföljningen"), "follow_up_date")
        elif someone and follow_up_date is None:
            raise ValidationError(_("Ange senast när beslutet ska följas upp."), "follow_up_date")
        with Session(self.engine) as session, session.begin():
            meeting = self._live(session, SteeringMeeting, meeting_id, _("Mötet"))
            if follow_up_date is not None and follow_up_date < meeting.meeting_date:
                raise ValidationError(_("Uppföljningen kan inte ligga före mötet."), "follow_up_date")
            who = {"follow_up_by": follow_up_by}
            if follow_up_person_id:
                who["follow_up_person_id"] = follow_up_person_id
            decision = Decision(
                meeting_id=meeting_id,
                kind=kind,
                text=text,
                activity_id=activity_id,
                **resolve(session, who, "follow_up_by", "follow_up_person_id"),
                follow_up_date=follow_up_date,
                follow_up_state=FollowUpState.OPEN if follow_up_date else FollowUpState.NONE,
            )
            before: dict[str, Any] = {}
            after: dict[str, Any] = {}
            activity = None
            if activity_id:
                activity = self._live(session, Activity, activity_id, _("Aktiviteten"))
                after = self._activity_change(session, activity, kind, meeting.meeting_date, priority)
                if kind is DecisionKind.DEVIATION_ACTION:
                    decision.status_report_id = self._current_deviation(session, activity_id).id
                before = {name: getattr(activity, name) for name in after}
            session.add(self._new(decision))
            if activity is not None:
                if "lifecycle" in after:
                    record_change(
                        session,
                        activity,
                        after["lifecycle"],
                        meeting.meeting_date,
                        self.actor,
                        decision_id=decision.id,
                    )
                self._apply(activity, after)
            return RecordedDecision(decision.id, activity_id, before, after)

    @staticmethod
    def _activity_change(
        session: Session, activity: Activity, kind: DecisionKind, meeting_date: date, priority: Any
    ) -> dict[str, Any]:
        lifecycle = Lifecycle(activity.lifecycle)
        label = LIFECYCLE_LABELS[lifecycle].lower()
        if kind is DecisionKind.APPROVE:
            if lifecycle is not Lifecycle.PROPOSED:
                raise ValidationError(
                    _("Aktiviteten är redan {label}; bara föreslagna aktiviteter kan godkännas.").format(
                        label=label
                    ),
                    "activity_id",
                )
            return {"lifecycle": Lifecycle.DECIDED, "decision_date": meeting_date}
        if kind in (DecisionKind.CANCEL, DecisionKind.COMPLETE):
            if lifecycle in (Lifecycle.CANCELLED, Lifecycle.COMPLETED):
                raise ValidationError(_("Aktiviteten är redan {label}.").format(label=label), "activity_id")
            return {"lifecycle": Lifecycle.CANCELLED if kind is DecisionKind.CANCEL else Lifecycle.COMPLETED}
        if kind is DecisionKind.PRIORITY:
            return {"priority": _parse_priority(priority)}
        return {}

    def _current_deviation(self, session: Session, activity_id: str) -> StatusReport:
        latest = session.exec(
            select(StatusReport)
            .where(StatusReport.activity_id == activity_id, col(StatusReport.deleted_at).is_(None))
            .order_by(
                col(StatusReport.reported_on).desc(),
                col(StatusReport.created_at).desc(),
                col(StatusReport.id).desc(),
            )
        ).first()
        if latest is None or StatusColour(latest.status) not in DEVIATION_COLOURS:
            raise ValidationError(_("Aktiviteten har ingen avvikelse (gul eller röd status) att besluta om."))
        return latest

    def _apply(self, activity: Activity, values: dict[str, Any]) -> None:
        if any(getattr(activity, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(activity, name, value)
            self._touch(activity)

    def retract_decision(self, recorded: RecordedDecision) -> None:
        """Undo ``record_decision``: tombstone the decision and give the activity its old values back."""
        self._set_decision_live(recorded, live=False)

    def reinstate_decision(self, recorded: RecordedDecision) -> None:
        """Redo a retracted decision: the same record again, and its change to the activity."""
        self._set_decision_live(recorded, live=True)

    def _set_decision_live(self, recorded: RecordedDecision, live: bool) -> None:
        with Session(self.engine) as session, session.begin():
            decision = session.get(Decision, recorded.decision_id)
            if decision is None:
                return
            if live:
                decision.deleted_at = None
                self._touch(decision)
            elif decision.deleted_at is None:
                self._tombstone(decision, [])
            activity = session.get(Activity, recorded.activity_id) if recorded.activity_id else None
            if activity is not None and activity.deleted_at is None:
                set_decision_changes_live(session, decision.id, live, self.actor)
                self._apply(activity, recorded.after if live else recorded.before)

    # --- following up -----------------------------------------------------------------

    def mark_follow_up_done(
        self, decision_id: str, done_on: date | None
    ) -> tuple[FollowUpState, date | None]:
        """Mark an open follow-up done; returns the state and date it had, for undo."""
        done_on = not_in_future(
            require_date(done_on, _("Datum då uppföljningen blev klar"), "done_on"),
            _("Datum då uppföljningen blev klar"),
            "done_on",
        )
        with Session(self.engine) as session, session.begin():
            decision = self._live(session, Decision, decision_id, _("Beslutet"))
            if FollowUpState(decision.follow_up_state) is not FollowUpState.OPEN:
                raise ValidationError(_("Beslutet har ingen öppen uppföljning."))
            meeting = session.get(SteeringMeeting, decision.meeting_id)
            if meeting is not None and done_on < meeting.meeting_date:
                raise ValidationError(
                    _("Uppföljningen kan inte vara klar före mötet där beslutet togs."), "done_on"
                )
            previous = (FollowUpState(decision.follow_up_state), decision.follow_up_done_on)
            decision.follow_up_state = FollowUpState.DONE
            decision.follow_up_done_on = done_on
            self._touch(decision)
            return previous

    def set_follow_up_state(self, decision_id: str, state: FollowUpState, done_on: date | None) -> None:
        """Put a follow-up back in a given state (the undo of ``mark_follow_up_done``)."""
        with Session(self.engine) as session, session.begin():
            decision = self._live(session, Decision, decision_id, _("Beslutet"))
            decision.follow_up_state = state
            decision.follow_up_done_on = done_on
            self._touch(decision)

    # --- the register -----------------------------------------------------------------

    def decisions(
        self,
        *,
        meeting_id: str | None = None,
        focus_area_id: str | None = None,
        open_only: bool = False,
        tree: PlanTree | None = None,
    ) -> list[DecisionRow]:
        """The decision register, newest meeting first, filtered as asked."""
        tree = tree or read_tree(self.engine)
        with Session(self.engine) as session:
            query = (
                select(Decision, SteeringMeeting.meeting_date)
                .join(SteeringMeeting, col(SteeringMeeting.id) == col(Decision.meeting_id))
                .where(col(Decision.deleted_at).is_(None), col(SteeringMeeting.deleted_at).is_(None))
                .order_by(col(SteeringMeeting.meeting_date).desc(), col(Decision.created_at))
            )
            if meeting_id:
                query = query.where(Decision.meeting_id == meeting_id)
            if open_only:
                query = query.where(Decision.follow_up_state == FollowUpState.OPEN)
            rows = list(session.exec(query))
            people = dict(session.exec(select(Person.id, Person.name)).all())
        activities = {activity.id: activity for activity in tree.activities()}
        area_of = {i.id: i.focus_area_id for i in tree.initiatives()}
        result = []
        for decision, meeting_date in rows:
            activity = activities.get(decision.activity_id or "")
            area_id = area_of.get(activity.initiative_id) if activity else None
            if focus_area_id and area_id != focus_area_id:
                continue
            result.append(
                DecisionRow(
                    id=decision.id,
                    meeting_id=decision.meeting_id,
                    meeting_date=meeting_date,
                    kind=DecisionKind(decision.kind),
                    text=decision.text,
                    activity_id=decision.activity_id,
                    activity_code=activity.code if activity else "",
                    activity_title=activity.title if activity else "",
                    focus_area_id=area_id,
                    status_report_id=decision.status_report_id,
                    follow_up_by=people.get(decision.follow_up_person_id or "", decision.follow_up_by),
                    follow_up_person_id=decision.follow_up_person_id,
                    follow_up_date=decision.follow_up_date,
                    follow_up_state=FollowUpState(decision.follow_up_state),
                    follow_up_done_on=decision.follow_up_done_on,
                )
            )
        return result
