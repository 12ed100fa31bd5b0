"""The dated backups of the plan, and restoring one of them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from database.backup import ALWAYS_KEPT, KEEP_BACKUPS, MAX_BACKUP_BYTES
from desktop_app.services.sync.backups import BackupInfo, backups, restore_backup
from desktop_app.services.sync.errors import SyncError
from desktop_app.ui import plain_text
from desktop_app.ui.accessibility import set_name
from desktop_app.ui.context import AppContext


def _size_label(size: int) -> str:
    return f"{size / 1024:.0f} kB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"


class BackupsDialog(QDialog):
    """Lists the backups (date, reason, size); restores one after backing up the current plan."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Backups"))
        self.resize(620, 420)
        intro = QLabel(
            self.tr(
                "A backup is taken automatically before every import, program upgrade and restore. "
                "Restoring one first backs up the plan as it is now."
            )
        )
        intro.setWordWrap(True)
        self.policy = QLabel()
        self.policy.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        set_name(self.table, self.tr("Backups"))
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Reason"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_state)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.clicked.connect(self._restore)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.policy)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.backups: list[BackupInfo] = []
        self.reload()

    def reload(self) -> None:
        self.backups = backups(self.context.workspace)
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            cells = [
                backup.taken_at.strftime("%Y-%m-%d %H:%M"),
                backup.reason_label,
                _size_label(backup.size),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(0, self.table.columnWidth(0) + 24)
        self.policy.setText(
            self.tr(
                "Kept: the %1 newest, %2 in all at most; the %3 newest and those taken before the %3 "
                "latest imports are always kept. Now: %n backup(s), %4.",
                "",
                len(self.backups),
            )
            .replace("%1", str(KEEP_BACKUPS))
            .replace("%2", _size_label(MAX_BACKUP_BYTES))
            .replace("%3", str(ALWAYS_KEPT))
            .replace("%4", _size_label(sum(b.size for b in self.backups)))
        )
        if not self.backups:
            self.message.setText(self.tr("There are no backups yet."))
        self._update_state()

    def _update_state(self) -> None:
        self.restore_button.setEnabled(
            not self.context.read_only and bool(self.table.selectionModel().selectedRows())
        )

    def _restore(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        backup = self.backups[rows[0].row()]
        answer = plain_text.ask(
            self,
            self.tr("Restore backup"),
            self.tr(
                "Replace the plan with the backup from %1? The plan as it is now is backed up first."
            ).replace("%1", backup.taken_at.strftime("%Y-%m-%d %H:%M")),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            restore_backup(self.context.workspace, backup.path)
        except SyncError as error:
            self.message.setText(str(error))
            return
        self.context.undo_stack.clear()
        self.context.plan_changed.emit()
        self.message.setText(self.tr("The backup was restored."))
        self.reload()
