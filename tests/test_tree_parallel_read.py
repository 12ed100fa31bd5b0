"""A large plan's latest status reports are read beside its tree, by a second connection: the
tree must be the same as when everything is read in one go."""

from __future__ import annotations

import sqlite3
import threading
import time
from contextlib import closing
from datetime import date

import pytest

from desktop_app.services import tree as tree_module
from desktop_app.services.plan import PlanService
from desktop_app.services.tree import PlanTree, read_tree
from desktop_app.services.workspace import Workspace


@pytest.fixture
def reported(workspace: Workspace, service: PlanService) -> Workspace:
    """The seeded plan with every other activity reported on twice, the older report first."""
    for number, activity in enumerate(read_tree(workspace.path).activities()):
        if number % 2:
            continue
        service.report_status(activity.id, "green", reported_on=date(2026, 3, 1), comment="Startat")
        service.report_status(
            activity.id, "yellow", comment=f"Försenad {number}", cause="Sjukdom", recommended_action="Vikarie"
        )
    return workspace


def _read(path, monkeypatch: pytest.MonkeyPatch, parallel: bool) -> PlanTree:
    with monkeypatch.context() as patch:
        patch.setattr(tree_module, "PARALLEL_READ_FROM", 0 if parallel else 1 << 62)
        return read_tree(path)


def _currents(tree: PlanTree) -> dict[str, object]:
    return {activity.id: activity.current for activity in tree.activities()}


def test_the_latest_reports_read_beside_the_tree_are_the_ones_read_with_it(
    reported: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = reported.path
    with closing(sqlite3.connect(path)) as connection, connection:
        # Two reports of one activity on the same day: the later made is the latest.
        activity_id, day = connection.execute(
            "SELECT activity_id, max(reported_on) FROM statusreport GROUP BY activity_id LIMIT 1"
        ).fetchone()
        connection.execute(
            "INSERT INTO statusreport SELECT 'tied-later', '2999-01-01 00:00:00', modified_at, modified_by,"
            " NULL, activity_id, reported_on, 'red', 'Ny, \"citerad\" kommentar\nmed radbrytning',"
            " 'Orsak', 'Åtgärd', reported_by, action_agreed_by, action_agreed_on FROM statusreport"
            " WHERE activity_id = ? AND reported_on = ? LIMIT 1",
            (activity_id, day),
        )
    together = _read(path, monkeypatch, parallel=False)

    def not_row_by_row(_connection: sqlite3.Connection) -> object:
        raise AssertionError("a large plan's latest reports come as one text, not row by row")

    monkeypatch.setattr(tree_module, "_latest_reports", not_row_by_row)
    beside = _read(path, monkeypatch, parallel=True)

    assert beside == together
    currents = _currents(beside)
    assert sum(current is not None for current in currents.values()) > 10
    latest = currents[activity_id]
    assert latest is not None and latest.report_id == "tied-later"
    assert latest.comment == 'Ny, "citerad" kommentar\nmed radbrytning'


def test_a_value_json_cannot_hold_is_read_row_by_row_instead(
    reported: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = reported.path
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute(
            "UPDATE statusreport SET comment = x'00ff' WHERE rowid = (SELECT max(rowid) FROM statusreport)"
        )
    together = _read(path, monkeypatch, parallel=False)
    real = tree_module._latest_reports
    threads: list[str] = []

    def row_by_row(connection: sqlite3.Connection) -> object:
        threads.append(threading.current_thread().name)
        return real(connection)

    monkeypatch.setattr(tree_module, "_latest_reports", row_by_row)
    beside = _read(path, monkeypatch, parallel=True)
    assert threads == ["read-latest-reports"]  # in the thread itself, not the tree's fallback
    assert beside == together
    assert b"\x00\xff" in [current.comment for current in _currents(beside).values() if current]


def test_a_past_day_s_tree_reads_no_latest_reports(
    reported: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tree_module, "PARALLEL_READ_FROM", 0)
    past = tree_module.read_tree_on(reported.path, date.today())
    assert all(activity.current is None for activity in past.activities())


def test_a_second_connection_that_fails_costs_only_time(
    reported: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two connections setting a plan in another journal mode to WAL at once may meet a lock the
    first alone would not: the tree's own connection then reads the latest reports itself."""
    import threading

    path = reported.path
    together = _read(path, monkeypatch, parallel=False)
    real = tree_module.read_connection
    refused: list[str] = []

    def locked_beside(source):  # type: ignore[no-untyped-def]
        if threading.current_thread().name == "read-latest-reports":
            refused.append("beside")
            raise sqlite3.OperationalError("database is locked")
        return real(source)

    monkeypatch.setattr(tree_module, "read_connection", locked_beside)
    beside = _read(path, monkeypatch, parallel=True)
    assert refused == ["beside"]
    assert beside == together


def test_a_plan_in_another_journal_mode_is_read_beside_without_a_fallback(
    reported: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second connection opens the plan only after the first has set it to WAL."""
    path = reported.path
    reported.close()
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA journal_mode=DELETE").fetchone() == ("delete",)
    together = _read(path, monkeypatch, parallel=False)
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA journal_mode=DELETE").fetchone() == ("delete",)

    def not_row_by_row(_connection: sqlite3.Connection) -> object:
        raise AssertionError("the second connection failed and the tree read the reports itself")

    monkeypatch.setattr(tree_module, "_latest_reports", not_row_by_row)
    assert _read(path, monkeypatch, parallel=True) == together


def test_a_tree_read_that_fails_leaves_no_thread_behind(
    reported: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = threading.Event()
    real, connect = tree_module._latest_reading, tree_module.read_connection

    def reading(source):  # type: ignore[no-untyped-def]
        result = real(source)
        started.set()
        return result

    def slow_beside(source):  # type: ignore[no-untyped-def]
        if threading.current_thread().name == "read-latest-reports":
            time.sleep(0.3)  # still reading when the tree's own read fails
        return connect(source)

    def broken(_rows: list) -> None:
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(tree_module, "_latest_reading", reading)
    monkeypatch.setattr(tree_module, "read_connection", slow_beside)
    monkeypatch.setattr(tree_module, "_sort_activities", broken)
    with pytest.raises(sqlite3.DatabaseError):
        _read(reported.path, monkeypatch, parallel=True)
    assert started.is_set()
    assert "read-latest-reports" not in {thread.name for thread in threading.enumerate()}
