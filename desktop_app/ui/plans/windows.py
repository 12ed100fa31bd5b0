"""One window per open plan: opening a plan beside the others, and letting it go when closed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

_open: list[MainWindow] = []


def open_windows() -> list[MainWindow]:
    return list(_open)


def window_of(path: Path) -> MainWindow | None:
    target = path.expanduser().resolve()
    for window in _open:
        if window.context.workspace.path.expanduser().resolve() == target:
            return window
    return None


def open_plan_window(path: Path, *, typed: bool = False) -> MainWindow | None:
    """Show the plan at ``path`` in its own window (or raise the window it already has).

    ``typed``: a path the person typed (``--db``), where a missing plan is made only when they
    say so. Returns ``None`` when the file cannot be opened; the person has been told why.
    """
    from desktop_app.services.workspace import default_database_path
    from desktop_app.ui.app import open_main_window
    from desktop_app.ui.plans.recent import remember_plan

    existing = window_of(path)
    if existing is not None:
        existing.show()
        existing.raise_()
        existing.activateWindow()
        return existing
    own = not typed and path.expanduser() == default_database_path()
    window = open_main_window(None if own else path, ask_before_creating=typed)
    if window is None:
        return None
    _open.append(window)
    window.closed.connect(lambda: release(window))
    remember_plan(window.context.workspace.path)
    window.show()
    return window


def release(window: MainWindow) -> None:
    """Give up a closed window's writer lock and database connections (once)."""
    if window in _open:
        _open.remove(window)
    if window.writer_lock is not None:
        window.writer_lock.unlock()
        window.writer_lock = None
    window.context.workspace.close()
