"""The import preview, export and backups dialogs as a person uses them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from desktop_app.services.plan import PlanService
from desktop_app.services.sync.importer import last_import, prepare_import
from desktop_app.services.workspace import open_workspace
from desktop_app.ui.context import AppContext
from desktop_app.ui.sync.actions import add_sync_actions
from desktop_app.ui.sync.backups_dialog import BackupsDialog
from desktop_app.ui.sync.export_dialog import ExportDialog
from desktop_app.ui.sync.preview_dialog import ImportPreviewDialog
from tests.sync_helpers import export, import_file

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SHOTS = Path(os.environ.get("SYNC_SHOTS", "")) if os.environ.get("SYNC_SHOTS") else None


def shot(widget: QWidget, name: str) -> None:
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / f"{name}.png"))


@pytest.fixture
def two_sides(tmp_path: Path):
    leader = open_workspace(tmp_path / "leader" / "plan.sqlite")
    lead = open_workspace(tmp_path / "lead" / "plan.sqlite")
    import_file(lead, export(leader, tmp_path / "first.hplan"))
    anna, bo = PlanService(leader.engine, "anna"), PlanService(lead.engine, "bo")
    activity = anna.tree().find_activity("1.1.1").id
    anna.update_activity(activity, {"title": "Företagsbesök av kommunalråd"})
    anna.report_status(activity, "yellow", cause="Färre besök än planerat", recommended_action="Åtgärda")
    anna.update_activity(anna.tree().find_activity("2.1.1").id, {"owner": "Näringslivskontoret"})
    bo.update_activity(activity, {"title": "Företagsbesök av politiker och tjänstemän"})
    yield leader, lead, activity, export(leader, tmp_path / "from-leader.hplan")
    leader.close()
    lead.close()


def answer_next_message_box(button: QMessageBox.StandardButton) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(button).click()

    QTimer.singleShot(0, answer)


def test_see_a_conflict_choose_theirs_apply_and_undo_the_import(qtbot, two_sides) -> None:
    _, lead, activity, path = two_sides
    context = AppContext(lead, "bo")
    bo = context.plan
    context.undo_stack.push(_noop_command())
    plan = prepare_import(lead, path, "bo")
    dialog = ImportPreviewDialog(context, plan)
    qtbot.addWidget(dialog)
    dialog.show()
    shot(dialog, "import-preview")

    texts = _tree_texts(dialog)
    assert any("Konflikt" in t or "Conflict" in t for t in texts)
    assert any("Företagsbesök av politiker och tjänstemän" in t for t in texts)
    assert not dialog.apply_button.isEnabled()

    qtbot.mouseClick(dialog.all_theirs, Qt.MouseButton.LeftButton)
    assert dialog.apply_button.isEnabled()
    with qtbot.waitSignal(context.plan_changed):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.result is not None
    assert bo.activity_values(activity)["title"] == "Företagsbesök av kommunalråd"
    assert bo.tree().find_activity("1.1.1").status.value == "yellow"
    assert context.undo_stack.count() == 0

    parent = QWidget()
    qtbot.addWidget(parent)
    menu = QMenu(parent)
    add_sync_actions(menu, context, parent)
    menu.aboutToShow.emit()
    undo = next(a for a in menu.actions() if a.text() in ("&Undo last import", "Ån&gra senaste import"))
    assert undo.isEnabled()
    answer_next_message_box(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(context.plan_changed):
        undo.trigger()
    assert bo.activity_values(activity)["title"] == "Företagsbesök av politiker och tjänstemän"
    assert last_import(lead) is None


def test_choosing_per_conflict_in_the_tree(qtbot, two_sides) -> None:
    _, lead, activity, path = two_sides
    context = AppContext(lead, "bo")
    dialog = ImportPreviewDialog(context, prepare_import(lead, path, "bo"))
    qtbot.addWidget(dialog)
    dialog.show()
    [chooser] = dialog.choosers.values()
    chooser.setFocus()
    qtbot.keyClick(chooser, Qt.Key.Key_Down)  # Choose… → Mine
    assert dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert context.plan.activity_values(activity)["title"] == "Företagsbesök av politiker och tjänstemän"


def test_export_dialog_writes_one_focus_area(qtbot, workspace, tmp_path) -> None:
    context = AppContext(workspace, "anna")
    dialog = ExportDialog(context, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(
        dialog.one_area, Qt.MouseButton.LeftButton, pos=dialog.one_area.rect().topLeft() + QPoint(6, 6)
    )
    dialog.areas.setCurrentIndex(1)
    shot(dialog, "export")
    assert "fokusomrade-2" in dialog.path.text()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.result is not None and dialog.result.path.exists()
    assert dialog.result.info.scope_id == context.plan.tree().focus_areas[1].id


def test_export_dialog_shows_why_it_cannot_write(qtbot, workspace, tmp_path) -> None:
    dialog = ExportDialog(AppContext(workspace, "anna"), folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "saknas" / "plan.hplan"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.result is None and "mappen" in dialog.message.text()
    assert "saknas finns inte" in dialog.message.text()


def test_backups_dialog_lists_and_restores(qtbot, two_sides) -> None:
    _, lead, activity, path = two_sides
    context = AppContext(lead, "bo")
    import_file(lead, path)
    dialog = BackupsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    shot(dialog, "backups")
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Före import"
    dialog.table.selectRow(0)
    answer_next_message_box(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(context.plan_changed):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert context.plan.activity_values(activity)["title"] == "Företagsbesök av politiker och tjänstemän"
    assert dialog.table.rowCount() == 2


def _tree_texts(dialog: ImportPreviewDialog) -> list[str]:
    texts: list[str] = []

    def walk(item) -> None:
        texts.append(" | ".join(item.text(c) for c in range(3)))
        for n in range(item.childCount()):
            walk(item.child(n))

    for n in range(dialog.tree.topLevelItemCount()):
        walk(dialog.tree.topLevelItem(n))
    return texts


def _noop_command():
    from PySide6.QtGui import QUndoCommand

    return QUndoCommand("redigering")
