"""Generating a report off the UI thread, with progress."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from desktop_app.reports.failure import failure_message
from desktop_app.services.errors import PlanError
from desktop_app.services.file_access import describe


class ReportWorker(QThread):
    """Runs ``job(progress)``, which writes the PDF to ``path``; reports progress and the outcome.

    ``job`` gathers the data and lays the PDF out; it never touches a widget.
    """

    progressed = Signal(int, int)
    succeeded = Signal(str)
    failed = Signal(str)

    def __init__(self, job: Callable[[Callable[[int, int], None]], None], path: Path, parent=None) -> None:
        super().__init__(parent)
        self._job = job
        self.path = path

    def run(self) -> None:
        try:
            self._job(self.progressed.emit)
        except PlanError as error:
            self.failed.emit(str(error))
        except OSError as error:
            self.failed.emit(describe(self.path, error, writing=True))
        except Exception as error:  # whatever goes wrong, the dialog shows it rather than waiting forever
            self.failed.emit(failure_message(error))
        else:
            self.succeeded.emit(str(self.path))
