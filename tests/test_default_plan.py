"""The plan an installer bundles: a new user's database starts from it, an existing one never does."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from database.errors import DatabaseError
from database.store import current_revision, head_revision
from desktop_app.bundle import bundle_files
from desktop_app.services.plan import PlanService
from desktop_app.services.workspace import open_workspace

REPO = Path(__file__).resolve().parent.parent

HEAD = head_revision()
OLDER_SCHEMA_NOTE = (
    '"""index added by a newer version of the app"""\n'
    "from alembic import op\n\n"
    f"revision = '0099_test'\ndown_revision = '{HEAD}'\n"
    "branch_labels = None\ndepends_on = None\n\n\n"
    "def upgrade():\n    op.create_index('ix_test_idea_text', 'idea', ['text'])\n\n\n"
    "def downgrade():\n    op.drop_index('ix_test_idea_text', 'idea')\n"
)


def make_bundle(root: Path) -> Path:
    """Lay out the data files exactly as the PyInstaller spec bundles them."""
    for name in bundle_files(REPO):
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(REPO / name, target)
    return root


def process_leaders_plan(path: Path) -> Path:
    """A plan file as the process leader sends it: the seeded plan with a red status on 1.1.1."""
    opened = open_workspace(path)
    try:
        service = PlanService(opened.engine, "processledare")
        activity = service.tree().find_activity("1.1.1")
        service.report_status(activity.id, "red", cause="Ingen ansvarig", recommended_action="Utse ansvarig")
    finally:
        opened.close()
    return path


def status_of(path: Path, code: str) -> str | None:
    opened = open_workspace(path)
    try:
        activity = PlanService(opened.engine, "x").tree().find_activity(code)
        return activity.status.value if activity.status else None
    finally:
        opened.close()


@pytest.fixture
def bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A frozen app's data folder (``sys._MEIPASS``) holding the process leader's plan."""
    plan = process_leaders_plan(tmp_path / "leader.hplan")
    root = make_bundle(tmp_path / "bundle")
    shutil.copyfile(plan, root / "database" / "seed" / "default.hplan")
    monkeypatch.setattr(sys, "_MEIPASS", str(root), raising=False)
    return root


def test_without_a_bundled_plan_a_new_database_gets_the_seeded_plan(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(make_bundle(tmp_path / "bundle")), raising=False)
    assert status_of(tmp_path / "user.sqlite", "1.1.1") is None


def test_first_start_copies_the_bundled_plan(bundle: Path, user_folders: Path) -> None:
    bundled = bundle / "database" / "seed" / "default.hplan"
    before = bundled.read_bytes()
    opened = open_workspace()
    try:
        assert opened.created
        assert opened.path.is_relative_to(user_folders / "data")
        activity = PlanService(opened.engine, "x").tree().find_activity("1.1.1")
        assert activity.status.value == "red"
        assert activity.current.cause == "Ingen ansvarig"
    finally:
        opened.close()
    assert bundled.read_bytes() == before
    assert not list(opened.path.parent.glob("*.ny*"))


def test_an_empty_database_file_is_made_from_the_bundled_plan(bundle: Path, tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()
    assert status_of(path, "1.1.1") == "red"


def test_an_existing_database_is_never_replaced_by_the_bundled_plan(tmp_path: Path, monkeypatch) -> None:
    user_db = tmp_path / "user.sqlite"
    opened = open_workspace(user_db)
    service = PlanService(opened.engine, "fokusområdesansvarig")
    service.report_status(service.tree().find_activity("2.1.1").id, "green")
    opened.close()

    plan = process_leaders_plan(tmp_path / "leader.hplan")
    root = make_bundle(tmp_path / "bundle")
    shutil.copyfile(plan, root / "database" / "seed" / "default.hplan")
    monkeypatch.setattr(sys, "_MEIPASS", str(root), raising=False)

    reopened = open_workspace(user_db)
    assert not reopened.created
    reopened.close()
    assert status_of(user_db, "2.1.1") == "green"
    assert status_of(user_db, "1.1.1") is None


def test_a_newer_version_upgrades_the_users_database_and_keeps_its_data(tmp_path: Path, monkeypatch) -> None:
    user_db = tmp_path / "user.sqlite"
    opened = open_workspace(user_db)
    service = PlanService(opened.engine, "fokusområdesansvarig")
    service.report_status(
        service.tree().find_activity("2.1.1").id, "yellow", cause="Försenad", recommended_action="Åtgärda"
    )
    opened.close()

    root = make_bundle(tmp_path / "bundle")
    (root / "database" / "migrations" / "versions" / "0099_test.py").write_text(OLDER_SCHEMA_NOTE, "utf-8")
    plan = process_leaders_plan(tmp_path / "leader.hplan")
    shutil.copyfile(plan, root / "database" / "seed" / "default.hplan")
    monkeypatch.setattr(sys, "_MEIPASS", str(root), raising=False)

    reopened = open_workspace(user_db)
    try:
        assert not reopened.created
        assert current_revision(reopened.engine) == "0099_test"
    finally:
        reopened.close()
    assert status_of(user_db, "2.1.1") == "yellow"
    assert len(list((tmp_path / "backups").glob("user-*-uppgradering.sqlite"))) == 1


def test_a_bundled_plan_at_an_older_schema_is_upgraded_in_the_copy(tmp_path: Path, monkeypatch) -> None:
    plan = process_leaders_plan(tmp_path / "leader.hplan")
    root = make_bundle(tmp_path / "bundle")
    (root / "database" / "migrations" / "versions" / "0099_test.py").write_text(OLDER_SCHEMA_NOTE, "utf-8")
    shutil.copyfile(plan, root / "database" / "seed" / "default.hplan")
    monkeypatch.setattr(sys, "_MEIPASS", str(root), raising=False)

    opened = open_workspace(tmp_path / "user.sqlite")
    try:
        assert opened.created
        assert current_revision(opened.engine) == "0099_test"
    finally:
        opened.close()
    with sqlite3.connect(root / "database" / "seed" / "default.hplan") as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD


def test_a_bundled_file_of_another_program_is_refused_and_nothing_is_created(
    tmp_path: Path, monkeypatch
) -> None:
    root = make_bundle(tmp_path / "bundle")
    with sqlite3.connect(root / "database" / "seed" / "default.hplan") as connection:
        connection.execute("CREATE TABLE note (text TEXT)")
    monkeypatch.setattr(sys, "_MEIPASS", str(root), raising=False)

    with pytest.raises(DatabaseError, match="annat program"):
        open_workspace(tmp_path / "user.sqlite")
    assert list(tmp_path.glob("user.sqlite*")) == []
