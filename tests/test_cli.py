"""The command line as other tools use it."""

from __future__ import annotations

import gc
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import __version__
from desktop_app.main import main

REPO = Path(__file__).resolve().parent.parent


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def test_tree_status_and_json_round_trip(db_path: Path, capsys) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "tree")
    assert code == 0
    assert "1  Ett företagsklimat som främjar utveckling, innovation och entreprenörskap" in out
    assert "1.1.1  Företagsbesök politiker" in out

    code, out, err = run(
        capsys,
        "--db",
        str(db_path),
        "status",
        "1.1.1",
        "red",
        "--cause",
        "Ingen budget",
        "--action",
        "Ta upp i styrgruppen",
        "--comment",
        "Pausad",
    )
    assert (code, err) == (0, "")
    assert "Röd" in out

    code, out, _ = run(capsys, "--db", str(db_path), "tree", "--json")
    assert code == 0
    plan = json.loads(out)
    assert [area["code"] for area in plan] == ["1", "2", "3", "4", "5"]
    activity = plan[0]["initiatives"][0]["activities"][0]
    assert activity["code"] == "1.1.1"
    assert activity["status"] == "red"
    assert activity["cause"] == "Ingen budget"
    assert activity["recommended_action"] == "Ta upp i styrgruppen"
    assert plan[0]["initiatives"][0]["activities"][1]["status"] is None


def test_version(capsys) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out.strip() == f"handlingsplan {__version__}"


def test_check_reports_a_sound_database(db_path: Path, capsys) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "check")
    assert code == 0
    assert "är hel" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["status", "9.9.9", "green"], "ingen punkt med koden 9.9.9"),
        (["status", "1.1", "green"], "inte en aktivitet"),
        (["status", "1.1.1", "blue"], "Okänd status ”blue”"),
        (["status", "1.1.1", "red"], "kräver en orsak"),
        (["status", "abc", "green"], "ingen giltig kod"),
    ],
)
def test_bad_status_input_leaves_the_database_unchanged(db_path: Path, capsys, argv, message) -> None:
    run(capsys, "--db", str(db_path), "check")
    before = db_path.read_bytes()
    code, out, err = run(capsys, "--db", str(db_path), *argv)
    assert code == 1
    assert out == ""
    assert message in err
    assert err.count("\n") == 1
    assert db_path.read_bytes() == before


def test_usage_errors_are_swedish(db_path: Path, capsys) -> None:
    code, _, err = run(capsys, "--db", str(db_path), "status")
    assert code == 2
    assert "följande argument saknas" in err
    code, _, err = run(capsys, "--db", str(db_path), "flyga")
    assert code == 2
    assert "ogiltigt val" in err


def _unchanged_after(capsys, path: Path, expected: str) -> None:
    before = path.read_bytes()
    code, out, err = run(capsys, "--db", str(path), "tree")
    assert code == 1
    assert out == ""
    assert expected in err
    assert "Traceback" not in err
    assert path.read_bytes() == before


def test_db_that_is_not_sqlite(tmp_path: Path, capsys) -> None:
    path = tmp_path / "anteckningar.txt"
    path.write_text("Hej", encoding="utf-8")
    _unchanged_after(capsys, path, "inte en SQLite-fil")


def test_db_of_another_program(tmp_path: Path, capsys) -> None:
    path = tmp_path / "annat.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (x)")
    _unchanged_after(capsys, path, "annat program")


def test_db_newer_than_the_code(db_path: Path, capsys) -> None:
    run(capsys, "--db", str(db_path), "check")
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    _unchanged_after(capsys, db_path, "nyare version")


def test_console_script_prints_no_traceback(tmp_path: Path) -> None:
    path = tmp_path / "trasig.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--db", str(path), "tree"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("handlingsplan: ")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("json_too", [[], ["--json"]])
def test_tree_from_the_command_line_is_whole_and_leaves_its_objects_to_the_system(
    db_path: Path, capsys, json_too: list[str]
) -> None:
    assert run(capsys, "--db", str(db_path), "tree")[0] == 0  # the seeded plan, made here
    script = (
        "import gc, sys\n"
        "from desktop_app.main import main\n"
        "sys.argv = ['handlingsplan', *sys.argv[1:]]\n"
        "code = main()\n"
        "print('frozen', gc.get_freeze_count() > 0, 'collecting', gc.isenabled(), file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, "--db", str(db_path), "tree", *json_too],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "frozen True collecting False\n")
    assert done.stdout == run(capsys, "--db", str(db_path), "tree", *json_too)[1]  # all of it, as in-process
    assert gc.isenabled() and gc.get_freeze_count() == 0  # the caller's own collector is left alone
