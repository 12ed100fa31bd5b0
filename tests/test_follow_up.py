"""A plan file from an older version that breaks a rule is taken in as it is, its activity marked.

History is history: a red status report without a recommended action, a report
dated ahead, a title over the limit arrive unchanged, and the activity they
belong to is marked "för uppföljning" with the reason; the import says how
many, ``check`` lists them, fixing the value (or "Markera som åtgärdad")
clears the mark. A malformed value still refuses the whole file.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop_app.main import main
from desktop_app.services.follow_up import clear_mark, read_open_marks
from desktop_app.services.plan import PlanService
from desktop_app.services.rules import MAX_TITLE
from desktop_app.services.workspace import open_workspace
from tests.sync_helpers import database_bytes

FUTURE = (date.today() + timedelta(days=20)).isoformat()
PAST = (date.today() - timedelta(days=10)).isoformat()


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _activity_id(path: Path, code: str) -> str:
    workspace = open_workspace(path)
    try:
        return PlanService(workspace.engine, "x").tree().find_activity(code).id
    finally:
        workspace.close()


def add_report(
    connection: sqlite3.Connection,
    report_id: str,
    activity_id: str,
    day: str,
    status: str,
    cause: str,
    action: str,
) -> None:
    """A status report written straight into the file, as an older version let it be."""
    connection.execute(
        "INSERT INTO statusreport (id, created_at, modified_at, modified_by, activity_id, reported_on,"
        " status, comment, cause, recommended_action, reported_by, action_agreed_by)"
        " VALUES (?, '2026-01-02 10:00:00.000000', '2026-01-02 10:00:00.000000', 'anna', ?, ?, ?, '', ?, ?,"
        " 'anna', '')",
        (report_id, activity_id, day, status, cause, action),
    )


RED_REPORT = "0b7e3c1a-2f44-4f0e-9a55-5d1c6f0e9a01"
AHEAD_REPORT = "0b7e3c1a-2f44-4f0e-9a55-5d1c6f0e9a02"


@pytest.fixture
def old_file(tmp_path: Path, capsys) -> tuple[Path, Path, dict[str, str]]:
    """A sender's plan file with a red report without action (1.1.1) and a report dated ahead (1.1.2)."""
    sender, receiver = tmp_path / "a" / "plan.sqlite", tmp_path / "b" / "plan.sqlite"
    old = tmp_path / "old.hplan"
    sender.parent.mkdir()
    receiver.parent.mkdir()
    assert cli(capsys, "--db", str(sender), "export", str(old))[0] == 0
    ids = {code: _activity_id(sender, code) for code in ("1.1.1", "1.1.2")}
    with sqlite3.connect(old) as connection:
        add_report(connection, RED_REPORT, ids["1.1.1"], PAST, "red", "Ingen budget", "")
        add_report(connection, AHEAD_REPORT, ids["1.1.2"], FUTURE, "green", "", "")
    return old, receiver, ids


def test_an_old_file_breaking_rules_is_imported_unchanged_and_marked(old_file, capsys) -> None:
    old, receiver, ids = old_file
    code, out, err = cli(capsys, "--db", str(receiver), "import", "--dry-run", str(old))
    assert code == 0, err
    assert "2 aktiviteter markeras för uppföljning" in out
    assert "saknar rekommenderad åtgärd" in out and f"daterad {FUTURE}, i framtiden" in out
    # Each activity named by its code and title, as ``check`` names it.
    assert "⚑ 1.1.1 Företagsbesök politiker: Statusrapporten" in out and "⚑ 1.1.2 " in out

    code, out, err = cli(capsys, "--db", str(receiver), "import", str(old))
    assert code == 0, err
    assert "2 aktiviteter markerade för uppföljning" in out
    with sqlite3.connect(receiver) as connection:
        rows = connection.execute(
            "SELECT id, reported_on, status, cause, recommended_action FROM statusreport ORDER BY id"
        ).fetchall()
    assert rows == [(RED_REPORT, PAST, "red", "Ingen budget", ""), (AHEAD_REPORT, FUTURE, "green", "", "")]
    workspace = open_workspace(receiver)
    try:
        marks = read_open_marks(workspace.engine)
    finally:
        workspace.close()
    assert {a: [m.reason for m in found] for a, found in marks.items()} == {
        ids["1.1.1"]: ["action_missing"],
        ids["1.1.2"]: ["report_in_future"],
    }

    code, out, err = cli(capsys, "--db", str(receiver), "check")
    assert code == 0 and not err
    assert "2 aktiviteter markerade för uppföljning:" in out
    assert f"⚑ 1.1.1 Företagsbesök politiker: Statusrapporten {PAST} är gul eller röd men saknar" in out
    assert "⚑ 1.1.2 " in out and f"daterad {FUTURE}, i framtiden" in out
    assert "är hel" in out

    # Correcting the status clears the mark: the red report is history now, the value unchanged.
    argv = ["status", "1.1.1", "red", "--cause", "Ingen budget", "--action", "Sök medel"]
    assert cli(capsys, "--db", str(receiver), *argv)[0] == 0
    code, out, _ = cli(capsys, "--db", str(receiver), "check")
    assert code == 0 and "1 aktivitet markerad för uppföljning:" in out and "⚑ 1.1.1" not in out
    with sqlite3.connect(receiver) as connection:
        cleared = connection.execute(
            "SELECT cleared_by FROM followupmark WHERE activity_id = ? AND cleared_at IS NOT NULL",
            (ids["1.1.1"],),
        ).fetchall()
    assert len(cleared) == 1


