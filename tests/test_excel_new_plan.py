"""A whole plan brought in from another municipality's Excel sheet, and read back by a spreadsheet client."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from database.store import make_engine
from desktop_app.main import main
from desktop_app.services.errors import PlanError
from desktop_app.services.excel import export_workbook, read_spreadsheet
from desktop_app.services.excel.structure import new_plan_from_sheet, sheet_draft
from desktop_app.services.new_plan import PlanFacts
from desktop_app.services.plan_info import read_plan_info
from desktop_app.services.registers import RegisterService
from desktop_app.services.tree import read_tree

HEADERS = [
    "Strategiskt fokusområde",
    "Insats",
    "Aktivitetsnamn",
    "Ansvarig förvaltning",
    "Kontaktperson",
    "Startdatum",
    "Slutdatum",
    "Trafikljus",
    "Avvikelseorsak",
    "Fas",
    "Föreslagen åtgärd",
]
PHASES = ["beslutad", "beslutad", "föreslagen", "beslutad", "beslutad", "genomförd"]


def norrby_workbook(path: Path, *, codes: bool = False) -> Path:
    """Norrby's miljöplan: three focus areas, its own column names, a title row, merged and blank cells."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Miljöplan Norrby"
    sheet.append(["Miljöplan för Norrby kommun 2025–2028"])
    sheet.append(HEADERS)
    a, b, c = ("1 Klimat", "2 Natur", "3 Resurser") if codes else ("Klimat", "Natur", "Resurser")
    rows = [
        [
            a,
            "Minska utsläppen från transporter",
            "Laddplatser vid kommunhuset",
            "Tekniska förvaltningen",
            "Eva Ek",
            "2025-03",
            "2025-12",
            "grön",
            None,
        ],
        [
            None,
            None,
            "Elbilar i hemtjänsten",
            "Vård och omsorg",
            "Ali Berg",
            "2025-01",
            "2026-06",
            "gul",
            "Leveransen är sen",
        ],
        [
            None,
            "Energieffektiva lokaler",
            "Byta till LED i skolorna",
            "Fastighetskontoret",
            "",
            "2025-05",
            "2025-10",
            None,
            None,
        ],
        [
            b,
            "Skydda värdefull natur",
            "Inventera ängsmarker",
            "Miljökontoret",
            "Sara Lind",
            "2025-04",
            "2025-09",
            "röd",
            "Ingen inventerare",
        ],
        [
            None,
            "Skydda värdefull natur",
            "Skötselplan för Norrbyskogen",
            "Miljökontoret",
            "",
            "2026-01",
            "2026-12",
            None,
            None,
        ],
        [
            c,
            "Mindre avfall",
            "Matsvinn i skolköken",
            "Kost och service",
            "",
            "2025-08",
            "Löpande",
            "grön",
            None,
        ],
    ]
    # Yellow and red carry a recommended action, as every way into the plan requires.
    actions = {"Leveransen är sen": "Beställ från en annan leverantör", "Ingen inventerare": "Anlita konsult"}
    for row, phase in zip(rows, PHASES, strict=True):
        sheet.append([*row, phase, actions.get(row[-1])])
    sheet.merge_cells("A3:A5")  # the focus area cell covers its rows
    book.save(path)
    return path


def test_the_tree_comes_from_the_sheet_in_order(tmp_path: Path) -> None:
    draft = sheet_draft(read_spreadsheet(norrby_workbook(tmp_path / "norrby.xlsx")))
    assert [a.title for a in draft.focus_areas] == ["Klimat", "Natur", "Resurser"]
    assert [i.statement for i in draft.focus_areas[0].initiatives] == [
        "Minska utsläppen från transporter",
        "Energieffektiva lokaler",
    ]
    assert draft.counts() == (3, 4, 0)


