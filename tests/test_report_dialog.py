"""The report dialogs, driven as a person would."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtWidgets import QCheckBox, QMenu, QWidget

from desktop_app.services import meeting_reports
from desktop_app.services.workspace import open_workspace
from desktop_app.ui.context import AppContext
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.reports import ReportDialog, StoredReportsDialog, add_report_actions
from tests.report_helpers import build_demo_plan, pdf_text

TODAY = date(2026, 11, 26)


pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def context(tmp_path: Path, qapp, qtbot):
    """The demo plan, with the Swedish translations installed as the app does at start."""
    translators = install_translators(qapp)
    path = tmp_path / "demo.sqlite"
    build_demo_plan(path)
    workspace = open_workspace(path)
    yield AppContext(workspace, "anna")
    workspace.close()
    for translator in translators:
        qapp.removeTranslator(translator)


def _shoot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("REPORT_SHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _type_path(qtbot, dialog: ReportDialog, path: Path) -> None:
    dialog.path.selectAll()
    qtbot.keyClicks(dialog.path, str(path))


def test_steering_report_is_written_stored_and_opened(context: AppContext, qtbot, tmp_path: Path) -> None:
    opened: list[QUrl] = []
    dialog = ReportDialog(context, opener=opened.append, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.meeting.currentText().startswith("2026-11-19")
    assert Path(dialog.path.text()).name == "Styrgruppsrapport 2026-11-19.pdf"
    assert dialog.store.isChecked()
    _shoot(dialog, "report-dialog")
    appendix = dialog.section_boxes["plan"]
    qtbot.mouseClick(appendix, Qt.MouseButton.LeftButton, pos=QPoint(8, appendix.height() // 2))
    assert not appendix.isChecked()
    target = tmp_path / "mote-1119.pdf"
    _type_path(qtbot, dialog, target)
    changed: list[bool] = []
    context.plan_changed.connect(lambda: changed.append(True))
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    assert opened == [QUrl.fromLocalFile(str(target))]
    text = pdf_text(target)
    assert "Styrgruppsmöte 2026-11-19" in text and "Bilaga" not in text
    (stored,) = meeting_reports.stored_reports(context.engine)
    assert stored.file_name == "mote-1119.pdf" and stored.meeting_date == date(2026, 11, 19)
    assert changed == [True]
    qtbot.waitUntil(lambda: dialog.create_button.isEnabled())
    _shoot(dialog, "report-dialog-done")


def test_annual_summary_from_the_dialog(context: AppContext, qtbot, tmp_path: Path) -> None:
    opened: list[QUrl] = []
    dialog = ReportDialog(context, opener=opened.append, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.annual_choice, Qt.MouseButton.LeftButton)
    assert dialog.kind() == "annual" and not dialog.store.isEnabled()
    assert set(dialog.section_boxes) == {
        "year_end",
        "completed",
        "deviations",
        "goals",
        "development",
        "meetings",
    }
    shown = [box.text() for box in dialog.sections_box.findChildren(QCheckBox) if box.isVisible()]
    assert shown[0] == "Status per 2026-11-26" and len(shown) == 6  # the running year: as of today
    dialog.year.selectAll()
    qtbot.keyClicks(dialog.year, "2025")
    assert Path(dialog.path.text()).name == "Årlig sammanställning 2025.pdf"
    assert dialog.section_boxes["year_end"].text() == "Status vid årets slut"
    _shoot(dialog, "report-dialog-annual")
    target = tmp_path / "arlig-2025.pdf"
    _type_path(qtbot, dialog, target)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    assert "Årlig sammanställning 2025" in pdf_text(target)
    assert meeting_reports.stored_reports(context.engine) == []
    qtbot.waitUntil(lambda: dialog.create_button.isEnabled())


def test_bad_choices_are_explained_in_the_dialog(context: AppContext, qtbot, tmp_path: Path) -> None:
    opened: list[QUrl] = []
    dialog = ReportDialog(context, opener=opened.append, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    _type_path(qtbot, dialog, tmp_path / "saknas" / "x.pdf")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "finns inte" in dialog.message.text()
    for box in dialog.section_boxes.values():
        box.setChecked(False)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Välj minst ett avsnitt."
    assert opened == []


def test_stored_reports_open_again(context: AppContext, qtbot, tmp_path: Path) -> None:
    meeting = meeting_reports.meetings(context.engine)[0]
    pdf = b"%PDF-1.4 stored report"
    meeting_reports.store_report(context.engine, meeting.id, "Styrgruppsrapport 2026-11-19.pdf", pdf, "anna")
    opened: list[QUrl] = []
    dialog = StoredReportsDialog(context, opener=opened.append, folder=tmp_path / "open")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.topLevelItemCount() == 1
    _shoot(dialog, "stored-reports")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    expected = tmp_path / "open" / "Styrgruppsrapport 2026-11-19.pdf"
    assert opened == [QUrl.fromLocalFile(str(expected))]
    assert expected.read_bytes() == pdf


def test_menu_actions(context: AppContext, qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    menu = QMenu(parent)
    add_report_actions(menu, context, parent)
    assert [action.text() for action in menu.actions()] == [
        "&Styrgruppsrapport…",
        "&Årlig sammanställning…",
        "S&parade rapporter…",
    ]


def test_a_future_year_is_refused_in_the_dialog(context: AppContext, qtbot, tmp_path: Path) -> None:
    opened: list[QUrl] = []
    dialog = ReportDialog(context, opener=opened.append, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.annual_choice, Qt.MouseButton.LeftButton)
    dialog.year.selectAll()
    qtbot.keyClicks(dialog.year, "2027")
    _type_path(qtbot, dialog, tmp_path / "arlig-2027.pdf")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "Året 2027 har inte börjat" in dialog.message.text()
    assert dialog.create_button.isEnabled() and opened == []
    assert not (tmp_path / "arlig-2027.pdf").exists()


def test_a_failing_report_job_is_shown_never_left_waiting(qtbot, tmp_path: Path) -> None:
    """Whatever goes wrong while a report is laid out reaches the dialog as one sentence."""
    from desktop_app.ui.reports.worker import ReportWorker

    def job(_progress) -> None:
        raise RuntimeError("Flowable too large on page 3")

    worker = ReportWorker(job, tmp_path / "x.pdf")
    failures: list[str] = []
    worker.failed.connect(failures.append)
    with qtbot.waitSignal(worker.finished, timeout=10000):
        worker.start()
    qtbot.waitUntil(lambda: bool(failures))
    assert failures[0].startswith("Rapporten kunde inte skapas") and "too large" in failures[0]
