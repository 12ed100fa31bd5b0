"""Excel export and import: the workbook's look, round trips, edited files, office sheets and bad input."""

from __future__ import annotations

import time
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlmodel import Session, func, select

from database.backup import list_backups
from database.models import Activity, Lifecycle, StatusReport
from desktop_app.main import main
from desktop_app.services.errors import PlanError
from desktop_app.services.excel import (
    Column,
    SpreadsheetError,
    apply_import,
    build_preview,
    export_workbook,
    read_spreadsheet,
    recognise,
)
from desktop_app.services.plan import PlanService
from desktop_app.services.rules import MAX_TITLE
from desktop_app.services.workspace import Workspace

TODAY = date.today()


@pytest.fixture
def plan(service: PlanService) -> PlanService:
    """The seeded plan with statuses, owners, offices and schedules filled in."""
    activities = service.tree().activities()
    offices = {office.name: office.id for office in service.offices()}
    service.report_status(
        activities[0].id,
        "green",
        reported_on=TODAY - timedelta(days=40),
        comment="Tre besök gjorda",
    )
    service.report_status(
        activities[0].id,
        "yellow",
        reported_on=TODAY - timedelta(days=10),
        comment="=Två besök inställda\nNya datum söks",
        cause="Sjukdom",
        recommended_action="Boka om i januari",
    )
    service.report_status(
        activities[1].id,
        "red",
        cause="Ingen budget",
        recommended_action="Åtgärda",
        reported_on=TODAY - timedelta(days=3),
    )
    service.update_activity(
        activities[1].id,
        {
            "owner": "Anna Berg",
            "responsible_office_id": offices["Kommunstyrelsens kontor"],
            "participating_office_ids": list(offices.values()),
            "start_month": "2024-03",
            "end_month": "2025-06",
        },
    )
    service.update_activity(activities[2].id, {"ongoing": True, "start_month": "2023-01"})
    service.update_activity(activities[3].id, {"ongoing": True, "lifecycle": Lifecycle.COMPLETED})
    return service


def export(workspace: Workspace, tmp_path: Path, name: str = "plan.xlsx") -> Path:
    path = tmp_path / name
    export_workbook(workspace.engine, path)
    return path


def preview_of(workspace: Workspace, path: Path, **kwargs):
    return build_preview(workspace.engine, read_spreadsheet(path, **kwargs))


def edit(path: Path, change) -> None:
    workbook = load_workbook(path)
    change(workbook["Aktivitetsplan"])
    workbook.save(path)


def row_of(sheet, code: str) -> int:
    return next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == code)


def counts(workspace: Workspace) -> tuple[int, int]:
    with Session(workspace.engine) as session:
        return (
            session.exec(select(func.count()).select_from(Activity)).one(),
            session.exec(select(func.count()).select_from(StatusReport)).one(),
        )


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


# --- export ------------------------------------------------------------------------


