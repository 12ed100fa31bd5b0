"""The window shows an activity marked for follow-up: ⚑ in the tree, the reason over its form,
"Markera som åtgärdad" (undoable), and the mark gone once the status is set right."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from desktop_app.services.follow_up import read_open_marks
from desktop_app.services.messages import using_language
from desktop_app.services.plan import PlanService
from desktop_app.services.workspace import Workspace, open_workspace
from desktop_app.ui.context import AppContext
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.sync import actions as sync_actions
from tests.client_helpers import (
    answer_next_dialog,
    click_row,
    fresh_application,
    open_window,
    remove_translators,
)
from tests.sync_helpers import export, import_file
from tests.test_client_window import _report_red
from tests.test_follow_up import AHEAD_REPORT, RED_REPORT, add_report

FUTURE = (date.today() + timedelta(days=20)).isoformat()
PAST = (date.today() - timedelta(days=10)).isoformat()


@pytest.fixture
def old_file(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """An older version's plan file: 1.1.1 red without a recommended action, 1.1.2 reported ahead."""
    sender = open_workspace(tmp_path / "a" / "plan.sqlite")
    try:
        tree = PlanService(sender.engine, "x").tree()
        ids = {code: tree.find_activity(code).id for code in ("1.1.1", "1.1.2")}
        old = export(sender, tmp_path / "old.hplan")
    finally:
        sender.close()
    with sqlite3.connect(old) as connection:
        add_report(connection, RED_REPORT, ids["1.1.1"], PAST, "red", "Ingen budget", "")
        add_report(connection, AHEAD_REPORT, ids["1.1.2"], FUTURE, "green", "", "")
    return old, ids


@pytest.fixture
def marked(workspace: Workspace, old_file: tuple[Path, dict[str, str]]) -> dict[str, str]:
    """The test's plan after importing the older version's file."""
    import_file(workspace, old_file[0])
    return old_file[1]


@pytest.fixture
def window(qtbot, workspace: Workspace, marked: dict[str, str]):
    app, translators = fresh_application("sv")
    opened = open_window(qtbot, AppContext(workspace, "testare"))
    yield opened
    opened.close()
    remove_translators(app, translators)


def test_the_mark_is_shown_cleared_by_hand_and_by_setting_the_status_right(
    qtbot, window: MainWindow, workspace: Workspace, marked: dict[str, str], tmp_path: Path
) -> None:
    box = window.detail.follow_up_box
    index = window.model.index_of(marked["1.1.1"])
    assert index.data() == "1.1.1  ⚑ Företagsbesök politiker"
    assert "⚑ För uppföljning: Statusrapporten" in index.data(Qt.ItemDataRole.ToolTipRole)

    click_row(qtbot, window, marked["1.1.1"])
    assert box.isVisible()
    assert box.heading.text() == "⚑ För uppföljning"
    assert box.reasons.text() == f"• Statusrapporten {PAST} är gul eller röd men saknar rekommenderad åtgärd."
    assert box.resolve_button.text() == "Markera som åtgärdad"
    QApplication.processEvents()
    window.grab().save(str(tmp_path / "follow-up.png"))

    # Setting the status right clears the mark; the old report stays in the history as it was.
    answer_next_dialog(lambda dialog: _report_red(dialog, qtbot))
    window.report_action.trigger()
    assert not box.isVisible()
    assert window.model.index_of(marked["1.1.1"]).data() == "1.1.1  Företagsbesök politiker"
    assert window.detail.activity_form.history.table.rowCount() == 2

    # A report dated ahead stays as it came; the person marks the follow-up done by hand, undoably.
    click_row(qtbot, window, marked["1.1.2"])
    assert box.isVisible() and f"daterad {FUTURE}, i framtiden" in box.reasons.text()
    qtbot.mouseClick(box.resolve_button, Qt.MouseButton.LeftButton)
    assert not box.isVisible()
    assert read_open_marks(workspace.engine) == {}
    window.undo_action.trigger()
    assert box.isVisible()
    assert set(read_open_marks(workspace.engine)) == {marked["1.1.2"]}


def test_the_mark_is_shown_in_english(qtbot, workspace: Workspace, marked: dict[str, str]) -> None:
    app, translators = fresh_application("en")
    try:
        with using_language("en"):
            window = open_window(qtbot, AppContext(workspace, "testare"))
            click_row(qtbot, window, marked["1.1.1"])
            box = window.detail.follow_up_box
            assert box.heading.text() == "⚑ For follow-up"
            assert box.reasons.text() == (
                f"• The status report of {PAST} is yellow or red but has no recommended action."
            )
            assert box.resolve_button.text() == "Mark as resolved"
            window.close()
    finally:
        remove_translators(app, translators)


def test_the_import_preview_and_the_status_bar_say_how_many_are_marked(
    qtbot, workspace: Workspace, old_file: tuple[Path, dict[str, str]]
) -> None:
    app, translators = fresh_application("sv")
    try:
        window = open_window(qtbot, AppContext(workspace, "testare"))
        seen: list[str] = []

        def apply(dialog) -> None:
            seen.append(dialog.findChild(QLabel, "followUpLines").text())
            qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

        answer_next_dialog(apply)
        assert sync_actions.import_file(window.context, window, old_file[0])
        assert seen[0].startswith("2 aktiviteter markeras för uppföljning")
        assert f"Statusrapporten {PAST} är gul eller röd men saknar rekommenderad åtgärd." in seen[0]
        assert "2 aktiviteter markerade för uppföljning (⚑)." in window.statusBar().currentMessage()
        assert window.model.index_of(old_file[1]["1.1.2"]).data().startswith("1.1.2  ⚑ ")
        window.close()
    finally:
        remove_translators(app, translators)
