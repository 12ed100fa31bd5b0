"""What export and import cost: set operations, one snapshot compared, never a pass per kept file.

The note of a received file's rows the import did not take (``held.rows_not_taken``) is
computed from the rows the import already read; the versions of the kept files that differ
from the plan (``held.differing_stamps``) and the rows of a file that differ from the plan's
(``plan_file._differing_rows``) are found with one join per table, looked up by rowid first;
an export compares the plan with the snapshot of the last summary (``held_summary``) and only
looks up what changed since in the kept files. Each must give exactly what a plain comparison of
every row gives.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from desktop_app.services.goals import GoalService
from desktop_app.services.plan import PlanService
from desktop_app.services.sync import held
from desktop_app.services.sync.held import differing_stamps
from desktop_app.services.sync.importer import undo_last_import
from desktop_app.services.sync.merge import Choice
from desktop_app.services.sync.plan_file import SPARSE_TABLES, _differing_rows, sync_dir
from desktop_app.services.workspace import Workspace, open_workspace
from tests.sync_helpers import every_row_not_taken, export, import_file, not_taken_note


@pytest.fixture
def pair(tmp_path: Path):
    """A and B from the seed, B made from A's first file, which has a goal with a value."""
    a = open_workspace(tmp_path / "A" / "plan.sqlite")
    b = open_workspace(tmp_path / "B" / "plan.sqlite")
    goals = GoalService(a.engine, "A")
    goals.set_value(goals.create_goal({"title": "Färre utsläpp", "unit": "ton"}), 2024, 10)
    import_file(b, export(a, tmp_path / "A-first.hplan", "A"), actor="B")
    yield a, b
    for workspace in (a, b):
        workspace.close()


@pytest.mark.parametrize("prefer", [Choice.MINE, Choice.THEIRS])
def test_the_note_of_rows_not_taken_is_every_stored_row_that_differs_after_the_import(
    pair, tmp_path, prefer
) -> None:
    """Conflicts kept or taken, a restored parent, status reports new on both sides and a retracted
    one: the note names exactly the rows a comparison of every row names."""
    a, b = pair
    anna, bo = PlanService(a.engine, "A"), PlanService(b.engine, "B")
    tree = anna.tree()
    first, second, third = (tree.find_activity(code).id for code in ("1.1.1", "1.1.2", "1.3.1"))
    initiative = tree.find("1.3").id
    anna.update_activity(first, {"title": "Annas titel"})
    bo.update_activity(first, {"title": "Bos titel"})
    bo.update_activity(second, {"owner": "Bo"})
    anna.report_status(second, "green", comment="Från A")
    retracted = bo.report_status(second, "green", comment="Från B")
    bo.report_status(third, "green", comment="Från B igen")
    bo.retract_status_report(retracted)
    anna.delete(initiative)  # B has a new status report under it: B keeps (restores) it
    for workspace, value in ((a, 11), (b, 12)):  # a long table's row changed on both sides
        goals = GoalService(workspace.engine, workspace.path.parent.name)
        goals.set_value(goals.goals()[0].id, 2024, value)
    plan = import_file(b, export(a, tmp_path / "A-1.hplan", "A"), prefer, actor="B")
    assert plan.preview.conflicts
    [stored] = sync_dir(b.path).glob(f"base-{plan.info.installation_id}-{plan.info.export_id}.sqlite")
    expected = every_row_not_taken(stored, b.path)
    assert expected  # the test sees rows not taken at all
    assert not_taken_note(stored) == expected


def test_the_note_reads_only_the_rows_the_import_read_and_wrote(pair, tmp_path, monkeypatch) -> None:
    """The long tables' local rows are looked up by id, never read whole a second time."""
    a, b = pair
    anna = PlanService(a.engine, "A")
    anna.report_status(anna.tree().find_activity("1.1.1").id, "green", comment="Från A")
    whole: list[str] = []
    looked_up: dict[str, int] = {}
    stamps = held._stamps

    def counting(connection: sqlite3.Connection, table: str, ids: list[str] | None) -> dict:
        if ids is None:
            whole.append(table)
        else:
            looked_up[table] = len(ids)
        return stamps(connection, table, ids)

    monkeypatch.setattr(held, "_stamps", counting)
    import_file(b, export(a, tmp_path / "A-1.hplan", "A"), actor="B")
    assert not set(whole) & SPARSE_TABLES
    assert looked_up["statusreport"] == 1


def _table(path: Path, rows: list[tuple[str, str, str]]) -> None:
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("CREATE TABLE activity (id TEXT PRIMARY KEY, modified_at TEXT, modified_by TEXT)")
        connection.executemany("INSERT INTO activity VALUES (?, ?, ?)", rows)


