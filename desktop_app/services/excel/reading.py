"""Reading a sheet of activities from a workbook someone sent: checks first, then plain rows.

The file is checked before openpyxl sees it, so that a password-protected
workbook, an old .xls file or something else entirely each get their own
message. Formulas are read as the values Excel saved with them; merged cells
give their value to every cell they cover.
"""

from __future__ import annotations

import re
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.services import file_access
from desktop_app.services.errors import PlanError
from desktop_app.services.excel.columns import REQUIRED, Column, recognise_headers
from desktop_app.services.excel.export import PLAN_SHEET
from desktop_app.services.excel.values import cell_text
from desktop_app.services.messages import _, in_language

MAX_ROWS = 10_000
HEADER_SEARCH_ROWS = 15
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")


class SpreadsheetError(PlanError):
    """The file cannot be read as a sheet of activities; the message says why and what to do."""


@dataclass(frozen=True)
class SheetRow:
    number: int
    """The row number as Excel shows it."""
    values: tuple[object, ...]


@dataclass
class Spreadsheet:
    """The activity sheet of a workbook: its header row, its rows and how its columns were recognised."""

    path: Path
    sheet: str
    sheet_names: list[str]
    header_row: int
    headers: list[str]
    mapping: dict[int, Column]
    rows: list[SheetRow]
    formula_problems: list[tuple[int, str]] = field(default_factory=list)
    """Formula cells without a saved value: (row number, message)."""
    exported_at: str | None = None
    """When the app exported this workbook (UTC, as stored), read from its identifier property."""

    @property
    def missing(self) -> list[Column]:
        """Required columns that no header names."""
        return [column for column in REQUIRED if column not in self.mapping.values()]

    @property
    def unrecognised(self) -> list[tuple[int, str]]:
        """Columns with a header that names no known column."""
        return [(i, h) for i, h in enumerate(self.headers) if h and i not in self.mapping]

    def column_label(self, index: int) -> str:
        """ "D (Aktivitet)": the letter Excel shows and the header."""
        letter = get_column_letter(index + 1)
        return f"{letter} ({self.headers[index]})" if self.headers[index] else letter

    def sample(self, index: int) -> str:
        """The first non-empty value of a column, to help a person map it."""
        for row in self.rows:
            if index < len(row.values) and (text := cell_text(row.values[index])):
                return text if len(text) <= 60 else text[:57] + "…"
        return ""


def check_file(path: Path) -> None:
    """Refuse what is not an .xlsx workbook, each with its own message."""
    problem = file_access.input_problem(path)
    if problem:
        raise SpreadsheetError(
            _("Det går inte att läsa {path}: {reason}.").format(path=file_access.shown(path), reason=problem)
        )
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
            if head.startswith(_OLE_MAGIC):
                handle.seek(0)
                encrypted = _ENCRYPTION_STREAM in handle.read()
    except OSError as error:
        raise SpreadsheetError(file_access.describe(path, error, writing=False)) from error
    if not head:
        raise SpreadsheetError(_("Filen {name} är tom.").format(name=path.name))
    if head.startswith(_OLE_MAGIC):
        if encrypted:
            raise SpreadsheetError(
                _(
                    "Arbetsboken {name} är lösenordsskyddad och kan inte läsas. Öppna den i "
                    "Excel, ta bort lösenordet (Arkiv → Info → Skydda arbetsbok) och spara "
                    "den, och försök sedan igen."
                ).format(name=path.name)
            )
        raise SpreadsheetError(
            _(
                "Filen {name} är i det gamla Excel-formatet (.xls). Öppna den i Excel "
                "och spara den som Excel-arbetsbok (.xlsx), och försök sedan igen."
            ).format(name=path.name)
        )
    if not head.startswith(_ZIP_MAGIC):
        raise SpreadsheetError(
            _("Filen {name} är ingen Excel-arbetsbok (.xlsx). Spara den som .xlsx och försök igen.").format(
                name=path.name
            )
        )


