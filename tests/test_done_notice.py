"""After an export, an import or a saved report the status bar says what happened and offers the folder."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton

from desktop_app.services.workspace import Workspace
from desktop_app.ui.context import AppContext
from desktop_app.ui.excel.actions import export_to_excel
from desktop_app.ui.excel.import_dialog import ImportDialog
from tests.client_helpers import fresh_application, open_window, remove_translators


def test_excel_export_and_import_are_told_in_the_status_bar_with_the_folder(
    qtbot, workspace: Workspace, tmp_path: Path, monkeypatch
) -> None:
    app, translators = fresh_application("sv")
    window = open_window(qtbot, AppContext(workspace, "testare"))
    try:
        written = export_to_excel(window.context, window, tmp_path / "Plan.xlsx")
        assert written == tmp_path / "Plan.xlsx"
        assert "Plan.xlsx" in window.statusBar().currentMessage()
        button = window.statusBar().findChild(QPushButton, "openFolderButton")
        assert button is not None and button.isVisible() and button.text() == "Öppna mappen"
        opened: list[str] = []
        monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert opened == [str(tmp_path)]

        sheet_path = tmp_path / "kontoret.xlsx"
        workbook = Workbook()
        workbook.active.append(["Insatsområde", "Aktivitet", "Ansvarig"])
        workbook.active.append(["2.1", "Sommarjobb hos företag", "Anna Lind"])
        workbook.save(sheet_path)
        dialog = ImportDialog(window.context, window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.file_page.path_edit, str(sheet_path))
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert dialog.pages.currentIndex() == dialog.DONE
        message = window.statusBar().currentMessage()
        assert message == ("kontoret.xlsx importerades. Nya aktiviteter: 1, ändrade: 0, statusrapporter: 0.")
        dialog.close()
    finally:
        window.close()
        remove_translators(app, translators)
