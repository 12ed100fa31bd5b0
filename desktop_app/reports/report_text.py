"""The words of the steering report and the annual summary, shared by the PDF and the Word writers.

Titles, section names, the cover's lead and facts, the sections' introductions, the sentence of an
empty section, a deviation's decision and a goal's figures: one text for each, in the language
messages are given in now (``_()``), so the two formats never say a thing two ways.
"""

from __future__ import annotations

from datetime import date

from database.enums import StatusColour
from desktop_app.services.messages import N_, SOURCE_LANGUAGE, Labels, _, language
from desktop_app.services.report_data import (
    COUNTING_RULE,
    AnnualReportData,
    Deviation,
    GoalLine,
    SteeringReportData,
)

STATUS_SYMBOLS: dict[StatusColour | None, str] = {
    StatusColour.GREEN: "●",
    StatusColour.YELLOW: "▲",
    StatusColour.RED: "■",
    None: "○",
}
"""The shape beside every status word, so that no status is told by colour alone."""
COMPLETED_SYMBOL = "✓"
"""The mark of completed activities, counted apart from the colours."""

STEERING_TITLE = N_("Styrgruppsrapport")
ANNUAL_TITLE = N_("Årlig sammanställning")

STEERING_SECTIONS: Labels[str] = Labels(
    {
        "summary": N_("Sammanfattning per fokusområde"),
        "changes": N_("Förändringar sedan föregående möte"),
        "deviations": N_("Avvikelser"),
        "proposed": N_("Föreslagna aktiviteter som väntar på beslut"),
        "ideas": N_("Idéer och synpunkter"),
        "plan": N_("Bilaga: Hela handlingsplanen"),
    }
)
"""Every section of the steering report, in order; a caller may leave some out."""

ANNUAL_SECTIONS: Labels[str] = Labels(
    {
        "year_end": N_("Status vid årets slut"),
        "completed": N_("Genomförda aktiviteter under året"),
        "deviations": N_("Avvikelser under året och hur de hanterades"),
        "goals": N_("Mätbara mål"),
        "development": N_("Statusutveckling under året"),
        "meetings": N_("Styrgruppens möten under året"),
    }
)
"""Every section of the annual summary, in order; a caller may leave some out."""


def day_text(value: date | None) -> str:
    return value.isoformat() if value else ""


# --- the steering report ---------------------------------------------------------------------


def steering_subject(data: SteeringReportData) -> str:
    """What the report is about: "Styrgruppsmöte 2026-06-11", or "Lägesrapport …" without a meeting."""
    if data.meeting_date:
        return _("Styrgruppsmöte {day}").format(day=data.meeting_date.isoformat())
    return _("Lägesrapport {day}").format(day=data.report_date.isoformat())


def steering_lead() -> str:
    return _(
        "Underlag till styrgruppen: läget i handlingsplanen, förändringar sedan föregående möte, "
        "avvikelser med orsak och rekommenderad åtgärd, förslag som väntar på beslut samt idéer "
        "och synpunkter från näringslivet."
    )


def period(data: SteeringReportData) -> str:
    if data.previous_meeting_date:
        return f"{data.previous_meeting_date.isoformat()} – {data.report_date.isoformat()}"
    return _("Från planens början till och med {day} (inget tidigare möte)").format(
        day=data.report_date.isoformat()
    )


def activity_count(data: SteeringReportData) -> str:
    """The cover's count, which adds up to the summary's total and the cancelled activities."""
    counted = sum(c.total for c in data.summary)
    cancelled = data.activity_count - counted
    if not cancelled:
        return str(counted)
    return _("{total} ({counted} i sammanfattningen och {cancelled} avbrutna)").format(
        total=data.activity_count, counted=counted, cancelled=cancelled
    )


def steering_facts(data: SteeringReportData) -> list[tuple[str, str]]:
    """The facts that date the report, on its cover."""
    facts = [
        (_("Mötesdatum"), day_text(data.meeting_date) or _("Inget möte registrerat – planens läge i dag"))
    ]
    if data.meeting_location:
        facts.append((_("Plats"), data.meeting_location))
    return [
        *facts,
        (_("Period"), period(data)),
        (_("Föregående möte"), day_text(data.previous_meeting_date) or "–"),
        (_("Aktiviteter i planen"), activity_count(data)),
        (_("Upprättad av"), data.prepared_by or "–"),
        *data.plan_facts,
    ]


def summary_intro(data: SteeringReportData) -> str:
    return _("Status per fokusområde den {day}: antal aktiviteter per färg. {rule}").format(
        day=data.report_date.isoformat(), rule=_(COUNTING_RULE)
    )


def period_line(data: SteeringReportData) -> str:
    return _("Period: {period}.").format(period=period(data))


def no_earlier_meeting() -> str:
    return _(
        "Det finns inget tidigare styrgruppsmöte att jämföra med. Planens läge framgår av "
        "sammanfattningen ovan och av bilagan."
    )


def status_changes_heading() -> str:
    return _("Statusförändringar")


def no_status_changes() -> str:
    return _("Ingen aktivitet har bytt status under perioden.")


def deviations_intro() -> str:
    return _(
        "Aktiviteter med gul eller röd status, med orsak, den åtgärd som processledare och "
        "fokusområdesansvarig rekommenderar, och styrgruppens senaste beslut."
    )


def no_deviations() -> str:
    return _("Inga avvikelser: ingen aktivitet har gul eller röd status.")


def no_proposals() -> str:
    return _("Inga föreslagna aktiviteter väntar på beslut.")


def no_ideas() -> str:
    return _("Inga idéer eller synpunkter har kommit in under perioden.")


def no_activities_in_initiative() -> str:
    return _("Inga aktiviteter under insatsområdet.")


