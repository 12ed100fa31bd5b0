"""What the plan menu does: add, report status, move and delete, each as one undoable command."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QInputDialog, QMessageBox

from desktop_app.services.errors import PlanError
from desktop_app.services.tree import ActivityNode, FocusAreaNode, InitiativeNode
from desktop_app.ui import plain_text
from desktop_app.ui.commands import (
    AddCommand,
    DeleteCommand,
    MoveActivityCommand,
    PlanCommand,
    ReportStatusCommand,
    push,
)

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow


class PlanEditor(QObject):
    """Carries out the window's plan actions on the selected node; asks first where it must."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.context = window.context

    def fail(self, error: PlanError) -> None:
        plain_text.warn(self.window, self.tr("Could not be done"), str(error))

    def run(self, command: PlanCommand) -> bool:
        try:
            push(self.context, command)
        except PlanError as error:
            self.fail(error)
            return False
        self.window.statusBar().showMessage(self.tr("Saved: %1").replace("%1", command.text()), 4000)
        return True

    # --- actions ---------------------------------------------------------------------

    def new_activity(self) -> None:
        node = self.window.selected_node()
        initiative_id = node.initiative_id if isinstance(node, ActivityNode) else getattr(node, "id", None)
        if not isinstance(node, (ActivityNode, InitiativeNode)) or initiative_id is None:
            return
        self._add("activity", initiative_id, self.tr("New activity"))

    def new_initiative(self) -> None:
        node = self.window.selected_node()
        if node is None:
            return
        area_id = node.id if isinstance(node, FocusAreaNode) else self._area_of(node)
        self._add("initiative", area_id, self.tr("New initiative"))

    def new_focus_area(self) -> None:
        self._add("focus_area", None, self.tr("New focus area"))

    def _area_of(self, node: InitiativeNode | ActivityNode) -> str:
        if isinstance(node, InitiativeNode):
            return node.focus_area_id
        initiative = self.window.model.node(node.initiative_id)
        assert isinstance(initiative, InitiativeNode)
        return initiative.focus_area_id

    def _add(self, kind: str, parent_id: str | None, title: str) -> None:
        if not self.window.detail.commit_pending():
            return
        command = AddCommand(self.context, kind, parent_id, title)
        if not self.run(command):
            return
        assert command.record_id is not None
        self.window.filter_bar.reset()
        self.window.tree_view.select_node(command.record_id)
        self.window.tree_view.setFocus()
        QTimer.singleShot(0, self._select_title)

    def _select_title(self) -> None:
        """After adding: the title is ready to be typed over."""
        self.window.detail.focus_form()
        page = self.window.detail.stack.currentWidget()
        title = getattr(page, "title_edit", None) or getattr(page, "statement_edit", None)
        if title is not None:
            title.selectAll()

    def report_status(self) -> None:
        from desktop_app.ui.status_dialog import StatusDialog  # loaded when first used, not at start-up

        node = self.window.selected_node()
        if not isinstance(node, ActivityNode) or self.context.read_only:
            return
        if not self.window.detail.commit_pending():
            return
        dialog = StatusDialog(f"{node.code}  {node.title}", self.window)
        accepted = dialog.exec() == StatusDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return
        entry = dialog.entry()
        self.run(
            ReportStatusCommand(
                self.context,
                node.id,
                entry.status,
                entry.reported_on,
                entry.comment,
                entry.cause,
                entry.recommended_action,
            )
        )

    def delete_selected(self) -> None:
        node = self.window.selected_node()
        if node is None or self.context.read_only:
            return
        if isinstance(node, ActivityNode):
            what = self.tr("the activity %1 “%2”").replace("%1", node.code).replace("%2", node.title)
        elif isinstance(node, InitiativeNode):
            count = len(node.activities)
            what = (
                self.tr("the initiative %1 “%2” and its %n activities", "", count)
                .replace("%1", node.code)
                .replace("%2", node.title)
            )
        else:
            count = len(node.activities())
            what = (
                self.tr("the focus area %1 “%2” with %3 initiatives and %n activities", "", count)
                .replace("%1", node.code)
                .replace("%2", node.title)
                .replace("%3", str(len(node.initiatives)))
            )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete"),
            self.tr("Delete %1?").replace("%1", what),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # the title is shown as typed
        box.setInformativeText(self.tr("The status history is kept. You can undo this with Edit › Undo."))
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        answer = box.exec()
        box.deleteLater()
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.run(DeleteCommand(self.context, node.id, f"{node.code} {node.title}"))

    def move_selected(self, step: int) -> None:
        node = self.window.selected_node()
        if node is None or self.context.read_only:
            return
        if not isinstance(node, ActivityNode):
            self._move_parent(node, step)
            return
        initiative = self.window.model.node(node.initiative_id)
        assert isinstance(initiative, InitiativeNode)
        # The place among its siblings (a code is a stable number, not a place).
        index = [a.id for a in initiative.activities].index(node.id) + step
        if not 0 <= index < len(initiative.activities):
            return
        text = self.tr("Move activity up") if step < 0 else self.tr("Move activity down")
        if self.run(MoveActivityCommand(self.context, node.id, node.initiative_id, index, text)):
            self.window.tree_view.select_node(node.id)

    def _move_parent(self, node: FocusAreaNode | InitiativeNode, step: int) -> None:
        """Move a focus area or an initiative one place up or down (one undoable step)."""
        from desktop_app.ui.plans.commands import MoveFocusAreaCommand, MoveInitiativeCommand

        if isinstance(node, FocusAreaNode):
            places = [a.id for a in self.window.model.tree.focus_areas]
            index = places.index(node.id) + step
            command: PlanCommand = MoveFocusAreaCommand(self.context, node.id, index)
        else:
            area = self.window.model.node(node.focus_area_id)
            assert isinstance(area, FocusAreaNode)
            places = [i.id for i in area.initiatives]
            index = places.index(node.id) + step
            command = MoveInitiativeCommand(self.context, node.id, node.focus_area_id, index)
        siblings = len(places)
        if 0 <= index < siblings and self.run(command):
            self.window.tree_view.select_node(node.id)

    def move_dropped(self, activity_id: str, initiative_id: str, index: int) -> None:
        """An activity dragged to a place in the tree: move it there as one undoable step."""
        if self.context.read_only:
            return
        text = self.tr("Move activity")
        if self.run(MoveActivityCommand(self.context, activity_id, initiative_id, index, text)):
            self.window.tree_view.select_node(activity_id)

    def move_to_initiative(self) -> None:
        node = self.window.selected_node()
        if isinstance(node, InitiativeNode) and not self.context.read_only:
            from desktop_app.ui.plans import move_to_focus_area

            move_to_focus_area(self, node)
            return
        if not isinstance(node, ActivityNode) or self.context.read_only:
            return
        initiatives = [i for i in self.window.model.tree.initiatives() if i.id != node.initiative_id]
        labels = [f"{i.code}  {i.title}" for i in initiatives]
        choice, ok = QInputDialog.getItem(
            self.window,
            self.tr("Move to initiative"),
            self.tr("Move “%1” to:").replace("%1", node.title),
            labels,
            0,
            False,
        )
        if not ok or choice not in labels:
            return
        target = initiatives[labels.index(choice)]
        text = self.tr("Move activity to another initiative")
        if self.run(MoveActivityCommand(self.context, node.id, target.id, len(target.activities), text)):
            self.window.tree_view.select_node(node.id)
