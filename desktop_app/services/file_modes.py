"""Exported files get the permissions of any new file in their folder, not a temporary file's 0600.

``tempfile.mkstemp`` creates its file readable by the owner only; renamed into
place, an exported plan or workbook kept that, so a colleague could not read it
from a shared folder. A normal new file gets ``0666`` less the umask.
"""

from __future__ import annotations

import os
from pathlib import Path


def current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def give_normal_permissions(path: Path) -> None:
    """Set ``path`` to the mode a file newly created there would have (POSIX; no-op elsewhere)."""
    if os.name == "posix":
        os.chmod(path, 0o666 & ~current_umask())
