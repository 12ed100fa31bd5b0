"""Killed at any moment (``kill -9``): the plan intact, and the next run of any command cleans up.

Each command runs in its own process. At a chosen point (a hook that stops
it there) it is killed, and what it left is checked to be there; then at
random moments, a few times per command. After each kill the plan passes its
integrity check and is either unchanged or wholly changed, and ``tree`` (a
command that has nothing to do with the killed one) removes every temporary
file, import copy, pending common state and half-written backup.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from desktop_app.main import main
from desktop_app.services.workspace import open_workspace
from tests.file_access_helpers import REPO

# Runs the command line with one step replaced by a stop: it says "stopped" and waits to be killed.
_STOPPED_AT = """
import sys, time

def stop(*args, **kwargs):
    print("stopped", flush=True)
    time.sleep(120)

point = sys.argv[1]
if point == "export":
    import desktop_app.services.sync.export as module
    module._fsync = stop
elif point in ("report", "xlsx-export"):
    import os
    os.fsync = stop
elif point == "import-copy":
    import desktop_app.services.sync.plan_file as module
    module._check_copy = stop
elif point == "import-pending":
    import desktop_app.services.sync.importer as module
    module.backup_database = stop
elif point == "backup":
    import database.backup as module
    copy = module.copy_database
    def copy_then_stop(source, target):
        copy(source, target)
        stop()
    module.copy_database = copy_then_stop
from desktop_app.main import main
sys.exit(main(sys.argv[2:]))
"""


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clean plan, and a plan file and a workbook from a colleague with three red activities."""
    folder = tmp_path_factory.mktemp("interrupted-sources")
    open_workspace(folder / "plan.sqlite").close()
    other = folder / "andra.sqlite"
    open_workspace(other).close()
    for code in ("1.1.1", "2.1.1", "3.1.1"):
        assert (
            main(["--db", str(other), "status", code, "red", "--cause", "Orsak", "--action", "Åtgärd"]) == 0
        )
    assert main(["--db", str(other), "export", str(folder / "andra.hplan")]) == 0
    assert main(["--db", str(other), "xlsx", "export", str(folder / "andra.xlsx")]) == 0
    with closing(sqlite3.connect(folder / "plan.sqlite")) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return folder


@pytest.fixture
def setting(tmp_path: Path, sources: Path) -> dict[str, Path]:
    for name in ("plan.sqlite", "andra.hplan", "andra.xlsx"):
        shutil.copy(sources / name, tmp_path / name)
    (tmp_path / "ut").mkdir()
    (tmp_path / "tmp").mkdir()
    return {"plan": tmp_path / "plan.sqlite", "home": tmp_path}


def _commands(setting: dict[str, Path]) -> dict[str, list[str]]:
    home = setting["home"]
    return {
        "export": ["export", str(home / "ut" / "plan.hplan")],
        "report": ["report", "steering", "--out", str(home / "ut" / "rapport.pdf")],
        "xlsx-export": ["xlsx", "export", str(home / "ut" / "plan.xlsx")],
        "import": ["import", str(home / "andra.hplan"), "--prefer", "theirs"],
        "xlsx-import": ["xlsx", "import", str(home / "andra.xlsx")],
    }


def _start(setting: dict[str, Path], argv: list[str], point: str = "") -> subprocess.Popen[str]:
    code = (
        _STOPPED_AT
        if point
        else "import sys\nfrom desktop_app.main import main\nsys.exit(main(sys.argv[2:]))"
    )
    return subprocess.Popen(
        [sys.executable, "-c", code, point or "-", "--db", str(setting["plan"]), *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO), "TMPDIR": str(setting["home"] / "tmp")},
    )


def _kill(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    if process.stdout is not None:
        process.stdout.close()


def _red_reports(plan: Path) -> int:
    with closing(sqlite3.connect(f"{plan.as_uri()}?mode=ro", uri=True)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return connection.execute("SELECT count(*) FROM statusreport WHERE status = 'red'").fetchone()[0]


def _leftovers(setting: dict[str, Path]) -> list[str]:
    home = setting["home"]
    found = [
        *(home / "ut").glob(".*"),
        *(home / "tmp").glob("handlingsplan-import-*"),
        *(home / "sync").glob("*.pending"),
        *(home / "backups").glob(".*.partial"),
    ]
    return sorted(str(path.relative_to(home)) for path in found)


def _next_run_cleans_up(setting: dict[str, Path]) -> None:
    assert main(["--db", str(setting["plan"]), "tree", "--json"]) == 0
    assert _leftovers(setting) == []
    unfinished = Path(os.environ["XDG_DATA_HOME"]) / "Handlingsplan" / "unfinished"
    assert not unfinished.exists() or list(unfinished.iterdir()) == []


@pytest.mark.parametrize(
    ("point", "command", "left"),
    [
        ("export", "export", "ut/.plan-"),
        ("report", "report", "ut/.rapport-"),
        ("xlsx-export", "xlsx-export", "ut/.handlingsplan-"),
        ("import-copy", "import", "tmp/handlingsplan-import-"),
        ("import-pending", "import", "sync/base-"),
        ("backup", "xlsx-import", "backups/.plan-"),
    ],
)
def test_what_a_killed_command_left_is_removed_by_the_next_run(setting, capsys, point, command, left) -> None:
    process = _start(setting, _commands(setting)[command], point)
    try:
        assert process.stdout is not None
        lines = iter(process.stdout.readline, "")  # the command's own output may come first
        assert any(line.strip() == "stopped" for line in lines)
    finally:
        _kill(process)
    leftovers = _leftovers(setting)
    assert leftovers and all(name.startswith(left) for name in leftovers), leftovers
    assert _red_reports(setting["plan"]) == 0
    _next_run_cleans_up(setting)
    capsys.readouterr()


def test_killed_at_random_moments_the_plan_is_whole_and_the_next_run_cleans_up(setting, capsys) -> None:
    rng = random.Random(13)
    commands = _commands(setting)
    for command in ("export", "report", "import", "xlsx-import"):
        for _trial in range(2):
            before = _red_reports(setting["plan"])
            process = _start(setting, commands[command])
            time.sleep(rng.uniform(0.3, 2.5))
            _kill(process)
            after = _red_reports(setting["plan"])
            assert after == before or (command.endswith("import") and after == before + 3), (command, after)
            _next_run_cleans_up(setting)
    capsys.readouterr()
