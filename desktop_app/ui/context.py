"""The application context handed to every window: the open plan, its services and the undo stack."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from sqlalchemy import Engine

from desktop_app.services.plan import PlanService
from desktop_app.services.workspace import Workspace


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
        self.plan = PlanService(workspace.engine, actor)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.indexChanged.connect(self.plan_changed)

    @property
    def engine(self) -> Engine:
        """Only to hand on to services; views never open a session."""
        return self.workspace.engine
