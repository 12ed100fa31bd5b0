"""Steering-group services: meetings, agenda, decisions, deviations, ideas, goals and reporting rhythm."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import Session, select

from database.models import (
    Activity,
    Decision,
    DecisionKind,
    FollowUpState,
    Idea,
    IdeaState,
    Lifecycle,
    MeetingAttendee,
    Role,
    StatusReport,
)
from desktop_app.services.decisions import DecisionService
from desktop_app.services.deviations import DeviationService
from desktop_app.services.errors import ValidationError
from desktop_app.services.goals import GoalService, format_number, parse_number
from desktop_app.services.ideas import IdeaService
from desktop_app.services.plan import PlanService
from desktop_app.services.rhythm import RhythmService
from desktop_app.services.steering import SteeringService
from tests.steering_helpers import add_person


@pytest.fixture
def steering(service: PlanService) -> SteeringService:
    return SteeringService(service.engine, "testare")


@pytest.fixture
def decisions(service: PlanService) -> DecisionService:
    return DecisionService(service.engine, "testare")


def test_meeting_with_attendees_edit_and_delete(steering: SteeringService) -> None:
    anna = add_person(steering.engine, "Anna Lind", "Näringslivschef", Role.PROCESS_LEADER)
    bo = add_person(steering.engine, "Bo Ek", "Kontorschef")
    assert [m.name for m in steering.members()] == ["Anna Lind", "Bo Ek"]
    assert steering.members()[0].roles == (Role.PROCESS_LEADER,)
    meeting_id = steering.create_meeting(date(2024, 3, 5), "Stadshuset", attendee_ids=[anna])
    old = steering.update_meeting(meeting_id, {"attendee_ids": [anna, bo], "notes": " Budget "})
    assert old == {"attendee_ids": (anna,), "notes": ""}
    assert steering.meeting(meeting_id).attendee_ids == tuple(sorted([anna, bo]))
    steering.update_meeting(meeting_id, old)
    assert steering.meeting(meeting_id).attendee_ids == (anna,)
    removed = steering.delete_meeting(meeting_id)
    assert steering.meetings() == []
    steering.restore(removed)
    assert steering.meeting(meeting_id).attendee_ids == (anna,)
    with Session(steering.engine) as session:  # re-attending revives the tombstoned link, no duplicate
        assert len(session.exec(select(MeetingAttendee)).all()) == 2
    with pytest.raises(ValidationError, match="Mötesdatum"):
        steering.create_meeting(None)


def test_agenda_is_prepared_from_the_plan(service: PlanService, steering: SteeringService) -> None:
    tree = service.tree()
    proposed = service.create_activity(tree.find("1.2").id, "Mentorsprogram")
    red = tree.find_activity("1.1.1")
    service.report_status(
        red.id, "red", reported_on=date(2024, 2, 1), cause="Ingen ansvarig", recommended_action="Utse"
    )
    ideas = IdeaService(service.engine, "testare")
    ideas.create_idea(date(2024, 1, 10), "Frukostklubben", "Före förra mötet")
    ideas.create_idea(date(2024, 2, 20), "Näringslivsrådet", "Fler lunchträffar")
    rhythm = RhythmService(service.engine, "testare")
    rhythm.record_check(tree.find("2").id, date(2024, 2, 15), "Anna och Bo")
    rhythm.record_check(tree.find("3").id, date(2024, 1, 15), "Anna och Cia")
    steering.create_meeting(date(2024, 2, 1))
    meeting_id = steering.create_meeting(date(2024, 3, 5))

    agenda = steering.agenda(meeting_id)
    assert agenda.previous_meeting_date == date(2024, 2, 1)
    assert [a.id for a in agenda.proposed] == [proposed]
    assert [d.activity.id for d in agenda.deviations] == [red.id]
    assert [i.text for i in agenda.ideas] == ["Fler lunchträffar"]
    assert [a.code for a in agenda.unchecked_areas] == ["1", "3", "4", "5"]


def test_approving_sets_decided_with_the_meeting_date_and_undo_restores(
    service: PlanService, steering: SteeringService, decisions: DecisionService
) -> None:
    activity_id = service.create_activity(service.tree().find("1.2").id, "Mentorsprogram")
    meeting_id = steering.create_meeting(date(2024, 3, 5))
    recorded = decisions.record_decision(
        meeting_id, DecisionKind.APPROVE, "Godkänns", activity_id=activity_id
    )
    values = service.activity_values(activity_id)
    assert values["lifecycle"] is Lifecycle.DECIDED and values["decision_date"] == date(2024, 3, 5)
    with pytest.raises(ValidationError, match="bara föreslagna"):
        decisions.record_decision(meeting_id, "approve", "Igen", activity_id=activity_id)
    decisions.retract_decision(recorded)
    assert service.activity_values(activity_id)["lifecycle"] is Lifecycle.PROPOSED
    assert service.activity_values(activity_id)["decision_date"] is None
    assert decisions.decisions() == []
    decisions.reinstate_decision(recorded)
    assert [d.id for d in decisions.decisions()] == [recorded.decision_id]
    assert service.activity_values(activity_id)["lifecycle"] is Lifecycle.DECIDED
    with pytest.raises(ValidationError, match="har beslut"):
        steering.delete_meeting(meeting_id)


def test_cancel_complete_priority_and_other(
    service: PlanService, steering: SteeringService, decisions: DecisionService
) -> None:
    tree = service.tree()
    meeting_id = steering.create_meeting(date(2024, 3, 5))
    first, second = tree.find_activity("2.1.1").id, tree.find_activity("2.1.2").id
    decisions.record_decision(meeting_id, "cancel", "Avbryts", activity_id=first)
    decisions.record_decision(meeting_id, "complete", "Klar", activity_id=second)
    assert service.activity_values(first)["lifecycle"] is Lifecycle.CANCELLED
    assert service.activity_values(second)["lifecycle"] is Lifecycle.COMPLETED
    with pytest.raises(ValidationError, match="redan avbruten"):
        decisions.record_decision(meeting_id, "complete", "Klar", activity_id=first)
    with pytest.raises(ValidationError, match="heltal"):
        decisions.record_decision(meeting_id, "priority", "Prio", activity_id=second, priority="hög")
    decisions.record_decision(meeting_id, "priority", "Prio 1", activity_id=second, priority="1")
    assert service.activity_values(second)["priority"] == 1
    with pytest.raises(ValidationError, match="Skriv vad"):
        decisions.record_decision(meeting_id, "other", "  ")
    with pytest.raises(ValidationError, match="Välj den aktivitet"):
        decisions.record_decision(meeting_id, "approve", "Godkänns")
    other = decisions.record_decision(
        meeting_id, "other", "Bjud in Almi", follow_up_by="Anna", follow_up_date=date(2024, 4, 1)
    )
    row = next(d for d in decisions.decisions() if d.id == other.decision_id)
    assert row.follow_up_state is FollowUpState.OPEN and row.activity_id is None


def test_deviation_decision_needs_follow_up_and_is_followed_up(
    service: PlanService, steering: SteeringService, decisions: DecisionService
) -> None:
    tree = service.tree()
    activity = tree.find_activity("3.1.1")
    service.report_status(activity.id, "green", reported_on=date(2024, 1, 5))
    service.report_status(
        activity.id, "yellow", reported_on=date(2024, 1, 20), cause="Sen start", recommended_action="Åtgärda"
    )
    report = service.report_status(
        activity.id,
        "yellow",
        reported_on=date(2024, 2, 10),
        cause="Sen start",
        recommended_action="Ny tidplan",
    )
    meeting_id = steering.create_meeting(date(2024, 3, 5))
    with pytest.raises(ValidationError, match="ingen avvikelse"):
        decisions.record_decision(
            meeting_id,
            "deviation_action",
            "X",
            activity_id=tree.find_activity("3.1.2").id,
            follow_up_by="Bo",
            follow_up_date=date(2024, 4, 1),
        )
    with pytest.raises(ValidationError, match="vem") as raised:
        decisions.record_decision(meeting_id, "deviation_action", "Ny tidplan", activity_id=activity.id)
    assert raised.value.field == "follow_up_by"
    with pytest.raises(ValidationError, match="uppföljningen") as raised:
        decisions.record_decision(
            meeting_id, "deviation_action", "Ny tidplan", activity_id=activity.id, follow_up_by="Bo"
        )
    assert raised.value.field == "follow_up_date"
    with pytest.raises(ValidationError, match="före mötet"):
        decisions.record_decision(
            meeting_id,
            "deviation_action",
            "Ny tidplan",
            activity_id=activity.id,
            follow_up_by="Bo",
            follow_up_date=date(2024, 3, 1),
        )
    recorded = decisions.record_decision(
        meeting_id,
        "deviation_action",
        "Ny tidplan",
        activity_id=activity.id,
        follow_up_by="Bo",
        follow_up_date=date(2024, 4, 1),
    )
    [deviation] = DeviationService(decisions.engine, "testare").deviations()
    assert deviation.since == date(2024, 1, 20)
    assert deviation.report_id == report
    assert deviation.decision is not None and deviation.decision.id == recorded.decision_id
    assert deviation.follow_up_label == "Öppen, senast 2024-04-01"
    assert [d.id for d in decisions.decisions(open_only=True)] == [recorded.decision_id]
    assert decisions.decisions(focus_area_id=tree.find("1").id) == []

    previous = decisions.mark_follow_up_done(recorded.decision_id, date(2024, 3, 20))
    assert decisions.decisions(open_only=True) == []
    with pytest.raises(ValidationError, match="ingen öppen"):
        decisions.mark_follow_up_done(recorded.decision_id, date(2024, 3, 21))
    decisions.set_follow_up_state(recorded.decision_id, *previous)
    assert len(decisions.decisions(open_only=True)) == 1
    with pytest.raises(ValidationError, match="framtiden"):
        decisions.mark_follow_up_done(recorded.decision_id, date.today() + timedelta(days=1))


def test_action_agreement_updates_only_the_agreement_fields(service: PlanService) -> None:
    deviations = DeviationService(service.engine, "testare")
    activity = service.tree().find_activity("4.1.1")
    report_id = service.report_status(
        activity.id,
        "red",
        reported_on=date(2024, 2, 1),
        cause="Saknar resurser",
        recommended_action="Omfördela",
    )
    with pytest.raises(ValidationError, match="vilka"):
        deviations.record_action_agreement(report_id, " ", date(2024, 2, 2))
    with pytest.raises(ValidationError, match="före rapporten"):
        deviations.record_action_agreement(report_id, "Anna, Bo", date(2024, 1, 2))
    previous = deviations.record_action_agreement(report_id, "Anna Lind och Bo Ek", date(2024, 2, 3))
    with Session(service.engine) as session:
        report = session.get(StatusReport, report_id)
        assert (report.status, report.cause, report.reported_on) == (
            "red",
            "Saknar resurser",
            date(2024, 2, 1),
        )
        assert (report.action_agreed_by, report.action_agreed_on) == ("Anna Lind och Bo Ek", date(2024, 2, 3))
    assert deviations.deviations()[0].action_agreed_by == "Anna Lind och Bo Ek"
    deviations.restore_action_agreement(report_id, previous)
    assert deviations.deviations()[0].action_agreed_on is None


def test_idea_becomes_a_proposed_activity_and_back(service: PlanService) -> None:
    ideas = IdeaService(service.engine, "testare")
    area = service.tree().find("1")
    with pytest.raises(ValidationError, match="Skriv idén"):
        ideas.create_idea(date(2024, 2, 1), "Frukostklubben", "  ")
    with pytest.raises(ValidationError, match="framtiden"):
        ideas.create_idea(date.today() + timedelta(days=1), "Frukostklubben", "Idé")
    idea_id = ideas.create_idea(
        date(2024, 2, 1), "Frukostklubben", "Mentorsprogram för nya företagare", area.id
    )
    old = ideas.update_idea(idea_id, {"state": "considered", "forum": "Näringslivsrådet"})
    assert old == {"state": IdeaState.NEW, "forum": "Frukostklubben"}
    made = ideas.make_activity(service, idea_id, area.initiatives[1].id, "Mentorsprogram")
    activity = service.tree().find("1.2.1")
    assert activity.id == made.activity_id and activity.lifecycle is Lifecycle.PROPOSED
    assert activity.description == "Mentorsprogram för nya företagare"
    [row] = ideas.ideas()
    assert row.state is IdeaState.BECAME_ACTIVITY and row.activity_id == made.activity_id
    with pytest.raises(ValidationError, match="redan blivit"):
        ideas.make_activity(service, idea_id, area.initiatives[1].id, "Igen")
    ideas.undo_make_activity(service, made)
    assert service.tree().find("1.2").activities == []
    with Session(service.engine) as session:
        idea = session.get(Idea, idea_id)
        assert (idea.state, idea.activity_id) == ("considered", None)
    ideas.redo_make_activity(service, made)
    assert service.tree().find("1.2.1").id == made.activity_id
    removed = ideas.delete_idea(idea_id)
    assert ideas.ideas() == []
    ideas.restore(removed)
    assert len(ideas.ideas()) == 1


def test_goal_register_values_and_links(service: PlanService) -> None:
    goals = GoalService(service.engine, "testare")
    assert goals.goals() == []  # the seed names no goal values
    with pytest.raises(ValidationError, match="årtal"):
        goals.create_goal({"title": "Fler företag", "baseline_year": "tjugo"})
    with pytest.raises(ValidationError, match="efter utgångsåret"):
        goals.create_goal({"title": "Fler företag", "baseline_year": "2016", "target_year": "2015"})
    with pytest.raises(ValidationError, match="tal"):
        goals.create_goal({"title": "Fler företag", "target_value": "många"})
    goal_id = goals.create_goal(
        {
            "title": "Fler nystartade företag",
            "indicator": "Nyregistrerade företag",
            "unit": "st/år",
            "baseline_year": "2015",
            "baseline_value": "850",
            "target_year": "2022",
            "target_value": "1 100",
        }
    )
    assert goals.set_value(goal_id, "2016", "912") is None
    assert goals.set_value(goal_id, 2017, "955,5", "Preliminärt") is None
    previous = goals.set_value(goal_id, 2017, "960")
    assert previous is not None and previous.value == 955.5
    [goal] = goals.goals()
    assert goal.target_value == 1100 and [v.value for v in goal.values] == [912, 960]
    assert goals.remove_value(goal_id, 2016).value == 912
    assert goals.set_value(goal_id, 2016, "913") is None  # the tombstoned row comes back
    assert goals.update_goal(goal_id, {"unit": "st"}) == {"unit": "st/år"}

    tree = service.tree()
    first, second = tree.find_activity("1.1.1"), tree.find_activity("1.4.1")
    assert goals.set_link(first.id, goal_id, True) and goals.set_link(second.id, goal_id, True)
    assert not goals.set_link(first.id, goal_id, True)
    assert [a.id for a in goals.linked_activities(goal_id, service.tree())] == [first.id, second.id]
    assert goals.set_link(first.id, goal_id, False)
    assert [a.id for a in goals.linked_activities(goal_id, service.tree())] == [second.id]
    removed = goals.delete_goal(goal_id)
    assert goals.goals() == [] and service.tree().find_activity("1.4.1").goal_ids == ()
    goals.restore(removed)
    assert goals.goals()[0].title == "Fler nystartade företag"
    assert goals.linked_activities(goal_id, service.tree())[0].id == second.id


def test_numbers_in_swedish() -> None:
    assert parse_number("1 234,5", "Värdet", "value") == 1234.5
    assert format_number(1234.5) == "1234,5" and format_number(12.0) == "12" and format_number(None) == ""


def test_reporting_rhythm_shows_due_focus_areas(service: PlanService, steering: SteeringService) -> None:
    rhythm = RhythmService(service.engine, "testare")
    tree = service.tree()
    today = date(2024, 6, 30)
    steering.create_meeting(date(2024, 6, 1))
    rhythm.record_check(tree.find("1").id, date(2024, 6, 10), "Anna och Bo", "Listan genomgången")
    rhythm.record_check(tree.find("2").id, date(2024, 5, 20), "Anna och Cia")
    rows = {row.code: row for row in rhythm.rhythm(today)}
    assert not rows["1"].due and rows["1"].last_note == "Listan genomgången"
    assert rows["2"].due and "sedan mötet" in rows["2"].reason
    assert rows["3"].due and rows["3"].reason == "Aldrig avstämt"
    assert rhythm.set_interval_days(10) == 30
    assert rhythm.interval_days() == 10
    assert rhythm.rhythm(date(2024, 6, 30))[0].due  # 20 days since the check is now too long
    with pytest.raises(ValidationError, match="vilka"):
        rhythm.record_check(tree.find("3").id, date(2024, 6, 1), " ")
    check_id = rhythm.record_check(tree.find("3").id, date(2024, 6, 29), "Anna och Dan")
    assert not rhythm.rhythm(today)[2].due
    removed = rhythm.delete_check(check_id)
    assert rhythm.rhythm(today)[2].due
    rhythm.restore(removed)
    assert not rhythm.rhythm(today)[2].due


def test_decisions_carry_sync_identity(
    service: PlanService, steering: SteeringService, decisions: DecisionService
) -> None:
    meeting_id = steering.create_meeting(date(2024, 3, 5))
    recorded = decisions.record_decision(meeting_id, "other", "Bjud in Almi")
    decisions.retract_decision(recorded)
    with Session(service.engine) as session:
        row = session.get(Decision, recorded.decision_id)
        assert row.deleted_at is not None and row.modified_by == "testare"
        assert session.exec(select(Activity).where(Activity.modified_by == "testare")).all() == []
