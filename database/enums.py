"""The plan's fixed vocabularies, stored by value (``"green"``, ``"decided"``).

Apart from the tables so that code which only reads and shows the plan (the
tree, the main window, labels) does not build the table classes.
``database.models`` imports them from here, so either place works.
"""

from __future__ import annotations

from enum import StrEnum


class Lifecycle(StrEnum):
    PROPOSED = "proposed"
    DECIDED = "decided"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class StatusColour(StrEnum):
    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"


class Role(StrEnum):
    PROCESS_LEADER = "process_leader"
    FOCUS_AREA_LEAD = "focus_area_lead"
    STEERING_MEMBER = "steering_member"


class DecisionKind(StrEnum):
    APPROVE = "approve"
    CANCEL = "cancel"
    COMPLETE = "complete"
    PRIORITY = "priority"
    DEVIATION_ACTION = "deviation_action"
    OTHER = "other"


class FollowUpState(StrEnum):
    NONE = "none"
    OPEN = "open"
    DONE = "done"


class IdeaState(StrEnum):
    NEW = "new"
    CONSIDERED = "considered"
    BECAME_ACTIVITY = "became_activity"
    REJECTED = "rejected"
