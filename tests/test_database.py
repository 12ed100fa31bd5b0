"""Opening, creating and migrating database files."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlmodel import SQLModel

import database.store as store
from database.assets import asset_path
from database.errors import DatabaseError
from database.store import APPLICATION_ID, create_database, open_or_create
from desktop_app.services.workspace import Workspace, open_workspace


def test_migrations_produce_exactly_the_models_schema(tmp_path: Path) -> None:
    engine = create_database(tmp_path / "fresh.sqlite")
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True, "render_as_batch": True})
        assert compare_metadata(context, SQLModel.metadata) == []
    engine.dispose()


def test_revisions_read_without_alembic_agree_with_alembic() -> None:
    script = ScriptDirectory.from_config(store.alembic_config())
    assert store.known_revisions() == {revision.revision for revision in script.walk_revisions()}
    assert store.head_revision() == script.get_current_head()


def test_new_database_has_application_id_wal_and_foreign_keys(workspace: Workspace) -> None:
    with workspace.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_foreign_keys_are_enforced(workspace: Workspace) -> None:
    with workspace.engine.connect() as connection, pytest.raises(Exception, match="FOREIGN KEY"):
        connection.exec_driver_sql(
            "INSERT INTO activity (id, created_at, modified_at, modified_by, initiative_id, position, title,"
            " description, owner, ongoing, lifecycle)"
            " VALUES ('x', '2020-01-01', '2020-01-01', '', 'missing', 0, 't', '', '', 0, 'proposed')"
        )
        connection.commit()


def test_reopening_keeps_the_plan(db_path: Path) -> None:
    first = open_workspace(db_path)
    assert first.created
    first.close()
    second = open_workspace(db_path)
    assert not second.created
    second.close()


def _file_bytes(path: Path) -> bytes:
    return path.read_bytes()


def test_database_newer_than_the_code_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    open_workspace(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = _file_bytes(path)
    with pytest.raises(DatabaseError, match="nyare version"):
        open_or_create(path)
    assert _file_bytes(path) == before


def test_sqlite_file_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    before = _file_bytes(path)
    with pytest.raises(DatabaseError, match="annat program"):
        open_or_create(path)
    assert _file_bytes(path) == before


def test_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("inte en databas", encoding="utf-8")
    with pytest.raises(DatabaseError, match="inte en SQLite-fil"):
        open_or_create(path)
    assert path.read_text(encoding="utf-8") == "inte en databas"


def test_damaged_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite"
    open_workspace(path).close()
    data = bytearray(path.read_bytes())
    path.write_bytes(bytes(data[:100]) + b"\xff" * 50)
    before = _file_bytes(path)
    with pytest.raises(DatabaseError):
        open_or_create(path)
    assert _file_bytes(path) == before


def test_older_database_is_backed_up_then_upgraded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A database at revision 0001 opened by code whose head is a newer revision."""
    path = tmp_path / "old.sqlite"
    open_workspace(path).close()

    scripts = tmp_path / "migrations"
    shutil.copytree(asset_path("database", "migrations"), scripts)
    head = store.head_revision()
    (scripts / "versions" / "0999_note_index.py").write_text(
        '"""index for the test"""\n'
        "from alembic import op\n\n"
        f"revision = '0999'\ndown_revision = '{head}'\nbranch_labels = None\ndepends_on = None\n\n\n"
        "def upgrade():\n    op.create_index('ix_test_idea_text', 'idea', ['text'])\n\n\n"
        "def downgrade():\n    op.drop_index('ix_test_idea_text', 'idea')\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(store, "migrations_dir", lambda: scripts)
    engine, created = open_or_create(path)
    assert not created
    assert store.current_revision(engine) == "0999"
    engine.dispose()
    backups = list((tmp_path / "backups").glob("old-*-uppgradering.sqlite"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head
        assert connection.execute("SELECT count(*) FROM activity").fetchone()[0] == 58


def test_empty_file_becomes_a_new_plan(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()
    opened = open_workspace(path)
    assert opened.created
    opened.close()


def test_default_database_lives_in_the_user_data_folder(user_folders: Path) -> None:
    opened = open_workspace()
    try:
        assert opened.path.is_relative_to(user_folders / "data")
        assert opened.path.exists()
    finally:
        opened.close()
