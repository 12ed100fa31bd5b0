"""The registers: offices/units, and people with their roles."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
    QVBoxLayout,
    QWidget,
)

from database.enums import Role
from database.models import Office, Person
from desktop_app.services.errors import PlanError
from desktop_app.services.registers import PersonEntry, RegisterService
from desktop_app.ui import plain_text
from desktop_app.ui.accessibility import set_name
from desktop_app.ui.context import AppContext
from desktop_app.ui.unsaved import EditTracker
from desktop_app.ui.widgets import ErrorLabel

ID = Qt.ItemDataRole.UserRole


class OfficesTab(QWidget):
    """Offices and units: add, rename, delete (a tombstone; activities keep their history)."""

    def __init__(self, registers: RegisterService, read_only: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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

    def new_office(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("New office or unit"), self.tr("Name of the office or unit:")
        )
        if ok:
            self._do(lambda: self.registers.create_office(name))

    def rename_office(self) -> None:
        item = self._current()
        if item is None:
            return
        old = item.data(Qt.ItemDataRole.UserRole + 1)
        name, ok = QInputDialog.getText(
            self, self.tr("Rename"), self.tr("New name:"), QLineEdit.EchoMode.Normal, old
        )
        if ok:
            self._do(lambda: (self.registers.rename_office(item.data(ID), name), item.data(ID))[1])

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
            self._do(lambda: (self.registers.delete(Office, item.data(ID)), "")[1])

    def _do(self, operation) -> None:
        try:
            select_id = operation()
        except PlanError as error:
            self.error.show_message(str(error))
            return
        self.error.show_message("")
        self.refresh(select_id)


class PeopleTab(QWidget):
    """People with title, e-mail, office and roles; the form is saved with "Save"."""

    def __init__(
        self, registers: RegisterService, focus_areas: list[tuple[str, str]], read_only: bool, parent=None
    ) -> None:
        super().__init__(parent)
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
        try:
            person_id = self.registers.create_person(name)
        except PlanError as error:
            self.error.show_message(str(error))
            return
        self.refresh(person_id)
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
        try:
            self.registers.update_person(
                person_id,
                {
                    "name": self.name_edit.text(),
                    "title": self.title_edit.text(),
                    "email": self.email_edit.text(),
                    "phone": self.phone_edit.text(),
                    "office_id": self.office_combo.currentData() or None,
                },
            )
            self.registers.set_roles(person_id, self.roles())
        except PlanError as error:
            self.error.show_message(str(error))
            return False
        self.edits.dirty = False
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
            self.registers.delete(Person, person.id)
            self.refresh()


class RegistersDialog(QDialog):
    """Offices and people in two tabs."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Offices and people"))
        self.resize(860, 540)
        registers = RegisterService(context.engine, context.actor)
        areas = [(a.id, f"{a.code}  {a.title}") for a in context.plan.tree().focus_areas]
        self.offices_tab = OfficesTab(registers, context.read_only)
        self.people_tab = PeopleTab(registers, areas, context.read_only)
        self.tabs = QTabWidget()
        set_name(self.tabs, self.tr("Registers"))
        self.tabs.addTab(self.offices_tab, self.tr("Offices and units"))
        self.tabs.addTab(self.people_tab, self.tr("People and roles"))
        self.tabs.currentChanged.connect(lambda _i: self.people_tab.refresh(self.people_tab._current_id()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def reject(self) -> None:
        """Closing saves the person being edited; a value that cannot be saved keeps the dialog open."""
        if self.people_tab.read_only or self.people_tab.save():
            super().reject()
