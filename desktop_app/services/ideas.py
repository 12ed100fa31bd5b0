"""Ideas and feedback from the business dialogue forums (seed section 5, step 3).

An idea that the steering group takes up becomes a proposed activity, linked
to the idea, so the plan shows where the activity came from.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from database.enums import IdeaState
from database.models import FocusArea, Idea
from desktop_app.services.errors import PlanError, ValidationError
from desktop_app.services.labels import IDEA_STATE_LABELS
from desktop_app.services.messages import _
from desktop_app.services.name_history import record_idea_state
from desktop_app.services.plan import PlanService
from desktop_app.services.records import RecordService, Tombstoned, not_in_future, require_date, required_text

FORUMS = ("Näringslivsrådet", "Frukostklubben", "Entreprenörrådet", "Företagsbesök")
"""The dialogue forums the seed names; any other forum may be typed."""


IDEA_FIELDS = frozenset({"received_on", "forum", "text", "focus_area_id", "state"})


@dataclass(frozen=True)
class IdeaRow:
    id: str
    received_on: date
    forum: str
    text: str
    focus_area_id: str | None
    state: IdeaState
    activity_id: str | None

    @property
    def state_label(self) -> str:
        return IDEA_STATE_LABELS[self.state]


@dataclass(frozen=True)
class IdeaActivity:
    """What undo and redo of "became an activity" need."""

    idea_id: str
    activity_id: str
    previous_state: IdeaState
    previous_activity_id: str | None
    removed: Tombstoned


def _validated(values: Mapping[str, Any]) -> dict[str, Any]:
    clean = dict(values)
    if "received_on" in clean:
        label = _("Datum då idén kom in")
        clean["received_on"] = not_in_future(
            require_date(clean["received_on"], label, "received_on"), label, "received_on"
        )
    if "text" in clean:
        clean["text"] = required_text(clean["text"], _("Skriv idén eller synpunkten."), "text")
    if "forum" in clean:
        clean["forum"] = str(clean["forum"] or "").strip()
    if "state" in clean:
        try:
            clean["state"] = IdeaState(clean["state"])
        except ValueError:
            raise ValidationError(_("Okänt läge: {clean}.").format(clean=clean["state"]), "state") from None
        if clean["state"] is IdeaState.BECAME_ACTIVITY:
            raise ValidationError(
                _("Använd ”Gör till aktivitet” för att göra idén till en aktivitet."), "state"
            )
    return clean


class IdeaService(RecordService):
    """Recording ideas and feedback and turning them into proposed activities."""

    def ideas(
        self, *, received_after: date | None = None, received_until: date | None = None
    ) -> list[IdeaRow]:
        """Live ideas, newest first, optionally received after one date and until another."""
        with Session(self.engine) as session:
            query = select(Idea).where(col(Idea.deleted_at).is_(None))
            if received_after is not None:
                query = query.where(Idea.received_on > received_after)
            if received_until is not None:
                query = query.where(Idea.received_on <= received_until)
            rows = session.exec(query.order_by(col(Idea.received_on).desc(), col(Idea.created_at).desc()))
            return [
                IdeaRow(
                    id=idea.id,
                    received_on=idea.received_on,
                    forum=idea.forum,
                    text=idea.text,
                    focus_area_id=idea.focus_area_id,
                    state=IdeaState(idea.state),
                    activity_id=idea.activity_id,
                )
                for idea in rows
            ]

    def create_idea(
        self,
        received_on: date | None,
        forum: str,
        text: str,
        focus_area_id: str | None = None,
        state: IdeaState | str = IdeaState.NEW,
    ) -> str:
        values = _validated(
            {
                "received_on": received_on,
                "forum": forum,
                "text": text,
                "focus_area_id": focus_area_id,
                "state": state,
            }
        )
        with Session(self.engine) as session, session.begin():
            if focus_area_id:
                self._live(session, FocusArea, focus_area_id, _("Fokusområdet"))
            idea = Idea(**values)
            session.add(self._new(idea))
            return idea.id

    def update_idea(self, idea_id: str, changes: Mapping[str, Any]) -> dict[str, Any]:
        """Change an idea's fields; returns the old values of those that changed."""
        unknown = set(changes) - IDEA_FIELDS
        if unknown:
            raise PlanError(_("Okända fält: {items}.").format(items=", ".join(sorted(unknown))))
        with Session(self.engine) as session, session.begin():
            idea = self._live(session, Idea, idea_id, _("Idén"))
            if (
                IdeaState(idea.state) is IdeaState.BECAME_ACTIVITY
                and "state" in changes
                and (IdeaState(changes["state"]) is not IdeaState.BECAME_ACTIVITY)
            ):
                raise ValidationError(
                    _("Idén har blivit en aktivitet; ångra det i stället för att byta läge."), "state"
                )
            clean = _validated({k: v for k, v in changes.items() if k != "state" or v != idea.state})
            if clean.get("focus_area_id"):
                self._live(session, FocusArea, clean["focus_area_id"], _("Fokusområdet"))
            old = {name: getattr(idea, name) for name, value in clean.items() if getattr(idea, name) != value}
            if "state" in old:
                record_idea_state(session, idea, clean["state"], date.today(), self.actor)
            for name in old:
                setattr(idea, name, clean[name])
            if old:
                self._touch(idea)
            return old

    def restore_idea_values(self, idea_id: str, values: Mapping[str, Any]) -> None:
        """Put back values ``update_idea`` returned (its undo), without the rules on new input."""
        with Session(self.engine) as session, session.begin():
            idea = self._live(session, Idea, idea_id, _("Idén"))
            if "state" in values:
                record_idea_state(session, idea, values["state"], date.today(), self.actor)
            for name, value in values.items():
                setattr(idea, name, value)
            self._touch(idea)

    def delete_idea(self, idea_id: str) -> Tombstoned:
        removed: Tombstoned = []
        with Session(self.engine) as session, session.begin():
            self._tombstone(self._live(session, Idea, idea_id, _("Idén")), removed)
        return removed

    def make_activity(self, plan: PlanService, idea_id: str, initiative_id: str, title: str) -> IdeaActivity:
        """Create a proposed activity from an idea and link the two ("Blev en aktivitet")."""
        with Session(self.engine) as session:
            idea = self._live(session, Idea, idea_id, _("Idén"))
            if idea.activity_id and IdeaState(idea.state) is IdeaState.BECAME_ACTIVITY:
                raise ValidationError(_("Idén har redan blivit en aktivitet."))
            previous_state, previous_activity = IdeaState(idea.state), idea.activity_id
            description = idea.text
        activity_id = plan.create_activity(initiative_id, title, description=description)
        try:
            self._link(idea_id, activity_id, IdeaState.BECAME_ACTIVITY)
        except PlanError:
            plan.delete(activity_id)
            raise
        removed = [("activity", activity_id)]
        return IdeaActivity(idea_id, activity_id, previous_state, previous_activity, removed)

    def undo_make_activity(self, plan: PlanService, made: IdeaActivity) -> None:
        """Tombstone the activity made from the idea and give the idea its old state."""
        plan.delete(made.activity_id)
        self._link(made.idea_id, made.previous_activity_id, made.previous_state)

    def redo_make_activity(self, plan: PlanService, made: IdeaActivity) -> None:
        plan.restore(made.removed)
        self._link(made.idea_id, made.activity_id, IdeaState.BECAME_ACTIVITY)

    def _link(self, idea_id: str, activity_id: str | None, state: IdeaState) -> None:
        with Session(self.engine) as session, session.begin():
            idea = self._live(session, Idea, idea_id, _("Idén"))
            record_idea_state(session, idea, state, date.today(), self.actor)
            idea.activity_id = activity_id
            idea.state = state
            self._touch(idea)
