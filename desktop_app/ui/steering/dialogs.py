"""Dialogs of the steering work: a decision, an agreed action, a focus-area check, an idea made an activity.

Each dialog performs its edit when OK is pressed; a broken rule is shown in
the dialog, which stays open, and nothing reaches the undo stack.
"""

from __future__ import annotations

import html
from datetime import date, timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from database.enums import DecisionKind
from desktop_app.services.deviations import DeviationRow
from desktop_app.services.errors import PlanError
from desktop_app.services.ideas import IdeaRow
from desktop_app.services.rhythm import FocusAreaRhythm
from desktop_app.services.steering import MeetingRow
from desktop_app.services.tree import ActivityNode
from desktop_app.ui.context import AppContext
from desktop_app.ui.person_picker import PersonPicker
from desktop_app.ui.status_light import status_label
from desktop_app.ui.steering import commands
from desktop_app.ui.steering.commands import ServiceCommand
from desktop_app.ui.steering.forms import ErrorLabel, date_edit, date_of, hint
from desktop_app.ui.steering.labels import decision_kind_label


class FormDialog(QDialog):
    """A dialog with a form, an inline error message and OK/Cancel; OK runs ``submit``."""

    def __init__(self, context: AppContext, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        self.intro = QVBoxLayout()
        layout.addLayout(self.intro)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.form)
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def submit(self) -> ServiceCommand | None:
        raise NotImplementedError

    def _accept(self) -> None:
        try:
            command = self.submit()
        except PlanError as error:
            self.error.show_message(str(error))
            return
        commands.push(self.context, command)
        self.accept()


class DecisionDialog(FormDialog):
    """Record a steering-group decision at a meeting, on an activity or in general."""

    def __init__(
        self,
        context: AppContext,
        meetings: list[MeetingRow],
        meeting_id: str,
        kind: DecisionKind,
        *,
        activity: ActivityNode | None = None,
        deviation: DeviationRow | None = None,
        text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, self.tr("Decision: %1").replace("%1", decision_kind_label(kind)), parent)
        self.kind = kind
        self.activity = deviation.activity if deviation else activity
        if self.activity is not None:
            title = QLabel(f"<b>{self.activity.code}</b> {html.escape(self.activity.title)}")
            title.setWordWrap(True)
            self.intro.addWidget(title)
        if deviation is not None:
            self.intro.addWidget(
                hint(
                    self.tr("%1 since %2. Cause: %3. Recommended action: %4")
                    .replace("%1", status_label(deviation.status))
                    .replace("%2", deviation.since.isoformat())
                    .replace("%3", deviation.cause or "–")
                    .replace("%4", deviation.recommended_action or "–")
                )
            )
        self.meeting = QComboBox()
        for meeting in meetings:
            self.meeting.addItem(f"{meeting.meeting_date}  {meeting.location}".strip(), meeting.id)
        self.meeting.setCurrentIndex(max(0, self.meeting.findData(meeting_id)))
        self.form.addRow(self.tr("Meeting:"), self.meeting)
        self.priority = QSpinBox()
        self.priority.setRange(1, 99)
        if kind is DecisionKind.PRIORITY:
            self.priority.setValue(activity.priority if activity and activity.priority else 1)
            self.form.addRow(self.tr("Priority:"), self.priority)
        self.text = QPlainTextEdit(text)
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.form.addRow(self.tr("Decision:"), self.text)
        self.follow_up = QGroupBox(self.tr("Follow-up"))
        self.follow_up_picker = PersonPicker(context, self.tr("Who follows up the decision"), self)
        self.follow_up_picker.reload()
        self.follow_up_picker.error.connect(self.error.show_message)
        self.follow_up_by = self.follow_up_picker.edit
        meeting_date = next((m.meeting_date for m in meetings if m.id == meeting_id), date.today())
        self.follow_up_date = date_edit(meeting_date + timedelta(days=30))
        follow_up_form = QFormLayout(self.follow_up)
        who = QHBoxLayout()
        who.addWidget(self.follow_up_by, 1)
        who.addWidget(self.follow_up_picker.new_button)
        follow_up_form.addRow(self.tr("Followed up by:"), who)
        follow_up_form.addRow(self.tr("By date:"), self.follow_up_date)
        if kind is DecisionKind.OTHER:
            self.follow_up.setCheckable(True)
            self.follow_up.setChecked(False)
        if kind in (DecisionKind.DEVIATION_ACTION, DecisionKind.OTHER):
            self.form.addRow(self.follow_up)

    def submit(self) -> ServiceCommand:
        details: dict = {"activity_id": self.activity.id if self.activity else None}
        if self.kind is DecisionKind.PRIORITY:
            details["priority"] = self.priority.value()
        if self.kind is DecisionKind.DEVIATION_ACTION or (
            self.kind is DecisionKind.OTHER and self.follow_up.isChecked()
        ):
            details.update(self.follow_up_picker.changes("follow_up_by", "follow_up_person_id"))
            details["follow_up_date"] = date_of(self.follow_up_date)
        return commands.record_decision(
            self.context, self.meeting.currentData(), self.kind, self.text.toPlainText(), **details
        )


