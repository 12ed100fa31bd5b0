"""Refresh the Swedish ``.ts`` files from the code and build the ``.qm`` files.

English is the source language; its ``<area>_en.ts`` files hold only the messages with a count
(``-pluralonly``), so that "%n activities" says "1 activity". An area without such messages has
none.

Each folder of ``desktop_app/ui`` is one translation area with its own file
(``desktop_app/ui/steering`` → ``resources/translations/steering_sv.ts``); the
modules directly in ``desktop_app/ui`` are the area ``client``.

    python tools/update_translations.py          # lupdate + lrelease
    python tools/update_translations.py --release  # only build .qm from .ts
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "desktop_app" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGE = "sv"


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def areas() -> dict[str, list[Path]]:
    found = {"client": sorted(UI.glob("*.py"))}
    for folder in sorted(p for p in UI.iterdir() if p.is_dir() and not p.name.startswith("__")):
        found[folder.name] = sorted(folder.rglob("*.py"))
    return found


def main(release_only: bool) -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for area, sources in areas().items():
        ts_file = TRANSLATIONS / f"{area}_{LANGUAGE}.ts"
        if not release_only:
            command = [_tool("pyside6-lupdate"), "-no-obsolete", "-silent", *map(str, sources)]
            subprocess.run([*command, "-ts", str(ts_file)], check=True)
        plurals = TRANSLATIONS / f"{area}_en.ts"
        if not release_only:
            command = [_tool("pyside6-lupdate"), "-no-obsolete", "-silent", "-pluralonly", *map(str, sources)]
            subprocess.run([*command, "-target-language", "en", "-ts", str(plurals)], check=True)
            if "<message" not in plurals.read_text(encoding="utf-8"):
                plurals.unlink()
                plurals.with_suffix(".qm").unlink(missing_ok=True)
        for ts in (ts_file, plurals):
            if ts.exists():
                subprocess.run(
                    [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                    check=True,
                )


if __name__ == "__main__":
    main("--release" in sys.argv)
