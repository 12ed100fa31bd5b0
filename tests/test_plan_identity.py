"""A plan file belongs to one plan: a file of another plan is refused, and can become a plan of its own."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from database.store import make_engine
from desktop_app.main import main
from desktop_app.services.new_plan import (
    DraftFocusArea,
    DraftInitiative,
    PlanDraft,
    PlanFacts,
    create_plan,
    create_plan_from_file,
)
from desktop_app.services.plan_info import read_plan_info
from desktop_app.services.sync.identity import OtherPlanError
from desktop_app.services.sync.importer import prepare_import
from desktop_app.services.tree import read_tree
from desktop_app.services.workspace import Workspace, open_workspace
from desktop_app.ui.context import AppContext
from desktop_app.ui.plans.windows import open_windows
from desktop_app.ui.sync.actions import import_file
from installers import build
from tests.client_helpers import answer_next_dialog, fresh_application, open_window, remove_translators
from tests.sync_helpers import content, export
from tests.test_default_plan import make_bundle


def other_plan_file(tmp_path: Path) -> Path:
    """A plan file of Norrby's miljöplan: three focus areas, a plan of its own."""
    draft = PlanDraft(
        [
            DraftFocusArea(f"Område {n}", initiatives=[DraftInitiative(f"arbetar med del {n}")])
            for n in (1, 2, 3)
        ]
    )
    database = create_plan(tmp_path / "norrby.sqlite", PlanFacts("Miljöplan Norrby"), draft, "lena")
    opened = open_workspace(database)
    try:
        return export(opened, tmp_path / "norrby.hplan", "lena")
    finally:
        opened.close()


def test_a_file_of_another_plan_is_refused_naming_both(workspace: Workspace, tmp_path: Path) -> None:
    before = content(workspace)
    with pytest.raises(OtherPlanError) as refused:
        prepare_import(workspace, other_plan_file(tmp_path), "bo")
    message = str(refused.value)
    assert "”Miljöplan Norrby”" in message and "”Handlingsplan ”Utvecklingskraft i Södertälje””" in message
    assert "ny plan" in message
    assert content(workspace) == before


def test_a_file_of_the_same_plan_from_another_installation_is_taken(
    workspace: Workspace, tmp_path: Path
) -> None:
    colleague = open_workspace(tmp_path / "kollega.sqlite")  # the seeded plan too: the same plan
    try:
        sent = export(colleague, tmp_path / "kollega.hplan")
    finally:
        colleague.close()
    prepare_import(workspace, sent, "bo")


def test_the_command_line_refuses_it_too(workspace: Workspace, tmp_path: Path, capsys) -> None:
    sent = other_plan_file(tmp_path)
    workspace.close()
    assert main(["--db", str(workspace.path), "import", str(sent), "--dry-run"]) == 1
    err = capsys.readouterr().err
    assert "Miljöplan Norrby" in err and "Utvecklingskraft" in err and "Traceback" not in err


def test_a_file_of_another_plan_becomes_a_new_plan(tmp_path: Path) -> None:
    made = create_plan_from_file(other_plan_file(tmp_path), tmp_path / "egen-norrby.sqlite")
    engine = make_engine(made)
    try:
        assert read_plan_info(engine).title == "Miljöplan Norrby"
        assert len(read_tree(engine).focus_areas) == 3
        with engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM setting").scalar() == 0
    finally:
        engine.dispose()


def test_the_app_offers_to_open_it_as_a_new_plan(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    app, translators = fresh_application("sv")
    window = open_window(qtbot, AppContext(workspace, "testare"))
    sent = other_plan_file(tmp_path)
    target = tmp_path / "fran-norrby.sqlite"
    seen: list[str] = []

    def answer_box(box: QMessageBox) -> None:
        seen.append(box.text())
        [open_button] = [b for b in box.buttons() if b.text() == "Öppna som ny plan…"]
        answer_next_dialog(choose_file)
        open_button.click()

    def choose_file(dialog: QFileDialog) -> None:
        dialog.selectFile(str(target))
        dialog.accept()

    answer_next_dialog(answer_box)
    try:
        assert import_file(window.context, window, sent) is False
        assert "”Miljöplan Norrby”" in seen[0]
        [opened] = open_windows()
        assert opened.windowTitle() == "Miljöplan Norrby – Handlingsplan"
        assert opened.context.workspace.path == target
        opened.close()
    finally:
        window.close()
        remove_translators(app, translators)


def test_the_installer_bundles_any_plan(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(build, "BUILD", tmp_path / "build")
    staged = build.stage_default_plan(other_plan_file(tmp_path))
    root = tmp_path / "bundle"
    make_bundle(root)
    (root / "database" / "seed" / "default.hplan").write_bytes(staged.read_bytes())
    monkeypatch.setattr(sys, "_MEIPASS", str(root), raising=False)
    opened = open_workspace(tmp_path / "ny-anvandare.sqlite")
    try:
        assert opened.created
        assert read_plan_info(opened.engine).title == "Miljöplan Norrby"
        assert [a.title for a in read_tree(opened.engine).focus_areas] == ["Område 1", "Område 2", "Område 3"]
    finally:
        opened.close()


def test_a_colleagues_change_of_the_plans_facts_is_named_in_the_preview(
    workspace: Workspace, tmp_path: Path
) -> None:
    from desktop_app.services.plan_info import update_plan_info

    colleague = open_workspace(tmp_path / "kollega.sqlite")
    try:
        update_plan_info(
            colleague.engine, "lena", {"reference": "KS 2024/9", "organisation": "Näringslivsenheten"}
        )
        sent = export(colleague, tmp_path / "kollega.hplan")
    finally:
        colleague.close()
    text = "\n".join(prepare_import(workspace, sent, "bo").summary_lines())
    assert "Diarienummer" in text and "KS 2024/9" in text
    assert "Ägare (organisation)" in text


def test_opening_a_plan_file_offers_a_new_plan_instead(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    from desktop_app.ui.plans import choose_and_open

    app, translators = fresh_application("sv")
    window = open_window(qtbot, AppContext(workspace, "testare"))
    sent = other_plan_file(tmp_path)
    before = sent.read_bytes()
    target = tmp_path / "norrby-egen.sqlite"
    asked: list[str] = []

    def pick(dialog: QFileDialog) -> None:
        answer_next_dialog(say_yes)
        dialog.selectFile(str(sent))
        dialog.accept()

    def say_yes(box: QMessageBox) -> None:
        asked.append(box.text())
        answer_next_dialog(save_to)
        box.button(QMessageBox.StandardButton.Yes).click()

    def save_to(dialog: QFileDialog) -> None:
        dialog.selectFile(str(target))
        dialog.accept()

    answer_next_dialog(pick)
    try:
        choose_and_open(window)
        assert "planfil för att dela" in asked[0]
        [opened] = open_windows()
        assert opened.context.workspace.path == target
        assert opened.windowTitle() == "Miljöplan Norrby – Handlingsplan"
        opened.close()
        assert sent.read_bytes() == before
    finally:
        window.close()
        remove_translators(app, translators)
