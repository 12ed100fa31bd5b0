"""Translated words for the steering views (English source, Swedish in ``steering_sv.ts``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from database.enums import DecisionKind, FollowUpState, IdeaState, Role


def role_label(role: Role) -> str:
    return {
        Role.PROCESS_LEADER: QCoreApplication.translate("SteeringLabels", "Process leader"),
        Role.FOCUS_AREA_LEAD: QCoreApplication.translate("SteeringLabels", "Focus-area lead"),
        Role.STEERING_MEMBER: QCoreApplication.translate("SteeringLabels", "Steering group"),
    }[role]


def decision_kind_label(kind: DecisionKind) -> str:
    return {
        DecisionKind.APPROVE: QCoreApplication.translate("SteeringLabels", "Activity approved"),
        DecisionKind.CANCEL: QCoreApplication.translate("SteeringLabels", "Activity cancelled"),
        DecisionKind.COMPLETE: QCoreApplication.translate("SteeringLabels", "Activity completed"),
        DecisionKind.PRIORITY: QCoreApplication.translate("SteeringLabels", "Priority"),
        DecisionKind.DEVIATION_ACTION: QCoreApplication.translate("SteeringLabels", "Action on deviation"),
        DecisionKind.OTHER: QCoreApplication.translate("SteeringLabels", "Other decision"),
    }[kind]


def follow_up_label(state: FollowUpState) -> str:
    return {
        FollowUpState.NONE: "",
        FollowUpState.OPEN: QCoreApplication.translate("SteeringLabels", "Open"),
        FollowUpState.DONE: QCoreApplication.translate("SteeringLabels", "Done"),
    }[state]


def idea_state_label(state: IdeaState) -> str:
    return {
        IdeaState.NEW: QCoreApplication.translate("SteeringLabels", "New"),
        IdeaState.CONSIDERED: QCoreApplication.translate("SteeringLabels", "Considered"),
        IdeaState.BECAME_ACTIVITY: QCoreApplication.translate("SteeringLabels", "Became an activity"),
        IdeaState.REJECTED: QCoreApplication.translate("SteeringLabels", "Rejected"),
    }[state]
