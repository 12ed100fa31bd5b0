"""Words a user trips on: one ellipsis style, 'Avbryt aktiviteten…', 'Inga träffar' with a way out, and an
Excel export whose UUID column is hidden."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from desktop_app.services.excel import export_workbook
from desktop_app.services.workspace import Workspace
from desktop_app.ui.context import AppContext
from desktop_app.ui.steering import SteeringWindow
from tests.client_helpers import fresh_application, open_window, remove_translators


def test_menus_use_one_ellipsis_and_the_agenda_says_what_it_cancels(qtbot, workspace: Workspace) -> None:
    app, translators = fresh_application("sv")
    window = open_window(qtbot, AppContext(workspace, "testare"))
    try:
        texts = [action.text() for action in window.findChildren(QAction) if action.text()]
        assert "&Inställningar…" in texts
        assert not [text for text in texts if " …" in text or "..." in text]
        steering = SteeringWindow(window.context, window)
        assert steering.meetings.agenda_view.cancel_button.text() == "Avbryt aktiviteten…"
        assert steering.ideas.model.headerData(4, Qt.Orientation.Horizontal) == "Behandling"
        steering.close()

        assert window.no_hits.isHidden()
        qtbot.keyClicks(window.filter_bar.search_edit, "zzqx")
        qtbot.waitUntil(lambda: window.model.rowCount() == 0)
        assert window.no_hits.isVisible() and window.no_hits.label.text() == "Inga träffar"
        qtbot.mouseClick(window.no_hits.clear_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.model.rowCount() == 5)
        assert window.no_hits.isHidden() and window.filter_bar.search_edit.text() == ""
    finally:
        window.close()
        remove_translators(app, translators)


def test_the_excel_export_hides_the_uuid_column(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    export_workbook(workspace.engine, path)
    book = load_workbook(path)
    for sheet in book.worksheets[:2]:
        headers = {cell.value: cell.column_letter for cell in sheet[1]}
        uuid = next(letter for title, letter in headers.items() if title and "UUID" in str(title))
        assert sheet.column_dimensions[uuid].hidden
        assert not sheet.column_dimensions[headers[next(iter(headers))]].hidden
