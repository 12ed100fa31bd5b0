"""The pages of the Excel import dialog: file, columns, preview and done."""

from __future__ import annotations

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from database.enums import StatusColour
from desktop_app.services.excel import COLUMNS, Column, ImportPreview, ImportResult, Spreadsheet, header_of
from desktop_app.services.excel.preview import ActivityChange, NewStatusReport
from desktop_app.ui.accessibility import set_name

STATUS_COLOURS = {StatusColour.GREEN: "#2e9e44", StatusColour.YELLOW: "#e6b400", StatusColour.RED: "#d0312d"}
ERROR_STYLE = "color: #b00020;"
NOTE_STYLE = "color: palette(dark);"


_STALE_ROLE = Qt.ItemDataRole.UserRole + 1


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    return label


def _wrapped(text: str = "", style: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if style:
        label.setStyleSheet(style)
    return label


def _dot(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(QColor(colour).darker(130))
    painter.drawEllipse(1, 1, 12, 12)
    painter.end()
    return QIcon(pixmap)


class FilePage(QWidget):
    """Step 1: which workbook."""

    path_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Choose a workbook")))
        layout.addWidget(
            _wrapped(
                self.tr(
                    "Choose an Excel workbook (.xlsx) with activities: an export from Handlingsplan that "
                    "someone has edited, or an office's own activity plan. Nothing in the plan changes "
                    "until you have seen a preview and chosen Import."
                )
            )
        )
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("pathEdit")
        set_name(self.path_edit, self.tr("Workbook to import"))
        self.path_edit.setPlaceholderText(self.tr("Path to an .xlsx file"))
        self.path_edit.textChanged.connect(self.path_changed)
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName("browseButton")
        browse.clicked.connect(self.browse)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        self.error = _wrapped(style=ERROR_STYLE)
        self.error.setObjectName("fileError")
        self.error.hide()
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(
            _wrapped(
                self.tr(
                    "Columns are found by their headings, in Swedish (such as Aktivitet, Insatsområde, "
                    "Ansvarig, Status and Orsak) or as an English export names them; headings that are "
                    "not recognised can be chosen in the next step."
                ),
                NOTE_STYLE,
            )
        )

    def browse(self) -> None:
        start = self.path_edit.text().strip() or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import from Excel"), start, self.tr("Excel workbook (*.xlsx)")
        )
        if chosen:
            self.path_edit.setText(chosen)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))


