"""Swedish words for the domain's values, as the seed document uses them."""

from __future__ import annotations

from database.enums import DecisionKind, FollowUpState, IdeaState, Lifecycle, Role, StatusColour
from desktop_app.services.messages import N_, Labels, _

STATUS_LABELS: Labels[StatusColour | None] = Labels(
    {
        StatusColour.GREEN: N_("Grön"),
        StatusColour.YELLOW: N_("Gul"),
        StatusColour.RED: N_("Röd"),
        None: N_("Ej rapporterad"),
    }
)

STATUS_MEANINGS: Labels[StatusColour] = Labels(
    {
        StatusColour.GREEN: N_("Fortskrider enligt plan"),
        StatusColour.YELLOW: N_("Avvikelse i planen"),
        StatusColour.RED: N_("Avviker avsevärt"),
    }
)

LIFECYCLE_LABELS: Labels[Lifecycle] = Labels(
    {
        Lifecycle.PROPOSED: N_("Föreslagen"),
        Lifecycle.DECIDED: N_("Beslutad"),
        Lifecycle.COMPLETED: N_("Genomförd"),
        Lifecycle.CANCELLED: N_("Avbruten"),
    }
)

ONGOING_LABEL = N_("Löpande")

FOLLOW_UP_LABELS: Labels[FollowUpState] = Labels(
    {
        FollowUpState.NONE: "",
        FollowUpState.OPEN: N_("Öppen"),
        FollowUpState.DONE: N_("Klar"),
    }
)

IDEA_STATE_LABELS: Labels[IdeaState] = Labels(
    {
        IdeaState.NEW: N_("Ny"),
        IdeaState.CONSIDERED: N_("Behandlad"),
        IdeaState.BECAME_ACTIVITY: N_("Blev en aktivitet"),
        IdeaState.REJECTED: N_("Avvisad"),
    }
)

DECISION_KIND_LABELS: Labels[DecisionKind] = Labels(
    {
        DecisionKind.APPROVE: N_("Godkänd aktivitet"),
        DecisionKind.CANCEL: N_("Avbruten aktivitet"),
        DecisionKind.COMPLETE: N_("Genomförd aktivitet"),
        DecisionKind.PRIORITY: N_("Prioritering"),
        DecisionKind.DEVIATION_ACTION: N_("Åtgärd på avvikelse"),
        DecisionKind.OTHER: N_("Övrigt beslut"),
    }
)

ROLE_LABELS: Labels[Role] = Labels(
    {
        Role.PROCESS_LEADER: N_("Processledare"),
        Role.FOCUS_AREA_LEAD: N_("Fokusområdesansvarig"),
        Role.STEERING_MEMBER: N_("Styrgruppsledamot"),
    }
)


def schedule_label(start_month: str | None, end_month: str | None, ongoing: bool) -> str:
    """The schedule as the plan prints it: ``2024-03 – 2025-06``, ``Löpande``, ``2024-03 – löpande``."""
    if ongoing:
        return (
            _("{start_month} – löpande").format(start_month=start_month) if start_month else _(ONGOING_LABEL)
        )
    if start_month and end_month:
        return f"{start_month} – {end_month}"
    if end_month:
        return f"– {end_month}"
    if start_month:
        return f"{start_month} –"
    return ""
