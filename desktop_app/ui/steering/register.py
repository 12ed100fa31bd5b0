"""The decision register ("Beslut"): every decision, filtered by meeting, focus area and open follow-ups."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from database.enums import FollowUpState
from desktop_app.services.decisions import DecisionRow
from desktop_app.services.errors import PlanError
from desktop_app.ui.context import AppContext
from desktop_app.ui.steering import commands
from desktop_app.ui.steering.commands import SteeringServices
from desktop_app.ui.steering.forms import ErrorLabel, date_edit, date_of, heading, iso
from desktop_app.ui.steering.labels import decision_kind_label, follow_up_label
from desktop_app.ui.steering.tables import Column, RowTableModel, make_table, select_where, selected_row


class DecisionRegisterView(QWidget):
    """The "Beslut" tab of the steering window."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.services = SteeringServices.of(context)
        self.meeting_filter = QComboBox()
        self.area_filter = QComboBox()
        self.area_filter.setMinimumContentsLength(30)
        self.area_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.open_only = QCheckBox(self.tr("Only open follow-ups"))
        self.model: RowTableModel[DecisionRow] = RowTableModel(
            [
                Column(self.tr("Meeting"), lambda d: iso(d.meeting_date)),
                Column(self.tr("Kind"), lambda d: decision_kind_label(d.kind)),
                Column(self.tr("Code"), lambda d: d.activity_code),
                Column(self.tr("Activity"), lambda d: d.activity_title, width=220),
                Column(self.tr("Decision"), lambda d: d.text, stretch=True),
                Column(self.tr("Followed up by"), lambda d: d.follow_up_by),
                Column(self.tr("By date"), lambda d: iso(d.follow_up_date)),
                Column(
                    self.tr("Follow-up"),
                    lambda d: follow_up_label(d.follow_up_state),
                    emphasis=lambda d: (
                        d.follow_up_state is FollowUpState.OPEN
                        and d.follow_up_date is not None
                        and d.follow_up_date < date.today()
                    ),
                ),
                Column(self.tr("Done"), lambda d: iso(d.follow_up_done_on)),
            ],
            self,
        )
        self.table = make_table(self.model, self, name=self.tr("Decisions"))
        self.done_on = date_edit()
        self.done_button = QPushButton(self.tr("Mark follow-up done"))
        self.error = ErrorLabel()
        self.count = QLabel()

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Meeting:")))
        filters.addWidget(self.meeting_filter)
        filters.addSpacing(12)
        filters.addWidget(QLabel(self.tr("Focus area:")))
        filters.addWidget(self.area_filter)
        filters.addSpacing(12)
        filters.addWidget(self.open_only)
        filters.addStretch(1)
        filters.addWidget(self.count)
        actions = QHBoxLayout()
        actions.addStretch(1)
        done_label = QLabel(self.tr("Done on:"))
        done_label.setBuddy(self.done_on)
        actions.addWidget(done_label)
        actions.addWidget(self.done_on)
        actions.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Decision register")))
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(actions)

        self.meeting_filter.currentIndexChanged.connect(lambda _: self._load_rows())
        self.area_filter.currentIndexChanged.connect(lambda _: self._load_rows())
        self.open_only.toggled.connect(lambda _: self._load_rows())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.done_button.clicked.connect(self.mark_done)
        context.plan_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        """Refresh the filter choices (keeping the chosen ones) and the rows."""
        for combo, items, everything in (
            (
                self.meeting_filter,
                [
                    (f"{m.meeting_date}  {m.location}".strip(), m.id)
                    for m in self.services.steering.meetings()
                ],
                self.tr("All meetings"),
            ),
            (
                self.area_filter,
                [(f"{a.code}  {a.title}", a.id) for a in self.context.plan.tree().focus_areas],
                self.tr("All focus areas"),
            ),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
        self._load_rows()

    def _load_rows(self) -> None:
        selected = selected_row(self.table)
        rows = self.services.decisions.decisions(
            meeting_id=self.meeting_filter.currentData(),
            focus_area_id=self.area_filter.currentData(),
            open_only=self.open_only.isChecked(),
        )
        self.model.set_rows(rows)
        if selected is not None:
            select_where(self.table, lambda d: d.id == selected.id)
        self.count.setText(self.tr("%n decision(s)", "", len(rows)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        decision = selected_row(self.table)
        self.done_button.setEnabled(decision is not None and decision.follow_up_state is FollowUpState.OPEN)

    def mark_done(self) -> None:
        decision = selected_row(self.table)
        if decision is None:
            return
        try:
            command = commands.mark_follow_up_done(self.context, decision.id, date_of(self.done_on))
        except PlanError as error:
            self.error.show_message(str(error))
            return
        self.error.show_message("")
        commands.push(self.context, command)
