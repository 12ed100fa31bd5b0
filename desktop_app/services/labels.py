"""Swedish words for the domain's values, as the seed document uses them."""

from __future__ import annotations

from database.enums import Lifecycle, StatusColour

STATUS_LABELS: dict[StatusColour | None, str] = {
    StatusColour.GREEN: "Grön",
    StatusColour.YELLOW: "Gul",
    StatusColour.RED: "Röd",
    None: "Ej rapporterad",
}

STATUS_MEANINGS: dict[StatusColour, str] = {
    StatusColour.GREEN: "Fortskrider enligt plan",
    StatusColour.YELLOW: "Avvikelse i planen",
    StatusColour.RED: "Avviker avsevärt",
}

LIFECYCLE_LABELS: dict[Lifecycle, str] = {
    Lifecycle.PROPOSED: "Föreslagen",
    Lifecycle.DECIDED: "Beslutad",
    Lifecycle.COMPLETED: "Genomförd",
    Lifecycle.CANCELLED: "Avbruten",
}

ONGOING_LABEL = "Löpande"


def schedule_label(start_month: str | None, end_month: str | None, ongoing: bool) -> str:
    """The schedule as the plan prints it: ``2024-03 – 2025-06``, ``Löpande``, ``2024-03 – löpande``."""
    if ongoing:
        return f"{start_month} – löpande" if start_month else ONGOING_LABEL
    if start_month and end_month:
        return f"{start_month} – {end_month}"
    if end_month:
        return f"– {end_month}"
    if start_month:
        return f"{start_month} –"
    return ""
