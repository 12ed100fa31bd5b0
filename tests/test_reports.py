"""The steering report and the annual summary, read back from real PDFs."""

from __future__ import annotations

import re
import time
from datetime import date
from pathlib import Path

import pytest
from pypdf.generic import IndirectObject
from sqlalchemy import event

from database.models import DecisionKind, StatusColour
from desktop_app.reports import annual, steering
from desktop_app.services import meeting_reports
from desktop_app.services.decisions import DecisionService
from desktop_app.services.errors import NotFoundError, ValidationError
from desktop_app.services.messages import using_language
from desktop_app.services.plan import PlanService
from desktop_app.services.report_data import gather_annual, gather_steering
from desktop_app.services.workspace import open_workspace
from tests.report_helpers import add_large_plan, add_meeting, build_demo_plan, pdf_text, read_pdf
from tools.demo_plan import CAUSES

TODAY = date(2026, 11, 26)


@pytest.fixture
def demo(tmp_path: Path):
    path = tmp_path / "demo.sqlite"
    build_demo_plan(path)
    opened = open_workspace(path)
    yield opened
    opened.close()


def _page_count_in_footer(text: str, pages: int) -> None:
    assert f"Sida 1 av {pages}" in text
    assert f"Sida {pages} av {pages}" in text


def test_steering_report_has_every_section_and_the_deviations(demo) -> None:
    data = gather_steering(demo.engine, today=TODAY, prepared_by="testare")
    assert data.meeting_date == date(2026, 11, 19)
    assert data.previous_meeting_date == date(2026, 9, 24)
    pdf = steering.steering_report_pdf(data)
    reader = read_pdf(pdf)
    text = pdf_text(pdf)
    for heading in steering.SECTIONS.values():
        assert heading in text
    for area in data.summary:
        assert area.title in text
    assert data.deviations, "the demo plan has deviations"
    cause, action = CAUSES[0]
    assert cause.split(";")[0][:40] in text.replace("- ", "")
    assert " ".join(action.split()[:4]) in text
    assert "Styrgruppsmöte 2026-11-19" in text
    assert "2026-09-24 – 2026-11-19" in text
    assert "Maria Lind" in text
    _page_count_in_footer(text, len(reader.pages))
    info = reader.metadata
    assert info.title == "Styrgruppsrapport – Styrgruppsmöte 2026-11-19"
    assert info.subject == "Styrgruppsmöte 2026-11-19"
    assert info.author == "Maria Lind"
    assert info["/CreationDate"].startswith("D:20261119")


def test_steering_report_lists_changes_ideas_and_proposals(demo) -> None:
    data = gather_steering(demo.engine, today=TODAY)
    changed = {change.code: (change.before, change.after) for change in data.status_changes}
    assert changed, "statuses changed between the last two meetings"
    assert all(before != after for before, after in changed.values())
    assert {line.title for line in data.proposed} >= {"Digital företagslots med bokning av möten på webben"}
    assert [idea.forum for idea in data.ideas] == [
        "Företagsfrukost, Moraberg",
        "Näringslivsrådet",
        "Dialogmöte, besöksnäringen",
    ]
    assert data.completed and all(line.on == date(2026, 11, 19) for line in data.completed)
    decided = [d for d in data.deviations if d.decision is not None]
    assert decided and decided[0].decision.text.startswith("Styrgruppen ställer sig bakom")
    text = pdf_text(steering.steering_report_pdf(data))
    assert "Skyltning till besöksmål från E4 & E20 saknas." in text
    assert "Digital företagslots" in text


def test_status_since_is_the_start_of_the_current_colour(workspace, service: PlanService) -> None:
    activity = service.tree().activities()[0]
    service.report_status(activity.id, "green", reported_on=date(2026, 1, 10))
    service.report_status(
        activity.id, "red", reported_on=date(2026, 4, 1), cause="Ingen budget", recommended_action="Åtgärda"
    )
    service.report_status(
        activity.id,
        "red",
        reported_on=date(2026, 6, 1),
        cause="Fortfarande ingen budget",
        recommended_action="Åtgärda",
    )
    add_meeting(workspace.engine, date(2026, 3, 1))
    add_meeting(workspace.engine, date(2026, 7, 1))
    data = gather_steering(workspace.engine, date(2026, 7, 1))
    (deviation,) = data.deviations
    assert (deviation.status, deviation.since, deviation.cause) == (
        StatusColour.RED,
        date(2026, 4, 1),
        "Fortfarande ingen budget",
    )
    (change,) = data.status_changes
    assert (change.before, change.after, change.on) == (
        StatusColour.GREEN,
        StatusColour.RED,
        date(2026, 6, 1),
    )
    earlier = gather_steering(workspace.engine, date(2026, 3, 1))
    assert earlier.deviations == [] and earlier.summary[0].green == 1


