"""Helpers for driving the desktop client in tests: the window over a real database, dialogs answered."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.ui.app import application
from desktop_app.ui.context import AppContext
from desktop_app.ui.excel import ImportDialog
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.plan_tree_model import Role


def fresh_application(language: str = "sv") -> tuple[QApplication, list]:
    """The test QApplication with empty settings and the translators for ``language``."""
    app = application()
    QSettings().clear()
    return app, install_translators(app, language)


def remove_translators(app: QApplication, translators: list) -> None:
    for translator in translators:
        app.removeTranslator(translator)


def open_window(qtbot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window, 2000)
    return window


def open_excel_preview(qtbot, context: AppContext, path: Path) -> ImportDialog:
    """The Excel import dialog on ``path``, at its preview: the file typed, Next pressed (and Next
    again past the column mapping when the sheet needs one), as a person goes there."""
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.file_page.path_edit, str(path))
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    if dialog.pages.currentIndex() == dialog.MAPPING:
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    return dialog


def answer_next_dialog(handler: Callable[[QWidget], None], qtbot=None) -> None:
    """Run ``handler`` on the next modal dialog as soon as it is open (the way a person answers it)."""

    def attempt(tries: int = 50) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if tries:
                QTimer.singleShot(20, lambda: attempt(tries - 1))
            return
        handler(dialog)

    QTimer.singleShot(0, attempt)


def rows_under(window: MainWindow, parent: QModelIndex | None = None) -> list[str]:
    """The codes the tree shows under ``parent`` (the top level when ``None``)."""
    model = window.model
    parent = parent or QModelIndex()
    return [model.index(row, 0, parent).data(Role.NODE).code for row in range(model.rowCount(parent))]


def click_row(qtbot, window: MainWindow, node_id: str) -> None:
    """Click the node's row in the tree as a person would."""
    view = window.tree_view
    index = window.model.index_of(node_id)
    parent = index.parent()
    while parent.isValid():
        view.expand(parent)
        parent = parent.parent()
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def press_in_window(
    qtbot,
    window: MainWindow,
    widget: QWidget,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Press a key in ``widget`` with the window active, so its shortcuts apply (after a dialog
    closes the offscreen platform does not hand activation back by itself)."""
    qtbot.wait(1)
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window, 2000)
    widget.setFocus()
    qtbot.keyClick(widget, key, modifier)
