"""The steering report and the annual summary as Word documents, from the same data as the PDFs.

Every text is a message (``_()``), so ``--lang en`` gives an English document;
the structure follows the PDF: a title, numbered sections, the plan as an
appendix. See ``docx_writer`` for what makes the file accessible.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from pathlib import Path

from database.enums import Lifecycle, StatusColour
from desktop_app.reports.chart_image import SYMBOLS, chart_description, chart_png
from desktop_app.reports.docx_writer import WordDocument
from desktop_app.reports.report_text import (
    ANNUAL_SECTIONS,
    STEERING_SECTIONS,
    STEERING_TITLE,
    annual_deviations_intro,
    annual_facts,
    annual_lead,
    annual_section,
    annual_subject,
    annual_title,
    day_text,
    decision_lines,
    development_intro,
    deviation_header,
    deviations_intro,
    goal_description,
    goal_figures,
    goal_years,
    meetings_header,
    no_activities_in_initiative,
    no_annual_deviations,
    no_completed,
    no_deviations,
    no_earlier_meeting,
    no_goals,
    no_ideas,
    no_initiatives,
    no_meetings,
    no_proposals,
    no_status_changes,
    number_text,
    period_line,
    responsibility,
    since,
    status_at_end_label,
    status_changes_heading,
    steering_facts,
    steering_lead,
    steering_subject,
    summary_intro,
    year_end_intro,
)
from desktop_app.services.labels import LIFECYCLE_LABELS, STATUS_LABELS
from desktop_app.services.messages import _, language
from desktop_app.services.report_data import (
    ActivityLine,
    AnnualReportData,
    Deviation,
    GoalLine,
    StatusCounts,
    SteeringReportData,
)

CHART_WIDTH_CM = 16.5


def status_word(status: StatusColour | None) -> str:
    """The status as shape and word, never colour alone: "✓ Grön", "○ Ej rapporterad"."""
    return f"{SYMBOLS[status]} {STATUS_LABELS[status]}"


def _status_heads() -> list[str]:
    """The status columns' headings, each on one line in Swedish and English (as in the PDF)."""
    return [status_word(s) for s in SYMBOLS if s is not None] + [_("○ Ej rapp.")]


def _counts_rows(summary: Sequence[StatusCounts]) -> list[tuple[str, tuple[int, int, int, int, int]]]:
    return [
        (_("Fokusområde {code}").format(code=c.code), (c.green, c.yellow, c.red, c.not_reported, c.completed))
        for c in summary
    ]


def _summary(document: WordDocument, summary: Sequence[StatusCounts], completed_label: str) -> None:
    header = [_("Fokusområde"), *_status_heads(), _("Totalt"), completed_label]
    rows = [
        [f"{c.code}  {c.title}", *map(str, (c.green, c.yellow, c.red, c.not_reported, c.total, c.completed))]
        for c in summary
    ]
    totals = [sum(getattr(c, name) for c in summary) for name in ("green", "yellow", "red", "not_reported")]
    done = sum(c.completed for c in summary)
    rows.append([_("Hela planen"), *map(str, totals), str(sum(totals) + done), str(done)])
    document.table(header, rows, widths=(4.1, 2.0, 2.0, 1.6, 2.3, 1.5, 2.7))


def _chart(document: WordDocument, title: str, rows: Sequence[tuple[str, Sequence[int]]]) -> None:
    document.picture(
        chart_png(rows), width_cm=CHART_WIDTH_CM, description=chart_description(title, rows), title=title
    )


def _activities(document: WordDocument, lines: Sequence[ActivityLine], date_label: str | None) -> None:
    header = [_("Kod"), _("Aktivitet"), _("Ansvar")] + ([date_label] if date_label else [])
    rows = [
        [line.code, line.title, line.responsible or "–"] + ([day_text(line.on)] if date_label else [])
        for line in lines
    ]
    document.table(header, rows, widths=(1.4, 8.0, 4.6, 2.6)[: len(header)])


def _deviations(document: WordDocument, deviations: Sequence[Deviation], *, end_label: str | None) -> None:
    rows = []
    for deviation in deviations:
        status = [status_word(deviation.status), since(deviation.since)]
        if end_label:
            status += [end_label, status_word(deviation.status_at_end)]
        rows.append(
            [
                f"{deviation.code}  {deviation.title}\n{responsibility(deviation.responsible)}",
                "\n".join(status),
                deviation.cause or "–",
                deviation.recommended_action or "–",
                "\n".join(decision_lines(deviation)),
            ]
        )
    document.table(deviation_header(), rows, widths=(3.6, 2.5, 3.5, 3.5, 3.4))


# --- the steering report ---------------------------------------------------------------------


