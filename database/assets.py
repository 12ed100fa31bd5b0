"""One way to find the app's files, from a checkout, an installed wheel or a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def asset_root() -> Path:
    """The folder that holds ``database/`` and ``resources/``."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def asset_path(*parts: str) -> Path:
    """The path of a bundled file, e.g. ``asset_path("resources", "icons", "app.svg")``."""
    return asset_root().joinpath(*parts)
