"""The names of the plan's synced tables, parents before children, without the table classes.

``database.models.SYNCED_TABLES`` holds the classes (SQLModel with pydantic, a tenth of a second
to build); exporting and importing a plan file work on the tables by name with plain SQL and need
only this. ``tests/test_startup_path.py`` checks that both list the same tables in the same order.
"""

from __future__ import annotations

SYNCED_TABLE_NAMES: tuple[str, ...] = (
    "strategy",
    "goal",
    "goalvalue",
    "office",
    "officenamechange",
    "person",
    "personnamechange",
    "focusarea",
    "personrole",
    "initiative",
    "activity",
    "activityoffice",
    "activitygoal",
    "statusreport",
    "focusareacheck",
    "steeringmeeting",
    "meetingattendee",
    "meetingreport",
    "decision",
    "lifecyclechange",
    "idea",
    "ideastatechange",
    "followupmark",
)

SYNCED_CONTAINMENT: dict[str, tuple[tuple[str, str], ...]] = {
    "strategy": (),
    "goal": (("strategy_id", "strategy"),),
    "goalvalue": (("goal_id", "goal"),),
    "office": (),
    "officenamechange": (("office_id", "office"),),
    "person": (),
    "personnamechange": (("person_id", "person"),),
    "focusarea": (("strategy_id", "strategy"),),
    "personrole": (("person_id", "person"),),
    "initiative": (("focus_area_id", "focusarea"),),
    "activity": (("initiative_id", "initiative"),),
    "activityoffice": (("activity_id", "activity"), ("office_id", "office")),
    "activitygoal": (("activity_id", "activity"), ("goal_id", "goal")),
    "statusreport": (("activity_id", "activity"),),
    "focusareacheck": (("focus_area_id", "focusarea"),),
    "steeringmeeting": (),
    "meetingattendee": (("meeting_id", "steeringmeeting"), ("person_id", "person")),
    "meetingreport": (("meeting_id", "steeringmeeting"),),
    "decision": (("meeting_id", "steeringmeeting"),),
    "lifecyclechange": (("activity_id", "activity"),),
    "idea": (),
    "ideastatechange": (("idea_id", "idea"),),
    "followupmark": (("activity_id", "activity"),),
}
"""Child table → ``(column, parent table)`` of each required foreign key: what lives under what.
``tests/test_startup_path.py`` checks it against the table classes' foreign keys."""
