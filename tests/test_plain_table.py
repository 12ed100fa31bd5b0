"""The reports' plain tables (``PlainTable``) lay out, split and draw exactly as ReportLab's ``Table`` does
with the same cells and the reports' style commands: the same PDF, byte for byte."""

from __future__ import annotations

import io
import random
from datetime import date

import pytest
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, TableStyle

from database.enums import StatusColour
from desktop_app.reports import tables
from desktop_app.reports.cells import CellMaker
from desktop_app.reports.document import NumberedCanvas, ReportDocument
from desktop_app.reports.paragraphs import Styles
from desktop_app.reports.table_drawing import PlainTable, ReportTable
from desktop_app.reports.theme import ACCENT, HEAD_FILL, RULE, STATUS_LOOKS, ZEBRA

WORDS = [
    *["Ett", "företagsklimat", "som", "främjar", "tillväxt", "och", "nyföretagande", "i", "kommunen"],
    *["arbetsmarknadsutbildning", "kompetensförsörjning", "Follow-up", "EU-projekt", "2026-12-01", "x"],
]
STATUSES = [StatusColour.GREEN, StatusColour.YELLOW, StatusColour.RED, None]


def _table_as_reportlab_draws_it(
    header: list[str],
    rows: list[list[str]],
    widths: list[float],
    status_columns: dict[int, list[StatusColour | None]],
    caption: str | None,
) -> list[Flowable]:
    """What ``data_table`` made with ReportLab's ``Table`` before ``PlainTable``: the same cells, row
    heights, cell styles and commands."""
    heads = [
        CellMaker(tables._HEAD_STYLE, hyphenate=False)(label, w)
        for label, w in zip(header, widths, strict=True)
    ]
    if caption is not None:
        caption = CellMaker(tables._HEAD_STYLE)(caption, sum(widths))
    rows, status_columns = tables._split_tall_rows(rows, status_columns)
    made: list[Flowable] = []
    for offset in range(0, max(len(rows), 1), tables.CHUNK_ROWS):
        part = rows[offset : offset + tables.CHUNK_ROWS]
        statuses = {
            column: values[offset : offset + tables.CHUNK_ROWS] for column, values in status_columns.items()
        }
        top = 1 if caption is None else 2
        head = top - 1
        commands: list[tuple] = [
            ("BACKGROUND", (0, head), (-1, head), HEAD_FILL),
            ("LINEBELOW", (0, head), (-1, head), 0.8, ACCENT),
            ("LINEBELOW", (0, top), (-1, -1), 0.25, RULE),
            ("ROWBACKGROUNDS", (0, top), (-1, -1), [None, ZEBRA]),
        ]
        if caption is not None:
            commands += [("SPAN", (0, 0), (-1, 0)), ("LINEABOVE", (0, 0), (-1, 0), 0.8, RULE)]
        for column, values in statuses.items():
            start = 0
            for row in range(1, len(values) + 1):
                if row == len(values) or values[row] != values[start]:
                    fill = STATUS_LOOKS[values[start]].fill
                    commands.append(("BACKGROUND", (column, start + top), (column, row + top - 1), fill))
                    start = row
        cells = [heads, *part] if caption is None else [[caption] + [""] * (len(widths) - 1), heads, *part]
        table = ReportTable(
            cells,
            colWidths=list(widths),
            rowHeights=[tables._row_height(row) for row in cells],
            repeatRows=top,
            hAlign="LEFT",
            cellStyles=[[tables._HEAD_CELL] * len(widths)] * top
            + [[tables._BODY_CELL] * len(widths) for _ in part],
        )
        table.setStyle(TableStyle(commands))
        made.append(table)
    return made


def _pdf(story: list[Flowable]) -> bytes:
    out = io.BytesIO()
    document = ReportDocument(
        out, title="t", header="h", subject="s", author="a", plan_name="p", report_date=date(2026, 12, 1)
    )
    document.build(story, canvasmaker=NumberedCanvas)
    return out.getvalue()


@pytest.mark.parametrize("seed", range(12))
def test_a_plain_table_is_the_page_reportlabs_table_draws(seed: int) -> None:
    rnd = random.Random(seed)
    cell = CellMaker(Styles().cell)
    made: list[Flowable] = []
    reference: list[Flowable] = []
    for _table in range(3):
        # Space before the table puts its page breaks at other rows each time.
        gap = rnd.uniform(0, 650)
        columns = rnd.randint(1, 5)
        widths = [rnd.choice([1.4 * cm, 3 * cm, 4.2 * cm]) for _ in range(columns)]
        header = [" ".join(rnd.choices(WORDS, k=rnd.randint(1, 2))) for _ in range(columns)]
        rows = [
            [
                cell(" ".join(rnd.choices(WORDS, k=rnd.randint(0, 14))), w) if rnd.random() < 0.85 else ""
                for w in widths
            ]
            for _ in range(rnd.choice([0, 1, 3, 40, 90]))
        ]
        statuses = {
            column: [rnd.choice(STATUSES) for _ in rows] for column in range(columns) if rnd.random() < 0.4
        }
        caption = " ".join(rnd.choices(WORDS, k=rnd.randint(1, 6))) if rnd.random() < 0.5 else None
        new = tables.data_table(header, rows, widths, status_columns=statuses, caption=caption)
        assert all(isinstance(table, PlainTable) for table in new)
        made += [Spacer(1, gap), CondPageBreak(2 * cm), *new]
        reference += [Spacer(1, gap), CondPageBreak(2 * cm)]
        reference += _table_as_reportlab_draws_it(header, rows, widths, statuses, caption)
    assert _pdf(made) == _pdf(reference)


def test_tables_with_their_own_commands_stay_reportlab_tables() -> None:
    made = tables.data_table(
        ["A", "B"], [["x", 1]], [3 * cm, 3 * cm], extra=[("ALIGN", (1, 0), (-1, -1), "RIGHT")]
    )
    assert [type(table) for table in made] == [ReportTable]
