"""The import reads only the rows that differ (and what describing and checking them needs): its
preview must be exactly the preview of a plain comparison of every row of both plans.

Random edits and exchanges between three installations (``test_sync_three_installations``); at
every import the preview is also worked out from every row of both sides, and must be equal,
field by field, with the same follow-up marks. After every import the note of the rows not taken
(``held.rows_not_taken``, from the rows read) must name exactly the stored rows whose stamp
differs from the plan's.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.services.plan import PlanService
from desktop_app.services.sync import importer
from desktop_app.services.sync.errors import SyncError
from desktop_app.services.sync.importer import apply_import, discard_import, prepare_import
from desktop_app.services.sync.merge import Choice
from desktop_app.services.sync.plan_file import (
    TABLE_NAMES,
    IncomingFile,
    Rows,
    _differing_rows,
    plan_fingerprint,
    sync_dir,
)
from desktop_app.services.workspace import Workspace, open_workspace
from tests.sync_helpers import every_row_not_taken, export, import_file, not_taken_note
from tests.test_sync_three_installations import World, steps
from tests.test_sync_three_installations import templates as templates  # the fixture

NOW = "2030-01-01 00:00:00.000000"


def _read_every_row(workspace: Workspace, incoming: IncomingFile, columns: dict[str, list[str]]):
    """Every row of both sides: the plain comparison the import's reading must match."""
    with closing(incoming.connect()) as connection:
        connection.execute("ATTACH DATABASE ? AS mine", (str(workspace.path),))
        sides: list[Rows] = []
        for schema in ("mine", "main"):
            rows: Rows = {}
            for table in TABLE_NAMES:
                names = columns[table]
                cursor = connection.execute(f"SELECT {', '.join(names)} FROM {schema}.{table}")
                rows[table] = {values[0]: dict(zip(names, values, strict=True)) for values in cursor}
            sides.append(rows)
        fingerprint = plan_fingerprint(connection, "mine")
        connection.execute("DETACH DATABASE mine")
    return sides[0], sides[1], fingerprint


class ComparingWorld(World):
    """Every import is also previewed from every row, and its note of rows not taken checked."""

    compared: int = 0

    def receive(self, receiver: str, path: Path, choice: Choice) -> bool:
        workspace = self.workspaces[receiver]
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(importer, "stamp", lambda: NOW)
            # The plain one first: both keep the checked file under the same name until applied.
            with pytest.MonkeyPatch.context() as plainly:
                plainly.setattr(importer, "_read_both", _read_every_row)
                try:
                    plain = prepare_import(workspace, path, receiver)
                except SyncError as error:
                    assert "är äldre än den senaste från" in str(error), str(error)
                    return False
                discard_import(plain)
            plan = prepare_import(workspace, path, receiver)
        try:
            assert plan.preview == plain.preview
            assert plan.follow_up == plain.follow_up
            assert plan.summary_lines() == plain.summary_lines()
            assert plan.fingerprint == plain.fingerprint
            for table, stamps in plan.received.items():
                assert stamps.items() <= plain.received[table].items()
            self.compared += 1
            apply_import(workspace, plan, {c.key: choice for c in plan.preview.conflicts})
        finally:
            discard_import(plan)
        if not plan.from_self:
            name = plan.base_copy.name.removesuffix(".pending")
            stored = sync_dir(workspace.path) / name
            assert not_taken_note(stored) == every_row_not_taken(stored, workspace.path)
        return True


class ScopedWorld(ComparingWorld):
    """Every new file sent as an earlier one's second is one focus area's, alternately the first
    and the second: the file lacks the other areas' rows, which the receiver has."""

    def exchange(self, sender: str, receiver: str, old: int, choice: Choice) -> None:
        if old != 1:
            super().exchange(sender, receiver, old, choice)
            return
        self.counter += 1
        areas = PlanService(self.workspaces[sender].engine, sender).tree().focus_areas
        area = areas[self.counter % 2].id
        path = export(self.workspaces[sender], self.folder / f"{sender}-{self.counter}.hplan", sender, area)
        self.receive(receiver, path, choice)


