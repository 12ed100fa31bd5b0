"""Undoable edits of the steering-group work.

Each command is made by ``perform``, which runs the service operation at once
(so a rule it breaks reaches the form as a message, before anything is on the
undo stack) and keeps what undo needs. Pushed on ``context.undo_stack``, its
first ``redo`` is that already-done operation; later ``redo`` and ``undo``
call the service and its inverse. ``AppContext`` emits ``plan_changed`` on
every index change of the stack, so the views reload.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication

from database.enums import DecisionKind, FollowUpState
from desktop_app.services.decisions import DecisionService
from desktop_app.services.deviations import DeviationService
from desktop_app.services.errors import PlanError
from desktop_app.services.goals import GoalService
from desktop_app.services.ideas import IdeaService
from desktop_app.services.records import Tombstoned
from desktop_app.services.rhythm import RhythmService
from desktop_app.services.steering import SteeringService
from desktop_app.ui import plain_text
from desktop_app.ui.context import AppContext
from desktop_app.ui.steering.forms import ErrorLabel


@dataclass(frozen=True)
class SteeringServices:
    """The steering services on the context's database, in the context's actor's name."""

    steering: SteeringService
    decisions: DecisionService
    deviations: DeviationService
    ideas: IdeaService
    goals: GoalService
    rhythm: RhythmService

    @classmethod
    def of(cls, context: AppContext) -> SteeringServices:
        engine, actor = context.engine, context.actor
        return cls(
            SteeringService(engine, actor),
            DecisionService(engine, actor),
            DeviationService(engine, actor),
            IdeaService(engine, actor),
            GoalService(engine, actor),
            RhythmService(engine, actor),
        )


class ServiceCommand(QUndoCommand):
    """A done service operation on the undo stack: ``reapply`` redoes it, ``revert`` undoes it."""

    def __init__(self, text: str, reapply: Callable[[], Any], revert: Callable[[], Any]) -> None:
        super().__init__(text)
        self._reapply = reapply
        self._revert = revert
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._run(self._reapply)

    def undo(self) -> None:
        self._run(self._revert)

    def _run(self, step: Callable[[], Any]) -> None:
        try:
            step()
        except PlanError as error:  # the plan changed underneath, e.g. by an import
            plain_text.warn(
                QApplication.activeWindow(),
                QCoreApplication.translate("SteeringCommands", "Cannot undo or redo"),
                str(error),
            )


def ensure_writable(context: AppContext) -> None:
    """Refuse edits when the plan is open read-only; views show the message like any broken rule."""
    if context.read_only:
        raise PlanError("Planen är öppnad skrivskyddad och kan inte ändras här.")


def push(context: AppContext, command: ServiceCommand | None) -> None:
    """Put a performed command on the undo stack (nothing when the edit changed nothing)."""
    if command is not None:
        context.undo_stack.push(command)


def attempt(error: ErrorLabel, perform: Callable[[], ServiceCommand | None], context: AppContext) -> bool:
    """Perform an edit and push it; a broken rule goes to ``error`` instead. Returns whether it was done."""
    try:
        command = perform()
    except PlanError as problem:
        error.show_message(str(problem))
        return False
    error.show_message("")
    push(context, command)
    return True


def _created(
    text: str, delete: Callable[[], Tombstoned], restore: Callable[[Tombstoned], None]
) -> ServiceCommand:
    """A record just created: undo gives it a tombstone, redo lifts that tombstone again."""
    removed: Tombstoned = []

    def revert() -> None:
        removed[:] = delete()

    return ServiceCommand(text, lambda: restore(removed), revert)


def _deleted(
    text: str, delete: Callable[[], Tombstoned], restore: Callable[[Tombstoned], None]
) -> ServiceCommand:
    """A deletion, done now: undo lifts the tombstones, redo deletes again."""
    removed = delete()

    def reapply() -> None:
        removed[:] = delete()

    return ServiceCommand(text, reapply, lambda: restore(removed))


# --- meetings ------------------------------------------------------------------------------


