"""A report for a past day shows the activities that existed then, also those deleted since.

Every step goes through the services, as the app and the command line make them; the deletion is
made today, after the meetings and the years the reports are for.
"""

from __future__ import annotations

from datetime import date

from desktop_app.reports import annual, steering
from desktop_app.services.plan import PlanService
from desktop_app.services.report_data import gather_annual, gather_steering
from desktop_app.services.steering import SteeringService
from tests.report_helpers import pdf_text

JUNE = date(2026, 6, 11)


def _titles(data) -> set[str]:
    return {row.title for section in data.plan for row in section.rows}


def test_a_june_report_lists_an_activity_deleted_after_the_meeting_and_todays_does_not(
    workspace, service: PlanService
) -> None:
    engine = workspace.engine
    today = date.today()
    assert today > JUNE
    meetings = SteeringService(engine, "Maria Lind")
    meetings.create_meeting(JUNE)
    tree = service.tree()
    gone = tree.activities()[0]
    title = "Aktivitet som togs bort efter junimötet"
    service.update_activity(gone.id, {"title": title})
    whole_initiative = tree.initiatives()[-1]
    initiative_titles = {a.title for a in whole_initiative.activities}
    before = gather_steering(engine, JUNE)
    assert before.activity_count == 58

    service.delete(gone.id)
    service.delete(whole_initiative.id)
    assert gone.id not in {a.id for a in service.tree().activities()}  # the app's tree: live only

    june = gather_steering(engine, JUNE)
    assert june.activity_count == before.activity_count
    assert title in _titles(june) and initiative_titles <= _titles(june)
    assert june.summary == before.summary
    assert title in pdf_text(steering.steering_report_pdf(june))

    meetings.create_meeting(today)
    now = gather_steering(engine, today)
    assert title not in _titles(now) and not initiative_titles & _titles(now)
    assert now.activity_count == before.activity_count - 1 - len(initiative_titles)
    assert title not in pdf_text(steering.steering_report_pdf(now))


def test_a_past_years_summary_lists_an_activity_deleted_since(workspace, service: PlanService) -> None:
    engine = workspace.engine
    today = date.today()
    last_year = today.year - 1
    gone = service.tree().activities()[0]
    title = "Aktivitet som togs bort i år"
    service.update_activity(gone.id, {"title": title})
    service.report_status(
        gone.id,
        "red",
        reported_on=date(last_year, 5, 4),
        cause="Ingen ansvarig",
        recommended_action="Utse en ansvarig",
    )
    service.report_status(
        gone.id,
        "red",
        reported_on=date(today.year, 1, 2),
        cause="Fortfarande ingen",
        recommended_action="Utse",
    )
    before = gather_annual(engine, last_year, today=today)
    assert title in {d.title for d in before.deviations}
    assert title in {d.title for d in gather_annual(engine, today.year, today=today).deviations}

    service.delete(gone.id)

    past = gather_annual(engine, last_year, today=today)
    assert past.year_end == before.year_end and past.quarters == before.quarters
    assert title in {d.title for d in past.deviations}
    assert title in pdf_text(annual.annual_report_pdf(past))

    running = gather_annual(engine, today.year, today=today)
    assert title not in {d.title for d in running.deviations}
    assert sum(c.total for c in running.year_end) == sum(c.total for c in before.year_end) - 1
    assert title not in pdf_text(annual.annual_report_pdf(running))
