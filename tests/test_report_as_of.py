"""Reports as of their date: a past meeting's report shows the plan as it was on that day.

Every step goes through the services, as the app and the command line make them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlmodel import Session, select

from database.enums import DecisionKind, FollowUpState, Lifecycle
from database.models import LifecycleChange
from database.seed import load_seed_plan
from database.store import create_database, upgrade_to_head
from desktop_app.reports import annual, steering
from desktop_app.services.decisions import DecisionService
from desktop_app.services.deviations import DeviationService
from desktop_app.services.plan import PlanService
from desktop_app.services.report_data import gather_annual, gather_steering
from desktop_app.services.steering import SteeringService
from desktop_app.services.sync.plan_file import TABLE_NAMES
from tests.report_helpers import pdf_text
from tests.sync_helpers import export, import_file

JUNE = date(2026, 6, 11)
NOVEMBER = date(2026, 11, 19)


def _meeting(engine, day: date) -> str:
    return SteeringService(engine, "Maria Lind").create_meeting(day)


def _row(data, code: str):
    return next(row for section in data.plan for row in section.rows if row.code == code)


def _codes(lines) -> set[str]:
    return {line.code for line in lines}


def test_a_june_report_shows_neither_the_november_completion_nor_the_december_proposal(
    workspace, service: PlanService
) -> None:
    engine = workspace.engine
    tree = service.tree()
    done, by_hand = tree.activities()[:2]
    june_id = _meeting(engine, JUNE)
    november_id = _meeting(engine, NOVEMBER)
    del june_id
    DecisionService(engine, "Maria Lind").record_decision(
        november_id, DecisionKind.COMPLETE, "Genomförd", activity_id=done.id
    )
    service.update_activity(by_hand.id, {"lifecycle": Lifecycle.CANCELLED})  # in the form, today
    proposal = service.create_activity(tree.initiatives()[0].id, "Förslag som kom in i december")
    proposal_code = next(a.code for a in service.tree().activities() if a.id == proposal)

    june = gather_steering(engine, JUNE)
    assert _row(june, done.code).lifecycle is Lifecycle.DECIDED
    assert _row(june, by_hand.code).lifecycle is Lifecycle.DECIDED
    assert june.completed == []
    assert sum(c.completed for c in june.summary) == 0
    assert proposal_code not in {row.code for section in june.plan for row in section.rows}
    assert proposal_code not in _codes(june.proposed) | _codes(june.new_activities)
    assert june.activity_count == 58
    text = pdf_text(steering.steering_report_pdf(june))
    assert "Förslag som kom in i december" not in text

    november = gather_steering(engine, NOVEMBER)
    assert [(line.code, line.on) for line in november.completed] == [(done.code, NOVEMBER)]
    assert _row(november, done.code).lifecycle is Lifecycle.COMPLETED
    assert sum(c.completed for c in november.summary) == 1

    year = gather_annual(engine, 2026, today=date(2027, 1, 10))
    assert _codes(year.completed) == {done.code}
    first_half = gather_annual(engine, 2026, today=date(2026, 7, 1))
    assert first_half.completed == [] and first_half.as_of == date(2026, 7, 1)


def test_an_undone_change_leaves_no_trace_in_the_history(workspace, service: PlanService) -> None:
    engine = workspace.engine
    activity = service.tree().activities()[0]
    old = service.update_activity(activity.id, {"lifecycle": Lifecycle.COMPLETED})
    service.update_activity(activity.id, old)  # what Ångra does
    june_id = _meeting(engine, JUNE)
    decisions = DecisionService(engine, "Maria Lind")
    recorded = decisions.record_decision(june_id, DecisionKind.CANCEL, "Avbryts", activity_id=activity.id)
    assert _row(gather_steering(engine, JUNE), activity.code).lifecycle is Lifecycle.CANCELLED
    decisions.retract_decision(recorded)
    assert _row(gather_steering(engine, JUNE), activity.code).lifecycle is Lifecycle.DECIDED
    with Session(engine) as session:
        live = session.exec(select(LifecycleChange).where(LifecycleChange.deleted_at == None)).all()  # noqa: E711
    assert live == []
    decisions.reinstate_decision(recorded)
    assert _row(gather_steering(engine, JUNE), activity.code).lifecycle is Lifecycle.CANCELLED


def test_a_decision_on_a_spring_deviation_is_not_the_handling_of_an_autumn_one(
    workspace, service: PlanService
) -> None:
    engine = workspace.engine
    activity = service.tree().activities()[0]
    service.report_status(
        activity.id, "red", reported_on=date(2026, 3, 2), cause="Ingen ansvarig", recommended_action="Åtgärd"
    )
    april_id = _meeting(engine, date(2026, 4, 9))
    decisions = DecisionService(engine, "Maria Lind")
    spring = decisions.record_decision(
        april_id,
        DecisionKind.DEVIATION_ACTION,
        "Utse ansvarig",
        activity_id=activity.id,
        follow_up_by="Maria Lind",
        follow_up_date=date(2026, 5, 31),
    )
    decisions.mark_follow_up_done(spring.decision_id, date(2026, 5, 20))
    service.report_status(activity.id, "green", reported_on=date(2026, 6, 1))
    service.report_status(
        activity.id, "red", reported_on=date(2026, 9, 15), cause="Budgeten slut", recommended_action="Åtgärd"
    )
    october_id = _meeting(engine, date(2026, 10, 8))
    decisions.record_decision(
        october_id, DecisionKind.PRIORITY, "Prioriteras", activity_id=activity.id, priority=1
    )

    april = gather_steering(engine, date(2026, 4, 9))
    (deviation,) = april.deviations
    assert deviation.decision is not None and deviation.decision.text == "Utse ansvarig"
    assert deviation.decision.follow_up == "Uppföljning: Öppen"  # done only in May
    october = gather_steering(engine, date(2026, 10, 8))
    (autumn,) = october.deviations
    assert autumn.since == date(2026, 9, 15) and autumn.decision is None
    assert "Utse ansvarig" not in pdf_text(steering.steering_report_pdf(october))
    (in_app,) = DeviationService(engine, "Maria Lind").deviations()
    assert in_app.decision is None and in_app.since == date(2026, 9, 15)

    year = gather_annual(engine, 2026, today=date(2026, 11, 1))
    (in_year,) = year.deviations
    assert in_year.since == date(2026, 9, 15) and in_year.decision is None
    assert "Utse ansvarig" not in pdf_text(annual.annual_report_pdf(year))


def test_the_report_agrees_with_the_app_on_the_deviations_of_today(workspace, service: PlanService) -> None:
    engine = workspace.engine
    first, second, third = service.tree().activities()[:3]
    service.report_status(
        first.id, "yellow", reported_on=date(2026, 5, 2), cause="Sen", recommended_action="Åtgärd"
    )
    service.report_status(
        second.id, "red", reported_on=date(2026, 5, 2), cause="Stopp", recommended_action="Åtgärd"
    )
    service.report_status(
        third.id, "red", reported_on=date(2026, 5, 2), cause="Stopp", recommended_action="Åtgärd"
    )
    service.update_activity(third.id, {"lifecycle": Lifecycle.COMPLETED})
    data = gather_steering(engine)
    in_app = DeviationService(engine, "x").deviations()
    assert _codes(data.deviations) == {row.activity.code for row in in_app} == {first.code, second.code}
    assert sum(c.yellow + c.red for c in data.summary) == len(data.deviations)
    assert sum(c.completed for c in data.summary) == 1
    assert sum(c.total for c in data.summary) == data.activity_count
    fourth = service.tree().activities()[3]
    service.update_activity(fourth.id, {"lifecycle": Lifecycle.CANCELLED})
    data = gather_steering(engine)
    assert sum(c.total for c in data.summary) == data.activity_count - 1
    text = pdf_text(steering.steering_report_pdf(data))
    assert "58 (57 i sammanfattningen och 1 avbrutna)" in text
    assert "Genomförda aktiviteter räknas i kolumnen Genomförda" in text  # the rule, in a sentence


def test_the_history_travels_in_a_plan_file(leader, lead, tmp_path: Path) -> None:
    assert "lifecyclechange" in TABLE_NAMES
    activity = PlanService(leader.engine, "Maria").tree().activities()[0]
    meeting_id = _meeting(leader.engine, JUNE)
    DecisionService(leader.engine, "Maria").record_decision(
        meeting_id, DecisionKind.COMPLETE, "Klar", activity_id=activity.id
    )
    import_file(lead, export(leader, tmp_path / "plan.hplan"))
    report = gather_steering(lead.engine, JUNE)
    assert _row(report, activity.code).lifecycle is Lifecycle.COMPLETED
    assert _row(gather_steering(lead.engine, JUNE), activity.code) == _row(report, activity.code)


def test_the_migration_derives_the_history_of_an_existing_plan(tmp_path: Path) -> None:
    """A plan made before the history was kept gets it from its decisions and decision dates."""
    path = tmp_path / "old.sqlite"
    engine = create_database(path)
    load_seed_plan(engine)
    with engine.begin() as connection:  # back to the first schema, as an older app left the plan
        connection.exec_driver_sql("DROP TABLE ideastatechange")
        connection.exec_driver_sql("DROP TABLE officenamechange")
        connection.exec_driver_sql("DROP TABLE personnamechange")
        connection.exec_driver_sql("DROP TABLE lifecyclechange")
        connection.exec_driver_sql("DROP TABLE followupmark")  # made by 0006
        connection.exec_driver_sql("ALTER TABLE strategy DROP COLUMN organisation")
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0001'")
    with engine.begin() as connection:
        ids = [row[0] for row in connection.exec_driver_sql("SELECT id FROM activity ORDER BY id LIMIT 3")]
        connection.exec_driver_sql(
            "INSERT INTO steeringmeeting (id, created_at, modified_at, modified_by, meeting_date,"
            " location, notes) VALUES ('m1', '2026-06-11 10:00:00.000000', '2026-06-11 10:00:00.000000',"
            " '', '2026-06-11', '', '')"
        )
        connection.exec_driver_sql(
            "INSERT INTO decision (id, created_at, modified_at, modified_by, meeting_id, kind, activity_id,"
            " text, follow_up_by, follow_up_state) VALUES ('d1', '2026-06-11 10:00:00.000000',"
            " '2026-06-11 10:00:00.000000', '', 'm1', 'complete', ?, 'Klar', '', 'none')",
            (ids[0],),
        )
        connection.exec_driver_sql(
            "UPDATE activity SET lifecycle = 'completed', modified_at = '2026-06-11 10:00:00.000000'"
            " WHERE id = ?",
            (ids[0],),
        )
        connection.exec_driver_sql(
            "UPDATE activity SET lifecycle = 'cancelled', modified_at = '2026-09-01 08:00:00.000000'"
            " WHERE id = ?",
            (ids[1],),
        )
    upgrade_to_head(engine)
    with engine.connect() as connection:
        rows = sorted(
            connection.exec_driver_sql(
                "SELECT activity_id, changed_on, previous, lifecycle, decision_id FROM lifecyclechange"
            ).fetchall()
        )
    assert sorted(rows) == sorted(
        [
            (ids[0], "2026-06-11", "decided", "completed", "d1"),
            (ids[1], "2026-09-01", "decided", "cancelled", None),
        ]
    )
    may = gather_annual(engine, 2026, today=date(2026, 5, 1))
    assert sum(c.completed for c in may.year_end) == 0
    july = gather_annual(engine, 2026, today=date(2026, 7, 1))
    assert sum(c.completed for c in july.year_end) == 1
    engine.dispose()


def test_a_follow_up_is_open_until_the_day_it_was_done(workspace, service: PlanService) -> None:
    engine = workspace.engine
    activity = service.tree().activities()[0]
    service.report_status(
        activity.id, "yellow", reported_on=date(2026, 3, 2), cause="Sen", recommended_action="Åtgärd"
    )
    meeting_id = _meeting(engine, date(2026, 3, 12))
    decisions = DecisionService(engine, "Maria Lind")
    recorded = decisions.record_decision(
        meeting_id,
        DecisionKind.DEVIATION_ACTION,
        "Ny tidplan",
        activity_id=activity.id,
        follow_up_by="Eva",
        follow_up_date=date(2026, 4, 30),
    )
    decisions.mark_follow_up_done(recorded.decision_id, date(2026, 4, 20))
    _meeting(engine, date(2026, 4, 9))
    _meeting(engine, date(2026, 5, 7))
    assert gather_steering(engine, date(2026, 4, 9)).deviations[0].decision.follow_up == "Uppföljning: Öppen"
    assert (
        gather_steering(engine, date(2026, 5, 7)).deviations[0].decision.follow_up
        == "Uppföljning: Klar 2026-04-20"
    )
    assert FollowUpState.DONE.value == "done"


def test_a_lifecycle_changed_by_excel_import_is_dated_by_the_import(workspace, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from desktop_app.services.excel import apply_import, build_preview, export_workbook, read_spreadsheet

    engine = workspace.engine
    activity = PlanService(engine, "x").tree().activities()[0]
    _meeting(engine, JUNE)
    path = tmp_path / "plan.xlsx"
    export_workbook(engine, path)
    workbook = load_workbook(path)
    sheet = workbook["Aktivitetsplan"]
    column = next(cell.column for cell in sheet[1] if cell.value == "Läge")
    sheet.cell(2, column).value = "Genomförd"
    workbook.save(path)
    apply_import(workspace, build_preview(engine, read_spreadsheet(path)), "Test")
    with Session(engine) as session:
        (change,) = session.exec(select(LifecycleChange)).all()
    assert (change.activity_id, change.lifecycle, change.changed_on) == (
        activity.id,
        Lifecycle.COMPLETED,
        date.today(),
    )
    assert _row(gather_steering(engine, JUNE), activity.code).lifecycle is Lifecycle.DECIDED


def test_the_plan_trees_counts_follow_the_reports_rule(workspace, service: PlanService) -> None:
    """The roll-up beside each focus area in the app counts as the report's summary does."""
    from desktop_app.services.tree import RollUp

    first, second, third = service.tree().activities()[:3]
    service.report_status(
        first.id, "red", reported_on=date(2026, 5, 2), cause="Stopp", recommended_action="Åtgärd"
    )
    service.report_status(
        second.id, "yellow", reported_on=date(2026, 5, 2), cause="Sen", recommended_action="Åtgärd"
    )
    service.update_activity(second.id, {"lifecycle": Lifecycle.COMPLETED})
    service.update_activity(third.id, {"lifecycle": Lifecycle.CANCELLED})
    tree = service.tree()
    report = gather_steering(workspace.engine)
    for area, counts in zip(tree.focus_areas, report.summary, strict=True):
        roll_up = RollUp()
        for activity in area.activities():
            roll_up.add_activity(activity.status, activity.lifecycle)
        assert (roll_up.green, roll_up.yellow, roll_up.red, roll_up.not_reported, roll_up.completed) == (
            counts.green,
            counts.yellow,
            counts.red,
            counts.not_reported,
            counts.completed,
        )
        assert roll_up.total == counts.total
