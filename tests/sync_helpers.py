"""Shared steps for the sync tests: two installations exchanging plan files."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

from desktop_app.services.sync.export import export_plan
from desktop_app.services.sync.held import NOT_TAKEN_KEY
from desktop_app.services.sync.importer import ImportPlan, apply_import, discard_import, prepare_import
from desktop_app.services.sync.merge import Choice
from desktop_app.services.sync.plan_file import TABLE_NAMES, read_rows, table_columns
from desktop_app.services.workspace import Workspace


def export(workspace: Workspace, target: Path, actor: str = "anna", focus_area_id: str | None = None) -> Path:
    return export_plan(workspace.engine, workspace.path, target, actor, focus_area_id).path


def import_file(
    workspace: Workspace, path: Path, prefer: Choice = Choice.THEIRS, actor: str = "bo"
) -> ImportPlan:
    plan = prepare_import(workspace, path, actor)
    try:
        apply_import(workspace, plan, {c.key: prefer for c in plan.preview.conflicts})
    finally:
        discard_import(plan)
    return plan


def content(workspace: Workspace, with_stamps: bool = True) -> dict[str, dict[str, dict[str, object]]]:
    """Every synced row of a database, for comparing two of them."""
    with workspace.engine.connect() as connection:
        columns = {table: table_columns(connection, table) for table in TABLE_NAMES}
        if not with_stamps:
            columns = {
                t: [c for c in names if c not in ("modified_at", "modified_by")]
                for t, names in columns.items()
            }
        return read_rows(connection, columns)


def database_bytes(path: Path) -> tuple[bytes, bytes]:
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes(), wal.read_bytes() if wal.exists() else b""


def every_row_not_taken(stored: Path, plan: Path) -> list[str]:
    """The plain definition of the rows an import did not take: every row of the stored file whose
    stamp differs from the plan's (what the import's note must say, found the long way)."""
    with closing(sqlite3.connect(plan)) as connection:
        here = {
            table: {
                str(i): (str(at), str(by))
                for i, at, by in connection.execute(f"SELECT id, modified_at, modified_by FROM {table}")
            }
            for table in TABLE_NAMES
        }
    with closing(sqlite3.connect(stored)) as connection:
        return sorted(
            str(i)
            for table in TABLE_NAMES
            for i, at, by in connection.execute(f"SELECT id, modified_at, modified_by FROM {table}")
            if here[table].get(str(i)) != (str(at), str(by))
        )


def not_taken_note(stored: Path) -> list[str]:
    """The ids a stored file's note of rows not taken holds."""
    with closing(sqlite3.connect(stored)) as connection:
        (value,) = connection.execute("SELECT value FROM setting WHERE key = ?", (NOT_TAKEN_KEY,)).fetchone()
    return json.loads(value)


def write_elsewhere(path: Path) -> str:
    """What another program gets when it writes to the plan now, without waiting for a lock."""
    with closing(sqlite3.connect(path, timeout=0)) as other:
        try:
            with other:
                other.execute("UPDATE strategy SET name = name")
        except sqlite3.OperationalError as error:
            return str(error)
    return "written"
