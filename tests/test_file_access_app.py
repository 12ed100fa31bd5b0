"""The desktop app and files it cannot use: a dialog, a question before a new plan, a banner saying why."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.services.workspace import open_workspace
from desktop_app.ui.app import open_main_window
from desktop_app.ui.context import AppContext
from desktop_app.ui.sync.actions import import_file
from tests.client_helpers import answer_next_dialog, fresh_application, remove_translators
from tests.file_access_helpers import REPO, read_only_mount


@pytest.fixture
def swedish():
    app, translators = fresh_application("sv")
    yield app
    remove_translators(app, translators)


def _close(window) -> None:
    window.close()
    if window.writer_lock is not None:
        window.writer_lock.unlock()
    window.context.workspace.close()


def test_the_app_asks_before_it_makes_a_plan_at_a_typed_path(qtbot, swedish, tmp_path: Path) -> None:
    path = tmp_path / "ny.sqlite"
    asked: list[str] = []

    def answer(button):
        def handler(box: QMessageBox) -> None:
            asked.append(box.text())
            box.button(button).click()

        return handler

    answer_next_dialog(answer(QMessageBox.StandardButton.No))
    assert open_main_window(path, ask_before_creating=True) is None
    assert asked and str(path) in asked[0] and "Vill du skapa en ny plan" in asked[0]
    assert not path.exists()

    answer_next_dialog(answer(QMessageBox.StandardButton.Yes))
    window = open_main_window(path, ask_before_creating=True)
    assert window is not None and path.exists() and len(asked) == 2
    qtbot.addWidget(window)
    _close(window)

    # An existing plan opens without a question.
    window = open_main_window(path, ask_before_creating=True)
    assert window is not None and len(asked) == 2
    qtbot.addWidget(window)
    _close(window)


def test_a_typed_path_in_a_missing_folder_is_refused_in_a_dialog(qtbot, swedish, tmp_path: Path) -> None:
    shown: list[str] = []
    answer_next_dialog(lambda box: (shown.append(box.text()), box.accept()))
    assert open_main_window(tmp_path / "saknas" / "plan.sqlite", ask_before_creating=True) is None
    assert shown and "mappen" in shown[0] and "finns inte" in shown[0]
    assert not (tmp_path / "saknas").exists()


def test_a_plan_on_a_read_only_mount_opens_with_a_banner_saying_why(qtbot, swedish, tmp_path: Path) -> None:
    open_workspace(tmp_path / "delad" / "plan.sqlite").close()
    with read_only_mount(tmp_path / "delad") as mounted:
        window = open_main_window(mounted / "plan.sqlite")
        assert window is not None
        qtbot.addWidget(window)
        window.show()
        try:
            assert window.context.read_only and window.writer_lock is None
            assert window.read_only_banner.isVisible()
            text = window.read_only_banner.text()
            assert text.startswith("Skrivskyddad:") and "skrivskyddat filsystem" in text
            assert "annat fönster" not in text
            assert not window.new_activity_action.isEnabled()
            assert window.context.tree().find_activity("1.1.1").title == "Företagsbesök politiker"
        finally:
            _close(window)


def test_a_plan_file_that_cannot_be_read_is_told_in_a_dialog(qtbot, swedish, workspace, tmp_path) -> None:
    fifo = tmp_path / "fran-filhanteraren.hplan"
    os.mkfifo(fifo)
    context = AppContext(workspace, "testare")
    shown: list[str] = []
    answer_next_dialog(lambda box: (shown.append(box.text()), box.accept()))
    assert import_file(context, None, fifo) is False
    assert shown and fifo.name in shown[0] and "ingen vanlig fil" in shown[0]


def test_without_a_display_the_app_says_so_in_one_line(tmp_path: Path) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--db", str(tmp_path / "plan.sqlite")],
        capture_output=True,
        text=True,
        timeout=120,
        env={**env, "PYTHONPATH": str(REPO)},
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "ingen skärm" in lines[0] and "DISPLAY" in lines[0]
    assert not (tmp_path / "plan.sqlite").exists()


def test_a_plan_file_whose_name_is_not_utf8_is_told_in_a_dialog(qtbot, swedish, capsys) -> None:
    from desktop_app.main import main

    shown: list[str] = []
    answer_next_dialog(lambda box: (shown.append(box.windowTitle() + "|" + box.text()), box.accept()))
    assert main(["/tmp/pl\udce5n.hplan"]) == 1
    assert shown and shown[0].startswith("Planen kan inte öppnas|") and "inte är UTF-8" in shown[0]
    assert "pl\ufffdn.hplan" in shown[0]
    assert "inte är UTF-8" in capsys.readouterr().err