def test_fonts_are_embedded_truetype(demo) -> None:
    for pdf in (
        steering.steering_report_pdf(gather_steering(demo.engine, today=TODAY)),
        annual.annual_report_pdf(gather_annual(demo.engine, 2026, today=TODAY)),
    ):
        fonts = {}
        for page in read_pdf(pdf).pages:
            for name, font in page["/Resources"]["/Font"].items():
                fonts[name] = font.get_object() if isinstance(font, IndirectObject) else font
        assert fonts
        for font in fonts.values():
            assert "DejaVuSans" in font["/BaseFont"]
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor


def test_hostile_text_prints_literally(workspace, service: PlanService) -> None:
    hostile = "<b>fet</b> & <para> < 3 &amp;"
    activity_id = service.tree().activities()[0].id
    service.update_activity(activity_id, {"title": f"Titel {hostile}", "owner": "Ägare <i>kursiv</i>"})
    service.report_status(
        activity_id,
        "red",
        reported_on=date(2026, 11, 1),
        cause=f"Orsak {hostile}",
        recommended_action=f"Gör {hostile}",
    )
    meeting_id = add_meeting(workspace.engine, date(2026, 11, 20), location="Sal <A> & B")
    DecisionService(workspace.engine, "Test").record_decision(
        meeting_id,
        DecisionKind.DEVIATION_ACTION,
        f"Beslut {hostile}",
        activity_id=activity_id,
        follow_up_by="Processledaren",
        follow_up_date=date(2026, 12, 20),
    )
    for pdf in (
        steering.steering_report_pdf(gather_steering(workspace.engine)),
        annual.annual_report_pdf(gather_annual(workspace.engine, 2026, today=TODAY)),
    ):
        text = pdf_text(pdf)
        for expected in (f"Orsak {hostile}", f"Gör {hostile}", f"Beslut {hostile}", "Ägare <i>kursiv</i>"):
            assert expected in text
    assert "Sal <A> & B" in pdf_text(steering.steering_report_pdf(gather_steering(workspace.engine)))


def test_same_data_and_date_give_the_same_bytes(demo) -> None:
    first = steering.steering_report_pdf(gather_steering(demo.engine, today=TODAY))
    second = steering.steering_report_pdf(gather_steering(demo.engine, today=TODAY))
    assert first == second
    once = annual.annual_report_pdf(gather_annual(demo.engine, 2026, today=TODAY))
    again = annual.annual_report_pdf(gather_annual(demo.engine, 2026, today=TODAY))
    assert once == again
    other_day = annual.annual_report_pdf(gather_annual(demo.engine, 2026, today=date(2026, 11, 27)))
    assert other_day != once


def test_annual_summary_has_contents_goals_and_quarters(demo) -> None:
    data = gather_annual(demo.engine, 2026, today=TODAY)
    assert [q.on for q in data.quarters] == [
        date(2026, 3, 31),
        date(2026, 6, 30),
        date(2026, 9, 30),
        TODAY,
    ]
    assert len(data.meetings) == 4
    pdf = annual.annual_report_pdf(data)
    reader = read_pdf(pdf)
    text = pdf_text(pdf)
    assert "Innehåll" in text
    headings = {**annual.SECTIONS, "year_end": "Status per 2026-11-26"}  # the running year
    for number, heading in enumerate(headings.values(), start=1):
        assert f"{number}. {heading}" in text
    # The table of contents names the page each section starts on.
    contents = " ".join(reader.pages[1].extract_text().split())
    assert re.search(r"1\. Status per 2026-11-26[ .]*\d", contents)
    assert "Företagsklimatet ska förbättras" in text
    # The unit is named once, with the indicator; the values are numbers in the report's language.
    assert "Indikator: Sammanfattande omdöme, Svenskt Näringslivs enkät (betyg)" in text
    assert "3,4" in text and "3,4 betyg" not in text
    with using_language("en"):
        english = pdf_text(annual.annual_report_pdf(gather_annual(demo.engine, 2026, today=TODAY)))
    assert "49,400" in english and "3.4" in english and "Decisions" in english
    assert "Kvartal 4 (hittills)" in text
    cause, _action = CAUSES[1]
    assert cause[:30] in text
    _page_count_in_footer(text, len(reader.pages))
    assert reader.metadata.title == "Årlig sammanställning 2026 (per 2026-11-26)"
    assert reader.metadata["/CreationDate"].startswith("D:20261126")


