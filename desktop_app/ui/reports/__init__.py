"""The report dialogs and the menu entries that open them.

The dialogs, and ReportLab behind them, are loaded when a report is first asked for, not at start-up.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from desktop_app.ui.context import AppContext

__all__ = ["ReportDialog", "StoredReportsDialog", "add_report_actions"]


def __getattr__(name: str) -> Any:
    if name == "ReportDialog":
        from desktop_app.ui.reports.dialog import ReportDialog

        return ReportDialog
    if name == "StoredReportsDialog":
        from desktop_app.ui.reports.stored import StoredReportsDialog

        return StoredReportsDialog
    raise AttributeError(name)


def _open_report(context: AppContext, parent: QWidget, kind: str) -> None:
    from desktop_app.ui.reports.dialog import ReportDialog

    ReportDialog(context, parent, kind=kind).exec()


def _open_stored(context: AppContext, parent: QWidget) -> None:
    from desktop_app.ui.reports.stored import StoredReportsDialog

    StoredReportsDialog(context, parent).exec()


def add_report_actions(menu: QMenu, context: AppContext, parent: QWidget) -> None:
    """Add "Styrgruppsrapport…", "Årlig sammanställning…" and "Sparade rapporter…" to ``menu``."""
    steering = menu.addAction(QCoreApplication.translate("ReportActions", "&Steering-group report…"))
    steering.setShortcut(QKeySequence("Ctrl+P"))
    steering.setObjectName("reportSteeringAction")
    steering.triggered.connect(lambda: _open_report(context, parent, "steering"))
    annual = menu.addAction(QCoreApplication.translate("ReportActions", "&Annual summary…"))
    annual.setShortcut(QKeySequence("Ctrl+Shift+P"))
    annual.setObjectName("reportAnnualAction")
    annual.triggered.connect(lambda: _open_report(context, parent, "annual"))
    stored = menu.addAction(QCoreApplication.translate("ReportActions", "S&tored reports…"))
    stored.setObjectName("reportStoredAction")
    stored.triggered.connect(lambda: _open_stored(context, parent))
