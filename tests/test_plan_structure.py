"""Focus areas and initiatives made, renamed, reordered, moved and removed in the app, each undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from desktop_app.services.plan import PlanService
from desktop_app.services.workspace import Workspace
from desktop_app.ui.context import AppContext
from tests.client_helpers import (
    answer_next_dialog,
    click_row,
    fresh_application,
    open_window,
    press_in_window,
    remove_translators,
)


@pytest.fixture
def window(qtbot, workspace: Workspace):
    app, translators = fresh_application("sv")
    opened = open_window(qtbot, AppContext(workspace, "testare"))
    yield opened
    opened.close()
    remove_translators(app, translators)


def _titles(window) -> list[str]:
    return [area.title for area in window.context.tree().focus_areas]


def test_the_service_moves_focus_areas_and_initiatives(service: PlanService) -> None:
    tree = service.tree()
    fifth = tree.focus_areas[4]
    assert service.move_focus_area(fifth.id, 0) == 4
    assert service.tree().focus_areas[0].id == fifth.id
    initiative = tree.focus_areas[1].initiatives[2]
    assert service.move_initiative(initiative.id, tree.focus_areas[0].id, 0) == (tree.focus_areas[1].id, 2)
    after = service.tree()
    area = next(a for a in after.focus_areas if a.id == tree.focus_areas[0].id)
    # Codes are stable: the focus area keeps its code wherever it stands; the moved initiative gets the
    # next free number in its new focus area, and its activities keep theirs.
    assert after.focus_areas[0].code == fifth.code
    count = len(tree.focus_areas[0].initiatives)
    assert area.initiatives[0].id == initiative.id and area.initiatives[0].code == f"{area.code}.{count + 1}"
    assert [a.title for a in area.initiatives[0].activities] == [a.title for a in initiative.activities]
    assert [a.code.rsplit(".", 1)[1] for a in area.initiatives[0].activities] == [
        a.code.rsplit(".", 1)[1] for a in initiative.activities
    ]
    left = next(a for a in after.focus_areas if a.id == tree.focus_areas[1].id)
    assert [i.code for i in left.initiatives] == [
        i.code for i in tree.focus_areas[1].initiatives if i.id != initiative.id
    ]


def test_alt_up_moves_focus_areas_and_initiatives_and_undo_puts_them_back(qtbot, window) -> None:
    before = _titles(window)
    tree = window.context.tree()
    second = tree.focus_areas[1]
    click_row(qtbot, window, second.id)
    assert window.move_up_action.statusTip() == "Flytta upp fokusområdet"
    press_in_window(qtbot, window, window.tree_view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _titles(window) == [before[1], before[0], *before[2:]]
    assert window.tree_view.current_id() == second.id
    window.undo_action.trigger()
    assert _titles(window) == before

    initiative = tree.focus_areas[0].initiatives[0]
    click_row(qtbot, window, initiative.id)
    press_in_window(qtbot, window, window.tree_view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    area = window.context.tree().focus_areas[0]
    assert [i.id for i in area.initiatives][:2] == [tree.focus_areas[0].initiatives[1].id, initiative.id]
    window.undo_action.trigger()
    assert window.context.tree().focus_areas[0].initiatives[0].id == initiative.id


def test_an_initiative_moves_to_another_focus_area(qtbot, window) -> None:
    tree = window.context.tree()
    initiative = tree.focus_areas[0].initiatives[0]
    target = tree.focus_areas[3]
    click_row(qtbot, window, initiative.id)
    assert window.move_to_action.isEnabled()

    def choose(dialog: QInputDialog) -> None:
        dialog.setTextValue(next(i for i in dialog.comboBoxItems() if i.startswith(f"{target.code} ")))
        dialog.accept()

    answer_next_dialog(choose)
    window.move_to_action.trigger()
    moved = window.context.tree().focus_areas[3].initiatives[-1]
    assert moved.id == initiative.id and len(moved.activities) == len(initiative.activities)
    window.undo_action.trigger()
    assert window.context.tree().focus_areas[0].initiatives[0].id == initiative.id


def test_a_new_focus_area_is_named_in_the_form_and_removed_with_undo(qtbot, window) -> None:
    window.new_focus_area_action.trigger()
    qtbot.wait(10)
    page = window.detail.stack.currentWidget()
    page.title_edit.selectAll()
    qtbot.keyClicks(page.title_edit, "Trygga offentliga miljoer")
    qtbot.keyClick(page.title_edit, Qt.Key.Key_Return)
    assert _titles(window)[-1] == "Trygga offentliga miljoer"
    window.new_initiative_action.trigger()
    assert len(window.context.tree().focus_areas[-1].initiatives) == 1
    click_row(qtbot, window, window.context.tree().focus_areas[-1].id)
    answer_next_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window.delete_action.trigger()
    assert len(_titles(window)) == 5
    window.undo_action.trigger()
    assert _titles(window)[-1] == "Trygga offentliga miljoer"
