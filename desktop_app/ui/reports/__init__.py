"""The report dialogs and the menu entries that open them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from desktop_app.ui.context import AppContext
from desktop_app.ui.reports.dialog import ANNUAL, STEERING, ReportDialog
from desktop_app.ui.reports.stored import StoredReportsDialog

__all__ = ["ReportDialog", "StoredReportsDialog", "add_report_actions"]


def add_report_actions(menu: QMenu, context: AppContext, parent: QWidget) -> None:
    """Add "Styrgruppsrapport…", "Årlig sammanställning…" and "Sparade rapporter…" to ``menu``."""
    steering = menu.addAction(QCoreApplication.translate("ReportActions", "Steering-group report…"))
    steering.setObjectName("reportSteeringAction")
    steering.triggered.connect(lambda: ReportDialog(context, parent, kind=STEERING).exec())
    annual = menu.addAction(QCoreApplication.translate("ReportActions", "Annual summary…"))
    annual.setObjectName("reportAnnualAction")
    annual.triggered.connect(lambda: ReportDialog(context, parent, kind=ANNUAL).exec())
    stored = menu.addAction(QCoreApplication.translate("ReportActions", "Stored reports…"))
    stored.setObjectName("reportStoredAction")
    stored.triggered.connect(lambda: StoredReportsDialog(context, parent).exec())
