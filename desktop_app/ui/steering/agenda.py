"""The agenda of a steering meeting, prepared from the plan, with the buttons to act on each item."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget

from database.enums import DecisionKind
from desktop_app.services.labels import schedule_label
from desktop_app.services.steering import Agenda, MeetingRow
from desktop_app.ui.context import AppContext
from desktop_app.ui.status_light import status_label
from desktop_app.ui.steering.dialogs import DecisionDialog
from desktop_app.ui.steering.forms import heading, hint, iso
from desktop_app.ui.steering.labels import decision_kind_label, follow_up_label, idea_state_label
from desktop_app.ui.steering.tables import Column, RowTableModel, make_table, select_where, selected_row


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


class AgendaView(QWidget):
    """The agenda part of the "Möten" tab: proposed activities, deviations, ideas, unchecked focus areas
    and the decisions already taken at the meeting."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.agenda: Agenda | None = None
        self.meetings: list[MeetingRow] = []
        self.dialog: DecisionDialog | None = None
        self.agenda_heading = heading(self.tr("Agenda"))
        self.agenda_hint = hint("")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.agenda_heading)
        layout.addWidget(self.agenda_hint)
        layout.addWidget(self._build(), 1)

    def _build(self) -> QTabWidget:
        self.agenda_tabs = QTabWidget()
        self.agenda_tabs.setDocumentMode(True)
        self.agenda_tabs.setAccessibleName(self.tr("Agenda"))
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
        self.cancel_button = self.proposed.add_button(self.tr("Cancel the activity…"))
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

    def show_agenda(self, agenda: Agenda, meetings: list[MeetingRow]) -> None:
        """Show the agenda of a meeting; ``meetings`` are those a decision can be recorded at."""
        self.agenda = agenda
        self.meetings = meetings
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
            section.table.setAccessibleName(title.replace("(%1)", "").strip())

    # --- deciding ---------------------------------------------------------------------------------

    def _open(self, dialog: DecisionDialog) -> None:
        self.dialog = dialog
        dialog.setModal(True)
        dialog.open()

    def _decide_on_proposed(self, kind: DecisionKind) -> None:
        activity = selected_row(self.proposed.table)
        meeting = self.agenda.meeting if self.agenda else None
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
                self.meetings,
                meeting.id,
                kind,
                activity=activity,
                text=texts[kind],
                parent=self,
            )
        )

    def _decide_on_deviation(self) -> None:
        deviation = selected_row(self.deviations.table)
        meeting = self.agenda.meeting if self.agenda else None
        if deviation is None or meeting is None:
            return
        self._open(
            DecisionDialog(
                self.context,
                self.meetings,
                meeting.id,
                DecisionKind.DEVIATION_ACTION,
                deviation=deviation,
                text=deviation.recommended_action,
                parent=self,
            )
        )

    def _other_decision(self) -> None:
        meeting = self.agenda.meeting if self.agenda else None
        if meeting is not None:
            self._open(
                DecisionDialog(self.context, self.meetings, meeting.id, DecisionKind.OTHER, parent=self)
            )
