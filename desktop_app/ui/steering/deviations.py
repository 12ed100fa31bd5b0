"""The deviation follow-up ("Avvikelser"): every current deviation and what is done about it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from database.enums import DecisionKind, FollowUpState
from desktop_app.services.deviations import DeviationRow
from desktop_app.ui.context import AppContext
from desktop_app.ui.status_light import status_label
from desktop_app.ui.steering.commands import SteeringServices
from desktop_app.ui.steering.dialogs import AgreementDialog, DecisionDialog, FormDialog
from desktop_app.ui.steering.forms import ErrorLabel, heading, hint, iso
from desktop_app.ui.steering.tables import Column, RowTableModel, make_table, select_where, selected_row


class DeviationsView(QWidget):
    """The "Avvikelser" tab of the steering window."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.services = SteeringServices.of(context)
        self.dialog: FormDialog | None = None
        self.model: RowTableModel[DeviationRow] = RowTableModel(
            [
                Column(self.tr("Status"), lambda d: status_label(d.status), light=lambda d: d.status),
                Column(self.tr("Code"), lambda d: d.activity.code),
                Column(self.tr("Activity"), lambda d: d.activity.title, width=200),
                Column(self.tr("Responsible"), lambda d: d.responsible, width=130),
                Column(self.tr("Since"), lambda d: iso(d.since)),
                Column(self.tr("Cause"), lambda d: d.cause, width=160),
                Column(self.tr("Recommended action"), lambda d: d.recommended_action, stretch=True),
                Column(self.tr("Agreed"), lambda d: self._agreed(d), width=90),
                Column(self.tr("Decision"), lambda d: d.decision.text if d.decision else "", width=160),
                Column(
                    self.tr("Follow-up"),
                    lambda d: self._follow_up(d),
                    emphasis=lambda d: d.decision is None,
                ),
            ],
            self,
        )
        self.table = make_table(self.model, self, name=self.tr("Deviations"))
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.agree_button = QPushButton(self.tr("Record agreed action…"))
        self.decide_button = QPushButton(self.tr("Decide action…"))
        self.error = ErrorLabel()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.agree_button)
        buttons.addWidget(self.decide_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Deviation follow-up")))
        layout.addWidget(
            hint(
                self.tr(
                    "Every activity that is yellow or red now. The process leader and the focus-area lead "
                    "agree on a recommended action; the steering group decides and the decision is "
                    "followed up."
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.agree_button.clicked.connect(self.agree)
        self.decide_button.clicked.connect(self.decide)
        context.plan_changed.connect(self.reload)
        self.reload()

    def _agreed(self, deviation: DeviationRow) -> str:
        if not deviation.action_agreed_on:
            return self.tr("Not yet") if deviation.recommended_action else ""
        return iso(deviation.action_agreed_on)

    def _follow_up(self, deviation: DeviationRow) -> str:
        decision = deviation.decision
        if decision is None:
            return self.tr("No decision")
        if decision.follow_up_state is FollowUpState.OPEN:
            return self.tr("Open, by %1").replace("%1", iso(decision.follow_up_date))
        if decision.follow_up_state is FollowUpState.DONE:
            return self.tr("Done %1").replace("%1", iso(decision.follow_up_done_on))
        return self.tr("Decided")

    def reload(self) -> None:
        selected = selected_row(self.table)
        self.model.set_rows(self.services.deviations.deviations())
        if not (selected and select_where(self.table, lambda d: d.activity.id == selected.activity.id)):
            self.table.clearSelection()
        self._show_selected()

    def _show_selected(self) -> None:
        deviation = selected_row(self.table)
        self.agree_button.setEnabled(deviation is not None and bool(deviation.recommended_action))
        self.decide_button.setEnabled(deviation is not None)
        if deviation is None:
            self.details.setText(
                self.tr("No current deviations.")
                if not self.model.rowCount()
                else self.tr("Select a deviation.")
            )
            return
        decision = deviation.decision
        # Outside the f-strings, where lupdate finds them (inside, the Swedish UI showed English).
        cause_label = self.tr("Cause:")
        action_label = self.tr("Recommended action:")
        lines = [
            f"<b>{escape(deviation.activity.code)} {escape(deviation.activity.title)}</b>",
            f"{cause_label} {escape(deviation.cause or '–')}",
            f"{action_label} {escape(deviation.recommended_action or '–')}",
        ]
        if deviation.action_agreed_on:
            lines[-1] += " " + escape(
                self.tr("(agreed %1 by %2)")
                .replace("%1", iso(deviation.action_agreed_on))
                .replace("%2", deviation.action_agreed_by)
            )
        if decision is not None:
            lines.append(
                self.tr("Decision %1: %2 — followed up by %3 by %4")
                .replace("%1", iso(decision.meeting_date))
                .replace("%2", escape(decision.text))
                .replace("%3", escape(decision.follow_up_by or "–"))
                .replace("%4", iso(decision.follow_up_date) or "–")
            )
        self.details.setText("<br>".join(lines))

    def agree(self) -> None:
        deviation = selected_row(self.table)
        if deviation is not None:
            self._open(AgreementDialog(self.context, deviation, self))

    def decide(self) -> None:
        deviation = selected_row(self.table)
        if deviation is None:
            return
        meetings = self.services.steering.meetings()
        if not meetings:
            self.error.show_message(
                self.tr("Create a steering meeting first; decisions are taken at meetings.")
            )
            return
        self.error.show_message("")
        self._open(
            DecisionDialog(
                self.context,
                meetings,
                meetings[0].id,
                DecisionKind.DEVIATION_ACTION,
                deviation=deviation,
                text=deviation.recommended_action,
                parent=self,
            )
        )

    def _open(self, dialog: FormDialog) -> None:
        self.dialog = dialog
        dialog.setModal(True)
        dialog.open()
