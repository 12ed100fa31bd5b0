"""The steering-group report: status, changes, deviations, proposals, ideas and the whole plan."""

from __future__ import annotations

import io
from collections.abc import Collection
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from database.enums import Lifecycle, StatusColour
from desktop_app.reports.atomic_file import write_atomically
from desktop_app.reports.cells import CellMaker
from desktop_app.reports.chart import counts_rows, status_chart
from desktop_app.reports.cover import cover
from desktop_app.reports.document import HEADING_LIMIT, Heading, NumberedCanvas, Progress, ReportDocument
from desktop_app.reports.paragraphs import Styles, empty_note, shorten, text
from desktop_app.reports.report_text import (
    STEERING_SECTIONS,
    STEERING_TITLE,
    day_text,
    decision_lines,
    deviation_header,
    deviations_intro,
    no_activities_in_initiative,
    no_deviations,
    no_earlier_meeting,
    no_ideas,
    no_initiatives,
    no_proposals,
    no_status_changes,
    period_line,
    responsibility,
    since,
    status_changes_heading,
    steering_facts,
    steering_lead,
    steering_subject,
    summary_intro,
)
from desktop_app.reports.tables import captioned_note, data_table
from desktop_app.reports.theme import CONTENT_WIDTH, STATUS_LOOKS, status_text
from desktop_app.services.labels import LIFECYCLE_LABELS
from desktop_app.services.messages import N_, _
from desktop_app.services.report_data import (
    ActivityLine,
    Deviation,
    StatusCounts,
    SteeringReportData,
)

SECTIONS = STEERING_SECTIONS
"""Every section of the report, in order; a caller may leave some out."""

TITLE = STEERING_TITLE

APPENDIX_ROOM = 16 * cm
"""The appendix starts on the page the sections end on only when this much of it is free."""

HEADING_ROOM = 3 * cm
"""Room an appendix heading needs below it (itself, the table header and a few rows), else a new page."""


def summary_table(
    summary: list[StatusCounts], styles: Styles, completed_label: str | None = None
) -> list[Flowable]:
    cell = CellMaker(styles.cell)
    # Wide enough for every status word on one line, in Swedish and in English.
    widths = [0, 1.7 * cm, 1.7 * cm, 1.6 * cm, 2.0 * cm, 1.4 * cm, 2.3 * cm]
    first = widths[0] = CONTENT_WIDTH - sum(widths)
    header = [
        _("Fokusområde"),
        STATUS_LOOKS[StatusColour.GREEN].text,
        STATUS_LOOKS[StatusColour.YELLOW].text,
        STATUS_LOOKS[StatusColour.RED].text,
        _("○ Ej rapp."),
        _("Totalt"),
        completed_label or _("Genomförda"),
    ]
    rows: list[list[Any]] = [
        [cell(f"{c.code}  {c.title}", first), c.green, c.yellow, c.red, c.not_reported, c.total, c.completed]
        for c in summary
    ]
    totals = [sum(getattr(c, name) for c in summary) for name in ("green", "yellow", "red", "not_reported")]
    done = sum(c.completed for c in summary)
    rows.append([_("Hela planen"), *totals, sum(totals) + done, done])
    extra = [
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("FONT", (0, -1), (-1, -1), "DejaVuSans-Bold", 8, 10.2),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, STATUS_LOOKS[None].bar),
    ]
    for column, status in enumerate((StatusColour.GREEN, StatusColour.YELLOW, StatusColour.RED, None), 1):
        extra.append(("BACKGROUND", (column, 0), (column, 0), STATUS_LOOKS[status].fill))
    return data_table(header, rows, widths, extra=extra)


def _activity_lines(lines: list[ActivityLine], styles: Styles, date_label: str | None) -> list[Flowable]:
    cell = CellMaker(styles.cell)
    code = 1.4 * cm
    day = 2.2 * cm if date_label else 0
    rest = CONTENT_WIDTH - code - day
    title, responsible = rest * 0.62, rest * 0.38
    header = [_("Kod"), _("Aktivitet"), _("Ansvar")]
    widths = [code, title, responsible]
    if date_label:
        header.append(date_label)
        widths.append(day)
    rows = []
    for line in lines:
        row: list[Any] = [
            line.code,
            cell(line.title, title),
            cell(line.responsible or "–", responsible),
        ]
        if date_label:
            row.append(day_text(line.on))
        rows.append(row)
    return data_table(header, rows, widths)


COMMENT_LIMIT = 160
"""Characters of the latest comment shown beside a deviation; the appendix shows it whole."""


