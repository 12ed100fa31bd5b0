"""Undo and redo of every kind of steering edit, through the commands the views push."""

from __future__ import annotations

from datetime import date

import pytest

from database.models import DecisionKind, FollowUpState, IdeaState, Lifecycle
from desktop_app.services.workspace import Workspace
from desktop_app.ui.context import AppContext
from desktop_app.ui.steering import commands
from desktop_app.ui.steering.commands import SteeringServices
from tests.steering_helpers import add_person


@pytest.fixture
def context(workspace: Workspace, qtbot):
    context = AppContext(workspace, "processledare")
    return context


def _round_trip(context: AppContext, done, undone) -> None:
    """Undo, check, redo, check: the stack's index changes reload views via ``plan_changed``."""
    reloads: list[int] = []
    context.plan_changed.connect(lambda: reloads.append(1))
    done()
    context.undo_stack.undo()
    undone()
    context.undo_stack.redo()
    done()
    assert len(reloads) == 2
    context.plan_changed.disconnect()


def test_meeting_edits(context: AppContext) -> None:
    steering = SteeringServices.of(context).steering
    eva = add_person(context.engine, "Eva Holm")
    command, meeting_id = commands.create_meeting(context, date(2024, 3, 5), "Stadshuset", "", [eva])
    commands.push(context, command)
    _round_trip(context, lambda: steering.meeting(meeting_id), lambda: _expect(steering.meetings() == []))
    commands.push(
        context, commands.update_meeting(context, meeting_id, {"notes": "Budget", "attendee_ids": []})
    )
    assert commands.update_meeting(context, meeting_id, {"notes": "Budget"}) is None  # nothing changed
    _round_trip(
        context,
        lambda: _expect(steering.meeting(meeting_id).attendee_ids == ()),
        lambda: _expect(steering.meeting(meeting_id).attendee_ids == (eva,)),
    )
    commands.push(context, commands.delete_meeting(context, meeting_id))
    _round_trip(context, lambda: _expect(steering.meetings() == []), lambda: steering.meeting(meeting_id))


def test_decision_follow_up_and_agreement(context: AppContext) -> None:
    services = SteeringServices.of(context)
    tree = context.plan.tree()
    proposed = context.plan.create_activity(tree.find("1.2").id, "Mentorsprogram")
    red = tree.find_activity("3.2.1")
    report = context.plan.report_status(
        red.id, "red", reported_on=date(2024, 2, 1), cause="Resurser", recommended_action="Omprioritera"
    )
    meeting_id = services.steering.create_meeting(date(2024, 3, 5))

    commands.push(
        context,
        commands.record_decision(context, meeting_id, DecisionKind.APPROVE, "Ja", activity_id=proposed),
    )
    _round_trip(
        context,
        lambda: _expect(context.plan.activity_values(proposed)["lifecycle"] is Lifecycle.DECIDED),
        lambda: _expect(context.plan.activity_values(proposed)["lifecycle"] is Lifecycle.PROPOSED),
    )
    commands.push(
        context,
        commands.record_decision(
            context,
            meeting_id,
            DecisionKind.DEVIATION_ACTION,
            "Omprioritera",
            activity_id=red.id,
            follow_up_by="Eva",
            follow_up_date=date(2024, 4, 1),
        ),
    )
    [decision] = services.decisions.decisions(open_only=True)
    commands.push(context, commands.mark_follow_up_done(context, decision.id, date(2024, 3, 30)))
    _round_trip(
        context,
        lambda: _expect(services.decisions.decisions(open_only=True) == []),
        lambda: _expect(
            services.decisions.decisions(open_only=True)[0].follow_up_state is FollowUpState.OPEN
        ),
    )
    commands.push(
        context, commands.record_action_agreement(context, report, "Karin och Eva", date(2024, 2, 3))
    )
    _round_trip(
        context,
        lambda: _expect(services.deviations.deviations()[0].action_agreed_by == "Karin och Eva"),
        lambda: _expect(services.deviations.deviations()[0].action_agreed_on is None),
    )


def test_idea_edits(context: AppContext) -> None:
    ideas = SteeringServices.of(context).ideas
    command, idea_id = commands.create_idea(
        context, {"received_on": date(2024, 2, 1), "forum": "Frukostklubben", "text": "Mentorer"}
    )
    commands.push(context, command)
    _round_trip(context, lambda: _expect(len(ideas.ideas()) == 1), lambda: _expect(ideas.ideas() == []))
    commands.push(context, commands.update_idea(context, idea_id, {"state": IdeaState.REJECTED}))
    _round_trip(
        context,
        lambda: _expect(ideas.ideas()[0].state is IdeaState.REJECTED),
        lambda: _expect(ideas.ideas()[0].state is IdeaState.NEW),
    )
    initiative = context.plan.tree().find("1.2").id
    command, activity_id = commands.make_activity(context, idea_id, initiative, "Mentorsprogram")
    commands.push(context, command)
    _round_trip(
        context,
        lambda: _expect(context.plan.tree().find("1.2.1").id == activity_id),
        lambda: _expect(context.plan.tree().find("1.2").activities == []),
    )
    commands.push(context, commands.delete_idea(context, idea_id))
    _round_trip(context, lambda: _expect(ideas.ideas() == []), lambda: _expect(len(ideas.ideas()) == 1))


def test_goal_edits(context: AppContext) -> None:
    goals = SteeringServices.of(context).goals
    command, goal_id = commands.create_goal(context, {"title": "Fler företag", "baseline_year": "2015"})
    commands.push(context, command)
    _round_trip(context, lambda: _expect(len(goals.goals()) == 1), lambda: _expect(goals.goals() == []))
    commands.push(context, commands.update_goal(context, goal_id, {"unit": "st"}))
    _round_trip(
        context, lambda: _expect(goals.goals()[0].unit == "st"), lambda: _expect(goals.goals()[0].unit == "")
    )
    commands.push(context, commands.set_goal_value(context, goal_id, "2016", "912", ""))
    commands.push(context, commands.set_goal_value(context, goal_id, "2016", "915", "Rättat"))
    _round_trip(
        context,
        lambda: _expect(goals.goals()[0].values[0].value == 915),
        lambda: _expect(goals.goals()[0].values[0].value == 912),
    )
    commands.push(context, commands.remove_goal_value(context, goal_id, 2016))
    _round_trip(
        context,
        lambda: _expect(goals.goals()[0].values == ()),
        lambda: _expect(len(goals.goals()[0].values) == 1),
    )
    activity = context.plan.tree().find_activity("1.1.1").id
    commands.push(context, commands.set_goal_link(context, activity, goal_id, True))
    assert commands.set_goal_link(context, activity, goal_id, True) is None
    _round_trip(
        context,
        lambda: _expect(goal_id in context.plan.tree().find_activity("1.1.1").goal_ids),
        lambda: _expect(context.plan.tree().find_activity("1.1.1").goal_ids == ()),
    )
    commands.push(context, commands.delete_goal(context, goal_id))
    _round_trip(context, lambda: _expect(goals.goals() == []), lambda: _expect(len(goals.goals()) == 1))


def test_focus_area_check(context: AppContext) -> None:
    rhythm = SteeringServices.of(context).rhythm
    area = context.plan.tree().find("2").id
    commands.push(context, commands.record_check(context, area, date.today(), "Karin och Per", ""))
    _round_trip(context, lambda: _expect(not rhythm.rhythm()[1].due), lambda: _expect(rhythm.rhythm()[1].due))


def _expect(condition: bool) -> None:
    assert condition
