"""The measurements that need a process of their own, run by ``benchmarks.run``.

    python -m benchmarks.worker start-app DB | open DB | filter DB WORD | report-window DB OUT

``start-app`` prints ``shown`` once the window's tree has been painted for the
first time (the parent times the whole process up to that line); the others
print one JSON line with what they measured. Imports stay inside the functions
so that the start-up measurement imports only what the app needs. The floors
are in ``benchmarks.floors``.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def start_app(db_path: Path) -> None:
    """Start the real app as ``handlingsplan --db DB`` does (its command line read, the window's
    modules loaded, ``start_desktop``); print ``shown`` once the tree is painted."""
    from desktop_app.main import build_parser, load_desktop

    argv = ["--db", str(db_path)]
    args = build_parser(argv).parse_args(argv)
    desktop = load_desktop()
    app, window, translators = desktop.start_desktop(args.db)
    assert window is not None
    counter = _paint_counter()
    window.tree_view.viewport().installEventFilter(counter)
    window.show()
    while not counter.count:  # the first paint of the tree, not merely a turn of the event loop
        app.processEvents()
    print("shown", flush=True)
    window.context.workspace.close()
    del translators


def _paint_counter() -> object:
    from PySide6.QtCore import QEvent, QObject

    class PaintCounter(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.count = 0

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    return PaintCounter()


def _open_window(db_path: Path) -> tuple[object, object, object, float]:
    """Open the plan in the main window and wait until its tree has been painted."""
    from desktop_app.main import load_desktop

    desktop = load_desktop()
    from desktop_app.ui.i18n import install_translators
    from desktop_app.ui.settings import AppSettings

    app = desktop.application()
    translators = install_translators(app, AppSettings().language())
    started = time.perf_counter()
    window = desktop.open_main_window(db_path)
    assert window is not None
    counter = _paint_counter()
    window.tree_view.viewport().installEventFilter(counter)
    window.show()
    while not counter.count:  # type: ignore[attr-defined]
        app.processEvents()
    elapsed = time.perf_counter() - started
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


def report_from_window(db_path: Path, out: Path) -> None:
    """Open ``db_path`` in the window, write the steering report as the report dialog does; peak memory."""
    import resource

    from desktop_app.reports.steering import write_steering_report
    from desktop_app.services.report_data import gather_steering

    _app, window, _counter, _elapsed = _open_window(db_path)
    plan = window.context.workspace.path  # type: ignore[attr-defined]  (what the report dialog reads)
    write_steering_report(gather_steering(plan, prepared_by="bench"), out)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    shown = window.model.shown_activity_count()  # type: ignore[attr-defined]
    print(json.dumps({"peak_mb": peak_kb / 1024, "activities": shown}), flush=True)
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
    elif kind == "report-window":
        report_from_window(Path(rest[0]), Path(rest[1]))
    elif kind == "open":
        open_plan(Path(rest[0]))
    elif kind == "filter":
        filter_plan(Path(rest[0]), rest[1])
    else:
        raise SystemExit(f"unknown measurement: {kind}")


if __name__ == "__main__":
    main(sys.argv[1:])
