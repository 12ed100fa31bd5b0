"""Paths and permissions: every file the user names that cannot be used gives one line, exit 1.

Permission cases run the real command line as the ordinary user ``nobody``;
read-only file systems are real read-only bind mounts.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.main import main
from desktop_app.services.file_access import FileAccessError, check_input, check_output, describe
from desktop_app.services.workspace import open_workspace
from tests.file_access_helpers import (  # noqa: F401  (fixtures)
    REPO,
    Nobody,
    nobody,
    nobody_python,
    one_line,
    read_only_mount,
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def _plan(folder: Path, name: str = "plan.sqlite") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    open_workspace(path).close()
    return path


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# --- as an ordinary user ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def shared(nobody: Nobody) -> dict[str, Path]:  # noqa: F811
    """In nobody's folder: its plan, a plan file and a workbook to import, and folders it cannot use."""
    home = nobody.home
    plan = _plan(home / "mine")
    for path in (home / "mine", *(home / "mine").iterdir()):
        nobody.own(path)
    run_ok = nobody.run("--db", str(plan), "export", str(home / "mine" / "delad.hplan"))
    assert run_ok.returncode == 0, run_ok.stderr
    assert nobody.run("--db", str(plan), "xlsx", "export", str(home / "mine" / "plan.xlsx")).returncode == 0
    closed = home / "stangd"  # root's, not enterable by others
    closed.mkdir(mode=0o700)
    shutil.copy(home / "mine" / "delad.hplan", closed / "delad.hplan")
    shutil.copy(home / "mine" / "plan.xlsx", closed / "plan.xlsx")
    reading = home / "lasbar"  # root's, readable, not writable by others
    reading.mkdir()
    reading.chmod(0o755)
    secret = home / "hemlig.hplan"  # root's own file, not readable by others
    shutil.copy(home / "mine" / "delad.hplan", secret)
    secret.chmod(0o600)
    out = home / "ut"
    out.mkdir()
    nobody.own(out)
    return {"plan": plan, "closed": closed, "reading": reading, "secret": secret, "home": home, "out": out}


def test_db_in_a_folder_that_cannot_be_entered(nobody: Nobody, shared) -> None:  # noqa: F811
    for argv in (["tree"], ["status", "1.1.1", "green"]):
        result = nobody.run("--db", str(shared["closed"] / "plan.sqlite"), *argv)
        line = one_line(result.stderr)
        assert result.returncode == 1
        assert str(shared["closed"] / "plan.sqlite") in line
        assert "behörighet att öppna mappen" in line
    assert _files(shared["closed"]) == ["delad.hplan", "plan.xlsx"]


def test_a_new_db_in_a_folder_without_write_permission_is_refused(nobody: Nobody, shared) -> None:  # noqa: F811
    result = nobody.run("--db", str(shared["reading"] / "ny.sqlite"), "tree")
    assert result.returncode == 1
    assert "behörighet att skriva i mappen" in one_line(result.stderr)
    assert _files(shared["reading"]) == []


@pytest.mark.parametrize(
    ("argv", "where"),
    [
        (["report", "steering", "--out", "{folder}/rapport.pdf"], "closed"),
        (["report", "annual", "--year", "2026", "--out", "{folder}/rapport.pdf"], "reading"),
        (["export", "{folder}/plan.hplan"], "reading"),
        (["xlsx", "export", "{folder}/plan.xlsx"], "closed"),
    ],
    ids=["steering", "annual", "export", "xlsx-export"],
)
def test_writing_into_a_folder_the_user_may_not_write(nobody: Nobody, shared, argv, where) -> None:  # noqa: F811
    folder = shared[where]
    before = _files(folder)
    plan_bytes = shared["plan"].read_bytes()
    result = nobody.run("--db", str(shared["plan"]), *[a.format(folder=folder) for a in argv])
    line = one_line(result.stderr)
    assert result.returncode == 1
    assert str(folder) in line and "behörighet" in line
    assert _files(folder) == before
    assert shared["plan"].read_bytes() == plan_bytes


@pytest.mark.parametrize(
    ("argv", "source"),
    [(["import", "{file}", "--dry-run"], "delad.hplan"), (["xlsx", "import", "{file}"], "plan.xlsx")],
    ids=["import", "xlsx-import"],
)
def test_reading_from_a_folder_the_user_cannot_enter(nobody: Nobody, shared, argv, source) -> None:  # noqa: F811
    path = shared["closed"] / source
    result = nobody.run("--db", str(shared["plan"]), *[a.format(file=path) for a in argv])
    line = one_line(result.stderr)
    assert result.returncode == 1
    assert "behörighet att öppna mappen" in line and str(shared["closed"]) in line


def test_a_file_the_user_may_not_read(nobody: Nobody, shared) -> None:  # noqa: F811
    result = nobody.run("--db", str(shared["plan"]), "import", str(shared["secret"]))
    assert result.returncode == 1
    assert "behörighet att läsa" in one_line(result.stderr)
    result = nobody.run("--db", str(shared["secret"]), "tree")
    assert result.returncode == 1
    assert "behörighet att läsa" in one_line(result.stderr)