def test_export_looks_like_a_plan(plan: PlanService, workspace: Workspace, tmp_path: Path) -> None:
    path = export(workspace, tmp_path)
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Aktivitetsplan", "Statushistorik", "Sammanfattning"]
    sheet = workbook["Aktivitetsplan"]
    headers = [cell.value for cell in sheet[1]]
    assert headers == [
        "Kod",
        "Fokusområde",
        "Insatsområde",
        "Aktivitet",
        "Ansvarigt kontor/enhet",
        "Ansvarig",
        "Deltagande kontor",
        "Start",
        "Slut",
        "Läge",
        "Status",
        "Senaste kommentar",
        "Orsak",
        "Rekommenderad åtgärd",
        "Senast rapporterad",
        "UUID",
    ]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:P59"
    assert sheet.column_dimensions["D"].width == 45
    assert sheet.column_dimensions["A"].width < sheet.column_dimensions["L"].width
    assert sheet.max_row == 59

    first, second = sheet[2], sheet[3]
    assert [first[0].value, first[3].value, first[10].value] == ["1.1.1", "Företagsbesök politiker", "Gul"]
    assert first[10].fill.start_color.rgb.endswith("FFEB9C")
    assert second[10].value == "Röd" and second[10].fill.start_color.rgb.endswith("FFC7CE")
    assert sheet["K4"].value == "Ej rapporterad"
    # A comment that starts with "=" stays text, not a formula.
    assert first[11].value == "=Två besök inställda\nNya datum söks" and first[11].data_type == "s"
    assert first[14].value == datetime.combine(TODAY - timedelta(days=10), datetime.min.time())
    assert first[14].is_date and first[14].number_format == "yyyy-mm-dd"
    assert [second[4].value, second[5].value, second[7].value, second[8].value] == [
        "Kommunstyrelsens kontor",
        "Anna Berg",
        "2024-03",
        "2025-06",
    ]
    assert second[6].value == "Destination Södertälje, Kommunstyrelsens kontor"
    assert [sheet["H4"].value, sheet["I4"].value, sheet["I5"].value, sheet["J5"].value] == [
        "2023-01",
        "Löpande",
        "Löpande",
        "Genomförd",
    ]
    assert first[15].value == plan.tree().activities()[0].id

    history = workbook["Statushistorik"]
    assert history.max_row == 4  # header + three reports, newest first per activity
    assert [history["A2"].value, history["D2"].value, history["D3"].value] == ["1.1.1", "Gul", "Grön"]
    assert history["C2"].is_date and history.freeze_panes == "A2"

    summary = workbook["Sammanfattning"]
    rows = list(summary.iter_rows(min_row=4, values_only=True))
    assert rows[0] == ("Kod", "Fokusområde", "Aktiviteter", "Grön", "Gul", "Röd", "Ej rapporterad")
    assert rows[1][:3] == (
        "1",
        "Ett företagsklimat som främjar utveckling, innovation och entreprenörskap",
        11,
    )
    assert rows[1][3:] == (0, 1, 1, 9)
    assert rows[-1][1:] == ("Totalt", 58, 0, 1, 1, 56)


