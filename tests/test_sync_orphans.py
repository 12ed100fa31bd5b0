"""Records left under a parent the other side deleted are a conflict; keeping one keeps its parents.

Issue items 2 and 3: an activity moved into an initiative the other side
deleted vanished (live under a deleted parent, shown nowhere), and choosing
"Deras" for an activity deleted here but changed in the file still hid it.
"""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.services.decisions import DecisionService
from desktop_app.services.goals import GoalService
from desktop_app.services.plan import PlanService
from desktop_app.services.steering import SteeringService
from desktop_app.services.sync.merge import ChangeKind, Choice
from desktop_app.services.sync.plan_file import containment
from desktop_app.services.workspace import Workspace, open_workspace
from tests.sync_helpers import content, export, import_file


@pytest.fixture
def pair(tmp_path):
    a, b = open_workspace(tmp_path / "a" / "plan.sqlite"), open_workspace(tmp_path / "b" / "plan.sqlite")
    import_file(b, export(a, tmp_path / "start.hplan"))
    yield a, b
    a.close()
    b.close()


def orphans(workspace: Workspace) -> list[tuple[str, str]]:
    """Live records whose parent (by any required link) is deleted."""
    rows = content(workspace)
    found = []
    for table, pairs in containment().items():
        for record_id, row in rows[table].items():
            if row["deleted_at"] is not None:
                continue
            for column, parent in pairs:
                if rows[parent][row[column]]["deleted_at"] is not None:
                    found.append((table, record_id))
    return found


def visible_activities(workspace: Workspace) -> set[str]:
    return {a.id for a in PlanService(workspace.engine, "x").tree().activities()}


def shown(workspace: Workspace, activity_id: str):
    return {a.id: a for a in PlanService(workspace.engine, "x").tree().activities()}[activity_id]


def send(sender: Workspace, receiver: Workspace, folder, prefer: Choice):
    return import_file(receiver, export(sender, folder / "sent.hplan"), prefer)


@pytest.mark.parametrize("prefer", [Choice.MINE, Choice.THEIRS])
def test_an_activity_moved_into_an_initiative_deleted_here_is_a_conflict(pair, tmp_path, prefer) -> None:
    a, b = pair
    anna, bo = PlanService(a.engine, "anna"), PlanService(b.engine, "bo")
    activity, initiative = anna.tree().find_activity("1.1.1").id, anna.tree().find("1.2").id
    anna.delete(initiative)
    bo.move_activity(activity, initiative, 0)
    plan = send(b, a, tmp_path, prefer)
    [conflict] = plan.preview.conflicts
    assert conflict.record_id == activity and "borttaget här" in conflict.reason
    assert orphans(a) == []
    if prefer is Choice.THEIRS:  # keep the activity: its initiative comes back with it
        assert activity in visible_activities(a)
        assert shown(a, activity).initiative_id == initiative
    else:
        assert content(a)["activity"][activity]["deleted_at"] is not None
    # Settled both ways: the other side ends the same, and nothing is left to merge.
    send(a, b, tmp_path, Choice.THEIRS)
    assert orphans(b) == [] and visible_activities(a) == visible_activities(b)
    assert send(b, a, tmp_path, Choice.THEIRS).preview.is_empty


@pytest.mark.parametrize("prefer", [Choice.MINE, Choice.THEIRS])
def test_a_status_report_on_an_activity_deleted_in_the_file_is_a_conflict(pair, tmp_path, prefer) -> None:
    a, b = pair
    anna, bo = PlanService(a.engine, "anna"), PlanService(b.engine, "bo")
    activity = anna.tree().find_activity("1.1.2").id
    bo.delete(activity)
    report = anna.report_status(activity, "red", cause="Ingen budget", recommended_action="Åtgärd")
    plan = send(b, a, tmp_path, prefer)
    [conflict] = plan.preview.conflicts
    assert conflict.record_id == report and "borttaget i filen" in conflict.reason
    assert orphans(a) == []
    rows = content(a)
    if prefer is Choice.MINE:  # keep the report: the activity comes back, red
        assert activity in visible_activities(a)
        assert shown(a, activity).status.value == "red"
    else:
        assert rows["statusreport"][report]["deleted_at"] is not None
        assert rows["activity"][activity]["deleted_at"] is not None


def _decision_on_deleted_meeting(a: Workspace, b: Workspace, folder) -> tuple[str, str]:
    meeting = SteeringService(a.engine, "anna").create_meeting(date(2025, 3, 1))
    import_file(b, export(a, folder / "meeting.hplan"))
    SteeringService(a.engine, "anna").delete_meeting(meeting)
    recorded = DecisionService(b.engine, "bo").record_decision(meeting, "other", "Följ upp budgeten")
    return recorded.decision_id, meeting


