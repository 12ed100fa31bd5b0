"""The PDF as a document: its title, language, bookmarks and contents, who made it, and its dates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import Destination

from desktop_app.reports import annual, steering
from desktop_app.reports.failure import failure_message
from desktop_app.services.errors import ValidationError
from desktop_app.services.report_data import check_year, gather_annual, gather_steering
from desktop_app.services.user_profile import set_user_name
from tests.report_helpers import build_demo_plan, page_text, read_pdf

TODAY = date(2026, 11, 26)


@pytest.fixture
def demo(tmp_path: Path):
    from desktop_app.services.workspace import open_workspace

    build_demo_plan(tmp_path / "demo.sqlite")
    opened = open_workspace(tmp_path / "demo.sqlite")
    yield opened
    opened.close()


def _outline(reader: PdfReader, items=None) -> list[Destination]:
    found = []
    for item in reader.outline if items is None else items:
        found += _outline(reader, item) if isinstance(item, list) else [item]
    return found


def _page_text(reader: PdfReader, index: int) -> str:
    return page_text(reader.pages[index])


def test_every_bookmark_and_contents_link_leads_to_its_heading(demo) -> None:
    for pdf in (
        steering.steering_report_pdf(gather_steering(demo.engine, today=TODAY)),
        annual.annual_report_pdf(gather_annual(demo.engine, 2026, today=TODAY)),
    ):
        reader = read_pdf(pdf)
        marks = _outline(reader)
        assert len(marks) >= 6
        pages = [reader.get_destination_page_number(mark) for mark in marks]
        assert pages == sorted(pages) and pages[0] >= 1  # in reading order, none on the cover
        for mark, page in zip(marks, pages, strict=True):
            assert " ".join(mark.title.split()) in _page_text(reader, page)
        root = reader.trailer["/Root"]
        assert root["/PageMode"] == "/UseOutlines"
    # The annual summary's table of contents links each entry to its section's page.
    reader = read_pdf(annual.annual_report_pdf(gather_annual(demo.engine, 2026, today=TODAY)))
    page_of = {page.indirect_reference.idnum: number for number, page in enumerate(reader.pages)}
    targets = {
        page_of[annot.get_object()["/Dest"][0].idnum]
        for annot in reader.pages[1].get("/Annots", [])
        if annot.get_object().get("/Dest")
    }
    assert targets == {reader.get_destination_page_number(mark) for mark in _outline(reader)}


def test_the_pdf_names_its_meeting_or_year_and_its_language(demo) -> None:
    reader = read_pdf(steering.steering_report_pdf(gather_steering(demo.engine, today=TODAY)))
    assert reader.metadata.title == "Styrgruppsrapport – Styrgruppsmöte 2026-11-19"
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "sv-SE" and root["/ViewerPreferences"]["/DisplayDocTitle"]
    reader = read_pdf(annual.annual_report_pdf(gather_annual(demo.engine, 2025, today=TODAY)))
    assert reader.metadata.title == "Årlig sammanställning 2025"
    reader = read_pdf(annual.annual_report_pdf(gather_annual(demo.engine, 2026, today=TODAY)))
    assert reader.metadata.title == "Årlig sammanställning 2026 (per 2026-11-26)"


def test_the_running_year_says_per_its_date_and_a_future_year_is_refused(demo) -> None:
    text = " ".join(
        " ".join((p.extract_text() or "").split())
        for p in read_pdf(annual.annual_report_pdf(gather_annual(demo.engine, 2026, today=TODAY))).pages
    )
    assert "Status per 2026-11-26" in text and "vid årets slut" not in text
    past = " ".join(
        (p.extract_text() or "")
        for p in read_pdf(
            annual.annual_report_pdf(gather_annual(demo.engine, 2025, today=date(2026, 1, 5)))
        ).pages
    )
    assert "vid årets slut" in " ".join(past.split())
    with pytest.raises(ValidationError, match="Året 2027 har inte börjat"):
        gather_annual(demo.engine, 2027, today=TODAY)
    with pytest.raises(ValidationError, match="Året 2027 har inte börjat"):
        check_year(2027, TODAY)


def test_a_past_year_gives_the_same_bytes_when_made_again_later(demo) -> None:
    first = annual.annual_report_pdf(gather_annual(demo.engine, 2025, today=date(2026, 1, 15)))
    from desktop_app.services.plan import PlanService

    plan = PlanService(demo.engine, "Maria Lind")
    activity = plan.tree().activities()[3]
    plan.report_status(
        activity.id, "red", reported_on=date(2026, 2, 1), cause="Senare i tiden", recommended_action="Åtgärd"
    )
    plan.create_activity(plan.tree().initiatives()[0].id, "Ny aktivitet året därpå")
    again = annual.annual_report_pdf(gather_annual(demo.engine, 2025, today=TODAY))
    assert again == first
    assert read_pdf(again).metadata["/CreationDate"].startswith("D:20251231")


def test_prepared_by_is_the_process_leader_else_the_users_own_name(demo, tmp_path: Path, capsys) -> None:
    import getpass

    from desktop_app.main import main
    from desktop_app.services.user_profile import profile_path

    set_user_name("Eva Berg")
    try:
        plain = tmp_path / "plain.sqlite"
        assert main(["--db", str(plain), "report", "steering", "--out", str(tmp_path / "a.pdf")]) == 0
        assert main(["--db", str(demo.path), "report", "steering", "--out", str(tmp_path / "b.pdf")]) == 0
    finally:
        profile_path().unlink()
    capsys.readouterr()
    without_leader = read_pdf(tmp_path / "a.pdf")
    assert without_leader.metadata.author == "Eva Berg"
    assert "Upprättad av Eva Berg" in " ".join((without_leader.pages[0].extract_text() or "").split())
    with_leader = read_pdf(tmp_path / "b.pdf")
    assert with_leader.metadata.author == "Maria Lind"
    login = getpass.getuser()
    assert login not in (without_leader.metadata.author, with_leader.metadata.author)


def test_a_failure_is_told_in_one_swedish_sentence() -> None:
    message = failure_message(RuntimeError("Flowable <Table> too large\non page 5"))
    assert message.startswith("Rapporten kunde inte skapas") and "\n" not in message


def test_a_continued_appendix_table_names_its_initiative_on_every_page(workspace) -> None:
    from tests.report_helpers import add_large_plan

    add_large_plan(workspace.engine, 300, per_initiative=100)
    reader = read_pdf(steering.steering_report_pdf(gather_steering(workspace.engine, today=TODAY)))
    pages = [page_text(page) for page in reader.pages]
    holding = [
        text
        for text in pages
        if "Tidplan" in text and any(f"Aktivitet {n} med" in text for n in range(100, 200))
    ]
    assert len(holding) >= 2  # the initiative's table runs on over pages
    for text in holding:
        caption = text.index("7.1 Gör insats nummer 1 för näringslivet")
        header = text.index("Kod Aktivitet Ansvar Tidplan Status", caption)  # read in order
        assert header < text.index("Aktivitet 1", header + 40)


def test_each_chart_stays_with_its_heading(demo) -> None:
    for pdf, heading in (
        (steering.steering_report_pdf(gather_steering(demo.engine, today=TODAY)), "1. Sammanfattning"),
        (annual.annual_report_pdf(gather_annual(demo.engine, 2026, today=TODAY)), "1. Status per"),
        (annual.annual_report_pdf(gather_annual(demo.engine, 2026, today=TODAY)), "Statusutveckling under"),
    ):
        reader = read_pdf(pdf)
        pages = [page_text(page) for page in reader.pages[1:]]
        (page,) = [text for text in pages if heading in text and "Innehåll" not in text]
        assert "Antal aktiviteter" in page[page.index(heading) :]
