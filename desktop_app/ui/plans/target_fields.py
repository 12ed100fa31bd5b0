"""The two fields every way to a new plan asks for: the plan's name and its file."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

PLAN_FILTER_SUFFIX = ".sqlite"


def file_name_for(plan_name: str) -> str:
    """A file name made from a plan's name: ``Miljöplan 2025`` → ``Miljöplan-2025.sqlite``."""
    stem = re.sub(r"[^\w]+", "-", plan_name, flags=re.UNICODE).strip("-")
    return f"{stem or 'plan'}{PLAN_FILTER_SUFFIX}"


class PlanTargetFields(QWidget):
    """Name and file of a new plan; the file follows the name until the person picks one."""

    changed = Signal()

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self._file_chosen = False
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("newPlanNameEdit")
        self.name_edit.setPlaceholderText(self.tr("e.g. Environmental plan 2025–2028"))
        self.name_edit.setMinimumWidth(420)
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("newPlanFileEdit")
        browse = QPushButton(self.tr("&Choose…"))
        browse.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Plan &name:"), self.name_edit)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.file_edit)
        form.addRow(file_label, row)
        self.name_edit.textChanged.connect(self._name_changed)
        self.file_edit.textEdited.connect(self._file_edited)
        self._name_changed("")

    def _name_changed(self, name: str) -> None:
        if not self._file_chosen:
            self.file_edit.setText(str(self.folder / file_name_for(name)))
        self.changed.emit()

    def _file_edited(self, _text: str) -> None:
        self._file_chosen = True
        self.changed.emit()

    def _choose(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("New plan"), self.file_edit.text(), self.tr("Plans (*.sqlite)")
        )
        if chosen:
            self._file_chosen = True
            self.file_edit.setText(chosen)
            self.changed.emit()

    def plan_name(self) -> str:
        return " ".join(self.name_edit.text().split())

    def path(self) -> Path:
        return Path(self.file_edit.text().strip()).expanduser()
