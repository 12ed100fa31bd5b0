"""The "Om planen" form: the plan's name, its strategy, decision reference, period and owner."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.errors import PlanError
from desktop_app.services.plan_info import FIRST_YEAR, LAST_YEAR, PlanInfo, read_plan_info
from desktop_app.ui.commands import push
from desktop_app.ui.context import AppContext
from desktop_app.ui.plans.commands import PlanInfoCommand


class PlanInfoDialog(QDialog):
    """Edit the plan's facts; OK saves them as one undoable step (Edit › Undo)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("planInfoDialog")
        self.setWindowTitle(self.tr("About the plan"))
        self.info: PlanInfo | None = read_plan_info(context.workspace.path)
        info = self.info

        self.plan_name_edit = QLineEdit(info.plan_name if info else "")
        self.plan_name_edit.setObjectName("planNameEdit")
        self.strategy_edit = QLineEdit(info.name if info else "")
        self.strategy_edit.setObjectName("strategyEdit")
        self.reference_edit = QLineEdit(info.reference if info else "")
        self.reference_edit.setObjectName("referenceEdit")
        self.reference_edit.setPlaceholderText(self.tr("e.g. KS 16/70"))
        self.start_spin = self._year(info.period_start if info else 2024, "periodStartSpin")
        self.end_spin = self._year(info.period_end if info else 2027, "periodEndSpin")
        self.organisation_edit = QLineEdit(info.organisation if info else "")
        self.organisation_edit.setObjectName("organisationEdit")
        self.organisation_edit.setPlaceholderText(self.tr("e.g. Municipal Executive Office"))
        for edit in (self.plan_name_edit, self.strategy_edit, self.organisation_edit):
            edit.setMinimumWidth(420)

        period = QHBoxLayout()
        period.addWidget(self.start_spin)
        period.addWidget(QLabel("–"))
        period.addWidget(self.end_spin)
        period.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Plan &name:"), self.plan_name_edit)
        form.addRow(self.tr("&Strategy:"), self.strategy_edit)
        form.addRow(self.tr("&Decision reference:"), self.reference_edit)
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.start_spin)
        form.addRow(period_label, period)
        form.addRow(self.tr("&Owner organisation:"), self.organisation_edit)

        self.error_label = QLabel()
        self.error_label.setObjectName("planInfoError")
        self.error_label.setStyleSheet("color: #a4262c;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            info is not None and not context.read_only
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _year(self, value: int, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(FIRST_YEAR, LAST_YEAR)
        spin.setValue(value)
        spin.setGroupSeparatorShown(False)
        return spin

    def values(self) -> dict[str, object]:
        return {
            "plan_name": self.plan_name_edit.text(),
            "name": self.strategy_edit.text(),
            "reference": self.reference_edit.text(),
            "period_start": self.start_spin.value(),
            "period_end": self.end_spin.value(),
            "organisation": self.organisation_edit.text(),
        }

    def accept(self) -> None:
        """Save what changed as one undoable step; a refused value is named under the form."""
        assert self.info is not None
        changes = {k: v for k, v in self.values().items() if getattr(self.info, k) != v}
        if changes:
            try:
                push(self.context, PlanInfoCommand(self.context, changes))
            except PlanError as error:
                self.error_label.setText(str(error))
                self.error_label.show()
                return
        super().accept()