def test_export_replaces_a_file_atomically_and_reports_a_missing_folder(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "plan.xlsx"
    path.write_text("old")
    export_workbook(workspace.engine, path)
    assert zipfile.is_zipfile(path)
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx"] == ["plan.xlsx"]
    with pytest.raises(PlanError, match="finns inte"):
        export_workbook(workspace.engine, tmp_path / "saknas" / "plan.xlsx")


# --- round trip and edits ---------------------------------------------------------


def test_export_then_import_changes_nothing(plan: PlanService, workspace: Workspace, tmp_path: Path) -> None:
    path = export(workspace, tmp_path)
    before = counts(workspace)
    preview = preview_of(workspace, path)
    assert preview.problems == []
    assert not preview.has_changes
    assert preview.unchanged == 58
    result = apply_import(workspace, preview, "testare")
    assert result.backup is None
    assert counts(workspace) == before


def test_edited_export_imports_a_status_an_owner_and_a_new_row(
    plan: PlanService, workspace: Workspace, tmp_path: Path
) -> None:
    path = export(workspace, tmp_path)
    tree = plan.tree()

    def change(sheet) -> None:
        row = row_of(sheet, "1.1.4")
        sheet.cell(row, 11).value = "gul"
        sheet.cell(row, 12).value = "Lokalen är inte bokad"
        sheet.cell(row, 13).value = "Lokalbrist"
        sheet.cell(row, 14).value = "Boka Campus Telge"
        owner_row = row_of(sheet, "1.1.2")
        sheet.cell(owner_row, 6).value = "Bo Ek"
        sheet.append(
            [
                None,
                None,
                "1.1",
                "Företagsfrukost i Järna",
                "Destination Södertälje",
                "Cecilia Holm",
                "Kommunstyrelsens kontor; Järna kommundelskontor",
                "2026-01",
                "Löpande",
                "Beslutad",
                "Grön",
                "Planeras",
            ]
        )

    edit(path, change)
    preview = preview_of(workspace, path)
    assert preview.problems == []
    assert [(c.code, [str(f) for f in c.changes]) for c in preview.changes] == [
        ("1.1.2", ["Ansvarig: ”Anna Berg” → ”Bo Ek”"])
    ]
    assert [a.title for a in preview.additions] == ["Företagsfrukost i Järna"]
    assert list(preview.new_offices.values()) == ["Järna kommundelskontor"]
    reports = {(r.code, r.status.value, r.previous) for r in preview.status_reports}
    assert reports == {("1.1.4", "yellow", None), ("", "green", None)}
    assert preview.unchanged == 56

    result = apply_import(workspace, preview, "importör")
    assert result.backup is not None and result.backup in list_backups(workspace.path, workspace.backup_dir)
    after = plan.tree()
    assert after.find_activity("1.1.2").owner == "Bo Ek"
    assert after.find_activity("1.1.4").current.cause == "Lokalbrist"
    added = after.find_activity("1.1.5")
    assert added.title == "Företagsfrukost i Järna"
    assert added.lifecycle is Lifecycle.PROPOSED  # the steering group decides, not a spreadsheet
    assert (added.start_month, added.end_month, added.ongoing) == ("2026-01", None, True)
    assert added.responsible_office == "Destination Södertälje"
    assert set(added.participating_offices) == {"Kommunstyrelsens kontor", "Järna kommundelskontor"}
    assert added.current.status.value == "green" and added.current.reported_by == "importör"
    assert after.find_activity("1.1.1").current == tree.find_activity("1.1.1").current

    # Importing the same file again finds its rows in the plan and changes nothing.
    again = preview_of(workspace, path)
    assert (again.problems, again.has_changes, again.unchanged) == ([], False, 59)


def test_a_changed_status_is_a_new_report_and_history_is_kept(
    plan: PlanService, workspace: Workspace, tmp_path: Path
) -> None:
    path = export(workspace, tmp_path)
    edit(path, lambda sheet: setattr(sheet.cell(row_of(sheet, "1.1.1"), 11), "value", "GREEN"))
    preview = preview_of(workspace, path)
    assert [r.describe() for r in preview.status_reports] == [f"{TODAY.isoformat()} Gul → Grön"]
    apply_import(workspace, preview, "testare")
    activity = plan.tree().find_activity("1.1.1")
    assert [r.status.value for r in plan.status_history(activity.id)] == ["green", "yellow", "green"]


def test_an_older_report_in_the_file_fills_in_the_history(
    plan: PlanService, workspace: Workspace, tmp_path: Path
) -> None:
    path = export(workspace, tmp_path)
    older = TODAY - timedelta(days=20)

    def change(sheet) -> None:
        row = row_of(sheet, "1.1.1")
        sheet.cell(row, 11).value = "Grön"
        sheet.cell(row, 12).value = "Besök klart"
        sheet.cell(row, 13).value = None
        sheet.cell(row, 14).value = None
        sheet.cell(row, 15).value = older

    edit(path, change)
    preview = preview_of(workspace, path)
    assert preview.status_reports[0].into_history
    apply_import(workspace, preview, "testare")
    activity = plan.tree().find_activity("1.1.1")
    assert activity.status.value == "yellow"  # the latest report still decides
    assert preview_of(workspace, path).has_changes is False


def test_changed_move_and_lifecycle_are_shown_old_to_new(
    plan: PlanService, workspace: Workspace, tmp_path: Path
) -> None:
    path = export(workspace, tmp_path)

    def change(sheet) -> None:
        row = row_of(sheet, "1.1.3")
        sheet.cell(row, 3).value = "1.3"
        sheet.cell(row, 10).value = "avbruten"
        sheet.cell(row, 8).value = datetime(2025, 2, 14)
        sheet.cell(row, 9).value = "mars 2026"

    edit(path, change)
    preview = preview_of(workspace, path)
    assert preview.problems == []
    (change_,) = preview.changes
    assert {str(f) for f in change_.changes} == {
        "Insatsområde: ”1.1 Erbjuder mötesplatser och möjlighet till dialog, till företag och andra aktörer "
        "för ökad kunskap, samverkan och utveckling” → ”1.3 Bidrar till samordnad innovations- och "
        "nystartsrådgivning tillsammans med partners”",
        "Läge: ”Beslutad” → ”Avbruten”",
        "Start: ”2023-01” → ”2025-02”",
        "Slut: ”” → ”2026-03”",
        "Löpande: ”Ja” → ”Nej”",
    }
    apply_import(workspace, preview, "testare")
    moved = next(a for a in plan.tree().activities() if a.id == change_.activity_id)
    assert moved.code.startswith("1.3.") and moved.lifecycle is Lifecycle.CANCELLED


# --- problems -----------------------------------------------------------------------


def test_every_bad_row_is_reported_with_sheet_and_row(
    plan: PlanService, workspace: Workspace, tmp_path: Path, capsys
) -> None:
    path = export(workspace, tmp_path)

    def change(sheet) -> None:
        sheet.cell(row_of(sheet, "1.1.1"), 11).value = "Orange"
        sheet.cell(row_of(sheet, "1.1.2"), 15).value = "igår"
        row = row_of(sheet, "1.1.3")
        sheet.cell(row, 8).value, sheet.cell(row, 9).value = "2025-06", "2024-01"
        sheet.cell(row_of(sheet, "1.1.4"), 2).value = "Ett okänt fokusområde"
        sheet.cell(row_of(sheet, "1.3.1"), 3).value = "Kommunen bakar bullar"
        row = row_of(sheet, "1.3.2")
        sheet.cell(row, 11).value, sheet.cell(row, 13).value = "Röd", None
        sheet.cell(row_of(sheet, "1.4.1"), 4).value = "x" * (MAX_TITLE + 1)

    edit(path, change)
    before = counts(workspace)
    preview = preview_of(workspace, path)
    found = [str(p) for p in preview.problems]
    assert found == [
        "Blad ”Aktivitetsplan”, rad 2: Okänd status ”Orange”. Skriv Grön, Gul, Röd eller Ej rapporterad.",
        "Blad ”Aktivitetsplan”, rad 3: Senast rapporterad ”igår” är inget datum. Skriv datumet som "
        "ÅÅÅÅ-MM-DD, t.ex. 2026-11-20.",
        "Blad ”Aktivitetsplan”, rad 4: slutet (2024-01) ligger före starten (2025-06).",
        "Blad ”Aktivitetsplan”, rad 5: okänt fokusområde ”Ett okänt fokusområde”.",
        "Blad ”Aktivitetsplan”, rad 6: okänt insatsområde ”Kommunen bakar bullar”.",
        "Blad ”Aktivitetsplan”, rad 7: Gul och röd status kräver en orsak till avvikelsen.",
        f"Blad ”Aktivitetsplan”, rad 8: Titeln är {MAX_TITLE + 1} tecken lång; högst {MAX_TITLE} går.",
    ]
    assert not preview.can_apply
    with pytest.raises(PlanError, match="7 problem"):
        apply_import(workspace, preview, "testare")
    code, _out, err = run(capsys, "--db", str(workspace.path), "xlsx", "import", str(path))
    assert code == 1
    assert "rad 2: Okänd status ”Orange”" in err and "Traceback" not in err
    assert counts(workspace) == before
    assert list_backups(workspace.path, workspace.backup_dir) == []


def test_the_plan_changed_after_the_preview_is_refused(
    plan: PlanService, workspace: Workspace, tmp_path: Path
) -> None:
    path = export(workspace, tmp_path)
    edit(path, lambda sheet: setattr(sheet.cell(row_of(sheet, "1.1.2"), 6), "value", "Bo Ek"))
    preview = preview_of(workspace, path)
    plan.report_status(plan.tree().find_activity("1.1.3").id, "green")
    with pytest.raises(PlanError, match="ändrats sedan förhandsgranskningen"):
        apply_import(workspace, preview, "testare")
    assert plan.tree().find_activity("1.1.2").owner == "Anna Berg"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("Kod;Aktivitet\n1.1.1;Besök\n".encode(), "ingen Excel-arbetsbok"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600 + "Workbook".encode("utf-16-le"),
            "gamla Excel-formatet",
        ),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600 + "EncryptionInfo".encode("utf-16-le"),
            "lösenordsskyddad",
        ),
        (b"PK\x03\x04 not really a zip", "kan inte läsas som en Excel-arbetsbok"),
        (b"", "är tom"),
    ],
)
def test_files_that_are_not_workbooks_get_a_clear_message(
    tmp_path: Path, content: bytes, message: str, db_path: Path, capsys
) -> None:
    path = tmp_path / "fil.xlsx"
    path.write_bytes(content)
    with pytest.raises(SpreadsheetError, match=message):
        read_spreadsheet(path)
    code, _out, err = run(capsys, "--db", str(db_path), "xlsx", "import", str(path))
    assert code == 1 and message in err and "Traceback" not in err


