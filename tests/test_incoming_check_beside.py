"""The incoming file's integrity check runs beside the import's reading, and its verdict comes first.

``integrity_check`` reads the whole file, as long as the import's own reading of it, so the two run
at once (``plan_file.open_incoming``). Nothing of a damaged file may reach the preview or the data
folder however the two finish: these tests make each finish first.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

import desktop_app.services.sync.importer as importer
import desktop_app.services.sync.plan_file as plan_file
from desktop_app.services.sync.errors import SyncError
from desktop_app.services.sync.importer import prepare_import
from desktop_app.services.sync.plan_file import sync_dir
from desktop_app.services.workspace import Workspace
from tests.sync_helpers import database_bytes, export

THREAD = "check-incoming-file"


def _index_out_of_step(path: Path, good: Path) -> None:
    """Damage only SQLite's integrity check sees: an index whose entries do not match its column.
    Every row reads as it was."""
    path.write_bytes(good.read_bytes())
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA writable_schema=ON")
        connection.execute(
            "UPDATE sqlite_master SET sql = 'CREATE INDEX ix_activity_responsible_office_id"
            " ON activity (title)' WHERE name = 'ix_activity_responsible_office_id'"
        )
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] != "ok"


def _data_files(workspace: Workspace) -> list[str]:
    folder = sync_dir(workspace.path)
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_the_check_runs_while_the_file_is_read(tmp_path, workspace, monkeypatch) -> None:
    """The check waits, in its own thread, for the reading to begin: done one after the other, the
    check would wait in vain and fail the import."""
    good = export(workspace, tmp_path / "good.hplan")
    reading = threading.Event()
    check, read_both = plan_file._check_integrity, importer._read_both
    threads: list[str] = []

    def check_once_reading(path: Path, copy: Path) -> None:
        threads.append(threading.current_thread().name)
        assert reading.wait(10), "the integrity check ran before the reading, not beside it"
        check(path, copy)

    def read_and_tell(*args):  # type: ignore[no-untyped-def]
        reading.set()
        return read_both(*args)

    monkeypatch.setattr(plan_file, "_check_integrity", check_once_reading)
    monkeypatch.setattr(importer, "_read_both", read_and_tell)
    plan = prepare_import(workspace, good, "bo")
    importer.discard_import(plan)
    assert threads == [THREAD]


def test_damage_found_after_the_reading_stops_the_preview(tmp_path, workspace, monkeypatch) -> None:
    """The reading finishes first and finds nothing wrong; the check's verdict still refuses the
    file before anything is kept or shown."""
    good = export(workspace, tmp_path / "good.hplan")
    bad = tmp_path / "bad.hplan"
    _index_out_of_step(bad, good)
    merged = threading.Event()
    check, merge = plan_file._check_integrity, importer.merge

    def check_after_merge(path: Path, copy: Path) -> None:
        assert merged.wait(10)
        check(path, copy)

    def merge_and_tell(*args, **kwargs):  # type: ignore[no-untyped-def]
        result = merge(*args, **kwargs)
        merged.set()
        return result

    monkeypatch.setattr(plan_file, "_check_integrity", check_after_merge)
    monkeypatch.setattr(importer, "merge", merge_and_tell)
    workspace.engine.dispose()
    before, files_before = database_bytes(workspace.path), _data_files(workspace)
    with pytest.raises(SyncError, match="skadad \\(integritetskontrollen hittade fel\\)"):
        prepare_import(workspace, bad, "bo")
    assert merged.is_set()  # the whole preview had been worked out
    workspace.engine.dispose()
    assert database_bytes(workspace.path) == before
    assert _data_files(workspace) == files_before  # no base copy kept, no note left
    assert THREAD not in {thread.name for thread in threading.enumerate()}


def test_damage_the_reading_meets_first_is_told_as_damage(tmp_path, workspace, monkeypatch) -> None:
    """The reading fails on the damage before the check is done: the file is refused as damaged,
    not with what the reading met, and the check's thread is waited for."""
    good = export(workspace, tmp_path / "good.hplan")
    bad = tmp_path / "bad.hplan"
    _index_out_of_step(bad, good)
    check = plan_file._check_integrity
    failed = threading.Event()

    def check_after_failure(path: Path, copy: Path) -> None:
        assert failed.wait(10)
        check(path, copy)

    def reading_fails(*args):  # type: ignore[no-untyped-def]
        failed.set()
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(plan_file, "_check_integrity", check_after_failure)
    monkeypatch.setattr(importer, "_read_both", reading_fails)
    with pytest.raises(SyncError, match="skadad") as raised:
        prepare_import(workspace, bad, "bo")
    assert isinstance(raised.value.__context__, sqlite3.DatabaseError)
    assert THREAD not in {thread.name for thread in threading.enumerate()}


