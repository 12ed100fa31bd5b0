"""The desktop app's writer lock, respected by the commands that change the plan.

The app holds a ``QLockFile`` beside the database while its window can write
(``desktop_app.ui.app.writer_lock``). A writing command takes the same lock for
as long as it writes: while the app holds it the command is refused with one
line, and an app started meanwhile opens the plan for reading only. So the
window never shows, or undoes over, changes made behind its back.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop_app.services.errors import PlanError
from desktop_app.services.messages import _


@contextmanager
def writer_lock(database_path: Path) -> Iterator[None]:
    """Hold the app's writer lock of ``database_path`` while the block runs; ``PlanError`` when taken."""
    # Qt's lock file is the app's; QtCore is loaded only by the commands that write.
    from PySide6.QtCore import QLockFile

    lock = QLockFile(str(database_path.with_name(database_path.name + ".lock")))
    lock.setStaleLockTime(0)
    if not lock.tryLock(200):
        if lock.error() == QLockFile.LockError.LockFailedError:
            raise PlanError(
                _(
                    "Planen {name} är öppen för ändringar i Handlingsplan-programmet. Stäng programmet "
                    "och försök igen (tree, report, export och check fungerar ändå)."
                ).format(name=database_path.name)
            )
        yield  # no lock can be made there (a read-only folder): the write itself says what is wrong
        return
    try:
        yield
    finally:
        lock.unlock()
