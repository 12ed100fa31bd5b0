"""Backups are kept by count and total size, but always enough to undo any of the latest imports."""

from __future__ import annotations

from pathlib import Path

import pytest

from database.backup import ALWAYS_KEPT, backup_database, list_backups, prune_backups
from desktop_app.services.workspace import open_workspace
from desktop_app.ui.context import AppContext
from desktop_app.ui.sync.backups_dialog import BackupsDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def take(db: Path, reasons: list[str]) -> list[Path]:
    return [backup_database(db, db.parent / "backups", reason=reason, keep=1000) for reason in reasons]


def test_pruning_keeps_the_newest_and_the_latest_imports_within_the_size(tmp_path) -> None:
    db = tmp_path / "plan.sqlite"
    open_workspace(db).close()
    reasons = ["import", "import", "import", "import", "uppgradering", "uppgradering", "uppgradering"]
    taken = take(db, reasons)  # oldest first; the newest three are upgrades
    size = taken[0].stat().st_size
    prune_backups(db, db.parent / "backups", keep=30, max_bytes=int(size * 4.5))
    kept = set(list_backups(db, db.parent / "backups"))
    # The 3 newest, the backups before the 3 latest imports; the oldest import does not fit.
    assert kept == set(taken[-ALWAYS_KEPT:]) | set(taken[1:4])
    # Within the size, the count limit applies as before.
    prune_backups(db, db.parent / "backups", keep=4, max_bytes=10**12)
    assert len(list_backups(db, db.parent / "backups")) == 6  # the always-kept ones exceed the count


def test_a_large_plan_keeps_few_copies(tmp_path) -> None:
    db = tmp_path / "plan.sqlite"
    open_workspace(db).close()
    take(db, ["import"] * 12)
    size = list_backups(db, db.parent / "backups")[0].stat().st_size
    prune_backups(db, db.parent / "backups", keep=30, max_bytes=size * 5)
    assert len(list_backups(db, db.parent / "backups")) == 5


def test_the_backups_dialog_shows_the_policy_and_the_space_used(qtbot, tmp_path) -> None:
    db = tmp_path / "plan.sqlite"
    workspace = open_workspace(db)
    try:
        take(db, ["import", "uppgradering"])
        dialog = BackupsDialog(AppContext(workspace, "anna"))
        qtbot.addWidget(dialog)
        text = dialog.policy.text()
        assert "30" in text and "512.0 MB" in text and "2 backup" in text
    finally:
        workspace.close()
