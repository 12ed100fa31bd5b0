"""Every window and dialog as a screen reader meets it: each control it can tab to has a name."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QTabWidget, QWidget

from database.enums import DecisionKind, FollowUpState, IdeaState, Lifecycle, Role, StatusColour
from desktop_app.services.plan import PlanService
from desktop_app.services.workspace import Workspace
from desktop_app.ui.accessibility import unnamed_controls
from desktop_app.ui.context import AppContext
from desktop_app.ui.excel.import_dialog import ImportDialog
from desktop_app.ui.registers_dialog import RegistersDialog
from desktop_app.ui.reports.dialog import ANNUAL, ReportDialog
from desktop_app.ui.reports.stored import StoredReportsDialog
from desktop_app.ui.settings import AppSettings
from desktop_app.ui.settings_dialog import SettingsDialog
from desktop_app.ui.status_dialog import StatusDialog
from desktop_app.ui.steering import ActivityGoalsDialog, SteeringWindow
from desktop_app.ui.steering.commands import SteeringServices
from desktop_app.ui.steering.dialogs import AgreementDialog, CheckDialog, DecisionDialog, MakeActivityDialog
from desktop_app.ui.sync.backups_dialog import BackupsDialog
from desktop_app.ui.sync.export_dialog import ExportDialog
from tests.client_helpers import click_row, fresh_application, open_window, remove_translators
from tests.steering_helpers import add_person

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.window()).__name__}"


def assert_all_named(root: QWidget) -> None:
    missing = [describe(w) for w in unnamed_controls(root)]
    assert not missing, f"controls without an accessible name: {missing}"


def every_tab(root: QWidget) -> Iterator[None]:
    """Visit every page of every tab widget under ``root`` (their pages are built when shown)."""
    for tabs in root.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            yield


@pytest.fixture(params=["sv", "en"])
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:
    app, translators = fresh_application(request.param)
    yield request.param
    remove_translators(app, translators)


@pytest.fixture
def context(workspace: Workspace, service: PlanService, qtbot) -> AppContext:
    tree = service.tree()
    activity = tree.focus_areas[0].initiatives[0].activities[0]
    service.report_status(
        activity.id, StatusColour.YELLOW, cause="Ingen ansvarig", recommended_action="Utse ansvarig"
    )
    services = SteeringServices.of(AppContext(workspace, "processledare"))
    meeting = services.steering.create_meeting(date.today() - timedelta(days=3), "Stadshuset")
    services.ideas.create_idea(date.today(), "Näringslivsrådet", "Fler företagsbesök")
    services.decisions.record_decision(
        meeting,
        DecisionKind.DEVIATION_ACTION,
        "Utse en ansvarig",
        activity_id=activity.id,
        follow_up_by="Anna",
        follow_up_date=date.today() + timedelta(days=30),
    )
    add_person(workspace.engine, "Anna Berg", role=Role.PROCESS_LEADER)
    add_person(workspace.engine, "Johan Ek", role=Role.STEERING_MEMBER)
    return AppContext(workspace, "processledare")


def test_the_main_window_names_every_control(language: str, context: AppContext, qtbot) -> None:
    window = open_window(qtbot, context)
    tree = context.tree()
    area = tree.focus_areas[0]
    for node in (area, area.initiatives[0], area.initiatives[0].activities[0]):
        click_row(qtbot, window, node.id)
        assert_all_named(window)


def test_the_steering_window_names_every_control(language: str, context: AppContext, qtbot) -> None:
    window = SteeringWindow(context)
    qtbot.addWidget(window)
    window.show()
    for _page in every_tab(window):
        assert_all_named(window)


def dialogs(context: AppContext) -> Iterator[QDialog]:
    services = SteeringServices.of(context)
    tree = context.tree()
    activity = tree.focus_areas[0].initiatives[0].activities[0]
    meetings = services.steering.meetings()
    yield SettingsDialog(AppSettings())
    yield StatusDialog(activity.title)
    yield RegistersDialog(context)
    yield ReportDialog(context)
    yield ReportDialog(context, kind=ANNUAL)
    yield StoredReportsDialog(context)
    yield ImportDialog(context)
    yield ExportDialog(context)
    yield BackupsDialog(context)
    yield ActivityGoalsDialog(context, activity.id)
    yield DecisionDialog(context, meetings, meetings[0].id, DecisionKind.OTHER)
    yield DecisionDialog(context, meetings, meetings[0].id, DecisionKind.APPROVE, activity=activity)
    yield AgreementDialog(context, services.deviations.deviations()[0])
    yield CheckDialog(context, services.rhythm.rhythm()[0])
    yield MakeActivityDialog(context, services.ideas.ideas()[0])


def test_every_dialog_names_every_control(language: str, context: AppContext, qtbot) -> None:
    for dialog in dialogs(context):
        qtbot.addWidget(dialog)
        dialog.show()
        assert_all_named(dialog)
        for _page in every_tab(dialog):
            assert_all_named(dialog)
        dialog.reject()


# Every stored code that has a word of its own, as a person must never see it (process_leader).
CODES = {
    str(value)
    for enum in (DecisionKind, FollowUpState, IdeaState, Lifecycle, Role, StatusColour)
    for value in enum
    if "_" in str(value)
}


def shown_texts(root: QWidget) -> Iterator[str]:
    """Every text ``root`` shows: labels, buttons, window titles, and every cell of its views."""
    yield root.windowTitle()
    for widget in root.findChildren(QWidget):
        for getter in ("text", "title", "placeholderText", "toolTip"):
            value = getattr(widget, getter, None)
            if callable(value):
                try:
                    text = value()
                except TypeError:
                    continue
                if isinstance(text, str):
                    yield text
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            try:
                columns = model.columnCount(parent)
            except TypeError:  # a list model keeps columnCount to itself: one column
                columns = 1
            for row in range(model.rowCount(parent)):
                for column in range(columns):
                    index = model.index(row, column, parent)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = index.data(role)
                        if isinstance(value, str):
                            yield value
                stack.append(model.index(row, 0, parent))


def test_no_window_shows_a_stored_code(language: str, context: AppContext, qtbot) -> None:
    window = open_window(qtbot, context)
    steering = SteeringWindow(context)
    qtbot.addWidget(steering)
    steering.show()
    registers = RegistersDialog(context)
    qtbot.addWidget(registers)
    texts = list(shown_texts(window))
    for _page in every_tab(steering):
        texts += shown_texts(steering)
    for _page in every_tab(registers):
        texts += shown_texts(registers)
    assert len(texts) > 200
    leaks = {code for code in CODES for text in texts if code in text}
    assert not leaks, f"codes shown as they are stored: {sorted(leaks)}"


def test_the_plan_says_in_words_what_its_bars_and_marks_show(
    language: str, context: AppContext, service: PlanService, qtbot
) -> None:
    tree = context.tree()
    area = tree.focus_areas[0]
    activity = area.initiatives[0].activities[0]
    service.update_activity(activity.id, {"start_month": "2020-01", "end_month": "2020-06"})
    window = open_window(qtbot, context)
    model = window.model
    spoken = model.index_of(activity.id).siblingAtColumn(1).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("Gul" if language == "sv" else "Yellow")
    assert ("försenad" if language == "sv" else "overdue") in spoken
    roll_up = model.index_of(area.id).siblingAtColumn(1).data(Qt.ItemDataRole.AccessibleTextRole)
    assert ("1 gul" if language == "sv" else "1 yellow") in roll_up
