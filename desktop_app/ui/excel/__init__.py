"""Excel in the desktop client: export through a save dialog, import through a step-by-step dialog."""

from desktop_app.ui.excel.actions import add_excel_actions, export_to_excel
from desktop_app.ui.excel.import_dialog import ImportDialog

__all__ = ["ImportDialog", "add_excel_actions", "export_to_excel"]