class MappingPage(QWidget):
    """Step 2: which column of the sheet means what, pre-filled from the headings."""

    mapping_changed = Signal()
    sheet_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Columns")))
        form = QFormLayout()
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("sheetCombo")
        self.sheet_combo.activated.connect(
            lambda _index: self.sheet_chosen.emit(self.sheet_combo.currentText())
        )
        form.addRow(self.tr("Sheet:"), self.sheet_combo)
        layout.addLayout(form)
        self.info = _wrapped(style=NOTE_STYLE)
        layout.addWidget(self.info)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("mappingTable")
        set_name(self.table, self.tr("Columns of the sheet and what they mean"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Example"), self.tr("Means")]
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.status = _wrapped()
        self.status.setObjectName("mappingStatus")
        layout.addWidget(self.status)
        self.combos: list[QComboBox] = []

    def show_spreadsheet(self, spreadsheet: Spreadsheet) -> None:
        self.sheet_combo.clear()
        self.sheet_combo.addItems(spreadsheet.sheet_names)
        self.sheet_combo.setCurrentText(spreadsheet.sheet)
        self.sheet_combo.setEnabled(len(spreadsheet.sheet_names) > 1)
        self.info.setText(
            self.tr("Headings in row {row}; {count} rows below them. Choose what each column means.").format(
                row=spreadsheet.header_row, count=len(spreadsheet.rows)
            )
        )
        self.table.setRowCount(len(spreadsheet.headers))
        self.combos = []
        for index in range(len(spreadsheet.headers)):
            name = QTableWidgetItem(spreadsheet.column_label(index))
            if index not in spreadsheet.mapping and spreadsheet.headers[index]:
                name.setForeground(QBrush(QColor("#b00020")))
            self.table.setItem(index, 0, name)
            self.table.setItem(index, 1, QTableWidgetItem(spreadsheet.sample(index)))
            combo = QComboBox()
            combo.addItem(self.tr("(not used)"), None)
            for spec in COLUMNS:
                combo.addItem(header_of(spec.column), str(spec.column))
            combo.setCurrentIndex(max(combo.findData(str(spreadsheet.mapping.get(index))), 0))
            combo.currentIndexChanged.connect(lambda _i, changed=index: self._chosen(changed))
            self.table.setCellWidget(index, 2, combo)
            self.combos.append(combo)
        self._update_status()

    def mapping(self) -> dict[int, Column]:
        return {i: Column(combo.currentData()) for i, combo in enumerate(self.combos) if combo.currentData()}

    def _chosen(self, changed: int) -> None:
        """One meaning per column: choosing a meaning takes it from any other column."""
        column = self.combos[changed].currentData()
        for index, combo in enumerate(self.combos):
            if index != changed and column is not None and combo.currentData() == column:
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
        self._update_status()
        self.mapping_changed.emit()

    def _update_status(self) -> None:
        if Column.TITLE in self.mapping().values():
            self.status.setText(
                self.tr("The activity column is chosen; the preview shows what the rest means.")
            )
            self.status.setStyleSheet(NOTE_STYLE)
        else:
            self.status.setText(
                self.tr("Choose which column holds the activity ({name}).").format(
                    name=header_of(Column.TITLE)
                )
            )
            self.status.setStyleSheet(ERROR_STYLE)

    def complete(self) -> bool:
        return Column.TITLE in self.mapping().values()

    def show_error(self, message: str) -> None:
        self.status.setText(message)
        self.status.setStyleSheet(ERROR_STYLE)


class PreviewPage(QWidget):
    """Step 3: what the import would do, and what stops it."""

    reread = Signal()
    choices_changed = Signal()
    """A stale row was picked or unpicked: what the import would do changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stale_items: list[ActivityChange | NewStatusReport] = []
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Preview")))
        self.counts = _wrapped()
        self.counts.setObjectName("previewCounts")
        bold = QFont(self.counts.font())
        bold.setBold(True)
        self.counts.setFont(bold)
        layout.addWidget(self.counts)
        self.tree = QTreeWidget()
        set_name(self.tree, self.tr("Changes in the workbook"))
        self.tree.setObjectName("previewTree")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tree.itemChanged.connect(self._picked)
        layout.addWidget(self.tree, 1)
        self.stale_note = _wrapped(style=NOTE_STYLE)
        self.stale_note.setObjectName("staleNote")
        layout.addWidget(self.stale_note)
        self.problem_note = _wrapped(style=ERROR_STYLE)
        self.problem_note.setObjectName("problemNote")
        row = QHBoxLayout()
        row.addWidget(self.problem_note, 1)
        self.reread_button = QPushButton(self.tr("Read the file again"))
        self.reread_button.setObjectName("rereadButton")
        self.reread_button.clicked.connect(self.reread)
        row.addWidget(self.reread_button)
        layout.addLayout(row)
        layout.addWidget(
            _wrapped(
                self.tr(
                    "Before the import, a backup of the plan's database is made. The import cannot be "
                    "undone with Undo: to go back, restore the backup made before it."
                ),
                NOTE_STYLE,
            )
        )

    def show_preview(self, preview: ImportPreview) -> None:
        self.counts.setText(
            self.tr(
                "New: {added} · Changed: {changed} · New status reports: {reports} · "
                "Unchanged: {unchanged} · Problems: {problems}"
            ).format(
                added=len(preview.additions),
                changed=len(preview.changes),
                reports=len(preview.status_reports),
                unchanged=preview.unchanged,
                problems=len(preview.problems),
            )
        )
        self.tree.blockSignals(True)
        self.tree.clear()
        self.stale_items.clear()
        if preview.problems:
            group = self._group(self.tr("Problems ({count})").format(count=len(preview.problems)), "#b00020")
            for problem in preview.problems:
                where = self.tr("Row {row}").format(row=problem.row) if problem.row else problem.sheet
                self._leaf(group, f"{where}: {problem.message}")
        if preview.additions:
            group = self._group(self.tr("New activities ({count})").format(count=len(preview.additions)))
            for addition in preview.additions:
                text = self.tr("Row {row}: {title} – proposed, under {code}").format(
                    row=addition.row, title=addition.title, code=addition.initiative_code
                )
                self._leaf(group, text)
        if preview.changes:
            group = self._group(self.tr("Changed activities ({count})").format(count=len(preview.changes)))
            for change in preview.changes:
                item = self._leaf(
                    group,
                    self.tr("Row {row}: {code} {title}").format(
                        row=change.row, code=change.code, title=change.title
                    ),
                )
                for field_change in change.changes:
                    self._leaf(item, str(field_change))
                item.setExpanded(True)
                if change.stale:
                    self._stale(item, change)
        if preview.status_reports:
            group = self._group(
                self.tr("New status reports ({count})").format(count=len(preview.status_reports))
            )
            for report in preview.status_reports:
                name = f"{report.code} {report.title}" if report.code else report.title
                leaf = self._leaf(
                    group,
                    self.tr("Row {row}: {name}: {change}").format(
                        row=report.row, name=name, change=report.describe()
                    ),
                )
                leaf.setIcon(0, _dot(STATUS_COLOURS[report.status]))
                if report.stale:
                    self._stale(leaf, report)
        if preview.new_offices:
            group = self._group(self.tr("New offices/units ({count})").format(count=len(preview.new_offices)))
            for name in preview.new_offices.values():
                self._leaf(group, name)
        if preview.unlinked_owners:
            group = self._group(
                self.tr("Owners not in the register of people, kept as text ({count})").format(
                    count=len(preview.unlinked_owners)
                )
            )
            for name, rows in preview.unlinked_owners.items():
                self._leaf(
                    group,
                    self.tr("{name} (row {rows})").format(name=name, rows=", ".join(str(r) for r in rows)),
                )
        if not preview.has_changes and not preview.problems:
            self._group(self.tr("The file matches the plan: there is nothing to import."))
        if preview.problems:
            self.problem_note.setText(
                self.tr("Correct the problems in the file (or the column choices), then read it again.")
            )
        else:
            self.problem_note.setText("")
        self.reread_button.setVisible(bool(preview.problems))
        self.stale_note.setText(
            self.tr(
                "%n row(s) hold values older than the plan's: the plan changed after the workbook was "
                "exported. They are left as the plan has them unless you tick them.",
                "",
                preview.stale_count,
            )
            if preview.stale_count
            else ""
        )
        self.stale_note.setVisible(bool(preview.stale_count))
        self.tree.blockSignals(False)

    def _stale(self, item: QTreeWidgetItem, choice: ActivityChange | NewStatusReport) -> None:
        """Mark a row older than the plan: unticked (left out) until the person ticks it."""
        item.setText(0, item.text(0) + " – " + self.tr("older than the plan; tick to take it anyway"))
        item.setForeground(0, QBrush(QColor("#8a5a00")))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked if choice.chosen else Qt.CheckState.Unchecked)
        item.setData(0, _STALE_ROLE, len(self.stale_items))
        self.stale_items.append(choice)

    def _picked(self, item: QTreeWidgetItem, column: int) -> None:
        index = item.data(0, _STALE_ROLE)
        if index is None or column != 0:
            return
        choice = self.stale_items[int(index)]
        chosen = item.checkState(0) == Qt.CheckState.Checked
        if choice.chosen != chosen:
            choice.chosen = chosen
            self.choices_changed.emit()

    def _group(self, text: str, colour: str = "") -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [text])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        if colour:
            item.setForeground(0, QBrush(QColor(colour)))
        item.setExpanded(True)
        return item

    @staticmethod
    def _leaf(parent: QTreeWidgetItem, text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text])
        item.setToolTip(0, text)
        return item


class DonePage(QWidget):
    """Step 4: what was imported and where the backup is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Import done")))
        self.summary = _wrapped()
        self.summary.setObjectName("doneSummary")
        layout.addWidget(self.summary)
        self.backup = _wrapped()
        self.backup.setObjectName("doneBackup")
        layout.addWidget(self.backup)
        layout.addStretch(1)

    def show_result(self, preview: ImportPreview, result: ImportResult) -> None:
        self.summary.setText(
            self.tr(
                "Imported from {file}. New activities (proposed): {added}. Changed activities: {changed}. "
                "New status reports: {reports}."
            ).format(
                added=result.added,
                changed=result.changed,
                reports=result.status_reports,
                file=preview.path.name,
            )
        )
        self.backup.setText(
            self.tr(
                "The plan as it was before the import is kept in the backup {backup}. To undo the import, "
                "restore that backup."
            ).format(backup=result.backup)
        )
