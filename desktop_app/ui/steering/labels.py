"""Translated words for the steering views (English source, Swedish in ``steering_sv.ts``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from database.models import DecisionKind, FollowUpState, IdeaState, Lifecycle, Role, StatusColour


def _tr(text: str) -> str:
    return QCoreApplication.translate("SteeringLabels", text)


def status_label(status: StatusColour | None) -> str:
    return {
        StatusColour.GREEN: _tr("Green"),
        StatusColour.YELLOW: _tr("Yellow"),
        StatusColour.RED: _tr("Red"),
        None: _tr("Not reported"),
    }[status]


def role_label(role: Role) -> str:
    return {
        Role.PROCESS_LEADER: _tr("Process leader"),
        Role.FOCUS_AREA_LEAD: _tr("Focus-area lead"),
        Role.STEERING_MEMBER: _tr("Steering group"),
    }[role]


def lifecycle_label(lifecycle: Lifecycle) -> str:
    return {
        Lifecycle.PROPOSED: _tr("Proposed"),
        Lifecycle.DECIDED: _tr("Decided"),
        Lifecycle.COMPLETED: _tr("Completed"),
        Lifecycle.CANCELLED: _tr("Cancelled"),
    }[lifecycle]


def decision_kind_label(kind: DecisionKind) -> str:
    return {
        DecisionKind.APPROVE: _tr("Activity approved"),
        DecisionKind.CANCEL: _tr("Activity cancelled"),
        DecisionKind.COMPLETE: _tr("Activity completed"),
        DecisionKind.PRIORITY: _tr("Priority"),
        DecisionKind.DEVIATION_ACTION: _tr("Action on deviation"),
        DecisionKind.OTHER: _tr("Other decision"),
    }[kind]


def follow_up_label(state: FollowUpState) -> str:
    return {FollowUpState.NONE: "", FollowUpState.OPEN: _tr("Open"), FollowUpState.DONE: _tr("Done")}[state]


def idea_state_label(state: IdeaState) -> str:
    return {
        IdeaState.NEW: _tr("New"),
        IdeaState.CONSIDERED: _tr("Considered"),
        IdeaState.BECAME_ACTIVITY: _tr("Became an activity"),
        IdeaState.REJECTED: _tr("Rejected"),
    }[state]