def create_meeting(
    context: AppContext, meeting_date: date, location: str, notes: str, attendee_ids: list[str]
) -> tuple[ServiceCommand, str]:
    ensure_writable(context)
    steering = SteeringServices.of(context).steering
    meeting_id = steering.create_meeting(meeting_date, location, notes, attendee_ids)
    return _created(
        QCoreApplication.translate("SteeringCommands", "New steering meeting"),
        lambda: steering.delete_meeting(meeting_id),
        steering.restore,
    ), meeting_id


def update_meeting(context: AppContext, meeting_id: str, changes: Mapping[str, Any]) -> ServiceCommand | None:
    ensure_writable(context)
    steering = SteeringServices.of(context).steering
    old = steering.update_meeting(meeting_id, changes)
    if not old:
        return None
    new = {name: changes[name] for name in old}
    return ServiceCommand(
        QCoreApplication.translate("SteeringCommands", "Edit steering meeting"),
        lambda: steering.update_meeting(meeting_id, new),
        lambda: steering.update_meeting(meeting_id, old),
    )


def delete_meeting(context: AppContext, meeting_id: str) -> ServiceCommand:
    ensure_writable(context)
    steering = SteeringServices.of(context).steering
    return _deleted(
        QCoreApplication.translate("SteeringCommands", "Delete steering meeting"),
        lambda: steering.delete_meeting(meeting_id),
        steering.restore,
    )


# --- decisions and deviations ---------------------------------------------------------------


def record_decision(
    context: AppContext,
    meeting_id: str,
    kind: DecisionKind,
    text: str,
    **details: Any,
) -> ServiceCommand:
    ensure_writable(context)
    decisions = SteeringServices.of(context).decisions
    recorded = decisions.record_decision(meeting_id, kind, text, **details)
    return ServiceCommand(
        QCoreApplication.translate("SteeringCommands", "Record decision"),
        lambda: decisions.reinstate_decision(recorded),
        lambda: decisions.retract_decision(recorded),
    )


def mark_follow_up_done(context: AppContext, decision_id: str, done_on: date) -> ServiceCommand:
    ensure_writable(context)
    decisions = SteeringServices.of(context).decisions
    previous = decisions.mark_follow_up_done(decision_id, done_on)
    return ServiceCommand(
        QCoreApplication.translate("SteeringCommands", "Mark follow-up done"),
        lambda: decisions.set_follow_up_state(decision_id, FollowUpState.DONE, done_on),
        lambda: decisions.set_follow_up_state(decision_id, *previous),
    )


def record_action_agreement(
    context: AppContext, report_id: str, agreed_by: str, agreed_on: date
) -> ServiceCommand:
    ensure_writable(context)
    deviations = SteeringServices.of(context).deviations
    previous = deviations.record_action_agreement(report_id, agreed_by, agreed_on)
    agreed = (agreed_by.strip(), agreed_on)
    return ServiceCommand(
        QCoreApplication.translate("SteeringCommands", "Record agreed action"),
        lambda: deviations.restore_action_agreement(report_id, agreed),
        lambda: deviations.restore_action_agreement(report_id, previous),
    )


# --- ideas and feedback ----------------------------------------------------------------------


def create_idea(context: AppContext, values: Mapping[str, Any]) -> tuple[ServiceCommand, str]:
    ensure_writable(context)
    ideas = SteeringServices.of(context).ideas
    idea_id = ideas.create_idea(**values)
    return _created(
        QCoreApplication.translate("SteeringCommands", "New idea"),
        lambda: ideas.delete_idea(idea_id),
        ideas.restore,
    ), idea_id


def update_idea(context: AppContext, idea_id: str, changes: Mapping[str, Any]) -> ServiceCommand | None:
    ensure_writable(context)
    ideas = SteeringServices.of(context).ideas
    old = ideas.update_idea(idea_id, changes)
    if not old:
        return None
    new = ideas.ideas()
    current = next(row for row in new if row.id == idea_id)
    applied = {name: getattr(current, name) for name in old}
    return ServiceCommand(
        QCoreApplication.translate("SteeringCommands", "Edit idea"),
        lambda: ideas.restore_idea_values(idea_id, applied),
        lambda: ideas.restore_idea_values(idea_id, old),
    )


def delete_idea(context: AppContext, idea_id: str) -> ServiceCommand:
    ensure_writable(context)
    ideas = SteeringServices.of(context).ideas
    return _deleted(
        QCoreApplication.translate("SteeringCommands", "Delete idea"),
        lambda: ideas.delete_idea(idea_id),
        ideas.restore,
    )


