"""Settling numbers given twice (``numbering.resolve_collisions``) skips a table with nothing to
settle, found by SQLite: on random numberings it must renumber exactly what going through every
row renumbers, and read no row when there is nothing to settle."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from hypothesis import given, settings
from hypothesis import strategies as st

from database import numbering
from database.numbering import NUMBERED, resolve_collisions

NUMBERS = st.one_of(st.none(), st.integers(-1, 4), st.just(2.0))
ROWS = st.lists(st.tuples(st.integers(0, 2), NUMBERS, st.integers(0, 5)), max_size=12)


def _plain(connection: sqlite3.Connection, now: str, actor: str) -> list[str]:
    """Every row of every table, the first given a number keeping it: what the import always did."""
    changed: list[str] = []
    for table, parent in NUMBERED.items():
        rows = connection.execute(
            f"SELECT id, {parent}, number FROM {table} ORDER BY created_at, id"
        ).fetchall()
        taken: dict[str, set[int]] = {}
        highest: dict[str, int] = {}
        for _id, parent_id, number in rows:
            if number is not None:
                highest[parent_id] = max(highest.get(parent_id, 0), number)
        updates = []
        for record_id, parent_id, number in rows:
            used = taken.setdefault(parent_id, set())
            if not isinstance(number, int) or number < 1 or number in used:
                number = highest.get(parent_id, 0) + 1
                highest[parent_id] = number
                updates.append((number, now, actor, record_id))
            used.add(number)
        connection.executemany(
            f"UPDATE {table} SET number = ?, modified_at = ?, modified_by = ? WHERE id = ?", updates
        )
        changed += [update[-1] for update in updates]
    return changed


def _database(rows: dict[str, list[tuple[int, object, int]]]) -> sqlite3.Connection:
    connection = sqlite3.connect(":memory:")
    for table, parent in NUMBERED.items():
        connection.execute(
            f"CREATE TABLE {table} (id TEXT PRIMARY KEY, {parent} TEXT, number, created_at TEXT,"
            " modified_at TEXT, modified_by TEXT)"
        )
        connection.executemany(
            f"INSERT INTO {table} VALUES (?, ?, ?, ?, '', '')",
            [
                (f"{table}-{n}", f"p{p}", number, f"2026-01-0{day + 1}")
                for n, (p, number, day) in enumerate(rows[table])
            ],
        )
    return connection


def _state(connection: sqlite3.Connection) -> list[tuple]:
    return [row for table in NUMBERED for row in connection.execute(f"SELECT * FROM {table} ORDER BY id")]


@settings(max_examples=300, deadline=None)
@given(focus=ROWS, initiatives=ROWS, activities=ROWS)
def test_resolving_settles_what_going_through_every_row_settles(focus, initiatives, activities) -> None:
    """Numbers missing, below 1, stored as a real or given twice, on random parents and days."""
    rows = {"focusarea": focus, "initiative": initiatives, "activity": activities}
    with closing(_database(rows)) as settled, closing(_database(rows)) as plain:
        assert resolve_collisions(settled, "now", "x") == _plain(plain, "now", "x")
        assert _state(settled) == _state(plain)


def test_nothing_to_settle_reads_no_row(monkeypatch) -> None:
    rows = {table: [(n % 2, n // 2 + 1, n) for n in range(6)] for table in NUMBERED}
    with closing(_database(rows)) as connection:
        statements: list[str] = []
        run = numbering._run

        def counting(connection: object, sql: str, parameters: object = ()) -> object:
            statements.append(sql)
            return run(connection, sql, parameters)

        monkeypatch.setattr(numbering, "_run", counting)
        assert resolve_collisions(connection, "now", "x") == []
        assert statements and not any(sql.startswith("SELECT id") for sql in statements)