def _value_of_deleted_goal(a: Workspace, b: Workspace, folder) -> tuple[str, str]:
    goal = GoalService(a.engine, "anna").create_goal({"title": "Fler företag", "unit": "st"})
    import_file(b, export(a, folder / "goal.hplan"))
    GoalService(a.engine, "anna").delete_goal(goal)
    GoalService(b.engine, "bo").set_value(goal, 2024, 12)
    [value] = [i for i, row in content(b)["goalvalue"].items() if row["goal_id"] == goal]
    return value, goal


@pytest.mark.parametrize("make", [_decision_on_deleted_meeting, _value_of_deleted_goal])
def test_every_parent_child_pair_is_checked(pair, tmp_path, make) -> None:
    a, b = pair
    child, parent = make(a, b, tmp_path)
    plan = send(b, a, tmp_path, Choice.THEIRS)
    assert [c.record_id for c in plan.preview.conflicts] == [child]
    assert orphans(a) == []
    rows = content(a)
    [parent_table] = [t for t in rows if parent in rows[t]]
    assert rows[parent_table][parent]["deleted_at"] is None  # kept, so its parent came back


def test_keeping_an_activity_deleted_here_but_changed_in_the_file_keeps_its_initiative(
    pair, tmp_path
) -> None:
    a, b = pair
    anna, bo = PlanService(a.engine, "anna"), PlanService(b.engine, "bo")
    initiative = anna.tree().find("1.1").id
    activity = anna.tree().find_activity("1.1.1").id
    anna.delete(initiative)
    bo.update_activity(activity, {"title": "Viktigare än någonsin"})
    plan = send(b, a, tmp_path, Choice.THEIRS)
    [conflict] = [c for c in plan.preview.conflicts if c.record_id == activity]
    assert conflict.reason == "Den är borttagen här men ändrad i filen."
    assert activity in visible_activities(a)
    assert shown(a, activity).title == "Viktigare än någonsin"
    assert orphans(a) == []


@pytest.mark.parametrize("prefer", [Choice.MINE, Choice.THEIRS])
def test_new_content_here_under_an_initiative_deleted_in_the_file(pair, tmp_path, prefer) -> None:
    a, b = pair
    anna, bo = PlanService(a.engine, "anna"), PlanService(b.engine, "bo")
    initiative = anna.tree().find("1.1").id
    bo.delete(initiative)
    created = anna.create_activity(initiative, "Ny hos Anna")
    plan = send(b, a, tmp_path, prefer)
    assert [c.record_id for c in plan.preview.conflicts] == [created]
    assert [c.kind for c in plan.preview.changes if c.record_id == initiative] == [ChangeKind.DELETED]
    assert orphans(a) == []
    if prefer is Choice.MINE:
        assert created in visible_activities(a)
        assert anna.tree().find("1.1").id == initiative
    else:
        assert created not in visible_activities(a)
        assert content(a)["initiative"][initiative]["deleted_at"] is not None


@pytest.mark.parametrize("prefer", [Choice.MINE, Choice.THEIRS])
def test_an_activity_kept_here_over_its_deletion_is_a_conflict_when_the_file_deletes_its_initiative(
    pair, tmp_path, prefer
) -> None:
    """Found by the fifth soak run of the three-installation test. Bo deletes an activity that Anna
    then edits, and Anna keeps her version. Bo, who no longer has it, deletes its initiative. Bo had
    the activity under the initiative, but deleted: the initiative's deletion did not hide it. It
    used to stay live under the deleted initiative here, while the next import to Bo restored the
    initiative there: two plans. Now it is a conflict, and both sides end with one plan."""
    a, b = pair
    anna, bo = PlanService(a.engine, "anna"), PlanService(b.engine, "bo")
    initiative = anna.tree().find("1.1").id
    activity = anna.tree().find_activity("1.1.1").id
    bo.delete(activity)
    anna.update_activity(activity, {"title": "Annas titel"})
    assert [c.record_id for c in send(b, a, tmp_path, Choice.MINE).preview.conflicts] == [activity]
    bo.delete(initiative)
    plan = send(b, a, tmp_path, prefer)
    [conflict] = plan.preview.conflicts
    assert conflict.record_id == activity and "borttaget i filen" in conflict.reason
    assert orphans(a) == []
    if prefer is Choice.MINE:  # keep the activity: its initiative comes back with it
        assert shown(a, activity).title == "Annas titel"
        assert content(a)["initiative"][initiative]["deleted_at"] is None
    else:
        assert content(a)["activity"][activity]["deleted_at"] is not None
        assert content(a)["initiative"][initiative]["deleted_at"] is not None
    # Settled both ways: one plan on both sides, and nothing is left to merge.
    send(a, b, tmp_path, Choice.THEIRS)
    assert orphans(b) == []
    assert content(a, with_stamps=False) == content(b, with_stamps=False)
    assert send(b, a, tmp_path, Choice.THEIRS).preview.is_empty
