"""An edit made between the import preview and applying it is never overwritten (issue item 6).

Applying refuses a preview made before the plan last changed; the window and
the command line work the import out again and show it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

import desktop_app.services.sync.importer as importer
from desktop_app.main import main
from desktop_app.services.plan import PlanService
from desktop_app.services.sync.errors import PlanChangedError
from desktop_app.services.sync.importer import apply_import, discard_import, prepare_import
from desktop_app.services.sync.merge import Choice
from desktop_app.services.workspace import open_workspace
from desktop_app.ui.context import AppContext
from desktop_app.ui.sync.actions import import_file as import_in_window
from desktop_app.ui.sync.preview_dialog import ImportPreviewDialog
from tests.sync_helpers import content, export, import_file

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def sides(tmp_path: Path):
    leader = open_workspace(tmp_path / "leader" / "plan.sqlite")
    lead = open_workspace(tmp_path / "lead" / "plan.sqlite")
    import_file(lead, export(leader, tmp_path / "first.hplan"))
    anna = PlanService(leader.engine, "anna")
    activity = anna.tree().find_activity("1.1.1").id
    anna.update_activity(activity, {"title": "Annas titel"})
    yield leader, lead, activity, export(leader, tmp_path / "from-leader.hplan")
    leader.close()
    lead.close()


def test_applying_a_preview_made_before_an_edit_is_refused_and_changes_nothing(sides) -> None:
    _, lead, activity, path = sides
    bo = PlanService(lead.engine, "bo")
    plan = prepare_import(lead, path, "bo")
    try:
        bo.update_activity(activity, {"title": "Bos titel, skriven under förhandsgranskningen"})
        before = content(lead)
        with pytest.raises(PlanChangedError, match="Förhandsgranska importen igen"):
            apply_import(lead, plan, {c.key: Choice.THEIRS for c in plan.preview.conflicts})
        assert content(lead) == before
    finally:
        discard_import(plan)
    # Worked out again, the edit is one side of a conflict instead of silently overwritten.
    again = prepare_import(lead, path, "bo")
    try:
        [conflict] = again.preview.conflicts
        assert conflict.record_id == activity
        apply_import(lead, again, {conflict.key: Choice.MINE})
    finally:
        discard_import(again)
    assert bo.activity_values(activity)["title"] == "Bos titel, skriven under förhandsgranskningen"


def test_the_window_shows_the_import_again_when_the_plan_changed_under_the_preview(qtbot, sides) -> None:
    _, lead, activity, path = sides
    context = AppContext(lead, "bo")
    seen: list[ImportPreviewDialog] = []

    def first() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ImportPreviewDialog)
        seen.append(dialog)
        context.plan.update_activity(activity, {"owner": "Bo, medan dialogen var öppen"})
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        QTimer.singleShot(0, second)

    def second() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ImportPreviewDialog) and dialog is not seen[0]
        seen.append(dialog)
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, first)
    assert import_in_window(context, None, path)
    assert seen[0].plan_changed and not seen[1].plan_changed
    values = context.plan.activity_values(activity)
    assert (values["title"], values["owner"]) == ("Annas titel", "Bo, medan dialogen var öppen")


def test_the_command_line_works_the_import_out_again(sides, monkeypatch, capsys) -> None:
    _, lead, activity, path = sides
    lead.close()
    calls = []
    real_prepare = importer.prepare_import

    def prepare_then_someone_edits(*args, **kwargs):
        plan = real_prepare(*args, **kwargs)
        if not calls:
            other = open_workspace(lead.path)
            PlanService(other.engine, "bo").update_activity(activity, {"owner": "Bo i fönstret"})
            other.close()
        calls.append(plan)
        return plan

    monkeypatch.setattr(importer, "prepare_import", prepare_then_someone_edits)
    assert main(["--db", str(lead.path), "import", str(path)]) == 0
    out, _ = capsys.readouterr()
    assert len(calls) == 2 and "förhandsgranskningen är gjord på nytt" in out
    check = open_workspace(lead.path)
    values = PlanService(check.engine, "x").activity_values(activity)
    check.close()
    assert (values["title"], values["owner"]) == ("Annas titel", "Bo i fönstret")
