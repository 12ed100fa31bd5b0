"""Tab goes through every form of the main window and of Styrning in reading order and is never trapped.

Each form is shown as a person meets it (a row selected, a dialog open); the
focus starts in its first input and real Tab key presses move it on. What the
focus meets is compared with the inputs sorted by where they are on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtWidgets import QSplitter, QWidget

from database.enums import DecisionKind
from desktop_app.services.goals import GoalService
from desktop_app.services.ideas import IdeaService
from desktop_app.services.registers import RegisterService
from desktop_app.services.rhythm import RhythmService
from desktop_app.services.steering import SteeringService
from desktop_app.services.workspace import Workspace
from desktop_app.ui.context import AppContext
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.plans.info_dialog import PlanInfoDialog
from desktop_app.ui.plans.new_plan_dialog import NewPlanDialog
from desktop_app.ui.registers_dialog import RegistersDialog
from desktop_app.ui.settings import AppSettings
from desktop_app.ui.settings_dialog import SettingsDialog
from desktop_app.ui.status_dialog import StatusDialog
from desktop_app.ui.steering import SteeringWindow
from desktop_app.ui.steering.dialogs import AgreementDialog, CheckDialog, DecisionDialog, MakeActivityDialog
from desktop_app.ui.steering.window import DECISIONS, DEVIATIONS, GOALS, IDEAS, MEETINGS, RHYTHM
from desktop_app.ui.user_dialog import UserNameDialog
from tests.client_helpers import click_row, fresh_application, open_window, remove_translators
from tests.tab_order_helpers import check_tab_order

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def context(workspace: Workspace, qtbot):
    app, translators = fresh_application("sv")
    context = AppContext(workspace, "processledare")
    registers = RegisterService(workspace.engine, "processledare")
    person = registers.create_person("Anna Berg")
    steering = SteeringService(workspace.engine, "processledare")
    steering.create_meeting(date(2026, 1, 20), "Stadshuset", attendee_ids=[person])
    ideas = IdeaService(workspace.engine, "processledare")
    ideas.create_idea(date(2026, 2, 1), "Frukostklubben", "Ett frukostmöte per kvartal")
    goal = GoalService(workspace.engine, "processledare").create_goal({"title": "Fler nystartade företag"})
    GoalService(workspace.engine, "processledare").set_value(goal, 2024, "12")
    yield context
    remove_translators(app, translators)


def _shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    return widget


def _detail(view: QWidget) -> QWidget:
    """The form side of a list-and-form view."""
    return _within(view.findChild(QSplitter).widget(1), view.window())


def _within(container: QWidget, window: QWidget) -> QWidget:
    """``container``, keeping its window alive as long as the test holds the container."""
    container.setProperty("tab_test", True)
    _ALIVE.append(window)
    return container


_ALIVE: list[QWidget] = []


# --- the main window ---------------------------------------------------------------------------


def _main(qtbot, context: AppContext) -> MainWindow:
    return open_window(qtbot, context)


def activity_form(qtbot, context: AppContext) -> QWidget:
    window = _main(qtbot, context)
    click_row(qtbot, window, context.tree().find_activity("2.1.1").id)
    return _within(window.detail.activity_form, window)


def initiative_form(qtbot, context: AppContext) -> QWidget:
    window = _main(qtbot, context)
    click_row(qtbot, window, context.tree().find("2.1").id)
    return _within(window.detail.initiative_form, window)


def focus_area_form(qtbot, context: AppContext) -> QWidget:
    window = _main(qtbot, context)
    click_row(qtbot, window, context.tree().find("2").id)
    return _within(window.detail.focus_area_form, window)


def status_dialog(qtbot, context: AppContext) -> QWidget:
    return _shown(qtbot, StatusDialog("Företagslotsen"))


def settings_dialog(qtbot, context: AppContext) -> QWidget:
    return _shown(qtbot, SettingsDialog(AppSettings(), None, ["Anna Berg"]))


def user_dialog(qtbot, context: AppContext) -> QWidget:
    return _shown(qtbot, UserNameDialog(["Anna Berg"]))


def plan_info_dialog(qtbot, context: AppContext) -> QWidget:
    return _shown(qtbot, PlanInfoDialog(context))


def new_plan_dialog(qtbot, context: AppContext) -> QWidget:
    return _shown(qtbot, NewPlanDialog(context))


def offices_register(qtbot, context: AppContext) -> QWidget:
    dialog = _shown(qtbot, RegistersDialog(context))
    dialog.offices_tab.list.setCurrentRow(0)
    return _within(dialog.offices_tab, dialog)


def people_register(qtbot, context: AppContext) -> QWidget:
    dialog = _shown(qtbot, RegistersDialog(context))
    dialog.tabs.setCurrentWidget(dialog.people_tab)
    dialog.people_tab.list.setCurrentRow(0)
    return _within(dialog.people_tab, dialog)


def steering_report_dialog(qtbot, context: AppContext) -> QWidget:
    from desktop_app.ui.reports.dialog import ReportDialog

    return _shown(qtbot, ReportDialog(context))


def annual_report_dialog(qtbot, context: AppContext) -> QWidget:
    from desktop_app.ui.reports.dialog import ANNUAL, ReportDialog

    return _shown(qtbot, ReportDialog(context, kind=ANNUAL))


def plan_file_export_dialog(qtbot, context: AppContext) -> QWidget:
    from desktop_app.ui.sync.export_dialog import ExportDialog

    return _shown(qtbot, ExportDialog(context))


def excel_import_dialog(qtbot, context: AppContext) -> QWidget:
    from desktop_app.ui.excel.import_dialog import ImportDialog

    return _shown(qtbot, ImportDialog(context))


def backups_dialog(qtbot, context: AppContext) -> QWidget:
    from desktop_app.ui.sync.backups_dialog import BackupsDialog

    return _shown(qtbot, BackupsDialog(context))


def stored_reports_dialog(qtbot, context: AppContext) -> QWidget:
    from desktop_app.ui.reports.stored import StoredReportsDialog

    return _shown(qtbot, StoredReportsDialog(context))


def new_plan_from_sheet_dialog(qtbot, context: AppContext) -> QWidget:
    from desktop_app.ui.plans.excel_choices import NewPlanFromSheetDialog

    return _shown(qtbot, NewPlanFromSheetDialog(context, "Handlingsplan 2027"))


# --- Styrning ----------------------------------------------------------------------------------


def _steering(qtbot, context: AppContext, part: int) -> SteeringWindow:
    window = _shown(qtbot, SteeringWindow(context))
    window.show_part(part)
    return window


def meeting_form(qtbot, context: AppContext) -> QWidget:
    window = _steering(qtbot, context, MEETINGS)
    window.meetings.reload()
    return _detail(window.meetings)


def decision_register(qtbot, context: AppContext) -> QWidget:
    window = _steering(qtbot, context, DECISIONS)
    return _within(window.decisions, window)


def deviations(qtbot, context: AppContext) -> QWidget:
    activity = context.tree().find_activity("2.1.1")
    context.plan.report_status(
        activity.id, "red", reported_on=date(2026, 1, 10), cause="Ingen lokal", recommended_action="Hyr in"
    )
    window = _steering(qtbot, context, DEVIATIONS)
    window.deviations.reload()
    window.deviations.table.selectRow(0)
    return _within(window.deviations, window)


def idea_form(qtbot, context: AppContext) -> QWidget:
    window = _steering(qtbot, context, IDEAS)
    window.ideas.reload()
    return _detail(window.ideas)


def goal_form(qtbot, context: AppContext) -> QWidget:
    window = _steering(qtbot, context, GOALS)
    window.goals.reload()
    return _detail(window.goals)


def rhythm(qtbot, context: AppContext) -> QWidget:
    window = _steering(qtbot, context, RHYTHM)
    return _within(window.rhythm, window)


def decision_dialog(qtbot, context: AppContext) -> QWidget:
    meetings = SteeringService(context.engine, "x").meetings()
    return _shown(qtbot, DecisionDialog(context, meetings, meetings[0].id, DecisionKind.OTHER))


def agreement_dialog(qtbot, context: AppContext) -> QWidget:
    from desktop_app.services.deviations import DeviationService

    activity = context.tree().find_activity("2.1.1")
    context.plan.report_status(
        activity.id, "red", reported_on=date(2026, 1, 10), cause="Ingen lokal", recommended_action="Hyr in"
    )
    [deviation] = DeviationService(context.engine, "x").deviations()
    return _shown(qtbot, AgreementDialog(context, deviation))


def check_dialog(qtbot, context: AppContext) -> QWidget:
    area = RhythmService(context.engine, "x").rhythm(tree=context.tree())[0]
    return _shown(qtbot, CheckDialog(context, area))


def make_activity_dialog(qtbot, context: AppContext) -> QWidget:
    [idea] = IdeaService(context.engine, "x").ideas()
    return _shown(qtbot, MakeActivityDialog(context, idea))


FORMS: dict[str, Callable[..., QWidget]] = {
    name: builder
    for name, builder in globals().items()
    if callable(builder) and not name.startswith("_") and builder.__module__ == __name__ and name != "context"
}


@pytest.mark.parametrize("form", sorted(FORMS))
def test_tab_visits_every_input_in_reading_order(form: str, context: AppContext, qtbot) -> None:
    container = FORMS[form](qtbot, context)
    try:
        check_tab_order(qtbot, container)
    finally:
        _ALIVE.clear()
