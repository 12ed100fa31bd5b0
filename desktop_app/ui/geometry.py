"""Windows that fit the screen they open on (a 1366×768 laptop with a taskbar, 150 % scaling), and
columns that keep the widths the user gave them."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHeaderView, QWidget

from desktop_app.ui.settings import AppSettings

# Room for the window's title bar and frame, which the window's own size does not include.
FRAME = QSize(16, 40)


def fitted(available: QRect, preferred: QSize, minimum: QSize | None = None) -> QRect:
    """The window rectangle (without frame) for ``preferred`` on a screen whose free area is
    ``available``: no larger than the free area leaves room for, centred in it."""
    minimum = minimum or QSize(0, 0)
    width = max(minimum.width(), min(preferred.width(), available.width() - FRAME.width()))
    height = max(minimum.height(), min(preferred.height(), available.height() - FRAME.height()))
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    rect.moveTop(max(available.top() + FRAME.height() - 8, rect.top()))
    return rect


def _available(window: QWidget) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(window: QWidget, preferred: QSize) -> None:
    """Give ``window`` its ``preferred`` size, or less where the screen is smaller."""
    window.setGeometry(fitted(_available(window), preferred, window.minimumSize()))


def keep_on_screen(window: QWidget) -> None:
    """After a remembered geometry is restored: shrink and move the window back onto the screen it
    is on now (the remembered one may have come from a larger monitor that is gone)."""
    available = _available(window)
    frame = window.frameGeometry()
    if available.contains(frame):
        return
    window.setGeometry(fitted(available, window.size(), window.minimumSize()))


def restore_columns(header: QHeaderView, key: str, settings: AppSettings | None = None) -> str:
    """Give ``header`` the column widths the user last chose for ``key``; returns the key they are
    stored under (``save_columns``)."""
    key = f"{key}/{header.count()}"  # a state saved for other columns is never applied
    state = (settings or AppSettings()).header_state(key)
    if state is not None:
        header.restoreState(state)
    return key


def save_columns(header: QHeaderView, key: str, settings: AppSettings) -> None:
    """Store ``header``'s column widths under the ``key`` ``restore_columns`` gave."""
    settings.set_header_state(key, QByteArray(header.saveState()))


def remember_columns(header: QHeaderView, key: str) -> None:
    """Give ``header`` the column widths the user last chose for ``key`` and keep every new choice."""
    settings = AppSettings()
    key = restore_columns(header, key, settings)
    # One settings object for the view's life: a new one per resize re-read the settings file and,
    # going out of scope, wrote it back at once, at each of the resizes the first layout makes.
    header.sectionResized.connect(
        lambda *_args: settings.set_header_state(key, QByteArray(header.saveState()))
    )
