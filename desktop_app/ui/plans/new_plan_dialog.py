"""Arkiv › Ny plan…: an empty plan, or a copy of the structure of the open plan, in a new file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.errors import PlanError
from desktop_app.services.new_plan import PlanDraft, PlanFacts, create_plan, draft_of
from desktop_app.services.plan_info import read_plan_info
from desktop_app.ui.context import AppContext
from desktop_app.ui.plans.target_fields import PlanTargetFields


class NewPlanDialog(QDialog):
    """Ask for the new plan's name, file and start; OK writes it (``created`` is its path)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.created: Path | None = None
        self.setObjectName("newPlanDialog")
        self.setWindowTitle(self.tr("New plan"))
        info = read_plan_info(context.workspace.path)
        current = (info.title if info else "") or context.workspace.path.name
        tree = context.tree()
        self.target = PlanTargetFields(context.workspace.path.parent)
        self.empty_radio = QRadioButton(self.tr("&Empty plan: focus areas and initiatives are added later"))
        self.empty_radio.setObjectName("emptyPlanRadio")
        self.copy_radio = QRadioButton(
            self.tr("&Copy the structure of “%1” (%2 focus areas, %3 initiatives, %4 activities)")
            .replace("%1", current)
            .replace("%2", str(len(tree.focus_areas)))
            .replace("%3", str(len(tree.initiatives())))
            .replace("%4", str(len(tree.activities())))
        )
        self.copy_radio.setObjectName("copyPlanRadio")
        group = QButtonGroup(self)
        group.addButton(self.empty_radio)
        group.addButton(self.copy_radio)
        self.empty_radio.setChecked(True)
        hint = QLabel(
            self.tr(
                "A copy takes the focus areas, initiatives, activities and offices, as proposed "
                "activities without status. The new plan is a plan of its own: its plan files are "
                "never mixed with this plan's."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #605e5c;")
        self.error_label = QLabel()
        self.error_label.setObjectName("newPlanError")
        self.error_label.setStyleSheet("color: #a4262c;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create plan"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.target)
        layout.addSpacing(8)
        layout.addWidget(self.empty_radio)
        layout.addWidget(self.copy_radio)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.target.changed.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.target.plan_name()))

    def accept(self) -> None:
        draft = draft_of(self.context.workspace.path) if self.copy_radio.isChecked() else PlanDraft()
        info = read_plan_info(self.context.workspace.path)
        facts = PlanFacts(
            plan_name=self.target.plan_name(),
            organisation=info.organisation if info else "",
        )
        try:
            self.created = create_plan(self.target.path(), facts, draft, self.context.actor)
        except PlanError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            return
        super().accept()
