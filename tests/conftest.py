"""Shared fixtures: every test gets its own data folders and a fresh plan database."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# Before Qt or platformdirs are imported anywhere: no display, and no user folders touched.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_session_home = Path(tempfile.mkdtemp(prefix="handlingsplan-tests-"))
os.environ["XDG_DATA_HOME"] = str(_session_home / "data")
os.environ["XDG_CONFIG_HOME"] = str(_session_home / "config")

from desktop_app.services.plan import PlanService  # noqa: E402
from desktop_app.services.workspace import Workspace, open_workspace  # noqa: E402


@pytest.fixture(autouse=True)
def user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the user data and config folders into the test's own folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "plan.sqlite"


@pytest.fixture
def workspace(db_path: Path):
    """A fresh database with the seeded plan."""
    opened = open_workspace(db_path)
    yield opened
    opened.close()


@pytest.fixture
def service(workspace: Workspace) -> PlanService:
    return PlanService(workspace.engine, "testare")
