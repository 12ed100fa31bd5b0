"""The application context handed to every window: the open plan, its services and the undo stack."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from desktop_app.services.tree import PlanTree, read_tree
from desktop_app.services.workspace import Workspace

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from desktop_app.services.plan import PlanService
    from desktop_app.services.registers import RegisterService


class AppContext(QObject):
    """What every view needs, instead of globals.

    ``plan_changed`` is emitted after any change to the plan's data, including
    undo and redo, so that every open view can reload what it shows.
    """

    plan_changed = Signal()

    def __init__(self, workspace: Workspace, actor: str, read_only: bool = False) -> None:
        super().__init__()
        self.workspace = workspace
        self.actor = actor
        self.read_only = read_only
        self.undo_stack = QUndoStack(self)
        self.undo_stack.indexChanged.connect(self.plan_changed)

    @cached_property
    def plan(self) -> PlanService:
        """The service that changes the plan, made when first needed.

        It works on the table classes, whose creation costs a tenth of a second;
        showing the plan needs only ``tree()``, which reads it with plain SQL, so
        the window is shown without them and they are loaded at the first change.
        """
        from desktop_app.services.plan import PlanService

        return PlanService(self.workspace.engine, self.actor)

    @cached_property
    def registers(self) -> RegisterService:
        """The service that changes the registers, made when first needed (as ``plan``)."""
        from desktop_app.services.registers import RegisterService

        return RegisterService(self.workspace.engine, self.actor)

    def set_actor(self, actor: str) -> None:
        """Act in the name of ``actor`` from now on (the user changed their name under Inställningar)."""
        self.actor = actor
        for cached in ("plan", "registers"):
            self.__dict__.pop(cached, None)

    def tree(self) -> PlanTree:
        """The live plan as plain values (what ``plan.tree()`` gives, without the writing service)."""
        return read_tree(self.workspace.path)

    @property
    def engine(self) -> Engine:
        """Only to hand on to services; views never open a session."""
        return self.workspace.engine