def steering_document(
    data: SteeringReportData, sections: Collection[str] = tuple(STEERING_SECTIONS)
) -> WordDocument:
    """The steering report as a Word document."""
    title = f"{_(STEERING_TITLE)}: {steering_subject(data)}"
    document = WordDocument(
        title=title,
        subject=data.plan_name,
        author=data.prepared_by,
        language=language(),
    )
    document.heading(title, 1)
    document.paragraph(data.plan_name, italic=True)
    document.paragraph(steering_lead())
    document.facts(steering_facts(data))
    number = 0

    def heading(name: str) -> None:
        nonlocal number
        number += 1
        document.heading(
            STEERING_SECTIONS[name] if name == "plan" else f"{number}. {STEERING_SECTIONS[name]}", 2
        )

    if "summary" in sections:
        heading("summary")
        document.paragraph(summary_intro(data))
        _summary(document, data.summary, _("Genomförda"))
        _chart(document, _("Status per fokusområde"), _counts_rows(data.summary))
    if "changes" in sections:
        heading("changes")
        document.paragraph(period_line(data))
        if data.previous_meeting_date is None:
            document.paragraph(no_earlier_meeting(), italic=True)
        else:
            _steering_changes(document, data)
    if "deviations" in sections:
        heading("deviations")
        if data.deviations:
            document.paragraph(deviations_intro())
            _deviations(document, data.deviations, end_label=None)
        else:
            document.paragraph(no_deviations(), italic=True)
    if "proposed" in sections:
        heading("proposed")
        if data.proposed:
            _activities(document, data.proposed, None)
        else:
            document.paragraph(no_proposals(), italic=True)
    if "ideas" in sections:
        heading("ideas")
        if data.ideas:
            header = [_("Datum"), _("Forum"), _("Idé eller synpunkt"), _("Fokusområde"), _("Behandling")]
            rows = [[day_text(i.received_on), i.forum, i.text, i.focus_area, i.state] for i in data.ideas]
            document.table(header, rows, widths=(2.5, 3.0, 6.0, 3.2, 2.1))
        else:
            document.paragraph(no_ideas(), italic=True)
    if "plan" in sections:
        document.page_break()
        heading("plan")
        _plan_appendix(document, data)
    return document


def _steering_changes(document: WordDocument, data: SteeringReportData) -> None:
    document.heading(status_changes_heading(), 3)
    if data.status_changes:
        header = [_("Kod"), _("Aktivitet"), _("Från"), _("Till"), _("Rapporterad")]
        rows = [
            [c.code, c.title, status_word(c.before), status_word(c.after), day_text(c.on)]
            for c in data.status_changes
        ]
        document.table(header, rows, widths=(1.3, 7.0, 2.7, 2.7, 2.9))
    else:
        document.paragraph(no_status_changes(), italic=True)
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
            document.paragraph(no_activities_in_initiative(), italic=True)
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
        document.paragraph(no_initiatives(), italic=True)


def write_steering_docx(data: SteeringReportData, path: Path, **options: Collection[str]) -> None:
    steering_document(data, **options).save(path)


# --- the annual summary ----------------------------------------------------------------------


def _goals(document: WordDocument, goals: Sequence[GoalLine], year: int) -> None:
    years = goal_years(year)
    header = [_("Mål och indikator"), _("Utgångsläge"), _("Målvärde"), *map(str, years)]
    rows = []
    for goal in goals:
        baseline, target = goal_figures(goal)
        described = "\n".join(goal_description(goal))
        rows.append(
            [
                described,
                baseline,
                target,
                *[number_text(goal.values.get(y)) for y in years],
            ]
        )
    document.table(header, rows, widths=(4.3, 2.7, 2.7, 2.4, 2.4, 2.5))


def annual_document(
    data: AnnualReportData, sections: Collection[str] = tuple(ANNUAL_SECTIONS)
) -> WordDocument:
    """The annual summary to the municipal board as a Word document."""
    title = annual_title(data)
    document = WordDocument(
        title=title,
        subject=annual_subject(data),
        author=data.prepared_by,
        language=language(),
    )
    document.heading(title, 1)
    document.paragraph(data.plan_name, italic=True)
    document.paragraph(annual_lead(data))
    document.facts(annual_facts(data))
    number = 0

    def heading(name: str) -> None:
        nonlocal number
        number += 1
        document.heading(f"{number}. {annual_section(data, name)}", 2)

    if "year_end" in sections:
        heading("year_end")
        document.paragraph(year_end_intro(data))
        _summary(document, data.year_end, _("Genomförda"))
        _chart(document, _("Status {when}").format(when=data.end_words()), _counts_rows(data.year_end))
    if "completed" in sections:
        heading("completed")
        if data.completed:
            _activities(document, data.completed, _("Genomförd"))
        else:
            document.paragraph(no_completed(data), italic=True)
    if "deviations" in sections:
        heading("deviations")
        if data.deviations:
            document.paragraph(annual_deviations_intro(data))
            _deviations(document, data.deviations, end_label=status_at_end_label(data))
        else:
            document.paragraph(no_annual_deviations(data), italic=True)
    if "goals" in sections:
        heading("goals")
        if data.goals:
            _goals(document, data.goals, data.year)
        else:
            document.paragraph(no_goals(), italic=True)
    if "development" in sections:
        heading("development")
        document.paragraph(development_intro())
        header = [_("Kvartal"), _("Per"), *_status_heads(), _("Genomförda"), _("Totalt")]
        rows = []
        for quarter in data.quarters:
            values = [quarter.green, quarter.yellow, quarter.red, quarter.not_reported, quarter.completed]
            rows.append([quarter.label, quarter.on.isoformat(), *map(str, values), str(sum(values))])
        document.table(header, rows, widths=(2.2, 2.3, 1.9, 1.9, 1.5, 2.3, 2.6, 1.5))
        quarters = [(q.label, (q.green, q.yellow, q.red, q.not_reported, q.completed)) for q in data.quarters]
        _chart(document, _("Status vid varje kvartals slut"), quarters)
    if "meetings" in sections:
        heading("meetings")
        if data.meetings:
            rows = [[m.meeting_date.isoformat(), m.location or "–", str(m.decisions)] for m in data.meetings]
            document.table(meetings_header(), rows, widths=(3.0, 11.0, 3.0))
        else:
            document.paragraph(no_meetings(data), italic=True)
    return document


def write_annual_docx(data: AnnualReportData, path: Path, **options: Collection[str]) -> None:
    annual_document(data, **options).save(path)
