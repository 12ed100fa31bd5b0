"""The File menu's plan actions (new plan, from Word, open, recent, Om planen) and the plan menu's
moves of focus areas and initiatives.  The dialogs are loaded when first used, not at start-up."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

if TYPE_CHECKING:
    from desktop_app.services.sync.identity import OtherPlanError
    from desktop_app.services.tree import InitiativeNode
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.plan_editor import PlanEditor


def add_plan_actions(menu: QMenu, window: MainWindow) -> None:
    """Add New plan…, Open plan…, Recent plans and About the plan… to ``menu`` (the File menu)."""
    new = QAction(QCoreApplication.translate("PlanActions", "&New plan…"), menu)
    new.setObjectName("newPlanAction")
    # No shortcut of its own: Ctrl+Shift+P is the annual summary's (README), and a new plan is rare.
    new.triggered.connect(lambda: new_plan(window))
    word = QAction(QCoreApplication.translate("PlanActions", "New plan from a &Word document…"), menu)
    word.setObjectName("newPlanFromWordAction")
    word.setStatusTip(
        QCoreApplication.translate(
            "PlanActions",
            "Propose a new plan from a handlingsplan written in Word (.docx) and check it line by line",
        )
    )
    word.triggered.connect(lambda: new_plan_from_word(window))
    open_ = QAction(QCoreApplication.translate("PlanActions", "&Open plan…"), menu)
    open_.setObjectName("openPlanAction")
    open_.setShortcut(QKeySequence.StandardKey.Open)
    open_.triggered.connect(lambda: choose_and_open(window))
    recent = QMenu(QCoreApplication.translate("PlanActions", "&Recent plans"), menu)
    recent.setObjectName("recentPlansMenu")
    recent.aboutToShow.connect(lambda: fill_recent(recent, window))
    info = QAction(QCoreApplication.translate("PlanActions", "&About the plan…"), menu)
    info.setObjectName("planInfoAction")
    info.setStatusTip(
        QCoreApplication.translate(
            "PlanActions", "The plan's name, strategy, decision reference, period and owner"
        )
    )
    info.triggered.connect(lambda: edit_plan_info(window))
    menu.addActions([new, word, open_])
    menu.addMenu(recent)
    menu.addSeparator()
    menu.addAction(info)


def fill_recent(menu: QMenu, window: MainWindow) -> None:
    from desktop_app.ui.plans.recent import recent_plans

    menu.clear()
    current = window.context.workspace.path.expanduser().resolve()
    plans = [p for p in recent_plans() if p.resolve() != current]
    for path in plans:
        action = menu.addAction(f"{path.stem}  ({path.parent})")
        action.triggered.connect(lambda _checked=False, p=path: open_plan(p))
    if not plans:
        menu.addAction(QCoreApplication.translate("PlanActions", "No other plans opened yet")).setEnabled(
            False
        )


def open_plan(path: Path) -> None:
    from desktop_app.ui.plans.windows import open_plan_window

    open_plan_window(path)


def choose_and_open(window: MainWindow) -> None:
    chosen, _filter = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("PlanActions", "Open plan"),
        str(window.context.workspace.path.parent),
        QCoreApplication.translate("PlanActions", "Plans (*.sqlite *.db);;All files (*)"),
    )
    if not chosen:
        return
    path = Path(chosen)
    if path.suffix.lower() == ".hplan":  # a file for sharing is never opened and written to directly
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            window,
            QCoreApplication.translate("PlanActions", "Open plan"),
            QCoreApplication.translate(
                "PlanActions",
                "%1 is a plan file for sharing a plan; it is imported (File › Import plan…), not opened. "
                "Make a new plan of it instead?",
            ).replace("%1", path.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            plan_file_as_new_plan(window.context, window, path, "")
        return
    open_plan(path)


def new_plan(window: MainWindow) -> Path | None:
    from desktop_app.ui.plans.new_plan_dialog import NewPlanDialog

    dialog = NewPlanDialog(window.context, window)
    accepted = dialog.exec() == NewPlanDialog.DialogCode.Accepted
    dialog.deleteLater()
    if accepted and dialog.created is not None:
        open_plan(dialog.created)
        return dialog.created
    return None


def new_plan_from_word(window: MainWindow, source: Path | None = None) -> Path | None:
    """Choose a .docx file, check the proposed tree line by line, and open the plan made of it."""
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.services.errors import PlanError
    from desktop_app.services.word_plan import propose_from_docx, suggested_plan_name
    from desktop_app.ui.plans.word_dialog import WordPlanDialog

    if source is None:
        chosen, _filter = QFileDialog.getOpenFileName(
            window,
            QCoreApplication.translate("PlanActions", "New plan from a Word document"),
            str(Path.home()),
            QCoreApplication.translate("PlanActions", "Word documents (*.docx)"),
        )
        if not chosen:
            return None
        source = Path(chosen)
    try:
        lines = propose_from_docx(source)
    except PlanError as error:
        QMessageBox.warning(
            window, QCoreApplication.translate("PlanActions", "New plan from a Word document"), str(error)
        )
        return None
    dialog = WordPlanDialog(window.context, source, lines, suggested_plan_name(source), window)
    accepted = dialog.exec() == WordPlanDialog.DialogCode.Accepted
    dialog.deleteLater()
    if accepted and dialog.created is not None:
        open_plan(dialog.created)
        return dialog.created
    return None


def edit_plan_info(window: MainWindow) -> None:
    from desktop_app.ui.plans.info_dialog import PlanInfoDialog

    dialog = PlanInfoDialog(window.context, window)
    dialog.exec()
    dialog.deleteLater()


def describe_moves(window: MainWindow, node: object) -> None:
    """Name the move actions after what is selected: an activity, an initiative or a focus area."""
    from desktop_app.services.tree import FocusAreaNode, InitiativeNode

    if isinstance(node, FocusAreaNode):
        up = QCoreApplication.translate("PlanActions", "Move the focus area up")
        down = QCoreApplication.translate("PlanActions", "Move the focus area down")
    elif isinstance(node, InitiativeNode):
        up = QCoreApplication.translate("PlanActions", "Move the initiative up")
        down = QCoreApplication.translate("PlanActions", "Move the initiative down")
        window.move_to_action.setText(QCoreApplication.translate("PlanActions", "Move to &focus area…"))
        window.move_to_action.setStatusTip(
            QCoreApplication.translate("PlanActions", "Move the initiative to another focus area")
        )
        window.move_to_action.setToolTip(window.move_to_action.statusTip())
    else:
        up = QCoreApplication.translate("PlanActions", "Move the activity up")
        down = QCoreApplication.translate("PlanActions", "Move the activity down")
    if not isinstance(node, InitiativeNode):
        window.move_to_action.setText(QCoreApplication.translate("PlanActions", "Move to &initiative…"))
        window.move_to_action.setStatusTip(
            QCoreApplication.translate("PlanActions", "Move the activity to another initiative")
        )
        window.move_to_action.setToolTip(window.move_to_action.statusTip())
    for action, tip in ((window.move_up_action, up), (window.move_down_action, down)):
        action.setStatusTip(tip)
        action.setToolTip(tip)


def move_to_focus_area(editor: PlanEditor, node: InitiativeNode) -> None:
    """Ask for a focus area and move the initiative there, last, as one undoable step."""
    from PySide6.QtWidgets import QInputDialog

    from desktop_app.ui.plans.commands import MoveInitiativeCommand

    window = editor.window
    areas = [a for a in window.model.tree.focus_areas if a.id != node.focus_area_id]
    if not areas:
        return
    labels = [f"{a.code}  {a.title}" for a in areas]
    choice, ok = QInputDialog.getItem(
        window,
        QCoreApplication.translate("PlanActions", "Move to focus area"),
        QCoreApplication.translate("PlanActions", "Move “%1” to:").replace("%1", node.title),
        labels,
        0,
        False,
    )
    if not ok or choice not in labels:
        return
    target = areas[labels.index(choice)]
    if editor.run(MoveInitiativeCommand(editor.context, node.id, target.id, len(target.initiatives))):
        window.tree_view.select_node(node.id)


def offer_as_new_plan(context: AppContext, parent: QWidget, error: OtherPlanError) -> Path | None:
    """Say that a plan file is of another plan, and open it as a new plan if the person wants."""
    from PySide6.QtWidgets import QMessageBox

    title = QCoreApplication.translate("PlanActions", "Plan file of another plan")
    box = QMessageBox(QMessageBox.Icon.Warning, title, str(error), QMessageBox.StandardButton.Cancel, parent)
    open_button = box.addButton(
        QCoreApplication.translate("PlanActions", "Open as a new plan…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(open_button)
    box.exec()
    chosen = box.clickedButton() is open_button
    box.deleteLater()
    return plan_file_as_new_plan(context, parent, error.source, error.file_plan) if chosen else None


def plan_file_as_new_plan(context: AppContext, parent: QWidget, source: Path, plan_name: str) -> Path | None:
    """Ask where, make a new plan database of the plan file ``source`` and open it."""
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.services.errors import PlanError
    from desktop_app.services.new_plan import create_plan_from_file
    from desktop_app.ui.plans.target_fields import file_name_for

    suggested = context.workspace.path.parent / file_name_for(plan_name or source.stem)
    target, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PlanActions", "Open as a new plan"),
        str(suggested),
        QCoreApplication.translate("PlanActions", "Plans (*.sqlite)"),
    )
    if not target:
        return None
    try:
        created = create_plan_from_file(source, Path(target))
    except PlanError as failure:
        QMessageBox.warning(
            parent, QCoreApplication.translate("PlanActions", "Open as a new plan"), str(failure)
        )
        return None
    open_plan(created)
    return created