def test_differing_stamps_finds_what_a_join_on_the_id_finds_when_rowids_differ(tmp_path) -> None:
    """Rows in another order (a peer's file), rows only on one side, a stamp that differs in its
    author only: the rowid is only a shortcut, the id decides."""
    kept_rows = [(f"id-{n:03d}", f"2026-01-{n % 28 + 1:02d}", "A") for n in range(200)]
    current = [(i, at, by) for i, at, by in reversed(kept_rows[20:])]  # other rowids, 20 gone
    current[5] = (current[5][0], "2026-03-01", "B")
    current[7] = (current[7][0], current[7][1], "B")
    current.insert(50, ("id-new", "2026-03-02", "B"))
    _table(tmp_path / "kept.sqlite", kept_rows)
    _table(tmp_path / "current.sqlite", current)
    with closing(sqlite3.connect(tmp_path / "current.sqlite")) as connection:
        connection.execute("ATTACH DATABASE ? AS kept", (str(tmp_path / "kept.sqlite"),))
        found = sorted(differing_stamps(connection, "kept", "main", "activity"))
        joined = sorted(
            connection.execute(
                "SELECT k.id, k.modified_at, k.modified_by FROM kept.activity AS k"
                " JOIN main.activity AS m ON m.id = k.id"
                " WHERE k.modified_at IS NOT m.modified_at OR k.modified_by IS NOT m.modified_by"
            )
        )
    assert found == joined
    assert [i for i, _, _ in found] == sorted([current[5][0], current[7][0]])


def test_differing_stamps_reads_a_table_without_rowids(tmp_path) -> None:
    with closing(sqlite3.connect(tmp_path / "kept.sqlite")) as connection, connection:
        connection.execute(
            "CREATE TABLE activity (id TEXT PRIMARY KEY, modified_at TEXT, modified_by TEXT) WITHOUT ROWID"
        )
        connection.execute("INSERT INTO activity VALUES ('x', '2026-01-01', 'A')")
    _table(tmp_path / "current.sqlite", [("x", "2026-01-02", "A")])
    with closing(sqlite3.connect(tmp_path / "current.sqlite")) as connection:
        connection.execute("ATTACH DATABASE ? AS kept", (str(tmp_path / "kept.sqlite"),))
        assert list(differing_stamps(connection, "kept", "main", "activity")) == [("x", "2026-01-01", "A")]


# --- the summary of the kept files ----------------------------------------------------------


def _held_now(workspace: Workspace) -> dict[str, list[list[str]]]:
    """What an export now would name as held, computed on a snapshot of the plan."""
    with closing(sqlite3.connect(workspace.path)) as source, closing(sqlite3.connect(":memory:")) as snapshot:
        source.backup(snapshot)
        settings = dict(snapshot.execute("SELECT key, value FROM setting"))
        return held.held_versions(snapshot, sync_dir(workspace.path), settings)


def _held_with_and_without_summary(workspace: Workspace) -> tuple[dict, dict]:
    [summary] = sync_dir(workspace.path).glob("held-*.json")
    with_summary = _held_now(workspace)
    aside = summary.with_name("aside")
    summary.rename(aside)
    try:
        return with_summary, _held_now(workspace)
    finally:
        aside.rename(summary)


def test_the_summary_gives_the_versions_a_full_comparison_gives(tmp_path) -> None:
    """Edits, imports that take older stamps and keep their own, new records, an undone import and
    a focus area's copy between exports: with the summary the export names the same versions as
    when every kept file is compared in full."""
    a, b = (open_workspace(tmp_path / name / "plan.sqlite") for name in ("A", "B"))
    try:
        anna, bo = PlanService(a.engine, "A"), PlanService(b.engine, "B")
        import_file(b, export(a, tmp_path / "A-0.hplan", "A"), actor="B")
        codes = [node.code for node in anna.tree().activities()][:6]
        ids = [anna.tree().find_activity(code).id for code in codes]
        seen: list[int] = []
        for round_ in range(4):
            bo.update_activity(ids[round_], {"owner": f"Bo {round_}"})
            bo.report_status(ids[round_ + 1], "green", comment=f"Bo {round_}")
            anna.update_activity(ids[round_ + 1], {"owner": f"Anna {round_}"})
            anna.update_activity(ids[round_ + 2], {"title": f"Annas titel {round_}"})
            bo.update_activity(ids[round_ + 2], {"title": f"Bos titel {round_}"})
            import_file(a, export(b, tmp_path / f"B-{round_}.hplan", "B"), Choice.MINE, actor="A")
            if round_ == 2:
                undo_last_import(a)
            anna.report_status(ids[round_], "green", comment=f"Anna {round_}")
            with_summary, without = _held_with_and_without_summary(a)
            assert with_summary == without
            seen.append(len(without))
            if round_ == 1:
                export(a, tmp_path / "A-area.hplan", "A", focus_area_id=anna.tree().find("1").id)
            import_file(b, export(a, tmp_path / f"A-{round_ + 1}.hplan", "A"), actor="B")
        assert any(seen)  # the kept files held versions the plan no longer has
    finally:
        a.close()
        b.close()


def _counting_full_comparisons(monkeypatch) -> list[str]:
    """The kept files compared in full with the plan from now on (by name)."""
    compared: list[str] = []
    compare = held._compare

    def counting(connection: sqlite3.Connection, path: Path, received: dict[str, str]):
        compared.append(path.name)
        return compare(connection, path, received)

    monkeypatch.setattr(held, "_compare", counting)
    return compared