def test_empty_plan_renders_both_reports(workspace, service: PlanService) -> None:
    for area in service.tree().focus_areas:
        service.delete(area.id)
    today = date.today()  # the day of the deletion: a report of an earlier day still shows the plan
    steering_text = pdf_text(steering.steering_report_pdf(gather_steering(workspace.engine, today=today)))
    assert f"Lägesrapport {today.isoformat()}" in steering_text
    assert "Planen har ännu inga insatsområden." in steering_text
    assert "Inga avvikelser" in steering_text
    annual_text = pdf_text(annual.annual_report_pdf(gather_annual(workspace.engine, today.year, today=today)))
    assert f"Inga aktiviteter genomfördes under {today.year}." in annual_text
    assert "Sida 1 av" in annual_text


def test_plan_without_statuses_or_meetings(workspace) -> None:
    data = gather_steering(workspace.engine, today=TODAY)
    assert data.meeting_date is None and data.deviations == []
    assert all(area.not_reported == area.total for area in data.summary)
    text = pdf_text(steering.steering_report_pdf(data))
    assert "Inget möte registrerat" in text
    assert "Det finns inget tidigare styrgruppsmöte att jämföra med." in text
    assert "○ Ej rapporterad" in text
    annual_text = pdf_text(annual.annual_report_pdf(gather_annual(workspace.engine, 2019, today=TODAY)))
    assert "Styrgruppen höll inga möten under 2019." in annual_text
    assert "Inga avvikelser rapporterades under 2019." in annual_text
    assert "Planen har inga mätbara mål registrerade." in annual_text


def test_unknown_meeting_and_bad_year_are_refused(workspace) -> None:
    with pytest.raises(NotFoundError, match="inget styrgruppsmöte den 2026-01-01"):
        gather_steering(workspace.engine, date(2026, 1, 1))
    with pytest.raises(ValidationError, match="Året 1066"):
        gather_annual(workspace.engine, 1066)


def test_sections_can_be_left_out_and_progress_is_reported(demo) -> None:
    calls: list[tuple[int, int]] = []
    pdf = steering.steering_report_pdf(
        gather_steering(demo.engine, today=TODAY),
        sections=("summary", "deviations"),
        progress=lambda done, total: calls.append((done, total)),
    )
    text = pdf_text(pdf)
    assert "1. Sammanfattning per fokusområde" in text and "2. Avvikelser" in text
    assert "Idéer och synpunkter" not in text and "Bilaga" not in text
    assert calls and calls[-1][0] == calls[-1][1]
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    calls.clear()
    annual.annual_report_pdf(
        gather_annual(demo.engine, 2026, today=TODAY),
        progress=lambda done, total: calls.append((done, total)),
    )
    assert calls[-1][0] == calls[-1][1] and calls[0][0] < calls[0][1] // 2
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_stored_reports_keep_the_presented_pdf(demo) -> None:
    data = gather_steering(demo.engine, today=TODAY)
    pdf = steering.steering_report_pdf(data)
    report_id = meeting_reports.store_report(
        demo.engine, data.meeting_id, "Styrgruppsrapport 2026-11-19.pdf", pdf, "anna"
    )
    (stored,) = meeting_reports.stored_reports(demo.engine, data.meeting_id)
    assert (stored.id, stored.file_name, stored.size, stored.stored_by) == (
        report_id,
        "Styrgruppsrapport 2026-11-19.pdf",
        len(pdf),
        "anna",
    )
    assert meeting_reports.read_report(demo.engine, report_id) == pdf
    assert meeting_reports.meetings(demo.engine)[0].meeting_date == date(2026, 11, 19)
    with pytest.raises(ValidationError):
        meeting_reports.store_report(demo.engine, data.meeting_id, "x.pdf", b"not a pdf", "anna")
    with pytest.raises(NotFoundError):
        meeting_reports.read_report(demo.engine, "no-such-id")


