"""A plan file the desktop was opened with (``handlingsplan FILE.hplan``), waiting for the import preview."""

from __future__ import annotations

from pathlib import Path

_pending: list[Path] = []


def open_with_file(path: Path) -> None:
    """Remember ``path`` for the desktop client to show in the import preview once it has started."""
    _pending[:] = [path]


def take_file_to_import() -> Path | None:
    """The file the app was opened with, once; ``None`` when there is none."""
    return _pending.pop() if _pending else None