def test_codes_in_the_sheet_place_the_focus_areas(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Fokusområde", "Insatsområde", "Aktivitet"])
    sheet.append(["Fokusområde 2: Natur", "2.1 Skydda natur", "Inventera"])
    sheet.append(["Fokusområde 1: Klimat", "1.2 Lokaler", "LED"])
    sheet.append([None, "1.1 Transporter", "Laddplatser"])
    sheet.append(["Hälsa", "Rörelse", "Motionsslingor"])
    book.save(tmp_path / "koder.xlsx")
    draft = sheet_draft(read_spreadsheet(tmp_path / "koder.xlsx"))
    assert [a.title for a in draft.focus_areas] == ["Klimat", "Natur", "Hälsa"]
    assert [i.statement for i in draft.focus_areas[0].initiatives] == ["Transporter", "Lokaler"]


def test_new_from_xlsx_on_the_command_line(tmp_path: Path, capsys) -> None:
    source = norrby_workbook(tmp_path / "norrby.xlsx")
    target = tmp_path / "miljoplan.sqlite"
    assert main(["new", str(target), "--name", "Miljöplan Norrby", "--from-xlsx", str(source)]) == 0
    assert "3 fokusområden, 4 insatsområden, 6 aktiviteter" in capsys.readouterr().out
    engine = make_engine(target)
    try:
        tree = read_tree(engine)
        assert read_plan_info(engine).title == "Miljöplan Norrby"
        assert [a.code for a in tree.activities()] == ["1.1.1", "1.1.2", "1.2.1", "2.1.1", "2.1.2", "3.1.1"]
        electric = tree.find_activity("1.1.2")
        assert electric.title == "Elbilar i hemtjänsten"
        assert (electric.responsible_office, electric.owner) == ("Vård och omsorg", "Ali Berg")
        assert (electric.start_month, electric.end_month) == ("2025-01", "2026-06")
        assert electric.status.value == "yellow" and electric.current.cause == "Leveransen är sen"
        assert tree.find_activity("3.1.1").ongoing
        assert [a.lifecycle.value for a in tree.activities()] == [
            "decided",
            "decided",
            "proposed",
            "decided",
            "decided",
            "completed",
        ]
        assert {name for _id, name in tree.offices} >= {"Miljökontoret", "Kost och service"}
        people = {p.name: p.office for p in RegisterService(engine, "x").people()}
        assert people == {
            "Eva Ek": "Tekniska förvaltningen",
            "Ali Berg": "Vård och omsorg",
            "Sara Lind": "Miljökontoret",
        }
    finally:
        engine.dispose()
    assert not (tmp_path / "backups").exists()


def test_a_sheet_with_problems_makes_no_plan(tmp_path: Path) -> None:
    source = norrby_workbook(tmp_path / "norrby.xlsx")
    from openpyxl import load_workbook

    book = load_workbook(source)
    book.active["H4"] = "lila"
    book.save(source)
    target = tmp_path / "miljoplan.sqlite"
    with pytest.raises(PlanError, match="rad 4"):
        new_plan_from_sheet(read_spreadsheet(source), target, PlanFacts("Miljöplan"), "x")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["norrby.xlsx"]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_the_export_of_the_new_plan_reads_in_libreoffice(tmp_path: Path) -> None:
    target = tmp_path / "miljoplan.sqlite"
    source = norrby_workbook(tmp_path / "norrby.xlsx")
    assert main(["new", str(target), "--name", "Miljöplan Norrby", "--from-xlsx", str(source)]) == 0
    exported = tmp_path / "export.xlsx"
    assert main(["--db", str(target), "xlsx", "export", str(exported)]) == 0
    out = tmp_path / "csv"
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1",
            "--outdir",
            str(out),
            str(exported),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    with (out / "export.csv").open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    assert header[:3] == ["Kod", "Fokusområde", "Insatsområde"]
    by_code = {row[0]: dict(zip(header, row, strict=False)) for row in rows[1:]}
    assert set(by_code) == {"1.1.1", "1.1.2", "1.2.1", "2.1.1", "2.1.2", "3.1.1"}
    assert by_code["2.1.1"]["Aktivitet"] == "Inventera ängsmarker"
    assert by_code["2.1.1"]["Status"] == "Röd"
    assert by_code["1.1.1"]["Fokusområde"] == "Klimat"


def _dialog_at_preview(qtbot, context, path: Path):
    from desktop_app.ui.excel import ImportDialog

    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.file_page.path_edit, str(path))
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == dialog.PREVIEW
    return dialog


