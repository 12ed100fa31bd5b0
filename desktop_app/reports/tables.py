"""The reports' data tables: a repeated header row, zebra rows, status cells in colour and word, and
long tables laid out in parts, with rows taller than a page continued below.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    Table,
    TableStyle,
)
from reportlab.platypus.tables import CellStyle

from database.enums import StatusColour
from desktop_app.reports.cells import CELL_PADDING, CellMaker
from desktop_app.reports.table_drawing import PlainTable, ReportTable, Run
from desktop_app.reports.theme import (
    ACCENT,
    FONT,
    FONT_BOLD,
    HEAD_FILL,
    INK,
    MUTED,
    RULE,
    STATUS_LOOKS,
    ZEBRA,
)

_HEAD_STYLE = ParagraphStyle("head", fontName=FONT_BOLD, fontSize=8, leading=10.2, textColor=INK)


CHUNK_ROWS = 300
"""Long tables are laid out as consecutive tables of this many rows.

ReportLab re-measures the rest of a table at every page break, so one table of
thousands of rows costs time in proportion to the square of its length.
"""


def data_table(
    header: Sequence[str],
    rows: list[list[Any]],
    widths: Sequence[float],
    *,
    status_columns: dict[int, Sequence[StatusColour | None]] | None = None,
    extra: Sequence[tuple] = (),
    caption: str | None = None,
) -> list[Flowable]:
    """Tables with a repeated header row, light zebra rows and status cells in colour and word.

    ``extra`` style commands must not name rows by position when ``rows`` is
    longer than ``CHUNK_ROWS``. A ``caption`` (what the table is about) is a first row across the
    table, repeated with the header on every page the table continues on; not with ``extra``.
    """
    head_cell = CellMaker(_HEAD_STYLE, hyphenate=False)
    heads = [head_cell(label, width) for label, width in zip(header, widths, strict=True)]
    if caption is not None:
        assert not extra, "a caption row moves the rows that extra commands name"
        caption = CellMaker(_HEAD_STYLE)(caption, sum(widths))
    rows, status_columns = _split_tall_rows(rows, status_columns or {})
    tables: list[Flowable] = []
    for offset in range(0, max(len(rows), 1), CHUNK_ROWS):
        part = rows[offset : offset + CHUNK_ROWS]
        statuses = {
            column: values[offset : offset + CHUNK_ROWS] for column, values in (status_columns or {}).items()
        }
        tables.append(_table(heads, part, widths, statuses, extra, caption))
    return tables


MAX_ROW_LINES = 45
"""A row of more lines continues in the rows below it, so that a cell taller than a page (a cause
of 100,000 characters) runs on over as many pages as it needs; a table row never splits itself."""


def _split_tall_rows(
    rows: list[list[Any]], status_columns: dict[int, Sequence[StatusColour | None]]
) -> tuple[list[list[Any]], dict[int, Sequence[StatusColour | None]]]:
    if all(not isinstance(value, str) or value.count("\n") < MAX_ROW_LINES for row in rows for value in row):
        return rows, status_columns
    result: list[list[Any]] = []
    origin: list[int] = []
    for index, row in enumerate(rows):
        parts = [value.split("\n") if isinstance(value, str) else None for value in row]
        count = max((len(p) for p in parts if p is not None), default=1)
        for start in range(0, max(count, 1), MAX_ROW_LINES):
            result.append(
                [
                    "\n".join(p[start : start + MAX_ROW_LINES])
                    if p is not None
                    else (v if start == 0 else "")
                    for p, v in zip(parts, row, strict=True)
                ]
            )
            origin.append(index)
    statuses = {column: [values[i] for i in origin] for column, values in status_columns.items()}
    return result, statuses


def _cell_style(name: str, font: str) -> CellStyle:
    style = CellStyle(name)
    style.fontname, style.fontsize, style.leading = font, 8, 10.2
    style.color = INK
    style.valign = "TOP"
    style.leftPadding = style.rightPadding = CELL_PADDING
    style.topPadding, style.bottomPadding = 3, 4
    return style


_BODY_CELL = _cell_style("body", FONT)
_HEAD_CELL = _cell_style("head", FONT_BOLD)
_CELL_COMMANDS: list[tuple] = [
    ("FONT", (0, 0), (-1, -1), FONT, 8, 10.2),
    ("TEXTCOLOR", (0, 0), (-1, -1), INK),
    ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8, 10.2),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
]
"""What ``_BODY_CELL`` and ``_HEAD_CELL`` hold, as commands for a table whose cells differ."""


def _row_height(row: Sequence[Any]) -> float | None:
    """The height ReportLab gives a row of plain cells in ``_BODY_CELL``'s style, worked out from the
    line breaks already made rather than by the table splitting every cell again at each page;
    ``None`` (ReportLab measures it) when a cell holds a Paragraph."""
    lines = 1
    for value in row:
        if isinstance(value, str):
            lines = max(lines, value.count("\n") + 1)
        elif not isinstance(value, int | float):
            return None
    return _BODY_CELL.leading * lines + (_BODY_CELL.bottomPadding + _BODY_CELL.topPadding)


def _table(
    heads: list[Any],
    rows: list[list[Any]],
    widths: Sequence[float],
    status_columns: dict[int, Sequence[StatusColour | None]],
    extra: Sequence[tuple],
    caption: str | None = None,
) -> Flowable:
    top = 1 if caption is None else 2  # the rows repeated on every page: the caption and the header
    head = top - 1
    runs: list[Run] = []
    for column, statuses in status_columns.items():
        # One fill per run of equal statuses: a split table copies every command onto each page.
        start = 0
        for row in range(1, len(statuses) + 1):
            if row == len(statuses) or statuses[row] != statuses[start]:
                runs.append((column, start + top, row + top - 1, STATUS_LOOKS[statuses[start]].fill))
                start = row
    cells = [heads, *rows] if caption is None else [[caption] + [""] * (len(widths) - 1), heads, *rows]
    if not extra and all(type(value) is str for row in cells for value in row):
        # Plain text in the shared styles: the table the commands below make, laid out and drawn
        # without Table's general machinery.
        return PlainTable(
            cells,
            list(widths),
            [_row_height(row) or 0.0 for row in cells],
            top,
            runs,
            (_HEAD_CELL, _BODY_CELL),
            ((0.8, ACCENT), (0.25, RULE), (0.8, RULE)),
            (HEAD_FILL, ZEBRA),
            caption=caption is not None,
        )
    commands: list[tuple] = [
        ("BACKGROUND", (0, head), (-1, head), HEAD_FILL),
        ("LINEBELOW", (0, head), (-1, head), 0.8, ACCENT),
        ("LINEBELOW", (0, top), (-1, -1), 0.25, RULE),
        # White rows are left unpainted: the page is white already.
        ("ROWBACKGROUNDS", (0, top), (-1, -1), [None, ZEBRA]),
    ]
    if caption is not None:
        commands += [("SPAN", (0, 0), (-1, 0)), ("LINEABOVE", (0, 0), (-1, 0), 0.8, RULE)]
    commands += [("BACKGROUND", (column, first), (column, last), fill) for column, first, last, fill in runs]
    heights = None
    if extra:
        # Commands for some cells only: every cell gets a style of its own.
        cell_styles = None
        commands[:0] = _CELL_COMMANDS
        commands.extend(extra)
    else:
        # Every body cell looks the same, so they share one style rather than ReportLab making
        # one per cell and applying eight commands to each of them.
        columns = len(widths)
        cell_styles = [[_HEAD_CELL] * columns] * top + [[_BODY_CELL] * columns for _row in rows]
        heights = [_row_height(row) for row in cells]
    table = ReportTable(
        cells,
        colWidths=list(widths),
        rowHeights=heights,
        repeatRows=top,
        hAlign="LEFT",
        cellStyles=cell_styles,
    )
    table.setStyle(TableStyle(commands))
    return table


def captioned_note(caption: str, note: str, width: float) -> Table:
    """A table's caption over a sentence in place of its rows ("no activities here"), so that an
    empty part of a list of captioned tables looks like its neighbours."""
    table = ReportTable(
        [[CellMaker(_HEAD_STYLE)(caption, width)], [CellMaker(_NOTE_STYLE)(note, width)]],
        colWidths=[width],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                *_CELL_COMMANDS,
                ("TEXTCOLOR", (0, 1), (0, 1), MUTED),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, RULE),
                ("LINEBELOW", (0, 1), (-1, 1), 0.25, RULE),
            ]
        )
    )
    return table


_NOTE_STYLE = ParagraphStyle("note", fontName=FONT, fontSize=8, leading=10.2, textColor=MUTED)
