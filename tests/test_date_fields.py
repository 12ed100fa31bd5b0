"""Months and dates typed, picked and cleared in the activity form, read back from the database."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from desktop_app.services.errors import ValidationError
from desktop_app.services.plan import PlanService
from desktop_app.services.rules import parse_date, parse_month
from desktop_app.services.workspace import Workspace
from desktop_app.ui.context import AppContext
from desktop_app.ui.main_window import MainWindow
from tests.client_helpers import click_row, fresh_application, open_window, remove_translators


@pytest.fixture
def window(qtbot, workspace: Workspace):
    app, translators = fresh_application("sv")
    opened = open_window(qtbot, AppContext(workspace, "testare"))
    yield opened
    opened.close()
    remove_translators(app, translators)


def _saved(workspace: Workspace, code: str):
    """The activity as the database has it, read by a service of its own."""
    return PlanService(workspace.engine, "läsare").tree().find_activity(code)


def _type(qtbot, field, text: str, finish: Qt.Key = Qt.Key.Key_Return) -> None:
    field.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, finish)


@pytest.mark.parametrize(
    ("typed", "month"),
    [("2025-03", "2025-03"), ("2025-3", "2025-03"), ("mars 2025", "2025-03"), ("03/2025", "2025-03")],
)
def test_every_spelling_of_a_month_is_saved(qtbot, window: MainWindow, workspace: Workspace, typed, month):
    click_row(qtbot, window, _saved(workspace, "1.1.2").id)
    form = window.detail.activity_form
    _type(qtbot, form.start_edit, typed)
    assert _saved(workspace, "1.1.2").start_month == month
    assert form.start_edit.text() == month


def test_an_empty_month_field_takes_typing_and_clears_with_backspace(
    qtbot, window: MainWindow, workspace: Workspace
) -> None:
    click_row(qtbot, window, _saved(workspace, "2.1.1").id)
    form = window.detail.activity_form
    assert form.end_edit.text() == "" and form.end_edit.edit.placeholderText() == "Ej angiven"
    _type(qtbot, form.end_edit, "2027-02")
    assert _saved(workspace, "2.1.1").end_month == "2027-02"
    assert window.context.undo_stack.count() == 1
    window.context.undo_stack.undo()
    assert _saved(workspace, "2.1.1").end_month is None and form.end_edit.text() == ""
    window.context.undo_stack.redo()
    assert _saved(workspace, "2.1.1").end_month == "2027-02" and form.end_edit.text() == "2027-02"

    form.end_edit.setFocus()
    form.end_edit.edit.end(False)
    for _ in range(7):
        qtbot.keyClick(form.end_edit.edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(form.end_edit.edit, Qt.Key.Key_Return)
    assert _saved(workspace, "2.1.1").end_month is None

    _type(qtbot, form.end_edit, "okt 2026")
    assert _saved(workspace, "2.1.1").end_month == "2026-10"
    form.end_edit.setFocus()
    form.end_edit.edit.selectAll()
    qtbot.keyClick(form.end_edit.edit, Qt.Key.Key_Delete)
    qtbot.keyClick(form.end_edit.edit, Qt.Key.Key_Tab)
    assert _saved(workspace, "2.1.1").end_month is None


def test_the_clear_button_empties_a_month(qtbot, window: MainWindow, workspace: Workspace) -> None:
    click_row(qtbot, window, _saved(workspace, "2.1.1").id)
    form = window.detail.activity_form
    _type(qtbot, form.start_edit, "2026-01")
    assert form.start_clear.isEnabled()
    qtbot.mouseClick(form.start_clear, Qt.MouseButton.LeftButton)
    assert _saved(workspace, "2.1.1").start_month is None
    assert form.start_edit.text() == "" and not form.start_clear.isEnabled()


def test_text_that_is_no_month_is_refused_and_nothing_is_saved(
    qtbot, window: MainWindow, workspace: Workspace
) -> None:
    click_row(qtbot, window, _saved(workspace, "2.1.1").id)
    form = window.detail.activity_form
    _type(qtbot, form.start_edit, "02703")
    assert _saved(workspace, "2.1.1").start_month is None
    assert form.schedule_error.isVisible()
    assert "02703" in form.schedule_error.text() and "ingen månad" in form.schedule_error.text()
    assert window.context.undo_stack.count() == 0
    form.owner_edit.setFocus()
    qtbot.keyClicks(form.owner_edit, "Bo Ek")
    qtbot.keyClick(form.owner_edit, Qt.Key.Key_Return)
    assert _saved(workspace, "2.1.1").owner == "Bo Ek"
    assert form.start_edit.text() == "02703"  # saving another field keeps what was typed here
    assert not window.detail.commit_pending()  # closing the window now asks before losing it
    form.start_edit.setFocus()
    form.start_edit.edit.selectAll()
    qtbot.keyClick(form.start_edit.edit, Qt.Key.Key_Delete)
    qtbot.keyClick(form.start_edit.edit, Qt.Key.Key_Return)
    assert form.schedule_error.isHidden() or not form.schedule_error.text()
    assert window.detail.commit_pending()


def test_the_calendar_opens_on_today_or_on_the_value_and_saves_what_is_picked(
    qtbot, window: MainWindow, workspace: Workspace
) -> None:
    click_row(qtbot, window, _saved(workspace, "2.1.1").id)
    form = window.detail.activity_form
    qtbot.mouseClick(form.decision_edit.calendar_button, Qt.MouseButton.LeftButton)
    calendar = form.decision_edit.calendar_popup().calendar
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    form.decision_edit.calendar_popup().hide()

    _type(qtbot, form.decision_edit, "15/3 2025")
    assert _saved(workspace, "2.1.1").decision_date == date(2025, 3, 15)
    qtbot.keyClick(form.decision_edit.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = form.decision_edit.calendar_popup()
    assert popup.isVisible()
    assert (calendar.yearShown(), calendar.monthShown()) == (2025, 3)
    assert calendar.selectedDate() == QDate(2025, 3, 15)
    calendar.setSelectedDate(QDate(2025, 3, 20))
    calendar.clicked.emit(QDate(2025, 3, 20))
    assert not popup.isVisible()
    assert form.decision_edit.text() == "2025-03-20"
    assert _saved(workspace, "2.1.1").decision_date == date(2025, 3, 20)

    qtbot.mouseClick(form.end_edit.calendar_button, Qt.MouseButton.LeftButton)
    month_calendar = form.end_edit.calendar_popup().calendar
    assert (month_calendar.yearShown(), month_calendar.monthShown()) == (today.year(), today.month())
    month_calendar.clicked.emit(QDate(2027, 4, 9))
    assert form.end_edit.text() == "2027-04"
    assert _saved(workspace, "2.1.1").end_month == "2027-04"


def test_a_decision_date_in_the_future_is_refused(qtbot, window: MainWindow, workspace: Workspace) -> None:
    click_row(qtbot, window, _saved(workspace, "2.1.1").id)
    form = window.detail.activity_form
    _type(qtbot, form.decision_edit, "2099-01-01")
    assert _saved(workspace, "2.1.1").decision_date is None
    assert "framtiden" in form.decision_error.text()
    _type(qtbot, form.decision_edit, "2024-01-31")
    assert _saved(workspace, "2.1.1").decision_date == date(2024, 1, 31)
    assert form.decision_error.isHidden()


def test_ongoing_greys_out_the_end_and_says_so(qtbot, window: MainWindow, workspace: Workspace) -> None:
    click_row(qtbot, window, _saved(workspace, "2.1.1").id)
    form = window.detail.activity_form
    _type(qtbot, form.end_edit, "2026-12")
    qtbot.mouseClick(form.ongoing_check, Qt.MouseButton.LeftButton)
    saved = _saved(workspace, "2.1.1")
    assert (saved.end_month, saved.ongoing) == (None, True)
    assert not form.end_edit.isEnabled() and not form.end_edit.edit.isEnabled()
    assert form.end_edit.text() == "" and "Löpande" in form.end_edit.edit.placeholderText()
    qtbot.mouseClick(form.ongoing_check, Qt.MouseButton.LeftButton)
    assert form.end_edit.isEnabled()


def test_tab_meets_every_field_of_the_activity_form_in_reading_order(
    qtbot, window: MainWindow, workspace: Workspace
) -> None:
    click_row(qtbot, window, _saved(workspace, "2.1.1").id)
    form = window.detail.activity_form
    expected = [
        form.report_button,
        form.title_edit,
        form.description_edit,
        form.initiative_combo,
        form.lifecycle_combo,
        form.decision_edit.edit,
        form.priority_spin,
        form.office_combo,
        form.new_office_button,
        form.owner_edit,
        form.new_person_button,
        form.participants_list,
        form.start_edit.edit,
        form.end_edit.edit,
        form.ongoing_check,
        form.goals_button,
    ]
    form.report_button.setFocus()
    met = [QApplication.focusWidget()]
    for _ in range(len(expected) - 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        met.append(QApplication.focusWidget())
    assert [w.objectName() or type(w).__name__ for w in met] == [
        w.objectName() or type(w).__name__ for w in expected
    ]
    assert met == expected


def test_the_services_read_the_same_spellings() -> None:
    assert parse_month("mars 2025") == parse_month("03/2025") == parse_month("2025-3") == "2025-03"
    assert parse_month("  ") is None
    assert parse_date("15/3 2025") == parse_date("2025-03-15") == date(2025, 3, 15)
    with pytest.raises(ValidationError, match="ingen månad"):
        parse_month("13/2025", "Start")
    with pytest.raises(ValidationError, match="inget datum"):
        parse_date("31/2 2025", "Beslutad den")
