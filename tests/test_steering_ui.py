"""The Styrning window driven as a person would, over a real plan database."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMenu, QWidget

from database.models import FollowUpState, IdeaState, Lifecycle, Role
from desktop_app.services.workspace import Workspace
from desktop_app.ui.context import AppContext
from desktop_app.ui.steering import ActivityGoalsDialog, SteeringWindow, add_steering_actions
from desktop_app.ui.steering.commands import SteeringServices
from desktop_app.ui.steering.dialogs import FormDialog
from desktop_app.ui.steering.window import DECISIONS, GOALS, IDEAS, MEETINGS, RHYTHM
from tests.steering_helpers import add_person

MEETING_DAY = date.today() - timedelta(days=7)

# The offscreen platform cannot raise windows or propagate size hints; it says so as a warning.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def context(workspace: Workspace, qtbot):
    context = AppContext(workspace, "processledare")
    return context


@pytest.fixture
def window(context: AppContext, qtbot) -> SteeringWindow:
    window = SteeringWindow(context)
    qtbot.addWidget(window)
    window.show()
    return window


def _type_date(qtbot, field, day: date) -> None:
    """Type ``day`` into a date field the way a person writes it (15/3 2025)."""
    field.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, f"{day.day}/{day.month} {day.year}")
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert field.value() == day


def _ok(qtbot, dialog: FormDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _select(table, row: int) -> None:
    table.selectRow(row)


def test_a_steering_meeting_from_agenda_to_follow_up(
    context: AppContext, window: SteeringWindow, qtbot
) -> None:
    plan = context.plan
    tree = plan.tree()
    eva = add_person(context.engine, "Eva Holm", "Samhällsbyggnadschef")
    add_person(context.engine, "Karin Voltaire", "Näringslivschef", Role.PROCESS_LEADER)
    proposed = plan.create_activity(tree.find("1.2").id, "Mentorsprogram för tillväxtföretag")
    red = tree.find_activity("3.2.1")
    plan.report_status(
        red.id,
        "red",
        reported_on=MEETING_DAY - timedelta(days=20),
        cause="Resurser saknas",
        recommended_action="Omprioritera planarbetet",
    )
    view = window.meetings
    window.show_part(MEETINGS)

    # Create the meeting: date, place, who attended.
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    _type_date(qtbot, view.date, MEETING_DAY)
    qtbot.keyClicks(view.location, "Stadshuset")
    attendees = view.attendees_model
    assert attendees.rowCount() == 2
    attendees.setData(attendees.index(0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    [meeting] = SteeringServices.of(context).steering.meetings()
    assert (meeting.meeting_date, meeting.location, meeting.attendee_ids) == (
        MEETING_DAY,
        "Stadshuset",
        (eva,),
    )

    # Its agenda: the proposed activity and the red deviation.
    assert view.agenda_view.agenda_tabs.tabText(0).endswith("(1)")
    assert [a.id for a in view.agenda_view.proposed.model.rows()] == [proposed]
    assert [d.activity.id for d in view.agenda_view.deviations.model.rows()] == [red.id]

    # Approve the proposed activity.
    _select(view.agenda_view.proposed.table, 0)
    qtbot.mouseClick(view.agenda_view.approve_button, Qt.MouseButton.LeftButton)
    assert view.agenda_view.dialog is not None and view.agenda_view.dialog.isVisible()
    _ok(qtbot, view.agenda_view.dialog)
    assert not view.agenda_view.dialog.isVisible()
    values = plan.activity_values(proposed)
    assert values["lifecycle"] is Lifecycle.DECIDED and values["decision_date"] == MEETING_DAY
    assert view.agenda_view.proposed.model.rowCount() == 0

    # Decide the action on the red activity: a follow-up is required.
    view.agenda_view.agenda_tabs.setCurrentIndex(1)
    _select(view.agenda_view.deviations.table, 0)
    qtbot.mouseClick(view.agenda_view.decide_button, Qt.MouseButton.LeftButton)
    dialog = view.agenda_view.dialog
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "följer upp" in dialog.error.text()
    qtbot.keyClicks(dialog.follow_up_by, "Eva Holm")
    _type_date(qtbot, dialog.follow_up_date, MEETING_DAY + timedelta(days=30))
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    [decided] = view.agenda_view.deviations.model.rows()
    assert decided.decision is not None and decided.decision.follow_up_state is FollowUpState.OPEN
    assert view.agenda_view.decided.model.rowCount() == 2

    # The register: open follow-ups, and marking this one done.
    register = window.decisions
    window.show_part(DECISIONS)
    register.open_only.setChecked(True)
    assert [d.follow_up_by for d in register.model.rows()] == ["Eva Holm"]
    _select(register.table, 0)
    _type_date(qtbot, register.done_on, date.today())
    qtbot.mouseClick(register.done_button, Qt.MouseButton.LeftButton)
    assert register.model.rowCount() == 0
    register.open_only.setChecked(False)
    done = next(d for d in register.model.rows() if d.follow_up_by)
    assert done.follow_up_state is FollowUpState.DONE and done.follow_up_done_on == date.today()

    # Undo brings the follow-up back open; redo marks it done again.
    context.undo_stack.undo()
    assert SteeringServices.of(context).decisions.decisions(open_only=True)[0].id == done.id
    context.undo_stack.redo()
    assert SteeringServices.of(context).decisions.decisions(open_only=True) == []


def test_an_idea_becomes_a_proposed_activity(context: AppContext, window: SteeringWindow, qtbot) -> None:
    view = window.ideas
    window.show_part(IDEAS)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert "Skriv idén" in view.error.text()
    view.forum.setCurrentText("Frukostklubben")
    view.focus_area.setCurrentIndex(1)
    qtbot.keyClicks(view.text, "Mentorsprogram med lokala ledare")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    [idea] = view.model.rows()
    assert (idea.forum, idea.state) == ("Frukostklubben", IdeaState.NEW)

    qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog.title.text() == "Mentorsprogram med lokala ledare"
    dialog.initiative.setCurrentIndex(dialog.initiative.findData(context.plan.tree().find("1.2").id))
    _ok(qtbot, dialog)
    [idea] = view.model.rows()
    assert idea.state is IdeaState.BECAME_ACTIVITY
    activity = context.plan.tree().find_activity("1.2.1")
    assert idea.activity_id == activity.id and activity.lifecycle is Lifecycle.PROPOSED
    assert view.activity.text().startswith("1.2.1")
    assert not view.make_button.isEnabled()

    context.undo_stack.undo()
    assert context.plan.tree().find("1.2").activities == []
    assert view.model.rows()[0].state is IdeaState.NEW


def test_a_goal_with_values_and_two_linked_activities(
    context: AppContext, window: SteeringWindow, qtbot
) -> None:
    view = window.goals
    window.show_part(GOALS)
    qtbot.keyClicks(view.title, "Fler nystartade bolag")
    qtbot.keyClicks(view.baseline_year.edit, "2015")
    qtbot.keyClicks(view.baseline_value, "850")
    qtbot.keyClicks(view.target_year.edit, "2012")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert view.goal_error.text() == "Målåret måste ligga efter utgångsåret."
    view.target_year.clear()
    qtbot.keyClicks(view.target_year.edit, "2022")
    qtbot.keyClicks(view.target_value, "1 100")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    [goal] = view.goals_model.rows()
    assert (goal.baseline_value, goal.target_value) == (850, 1100)

    for year, value in (("2016", "912"), ("2017", "955,5")):
        qtbot.keyClicks(view.value_year.edit, year)
        qtbot.keyClicks(view.value_value, value)
        qtbot.mouseClick(view.set_value_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.value_year.edit, "sjutton")
    qtbot.keyClicks(view.value_value, "1")
    qtbot.mouseClick(view.set_value_button, Qt.MouseButton.LeftButton)
    assert "årtal" in view.value_error.text()
    assert [(v.year, v.value) for v in view.values_model.rows()] == [(2016, 912), (2017, 955.5)]

    tree = context.plan.tree()
    for code in ("1.1.1", "2.1.3"):
        view.activity_choice.setCurrentIndex(view.activity_choice.findData(tree.find_activity(code).id))
        qtbot.mouseClick(view.link_button, Qt.MouseButton.LeftButton)
    assert [a.code for a in view.links_model.rows()] == ["1.1.1", "2.1.3"]
    assert goal.id in context.plan.tree().find_activity("2.1.3").goal_ids
    _select(view.links_table, 0)
    qtbot.mouseClick(view.unlink_button, Qt.MouseButton.LeftButton)
    assert [a.code for a in view.links_model.rows()] == ["2.1.3"]
    context.undo_stack.undo()
    assert [a.code for a in view.links_model.rows()] == ["1.1.1", "2.1.3"]


def test_goals_linked_from_the_activity_side(context: AppContext, qtbot) -> None:
    goals = SteeringServices.of(context).goals
    first = goals.create_goal({"title": "Fler nystartade företag"})
    second = goals.create_goal({"title": "Bättre företagsklimat"})
    activity = context.plan.tree().find_activity("1.1.1")
    goals.set_link(activity.id, second, True)
    dialog = ActivityGoalsDialog(context, activity.id)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert [model.index(row).data(Qt.ItemDataRole.CheckStateRole) for row in range(2)] == [
        Qt.CheckState.Unchecked,
        Qt.CheckState.Checked,
    ]
    model.setData(model.index(0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    model.setData(model.index(1), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert context.plan.tree().find_activity("1.1.1").goal_ids == (first,)
    context.undo_stack.undo()  # both changes are one step
    assert context.plan.tree().find_activity("1.1.1").goal_ids == (second,)


def test_recording_a_focus_area_check(context: AppContext, window: SteeringWindow, qtbot) -> None:
    view = window.rhythm
    window.show_part(RHYTHM)
    assert all(row.due for row in view.model.rows())
    _select(view.table, 1)
    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    _ok(qtbot, dialog)
    assert "vilka som stämde av" in dialog.error.text()
    qtbot.keyClicks(dialog.checked_by, "Karin Voltaire och Per Ek")
    _ok(qtbot, dialog)
    rows = view.model.rows()
    assert not rows[1].due and rows[1].last_checked_on == date.today()
    assert view.summary.text() and rows[0].due


def test_menu_actions_open_each_part(context: AppContext, qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    menu = QMenu(parent)
    add_steering_actions(menu, context, parent)
    actions = menu.actions()
    assert len(actions) == 6
    actions[GOALS].trigger()
    window = parent.findChild(SteeringWindow)
    assert window is not None and window.isVisible() and window.tabs.currentWidget() is window.goals
    actions[DECISIONS].trigger()
    assert parent.findChildren(SteeringWindow) == [window]
    assert window.tabs.currentWidget() is window.decisions


def test_models_keep_the_qt_contract(context: AppContext, window: SteeringWindow, qtmodeltester) -> None:
    services = SteeringServices.of(context)
    tree = context.plan.tree()
    add_person(context.engine, "Eva Holm")
    meeting_id = services.steering.create_meeting(MEETING_DAY)
    red = tree.find_activity("3.2.1").id
    context.plan.report_status(
        red, "red", reported_on=MEETING_DAY, cause="Resurser", recommended_action="Byt"
    )
    context.plan.create_activity(tree.find("1.2").id, "Mentorsprogram")
    services.decisions.record_decision(
        meeting_id,
        "deviation_action",
        "Byt",
        activity_id=red,
        follow_up_by="Eva",
        follow_up_date=date.today(),
    )
    services.ideas.create_idea(MEETING_DAY, "Frukostklubben", "Mentorer")
    goal = services.goals.create_goal({"title": "Fler företag"})
    services.goals.set_value(goal, 2016, 912)
    services.goals.set_link(red, goal, True)
    context.plan_changed.emit()
    meetings = window.meetings
    models = [
        meetings.meetings_model,
        meetings.attendees_model,
        meetings.agenda_view.proposed.model,
        meetings.agenda_view.deviations.model,
        meetings.agenda_view.ideas.model,
        meetings.agenda_view.unchecked.model,
        meetings.agenda_view.decided.model,
        window.decisions.model,
        window.deviations.model,
        window.ideas.model,
        window.goals.goals_model,
        window.goals.values_model,
        window.goals.links_model,
        window.rhythm.model,
    ]
    for model in models:
        assert model.rowCount() > 0, model
        qtmodeltester.check(model)


def test_a_read_only_plan_cannot_be_changed(workspace: Workspace, qtbot) -> None:
    context = AppContext(workspace, "granskare", read_only=True)
    window = SteeringWindow(context)
    qtbot.addWidget(window)
    qtbot.mouseClick(window.meetings.new_button, Qt.MouseButton.LeftButton)
    assert "skrivskyddad" in window.meetings.list_error.text()
    assert SteeringServices.of(context).steering.meetings() == []
    qtbot.keyClicks(window.goals.title, "Fler jobb")
    qtbot.mouseClick(window.goals.save_button, Qt.MouseButton.LeftButton)
    assert "skrivskyddad" in window.goals.goal_error.text()
    assert context.undo_stack.count() == 0
