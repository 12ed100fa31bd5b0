"""Starting the desktop app: translations, the plan file, the writer lock and the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from database.assets import asset_path
from database.errors import DatabaseError
from desktop_app import __version__
from desktop_app.services.file_access import shown
from desktop_app.services.leftovers import sweep
from desktop_app.services.messages import _, set_language
from desktop_app.services.user_profile import set_user_name, user_name
from desktop_app.services.workspace import default_database_path, open_workspace
from desktop_app.ui import plain_text
from desktop_app.ui.context import AppContext
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.main_window import MainWindow, app_icon
from desktop_app.ui.settings import AppSettings
from desktop_app.ui.sync.actions import import_file


def application() -> QApplication:
    """The one QApplication, with the names QSettings stores under and the window icon."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        # Qt paints a tall gradient (a scroll bar's groove) in parallel, in a thread pool of its
        # own: the window's first paint started two threads and waited on them, 9 ms of a start
        # of 340 ms on a 2-core machine, and again whenever they had expired after 30 s idle.
        # Nothing the window paints is large enough to gain from it. Set before Qt first asks, and
        # kept: Qt reads it once. Any value turns the pool off (Qt only asks whether it is set), and
        # the programs the app opens (a PDF viewer, the file manager) inherit it, so a Qt program
        # among them fills and scales images on one thread too.
        os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
        app = QApplication(sys.argv[:1])
    app.setOrganizationName("Handlingsplan")
    app.setApplicationName("Handlingsplan")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("handlingsplan")  # matches the menu entry the package installs
    app.setWindowIcon(app_icon())
    add_bundled_fonts()
    return app


def add_bundled_fonts() -> None:
    """Give Qt the DejaVu the app carries for its reports, in the frozen Linux bundle.

    The package does not depend on a system font package, so on a machine with
    no fonts the window still has one; a checkout or a wheel uses the system's fonts.
    """
    if not getattr(sys, "frozen", False) or not sys.platform.startswith("linux"):
        return
    from PySide6.QtGui import QFontDatabase

    for font in sorted(asset_path("resources", "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font))


def writer_lock(db_path: Path) -> QLockFile | None:
    """Take the lock beside the database; ``None`` when another instance is already writing."""
    lock = QLockFile(str(db_path.with_name(db_path.name + ".lock")))
    lock.setStaleLockTime(0)
    return lock if lock.tryLock(200) else None


def no_display() -> str | None:
    """Why no window can be shown here (Linux without X11 or Wayland), or ``None``.

    Checked before the ``QApplication`` is made: Qt would abort with a hint about
    missing libraries instead. A platform chosen by ``QT_QPA_PLATFORM`` is Qt's to check.
    """
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return _(
        "Det finns ingen skärm att visa programmet på (varken DISPLAY eller WAYLAND_DISPLAY är satt). "
        "Starta det i en skrivbordsmiljö, eller använd kommandoraden: handlingsplan --help."
    )


def show_startup_error(message: str) -> int:
    """The file the app was started with cannot be used: a dialog (and a line on stderr); exit code 1."""
    print(f"handlingsplan: {message}", file=sys.stderr)
    if no_display() is None:
        application()
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("Startup", "The plan cannot be opened"),
            message,
        )
        box.exec()
    return 1


def confirm_new_plan(path: Path) -> bool:
    """Ask before a plan is made at a path the user typed that names no file yet; True to go on."""
    try:
        path.lstat()
        return True
    except FileNotFoundError:
        if not path.parent.is_dir():
            return True  # refused when opened, with the reason
    except OSError:
        return True
    answer = QMessageBox.question(
        None,
        QCoreApplication.translate("Startup", "Create a new plan?"),
        QCoreApplication.translate(
            "Startup", "There is no plan at %1. Create a new plan there, from the default plan?"
        ).replace("%1", shown(path)),
    )
    return answer == QMessageBox.StandardButton.Yes


def open_main_window(db_path: Path | None, ask_before_creating: bool = False) -> MainWindow | None:
    """Open the plan and show its window; on a file that cannot be used, say so and return ``None``.

    With ``ask_before_creating`` (a path the user typed), a plan that does not
    exist is made only when the person says so, and its folder never.
    """
    path = (db_path or default_database_path()).expanduser()
    if ask_before_creating and db_path is not None and not confirm_new_plan(path):
        return None
    try:
        workspace = open_workspace(path, make_folder=db_path is None)
    except DatabaseError as error:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("Startup", "The plan cannot be opened"),
            str(error),
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(QCoreApplication.translate("Startup", "The file has not been changed."))
        box.exec()
        return None
    sweep(workspace.backup_dir)
    # A plan that cannot be written needs no writer lock (and often has no folder to put it in).
    lock = None if workspace.read_only else writer_lock(workspace.path)
    context = AppContext(workspace, user_name(), read_only=workspace.read_only or lock is None)
    window = MainWindow(context)
    window.writer_lock = lock
    return window


def people_in_register(context: AppContext) -> list[str]:
    """The names in the register of people, to offer as the user's own."""
    from desktop_app.services.registers import RegisterService

    return [person.name for person in RegisterService(context.engine, context.actor).people()]


def ask_user_name(context: AppContext) -> None:
    """First start: ask who is using the app and keep the answer (asked again next start if skipped)."""
    from desktop_app.ui.user_dialog import UserNameDialog

    dialog = UserNameDialog(people_in_register(context))
    if dialog.exec() != UserNameDialog.DialogCode.Accepted:
        return
    try:
        set_user_name(dialog.name())
    except OSError as error:
        plain_text.warn(
            None,
            QCoreApplication.translate("Startup", "Your name cannot be saved"),
            str(error),
        )
    context.set_actor(dialog.name())


def start_desktop(db_path: Path | None) -> tuple[QApplication, MainWindow | None, list[QTranslator]]:
    """What ``run_desktop`` does before the event loop: the application in the chosen language,
    and the plan's window shown (``None`` when the plan cannot be opened; the person was told).

    Without ``db_path`` (no ``--db``): the plan open last, else the user's own (a new user's
    seeded plan). The translators stay installed until the caller removes them.
    """
    from desktop_app.ui.plans.recent import last_plan
    from desktop_app.ui.plans.windows import open_plan_window

    app = application()
    language = AppSettings().language()
    set_language(language)  # the services' messages follow the window's language
    translators = install_translators(app, language)
    window = open_plan_window(db_path or last_plan() or default_database_path(), typed=db_path is not None)
    return app, window, translators


def run_desktop(db_path: Path | None, plan_file: Path | None = None) -> int:
    """``handlingsplan`` without a command: the desktop app until its window closes.

    ``plan_file`` is a shared plan file the app was opened with (``handlingsplan FILE.hplan``):
    its import preview is shown once the window is up.
    """
    problem = no_display()
    if problem:
        print(f"handlingsplan: {problem}", file=sys.stderr)
        return 1
    from desktop_app.ui.plans.windows import open_windows, release

    app, window, translators = start_desktop(db_path)
    try:
        if window is None:
            return 1
        if not user_name():
            ask_user_name(window.context)
        if plan_file is not None:
            QTimer.singleShot(0, lambda: import_file(window.context, window, plan_file))
        code = app.exec()
        for still_open in open_windows():
            release(still_open)
        return code
    finally:
        for translator in translators:
            app.removeTranslator(translator)
