"""Titles and names are shown as typed: ``<`` and ``&`` are never cut or turned into markup."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from database.enums import DecisionKind
from desktop_app.services.registers import RegisterService
from desktop_app.services.workspace import Workspace
from desktop_app.ui.context import AppContext
from desktop_app.ui.registers_dialog import RegistersDialog
from desktop_app.ui.status_dialog import StatusDialog
from desktop_app.ui.steering.commands import SteeringServices
from desktop_app.ui.steering.dialogs import DecisionDialog
from tests.client_helpers import (
    answer_next_dialog,
    click_row,
    fresh_application,
    open_window,
    remove_translators,
)

TITLE = "Bygg & <b>bo</b> <i>i</i> Järna"


@pytest.fixture
def app_sv():
    app, translators = fresh_application("sv")
    yield app
    remove_translators(app, translators)


def test_the_delete_question_shows_the_title_as_typed(qtbot, workspace: Workspace, app_sv) -> None:
    window = open_window(qtbot, AppContext(workspace, "testare"))
    plan = window.context.plan
    activity = plan.tree().find_activity("1.1.1")
    plan.update_activity(activity.id, {"title": TITLE})
    window.reload()
    click_row(qtbot, window, activity.id)
    assert window.detail.title_label.text() == TITLE
    seen: list[tuple[Qt.TextFormat, str]] = []

    def answer(box: QMessageBox) -> None:
        seen.append((box.textFormat(), box.text()))
        box.button(QMessageBox.StandardButton.Cancel).click()

    answer_next_dialog(answer)
    window.delete_action.trigger()
    assert seen and seen[0][0] == Qt.TextFormat.PlainText and TITLE in seen[0][1]
    window.close()


def test_dialogs_quote_titles_and_names_literally(qtbot, workspace: Workspace, app_sv) -> None:
    status = StatusDialog(f"1.1.1  {TITLE}")
    qtbot.addWidget(status)
    heading = next(label for label in status.findChildren(QLabel) if TITLE in label.text())
    assert heading.textFormat() == Qt.TextFormat.PlainText

    context = AppContext(workspace, "testare")
    activity = context.plan.tree().find_activity("1.1.1")
    context.plan.update_activity(activity.id, {"title": TITLE})
    activity = context.plan.tree().find_activity("1.1.1")
    meeting_id = SteeringServices.of(context).steering.create_meeting(date(2026, 1, 20))
    meetings = SteeringServices.of(context).steering.meetings()
    dialog = DecisionDialog(context, meetings, meeting_id, DecisionKind.APPROVE, activity=activity)
    qtbot.addWidget(dialog)
    shown = [label for label in dialog.findChildren(QLabel) if "Bygg" in label.text()]
    assert shown and "&lt;b&gt;bo&lt;/b&gt;" in shown[0].text() and "&amp;" in shown[0].text()

    registers = RegisterService(workspace.engine, "testare")
    registers.create_person("Anna <Lind> & co")
    people = RegistersDialog(context)
    qtbot.addWidget(people)
    tab = people.people_tab
    tab.list.setCurrentRow(0)
    seen: list[tuple[Qt.TextFormat, str]] = []

    def answer(box: QMessageBox) -> None:
        seen.append((box.textFormat(), box.text()))
        box.button(QMessageBox.StandardButton.No).click()

    answer_next_dialog(answer)
    tab.delete_person()
    assert seen == [(Qt.TextFormat.PlainText, "Ta bort ”Anna <Lind> & co” ur registret?")]