def test_missing_file_empty_sheet_and_headers_without_rows(tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetError, match="finns inte"):
        read_spreadsheet(tmp_path / "saknas.xlsx")
    empty = tmp_path / "tom.xlsx"
    Workbook().save(empty)
    with pytest.raises(SpreadsheetError, match="är tomt"):
        read_spreadsheet(empty)
    headers_only = tmp_path / "rubriker.xlsx"
    workbook = Workbook()
    workbook.active.append(["Kod", "Aktivitet", "Status"])
    workbook.save(headers_only)
    with pytest.raises(SpreadsheetError, match="inga aktiviteter"):
        read_spreadsheet(headers_only)


# --- an office's own spreadsheet ------------------------------------------------------


def office_sheet(path: Path) -> None:
    """A sheet as an office makes it: a title row, its own header words and order, merged cells."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Våra aktiviteter"
    sheet["A1"] = "Aktivitetsplan Destination Södertälje 2026"
    sheet.merge_cells("A1:G1")
    sheet.append(
        ["  AKTIVITET ", "Ägare", "insats-område", "Fokus område", "STATUS", "Kommentar", "Klar", "Åtgärd"]
    )
    sheet.append(
        ["Turistguide för företag", "Dana", "5.1", "Aktivt arbete med att stärka bilden av Södertälje"]
    )
    sheet.append(["Mässa i Stockholm", "Erik", None, None, "röd", "Inställd", "2026-12", "Ny mässa 2027"])
    sheet.merge_cells("C3:C4")
    sheet.merge_cells("D3:D4")
    sheet["F4"] = "Inställd"
    workbook.save(path)


def test_an_office_sheet_with_its_own_headers_imports(
    workspace: Workspace, service: PlanService, tmp_path: Path
) -> None:
    path = tmp_path / "kontoret.xlsx"
    office_sheet(path)
    spreadsheet = read_spreadsheet(path)
    assert (spreadsheet.sheet, spreadsheet.header_row) == ("Våra aktiviteter", 2)
    assert spreadsheet.mapping == {
        0: Column.TITLE,
        1: Column.OWNER,
        2: Column.INITIATIVE,
        3: Column.FOCUS_AREA,
        4: Column.STATUS,
        5: Column.COMMENT,
        6: Column.END,
        7: Column.RECOMMENDED_ACTION,
    }
    preview = build_preview(workspace.engine, spreadsheet)
    assert [str(p) for p in preview.problems] == [
        "Blad ”Våra aktiviteter”, rad 4: Gul och röd status kräver en orsak till avvikelsen."
    ]
    # The person maps "Kommentar" as the cause instead.
    mapping = {**spreadsheet.mapping, 5: Column.CAUSE}
    preview = build_preview(workspace.engine, spreadsheet, mapping)
    assert preview.problems == []
    assert [(a.initiative_code, a.title) for a in preview.additions] == [
        ("5.1", "Turistguide för företag"),
        ("5.1", "Mässa i Stockholm"),
    ]
    apply_import(workspace, preview, "testare")
    added = service.tree().find("5.1")
    assert [a.owner for a in added.activities[-2:]] == ["Dana", "Erik"]
    assert added.activities[-1].current.cause == "Inställd"
    assert added.activities[-1].end_month == "2026-12"


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("Ansvarigt kontor/enhet", Column.RESPONSIBLE_OFFICE),
        ("ansvarigt  kontor – enhet", Column.RESPONSIBLE_OFFICE),
        ("ENHET", Column.RESPONSIBLE_OFFICE),
        ("Aktivitets-ansvarig", Column.OWNER),
        ("Ägare:", Column.OWNER),
        ("agare", Column.OWNER),
        ("Senast\nrapporterad", Column.REPORTED_ON),
        ("Fokustområde", Column.FOCUS_AREA),
        ("Rekommenderad åtgärd", Column.RECOMMENDED_ACTION),
        ("uuid", Column.UUID),
        ("Budget", None),
        ("", None),
    ],
)
def test_headers_are_recognised_whatever_their_case_spacing_and_punctuation(
    header: str, column: Column | None
) -> None:
    assert recognise(header) == column


def test_focus_areas_and_initiatives_are_found_by_code_or_text(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "grupperad.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Fokusområde", "Insatsområde", "Aktivitet"])
    sheet.append(["Fokusområde 2: God tillgång på arbetskraft med relevant kompetens"])
    sheet.append([None, "2.1", "Praktikplatser hos företag"])
    sheet.append(["5", "Kommunen " + "x", "Fel insatsområde"])
    sheet.append(["FOKUSOMRÅDE 3", "3.1 Vad som helst", "Etableringsträff"])
    workbook.save(path)
    preview = preview_of(workspace, path)
    assert [str(p) for p in preview.problems] == ["Blad ”Sheet”, rad 4: okänt insatsområde ”Kommunen x”."]
    assert [(a.initiative_code, a.title) for a in preview.additions] == [
        ("2.1", "Praktikplatser hos företag"),
        ("3.1", "Etableringsträff"),
    ]


def test_unrecognised_headers_are_reported_and_can_be_mapped(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "egen.xlsx"
    workbook = Workbook()
    workbook.active.append(["Vad", "Var", "Vem"])
    workbook.active.append(["Frukostmöte", "1.1", "Fia"])
    workbook.save(path)
    spreadsheet = read_spreadsheet(path)
    assert spreadsheet.missing == [Column.TITLE]
    assert spreadsheet.unrecognised == [(0, "Vad"), (1, "Var"), (2, "Vem")]
    preview = build_preview(workspace.engine, spreadsheet)
    assert len(preview.problems) == 1
    assert "kolumnen Aktivitet hittades inte bland rubrikerna (”Vad”, ”Var”, ”Vem”)" in str(
        preview.problems[0]
    )
    mapped = build_preview(
        workspace.engine, spreadsheet, {0: Column.TITLE, 1: Column.INITIATIVE, 2: Column.OWNER}
    )
    assert mapped.problems == []
    assert [(a.title, a.values["owner"]) for a in mapped.additions] == [("Frukostmöte", "Fia")]


def formula_sheet(path: Path, cached: bool) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Insatsområde", "Aktivitet", "Ansvarig"])
    sheet.append(["1.1", '="Företags"&"lunch"', "Gun"])
    workbook.save(path)
    if cached:  # as Excel saves it: the formula and the value it computed
        with zipfile.ZipFile(path) as source:
            parts = {name: source.read(name) for name in source.namelist()}
        xml = parts["xl/worksheets/sheet1.xml"].decode()
        start = xml.index('<c r="B2"')
        end = xml.index("</c>", start) + len("</c>")
        formula = '<f>"Företags"&amp;"lunch"</f>'
        xml = xml[:start] + f'<c r="B2" t="str">{formula}<v>Företagslunch</v></c>' + xml[end:]
        parts["xl/worksheets/sheet1.xml"] = xml.encode()
        with zipfile.ZipFile(path, "w") as target:
            for name, data in parts.items():
                target.writestr(name, data)


def test_formulas_are_read_as_their_saved_values_or_reported(workspace: Workspace, tmp_path: Path) -> None:
    saved = tmp_path / "sparad.xlsx"
    formula_sheet(saved, cached=True)
    preview = preview_of(workspace, saved)
    assert preview.problems == []
    assert [a.title for a in preview.additions] == ["Företagslunch"]

    unsaved = tmp_path / "osparad.xlsx"
    formula_sheet(unsaved, cached=False)
    preview = preview_of(workspace, unsaved)
    assert "cellen B2 innehåller formeln" in str(preview.problems[0])
    assert "rad 2" in str(preview.problems[0])


def test_very_long_text_is_kept_whole(plan: PlanService, workspace: Workspace, tmp_path: Path) -> None:
    path = export(workspace, tmp_path)
    long_comment = "Lång text. " * 2900

    def change(sheet) -> None:
        row = row_of(sheet, "1.1.3")
        sheet.cell(row, 11).value = "Grön"
        sheet.cell(row, 12).value = long_comment

    edit(path, change)
    apply_import(workspace, preview_of(workspace, path), "testare")
    assert plan.tree().find_activity("1.1.3").current.comment == long_comment.strip()


def test_three_thousand_rows_import_quickly(
    workspace: Workspace, service: PlanService, tmp_path: Path
) -> None:
    path = tmp_path / "stor.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Insatsområde", "Aktivitet", "Ansvarig", "Start", "Slut", "Status", "Orsak", "Åtgärd"])
    for number in range(3000):
        sheet.append(
            [f"2.{number % 4 + 1}", f"Aktivitet {number}", f"Person {number % 50}", "2026-01", "2026-12"]
        )
    sheet["F2"], sheet["G2"], sheet["H2"] = "Gul", "Väntar på beslut", "Lyft i styrgruppen"
    workbook.save(path)
    started = time.perf_counter()
    preview = preview_of(workspace, path)
    assert preview.problems == []
    result = apply_import(workspace, preview, "testare")
    elapsed = time.perf_counter() - started
    assert (result.added, result.status_reports) == (3000, 1)
    assert len(service.tree().activities()) == 3058
    assert elapsed < 20


# --- the command line ----------------------------------------------------------------


def test_command_line_export_dry_run_and_import(
    plan: PlanService, workspace: Workspace, tmp_path: Path, capsys
) -> None:
    path = tmp_path / "kommandorad.xlsx"
    database = str(workspace.path)
    code, out, err = run(capsys, "--db", database, "xlsx", "export", str(path))
    assert (code, err) == (0, "")
    assert "58 aktiviteter, 3 statusrapporter" in out

    edit(path, lambda sheet: setattr(sheet.cell(row_of(sheet, "1.1.2"), 6), "value", "Bo Ek"))
    code, out, _ = run(capsys, "--db", database, "xlsx", "import", str(path), "--dry-run")
    assert code == 0
    assert "1 ändrad aktivitet" in out and "Ansvarig: ”Anna Berg” → ”Bo Ek”" in out
    assert "Provkörning" in out
    assert plan.tree().find_activity("1.1.2").owner == "Anna Berg"

    code, out, _ = run(capsys, "--db", database, "xlsx", "import", str(path))
    assert code == 0 and "Importen är klar" in out and "Säkerhetskopia" in out
    assert plan.tree().find_activity("1.1.2").owner == "Bo Ek"
    code, out, _ = run(capsys, "--db", database, "xlsx", "import", str(path))
    assert code == 0 and "ingenting har ändrats" in out