class AgreementDialog(FormDialog):
    """Note that the process leader and the focus-area lead agreed on a recommended action."""

    def __init__(self, context: AppContext, deviation: DeviationRow, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Agreed recommended action"), parent)
        self.deviation = deviation
        title = QLabel(f"<b>{deviation.activity.code}</b> {html.escape(deviation.activity.title)}")
        title.setWordWrap(True)
        self.intro.addWidget(title)
        self.intro.addWidget(
            hint(self.tr("Recommended action: %1").replace("%1", deviation.recommended_action or "–"))
        )
        self.agreed_by = QLineEdit(deviation.action_agreed_by)
        self.agreed_by.setPlaceholderText(self.tr("Process leader and focus-area lead"))
        self.agreed_on = date_edit(deviation.action_agreed_on or date.today())
        self.form.addRow(self.tr("Agreed by:"), self.agreed_by)
        self.form.addRow(self.tr("Agreed on:"), self.agreed_on)

    def submit(self) -> ServiceCommand:
        return commands.record_action_agreement(
            self.context, self.deviation.report_id, self.agreed_by.text(), date_of(self.agreed_on)
        )


class CheckDialog(FormDialog):
    """Record a check of a focus area's activity list (process leader with the focus-area lead)."""

    def __init__(self, context: AppContext, area: FocusAreaRhythm, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Record check"), parent)
        self.area = area
        heading = self.tr("<b>Focus area %1</b> %2").replace("%1", area.code)
        title = QLabel(heading.replace("%2", html.escape(area.title)))
        title.setWordWrap(True)
        self.intro.addWidget(title)
        self.checked_on = date_edit()
        self.checked_by = QLineEdit(area.last_checked_by)
        self.checked_by.setPlaceholderText(self.tr("Process leader and focus-area lead"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.form.addRow(self.tr("Date:"), self.checked_on)
        self.form.addRow(self.tr("Checked by:"), self.checked_by)
        self.form.addRow(self.tr("Note:"), self.note)

    def submit(self) -> ServiceCommand:
        return commands.record_check(
            self.context,
            self.area.focus_area_id,
            date_of(self.checked_on),
            self.checked_by.text(),
            self.note.toPlainText(),
        )


class MakeActivityDialog(FormDialog):
    """Turn an idea into a proposed activity under an initiative of the plan."""

    def __init__(self, context: AppContext, idea: IdeaRow, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Make idea an activity"), parent)
        self.idea = idea
        self.intro.addWidget(
            hint(self.tr("The idea becomes a proposed activity that the steering group can approve."))
        )
        self.initiative = QComboBox()
        tree = context.plan.tree()
        for area in tree.focus_areas:
            for initiative in area.initiatives:
                label = f"{initiative.code}  {initiative.title}"
                self.initiative.addItem(label if len(label) < 90 else label[:88] + "…", initiative.id)
                self.initiative.setItemData(self.initiative.count() - 1, initiative.title, 3)  # tooltip
                if area.id == idea.focus_area_id and self.initiative.count() and not self._preselected():
                    self.initiative.setCurrentIndex(self.initiative.count() - 1)
                    self.initiative.setProperty("preselected", True)
        first_line = idea.text.strip().splitlines()[0] if idea.text.strip() else ""
        self.title = QLineEdit(first_line[:120])
        self.form.addRow(self.tr("Initiative:"), self.initiative)
        self.form.addRow(self.tr("Activity title:"), self.title)

    def _preselected(self) -> bool:
        return bool(self.initiative.property("preselected"))

    def submit(self) -> ServiceCommand:
        command, self.activity_id = commands.make_activity(
            self.context, self.idea.id, self.initiative.currentData(), self.title.text()
        )
        return command
