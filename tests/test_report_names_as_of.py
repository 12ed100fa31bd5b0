"""A past report names offices, goals, links, the process leader and idea states as they were on its day.

Every change goes through the services, as the app and the command line make it; the changes are
made today, after the June meeting and the year the reports are for. Where a record must have been
entered before the report's day (the services date what they write today), its entry time is set
by hand and said so.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session, select

from database.enums import DecisionKind, IdeaState, Role
from database.models import (
    ActivityOffice,
    Goal,
    Idea,
    IdeaStateChange,
    Office,
    OfficeNameChange,
    Person,
    PersonNameChange,
    PersonRole,
)
from database.seed import load_seed_plan
from database.store import create_database, upgrade_to_head
from desktop_app.reports import annual, steering
from desktop_app.services.decisions import DecisionService
from desktop_app.services.goals import GoalService
from desktop_app.services.ideas import IdeaService
from desktop_app.services.plan import PlanService
from desktop_app.services.registers import RegisterService
from desktop_app.services.report_data import gather_annual, gather_steering
from desktop_app.services.steering import SteeringService
from desktop_app.services.tree import read_tree_on
from tests.report_helpers import pdf_text
from tests.sync_helpers import export, import_file

JUNE = date(2026, 6, 11)
TODAY = date.today()
LAST_YEAR = TODAY.year - 1


def _entered_on(engine: Engine, model: type, record_id: str, day: date) -> None:
    """Date a record's entry: the services stamp what they write with today's time."""
    with Session(engine) as session, session.begin():
        record = session.get(model, record_id)
        record.created_at = record.modified_at = record.created_at.replace(
            year=day.year, month=day.month, day=day.day
        )


def test_a_june_report_made_again_after_the_office_was_renamed_and_deleted_is_the_same(
    workspace, service: PlanService
) -> None:
    engine = workspace.engine
    assert TODAY > JUNE
    registers = RegisterService(engine, "Maria Lind")
    goals = GoalService(engine, "Maria Lind")
    office_x = registers.create_office("Kontor X")
    other = registers.create_office("Kontor Y")
    activity = service.tree().activities()[0]
    service.update_activity(
        activity.id,
        {"responsible_office_id": office_x, "owner": "Eva Berg", "participating_office_ids": [other]},
    )
    service.report_status(
        activity.id, "red", reported_on=date(LAST_YEAR, 5, 4), cause="Ingen lokal", recommended_action="Hyr"
    )
    service.report_status(
        activity.id, "red", reported_on=date(2026, 5, 20), cause="Fortfarande ingen", recommended_action="Köp"
    )
    with Session(engine) as session:
        link_id = session.exec(select(ActivityOffice.id).where(ActivityOffice.office_id == other)).one()
    _entered_on(engine, ActivityOffice, link_id, date(LAST_YEAR, 3, 1))  # the link was made last year
    kept_goal = goals.create_goal({"title": "Fler företag", "indicator": "Antal"})
    _entered_on(engine, Goal, kept_goal, date(LAST_YEAR, 1, 10))
    SteeringService(engine, "Maria Lind").create_meeting(JUNE)

    june = gather_steering(engine, JUNE, prepared_by="Eva Berg")
    june_text = pdf_text(steering.steering_report_pdf(june))
    year = annual.annual_report_pdf(gather_annual(engine, LAST_YEAR, today=TODAY, prepared_by="Eva Berg"))
    assert "Kontor X" in june_text
    assert "Fler företag" in pdf_text(year)

    # November (today): the office is renamed, then deleted; a goal, a goal link, a participating
    # office and a process leader are added; the goal the summary showed is deleted.
    registers.rename_office(office_x, "Kontor Z")
    registers.delete(Office, office_x)
    registers.rename_office(other, "Kontor W")
    new_goal = goals.create_goal({"title": "Mål som kom till i november", "indicator": "Antal"})
    goals.set_link(activity.id, new_goal, True)
    service.update_activity(
        activity.id, {"participating_office_ids": [other, registers.create_office("Nytt")]}
    )
    leader = registers.create_person("Ny Processledare")
    registers.set_roles(leader, [(Role.PROCESS_LEADER, None)])
    goals.delete_goal(kept_goal)

    node = read_tree_on(engine, JUNE).find_activity(activity.code)
    assert node.responsible_office == "Kontor X"
    assert node.participating_offices == ("Kontor Y",)
    assert node.goal_ids == ()
    today_node = read_tree_on(engine, TODAY).find_activity(activity.code)
    assert today_node.responsible_office == ""  # deleted today
    assert new_goal in today_node.goal_ids and "Kontor W" in today_node.participating_offices

    again = gather_steering(engine, JUNE, prepared_by="Eva Berg")
    assert again == june
    assert pdf_text(steering.steering_report_pdf(again)) == june_text
    assert (
        annual.annual_report_pdf(gather_annual(engine, LAST_YEAR, today=TODAY, prepared_by="Eva Berg"))
        == year
    )
    SteeringService(engine, "Maria Lind").create_meeting(TODAY)
    now = gather_steering(engine, TODAY, prepared_by="Eva Berg")
    assert now.prepared_by == "Ny Processledare"
    assert "Kontor X" not in pdf_text(steering.steering_report_pdf(now))


def test_an_idea_shows_the_state_it_had_on_the_meetings_day(workspace, service: PlanService) -> None:
    engine = workspace.engine
    ideas = IdeaService(engine, "Maria Lind")
    considered = ideas.create_idea(date(2026, 5, 2), "Näringslivsrådet", "Fler laddplatser")
    became = ideas.create_idea(date(2026, 5, 3), "Frukostklubben", "En företagslots")
    for idea_id in (considered, became):
        _entered_on(engine, Idea, idea_id, date(2026, 5, 4))  # entered in May, before the meeting
    steering_service = SteeringService(engine, "Maria Lind")
    steering_service.create_meeting(JUNE)
    june = gather_steering(engine, JUNE)
    assert {i.text: i.state for i in june.ideas} == {"Fler laddplatser": "Ny", "En företagslots": "Ny"}

    ideas.update_idea(considered, {"state": IdeaState.CONSIDERED})
    ideas.make_activity(service, became, service.tree().initiatives()[0].id, "Företagslots")
    assert gather_steering(engine, JUNE) == june
    assert "Behandlad" not in pdf_text(steering.steering_report_pdf(gather_steering(engine, JUNE)))

    now = {i.text: i.state_label for i in ideas.ideas()}
    assert now == {"Fler laddplatser": "Behandlad", "En företagslots": "Blev en aktivitet"}
    with Session(engine) as session:
        changes = session.exec(select(IdeaStateChange).where(IdeaStateChange.idea_id == considered)).all()
    assert [(c.changed_on, c.previous, c.state) for c in changes] == [
        (TODAY, IdeaState.NEW, IdeaState.CONSIDERED)
    ]


def test_renamings_and_idea_states_travel_in_a_plan_file(tmp_path: Path, workspace) -> None:
    from desktop_app.services.workspace import open_workspace

    engine = workspace.engine
    office_id = RegisterService(engine, "Maria").create_office("Gamla namnet")
    service = PlanService(engine, "Maria")
    activity = service.tree().activities()[0]
    service.update_activity(activity.id, {"responsible_office_id": office_id})
    idea = IdeaService(engine, "Maria").create_idea(date(2026, 5, 2), "", "En idé")
    _entered_on(engine, Idea, idea, date(2026, 5, 4))
    SteeringService(engine, "Maria").create_meeting(JUNE)
    RegisterService(engine, "Maria").rename_office(office_id, "Nya namnet")
    IdeaService(engine, "Maria").update_idea(idea, {"state": IdeaState.REJECTED})

    lead = open_workspace(tmp_path / "lead" / "plan.sqlite")
    try:
        import_file(lead, export(workspace, tmp_path / "plan.hplan"))
        report = gather_steering(lead.engine, JUNE)
        assert [i.state for i in report.ideas] == ["Ny"]
        row = next(r for s in report.plan for r in s.rows if r.code == activity.code)
        assert row.responsible.startswith("Gamla namnet")
        with Session(lead.engine) as session:
            assert len(session.exec(select(OfficeNameChange)).all()) == 1
    finally:
        lead.close()


def test_the_migration_dates_the_state_of_an_existing_plans_ideas(tmp_path: Path) -> None:
    """A plan from before the history: an idea no longer *ny* changed on the day it was last changed."""
    path = tmp_path / "old.sqlite"
    engine = create_database(path)
    load_seed_plan(engine)
    with engine.begin() as connection:  # back to the schema before idea states were kept
        connection.exec_driver_sql("DROP TABLE ideastatechange")
        connection.exec_driver_sql("DROP TABLE officenamechange")
        connection.exec_driver_sql("DROP TABLE personnamechange")
        connection.exec_driver_sql("DROP TABLE followupmark")  # made by 0006, after 0005
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0004'")
        for idea_id, state, day in (("i1", "considered", "2026-08-01"), ("i2", "new", "2026-09-01")):
            connection.exec_driver_sql(
                "INSERT INTO idea (id, created_at, modified_at, modified_by, received_on, forum, text, state)"
                f" VALUES (?, '2026-05-04 10:00:00.000000', '{day} 10:00:00.000000', '', '2026-05-02', '',"
                " ?, ?)",
                (idea_id, f"Idé {idea_id}", state),
            )
        connection.exec_driver_sql(
            "INSERT INTO steeringmeeting (id, created_at, modified_at, modified_by, meeting_date,"
            " location, notes) VALUES ('m1', '2026-06-11 10:00:00.000000', '2026-06-11 10:00:00.000000',"
            " '', '2026-06-11', '', '')"
        )
    upgrade_to_head(engine)
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT idea_id, changed_on, previous, state FROM ideastatechange"
        ).fetchall()
    assert rows == [("i1", "2026-08-01", "new", "considered")]
    assert {i.text: i.state for i in gather_steering(engine, JUNE).ideas} == {"Idé i1": "Ny", "Idé i2": "Ny"}
    engine.dispose()


def test_the_process_leader_named_is_the_one_of_the_reports_day(workspace) -> None:
    engine = workspace.engine
    registers = RegisterService(engine, "Maria")
    first = registers.create_person("Anna Först")
    registers.set_roles(first, [(Role.PROCESS_LEADER, None)])
    with Session(engine) as session:
        role_id = session.exec(select(PersonRole.id).where(PersonRole.person_id == first)).one()
    _entered_on(engine, PersonRole, role_id, date(2026, 1, 5))
    SteeringService(engine, "Maria").create_meeting(JUNE)
    assert gather_steering(engine, JUNE).prepared_by == "Anna Först"
    registers.update_person(first, {"name": "Anna Gift"})  # renamed today: June keeps her name then
    assert gather_steering(engine, JUNE).prepared_by == "Anna Först"
    registers.delete(Person, first)  # she left; a successor took over today
    registers.set_roles(registers.create_person("Bo Sedan"), [(Role.PROCESS_LEADER, None)])
    assert gather_steering(engine, JUNE).prepared_by == "Anna Först"
    with Session(engine) as session:
        (change,) = session.exec(select(PersonNameChange)).all()
    assert (change.changed_on, change.previous, change.name) == (TODAY, "Anna Först", "Anna Gift")


def test_a_past_report_names_an_owner_and_who_follows_up_as_the_person_was_called_then(workspace) -> None:
    engine = workspace.engine
    registers = RegisterService(engine, "Maria")
    plan = PlanService(engine, "Maria")
    person = registers.create_person("Anna Först")
    activity = plan.tree().find_activity("1.1.1")
    plan.update_activity(activity.id, {"owner": "Anna Först"})
    plan.report_status(
        activity.id, "red", reported_on=date(2026, 6, 1), cause="Ingen lokal", recommended_action="Hyr en"
    )
    meeting = SteeringService(engine, "Maria").create_meeting(JUNE)
    DecisionService(engine, "Maria").record_decision(
        meeting,
        DecisionKind.DEVIATION_ACTION,
        "Hyr en lokal",
        activity_id=activity.id,
        follow_up_by="Anna Först",
        follow_up_date=date(2026, 9, 1),
    )
    registers.update_person(person, {"name": "Anna Gift"})  # renamed today, after the June meeting

    assert read_tree_on(workspace.path, JUNE).find_activity("1.1.1").owner == "Anna Först"
    assert read_tree_on(workspace.path, TODAY).find_activity("1.1.1").owner == "Anna Gift"
    assert plan.tree().find_activity("1.1.1").owner == "Anna Gift"
    text = pdf_text(steering.steering_report_pdf(gather_steering(engine, JUNE)))
    assert text.count("Anna Först") >= 2 and "Anna Gift" not in text  # owner and who follows up
