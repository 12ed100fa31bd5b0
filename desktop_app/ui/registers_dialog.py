"""The registers: offices/units, and people with their roles."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from database.enums import Role
from desktop_app.services.errors import PlanError
from desktop_app.services.registers import PersonEntry, RegisterService
from desktop_app.ui import plain_text
from desktop_app.ui.accessibility import set_name
from desktop_app.ui.commands import push
from desktop_app.ui.context import AppContext
from desktop_app.ui.register_commands import (
    OFFICE,
    PERSON,
    AddOfficeCommand,
    AddPersonCommand,
    DeleteRegisterCommand,
    EditPersonCommand,
    RegisterCommand,
    RenameOfficeCommand,
)
from desktop_app.ui.unsaved import EditTracker
from desktop_app.ui.widgets import ErrorLabel

ID = Qt.ItemDataRole.UserRole


class OfficesTab(QWidget):
    """Offices and units: add, rename, delete (a tombstone; activities keep their history).

    Every change is one step on the app's undo stack.
    """

    def __init__(
        self, context: AppContext, registers: RegisterService, read_only: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.registers = registers
        self.list = QListWidget()
        self.list.setSpacing(3)
        set_name(self.list, self.tr("Offices and units"))
        self.new_button = QPushButton(self.tr("New…"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.error = ErrorLabel()
        buttons = QVBoxLayout()
        for button in (self.new_button, self.rename_button, self.delete_button):
            buttons.addWidget(button)
            button.setEnabled(not read_only)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.new_button.clicked.connect(self.new_office)
        self.rename_button.clicked.connect(self.rename_office)
        self.delete_button.clicked.connect(self.delete_office)
        self.refresh()

    def refresh(self, select_id: str = "") -> None:
        self.list.clear()
        for office in self.registers.offices():
            text = office.name
            if office.activity_count:
                text += "  " + self.tr("(responsible for %n activities)", "", office.activity_count)
            item = QListWidgetItem(text)
            item.setData(ID, office.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, office.name)
            self.list.addItem(item)
            if office.id == select_id:
                self.list.setCurrentItem(item)

    def _current(self) -> QListWidgetItem | None:
        return self.list.currentItem()

    def current_id(self) -> str:
        item = self.list.currentItem()
        return item.data(ID) if item else ""

    def new_office(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("New office or unit"), self.tr("Name of the office or unit:")
        )
        if ok:
            self._do(AddOfficeCommand(self.context, name))

    def rename_office(self) -> None:
        item = self._current()
        if item is None:
            return
        old = item.data(Qt.ItemDataRole.UserRole + 1)
        name, ok = QInputDialog.getText(
            self, self.tr("Rename"), self.tr("New name:"), QLineEdit.EchoMode.Normal, old
        )
        if ok:
            self._do(RenameOfficeCommand(self.context, item.data(ID), old, name))

    def delete_office(self) -> None:
        item = self._current()
        if item is None:
            return
        answer = plain_text.ask(
            self,
            self.tr("Delete office or unit"),
            self.tr(
                "Delete “%1” from the register? Activities it is responsible for keep their data."
            ).replace("%1", item.data(Qt.ItemDataRole.UserRole + 1)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            name = item.data(Qt.ItemDataRole.UserRole + 1)
            self._do(DeleteRegisterCommand(self.context, OFFICE, item.data(ID), name))

    def _do(self, command: RegisterCommand) -> None:
        """Do the change as one undoable step; a refused change shows its message."""
        try:
            push(self.context, command)
        except PlanError as error:
            self.error.show_message(str(error))
            return
        self.error.show_message("")
        self.refresh("" if isinstance(command, DeleteRegisterCommand) else command.record_id)


class PeopleTab(QWidget):
    """People with title, e-mail, office and roles; the form is saved with "Save"."""

    def __init__(
        self,
        context: AppContext,
        registers: RegisterService,
        focus_areas: list[tuple[str, str]],
        read_only: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.registers = registers
        self.read_only = read_only
        self.people: dict[str, PersonEntry] = {}
        self.list = QListWidget()
        self.list.setSpacing(3)
        self.list.setMinimumWidth(220)
        set_name(self.list, self.tr("People"))
        self.name_edit = QLineEdit()
        self.title_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.office_combo = QComboBox()
        self.leader_check = QCheckBox(self.tr("Process leader"))
        self.steering_check = QCheckBox(self.tr("Steering-group member"))
        self.areas_list = QListWidget()
        self.areas_list.setMaximumHeight(120)
        self.areas_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.areas_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        for area_id, title in focus_areas:
            item = QListWidgetItem(title)
            item.setToolTip(title)
            item.setData(ID, area_id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.areas_list.addItem(item)
        self.error = ErrorLabel()
        self.new_button = QPushButton(self.tr("New person"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.delete_button = QPushButton(self.tr("Delete…"))

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("E-mail"), self.email_edit)
        form.addRow(self.tr("Phone"), self.phone_edit)
        form.addRow(self.tr("Office/unit"), self.office_combo)
        roles = QVBoxLayout()
        roles.addWidget(self.leader_check)
        roles.addWidget(self.steering_check)
        form.addRow(self.tr("Roles"), roles)
        form.addRow(self.tr("Focus-area lead for"), self.areas_list)
        form.addRow("", self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addStretch(1)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(right, 1)
        for widget in (self.new_button, self.save_button, self.delete_button):
            widget.setEnabled(not read_only)
        self.edits = EditTracker(
            self,
            self.name_edit,
            self.title_edit,
            self.email_edit,
            self.phone_edit,
            self.office_combo,
            self.leader_check,
            self.steering_check,
            self.areas_list,
        )
        self.list.currentItemChanged.connect(self._current_changed)
        self.new_button.clicked.connect(self.new_person)
        self.save_button.clicked.connect(lambda: self.save())
        self.delete_button.clicked.connect(self.delete_person)
        self.refresh()

    def refresh(self, select_id: str = "") -> None:
        self.people = {p.id: p for p in self.registers.people()}
        self.office_combo.clear()
        self.office_combo.addItem(self.tr("— none —"), "")
        for office in self.registers.offices():
            self.office_combo.addItem(office.name, office.id)
        self.list.blockSignals(True)
        self.list.clear()
        for person in self.people.values():
            item = QListWidgetItem(self._summary(person))
            item.setData(ID, person.id)
            self.list.addItem(item)
            if person.id == select_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._show_current()

    def _summary(self, person: PersonEntry) -> str:
        """The name, and on a second line the roles, as the list shows a person."""
        roles = []
        if (Role.PROCESS_LEADER, None) in person.roles:
            roles.append(self.tr("Process leader"))
        if any(role is Role.FOCUS_AREA_LEAD for role, _area in person.roles):
            roles.append(self.tr("Focus-area lead"))
        if (Role.STEERING_MEMBER, None) in person.roles:
            roles.append(self.tr("Steering group"))
        return f"{person.name}\n{', '.join(roles)}" if roles else person.name

    def _current_id(self) -> str:
        item = self.list.currentItem()
        return item.data(ID) if item else ""

    def current_id(self) -> str:
        return self._current_id()

    def _current_changed(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        """Selecting another person saves the one being edited; a value that cannot be saved keeps it."""
        if previous is not None and self.edits.dirty and not self.save(previous.data(ID)):
            self.list.blockSignals(True)
            self.list.setCurrentItem(previous)
            self.list.blockSignals(False)
            return
        self._show_current()

    def _show_current(self) -> None:
        with self.edits.filling():
            self._show_person(self.people.get(self._current_id()))

    def _show_person(self, person: PersonEntry | None) -> None:
        self.name_edit.setText(person.name if person else "")
        self.title_edit.setText(person.title if person else "")
        self.email_edit.setText(person.email if person else "")
        self.phone_edit.setText(person.phone if person else "")
        self.office_combo.setCurrentIndex(
            max(0, self.office_combo.findData(person.office_id if person else ""))
        )
        roles = person.roles if person else frozenset()
        self.leader_check.setChecked((Role.PROCESS_LEADER, None) in roles)
        self.steering_check.setChecked((Role.STEERING_MEMBER, None) in roles)
        for row in range(self.areas_list.count()):
            item = self.areas_list.item(row)
            lead = (Role.FOCUS_AREA_LEAD, item.data(ID)) in roles
            item.setCheckState(Qt.CheckState.Checked if lead else Qt.CheckState.Unchecked)
        self.error.show_message("")
        editable = person is not None and not self.read_only
        for widget in (self.name_edit, self.title_edit, self.email_edit, self.phone_edit):
            widget.setEnabled(editable)
        for widget in (self.office_combo, self.leader_check, self.steering_check, self.areas_list):
            widget.setEnabled(editable)
        self.save_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)

    def new_person(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New person"), self.tr("Name:"))
        if not ok:
            return
        command = AddPersonCommand(self.context, name)
        try:
            push(self.context, command)
        except PlanError as error:
            self.error.show_message(str(error))
            return
        self.refresh(command.record_id)
        self.title_edit.setFocus()

    def roles(self) -> set[tuple[Role, str | None]]:
        roles: set[tuple[Role, str | None]] = set()
        if self.leader_check.isChecked():
            roles.add((Role.PROCESS_LEADER, None))
        if self.steering_check.isChecked():
            roles.add((Role.STEERING_MEMBER, None))
        for row in range(self.areas_list.count()):
            item = self.areas_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                roles.add((Role.FOCUS_AREA_LEAD, item.data(ID)))
        return roles

    def save(self, person_id: str = "") -> bool:
        """Save the form to ``person_id`` (else the selected person); ``False`` with the message shown."""
        person_id = person_id or self._current_id()
        if not person_id:
            return True
        changes = {
            "name": self.name_edit.text(),
            "title": self.title_edit.text(),
            "email": self.email_edit.text(),
            "phone": self.phone_edit.text(),
            "office_id": self.office_combo.currentData() or None,
        }
        name = " ".join(self.name_edit.text().split())
        command = EditPersonCommand(self.context, person_id, name, changes, self.roles())
        dirty, self.edits.dirty = self.edits.dirty, False  # saved: the views reload with the step
        try:
            push(self.context, command)
        except PlanError as error:
            self.edits.dirty = dirty
            self.error.show_message(str(error))
            return False
        self.refresh(self._current_id() or person_id)
        return True

    def delete_person(self) -> None:
        person = self.people.get(self._current_id())
        if person is None:
            return
        question = self.tr("Delete “%1” from the register?").replace("%1", person.name)
        uses = self.registers.person_uses(person.id)
        answer = plain_text.ask(self, self.tr("Delete person"), f"{uses}\n\n{question}" if uses else question)
        if answer == QMessageBox.StandardButton.Yes:
            try:
                push(self.context, DeleteRegisterCommand(self.context, PERSON, person.id, person.name))
            except PlanError as error:
                self.error.show_message(str(error))
                return
            self.refresh()


class RegistersDialog(QDialog):
    """Offices and people in two tabs; every change is a step on the app's undo stack.

    Ctrl+Z and Ctrl+Shift+Z (and the Undo and Redo buttons) undo and redo the
    register's own steps here; an earlier change of the plan is undone from the
    main window. Undo first saves the person being edited, as leaving the form does.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Offices and people"))
        self.resize(860, 540)
        registers = RegisterService(context.engine, context.actor)
        areas = [(a.id, f"{a.code}  {a.title}") for a in context.plan.tree().focus_areas]
        self.offices_tab = OfficesTab(context, registers, context.read_only)
        self.people_tab = PeopleTab(context, registers, areas, context.read_only)
        self.tabs = QTabWidget()
        set_name(self.tabs, self.tr("Registers"))
        self.tabs.addTab(self.offices_tab, self.tr("Offices and units"))
        self.tabs.addTab(self.people_tab, self.tr("People and roles"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self._tab = self.tabs.currentIndex()

        self.undo_action = QAction(self.tr("Undo"), self)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = QAction(self.tr("Redo"), self)
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action.triggered.connect(self.redo)
        self.undo_button, self.redo_button = QToolButton(), QToolButton()
        for button, action in ((self.undo_button, self.undo_action), (self.redo_button, self.redo_action)):
            self.addAction(action)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        height = buttons.button(QDialogButtonBox.StandardButton.Close).sizeHint().height()
        for button in (self.undo_button, self.redo_button):
            button.setMinimumHeight(height)  # as tall as "Close" beside them
        bottom = QHBoxLayout()
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.redo_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(bottom)
        context.plan_changed.connect(self._plan_changed)
        self.people_tab.edits.edited.connect(self._update_undo)
        self._update_undo()

    # --- undo and redo ------------------------------------------------------------------------

    def _step(self, offset: int) -> RegisterCommand | None:
        """The register step ``offset`` from the stack's index (-1: the one undo takes), else ``None``."""
        stack = self.context.undo_stack
        index = stack.index() + offset
        if not 0 <= index < stack.count():
            return None
        command = stack.command(index)
        return command if isinstance(command, RegisterCommand) else None

    def _update_undo(self) -> None:
        writable = not self.context.read_only
        for action, step, tip in (
            (self.undo_action, self._step(-1), self.tr("Undo: %1")),
            (self.redo_action, self._step(0), self.tr("Redo: %1")),
        ):
            action.setEnabled(writable and step is not None)
            action.setToolTip(tip.replace("%1", step.text()) if step is not None else action.text())
        if writable and self.people_tab.edits.dirty:  # undo takes back what is being typed
            name = " ".join(self.people_tab.name_edit.text().split())
            change = self.tr("Change person %1").replace("%1", name)
            self.undo_action.setEnabled(True)
            self.undo_action.setToolTip(self.tr("Undo: %1").replace("%1", change))
            self.redo_action.setEnabled(False)  # saving what is typed starts a new history
            self.redo_action.setToolTip(self.redo_action.text())

    def undo(self) -> None:
        self._move(-1)

    def redo(self) -> None:
        self._move(0)

    def _move(self, offset: int) -> None:
        """Save the person form (as leaving it does), then undo or redo one register step and show it."""
        people = self.people_tab
        if people.edits.dirty and not people.read_only and not people.save():
            return
        step = self._step(offset)
        if step is None or self.context.read_only:
            return
        kind, record_id = step.kind, step.record_id
        if offset < 0:
            self.context.undo_stack.undo()
        else:
            self.context.undo_stack.redo()
        tab = self.offices_tab if kind == OFFICE else self.people_tab
        self.tabs.setCurrentWidget(tab)
        tab.refresh(record_id)

    def _plan_changed(self) -> None:
        self.offices_tab.refresh(self.offices_tab.current_id())
        if not self.people_tab.edits.dirty:
            self.people_tab.refresh(self.people_tab.current_id())
        self._update_undo()

    # --- leaving ---------------------------------------------------------------------------------

    def _tab_changed(self, index: int) -> None:
        """Leaving the people tab saves the person being edited; a value that cannot be saved keeps it."""
        left, self._tab = self._tab, index
        leaving_people = self.tabs.widget(left) is self.people_tab and not self.people_tab.read_only
        if leaving_people and not self.people_tab.save():
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(left)
            self.tabs.blockSignals(False)
            self._tab = left
            return
        if self.tabs.widget(index) is self.people_tab:
            self.people_tab.refresh(self.people_tab.current_id())

    def reject(self) -> None:
        """Closing saves the person being edited; a value that cannot be saved keeps the dialog open."""
        if self.people_tab.read_only or self.people_tab.save():
            super().reject()