def test_the_mark_travels_with_the_plan_and_is_cleared_by_hand(old_file, tmp_path, capsys) -> None:
    old, receiver, ids = old_file
    assert cli(capsys, "--db", str(receiver), "import", str(old))[0] == 0
    # The lead who receives the plan from the receiver sees the marks too.
    lead = tmp_path / "c" / "plan.sqlite"
    lead.parent.mkdir()
    assert cli(capsys, "--db", str(receiver), "export", str(tmp_path / "b.hplan"))[0] == 0
    code, out, err = cli(capsys, "--db", str(lead), "import", str(tmp_path / "b.hplan"))
    assert code == 0, err
    assert "markerade för uppföljning" not in out  # the marks came with the file; none made anew
    workspace = open_workspace(lead)
    try:
        marks = read_open_marks(workspace.engine)
        assert set(marks) == set(ids.values())
        clear_mark(workspace.engine, marks[ids["1.1.2"]][0].id, "Eva")
        assert set(read_open_marks(workspace.engine)) == {ids["1.1.1"]}
    finally:
        workspace.close()
    # Importing the same old file again brings nothing new and marks nothing again.
    code, out, _ = cli(capsys, "--db", str(lead), "import", str(old))
    assert code == 0 and "markerade för uppföljning" not in out
    code, out, _ = cli(capsys, "--db", str(lead), "check")
    assert "1 aktivitet markerad för uppföljning:" in out and "⚑ 1.1.2" not in out


def test_a_malformed_date_still_refuses_the_file(old_file, capsys) -> None:
    old, receiver, _ids = old_file
    with sqlite3.connect(old) as connection:
        connection.execute("UPDATE statusreport SET reported_on = '2025-02-30' WHERE id = ?", (AHEAD_REPORT,))
    assert cli(capsys, "--db", str(receiver), "export", str(receiver.parent / "b.hplan"))[0] == 0
    before = database_bytes(receiver)
    code, _, err = cli(capsys, "--db", str(receiver), "import", str(old))
    assert code == 1 and "Traceback" not in err
    assert "kan inte importeras" in err and "Statusrapport 2025-02-30" in err and "fältet Rapportdatum" in err
    assert database_bytes(receiver) == before


def test_a_title_over_the_limit_in_a_plan_file_is_taken_in_and_marked(tmp_path, capsys) -> None:
    sender, receiver = tmp_path / "a" / "plan.sqlite", tmp_path / "b" / "plan.sqlite"
    old = tmp_path / "old.hplan"
    sender.parent.mkdir()
    receiver.parent.mkdir()
    assert cli(capsys, "--db", str(sender), "export", str(old))[0] == 0
    at_limit, over = "a" * MAX_TITLE, "b" * (MAX_TITLE + 1)
    ids = {code: _activity_id(sender, code) for code in ("1.1.1", "1.1.2")}
    with sqlite3.connect(old) as connection:
        for code, title in (("1.1.1", at_limit), ("1.1.2", over)):
            connection.execute(
                "UPDATE activity SET title = ?, modified_at = '2026-01-02 10:00:00.000000' WHERE id = ?",
                (title, ids[code]),
            )
    code, out, err = cli(capsys, "--db", str(receiver), "import", str(old))
    assert code == 0, err
    assert "1 aktivitet markerad för uppföljning" in out
    workspace = open_workspace(receiver)
    try:
        service = PlanService(workspace.engine, "bo")
        assert service.activity_values(ids["1.1.1"])["title"] == at_limit
        assert service.activity_values(ids["1.1.2"])["title"] == over
        marks = read_open_marks(workspace.engine)
        assert [m.text for m in marks[ids["1.1.2"]]] == [
            f"Titeln är {MAX_TITLE + 1} tecken lång; högst {MAX_TITLE} går."
        ]
        assert ids["1.1.1"] not in marks
        service.update_activity(ids["1.1.2"], {"title": "Kortare titel"})  # fixing it clears the mark
        assert read_open_marks(workspace.engine) == {}
    finally:
        workspace.close()


