"""Smoke mode of an installed program: ``handlingsplan --smoke-test OUT_DIR`` (hidden from the help).

CI installs the package and runs this without a display: it checks that the
installation carries every file the app needs, opens the plan (the user's, or
``--db``), shows the main window and saves it as ``OUT_DIR/window.png``,
writes the steering report to ``OUT_DIR/steering.pdf``, and exits 0.  Any
missing piece is reported on stderr and the exit code is 1.  Unlike the
command line, an unexpected error also prints its traceback: this mode exists
to tell a build engineer what broke.
"""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path

from database.assets import asset_path
from database.errors import DatabaseError
from desktop_app.bundle import missing_assets
from desktop_app.services.plan import PlanService
from desktop_app.services.user_profile import acting_user
from desktop_app.services.workspace import Workspace, open_workspace

MIN_WINDOW_SIZE = (400, 300)


class SmokeFailure(Exception):
    """A step of the smoke test failed; the message says which and why, in Swedish."""


def run_smoke_test(db: Path | None, out_dir: Path) -> int:
    """Run every step; print what was checked on stdout and return the exit code."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        _run(db, out_dir)
    except SmokeFailure as failure:
        print(f"handlingsplan: röktestet misslyckades: {failure}", file=sys.stderr)
        return 1
    except Exception:
        traceback.print_exc()
        print("handlingsplan: röktestet misslyckades med ett oväntat fel (se ovan).", file=sys.stderr)
        return 1
    print("Röktestet gick igenom.")
    return 0


def _run(db: Path | None, out_dir: Path) -> None:
    missing = missing_assets()
    if missing:
        raise SmokeFailure("installationen saknar " + ", ".join(missing))
    print("Filer: alla som programmet behöver finns.")
    out_dir.mkdir(parents=True, exist_ok=True)
    try:
        workspace = open_workspace(db)
    except DatabaseError as error:
        raise SmokeFailure(str(error)) from error
    try:
        _check_plan(workspace)
        _check_translations()
        window_png = out_dir / "window.png"
        show_main_window(workspace, window_png)
        print(f"Huvudfönster: {window_png}")
        _check_hyphenation()
        report_pdf = out_dir / "steering.pdf"
        write_steering_report(workspace, report_pdf)
        _check_pdf(report_pdf)
        print(f"Styrgruppsrapport: {report_pdf}")
    finally:
        workspace.close()


def _check_plan(workspace: Workspace) -> None:
    tree = PlanService(workspace.engine, acting_user()).tree()
    activities = sum(len(i.activities) for area in tree.focus_areas for i in area.initiatives)
    if not tree.focus_areas:
        raise SmokeFailure(f"planen i {workspace.path} har inga fokusområden")
    origin = "nyss skapad" if workspace.created else "befintlig"
    print(
        f"Plan: {workspace.path} ({origin}), {len(tree.focus_areas)} fokusområden, {activities} aktiviteter."
    )


def _application():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["handlingsplan"])


def _check_translations() -> None:
    from desktop_app.ui.i18n import install_translators

    app = _application()
    expected = sorted(asset_path("resources", "translations").glob("*_sv.qm"))
    loaded = install_translators(app, "sv")
    # One translator for Qt's own strings, one for each of the app's areas.
    if len(loaded) != len(expected) + 1:
        raise SmokeFailure(
            f"{len(loaded)} av {len(expected) + 1} svenska översättningar kunde läsas (Qt:s egen och appens)"
        )
    print(f"Översättningar: {len(loaded)} svenska inlästa.")


def _check_hyphenation() -> None:
    """The hyphenation patterns of every report language are in the installation."""
    import pyphen

    from desktop_app.reports.hyphenation import HYPHENATION_LANGUAGES

    for patterns in HYPHENATION_LANGUAGES.values():
        if pyphen.language_fallback(patterns) is None:
            raise SmokeFailure(f"avstavningsmönstren för {patterns} (pyphen) saknas")
    print(f"Avstavning: {', '.join(HYPHENATION_LANGUAGES.values())}.")


def show_main_window(workspace: Workspace, screenshot: Path) -> None:
    """Open the real main window on ``workspace``, let it draw, and save what it shows as PNG."""
    try:
        from desktop_app.ui.context import AppContext
        from desktop_app.ui.main_window import MainWindow
    except ImportError as error:
        raise SmokeFailure(f"huvudfönstret kan inte läsas in ({error})") from error
    app = _application()
    context = AppContext(workspace, acting_user())
    window = MainWindow(context)
    try:
        window.show()
        for _ in range(5):
            app.processEvents()
        image = window.grab().toImage()
        if image.width() < MIN_WINDOW_SIZE[0] or image.height() < MIN_WINDOW_SIZE[1]:
            raise SmokeFailure(f"huvudfönstret är bara {image.width()}×{image.height()} bildpunkter")
        if (
            len(
                {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 37)}
            )
            < 3
        ):
            raise SmokeFailure("huvudfönstret ritades tomt")
        if not image.save(str(screenshot)):
            raise SmokeFailure(f"skärmbilden {screenshot} kunde inte sparas")
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()


def write_steering_report(workspace: Workspace, out_file: Path) -> None:
    """Write the steering report exactly as ``handlingsplan report steering --out FILE`` does.

    The command line's own parser and handler are used, so the smoke test
    exercises the same code path a person's command does.
    """
    from desktop_app.main import build_parser

    command = ["report", "steering", "--out", str(out_file)]
    try:
        args = build_parser().parse_args(command)
    except SystemExit as error:
        raise SmokeFailure("kommandot 'report steering' finns inte i den här versionen") from error
    if args.func(args, workspace) != 0:
        raise SmokeFailure("styrgruppsrapporten kunde inte skrivas")


def _check_pdf(path: Path) -> None:
    data = path.read_bytes() if path.is_file() else b""
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise SmokeFailure(f"{path} är ingen fullständig PDF-fil")
