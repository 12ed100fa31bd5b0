"""Reading for the merge: the long tables only where the two sides differ, the rest whole."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from benchmarks.run import change_tenth
from benchmarks.synthetic import generate_plan
from desktop_app.services.sync.plan_file import (
    SPARSE_TABLES,
    TABLE_NAMES,
    read_rows,
    read_rows_to_merge,
    table_columns,
)


def test_only_differing_rows_of_long_tables_are_read(tmp_path: Path) -> None:
    mine_path, theirs_path = tmp_path / "mine.sqlite", tmp_path / "theirs.sqlite"
    generate_plan(mine_path, activities=200, seed=3, reports_per_activity=3)
    shutil.copyfile(mine_path, theirs_path)
    change_tenth(mine_path, "A", 1)
    change_tenth(theirs_path, "B", 2)
    with closing(sqlite3.connect(theirs_path)) as connection, connection:
        connection.execute(
            "UPDATE decision SET text = :text WHERE id = (SELECT min(id) FROM decision)", {"text": "Ändrat"}
        )

    with closing(sqlite3.connect(theirs_path)) as connection:
        columns = {table: table_columns(connection, table) for table in TABLE_NAMES}
        full_theirs = read_rows(connection, columns)
        connection.execute("ATTACH DATABASE ? AS mine", (str(mine_path),))
        mine, theirs = read_rows_to_merge(connection, columns, mine="mine", theirs="main")
    with closing(sqlite3.connect(mine_path)) as connection:
        full_mine = read_rows(connection, columns)

    for table in TABLE_NAMES:
        if table not in SPARSE_TABLES:
            assert mine[table] == full_mine[table]
            assert theirs[table] == full_theirs[table]
            continue
        differing = {i: row for i, row in full_theirs[table].items() if full_mine[table].get(i) != row}
        assert differing or table not in ("statusreport", "decision")
        referred = (
            {row["status_report_id"] for row in theirs["decision"].values()}
            if table == "statusreport"
            else set()
        )
        assert set(differing) <= set(theirs[table]) <= set(differing) | referred
        assert {i: theirs[table][i] for i in differing} == differing
        assert {i: mine[table][i] for i in differing if i in mine[table]} == {
            i: full_mine[table][i] for i in differing if i in full_mine[table]
        }
    (decision,) = theirs["decision"].values()
    assert decision["text"] == "Ändrat"
    # The status report the changed decision refers to is there to describe it, on both sides.
    assert (
        theirs["statusreport"][decision["status_report_id"]]
        == full_theirs["statusreport"][decision["status_report_id"]]
    )
    assert decision["status_report_id"] in mine["statusreport"]
