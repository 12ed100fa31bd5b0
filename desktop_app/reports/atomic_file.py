"""Writing a report file in one step: built beside its place, synced to disk, then put in place."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_app.services.file_access import fsync_folder
from desktop_app.services.leftovers import unfinished_file


def write_atomically(path: Path, build: Callable[[Any], None]) -> None:
    """Build the PDF into a temporary file beside ``path``, fsync it, then put it in place in one step.

    A run killed midway leaves the temporary file noted for the next run to remove
    (``services.leftovers``); any other failure removes it at once.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    with unfinished_file(folder, prefix=f".{path.stem}-", suffix=".pdf.tmp") as temporary:
        with temporary.open("wb") as stream:
            build(stream)
            stream.flush()
            os.fsync(stream.fileno())
        # The temporary file is private; the report gets the permissions of the file it replaces.
        os.chmod(temporary, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(temporary, path)
    fsync_folder(folder)