def no_initiatives() -> str:
    return _("Planen har ännu inga insatsområden.")


def deviation_header() -> list[str]:
    """The columns of a deviation table."""
    return [
        _("Aktivitet och ansvar"),
        _("Status"),
        _("Orsak"),
        _("Rekommenderad åtgärd"),
        _("Beslut och uppföljning"),
    ]


def responsibility(name: str) -> str:
    return _("Ansvar: {name}").format(name=name or "–")


def since(day: date | None) -> str:
    """When a deviation's colour began: "sedan 2026-05-28"."""
    return _("sedan {day}").format(day=day_text(day))


def decision_lines(deviation: Deviation) -> list[str]:
    """The steering group's decision on a deviation and its follow-up, or that there is none yet."""
    decision = deviation.decision
    if decision is None:
        return [_("Inget beslut ännu")]
    follow = [_("Möte {day}").format(day=day_text(decision.meeting_date)), decision.follow_up]
    if decision.follow_up_by:
        follow.append(decision.follow_up_by)
    if decision.follow_up_date:
        follow.append(_("senast {day}").format(day=day_text(decision.follow_up_date)))
    return [decision.text or _("Beslut utan text"), " · ".join(f for f in follow if f)]


# --- the annual summary ----------------------------------------------------------------------


def annual_title(data: AnnualReportData) -> str:
    return _("Årlig sammanställning {year}").format(year=data.year)


def annual_subject(data: AnnualReportData) -> str:
    return _("Årlig sammanställning {year} till kommunstyrelsen").format(year=data.year)


def annual_lead(data: AnnualReportData) -> str:
    return _(
        "Sammanställning till kommunstyrelsen av hur handlingsplanen har genomförts under {year}: "
        "status {when}, genomförda aktiviteter, avvikelser och hur de hanterades, de mätbara "
        "målen och hur statusen utvecklades under året."
    ).format(year=data.year, when=data.end_words())


def annual_facts(data: AnnualReportData) -> list[tuple[str, str]]:
    return [
        (_("Till"), _("Kommunstyrelsen")),
        (_("År"), str(data.year)),
        (_("Status per"), data.as_of.isoformat()),
        (_("Styrgruppsmöten under året"), str(len(data.meetings)) if data.meetings else _("Inga")),
        (_("Upprättad av"), data.prepared_by or "–"),
        *data.plan_facts,
    ]


def annual_section(data: AnnualReportData, name: str) -> str:
    """A section's name; the first says "Status vid årets slut" or "Status per YYYY-MM-DD"."""
    if name == "year_end":
        return _("Status {when}").format(when=data.end_words())
    return ANNUAL_SECTIONS[name]


def year_end_intro(data: AnnualReportData) -> str:
    return _(
        "Status den {day} för alla beslutade och genomförda aktiviteter, per "
        "fokusområde; föreslagna aktiviteter räknas inte. {rule}"
    ).format(day=data.as_of.isoformat(), rule=_(COUNTING_RULE))


def no_completed(data: AnnualReportData) -> str:
    return _("Inga aktiviteter genomfördes under {year}.").format(year=data.year)


def annual_deviations_intro(data: AnnualReportData) -> str:
    return _(
        "Aktiviteter som hade gul eller röd status någon gång under året: den senaste "
        "avvikelsen, dess orsak och rekommenderade åtgärd, styrgruppens beslut och "
        "status {when}."
    ).format(when=data.end_words())


def status_at_end_label(data: AnnualReportData) -> str:
    """The label of a deviation's status when the summary ends: "Vid årets slut:"."""
    return data.end_words().capitalize() + ":"


def no_annual_deviations(data: AnnualReportData) -> str:
    return _("Inga avvikelser rapporterades under {year}.").format(year=data.year)


def no_goals() -> str:
    return _("Planen har inga mätbara mål registrerade.")


def development_intro() -> str:
    return _("Antal beslutade och genomförda aktiviteter per status vid varje kvartals slut.")


def no_meetings(data: AnnualReportData) -> str:
    return _("Styrgruppen höll inga möten under {year}.").format(year=data.year)


def goal_years(year: int) -> list[int]:
    """The years whose measured values the goals table shows: the summary's and the two before."""
    return [year - 2, year - 1, year]


def meetings_header() -> list[str]:
    return [_("Datum"), _("Plats"), _("Antal beslut")]


def number_text(value: float | None) -> str:
    """A measured value as the report's language writes it: "47 000" and "3,4" in Swedish, "47,000"
    and "3.4" in English; "–" for none. The unit is named once, with the indicator."""
    if value is None:
        return "–"
    shown = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
    if language() == SOURCE_LANGUAGE:
        shown = shown.replace(",", "\u00a0").replace(".", ",")
    return shown


def goal_description(goal: GoalLine) -> list[str]:
    """A goal's title and, on a line of its own, its indicator with the unit its values are in."""
    if goal.indicator and goal.unit:
        indicator = _("Indikator: {indicator} ({unit})").format(indicator=goal.indicator, unit=goal.unit)
    elif goal.indicator:
        indicator = _("Indikator: {indicator}").format(indicator=goal.indicator)
    elif goal.unit:
        indicator = _("Enhet: {unit}").format(unit=goal.unit)
    else:
        indicator = ""
    return [goal.title, indicator] if indicator else [goal.title]


def goal_figures(goal: GoalLine) -> tuple[str, str]:
    """A goal's baseline and target, each with its year: "3,0 (2016)"."""
    baseline = number_text(goal.baseline_value)
    if goal.baseline_year:
        baseline += f" ({goal.baseline_year})"
    target = number_text(goal.target_value)
    if goal.target_year:
        target += f" ({goal.target_year})"
    return baseline, target
