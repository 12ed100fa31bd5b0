"""The steering report and the annual summary as Word documents, from the same data as the PDFs.

Every text is a message (``_()``), so ``--lang en`` gives an English document;
the structure follows the PDF: a title, numbered sections, the plan as an
appendix. See ``docx_writer`` for what makes the file accessible.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date
from pathlib import Path

from database.enums import Lifecycle, StatusColour
from desktop_app.reports.chart_image import SYMBOLS, chart_description, chart_png
from desktop_app.reports.docx_writer import WordDocument
from desktop_app.services.labels import LIFECYCLE_LABELS, STATUS_LABELS
from desktop_app.services.messages import N_, Labels, _, language
from desktop_app.services.report_data import (
    COUNTING_RULE,
    ActivityLine,
    AnnualReportData,
    Deviation,
    GoalLine,
    StatusCounts,
    SteeringReportData,
)

STEERING_SECTIONS = Labels(
    {
        "summary": N_("Sammanfattning per fokusområde"),
        "changes": N_("Förändringar sedan föregående möte"),
        "deviations": N_("Avvikelser"),
        "proposed": N_("Föreslagna aktiviteter som väntar på beslut"),
        "ideas": N_("Idéer och synpunkter"),
        "plan": N_("Bilaga: Hela handlingsplanen"),
    }
)
ANNUAL_SECTIONS = Labels(
    {
        "year_end": N_("Status vid årets slut"),
        "completed": N_("Genomförda aktiviteter under året"),
        "deviations": N_("Avvikelser under året och hur de hanterades"),
        "goals": N_("Mätbara mål"),
        "development": N_("Statusutveckling under året"),
        "meetings": N_("Styrgruppens möten under året"),
    }
)
CHART_WIDTH_CM = 16.5


def _day(day: date | None) -> str:
    return day.isoformat() if day else ""


def status_word(status: StatusColour | None) -> str:
    """The status as shape and word, never colour alone: "✓ Grön", "○ Ej rapporterad"."""
    return f"{SYMBOLS[status]} {STATUS_LABELS[status]}"


def _counts_rows(summary: Sequence[StatusCounts]) -> list[tuple[str, tuple[int, int, int, int]]]:
    return [
        (_("Fokusområde {code}").format(code=c.code), (c.green, c.yellow, c.red, c.not_reported))
        for c in summary
    ]


def _summary(document: WordDocument, summary: Sequence[StatusCounts], completed_label: str) -> None:
    header = [_("Fokusområde"), *(status_word(s) for s in SYMBOLS), _("Totalt"), completed_label]
    rows = [
        [f"{c.code}  {c.title}", *map(str, (c.green, c.yellow, c.red, c.not_reported, c.total, c.completed))]
        for c in summary
    ]
    totals = [sum(getattr(c, name) for c in summary) for name in ("green", "yellow", "red", "not_reported")]
    rows.append(
        [_("Hela planen"), *map(str, totals), str(sum(totals)), str(sum(c.completed for c in summary))]
    )
    document.table(header, rows, widths=(5.2, 1.7, 1.5, 1.5, 2.3, 1.5, 2.5))


def _chart(document: WordDocument, title: str, rows: Sequence[tuple[str, Sequence[int]]]) -> None:
    document.picture(
        chart_png(rows), width_cm=CHART_WIDTH_CM, description=chart_description(title, rows), title=title
    )


def _activities(document: WordDocument, lines: Sequence[ActivityLine], date_label: str | None) -> None:
    header = [_("Kod"), _("Aktivitet"), _("Ansvar")] + ([date_label] if date_label else [])
    rows = [
        [line.code, line.title, line.responsible or "–"] + ([_day(line.on)] if date_label else [])
        for line in lines
    ]
    document.table(header, rows, widths=(1.4, 8.0, 4.6, 2.6)[: len(header)])


def _deviations(document: WordDocument, deviations: Sequence[Deviation], *, end_label: str | None) -> None:
    header = [
        _("Aktivitet och ansvar"),
        _("Status"),
        _("Orsak"),
        _("Rekommenderad åtgärd"),
        _("Beslut och uppföljning"),
    ]
    rows = []
    for deviation in deviations:
        status = [status_word(deviation.status), _("sedan {day}").format(day=_day(deviation.since))]
        if end_label:
            status += [end_label, status_word(deviation.status_at_end)]
        decision = deviation.decision
        if decision is None:
            decided = [_("Inget beslut ännu")]
        else:
            follow = [_("Möte {day}").format(day=_day(decision.meeting_date)), decision.follow_up]
            if decision.follow_up_by:
                follow.append(decision.follow_up_by)
            if decision.follow_up_date:
                follow.append(_("senast {day}").format(day=_day(decision.follow_up_date)))
            decided = [decision.text or _("Beslut utan text"), " · ".join(f for f in follow if f)]
        responsible = _("Ansvar: {responsible}").format(responsible=deviation.responsible or "–")
        rows.append(
            [
                f"{deviation.code}  {deviation.title}\n{responsible}",
                "\n".join(status),
                deviation.cause or "–",
                deviation.recommended_action or "–",
                "\n".join(decided),
            ]
        )
    document.table(header, rows, widths=(4.1, 2.5, 3.2, 3.2, 3.5))


# --- the steering report ---------------------------------------------------------------------


def _period(data: SteeringReportData) -> str:
    if data.previous_meeting_date:
        return f"{data.previous_meeting_date.isoformat()} – {data.report_date.isoformat()}"
    return _("Från planens början till och med {day} (inget tidigare möte)").format(
        day=data.report_date.isoformat()
    )


def steering_document(
    data: SteeringReportData, sections: Collection[str] = tuple(STEERING_SECTIONS)
) -> WordDocument:
    """The steering report as a Word document."""
    if data.meeting_date:
        title = _("Styrgruppsmöte {day}").format(day=data.meeting_date.isoformat())
    else:
        title = _("Lägesrapport {day}").format(day=data.report_date.isoformat())
    document = WordDocument(
        title=f"{_('Styrgruppsrapport')}: {title}",
        subject=data.plan_name,
        author=data.prepared_by,
        language=language(),
    )
    document.heading(f"{_('Styrgruppsrapport')}: {title}", 1)
    document.paragraph(data.plan_name, italic=True)
    document.paragraph(
        _(
            "Underlag till styrgruppen: läget i handlingsplanen, förändringar sedan föregående möte, "
            "avvikelser med orsak och rekommenderad åtgärd, förslag som väntar på beslut samt idéer "
            "och synpunkter från näringslivet."
        )
    )
    facts = [(_("Mötesdatum"), _day(data.meeting_date) or _("Inget möte registrerat – planens läge i dag"))]
    if data.meeting_location:
        facts.append((_("Plats"), data.meeting_location))
    facts += [
        (_("Period"), _period(data)),
        (_("Föregående möte"), _day(data.previous_meeting_date) or "–"),
        (_("Aktiviteter i planen"), str(data.activity_count)),
        (_("Upprättad av"), data.prepared_by or "–"),
    ]
    document.facts(facts)
    number = 0

    def heading(name: str) -> None:
        nonlocal number
        number += 1
        document.heading(
            STEERING_SECTIONS[name] if name == "plan" else f"{number}. {STEERING_SECTIONS[name]}", 2
        )

    if "summary" in sections:
        heading("summary")
        document.paragraph(
            _("Status per fokusområde den {day}: antal aktiviteter per färg. {rule}").format(
                day=data.report_date.isoformat(), rule=_(COUNTING_RULE)
            )
        )
        _summary(document, data.summary, _("Genomförda"))
        _chart(document, _("Status per fokusområde"), _counts_rows(data.summary))
    if "changes" in sections:
        heading("changes")
        document.paragraph(_("Period: {period}.").format(period=_period(data)))
        if data.previous_meeting_date is None:
            document.paragraph(
                _(
                    "Det finns inget tidigare styrgruppsmöte att jämföra med. Planens läge framgår av "
                    "sammanfattningen ovan och av bilagan."
                ),
                italic=True,
            )
        else:
            _steering_changes(document, data)
    if "deviations" in sections:
        heading("deviations")
        if data.deviations:
            document.paragraph(
                _(
                    "Aktiviteter med gul eller röd status, med orsak, den åtgärd som processledare och "
                    "fokusområdesansvarig rekommenderar, och styrgruppens senaste beslut."
                )
            )
            _deviations(document, data.deviations, end_label=None)
        else:
            document.paragraph(_("Inga avvikelser: ingen aktivitet har gul eller röd status."), italic=True)
    if "proposed" in sections:
        heading("proposed")
        if data.proposed:
            _activities(document, data.proposed, None)
        else:
            document.paragraph(_("Inga föreslagna aktiviteter väntar på beslut."), italic=True)
    if "ideas" in sections:
        heading("ideas")
        if data.ideas:
            header = [_("Datum"), _("Forum"), _("Idé eller synpunkt"), _("Fokusområde"), _("Läge")]
            rows = [[_day(i.received_on), i.forum, i.text, i.focus_area, i.state] for i in data.ideas]
            document.table(header, rows, widths=(2.5, 3.0, 6.0, 3.2, 2.1))
        else:
            document.paragraph(_("Inga idéer eller synpunkter har kommit in under perioden."), italic=True)
    if "plan" in sections:
        document.page_break()
        heading("plan")
        _plan_appendix(document, data)
    return document


def _steering_changes(document: WordDocument, data: SteeringReportData) -> None:
    document.heading(_("Statusförändringar"), 3)
    if data.status_changes:
        header = [_("Kod"), _("Aktivitet"), _("Från"), _("Till"), _("Rapporterad")]
        rows = [
            [c.code, c.title, status_word(c.before), status_word(c.after), _day(c.on)]
            for c in data.status_changes
        ]
        document.table(header, rows, widths=(1.3, 7.0, 2.7, 2.7, 2.9))
    else:
        document.paragraph(_("Ingen aktivitet har bytt status under perioden."), italic=True)
    for label, lines, date_label, empty in data.activity_groups():
        document.heading(label, 3)
        if lines:
            _activities(document, lines, date_label)
        else:
            document.paragraph(empty, italic=True)


def _plan_appendix(document: WordDocument, data: SteeringReportData) -> None:
    document.paragraph(
        _(
            "Alla aktiviteter med ansvar, tidplan och status den {day}. "
            "Under statusen står det om en aktivitet är föreslagen, genomförd eller avbruten."
        ).format(day=data.report_date.isoformat())
    )
    header = [_("Kod"), _("Aktivitet"), _("Ansvar"), _("Tidplan"), _("Status")]
    area = None
    for section in data.plan:
        if section.focus_area_code != area:
            area = section.focus_area_code
            document.heading(f"{section.focus_area_code}  {section.focus_area}", 3)
        document.heading(f"{section.code}  {section.title}", 4)
        if not section.rows:
            document.paragraph(_("Inga aktiviteter under insatsområdet."), italic=True)
            continue
        rows = [
            [
                row.code,
                row.title,
                row.responsible or "–",
                row.schedule,
                status_word(row.status)
                if row.lifecycle is Lifecycle.DECIDED
                else f"{status_word(row.status)}\n{LIFECYCLE_LABELS[row.lifecycle]}",
            ]
            for row in section.rows
        ]
        document.table(header, rows, widths=(1.2, 7.0, 3.7, 3.0, 2.7))
    if not data.plan:
        document.paragraph(_("Planen har ännu inga insatsområden."), italic=True)


def write_steering_docx(data: SteeringReportData, path: Path, **options: Collection[str]) -> None:
    steering_document(data, **options).save(path)


# --- the annual summary ----------------------------------------------------------------------


def _number(value: float | None, unit: str = "") -> str:
    if value is None:
        return "–"
    shown = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
    if language() == "sv":
        shown = shown.replace(",", "\u00a0").replace(".", ",")
    return f"{shown} {unit}".strip()


def _goals(document: WordDocument, goals: Sequence[GoalLine], year: int) -> None:
    years = [year - 2, year - 1, year]
    header = [_("Mål och indikator"), _("Utgångsläge"), _("Målvärde"), *map(str, years)]
    rows = []
    for goal in goals:
        baseline = _number(goal.baseline_value, goal.unit)
        if goal.baseline_year:
            baseline += f" ({goal.baseline_year})"
        target = _number(goal.target_value, goal.unit)
        if goal.target_year:
            target += f" ({goal.target_year})"
        described = goal.title + (f"\n{goal.indicator}" if goal.indicator else "")
        rows.append([described, baseline, target, *[_number(goal.values.get(y), goal.unit) for y in years]])
    document.table(header, rows, widths=(5.5, 2.3, 2.3, 2.3, 2.3, 2.3))


def annual_document(
    data: AnnualReportData, sections: Collection[str] = tuple(ANNUAL_SECTIONS)
) -> WordDocument:
    """The annual summary to the municipal board as a Word document."""
    title = _("Årlig sammanställning {year}").format(year=data.year)
    document = WordDocument(
        title=title,
        subject=_("Årlig sammanställning {year} till kommunstyrelsen").format(year=data.year),
        author=data.prepared_by,
        language=language(),
    )
    document.heading(title, 1)
    document.paragraph(data.plan_name, italic=True)
    document.paragraph(
        _(
            "Sammanställning till kommunstyrelsen av hur handlingsplanen har genomförts under {year}: "
            "status {when}, genomförda aktiviteter, avvikelser och hur de hanterades, de mätbara "
            "målen och hur statusen utvecklades under året."
        ).format(year=data.year, when=data.end_words())
    )
    document.facts(
        [
            (_("Till"), _("Kommunstyrelsen")),
            (_("År"), str(data.year)),
            (_("Status per"), data.as_of.isoformat()),
            (_("Styrgruppsmöten under året"), str(len(data.meetings)) if data.meetings else _("Inga")),
            (_("Upprättad av"), data.prepared_by or "–"),
            *data.plan_facts,
        ]
    )
    number = 0

    def heading(name: str) -> None:
        nonlocal number
        number += 1
        title = (
            ANNUAL_SECTIONS[name] if name != "year_end" else _("Status {when}").format(when=data.end_words())
        )
        document.heading(f"{number}. {title}", 2)

    if "year_end" in sections:
        heading("year_end")
        document.paragraph(
            _(
                "Status den {day} för alla beslutade och genomförda aktiviteter, per "
                "fokusområde; föreslagna aktiviteter räknas inte. {rule}"
            ).format(day=data.as_of.isoformat(), rule=_(COUNTING_RULE))
        )
        _summary(document, data.year_end, _("Genomförda"))
        _chart(document, _("Status {when}").format(when=data.end_words()), _counts_rows(data.year_end))
    if "completed" in sections:
        heading("completed")
        if data.completed:
            _activities(document, data.completed, _("Genomförd"))
        else:
            document.paragraph(
                _("Inga aktiviteter genomfördes under {year}.").format(year=data.year), italic=True
            )
    if "deviations" in sections:
        heading("deviations")
        if data.deviations:
            document.paragraph(
                _(
                    "Aktiviteter som hade gul eller röd status någon gång under året: den senaste "
                    "avvikelsen, dess orsak och rekommenderade åtgärd, styrgruppens beslut och "
                    "status {when}."
                ).format(when=data.end_words())
            )
            _deviations(document, data.deviations, end_label=data.end_words().capitalize() + ":")
        else:
            document.paragraph(
                _("Inga avvikelser rapporterades under {year}.").format(year=data.year), italic=True
            )
    if "goals" in sections:
        heading("goals")
        if data.goals:
            _goals(document, data.goals, data.year)
        else:
            document.paragraph(_("Planen har inga mätbara mål registrerade."), italic=True)
    if "development" in sections:
        heading("development")
        document.paragraph(
            _("Antal beslutade och genomförda aktiviteter per status vid varje kvartals slut.")
        )
        header = [_("Kvartal"), _("Per"), *(status_word(s) for s in SYMBOLS), _("Totalt")]
        rows = []
        for quarter in data.quarters:
            values = [quarter.green, quarter.yellow, quarter.red, quarter.not_reported]
            rows.append([quarter.label, quarter.on.isoformat(), *map(str, values), str(sum(values))])
        document.table(header, rows, widths=(4.0, 2.4, 1.9, 1.9, 1.9, 2.4, 1.6))
        quarters = [(q.label, (q.green, q.yellow, q.red, q.not_reported)) for q in data.quarters]
        _chart(document, _("Status vid varje kvartals slut"), quarters)
    if "meetings" in sections:
        heading("meetings")
        if data.meetings:
            rows = [[m.meeting_date.isoformat(), m.location or "–", str(m.decisions)] for m in data.meetings]
            document.table([_("Datum"), _("Plats"), _("Beslut")], rows, widths=(3.0, 11.0, 3.0))
        else:
            document.paragraph(
                _("Styrgruppen höll inga möten under {year}.").format(year=data.year), italic=True
            )
    return document


def write_annual_docx(data: AnnualReportData, path: Path, **options: Collection[str]) -> None:
    annual_document(data, **options).save(path)
