"""The latest live status report of each activity is found down one index, also after an upgrade."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from database.store import create_database, head_revision, open_existing
from desktop_app.services import tree


def _plan(connection: sqlite3.Connection) -> str:
    sql = tree._LATEST_REPORTS.format(alive=tree._LIVE)
    return " / ".join(row[3] for row in connection.execute("EXPLAIN QUERY PLAN " + sql))


def test_the_tree_finds_each_latest_report_down_the_index(tmp_path: Path) -> None:
    path = tmp_path / "plan.sqlite"
    create_database(path).dispose()
    with closing(sqlite3.connect(path)) as connection:
        plan = _plan(connection)
    assert "COVERING INDEX ix_statusreport_latest" in plan, plan
    assert "TEMP B-TREE" not in plan, plan  # no sort of an activity's reports


def test_an_upgraded_plan_gets_the_index_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "plan.sqlite"
    create_database(path).dispose()
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("DROP INDEX ix_statusreport_latest")
        connection.execute("UPDATE alembic_version SET version_num = '0008'")
    backups = tmp_path / "backups"
    open_existing(path, backups).dispose()
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
        assert "COVERING INDEX ix_statusreport_latest" in _plan(connection)
    assert list(backups.iterdir())  # the plan as it was, before the upgrade
