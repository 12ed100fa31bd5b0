"""An activity's status history as a table, newest first; nothing in it is ever edited."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from database.enums import StatusColour
from desktop_app.services.tree import CurrentStatus
from desktop_app.ui.accessibility import set_name
from desktop_app.ui.status_light import light_icon, status_label


class StatusHistory(QWidget):
    """The reports of one activity, or a line saying there are none yet.

    Comment, cause and recommended action share one wrapping column so the
    table stays readable in a narrow pane.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 4)
        set_name(self.table, self.tr("Status history"), self.tr("Every status report, newest first"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Status"), self.tr("Comment, cause and action"), self.tr("Reported by")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setMinimumHeight(150)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.empty = QLabel(self.tr("No status has been reported yet."))
        self.empty.setStyleSheet("color: #5b6470;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)

    def describe(self, report: CurrentStatus) -> str:
        """Comment, cause and recommended action, one to a line."""
        lines = [report.comment] if report.comment else []
        if report.cause:
            lines.append(self.tr("Cause: %1").replace("%1", report.cause))
        if report.recommended_action:
            lines.append(self.tr("Recommended action: %1").replace("%1", report.recommended_action))
        return "\n".join(lines)

    def show_reports(self, reports: list[CurrentStatus]) -> None:
        """Show ``reports`` in the order given (the service gives them newest first)."""
        self.table.setRowCount(len(reports))
        for row, report in enumerate(reports):
            status = StatusColour(report.status)
            cells = [
                QTableWidgetItem(report.reported_on.isoformat()),
                QTableWidgetItem(light_icon(status), status_label(status)),
                QTableWidgetItem(self.describe(report)),
                QTableWidgetItem(report.reported_by),
            ]
            for column, item in enumerate(cells):
                item.setToolTip(item.text())
                if column != 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(reports))
        self.empty.setVisible(not reports)
        self.table.resizeRowsToContents()
        QTimer.singleShot(0, self.table.resizeRowsToContents)  # again once the columns have their widths

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.table.resizeRowsToContents()
