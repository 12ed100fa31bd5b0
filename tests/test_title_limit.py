"""One title limit, ``rules.MAX_TITLE``, by every way in: the activity form, a focus area's form, the
command line's Excel import, the Excel import's preview and a plan file — each at the limit and one over.

(A plan file's title over the limit is history, taken in and marked: ``test_follow_up``.)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.main import main
from desktop_app.services.errors import ValidationError
from desktop_app.services.plan import PlanService
from desktop_app.services.rules import MAX_TITLE
from desktop_app.services.workspace import Workspace
from desktop_app.ui.context import AppContext
from tests.client_helpers import click_row, fresh_application, open_window, remove_translators
from tests.test_excel import edit, export, preview_of, row_of

OVER = f"Titeln är {MAX_TITLE + 1} tecken lång; högst {MAX_TITLE} går."


@pytest.fixture
def window(qtbot, workspace: Workspace):
    app, translators = fresh_application("sv")
    opened = open_window(qtbot, AppContext(workspace, "testare"))
    yield opened
    opened.close()
    remove_translators(app, translators)


def test_the_forms_take_a_title_at_the_limit_and_refuse_one_over(qtbot, window, workspace) -> None:
    plan = PlanService(workspace.engine, "x")
    activity = plan.tree().find_activity("1.1.1")
    click_row(qtbot, window, activity.id)
    edit_ = window.detail.activity_form.title_edit
    edit_.setFocus()
    edit_.selectAll()
    qtbot.keyClicks(edit_, "a" * MAX_TITLE)
    qtbot.keyClick(edit_, Qt.Key.Key_Return)
    assert plan.activity_values(activity.id)["title"] == "a" * MAX_TITLE
    qtbot.keyClicks(edit_, "b")
    qtbot.keyClick(edit_, Qt.Key.Key_Return)
    assert window.detail.activity_form.title_error.text() == OVER
    assert plan.activity_values(activity.id)["title"] == "a" * MAX_TITLE
    qtbot.keyClick(edit_, Qt.Key.Key_Backspace)  # back to what is saved, so nothing typed is left
    qtbot.keyClick(edit_, Qt.Key.Key_Return)

    area = plan.tree().find("2")
    click_row(qtbot, window, area.id)
    form = window.detail.focus_area_form
    assert form.title_edit is not None
    form.title_edit.setFocus()
    form.title_edit.selectAll()
    qtbot.keyClicks(form.title_edit, "c" * MAX_TITLE)
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Return)
    assert plan.tree().find("2").title == "c" * MAX_TITLE
    qtbot.keyClicks(form.title_edit, "d")
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Return)
    assert form.title_error.text() == OVER
    assert plan.tree().find("2").title == "c" * MAX_TITLE
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Return)


def test_the_services_refuse_an_initiative_statement_over_the_limit(workspace: Workspace) -> None:
    plan = PlanService(workspace.engine, "x")
    initiative = plan.tree().find("1.1")
    plan.update_initiative(initiative.id, {"statement": "e" * MAX_TITLE})
    with pytest.raises(ValidationError, match=OVER):
        plan.update_initiative(initiative.id, {"statement": "e" * (MAX_TITLE + 1)})
    with pytest.raises(ValidationError, match=OVER):
        plan.create_initiative(initiative.focus_area_id, "f" * (MAX_TITLE + 1))
    with pytest.raises(ValidationError, match=OVER):
        plan.create_focus_area("g" * (MAX_TITLE + 1))


@pytest.mark.parametrize("length", [MAX_TITLE, MAX_TITLE + 1])
def test_the_excel_import_by_the_command_line_and_the_preview(
    workspace: Workspace, tmp_path: Path, capsys, length: int
) -> None:
    path = export(workspace, tmp_path)
    edit(path, lambda sheet: setattr(sheet.cell(row_of(sheet, "1.1.1"), 4), "value", "x" * length))
    problems = [str(p) for p in preview_of(workspace, path).problems]
    code = main(["--db", str(workspace.path), "xlsx", "import", str(path)])
    err = capsys.readouterr().err
    title = PlanService(workspace.engine, "x").tree().find_activity("1.1.1").title
    if length == MAX_TITLE:
        assert problems == [] and code == 0
        assert title == "x" * MAX_TITLE
    else:
        assert problems == [f"Blad ”Aktivitetsplan”, rad 2: {OVER}"]
        assert code == 1 and OVER in err
        assert title == "Företagsbesök politiker"


NAME_OVER = f"Namnet är {MAX_TITLE + 1} tecken långt; högst {MAX_TITLE} går."


def test_the_services_take_an_owner_name_at_the_limit_and_refuse_one_over(workspace: Workspace) -> None:
    service = PlanService(workspace.engine, "testare")
    activity = service.tree().find_activity("1.1.1").id
    service.update_activity(activity, {"owner": "o" * MAX_TITLE})
    with pytest.raises(ValidationError, match=NAME_OVER):
        service.update_activity(activity, {"owner": "o" * (MAX_TITLE + 1)})
    assert service.activity_values(activity)["owner"] == "o" * MAX_TITLE


def test_the_excel_import_refuses_an_owner_name_over_the_limit_with_the_rules_words(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = export(workspace, tmp_path)
    edit(path, lambda sheet: setattr(sheet.cell(row_of(sheet, "1.1.1"), 6), "value", "o" * (MAX_TITLE + 1)))
    assert [str(p) for p in preview_of(workspace, path).problems] == [
        f"Blad ”Aktivitetsplan”, rad 2: {NAME_OVER}"
    ]
