"""After an export, an import or a saved report: say in the status bar what happened, and offer the folder.

One place for the message's look: the main window's status bar shows the
file name and the counts for a while, with an "Öppna mappen" button beside it
while the message is up.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QPushButton, QWidget

SHOWN_FOR_MS = 30_000


def _main_window(widget: QWidget | None) -> QMainWindow | None:
    """The app's main window: the topmost window above ``widget`` (a dialog's or Styrning's parent)."""
    if widget is None:
        return None
    window = widget.window()
    while window.parentWidget() is not None:
        window = window.parentWidget().window()
    return window if isinstance(window, QMainWindow) else None


def open_folder(folder: str) -> None:
    # Loaded here, not with the module: the window's start names neither (their types cost 1 ms).
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(folder))


def announce(widget: QWidget | None, message: str, folder: Path | None = None) -> QMainWindow | None:
    """Show ``message`` in the status bar of ``widget``'s main window, with a button opening ``folder``."""
    window = _main_window(widget)
    if window is None:
        return None
    bar = window.statusBar()
    button = bar.findChild(QPushButton, "openFolderButton")
    if button is None:
        button = QPushButton(QCoreApplication.translate("DoneNotice", "Open folder"), bar)
        button.setObjectName("openFolderButton")
        button.setFlat(True)
        bar.addPermanentWidget(button)
        bar.messageChanged.connect(lambda text: button.setVisible(bool(text and button.property("folder"))))
        button.clicked.connect(lambda: open_folder(button.property("folder")))
    button.setProperty("folder", str(folder) if folder else "")
    button.setToolTip(str(folder) if folder else "")
    bar.showMessage(message, SHOWN_FOR_MS)
    button.setVisible(folder is not None)
    return window