def deviation_table(
    deviations: list[Deviation], styles: Styles, *, end_label: str | None = None
) -> list[Flowable]:
    """Every deviation with why, what to do, and the steering group's decision and follow-up."""
    cell = CellMaker(styles.cell)
    # The status column holds a date and "Per 2026-12-01:" on a line each.
    widths = [3.4 * cm, 2.6 * cm, 3.75 * cm, 3.75 * cm, CONTENT_WIDTH - 13.5 * cm]
    header = deviation_header()
    rows = []
    for deviation in deviations:
        status = [status_text(deviation.status), since(deviation.since)]
        if deviation.reported_on:
            status.append(_("senast rapporterad {day}").format(day=day_text(deviation.reported_on)))
        if end_label:
            status += [end_label, status_text(deviation.status_at_end)]
        decided = decision_lines(deviation)
        described = [
            f"{deviation.code}  {deviation.title}",
            responsibility(deviation.responsible),
        ]
        if deviation.overdue:
            described.append(overdue_text(deviation.end_month))
        if deviation.comment:
            described.append(_("Kommentar: {text}").format(text=shorten(deviation.comment, COMMENT_LIMIT)))
        rows.append(
            [
                cell.joined(described, widths[0]),
                cell.joined(status, widths[1]),
                cell(deviation.cause or "–", widths[2]),
                cell(deviation.recommended_action or "–", widths[3]),
                cell.joined(decided, widths[4]),
            ]
        )
    return data_table(
        header,
        rows,
        widths,
        status_columns={1: [d.status for d in deviations]},
    )


OVERDUE_MARK = N_("⚠ Försenad")
"""The mark of an overdue activity: the schedule's end passed, not completed (``schedule_overdue``)."""


def overdue_text(end_month: str | None) -> str:
    return _("{mark}: slut {month}").format(mark=_(OVERDUE_MARK), month=end_month or "–")


def plan_appendix(data: SteeringReportData, styles: Styles) -> list[Flowable]:
    """Every activity per focus area and initiative: responsibility, schedule, lifecycle and status."""
    cell = CellMaker(styles.cell)
    widths = [1.15 * cm, 0, 3.7 * cm, 3.0 * cm, 2.7 * cm]
    widths[1] = CONTENT_WIDTH - sum(widths)
    header = [_("Kod"), _("Aktivitet"), _("Ansvar"), _("Tidplan"), _("Status")]
    # The initiatives follow each other on the page, a table running on over a page break with its
    # header repeated. Headings kept with their whole table (keepWithNext) would move every
    # initiative that does not fit in what is left of a page to the next one, leaving a third of
    # a large plan's pages nearly empty; a heading only needs room for itself and a few rows.
    area_style = ParagraphStyle("appendixArea", parent=styles.h2, keepWithNext=0)
    story: list[Flowable] = []
    area = None
    for section in data.plan:
        if section.focus_area_code != area:
            area = section.focus_area_code
            story.append(CondPageBreak(HEADING_ROOM + 1 * cm))
            story.append(Heading(f"{section.focus_area_code}  {section.focus_area}", area_style, 1))
        story.append(CondPageBreak(HEADING_ROOM))
        caption = f"{section.code}  {shorten(section.title, HEADING_LIMIT)}"
        if not section.rows:
            story.append(captioned_note(caption, no_activities_in_initiative(), CONTENT_WIDTH))
            continue
        rows = [
            [
                row.code,
                cell.joined(
                    [row.title, _("Kommentar: {text}").format(text=row.comment) if row.comment else ""],
                    widths[1],
                ),
                cell(row.responsible or "–", widths[2]),
                cell.joined([row.schedule or "–", _(OVERDUE_MARK) if row.overdue else ""], widths[3]),
                cell.joined(
                    [
                        STATUS_LOOKS[row.status].text,
                        day_text(row.reported_on),
                        "" if row.lifecycle is Lifecycle.DECIDED else LIFECYCLE_LABELS[row.lifecycle],
                    ],
                    widths[4],
                ),
            ]
            for row in section.rows
        ]
        # The initiative is the table's first row, so a table continued on the next page names it again.
        story += data_table(
            header, rows, widths, status_columns={4: [r.status for r in section.rows]}, caption=caption
        )
    if not data.plan:
        story.append(empty_note(no_initiatives(), styles))
    return story


