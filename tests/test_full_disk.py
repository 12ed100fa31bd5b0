"""A full disk during any write: one line, exit 1, and the plan exactly as it was.

The plan lies on a small tmpfs that a filler file fills to a given number of
free KiB; each command runs at several fill levels, from nothing free to
enough for most of the work.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from desktop_app.main import main
from desktop_app.services.workspace import open_workspace
from tests.file_access_helpers import one_line, small_disk

DISK_KIB = 1600


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    return code, capsys.readouterr().err


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The plan to put on the small disk, and a plan file and a workbook with changes to import."""
    folder = tmp_path_factory.mktemp("full-disk-sources")
    plan = folder / "plan.sqlite"
    open_workspace(plan).close()
    other = folder / "other.sqlite"
    open_workspace(other).close()
    for code in ("1.1.1", "1.1.2", "2.1.1", "3.1.1", "4.1.1"):
        assert (
            main(
                ["--db", str(other), "status", code, "yellow", "--cause", "orsak " * 40, "--action", "Åtgärd"]
            )
            == 0
        )
    assert main(["--db", str(other), "export", str(folder / "andra.hplan")]) == 0
    assert main(["--db", str(other), "xlsx", "export", str(folder / "andra.xlsx")]) == 0
    with sqlite3.connect(plan) as connection:  # one file, no WAL beside it, to copy onto the disk
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return {"plan": plan, "hplan": folder / "andra.hplan", "xlsx": folder / "andra.xlsx"}


def _content(plan: Path) -> list[str]:
    """Every row and schema object; the installation's own id (made at its first export) aside."""
    with closing(sqlite3.connect(f"{plan.resolve().as_uri()}?mode=ro", uri=True)) as connection:
        return [line for line in connection.iterdump() if "'installation_id'" not in line]


def _fill(disk: Path, free_kib: int) -> None:
    info = os.statvfs(disk)
    available = info.f_bavail * info.f_frsize
    with contextlib.suppress(OSError), (disk / "fyllnad").open("wb") as filler:
        filler.write(b"\0" * max(0, available - free_kib * 1024))


COMMANDS = {
    "status": (
        ["status", "1.1.1", "red", "--cause", "Ingen ansvarig " * 100, "--action", "Åtgärd"],
        (0, 8, 16),
    ),
    "import": (["import", "{hplan}", "--prefer", "theirs"], (0, 64, 300, 500)),
    "xlsx-import": (["xlsx", "import", "{xlsx}"], (0, 16, 200)),
    "export": (["export", "{disk}/ut.hplan"], (0, 16, 200)),
    "xlsx-export": (["xlsx", "export", "{disk}/ut.xlsx"], (0, 2, 8, 12)),
    "report": (["report", "steering", "--out", "{disk}/rapport.pdf"], (0, 16)),
}


@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_full_disk_leaves_the_plan_as_it_was(capsys, sources, command) -> None:
    argv, levels = COMMANDS[command]
    refused = 0
    for free in levels:
        with small_disk(DISK_KIB) as disk:
            plan = disk / "plan.sqlite"
            shutil.copy(sources["plan"], plan)
            before = _content(plan)
            _fill(disk, free)
            filled = {p.name for p in disk.iterdir()}
            code, err = _cli(
                capsys,
                "--db",
                str(plan),
                *[a.format(disk=disk, hplan=sources["hplan"], xlsx=sources["xlsx"]) for a in argv],
            )
            if code == 0:
                continue
            refused += 1
            line = one_line(err)
            assert code == 1
            assert "full" in line, line
            assert "skadad" not in line and "SQLite" not in line and "INSERT" not in line
            assert _content(plan) == before, f"{command} at {free} KiB free changed the plan"
            left = {p.name for p in disk.iterdir()} - filled - {"plan.sqlite-wal", "plan.sqlite-shm"}
            assert not {name for name in left if name.endswith((".tmp", ".pending", ".xlsx", ".pdf"))}, left
    assert refused, f"{command} never met a full disk: the levels no longer test anything"


def test_a_full_disk_under_the_app_is_one_sentence_and_no_change(qtbot, sources) -> None:
    from desktop_app.services.errors import PlanError
    from desktop_app.ui.commands import EditFieldCommand, push
    from desktop_app.ui.context import AppContext

    with small_disk(DISK_KIB) as disk:
        plan = disk / "plan.sqlite"
        shutil.copy(sources["plan"], plan)
        before = _content(plan)
        workspace = open_workspace(plan, make_folder=False)
        try:
            context = AppContext(workspace, "testare")
            activity = context.tree().find_activity("1.1.1")
            _fill(disk, 0)
            with pytest.raises(PlanError, match="full") as refused:
                push(
                    context, EditFieldCommand(context, "activity", activity.id, {"owner": "Ö" * 50_000}, "x")
                )
            assert "Planen är oförändrad" in str(refused.value) and "UPDATE" not in str(refused.value)
            assert context.undo_stack.count() == 0
        finally:
            workspace.close()
        (disk / "fyllnad").unlink()  # room again: the plan reads as it was before the refused edit
        assert _content(plan) == before


def test_a_new_plan_on_a_full_disk_leaves_no_half_plan(capsys) -> None:
    with small_disk(DISK_KIB) as disk:
        _fill(disk, 64)
        code, err = _cli(capsys, "--db", str(disk / "ny.sqlite"), "tree")
        assert code == 1 and "full" in one_line(err)
        assert not any(p.name.startswith("ny.sqlite") for p in disk.iterdir())


def test_a_full_temporary_folder_is_not_blamed_on_the_incoming_file(capsys, sources, monkeypatch) -> None:
    import tempfile

    plan = sources["plan"].parent / "tmp-full-plan.sqlite"
    shutil.copy(sources["plan"], plan)
    before = _content(plan)
    with small_disk(256) as disk:
        monkeypatch.setattr(tempfile, "tempdir", str(disk))
        _fill(disk, 8)
        code, err = _cli(capsys, "--db", str(plan), "import", str(sources["hplan"]), "--dry-run")
        monkeypatch.undo()
    line = one_line(err)
    assert code == 1 and "tillfälliga mappen" in line and "disken är full" in line
    assert "andra.hplan" not in line and "skadad" not in line
    assert _content(plan) == before
