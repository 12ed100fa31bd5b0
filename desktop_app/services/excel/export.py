"""Export of the activity plan to an Excel workbook.

Three sheets: "Aktivitetsplan" (one row per activity, the sheet that can be
edited and imported again), "Statushistorik" (every status report) and
"Sammanfattning" (counts per focus area and status). Start and end are
written as text, "2024-03" or "Löpande", since the plan keeps months, not days.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from database.enums import StatusColour
from database.models import StatusReport, utc_now
from desktop_app.services import file_access
from desktop_app.services.errors import PlanError
from desktop_app.services.excel.columns import EXPORT_COLUMNS, SPECS, Column, header_of
from desktop_app.services.excel.values import as_in_sheet
from desktop_app.services.file_modes import give_normal_permissions
from desktop_app.services.labels import LIFECYCLE_LABELS, ONGOING_LABEL, STATUS_LABELS
from desktop_app.services.leftovers import unfinished_file
from desktop_app.services.messages import N_, _
from desktop_app.services.plan_info import read_plan_info
from desktop_app.services.tree import ActivityNode, PlanTree, read_tree

PLAN_SHEET = N_("Aktivitetsplan")
HISTORY_SHEET = N_("Statushistorik")
SUMMARY_SHEET = N_("Sammanfattning")
DATE_FORMAT = "yyyy-mm-dd"

# Fill and text colour per status, Excel's own "good / neutral / bad" tones: readable in print too.
STATUS_STYLES: dict[StatusColour | None, tuple[str, str]] = {
    StatusColour.GREEN: ("C6EFCE", "006100"),
    StatusColour.YELLOW: ("FFEB9C", "9C5700"),
    StatusColour.RED: ("FFC7CE", "9C0006"),
    None: ("EDEDED", "595959"),
}
HEADER_FILL = PatternFill("solid", start_color="1F4E79", end_color="1F4E79")
HEADER_FONT = Font(bold=True, color="FFFFFF")
THIN = Side(style="thin", color="BFBFBF")
WRAPPED = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
_WRAPPED_COLUMNS = {
    Column.FOCUS_AREA,
    Column.INITIATIVE,
    Column.TITLE,
    Column.PARTICIPATING_OFFICES,
    Column.COMMENT,
    Column.CAUSE,
    Column.RECOMMENDED_ACTION,
}


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    activities: int
    status_reports: int
    shortened: int = 0
    """Texts a cell cannot hold as they are (control characters, over 32,767 characters)."""


def default_file_name(today: date | None = None) -> str:
    """ "Aktivitetsplan 2026-11-26.xlsx"."""
    return f"{_(PLAN_SHEET)} {(today or date.today()).isoformat()}.xlsx"


def status_fill(status: StatusColour | None) -> PatternFill:
    colour = STATUS_STYLES[status][0]
    return PatternFill("solid", start_color=colour, end_color=colour)


EXPORT_MARK = "handlingsplan-export:"
"""Starts the workbook's identifier property, followed by the export time (UTC, as stored)."""


def export_workbook(engine: Engine, path: Path, today: date | None = None) -> ExportSummary:
    """Write the live plan to ``path`` atomically (a temporary file, then a rename).

    Raises ``PlanError`` when the file cannot be written; an existing file is then unchanged.
    """
    tree = read_tree(engine)
    reports = _status_history(engine)
    info = read_plan_info(engine)
    workbook = build_workbook(tree, reports, today or date.today(), info.facts() if info else ())
    # The plan as of now: an import of this workbook knows which rows later edits made older.
    workbook.properties.identifier = EXPORT_MARK + utc_now().strftime("%Y-%m-%d %H:%M:%S.%f")
    _save_atomically(workbook, path)
    texts = [t for a in tree.activities() for t in (a.title, a.description, a.owner)]
    texts += [t for rs in reports.values() for r in rs for t in (r.comment, r.cause, r.recommended_action)]
    shortened = sum(1 for text in texts if text and as_in_sheet(text) != text)
    return ExportSummary(path, len(tree.activities()), sum(len(r) for r in reports.values()), shortened)


