"""Undoable edits of the registers of offices and people, one ``PlanCommand`` per change.

They follow the pattern of ``desktop_app.ui.commands``: ``push(context, command)``
runs ``apply()`` once (a refused change raises ``PlanError`` to the form and
leaves nothing on the undo stack), and undo/redo go through the register
service. A command that changed nothing is obsolete and never reaches the stack.
Each command names the record it touched (``kind``, ``record_id``), so the
registers dialog can show that record after an undo or a redo.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from database.enums import Role
from database.models import Office, Person
from desktop_app.services.records import Tombstoned
from desktop_app.services.registers import RegisterService
from desktop_app.ui.commands import PlanCommand
from desktop_app.ui.context import AppContext

OFFICE, PERSON = "office", "person"
Roles = set[tuple[Role, str | None]]


def _named(text: str, name: str) -> str:
    return text.replace("%1", " ".join(name.split()))


class RegisterCommand(PlanCommand):
    """A change of one office or person; ``kind`` is ``OFFICE`` or ``PERSON``."""

    kind = ""

    def __init__(self, context: AppContext, text: str, record_id: str = "") -> None:
        super().__init__(context, text)
        self.record_id = record_id

    @property
    def registers(self) -> RegisterService:
        return self.context.registers


class AddOfficeCommand(RegisterCommand):
    """Add an office or unit; undo tombstones it, redo lifts that tombstone."""

    kind = OFFICE

    def __init__(self, context: AppContext, name: str) -> None:
        super().__init__(
            context, _named(QCoreApplication.translate("RegisterCommands", "Add office or unit %1"), name)
        )
        self.name = name
        self.removed: Tombstoned = []

    def apply(self) -> None:
        if self.record_id:
            self.registers.restore(self.removed)
        else:
            self.record_id = self.registers.create_office(self.name)

    def revert(self) -> None:
        self.removed = self.registers.delete(Office, self.record_id)


class RenameOfficeCommand(RegisterCommand):
    """Give an office or unit a new name; undo gives back the old one."""

    kind = OFFICE

    def __init__(self, context: AppContext, office_id: str, old_name: str, name: str) -> None:
        super().__init__(
            context,
            _named(QCoreApplication.translate("RegisterCommands", "Rename office or unit %1"), old_name),
            office_id,
        )
        self.name = name
        self.old_name: str | None = None

    def apply(self) -> None:
        old = self.registers.rename_office(self.record_id, self.name)
        if self.old_name is None:
            self.old_name = old
            self.setObsolete(old == " ".join(self.name.split()))

    def revert(self) -> None:
        assert self.old_name is not None
        self.registers.rename_office(self.record_id, self.old_name)


class DeleteRegisterCommand(RegisterCommand):
    """Tombstone an office or a person; undo lifts exactly those tombstones."""

    def __init__(self, context: AppContext, kind: str, record_id: str, name: str) -> None:
        text = (
            QCoreApplication.translate("RegisterCommands", "Delete office or unit %1")
            if kind == OFFICE
            else QCoreApplication.translate("RegisterCommands", "Delete person %1")
        )
        super().__init__(context, _named(text, name), record_id)
        self.kind = kind
        self.removed: Tombstoned = []

    def apply(self) -> None:
        self.removed = self.registers.delete(Office if self.kind == OFFICE else Person, self.record_id)

    def revert(self) -> None:
        self.registers.restore(self.removed)


class AddPersonCommand(RegisterCommand):
    """Add a person to the register; undo tombstones the person, redo lifts that tombstone."""

    kind = PERSON

    def __init__(self, context: AppContext, name: str) -> None:
        super().__init__(
            context, _named(QCoreApplication.translate("RegisterCommands", "Add person %1"), name)
        )
        self.name = name
        self.removed: Tombstoned = []

    def apply(self) -> None:
        if self.record_id:
            self.registers.restore(self.removed)
        else:
            self.record_id = self.registers.create_person(self.name)

    def revert(self) -> None:
        self.removed = self.registers.delete(Person, self.record_id)


class EditPersonCommand(RegisterCommand):
    """Save the person form: the person's fields and roles together, as one step.

    The fields and the roles are written in two transactions; when the roles are
    refused the fields are put back, so the step is done whole or not at all.
    """

    kind = PERSON

    def __init__(
        self, context: AppContext, person_id: str, name: str, changes: Mapping[str, Any], roles: Roles
    ) -> None:
        super().__init__(
            context,
            _named(QCoreApplication.translate("RegisterCommands", "Change person %1"), name),
            person_id,
        )
        self.changes = dict(changes)
        self.roles = set(roles)
        self.old: tuple[dict[str, Any], Roles] | None = None

    def _write(self, changes: Mapping[str, Any], roles: Roles) -> tuple[dict[str, Any], Roles]:
        old_fields = self.registers.update_person(self.record_id, changes)
        try:
            old_roles = self.registers.set_roles(self.record_id, roles)
        except Exception:
            if old_fields:
                self.registers.update_person(self.record_id, old_fields)
            raise
        return old_fields, old_roles

    def apply(self) -> None:
        old = self._write(self.changes, self.roles)
        if self.old is None:
            self.old = old
            self.setObsolete(not old[0] and old[1] == self.roles)

    def revert(self) -> None:
        assert self.old is not None
        self._write(*self.old)
