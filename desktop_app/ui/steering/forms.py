"""Small form helpers shared by the steering views: dates, inline error messages, labels."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.ui.date_fields import DateField


def date_edit(
    value: date | None = None, parent: QWidget | None = None, *, label: str = "", required: bool = True
) -> DateField:
    """A typed date field (the app's one date field) showing ``value``, or today."""
    edit = DateField(label, parent, required=required)
    edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("00 september 0000") + 70)
    edit.set_value(value or date.today())
    return edit


def set_date(edit: DateField, value: date | None) -> None:
    edit.set_value(value)


def date_of(edit: DateField) -> date:
    """The date in the field; raises ``ValidationError`` (a ``PlanError``) when it is empty or unreadable."""
    value = edit.value()
    if value is None:  # a field that may be empty is read with ``edit.value()``
        raise ValueError("date_of needs a required field")
    return value


def iso(value: date | None) -> str:
    return value.isoformat() if value else ""


class ErrorLabel(QLabel):
    """An inline message in a form: hidden when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages quote titles and names as typed
        self.setWordWrap(True)
        self.setStyleSheet(
            "QLabel { color: #a4262c; background: #fdecea; border: 1px solid #f1b8b4;"
            " border-radius: 4px; padding: 6px 8px; }"
        )
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.15)
    font.setBold(True)
    label.setFont(font)
    return label


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # hints can quote what people typed
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    return label
