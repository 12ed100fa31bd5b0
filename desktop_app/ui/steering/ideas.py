"""Ideas and feedback ("Idéer och synpunkter") from the business dialogue forums."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from database.enums import IdeaState
from desktop_app.services.errors import PlanError
from desktop_app.services.ideas import FORUMS, IdeaRow
from desktop_app.ui.context import AppContext
from desktop_app.ui.steering import commands
from desktop_app.ui.steering.commands import SteeringServices, attempt
from desktop_app.ui.steering.dialogs import MakeActivityDialog
from desktop_app.ui.steering.forms import ErrorLabel, date_edit, date_of, heading, hint, iso, set_date
from desktop_app.ui.steering.labels import idea_state_label
from desktop_app.ui.steering.tables import Column, RowTableModel, make_table, select_where, selected_row
from desktop_app.ui.unsaved import EditTracker

_CHOOSABLE_STATES = (IdeaState.NEW, IdeaState.CONSIDERED, IdeaState.REJECTED)


class IdeasView(QWidget):
    """The "Idéer och synpunkter" tab: the list, a form for one idea, and "Make activity"."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.services = SteeringServices.of(context)
        self.dialog: MakeActivityDialog | None = None
        self._area_codes: dict[str, str] = {}
        self._activity_labels: dict[str, str] = {}
        self.model: RowTableModel[IdeaRow] = RowTableModel(
            [
                Column(self.tr("Date"), lambda i: iso(i.received_on)),
                Column(self.tr("Forum"), lambda i: i.forum),
                Column(self.tr("Focus area"), lambda i: self._area_codes.get(i.focus_area_id or "", "")),
                Column(self.tr("Idea or feedback"), lambda i: i.text.replace("\n", " "), stretch=True),
                Column(self.tr("State"), lambda i: idea_state_label(i.state)),
            ],
            self,
        )
        self.table = make_table(self.model, self, name=self.tr("Ideas and feedback"))
        self.new_button = QPushButton(self.tr("New idea"))
        list_panel = QWidget()
        list_layout = QVBoxLayout(list_panel)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(heading(self.tr("Ideas and feedback")))
        list_layout.addWidget(
            hint(self.tr("Raised by businesses in the dialogue forums and reported to the steering group."))
        )
        list_layout.addWidget(self.table, 1)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_button)
        new_row.addStretch(1)
        list_layout.addLayout(new_row)

        self.form_box = QGroupBox()
        self.received_on = date_edit()
        self.forum = QComboBox()
        self.forum.setEditable(True)
        self.forum.addItems(FORUMS)
        self.forum.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.focus_area = QComboBox()
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("What the business raised, in a sentence or two"))
        self.state = QComboBox()
        self.activity = QLabel()
        self.activity.setTextFormat(Qt.TextFormat.PlainText)
        self.activity.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.make_button = QPushButton(self.tr("Make activity…"))
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Date:"), self.received_on)
        form.addRow(self.tr("Forum:"), self.forum)
        form.addRow(self.tr("Focus area:"), self.focus_area)
        form.addRow(self.tr("Idea or feedback:"), self.text)
        form.addRow(self.tr("State:"), self.state)
        form.addRow(self.tr("Activity:"), self.activity)
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        form_layout = QVBoxLayout(self.form_box)
        form_layout.addLayout(form, 1)
        form_layout.addWidget(self.error)
        form_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(list_panel)
        splitter.addWidget(self.form_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 460])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.new_button.clicked.connect(self.new_idea)
        self.save_button.clicked.connect(lambda: self.save())
        self.delete_button.clicked.connect(self.delete)
        self.make_button.clicked.connect(self.make_activity)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.edits = EditTracker(self, self.received_on, self.forum, self.focus_area, self.text, self.state)
        self._form_idea_id: str | None = None
        context.plan_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        tree = self.context.plan.tree()
        self._area_codes = {area.id: f"{area.code}" for area in tree.focus_areas}
        self._activity_labels = {a.id: f"{a.code} {a.title}" for a in tree.activities()}
        chosen_area = self.focus_area.currentData()
        self.focus_area.clear()
        self.focus_area.addItem(self.tr("— none —"), None)
        for area in tree.focus_areas:
            self.focus_area.addItem(f"{area.code}  {area.title}", area.id)
        self.focus_area.setCurrentIndex(max(0, self.focus_area.findData(chosen_area)))
        selected = selected_row(self.table)
        self.model.set_rows(self.services.ideas.ideas())
        if selected and select_where(self.table, lambda i: i.id == selected.id):
            return
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self._fill_form(None)

    def _selection_changed(self) -> None:
        idea = selected_row(self.table)
        previous = self._form_idea_id
        if self.edits.dirty and idea is not None and idea.id == previous:
            return  # the plan was reloaded under the form: keep what is being typed
        if self.edits.dirty and (idea is None or idea.id != previous):
            # Leaving the form saves it (one undoable step); a value that cannot be saved keeps it.
            if not self.save(stay=False):
                self.table.selectionModel().blockSignals(True)
                if previous is None or not select_where(self.table, lambda i: i.id == previous):
                    self.table.clearSelection()
                self.table.selectionModel().blockSignals(False)
                return
            idea = selected_row(self.table)
        self._fill_form(idea)

    def commit_pending(self) -> bool:
        """Save what was typed in the idea form; ``False`` when a value cannot be saved."""
        if not self.edits.dirty or self.context.read_only:
            return True
        return self.save(stay=False)

    def _fill_form(self, idea: IdeaRow | None) -> None:
        """Show an idea in the form; ``None`` makes it the form for a new idea."""
        with self.edits.filling():
            self._fill(idea)
        self._form_idea_id = idea.id if idea else None

    def _fill(self, idea: IdeaRow | None) -> None:
        self.error.show_message("")
        self.form_box.setTitle(
            self.tr("Idea from %1").replace("%1", iso(idea.received_on)) if idea else self.tr("New idea")
        )
        set_date(self.received_on, idea.received_on if idea else date.today())
        self.forum.setCurrentText(idea.forum if idea else "")
        self.focus_area.setCurrentIndex(
            max(0, self.focus_area.findData(idea.focus_area_id if idea else None))
        )
        self.text.setPlainText(idea.text if idea else "")
        self.state.clear()
        became = idea is not None and idea.state is IdeaState.BECAME_ACTIVITY
        for state in (IdeaState.BECAME_ACTIVITY,) if became else _CHOOSABLE_STATES:
            self.state.addItem(idea_state_label(state), state)
        self.state.setCurrentIndex(max(0, self.state.findData(idea.state if idea else IdeaState.NEW)))
        self.state.setEnabled(not became)
        if idea and idea.activity_id:
            self.activity.setText(
                self._activity_labels.get(idea.activity_id, self.tr("(removed from the plan)"))
            )
        else:
            self.activity.setText("–")
        self.delete_button.setEnabled(idea is not None)
        self.make_button.setEnabled(idea is not None and not became)

    def _values(self) -> dict:
        return {
            "received_on": date_of(self.received_on),
            "forum": self.forum.currentText(),
            "text": self.text.toPlainText(),
            "focus_area_id": self.focus_area.currentData(),
            "state": self.state.currentData(),
        }

    def new_idea(self) -> None:
        if not self.commit_pending():
            return
        self.table.clearSelection()
        self._fill_form(None)
        self.text.setFocus()

    def save(self, stay: bool = True) -> bool:
        """Save the form to the idea it shows (a new idea when it shows none); ``stay`` selects it."""
        form_id = self._form_idea_id
        idea = next((i for i in self.model.rows() if i.id == form_id), None) if form_id else None
        try:
            values = self._values()
            if idea is None:
                command, idea_id = commands.create_idea(self.context, values)
            else:
                idea_id = idea.id
                if idea.state is IdeaState.BECAME_ACTIVITY:
                    values.pop("state")
                command = commands.update_idea(self.context, idea.id, values)
        except PlanError as error:
            self.error.show_message(str(error))
            return False
        self.edits.dirty = False
        if command is not None:
            commands.push(self.context, command)
        if stay:
            select_where(self.table, lambda i: i.id == idea_id)
        return True

    def delete(self) -> None:
        idea = selected_row(self.table)
        if idea is not None:
            attempt(self.error, lambda: commands.delete_idea(self.context, idea.id), self.context)

    def make_activity(self) -> None:
        idea = selected_row(self.table)
        if idea is None:
            return
        self.dialog = MakeActivityDialog(self.context, idea, self)
        self.dialog.setModal(True)
        self.dialog.open()