def test_an_agreement_dated_before_its_report_one_rule_for_the_service_and_the_plan_file(
    old_file, capsys
) -> None:
    """The deviations service refuses an agreement before its report; a plan file's is taken in and marked."""
    from desktop_app.services.deviations import DeviationService
    from desktop_app.services.errors import ValidationError

    old, receiver, ids = old_file
    before_report = (date.today() - timedelta(days=30)).isoformat()
    with sqlite3.connect(old) as connection:
        connection.execute(
            "UPDATE statusreport SET recommended_action = 'Sök medel', action_agreed_by = 'Eva',"
            " action_agreed_on = ? WHERE id = ?",
            (before_report, RED_REPORT),
        )
    code, _out, err = cli(capsys, "--db", str(receiver), "import", str(old))
    assert code == 0, err
    workspace = open_workspace(receiver)
    try:
        marks = read_open_marks(workspace.engine)
        assert [m.text for m in marks[ids["1.1.1"]]] == [
            f"Åtgärden sägs överenskommen {before_report}, före statusrapporten."
        ]
        deviations = DeviationService(workspace.engine, "bo")
        with pytest.raises(ValidationError, match="Överenskommelsen kan inte ligga före rapporten"):
            deviations.record_action_agreement(RED_REPORT, "Eva", date.fromisoformat(before_report))
        deviations.record_action_agreement(RED_REPORT, "Eva", date.today())  # setting it right clears it
        assert ids["1.1.1"] not in read_open_marks(workspace.engine)
    finally:
        workspace.close()


def test_a_mark_has_the_link_id_of_its_record_and_rule() -> None:
    """So two installations marking the same break make one record, and ``check`` finds the id right."""
    from database.models import link_id
    from desktop_app.services.follow_up import mark_id

    assert mark_id(RED_REPORT, "action_missing") == link_id("followupmark", RED_REPORT, "action_missing")


def test_an_excel_import_that_sets_the_status_right_clears_the_mark(old_file, tmp_path, capsys) -> None:
    from openpyxl import Workbook

    old, receiver, ids = old_file
    assert cli(capsys, "--db", str(receiver), "import", str(old))[0] == 0
    sheet_path = tmp_path / "status.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Kod", "Aktivitet", "Status", "Orsak", "Rekommenderad åtgärd"])
    sheet.append(["1.1.1", "Företagsbesök politiker", "Röd", "Ingen budget", "Sök medel"])
    workbook.save(sheet_path)
    code, _out, err = cli(capsys, "--db", str(receiver), "xlsx", "import", str(sheet_path))
    assert code == 0, err
    workspace = open_workspace(receiver)
    try:
        assert set(read_open_marks(workspace.engine)) == {ids["1.1.2"]}
    finally:
        workspace.close()


def test_an_owner_name_over_the_limit_in_a_plan_file_is_taken_in_and_marked(tmp_path, capsys) -> None:
    sender, receiver = tmp_path / "a" / "plan.sqlite", tmp_path / "b" / "plan.sqlite"
    old = tmp_path / "old.hplan"
    sender.parent.mkdir()
    receiver.parent.mkdir()
    assert cli(capsys, "--db", str(sender), "export", str(old))[0] == 0
    over = "o" * (MAX_TITLE + 1)
    activity = _activity_id(sender, "1.1.2")
    with sqlite3.connect(old) as connection:
        connection.execute(
            "UPDATE activity SET owner = ?, owner_person_id = NULL,"
            " modified_at = '2026-01-02 10:00:00.000000' WHERE id = ?",
            (over, activity),
        )
    code, _out, err = cli(capsys, "--db", str(receiver), "import", str(old))
    assert code == 0, err
    workspace = open_workspace(receiver)
    try:
        service = PlanService(workspace.engine, "bo")
        assert service.activity_values(activity)["owner"] == over
        marks = read_open_marks(workspace.engine)
        assert [m.text for m in marks[activity]] == [
            f"Namnet är {MAX_TITLE + 1} tecken långt; högst {MAX_TITLE} går."
        ]
        service.update_activity(activity, {"owner": "Bo Ek"})  # fixing it clears the mark
        assert read_open_marks(workspace.engine) == {}
    finally:
        workspace.close()


def test_the_windows_notice_counts_marked_activities_in_the_singular_and_the_plural() -> None:
    from desktop_app.services.sync.importer import ImportResult

    one, two = (ImportResult(None, 0, 0, marked=n).marked_line() for n in (1, 2))
    assert one == "1 aktivitet markerad för uppföljning (⚑)."
    assert two == "2 aktiviteter markerade för uppföljning (⚑)."
