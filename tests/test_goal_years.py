"""The years of a measurable goal are typed like the app's dates: read by one rule, empty means not set.

A measured outcome (a yearly value, the baseline) cannot be for a year that has
not begun; a target may lie years ahead.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton

from desktop_app.services.errors import ValidationError
from desktop_app.services.goals import GoalRow, GoalService
from desktop_app.services.rules import check_year_not_future, parse_year
from desktop_app.services.workspace import Workspace
from desktop_app.ui.context import AppContext
from desktop_app.ui.steering import SteeringWindow
from desktop_app.ui.steering.window import GOALS
from tests.client_helpers import fresh_application, remove_translators

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

THIS_YEAR = date.today().year


@pytest.mark.parametrize(
    ("typed", "year"),
    [("2025", 2025), (" 2025 ", 2025), ("", None), ("  ", None), (2016, 2016), (2016.0, 2016)],
)
def test_a_year_is_read_as_typed_or_as_an_excel_cell_gives_it(typed: object, year: int | None) -> None:
    assert parse_year(typed, "Året") == year


@pytest.mark.parametrize("typed", ["25", "tjugo", "2025-03", "1899", "2201", "2025.5", "20 25"])
def test_what_is_no_year_is_refused_naming_the_field(typed: str) -> None:
    with pytest.raises(ValidationError, match=r"Målåret ”.*” är inget årtal"):
        parse_year(typed, "Målåret", "target_year")


def test_an_outcome_year_may_be_the_running_year_but_not_the_next() -> None:
    check_year_not_future(2026, "Året", "year", today=date(2026, 1, 1))
    with pytest.raises(ValidationError, match="2027 har inte börjat"):
        check_year_not_future(2027, "Året", "year", today=date(2026, 12, 31))


def test_the_service_refuses_a_measured_value_or_baseline_for_a_year_to_come(workspace: Workspace) -> None:
    goals = GoalService(workspace.engine, "processledare")
    goal_id = goals.create_goal({"title": "Fler företag", "target_year": str(THIS_YEAR + 4)})
    with pytest.raises(ValidationError, match="har inte börjat"):
        goals.set_value(goal_id, THIS_YEAR + 1, "12")
    with pytest.raises(ValidationError, match="Utgångsåret"):
        goals.update_goal(goal_id, {"baseline_year": THIS_YEAR + 1})
    assert goals.set_value(goal_id, THIS_YEAR, "12") is None
    [goal] = goals.goals()
    assert goal.target_year == THIS_YEAR + 4 and goal.baseline_year is None
    assert [(v.year, v.value) for v in goal.values] == [(THIS_YEAR, 12)]


@pytest.fixture
def context(workspace: Workspace, qtbot):
    app, translators = fresh_application("sv")
    yield AppContext(workspace, "processledare")
    remove_translators(app, translators)


@pytest.fixture
def view(context: AppContext, qtbot):
    GoalService(context.engine, "processledare").create_goal({"title": "Fler nystartade företag"})
    window = SteeringWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.show_part(GOALS)
    window.goals.reload()
    yield window.goals  # the window lives as long as the test
    window.goals.edits.dirty = False  # a failed test must not leave a question open at closing


def _saved(context: AppContext) -> GoalRow:
    [goal] = GoalService(context.engine, "läsare").goals()
    return goal


def _type(qtbot, field, text: str) -> None:
    field.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, text)


def _click_clear(qtbot, field) -> None:
    """Click the clear button shown in the field (Qt's own, inside the line edit)."""
    [button] = [b for b in field.edit.findChildren(QToolButton) if b.isVisible()]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_measured_value_is_saved_for_the_year_typed(context: AppContext, view, qtbot) -> None:
    _type(qtbot, view.value_year, "2024")
    qtbot.keyClicks(view.value_value, "12,5")
    qtbot.mouseClick(view.set_value_button, Qt.MouseButton.LeftButton)
    assert [(v.year, v.value) for v in _saved(context).values] == [(2024, 12.5)]
    assert view.value_year.text() == "" and QApplication.focusWidget() is view.value_year.edit

    # Up gives the running year in an empty field, and goes no further for a measured value.
    qtbot.keyClick(view.value_year.edit, Qt.Key.Key_Up)
    qtbot.keyClick(view.value_year.edit, Qt.Key.Key_Up)
    assert view.value_year.text() == str(THIS_YEAR)
    qtbot.keyClick(view.value_year.edit, Qt.Key.Key_Down)
    assert view.value_year.text() == str(THIS_YEAR - 1)


def test_a_measured_value_for_a_year_to_come_is_refused_at_once(context: AppContext, view, qtbot) -> None:
    _type(qtbot, view.value_year, str(THIS_YEAR + 1))
    qtbot.keyClick(view.value_year.edit, Qt.Key.Key_Tab)  # leaving the field says what is wrong
    assert f"{THIS_YEAR + 1} har inte börjat" in view.value_error.text()
    assert view.value_year.has_error()
    qtbot.keyClicks(view.value_value, "7")
    qtbot.mouseClick(view.set_value_button, Qt.MouseButton.LeftButton)
    assert _saved(context).values == ()
    assert view.value_year.text() == str(THIS_YEAR + 1)  # what was typed stays, to be corrected

    # The clear button in the field empties it; an empty year is asked for, not guessed.
    _click_clear(qtbot, view.value_year)
    assert view.value_year.text() == "" and not view.value_year.has_error()
    assert view.value_error.text() == ""
    qtbot.mouseClick(view.set_value_button, Qt.MouseButton.LeftButton)
    assert view.value_error.text() == "Ange året värdet gäller." and _saved(context).values == ()


def test_target_and_baseline_years_typed_cleared_and_read_back(context: AppContext, view, qtbot) -> None:
    _type(qtbot, view.baseline_year, "2015")
    _type(qtbot, view.target_year, str(THIS_YEAR + 4))  # a target may lie years ahead
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    goal = _saved(context)
    assert (goal.baseline_year, goal.target_year) == (2015, THIS_YEAR + 4)
    assert view.goal_error.text() == ""

    _type(qtbot, view.baseline_year, str(THIS_YEAR + 1))
    qtbot.keyClick(view.baseline_year.edit, Qt.Key.Key_Tab)
    assert "Utgångsåret" in view.goal_error.text() and "har inte börjat" in view.goal_error.text()
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert _saved(context).baseline_year == 2015

    _type(qtbot, view.baseline_year, "tjugo")
    qtbot.keyClick(view.baseline_year.edit, Qt.Key.Key_Tab)
    assert "”tjugo” är inget årtal" in view.goal_error.text()

    _click_clear(qtbot, view.baseline_year)
    view.target_year.setFocus()
    qtbot.keyClick(view.target_year.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.target_year.edit, Qt.Key.Key_Delete)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    goal = _saved(context)
    assert (goal.baseline_year, goal.target_year) == (None, None)  # empty means not set
    assert view.goal_error.text() == ""