def read_spreadsheet(path: Path, sheet: str | None = None) -> Spreadsheet:
    """Read the activity sheet of ``path`` (``sheet``, or the best guess when ``None``).

    Raises ``SpreadsheetError`` for a file that is not a readable .xlsx workbook or an empty sheet.
    """
    check_file(path)
    workbook = _load(path, data_only=True)
    try:
        names = [worksheet.title for worksheet in workbook.worksheets]  # chart sheets hold no rows
        if not names:
            raise SpreadsheetError(
                _("Arbetsboken {name} har inga kalkylblad med rader att importera.").format(name=path.name)
            )
        worksheet = _choose_sheet(workbook, names, sheet)
        grid = _grid(worksheet)
        exported_at = _exported_at(workbook.properties.identifier)
    finally:
        workbook.close()
    header_index = _find_header(grid)
    if header_index is None:
        raise SpreadsheetError(
            _("Bladet ”{title}” i {name} är tomt: det finns inget att importera.").format(
                title=worksheet.title, name=path.name
            )
        )
    headers = [cell_text(v).replace("\n", " ") for v in grid[header_index]]
    rows = [
        SheetRow(number, tuple(values))
        for number, values in enumerate(grid[header_index + 1 :], start=header_index + 2)
        if any(cell_text(v) for v in values)
    ]
    if not rows:
        raise SpreadsheetError(
            _("Bladet ”{title}” i {name} har rubriker men inga aktiviteter under dem.").format(
                title=worksheet.title, name=path.name
            )
        )
    if len(rows) > MAX_ROWS:
        raise SpreadsheetError(
            _(
                "Bladet ”{title}” har {count} rader; högst {MAX_ROWS} aktiviteter kan "
                "importeras på en gång. Dela upp filen."
            ).format(title=worksheet.title, count=len(rows), MAX_ROWS=MAX_ROWS)
        )
    spreadsheet = Spreadsheet(
        path, worksheet.title, names, header_index + 1, headers, recognise_headers(headers), rows
    )
    spreadsheet.exported_at = exported_at
    if _has_formulas(path):
        spreadsheet.formula_problems = _formulas_without_values(path, worksheet.title, grid, header_index)
    return spreadsheet


_EXPORTED = re.compile(r"handlingsplan-export:(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6})")


def _exported_at(identifier: str | None) -> str | None:
    """The export time the app wrote into the workbook, or ``None`` for any other workbook."""
    match = _EXPORTED.fullmatch(identifier or "")
    return match.group(1) if match else None


def _load(path: Path, data_only: bool, read_only: bool = False) -> Workbook:
    try:
        # openpyxl warns about parts it does not keep (extensions, slicers); they do not matter here.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return load_workbook(path, read_only=read_only, data_only=data_only)
    except Exception as error:  # openpyxl raises many kinds of errors on a damaged file
        raise SpreadsheetError(
            _("Filen {name} kan inte läsas som en Excel-arbetsbok; den kan vara skadad ({error}).").format(
                name=path.name, error=error
            )
        ) from error


def _choose_sheet(workbook: Workbook, names: list[str], requested: str | None) -> Worksheet:
    if requested is not None:
        if requested not in names:
            raise SpreadsheetError(
                _("Arbetsboken har inget kalkylblad som heter ”{requested}”.").format(requested=requested)
            )
        return workbook[requested]
    for name in (PLAN_SHEET, in_language("en", PLAN_SHEET)):
        if name in names:
            return workbook[name]
    for worksheet in workbook.worksheets:
        for values in worksheet.iter_rows(max_row=HEADER_SEARCH_ROWS, values_only=True):
            if Column.TITLE in recognise_headers([cell_text(v) for v in values]).values():
                return worksheet
    return workbook.worksheets[0]


def _grid(worksheet: Worksheet) -> list[list[object]]:
    """The sheet's values, with each merged range's value copied into every cell it covers."""
    grid = [list(values) for values in worksheet.iter_rows(values_only=True)]
    for merged in worksheet.merged_cells.ranges:
        value = grid[merged.min_row - 1][merged.min_col - 1] if merged.min_row <= len(grid) else None
        for row in range(merged.min_row - 1, min(merged.max_row, len(grid))):
            for column in range(merged.min_col - 1, merged.max_col):
                if column < len(grid[row]):
                    grid[row][column] = value
    return grid


def _find_header(grid: list[list[object]]) -> int | None:
    """The row that names the most known columns among the first rows; else the first non-empty row."""
    best, best_count, first = None, 0, None
    for index, values in enumerate(grid[:HEADER_SEARCH_ROWS]):
        texts = [cell_text(v) for v in values]
        if first is None and any(texts):
            first = index
        count = len(recognise_headers(texts))
        if count > best_count:
            best, best_count = index, count
    return best if best is not None else first


def _has_formulas(path: Path) -> bool:
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                data = archive.read(name)
                if b"<f>" in data or b"<f " in data:
                    return True
    return False


def _formulas_without_values(
    path: Path, sheet: str, grid: list[list[object]], header_index: int
) -> list[tuple[int, str]]:
    """Formula cells for which the file holds no computed value (never opened and saved in Excel)."""
    workbook = _load(path, data_only=False, read_only=True)
    problems: list[tuple[int, str]] = []
    try:
        for row_index, values in enumerate(workbook[sheet].iter_rows(values_only=True)):
            if row_index <= header_index:
                continue
            for column_index, value in enumerate(values):
                if not (isinstance(value, str) and value.startswith("=")):
                    continue
                cached = grid[row_index][column_index] if column_index < len(grid[row_index]) else None
                if cached is None:
                    cell = f"{get_column_letter(column_index + 1)}{row_index + 1}"
                    problems.append(
                        (
                            row_index + 1,
                            _(
                                "cellen {cell} innehåller formeln {value} men inget beräknat värde. "
                                "Öppna filen i Excel och spara den igen, eller skriv in värdet i stället "
                                "för formeln."
                            ).format(cell=cell, value=value),
                        )
                    )
    finally:
        workbook.close()
    return problems
