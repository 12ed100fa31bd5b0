"""The Excel import dialog: choose a file, check its columns, see the preview, import, see the result."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from database.errors import DatabaseError
from desktop_app.services.errors import PlanError
from desktop_app.services.excel import (
    ImportPreview,
    Spreadsheet,
    apply_import,
    build_preview,
    read_spreadsheet,
)
from desktop_app.ui.context import AppContext
from desktop_app.ui.done_notice import announce
from desktop_app.ui.excel.pages import DonePage, FilePage, MappingPage, PreviewPage
from desktop_app.ui.plans.excel_choices import UnknownNodesBar, import_as_new_plan


class _Busy:
    """A wait cursor while the file is read or written."""

    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()


class ImportDialog(QDialog):
    """Import activities from a spreadsheet in four steps; nothing changes before Import is chosen."""

    FILE, MAPPING, PREVIEW, DONE = range(4)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.spreadsheet: Spreadsheet | None = None
        self.preview: ImportPreview | None = None
        self.setWindowTitle(self.tr("Import from Excel"))
        self.setMinimumSize(760, 520)
        self.resize(900, 600)

        self.steps = [
            QLabel(text)
            for text in (self.tr("1  File"), self.tr("2  Columns"), self.tr("3  Preview"), self.tr("4  Done"))
        ]
        step_panel = QFrame()
        step_panel.setObjectName("steps")
        step_panel.setFixedWidth(200)
        step_panel.setStyleSheet("#steps { background: palette(base); border: 1px solid palette(mid); }")
        step_layout = QVBoxLayout(step_panel)
        for label in self.steps:
            label.setContentsMargins(8, 5, 8, 5)
            step_layout.addWidget(label)
        step_layout.addStretch(1)

        self.file_page = FilePage()
        self.mapping_page = MappingPage()
        self.preview_page = PreviewPage()
        self.done_page = DonePage()
        self.pages = QStackedWidget()
        for page in (self.file_page, self.mapping_page, self.preview_page, self.done_page):
            self.pages.addWidget(page)

        self.back_button = QPushButton(self.tr("< Back"))
        self.back_button.setObjectName("backButton")
        self.next_button = QPushButton(self.tr("Next >"))
        self.next_button.setObjectName("nextButton")
        self.next_button.setDefault(True)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("importButton")
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.setObjectName("closeButton")
        self.unknown_bar = UnknownNodesBar(context)
        self.new_plan_button = self.unknown_bar.new_plan_button()
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_plan_button)
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.import_button, self.close_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)

        body = QHBoxLayout()
        body.addWidget(step_panel)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.unknown_bar)
        layout.addLayout(buttons)

        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.import_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self.reject)
        self.file_page.path_changed.connect(self._update_buttons)
        self.mapping_page.mapping_changed.connect(self._update_buttons)
        self.mapping_page.sheet_chosen.connect(self.read_sheet)
        self.preview_page.reread.connect(self.reread)
        self.unknown_bar.created.connect(self.make_preview)
        self.new_plan_button.clicked.connect(lambda: import_as_new_plan(self))
        self.preview_page.choices_changed.connect(self._update_buttons)
        self._show(self.FILE)

    # --- steps ------------------------------------------------------------------------

    def _show(self, step: int) -> None:
        self.pages.setCurrentIndex(step)
        for index, label in enumerate(self.steps):
            if index == step:
                label.setStyleSheet("background: palette(highlight); color: palette(highlighted-text);")
            else:
                label.setStyleSheet("" if index < step else "color: palette(dark);")
            font = label.font()
            font.setBold(index == step)
            label.setFont(font)
        self._update_buttons()

    def _update_buttons(self) -> None:
        step = self.pages.currentIndex()
        self.back_button.setVisible(step in (self.MAPPING, self.PREVIEW))
        self.next_button.setVisible(step in (self.FILE, self.MAPPING))
        self.import_button.setVisible(step == self.PREVIEW)
        self.new_plan_button.setVisible(step == self.PREVIEW)
        self.unknown_bar.setVisible(step == self.PREVIEW and bool(self.unknown_bar.buttons))
        if step == self.FILE:
            self.next_button.setEnabled(bool(self.file_page.path_edit.text().strip()))
        elif step == self.MAPPING:
            self.next_button.setEnabled(self.mapping_page.complete())
        self.import_button.setEnabled(
            step == self.PREVIEW and self.preview is not None and self.preview.can_apply
        )
        self.import_button.setDefault(step == self.PREVIEW)
        self.next_button.setDefault(step != self.PREVIEW)
        self.close_button.setText(self.tr("Close") if step == self.DONE else self.tr("Cancel"))

    def go_back(self) -> None:
        self._show(max(self.pages.currentIndex() - 1, self.FILE))

    def go_next(self) -> None:
        if self.pages.currentIndex() == self.FILE:
            self.read_file()
        elif self.pages.currentIndex() == self.MAPPING:
            self.make_preview()

    # --- work ---------------------------------------------------------------------------

    def _path(self) -> Path:
        return Path(self.file_page.path_edit.text().strip()).expanduser()

    def read_file(self, sheet: str | None = None) -> bool:
        try:
            with _Busy():
                self.spreadsheet = read_spreadsheet(self._path(), sheet)
        except PlanError as error:
            self.file_page.show_error(str(error))
            self._show(self.FILE)
            return False
        self.file_page.show_error("")
        self.mapping_page.show_spreadsheet(self.spreadsheet)
        self._show(self.MAPPING)
        return True

    def read_sheet(self, sheet: str) -> None:
        """Another sheet of the workbook; when it holds no activities, say so and keep the current one."""
        if self.spreadsheet is None or sheet == self.spreadsheet.sheet:
            return
        try:
            with _Busy():
                spreadsheet = read_spreadsheet(self._path(), sheet)
        except PlanError as error:
            self.mapping_page.sheet_combo.setCurrentText(self.spreadsheet.sheet)
            self.mapping_page.show_error(str(error))
            return
        self.spreadsheet = spreadsheet
        self.mapping_page.show_spreadsheet(spreadsheet)
        self._update_buttons()

    def reread(self) -> None:
        """Read the file again after the person corrected it, keeping the column choices."""
        mapping = self.mapping_page.mapping()
        if not self.read_file(self.spreadsheet.sheet if self.spreadsheet else None):
            return
        for index, combo in enumerate(self.mapping_page.combos):
            if index in mapping:
                combo.setCurrentIndex(max(combo.findData(str(mapping[index])), 0))
        self.make_preview()

    def make_preview(self) -> None:
        assert self.spreadsheet is not None
        with _Busy():
            self.preview = build_preview(self.context.engine, self.spreadsheet, self.mapping_page.mapping())
        self.preview_page.show_preview(self.preview)
        self.unknown_bar.show_preview(self.preview)
        self._show(self.PREVIEW)

    def apply(self) -> None:
        assert self.preview is not None and self.preview.can_apply
        try:
            with _Busy():
                result = apply_import(self.context.workspace, self.preview, self.context.actor)
        except (PlanError, DatabaseError) as error:
            self.preview_page.problem_note.setText(str(error))
            return
        # The import is one step outside the undo history: what was on the stack no longer fits the plan.
        self.context.undo_stack.clear()
        self.context.plan_changed.emit()
        self.done_page.show_result(self.preview, result)
        self._show(self.DONE)
        if self.spreadsheet is not None:
            message = QCoreApplication.translate(
                "DoneNotice",
                "{file} was imported. New activities: {added}, changed: {changed}, "
                "status reports: {reports}.",
            ).format(
                file=self.spreadsheet.path.name,
                added=result.added,
                changed=result.changed,
                reports=result.status_reports,
            )
            announce(self, message, self.spreadsheet.path.parent)
