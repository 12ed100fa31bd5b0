"""The annual summary to the municipal board (kommunstyrelsen), every December."""

from __future__ import annotations

import io
from collections.abc import Collection
from pathlib import Path
from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from desktop_app.reports.atomic_file import write_atomically
from desktop_app.reports.cells import CellMaker
from desktop_app.reports.chart import counts_rows, status_chart
from desktop_app.reports.cover import cover
from desktop_app.reports.document import Heading, NumberedCanvas, Progress, ReportDocument, SectionGap
from desktop_app.reports.paragraphs import Styles, empty_note, text
from desktop_app.reports.report_text import (
    ANNUAL_SECTIONS,
    ANNUAL_TITLE,
    annual_deviations_intro,
    annual_facts,
    annual_lead,
    annual_section,
    annual_subject,
    annual_title,
    development_intro,
    goal_description,
    goal_figures,
    goal_years,
    meetings_header,
    no_annual_deviations,
    no_completed,
    no_goals,
    no_meetings,
    number_text,
    status_at_end_label,
    year_end_intro,
)
from desktop_app.reports.steering import deviation_table, summary_table
from desktop_app.reports.tables import data_table
from desktop_app.reports.theme import CONTENT_WIDTH, FONT, STATUS_LOOKS, STATUS_ORDER
from desktop_app.services.messages import _
from desktop_app.services.report_data import ActivityLine, AnnualReportData, GoalLine

SECTIONS = ANNUAL_SECTIONS
"""Every section of the summary, in order; a caller may leave some out."""

TITLE = ANNUAL_TITLE


def _goals_table(goals: list[GoalLine], year: int, styles: Styles) -> list[Flowable]:
    years = goal_years(year)
    number = 2.3 * cm
    first = CONTENT_WIDTH - 5 * number
    header = [_("Mål och indikator"), _("Utgångsläge"), _("Målvärde"), *[str(y) for y in years]]
    rows = []
    for goal in goals:
        baseline, target = goal_figures(goal)
        cell = CellMaker(styles.cell)
        rows.append(
            [
                cell.joined(goal_description(goal), first),
                cell(baseline, number),
                cell(target, number),
                *[cell(number_text(goal.values.get(y)), number) for y in years],
            ]
        )
    return data_table(header, rows, [first, *[number] * 5], extra=[("ALIGN", (1, 0), (-1, -1), "RIGHT")])


def _completed_table(lines: list[ActivityLine], styles: Styles) -> list[Flowable]:
    cell = CellMaker(styles.cell)
    widths = [1.4 * cm, 0, 4.6 * cm, 2.2 * cm]
    widths[1] = CONTENT_WIDTH - sum(widths)
    rows = [
        [
            line.code,
            cell(line.title, widths[1]),
            cell(line.responsible or "–", widths[2]),
            line.on.isoformat() if line.on else "",
        ]
        for line in lines
    ]
    return data_table([_("Kod"), _("Aktivitet"), _("Ansvar"), _("Genomförd")], rows, widths)


