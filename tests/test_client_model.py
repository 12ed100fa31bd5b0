"""The plan tree model and the undo commands, without the window."""

from __future__ import annotations

import time
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QIcon

from database.models import Lifecycle, StatusColour
from desktop_app.services.tree import ActivityNode, CurrentStatus, FocusAreaNode, InitiativeNode, PlanTree
from desktop_app.services.workspace import Workspace
from desktop_app.ui.commands import EditFieldCommand, ReportStatusCommand, push
from desktop_app.ui.context import AppContext
from desktop_app.ui.plan_tree_model import LIGHT_SIZE, PlanFilter, PlanTreeModel, Role
from tests.client_helpers import answer_next_dialog


def big_plan(areas: int = 5, initiatives: int = 50, activities: int = 40) -> PlanTree:
    """A plan with ``areas × initiatives × activities`` activities, a third of them not reported."""
    colours = list(StatusColour)
    focus_areas = []
    for a in range(areas):
        area = FocusAreaNode(f"fa{a}", str(a + 1), f"Fokusområde {a}", "")
        for i in range(initiatives):
            initiative = InitiativeNode(f"in{a}.{i}", f"{a + 1}.{i + 1}", area.id, f"insats {i}", "")
            for k in range(activities):
                current = None
                if k % 3:
                    current = CurrentStatus(
                        f"r{a}.{i}.{k}", colours[k % 3], date(2024, 1, 1), "", "orsak", "", ""
                    )
                initiative.activities.append(
                    ActivityNode(
                        f"ac{a}.{i}.{k}",
                        f"{initiative.code}.{k + 1}",
                        initiative.id,
                        f"Aktivitet {k} Campus{k}",
                        "",
                        None,
                        "",
                        "Anna",
                        (),
                        (),
                        "2023-01",
                        "2024-06",
                        False,
                        Lifecycle.DECIDED,
                        None,
                        None,
                        (),
                        current,
                    )
                )
            area.initiatives.append(initiative)
        focus_areas.append(area)
    return PlanTree("", "", focus_areas)


def test_the_model_passes_qt_checks_loaded_filtered_and_reloaded(qtmodeltester, service) -> None:
    model = PlanTreeModel()
    model.set_tree(service.tree())
    qtmodeltester.check(model)
    model.set_filter(PlanFilter(text="företag", status="none"))
    qtmodeltester.check(model)
    model.set_filter(PlanFilter(text="finns inte någonstans"))
    assert model.rowCount() == 0
    qtmodeltester.check(model)
    model.set_filter(PlanFilter())
    assert model.rowCount() == 5
    assert model.index(9, 0) == QModelIndex()


def test_ten_thousand_activities_load_and_filter_quickly(qtmodeltester) -> None:
    plan = big_plan()
    model = PlanTreeModel()
    started = time.perf_counter()
    model.set_tree(plan, today=date(2026, 1, 1))
    assert time.perf_counter() - started < 0.5
    assert model.shown_activity_count() == 10_000
    slowest = 0.0
    for text in ("c", "ca", "cam", "camp", "campus", "campus3", "campus39"):
        started = time.perf_counter()
        model.set_filter(PlanFilter(text=text))
        slowest = max(slowest, time.perf_counter() - started)
    assert model.shown_activity_count() == 250
    assert slowest < 0.05
    model.set_filter(PlanFilter(status="red", overdue=True))
    assert model.shown_activity_count() == 5 * 50 * 13
    first = model.index(0, 0, model.index(0, 0, model.index(0, 0)))
    assert StatusColour(first.data(Role.STATUS)) is StatusColour.RED


def test_a_letter_that_changes_no_row_tells_the_views_nothing(qtmodeltester) -> None:
    model = PlanTreeModel()
    model.set_tree(big_plan(2, 3, 4))
    resets: list[str] = []
    model.modelReset.connect(lambda: resets.append(model.plan_filter.text))
    # Every initiative is called "insats …": each letter of the word shows every activity still.
    for text in ("i", "in", "ins", "insa", "insat", "insats"):
        model.set_filter(PlanFilter(text=text))
        assert model.plan_filter == PlanFilter(text=text)
        assert model.shown_activity_count() == 24
    assert resets == ["i"]  # from no filter to one: the views fold what a filter shows
    qtmodeltester.check(model)
    first = model.index(0, 0, model.index(0, 0, model.index(0, 0)))
    assert first.data(Role.ID) == "ac0.0.0"
    model.set_filter(PlanFilter(text="insats 1"))  # one initiative of three in each focus area
    assert resets == ["i", "insats 1"]
    assert model.shown_activity_count() == 8
    assert not model.index_of("ac0.0.0").isValid()
    assert model.index_of("ac0.1.0").isValid()
    model.set_filter(PlanFilter(text="insats 1", lifecycle=Lifecycle.DECIDED))  # all are decided
    assert resets == ["i", "insats 1"]
    model.set_filter(PlanFilter(text="insats 1", lifecycle=Lifecycle.COMPLETED))
    assert resets == ["i", "insats 1", "insats 1"]
    assert model.rowCount() == 0
    model.set_filter(PlanFilter(text="insats"))
    model.set_filter(PlanFilter())  # the same rows, but the views unfold what the person had
    assert resets[-2:] == ["insats", ""]
    qtmodeltester.check(model)


