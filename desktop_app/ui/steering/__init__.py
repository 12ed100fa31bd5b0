"""The steering-group work: meetings, decisions, deviations, ideas, measurable goals, reporting rhythm."""

from desktop_app.ui.steering.goals import ActivityGoalsDialog
from desktop_app.ui.steering.window import SteeringWindow, add_steering_actions

__all__ = ["ActivityGoalsDialog", "SteeringWindow", "add_steering_actions"]
