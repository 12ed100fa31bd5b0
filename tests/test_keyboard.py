"""Everything can be done from the keyboard: menus with Alt-keys, shortcuts shown in them, Tab through."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu

from desktop_app.services.workspace import Workspace
from desktop_app.ui.context import AppContext
from desktop_app.ui.main_window import MainWindow
from tests.client_helpers import click_row, fresh_application, open_window, remove_translators

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
MNEMONIC = re.compile(r"&(?!&)(\w)")


@pytest.fixture(params=["sv", "en"])
def window(request: pytest.FixtureRequest, workspace: Workspace, qtbot) -> Iterator[MainWindow]:
    app, translators = fresh_application(request.param)
    yield open_window(qtbot, AppContext(workspace, "processledare"))
    remove_translators(app, translators)


def menu_actions(menu: QMenu) -> list[QAction]:
    return [action for action in menu.actions() if not action.isSeparator()]


def test_every_menu_and_entry_has_its_own_alt_key(window: MainWindow) -> None:
    menus = [action.menu() for action in window.menuBar().actions()]
    keys = [MNEMONIC.search(menu.title()) for menu in menus]
    assert all(keys), [menu.title() for menu in menus]
    assert len({k.group(1).lower() for k in keys if k}) == len(menus)
    for menu in menus:
        for action in menu_actions(menu):
            assert MNEMONIC.search(action.text()), f"no Alt-key in {menu.title()!r} › {action.text()!r}"


def test_the_main_commands_have_shortcuts_and_no_shortcut_is_taken_twice(window: MainWindow) -> None:
    actions = [a for m in window.menuBar().actions() for a in menu_actions(m.menu())]
    shortcuts = {}
    for action in actions:
        key = action.shortcut().toString()
        if key and action not in shortcuts.values():
            assert key not in shortcuts or shortcuts[key] is action, f"{key} for two commands"
            shortcuts[key] = action
    assert {"Ctrl+N", "Ctrl+R", "Ctrl+F", "Ctrl+Z", "Ctrl+P", "Ctrl+M", "Ctrl+Q", "Ctrl+O"} <= set(shortcuts)


def test_tab_reaches_the_search_the_plan_and_the_form(window: MainWindow, qtbot) -> None:
    activity = window.context.tree().focus_areas[0].initiatives[0].activities[0]
    click_row(qtbot, window, activity.id)
    window.filter_bar.search_edit.setFocus()
    reached = set()
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.add(QApplication.focusWidget())
    form = window.detail.activity_form
    assert {window.tree_view, form.title_edit, form.report_button, window.filter_bar.search_edit} <= reached


def test_ctrl_f_puts_the_focus_in_the_search(window: MainWindow, qtbot) -> None:
    window.tree_view.setFocus()
    qtbot.keyClick(window.tree_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.filter_bar.search_edit
