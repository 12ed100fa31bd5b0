"""Ansvarig and "följs upp av" are picked from the register of people; a typed name links to the person."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from database.enums import DecisionKind
from desktop_app.services.decisions import DecisionService
from desktop_app.services.people import linked_name, people_choices, person_names
from desktop_app.services.plan import PlanService
from desktop_app.services.registers import RegisterService
from desktop_app.services.workspace import Workspace
from desktop_app.ui.context import AppContext
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.steering.commands import SteeringServices
from desktop_app.ui.steering.dialogs import DecisionDialog
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


def test_a_completion_picked_with_the_keyboard_links_the_owner_by_id(
    qtbot, window: MainWindow, workspace: Workspace
) -> None:
    anna = next(c.id for c in people_choices(workspace.engine) if c.name == "Anna Lind")
    activity = window.context.plan.tree().find_activity("1.3.1")
    click_row(qtbot, window, activity.id)
    form = window.detail.activity_form
    form.owner_edit.setFocus()
    qtbot.keyClicks(form.owner_edit, "lin")
    popup = form.owner_edit.completer().popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert _linked(workspace, "1.3.1") == ("Anna Lind", anna)
    assert form.owner_edit.text() == "Anna Lind"
    assert not form.owner_picker.unlinked.isVisible()

    # Renamed in the register: the form shows the new name when the activity is shown again.
    RegisterService(workspace.engine, "testare").update_person(anna, {"name": "Anna Berg"})
    window.reload()  # as closing the registers does
    assert form.owner_edit.text() == "Anna Berg"
    assert _linked(workspace, "1.3.1") == ("Anna Berg", anna)


def test_two_people_of_one_name_are_told_apart_in_the_picker(
    qtbot, window: MainWindow, workspace: Workspace
) -> None:
    registers = RegisterService(workspace.engine, "testare")
    culture = registers.create_office("Kulturkontoret")
    first = registers.create_person("Bo Ek", office_id=culture)
    activity = window.context.plan.tree().find_activity("1.3.1")
    click_row(qtbot, window, activity.id)
    form = window.detail.activity_form
    form.owner_edit.setFocus()
    qtbot.keyClicks(form.owner_edit, "kultur")
    popup = form.owner_edit.completer().popup()
    assert [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())] == [
        "Bo Ek (Kulturkontoret)"
    ]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert _linked(workspace, "1.3.1") == ("Bo Ek", first)
    assert form.owner_edit.text() == "Bo Ek (Kulturkontoret)"


def test_a_name_not_in_the_register_is_kept_as_text_and_marked(
    qtbot, window: MainWindow, workspace: Workspace
) -> None:
    activity = window.context.plan.tree().find_activity("1.3.1")
    click_row(qtbot, window, activity.id)
    form = window.detail.activity_form
    form.owner_edit.setFocus()
    qtbot.keyClicks(form.owner_edit, "Dana Berg")
    qtbot.keyClick(form.owner_edit, Qt.Key.Key_Return)
    assert _linked(workspace, "1.3.1") == ("Dana Berg", None)
    assert form.owner_picker.unlinked.isVisible()
    assert "personregistret" in form.owner_picker.unlinked.toolTip()
    qtbot.mouseClick(form.new_person_button, Qt.MouseButton.LeftButton)
    dana = next(c.id for c in people_choices(workspace.engine) if c.name == "Dana Berg")
    assert _linked(workspace, "1.3.1") == ("Dana Berg", dana)
    assert not form.owner_picker.unlinked.isVisible()


def test_the_decision_dialog_links_who_follows_up(qtbot, window: MainWindow, workspace: Workspace) -> None:
    context = window.context
    steering = SteeringServices.of(context).steering
    meeting_id = steering.create_meeting(date.today())
    dialog = DecisionDialog(context, steering.meetings(), meeting_id, DecisionKind.OTHER)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.text, "Bjud in handlarna")
    dialog.follow_up.setChecked(True)
    dialog.follow_up_by.setFocus()
    qtbot.keyClicks(dialog.follow_up_by, "BO  EK")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    decision = DecisionService(workspace.engine, "t").decisions(meeting_id=meeting_id)[0]
    bo = next(c.id for c in people_choices(workspace.engine) if c.name == "Bo Ek")
    assert (decision.follow_up_by, decision.follow_up_person_id) == ("Bo Ek", bo)


def _linked(workspace: Workspace, code: str) -> tuple[str, str | None]:
    activity = PlanService(workspace.engine, "läsare").tree().find_activity(code)
    return activity.owner, activity.owner_person_id


def test_an_owner_deleted_from_the_register_keeps_the_name_until_another_is_typed(
    qtbot, window: MainWindow, workspace: Workspace
) -> None:
    from database.models import Person

    registers = RegisterService(workspace.engine, "testare")
    bo = next(c.id for c in people_choices(workspace.engine) if c.name == "Bo Ek")
    activity = window.context.plan.tree().find_activity("1.3.1")
    window.context.plan.update_activity(activity.id, {"owner_person_id": bo})
    registers.delete(Person, bo)
    window.reload()
    click_row(qtbot, window, activity.id)
    form = window.detail.activity_form
    assert form.owner_edit.text() == "Bo Ek"
    assert form.owner_picker.unlinked.isVisible()
    assert form.owner_picker.unlinked.toolTip() == "Finns inte längre i personregistret."
    form.owner_edit.setFocus()
    qtbot.keyClick(form.owner_edit, Qt.Key.Key_End)
    qtbot.keyClick(form.owner_edit, Qt.Key.Key_Return)
    assert _linked(workspace, "1.3.1") == ("Bo Ek", bo)  # left as it was
    form.owner_edit.selectAll()
    qtbot.keyClicks(form.owner_edit, "Cilla Ny")
    qtbot.keyClick(form.owner_edit, Qt.Key.Key_Return)
    assert _linked(workspace, "1.3.1") == ("Cilla Ny", None)
