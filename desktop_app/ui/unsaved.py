"""The app's one rule for what was typed: it is saved when the person leaves the form.

Selecting another row, closing the window or quitting saves a form's edits as
one undoable step (as the activity form saves each field when it is left).
Only what cannot be saved — a value that breaks a rule — stops the person,
with the message under the field; closing then asks before losing it.

``EditTracker`` knows whether the person changed a form since it was filled;
``confirm_losing`` is the one question asked when a value cannot be saved.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from desktop_app.ui import plain_text
from desktop_app.ui.date_fields import _TypedField


class EditTracker(QObject):
    """Marks a form as changed when the person edits one of its widgets (not while it is filled).

    ``edited`` is emitted on each such edit.
    """

    edited = Signal()

    def __init__(self, parent: QObject, *widgets: QObject) -> None:
        super().__init__(parent)
        self.dirty = False
        self._filling = 0
        for widget in widgets:
            self.watch(widget)

    def watch(self, widget: QObject) -> None:
        if isinstance(widget, _TypedField):
            widget.edited.connect(self._mark)
        elif isinstance(widget, QLineEdit):
            widget.textEdited.connect(self._mark)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self._mark)
        elif isinstance(widget, QComboBox):
            widget.activated.connect(self._mark)
            if widget.isEditable():
                widget.editTextChanged.connect(self._mark)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(self._mark)
        elif isinstance(widget, QListWidget):
            widget.itemChanged.connect(self._mark)
        elif isinstance(widget, QAbstractItemModel):
            widget.dataChanged.connect(self._mark)
        else:
            raise TypeError(f"EditTracker cannot watch {type(widget).__name__}")

    def _mark(self, *_args: object) -> None:
        if not self._filling:
            self.dirty = True
            self.edited.emit()

    @contextmanager
    def filling(self) -> Iterator[None]:
        """Fill the form from the database without counting it as the person's edit."""
        self._filling += 1
        try:
            yield
        finally:
            self._filling -= 1
            self.dirty = False


def confirm_losing(parent: QWidget) -> bool:
    """Ask whether to close although a typed value cannot be saved; ``True`` to close and lose it."""
    answer = plain_text.ask(
        parent,
        QCoreApplication.translate("Unsaved", "Unsaved change"),
        QCoreApplication.translate(
            "Unsaved",
            "A field has a value that cannot be saved (see the message under it). "
            "Close anyway and lose that change?",
        ),
        QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Close
