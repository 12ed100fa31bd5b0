"""Who is using the app: the name asked for at first start, offering the people in the register.

The name is kept by ``services.user_profile`` (the user's own settings, shared
with the command line) and is what "Rapporterad av", modification data,
decisions and stored reports show. It can be changed under Inställningar.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.user_profile import clean_name


def name_box(people: list[str], current: str = "") -> QComboBox:
    """An editable box for a person's name: type freely, or pick someone from the register."""
    box = QComboBox()
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.addItems(people)
    box.setCurrentIndex(-1)
    box.setEditText(current)
    completer = QCompleter(people, box)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    box.setCompleter(completer)
    box.setMinimumContentsLength(28)
    return box


class UserNameDialog(QDialog):
    """Asks for the user's own name (first start)."""

    def __init__(self, people: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who are you?"))
        intro = QLabel(
            self.tr(
                "Handlingsplan notes who reports a status, makes a change or prepares a report. "
                "Write your name, or choose yourself among the people in the register. "
                "You can change it later under Settings."
            )
        )
        intro.setWordWrap(True)
        self.name_box = name_box(people)
        self.name_box.lineEdit().setPlaceholderText(self.tr("Your name"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addWidget(self.name_box)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.name_box.editTextChanged.connect(lambda _t: self._update())
        self._update()

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.name()))

    def name(self) -> str:
        return clean_name(self.name_box.currentText())