def _changes(data: SteeringReportData, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = []
    story.append(Heading(status_changes_heading(), styles.h2, 1))
    if data.status_changes:
        cell = CellMaker(styles.cell)
        widths = [1.3 * cm, 0, 2.7 * cm, 2.7 * cm, 2.35 * cm]
        widths[1] = CONTENT_WIDTH - sum(widths)
        rows = [
            [c.code, cell(c.title, widths[1]), status_text(c.before), status_text(c.after), day_text(c.on)]
            for c in data.status_changes
        ]
        statuses = {
            2: [change.before for change in data.status_changes],
            3: [change.after for change in data.status_changes],
        }
        story += data_table(
            [_("Kod"), _("Aktivitet"), _("Från"), _("Till"), _("Rapporterad")],
            rows,
            widths,
            status_columns=statuses,
        )
    else:
        story.append(empty_note(no_status_changes(), styles))
    for label, lines, date_label, empty in data.activity_groups():
        story.append(Heading(label, styles.h2, 1))
        story += _activity_lines(lines, styles, date_label) if lines else [empty_note(empty, styles)]
    return story


def steering_story(data: SteeringReportData, sections: Collection[str], styles: Styles) -> list[Flowable]:
    story = cover(
        styles,
        kind=_(TITLE),
        title=steering_subject(data),
        plan_name=data.plan_name,
        lead=steering_lead(),
        facts=steering_facts(data),
    )
    after_cover = len(story)
    number = 0

    def heading(name: str) -> Heading:
        nonlocal number
        number += 1
        return Heading(f"{number}. {SECTIONS[name]}" if name != "plan" else SECTIONS[name], styles.h1, 0)

    if "summary" in sections:
        # The chart stays on the page of its heading and table (KeepTogether splits only what no page holds).
        story.append(
            KeepTogether(
                [
                    heading("summary"),
                    Paragraph(text(summary_intro(data)), styles.intro),
                    *summary_table(data.summary, styles),
                    Spacer(1, 14),
                    status_chart(counts_rows(data.summary)),
                ]
            )
        )
        story.append(Spacer(1, 10))
    if "changes" in sections:
        story += [
            heading("changes"),
            Paragraph(text(period_line(data)), styles.intro),
        ]
        if data.previous_meeting_date is None:
            story.append(empty_note(no_earlier_meeting(), styles))
        else:
            story += _changes(data, styles)
        story.append(Spacer(1, 10))
    if "deviations" in sections:
        story.append(heading("deviations"))
        if data.deviations:
            story += [
                Paragraph(deviations_intro(), styles.intro),
                *deviation_table(data.deviations, styles),
            ]
        else:
            story.append(empty_note(no_deviations(), styles))
        story.append(Spacer(1, 10))
    if "proposed" in sections:
        story.append(heading("proposed"))
        story += (
            _activity_lines(data.proposed, styles, None)
            if data.proposed
            else [empty_note(no_proposals(), styles)]
        )
        story.append(Spacer(1, 10))
    if "ideas" in sections:
        story.append(heading("ideas"))
        if data.ideas:
            cell = CellMaker(styles.cell)
            widths = [2.1 * cm, 3.0 * cm, 0, 3.2 * cm, 2.1 * cm]
            widths[2] = CONTENT_WIDTH - sum(widths)
            rows = [
                [
                    day_text(i.received_on),
                    cell(i.forum, widths[1]),
                    cell(i.text, widths[2]),
                    cell(i.focus_area, widths[3]),
                    i.state,
                ]
                for i in data.ideas
            ]
            headers = [_("Datum"), _("Forum"), _("Idé eller synpunkt"), _("Fokusområde"), _("Behandling")]
            story += data_table(headers, rows, widths)
        else:
            story.append(empty_note(no_ideas(), styles))
    if "plan" in sections:
        if len(story) > after_cover:  # the cover already ends its page
            # A new page unless most of this one is free: a short last section (no ideas, say)
            # would otherwise stand alone on a page that holds a heading and one sentence.
            story.append(CondPageBreak(APPENDIX_ROOM))
        story.append(heading("plan"))
        story.append(
            Paragraph(
                _(
                    "Alla aktiviteter med ansvar, tidplan och status den {day}, med "
                    "datum och kommentar från den senaste rapporten. Under statusen står det om en aktivitet "
                    "är föreslagen, genomförd eller avbruten; ⚠ Försenad betyder att tidplanens slut har "
                    "passerats utan att aktiviteten är genomförd."
                ).format(day=data.report_date.isoformat()),
                styles.intro,
            )
        )
        story += plan_appendix(data, styles)
    return story


def build_steering_report(
    data: SteeringReportData,
    stream: Any,
    *,
    sections: Collection[str] = tuple(SECTIONS),
    progress: Progress | None = None,
) -> None:
    """Lay the report out into a binary stream."""
    unknown = set(sections) - set(SECTIONS)
    if unknown:
        raise ValueError(f"unknown sections: {sorted(unknown)}")
    styles = Styles()
    subject = steering_subject(data)
    document = ReportDocument(
        stream,
        title=f"{_(TITLE)} – {subject}",
        header=_(TITLE),
        subject=subject,
        author=data.prepared_by,
        plan_name=data.plan_name,
        report_date=data.report_date,
        progress=progress,
    )
    document.build(steering_story(data, sections, styles), canvasmaker=NumberedCanvas)


def steering_report_pdf(data: SteeringReportData, **options: Any) -> bytes:
    buffer = io.BytesIO()
    build_steering_report(data, buffer, **options)
    return buffer.getvalue()


def write_steering_report(data: SteeringReportData, path: Path, **options: Any) -> None:
    """Write the report to ``path`` atomically: a reader never sees half a file."""
    write_atomically(path, lambda stream: build_steering_report(data, stream, **options))
