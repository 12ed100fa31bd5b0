"""What a reader needs beside each activity: overdue marks, the latest report's date and comment."""

from __future__ import annotations

from datetime import date

from desktop_app.reports import annual, steering
from desktop_app.services.plan import PlanService
from desktop_app.services.report_data import gather_annual, gather_steering
from tests.report_helpers import pdf_text

TODAY = date(2026, 11, 26)


def test_overdue_marks_report_dates_and_comments(workspace, service: PlanService) -> None:
    late, on_time = service.tree().activities()[:2]
    service.update_activity(late.id, {"start_month": "2025-01", "end_month": "2026-06"})
    service.update_activity(on_time.id, {"start_month": "2025-01", "end_month": "2027-06"})
    long_comment = "Arbetet har stannat upp. " + "Mer bakgrund om läget i ärendet. " * 20 + "SLUTORD"
    service.report_status(
        late.id,
        "red",
        reported_on=date(2026, 10, 2),
        cause="Ingen resurs",
        comment=long_comment,
        recommended_action="Åtgärd",
    )
    service.report_status(on_time.id, "green", reported_on=date(2026, 9, 30), comment="Enligt plan.")
    data = gather_steering(workspace.engine, today=TODAY)
    (deviation,) = data.deviations
    assert deviation.overdue and deviation.reported_on == date(2026, 10, 2)
    rows = {row.code: row for section in data.plan for row in section.rows}
    assert rows[late.code].overdue and not rows[on_time.code].overdue
    assert rows[on_time.code].reported_on == date(2026, 9, 30)
    text = pdf_text(steering.steering_report_pdf(data))
    deviations_part = text[text.index("3. Avvikelser") : text.index("4. Föreslagna")]
    assert "⚠ Försenad: slut 2026-06" in deviations_part
    assert "senast rapporterad 2026-10-02" in deviations_part
    assert "Kommentar: Arbetet har stannat upp." in deviations_part and "…" in deviations_part
    assert "SLUTORD" not in deviations_part
    appendix = text[text.index("Bilaga: Hela handlingsplanen", text.index("4. Föreslagna")) :]
    assert "SLUTORD" in appendix and "⚠ Försenad" in appendix and "2026-09-30" in appendix
    # Completed activities are never overdue, in the appendix or elsewhere.
    service.update_activity(late.id, {"lifecycle": "completed"})
    later = gather_steering(workspace.engine)
    assert not {row.code: row for s in later.plan for row in s.rows}[late.code].overdue
    year = gather_annual(workspace.engine, 2026, today=TODAY)
    assert "⚠ Försenad" in pdf_text(annual.annual_report_pdf(year))


def test_the_report_uses_the_apps_words(workspace, service: PlanService) -> None:
    """Idea states read as in the Styrning window (Avvisad, not Avslagen)."""
    from desktop_app.services.ideas import IDEA_STATE_LABELS, IdeaService
    from desktop_app.services.steering import SteeringService

    ideas = IdeaService(workspace.engine, "Test")
    today = date.today()  # ideas entered now belong to a meeting held today
    ideas.create_idea(today, "Näringslivsrådet", "Ett avvisat förslag", state="rejected")
    ideas.create_idea(today, "Frukostklubben", "Ett behandlat förslag", state="considered")
    SteeringService(workspace.engine, "Test").create_meeting(today)
    data = gather_steering(workspace.engine, today)
    assert {idea.state for idea in data.ideas} == {IDEA_STATE_LABELS[s] for s in ("rejected", "considered")}
    text = pdf_text(steering.steering_report_pdf(data))
    assert "Avvisad" in text and "Behandlad" in text and "Avslagen" not in text
