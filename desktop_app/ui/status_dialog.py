"""Report a status: light, date, comment; cause and recommended action for yellow and red.

The dialog only collects the values; the caller appends the report through
an undoable command, so nothing in the history is ever overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from database.enums import StatusColour
from desktop_app.services.errors import ValidationError
from desktop_app.services.rules import check_status_report
from desktop_app.ui.date_fields import DateField
from desktop_app.ui.status_light import COLOURS, light_icon, status_label, status_meaning


@dataclass(frozen=True)
class StatusEntry:
    status: StatusColour
    reported_on: date
    comment: str
    cause: str
    recommended_action: str


class StatusDialog(QDialog):
    """Collects one status report for an activity."""

    def __init__(self, activity_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Report status"))
        self.setMinimumWidth(560)
        heading = QLabel(activity_title)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        heading.setStyleSheet("font-size: 13pt; font-weight: 600; color: #1b2b3c;")

        self.buttons: dict[StatusColour, QToolButton] = {}
        self.group = QButtonGroup(self)
        lights = QHBoxLayout()
        lights.setSpacing(10)
        for status in StatusColour:
            button = QToolButton()
            button.setCheckable(True)
            button.setIcon(light_icon(status, 28))
            button.setIconSize(QSize(28, 28))
            button.setText(f"{status_label(status)}\n{status_meaning(status)}")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setMinimumSize(QSize(150, 84))
            button.setToolTip(status_meaning(status))
            colour = COLOURS[status]
            button.setStyleSheet(
                "QToolButton { border: 1px solid #c9d1dc; border-radius: 8px; padding: 8px;"
                " background: #ffffff; }"
                f" QToolButton:checked {{ border: 2px solid {colour.darker(120).name()};"
                f" background: {colour.lighter(185).name()}; font-weight: 600; }}"
            )
            self.group.addButton(button)
            self.buttons[status] = button
            lights.addWidget(button)

        self.date_edit = DateField(self.tr("Date"), required=True, not_in_future=True)
        self.date_edit.set_value(date.today())
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setPlaceholderText(self.tr("What has been done, what is next"))
        self.cause_edit = QPlainTextEdit()
        self.cause_edit.setTabChangesFocus(True)
        self.cause_edit.setPlaceholderText(self.tr("Why the activity deviates from the plan"))
        self.action_edit = QPlainTextEdit()
        self.action_edit.setTabChangesFocus(True)
        self.action_edit.setPlaceholderText(self.tr("Agreed by the process leader and the focus-area lead"))
        for edit in (self.comment_edit, self.cause_edit, self.action_edit):
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setHorizontalSpacing(14)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Comment"), self.comment_edit)
        self.cause_label = QLabel(self.tr("Cause"))
        self.action_label = QLabel(self.tr("Recommended action"))
        self.cause_label.setBuddy(self.cause_edit)
        self.action_label.setBuddy(self.action_edit)
        form.addRow(self.cause_label, self.cause_edit)
        form.addRow(self.action_label, self.action_edit)

        self.hint = QLabel()
        self.hint.setObjectName("statusHint")
        self.hint.setStyleSheet("#statusHint { color: #8a5300; }")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save report"))
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addLayout(lights)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.button_box)

        self.group.buttonToggled.connect(lambda *_: self._update_state())
        for edit in (self.cause_edit, self.action_edit):
            edit.textChanged.connect(self._update_state)
        self.date_edit.edited.connect(self._update_state)
        self.date_edit.rejected.connect(lambda _message: self._update_state())
        self._update_state()

    def status(self) -> StatusColour | None:
        for status, button in self.buttons.items():
            if button.isChecked():
                return status
        return None

    def _update_state(self) -> None:
        status = self.status()
        deviation = status in (StatusColour.YELLOW, StatusColour.RED)
        for widget in (self.cause_label, self.cause_edit, self.action_label, self.action_edit):
            widget.setEnabled(deviation)
        if status is None:
            hint = self.tr("Choose green, yellow or red.")
        else:
            # The services' own rule and message, as the command line and the Excel import give it.
            try:
                check_status_report(
                    status,
                    self.cause_edit.toPlainText(),
                    self.action_edit.toPlainText(),
                    self.date_edit.value(),
                )
                hint = ""
            except ValidationError as error:
                hint = str(error)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.ok_button.setEnabled(not hint)

    def entry(self) -> StatusEntry:
        """The report as entered; only meaningful after the dialog was accepted."""
        status = self.status()
        assert status is not None
        deviation = status is not StatusColour.GREEN
        return StatusEntry(
            status=status,
            reported_on=self.date_edit.value() or date.today(),
            comment=self.comment_edit.toPlainText().strip(),
            cause=self.cause_edit.toPlainText().strip() if deviation else "",
            recommended_action=self.action_edit.toPlainText().strip() if deviation else "",
        )
