"""The reports' cover page: what the report is, for which plan, and the facts that date it."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import cm, mm
from reportlab.platypus import (
    Flowable,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop_app.reports.paragraphs import Styles, shorten, text
from desktop_app.reports.theme import (
    ACCENT,
    CONTENT_WIDTH,
    FONT,
    RULE,
)

COVER_LIMIT = 300
"""Characters of user text in a cover fact; longer text ends in an ellipsis."""


def cover(
    styles: Styles,
    *,
    kind: str,
    title: str,
    plan_name: str,
    lead: str,
    facts: Sequence[tuple[str, str]],
) -> list[Flowable]:
    """The cover page: what the report is, for which plan, and the facts that date it."""
    # A fact is shortened to what fits on the cover: a table cell never runs on over a page.
    table = Table(
        [
            [Paragraph(text(label), styles.muted), Paragraph(text(shorten(value, COVER_LIMIT)), styles.body)]
            for label, value in facts
        ],
        colWidths=[4.2 * cm, CONTENT_WIDTH - 4.2 * cm],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9.5, 13.5),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
            ]
        )
    )
    return [
        NextPageTemplate("body"),
        Spacer(1, 5.2 * cm),
        Paragraph(text(kind.upper()), styles.cover_kicker),
        Spacer(1, 3 * mm),
        Paragraph(text(shorten(title, COVER_LIMIT)), styles.cover_title),
        Spacer(1, 4 * mm),
        Paragraph(text(shorten(plan_name, COVER_LIMIT)), styles.cover_plan),
        Spacer(1, 8 * mm),
        Paragraph(text(lead), styles.cover_lead),
        Spacer(1, 1.6 * cm),
        table,
        PageBreak(),
    ]
