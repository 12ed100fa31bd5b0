"""The File menu's sync actions, added by the main window with one call to ``add_sync_actions``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from database.errors import DatabaseError
from desktop_app.services import file_access
from desktop_app.services.errors import PlanError
from desktop_app.services.sync.errors import SyncError
from desktop_app.ui import plain_text
from desktop_app.ui.context import AppContext
from desktop_app.ui.done_notice import announce

# The dialogs and the sync services (with the table classes behind them) are loaded when an
# entry is first used: the main window adds these entries at every start.


def add_sync_actions(menu: QMenu, context: AppContext, parent: QWidget) -> None:
    """Add Export plan…, Import plan…, Undo last import and Backups… to ``menu``."""
    export = QAction(QCoreApplication.translate("SyncActions", "&Export plan…"), menu)
    export.setShortcut(QKeySequence("Ctrl+Shift+S"))
    export.triggered.connect(lambda: open_export(context, parent))
    import_ = QAction(QCoreApplication.translate("SyncActions", "&Import plan…"), menu)
    import_.setShortcut(QKeySequence("Ctrl+Shift+O"))
    import_.triggered.connect(lambda: choose_and_import(context, parent))
    undo = QAction(QCoreApplication.translate("SyncActions", "&Undo last import"), menu)
    undo.triggered.connect(lambda: undo_import(context, parent))
    backups = QAction(QCoreApplication.translate("SyncActions", "&Backups…"), menu)
    backups.triggered.connect(lambda: open_backups(context, parent))
    for action in (import_, undo):
        action.setEnabled(not context.read_only)
    menu.addActions([export, import_, undo, backups])
    menu.aboutToShow.connect(lambda: undo.setEnabled(not context.read_only and _has_import(context)))


def _has_import(context: AppContext) -> bool:
    from desktop_app.services.sync.importer import last_import

    return last_import(context.workspace) is not None


def open_export(context: AppContext, parent: QWidget) -> None:
    from desktop_app.ui.sync.export_dialog import ExportDialog

    dialog = ExportDialog(context, parent)
    if dialog.exec() and dialog.result is not None:
        result = dialog.result
        message = QCoreApplication.translate(
            "DoneNotice", "The plan was exported to {file} (activities: {activities})."
        ).format(file=result.path.name, activities=result.activity_count)
        announce(parent, message, result.path.parent)


def open_backups(context: AppContext, parent: QWidget) -> None:
    from desktop_app.ui.sync.backups_dialog import BackupsDialog

    BackupsDialog(context, parent).exec()


def choose_and_import(context: AppContext, parent: QWidget) -> None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("SyncActions", "Import plan"),
        str(Path.home()),
        QCoreApplication.translate("SyncActions", "Plan files (*.hplan)"),
    )
    if chosen:
        import_file(context, parent, Path(chosen))


def import_file(context: AppContext, parent: QWidget, path: Path) -> bool:
    """Check ``path``, show the import preview and apply it if the person says so; True when applied."""
    from desktop_app.services.sync.identity import OtherPlanError
    from desktop_app.services.sync.importer import prepare_import
    from desktop_app.ui.sync.preview_dialog import ImportPreviewDialog

    remade = False
    while True:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            plan = prepare_import(context.workspace, path, context.actor)
        except OtherPlanError as error:  # a file of another plan: offered as a new plan of its own
            from desktop_app.ui.plans import offer_as_new_plan

            QGuiApplication.restoreOverrideCursor()
            offer_as_new_plan(context, parent, error)
            return False
        except Exception as error:
            QGuiApplication.restoreOverrideCursor()
            if isinstance(error, PlanError | DatabaseError):
                message = str(error)
            elif file_access.is_file_failure(error):
                message = file_access.describe(path, error, writing=False)
            else:
                raise
            plain_text.warn(parent, QCoreApplication.translate("SyncActions", "Import plan"), message)
            return False
        QGuiApplication.restoreOverrideCursor()
        dialog = ImportPreviewDialog(context, plan, parent, remade=remade)
        accepted = bool(dialog.exec())
        if dialog.plan_changed:
            remade = True  # the plan changed under the preview: work it out again and show it
            continue
        applied = accepted and dialog.result is not None
        if applied:
            message = QCoreApplication.translate(
                "DoneNotice", "The plan file {file} was imported. New: {added}, changed: {changed}."
            ).format(file=path.name, added=dialog.result.added, changed=dialog.result.changed)
            if dialog.result.marked:
                message += " " + dialog.result.marked_line()
            announce(parent, message, path.parent)
            if dialog.result.codes:  # a code someone may have written down now names something else
                plain_text.inform(
                    parent,
                    QCoreApplication.translate("SyncActions", "Import plan"),
                    "\n".join(dialog.result.code_lines()),
                )
        return applied


def undo_import(context: AppContext, parent: QWidget) -> None:
    from desktop_app.services.sync.importer import last_import, undo_last_import

    state = last_import(context.workspace)
    if state is None:
        plain_text.inform(
            parent,
            QCoreApplication.translate("SyncActions", "Undo last import"),
            QCoreApplication.translate("SyncActions", "There is no import to undo."),
        )
        return
    answer = plain_text.ask(
        parent,
        QCoreApplication.translate("SyncActions", "Undo last import"),
        QCoreApplication.translate(
            "SyncActions",
            "Put the plan back as it was before importing %1? Everything changed since then is undone too; "
            "the plan as it is now is backed up first.",
        ).replace("%1", state["file"]),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    try:
        undo_last_import(context.workspace)
    except SyncError as error:
        plain_text.warn(parent, QCoreApplication.translate("SyncActions", "Undo last import"), str(error))
        return
    context.undo_stack.clear()
    context.plan_changed.emit()
