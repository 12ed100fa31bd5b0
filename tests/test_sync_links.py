"""Link rows are identified by what they link: added on both sides they are one, removed on one side gone.

Issue item 4: participating offices, activity–goal links and meeting
attendees added on both sides and later removed by one side came back.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from alembic import command

from database.models import link_id
from database.store import alembic_config, make_engine, upgrade_to_head
from desktop_app.services.goals import GoalService
from desktop_app.services.plan import PlanService
from desktop_app.services.registers import RegisterService
from desktop_app.services.steering import SteeringService
from desktop_app.services.workspace import Workspace, open_workspace
from tests.sync_helpers import content, export, import_file


@pytest.fixture
def pair(tmp_path):
    a, b = open_workspace(tmp_path / "a" / "plan.sqlite"), open_workspace(tmp_path / "b" / "plan.sqlite")
    import_file(b, export(a, tmp_path / "start.hplan"))
    yield a, b
    a.close()
    b.close()


def exchange_both_ways(a: Workspace, b: Workspace, folder: Path) -> None:
    import_file(b, export(a, folder / "a.hplan"))
    import_file(a, export(b, folder / "b.hplan"))
    import_file(b, export(a, folder / "a.hplan"))


def live_links(workspace: Workspace, table: str) -> dict[str, dict[str, object]]:
    return {i: row for i, row in content(workspace)[table].items() if row["deleted_at"] is None}


def _offices(a: Workspace, b: Workspace, folder: Path) -> tuple[str, Callable[[Workspace, bool], None]]:
    activity = PlanService(a.engine, "x").tree().find_activity("1.1.1").id
    office = PlanService(a.engine, "x").offices()[0].id

    def link(workspace: Workspace, linked: bool) -> None:
        PlanService(workspace.engine, "x").update_activity(
            activity, {"participating_office_ids": (office,) if linked else ()}
        )

    return "activityoffice", link


def _goals(a: Workspace, b: Workspace, folder: Path) -> tuple[str, Callable[[Workspace, bool], None]]:
    goal = GoalService(a.engine, "anna").create_goal({"title": "Fler arbetstillfällen"})
    activity = PlanService(a.engine, "x").tree().find_activity("1.1.1").id
    exchange_both_ways(a, b, folder)

    def link(workspace: Workspace, linked: bool) -> None:
        GoalService(workspace.engine, "x").set_link(activity, goal, linked)

    return "activitygoal", link


def _attendees(a: Workspace, b: Workspace, folder: Path) -> tuple[str, Callable[[Workspace, bool], None]]:
    person = RegisterService(a.engine, "anna").create_person("Eva Ek")
    meeting = SteeringService(a.engine, "anna").create_meeting(date(2025, 5, 1))
    exchange_both_ways(a, b, folder)

    def link(workspace: Workspace, linked: bool) -> None:
        SteeringService(workspace.engine, "x").update_meeting(
            meeting, {"attendee_ids": (person,) if linked else ()}
        )

    return "meetingattendee", link


@pytest.mark.parametrize("make", [_offices, _goals, _attendees], ids=["offices", "goals", "attendees"])
@pytest.mark.parametrize("remover", ["a", "b"])
def test_a_link_added_on_both_sides_and_removed_on_one_stays_removed(pair, tmp_path, make, remover) -> None:
    a, b = pair
    table, link = make(a, b, tmp_path)
    before = len(live_links(a, table))
    link(a, True)
    link(b, True)
    exchange_both_ways(a, b, tmp_path)
    assert len(live_links(a, table)) == len(live_links(b, table)) == before + 1
    assert content(a)[table].keys() == content(b)[table].keys()
    link(a if remover == "a" else b, False)
    exchange_both_ways(a, b, tmp_path)
    exchange_both_ways(b, a, tmp_path)
    assert len(live_links(a, table)) == len(live_links(b, table)) == before
    assert content(a, with_stamps=False)[table] == content(b, with_stamps=False)[table]


def test_upgrading_gives_old_link_rows_their_natural_ids_and_folds_duplicates(tmp_path) -> None:
    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    activity, office = str(uuid.uuid4()), str(uuid.uuid4())
    rows = [
        (str(uuid.uuid4()), "2025-01-01 00:00:00.000000", None),
        (str(uuid.uuid4()), "2025-02-01 00:00:00.000000", "2025-03-01 00:00:00.000000"),
    ]
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA foreign_keys=OFF")
        for record_id, modified, deleted in rows:
            connection.execute(
                "INSERT INTO activityoffice (id, created_at, modified_at, modified_by, deleted_at,"
                " activity_id, office_id) VALUES (?, ?, ?, '', ?, ?, ?)",
                (record_id, modified, modified, deleted, activity, office),
            )
    upgrade_to_head(engine)
    engine.dispose()
    with sqlite3.connect(path) as connection:
        found = connection.execute("SELECT id, deleted_at FROM activityoffice").fetchall()
    assert found == [(link_id("activityoffice", activity, office), None)]
