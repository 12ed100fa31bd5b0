"""The import preview: what a plan file would change, grouped by focus area, with a choice per conflict."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.sync.errors import PlanChangedError, SyncError
from desktop_app.services.sync.importer import ImportPlan, ImportResult, apply_import, discard_import
from desktop_app.services.sync.merge import ChangeKind, Choice, RecordChange
from desktop_app.services.sync.summary import follow_up_lines, source_line
from desktop_app.ui.accessibility import set_name
from desktop_app.ui.context import AppContext

_KIND_COLOURS = {
    ChangeKind.ADDED: "#176b34",
    ChangeKind.CHANGED: "#1f4e8c",
    ChangeKind.DELETED: "#8a5a00",
    ChangeKind.RESTORED: "#1f4e8c",
    ChangeKind.CONFLICT: "#b3261e",
}


class ImportPreviewDialog(QDialog):
    """Shows an ``ImportPlan`` before anything is written and applies it all or nothing."""

    COLUMNS = 4

    def __init__(
        self, context: AppContext, plan: ImportPlan, parent: QWidget | None = None, *, remade: bool = False
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.plan = plan
        self.result: ImportResult | None = None
        self.plan_changed = False
        """Set when applying found the plan changed since this preview: it must be made again."""
        self.choosers: dict[tuple[str, str], QComboBox] = {}
        self.setWindowTitle(self.tr("Import plan file"))
        self.resize(980, 620)

        kinds = {
            ChangeKind.ADDED: self.tr("New"),
            ChangeKind.CHANGED: self.tr("Changed"),
            ChangeKind.DELETED: self.tr("Deleted"),
            ChangeKind.RESTORED: self.tr("Restored"),
            ChangeKind.CONFLICT: self.tr("Conflict"),
        }
        self.kind_labels = kinds
        preview = plan.preview

        title = QLabel(source_line(plan))
        title.setWordWrap(True)
        bold = title.font()
        bold.setBold(True)
        title.setFont(bold)
        counts = QLabel(
            self.tr("%n new, ", "", preview.count(ChangeKind.ADDED))
            + self.tr("%n changed, ", "", preview.count(ChangeKind.CHANGED))
            + self.tr(
                "%n deleted, ", "", preview.count(ChangeKind.DELETED) + preview.count(ChangeKind.RESTORED)
            )
            + self.tr("%n conflicts", "", len(preview.conflicts))
        )
        self.counts = counts
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(counts)
        if preview.out_of_scope:
            warning = QLabel(
                self.tr(
                    "The file was exported for the focus area %1 only, but %n change(s) lie outside it "
                    "(marked ⚠). Check them before applying.",
                    "",
                    len(preview.out_of_scope),
                ).replace("%1", plan.info.scope_title)
            )
            warning.setWordWrap(True)
            warning.setStyleSheet("QLabel { background: #fff4ce; padding: 6px; border-radius: 4px; }")
            layout.addWidget(warning)
        if plan.follow_up:
            marked = QLabel("\n".join(follow_up_lines(plan)))
            marked.setObjectName("followUpLines")
            marked.setWordWrap(True)
            marked.setTextFormat(Qt.TextFormat.PlainText)
            marked.setStyleSheet("QLabel { background: #fff4ce; padding: 6px; border-radius: 4px; }")
            layout.addWidget(marked)
        if plan.from_self:
            layout.addWidget(QLabel(self.tr("This file was exported from this installation.")))
        if remade:
            changed = QLabel(
                self.tr(
                    "Your plan changed while the previous preview was open, so nothing was imported. "
                    "This preview is worked out again from the plan as it is now: check it and choose again."
                )
            )
            changed.setWordWrap(True)
            changed.setStyleSheet("QLabel { background: #fff4ce; padding: 6px; border-radius: 4px; }")
            layout.addWidget(changed)

        self.tree = QTreeWidget()
        set_name(self.tree, self.tr("Changes in the file"))
        self.tree.setColumnCount(self.COLUMNS)
        self.tree.setHeaderLabels(
            [self.tr("Change"), self.tr("Mine"), self.tr("Theirs (the file)"), self.tr("Keep")]
        )
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(False)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 420)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(3, 120)
        header.setStretchLastSection(False)
        layout.addWidget(self.tree, 1)
        if preview.is_empty or not preview.changes:
            self.tree.hide()
            empty = QLabel(self.tr("The file holds nothing that your plan does not already have."))
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(empty, 1)
        self._fill()

        choices = QHBoxLayout()
        self.all_mine = QPushButton(self.tr("Mine for all"))
        self.all_theirs = QPushButton(self.tr("Theirs for all"))
        self.all_mine.clicked.connect(lambda: self._choose_all(Choice.MINE))
        self.all_theirs.clicked.connect(lambda: self._choose_all(Choice.THEIRS))
        self.undecided = QLabel()
        for button in (self.all_mine, self.all_theirs):
            button.setVisible(bool(preview.conflicts))
            choices.addWidget(button)
        choices.addWidget(self.undecided, 1)
        layout.addLayout(choices)

        note = QLabel(
            self.tr(
                "Your plan is backed up before the import, which is applied all or nothing. "
                "Undo it with File > Undo last import (Edit > Undo does not undo an import)."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        layout.addWidget(note)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(
            self.tr("Apply import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setEnabled(not context.read_only)
        self.buttons.accepted.connect(self._apply)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_state()

    # --- filling the tree ------------------------------------------------------------

    def _fill(self) -> None:
        preview = self.plan.preview
        for group, title in preview.groups.items():
            members = [c for c in preview.changes if c.focus_area_id == group]
            top = QTreeWidgetItem([f"{title}  ({len(members)})"])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            for change in members:
                self._add_change(top, change)
            top.setExpanded(True)

    def _add_change(self, parent: QTreeWidgetItem, change: RecordChange) -> None:
        flag = "⚠ " if change.out_of_scope else ""
        item = QTreeWidgetItem(
            parent, [f"{flag}{self.kind_labels[change.kind]}: {change.what} {change.title}"]
        )
        item.setForeground(0, QBrush(QColor(_KIND_COLOURS[change.kind])))
        item.setData(0, Qt.ItemDataRole.UserRole, change.key)
        item.setToolTip(0, item.text(0))
        if change.out_of_scope:
            item.setToolTip(
                0, f"{item.text(0)}\n" + self.tr("Outside the focus area the file was exported for")
            )
        if change.kind is ChangeKind.CONFLICT:
            font = QFont(item.font(0))
            font.setBold(True)
            item.setFont(0, font)
            chooser = QComboBox()
            chooser.addItem(self.tr("Choose…"), None)
            chooser.addItem(self.tr("Mine"), Choice.MINE.value)
            chooser.addItem(self.tr("Theirs"), Choice.THEIRS.value)
            chooser.currentIndexChanged.connect(self._update_state)
            self.choosers[change.key] = chooser
            self.tree.setItemWidget(item, 3, chooser)
            if change.reason:
                QTreeWidgetItem(item, [change.reason]).setFirstColumnSpanned(True)
            for field in change.conflicts:
                row = QTreeWidgetItem(item, [f"    {field.label}", field.mine, field.theirs])
                row.setForeground(0, QBrush(QColor(_KIND_COLOURS[ChangeKind.CONFLICT])))
                self._tooltips(row)
        for field in change.changes:
            self._tooltips(QTreeWidgetItem(item, [f"    {field.label}", field.mine, f"→ {field.theirs}"]))
        item.setExpanded(change.kind is ChangeKind.CONFLICT or len(change.changes) <= 3)

    @staticmethod
    def _tooltips(item: QTreeWidgetItem) -> None:
        for column in (1, 2):
            item.setToolTip(column, item.text(column))

    # --- choices and applying ------------------------------------------------------------

    def choices(self) -> dict[tuple[str, str], Choice]:
        return {
            key: Choice(chooser.currentData())
            for key, chooser in self.choosers.items()
            if chooser.currentData()
        }

    def _choose_all(self, choice: Choice) -> None:
        for chooser in self.choosers.values():
            chooser.setCurrentIndex(chooser.findData(choice.value))

    def _update_state(self) -> None:
        left = len(self.choosers) - len(self.choices())
        self.undecided.setText(self.tr("%n conflict(s) left to decide.", "", left) if left else "")
        self.apply_button.setEnabled(not self.context.read_only and left == 0)

    def _apply(self) -> None:
        progress = QProgressDialog(self.tr("Applying the import…"), "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.result = apply_import(self.context.workspace, self.plan, self.choices())
        except PlanChangedError:
            self.plan_changed = True
            self.reject()
            return
        except SyncError as error:
            self.undecided.setText(str(error))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
            progress.close()
        self.context.undo_stack.clear()
        self.context.plan_changed.emit()
        self.accept()

    def done(self, result: int) -> None:
        discard_import(self.plan)
        super().done(result)