def test_the_search_text_is_made_when_first_needed_and_again_for_a_new_tree(qapp) -> None:
    plan = big_plan(2, 2, 3)
    activity = plan.activities()[4]
    activity.current = CurrentStatus(
        "r", StatusColour.YELLOW, date(2024, 1, 1), "", "Budgeten dröjer", "", ""
    )
    model = PlanTreeModel()
    model.set_tree(plan)
    assert not model.search_prepared  # a window shows the plan before its search texts are made
    model.set_filter(PlanFilter(text="BUDGETEN"))  # the cause, in any case
    assert model.search_prepared
    assert model.shown_activity_count() == 1
    assert model.index_of(activity.id).isValid()
    activity.current = None
    activity.title = "Ny budget"
    model.set_tree(plan)  # read again: the filter stays, searched in the new texts
    assert model.shown_activity_count() == 0
    model.set_filter(PlanFilter(text="ny budget"))
    assert model.shown_activity_count() == 1
    model.set_filter(PlanFilter(text=f"{activity.code} "))  # the code is searched too
    assert model.shown_activity_count() == 1
    unfiltered = PlanTreeModel()
    unfiltered.set_tree(plan)
    unfiltered.prepare_search()
    unfiltered.set_filter(PlanFilter(text="aktivitet 1"))
    model.set_filter(PlanFilter(text="aktivitet 1"))
    assert unfiltered.shown_activity_count() == model.shown_activity_count() == 3  # one is renamed


def test_the_light_and_the_bold_focus_area_come_from_the_model_for_the_view_s_own_delegate(qapp) -> None:
    model = PlanTreeModel()
    model.set_tree(big_plan(1, 1, 2))
    area = model.index(0, 0)
    activity = model.index(0, 0, model.index(0, 0, area))
    light = activity.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(light, QIcon)
    assert light.actualSize(QSize(32, 32)) == QSize(LIGHT_SIZE, LIGHT_SIZE)
    painted = light.pixmap(LIGHT_SIZE, LIGHT_SIZE).toImage()
    drawn = [painted.pixelColor(x, y).alpha() for x in range(LIGHT_SIZE) for y in range(LIGHT_SIZE)]
    assert sum(1 for alpha in drawn if alpha) > LIGHT_SIZE  # the light is drawn, not an empty icon
    assert model.index(0, 1, activity.parent()).data(Qt.ItemDataRole.DecorationRole) is None
    assert area.data(Qt.ItemDataRole.DecorationRole) is None
    assert area.data(Qt.ItemDataRole.FontRole).bold()
    assert activity.data(Qt.ItemDataRole.FontRole) is None
    assert activity.flags() & Qt.ItemFlag.ItemIsDragEnabled
    assert not area.flags() & Qt.ItemFlag.ItemIsDragEnabled


def test_stale_and_overdue_marks_follow_the_threshold() -> None:
    model = PlanTreeModel()
    plan = big_plan(1, 1, 3)
    model.set_tree(plan, today=date(2024, 3, 1))
    reported = plan.activities()[1]
    assert model.stale_days(reported.id) is None
    model.set_stale_after(60)
    assert model.stale_days(reported.id) == 60
    assert model.stale_days(plan.activities()[0].id) is None
    model.set_tree(plan, today=date(2024, 7, 1))
    assert model.overdue(reported.id)
    model.set_filter(PlanFilter(stale_days=200))
    assert model.shown_activity_count() == 1


@pytest.fixture
def context(qapp, workspace: Workspace) -> AppContext:
    return AppContext(workspace, "testare")


def test_a_status_report_undone_and_redone_is_the_same_report(context: AppContext) -> None:
    activity = context.plan.tree().find_activity("4.1.1")
    changes: list[int] = []
    context.plan_changed.connect(lambda: changes.append(1))
    command = ReportStatusCommand(
        context, activity.id, StatusColour.YELLOW, date.today(), "", "Sen start", "Ny tidplan"
    )
    push(context, command)
    report_id = command.report_id
    context.undo_stack.undo()
    assert context.plan.status_history(activity.id) == []
    context.undo_stack.redo()
    history = context.plan.status_history(activity.id)
    assert [r.report_id for r in history] == [report_id]
    assert len(changes) == 3


def test_quick_edits_of_one_field_merge_into_one_undo_step(context: AppContext) -> None:
    activity = context.plan.tree().find_activity("4.1.2")
    for owner in ("A", "An", "Ann"):
        push(context, EditFieldCommand(context, "activity", activity.id, {"owner": owner}, "ansvarig"))
    assert context.undo_stack.count() == 1
    push(context, EditFieldCommand(context, "activity", activity.id, {"title": "Ny titel"}, "titel"))
    assert context.undo_stack.count() == 2
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert context.plan.tree().find_activity("4.1.2").owner == ""
    push(context, EditFieldCommand(context, "activity", activity.id, {"owner": ""}, "ansvarig"))
    assert context.undo_stack.index() == 0


def test_an_undo_that_can_no_longer_be_done_is_reported_not_raised(qtbot, context: AppContext) -> None:
    activity = context.plan.tree().find_activity("4.2.1")
    push(context, EditFieldCommand(context, "activity", activity.id, {"owner": "Lena"}, "ansvarig"))
    context.plan.delete(activity.id)
    seen: list[str] = []
    answer_next_dialog(lambda box: (seen.append(box.text()), box.accept()))
    context.undo_stack.undo()
    assert seen == ["Aktiviteten finns inte längre i planen."]
