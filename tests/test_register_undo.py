"""Every edit in the registers of offices and people is one step on the app's undo stack.

The dialog is driven with real key and mouse events; what undo and redo did is
read back from the database through a second service.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QListWidget, QMessageBox

from database.enums import Role
from desktop_app.services.registers import PersonEntry, RegisterService
from desktop_app.services.workspace import Workspace
from desktop_app.ui.context import AppContext
from desktop_app.ui.registers_dialog import RegistersDialog
from tests.client_helpers import (
    answer_next_dialog,
    click_row,
    fresh_application,
    open_window,
    press_in_window,
    remove_translators,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def context(workspace: Workspace, qtbot):
    app, translators = fresh_application("sv")
    yield AppContext(workspace, "processledare")
    remove_translators(app, translators)


@pytest.fixture
def dialog(context: AppContext, qtbot) -> RegistersDialog:
    dialog = RegistersDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    assert QTest.qWaitForWindowActive(dialog, 2000)
    return dialog


def _people(context: AppContext) -> dict[str, PersonEntry]:
    return {p.name: p for p in RegisterService(context.engine, "läsare").people()}


def _offices(context: AppContext) -> list[str]:
    return [o.name for o in RegisterService(context.engine, "läsare").offices()]


def _click_item(qtbot, view: QListWidget, text: str) -> None:
    item = next(view.item(r) for r in range(view.count()) if view.item(r).text().split("\n")[0] == text)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualItemRect(item).center())


def _press(qtbot, widget, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    press_in_window(qtbot, widget.window(), widget, key, modifiers)


def _type_name(text: str):
    def answer(box: QInputDialog) -> None:
        box.setTextValue(text)
        box.accept()

    return answer


def test_a_saved_person_is_one_step_undone_with_ctrl_z_and_redone(
    context: AppContext, dialog: RegistersDialog, qtbot
) -> None:
    registers = RegisterService(context.engine, "processledare")
    registers.create_person("Anna Berg")
    registers.create_person("Bo Ek")
    tab = dialog.people_tab
    dialog.tabs.setCurrentWidget(tab)
    _click_item(qtbot, tab.list, "Anna Berg")
    tab.title_edit.setFocus()
    qtbot.keyClicks(tab.title_edit, "Utvecklingsledare")
    _press(qtbot, tab.steering_check, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier)
    _click_item(qtbot, tab.list, "Bo Ek")  # leaving the person saves the form

    anna = _people(context)["Anna Berg"]
    assert anna.title == "Utvecklingsledare" and anna.roles == {(Role.STEERING_MEMBER, None)}
    assert context.undo_stack.undoText() == "Ändra person Anna Berg"
    assert dialog.undo_action.isEnabled()
    assert dialog.undo_action.toolTip() == "Ångra: Ändra person Anna Berg"

    _press(qtbot, tab.list, Qt.Key.Key_Z, CTRL)
    anna = _people(context)["Anna Berg"]
    assert (anna.title, anna.roles) == ("", frozenset())
    assert tab.current_id() == anna.id and tab.title_edit.text() == ""  # undo shows what it undid
    assert not tab.steering_check.isChecked()

    _press(qtbot, tab.list, Qt.Key.Key_Z, CTRL | SHIFT)
    anna = _people(context)["Anna Berg"]
    assert anna.title == "Utvecklingsledare" and anna.roles == {(Role.STEERING_MEMBER, None)}
    assert tab.title_edit.text() == "Utvecklingsledare"


def test_ctrl_z_right_after_typing_saves_the_form_then_undoes_that_save(
    context: AppContext, dialog: RegistersDialog, qtbot
) -> None:
    RegisterService(context.engine, "processledare").create_person("Anna Berg", title="Chef")
    tab = dialog.people_tab
    dialog.tabs.setCurrentWidget(tab)
    _click_item(qtbot, tab.list, "Anna Berg")
    tab.phone_edit.setFocus()
    qtbot.keyClicks(tab.phone_edit, "08-123 45")
    tab.list.setFocus()  # Tab away from the field, the form still open
    qtbot.keyClick(tab.list, Qt.Key.Key_Z, CTRL)
    assert _people(context)["Anna Berg"].phone == ""
    assert tab.phone_edit.text() == "" and not tab.edits.dirty
    qtbot.keyClick(tab.list, Qt.Key.Key_Y, CTRL)
    assert _people(context)["Anna Berg"].phone == "08-123 45"


def test_adding_and_deleting_a_person_are_undone_and_redone(
    context: AppContext, dialog: RegistersDialog, qtbot
) -> None:
    tab = dialog.people_tab
    dialog.tabs.setCurrentWidget(tab)
    answer_next_dialog(_type_name(" Cecilia Holm "))
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert "Cecilia Holm" in _people(context)
    assert context.undo_stack.undoText() == "Lägg till person Cecilia Holm"

    _press(qtbot, tab.list, Qt.Key.Key_Z, CTRL)
    assert "Cecilia Holm" not in _people(context) and tab.list.count() == 0
    _press(qtbot, tab.list, Qt.Key.Key_Z, CTRL | SHIFT)
    assert "Cecilia Holm" in _people(context)
    assert tab.name_edit.text() == "Cecilia Holm"

    answer_next_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert "Cecilia Holm" not in _people(context)
    assert context.undo_stack.undoText() == "Ta bort person Cecilia Holm"
    _press(qtbot, tab.list, Qt.Key.Key_Z, CTRL)
    assert "Cecilia Holm" in _people(context) and tab.name_edit.text() == "Cecilia Holm"


def test_office_added_renamed_and_deleted_are_three_undoable_steps(
    context: AppContext, dialog: RegistersDialog, qtbot
) -> None:
    offices = dialog.offices_tab
    before = _offices(context)
    answer_next_dialog(_type_name("Kulturkontoret"))
    qtbot.mouseClick(offices.new_button, Qt.MouseButton.LeftButton)
    answer_next_dialog(_type_name("Kultur- och fritidskontoret"))
    qtbot.mouseClick(offices.rename_button, Qt.MouseButton.LeftButton)
    assert context.undo_stack.undoText() == "Byt namn på kontor/enhet Kulturkontoret"
    answer_next_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(offices.delete_button, Qt.MouseButton.LeftButton)
    assert _offices(context) == before
    assert context.undo_stack.undoText() == "Ta bort kontor/enhet Kultur- och fritidskontoret"

    _press(qtbot, offices.list, Qt.Key.Key_Z, CTRL)
    assert "Kultur- och fritidskontoret" in _offices(context)
    assert offices.list.currentItem().text() == "Kultur- och fritidskontoret"
    _press(qtbot, offices.list, Qt.Key.Key_Z, CTRL)
    assert "Kulturkontoret" in _offices(context) and "Kultur- och fritidskontoret" not in _offices(context)
    _press(qtbot, offices.list, Qt.Key.Key_Z, CTRL)
    assert _offices(context) == before
    assert not dialog.undo_action.isEnabled()
    for _step in range(3):
        _press(qtbot, offices.list, Qt.Key.Key_Z, CTRL | SHIFT)
    assert _offices(context) == before


def test_a_refused_change_leaves_no_step_and_nothing_changed(
    context: AppContext, dialog: RegistersDialog, qtbot
) -> None:
    RegisterService(context.engine, "processledare").create_person("Anna Berg")
    tab = dialog.people_tab
    dialog.tabs.setCurrentWidget(tab)
    _click_item(qtbot, tab.list, "Anna Berg")
    tab.email_edit.setFocus()
    qtbot.keyClicks(tab.email_edit, "anna.berg")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert "E-postadressen" in tab.error.text()
    assert context.undo_stack.count() == 0 and _people(context)["Anna Berg"].email == ""
    # Leaving for the offices tab is refused too: the typed text stays.
    dialog.tabs.setCurrentWidget(dialog.offices_tab)
    assert dialog.tabs.currentWidget() is tab and tab.email_edit.text() == "anna.berg"


def test_the_dialog_leaves_a_plan_step_to_the_main_window(context: AppContext, qtbot) -> None:
    context.undo_stack.push(QUndoCommand("en ändring i planen"))
    dialog = RegistersDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.undo_action.isEnabled()
    _press(qtbot, dialog.offices_tab.list, Qt.Key.Key_Z, CTRL)
    assert context.undo_stack.index() == 1


def test_an_office_added_from_the_activity_form_is_undone_like_one_added_in_the_register(
    context: AppContext, qtbot
) -> None:
    window = open_window(qtbot, context)
    activity = context.tree().find_activity("2.1.1")
    click_row(qtbot, window, activity.id)
    form = window.detail.activity_form
    answer_next_dialog(_type_name("Kultur- och fritidskontoret"))
    qtbot.mouseClick(form.new_office_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Kultur- och fritidskontoret" in _offices(context))
    assert context.tree().find_activity("2.1.1").responsible_office == "Kultur- och fritidskontoret"

    press_in_window(qtbot, window, window.tree_view, Qt.Key.Key_Z, CTRL)  # the office choice
    press_in_window(qtbot, window, window.tree_view, Qt.Key.Key_Z, CTRL)  # the new office
    assert "Kultur- och fritidskontoret" not in _offices(context)
    assert context.tree().find_activity("2.1.1").responsible_office != "Kultur- och fritidskontoret"
