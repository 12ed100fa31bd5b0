"""Exporting the whole plan, or one focus area for its lead, to a ``.hplan`` file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.sync.errors import SyncError
from desktop_app.services.sync.export import ExportResult, export_plan
from desktop_app.services.sync.plan_file import FILE_SUFFIX
from desktop_app.ui.accessibility import connect_labels
from desktop_app.ui.context import AppContext


class ExportDialog(QDialog):
    """Choose what to export and where; the file is written atomically by the service."""

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, folder: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.result: ExportResult | None = None
        self.setWindowTitle(self.tr("Export plan"))
        self.setMinimumWidth(560)

        intro = QLabel(
            self.tr(
                "A plan file holds a copy of the plan that a colleague imports with File > Import plan. "
                "Nothing in your plan changes."
            )
        )
        intro.setWordWrap(True)

        self.whole = QRadioButton(self.tr("The whole plan"))
        self.one_area = QRadioButton(self.tr("One focus area (for its lead):"))
        self.whole.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.whole)
        group.addButton(self.one_area)
        self.areas = QComboBox()
        for area in context.plan.tree().focus_areas:
            self.areas.addItem(f"{area.code}  {area.title}", area.id)
        self.areas.setEnabled(False)
        self.one_area.toggled.connect(self.areas.setEnabled)
        self.one_area.toggled.connect(self._suggest_name)

        self.path = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.folder = folder or Path.home()
        self._suggest_name()
        self.areas.currentIndexChanged.connect(self._suggest_name)

        self.message = QLabel()
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Export:"), self.whole)
        form.addRow("", self.one_area)
        form.addRow("", self.areas)
        form.addRow(self.tr("File:"), file_row)

        # Ok renamed, not a button added after Cancel: Tab meets the buttons in the order they stand.
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("Export"))
        self.buttons.accepted.connect(self._export)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        connect_labels(self)

    def _suggest_name(self) -> None:
        stamp = date.today().isoformat()
        if self.one_area.isChecked():
            name = f"Handlingsplan-fokusomrade-{self.areas.currentText().split()[0]}-{stamp}{FILE_SUFFIX}"
        else:
            name = f"Handlingsplan-{stamp}{FILE_SUFFIX}"
        current = Path(self.path.text()) if self.path.text() else self.folder / name
        self.path.setText(str(current.with_name(name)))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export plan"), self.path.text(), self.tr("Plan files (*.hplan)")
        )
        if chosen:
            self.path.setText(chosen)

    def _export(self) -> None:
        if not self.path.text().strip():
            self.message.setText(self.tr("Choose a file to export to."))
            return
        focus_area_id = self.areas.currentData() if self.one_area.isChecked() else None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.result = export_plan(
                self.context.engine,
                self.context.workspace.path,
                Path(self.path.text().strip()),
                self.context.actor,
                focus_area_id,
            )
        except SyncError as error:
            self.message.setStyleSheet("QLabel { color: #b3261e; }")
            self.message.setText(str(error))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()
