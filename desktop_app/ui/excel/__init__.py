"""Excel in the desktop client: export through a save dialog, import through a step-by-step dialog.

The import dialog and the Excel services (openpyxl) are loaded when first used, not at start-up.
"""

from __future__ import annotations

from typing import Any

from desktop_app.ui.excel.actions import add_excel_actions, export_to_excel

__all__ = ["ImportDialog", "add_excel_actions", "export_to_excel"]


def __getattr__(name: str) -> Any:
    if name == "ImportDialog":
        from desktop_app.ui.excel.import_dialog import ImportDialog

        return ImportDialog
    raise AttributeError(name)
