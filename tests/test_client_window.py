"""The desktop client driven as a person would: real main window over a real seeded database."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from database.models import Lifecycle, StatusColour
from desktop_app.services.errors import NotFoundError
from desktop_app.services.goals import GoalService
from desktop_app.services.workspace import Workspace
from desktop_app.ui.context import AppContext
from desktop_app.ui.main_window import MENU_ORDER, MainWindow
from desktop_app.ui.plan_tree_model import Role
from desktop_app.ui.status_dialog import StatusDialog
from tests.client_helpers import (
    answer_next_dialog,
    click_row,
    fresh_application,
    open_window,
    press_in_window,
    remove_translators,
    rows_under,
)


@pytest.fixture
def window(qtbot, workspace: Workspace):
    app, translators = fresh_application("sv")
    opened = open_window(qtbot, AppContext(workspace, "testare"))
    yield opened
    opened.close()
    remove_translators(app, translators)


def _activity(window: MainWindow, code: str):
    return window.context.plan.tree().find_activity(code)


def _report_red(dialog: StatusDialog, qtbot) -> None:
    qtbot.mouseClick(dialog.buttons[StatusColour.RED], Qt.MouseButton.LeftButton)
    assert not dialog.ok_button.isEnabled()
    assert "orsak" in dialog.hint.text()
    qtbot.keyClicks(dialog.cause_edit, "Ingen ansvarig utsedd")
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.action_edit, "Utse ansvarig i styrgruppen")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_edit_report_undo_filter_delete(qtbot, qtmodeltester, window: MainWindow) -> None:
    qtmodeltester.check(window.model)
    start = _activity(window, "1.1.1")
    initiative = window.context.plan.tree().find("1.1")
    click_row(qtbot, window, start.id)
    form = window.detail.activity_form
    assert window.detail.title_label.text() == "Företagsbesök politiker"
    assert window.detail.kind_label.text() == "AKTIVITET 1.1.1"

    # the owner, saved when the person leaves the field
    form.owner_edit.setFocus()
    qtbot.keyClicks(form.owner_edit, "Anna Berg")
    qtbot.keyClick(form.owner_edit, Qt.Key.Key_Return)
    assert _activity(window, "1.1.1").owner == "Anna Berg"
    assert "Sparat" in window.statusBar().currentMessage()

    # the end month, chosen and confirmed
    form.end_edit.setFocus()
    qtbot.keyClicks(form.end_edit.edit, "juni 2025")
    qtbot.keyClick(form.end_edit.edit, Qt.Key.Key_Return)
    assert form.end_edit.text() == "2025-06"
    assert _activity(window, "1.1.1").end_month == "2025-06"
    assert window.context.undo_stack.count() == 2

    # report red with a cause; the light and the roll-up follow
    answer_next_dialog(lambda dialog: _report_red(dialog, qtbot))
    window.report_action.trigger()
    index = window.model.index_of(start.id)
    assert StatusColour(index.data(Role.STATUS)) is StatusColour.RED
    assert window.model.roll_up(initiative.id).red == 1
    assert window.model.roll_up(initiative.id).not_reported == len(initiative.activities) - 1
    assert form.status_title.text().startswith("Röd")
    assert form.history.table.rowCount() == 1
    assert "Orsak: Ingen ansvarig utsedd" in form.history.table.item(0, 2).text()
    assert "1 röd" in window.counts.summary()
    qtmodeltester.check(window.model)

    # undo everything, back to the start
    while window.context.undo_stack.canUndo():
        window.undo_action.trigger()
    back = _activity(window, "1.1.1")
    assert (back.owner, back.end_month, back.current) == ("", None, None)
    assert window.model.roll_up(initiative.id).red == 0
    assert form.owner_edit.text() == ""
    assert window.tree_view.current_id() == start.id

    # filter as one types: only the matching branch stays
    window.search_action.trigger()
    qtbot.keyClicks(window.filter_bar.search_edit, "Campus")
    assert rows_under(window) == ["2"]
    area = window.model.index(0, 0)
    assert rows_under(window, area) == ["2.1"]
    assert rows_under(window, window.model.index(0, 0, area)) == ["2.1.1"]
    qtmodeltester.check(window.model)
    assert window.filter_bar.reset_button.isEnabled()
    qtbot.mouseClick(window.filter_bar.reset_button, Qt.MouseButton.LeftButton)
    assert len(rows_under(window)) == 5

    # delete asks first, leaves a tombstone, and comes back with undo
    campus = _activity(window, "2.1.1")
    click_row(qtbot, window, campus.id)
    asked: list[str] = []

    def confirm(box: QMessageBox) -> None:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    answer_next_dialog(confirm)
    press_in_window(qtbot, window, window.tree_view, Qt.Key.Key_Delete)
    assert asked and "Driver och utvecklar Campus Telge" in asked[0]
    # Codes are stable: the next activity keeps its own code, and no other one takes 2.1.1.
    assert campus.id not in {a.id for a in window.context.tree().activities()}
    with pytest.raises(NotFoundError):
        _activity(window, "2.1.1")
    window.undo_action.trigger()
    assert _activity(window, "2.1.1").id == campus.id
    qtmodeltester.check(window.model)


def test_validation_is_shown_in_the_form_and_nothing_is_saved(qtbot, window: MainWindow) -> None:
    activity = _activity(window, "1.3.1")
    click_row(qtbot, window, activity.id)
    form = window.detail.activity_form
    form.title_edit.setFocus()
    form.title_edit.selectAll()
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Delete)
    assert form.title_error.text() == "Aktiviteten måste ha en titel."
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Return)
    assert _activity(window, "1.3.1").title == activity.title
    assert not window.detail.commit_pending()

    qtbot.keyClicks(form.title_edit, "Utvecklingsprojekt MatLust")
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Return)
    assert form.title_error.isHidden()
    assert _activity(window, "1.3.1").title == "Utvecklingsprojekt MatLust"

    form.start_edit.setFocus()
    qtbot.keyClicks(form.start_edit.edit, "2025-6")
    qtbot.keyClick(form.start_edit.edit, Qt.Key.Key_Tab)
    form.end_edit.setFocus()
    qtbot.keyClicks(form.end_edit.edit, "01/2025")
    qtbot.keyClick(form.end_edit.edit, Qt.Key.Key_Return)
    assert form.schedule_error.text() == "Slutet kan inte ligga före starten."
    saved = _activity(window, "1.3.1")
    assert (saved.start_month, saved.end_month) == ("2025-06", None)

    form.ongoing_check.click()
    assert form.schedule_error.isHidden()
    saved = _activity(window, "1.3.1")
    assert (saved.end_month, saved.ongoing) == (None, True)

    assert form.start_clear.isEnabled()
    qtbot.mouseClick(form.start_clear, Qt.MouseButton.LeftButton)
    assert _activity(window, "1.3.1").start_month is None
    assert form.start_edit.month() is None and not form.start_clear.isEnabled()


def test_typed_text_is_saved_when_the_selection_moves_on(qtbot, window: MainWindow) -> None:
    activity = _activity(window, "1.4.2")
    click_row(qtbot, window, activity.id)
    form = window.detail.activity_form
    form.description_edit.setFocus()
    qtbot.keyClicks(form.description_edit, "Nyhetsbrev varje månad")
    click_row(qtbot, window, _activity(window, "1.4.3").id)
    assert _activity(window, "1.4.2").description == "Nyhetsbrev varje månad"


def test_add_move_and_lifecycle(qtbot, window: MainWindow) -> None:
    initiative = window.context.plan.tree().find("1.5")
    click_row(qtbot, window, initiative.id)
    window.new_activity_action.trigger()
    added = _activity(window, "1.5.3")
    assert added.title == "Ny aktivitet"
    assert window.tree_view.current_id() == added.id

    window.move_up_action.trigger()
    # One place up; its code stays (codes are stable, the order is the order).
    assert [a.id for a in window.context.plan.tree().find("1.5").activities][1] == added.id
    assert _activity(window, "1.5.3").id == added.id
    assert window.tree_view.current_id() == added.id

    form = window.detail.activity_form
    form.lifecycle_combo.setCurrentIndex(form.lifecycle_combo.findData(Lifecycle.CANCELLED.value))
    form.lifecycle_combo.activated.emit(form.lifecycle_combo.currentIndex())
    assert _activity(window, "1.5.3").lifecycle is Lifecycle.CANCELLED

    target = window.context.plan.tree().find("2.6")
    form.initiative_combo.setCurrentIndex(form.initiative_combo.findData(target.id))
    form.initiative_combo.activated.emit(form.initiative_combo.currentIndex())
    moved = window.context.plan.tree().find("2.6")
    assert moved.activities[-1].id == added.id

    for _ in range(4):
        window.undo_action.trigger()
    assert [a.id for a in window.context.plan.tree().find("1.5").activities] == [
        a.id for a in initiative.activities
    ]
    window.redo_action.trigger()
    assert _activity(window, "1.5.3").id == added.id


def test_roll_up_and_status_bar_count_overdue(qtbot, window: MainWindow) -> None:
    plan = window.context.plan
    activity = _activity(window, "3.1.1")
    plan.update_activity(activity.id, {"start_month": "2020-01", "end_month": "2021-12"})
    plan.report_status(activity.id, "green", reported_on=date(2022, 1, 10))
    window.reload()
    assert window.model.overdue(activity.id)
    assert window.model.stale_days(activity.id) is not None
    assert "1 försenad" in window.counts.summary()
    window.filter_bar.overdue_check.click()
    assert rows_under(window) == ["3"]
    window.filter_bar.reset()
    window.filter_bar.status_combo.setCurrentIndex(window.filter_bar.status_combo.findData("green"))
    assert rows_under(window) == ["3"]
    focus_area = plan.tree().find("3")
    click_row(qtbot, window, focus_area.id)
    assert window.detail.focus_area_form.roll_up.counts().green == 1


def test_menus_in_order_and_other_areas_can_add_theirs(window: MainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Arkiv", "&Redigera", "&Visa", "&Plan", "&Styrning", "Rapp&orter", "&Hjälp"]
    steering = window.menu("steering")
    assert window.menu("steering") is steering
    window.menu("reports")
    keys = [action.menu().objectName() for action in window.menuBar().actions()]
    assert keys == [f"menu_{key}" for key in MENU_ORDER]
    edit_actions = [a.text() for a in window.menu("edit").actions() if a.text()]
    assert edit_actions[:2] == ["&Ångra", "&Gör om"]


def test_expansion_and_selection_survive_a_reload(qtbot, window: MainWindow) -> None:
    window.tree_view.collapse_all()
    initiative = window.context.plan.tree().find("4.2")
    window.tree_view.select_node(initiative.id)
    window.reload()
    index = window.model.index_of(initiative.id)
    assert window.tree_view.isExpanded(index.parent())
    assert window.tree_view.current_id() == initiative.id
    assert not window.tree_view.isExpanded(window.model.index_of(window.context.plan.tree().find("1").id))
    assert window.model.index_of("no-such-id") == QModelIndex()


def test_the_search_texts_are_made_once_the_plan_is_shown_and_after_each_reload(
    qtbot, window: MainWindow
) -> None:
    assert window.tree_view.painted
    qtbot.waitUntil(lambda: window.model.search_prepared)  # when the window was idle, not before
    window.reload()
    assert not window.model.search_prepared
    qtbot.waitUntil(lambda: window.model.search_prepared)
    qtbot.keyClicks(window.filter_bar.search_edit, "Campus")
    qtbot.waitUntil(lambda: 0 < window.model.shown_activity_count() < 10)


def test_letters_that_change_no_row_leave_the_tree_as_the_person_left_it(qtbot, window: MainWindow) -> None:
    search = window.filter_bar.search_edit
    resets: list[str] = []
    window.model.modelReset.connect(lambda: resets.append(search.text()))
    qtbot.keyClicks(search, "komp")
    assert resets == ["k", "ko", "kom", "komp"]
    view, model = window.tree_view, window.model
    initiative = model.index(0, 0, model.index(0, 0))
    assert view.isExpanded(initiative)  # a filter that leaves few activities unfolds them all
    initiative_id = initiative.data(Role.ID)
    activity_id = model.index(0, 0, initiative).data(Role.ID)
    view.collapse(initiative)
    view.select_node(initiative_id)
    qtbot.keyClicks(search, "etens")  # "kompetens": the same 19 activities as "komp"
    assert resets == ["k", "ko", "kom", "komp"]
    assert model.plan_filter.text == "kompetens"
    assert not view.isExpanded(model.index_of(initiative_id))  # as the person folded it
    assert view.current_id() == initiative_id
    assert model.index_of(activity_id).isValid()
    qtbot.keyClick(search, Qt.Key.Key_Backspace)
    assert resets == ["k", "ko", "kom", "komp"] and model.plan_filter.text == "kompeten"
    qtbot.keyClicks(search, "q")  # "kompetenq" is nowhere
    assert resets[-1] == "kompetenq" and window.no_hits.isVisible()


def test_an_activity_dragged_to_another_initiative_moves_there_undoably(qtbot, window: MainWindow) -> None:
    model = window.model
    moving = _activity(window, "1.1.4")
    target = window.context.plan.tree().find("1.4")
    data = model.mimeData([model.index_of(moving.id)])
    target_index = model.index_of(target.id)
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 1, 0, target_index)
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index_of(moving.id))
    model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, target_index)
    # Second in 1.4, with the next free number there.
    qtbot.waitUntil(lambda: [a.id for a in window.context.tree().find("1.4").activities][1:2] == [moving.id])
    assert _activity(window, f"1.4.{len(target.activities) + 1}").id == moving.id
    assert window.tree_view.current_id() == moving.id
    window.undo_action.trigger()
    assert _activity(window, "1.1.4").id == moving.id  # back, with its code

    first = _activity(window, "1.1.1")
    data = model.mimeData([model.index_of(first.id)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, model.index_of(first.initiative_id))
    qtbot.waitUntil(lambda: [a.id for a in window.context.tree().find("1.1").activities][2:3] == [first.id])
    assert _activity(window, "1.1.1").id == first.id


def test_decision_date_and_priority_are_saved_and_cleared(qtbot, window: MainWindow) -> None:
    activity = _activity(window, "5.2.1")
    click_row(qtbot, window, activity.id)
    form = window.detail.activity_form
    form.decision_edit.setFocus()
    qtbot.keyClicks(form.decision_edit.edit, "14/5 2024")
    qtbot.keyClick(form.decision_edit.edit, Qt.Key.Key_Return)
    form.priority_spin.setFocus()
    form.priority_spin.selectAll()
    qtbot.keyClicks(form.priority_spin, "2")
    qtbot.keyClick(form.priority_spin, Qt.Key.Key_Return)
    saved = _activity(window, "5.2.1")
    assert (saved.decision_date, saved.priority) == (date(2024, 5, 14), 2)
    form.priority_spin.setValue(0)
    form.priority_spin.editingFinished.emit()
    assert _activity(window, "5.2.1").priority is None


def test_the_keyboard_moves_through_the_tree_and_into_the_form(qtbot, window: MainWindow) -> None:
    first = _activity(window, "1.1.1")
    click_row(qtbot, window, first.id)
    press_in_window(qtbot, window, window.tree_view, Qt.Key.Key_Down)
    assert window.tree_view.current_id() == _activity(window, "1.1.2").id
    assert window.detail.title_label.text() == "Företagsbesök tjänstemän"
    qtbot.keyClick(window.tree_view, Qt.Key.Key_Return)
    assert window.detail.activity_form.title_edit.hasFocus()
    press_in_window(qtbot, window, window.tree_view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.tree_view.isExpanded(window.model.index_of(window.context.plan.tree().find("4.4").id))


def test_what_is_typed_is_saved_when_the_window_closes(qtbot, window: MainWindow) -> None:
    activity = _activity(window, "3.3.1")
    click_row(qtbot, window, activity.id)
    form = window.detail.activity_form
    form.owner_edit.setFocus()
    qtbot.keyClicks(form.owner_edit, "Sara Lund")
    assert _activity(window, "3.3.1").owner == ""
    window.close()
    assert _activity(window, "3.3.1").owner == "Sara Lund"


def test_goals_are_linked_from_the_activity_form(qtbot, window: MainWindow) -> None:
    context = window.context
    goal_id = GoalService(context.engine, context.actor).create_goal({"title": "Fler nystartade företag"})
    activity = context.plan.tree().find_activity("1.1.1")
    click_row(qtbot, window, activity.id)
    form = window.detail.activity_form
    assert form.goals_label.text() == "Inga kopplade mål"

    def link_first_goal(dialog) -> None:
        dialog.model.setData(
            dialog.model.index(0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
        )
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    answer_next_dialog(link_first_goal)
    qtbot.mouseClick(form.goals_button, Qt.MouseButton.LeftButton)
    assert context.plan.tree().find_activity("1.1.1").goal_ids == (goal_id,)
    assert form.goals_label.text() == "• Fler nystartade företag"
    context.undo_stack.undo()
    assert form.goals_label.text() == "Inga kopplade mål"


def test_a_parent_s_count_is_drawn_in_the_selection_s_text_colour_when_its_row_is_selected(
    qtbot, window: MainWindow
) -> None:
    initiative = window.context.plan.tree().find("2.1")
    other = window.context.plan.tree().find("2.2")
    window.tree_view.select_node(initiative.id)
    qtbot.wait(10)
    palette = window.tree_view.palette()

    def count_pixels(node_id: str) -> set[tuple[int, int, int]]:
        cell = window.tree_view.visualRect(window.model.index_of(node_id, 1))
        image = window.tree_view.viewport().grab(cell).toImage()
        # The count is drawn right of the bar, in the last 40 pixels of the cell.
        return {
            image.pixelColor(x, y).getRgb()[:3]
            for x in range(image.width() - 40, image.width())
            for y in range(image.height())
        }

    selected_text = palette.highlightedText().color().getRgb()[:3]
    plain_text = palette.text().color().getRgb()[:3]
    assert selected_text in count_pixels(initiative.id)
    assert plain_text not in count_pixels(initiative.id)
    assert plain_text in count_pixels(other.id)  # (white is its background, so not asked)

    # A filter resets the model and selects the row again; a row no longer selected is plain.
    qtbot.keyClicks(window.filter_bar.search_edit, initiative.title.split()[0])
    qtbot.wait(10)
    assert selected_text in count_pixels(initiative.id)
    window.tree_view.clearSelection()
    qtbot.wait(10)
    assert plain_text in count_pixels(initiative.id)

    # Filtered out while selected, the row loses its selection without a signal: shown again, it
    # is drawn as not selected (its place in the model is the same, so a stale id would match it).
    window.filter_bar.search_edit.clear()
    window.tree_view.select_node(initiative.id)
    qtbot.wait(10)
    assert selected_text in count_pixels(initiative.id)
    qtbot.keyClicks(window.filter_bar.search_edit, "zzqx")
    assert not window.model.index_of(initiative.id).isValid()
    window.filter_bar.search_edit.clear()
    qtbot.wait(10)
    assert window.tree_view.current_id() == ""
    assert plain_text in count_pixels(initiative.id)


@pytest.mark.parametrize("threshold, threaded", [(None, False), (1, True)])
def test_a_large_plan_is_read_in_a_thread_while_the_window_is_built_and_a_small_one_is_not(
    qtbot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch, threshold: int | None, threaded: bool
) -> None:
    from desktop_app.ui import main_window

    if threshold is not None:  # the seeded plan standing in for a large one
        monkeypatch.setattr(main_window, "BACKGROUND_READ_FROM", threshold)
    assert workspace.path.stat().st_size < main_window.BACKGROUND_READ_FROM or threaded
    started = []

    class Recorded(main_window.Background):
        def __init__(self, work, name: str = "background") -> None:
            started.append(name)
            super().__init__(work, name)

    monkeypatch.setattr(main_window, "Background", Recorded)
    app, translators = fresh_application("sv")
    opened = open_window(qtbot, AppContext(workspace, "testare"))
    try:
        assert started == (["read-plan"] if threaded else [])
        assert rows_under(opened) == ["1", "2", "3", "4", "5"]  # the same plan either way
    finally:
        opened.close()
        remove_translators(app, translators)
