"""Activity codes stay stable: a code, once given, does not shift when a colleague's record arrives.

Each focus area, initiative and activity keeps the number it was given
(``database.numbering``). Two installations that gave one number twice
settle it the same way (the record made first keeps it), so a code changes at
most once, at the exchange that brings the collision, and the import says so;
a code an activity had before is refused on the command line rather than
taken for another activity.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command

from database.store import alembic_config
from desktop_app.main import main
from desktop_app.services.errors import NotFoundError
from desktop_app.services.plan import PlanService
from desktop_app.services.sync.importer import apply_import, discard_import, prepare_import
from desktop_app.services.workspace import Workspace, open_workspace
from tests.sync_helpers import content, export, import_file


@pytest.fixture
def pair(tmp_path: Path):
    """A and B from the same seed, never exchanged."""
    a = open_workspace(tmp_path / "A" / "plan.sqlite")
    b = open_workspace(tmp_path / "B" / "plan.sqlite")
    yield a, b
    a.close()
    b.close()


def codes(workspace: Workspace) -> dict[str, str]:
    return {a.id: a.code for a in PlanService(workspace.engine, "x").tree().activities()}


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def exchange(sender: Workspace, receiver: Workspace, path: Path, actor: str):
    """Import a new export of ``sender`` into ``receiver``; returns the import's result."""
    plan = prepare_import(receiver, export(sender, path, actor), actor)
    try:
        return apply_import(receiver, plan, {c.key: "theirs" for c in plan.preview.conflicts})
    finally:
        discard_import(plan)


def test_bs_1_1_5_stays_when_a_colleagues_new_activity_arrives(pair, tmp_path, capsys) -> None:
    a, b = pair
    bo, anna = PlanService(b.engine, "Bo"), PlanService(a.engine, "Anna")
    initiative = bo.tree().find("1.1")
    assert [x.code for x in initiative.activities][-1] == "1.1.4"
    bos = bo.create_activity(initiative.id, "Bos nya aktivitet")
    annas = anna.create_activity(initiative.id, "Annas nya aktivitet")  # made after Bo's
    assert codes(b)[bos] == codes(a)[annas] == "1.1.5"  # one number, given twice

    result = exchange(a, b, tmp_path / "a.hplan", "Bo")
    assert codes(b)[bos] == "1.1.5"  # Bo's code does not shift
    assert codes(b)[annas] == "1.1.6"  # the one made later takes the next free number
    assert result.code_lines() == ["Aktiviteten ”Annas nya aktivitet” har nu koden 1.1.6 (förut 1.1.5)."]

    result = exchange(b, a, tmp_path / "b.hplan", "Anna")
    assert result.code_lines() == ["Aktiviteten ”Annas nya aktivitet” har nu koden 1.1.6 (förut 1.1.5)."]
    assert codes(a) == codes(b)
    assert content(a, with_stamps=False) == content(b, with_stamps=False)
    # Settled: the next exchanges change no code.
    for sender, receiver, name in ((a, b, "a2"), (b, a, "b2")):
        assert exchange(sender, receiver, tmp_path / f"{name}.hplan", "x").codes == []
    assert codes(a) == codes(b)

    # Anna's e-mail from before the exchange says 1.1.5: on her plan that is ambiguous now.
    a.close()
    code, _out, err = run(capsys, "--db", str(a.path), "status", "1.1.5", "green", "--comment", "Klart")
    assert code != 0 and "Traceback" not in err
    assert (
        "tvetydig" in err and "Bos nya aktivitet" in err and "Annas nya aktivitet" in err and "1.1.6" in err
    )
    assert PlanService(b.engine, "x").status_history(bos) == []
    assert run(capsys, "--db", str(a.path), "status", "1.1.6", "green", "--comment", "Klart")[0] == 0


