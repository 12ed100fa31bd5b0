"""Ansvarig and "följs upp av" are picked from the register of people; a typed name links to the person."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.services.people import linked_name, person_names
from desktop_app.services.plan import PlanService
from desktop_app.services.registers import RegisterService
from desktop_app.services.workspace import Workspace
from desktop_app.ui.context import AppContext
from desktop_app.ui.main_window import MainWindow
from tests.client_helpers import click_row, fresh_application, open_window, remove_translators


@pytest.fixture
def window(qtbot, workspace: Workspace):
    registers = RegisterService(workspace.engine, "testare")
    for name in ("Anna Lind", "Bo Ek"):
        registers.create_person(name)
    app, translators = fresh_application("sv")
    opened = open_window(qtbot, AppContext(workspace, "testare"))
    yield opened
    opened.close()
    remove_translators(app, translators)


def _owner(workspace: Workspace, code: str) -> str:
    return PlanService(workspace.engine, "läsare").tree().find_activity(code).owner


def test_the_owner_is_found_by_typing_and_saved_as_the_register_spells_it(
    qtbot, window: MainWindow, workspace: Workspace
) -> None:
    activity = window.context.plan.tree().find_activity("1.3.1")
    click_row(qtbot, window, activity.id)
    form = window.detail.activity_form
    completer = form.owner_edit.completer()
    offered = [completer.model().index(r, 0).data() for r in range(completer.model().rowCount())]
    assert offered[:2] == ["Anna Lind", "Bo Ek"]
    form.owner_edit.setFocus()
    qtbot.keyClicks(form.owner_edit, "lind")
    assert completer.completionCount() == 1 and completer.currentCompletion() == "Anna Lind"
    form.owner_edit.selectAll()
    qtbot.keyClicks(form.owner_edit, "  anna   LIND ")
    qtbot.keyClick(form.owner_edit, Qt.Key.Key_Return)
    assert _owner(workspace, "1.3.1") == "Anna Lind"
    assert form.owner_edit.text() == "Anna Lind"


def test_new_person_puts_the_typed_owner_in_the_register(
    qtbot, window: MainWindow, workspace: Workspace
) -> None:
    activity = window.context.plan.tree().find_activity("1.3.1")
    click_row(qtbot, window, activity.id)
    form = window.detail.activity_form
    form.owner_edit.setFocus()
    qtbot.keyClicks(form.owner_edit, "Cecilia Holm")
    qtbot.mouseClick(form.new_person_button, Qt.MouseButton.LeftButton)
    assert "Cecilia Holm" in person_names(workspace.engine)
    assert _owner(workspace, "1.3.1") == "Cecilia Holm"


def test_linked_name() -> None:
    assert linked_name(" bo  ek", ["Anna Lind", "Bo Ek"]) == "Bo Ek"
    assert linked_name("Dana  Berg ", ["Anna Lind"]) == "Dana Berg"
