"""An Excel file exported before later edits never silently undoes them; a round trip changes nothing.

The preview marks every row whose values are older than the plan's and leaves
it unless the person picks it; text a cell cannot hold is recognised as the
plan's own on the way back.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from desktop_app.main import main
from desktop_app.services.excel import apply_import, build_preview, export_workbook, read_spreadsheet
from desktop_app.services.plan import PlanService
from desktop_app.services.workspace import Workspace
from desktop_app.ui.context import AppContext
from tests.client_helpers import open_excel_preview

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def row_of(sheet, code: str) -> int:
    return next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == code)


@pytest.fixture
def old_export(service: PlanService, workspace: Workspace, tmp_path: Path) -> Path:
    """A workbook exported with 1.1.2 green, then edited in Excel; the plan moved on in the app."""
    tree = service.tree()
    service.report_status(tree.find_activity("1.1.2").id, "green", comment="Igång")
    path = tmp_path / "plan.xlsx"
    export_workbook(workspace.engine, path)
    workbook = load_workbook(path)
    sheet = workbook["Aktivitetsplan"]
    sheet.cell(row_of(sheet, "2.1.1"), 6).value = "Ägare från Excel"  # a real edit in the sheet
    sheet.cell(row_of(sheet, "1.1.2"), 12).value = "Igång, skrivet i Excel"  # on a report the plan replaces
    workbook.save(path)
    # Later, in the app: a new title for 1.1.1 and a red status for 1.1.2.
    service.update_activity(tree.find_activity("1.1.1").id, {"title": "Ny titel i appen"})
    service.report_status(
        tree.find_activity("1.1.2").id, "red", cause="Budgeten drogs in", recommended_action="Sök nya medel"
    )
    return path


def test_the_command_line_leaves_values_older_than_the_plan(service, workspace, old_export, capsys) -> None:
    code = main(["--db", str(workspace.path), "xlsx", "import", str(old_export)])
    out, _ = capsys.readouterr()
    assert code == 0
    assert "[äldre än planen: lämnas]" in out and "2 rader har värden som är äldre än planens" in out
    tree = service.tree()
    assert tree.find_activity("1.1.1").title == "Ny titel i appen"
    assert tree.find_activity("1.1.2").status.value == "red"
    assert tree.find_activity("2.1.1").owner == "Ägare från Excel"


def test_a_stale_row_is_taken_only_when_picked(service, workspace, old_export) -> None:
    preview = build_preview(workspace.engine, read_spreadsheet(old_export))
    stale = [c for c in preview.changes if c.stale]
    assert [c.code for c in stale] == ["1.1.1"] and not stale[0].chosen
    assert [r.code for r in preview.status_reports if r.stale] == ["1.1.2"]
    stale[0].chosen = True
    apply_import(workspace, preview, "testare")
    tree = service.tree()
    assert tree.find_activity("1.1.1").title != "Ny titel i appen"  # picked: the sheet's title
    assert tree.find_activity("1.1.2").status.value == "red"  # not picked: the plan's


def test_the_dialog_shows_stale_rows_unticked_and_takes_a_ticked_one(qtbot, service, workspace, old_export):
    dialog = open_excel_preview(qtbot, AppContext(workspace, "testare"), old_export)
    page = dialog.preview_page
    assert page.stale_note.isVisible() and "2" in page.stale_note.text()
    items = [page.tree.topLevelItem(i) for i in range(page.tree.topLevelItemCount())]
    leaves = [g.child(j) for g in items for j in range(g.childCount())]
    stale = [leaf for leaf in leaves if leaf.data(0, Qt.ItemDataRole.UserRole + 1) is not None]
    assert len(stale) == 2 and all(leaf.checkState(0) == Qt.CheckState.Unchecked for leaf in stale)
    report_leaf = next(leaf for leaf in stale if "1.1.2" in leaf.text(0))
    report_leaf.setCheckState(0, Qt.CheckState.Checked)  # what a click on its box does
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    tree = service.tree()
    assert tree.find_activity("1.1.2").current.comment == "Igång, skrivet i Excel"  # picked: taken
    assert tree.find_activity("1.1.1").title == "Ny titel i appen"


def test_text_a_cell_cannot_hold_survives_a_round_trip(service, workspace, tmp_path, capsys) -> None:
    activity = service.tree().find_activity("1.1.1").id
    service.update_activity(activity, {"description": "Rad ett\x07 med klocka " + "x" * 40_000})
    path = tmp_path / "plan.xlsx"
    assert main(["--db", str(workspace.path), "xlsx", "export", str(path)]) == 0
    out, _ = capsys.readouterr()
    assert "Obs: 1 texter har tecken som en Excel-cell inte kan hålla" in out
    preview = build_preview(workspace.engine, read_spreadsheet(path))
    assert not preview.has_changes and preview.problems == []
    assert len(service.activity_values(activity)["description"]) > 40_000
