"""Shared steps for the sync tests: two installations exchanging plan files."""

from __future__ import annotations

from pathlib import Path

from desktop_app.services.sync.export import export_plan
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