def test_numbers_given_on_both_sides_of_a_crossing_exchange_converge(pair, tmp_path) -> None:
    """Both import the other's file before either sees the result: the same rule settles both."""
    a, b = pair
    bo, anna = PlanService(b.engine, "Bo"), PlanService(a.engine, "Anna")
    initiative = bo.tree().find("2.1").id
    made = [bo.create_activity(initiative, "Bo 1"), anna.create_activity(initiative, "Anna 1")]
    made += [bo.create_activity(initiative, "Bo 2"), anna.create_activity(initiative, "Anna 2")]
    from_a, from_b = export(a, tmp_path / "a.hplan", "Anna"), export(b, tmp_path / "b.hplan", "Bo")
    import_file(b, from_a, actor="Bo")
    import_file(a, from_b, actor="Anna")
    assert codes(a) == codes(b)
    first = len(PlanService(a.engine, "x").tree().find("2.1").activities) - 4 + 1
    # Each number went first to Bo's (made first); Anna's took the next free ones, in the order made.
    assert [codes(a)[i] for i in made] == [f"2.1.{first + n}" for n in (0, 2, 1, 3)]
    import_file(b, export(a, tmp_path / "a2.hplan", "Anna"), actor="Bo")
    import_file(a, export(b, tmp_path / "b2.hplan", "Bo"), actor="Anna")
    assert codes(a) == codes(b)
    assert content(a, with_stamps=False) == content(b, with_stamps=False)


def test_a_moved_activity_gets_the_next_free_number_and_its_old_code_is_refused(
    pair, tmp_path, capsys
) -> None:
    a, b = pair
    anna = PlanService(a.engine, "Anna")
    tree = anna.tree()
    moved = tree.find_activity("1.1.2")
    target = tree.find("1.2")
    anna.move_activity(moved.id, target.id, 0)
    new_code = f"1.2.{len(target.activities) + 1}"
    assert codes(a)[moved.id] == new_code
    assert [x.code for x in anna.tree().find("1.1").activities] == ["1.1.1", "1.1.3", "1.1.4"]
    with pytest.raises(NotFoundError, match="används inte längre"):
        anna.tree().find("1.1.2")

    result = exchange(a, b, tmp_path / "a.hplan", "Bo")
    assert codes(b)[moved.id] == new_code
    assert result.code_lines() == [f"Aktiviteten ”{moved.title}” har nu koden {new_code} (förut 1.1.2)."]
    b.close()
    code, _out, err = run(
        capsys, "--db", str(b.path), "status", "1.1.2", "red", "--cause", "C", "--action", "D"
    )
    assert code != 0 and "används inte längre" in err and new_code in err and "Traceback" not in err
    # A new activity in 1.1 never takes the number the moved one left: 1.1.2 stays refused, not re-given.
    created = PlanService(a.engine, "Anna").create_activity(tree.find("1.1").id, "Ny")
    assert codes(a)[created] == "1.1.5"


def test_upgrading_a_plan_keeps_every_code(tmp_path) -> None:
    """Numbers for an existing plan come from today's order: no code changes on the upgrade."""
    path = tmp_path / "plan.sqlite"
    workspace = open_workspace(path)
    anna = PlanService(workspace.engine, "Anna")
    tree = anna.tree()
    anna.delete(tree.find_activity("2.1.1").id)
    anna.move_activity(tree.find_activity("3.1.2").id, tree.find("3.1").id, 0)
    engine = workspace.engine
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0004")
    workspace.close()
    # The codes as the previous version showed them: the place among live siblings.
    with sqlite3.connect(path) as connection:
        areas = connection.execute(
            "SELECT id FROM focusarea WHERE deleted_at IS NULL ORDER BY position, created_at, id"
        ).fetchall()
        expected: dict[str, str] = {}
        for a, (area,) in enumerate(areas, start=1):
            initiatives = connection.execute(
                "SELECT id FROM initiative WHERE deleted_at IS NULL AND focus_area_id = ?"
                " ORDER BY position, created_at, id",
                (area,),
            ).fetchall()
            for i, (initiative,) in enumerate(initiatives, start=1):
                activities = connection.execute(
                    "SELECT id FROM activity WHERE deleted_at IS NULL AND initiative_id = ?"
                    " ORDER BY position, created_at, id",
                    (initiative,),
                ).fetchall()
                for n, (activity,) in enumerate(activities, start=1):
                    expected[activity] = f"{a}.{i}.{n}"
    upgraded = open_workspace(path)
    try:
        assert codes(upgraded) == expected
        assert len(expected) > 30
    finally:
        upgraded.close()
