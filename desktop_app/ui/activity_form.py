"""The form of one activity: every field saves itself, as an undoable command, when left.

Rules are checked in the form first (empty title, end before start) and
shown under the field in the user's language; nothing invalid is saved.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from database.enums import Lifecycle
from desktop_app.services.errors import PlanError, ValidationError
from desktop_app.services.rules import validate_activity
from desktop_app.services.tree import ActivityNode, PlanTree, read_status_history
from desktop_app.ui.accessibility import connect_labels, show_whole_text
from desktop_app.ui.commands import EditFieldCommand, MoveActivityCommand, push
from desktop_app.ui.context import AppContext
from desktop_app.ui.date_fields import DateField, MonthField
from desktop_app.ui.person_picker import PersonPicker
from desktop_app.ui.status_history import StatusHistory
from desktop_app.ui.status_light import COLOURS, lifecycle_label, status_label
from desktop_app.ui.widgets import CommitTextEdit, ErrorLabel, LightLabel, SectionHeading


class ActivityForm(QWidget):
    """Edits an ``ActivityNode``; ``saved`` names the field after each successful save."""

    saved = Signal(str)
    report_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.activity: ActivityNode | None = None
        self._loading = False

        self.title_edit = QLineEdit()
        self.title_edit.setToolTip(self.tr("The activity's name as it appears in the plan and in reports"))
        self.title_error = ErrorLabel()
        self.description_edit = CommitTextEdit(lines=4)
        self.initiative_combo = QComboBox()
        show_whole_text(self.initiative_combo, self.tr("Move the activity to another initiative"))
        self.initiative_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.initiative_combo.setMinimumContentsLength(30)
        self.lifecycle_combo = QComboBox()
        for lifecycle in Lifecycle:
            self.lifecycle_combo.addItem(lifecycle_label(lifecycle), lifecycle.value)
        self.decision_edit = DateField(self.tr("Decided on"), not_in_future=True)
        self.decision_edit.edit.setToolTip(self.tr("When the steering group decided the activity"))
        self.decision_error = ErrorLabel()
        self.priority_spin = QSpinBox()
        self.priority_spin.setRange(0, 99)
        self.priority_spin.setMinimumWidth(90)
        self.priority_spin.setSpecialValueText(self.tr("None"))
        self.priority_spin.setToolTip(self.tr("1 is the highest priority; “None” when not prioritised"))

        self.office_combo = QComboBox()
        show_whole_text(self.office_combo)
        self.office_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.office_combo.setMinimumContentsLength(20)
        self.new_office_button = QPushButton(self.tr("New…"))
        self.new_office_button.setToolTip(self.tr("Add an office or unit to the register"))
        self.owner_picker = PersonPicker(context, self.tr("Type to search the register of people"), self)
        self.owner_edit = self.owner_picker.edit
        self.new_person_button = self.owner_picker.new_button
        self.new_person_button.setToolTip(self.tr("Add the name typed as owner to the register of people"))
        self.participants_list = QListWidget()
        self.participants_list.setToolTip(self.tr("Tick every office or unit that takes part"))

        self.start_edit = MonthField(self.tr("Start"))
        self.end_edit = MonthField(self.tr("End"))
        self.start_clear = self.start_edit.clear_button
        self.end_clear = self.end_edit.clear_button
        self.ongoing_check = QCheckBox(self.tr("Ongoing"))
        self.ongoing_check.setToolTip(self.tr("The activity has no end date (ongoing)"))
        self.schedule_error = ErrorLabel()
        self.goals_label = QLabel()
        self.goals_label.setWordWrap(True)
        self.goals_label.setTextFormat(Qt.TextFormat.PlainText)
        self.goals_button = QPushButton(self.tr("Link goals…"))
        self.goals_button.setToolTip(self.tr("Choose the measurable goals this activity works towards"))

        self.status_light = LightLabel(22)
        self.status_title = QLabel()
        self.status_title.setStyleSheet("font-weight: 600;")
        self.status_details = QLabel()
        self.status_details.setWordWrap(True)
        self.status_details.setTextFormat(Qt.TextFormat.PlainText)
        self.report_button = QPushButton(self.tr("Report status…"))
        self.report_button.setToolTip(self.tr("Add a status report to the history (Ctrl+R)"))
        self.history = StatusHistory()

        self._lay_out()
        connect_labels(self)
        self._connect()

    def _lay_out(self) -> None:
        def form() -> QFormLayout:
            layout = QFormLayout()
            layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            layout.setHorizontalSpacing(14)
            layout.setVerticalSpacing(8)
            # A narrow pane (large font, 150 % scaling) puts a label above its field rather than
            # making the pane scroll sideways.
            layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            return layout

        details = form()
        title_box = QVBoxLayout()
        title_box.setSpacing(2)
        title_box.addWidget(self.title_edit)
        title_box.addWidget(self.title_error)
        details.addRow(self.tr("Title"), title_box)
        details.addRow(self.tr("Description"), self.description_edit)
        details.addRow(self.tr("Initiative"), self.initiative_combo)
        details.addRow(self.tr("Lifecycle"), self.lifecycle_combo)
        decided = QHBoxLayout()
        decided.addWidget(self.decision_edit)
        decided.addSpacing(18)
        priority_label = QLabel(self.tr("Priority"))
        priority_label.setBuddy(self.priority_spin)
        decided.addWidget(priority_label)
        decided.addSpacing(6)
        decided.addWidget(self.priority_spin)
        decided.addStretch(1)
        decided_box = QVBoxLayout()
        decided_box.setSpacing(2)
        decided_box.addLayout(decided)
        decided_box.addWidget(self.decision_error)
        details.addRow(self.tr("Decided on"), decided_box)

        responsibility = form()
        office_row = QHBoxLayout()
        office_row.addWidget(self.office_combo, 1)
        office_row.addWidget(self.new_office_button)
        responsibility.addRow(self.tr("Responsible office"), office_row)
        owner_row = QHBoxLayout()
        owner_row.addWidget(self.owner_edit, 1)
        owner_row.addWidget(self.new_person_button)
        responsibility.addRow(self.tr("Owner"), owner_row)
        responsibility.addRow(self.tr("Participating offices"), self.participants_list)

        schedule = form()
        start_row = QHBoxLayout()
        start_row.addWidget(self.start_edit)
        start_row.addStretch(1)
        schedule.addRow(self.tr("Start"), start_row)
        end_row = QHBoxLayout()
        end_row.addWidget(self.end_edit)
        end_row.addSpacing(12)
        end_row.addWidget(self.ongoing_check)
        end_row.addStretch(1)
        end_box = QVBoxLayout()
        end_box.setSpacing(2)
        end_box.addLayout(end_row)
        end_box.addWidget(self.schedule_error)
        schedule.addRow(self.tr("End"), end_box)
        goals_row = QHBoxLayout()
        goals_row.addWidget(self.goals_label, 1)
        goals_row.addWidget(self.goals_button, 0, Qt.AlignmentFlag.AlignTop)
        schedule.addRow(self.tr("Measurable goals"), goals_row)

        status_row = QHBoxLayout()
        status_row.setSpacing(10)
        status_row.addWidget(self.status_light, 0, Qt.AlignmentFlag.AlignTop)
        status_text = QVBoxLayout()
        status_text.setSpacing(2)
        status_text.addWidget(self.status_title)
        status_text.addWidget(self.status_details)
        status_row.addLayout(status_text, 1)
        status_row.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(SectionHeading(self.tr("Current status")))
        layout.addLayout(status_row)
        layout.addWidget(SectionHeading(self.tr("Activity")))
        layout.addLayout(details)
        layout.addWidget(SectionHeading(self.tr("Responsibility")))
        layout.addLayout(responsibility)
        layout.addWidget(SectionHeading(self.tr("Schedule and goals")))
        layout.addLayout(schedule)
        layout.addWidget(SectionHeading(self.tr("Status history")))
        layout.addWidget(self.history)
        layout.addStretch(1)

    def _connect(self) -> None:
        self.title_edit.textEdited.connect(self._check_title)
        self.title_edit.editingFinished.connect(lambda: self._save_text("title", self.title_edit.text()))
        self.description_edit.committed.connect(
            lambda: self._save_text("description", self.description_edit.toPlainText())
        )
        self.owner_picker.committed.connect(self._save_owner)
        self.owner_picker.error.connect(self.title_error.show_message)
        self.lifecycle_combo.activated.connect(lambda _i: self._save_lifecycle())
        self.decision_edit.committed.connect(self._save_decision)
        self.decision_edit.rejected.connect(self.decision_error.show_message)
        self.start_edit.rejected.connect(self.schedule_error.show_message)
        self.end_edit.rejected.connect(self.schedule_error.show_message)
        self.priority_spin.editingFinished.connect(self._save_priority)
        self.office_combo.activated.connect(lambda _i: self._save_office())
        self.new_office_button.clicked.connect(self._new_office)
        self.participants_list.itemChanged.connect(lambda _item: self._save_participants())
        self.start_edit.committed.connect(self._save_schedule)
        self.end_edit.committed.connect(self._save_schedule)
        self.ongoing_check.toggled.connect(lambda _on: self._save_schedule())
        self.initiative_combo.activated.connect(lambda _i: self._move())
        self.report_button.clicked.connect(self.report_requested)
        self.goals_button.clicked.connect(self._link_goals)

    # --- showing ------------------------------------------------------------------

    def show_activity(self, activity: ActivityNode, tree: PlanTree) -> None:
        """Fill the form from plain values; fields the person is typing in are left alone."""
        same = self.activity is not None and self.activity.id == activity.id
        self.activity = activity
        self._loading = True
        try:
            self._set_text(self.title_edit, activity.title, same)
            typing = same and self.description_edit.hasFocus()
            if not typing and self.description_edit.toPlainText() != activity.description:
                self.description_edit.setPlainText(activity.description)
            self.owner_picker.reload([a.owner for a in tree.activities() if a.owner_person_id is None])
            if not (same and self.owner_edit.hasFocus() and self.owner_edit.isModified()):
                self.owner_picker.set_value(activity.owner, activity.owner_person_id)
            self.lifecycle_combo.setCurrentIndex(self.lifecycle_combo.findData(activity.lifecycle.value))
            # A date or month typed but not yet saved (or that cannot be read) stays as typed.
            if not (same and self.decision_edit.is_modified()):
                self.decision_edit.set_value(activity.decision_date)
            self.priority_spin.setValue(activity.priority or 0)
            self._fill_initiatives(tree, activity.initiative_id)
            self._fill_offices(tree, activity)
            for edit, month in ((self.start_edit, activity.start_month), (self.end_edit, activity.end_month)):
                if not (same and edit.is_modified()):
                    edit.set_month(month)
            self.ongoing_check.setChecked(activity.ongoing)
            self._show_ongoing(activity.ongoing)
            goals = tree.goal_titles
            titles = [goals[g] for g in activity.goal_ids if g in goals]
            self.goals_label.setText(
                "\n".join(f"• {t}" for t in titles) if titles else self.tr("None linked")
            )
            self._show_status(activity)
            self.history.show_reports(read_status_history(self.context.workspace.path, activity.id))
            if not same:
                self.title_error.show_message("")
                self.schedule_error.show_message("")
                self.decision_error.show_message("")
        finally:
            self._loading = False
        self._set_editable(not self.context.read_only)

    def _link_goals(self) -> None:
        if self.activity is None or self.context.read_only:
            return
        from desktop_app.ui.steering.goals import ActivityGoalsDialog  # loaded when first used

        dialog = ActivityGoalsDialog(self.context, self.activity.id, self)
        dialog.exec()
        dialog.deleteLater()

    def _set_editable(self, editable: bool) -> None:
        for widget in (self.title_edit, self.owner_edit):
            widget.setReadOnly(not editable)
        self.description_edit.setReadOnly(not editable)
        for widget in (
            self.initiative_combo,
            self.lifecycle_combo,
            self.priority_spin,
            self.office_combo,
            self.new_office_button,
            self.new_person_button,
            self.participants_list,
            self.start_edit,
            self.ongoing_check,
            self.report_button,
            self.goals_button,
        ):
            widget.setEnabled(editable)
        for field in (self.decision_edit, self.start_edit, self.end_edit):
            field.set_read_only(not editable)
        if not editable:
            self.end_edit.setEnabled(False)

    def _show_ongoing(self, ongoing: bool) -> None:
        """Löpande: the end is greyed out and says so, as there is no end to give."""
        self.end_edit.setEnabled(not ongoing and not self.context.read_only)
        self.end_edit.set_placeholder(self.tr("Ongoing") if ongoing else self.tr("Not set"))
        if ongoing:
            self.end_edit.set_month(None)

    @staticmethod
    def _set_text(edit: QLineEdit, text: str, same: bool) -> None:
        if edit.text() != text and not (same and edit.hasFocus() and edit.isModified()):
            edit.setText(text)
            edit.setCursorPosition(0)
            edit.setModified(False)

    def _fill_initiatives(self, tree: PlanTree, current_id: str) -> None:
        self.initiative_combo.clear()
        for initiative in tree.initiatives():
            self.initiative_combo.addItem(f"{initiative.code}  {initiative.title}", initiative.id)
        self.initiative_combo.setCurrentIndex(self.initiative_combo.findData(current_id))

    def _fill_offices(self, tree: PlanTree, activity: ActivityNode) -> None:
        self.office_combo.clear()
        self.office_combo.addItem(self.tr("— none —"), "")
        for office_id, name in tree.offices:
            self.office_combo.addItem(name, office_id)
        self.office_combo.setCurrentIndex(
            max(0, self.office_combo.findData(activity.responsible_office_id or ""))
        )
        self.participants_list.blockSignals(True)
        self.participants_list.clear()
        for office_id, name in tree.offices:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, office_id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            checked = office_id in activity.participating_office_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.participants_list.addItem(item)
        self.participants_list.blockSignals(False)
        rows = max(1, min(5, len(tree.offices)))
        self.participants_list.setFixedHeight(self.participants_list.sizeHintForRow(0) * rows + 8)

    def _show_status(self, activity: ActivityNode) -> None:
        current = activity.current
        self.status_light.set_status(activity.status)
        if current is None:
            self.status_title.setText(status_label(None))
            self.status_details.setText(self.tr("Report the first status with “Report status…”."))
            return
        self.status_title.setText(f"{status_label(current.status)} · {current.reported_on.isoformat()}")
        colour = COLOURS[current.status].darker(140).name()
        self.status_title.setStyleSheet(f"font-weight: 600; color: {colour};")
        lines = []
        if current.comment:
            lines.append(current.comment)
        if current.cause:
            lines.append(self.tr("Cause: %1").replace("%1", current.cause))
        if current.recommended_action:
            lines.append(self.tr("Recommended action: %1").replace("%1", current.recommended_action))
        self.status_details.setText("\n".join(lines))

    # --- saving -------------------------------------------------------------------

    def commit_pending(self) -> bool:
        """Save whatever is typed but not yet saved; ``False`` when something invalid remains."""
        if self.activity is None or self.context.read_only:
            return True
        ok = True
        if self.title_edit.text().strip() != self.activity.title:
            ok = self._save_text("title", self.title_edit.text()) and ok
        ok = self._save_owner() and ok
        if self.description_edit.toPlainText() != self.activity.description:
            ok = self._save_text("description", self.description_edit.toPlainText()) and ok
        if self.decision_edit.is_modified():
            ok = self._save_decision() and ok
        if self.start_edit.is_modified() or self.end_edit.is_modified():
            ok = self._save_schedule() and ok
        return ok

    def _check_title(self, text: str) -> None:
        self.title_error.show_message("" if text.strip() else self.tr("The activity must have a title."))

    def _save_text(self, name: str, value: str) -> bool:
        value = value.strip() if name != "description" else value
        if self.activity is None or getattr(self.activity, name) == value:
            return True
        labels = {"title": self.tr("title"), "description": self.tr("description")}
        return self._save({name: value}, labels[name])

    def _save_owner(self) -> bool:
        """Save Ansvarig: the person picked, or the text (which links when it names one person)."""
        if self._loading or self.activity is None or self.context.read_only:
            return True
        person_id, text = self.owner_picker.value()
        if (person_id, text) == (self.activity.owner_person_id, self.activity.owner):
            return True
        if person_id is None and text == self.activity.owner and self.activity.owner_person_id is None:
            return True
        changes = self.owner_picker.changes("owner", "owner_person_id")
        if not self._save(changes, self.tr("owner")):
            return False
        if self.activity is not None:  # as saved: a typed name that names a person is linked to them
            saved = self.context.plan.activity_values(self.activity.id)
            self.owner_picker.set_value(saved["owner"], saved["owner_person_id"])
        return True

    def _save_lifecycle(self) -> None:
        self._save({"lifecycle": Lifecycle(self.lifecycle_combo.currentData())}, self.tr("lifecycle"))

    def _save_decision(self) -> bool:
        try:
            value = self.decision_edit.value()
        except ValidationError as error:
            self.decision_error.show_message(str(error))
            return False
        self.decision_error.show_message("")
        if self.activity is not None and value != self.activity.decision_date:
            return self._save({"decision_date": value}, self.tr("decision date"))
        return True

    def _save_priority(self) -> None:
        value = self.priority_spin.value() or None
        if self.activity is not None and value != self.activity.priority:
            self._save({"priority": value}, self.tr("priority"))

    def _save_office(self) -> None:
        self._save(
            {"responsible_office_id": self.office_combo.currentData() or None}, self.tr("responsible office")
        )

    def _save_participants(self) -> None:
        if self._loading:
            return
        ids = []
        for row in range(self.participants_list.count()):
            item = self.participants_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(item.data(Qt.ItemDataRole.UserRole))
        self._save({"participating_office_ids": tuple(sorted(ids))}, self.tr("participating offices"))

    def _save_schedule(self) -> bool:
        if self._loading or self.activity is None:
            return True
        ongoing = self.ongoing_check.isChecked()
        self._show_ongoing(ongoing)
        try:
            changes: dict[str, Any] = {
                "start_month": self.start_edit.month(),
                "end_month": None if ongoing else self.end_edit.month(),
                "ongoing": ongoing,
            }
        except ValidationError as error:
            self.schedule_error.show_message(str(error))
            return False
        changed = {k: v for k, v in changes.items() if getattr(self.activity, k) != v}
        if changed:
            return self._save(changed, self.tr("schedule"))
        self.schedule_error.show_message("")
        return True

    def _save(self, changes: dict[str, Any], label: str) -> bool:
        """Check the rules here first, then save as one undoable command."""
        if self._loading or self.activity is None:
            return True
        activity = self.activity
        merged = {
            "title": activity.title,
            "start_month": activity.start_month,
            "end_month": activity.end_month,
            "lifecycle": activity.lifecycle,
            **changes,
        }
        try:
            validate_activity(merged)
            push(self.context, EditFieldCommand(self.context, "activity", activity.id, changes, label))
        except ValidationError as error:
            self._show_error(error)
            return False
        except PlanError as error:
            self.title_error.show_message(str(error))
            return False
        if "title" in changes:
            self.title_error.show_message("")
        if {"start_month", "end_month", "ongoing"} & set(changes):
            self.schedule_error.show_message("")
        if "decision_date" in changes:
            self.decision_error.show_message("")
        self.saved.emit(label)
        return True

    def _show_error(self, error: ValidationError) -> None:
        if error.field in ("start_month", "end_month", "ongoing"):
            self.schedule_error.show_message(str(error))
        elif error.field == "title" and not self.title_edit.text().strip():
            self.title_error.show_message(self.tr("The activity must have a title."))
        elif error.field == "decision_date":
            self.decision_error.show_message(str(error))
        else:
            self.title_error.show_message(str(error))

    def _new_office(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("New office or unit"), self.tr("Name of the office or unit:")
        )
        if not ok or not name.strip() or self.activity is None:
            return
        from desktop_app.ui.register_commands import AddOfficeCommand  # the table classes, when first needed

        command = AddOfficeCommand(self.context, name)  # an undoable step, as in the registers
        try:
            push(self.context, command)
        except PlanError as error:
            self.title_error.show_message(str(error))
            return
        self._save({"responsible_office_id": command.record_id}, self.tr("responsible office"))

    def _move(self) -> None:
        target = self.initiative_combo.currentData()
        if self._loading or self.activity is None or target == self.activity.initiative_id:
            return
        command = MoveActivityCommand(
            self.context, self.activity.id, target, 10**6, self.tr("Move activity to another initiative")
        )
        try:
            push(self.context, command)
        except PlanError as error:
            self.title_error.show_message(str(error))
            return
        self.saved.emit(self.tr("initiative"))
