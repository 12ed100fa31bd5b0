"""A focus-area file warns (⚠) about changes outside its focus area that its sender made, not about
the shared records it carries along."""

from __future__ import annotations

from datetime import date

from desktop_app.services.decisions import DecisionService
from desktop_app.services.goals import GoalService
from desktop_app.services.plan import PlanService
from desktop_app.services.registers import RegisterService
from desktop_app.services.steering import SteeringService
from desktop_app.services.workspace import open_workspace
from tests.sync_helpers import export, import_file


def test_a_focus_area_file_is_not_flagged_for_what_it_carries_only_for_what_its_sender_changed(
    tmp_path,
) -> None:
    leader, lead = (
        open_workspace(tmp_path / "a" / "plan.sqlite"),
        open_workspace(tmp_path / "b" / "plan.sqlite"),
    )
    try:
        anna = PlanService(leader.engine, "anna")
        area = anna.tree().focus_areas[1]
        activity = area.initiatives[0].activities[0].id
        goal = GoalService(leader.engine, "anna").create_goal({"title": "Fler nya företag"})
        GoalService(leader.engine, "anna").set_link(activity, goal, True)
        person = RegisterService(leader.engine, "anna").create_person("Eva Ek")
        meeting = SteeringService(leader.engine, "anna").create_meeting(
            date(2025, 4, 1), attendee_ids=[person]
        )
        DecisionService(leader.engine, "anna").record_decision(meeting, "other", "Bra", activity_id=activity)
        # The lead's first import of the file made for their focus area: nothing to be alarmed by.
        plan = import_file(lead, export(leader, tmp_path / "area.hplan", focus_area_id=area.id))
        assert plan.info.scope_id == area.id and len(plan.preview.changes) > 5
        assert plan.preview.out_of_scope == []
        # What the lead changes outside the area is flagged when their file comes back; their area's is not.
        GoalService(lead.engine, "bo").update_goal(goal, {"title": "Fler och större företag"})
        PlanService(lead.engine, "bo").report_status(activity, "green")
        back = import_file(leader, export(lead, tmp_path / "back.hplan", actor="bo", focus_area_id=area.id))
        flagged = {(c.what, c.out_of_scope) for c in back.preview.changes}
        assert flagged == {("Mätbart mål", True), ("Statusrapport", False)}
    finally:
        leader.close()
        lead.close()