def test_a_plan_in_a_folder_the_user_may_not_write_opens_for_reading(nobody: Nobody, shared) -> None:  # noqa: F811
    """Read, report and export work; every writing command is refused with one line; nothing changes."""
    home, out = shared["home"], shared["out"]
    plan = shared["reading"] / "plan.sqlite"
    shutil.copy(shared["plan"], plan)
    nobody.own(plan)
    before = plan.read_bytes()

    tree = nobody.run("--db", str(plan), "tree", "--json")
    assert tree.returncode == 0, tree.stderr
    assert tree.stdout.startswith("[") and "Företagsbesök politiker" in tree.stdout
    for argv in (
        ["report", "steering", "--out", str(out / "rapport.pdf")],
        ["xlsx", "export", str(out / "las.xlsx")],
        ["export", str(out / "las.hplan")],
        ["import", str(home / "mine" / "delad.hplan"), "--dry-run"],
    ):
        result = nobody.run("--db", str(plan), *argv)
        assert result.returncode == 0, (argv, result.stderr)
        assert "Traceback" not in result.stderr
    assert (out / "rapport.pdf").read_bytes().startswith(b"%PDF")
    assert (out / "las.hplan").stat().st_size > 0 and (out / "las.xlsx").stat().st_size > 0

    for argv in (
        ["status", "1.1.1", "green"],
        ["import", str(home / "mine" / "delad.hplan")],
        ["xlsx", "import", str(home / "mine" / "plan.xlsx")],
    ):
        result = nobody.run("--db", str(plan), *argv)
        line = one_line(result.stderr)
        assert result.returncode == 1
        assert (
            "behörighet att skriva i mappen" in line and "kan bara läsas" in line and "gjordes inte" in line
        )
        assert "skadad" not in line
    assert plan.read_bytes() == before
    assert _files(plan.parent) == ["plan.sqlite"]


def test_a_read_only_plan_file_opens_for_reading(nobody: Nobody, shared) -> None:  # noqa: F811
    plan = shared["home"] / "mine" / "skrivskyddad.sqlite"
    shutil.copy(shared["plan"], plan)
    nobody.own(plan)
    plan.chmod(0o444)
    before = plan.read_bytes()
    tree = nobody.run("--db", str(plan), "tree")
    assert tree.returncode == 0 and "1.1.1  Företagsbesök politiker" in tree.stdout, tree.stderr
    result = nobody.run("--db", str(plan), "status", "1.1.1", "green")
    line = one_line(result.stderr)
    assert result.returncode == 1 and "är skrivskyddad" in line and "skadad" not in line
    assert plan.read_bytes() == before


# --- read-only file system ----------------------------------------------------------------------


def test_a_plan_on_a_read_only_mount(tmp_path: Path, capsys) -> None:
    source = _plan(tmp_path / "share")
    before = source.read_bytes()
    with read_only_mount(tmp_path / "share") as mounted:
        plan = mounted / "plan.sqlite"
        workspace = open_workspace(plan, make_folder=False)
        try:
            assert workspace.read_only and "skrivskyddat filsystem" in workspace.read_only_reason
        finally:
            workspace.close()
        code, out, err = run(capsys, "--db", str(plan), "tree")
        assert code == 0 and "1.1.1  Företagsbesök politiker" in out and err == ""
        code, out, err = run(capsys, "--db", str(plan), "export", str(tmp_path / "ut.hplan"))
        assert code == 0, err
        code, out, err = run(
            capsys, "--db", str(plan), "report", "steering", "--out", str(tmp_path / "r.pdf")
        )
        assert code == 0, err
        code, out, err = run(capsys, "--db", str(plan), "status", "1.1.1", "green")
        assert code == 1 and "skrivskyddat filsystem" in one_line(err) and "skadad" not in err
        code, out, err = run(capsys, "--db", str(tmp_path / "share" / "plan.sqlite"), "report", "steering",
                             "--out", str(mounted / "r.pdf"))  # fmt: skip
        line = one_line(err)
        assert code == 1 and "skrivskyddat filsystem" in line and str(mounted) in line
        code, out, err = run(capsys, "--db", str(mounted / "ny.sqlite"), "tree")
        assert code == 1 and "skrivskyddat filsystem" in one_line(err)
    assert source.read_bytes() == before


# --- what is not a file, and mistyped paths -------------------------------------------------------


def test_db_in_a_missing_folder_is_refused_and_no_folder_is_made(tmp_path: Path, capsys) -> None:
    path = tmp_path / "finns-inte" / "plan.sqlite"
    code, out, err = run(capsys, "--db", str(path), "tree")
    line = one_line(err)
    assert code == 1 and out == ""
    assert str(path) in line and "mappen" in line and "finns inte" in line
    assert not (tmp_path / "finns-inte").exists()