SETTINGS = settings(
    max_examples=10,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@SETTINGS
@given(plan=steps)
def test_the_import_previews_what_a_comparison_of_every_row_previews(templates, plan) -> None:
    _exchange_and_compare(ComparingWorld, templates, plan)


@SETTINGS
@given(plan=steps)
def test_a_focus_area_file_previews_what_a_comparison_of_every_row_previews(templates, plan) -> None:
    _exchange_and_compare(ScopedWorld, templates, plan)


def _exchange_and_compare(kind: type[ComparingWorld], templates, plan) -> None:
    world = kind.from_templates(templates, "sync-read-")
    try:
        world.run(plan)
        if kind is ScopedWorld:  # at least one focus area's file in every example
            world.exchange("A", "B", 1, Choice.MINE)
            world.exchange("B", "C", 1, Choice.THEIRS)
        for sender, receiver in (("B", "A"), ("C", "A"), ("A", "B"), ("A", "C")):  # the settling round
            world.exchange(sender, receiver, 0, Choice.THEIRS)
        assert world.compared >= 4
    finally:
        world.close()


def test_a_record_renumbering_stamps_is_noted_as_not_taken_though_the_import_did_not_read_it(
    tmp_path: Path,
) -> None:
    """Two activities with one number, the same on both sides (an older version's data): the
    import reads neither (they do not differ), renumbering stamps the later one, and the stored
    file's note names it, as a comparison of every row does."""
    a = open_workspace(tmp_path / "A" / "plan.sqlite")
    b = open_workspace(tmp_path / "B" / "plan.sqlite")
    try:
        import_file(b, export(a, tmp_path / "A-0.hplan", "A"), actor="B")
        service = PlanService(a.engine, "A")
        first, second, third = (service.tree().find_activity(c).id for c in ("1.1.1", "1.1.2", "1.1.3"))
        for workspace in (a, b):
            with closing(sqlite3.connect(workspace.path)) as connection, connection:
                connection.execute(
                    "UPDATE activity SET number = (SELECT number FROM activity WHERE id = ?),"
                    " created_at = (SELECT created_at FROM activity WHERE id = ?) || '1' WHERE id = ?",
                    (first, first, second),
                )
        service.update_activity(third, {"owner": "Anna"})
        plan = import_file(b, export(a, tmp_path / "A-1.hplan", "A"), actor="B")
        assert second not in plan.received["activity"]  # the import did not read it
        with closing(sqlite3.connect(b.path)) as connection:
            (by,) = connection.execute("SELECT modified_by FROM activity WHERE id = ?", (second,)).fetchone()
        assert by == "B"  # renumbered, and stamped so
        stored = sync_dir(b.path) / plan.base_copy.name.removesuffix(".pending")
        assert second in not_taken_note(stored)
        assert not_taken_note(stored) == every_row_not_taken(stored, b.path)
    finally:
        a.close()
        b.close()


VALUES = st.one_of(st.none(), st.integers(0, 2), st.just(1.0), st.sampled_from(["a", "A", "1", ""]))
TABLE = st.lists(st.tuples(st.integers(1, 12), st.integers(0, 5), VALUES, VALUES), max_size=10)


def _make(connection: sqlite3.Connection, schema: str, rows: list[tuple], without_rowid: bool) -> None:
    connection.execute(
        f"CREATE TABLE {schema}.record (id TEXT PRIMARY KEY, a INTEGER, b TEXT)"
        + (" WITHOUT ROWID" if without_rowid else "")
    )
    seen: set[int] = set()
    for rowid, record, a, b in rows:
        if rowid in seen or f"r{record}" in {
            i for (i,) in connection.execute(f"SELECT id FROM {schema}.record")
        }:
            continue
        seen.add(rowid)
        if without_rowid:
            connection.execute(f"INSERT INTO {schema}.record VALUES (?, ?, ?)", (f"r{record}", a, b))
        else:
            connection.execute(
                f"INSERT INTO {schema}.record (rowid, id, a, b) VALUES (?, ?, ?, ?)",
                (rowid, f"r{record}", a, b),
            )


@settings(max_examples=300, deadline=None)
@given(theirs=TABLE, mine=TABLE, shared=TABLE, without_rowid=st.booleans())
def test_the_rows_that_differ_are_those_a_join_on_the_id_finds(theirs, mine, shared, without_rowid) -> None:
    """Rows at the same rowid or another, the same or not, NULLs, 1 and 1.0, text that looks like a
    number or differs in case only: the import's join (``_differing_rows``) finds what a plain join
    on the id finds."""
    with closing(sqlite3.connect(":memory:")) as connection:
        connection.execute("ATTACH DATABASE ':memory:' AS mine")
        _make(connection, "main", shared + theirs, without_rowid)
        _make(connection, "mine", shared + mine, False)
        names = ["id", "a", "b"]
        found = sorted(_differing_rows(connection, names, "main.record", "mine.record"), key=repr)
        plain = sorted(
            connection.execute(
                "SELECT t.id, t.a, t.b, m.id, m.a, m.b FROM main.record AS t LEFT JOIN mine.record AS m"
                " ON m.id = t.id WHERE t.id IS NOT m.id OR t.a IS NOT m.a OR t.b IS NOT m.b"
            ),
            key=repr,
        )
    assert found == plain
