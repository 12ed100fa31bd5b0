"""The File menu's "Export to Excel…" and "Import from Excel…".

The Excel services (openpyxl) are imported when an action is used: loading
them at start-up would cost a fifth of a second of every start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from desktop_app.services.errors import PlanError
from desktop_app.ui import plain_text
from desktop_app.ui.context import AppContext
from desktop_app.ui.done_notice import announce


def add_excel_actions(menu: QMenu, context: AppContext, parent: QWidget) -> None:
    """Add "Export to Excel…" and "Import from Excel…" to ``menu`` (the File menu)."""
    export = QAction(QCoreApplication.translate("ExcelActions", "Export to E&xcel…"), menu)
    export.setObjectName("exportExcelAction")
    export.setStatusTip(
        QCoreApplication.translate(
            "ExcelActions", "Save the activity plan, its status history and a summary as an Excel workbook"
        )
    )
    export.triggered.connect(lambda: export_to_excel(context, parent))
    menu.addAction(export)

    import_ = QAction(QCoreApplication.translate("ExcelActions", "Import from Exce&l…"), menu)
    import_.setObjectName("importExcelAction")
    import_.setStatusTip(
        QCoreApplication.translate(
            "ExcelActions", "Read activities and status from an edited export or an office's own spreadsheet"
        )
    )
    import_.setEnabled(not context.read_only)
    import_.triggered.connect(lambda: open_import_dialog(context, parent))
    menu.addAction(import_)


def open_import_dialog(context: AppContext, parent: QWidget) -> None:
    from desktop_app.ui.excel.import_dialog import ImportDialog

    dialog = ImportDialog(context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.exec()


def export_to_excel(context: AppContext, parent: QWidget, path: Path | None = None) -> Path | None:
    """Export the plan to ``path``, or to a file the person chooses; returns the file written."""
    from PySide6.QtCore import QStandardPaths  # here: their types cost the window's start 1 ms
    from PySide6.QtWidgets import QFileDialog

    from desktop_app.services.excel import default_file_name, export_workbook

    if path is None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("ExcelActions", "Export to Excel"),
            str(Path(folder) / default_file_name()),
            QCoreApplication.translate("ExcelActions", "Excel workbook (*.xlsx)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
    try:
        summary = export_workbook(context.engine, path)
    except PlanError as error:
        plain_text.warn(parent, QCoreApplication.translate("ExcelActions", "Export to Excel"), str(error))
        return None
    message = QCoreApplication.translate(
        "ExcelActions", "The activity plan was exported to {file} ({activities} activities)."
    ).format(activities=summary.activities, file=summary.path)
    if announce(parent, message, summary.path.parent) is None:
        plain_text.inform(parent, QCoreApplication.translate("ExcelActions", "Export to Excel"), message)
    return summary.path
