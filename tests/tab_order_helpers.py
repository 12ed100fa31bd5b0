"""Walk a form with the Tab key and compare where the focus goes with the form's reading order.

Reading order is by geometry: rows from top to bottom (widgets whose heights
overlap by at least half the smaller one share a row), left to right in a row.
A composite field (a date or year field, a spin box, a combo box) counts as one
input, whichever of its parts holds the focus.
"""

from __future__ import annotations

from functools import cmp_to_key

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desktop_app.ui.date_fields import _TypedField

_COMPOSITE = (_TypedField, QAbstractSpinBox, QComboBox)


def input_of(widget: QWidget | None, container: QWidget) -> QWidget | None:
    """The input ``widget`` belongs to: the outermost composite field around it inside ``container``."""
    if widget is None:
        return None
    found = widget
    parent = widget.parentWidget()
    while parent is not None and parent is not container:
        if isinstance(parent, _COMPOSITE):
            found = parent
        parent = parent.parentWidget()
    return found


def _exclusive_group(widget: QWidget) -> object | None:
    """What an exclusive choice (radio buttons, a colour picked from buttons) is known by, else ``None``."""
    if not isinstance(widget, QAbstractButton) or not widget.isCheckable():
        return None
    group = widget.group()
    if group is not None and group.exclusive():
        return group
    return widget.parentWidget() if widget.autoExclusive() else None


def inputs(container: QWidget) -> list[QWidget]:
    """The inputs the Tab key should visit in ``container``: shown, enabled, taking focus by Tab.

    An exclusive choice is one stop (its checked button, else its first): the arrow
    keys move within it, as in every desktop app.
    """
    found: list[QWidget] = []
    for widget in container.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None:
            continue
        if isinstance(widget.parentWidget(), (QPlainTextEdit, QTextEdit)):
            continue  # the viewport of a text edit
        owner = input_of(widget, container)
        if owner is not None and owner not in found:
            found.append(owner)
    groups: dict[int, list[QWidget]] = {}
    for widget in reading_order(container, found):
        group = _exclusive_group(widget)
        if group is not None:
            groups.setdefault(id(group), []).append(widget)
    for members in groups.values():
        stop = next((w for w in members if w.isChecked()), members[0])  # type: ignore[attr-defined]
        found = [w for w in found if w not in members or w is stop]
    return found


def _rect(widget: QWidget, container: QWidget) -> QRect:
    return QRect(widget.mapTo(container, QPoint(0, 0)), widget.size())


def _before(a: QRect, b: QRect) -> int:
    """Reading order of two places: wholly above comes first, else the one further left (a column)."""
    slack = 2
    if a.bottom() <= b.top() + slack:
        return -1
    if b.bottom() <= a.top() + slack:
        return 1
    return (a.left() > b.left()) - (a.left() < b.left()) or (a.top() > b.top()) - (a.top() < b.top())


def reading_order(container: QWidget, widgets: list[QWidget]) -> list[QWidget]:
    """``widgets`` in reading order: top to bottom; side by side, left to right (a tall list beside a
    column of fields comes before them, the fields of a left column before a list on the right)."""
    return sorted(widgets, key=cmp_to_key(lambda a, b: _before(_rect(a, container), _rect(b, container))))


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "None"
    text = getattr(widget, "text", None)
    shown = text() if callable(text) and isinstance(widget, QWidget) and hasattr(widget, "clicked") else ""
    name = widget.objectName() or widget.accessibleName() or shown
    return f"{type(widget).__name__}({name})"


def tab_walk(qtbot, container: QWidget, expected: list[QWidget]) -> list[QWidget | None]:
    """Put the focus in the first input and press Tab once per input; where the focus was each time.

    One more Tab than there are inputs shows the focus leaves the last one (is not trapped there).
    """
    expected[0].setFocus(Qt.FocusReason.TabFocusReason)
    assert input_of(QApplication.focusWidget(), container) is expected[0], "the window took no focus"
    met = [input_of(QApplication.focusWidget(), container)]
    for _step in range(len(expected)):
        focused = QApplication.focusWidget()
        if focused is None:  # the focus left the window: nothing more to walk
            break
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        met.append(input_of(QApplication.focusWidget(), container))
    return met


def check_tab_order(qtbot, container: QWidget, leaves_to_inside: bool = False) -> None:
    """Tab visits every input of ``container`` in reading order and then moves on."""
    container.window().activateWindow()
    assert QTest.qWaitForWindowActive(container.window(), 2000)
    qtbot.wait(10)  # the layouts have placed every widget
    expected = reading_order(container, inputs(container))
    assert len(expected) >= 2, [describe(w) for w in expected]
    met = tab_walk(qtbot, container, expected)
    assert [describe(w) for w in met[: len(expected)]] == [describe(w) for w in expected], "\n".join(
        f"{describe(w):50} {describe(m)}" for w, m in zip(expected, met, strict=False)
    )
    assert met[: len(expected)] == expected
    assert met[-1] is not expected[-1], f"the focus stays in {describe(expected[-1])}"
    for widget in expected:
        if isinstance(widget, (QPlainTextEdit, QTextEdit)):
            assert widget.tabChangesFocus(), f"{describe(widget)} takes Tab as text"
