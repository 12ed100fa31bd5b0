"""PySide6 does not read the source of each module the window imports after it (ui/pyside_imports)."""

from __future__ import annotations

import linecache
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import desktop_app.ui  # noqa: F401  (the switch is made when the window's package is imported)
from desktop_app.ui.pyside_imports import NO_FEATURE, skip_source_scan

REPO = Path(__file__).resolve().parent.parent

MODULE = """
from PySide6.QtCore import QObject, Signal


class Bell(QObject):
    rang = Signal(str)
"""

PLAIN = """
def ring() -> str:
    return "ding"
"""
"""A module without the word PySide uses in its scan: PySide alone would record it as ignored (-1)."""

READ_BY_PYSIDE = """
import linecache, sys
import PySide6.QtCore
sys.path.insert(0, sys.argv[1])
import bell_read
print(any(name.endswith("bell_read.py") for name in linecache.cache))
"""


def _import(folder: Path, name: str, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    (folder / f"{name}.py").write_text(MODULE, encoding="utf-8")
    monkeypatch.syspath_prepend(str(folder))
    monkeypatch.delitem(sys.modules, name, raising=False)
    module = __import__(name)  # an import statement's way, through PySide's hook (not importlib's)
    monkeypatch.setitem(sys.modules, name, module)  # removed again after the test
    return module


def test_pyside_alone_reads_the_source_of_a_module_imported_after_it(tmp_path: Path) -> None:
    # What the switch is for: should a PySide release stop doing this, the switch can go.
    (tmp_path / "bell_read.py").write_text(MODULE, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", READ_BY_PYSIDE, str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    assert done.stdout.strip() == "True"


def test_after_the_window_package_a_module_is_imported_without_its_source_being_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = _import(tmp_path, "bell_unread", monkeypatch)
    assert str(tmp_path / "bell_unread.py") not in linecache.cache
    assert sys.modules["shibokensupport.feature"].pyside_feature_dict["bell_unread"] == NO_FEATURE
    heard: list[str] = []
    bell = module.Bell()
    bell.rang.connect(heard.append)
    bell.rang.emit("ding")  # Qt's names, as written (no snake_case), work in the module
    assert heard == ["ding"]
    assert hasattr(bell, "objectName") and not hasattr(bell, "object_name")


def test_a_module_without_qt_is_recorded_as_using_no_feature_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The decision pyside_imports documents: 0 for every module, as all selections come to while
    # no module selects a feature (PySide alone would record -1, "ignored", for this one).
    (tmp_path / "plain_unread.py").write_text(PLAIN, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "plain_unread", raising=False)
    module = __import__("plain_unread")
    monkeypatch.setitem(sys.modules, "plain_unread", module)
    assert str(tmp_path / "plain_unread.py") not in linecache.cache
    assert sys.modules["shibokensupport.feature"].pyside_feature_dict["plain_unread"] == NO_FEATURE
    assert module.ring() == "ding"


def test_a_pyside_that_works_otherwise_is_left_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    other = ModuleType("shibokensupport.feature")
    other.feature_imported = print  # type: ignore[attr-defined]  (and no table of selections)
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", other)
    assert skip_source_scan() is False
    assert other.feature_imported is print  # type: ignore[attr-defined]
    without_hook = ModuleType("shibokensupport.feature")
    without_hook.pyside_feature_dict = {}  # type: ignore[attr-defined]  (and no hook to replace)
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", without_hook)
    assert skip_source_scan() is False
    assert not hasattr(without_hook, "feature_imported")
    monkeypatch.delitem(sys.modules, "shibokensupport.feature")
    assert skip_source_scan() is False
