"""Every string the UI shows has a finished Swedish translation."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _messages(ts_file: Path, finished_only: bool) -> set[tuple[str, str]]:
    found = set()
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if finished_only:
                if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
                if not all(form and form.strip() for form in forms):
                    continue
            found.add((name, message.findtext("source") or ""))
    return found


def test_every_ui_string_has_a_swedish_translation(tmp_path: Path) -> None:
    sources = sorted(str(p) for p in (ROOT / "desktop_app" / "ui").rglob("*.py"))
    scanned = tmp_path / "all_sv.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(scanned)], check=True)
    wanted = _messages(scanned, finished_only=False)
    assert len(wanted) > 100
    translated: set[tuple[str, str]] = set()
    for ts_file in sorted((ROOT / "resources" / "translations").glob("*_sv.ts")):
        translated |= _messages(ts_file, finished_only=True)
    missing = sorted(wanted - translated)
    assert not missing, f"Without a finished Swedish translation: {missing}"


def test_the_built_translations_match_their_sources(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    ts_file = ROOT / "resources" / "translations" / "client_sv.ts"
    built = tmp_path / "client_sv.qm"
    subprocess.run([str(lrelease), "-silent", str(ts_file), "-qm", str(built)], check=True)
    committed = ts_file.with_suffix(".qm")
    assert committed.read_bytes() == built.read_bytes(), "run tools/update_translations.py --release"


def test_every_ui_string_with_a_count_has_english_singular_and_plural(tmp_path: Path) -> None:
    """English is the source language, but "%n activities" needs its singular from a file."""
    sources = sorted(str(p) for p in (ROOT / "desktop_app" / "ui").rglob("*.py"))
    scanned = tmp_path / "all_en.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), "-silent", "-pluralonly", *sources, "-ts", str(scanned)], check=True)
    wanted = _messages(scanned, finished_only=False)
    assert len(wanted) >= 20
    translated: set[tuple[str, str]] = set()
    for ts_file in sorted((ROOT / "resources" / "translations").glob("*_en.ts")):
        translated |= _messages(ts_file, finished_only=True)
        built = tmp_path / ts_file.with_suffix(".qm").name
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        subprocess.run([str(lrelease), "-silent", str(ts_file), "-qm", str(built)], check=True)
        committed = ts_file.with_suffix(".qm").read_bytes()
        assert committed == built.read_bytes(), "run tools/update_translations.py"
    missing = sorted(wanted - translated)
    assert not missing, f"Without English singular and plural: {missing}"


def test_one_activity_is_singular_in_english(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from desktop_app.ui.i18n import install_translators

    translators = install_translators(qapp, "en")
    try:
        assert QCoreApplication.translate("PlanCounts", "%n activities", "", 1) == "1 activity"
        assert QCoreApplication.translate("PlanCounts", "%n activities", "", 2) == "2 activities"
        assert QCoreApplication.translate("DecisionRegisterView", "%n decision(s)", "", 1) == "1 decision"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
