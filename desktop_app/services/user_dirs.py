"""The user's own folders for the app: its data (the plan), its settings and its cache.

On Linux these are the XDG base directories, read here directly: platformdirs
gives the same folders there, but loading it costs every command's start a few
milliseconds (it imports tempfile, shutil and random). Elsewhere (Windows,
macOS) platformdirs answers.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Handlingsplan"

_XDG = {
    "data": ("XDG_DATA_HOME", "~/.local/share"),
    "config": ("XDG_CONFIG_HOME", "~/.config"),
    "cache": ("XDG_CACHE_HOME", "~/.cache"),
}


def _folder(kind: str) -> Path:
    if sys.platform.startswith("linux"):
        variable, default = _XDG[kind]
        base = os.environ.get(variable, "")
        if not os.path.isabs(base):  # the XDG specification: a relative path is ignored
            base = os.path.expanduser(default)
        return Path(base) / APP_NAME
    import platformdirs

    if kind == "cache":
        return platformdirs.user_cache_path(APP_NAME, appauthor=False)
    folder = platformdirs.user_data_path if kind == "data" else platformdirs.user_config_path
    return folder(APP_NAME, appauthor=False, roaming=True)


def data_folder() -> Path:
    """Where the user's own plan, its backups and its sync folder live."""
    return _folder("data")


def config_folder() -> Path:
    """Where the user's settings (the name they gave the app) live."""
    return _folder("config")


def cache_folder() -> Path:
    """Where the app keeps what it can make again (compiled hyphenation patterns)."""
    return _folder("cache")
