"""Shared fixtures: every test gets its own data folders and a fresh plan database."""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# Before Qt or platformdirs are imported anywhere: no display, and no user folders touched.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_session_home = Path(tempfile.mkdtemp(prefix="handlingsplan-tests-"))
os.environ["XDG_DATA_HOME"] = str(_session_home / "data")
os.environ["XDG_CONFIG_HOME"] = str(_session_home / "config")
os.environ["XDG_CACHE_HOME"] = str(_session_home / "cache")  # the reports' hyphenation copy


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Leave nothing in the temporary folder: the session's data folders go with the session.

    pytest's own folder for the session (``tmp_path``'s parent) goes too when every test
    passed; after a failure it stays, with the failed tests' folders to look into.
    """
    shutil.rmtree(_session_home, ignore_errors=True)
    factory = getattr(session.config, "_tmp_path_factory", None)  # pytest's, made only when used
    if exitstatus == 0 and factory is not None and getattr(factory, "_basetemp", None) is not None:
        basetemp = factory.getbasetemp()
        if session.config.option.basetemp is None:  # a folder pytest numbered for this session
            shutil.rmtree(basetemp, ignore_errors=True)


from desktop_app.services.plan import PlanService  # noqa: E402
from desktop_app.services.workspace import Workspace, open_workspace  # noqa: E402


@pytest.fixture(autouse=True)
def qt_garbage_between_tests(request: pytest.FixtureRequest):
    """Collect cyclic garbage between tests, never in the middle of one.

    Widgets that tests drop stay alive in reference cycles until Python's cycle
    collector runs; left to its own schedule it tore them down in the middle of
    a later test and crashed the interpreter now and then. Collecting once each
    test is over, after Qt has run the deferred deletions pytest-qt asked for,
    makes that tear-down happen at the same quiet point every run.
    """
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        from PySide6.QtCore import QCoreApplication, QEvent

        if QCoreApplication.instance() is not None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.enable()
        gc.collect()


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
def leader(tmp_path: Path):
    """The process leader's installation of the seeded plan, for the exchanges of plan files."""
    opened = open_workspace(tmp_path / "leader" / "plan.sqlite")
    yield opened
    opened.close()


@pytest.fixture
def lead(tmp_path: Path):
    """A focus-area lead's installation of the seeded plan, beside ``leader``."""
    opened = open_workspace(tmp_path / "lead" / "plan.sqlite")
    yield opened
    opened.close()


@pytest.fixture
def service(workspace: Workspace) -> PlanService:
    return PlanService(workspace.engine, "testare")
