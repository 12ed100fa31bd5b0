"""One rule for every way in: the status dialog, the command line and the Excel import refuse the same
status report with the same message, from ``desktop_app.services.rules``."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt

from database.enums import StatusColour
from desktop_app.main import main
from desktop_app.services.errors import ValidationError
from desktop_app.services.excel import build_preview, read_spreadsheet
from desktop_app.services.plan import PlanService
from desktop_app.services.rules import (
    MAX_TITLE,
    activity_problem,
    check_status_report,
    status_report_problem,
)
from desktop_app.services.workspace import Workspace
from desktop_app.ui.status_dialog import StatusDialog
from tests.client_helpers import fresh_application, remove_translators

NO_ACTION = "Gul och röd status kräver en rekommenderad åtgärd."


def _dialog_message(qtbot, colour: StatusColour, cause: str) -> str:
    app, translators = fresh_application("sv")
    try:
        dialog = StatusDialog("1.1.1  Företagsbesök politiker")
        qtbot.addWidget(dialog)
        qtbot.mouseClick(dialog.buttons[colour], Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.cause_edit, cause)
        assert not dialog.ok_button.isEnabled()
        return dialog.hint.text()
    finally:
        remove_translators(app, translators)


def test_red_without_a_recommended_action_is_refused_alike_everywhere(
    qtbot, workspace: Workspace, tmp_path: Path, capsys
) -> None:
    assert _dialog_message(qtbot, StatusColour.RED, "Ingen budget") == NO_ACTION

    code = main(["--db", str(workspace.path), "status", "1.1.1", "red", "--cause", "Ingen budget"])
    assert code == 1
    assert capsys.readouterr().err.strip() == f"handlingsplan: {NO_ACTION}"
    service = PlanService(workspace.engine, "läsare")
    assert service.tree().find_activity("1.1.1").current is None

    path = tmp_path / "status.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Kod", "Aktivitet", "Status", "Orsak", "Rekommenderad åtgärd"])
    sheet.append(["1.1.1", "Företagsbesök politiker", "Röd", "Ingen budget", None])
    workbook.save(path)
    preview = build_preview(workspace.engine, read_spreadsheet(path))
    assert [p.message for p in preview.problems] == [NO_ACTION]
    assert not preview.can_apply


def test_yellow_with_cause_and_action_passes_every_way_in(workspace: Workspace, capsys) -> None:
    argv = ["--db", str(workspace.path), "status", "1.1.1", "yellow", "--cause", "Sen", "--action", "Ny tid"]
    assert main(argv) == 0
    current = PlanService(workspace.engine, "läsare").tree().find_activity("1.1.1").current
    assert current is not None and current.recommended_action == "Ny tid"


def test_the_rules_as_functions() -> None:
    with pytest.raises(ValidationError, match="orsak"):
        check_status_report("yellow", "", "Åtgärd")
    with pytest.raises(ValidationError, match="framtiden"):
        check_status_report("green", "", "", date.today() + timedelta(days=1))
    assert check_status_report("green", "", "") is StatusColour.GREEN
    assert status_report_problem("red", "Orsak", " ") == NO_ACTION
    assert status_report_problem("red", "Orsak", "Åtgärd") is None
    assert (
        activity_problem({"title": "x" * (MAX_TITLE + 1)})
        == f"Titeln är {MAX_TITLE + 1} tecken lång; högst {MAX_TITLE} går."
    )
    assert activity_problem({"title": "A", "start_month": "2025-06", "end_month": "2025-01"}) == (
        "Slutet kan inte ligga före starten."
    )
    assert "framtiden" in str(
        activity_problem({"title": "A", "decision_date": date.today() + timedelta(days=3)})
    )
    assert activity_problem({"title": "A"}) is None
