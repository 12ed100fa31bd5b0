"""Hyphenation patterns kept compiled between reports: pyphen's boundaries, and copy trouble is harmless."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pyphen
import pytest

from desktop_app.reports import hyphenation_cache as hyphenation
from desktop_app.reports.cache_files import STALE_PART_SECONDS
from desktop_app.services import leftovers

REPO = Path(__file__).resolve().parent.parent

WORDS = ("verksamhetsplanering", "styrgruppsrapport", "kommunfullmäktige", "digitalisering")


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """pyphen's per-process cache emptied and the user's cache folder in ``tmp_path``."""
    monkeypatch.setattr(pyphen, "hdcache", {})
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _positions() -> list[list[int]]:
    return [pyphen.Pyphen(lang="sv_SE").positions(word) for word in WORDS]


class _NotParsed(pyphen.HyphDict):
    def __init__(self, path: object) -> None:
        raise AssertionError(f"parsed {path} again")


def test_the_compiled_copy_gives_pyphens_own_boundaries(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = [pyphen.Pyphen(filename=pyphen.LANGUAGES["sv"], cache=False).positions(w) for w in WORDS]
    pyphen.hdcache.clear()
    hyphenation.prime("sv_SE")  # parses and keeps a copy
    copies = list(fresh.rglob("*.marshal"))
    assert len(copies) == 1
    assert _positions() == expected
    pyphen.hdcache.clear()
    monkeypatch.setattr(pyphen, "HyphDict", _NotParsed)
    hyphenation.prime("sv_SE")  # reads the copy
    assert _positions() == expected


def test_a_broken_copy_is_parsed_again_and_replaced(fresh: Path) -> None:
    hyphenation.prime("sv_SE")
    (copy,) = fresh.rglob("*.marshal")
    good = copy.read_bytes()
    copy.write_bytes(b"\x00not marshal")
    pyphen.hdcache.clear()
    hyphenation.prime("sv_SE")
    assert _positions()[0] == [4, 7, 11, 14, 16]
    assert copy.read_bytes() == good


def test_a_cache_folder_that_cannot_be_written_only_means_parsing(fresh: Path) -> None:
    fresh.parent.mkdir(parents=True, exist_ok=True)
    fresh.write_text("a file where the folder would be")
    hyphenation.prime("sv_SE")
    assert _positions()[0] == [4, 7, 11, 14, 16]


def test_an_unknown_or_no_language_is_left_to_pyphen(fresh: Path) -> None:
    hyphenation.prime("")
    hyphenation.prime("xx_XX")
    assert pyphen.hdcache == {}


STOPPED_WRITER = """
import os, sys
from pathlib import Path
from desktop_app.reports import cache_files

def stopped(*_paths):
    os._exit(9)  # killed after writing the .part file, before renaming it

os.replace = stopped
cache_files.write_copy(Path(sys.argv[1]), b"half a copy", Path("hyph_xx.dic"))
"""


def _stopped_writer(copy: Path) -> Path:
    """The ``.part`` file a writer of ``copy`` leaves when it is killed before renaming it."""
    stopped = subprocess.run(
        [sys.executable, "-c", STOPPED_WRITER, str(copy)],
        env={**os.environ, "PYTHONPATH": str(REPO)},
        check=False,
    )
    assert stopped.returncode == 9
    (left,) = copy.parent.glob("*.part")
    return left


def test_a_part_file_left_by_a_killed_writer_is_removed_by_the_next_run(fresh: Path) -> None:
    left = _stopped_writer(fresh / "hyphenation" / "other.marshal")
    assert left.read_bytes().endswith(b"half a copy")
    assert left in leftovers.sweep()  # what every start of the app and every command does first
    assert not left.exists()


def test_an_old_part_file_nobody_noted_is_removed_when_the_cache_is_next_used(fresh: Path) -> None:
    hyphenation.prime("sv_SE")
    (copy,) = fresh.rglob("*.marshal")
    old = copy.parent / f"{copy.name}.by-an-earlier-version.part"  # written before parts were noted
    old.write_bytes(b"half")
    long_ago = time.time() - STALE_PART_SECONDS - 5
    os.utime(old, (long_ago, long_ago))
    being_written = copy.parent / f"{copy.name}.now.part"  # another report writing at this moment
    being_written.write_bytes(b"")
    pyphen.hdcache.clear()
    hyphenation.prime("sv_SE")  # the next report reads the copy
    assert not old.exists()
    assert being_written.exists()
    assert _positions()[0] == [4, 7, 11, 14, 16]