def test_an_export_compares_only_the_files_kept_since_the_last_one_in_full(
    pair, tmp_path, monkeypatch
) -> None:
    """However many files are kept, an export compares one snapshot of the plan with the plan and
    only a file it has not summarised (the common state of an import since) with the plan in full."""
    a, b = pair
    anna = PlanService(a.engine, "A")
    activity = anna.tree().find_activity("1.1.1").id
    for n in range(4):
        anna.update_activity(activity, {"owner": f"Anna {n}"})
        export(a, tmp_path / f"A-{n}.hplan", "A")
    compared = _counting_full_comparisons(monkeypatch)
    anna.update_activity(activity, {"owner": "Anna igen"})
    export(a, tmp_path / "A-4.hplan", "A")
    assert compared == []
    from_b = export(b, tmp_path / "B-1.hplan", "B")
    compared.clear()
    import_file(a, from_b, actor="A")
    export(a, tmp_path / "A-5.hplan", "A")
    assert [name.split("-")[0] for name in compared] == ["base"]
    compared.clear()
    export(a, tmp_path / "A-6.hplan", "A")
    assert compared == []
    assert len(list(sync_dir(a.path).glob("sent-*.sqlite"))) == 5


def test_a_damaged_summary_or_a_changed_file_is_compared_in_full(pair, tmp_path, monkeypatch) -> None:
    a, _b = pair
    anna = PlanService(a.engine, "A")
    activity = anna.tree().find_activity("1.1.1").id
    anna.update_activity(activity, {"owner": "Anna"})
    export(a, tmp_path / "A-1.hplan", "A")
    anna.update_activity(activity, {"owner": "Anna igen"})
    export(a, tmp_path / "A-2.hplan", "A")
    expected = _held_now(a)
    assert activity in expected
    compared = _counting_full_comparisons(monkeypatch)
    [summary] = sync_dir(a.path).glob("held-*.json")
    text = summary.read_text(encoding="utf-8")
    summary.write_text(text[: len(text) // 2], encoding="utf-8")
    assert _held_now(a) == expected
    assert len(compared) == 3
    summary.write_text(text, encoding="utf-8")
    compared.clear()
    assert _held_now(a) == expected
    assert compared == []
    oldest = min(sync_dir(a.path).glob("sent-*.sqlite"), key=lambda p: p.stat().st_mtime_ns)
    os.utime(oldest)
    assert _held_now(a) == expected
    assert compared == [oldest.name]


def test_the_summary_sees_a_record_an_undo_took_away_and_an_import_brought_back(pair, tmp_path) -> None:
    """A changes and sends a new record of B's, undoes the import that brought it, sends again
    without it, then takes B's later version of it: the version A sent first is one A held."""
    a, b = pair
    bo = PlanService(b.engine, "B")
    activity = bo.create_activity(bo.tree().find("1.1").id, "Bos aktivitet")
    import_file(a, export(b, tmp_path / "B-1.hplan", "B"), actor="A")
    PlanService(a.engine, "A").update_activity(activity, {"owner": "Anna"})
    export(a, tmp_path / "A-1.hplan", "A")
    undo_last_import(a)
    export(a, tmp_path / "A-2.hplan", "A")
    bo.update_activity(activity, {"owner": "Bo"})
    import_file(a, export(b, tmp_path / "B-2.hplan", "B"), actor="A")
    with_summary, without = _held_with_and_without_summary(a)
    assert activity in without
    assert with_summary == without


def test_the_rows_that_differ_are_those_a_join_on_the_id_finds_when_rowids_differ(tmp_path) -> None:
    """The import's join of a long table (``plan_file._differing_rows``): rowid first, the id decides."""
    names = ["id", "modified_at", "modified_by"]
    theirs_rows = [(f"id-{n:03d}", f"2026-01-{n % 28 + 1:02d}", "A") for n in range(100)]
    mine_rows = [row for row in reversed(theirs_rows[10:])]
    mine_rows[3] = (mine_rows[3][0], mine_rows[3][1], "B")
    mine_rows.append(("id-mine", "2026-02-01", "B"))
    _table(tmp_path / "theirs.sqlite", theirs_rows)
    _table(tmp_path / "mine.sqlite", mine_rows)
    with closing(sqlite3.connect(tmp_path / "theirs.sqlite")) as connection:
        connection.execute("ATTACH DATABASE ? AS mine", (str(tmp_path / "mine.sqlite"),))
        found = sorted(_differing_rows(connection, names, "main.activity", "mine.activity"), key=repr)
        joined = sorted(
            connection.execute(
                "SELECT t.id, t.modified_at, t.modified_by, m.id, m.modified_at, m.modified_by"
                " FROM main.activity AS t LEFT JOIN mine.activity AS m ON m.id = t.id"
                " WHERE t.modified_at IS NOT m.modified_at OR t.modified_by IS NOT m.modified_by"
                " OR t.id IS NOT m.id"
            ),
            key=repr,
        )
    assert found == joined
    assert len(found) == 11  # ten only in the file, one changed
