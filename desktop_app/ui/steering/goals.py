"""Measurable goals ("Mätbara mål"): the register, values per year and the activities linked to a goal."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.errors import NotFoundError, PlanError
from desktop_app.services.goals import GoalRow, GoalYearValue, format_number
from desktop_app.services.tree import ActivityNode
from desktop_app.ui.context import AppContext
from desktop_app.ui.date_fields import YearField
from desktop_app.ui.status_light import lifecycle_label, status_label
from desktop_app.ui.steering import commands
from desktop_app.ui.steering.commands import ServiceCommand, SteeringServices, attempt
from desktop_app.ui.steering.forms import ErrorLabel, heading, hint
from desktop_app.ui.steering.tables import (
    CheckableListModel,
    Column,
    RowTableModel,
    make_table,
    select_where,
    selected_row,
)
from desktop_app.ui.unsaved import EditTracker


def _year_value(year: int | None, value: float | None, unit: str) -> str:
    if value is None:
        return ""
    text = f"{format_number(value)} {unit}".strip()
    return f"{text} ({year})" if year else text


class GoalsView(QWidget):
    """The "Mätbara mål" tab of the steering window."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.services = SteeringServices.of(context)
        self.goals_model: RowTableModel[GoalRow] = RowTableModel(
            [
                Column(self.tr("Goal"), lambda g: g.title, stretch=True),
                Column(self.tr("Baseline"), lambda g: _year_value(g.baseline_year, g.baseline_value, g.unit)),
                Column(self.tr("Target"), lambda g: _year_value(g.target_year, g.target_value, g.unit)),
                Column(
                    self.tr("Latest"),
                    lambda g: _year_value(g.latest.year, g.latest.value, g.unit) if g.latest else "",
                ),
            ],
            self,
        )
        self.goals_table = make_table(self.goals_model, self, name=self.tr("Measurable goals"))
        self.new_button = QPushButton(self.tr("New goal"))
        list_panel = QWidget()
        list_layout = QVBoxLayout(list_panel)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(heading(self.tr("Measurable goals")))
        list_layout.addWidget(
            hint(self.tr("The strategy's measurable goals. Every activity is linked to the goals it serves."))
        )
        list_layout.addWidget(self.goals_table, 1)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_button)
        new_row.addStretch(1)
        list_layout.addLayout(new_row)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(list_panel)
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([480, 720])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.new_button.clicked.connect(self.new_goal)
        self.goals_table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.edits = EditTracker(
            self,
            self.title,
            self.indicator,
            self.unit,
            self.baseline_year,
            self.baseline_value,
            self.target_year,
            self.target_value,
        )
        self._form_goal_id: str | None = None
        context.plan_changed.connect(self.reload)
        self.reload()

    def _build_detail(self) -> QWidget:
        detail = QWidget()
        self.goal_box = QGroupBox()
        self.title = QLineEdit()
        self.indicator = QLineEdit()
        self.indicator.setPlaceholderText(self.tr("What is measured, e.g. newly registered companies"))
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("e.g. number, %, place in ranking"))
        # The baseline is a measured outcome (its year has begun); the target may lie years ahead.
        self.baseline_year = YearField(self.tr("Baseline year"), not_in_future=True)
        self.target_year = YearField(self.tr("Target year"))
        self.baseline_value, self.target_value = QLineEdit(), QLineEdit()
        for year in (self.baseline_year, self.target_year):
            _year_width(year, self.tr("Year"))
            year.rejected.connect(self._year_rejected)
        for value in (self.baseline_value, self.target_value):
            value.setPlaceholderText(self.tr("Value"))
        self.save_button = QPushButton(self.tr("Save goal"))
        self.delete_button = QPushButton(self.tr("Delete goal"))
        self.goal_error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Goal:"), self.title)
        form.addRow(self.tr("Indicator:"), self.indicator)
        form.addRow(self.tr("Unit:"), self.unit)
        form.addRow(self.tr("Baseline:"), _pair(self.baseline_year, self.baseline_value))
        form.addRow(self.tr("Target:"), _pair(self.target_year, self.target_value))
        goal_buttons = QHBoxLayout()
        goal_buttons.addStretch(1)
        goal_buttons.addWidget(self.delete_button)
        goal_buttons.addWidget(self.save_button)
        goal_layout = QVBoxLayout(self.goal_box)
        goal_layout.addLayout(form)
        goal_layout.addWidget(self.goal_error)
        goal_layout.addLayout(goal_buttons)

        self.values_box = QGroupBox(self.tr("Measured values per year"))
        self.values_model: RowTableModel[GoalYearValue] = RowTableModel(
            [
                Column(self.tr("Year"), lambda v: str(v.year)),
                Column(self.tr("Value"), lambda v: format_number(v.value), numeric=True),
                Column(self.tr("Note"), lambda v: v.note, stretch=True),
            ],
            self,
        )
        self.values_table = make_table(self.values_model, self, name=self.tr("Measured values"))
        self.value_year = YearField(self.tr("Year of the measured value"), not_in_future=True)
        _year_width(self.value_year, self.tr("Year"))
        self.value_year.rejected.connect(self._value_year_rejected)
        self.value_value, self.value_note = QLineEdit(), QLineEdit()
        self.value_value.setPlaceholderText(self.tr("Value"))
        self.value_value.setMaximumWidth(120)
        self.value_note.setPlaceholderText(self.tr("Note (source, preliminary …)"))
        self.set_value_button = QPushButton(self.tr("Set value"))
        self.remove_value_button = QPushButton(self.tr("Remove value"))
        self.value_error = ErrorLabel()
        value_row = QHBoxLayout()
        for widget in (
            self.value_year,
            self.value_value,
            self.value_note,
            self.set_value_button,
            self.remove_value_button,
        ):
            value_row.addWidget(widget)
        values_layout = QVBoxLayout(self.values_box)
        values_layout.addWidget(self.values_table)
        values_layout.addLayout(value_row)
        values_layout.addWidget(self.value_error)

        self.links_box = QGroupBox(self.tr("Linked activities"))
        self.links_model: RowTableModel[ActivityNode] = RowTableModel(
            [
                Column(self.tr("Status"), lambda a: status_label(a.status), light=lambda a: a.status),
                Column(self.tr("Code"), lambda a: a.code),
                Column(self.tr("Activity"), lambda a: a.title, stretch=True),
                Column(self.tr("Lifecycle"), lambda a: lifecycle_label(a.lifecycle)),
            ],
            self,
        )
        self.links_table = make_table(self.links_model, self, name=self.tr("Linked activities"))
        self.activity_choice = QComboBox()
        self.activity_choice.setMinimumContentsLength(30)
        self.activity_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.link_button = QPushButton(self.tr("Link"))
        self.unlink_button = QPushButton(self.tr("Unlink"))
        link_row = QHBoxLayout()
        link_row.addWidget(self.activity_choice, 1)
        link_row.addWidget(self.link_button)
        link_row.addWidget(self.unlink_button)
        links_layout = QVBoxLayout(self.links_box)
        links_layout.addWidget(self.links_table)
        links_layout.addLayout(link_row)
        self.links_error = ErrorLabel()
        links_layout.addWidget(self.links_error)

        layout = QVBoxLayout(detail)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.goal_box)
        layout.addWidget(self.values_box, 1)
        layout.addWidget(self.links_box, 1)
        self.save_button.clicked.connect(lambda: self.save_goal())
        self.delete_button.clicked.connect(self.delete_goal)
        self.set_value_button.clicked.connect(self.set_value)
        self.remove_value_button.clicked.connect(self.remove_value)
        self.values_table.selectionModel().selectionChanged.connect(lambda *_: self._value_to_form())
        self.link_button.clicked.connect(lambda: self._link(True))
        self.unlink_button.clicked.connect(lambda: self._link(False))
        return detail

    # --- loading ---------------------------------------------------------------------------------

    def selected_goal(self) -> GoalRow | None:
        return selected_row(self.goals_table)

    def reload(self) -> None:
        self.tree = self.context.plan.tree()
        chosen = self.activity_choice.currentData()
        self.activity_choice.clear()
        for activity in self.tree.activities():
            self.activity_choice.addItem(f"{activity.code}  {activity.title}", activity.id)
        self.activity_choice.setCurrentIndex(max(0, self.activity_choice.findData(chosen)))
        selected = self.selected_goal()
        self.goals_model.set_rows(self.services.goals.goals())
        kept = selected is not None and select_where(self.goals_table, lambda g: g.id == selected.id)
        if not kept and self.goals_model.rowCount():
            self.goals_table.selectRow(0)
        self._selection_changed()

    def _selection_changed(self) -> None:
        goal = self.selected_goal()
        previous = self._form_goal_id
        if self.edits.dirty and goal is not None and goal.id == previous:
            return  # the plan was reloaded under the form: keep what is being typed
        # Leaving the form saves it (one undoable step); a value that cannot be saved keeps it.
        if self.edits.dirty and not self.save_goal(stay=False):
            self.goals_table.selectionModel().blockSignals(True)
            if previous is None or not select_where(self.goals_table, lambda g: g.id == previous):
                self.goals_table.clearSelection()
            self.goals_table.selectionModel().blockSignals(False)
            return
        self._show_selected()

    def commit_pending(self) -> bool:
        """Save what was typed in the goal form; ``False`` when a value cannot be saved."""
        if not self.edits.dirty or self.context.read_only:
            return True
        return self.save_goal(stay=False)

    def _show_selected(self) -> None:
        goal = self.selected_goal()
        with self.edits.filling():
            self._show_goal(goal)
        self._form_goal_id = goal.id if goal else None

    def _show_goal(self, goal: GoalRow | None) -> None:
        for error in (self.goal_error, self.value_error, self.links_error):
            error.show_message("")
        self.goal_box.setTitle(self.tr("Goal") if goal else self.tr("New goal"))
        self.title.setText(goal.title if goal else "")
        self.indicator.setText(goal.indicator if goal else "")
        self.unit.setText(goal.unit if goal else "")
        self.baseline_year.set_year(goal.baseline_year if goal else None)
        self.baseline_value.setText(format_number(goal.baseline_value) if goal else "")
        self.target_year.set_year(goal.target_year if goal else None)
        self.target_value.setText(format_number(goal.target_value) if goal else "")
        self.delete_button.setEnabled(goal is not None)
        self.values_box.setEnabled(goal is not None)
        self.links_box.setEnabled(goal is not None)
        self.values_model.set_rows(goal.values if goal else [])
        self.links_model.set_rows(self.services.goals.linked_activities(goal.id, self.tree) if goal else [])

    def _year_rejected(self, message: str) -> None:
        """A goal's year that cannot be read: its message under the form at once (gone once it can)."""
        self.goal_error.show_message(message)

    def _value_year_rejected(self, message: str) -> None:
        self.value_error.show_message(message)

    def _value_to_form(self) -> None:
        value = selected_row(self.values_table)
        if value is not None:
            self.value_year.set_year(value.year)
            self.value_value.setText(format_number(value.value))
            self.value_note.setText(value.note)

    # --- editing ---------------------------------------------------------------------------------

    def new_goal(self) -> None:
        if not self.commit_pending():
            return
        self.goals_table.clearSelection()
        self._show_selected()
        self.title.setFocus()

    def save_goal(self, stay: bool = True) -> bool:
        """Save the form to the goal it shows (a new goal when it shows none); ``stay`` selects it."""
        form_id = self._form_goal_id
        goal = next((g for g in self.goals_model.rows() if g.id == form_id), None) if form_id else None
        values = {
            "title": self.title.text(),
            "indicator": self.indicator.text(),
            "unit": self.unit.text(),
            "baseline_year": self.baseline_year.text(),
            "baseline_value": self.baseline_value.text(),
            "target_year": self.target_year.text(),
            "target_value": self.target_value.text(),
        }
        command: ServiceCommand | None
        try:
            if goal is None:
                command, goal_id = commands.create_goal(self.context, values)
            else:
                goal_id = goal.id
                command = commands.update_goal(self.context, goal.id, values)
        except PlanError as error:
            self.goal_error.show_message(str(error))
            return False
        self.edits.dirty = False
        commands.push(self.context, command)
        if stay:
            select_where(self.goals_table, lambda g: g.id == goal_id)
        return True

    def delete_goal(self) -> None:
        goal = self.selected_goal()
        if goal is not None:
            attempt(self.goal_error, lambda: commands.delete_goal(self.context, goal.id), self.context)

    def set_value(self) -> None:
        goal = self.selected_goal()
        if goal is None:
            return
        try:
            command = commands.set_goal_value(
                self.context, goal.id, self.value_year.text(), self.value_value.text(), self.value_note.text()
            )
        except PlanError as error:
            self.value_error.show_message(str(error))
            return
        commands.push(self.context, command)
        self.value_error.show_message("")
        self.value_year.set_year(None)
        for field in (self.value_value, self.value_note):
            field.clear()
        self.value_year.setFocus()

    def remove_value(self) -> None:
        goal, value = self.selected_goal(), selected_row(self.values_table)
        if goal is not None and value is not None:
            attempt(
                self.value_error,
                lambda: commands.remove_goal_value(self.context, goal.id, value.year),
                self.context,
            )

    def _link(self, linked: bool) -> None:
        goal = self.selected_goal()
        if goal is None:
            return
        if linked:
            activity_id = self.activity_choice.currentData()
        else:
            activity = selected_row(self.links_table)
            activity_id = activity.id if activity else None
        if activity_id:
            attempt(
                self.links_error,
                lambda: commands.set_goal_link(self.context, activity_id, goal.id, linked),
                self.context,
            )


