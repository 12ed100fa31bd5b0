"""Smoke mode, as CI runs it on the installed package, here on the checkout."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtGui import QImage

from desktop_app.bundle import missing_assets

REPO = Path(__file__).resolve().parent.parent


def run_smoke(tmp_path: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path / "home"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *argv], capture_output=True, text=True, env=env, timeout=120
    )


def test_checkout_has_every_asset_the_app_needs() -> None:
    assert missing_assets(REPO) == []


def test_smoke_mode_shows_the_main_window_and_writes_the_steering_report(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_smoke(tmp_path, "--smoke-test", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "5 fokusområden, 58 aktiviteter" in result.stdout
    assert (tmp_path / "data" / "Handlingsplan" / "handlingsplan.sqlite").is_file()

    window = QImage(str(out / "window.png"))
    assert window.width() >= 400 and window.height() >= 300
    report = PdfReader(out / "steering.pdf")
    text = "".join(page.extract_text() for page in report.pages)
    assert "Ett företagsklimat som främjar utveckling" in text


def test_smoke_mode_reports_a_database_it_cannot_open(tmp_path: Path) -> None:
    not_a_plan = tmp_path / "notes.sqlite"
    not_a_plan.write_text("inte en databas", encoding="utf-8")
    result = run_smoke(tmp_path, "--db", str(not_a_plan), "--smoke-test", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "röktestet misslyckades" in result.stderr
    assert "Traceback" not in result.stderr
    assert not_a_plan.read_text(encoding="utf-8") == "inte en databas"
