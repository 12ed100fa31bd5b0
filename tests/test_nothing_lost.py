"""Nothing typed is lost: leaving a form (another row, closing the window) saves it as one undoable step."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.services.goals import GoalService
from desktop_app.services.ideas import IdeaService
from desktop_app.services.registers import RegisterService
from desktop_app.services.steering import SteeringService
from desktop_app.services.workspace import Workspace
from desktop_app.ui.context import AppContext
from desktop_app.ui.registers_dialog import RegistersDialog
from desktop_app.ui.steering import SteeringWindow
from desktop_app.ui.steering.window import GOALS, IDEAS, MEETINGS
from tests.client_helpers import answer_next_dialog, fresh_application, remove_translators

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def context(workspace: Workspace, qtbot):
    app, translators = fresh_application("sv")
    yield AppContext(workspace, "processledare")
    remove_translators(app, translators)


@pytest.fixture
def window(context: AppContext, qtbot) -> SteeringWindow:
    window = SteeringWindow(context)
    qtbot.addWidget(window)
    window.show()
    return window


def _click_row(qtbot, table, row: int) -> None:
    index = table.model().index(row, 0)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())


def _meetings(context: AppContext) -> list:
    return SteeringService(context.engine, "läsare").meetings()


def test_a_meeting_form_is_saved_when_another_meeting_is_clicked(
    context: AppContext, window: SteeringWindow, qtbot
) -> None:
    service = SteeringService(context.engine, "processledare")
    service.create_meeting(date.today() - timedelta(days=40), "Stadshuset")
    service.create_meeting(date.today() - timedelta(days=10), "Campus Telge")
    window.show_part(MEETINGS)
    view = window.meetings
    view.reload()
    first = view.selected_meeting()
    view.location.setFocus()
    view.location.selectAll()
    qtbot.keyClicks(view.location, "Rådhuset, sal 3")
    qtbot.keyClicks(view.notes, "Budgeten & <b>planen</b> diskuterades")
    _click_row(qtbot, view.meetings_table, 1)

    saved = {m.id: m for m in _meetings(context)}[first.id]
    assert (saved.location, saved.notes) == ("Rådhuset, sal 3", "Budgeten & <b>planen</b> diskuterades")
    assert context.undo_stack.count() == 1  # one undoable step for the whole form
    assert view.selected_meeting().id != first.id
    context.undo_stack.undo()
    assert {m.id: m for m in _meetings(context)}[first.id].location == first.location


def test_a_meeting_with_an_unreadable_date_keeps_the_form_and_says_why(
    context: AppContext, window: SteeringWindow, qtbot
) -> None:
    service = SteeringService(context.engine, "processledare")
    service.create_meeting(date(2026, 1, 20), "Stadshuset")
    service.create_meeting(date(2026, 3, 20), "Campus Telge")
    window.show_part(MEETINGS)
    view = window.meetings
    view.reload()
    first = view.selected_meeting()
    view.date.setFocus()
    view.date.edit.selectAll()
    qtbot.keyClicks(view.date.edit, "32/1 2026")
    _click_row(qtbot, view.meetings_table, 1)
    assert view.selected_meeting().id == first.id
    assert "inget datum" in view.form_error.text()
    assert view.date.text() == "32/1 2026"

    answer_next_dialog(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    window.close()
    assert window.isVisible()
    view.date.edit.selectAll()
    qtbot.keyClicks(view.date.edit, "21/1 2026")
    window.close()
    assert not window.isVisible()
    assert {m.id: m for m in _meetings(context)}[first.id].meeting_date == date(2026, 1, 21)


def test_an_idea_is_saved_when_another_idea_is_clicked_and_a_new_one_on_closing(
    context: AppContext, window: SteeringWindow, qtbot
) -> None:
    ideas = IdeaService(context.engine, "processledare")
    for text in ("Mentorsprogram", "Fler parkeringsplatser"):
        ideas.create_idea(date(2026, 2, 1), "Frukostklubben", text)
    window.show_part(IDEAS)
    view = window.ideas
    view.reload()
    _click_row(qtbot, view.table, 0)
    first = view.model.rows()[0]
    view.text.setFocus()
    view.text.moveCursor(view.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(view.text, " med unga ledare")
    _click_row(qtbot, view.table, 1)
    saved = {i.id: i for i in IdeaService(context.engine, "läsare").ideas()}[first.id]
    assert saved.text == first.text + " med unga ledare"

    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.text, "Gemensam webbportal")
    window.close()
    texts = sorted(i.text for i in IdeaService(context.engine, "läsare").ideas())
    assert "Gemensam webbportal" in texts and len(texts) == 3


def test_a_goal_is_saved_when_another_goal_is_clicked(
    context: AppContext, window: SteeringWindow, qtbot
) -> None:
    goals = GoalService(context.engine, "processledare")
    for title in ("Fler nya företag", "Bättre företagsklimat"):
        goals.create_goal({"title": title, "indicator": "Nyregistrerade företag", "unit": "antal"})
    window.show_part(GOALS)
    view = window.goals
    view.reload()
    _click_row(qtbot, view.goals_table, 0)
    goal = view.selected_goal()
    view.unit.setFocus()
    view.unit.selectAll()
    qtbot.keyClicks(view.unit, "antal bolag")
    _click_row(qtbot, view.goals_table, 1)
    saved = {g.id: g for g in GoalService(context.engine, "läsare").goals()}[goal.id]
    assert saved.unit == "antal bolag"
    assert view.selected_goal().id != goal.id


def test_a_person_is_saved_when_another_person_is_selected(context: AppContext, qtbot) -> None:
    registers = RegisterService(context.engine, "processledare")
    anna = registers.create_person("Anna Lind")
    registers.create_person("Bo Ek")
    dialog = RegistersDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    tab = dialog.people_tab
    dialog.tabs.setCurrentWidget(tab)
    names = [tab.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(tab.list.count())]
    tab.list.setCurrentRow(names.index(anna), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    tab.title_edit.setFocus()
    qtbot.keyClicks(tab.title_edit, "Chef Tillvaxt")
    tab.list.setCurrentRow(1 - names.index(anna), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    people = {p.id: p for p in RegisterService(context.engine, "läsare").people()}
    assert people[anna].title == "Chef Tillvaxt"
    assert QApplication.activeModalWidget() is None


def test_a_new_steering_member_is_added_from_the_meeting_form_and_saved_present(
    context: AppContext, window: SteeringWindow, qtbot
) -> None:
    SteeringService(context.engine, "processledare").create_meeting(date(2026, 1, 20), "Stadshuset")
    window.show_part(MEETINGS)
    view = window.meetings
    view.reload()
    meeting = view.selected_meeting()
    assert view.no_members.isVisible()
    answer_next_dialog(lambda box: (box.setTextValue("Eva Holm"), box.accept()))
    qtbot.mouseClick(view.new_member_button, Qt.MouseButton.LeftButton)
    assert view.attendees_model.rowCount() == 1 and view.attendees.isVisible()
    window.close()
    saved = {m.id: m for m in _meetings(context)}[meeting.id]
    people = {p.id: p.name for p in RegisterService(context.engine, "läsare").people()}
    assert [people[i] for i in saved.attendee_ids] == ["Eva Holm"]


def test_anyone_in_the_register_is_found_by_typing_and_marked_present(
    context: AppContext, window: SteeringWindow, qtbot
) -> None:
    steering = SteeringService(context.engine, "processledare")
    steering.create_meeting(date(2026, 1, 20), "Stadshuset")
    registers = RegisterService(context.engine, "processledare")
    guest = registers.create_person("Gustav Berg")  # in the register, not in the steering group
    window.show_part(MEETINGS)
    view = window.meetings
    view.reload()
    meeting = view.selected_meeting()
    qtbot.keyClicks(view.attendee_search.edit, "gustav berg")
    qtbot.keyClick(view.attendee_search.edit, Qt.Key.Key_Return)
    assert view.attendees_model.checked_ids() == {guest}
    assert view.attendee_search.edit.text() == ""
    qtbot.keyClicks(view.attendee_search.edit, "Okand Person")
    qtbot.keyClick(view.attendee_search.edit, Qt.Key.Key_Return)
    assert "Okand Person" in view.form_error.text() and view.attendees_model.checked_ids() == {guest}
    view.attendee_search.edit.clear()
    window.close()  # leaving the form saves it
    saved = {m.id: m for m in _meetings(context)}[meeting.id]
    assert list(saved.attendee_ids) == [guest]


def test_tab_goes_through_the_meeting_form_in_reading_order(
    context: AppContext, window: SteeringWindow, qtbot
) -> None:
    SteeringService(context.engine, "processledare").create_meeting(date(2026, 1, 20), "Stadshuset")
    window.show_part(MEETINGS)
    view = window.meetings
    view.reload()
    expected = [
        view.date.edit,
        view.location,
        view.notes,
        view.attendee_search.edit,
        view.new_member_button,
        view.save_button,
    ]
    view.date.setFocus()
    met = [QApplication.focusWidget()]
    for _ in range(len(expected) - 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        met.append(QApplication.focusWidget())
    assert met == expected
