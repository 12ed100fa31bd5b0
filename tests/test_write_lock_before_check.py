"""An import checks that the plan is unchanged since its preview while holding the write lock.

The sqlite3 module begins a transaction only at the first write, so a check read before it is read
outside the transaction, and another program's commit could land between the check and the writes
(and be overwritten by them). Both imports that check (the shared plan file and Excel) take the
write lock first: during the check, another connection cannot write.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from openpyxl import load_workbook

import desktop_app.services.excel.apply as excel_apply
import desktop_app.services.sync.importer as importer
from database.store import hold_write_lock
from desktop_app.services import excel
from desktop_app.services.plan import PlanService
from desktop_app.services.sync.importer import apply_import, discard_import, prepare_import
from desktop_app.services.sync.merge import Choice
from desktop_app.services.workspace import Workspace, open_workspace
from tests.sync_helpers import export, import_file, write_elsewhere


def _workbook_with_a_new_owner(workspace: Workspace, tmp_path: Path) -> Path:
    """The plan exported to Excel, with 2.1.1's owner changed in the sheet."""
    path = tmp_path / "plan.xlsx"
    excel.export_workbook(workspace.engine, path)
    workbook = load_workbook(path)
    sheet = workbook["Aktivitetsplan"]
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == "2.1.1")
    sheet.cell(row, 6).value = "Ägare från Excel"
    workbook.save(path)
    return path


def _checks_with_a_writer_at_the_door(module, monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """Let another program try to write each time ``module`` fingerprints the plan."""
    tried: list[str] = []
    fingerprint = module.plan_fingerprint

    def checking(connection, *args):
        tried.append(write_elsewhere(path))
        return fingerprint(connection, *args)

    monkeypatch.setattr(module, "plan_fingerprint", checking)
    return tried


def test_the_plan_file_s_import_checks_and_writes_under_one_write_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    leader = open_workspace(tmp_path / "leader" / "plan.sqlite")
    lead = open_workspace(tmp_path / "lead" / "plan.sqlite")
    try:
        import_file(lead, export(leader, tmp_path / "first.hplan"))
        anna = PlanService(leader.engine, "anna")
        anna.update_activity(anna.tree().find_activity("1.1.1").id, {"title": "Annas titel"})
        plan = prepare_import(lead, export(leader, tmp_path / "second.hplan"), "bo")
        tried = _checks_with_a_writer_at_the_door(importer, monkeypatch, lead.path)
        try:
            apply_import(lead, plan, {c.key: Choice.THEIRS for c in plan.preview.conflicts})
        finally:
            discard_import(plan)
        # One check, made with the lock held: the backup is taken after it, beside the writes.
        assert tried == ["database is locked"]
        assert PlanService(lead.engine, "bo").tree().find_activity("1.1.1").title == "Annas titel"
    finally:
        leader.close()
        lead.close()


def test_the_excel_import_checks_and_writes_under_one_write_lock(
    service: PlanService, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _workbook_with_a_new_owner(workspace, tmp_path)
    preview = excel.build_preview(workspace.engine, excel.read_spreadsheet(path))
    tried = _checks_with_a_writer_at_the_door(excel_apply, monkeypatch, workspace.path)
    excel.apply_import(workspace, preview, "testare")
    assert tried == ["database is locked"]
    assert service.tree().find_activity("2.1.1").owner == "Ägare från Excel"


def test_holding_the_write_lock_twice_is_one_transaction(tmp_path: Path) -> None:
    path = tmp_path / "plan.sqlite"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE strategy (name)")
        connection.commit()
        hold_write_lock(connection)
        hold_write_lock(connection)  # already in it: no second BEGIN (which SQLite would refuse)
        connection.execute("INSERT INTO strategy VALUES ('x')")
        assert write_elsewhere(path) == "database is locked"
        connection.rollback()
        assert write_elsewhere(path) == "written"


def test_an_excel_import_into_a_plan_another_program_is_writing_says_so_and_changes_nothing(
    qtbot, service: PlanService, workspace: Workspace, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    from desktop_app.ui.context import AppContext
    from tests.client_helpers import open_excel_preview

    path = _workbook_with_a_new_owner(workspace, tmp_path)
    dialog = open_excel_preview(qtbot, AppContext(workspace, "testare"), path)
    before = service.tree().find_activity("2.1.1").owner
    with closing(sqlite3.connect(workspace.path)) as other:
        other.execute("BEGIN IMMEDIATE")  # another program in the middle of writing (for 5 s and more)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        other.rollback()
    said = dialog.preview_page.problem_note.text()
    assert said.startswith("Importen kunde inte genomföras och ingenting ändrades:"), said
    assert "annat program" in said and "SQL" not in said and "locked" not in said
    assert dialog.pages.currentIndex() == dialog.PREVIEW  # the person can try again
    assert service.tree().find_activity("2.1.1").owner == before
