"""The backup before an import is taken while the import writes, and it holds the plan as it was.

A plan in WAL mode is copied by a second connection, which sees the plan as it was until the
import commits; the commit waits for the copy (``importer._take_backup``). These tests make the
copy wait for the writes, fail after them, and meet a plan in another journal mode.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import event

import desktop_app.services.sync.importer as importer
from database.errors import N_, DatabaseError
from desktop_app.services.plan import PlanService
from desktop_app.services.sync.errors import SyncError
from desktop_app.services.sync.importer import last_import, prepare_import
from desktop_app.services.workspace import Workspace
from tests.sync_helpers import content, database_bytes, export, write_elsewhere

THREAD = "backup-before-import"


def _changed_file(leader: Workspace, folder: Path) -> Path:
    service = PlanService(leader.engine, "anna")
    for code in ("1.1.1", "2.1.1", "3.1.1"):
        activity = service.tree().find_activity(code).id
        service.update_activity(activity, {"owner": f"Anna {code}"})
    return export(leader, folder / "from-leader.hplan")


def _rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as connection:
        return {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in ("activity", "statusreport", "setting")
        }


def test_the_backup_is_copied_while_the_import_writes(leader, lead, tmp_path, monkeypatch) -> None:
    """The copy waits until the import has written its rows, and still holds the plan as it was:
    taken before the writes, it would wait in vain and fail the import."""
    plan = prepare_import(lead, _changed_file(leader, tmp_path), "bo")  # gives the lead its installation id
    before = _rows(lead.path)
    written = threading.Event()
    threads: list[str] = []
    locked: list[str] = []
    backup, settle = importer.backup_database, importer._settle_codes

    def backup_after_the_writes(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        # Begun under the write lock: nothing another program commits can be missing from the copy.
        locked.append(write_elsewhere(lead.path))
        assert written.wait(10), "the backup was taken before the import wrote, not beside it"
        return backup(*args, **kwargs)

    def settle_and_tell(*args):  # type: ignore[no-untyped-def]
        written.set()
        return settle(*args)

    monkeypatch.setattr(importer, "backup_database", backup_after_the_writes)
    monkeypatch.setattr(importer, "_settle_codes", settle_and_tell)
    importer.apply_import(lead, plan, {})
    assert threads == [THREAD]
    assert locked == ["database is locked"]
    state = last_import(lead)
    assert state is not None
    assert _rows(lead.backup_dir / state["backup"]) == before
    assert _rows(lead.path) != before
    assert (
        PlanService(lead.engine, "bo").activity_values(
            PlanService(lead.engine, "bo").tree().find_activity("2.1.1").id
        )["owner"]
        == "Anna 2.1.1"
    )


def test_a_backup_that_fails_after_the_writes_leaves_the_plan_unchanged(
    leader, lead, tmp_path, monkeypatch
) -> None:
    path = _changed_file(leader, tmp_path)
    plan = prepare_import(lead, path, "bo")
    lead.engine.dispose()
    before = database_bytes(lead.path)
    written = threading.Event()
    settle = importer._settle_codes

    def full_after_the_writes(*args, **kwargs):  # type: ignore[no-untyped-def]
        assert written.wait(10)
        raise DatabaseError(N_("Säkerhetskopian av {path} kunde inte skapas (disken är full)."), path=path)

    def settle_and_tell(*args):  # type: ignore[no-untyped-def]
        written.set()
        return settle(*args)

    monkeypatch.setattr(importer, "backup_database", full_after_the_writes)
    monkeypatch.setattr(importer, "_settle_codes", settle_and_tell)
    with pytest.raises(SyncError, match="Importen avbröts innan något ändrades: Säkerhetskopian"):
        importer.apply_import(lead, plan, {})
    lead.engine.dispose()
    assert database_bytes(lead.path) == before
    assert last_import(lead) is None
    assert THREAD not in {thread.name for thread in threading.enumerate()}


def test_writes_that_fail_wait_for_the_backup(leader, lead, tmp_path, monkeypatch) -> None:
    """The import fails while the copy is still running: the copy is waited for, not left writing."""
    path = _changed_file(leader, tmp_path)
    plan = prepare_import(lead, path, "bo")
    lead.engine.dispose()
    before = content(lead)
    failed = threading.Event()
    finished: list[bool] = []
    backup = importer.backup_database

    def slow_backup(*args, **kwargs):  # type: ignore[no-untyped-def]
        assert failed.wait(10)
        time.sleep(0.3)  # still copying when the import has failed
        result = backup(*args, **kwargs)
        finished.append(True)
        return result

    def settle_fails(*args):  # type: ignore[no-untyped-def]
        failed.set()
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(importer, "backup_database", slow_backup)
    monkeypatch.setattr(importer, "_settle_codes", settle_fails)
    with pytest.raises(SyncError, match="Importen kunde inte genomföras och ingenting ändrades"):
        importer.apply_import(lead, plan, {})
    assert finished == [True]
    assert THREAD not in {thread.name for thread in threading.enumerate()}
    assert content(lead) == before


def test_a_plan_in_another_journal_mode_is_backed_up_first(leader, lead, tmp_path, monkeypatch) -> None:
    """Outside WAL mode the import's writes could not reach the file while the copy reads it."""
    path = _changed_file(leader, tmp_path)
    lead.engine.dispose()

    @event.listens_for(lead.engine, "connect")
    def rollback_journal(connection, _record) -> None:  # type: ignore[no-untyped-def]
        connection.execute("PRAGMA journal_mode=DELETE")

    with lead.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
    plan = prepare_import(lead, path, "bo")
    before = _rows(lead.path)
    order: list[str] = []
    backup, settle = importer.backup_database, importer._settle_codes

    def backup_here(*args, **kwargs):  # type: ignore[no-untyped-def]
        order.append(f"backup in {threading.current_thread().name}")
        return backup(*args, **kwargs)

    def settle_after(*args):  # type: ignore[no-untyped-def]
        order.append("writes")
        return settle(*args)

    monkeypatch.setattr(importer, "backup_database", backup_here)
    monkeypatch.setattr(importer, "_settle_codes", settle_after)
    importer.apply_import(lead, plan, {})
    assert order == [f"backup in {threading.main_thread().name}", "writes"]
    state = last_import(lead)
    assert state is not None and _rows(lead.backup_dir / state["backup"]) == before
