"""Any text an entry path accepts prints in both reports: nothing crashes, nothing is cut off.

The activity form, the command line and a plan file set no length limit on the
texts, so they are tried at 100,000 characters; the Excel import accepts up to
Excel's own 32,767 characters a cell and 500 for a title.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from database.enums import DecisionKind
from desktop_app.main import main
from desktop_app.reports import annual, steering
from desktop_app.reports.cells import CellMaker
from desktop_app.reports.paragraphs import Styles
from desktop_app.reports.theme import CONTENT_WIDTH
from desktop_app.services.decisions import DecisionService
from desktop_app.services.excel import apply_import, build_preview, export_workbook, read_spreadsheet
from desktop_app.services.ideas import IdeaService
from desktop_app.services.plan import PlanService
from desktop_app.services.report_data import gather_annual, gather_steering
from desktop_app.services.steering import SteeringService
from tests.report_helpers import read_pdf

TODAY = date.today()  # ideas and activities entered now belong to a report of today
WORD = "Näringslivsutvecklingsverksamhetsplaneringsansvarighetsfördelningsdokumentation" * 5
ODD = "漢字 한국어 ไทย 🙂🚀👍🏽 👨‍👩‍👧 e\u0301 \u200b עברית العربية 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u0000\u0007"


def _long(limit: int, end: str) -> str:
    sentence = "Orsaken förklaras utförligt för fokusområdesansvariga och styrgruppen. "
    return (sentence * (limit // len(sentence) + 1))[: limit - len(end) - 1] + " " + end


def _texts(pdf: bytes) -> tuple[int, str]:
    reader = read_pdf(pdf)
    return len(reader.pages), " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)


def _both_reports(engine) -> list[tuple[int, str]]:
    return [
        _texts(steering.steering_report_pdf(gather_steering(engine, today=TODAY))),
        _texts(annual.annual_report_pdf(gather_annual(engine, TODAY.year, today=TODAY))),
    ]


def test_the_longest_texts_the_form_and_command_line_accept_print_whole(
    workspace, service: PlanService
) -> None:
    engine = workspace.engine
    first, second = service.tree().activities()[:2]
    title = ("Ett mycket långt namn på en aktivitet " * 20)[:496] + " SLU"
    service.update_activity(first.id, {"title": title, "owner": ODD})
    service.report_status(
        first.id,
        "red",
        reported_on=TODAY,
        cause=_long(100_000, "ORSAK1"),
        recommended_action=_long(100_000, "ÅTGÄRD2"),
        comment=_long(100_000, "KOMM4"),
    )
    service.report_status(
        second.id, "yellow", reported_on=TODAY, cause=f"{WORD} {ODD}", recommended_action=WORD
    )
    meeting_id = SteeringService(engine, "Test").create_meeting(TODAY, location=_long(100_000, "X"))
    DecisionService(engine, "Test").record_decision(
        meeting_id,
        DecisionKind.DEVIATION_ACTION,
        _long(100_000, "BESLUT3"),
        activity_id=first.id,
        follow_up_by=ODD,
        follow_up_date=TODAY,
    )
    IdeaService(engine, "Test").create_idea(TODAY, ODD, _long(100_000, "IDÉ5"))
    (steering_pages, steering_text), (annual_pages, annual_text) = _both_reports(engine)
    assert steering_pages > 50 and annual_pages > 20  # the long cells run on over many pages
    for end in ("ORSAK1", "ÅTGÄRD2", "BESLUT3", "KOMM4", "IDÉ5"):
        assert end in steering_text
    for end in ("ORSAK1", "ÅTGÄRD2", "BESLUT3"):
        assert end in annual_text
    assert "SLU" in steering_text


def test_the_longest_texts_the_excel_import_accepts_print_whole(workspace, tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    export_workbook(workspace.engine, path)
    workbook = load_workbook(path)
    sheet = workbook["Aktivitetsplan"]
    header = {cell.value: cell.column for cell in sheet[1]}
    sheet.cell(2, header["Aktivitet"]).value = ("Excelrad med en lång titel " * 30)[:500]
    sheet.cell(2, header["Ansvarig"]).value = ("Namn Efternamn " * 20)[:200]
    sheet.cell(2, header["Status"]).value = "Röd"
    sheet.cell(2, header["Orsak"]).value = _long(32_767, "EXCEL6")
    sheet.cell(2, header["Rekommenderad åtgärd"]).value = WORD
    sheet.cell(2, header["Senast rapporterad"]).value = TODAY
    workbook.save(path)
    preview = build_preview(workspace.engine, read_spreadsheet(path))
    assert preview.problems == []
    apply_import(workspace, preview, "Test")
    for _pages, text in _both_reports(workspace.engine):
        assert "EXCEL6" in text


def test_no_cell_line_is_wider_than_its_column() -> None:
    cell = CellMaker(Styles().cell)
    for value in (WORD, ODD * 3, _long(5_000, "SLUT"), "https://example.org/" + "a" * 400):
        for width in (2 * 28.35, 3.9 * 28.35, CONTENT_WIDTH):
            for line in cell.lines(value, width):
                assert cell.width(line) <= width - 8 or len(line) == 2  # one character and its hyphen
    # Swedish words break at a syllable, marked with a hyphen.
    lines = cell.lines("Fokusområdesansvarig näringslivsstrategin", 3 * 28.35)
    assert all(line.endswith("-") for line in lines[:-1] if " " not in line[-1:])
    assert "".join(line.rstrip("-") for line in lines).replace(" ", "") == (
        "Fokusområdesansvarignäringslivsstrategin"
    )


def test_a_hyphenated_word_breaks_at_its_own_hyphen() -> None:
    """ "Follow-up" breaks as "Follow-|up" (never "Fol-|low-up"); it moves whole when that does not fit."""
    cell = CellMaker(Styles().cell)
    text = "Meeting 2026-09-24 · Follow-up: Done 2026-11-16 · Maria Lind · by 2027-02-15"
    for width in (80, 85, 120, 135):  # column widths where "Fol-" used to fit and "Follow-" not
        lines = cell.lines(text, width)
        assert not any(line.endswith("Fol-") for line in lines), lines
        assert " ".join(lines).replace("Follow- up", "Follow-up") == text
    # A part wider than the column still breaks at a syllable, not wherever it must.
    assert cell.lines("Näringslivsavdelningens-samordning", 60)[:2] == ["Näringslivs-", "avdelning-"]
    assert cell.lines("EU-projektet Södertälje", cell.width("EU-projekt") + 8) == [
        "EU-",
        "projektet",
        "Södertälje",
    ]


def test_a_fallback_characters_width_stays_with_the_cell_maker_that_met_it() -> None:
    """Cell makers share the font's widths; one that measures a character in a fallback font (its
    width there) keeps that to itself, and the next cell maker measures as a fresh one does."""
    from desktop_app.reports.fonts import fallback_for

    found = fallback_for(ord("漢"))
    if found is None:
        pytest.skip("no fallback font for Chinese here (fonts-droid-fallback)")
    before = CellMaker(Styles().cell)
    unmeasured = before.width("漢字")
    met = CellMaker(Styles().cell)
    met.lines("漢字", CONTENT_WIDTH)
    assert met.width("漢字") == pytest.approx(2 * found[1] * 0.001 * 8)
    assert met.width("漢字") != unmeasured
    assert before.width("漢字") == unmeasured
    assert CellMaker(Styles().cell).width("漢字") == unmeasured


def test_the_command_line_prints_the_longest_texts(workspace, service: PlanService, tmp_path: Path) -> None:
    activity = service.tree().activities()[0]
    service.report_status(
        activity.id, "red", reported_on=TODAY, cause=_long(100_000, "SLUT"), recommended_action="Åtgärd"
    )
    out = tmp_path / "r.pdf"
    assert main(["--db", str(workspace.path), "report", "steering", "--out", str(out)]) == 0
    assert read_pdf(out).pages


def test_characters_dejavu_lacks_are_drawn_in_a_fallback_font(workspace, service: PlanService) -> None:
    from desktop_app.reports.fonts import fallback_for

    if fallback_for(ord("漢")) is None or fallback_for(ord("🙂")) is None:
        pytest.skip("no fallback fonts for Chinese and emoji here (fonts-droid-fallback, fonts-symbola)")
    activity = service.tree().activities()[0]
    service.update_activity(activity.id, {"title": "Samarbete med 漢字大学 i Södertälje 🙂"})
    service.report_status(
        activity.id, "red", reported_on=TODAY, cause="Orsak: 漢字 saknas", recommended_action="Åtgärd"
    )
    pdf = steering.steering_report_pdf(gather_steering(workspace.engine, today=TODAY))
    reader = read_pdf(pdf)
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in (page["/Resources"].get("/Font") or {}).values()
    }
    assert any("DroidSansFallback" in name for name in fonts)
    text = " ".join((page.extract_text() or "") for page in reader.pages)
    assert "漢字大学" in text and "Orsak: 漢字 saknas" in text
    assert "🙂" in text  # beyond U+FFFF: its text is kept as a surrogate pair, as PDF requires
