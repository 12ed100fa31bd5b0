"""Steering meetings: the list, one meeting's date, attendees and notes, and its agenda.

The agenda is prepared from the plan (``SteeringService.agenda``); each item
has the buttons the steering group needs to act on it at the meeting.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from database.enums import Role
from desktop_app.services.errors import PlanError
from desktop_app.services.steering import MeetingRow, SteeringMember
from desktop_app.ui.context import AppContext
from desktop_app.ui.person_picker import PersonPicker
from desktop_app.ui.steering import commands
from desktop_app.ui.steering.agenda import AgendaView
from desktop_app.ui.steering.commands import SteeringServices
from desktop_app.ui.steering.forms import ErrorLabel, date_edit, date_of, heading, hint, iso, set_date
from desktop_app.ui.steering.labels import role_label
from desktop_app.ui.steering.tables import (
    CheckableListModel,
    Column,
    RowTableModel,
    make_table,
    select_where,
    selected_row,
)


class MeetingsView(QWidget):
    """The "Möten" tab of the steering window."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.services = SteeringServices.of(context)
        self._form_meeting_id: str | None = None
        self._dirty = False

        self.meetings_model: RowTableModel[MeetingRow] = RowTableModel(
            [
                Column(self.tr("Date"), lambda m: iso(m.meeting_date)),
                Column(self.tr("Location"), lambda m: m.location, stretch=True),
                Column(
                    self.tr("Decisions"),
                    lambda m: str(m.decision_count) if m.decision_count else "",
                    numeric=True,
                ),
            ],
            self,
        )
        self.meetings_table = make_table(self.meetings_model, self, name=self.tr("Meetings"))
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
        self.agenda_view = AgendaView(context)
        detail_layout.addWidget(self.agenda_view, 1)
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
        self.location.setPlaceholderText(self.tr("e.g. City Hall, room 2"))
        self.attendees_model = CheckableListModel(self)
        self.attendees = QListView()
        self.attendees.setModel(self.attendees_model)
        self.attendees.setMaximumHeight(self.fontMetrics().lineSpacing() * 6 + 12)
        self.no_members = hint(
            self.tr(
                "No one has the role steering-group member yet. Add the members in the register of people."
            )
        )
        # Anyone in the register can be marked present (a guest, a focus-area lead): type to find them.
        self.attendee_search = PersonPicker(
            self.context, self.tr("Type to add someone from the register of people"), self
        )
        self.attendee_search.new_button.hide()
        self.attendee_search.edit.setAccessibleName(self.tr("Add someone present"))
        self.new_member_button = QPushButton(self.tr("New person…"))
        self.new_member_button.setToolTip(
            self.tr("Add a steering-group member to the register of people and mark them present")
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
        right.addWidget(self.attendee_search.edit)
        right.addWidget(self.new_member_button, 0, Qt.AlignmentFlag.AlignLeft)
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
            self.date.edited,
            self.location.textEdited,
            self.notes.textChanged,
            self.attendees_model.changed,
        ):
            signal.connect(self._mark_dirty)
        self.save_button.clicked.connect(lambda: self.save_meeting())
        self.new_member_button.clicked.connect(self.new_member)
        self.new_member_button.setEnabled(not self.context.read_only)
        self.attendee_search.committed.connect(self._add_attendee)
        self.attendee_search.edit.setEnabled(not self.context.read_only)
        return box

    def _add_attendee(self) -> None:
        """Mark the person typed or picked in the search field present, and empty the field."""
        text = self.attendee_search.edit.text().strip()
        if not text or self.selected_meeting() is None:
            return
        person_id = self.attendee_search.person_id()
        if person_id is None:
            self.form_error.show_message(
                self.tr("“%1” is not in the register of people. “New person…” adds them.").replace("%1", text)
            )
            return
        self.attendee_search.set_value("", None)
        self.form_error.show_message("")
        checked = self.attendees_model.checked_ids()
        if person_id in checked:
            return
        self._show_attendees(checked | {person_id})
        self._dirty = True

    def _show_attendees(self, checked: set[str]) -> None:
        """The steering group, and anyone else marked present, with ``checked`` ticked."""
        members = self.services.steering.members()
        known = {m.person_id for m in members}
        former = self.services.steering.people_named(checked - known)
        members += [SteeringMember(pid, name, "", ()) for pid, name in former.items()]
        self.attendees_model.set_items([(m.person_id, _member_label(m)) for m in members], checked)
        self.attendees.setVisible(bool(members))
        self.no_members.setVisible(not members)

    def new_member(self) -> None:
        """Put a new steering-group member in the register of people, and mark them present."""
        typed = self.attendee_search.edit.text().strip()
        name, ok = QInputDialog.getText(self, self.tr("New person"), self.tr("Name:"), text=typed)
        if not ok or not name.strip() or self.selected_meeting() is None:
            return
        try:
            person_id = self.context.registers.create_person(name)
            self.context.registers.set_roles(person_id, {(Role.STEERING_MEMBER, None)})
        except PlanError as error:
            self.form_error.show_message(str(error))
            return
        self._show_attendees(self.attendees_model.checked_ids() | {person_id})
        self.attendee_search.reload()
        self.attendee_search.set_value("", None)
        self._dirty = True

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
        previous = self._form_meeting_id
        if self._dirty and previous and (meeting is None or meeting.id != previous):
            # Leaving the form saves it (one undoable step); a value that cannot be saved keeps it.
            if not self.save_meeting(previous):
                select_where(self.meetings_table, lambda m: m.id == previous)
                return
            meeting = self.selected_meeting()
        self.detail.setVisible(meeting is not None)
        self.empty.setVisible(meeting is None)
        self.delete_button.setEnabled(meeting is not None)
        self.list_error.show_message("")
        if meeting is None:
            return
        if meeting.id != self._form_meeting_id or not self._dirty:
            self._fill_form(meeting)
        self.agenda_view.show_agenda(self.services.steering.agenda(meeting.id), self.meetings_model.rows())

    def _fill_form(self, meeting: MeetingRow) -> None:
        for widget in (self.date, self.location, self.notes):
            widget.blockSignals(True)
        set_date(self.date, meeting.meeting_date)
        self.location.setText(meeting.location)
        self.notes.setPlainText(meeting.notes)
        for widget in (self.date, self.location, self.notes):
            widget.blockSignals(False)
        self._show_attendees(set(meeting.attendee_ids))
        self.attendee_search.reload()
        self.attendee_search.set_value("", None)
        self.form_error.show_message("")
        self._form_meeting_id = meeting.id
        self._dirty = False

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

    def commit_pending(self) -> bool:
        """Save what was typed in the meeting form; ``False`` when a value cannot be saved."""
        if not self._dirty or self._form_meeting_id is None or self.context.read_only:
            return True
        return self.save_meeting()

    def save_meeting(self, meeting_id: str | None = None) -> bool:
        """Save the form to the meeting it shows (``meeting_id``, else the form's own meeting)."""
        meeting_id = meeting_id or self._form_meeting_id
        if meeting_id is None:
            return True
        try:
            changes = {
                "meeting_date": date_of(self.date),
                "location": self.location.text(),
                "notes": self.notes.toPlainText(),
                "attendee_ids": self.attendees_model.checked_ids(),
            }
            command = commands.update_meeting(self.context, meeting_id, changes)
        except PlanError as error:
            self.form_error.show_message(str(error))
            return False
        self._dirty = False
        if command is not None:
            commands.push(self.context, command)
        return True

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


def _member_label(member: SteeringMember) -> str:
    details = ", ".join([*([member.title] if member.title else []), *map(role_label, member.roles)])
    return f"{member.name} ({details})" if details else member.name
