"""Settings: your name, language (applied on restart) and when an activity counts as not reported for long."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.user_profile import clean_name, set_user_name, user_name
from desktop_app.ui.i18n import LANGUAGES
from desktop_app.ui.settings import AppSettings
from desktop_app.ui.user_dialog import name_box


class SettingsDialog(QDialog):
    def __init__(
        self, settings: AppSettings, parent: QWidget | None = None, people: list[str] | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.name_box = name_box(people or [], user_name())
        self.name_box.setToolTip(
            self.tr("Shown as who reported, changed, decided or prepared something; never your login name")
        )
        self.name_error = QLabel()
        self.name_error.setStyleSheet("color: #b3261e;")
        self.name_error.setWordWrap(True)
        self.name_error.hide()
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(460)
        self.language_combo = QComboBox()
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(settings.language()))
        self.language_note = QLabel(self.tr("A new language is used the next time Handlingsplan starts."))
        self.language_note.setWordWrap(True)
        self.language_note.setStyleSheet("color: #5b6470;")
        self.stale_spin = QSpinBox()
        self.stale_spin.setRange(1, 3650)
        self.stale_spin.setSuffix(self.tr(" days"))
        self.stale_spin.setValue(settings.stale_days())
        self.stale_spin.setToolTip(
            self.tr("Activities without a status report for this long are marked in the plan")
        )
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setHorizontalSpacing(14)
        form.addRow(self.tr("Your name"), self.name_box)
        form.addRow("", self.name_error)
        form.addRow(self.tr("Language"), self.language_combo)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Mark as not reported after"), self.stale_spin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(14)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def name(self) -> str:
        return clean_name(self.name_box.currentText())

    def accept(self) -> None:
        if self.name() != user_name():
            try:
                set_user_name(self.name())
            except OSError as error:
                self.name_error.setText(str(error))
                self.name_error.show()
                return
        self.settings.set_language(self.language_combo.currentData())
        self.settings.set_stale_days(self.stale_spin.value())
        super().accept()
