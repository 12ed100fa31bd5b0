"""The files the app needs besides its Python code, and a check that an installation has them.

The PyInstaller spec bundles exactly :func:`bundle_files`; the smoke mode of
the installed program checks with :func:`missing_assets` that every one of
them arrived, so a broken package fails in CI, not on an office laptop.
"""

from __future__ import annotations

from pathlib import Path

from database.assets import asset_root

# Folders copied into the bundle as they are, relative to the repository (and to the bundle).
BUNDLED_FOLDERS = ("database/migrations", "database/seed", "resources")

# Sources that are not needed at run time.
_LEFT_OUT_SUFFIXES = {".ts", ".pyc"}

# What the app cannot start without, whatever else is bundled: a description and its glob patterns.
REQUIRED_ASSETS: dict[str, tuple[str, ...]] = {
    "databasmigreringar": ("database/migrations/env.py", "database/migrations/versions/*.py"),
    "den förifyllda planen": ("database/seed/plan.json",),
    "översättningar": ("resources/translations/*_sv.qm",),
    "programikonen": ("resources/icons/handlingsplan.svg",),
}

# Written into the bundle by the spec: every bundled file, one relative path a line.
MANIFEST_NAME = "bundle-manifest.txt"


def bundle_files(source_root: Path) -> list[str]:
    """Every data file to bundle, as sorted relative POSIX paths under ``source_root``."""
    found: list[str] = []
    for folder in BUNDLED_FOLDERS:
        for path in (source_root / folder).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix not in _LEFT_OUT_SUFFIXES:
                found.append(path.relative_to(source_root).as_posix())
    return sorted(found)


def missing_assets(root: Path | None = None) -> list[str]:
    """What is missing under ``root`` (default: this installation), in Swedish; empty when complete.

    Checks the required assets and, in a bundle, every file its manifest lists.
    """
    root = root or asset_root()
    missing = [
        f"{description} ({pattern})"
        for description, patterns in REQUIRED_ASSETS.items()
        for pattern in patterns
        if not any(root.glob(pattern))
    ]
    manifest = root / MANIFEST_NAME
    if manifest.is_file():
        listed = manifest.read_text(encoding="utf-8").splitlines()
        missing += [name for name in listed if name and not (root / name).is_file()]
    return missing
