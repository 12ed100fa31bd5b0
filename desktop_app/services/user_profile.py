"""Who is using the app: the name the user gave it, kept in the user's own config folder.

The desktop app asks for the name at first start and lets the user change it
under Inställningar; the command line reads the same file, or takes
``--user NAME``.  The name is what "Rapporterad av", modification data,
decisions and "Upprättad av" show: never the operating system's login name.

Plain JSON beside the app's other settings, without Qt, so that the services
and the command line share it.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop_app.services.user_dirs import config_folder

_FILE_NAME = "user.json"
_MAX_NAME = 200


def profile_path() -> Path:
    """The file that holds the user's name."""
    return config_folder() / _FILE_NAME


def clean_name(name: str | None) -> str:
    """A name as it is kept: one line, trimmed, at most 200 characters."""
    text = " ".join(str(name or "").split())
    return text[:_MAX_NAME]


def user_name() -> str:
    """The name the user gave the app, or ``""`` when none has been given (or the file is unreadable)."""
    import json  # here: a command that never asks for the name need not load it

    try:
        data = json.loads(profile_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    return clean_name(data.get("name")) if isinstance(data, dict) else ""


def set_user_name(name: str) -> None:
    """Keep ``name`` as the user's name; written atomically. Raises ``OSError`` when it cannot be saved."""
    import json
    import tempfile

    path = profile_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps({"name": clean_name(name)}, ensure_ascii=False)
    fd, tmp = tempfile.mkstemp(prefix=".user-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def acting_user(explicit: str | None = None) -> str:
    """Who is acting: ``explicit`` (``--user``) when given, else the name given in the app."""
    return clean_name(explicit) or user_name()
