"""The Excel import dialog and export action, driven as a person would."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMenu

from desktop_app.services.excel import Column
from desktop_app.services.workspace import Workspace
from desktop_app.ui.context import AppContext
from desktop_app.ui.excel import ImportDialog, add_excel_actions

SHOTS = Path("/tmp/excel-shots")


@pytest.fixture
def context(workspace: Workspace) -> AppContext:
    return AppContext(workspace, "testare")


def office_sheet(path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Aktiviteter 2026"
    sheet.append(["Vad vi gör", "Insatsområde", "Ägare", "Status", "Kommentar", "Åtgärd"])
    sheet.append(["Frukostmöte med handlare", "1.1", "Fia Lind", "Gul", "Lokalen saknas", "Boka Campus"])
    sheet.append(["Företagsbesök i Hölö", "1.1", "Gustav Ek", "Grön", None])
    workbook.save(path)


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def shoot(widget, name: str) -> None:
    if SHOTS.is_dir():
        widget.grab().save(str(SHOTS / f"{name}.png"))


def test_import_dialog_from_file_to_done(qtbot, context: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "kontoret.xlsx"
    office_sheet(path)
    context.undo_stack.push(QUndoCommand("en tidigare ändring"))
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.next_button.isEnabled()
    qtbot.keyClicks(dialog.file_page.path_edit, str(path))
    shoot(dialog, "1-file")
    click(qtbot, dialog.next_button)

    # "Vad vi gör" is not a heading the app knows: the person chooses that it is the activity.
    assert dialog.pages.currentIndex() == dialog.MAPPING
    assert not dialog.next_button.isEnabled()
    assert "Aktivitet" in dialog.mapping_page.status.text()
    shoot(dialog, "2-columns-unrecognised")
    title_combo = dialog.mapping_page.combos[0]
    title_combo.setFocus()
    qtbot.keyClicks(title_combo, "Akt")
    assert title_combo.currentData() == Column.TITLE
    assert dialog.mapping_page.combos[4].currentData() == Column.COMMENT
    shoot(dialog, "2-columns")
    click(qtbot, dialog.next_button)

    # Yellow needs a cause: the preview shows the problem with its row and Import stays off.
    assert dialog.pages.currentIndex() == dialog.PREVIEW
    problems = dialog.preview_page.tree.topLevelItem(0)
    assert problems.text(0) == "Problems (1)"
    assert problems.child(0).text(0) == "Row 2: Gul och röd status kräver en orsak till avvikelsen."
    assert not dialog.import_button.isEnabled()
    shoot(dialog, "3-preview-problems")

    # Back to the columns: "Kommentar" is the cause in this office's sheet.
    click(qtbot, dialog.back_button)
    comment_combo = dialog.mapping_page.combos[4]
    comment_combo.setCurrentIndex(comment_combo.findData(str(Column.CAUSE)))
    click(qtbot, dialog.next_button)
    tree = dialog.preview_page.tree
    groups = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    # The owners are not in the register of people: the preview says they are kept as text.
    assert groups == [
        "New activities (2)",
        "New status reports (2)",
        "Owners not in the register of people, kept as text (2)",
    ]
    assert tree.topLevelItem(0).child(0).text(0) == "Row 2: Frukostmöte med handlare – proposed, under 1.1"
    assert dialog.import_button.isEnabled()
    shoot(dialog, "3-preview")

    with qtbot.waitSignal(context.plan_changed):
        click(qtbot, dialog.import_button)
    assert dialog.pages.currentIndex() == dialog.DONE
    assert "New activities (proposed): 2." in dialog.done_page.summary.text()
    assert "backup" in dialog.done_page.backup.text()
    assert context.undo_stack.count() == 0
    shoot(dialog, "4-done")
    initiative = context.plan.tree().find("1.1")
    assert [(a.title, a.owner) for a in initiative.activities[-2:]] == [
        ("Frukostmöte med handlare", "Fia Lind"),
        ("Företagsbesök i Hölö", "Gustav Ek"),
    ]
    assert initiative.activities[-2].current.cause == "Lokalen saknas"
    click(qtbot, dialog.close_button)
    assert not dialog.isVisible()


def test_a_file_that_is_not_a_workbook_is_explained_on_the_first_page(
    qtbot, context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "lista.xlsx"
    path.write_text("Aktivitet;Ansvarig\n")
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.file_page.path_edit, str(path))
    click(qtbot, dialog.next_button)
    assert dialog.pages.currentIndex() == dialog.FILE
    assert "ingen Excel-arbetsbok" in dialog.file_page.error.text()
    shoot(dialog, "1-file-error")


def test_file_menu_exports_and_offers_import(qtbot, context: AppContext, tmp_path: Path, monkeypatch) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = QMenu("Arkiv", window)
    add_excel_actions(menu, context, window)
    export_action, import_action = menu.actions()
    assert (export_action.text(), import_action.text()) == ("Export to E&xcel…", "Import from Exce&l…")
    assert import_action.isEnabled()

    target = tmp_path / "Aktivitetsplan"
    offered: list[str] = []

    def answer(_parent, _title, suggested, _filter):
        offered.append(suggested)
        return str(target), "Excel workbook (*.xlsx)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    export_action.trigger()
    assert Path(offered[0]).name.startswith("Aktivitetsplan ") and offered[0].endswith(".xlsx")
    written = tmp_path / "Aktivitetsplan.xlsx"
    assert load_workbook(written).sheetnames == ["Aktivitetsplan", "Statushistorik", "Sammanfattning"]
    assert str(written) in window.statusBar().currentMessage()

    opened: list[str] = []

    def close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        opened.append(dialog.windowTitle())
        dialog.reject()

    QTimer.singleShot(0, close_dialog)
    import_action.trigger()
    assert opened == ["Import from Excel"]

    read_only = AppContext(context.workspace, "läsare", read_only=True)
    other = QMenu("Arkiv", window)
    add_excel_actions(other, read_only, window)
    assert not other.actions()[1].isEnabled()


def test_choosing_another_sheet_and_reading_a_corrected_file_again(
    qtbot, context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "två-blad.xlsx"
    workbook = Workbook()
    workbook.active.title = "Instruktioner"
    workbook.active.append(["Fyll i bladet Aktiviteter."])
    sheet = workbook.create_sheet("Aktiviteter")
    sheet.append(["Insatsområde", "Aktivitet", "Status", "Orsak", "Åtgärd"])
    sheet.append(["2.1", "Sommarjobb hos företag", "Röd", None, "Fler handledare"])
    workbook.save(path)

    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.file_page.path_edit, str(path))
    click(qtbot, dialog.next_button)
    combo = dialog.mapping_page.sheet_combo
    assert combo.currentText() == "Aktiviteter" and combo.isEnabled()

    # The instructions sheet holds no activities: the page says so and keeps the activity sheet.
    combo.setCurrentIndex(combo.findText("Instruktioner"))
    combo.activated.emit(combo.currentIndex())
    assert dialog.pages.currentIndex() == dialog.MAPPING
    assert "Instruktioner" in dialog.mapping_page.status.text()
    assert dialog.spreadsheet.sheet == combo.currentText() == "Aktiviteter"
    click(qtbot, dialog.next_button)
    assert not dialog.import_button.isEnabled()
    assert dialog.preview_page.reread_button.isVisible()

    sheet["D2"] = "Inga handledare"
    workbook.save(path)
    click(qtbot, dialog.preview_page.reread_button)
    assert dialog.pages.currentIndex() == dialog.PREVIEW
    assert dialog.import_button.isEnabled()
    assert not dialog.preview_page.reread_button.isVisible()
