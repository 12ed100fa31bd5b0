"""The steering-group work: meetings, decisions, deviations, ideas, measurable goals, reporting rhythm.

Only the menu entries are loaded at start-up; the views when they are first opened.
"""

from __future__ import annotations

from typing import Any

from desktop_app.ui.steering.window import SteeringWindow, add_steering_actions

__all__ = ["ActivityGoalsDialog", "SteeringWindow", "add_steering_actions"]


def __getattr__(name: str) -> Any:
    if name == "ActivityGoalsDialog":
        from desktop_app.ui.steering.goals import ActivityGoalsDialog

        return ActivityGoalsDialog
    raise AttributeError(name)
