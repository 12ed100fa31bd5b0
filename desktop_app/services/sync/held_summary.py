"""The summary of the kept files' held versions: what each differs in from one snapshot of the plan.

Finding the versions of records this installation held (``held.held_versions``) compares every
kept file with the plan, a join over all its rows per file; nearly all of them are the plan's
rows as they are. The summary keeps, per kept file, only its rows whose stamp differs from one
snapshot of the plan: the sent copy of the export that wrote the summary, which is that plan's
rows. The next export then compares that one snapshot with the plan and looks up only the
records that changed since in the kept files, however many there are.

It is a cache, nothing more: written whole to a temporary file and put in place with
``os.replace``; a summary that is missing or cannot be read, a snapshot that changed and a kept
file that changed (size, modification time) are compared in full, as without it.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.services.leftovers import unfinished_file

FORMAT = 1
Version = tuple[str, str, str]
"""A row's ``(id, modified_at, modified_by)``."""


@dataclass
class FileVersions:
    """One kept file: who sent it when, and its rows that differ from the snapshot (by table)."""

    signature: tuple[int, int]
    """Size and modification time (ns) of the file when it was summarised."""
    sender: str | None
    exported_at: str | None
    rows: dict[str, list[Version]] = field(default_factory=dict)


@dataclass
class Summary:
    snapshot: str
    """The name of the sent copy that holds the plan's rows the summary is about."""
    signature: tuple[int, int]
    files: dict[str, FileVersions]


def signature(path: Path) -> tuple[int, int] | None:
    try:
        found = path.stat()
    except OSError:
        return None
    return found.st_size, found.st_mtime_ns


def summary_path(folder: Path, installation: str) -> Path:
    """One summary per plan: plans in one folder share the ``sync`` folder."""
    return folder / f"held-{re.sub(r'[^A-Za-z0-9_-]', '_', installation)}.json"


def load_summary(folder: Path, installation: str) -> Summary | None:
    """The summary for this plan, ``None`` when there is none or it cannot be read whole."""
    try:
        data = json.loads(summary_path(folder, installation).read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            return None
        files = {
            str(name): FileVersions(
                signature=(int(entry["size"]), int(entry["mtime_ns"])),
                sender=None if entry["sender"] is None else str(entry["sender"]),
                exported_at=None if entry["exported_at"] is None else str(entry["exported_at"]),
                rows={
                    str(table): [(str(i), str(at), str(by)) for i, at, by in rows]
                    for table, rows in entry["rows"].items()
                },
            )
            for name, entry in data["files"].items()
        }
        snapshot = data["snapshot"]
        return Summary(str(snapshot["name"]), (int(snapshot["size"]), int(snapshot["mtime_ns"])), files)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def save_summary(folder: Path, installation: str, snapshot: Path, files: dict[str, FileVersions]) -> None:
    """Keep ``files``, which differ from the rows in ``snapshot`` as given, as this plan's summary.

    Written whole and renamed into place; a failure leaves the previous summary (or none).
    """
    found = signature(snapshot)
    if found is None:
        return
    data = {
        "format": FORMAT,
        "snapshot": {"name": snapshot.name, "size": found[0], "mtime_ns": found[1]},
        "files": {
            name: {
                "size": entry.signature[0],
                "mtime_ns": entry.signature[1],
                "sender": entry.sender,
                "exported_at": entry.exported_at,
                "rows": {table: [list(row) for row in rows] for table, rows in entry.rows.items() if rows},
            }
            for name, entry in files.items()
        },
    }
    target = summary_path(folder, installation)
    with contextlib.suppress(OSError), unfinished_file(folder, prefix=".held-", suffix=".tmp") as temporary:
        temporary.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
        os.replace(temporary, target)
