"""Bad plan files and failing exports: a clear Swedish message, and the local database untouched."""

from __future__ import annotations

import errno
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import desktop_app.services.sync.export as export_module
from database.store import APPLICATION_ID
from desktop_app.main import main
from desktop_app.services.errors import PlanError
from desktop_app.services.sync.errors import SyncError
from desktop_app.services.sync.importer import prepare_import
from desktop_app.services.workspace import Workspace
from tests.sync_helpers import database_bytes, export

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def good_file(tmp_path: Path, workspace: Workspace) -> Path:
    return export(workspace, tmp_path / "good.hplan")


def _not_sqlite(path: Path, good: Path) -> None:
    path.write_text("Detta är en vanlig textfil, ingen plan.\n" * 20, encoding="utf-8")


def _truncated(path: Path, good: Path) -> None:
    path.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 3])


def _bit_flipped(path: Path, good: Path) -> None:
    data = bytearray(good.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(1, len(data) // page_size):
        data[page * page_size] ^= 0xFF  # every b-tree page's type byte
    path.write_bytes(bytes(data))


def _other_program(path: Path, good: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        connection.execute("INSERT INTO notes (body) VALUES ('hej')")


def _newer_schema(path: Path, good: Path) -> None:
    path.write_bytes(good.read_bytes())
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")


def _trigger(path: Path, good: Path) -> None:
    path.write_bytes(good.read_bytes())
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TRIGGER wipe AFTER INSERT ON setting BEGIN DELETE FROM activity; END")


def _view(path: Path, good: Path) -> None:
    path.write_bytes(good.read_bytes())
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE VIEW sneaky AS SELECT * FROM activity")


def _empty(path: Path, good: Path) -> None:
    path.write_bytes(b"")


def _not_exported(path: Path, good: Path) -> None:
    path.write_bytes(good.read_bytes())
    with sqlite3.connect(path) as connection:
        connection.execute("DELETE FROM setting")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (_not_sqlite, "inte en SQLite-databas"),
        (_truncated, "skadad"),
        (_bit_flipped, "skadad"),
        (_other_program, "annat program"),
        (_newer_schema, "nyare version av Handlingsplan"),
        (_trigger, "triggers eller vyer: wipe"),
        (_view, "triggers eller vyer: sneaky"),
        (_empty, "den är tom"),
        (_not_exported, "ingen exporterad planfil"),
    ],
    ids=[
        "not-sqlite",
        "truncated",
        "bit-flipped",
        "other-program",
        "newer",
        "trigger",
        "view",
        "empty",
        "no-meta",
    ],
)
def test_bad_plan_file_is_refused_and_nothing_changes(
    tmp_path, workspace, good_file, make, message, capsys
) -> None:
    bad = tmp_path / "bad.hplan"
    make(bad, good_file)
    bad_before = bad.read_bytes()
    workspace.engine.dispose()
    before = database_bytes(workspace.path)
    with pytest.raises(SyncError, match=message):
        prepare_import(workspace, bad, "bo")
    workspace.engine.dispose()
    assert database_bytes(workspace.path) == before
    assert bad.read_bytes() == bad_before
    code = main(["--db", str(workspace.path), "import", str(bad)])
    _, err = capsys.readouterr()
    assert code == 1
    assert err.startswith("handlingsplan: Filen bad.hplan ") and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert database_bytes(workspace.path) == before


def test_missing_and_unreadable_files_are_refused(tmp_path, workspace, good_file) -> None:
    with pytest.raises(SyncError, match="den finns inte"):
        prepare_import(workspace, tmp_path / "saknas.hplan", "bo")
    with pytest.raises(SyncError, match="det är en mapp"):
        prepare_import(workspace, tmp_path, "bo")
    if os.geteuid() == 0:
        return  # root reads everything; the permission case cannot be made here
    good_file.chmod(0)
    with pytest.raises(SyncError, match="kan inte läsas"):
        prepare_import(workspace, good_file, "bo")


def test_a_trigger_in_the_file_never_runs(tmp_path, workspace, good_file) -> None:
    """Even a trigger on reads of tables the import touches is refused before anything runs."""
    bad = tmp_path / "bad.hplan"
    _trigger(bad, good_file)
    with pytest.raises(SyncError):
        prepare_import(workspace, bad, "bo")
    with sqlite3.connect(bad) as connection:
        assert connection.execute("SELECT count(*) FROM activity").fetchone()[0] == 58


def test_unwritable_target_folder(tmp_path, workspace, capsys) -> None:
    folder = tmp_path / "readonly"
    folder.mkdir()
    target = folder / "plan.hplan"
    if os.geteuid() == 0:
        target = tmp_path / "finns-inte" / "plan.hplan"  # root may write anywhere: use a missing folder
    else:
        folder.chmod(0o500)
    expected = "finns inte" if os.geteuid() == 0 else "du har inte behörighet att skriva i mappen"
    with pytest.raises(PlanError, match=expected):
        export(workspace, target)
    code = main(["--db", str(workspace.path), "export", str(target)])
    assert code == 1 and expected in capsys.readouterr().err
    assert not target.exists()


def test_disk_full_during_export_leaves_no_partial_file(tmp_path, workspace, monkeypatch) -> None:
    previous = export(workspace, tmp_path / "plan.hplan")
    previous_bytes = previous.read_bytes()

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(export_module, "_fsync", disk_full)
    with pytest.raises(SyncError, match="Inget sparades"):
        export(workspace, previous)
    assert previous.read_bytes() == previous_bytes
    assert sorted(p.name for p in tmp_path.iterdir() if "hplan" in p.name or p.suffix == ".tmp") == [
        "plan.hplan"
    ]


_SLOW_EXPORT = """
import sys, time
from pathlib import Path
import desktop_app.services.sync.export as export_module
from desktop_app.services.workspace import open_workspace

def slow_fsync(fd):
    print("writing", flush=True)
    time.sleep(60)

export_module._fsync = slow_fsync
workspace = open_workspace(Path(sys.argv[1]))
export_module.export_plan(workspace.engine, workspace.path, Path(sys.argv[2]), "anna")
"""


def test_killing_the_process_during_export_keeps_the_previous_file(tmp_path, workspace) -> None:
    (tmp_path / "out").mkdir()
    target = export(workspace, tmp_path / "out" / "plan.hplan")
    previous = target.read_bytes()
    workspace.close()
    process = subprocess.Popen(
        [sys.executable, "-c", _SLOW_EXPORT, str(workspace.path), str(target)],
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        text=True,
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "writing"  # the snapshot is written, not yet renamed
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
        process.stdout.close()
    time.sleep(0.05)
    assert target.read_bytes() == previous
    with sqlite3.connect(f"{target.as_uri()}?mode=ro", uri=True) as connection:
        assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert [p.name for p in target.parent.glob("*.hplan")] == ["plan.hplan"]

    # The next export of the same plan file clears what the killed one left behind.
    leftovers = list(target.parent.glob(".plan-*.tmp"))
    assert leftovers
    for leftover in leftovers:
        os.utime(leftover, (time.time() - 3600, time.time() - 3600))
    export(workspace, target)
    assert list(target.parent.glob(".plan-*.tmp")) == []
