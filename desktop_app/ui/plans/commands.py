"""Undoable changes of the plan's own facts and of the order of focus areas and initiatives."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.services.plan_info import update_plan_info
from desktop_app.ui.commands import PlanCommand
from desktop_app.ui.context import AppContext


class PlanInfoCommand(PlanCommand):
    """Change the facts of "Om planen" (name, strategy, reference, period, owner) as one step."""

    def __init__(self, context: AppContext, changes: dict[str, Any]) -> None:
        super().__init__(context, QCoreApplication.translate("PlanCommands", "Change the plan's information"))
        self.changes = dict(changes)
        self.old: dict[str, Any] | None = None

    def apply(self) -> None:
        old = update_plan_info(self.context.engine, self.context.actor, self.changes)
        if self.old is None:
            self.old = old
            self.setObsolete(not old)

    def revert(self) -> None:
        update_plan_info(self.context.engine, self.context.actor, self.old or {})


class MoveFocusAreaCommand(PlanCommand):
    """Move a focus area to another place in the plan; codes are stable, so they stay as they are."""

    def __init__(self, context: AppContext, focus_area_id: str, index: int) -> None:
        super().__init__(context, QCoreApplication.translate("PlanCommands", "Move focus area"))
        self.focus_area_id = focus_area_id
        self.index = index
        self.origin: int | None = None

    def apply(self) -> None:
        origin = self.context.plan.move_focus_area(self.focus_area_id, self.index)
        if self.origin is None:
            self.origin = origin

    def revert(self) -> None:
        assert self.origin is not None
        self.context.plan.move_focus_area(self.focus_area_id, self.origin)


class MoveInitiativeCommand(PlanCommand):
    """Move an initiative, with its activities, within its focus area or to another one."""

    def __init__(self, context: AppContext, initiative_id: str, focus_area_id: str, index: int) -> None:
        super().__init__(context, QCoreApplication.translate("PlanCommands", "Move initiative"))
        self.initiative_id = initiative_id
        self.target = (focus_area_id, index)
        self.origin: tuple[str, int] | None = None

    def apply(self) -> None:
        origin = self.context.plan.move_initiative(self.initiative_id, *self.target)
        if self.origin is None:
            self.origin = origin

    def revert(self) -> None:
        assert self.origin is not None
        self.context.plan.move_initiative(self.initiative_id, *self.origin)
