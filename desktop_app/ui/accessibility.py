"""Names for screen readers: every widget that takes focus says what it is.

A form row's label names its field through the label's buddy. Where the row's
field is a box holding the real input (a line edit with its error line, a
combo with a button), the buddy is moved to the input itself, so that the
screen reader and the label's Alt-key both reach it. Inputs without a label
are named where they are made (``set_name``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QWidget,
)


class _TabLeaves(QObject):
    """Tab and Shift+Tab move on to the next control, never round the widget's own parts."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # QObject.eventFilter
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QWidget):
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                # The window's own focus chain: a date edit's focusNextPrevChild walks its sections.
                return watched.window().focusNextPrevChild(key == Qt.Key.Key_Tab)
        return False


def tab_leaves(widget: QWidget) -> None:
    """Let Tab leave ``widget``: a date edit showing its "Not set" text otherwise keeps Tab to walk
    its own day, month and year for ever, a trap for anyone without a mouse (WCAG 2.1.2). Its parts
    are still reached with the arrow keys."""
    keeper = _TabLeaves(widget)
    widget.installEventFilter(keeper)


def show_whole_text(combo: QComboBox, explanation: str = "") -> None:
    """Keep the combo box's whole current text in its tooltip (after ``explanation``): a long
    initiative is cut at the box's edge."""

    def update(text: str) -> None:
        combo.setToolTip("\n".join(part for part in (explanation, text) if part))

    combo.currentTextChanged.connect(update)
    update(combo.currentText())


def set_name(widget: QWidget, name: str, description: str = "") -> QWidget:
    """Give ``widget`` the name (and description) a screen reader reads for it."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def accessible_name(widget: QWidget) -> str:
    """The name assistive technology gets for ``widget`` (its own, its label's or its text)."""
    from PySide6.QtGui import QAccessible  # not at import: its Python type costs every start 3 ms

    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def takes_focus(widget: QWidget) -> bool:
    """Whether a person can tab to ``widget`` as a control of its own (not a part of another)."""
    if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
        return False
    if widget.window().windowType() == Qt.WindowType.Popup:
        return False  # a combo box's open list: the combo box is the control
    parent = widget.parentWidget()
    return not isinstance(parent, QAbstractSpinBox | QComboBox)


def _first_input(box: QWidget) -> QWidget | None:
    for child in box.findChildren(QWidget):
        if takes_focus(child) and child.isVisibleTo(box):
            return child
    return None


def label_text(label: QLabel) -> str:
    """A label's text as a name: without the ``&`` of its mnemonic and a trailing colon."""
    return label.text().replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":").strip()


def _input_in_layout(layout: QLayout) -> QWidget | None:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            found = widget if takes_focus(widget) else _first_input(widget)
        else:
            found = _input_in_layout(inner) if inner is not None else None
        if found is not None:
            return found
    return None


def _label_form_rows(root: QWidget) -> None:
    """A form row whose field is a layout (an edit beside its button, above its error line) gives
    its label no buddy by itself: the label's buddy becomes the first input of the row."""
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label = label_item.widget() if label_item is not None else None
            inner = field_item.layout() if field_item is not None else None
            if isinstance(label, QLabel) and label.buddy() is None and inner is not None:
                field = _input_in_layout(inner)
                if field is not None:
                    label.setBuddy(field)
                    if not field.accessibleName():
                        field.setAccessibleName(label_text(label))


def connect_labels(root: QWidget) -> None:
    """Point every label whose buddy is a box at the input inside it, and name that input; a line
    edit with no label at all is named by its placeholder ("Year", "Value")."""
    _label_form_rows(root)
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None or takes_focus(buddy):
            continue
        field = _first_input(buddy)
        if field is None:
            continue
        label.setBuddy(field)
        if not field.accessibleName():
            field.setAccessibleName(label_text(label))
    for edit in root.findChildren(QLineEdit):
        if edit.placeholderText() and takes_focus(edit) and not accessible_name(edit):
            edit.setAccessibleName(edit.placeholderText())


def unnamed_controls(root: QWidget) -> list[QWidget]:
    """The controls shown under ``root`` that a screen reader cannot name (an empty label that can
    take focus for copying its text has nothing to read until it has text)."""
    return [
        widget
        for widget in (root, *root.findChildren(QWidget))
        if takes_focus(widget)
        and widget.isVisibleTo(root)
        and not (isinstance(widget, QLabel) and not widget.text())
        and not accessible_name(widget)
    ]