def _year_width(field: YearField, placeholder: str) -> None:
    """A year field as wide as a year and its clear button."""
    field.set_placeholder(placeholder)
    field.setMaximumWidth(field.minimumWidth() + 16)


def _pair(year: QWidget, value: QLineEdit) -> QWidget:
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(year)
    row.addWidget(value)
    value.setMaximumWidth(value.fontMetrics().horizontalAdvance("0" * 14) + 16)
    row.addStretch(1)
    return holder


class ActivityGoalsDialog(QDialog):
    """Link an activity to the measurable goals it serves: the same links, seen from the activity."""

    def __init__(self, context: AppContext, activity_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        activity = next((a for a in context.plan.tree().activities() if a.id == activity_id), None)
        if activity is None:
            raise NotFoundError("Aktiviteten finns inte längre i planen.")
        self.activity = activity
        self.setWindowTitle(self.tr("Measurable goals of %1").replace("%1", self.activity.code))
        self.setMinimumSize(480, 320)
        self.model = CheckableListModel(self)
        goals = SteeringServices.of(context).goals.goals()
        self.model.set_items([(g.id, g.title) for g in goals], set(self.activity.goal_ids))
        view = QListView()
        view.setModel(self.model)
        view.setAccessibleName(self.tr("Measurable goals the activity works towards"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._apply)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>{self.activity.code}</b> {html.escape(self.activity.title)}")
        title.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(
            hint(
                self.tr("Tick the goals the activity contributes to.")
                if goals
                else self.tr("There are no measurable goals yet. Add them under Steering ▸ Measurable goals.")
            )
        )
        layout.addWidget(view, 1)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _apply(self) -> None:
        """Every changed link as one step on the undo stack."""
        before, after = set(self.activity.goal_ids), self.model.checked_ids()
        changes = [(goal_id, True) for goal_id in sorted(after - before)]
        changes += [(goal_id, False) for goal_id in sorted(before - after)]
        stack = self.context.undo_stack
        try:
            commands.ensure_writable(self.context)
            performed = [
                commands.set_goal_link(self.context, self.activity.id, goal_id, linked)
                for goal_id, linked in changes
            ]
        except PlanError as error:
            self.error.show_message(str(error))
            return
        performed = [command for command in performed if command is not None]
        if performed:
            stack.beginMacro(self.tr("Link activity to goals"))
            for command in performed:
                commands.push(self.context, command)
            stack.endMacro()
        self.accept()
