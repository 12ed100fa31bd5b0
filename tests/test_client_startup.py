"""Starting the app: one writer per plan file, an unusable file, language and settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from desktop_app.services.errors import PlanError
from desktop_app.ui.app import open_main_window, run_desktop, writer_lock
from desktop_app.ui.commands import EditFieldCommand, push
from desktop_app.ui.context import AppContext
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import AppSettings
from desktop_app.ui.settings_dialog import SettingsDialog
from tests.client_helpers import answer_next_dialog, fresh_application, remove_translators

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def swedish():
    app, translators = fresh_application("sv")
    yield app
    remove_translators(app, translators)
    QSettings().clear()


def test_a_second_window_on_the_same_plan_is_read_only(qtbot, swedish, db_path: Path) -> None:
    first = open_main_window(db_path)
    second = open_main_window(db_path)
    assert first is not None and second is not None
    for window in (first, second):
        qtbot.addWidget(window)
        window.show()
    try:
        assert first.writer_lock is not None and not first.context.read_only
        assert second.writer_lock is None and second.context.read_only
        assert second.read_only_banner.isVisible()
        assert "Skrivskyddad" in second.read_only_banner.text()
        assert first.read_only_banner.isHidden()
        assert "(skrivskyddad)" in second.windowTitle()
        assert not second.report_action.isEnabled() and not second.new_activity_action.isEnabled()

        activity = second.context.plan.tree().find_activity("1.1.1")
        second.tree_view.select_node(activity.id)
        form = second.detail.activity_form
        assert form.title_edit.isReadOnly() and not form.report_button.isEnabled()
        with pytest.raises(PlanError, match="skrivskyddad"):
            push(
                second.context, EditFieldCommand(second.context, "activity", activity.id, {"owner": "X"}, "x")
            )
        assert second.context.undo_stack.count() == 0
        assert second.context.plan.tree().find_activity("1.1.1").owner == ""
    finally:
        for window in (first, second):
            window.close()
            if window.writer_lock is not None:
                window.writer_lock.unlock()
            window.context.workspace.close()
    lock = writer_lock(db_path)
    assert lock is not None
    lock.unlock()


def test_a_file_that_is_no_plan_is_refused_and_left_untouched(qtbot, swedish, tmp_path: Path) -> None:
    not_a_plan = tmp_path / "anteckningar.sqlite"
    not_a_plan.write_bytes(b"inte en databas\n" * 10)
    before = not_a_plan.read_bytes()
    shown: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        shown.append(f"{box.windowTitle()}|{box.text()}|{box.informativeText()}")
        box.accept()

    answer_next_dialog(read_and_close)
    assert run_desktop(not_a_plan) == 1
    assert shown and shown[0].startswith("Planen kan inte öppnas|")
    assert "Filen har inte ändrats." in shown[0]
    assert not_a_plan.read_bytes() == before


def test_english_can_be_chosen_and_is_used_after_a_restart(qtbot, workspace) -> None:
    app, translators = fresh_application("sv")
    settings = AppSettings()
    assert settings.language() == "sv"
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language_note.text().startswith("Ett nytt språk")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.stale_spin.setValue(60)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    remove_translators(app, translators)
    assert AppSettings().language() == "en"
    assert AppSettings().stale_days() == 60

    english = install_translators(app, AppSettings().language())
    # English is the source language: only the files of the texts with a count are loaded (their
    # singular, "1 activity"), none of Qt's own and none of the Swedish ones.
    plural_files = sorted((REPO / "resources" / "translations").glob("*_en.qm"))
    assert plural_files and len(english) == len(plural_files)
    assert QCoreApplication.translate("PlanCounts", "%n activities", "", 1) == "1 activity"
    window = MainWindow(AppContext(workspace, "testare"))
    qtbot.addWidget(window)
    assert [a.text() for a in window.menuBar().actions()] == [
        "&File",
        "&Edit",
        "&View",
        "&Plan",
        "&Steering",
        "&Reports",
        "&Help",
    ]
    assert window.model.stale_after == 60
    window.close()
    remove_translators(app, english)
    QSettings().clear()  # the next test starts in Swedish again


def test_window_geometry_splitter_and_selection_are_remembered(qtbot, swedish, workspace) -> None:
    context = AppContext(workspace, "testare")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    activity = context.plan.tree().find_activity("3.2.1")
    window.tree_view.select_node(activity.id)
    window.resize(760, 560)
    window.splitter.setSizes([300, 460])
    sizes = window.splitter.sizes()
    window.close()

    again = MainWindow(context)
    qtbot.addWidget(again)
    again.show()
    assert again.tree_view.current_id() == activity.id
    assert again.size().width() == 760
    assert again.splitter.sizes() == sizes
    again.close()


def test_the_about_box_names_the_version(qtbot, swedish, workspace) -> None:
    from desktop_app import __version__

    window = MainWindow(AppContext(workspace, "testare"))
    qtbot.addWidget(window)
    seen: list[str] = []
    answer_next_dialog(
        lambda box: (seen.append(box.text() + box.windowTitle() + box.informativeText()), box.accept())
    )
    window.about_action.trigger()
    assert __version__ in seen[0] and "Om Handlingsplan" in seen[0]
    assert "Licens: MIT" in seen[0]
    assert not QApplication.windowIcon().isNull()