def annual_story(data: AnnualReportData, sections: Collection[str], styles: Styles) -> list[Flowable]:
    story = cover(
        styles,
        kind=_(TITLE),
        title=annual_title(data),
        plan_name=data.plan_name,
        lead=annual_lead(data),
        facts=annual_facts(data),
    )
    toc = TableOfContents(
        levelStyles=styles.toc_levels,
        dotsMinLevel=0,
        tableStyle=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 10),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    story += [Paragraph(_("Innehåll"), styles.h1), Spacer(1, 6), toc, PageBreak()]
    number = 0

    def heading(name: str) -> Heading:
        nonlocal number
        number += 1
        return Heading(f"{number}. {annual_section(data, name)}", styles.h1, 0)

    if "year_end" in sections:
        story.append(
            KeepTogether(
                [
                    heading("year_end"),
                    Paragraph(text(year_end_intro(data)), styles.intro),
                    *summary_table(data.year_end, styles),
                    Spacer(1, 14),
                    status_chart(counts_rows(data.year_end)),
                ]
            )
        )
        story.append(SectionGap())
    if "completed" in sections:
        story.append(heading("completed"))
        story += (
            _completed_table(data.completed, styles)
            if data.completed
            else [empty_note(no_completed(data), styles)]
        )
        story.append(SectionGap())
    if "deviations" in sections:
        story.append(heading("deviations"))
        if data.deviations:
            story += [
                Paragraph(annual_deviations_intro(data), styles.intro),
                *deviation_table(data.deviations, styles, end_label=status_at_end_label(data)),
            ]
        else:
            story.append(empty_note(no_annual_deviations(data), styles))
        story.append(SectionGap())
    if "goals" in sections:
        story.append(heading("goals"))
        story += (
            _goals_table(data.goals, data.year, styles) if data.goals else [empty_note(no_goals(), styles)]
        )
        story.append(SectionGap())
    if "development" in sections:
        development: list[Flowable] = [heading("development")]
        development.append(Paragraph(development_intro(), styles.intro))
        header = [
            _("Kvartal"),
            _("Per"),
            *[STATUS_LOOKS[s].text for s in STATUS_ORDER[:3]],
            _("○ Ej rapp."),
            _("Genomförda"),
            _("Totalt"),
        ]
        widths = [0, 2.2 * cm, 1.7 * cm, 1.7 * cm, 1.55 * cm, 2.0 * cm, 2.3 * cm, 1.4 * cm]
        widths[0] = CONTENT_WIDTH - sum(widths)
        rows: list[list[Any]] = []
        for quarter in data.quarters:
            values = [quarter.green, quarter.yellow, quarter.red, quarter.not_reported, quarter.completed]
            rows.append([quarter.label, quarter.on.isoformat(), *values, sum(values)])
        development += data_table(header, rows, widths, extra=[("ALIGN", (2, 0), (-1, -1), "RIGHT")])
        development.append(Spacer(1, 12))
        development.append(
            status_chart(
                [(q.label, (q.green, q.yellow, q.red, q.not_reported, q.completed)) for q in data.quarters]
            )
        )
        story += [KeepTogether(development), SectionGap()]
    if "meetings" in sections:
        story.append(heading("meetings"))
        if data.meetings:
            rows = [[m.meeting_date.isoformat(), m.location or "–", str(m.decisions)] for m in data.meetings]
            cell = CellMaker(styles.cell)
            widths = [3 * cm, CONTENT_WIDTH - 6 * cm, 3 * cm]
            rows = [[r[0], cell(r[1], widths[1]), r[2]] for r in rows]
            story += data_table(
                meetings_header(),
                rows,
                widths,
                extra=[("ALIGN", (2, 0), (2, -1), "RIGHT")],
            )
        else:
            story.append(empty_note(no_meetings(data), styles))
    return story


def build_annual_report(
    data: AnnualReportData,
    stream: Any,
    *,
    sections: Collection[str] = tuple(SECTIONS),
    progress: Progress | None = None,
) -> None:
    """Lay the summary out into a binary stream (two passes, for the table of contents)."""
    unknown = set(sections) - set(SECTIONS)
    if unknown:
        raise ValueError(f"unknown sections: {sorted(unknown)}")
    styles = Styles()
    document = ReportDocument(
        stream,
        title=annual_title(data)
        + ("" if data.complete else " (" + _("per {day}").format(day=data.as_of.isoformat()) + ")"),
        header=_(TITLE),
        subject=annual_subject(data),
        author=data.prepared_by,
        plan_name=data.plan_name,
        report_date=data.as_of,
        progress=progress,
        passes=2,
    )
    document.multiBuild(annual_story(data, sections, styles), canvasmaker=NumberedCanvas)


def annual_report_pdf(data: AnnualReportData, **options: Any) -> bytes:
    buffer = io.BytesIO()
    build_annual_report(data, buffer, **options)
    return buffer.getvalue()


def write_annual_report(data: AnnualReportData, path: Path, **options: Any) -> None:
    """Write the summary to ``path`` atomically."""
    write_atomically(path, lambda stream: build_annual_report(data, stream, **options))
