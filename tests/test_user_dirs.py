"""The user's folders are read without platformdirs on Linux, and are the ones platformdirs gives."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from desktop_app.services import user_dirs

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG folders are Linux's")

CASES = {
    "set": lambda home: str(home / "elsewhere"),
    "relative (ignored)": lambda home: "relative/folder",
    "empty": lambda home: "",
    "unset": lambda home: None,
}


@pytest.mark.parametrize("case", list(CASES))
def test_the_folders_are_platformdirs_own(case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        value = CASES[case](tmp_path)
        if value is None:
            monkeypatch.delenv(variable, raising=False)
        else:
            monkeypatch.setenv(variable, value)

    assert user_dirs.data_folder() == platformdirs.user_data_path(
        "Handlingsplan", appauthor=False, roaming=True
    )
    assert user_dirs.config_folder() == platformdirs.user_config_path(
        "Handlingsplan", appauthor=False, roaming=True
    )
    assert user_dirs.cache_folder() == platformdirs.user_cache_path("Handlingsplan", appauthor=False)
    assert user_dirs.data_folder().is_absolute()
