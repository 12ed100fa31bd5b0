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
