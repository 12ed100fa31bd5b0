"""Message boxes that show what people typed literally.

Qt guesses whether a label's or message box's text is rich text; a title such
as ``Bygg & <b>bo</b>`` would then be cut or turned into markup. Every message
box that can contain a title, a name or a service message goes through here,
with the text shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

Button = QMessageBox.StandardButton


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: Button = Button.Ok,
    default: Button = Button.NoButton,
) -> Button:
    """Show a modal message box with ``text`` as plain text; returns the button pressed."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default != Button.NoButton:
        box.setDefaultButton(default)
    answer = Button(box.exec())
    box.deleteLater()
    return answer


def warn(parent: QWidget | None, title: str, text: str) -> None:
    message_box(parent, QMessageBox.Icon.Warning, title, text)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    message_box(parent, QMessageBox.Icon.Information, title, text)


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Button = Button.Yes | Button.No,
    default: Button = Button.NoButton,
) -> Button:
    return message_box(parent, QMessageBox.Icon.Question, title, text, buttons, default)