def test_unknown_focus_areas_and_initiatives_are_created_by_choice(qtbot, workspace, tmp_path: Path) -> None:
    from desktop_app.ui.context import AppContext

    book = Workbook()
    book.active.append(["Fokusområde", "Insatsområde", "Aktivitet", "Ansvarig"])
    book.active.append(["Fokusområde 6: Trygghet", "Tryggare torg", "Belysning på torget", "Per Ek"])
    book.active.append([None, None, "Trygghetsvandring", "Per Ek"])
    book.save(tmp_path / "trygghet.xlsx")
    context = AppContext(workspace, "testare")
    dialog = _dialog_at_preview(qtbot, context, tmp_path / "trygghet.xlsx")
    assert not dialog.import_button.isEnabled()
    [create_area] = dialog.unknown_bar.buttons
    assert create_area.text() == "Create the focus area “Trygghet”"
    qtbot.mouseClick(create_area, Qt.MouseButton.LeftButton)
    [create_initiative] = dialog.unknown_bar.buttons
    assert create_initiative.text() == "Create the initiative “Tryggare torg”"
    qtbot.mouseClick(create_initiative, Qt.MouseButton.LeftButton)
    assert not dialog.unknown_bar.isVisible()
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    area = context.tree().focus_areas[-1]
    assert (area.code, area.title) == ("6", "Trygghet")
    assert [a.title for a in area.initiatives[0].activities] == ["Belysning på torget", "Trygghetsvandring"]


def test_import_as_a_new_plan_from_the_dialog(qtbot, workspace, tmp_path: Path) -> None:
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.plans.excel_choices import NewPlanFromSheetDialog
    from desktop_app.ui.plans.windows import open_windows
    from tests.client_helpers import answer_next_dialog

    source = norrby_workbook(tmp_path / "norrby.xlsx")
    context = AppContext(workspace, "testare")
    dialog = _dialog_at_preview(qtbot, context, source)
    assert dialog.new_plan_button.isVisible()
    assert len(dialog.unknown_bar.buttons) == 3  # Klimat, Natur, Resurser are not in this plan

    def name_it(ask: NewPlanFromSheetDialog) -> None:
        ask.target.name_edit.selectAll()
        qtbot.keyClicks(ask.target.name_edit, "Miljoplan Norrby")
        ask.grab().save(str(tmp_path / "ny-plan-fran-excel.png"))
        ask.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    answer_next_dialog(name_it)
    qtbot.mouseClick(dialog.new_plan_button, Qt.MouseButton.LeftButton)
    [window] = open_windows()
    try:
        assert window.windowTitle() == "Miljoplan Norrby – Handlingsplan"
        assert len(window.model.tree.activities()) == 6
        assert window.context.workspace.path == workspace.path.with_name("Miljoplan-Norrby.sqlite")
    finally:
        window.close()
    assert len(context.tree().activities()) == 58  # the open plan is as it was


def test_into_an_existing_plan_a_new_row_stays_proposed(workspace, tmp_path: Path) -> None:
    from desktop_app.services.excel import apply_import, build_preview

    book = Workbook()
    book.active.append(["Insatsområde", "Aktivitet", "Läge"])
    book.active.append(["1.1", "Företagsfrukost i Järna", "beslutad"])
    book.save(tmp_path / "rad.xlsx")
    preview = build_preview(workspace.engine, read_spreadsheet(tmp_path / "rad.xlsx"))
    apply_import(workspace, preview, "x")
    added = read_tree(workspace.engine).find_activity("1.1.5")
    assert (added.title, added.lifecycle.value) == ("Företagsfrukost i Järna", "proposed")


def test_the_apps_own_export_becomes_a_plan_in_the_same_order(workspace, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    exported = tmp_path / "export.xlsx"
    export_workbook(workspace.engine, exported)
    book = load_workbook(exported)  # rows sorted by activity title: the codes must put them in place
    sheet = book["Aktivitetsplan"]
    rows = sorted((list(r) for r in sheet.iter_rows(min_row=2, values_only=True)), key=lambda r: str(r[3]))
    sheet.delete_rows(2, sheet.max_row)
    for row in rows:
        sheet.append(row)
    book.save(exported)
    target = tmp_path / "kopia.sqlite"
    path, draft, activities = new_plan_from_sheet(read_spreadsheet(exported), target, PlanFacts("Kopia"), "x")
    assert (draft.counts(), activities) == ((5, 23, 0), 58)  # 1.2 has no activity, so no row
    engine = make_engine(path)
    try:
        original, copy = read_tree(workspace.engine), read_tree(engine)
        assert [a.title for a in copy.focus_areas] == [a.title for a in original.focus_areas]
        assert [a.title for a in copy.activities()] == [a.title for a in original.activities()]
        assert {a.lifecycle.value for a in copy.activities()} == {"decided"}
    finally:
        engine.dispose()
