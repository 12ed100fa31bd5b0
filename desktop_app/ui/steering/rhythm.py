"""The reporting rhythm ("Rapporteringsrytm"): each focus area's last check and which are due."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from desktop_app.services.rhythm import FocusAreaRhythm
from desktop_app.ui.context import AppContext
from desktop_app.ui.steering.commands import SteeringServices
from desktop_app.ui.steering.dialogs import CheckDialog
from desktop_app.ui.steering.forms import heading, hint, iso
from desktop_app.ui.steering.tables import Column, RowTableModel, make_table, select_where, selected_row


class RhythmView(QWidget):
    """The "Rapporteringsrytm" tab of the steering window."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.services = SteeringServices.of(context)
        self.dialog: CheckDialog | None = None
        self.model: RowTableModel[FocusAreaRhythm] = RowTableModel(
            [
                Column(self.tr("Code"), lambda r: r.code),
                Column(self.tr("Focus area"), lambda r: r.title, stretch=True),
                Column(self.tr("Last check"), lambda r: iso(r.last_checked_on) or self.tr("Never")),
                Column(self.tr("Checked by"), lambda r: r.last_checked_by),
                Column(self.tr("Note"), lambda r: r.last_note, width=200),
                Column(
                    self.tr("To do"),
                    self._to_do,
                    emphasis=lambda r: r.due,
                ),
            ],
            self,
        )
        self.table = make_table(self.model, self, name=self.tr("Focus areas and their checks"))
        self.interval = QSpinBox()
        self.interval.setRange(1, 365)
        self.interval.setSuffix(self.tr(" days"))
        self.interval.setAccessibleName(self.tr("Days before a check is due"))
        self.summary = QLabel()
        self.check_button = QPushButton(self.tr("Record check…"))
        settings = QHBoxLayout()
        settings.addWidget(
            QLabel(
                self.tr(
                    "A focus area is due when it was not checked since the last meeting, "
                    "or when its last check is older than"
                )
            )
        )
        settings.addWidget(self.interval)
        settings.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Reporting rhythm")))
        layout.addWidget(
            hint(
                self.tr(
                    "The process leader checks each focus area's activity list with its focus-area lead "
                    "before the steering group meets."
                )
            )
        )
        layout.addLayout(settings)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.interval.setValue(self.services.rhythm.interval_days())
        self.interval.valueChanged.connect(self._set_interval)
        self.check_button.clicked.connect(self.record_check)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.check_button.setEnabled(selected_row(self.table) is not None)
        )
        context.plan_changed.connect(self.reload)
        self.reload()

    def _to_do(self, row: FocusAreaRhythm) -> str:
        if row.due_because == "never":
            return self.tr("Due: never checked")
        if row.due_because == "meeting":
            return self.tr("Due: not checked since the meeting %1").replace("%1", iso(row.last_meeting))
        if row.due_because == "interval":
            return self.tr("Due: more than %n day(s) ago", "", row.interval_days)
        return self.tr("Checked")

    def reload(self) -> None:
        selected = selected_row(self.table)
        rows = self.services.rhythm.rhythm()
        self.model.set_rows(rows)
        if not (selected and select_where(self.table, lambda r: r.focus_area_id == selected.focus_area_id)):
            self.table.selectRow(0)
        due = sum(1 for row in rows if row.due)
        self.summary.setText(
            self.tr("%n focus area(s) due for a check.", "", due)
            if due
            else self.tr("All focus areas are checked.")
        )
        self.check_button.setEnabled(selected_row(self.table) is not None)

    def _set_interval(self, days: int) -> None:
        """A local preference, not part of the plan: not on the undo stack."""
        self.services.rhythm.set_interval_days(days)
        self.reload()

    def record_check(self) -> None:
        area = selected_row(self.table)
        if area is None:
            return
        self.dialog = CheckDialog(self.context, area, self)
        self.dialog.setModal(True)
        self.dialog.open()