def test_a_sound_file_whose_reading_fails_keeps_its_own_error(tmp_path, workspace, monkeypatch) -> None:
    good = export(workspace, tmp_path / "good.hplan")

    def reading_fails(*args):  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(importer, "_read_both", reading_fails)
    with pytest.raises(sqlite3.OperationalError, match="disk I/O error"):
        prepare_import(workspace, good, "bo")
    assert THREAD not in {thread.name for thread in threading.enumerate()}


def test_an_older_file_is_checked_in_full_before_it_is_upgraded(tmp_path, workspace, monkeypatch) -> None:
    """The upgrade writes the copy, so an older file's full check is over before it begins."""
    good = export(workspace, tmp_path / "good.hplan")
    order: list[str] = []
    check, upgrade = plan_file._check_integrity, plan_file._upgrade_copy

    def check_slowly(path: Path, copy: Path) -> None:
        time.sleep(0.3)  # still checking when the older revision has been read
        check(path, copy)
        order.append("checked")

    def upgrade_after(path: Path, copy: Path) -> None:
        order.append("upgraded")
        upgrade(path, copy)

    monkeypatch.setattr(plan_file, "_check_integrity", check_slowly)
    monkeypatch.setattr(plan_file, "_upgrade_copy", upgrade_after)
    monkeypatch.setattr(plan_file, "_schema_revisions", lambda: (frozenset({"older", "newest"}), "newest"))
    monkeypatch.setattr(plan_file, "_check_copy", lambda path, copy: "older")
    plan = prepare_import(workspace, good, "bo")
    importer.discard_import(plan)
    assert order == ["checked", "upgraded"]


def test_the_structure_is_checked_before_any_other_statement(tmp_path, workspace, monkeypatch) -> None:
    """SQLite's advice for a file from elsewhere: ``quick_check`` first, every cell's size checked,
    nothing mapped into memory; the full check runs beside."""
    good = export(workspace, tmp_path / "good.hplan")
    statements: list[str] = []
    opened = plan_file.open_copy

    def traced(copy: Path) -> sqlite3.Connection:
        connection = opened(copy)
        assert connection.execute("PRAGMA cell_size_check").fetchone()[0] == 1
        assert connection.execute("PRAGMA mmap_size").fetchone()[0] == 0
        if threading.current_thread() is threading.main_thread():
            connection.set_trace_callback(statements.append)
        return connection

    monkeypatch.setattr(plan_file, "open_copy", traced)
    importer.discard_import(prepare_import(workspace, good, "bo"))
    assert statements[0] == "PRAGMA quick_check"


def test_a_file_with_damaged_pages_is_refused_before_it_is_read(tmp_path, workspace, monkeypatch) -> None:
    good = export(workspace, tmp_path / "good.hplan")
    bad = tmp_path / "bad.hplan"
    data = bytearray(good.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(1, len(data) // page_size):
        data[page * page_size] ^= 0xFF  # every b-tree page's type byte but the schema's
    bad.write_bytes(bytes(data))
    read: list[Path] = []
    read_info = plan_file._read_info
    monkeypatch.setattr(
        plan_file, "_read_info", lambda path, copy: read.append(copy) or read_info(path, copy)
    )
    with pytest.raises(SyncError, match="skadad"):
        prepare_import(workspace, bad, "bo")
    assert read == []
    assert THREAD not in {thread.name for thread in threading.enumerate()}


def test_an_interruption_stays_one(tmp_path, workspace, monkeypatch) -> None:
    """Ctrl-C while a damaged file is read is an interruption, not a refusal; the check is waited for."""
    good = export(workspace, tmp_path / "good.hplan")
    bad = tmp_path / "bad.hplan"
    _index_out_of_step(bad, good)

    def interrupted(*args):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    monkeypatch.setattr(importer, "_read_both", interrupted)
    with pytest.raises(KeyboardInterrupt):
        prepare_import(workspace, bad, "bo")
    assert THREAD not in {thread.name for thread in threading.enumerate()}


def test_the_local_plan_is_attached_read_only(tmp_path, workspace, monkeypatch) -> None:
    """The connection that reads the file from elsewhere cannot write the local plan."""
    good = export(workspace, tmp_path / "good.hplan")
    refused: list[str] = []
    read = importer.read_rows_to_merge

    def try_to_write(connection, *args, **kwargs):  # type: ignore[no-untyped-def]
        try:
            connection.execute("CREATE TABLE mine.written_from_the_file (a)")
        except sqlite3.OperationalError as error:
            refused.append(str(error))
        return read(connection, *args, **kwargs)

    monkeypatch.setattr(importer, "read_rows_to_merge", try_to_write)
    importer.discard_import(prepare_import(workspace, good, "bo"))
    assert refused and "readonly" in refused[0]
