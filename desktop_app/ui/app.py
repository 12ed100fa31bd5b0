"""Starting the desktop app: translations, the plan file, the writer lock and the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from database.errors import DatabaseError
from desktop_app import __version__
from desktop_app.services.messages import set_language
from desktop_app.services.workspace import current_user, default_database_path, open_workspace
from desktop_app.ui.context import AppContext
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.main_window import MainWindow, app_icon
from desktop_app.ui.settings import AppSettings
from desktop_app.ui.sync.actions import import_file


def application() -> QApplication:
    """The one QApplication, with the names QSettings stores under and the window icon."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName("Handlingsplan")
    app.setApplicationName("Handlingsplan")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("handlingsplan")  # matches the menu entry the package installs
    app.setWindowIcon(app_icon())
    return app


def writer_lock(db_path: Path) -> QLockFile | None:
    """Take the lock beside the database; ``None`` when another instance is already writing."""
    lock = QLockFile(str(db_path.with_name(db_path.name + ".lock")))
    lock.setStaleLockTime(0)
    return lock if lock.tryLock(200) else None


def open_main_window(db_path: Path | None) -> MainWindow | None:
    """Open the plan and show its window; on a file that cannot be used, say so and return ``None``."""
    path = (db_path or default_database_path()).expanduser()
    try:
        workspace = open_workspace(path)
    except DatabaseError as error:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("Startup", "The plan cannot be opened"),
            str(error),
        )
        box.setInformativeText(QCoreApplication.translate("Startup", "The file has not been changed."))
        box.exec()
        return None
    lock = writer_lock(workspace.path)
    context = AppContext(workspace, current_user(), read_only=lock is None)
    window = MainWindow(context)
    window.writer_lock = lock
    return window


def run_desktop(db_path: Path | None, plan_file: Path | None = None) -> int:
    """``handlingsplan`` without a command: the desktop app until its window closes.

    ``plan_file`` is a shared plan file the app was opened with (``handlingsplan FILE.hplan``):
    its import preview is shown once the window is up.
    """
    from desktop_app.ui.plans.recent import last_plan
    from desktop_app.ui.plans.windows import open_plan_window, open_windows, release

    app = application()
    language = AppSettings().language()
    set_language(language)  # the services' messages follow the window's language
    translators = install_translators(app, language)
    try:
        # Without --db: the plan open last, else the user's own (a new user's seeded plan).
        window = open_plan_window(db_path or last_plan() or default_database_path())
        if window is None:
            return 1
        if plan_file is not None:
            QTimer.singleShot(0, lambda: import_file(window.context, window, plan_file))
        code = app.exec()
        for still_open in open_windows():
            release(still_open)
        return code
    finally:
        for translator in translators:
            app.removeTranslator(translator)