def test_large_plan_renders(workspace) -> None:
    """10,000 activities, 700 to an initiative, every one new and changed since the previous meeting."""
    add_large_plan(workspace.engine, 10000, per_initiative=700)
    add_meeting(workspace.engine, date(2025, 12, 1))
    add_meeting(workspace.engine, date(2026, 11, 19))
    started = time.perf_counter()
    data = gather_steering(workspace.engine, today=TODAY)
    pdf = steering.steering_report_pdf(data)
    elapsed = time.perf_counter() - started
    reader = read_pdf(pdf)
    assert data.activity_count == 10058
    assert len(data.deviations) == 2000
    assert len(data.status_changes) == len(data.new_activities) == 10000
    assert len(reader.pages) > 1000
    last = " ".join(reader.pages[-1].extract_text().split())
    assert f"Sida {len(reader.pages)} av {len(reader.pages)}" in last
    assert elapsed < 60
    summary = gather_annual(workspace.engine, 2026, today=TODAY)
    assert len(summary.deviations) == 2000 and sum(c.total for c in summary.year_end) == 10058
    reader = read_pdf(annual.annual_report_pdf(summary))
    last = " ".join(reader.pages[-1].extract_text().split())
    assert f"Sida {len(reader.pages)} av {len(reader.pages)}" in last


def test_gathering_costs_the_same_queries_for_any_plan_size(workspace) -> None:
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(workspace.engine, "before_cursor_execute", count)
    try:
        gather_steering(workspace.engine, today=TODAY)
        gather_annual(workspace.engine, 2026, today=TODAY)
        small = len(statements)
        add_large_plan(workspace.engine, 300, per_initiative=7)
        add_meeting(workspace.engine, date(2026, 6, 1))
        statements.clear()
        gather_steering(workspace.engine, today=TODAY)
        gather_annual(workspace.engine, 2026, today=TODAY)
        assert len(statements) == small
    finally:
        event.remove(workspace.engine, "before_cursor_execute", count)


def test_completed_and_decided_belong_to_the_meeting_that_decided_them(
    workspace, service: PlanService
) -> None:
    first, second = service.tree().activities()[:2]
    service.update_activity(second.id, {"lifecycle": "proposed"})
    add_meeting(workspace.engine, date(2026, 3, 1))
    june_id = add_meeting(workspace.engine, date(2026, 6, 1))
    decisions = DecisionService(workspace.engine, "Test")
    decisions.record_decision(june_id, DecisionKind.COMPLETE, "Genomförd", activity_id=first.id)
    decisions.record_decision(june_id, DecisionKind.APPROVE, "Beslutad", activity_id=second.id)
    add_meeting(workspace.engine, date(2026, 9, 1))
    june = gather_steering(workspace.engine, date(2026, 6, 1))
    assert [(line.code, line.on) for line in june.completed] == [(first.code, date(2026, 6, 1))]
    assert [(line.code, line.on) for line in june.decided] == [(second.code, date(2026, 6, 1))]
    september = gather_steering(workspace.engine, date(2026, 9, 1))
    assert september.completed == [] and september.decided == []
    assert [line.code for line in gather_annual(workspace.engine, 2026, today=TODAY).completed] == [
        first.code
    ]


def test_demo_plan_owners_are_people_of_the_register(demo) -> None:
    """The demo's Ansvarig and följs upp av name people of the register, so renaming one shows."""
    import sqlite3

    with sqlite3.connect(demo.path) as connection:
        unlinked = connection.execute(
            "SELECT count(*) FROM activity WHERE owner != '' AND owner_person_id IS NULL"
        ).fetchone()[0]
        linked = connection.execute(
            "SELECT count(*) FROM activity WHERE owner_person_id IS NOT NULL"
        ).fetchone()[0]
        follow_ups = connection.execute(
            "SELECT count(*) FROM decision WHERE follow_up_by != '' AND follow_up_person_id IS NULL"
        ).fetchone()[0]
    assert unlinked == 0 and linked == 60 and follow_ups == 0
