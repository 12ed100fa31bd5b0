"""Steering meetings: the list, one meeting's date, attendees and notes, and its agenda.

The agenda is prepared from the plan (``SteeringService.agenda``); each item
has the buttons the steering group needs to act on it at the meeting.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from database.models import DecisionKind
from desktop_app.services.errors import PlanError
from desktop_app.services.labels import schedule_label
from desktop_app.services.steering import Agenda, MeetingRow, SteeringMember
from desktop_app.ui.context import AppContext
from desktop_app.ui.steering import commands
from desktop_app.ui.steering.commands import SteeringServices
from desktop_app.ui.steering.dialogs import DecisionDialog
from desktop_app.ui.steering.forms import ErrorLabel, date_edit, date_of, heading, hint, iso, set_date
from desktop_app.ui.steering.labels import (
    decision_kind_label,
    follow_up_label,
    idea_state_label,
    role_label,
    status_label,
)
from desktop_app.ui.steering.tables import (
    CheckableListModel,
    Column,
    RowTableModel,
    make_table,
    select_where,
    selected_row,
)


class AgendaSection(QWidget):
    """One part of the agenda: a table and the buttons acting on its selected row."""

    def __init__(self, model: RowTableModel, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.table: QTableView = make_table(model, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(hint(explanation))
        layout.addWidget(self.table, 1)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        layout.addLayout(self.buttons)

    def add_button(self, text: str) -> QPushButton:
        button = QPushButton(text, self)
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        return button


class MeetingsView(QWidget):
    """The "Möten" tab of the steering window."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.services = SteeringServices.of(context)
        self.agenda: Agenda | None = None
        self.dialog: DecisionDialog | None = None
        self._form_meeting_id: str | None = None
        self._dirty = False

        self.meetings_model: RowTableModel[MeetingRow] = RowTableModel(
            [
                Column(self.tr("Date"), lambda m: iso(m.meeting_date)),
                Column(self.tr("Location"), lambda m: m.location, stretch=True),
                Column(self.tr("Decisions"), lambda m: str(m.decision_count) if m.decision_count else ""),
            ],
            self,
        )
        self.meetings_table = make_table(self.meetings_model, self)
        self.new_button = QPushButton(self.tr("New meeting"))
        self.delete_button = QPushButton(self.tr("Delete"))
        list_panel = QWidget()
        list_layout = QVBoxLayout(list_panel)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(heading(self.tr("Steering meetings")))
        list_layout.addWidget(self.meetings_table, 1)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.delete_button)
        list_buttons.addStretch(1)
        list_layout.addLayout(list_buttons)
        self.list_error = ErrorLabel()
        list_layout.addWidget(self.list_error)

        self.detail = QWidget()
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self._build_meeting_form())
        self.agenda_heading = heading(self.tr("Agenda"))
        self.agenda_hint = hint("")
        detail_layout.addWidget(self.agenda_heading)
        detail_layout.addWidget(self.agenda_hint)
        detail_layout.addWidget(self._build_agenda(), 1)
        self.empty = hint(
            self.tr("Create a meeting with “New meeting”. Its agenda is prepared from the plan.")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        right_layout.addWidget(self.empty, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(list_panel)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.new_button.clicked.connect(self.new_meeting)
        self.delete_button.clicked.connect(self.delete_meeting)
        self.meetings_table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        context.plan_changed.connect(self.reload)
        self.reload()

    # --- building ------------------------------------------------------------------------------

    def _build_meeting_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("Meeting"))
        self.date = date_edit()
        self.location = QLineEdit()
        self.location.setPlaceholderText(self.tr("e.g. Stadshuset, room Tälje"))
        self.attendees_model = CheckableListModel(self)
        self.attendees = QListView()
        self.attendees.setModel(self.attendees_model)
        self.attendees.setMaximumHeight(self.fontMetrics().lineSpacing() * 6 + 12)
        self.no_members = hint(
            self.tr(
                "No one has the role steering-group member yet. Add the members in the register of people."
            )
        )
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.save_button = QPushButton(self.tr("Save meeting"))
        self.form_error = ErrorLabel()
        left = QFormLayout()
        left.addRow(self.tr("Date:"), self.date)
        left.addRow(self.tr("Location:"), self.location)
        left.addRow(self.tr("Notes:"), self.notes)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Present from the steering group:")))
        right.addWidget(self.attendees)
        right.addWidget(self.no_members)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(box)
        layout.addLayout(columns)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        layout.addWidget(self.form_error)
        layout.addLayout(save_row)
        for signal in (
            self.date.dateChanged,
            self.location.textEdited,
            self.notes.textChanged,
            self.attendees_model.changed,
        ):
            signal.connect(self._mark_dirty)
        self.save_button.clicked.connect(self.save_meeting)
        return box

    def _build_agenda(self) -> QTabWidget:
        self.agenda_tabs = QTabWidget()
        self.agenda_tabs.setDocumentMode(True)
        self.proposed = AgendaSection(
            RowTableModel(
                [
                    Column(self.tr("Code"), lambda a: a.code),
                    Column(self.tr("Activity"), lambda a: a.title, stretch=True),
                    Column(self.tr("Responsible"), lambda a: a.responsible_office or a.owner, width=180),
                    Column(
                        self.tr("Schedule"), lambda a: schedule_label(a.start_month, a.end_month, a.ongoing)
                    ),
                    Column(self.tr("Priority"), lambda a: str(a.priority or "")),
                ],
                self,
            ),
            self.tr(
                "Activities proposed in the focus-area groups, waiting for the steering group's decision."
            ),
        )
        self.approve_button = self.proposed.add_button(self.tr("Approve…"))
        self.cancel_button = self.proposed.add_button(self.tr("Cancel…"))
        self.complete_button = self.proposed.add_button(self.tr("Completed…"))
        self.priority_button = self.proposed.add_button(self.tr("Set priority…"))
        self.deviations = AgendaSection(
            RowTableModel(
                [
                    Column(self.tr("Status"), lambda d: status_label(d.status), light=lambda d: d.status),
                    Column(self.tr("Code"), lambda d: d.activity.code),
                    Column(self.tr("Activity"), lambda d: d.activity.title, width=240),
                    Column(self.tr("Since"), lambda d: iso(d.since)),
                    Column(self.tr("Recommended action"), lambda d: d.recommended_action, stretch=True),
                    Column(self.tr("Decision"), lambda d: d.decision.text if d.decision else "", width=160),
                ],
                self,
            ),
            self.tr(
                "Current deviations (yellow and red) with the recommended action agreed by the process "
                "leader and the focus-area lead."
            ),
        )
        self.decide_button = self.deviations.add_button(self.tr("Decide action…"))
        self.ideas = AgendaSection(
            RowTableModel(
                [
                    Column(self.tr("Date"), lambda i: iso(i.received_on)),
                    Column(self.tr("Forum"), lambda i: i.forum),
                    Column(self.tr("Idea or feedback"), lambda i: i.text, stretch=True),
                    Column(self.tr("State"), lambda i: idea_state_label(i.state)),
                ],
                self,
            ),
            self.tr("Ideas and feedback from the business dialogue forums since the previous meeting."),
        )
        self.unchecked = AgendaSection(
            RowTableModel(
                [
                    Column(self.tr("Code"), lambda r: r.code),
                    Column(self.tr("Focus area"), lambda r: r.title, stretch=True),
                    Column(self.tr("Last check"), lambda r: iso(r.last_checked_on) or self.tr("Never")),
                ],
                self,
            ),
            self.tr(
                "Focus areas whose activity list the process leader and the focus-area lead have not "
                "checked since the previous meeting."
            ),
        )
        self.decided = AgendaSection(
            RowTableModel(
                [
                    Column(self.tr("Kind"), lambda d: decision_kind_label(d.kind)),
                    Column(self.tr("Code"), lambda d: d.activity_code),
                    Column(self.tr("Decision"), lambda d: d.text, stretch=True),
                    Column(self.tr("Followed up by"), lambda d: d.follow_up_by),
                    Column(self.tr("By date"), lambda d: iso(d.follow_up_date)),
                    Column(self.tr("Follow-up"), lambda d: follow_up_label(d.follow_up_state)),
                ],
                self,
            ),
            self.tr("Decisions recorded at this meeting. Undo a decision made by mistake with Edit ▸ Undo."),
        )
        self.other_button = self.decided.add_button(self.tr("Other decision…"))
        for section in (self.proposed, self.deviations, self.ideas, self.unchecked, self.decided):
            self.agenda_tabs.addTab(section, "")
        self.approve_button.clicked.connect(lambda: self._decide_on_proposed(DecisionKind.APPROVE))
        self.cancel_button.clicked.connect(lambda: self._decide_on_proposed(DecisionKind.CANCEL))
        self.complete_button.clicked.connect(lambda: self._decide_on_proposed(DecisionKind.COMPLETE))
        self.priority_button.clicked.connect(lambda: self._decide_on_proposed(DecisionKind.PRIORITY))
        self.decide_button.clicked.connect(self._decide_on_deviation)
        self.other_button.clicked.connect(self._other_decision)
        return self.agenda_tabs

    # --- loading -------------------------------------------------------------------------------

    def selected_meeting(self) -> MeetingRow | None:
        return selected_row(self.meetings_table)

    def reload(self) -> None:
        current = self.selected_meeting()
        meetings = self.services.steering.meetings()
        self.meetings_model.set_rows(meetings)
        if not (current and select_where(self.meetings_table, lambda m: m.id == current.id)) and meetings:
            self.meetings_table.selectRow(0)
        self._show_selected()

    def _show_selected(self) -> None:
        meeting = self.selected_meeting()
        self.detail.setVisible(meeting is not None)
        self.empty.setVisible(meeting is None)
        self.delete_button.setEnabled(meeting is not None)
        self.list_error.show_message("")
        if meeting is None:
            self.agenda = None
            return
        if meeting.id != self._form_meeting_id or not self._dirty:
            self._fill_form(meeting)
        self.agenda = self.services.steering.agenda(meeting.id)
        self._fill_agenda(self.agenda)

    def _fill_form(self, meeting: MeetingRow) -> None:
        members = self.services.steering.members()
        known = {m.person_id for m in members}
        former = self.services.steering.people_named(set(meeting.attendee_ids) - known)
        members += [SteeringMember(pid, name, "", ()) for pid, name in former.items()]
        for widget in (self.date, self.location, self.notes):
            widget.blockSignals(True)
        set_date(self.date, meeting.meeting_date)
        self.location.setText(meeting.location)
        self.notes.setPlainText(meeting.notes)
        for widget in (self.date, self.location, self.notes):
            widget.blockSignals(False)
        self.attendees_model.set_items(
            [(m.person_id, _member_label(m)) for m in members], set(meeting.attendee_ids)
        )
        self.attendees.setVisible(bool(members))
        self.no_members.setVisible(not members)
        self.form_error.show_message("")
        self._form_meeting_id = meeting.id
        self._dirty = False

    def _fill_agenda(self, agenda: Agenda) -> None:
        since = agenda.previous_meeting_date
        self.agenda_heading.setText(
            self.tr("Agenda for %1").replace("%1", agenda.meeting.meeting_date.isoformat())
        )
        self.agenda_hint.setText(
            self.tr("Prepared from the plan. Previous meeting: %1.").replace("%1", since.isoformat())
            if since
            else self.tr("Prepared from the plan. This is the first meeting.")
        )
        parts: tuple[tuple[AgendaSection, list, Callable[[Any], str], str], ...] = (
            (self.proposed, agenda.proposed, lambda a: a.id, self.tr("Proposed activities (%1)")),
            (self.deviations, agenda.deviations, lambda d: d.activity.id, self.tr("Deviations (%1)")),
            (self.ideas, agenda.ideas, lambda i: i.id, self.tr("Ideas and feedback (%1)")),
            (
                self.unchecked,
                agenda.unchecked_areas,
                lambda r: r.focus_area_id,
                self.tr("Focus areas not checked (%1)"),
            ),
            (self.decided, agenda.decisions, lambda d: d.id, self.tr("Decisions at this meeting (%1)")),
        )
        for number, (section, rows, key, title) in enumerate(parts):
            selected = selected_row(section.table)
            section.model.set_rows(rows)
            if selected is not None:
                wanted = key(selected)
                select_where(section.table, lambda row, key=key, wanted=wanted: key(row) == wanted)
            self.agenda_tabs.setTabText(number, title.replace("%1", str(len(rows))))

    # --- editing ---------------------------------------------------------------------------------

    def _mark_dirty(self) -> None:
        self._dirty = True

    def new_meeting(self) -> None:
        try:
            command, meeting_id = commands.create_meeting(self.context, date.today(), "", "", [])
        except PlanError as error:
            self.list_error.show_message(str(error))
            return
        commands.push(self.context, command)
        select_where(self.meetings_table, lambda m: m.id == meeting_id)
        self.date.setFocus()

    def save_meeting(self) -> None:
        meeting = self.selected_meeting()
        if meeting is None:
            return
        changes = {
            "meeting_date": date_of(self.date),
            "location": self.location.text(),
            "notes": self.notes.toPlainText(),
            "attendee_ids": self.attendees_model.checked_ids(),
        }
        try:
            command = commands.update_meeting(self.context, meeting.id, changes)
        except PlanError as error:
            self.form_error.show_message(str(error))
            return
        self._dirty = False
        commands.push(self.context, command)

    def delete_meeting(self) -> None:
        meeting = self.selected_meeting()
        if meeting is None:
            return
        try:
            command = commands.delete_meeting(self.context, meeting.id)
        except PlanError as error:
            self.list_error.show_message(str(error))
            return
        self._dirty = False
        commands.push(self.context, command)

    def _open(self, dialog: DecisionDialog) -> None:
        self.dialog = dialog
        dialog.setModal(True)
        dialog.open()

    def _decide_on_proposed(self, kind: DecisionKind) -> None:
        activity = selected_row(self.proposed.table)
        meeting = self.selected_meeting()
        if activity is None or meeting is None:
            return
        texts = {
            DecisionKind.APPROVE: self.tr("The steering group approves the activity."),
            DecisionKind.CANCEL: self.tr("The activity is cancelled."),
            DecisionKind.COMPLETE: self.tr("The activity is completed."),
            DecisionKind.PRIORITY: self.tr("The activity is given priority."),
        }
        self._open(
            DecisionDialog(
                self.context,
                self.meetings_model.rows(),
                meeting.id,
                kind,
                activity=activity,
                text=texts[kind],
                parent=self,
            )
        )

    def _decide_on_deviation(self) -> None:
        deviation = selected_row(self.deviations.table)
        meeting = self.selected_meeting()
        if deviation is None or meeting is None:
            return
        self._open(
            DecisionDialog(
                self.context,
                self.meetings_model.rows(),
                meeting.id,
                DecisionKind.DEVIATION_ACTION,
                deviation=deviation,
                text=deviation.recommended_action,
                parent=self,
            )
        )

    def _other_decision(self) -> None:
        meeting = self.selected_meeting()
        if meeting is not None:
            self._open(
                DecisionDialog(
                    self.context, self.meetings_model.rows(), meeting.id, DecisionKind.OTHER, parent=self
                )
            )


def _member_label(member: SteeringMember) -> str:
    details = ", ".join([*([member.title] if member.title else []), *map(role_label, member.roles)])
    return f"{member.name} ({details})" if details else member.name
