"""The tree reads its activities unordered and sorts them itself: the order must be SQLite's."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from desktop_app.services.tree import read_tree
from desktop_app.services.workspace import Workspace

_SQLITE_ORDER = """
    SELECT a.id FROM activity AS a JOIN initiative AS i ON i.id = a.initiative_id
    WHERE a.deleted_at IS NULL AND i.id = ? ORDER BY a.position, a.created_at, a.id
"""


def _first_initiative(path: Path) -> str:
    tree = read_tree(path)
    return max(
        (initiative for area in tree.focus_areas for initiative in area.initiatives),
        key=lambda initiative: len(initiative.activities),
    ).id


def _shown_order(path: Path, initiative_id: str) -> list[str]:
    for area in read_tree(path).focus_areas:
        for initiative in area.initiatives:
            if initiative.id == initiative_id:
                return [activity.id for activity in initiative.activities]
    raise AssertionError(initiative_id)


def test_activities_tied_on_position_come_in_sqlite_s_order(workspace: Workspace) -> None:
    path = workspace.path
    initiative_id = _first_initiative(path)
    with closing(sqlite3.connect(path)) as connection, connection:
        ids = [row[0] for row in connection.execute(
            "SELECT id FROM activity WHERE initiative_id = ? ORDER BY position", (initiative_id,)
        )]  # fmt: skip
        assert len(ids) >= 3
        # All at one position: the time they were made decides, then the id (upper case before
        # lower case, and a non-ASCII letter after both, by its UTF-8 bytes as SQLite compares).
        connection.execute(
            "UPDATE activity SET position = 7, created_at = '2026-06-01 00:00:00.000000'"
            " WHERE initiative_id = ?",
            (initiative_id,),
        )
        connection.execute("UPDATE activity SET id = 'å-' || id WHERE id = ?", (ids[0],))
        connection.execute("UPDATE activity SET id = 'Z-' || id WHERE id = ?", (ids[1],))
        connection.execute(
            "UPDATE activity SET created_at = '2026-05-31 23:59:59.999999', id = '~' || id WHERE id = ?",
            (ids[2],),
        )
        expected = [row[0] for row in connection.execute(_SQLITE_ORDER, (initiative_id,))]
    assert expected[0] == "~" + ids[2]  # the earliest made, though its id sorts after the others
    assert expected.index("Z-" + ids[1]) < expected.index("å-" + ids[0])
    assert _shown_order(path, initiative_id) == expected


def test_a_position_written_as_text_by_another_program_still_sorts_as_sqlite_does(
    workspace: Workspace,
) -> None:
    path = workspace.path
    initiative_id = _first_initiative(path)
    with closing(sqlite3.connect(path)) as connection, connection:
        first = connection.execute(
            "SELECT id FROM activity WHERE initiative_id = ? ORDER BY position LIMIT 1", (initiative_id,)
        ).fetchone()[0]
        # SQLite keeps text it cannot read as a number in an INTEGER column; ORDER BY puts it last.
        connection.execute("UPDATE activity SET position = 'först' WHERE id = ?", (first,))
        assert connection.execute(
            "SELECT typeof(position) FROM activity WHERE id = ?", (first,)
        ).fetchone() == ("text",)
        expected = [row[0] for row in connection.execute(_SQLITE_ORDER, (initiative_id,))]
    assert expected[-1] == first
    assert _shown_order(path, initiative_id) == expected
