"""The plans this user has opened, newest first, and the one to reopen at start (QSettings)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

RECENT_KEY = "plans/recent"
LAST_KEY = "plans/last"
KEPT = 8


def recent_plans() -> list[Path]:
    """Plan files opened before, newest first, those that still exist."""
    value = QSettings().value(RECENT_KEY, [])
    paths = [value] if isinstance(value, str) else list(value or [])
    return [Path(p) for p in paths if p and Path(p).is_file()]


def remember_plan(path: Path) -> None:
    """Put ``path`` first among the recent plans and make it the plan opened at the next start."""
    path = path.expanduser().resolve()
    recent = recent_plans()
    last = last_plan()
    if recent and recent[0].resolve() == path and last is not None and last.resolve() == path:
        return  # already so: rewriting the settings file would cost the start a sync to disk
    kept = [p for p in recent if p.resolve() != path]
    settings = QSettings()
    settings.setValue(RECENT_KEY, [str(p) for p in [path, *kept][:KEPT]])
    settings.setValue(LAST_KEY, str(path))


def last_plan() -> Path | None:
    """The plan open last, if its file still exists; ``None`` sends a new user to their own plan."""
    value = QSettings().value(LAST_KEY, "")
    path = Path(str(value)) if value else None
    return path if path is not None and path.is_file() else None
