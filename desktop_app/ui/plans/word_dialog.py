"""Arkiv › Ny plan från Word-dokument…: the proposed tree, every line's level changeable, then the plan."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.errors import PlanError
from desktop_app.services.new_plan import PlanFacts, create_plan
from desktop_app.services.word_plan import Level, ProposedLine, clean_title, draft_from_lines
from desktop_app.ui.context import AppContext
from desktop_app.ui.plans.target_fields import PlanTargetFields

INDENT = {Level.FOCUS_AREA: 0, Level.INITIATIVE: 1, Level.ACTIVITY: 2, Level.DESCRIPTION: 2, Level.IGNORE: 0}
LEVEL_COLUMN, TEXT_COLUMN, FORM_COLUMN = range(3)


class WordPlanDialog(QDialog):
    """The lines of a Word document with their proposed levels; OK makes the plan (``created``)."""

    def __init__(
        self,
        context: AppContext,
        source: Path,
        lines: list[ProposedLine],
        suggested_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.source = source
        self.lines = lines
        self.created: Path | None = None
        self.setObjectName("wordPlanDialog")
        self.setWindowTitle(self.tr("New plan from a Word document"))
        self.resize(1000, 680)
        self.labels = {
            Level.FOCUS_AREA: self.tr("Focus area"),
            Level.INITIATIVE: self.tr("Initiative"),
            Level.ACTIVITY: self.tr("Activity"),
            Level.DESCRIPTION: self.tr("Description"),
            Level.IGNORE: self.tr("Not part of the plan"),
        }
        intro = QLabel(
            self.tr(
                "The plan proposed from %1: its headings, numbered lists and bullet levels. Check each line "
                "and change its level where the proposal is wrong (or select lines and press 1–5); "
                "“Genom …” sentences describe the initiative above them."
            ).replace("%1", source.name)
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(lines), 3)
        self.table.setObjectName("wordLines")
        self.table.setHorizontalHeaderLabels([self.tr("Level"), self.tr("Text"), self.tr("In the document")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(LEVEL_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FORM_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.combos: list[QComboBox] = []
        for row, line in enumerate(lines):
            combo = QComboBox()
            for level in Level:
                combo.addItem(self.labels[level], level.value)
            combo.setCurrentIndex(list(Level).index(line.level))
            combo.setAccessibleName(self.tr("Level of line %1").replace("%1", str(row + 1)))
            combo.currentIndexChanged.connect(lambda _i, r=row: self._level_changed(r))
            self.table.setCellWidget(row, LEVEL_COLUMN, combo)
            self.combos.append(combo)
            text_item = QTableWidgetItem(line.text)
            text_item.setToolTip(line.text)
            self.table.setItem(row, TEXT_COLUMN, text_item)
            self.table.setItem(row, FORM_COLUMN, QTableWidgetItem(line.paragraph.form))
            self._style_row(row)
        self.table.installEventFilter(self)  # keys 1–5 set the selected lines' level
        self.counts_label = QLabel()
        self.counts_label.setObjectName("wordCounts")
        font = self.counts_label.font()
        font.setBold(True)
        self.counts_label.setFont(font)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("wordProblems")
        self.problem_label.setStyleSheet("color: #a4262c;")
        self.problem_label.setWordWrap(True)
        self.target = PlanTargetFields(context.workspace.path.parent)
        self.target.name_edit.setText(suggested_name)
        self.decided_check = QCheckBox(self.tr("The plan is adopted: its activities are &decided"))
        self.decided_check.setObjectName("decidedCheck")
        self.decided_check.setToolTip(
            self.tr("Otherwise the activities are proposed, waiting for a decision")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create plan"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.target)
        layout.addWidget(self.decided_check)
        layout.addWidget(self.buttons)
        self.target.changed.connect(self._update)
        self._update()

    def level(self, row: int) -> Level:
        return Level(self.combos[row].currentData())

    def set_level(self, row: int, level: Level) -> None:
        self.combos[row].setCurrentIndex(list(Level).index(level))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """QObject.eventFilter: in the table, 1–5 give the selected lines the level of that number."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            number = event.key() - Qt.Key.Key_1.value
            if 0 <= number < len(Level) and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                self._set_selected(list(Level)[number])
                return True
        return super().eventFilter(watched, event)

    def _set_selected(self, level: Level) -> None:
        for index in self.table.selectionModel().selectedRows():
            self.set_level(index.row(), level)

    def _level_changed(self, row: int) -> None:
        self.lines[row].level = self.level(row)
        self._style_row(row)
        self._update()

    def _style_row(self, row: int) -> None:
        level = self.lines[row].level
        item = self.table.item(row, TEXT_COLUMN)
        if item is None:
            return
        shown = (
            clean_title(self.lines[row].text, level) if level is not Level.IGNORE else self.lines[row].text
        )
        item.setText("      " * INDENT[level] + shown)
        font = QFont(item.font())
        font.setBold(level is Level.FOCUS_AREA)
        font.setItalic(level is Level.DESCRIPTION)
        item.setFont(font)
        item.setForeground(QBrush(QColor("#605e5c" if level is Level.IGNORE else "#201f1e")))

    def _update(self) -> None:
        draft, problems = draft_from_lines(self.lines)
        areas, initiatives, activities = draft.counts()
        self.counts_label.setText(
            self.tr("The plan: %1 focus areas, %2 initiatives, %3 activities")
            .replace("%1", str(areas))
            .replace("%2", str(initiatives))
            .replace("%3", str(activities))
        )
        self.problem_label.setText("\n".join(problems[:3]))
        self.problem_label.setVisible(bool(problems))
        self.ok_button.setEnabled(not problems and bool(self.target.plan_name()))

    def accept(self) -> None:
        draft, problems = draft_from_lines(self.lines)
        if problems:
            return
        draft.decided = self.decided_check.isChecked()
        try:
            self.created = create_plan(
                self.target.path(), PlanFacts(plan_name=self.target.plan_name()), draft, self.context.actor
            )
        except PlanError as error:
            self.problem_label.setText(str(error))
            self.problem_label.show()
            return
        super().accept()
