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
    "person",
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
    "idea",
)
