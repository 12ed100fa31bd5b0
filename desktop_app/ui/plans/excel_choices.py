"""The Excel import's two ways beyond an import into the open plan.

* "Skapa fokusområdet/insatsområdet ”…”": a focus area or initiative the sheet
  names and the plan lacks is created, by the person's choice, as an undoable
  step, and the preview is made again.
* "Importera som ny plan…": the whole sheet becomes a new plan of its own
  (its focus areas, initiatives, activities, statuses, offices), opened in its
  own window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.errors import PlanError
from desktop_app.ui.commands import AddCommand, push
from desktop_app.ui.context import AppContext
from desktop_app.ui.plans.target_fields import PlanTargetFields

if TYPE_CHECKING:
    from desktop_app.services.excel import ImportPreview
    from desktop_app.ui.excel.import_dialog import ImportDialog


class UnknownNodesBar(QWidget):
    """One button per focus area or initiative the sheet names and the plan lacks."""

    created = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("unknownNodesBar")
        self.buttons: list[QPushButton] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 4, 0, 0)
        self.hint = QLabel(
            self.tr(
                "The sheet names focus areas or initiatives the plan does not have. Create those that "
                "belong to the plan (Edit › Undo takes them away again); the preview is then made again."
            )
        )
        self.hint.setWordWrap(True)
        self._layout.addWidget(self.hint)
        self.row = QHBoxLayout()
        self._layout.addLayout(self.row)
        self.hide()

    def show_preview(self, preview: ImportPreview | None) -> None:
        from desktop_app.services.excel.structure import area_title, initiative_statement

        for button in self.buttons:
            self.row.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        if preview is None or self.context.read_only:
            self.hide()
            return
        for text in preview.unknown_areas[:6]:
            title = area_title(text)
            button = QPushButton(self.tr("Create the focus area “%1”").replace("%1", _short(title)))
            button.clicked.connect(lambda _c=False, t=title: self._create("focus_area", None, t))
            self.buttons.append(button)
        for text, area_id in preview.unknown_initiatives[:6]:
            statement = initiative_statement(text)
            button = QPushButton(self.tr("Create the initiative “%1”").replace("%1", _short(statement)))
            button.clicked.connect(lambda _c=False, a=area_id, s=statement: self._create("initiative", a, s))
            self.buttons.append(button)
        for button in self.buttons:
            button.setAutoDefault(False)
            self.row.addWidget(button)
        self.row.addStretch(0)
        self.setVisible(bool(self.buttons))

    def new_plan_button(self) -> QPushButton:
        """The import dialog's "Import as a new plan…" button."""
        button = QPushButton(self.tr("Import as a new plan…"))
        button.setObjectName("importAsNewPlanButton")
        button.setAutoDefault(False)
        return button

    def _create(self, kind: str, parent_id: str | None, title: str) -> None:
        try:
            push(self.context, AddCommand(self.context, kind, parent_id, title))
        except PlanError as error:
            self.hint.setText(str(error))
            return
        self.created.emit()


def _short(text: str, length: int = 40) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


class NewPlanFromSheetDialog(QDialog):
    """Name and file of the plan a sheet becomes."""

    def __init__(self, context: AppContext, suggested: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newPlanFromSheetDialog")
        self.setWindowTitle(self.tr("Import as a new plan"))
        self.target = PlanTargetFields(context.workspace.path.parent)
        self.target.name_edit.setText(suggested)
        intro = QLabel(
            self.tr(
                "The sheet becomes a plan of its own: its focus areas and initiatives (placed by their "
                "codes, numbered in order where it has none), activities, statuses, offices and people. "
                "The open plan is not changed."
            )
        )
        intro.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create plan"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.target)
        layout.addWidget(self.buttons)


def import_as_new_plan(dialog: ImportDialog) -> bool:
    """Make a new plan of the dialog's sheet and open it; problems are shown in the dialog."""
    from desktop_app.services.excel.structure import new_plan_from_sheet
    from desktop_app.services.new_plan import PlanFacts
    from desktop_app.ui.plans import open_plan

    spreadsheet = dialog.spreadsheet
    if spreadsheet is None:
        return False
    ask = NewPlanFromSheetDialog(dialog.context, spreadsheet.path.stem, dialog)
    accepted = ask.exec() == QDialog.DialogCode.Accepted
    name, path = ask.target.plan_name(), ask.target.path()
    ask.deleteLater()
    if not accepted:
        return False
    try:
        created, _draft, _count = new_plan_from_sheet(
            spreadsheet,
            path,
            PlanFacts(plan_name=name or spreadsheet.path.stem),
            dialog.context.actor,
            dialog.mapping_page.mapping(),
        )
    except PlanError as error:
        dialog.preview_page.problem_note.setText(str(error))
        return False
    dialog.accept()
    open_plan(created)
    return True