def build_workbook(
    tree: PlanTree,
    reports: dict[str, list[StatusReport]],
    today: date,
    plan_facts: Sequence[tuple[str, str]] = (),
) -> Workbook:
    workbook = Workbook()
    workbook.properties.title = f"{_(PLAN_SHEET)} – {tree.plan_name or tree.strategy_name}"
    workbook.properties.creator = "Handlingsplan"
    _write_plan_sheet(workbook.active, tree)
    _write_history_sheet(workbook.create_sheet(_(HISTORY_SHEET)), tree, reports)
    _write_summary_sheet(workbook.create_sheet(_(SUMMARY_SHEET)), tree, today, plan_facts)
    return workbook


def _status_history(engine: Engine) -> dict[str, list[StatusReport]]:
    """Live status reports per activity, newest first."""
    history: dict[str, list[StatusReport]] = {}
    with Session(engine) as session:
        rows = session.exec(
            select(StatusReport)
            .where(col(StatusReport.deleted_at).is_(None))
            .order_by(
                col(StatusReport.reported_on).desc(),
                col(StatusReport.created_at).desc(),
                col(StatusReport.id).desc(),
            )
        )
        for report in rows:
            history.setdefault(report.activity_id, []).append(report)
    return history


def _save_atomically(workbook: Workbook, path: Path) -> None:
    """Save into a temporary file beside ``path``, fsync it, and rename it into place."""
    file_access.check_output(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        # Built in memory first: openpyxl leaves its zip file open when a write fails, and the
        # zip file's finaliser then fails again on a full disk, outside any error handling.
        content = io.BytesIO()
        workbook.save(content)
        with unfinished_file(folder, prefix=".handlingsplan-", suffix=".xlsx") as temporary:
            with temporary.open("wb") as handle:
                handle.write(content.getbuffer())
                handle.flush()
                os.fsync(handle.fileno())
            give_normal_permissions(temporary)
            os.replace(temporary, path)
        file_access.fsync_folder(folder)
    except PermissionError as error:
        raise PlanError(
            _(
                "Det går inte att skriva {path}: {reason}. Stäng filen om den är öppen i Excel, "
                "eller välj en annan plats."
            ).format(path=file_access.shown(path), reason=file_access.reason(error))
        ) from error
    except OSError as error:
        raise file_access.failure(path, error, writing=True) from error


def _text(value: str | None) -> str | None:
    """Text safe for a cell: no control characters Excel refuses, ``None`` for empty."""
    if not value:
        return None
    return as_in_sheet(value)


def _set(sheet: Worksheet, row: int, column: int, value: object) -> Cell:
    cell = sheet.cell(row=row, column=column, value=value)
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"  # text that happens to start with "=", never a formula
    return cell


_HIDDEN_HEADERS = frozenset({"UUID", "Aktivitetens UUID"})


def _header(sheet: Worksheet, headers: list[str], widths: list[float]) -> None:
    for index, (title, width) in enumerate(zip(headers, widths, strict=True), start=1):
        cell = sheet.cell(row=1, column=index, value=title)
        cell.fill = HEADER_FILL
        cell.font = HEADER_FONT
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        cell.border = Border(bottom=THIN)
        sheet.column_dimensions[get_column_letter(index)].width = width
        # Kept for matching rows on import, not for reading: hidden, and shown again with Excel's Unhide.
        sheet.column_dimensions[get_column_letter(index)].hidden = title in _HIDDEN_HEADERS
    sheet.row_dimensions[1].height = 30
    sheet.freeze_panes = "A2"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _finish_table(sheet: Worksheet, columns: int, rows: int) -> None:
    sheet.auto_filter.ref = f"A1:{get_column_letter(columns)}{max(rows, 1) + 1}"


def _style_status(cell: Cell, status: StatusColour | None) -> None:
    _fill, text = STATUS_STYLES[status]
    cell.fill = status_fill(status)
    cell.font = Font(bold=status is not None, italic=status is None, color=text)
    cell.alignment = TOP


def _add_status_rules(sheet: Worksheet, cell_range: str) -> None:
    """Recolour a status cell when someone types another word into it."""
    for status, (fill, text) in STATUS_STYLES.items():
        sheet.conditional_formatting.add(
            cell_range,
            CellIsRule(
                operator="equal",
                formula=[f'"{STATUS_LABELS[status]}"'],
                fill=PatternFill("solid", start_color=fill, end_color=fill),
                font=Font(color=text, bold=status is not None),
            ),
        )


def _activity_values(area_title: str, initiative_title: str, activity: ActivityNode) -> dict[Column, object]:
    current = activity.current
    return {
        Column.CODE: activity.code,
        Column.FOCUS_AREA: area_title,
        Column.INITIATIVE: initiative_title,
        Column.TITLE: activity.title,
        Column.RESPONSIBLE_OFFICE: activity.responsible_office,
        Column.OWNER: activity.owner,
        Column.PARTICIPATING_OFFICES: ", ".join(activity.participating_offices),
        Column.START: activity.start_month,
        Column.END: _(ONGOING_LABEL) if activity.ongoing else activity.end_month,
        Column.LIFECYCLE: LIFECYCLE_LABELS[activity.lifecycle],
        Column.STATUS: STATUS_LABELS[activity.status],
        Column.COMMENT: current.comment if current else None,
        Column.CAUSE: current.cause if current else None,
        Column.RECOMMENDED_ACTION: current.recommended_action if current else None,
        Column.REPORTED_ON: current.reported_on if current else None,
        Column.UUID: activity.id,
    }


def _write_plan_sheet(sheet: Worksheet, tree: PlanTree) -> None:
    sheet.title = _(PLAN_SHEET)
    _header(sheet, [header_of(c) for c in EXPORT_COLUMNS], [SPECS[c].width for c in EXPORT_COLUMNS])
    status_index = EXPORT_COLUMNS.index(Column.STATUS) + 1
    row = 1
    for area in tree.focus_areas:
        for initiative in area.initiatives:
            for activity in initiative.activities:
                row += 1
                values = _activity_values(area.title, initiative.title, activity)
                for index, column in enumerate(EXPORT_COLUMNS, start=1):
                    value = values[column]
                    cell = _set(sheet, row, index, _text(value) if isinstance(value, str) else value)
                    cell.alignment = WRAPPED if column in _WRAPPED_COLUMNS else TOP
                    if column is Column.REPORTED_ON:
                        cell.number_format = DATE_FORMAT
                _style_status(sheet.cell(row=row, column=status_index), activity.status)
    _finish_table(sheet, len(EXPORT_COLUMNS), row - 1)
    letter = get_column_letter(status_index)
    _add_status_rules(sheet, f"{letter}2:{letter}{max(row, 2)}")
    _add_choice_list(sheet, list(STATUS_LABELS.values()), f"{letter}2:{letter}{max(row, 2) + 500}")
    lifecycle_letter = get_column_letter(EXPORT_COLUMNS.index(Column.LIFECYCLE) + 1)
    _add_choice_list(
        sheet, list(LIFECYCLE_LABELS.values()), f"{lifecycle_letter}2:{lifecycle_letter}{max(row, 2) + 500}"
    )


def _add_choice_list(sheet: Worksheet, words: list[str], cell_range: str) -> None:
    validation = DataValidation(type="list", formula1=f'"{",".join(words)}"', allow_blank=True)
    # A warning, not a stop: the import also reads other spellings (green, GUL …).
    validation.showErrorMessage = True
    validation.errorStyle = "warning"
    validation.error = _("Välj något av: {items}.").format(items=", ".join(words))
    validation.errorTitle = _("Okänt värde")
    validation.add(cell_range)
    sheet.add_data_validation(validation)


HISTORY_HEADERS = (
    (N_("Kod"), 9),
    (N_("Aktivitet"), 45),
    (N_("Datum"), 12),
    (N_("Status"), 15),
    (N_("Kommentar"), 40),
    (N_("Orsak"), 30),
    (N_("Rekommenderad åtgärd"), 30),
    (N_("Rapporterad av"), 18),
    (N_("Åtgärd överenskommen av"), 22),
    (N_("Överenskommen den"), 14),
    (N_("Aktivitetens UUID"), 38),
)


def _write_history_sheet(sheet: Worksheet, tree: PlanTree, reports: dict[str, list[StatusReport]]) -> None:
    _header(sheet, [_(h) for h, _w in HISTORY_HEADERS], [w for _h, w in HISTORY_HEADERS])
    row = 1
    for activity in tree.activities():
        for report in reports.get(activity.id, []):
            row += 1
            status = StatusColour(report.status)
            values = (
                activity.code,
                activity.title,
                report.reported_on,
                STATUS_LABELS[status],
                report.comment,
                report.cause,
                report.recommended_action,
                report.reported_by,
                report.action_agreed_by,
                report.action_agreed_on,
                activity.id,
            )
            for index, value in enumerate(values, start=1):
                cell = _set(sheet, row, index, _text(value) if isinstance(value, str) else value)
                cell.alignment = WRAPPED if index in (2, 5, 6, 7) else TOP
                if isinstance(value, date):
                    cell.number_format = DATE_FORMAT
            _style_status(sheet.cell(row=row, column=4), status)
    _finish_table(sheet, len(HISTORY_HEADERS), row - 1)


def _write_summary_sheet(
    sheet: Worksheet, tree: PlanTree, today: date, plan_facts: Sequence[tuple[str, str]] = ()
) -> None:
    sheet["A1"] = tree.plan_name or tree.strategy_name or _(PLAN_SHEET)
    sheet["A1"].font = Font(bold=True, size=14, color="1F4E79")
    sheet["A2"] = _("Aktiviteter per fokusområde och status, exporterad {today}").format(
        today=today.isoformat()
    )
    sheet["A2"].font = Font(italic=True, color="595959")
    if plan_facts:  # the plan's facts from "Om planen", on the line above the table
        sheet["A3"] = _text(" · ".join(f"{label}: {value}" for label, value in plan_facts))
        sheet["A3"].font = Font(color="595959")
    statuses: list[StatusColour | None] = [StatusColour.GREEN, StatusColour.YELLOW, StatusColour.RED, None]
    headers = [_("Kod"), _("Fokusområde"), _("Aktiviteter"), *(STATUS_LABELS[s] for s in statuses)]
    for index, (title, width) in enumerate(zip(headers, (8, 60, 13, 11, 11, 11, 16), strict=True), start=1):
        cell = sheet.cell(row=4, column=index, value=title)
        sheet.column_dimensions[get_column_letter(index)].width = width
        if index > 3:
            _style_status(cell, statuses[index - 4])
            cell.font = Font(bold=True, color=STATUS_STYLES[statuses[index - 4]][1])
        else:
            cell.fill = HEADER_FILL
            cell.font = HEADER_FONT
        cell.alignment = Alignment(horizontal="center" if index > 2 else "left", vertical="center")
    row = 4
    totals = [0, 0, 0, 0, 0]
    for area in tree.focus_areas:
        row += 1
        counts = area.roll_up()
        numbers = [counts.total, counts.green, counts.yellow, counts.red, counts.not_reported]
        totals = [a + b for a, b in zip(totals, numbers, strict=True)]
        for index, value in enumerate([area.code, area.title, *numbers], start=1):
            cell = sheet.cell(row=row, column=index, value=value)
            cell.alignment = WRAPPED if index == 2 else Alignment(horizontal="center", vertical="top")
            cell.border = Border(bottom=THIN)
    row += 1
    for index, value in enumerate([None, _("Totalt"), *totals], start=1):
        cell = sheet.cell(row=row, column=index, value=value)
        cell.font = Font(bold=True)
        cell.border = Border(top=Side(style="medium", color="1F4E79"))
        cell.alignment = Alignment(horizontal="center" if index > 2 else "left")
    sheet.freeze_panes = "A5"
