"""The activity plan as an Excel workbook: export, and import of an edited or an office's own sheet.

No Qt here; the desktop client and the command line both use these functions.
"""

from desktop_app.services.excel.apply import ImportResult, apply_import
from desktop_app.services.excel.columns import COLUMNS, REQUIRED, Column, header_of, recognise
from desktop_app.services.excel.export import ExportSummary, default_file_name, export_workbook
from desktop_app.services.excel.importer import build_preview
from desktop_app.services.excel.preview import ImportPreview, Problem
from desktop_app.services.excel.reading import Spreadsheet, SpreadsheetError, read_spreadsheet

__all__ = [
    "COLUMNS",
    "REQUIRED",
    "Column",
    "ExportSummary",
    "ImportPreview",
    "ImportResult",
    "Problem",
    "Spreadsheet",
    "SpreadsheetError",
    "apply_import",
    "build_preview",
    "default_file_name",
    "export_workbook",
    "header_of",
    "read_spreadsheet",
    "recognise",
]
