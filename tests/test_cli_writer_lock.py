"""Writing commands respect the desktop app's writer lock; reading ones work regardless."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from desktop_app.main import main
from desktop_app.services.plan import PlanService
from desktop_app.services.workspace import open_workspace
from desktop_app.ui.app import writer_lock


def status_of(path: Path) -> str | None:
    workspace = open_workspace(path)
    try:
        status = PlanService(workspace.engine, "x").tree().find_activity("1.1.1").status
        return status.value if status else None
    finally:
        workspace.close()


def test_a_writing_command_is_refused_while_the_app_holds_the_lock(tmp_path, capsys) -> None:
    db = tmp_path / "plan.sqlite"
    open_workspace(db).close()
    held = writer_lock(db)  # what the desktop app takes when its window opens
    assert isinstance(held, QLockFile)
    try:
        code = main(["--db", str(db), "status", "1.1.1", "green"])
        _, err = capsys.readouterr()
        assert code == 1 and "är öppen för ändringar i Handlingsplan-programmet" in err
        assert len(err.strip().splitlines()) == 1
        assert status_of(db) is None
        # Reading and exporting need no lock.
        assert main(["--db", str(db), "tree"]) == 0
        assert main(["--db", str(db), "export", str(tmp_path / "plan.hplan")]) == 0
        assert main(["--db", str(db), "import", str(tmp_path / "plan.hplan"), "--dry-run"]) == 0
    finally:
        held.unlock()
    assert main(["--db", str(db), "status", "1.1.1", "green"]) == 0
    assert status_of(db) == "green"


def test_the_app_opens_for_reading_while_a_command_writes(tmp_path, monkeypatch) -> None:
    db = tmp_path / "plan.sqlite"
    open_workspace(db).close()
    seen: list[QLockFile | None] = []
    real = PlanService.report_status

    def report_while_the_app_starts(self, *args, **kwargs):
        seen.append(writer_lock(db))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(PlanService, "report_status", report_while_the_app_starts)
    assert main(["--db", str(db), "status", "1.1.1", "green"]) == 0
    assert seen == [None]
    assert writer_lock(db) is not None
