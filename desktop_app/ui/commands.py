"""Undoable edits of the plan: one ``QUndoCommand`` per change, over the services.

The pattern every command follows (other areas write theirs the same way):

* ``apply()`` does the change through a service and remembers what undo
  needs; ``revert()`` undoes it.  Neither emits anything: ``AppContext``
  emits ``plan_changed`` when the undo stack's index changes.
* ``push(context, command)`` runs ``apply()`` once *before* the command goes
  on the stack, so a refused change (``PlanError``) raises to the caller and
  never leaves a dead entry behind; a read-only plan refuses every command.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication

from database.enums import StatusColour
from desktop_app.services import file_access
from desktop_app.services.errors import PlanError
from desktop_app.services.messages import _
from desktop_app.ui import plain_text
from desktop_app.ui.context import AppContext

MERGE_SECONDS = 2.0


class ReadOnlyError(PlanError):
    """The plan is open read-only because another window has it open for writing."""


def push(context: AppContext, command: PlanCommand) -> None:
    """Do ``command`` and put it on the undo stack; raises ``PlanError`` when refused."""
    if context.read_only:
        raise ReadOnlyError(
            QCoreApplication.translate(
                "Commands", "The plan is open read-only in this window; changes cannot be saved."
            )
        )
    try:
        command.apply()
    except Exception as error:
        # A full disk or a file made read-only under the app: one sentence, the plan unchanged.
        if not file_access.is_file_failure(error):
            raise
        raise PlanError(
            file_access.describe(context.workspace.path, error, writing=True)
            + " "
            + _("Planen är oförändrad.")
        ) from error
    command.applied = True
    if command.isObsolete():
        return  # it changed nothing; pushing it would still drop what redo could bring back
    context.undo_stack.push(command)


class PlanCommand(QUndoCommand):
    """Base of every plan edit; subclasses implement ``apply`` and ``revert``."""

    def __init__(self, context: AppContext, text: str) -> None:
        super().__init__(text)
        self.context = context
        self.applied = False

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        """QUndoCommand.redo: the first call (from ``push``) finds the change already done."""
        if self.applied:
            self.applied = False
            return
        self._carefully(self.apply)

    def undo(self) -> None:
        self._carefully(self.revert)

    def _carefully(self, step: Callable[[], None]) -> None:
        """Undo and redo come from Qt, which cannot take an exception: say what went wrong instead.

        That happens only when the plan changed under the command (say, an
        imported plan file removed the activity); the data is left as it is.
        """
        try:
            step()
        except PlanError as error:
            plain_text.warn(
                QApplication.activeWindow(),
                QCoreApplication.translate("Commands", "Could not be undone or redone"),
                str(error),
            )


class EditFieldCommand(PlanCommand):
    """Change a field of a focus area, initiative or activity (``changes`` names one field, or a
    few that belong together, like an end month and "löpande").

    Quick successive edits of the same field merge into one undo step.
    """

    MERGE_ID = 1001

    def __init__(
        self, context: AppContext, kind: str, record_id: str, changes: dict[str, Any], label: str
    ) -> None:
        super().__init__(context, QCoreApplication.translate("Commands", "Change %1").replace("%1", label))
        self.kind = kind
        self.record_id = record_id
        self.changes = dict(changes)
        self.old: dict[str, Any] | None = None
        self.when = time.monotonic()

    def _update(self, changes: dict[str, Any]) -> dict[str, Any]:
        plan = self.context.plan
        update = {
            "activity": plan.update_activity,
            "initiative": plan.update_initiative,
            "focus_area": plan.update_focus_area,
        }[self.kind]
        return update(self.record_id, changes)

    def apply(self) -> None:
        old = self._update(self.changes)
        if self.old is None:
            self.old = old
            self.setObsolete(not old)

    def revert(self) -> None:
        self._update(self.old or {})

    def id(self) -> int:
        return self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditFieldCommand) or self.old is None:
            return False
        if (other.kind, other.record_id, set(other.changes)) != (
            self.kind,
            self.record_id,
            set(self.changes),
        ):
            return False
        if other.when - self.when > MERGE_SECONDS:
            return False
        self.changes = other.changes
        self.old = {**(other.old or {}), **self.old}
        self.when = other.when
        self.setObsolete(all(k in self.changes and self.changes[k] == v for k, v in self.old.items()))
        return True


class ReportStatusCommand(PlanCommand):
    """Append a status report; undo retracts it and redo lifts the same report's tombstone."""

    def __init__(
        self,
        context: AppContext,
        activity_id: str,
        status: StatusColour,
        reported_on: date,
        comment: str = "",
        cause: str = "",
        recommended_action: str = "",
    ) -> None:
        super().__init__(context, QCoreApplication.translate("Commands", "Report status"))
        self.activity_id = activity_id
        self.values = {
            "status": status,
            "reported_on": reported_on,
            "comment": comment,
            "cause": cause,
            "recommended_action": recommended_action,
        }
        self.report_id: str | None = None

    def apply(self) -> None:
        if self.report_id is None:
            self.report_id = self.context.plan.report_status(self.activity_id, **self.values)
        else:
            self.context.plan.restore([("statusreport", self.report_id)])

    def revert(self) -> None:
        assert self.report_id is not None
        self.context.plan.retract_status_report(self.report_id)


class AddCommand(PlanCommand):
    """Add a focus area, initiative or activity; undo tombstones it, redo restores it."""

    def __init__(self, context: AppContext, kind: str, parent_id: str | None, title: str) -> None:
        texts = {
            "focus_area": QCoreApplication.translate("Commands", "Add focus area"),
            "initiative": QCoreApplication.translate("Commands", "Add initiative"),
            "activity": QCoreApplication.translate("Commands", "Add activity"),
        }
        super().__init__(context, texts[kind])
        self.kind = kind
        self.parent_id = parent_id
        self.title = title
        self.record_id: str | None = None
        self.removed: list[tuple[str, str]] = []

    def apply(self) -> None:
        plan = self.context.plan
        if self.record_id is not None:
            plan.restore(self.removed)
        elif self.kind == "focus_area":
            self.record_id = plan.create_focus_area(self.title)
        elif self.kind == "initiative":
            assert self.parent_id is not None
            self.record_id = plan.create_initiative(self.parent_id, self.title)
        else:
            assert self.parent_id is not None
            self.record_id = plan.create_activity(self.parent_id, self.title)

    def revert(self) -> None:
        assert self.record_id is not None
        self.removed = self.context.plan.delete(self.record_id)


class MoveActivityCommand(PlanCommand):
    """Move an activity to a place in an initiative (reorder or to another initiative)."""

    def __init__(self, context: AppContext, activity_id: str, initiative_id: str, index: int, text: str):
        super().__init__(context, text)
        self.activity_id = activity_id
        self.target = (initiative_id, index)
        self.origin: tuple[str, int] | None = None

    def apply(self) -> None:
        origin = self.context.plan.move_activity(self.activity_id, *self.target)
        if self.origin is None:
            self.origin = origin

    def revert(self) -> None:
        assert self.origin is not None
        self.context.plan.move_activity(self.activity_id, *self.origin)


class DeleteCommand(PlanCommand):
    """Tombstone a node and everything under it; undo lifts exactly those tombstones."""

    def __init__(self, context: AppContext, record_id: str, title: str) -> None:
        super().__init__(context, QCoreApplication.translate("Commands", "Delete %1").replace("%1", title))
        self.record_id = record_id
        self.removed: list[tuple[str, str]] = []

    def apply(self) -> None:
        self.removed = self.context.plan.delete(self.record_id)

    def revert(self) -> None:
        self.context.plan.restore(self.removed)
