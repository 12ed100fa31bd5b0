"""Search and filters above the plan tree; the tree follows as one types."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from database.enums import Lifecycle, StatusColour
from desktop_app.services.tree import PlanTree
from desktop_app.ui.accessibility import set_name
from desktop_app.ui.plan_tree_model import NOT_REPORTED, PlanFilter
from desktop_app.ui.status_light import lifecycle_label, light_icon, status_label
from desktop_app.ui.widgets import SEMI_BOLD, set_text_look

ALL = ""  # the data of the "All …" choices: never None, see PlanItemDelegate


class FilterBar(QWidget):
    """Emits ``filter_changed`` with a ``PlanFilter`` on every change."""

    filter_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search titles, descriptions and comments (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        set_name(self.search_edit, self.tr("Search"))
        self.reset_button = QPushButton(self.tr("Clear filters"))
        self.reset_button.setToolTip(self.tr("Show the whole plan again"))
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("All statuses"), ALL)
        for status in (StatusColour.GREEN, StatusColour.YELLOW, StatusColour.RED, None):
            self.status_combo.addItem(
                light_icon(status), status_label(status), status.value if status else NOT_REPORTED
            )
        self.lifecycle_combo = QComboBox()
        self.lifecycle_combo.addItem(self.tr("All lifecycles"), ALL)
        for lifecycle in Lifecycle:
            self.lifecycle_combo.addItem(lifecycle_label(lifecycle), lifecycle.value)
        self.office_combo = QComboBox()
        self.office_combo.setToolTip(self.tr("Responsible office or unit"))
        self.owner_combo = QComboBox()
        self.owner_combo.setToolTip(self.tr("Owner of the activity"))
        for combo in (self.office_combo, self.owner_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.overdue_check = QCheckBox(self.tr("Overdue"))
        self.overdue_check.setToolTip(self.tr("Only activities whose end month has passed"))
        self.stale_check = QCheckBox(self.tr("Not reported for"))
        self.stale_days = QSpinBox()
        self.stale_days.setRange(1, 3650)
        self.stale_days.setValue(90)
        self.stale_days.setSuffix(self.tr(" days"))
        set_name(self.stale_days, self.tr("Days without a status report"))
        self._fill_choices(PlanTree("", "", []), [])

        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.reset_button)
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(6)
        grid.addWidget(self.status_combo, 0, 0)
        grid.addWidget(self.lifecycle_combo, 0, 1)
        grid.addWidget(self.office_combo, 0, 2)
        grid.addWidget(self.owner_combo, 1, 0)
        checks = QHBoxLayout()
        checks.addWidget(self.overdue_check)
        checks.addSpacing(8)
        checks.addWidget(self.stale_check)
        checks.addWidget(self.stale_days)
        checks.addStretch(1)
        grid.addLayout(checks, 1, 1, 1, 2)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        column = QGridLayout()
        column.addLayout(search_row, 0, 0)
        column.addLayout(grid, 1, 0)
        layout.addLayout(column)

        self.search_edit.textChanged.connect(self._emit)
        for combo in (self.status_combo, self.lifecycle_combo, self.office_combo, self.owner_combo):
            combo.currentIndexChanged.connect(self._emit)
        self.overdue_check.toggled.connect(self._emit)
        self.stale_check.toggled.connect(self._emit)
        self.stale_days.valueChanged.connect(self._emit)
        self.reset_button.clicked.connect(self.reset)
        self._update_reset()

    def set_choices(self, tree: PlanTree, offices: list[tuple[str, str]]) -> None:
        """Refill the office and owner lists, keeping what is chosen."""
        office = self.office_combo.currentData()
        owner = self.owner_combo.currentData()
        self.blockSignals(True)
        self._fill_choices(tree, offices)
        self.office_combo.setCurrentIndex(max(0, self.office_combo.findData(office)))
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(owner)))
        self.blockSignals(False)

    def _fill_choices(self, tree: PlanTree, offices: list[tuple[str, str]]) -> None:
        for combo in (self.office_combo, self.owner_combo):
            combo.blockSignals(True)
            combo.clear()
        self.office_combo.addItem(self.tr("All offices"), ALL)
        for office_id, name in offices:
            self.office_combo.addItem(name, office_id)
        self.owner_combo.addItem(self.tr("All owners"), ALL)
        for owner in sorted({a.owner for a in tree.activities() if a.owner}, key=str.lower):
            self.owner_combo.addItem(owner, owner)
        for combo in (self.office_combo, self.owner_combo):
            combo.blockSignals(False)

    def plan_filter(self) -> PlanFilter:
        lifecycle = self.lifecycle_combo.currentData()
        return PlanFilter(
            text=self.search_edit.text(),
            status=self.status_combo.currentData() or None,
            office_id=self.office_combo.currentData() or None,
            owner=self.owner_combo.currentData() or None,
            lifecycle=Lifecycle(lifecycle) if lifecycle else None,
            overdue=self.overdue_check.isChecked(),
            stale_days=self.stale_days.value() if self.stale_check.isChecked() else None,
        )

    def reset(self) -> None:
        """Back to the whole plan."""
        self.blockSignals(True)
        self.search_edit.clear()
        for combo in (self.status_combo, self.lifecycle_combo, self.office_combo, self.owner_combo):
            combo.setCurrentIndex(0)
        self.overdue_check.setChecked(False)
        self.stale_check.setChecked(False)
        self.blockSignals(False)
        self._emit()

    def _emit(self) -> None:
        if self.signalsBlocked():
            return
        self._update_reset()
        self.filter_changed.emit(self.plan_filter())

    def _update_reset(self) -> None:
        self.reset_button.setEnabled(not self.plan_filter().is_empty())


class NoHits(QWidget):
    """Shown under the plan tree when the search and filters match nothing: says so, and clears them."""

    def __init__(self, clear: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self.tr("No hits"))
        set_text_look(self.label, "#5b6470", weight=SEMI_BOLD)
        self.clear_button = QPushButton(self.tr("Clear search and filters"))
        self.clear_button.clicked.connect(clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.label)
        layout.addStretch(1)
        layout.addWidget(self.clear_button)
        self.hide()
