"""The steering reports stored with their meetings, to open exactly what was presented."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import meeting_reports
from desktop_app.services.errors import PlanError
from desktop_app.ui.accessibility import set_name
from desktop_app.ui.context import AppContext
from desktop_app.ui.reports.dialog import Opener


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} kB"
    return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")


class StoredReportsDialog(QDialog):
    """Lists the stored reports (of one meeting, or of all); opening one shows the PDF as stored."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        meeting_id: str | None = None,
        opener: Opener | None = None,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._opener = opener or QDesktopServices.openUrl
        self._folder = folder or Path(tempfile.gettempdir()) / "Handlingsplan"
        self.setWindowTitle(self.tr("Stored reports"))
        self.resize(760, 380)

        self.list = QTreeWidget()
        set_name(self.list, self.tr("Stored reports"))
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setHeaderLabels(
            [self.tr("Meeting"), self.tr("File"), self.tr("Stored"), self.tr("By"), self.tr("Size")]
        )
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.itemActivated.connect(lambda _item, _column: self.open_selected())
        self.message = QLabel()
        self.message.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = buttons.addButton(self.tr("Open"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(self.open_selected)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Reports as they were presented to the steering group:")))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        for report in meeting_reports.stored_reports(context.engine, meeting_id):
            item = QTreeWidgetItem(
                [
                    report.meeting_date.isoformat(),
                    report.file_name,
                    report.stored_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                    report.stored_by,
                    _size(report.size),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, report.id)
            self.list.addTopLevelItem(item)
        for column in range(5):
            self.list.resizeColumnToContents(column)
        if self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        else:
            self.message.setText(self.tr("No report has been stored with a meeting yet."))
        self.open_button.setEnabled(self.list.topLevelItemCount() > 0)

    def open_selected(self) -> Path | None:
        """Write the stored PDF to a temporary file and open it in the system's viewer."""
        item = self.list.currentItem()
        if item is None:
            return None
        report_id = item.data(0, Qt.ItemDataRole.UserRole)
        try:
            pdf = meeting_reports.read_report(self.context.engine, report_id)
            self._folder.mkdir(parents=True, exist_ok=True)
            path = self._folder / Path(item.text(1)).name
            path.write_bytes(pdf)
        except (PlanError, OSError) as error:
            self.message.setText(str(error))
            return None
        self._opener(QUrl.fromLocalFile(str(path)))
        return path