def make_activity(
    context: AppContext, idea_id: str, initiative_id: str, title: str
) -> tuple[ServiceCommand, str]:
    ensure_writable(context)
    ideas = SteeringServices.of(context).ideas
    made = ideas.make_activity(context.plan, idea_id, initiative_id, title)
    command = ServiceCommand(
        QCoreApplication.translate("SteeringCommands", "Make idea an activity"),
        lambda: ideas.redo_make_activity(context.plan, made),
        lambda: ideas.undo_make_activity(context.plan, made),
    )
    return command, made.activity_id


# --- measurable goals -------------------------------------------------------------------------


def create_goal(context: AppContext, values: Mapping[str, Any]) -> tuple[ServiceCommand, str]:
    ensure_writable(context)
    goals = SteeringServices.of(context).goals
    goal_id = goals.create_goal(values)
    return _created(
        QCoreApplication.translate("SteeringCommands", "New measurable goal"),
        lambda: goals.delete_goal(goal_id),
        goals.restore,
    ), goal_id


def update_goal(context: AppContext, goal_id: str, values: Mapping[str, Any]) -> ServiceCommand | None:
    ensure_writable(context)
    goals = SteeringServices.of(context).goals
    old = goals.update_goal(goal_id, values)
    if not old:
        return None
    return ServiceCommand(
        QCoreApplication.translate("SteeringCommands", "Edit measurable goal"),
        lambda: goals.update_goal(goal_id, values),
        lambda: goals.update_goal(goal_id, old),
    )


def delete_goal(context: AppContext, goal_id: str) -> ServiceCommand:
    ensure_writable(context)
    goals = SteeringServices.of(context).goals
    return _deleted(
        QCoreApplication.translate("SteeringCommands", "Delete measurable goal"),
        lambda: goals.delete_goal(goal_id),
        goals.restore,
    )


def set_goal_value(context: AppContext, goal_id: str, year: str, value: str, note: str) -> ServiceCommand:
    ensure_writable(context)
    goals = SteeringServices.of(context).goals
    previous = goals.set_value(goal_id, year, value, note)
    year_number = int(year)

    def revert() -> None:
        if previous is None:
            goals.remove_value(goal_id, year_number)
        else:
            goals.set_value(goal_id, previous.year, previous.value, previous.note)

    return ServiceCommand(
        QCoreApplication.translate("SteeringCommands", "Set measured value"),
        lambda: goals.set_value(goal_id, year, value, note),
        revert,
    )


def remove_goal_value(context: AppContext, goal_id: str, year: int) -> ServiceCommand | None:
    ensure_writable(context)
    goals = SteeringServices.of(context).goals
    old = goals.remove_value(goal_id, year)
    if old is None:
        return None
    return ServiceCommand(
        QCoreApplication.translate("SteeringCommands", "Remove measured value"),
        lambda: goals.remove_value(goal_id, year),
        lambda: goals.set_value(goal_id, old.year, old.value, old.note),
    )


def set_goal_link(context: AppContext, activity_id: str, goal_id: str, linked: bool) -> ServiceCommand | None:
    ensure_writable(context)
    goals = SteeringServices.of(context).goals
    if not goals.set_link(activity_id, goal_id, linked):
        return None
    return ServiceCommand(
        QCoreApplication.translate("SteeringCommands", "Link activity to goal")
        if linked
        else QCoreApplication.translate("SteeringCommands", "Unlink activity from goal"),
        lambda: goals.set_link(activity_id, goal_id, linked),
        lambda: goals.set_link(activity_id, goal_id, not linked),
    )


# --- reporting rhythm --------------------------------------------------------------------------


def record_check(
    context: AppContext, focus_area_id: str, checked_on: date, checked_by: str, note: str
) -> ServiceCommand:
    ensure_writable(context)
    rhythm = SteeringServices.of(context).rhythm
    check_id = rhythm.record_check(focus_area_id, checked_on, checked_by, note)
    return _created(
        QCoreApplication.translate("SteeringCommands", "Record focus-area check"),
        lambda: rhythm.delete_check(check_id),
        rhythm.restore,
    )
