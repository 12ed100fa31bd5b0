"""The reports' fonts read from a parsed copy: the same font as ReportLab's parse, the same PDF bytes,
and trouble with the copy only means parsing again."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFile
from reportlab.pdfgen.canvas import Canvas

from database.assets import asset_path
from desktop_app.reports import font_cache
from desktop_app.services.workspace import Workspace

REPO = Path(__file__).resolve().parent.parent
REGULAR = asset_path("resources", "fonts", "DejaVuSans.ttf")
BOLD = asset_path("resources", "fonts", "DejaVuSans-Bold.ttf")
TEXT = "Styrgruppsrapport – Åtgärd för öppna frågor: 12 % ≥ mål, ⚠ Försenad ○ ● ✓ Ǆ ﬁ"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _not_parsed(face: TTFontFile, *args: object) -> None:
    raise AssertionError(f"parsed {face.filename} again")


def _read_from_copy(name: str, path: Path, monkeypatch: pytest.MonkeyPatch) -> TTFont:
    with monkeypatch.context() as patched:
        patched.setattr(TTFontFile, "extractInfo", _not_parsed)
        return font_cache.cached_font(name, path)


def _same_font(found: TTFont, parsed: TTFont) -> None:
    face, expected = vars(found.face), vars(parsed.face)
    assert face.keys() == expected.keys()
    for attribute, value in expected.items():
        if attribute == "_pdfScale":
            assert [face[attribute](x) for x in (1, 517, 2048.5)] == [value(x) for x in (1, 517, 2048.5)]
        else:
            assert face[attribute] == value, attribute
            assert type(face[attribute]) is type(value), attribute
    assert {key: value for key, value in vars(found).items() if key not in ("face", "encoding", "state")} == {
        key: value for key, value in vars(parsed).items() if key not in ("face", "encoding", "state")
    }
    assert vars(found.encoding) == vars(parsed.encoding)
    assert len(found.state) == 0


def _pdf(font: TTFont) -> bytes:
    """A page with ``TEXT`` in ``font``, embedded as a subset the way the reports embed it."""
    out = io.BytesIO()
    canvas = Canvas(out, invariant=1)
    pdfmetrics.registerFont(font)
    canvas.setFont(font.fontName, 11)
    canvas.drawString(72, 720, TEXT)
    canvas.drawString(72, 700, f"{pdfmetrics.stringWidth(TEXT, font.fontName, 11):.4f}")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


@pytest.mark.parametrize("path", [REGULAR, BOLD], ids=["regular", "bold"])
def test_a_font_read_from_its_copy_is_the_parsed_font_and_gives_the_same_pdf(
    path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdfmetrics, "_fonts", dict(pdfmetrics._fonts))
    monkeypatch.setattr(pdfmetrics, "_dynFaceNames", dict(pdfmetrics._dynFaceNames))
    parsed = TTFont("CacheCheck", str(path))
    first = font_cache.cached_font("CacheCheck", path)  # parses and keeps a copy
    (copy,) = cache.rglob("*.marshal")
    assert copy.name.startswith(f"{path.stem}-{path.stat().st_size}-")
    assert f"-rl{reportlab.Version}-" in copy.name
    found = _read_from_copy("CacheCheck", path, monkeypatch)
    _same_font(first, parsed)
    _same_font(found, parsed)
    assert _pdf(found) == _pdf(parsed)


def test_a_broken_or_cut_copy_is_parsed_again_and_replaced(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    font_cache.cached_font("CacheCheck", REGULAR)
    (copy,) = cache.rglob("*.marshal")
    good = copy.read_bytes()
    parsed = TTFont("CacheCheck", str(REGULAR))
    flipped = bytearray(good)
    flipped[len(good) // 2] ^= 0x01  # a width or glyph number one bit off: still readable, wrong
    for broken in (good[: len(good) // 2], b"\x00not marshal", b"", b"\xe9\x03\x00\x00\x00", bytes(flipped)):
        copy.write_bytes(broken)
        _same_font(font_cache.cached_font("CacheCheck", REGULAR), parsed)
        assert copy.read_bytes() == good
    _same_font(_read_from_copy("CacheCheck", REGULAR, monkeypatch), parsed)


def test_a_changed_font_file_is_parsed_again_under_a_new_name(cache: Path, tmp_path: Path) -> None:
    font = tmp_path / "DejaVuSans.ttf"
    shutil.copyfile(REGULAR, font)
    font_cache.cached_font("CacheCheck", font)
    shutil.copyfile(BOLD, font)  # another face in the same file name
    found = font_cache.cached_font("CacheCheck", font)
    assert found.face.name == TTFont("CacheCheck", str(BOLD)).face.name
    assert len(list(cache.rglob("*.marshal"))) == 2


def _aged(path: Path, days: float) -> None:
    then = time.time() - days * 24 * 60 * 60
    os.utime(path, (then, then))


def test_copies_of_an_earlier_font_file_nobody_uses_go_when_a_new_one_is_written(
    cache: Path, tmp_path: Path
) -> None:
    font = tmp_path / "DejaVuSans.ttf"
    shutil.copyfile(REGULAR, font)
    font_cache.cached_font("CacheCheck", font)
    (first,) = cache.rglob("*.marshal")
    folder = first.parent
    # Copies of earlier versions of the same file (another size and time, another ReportLab):
    # one unused for 40 days, one another installation of the app read yesterday; and a copy of
    # another font (DejaVuSans-Bold starts with the same name) unused for 40 days.
    unused = folder / "DejaVuSans-700000-1700000000000000000-rl4.0.0-a70d0d0a-3.marshal"
    shared = folder / "DejaVuSans-700001-1700000000000000001-rl4.0.0-a70d0d0a-3.marshal"
    other_font = folder / "DejaVuSans-Bold-700002-1700000000000000002-rl4.0.0-a70d0d0a-3.marshal"
    for copy, days in ((unused, 40), (shared, 1), (other_font, 40)):
        copy.write_bytes(first.read_bytes())
        _aged(copy, days)
    _aged(first, 40)
    font_cache.cached_font("CacheCheck", font)  # read from its copy: that marks the copy used
    assert first.stat().st_mtime > time.time() - 60
    assert unused.exists()  # nothing was written, so nothing was swept
    _aged(first, 40)  # as if its last report was 40 days ago; then the font file is updated
    os.utime(font, (time.time() + 5, time.time() + 5))
    font_cache.cached_font("CacheCheck", font)  # parsed again, and a new copy written
    assert not unused.exists() and not first.exists()
    assert shared.exists() and other_font.exists()
    (new,) = (copy for copy in folder.glob("*.marshal") if copy not in (shared, other_font))
    assert new.name.startswith("DejaVuSans-") and new != first


def test_a_cache_folder_that_cannot_be_written_only_means_parsing(cache: Path) -> None:
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text("a file where the folder would be")
    _same_font(font_cache.cached_font("CacheCheck", REGULAR), TTFont("CacheCheck", str(REGULAR)))


def test_a_steering_report_is_the_same_file_with_and_without_the_copies(
    workspace: Workspace, tmp_path: Path
) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    command = [sys.executable, "-m", "desktop_app.main", "--db", str(workspace.path), "report", "steering"]
    written = []
    for run in ("parsed", "from the copies"):
        out = tmp_path / f"{run}.pdf"
        subprocess.run(
            [*command, "--out", str(out)],
            env=env,
            cwd=tmp_path,
            check=True,
            capture_output=True,
        )
        written.append(out.read_bytes())
    assert len(list((tmp_path / "cache").rglob("*.marshal"))) == 3  # two faces and the hyphenation
    assert written[0] == written[1]