def test_a_new_db_in_an_existing_folder_is_made_and_said(tmp_path: Path, capsys) -> None:
    path = tmp_path / "ny.sqlite"
    code, out, err = run(capsys, "--db", str(path), "tree")
    assert code == 0 and "1.1.1" in out
    assert "en ny plan har skapats" in one_line(err) and str(path) in err
    code, out, err = run(capsys, "--db", str(path), "tree")
    assert code == 0 and err == ""


def _special_files(tmp_path: Path) -> dict[str, Path]:
    fifo = tmp_path / "ror"
    os.mkfifo(fifo)
    return {"fifo": fifo, "devnull": Path("/dev/null"), "folder": tmp_path}


@pytest.mark.parametrize(
    ("kind", "argv", "expected"),
    [
        ("fifo", ["--db", "{path}", "tree"], "ingen vanlig fil"),
        ("devnull", ["--db", "{path}", "tree"], "ingen vanlig fil"),
        ("folder", ["--db", "{path}", "tree"], "är en mapp"),
        ("fifo", ["--db", "{db}", "import", "{path}"], "ingen vanlig fil"),
        ("fifo", ["--db", "{db}", "xlsx", "import", "{path}"], "ingen vanlig fil"),
        ("devnull", ["--db", "{db}", "xlsx", "import", "{path}"], "ingen vanlig fil"),
        ("fifo", ["--db", "{db}", "report", "steering", "--out", "{path}"], "ingen vanlig fil"),
        ("fifo", ["--db", "{db}", "xlsx", "export", "{path}"], "ingen vanlig fil"),
        ("devnull", ["--db", "{db}", "xlsx", "export", "{path}"], "ingen vanlig fil"),
        ("folder", ["--db", "{db}", "xlsx", "export", "{path}"], "är en mapp"),
    ],
)
def test_what_is_no_file_is_refused_at_once(
    tmp_path: Path, db_path: Path, capsys, kind, argv, expected
) -> None:
    """A FIFO is never opened (that would wait for a writer for ever): refused from ``stat``.

    An alarm turns a regression into a failure instead of a test that never ends.
    """
    open_workspace(db_path).close()
    path = _special_files(tmp_path)[kind]

    def hung(_signal: int, _frame: object) -> None:
        raise TimeoutError("the command waited on a file that is no regular file")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(30)
    try:
        code, _out, err = run(capsys, *[a.format(path=path, db=db_path) for a in argv])
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    line = one_line(err)
    assert code == 1 and expected in line and path.name in line
    assert stat.S_ISFIFO((tmp_path / "ror").stat().st_mode)


def test_db_in_proc_is_no_plan(capsys) -> None:
    code, _out, err = run(capsys, "--db", "/proc/self/status", "tree")
    assert code == 1 and "ingen Handlingsplan-databas" in one_line(err)


def test_a_non_utf8_byte_in_an_argument_gives_a_message(tmp_path: Path) -> None:
    open_workspace(tmp_path / "plan.sqlite").close()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop_app",
            "--db",
            str(tmp_path / "plan.sqlite"),
            "export",
            os.fsencode(tmp_path) + b"/pl\xe5n.hplan",
        ],
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(REPO), "LANG": "C.UTF-8"},
        timeout=60,
    )
    line = one_line(result.stderr.decode("utf-8"))
    assert result.returncode == 1 and "inte är UTF-8" in line and "pl\ufffdn.hplan" in line
    assert [p for p in tmp_path.iterdir() if p.suffix == ".hplan"] == []


def test_an_unknown_older_schema_is_not_called_newer(db_path: Path, capsys) -> None:
    open_workspace(db_path).close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0000_forsok'")
    code, _out, err = run(capsys, "--db", str(db_path), "tree")
    line = one_line(err)
    assert code == 1 and "inte känner till" in line and "nyare" not in line


# --- the one place that says what is wrong --------------------------------------------------------


def test_messages_name_the_reason_never_sql(tmp_path: Path) -> None:
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = 13  # type: ignore[attr-defined]
    line = describe(tmp_path / "plan.sqlite", full, writing=True)
    assert line == f"Det går inte att skriva {tmp_path / 'plan.sqlite'}: disken är full."
    from sqlalchemy.exc import OperationalError

    wrapped = OperationalError("INSERT INTO statusreport (id) VALUES (?)", ("hemligt-id",), full)
    line = describe(tmp_path / "plan.sqlite", wrapped, writing=True)
    assert (
        "disken är full" in line and "INSERT" not in line and "hemligt" not in line and "sqlalche" not in line
    )
    read_only = sqlite3.OperationalError("attempt to write a readonly database")
    read_only.sqlite_errorcode = 8  # type: ignore[attr-defined]
    assert "skrivskyddad" in describe(None, read_only, writing=True)
    assert "skadad" not in describe(None, read_only, writing=True)
    with pytest.raises(FileAccessError, match=r"mappen .* finns inte"):
        check_output(tmp_path / "saknas" / "x.pdf")
    with pytest.raises(FileAccessError, match="den finns inte"):
        check_input(tmp_path / "x.hplan")
