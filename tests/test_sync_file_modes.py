"""Exported plan files and workbooks are ordinary files: normal permissions, never a hard link."""

from __future__ import annotations

import os
import stat

import pytest

from desktop_app.main import main
from desktop_app.services.sync.plan_file import sync_dir
from desktop_app.services.workspace import open_workspace

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes and umask are POSIX")


@pytest.mark.parametrize("umask", [0o022, 0o002])
@pytest.mark.parametrize("command", [["export", "plan.hplan"], ["xlsx", "export", "plan.xlsx"]])
def test_an_export_gets_the_mode_of_a_new_file_in_its_folder(tmp_path, umask, command) -> None:
    db = tmp_path / "plan.sqlite"
    open_workspace(db).close()
    target = tmp_path / "shared" / command[-1]
    target.parent.mkdir()
    old = os.umask(umask)
    try:
        assert main(["--db", str(db), *command[:-1], str(target)]) == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


def test_the_exported_plan_file_is_not_a_hard_link_to_the_stored_copy(tmp_path) -> None:
    db, target = tmp_path / "plan.sqlite", tmp_path / "plan.hplan"
    assert main(["--db", str(db), "export", str(target)]) == 0
    assert target.stat().st_nlink == 1
    [sent] = sync_dir(db).glob("sent-*.sqlite")
    assert sent.stat().st_nlink == 1 and sent.read_bytes() == target.read_bytes()
    target.write_bytes(b"changed by the user")
    assert sent.read_bytes() != target.read_bytes()
