"""The measurements that need a process of their own, run by ``benchmarks.run``.

    python -m benchmarks.worker start-app DB | start-floor | open DB | filter DB WORD

``start-app`` and ``start-floor`` print ``shown`` on the first turn of the
event loop after the window is shown (the parent times the whole process start
up to that line); ``open`` and ``filter`` print one JSON line with what they
measured. Imports stay inside the functions so that the two start-up
measurements import only what they need.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def _report_shown_and_quit(app: object) -> None:
    print("shown", flush=True)
    app.quit()  # type: ignore[attr-defined]


def start_app(db_path: Path) -> None:
    """Start the real app the way ``run_desktop`` does, and quit on the first event-loop turn."""
    from PySide6.QtCore import QTimer

    import desktop_app.main  # noqa: F401  (what ``handlingsplan`` imports before it calls run_desktop)
    from desktop_app.ui.app import application, open_main_window
    from desktop_app.ui.i18n import install_translators
    from desktop_app.ui.settings import AppSettings

    app = application()
    translators = install_translators(app, AppSettings().language())
    window = open_main_window(db_path)
    assert window is not None
    window.show()
    QTimer.singleShot(0, lambda: _report_shown_and_quit(app))
    app.exec()
    window.context.workspace.close()
    del translators


def start_floor() -> None:
    """The floor of a start: a bare PySide6 main window in a process that also imports sqlmodel."""
    import sqlmodel  # noqa: F401  (part of the floor: the stack's own import cost)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.show()
    QTimer.singleShot(0, lambda: _report_shown_and_quit(app))
    app.exec()


def _open_window(db_path: Path) -> tuple[object, object, object, float]:
    """Open the plan in the main window and wait until its tree has been painted."""
    from PySide6.QtCore import QEvent, QObject

    from desktop_app.ui.app import application, open_main_window
    from desktop_app.ui.i18n import install_translators
    from desktop_app.ui.settings import AppSettings

    class PaintCounter(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.count = 0

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    app = application()
    translators = install_translators(app, AppSettings().language())
    started = time.perf_counter()
    window = open_main_window(db_path)
    assert window is not None
    counter = PaintCounter()
    window.tree_view.viewport().installEventFilter(counter)
    window.show()
    app.processEvents()
    if counter.count == 0:  # not painted yet: paint now, so that the time always includes it
        window.tree_view.viewport().repaint()
    elapsed = time.perf_counter() - started
    assert counter.count >= 1, "the tree was never painted"
    window.paint_counter = counter  # type: ignore[attr-defined]
    window.translators = translators  # type: ignore[attr-defined]
    return app, window, counter, elapsed


def open_plan(db_path: Path) -> None:
    """Time opening ``db_path`` until its tree is shown; then the peak memory of the process."""
    import resource

    _app, window, _counter, elapsed = _open_window(db_path)
    shown = window.model.shown_activity_count()  # type: ignore[attr-defined]
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    print(json.dumps({"open_s": elapsed, "peak_mb": peak_kb / 1024, "activities": shown}), flush=True)
    window.context.workspace.close()  # type: ignore[attr-defined]


def filter_plan(db_path: Path, word: str) -> None:
    """Type ``word`` one letter at a time into the real filter bar; time each keystroke until painted."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    app, window, counter, _elapsed = _open_window(db_path)
    search = window.filter_bar.search_edit  # type: ignore[attr-defined]
    viewport = window.tree_view.viewport()  # type: ignore[attr-defined]
    search.setFocus()
    app.processEvents()  # type: ignore[attr-defined]
    keystrokes = []
    for letter in word:
        before = counter.count  # type: ignore[attr-defined]
        started = time.perf_counter()
        # The key events a keyboard sends (QTest's key clicks know only ASCII, and the word has an ö).
        key = Qt.Key(ord(letter.upper()))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(search, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, letter))
        app.processEvents()  # type: ignore[attr-defined]
        if counter.count == before:  # type: ignore[attr-defined]
            viewport.repaint()
        keystrokes.append(time.perf_counter() - started)
    assert search.text() == word, search.text()
    shown = window.model.shown_activity_count()  # type: ignore[attr-defined]
    print(json.dumps({"keystrokes_s": keystrokes, "shown": shown}), flush=True)
    window.context.workspace.close()  # type: ignore[attr-defined]


def main(argv: list[str]) -> None:
    kind, *rest = argv
    if kind == "start-app":
        start_app(Path(rest[0]))
    elif kind == "start-floor":
        start_floor()
    elif kind == "open":
        open_plan(Path(rest[0]))
    elif kind == "filter":
        filter_plan(Path(rest[0]), rest[1])
    else:
        raise SystemExit(f"unknown measurement: {kind}")


if __name__ == "__main__":
    main(sys.argv[1:])
