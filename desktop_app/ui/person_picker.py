"""A person picked from the register by typing, or a name kept as text, with "Ny person…" beside it.

Used for Ansvarig in the activity form and "följs upp av" in the decision
dialog. The picker holds the line edit, the button and a hint the form lays
out itself. ``value()`` gives the chosen person's id (a completion picked, or
the label of one typed) or ``None`` with the text; the services then apply
the one rule of ``services.people.match_person`` to a text.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QInputDialog, QLineEdit, QPushButton, QStyle, QWidget

from desktop_app.services.errors import PlanError
from desktop_app.services.people import PersonChoice, match_person, name_key, people_choices
from desktop_app.ui.context import AppContext

PERSON_ID = Qt.ItemDataRole.UserRole


class PersonPicker(QObject):
    """The edit, the completer over the live people and the "Ny person…" button of one field.

    ``committed`` is emitted when the field is left or a completion is chosen, and after
    "Ny person…" has put a person in the register; ``error`` carries a message to show.
    """

    committed = Signal()
    error = Signal(str)

    def __init__(self, context: AppContext, placeholder: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        # Made without a parent: the form's layout adopts them, which puts them in its Tab order.
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.new_button = QPushButton(self.tr("New person…"))
        self.new_button.setToolTip(self.tr("Add the name typed to the register of people"))
        # Whether the name is linked shows as a mark inside the field, so nothing moves when it changes.
        icon = parent.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        self.unlinked = self.edit.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        self.unlinked.setVisible(False)
        self._choices: list[PersonChoice] = []
        self._person_id: str | None = None
        self._stored = ""
        """The name last shown for a stored value (for a person no longer in the register)."""
        self._model = QStandardItemModel(self)
        completer = QCompleter(self._model, self.edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated[QModelIndex].connect(self._picked)
        self.edit.setCompleter(completer)
        self.edit.editingFinished.connect(self.committed)
        self.edit.textEdited.connect(lambda _text: self._show_link(None, ""))
        self.new_button.clicked.connect(self._new_person)

    # --- filling ---------------------------------------------------------------------

    def reload(self, others: list[str] | tuple[str, ...] = ()) -> None:
        """Offer the live people again, then ``others`` (names used as text) not among them."""
        self._choices = people_choices(self.context.workspace.path)
        known = {name_key(choice.name) for choice in self._choices}
        self._model.clear()
        for choice in self._choices:
            item = QStandardItem(choice.label)
            item.setData(choice.id, PERSON_ID)
            self._model.appendRow(item)
        for name in sorted({n for n in others if n and name_key(n) not in known}, key=str.casefold):
            self._model.appendRow(QStandardItem(name))

    def set_value(self, text: str, person_id: str | None) -> None:
        """Show a stored value: the linked person by their label, else the text."""
        choice = self._choice(person_id)
        self._person_id = person_id
        self._stored = text
        self.edit.setText(choice.label if choice else text)
        self.edit.setCursorPosition(0)
        self.edit.setModified(False)
        self._show_link(person_id, text)

    def _show_link(self, person_id: str | None, text: str) -> None:
        """Mark a name that is not a person of the register (kept as text, or deleted from it)."""
        note = ""
        if text.strip() and person_id is None:
            note = self.tr("Not in the register of people: kept as text. “New person…” adds it.")
        elif person_id is not None and self._choice(person_id) is None:
            note = self.tr("No longer in the register of people.")
        self.unlinked.setToolTip(note)
        self.unlinked.setVisible(bool(note))
        self.edit.setAccessibleDescription(note)

    # --- reading ---------------------------------------------------------------------

    def value(self) -> tuple[str | None, str]:
        """``(person id, name)`` of the person the field names by their label, else ``(None, text)``."""
        text = " ".join(self.edit.text().split())
        wanted = name_key(text)
        current = self._choice(self._person_id)
        if current is not None and wanted in (name_key(current.label), name_key(current.name)):
            return current.id, current.name
        labelled = [c for c in self._choices if name_key(c.label) == wanted and c.label != c.name]
        if len(labelled) == 1:
            return labelled[0].id, labelled[0].name
        if self._person_id is not None and current is None and text and wanted == name_key(self._stored):
            return self._person_id, text  # a person deleted from the register, left as it was
        return None, text

    def person_id(self) -> str | None:
        """The person the field names: a completion picked, a label typed, or a name only one has."""
        person_id, text = self.value()
        if person_id is None:  # the services' one rule for a typed name
            person_id, _name = match_person(text, ((c.id, c.name) for c in self._choices))
        return person_id

    def changes(self, text_field: str, id_field: str) -> dict[str, object]:
        """What to save: the person's id when one is chosen, else the text for the services' rule."""
        person_id, text = self.value()
        return {id_field: person_id} if person_id else {text_field: text}

    def _choice(self, person_id: str | None) -> PersonChoice | None:
        return next((c for c in self._choices if c.id == person_id), None) if person_id else None

    def _picked(self, index: QModelIndex) -> None:
        person_id = index.data(PERSON_ID)
        self._person_id = str(person_id) if person_id else None
        self.edit.setText(str(index.data()))  # before the completer does, as the save reads it
        self._show_link(self._person_id, self.edit.text())
        self.committed.emit()

    # --- a new person ----------------------------------------------------------------

    def _new_person(self) -> None:
        """Put the typed name in the register (asked for when none is typed or it is taken)."""
        if self.context.read_only:
            return
        name = " ".join(self.edit.text().split())
        if not name or any(name_key(c.name) == name_key(name) for c in self._choices):
            name, ok = QInputDialog.getText(
                self.edit.window(), self.tr("New person"), self.tr("Name:"), text=name
            )
            if not ok or not name.strip():
                return
        try:
            person_id = self.context.registers.create_person(name)
        except PlanError as error:
            self.error.emit(str(error))
            return
        self.reload()
        self.set_value(name, person_id)
        self.committed.emit()
