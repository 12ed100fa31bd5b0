"""``handlingsplan report steering|annual`` as other tools and people use it."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.main import main
from tests.report_helpers import build_demo_plan, pdf_text

REPO = Path(__file__).resolve().parent.parent


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    build_demo_plan(path)
    return path


def test_steering_report_round_trip(demo_path: Path, tmp_path: Path, capsys) -> None:
    out_file = tmp_path / "styrgrupp.pdf"
    code, out, err = run(capsys, "--db", str(demo_path), "report", "steering", "--out", str(out_file))
    assert (code, err) == (0, "")
    assert "2026-11-19" in out
    assert "Styrgruppsmöte 2026-11-19" in pdf_text(out_file)

    earlier = tmp_path / "juni.pdf"
    code, _out, err = run(
        capsys, "--db", str(demo_path), "report", "steering", "--meeting", "2026-06-11", "--out", str(earlier)
    )
    assert (code, err) == (0, "")
    text = pdf_text(earlier)
    assert "Styrgruppsmöte 2026-06-11" in text and "2026-03-12 – 2026-06-11" in text
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_annual_report_round_trip(demo_path: Path, tmp_path: Path, capsys) -> None:
    out_file = tmp_path / "årlig.pdf"
    code, out, err = run(
        capsys, "--db", str(demo_path), "report", "annual", "--year", "2026", "--out", str(out_file)
    )
    assert (code, err) == (0, "")
    assert "2026" in out
    assert "Årlig sammanställning 2026" in pdf_text(out_file)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("steering", "--meeting", "2026-01-01"), "Det finns inget styrgruppsmöte den 2026-01-01."),
        (("steering", "--meeting", "förra veckan"), "är inget datum"),
        (("annual", "--year", "20x6"), "är inget år"),
        (("annual", "--year", "1850"), "Året 1850 går inte att rapportera"),
    ],
)
def test_bad_input_gives_one_swedish_line(demo_path: Path, tmp_path: Path, capsys, argv, message) -> None:
    out_file = tmp_path / "rapport.pdf"
    before = demo_path.read_bytes()
    code, out, err = run(capsys, "--db", str(demo_path), "report", *argv, "--out", str(out_file))
    assert code == 1 and out == ""
    assert err.startswith("handlingsplan: ") and message in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not out_file.exists()
    assert demo_path.read_bytes() == before


def test_unwritable_paths_are_refused(demo_path: Path, tmp_path: Path, capsys) -> None:
    for target, message in (
        (tmp_path / "saknas" / "rapport.pdf", "finns inte"),
        (tmp_path, "är en mapp"),
    ):
        code, _out, err = run(capsys, "--db", str(demo_path), "report", "steering", "--out", str(target))
        assert code == 1 and message in err and err.count("\n") == 1


def test_report_command_in_a_fresh_process(demo_path: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "rapport.pdf"
    environment = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop_app",
            "--db",
            str(demo_path),
            "report",
            "annual",
            "--year",
            "2025",
            "--out",
            str(out_file),
        ],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert out_file.read_bytes().startswith(b"%PDF")


def test_a_report_run_by_a_caller_leaves_its_collector_alone(demo_path: Path, tmp_path: Path, capsys) -> None:
    out_file = tmp_path / "styrgrupp.pdf"
    code, _out, err = run(capsys, "--db", str(demo_path), "report", "steering", "--out", str(out_file))
    assert (code, err) == (0, "")
    assert gc.get_freeze_count() == 0
    assert gc.isenabled()


def test_a_report_from_the_command_line_is_whole_and_leaves_its_objects_to_the_system(
    demo_path: Path, tmp_path: Path
) -> None:
    out_file = tmp_path / "styrgrupp.pdf"
    script = (
        "import gc, sys\n"
        "from desktop_app.main import main\n"
        "sys.argv = ['handlingsplan', *sys.argv[1:]]\n"
        "code = main()\n"
        "print('frozen', gc.get_freeze_count() > 0, 'collecting', gc.isenabled())\n"
        "sys.exit(code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, "--db", str(demo_path), "report", "steering", "--out", str(out_file)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.splitlines()[-1] == "frozen True collecting False"
    assert "Styrgruppsmöte 2026-11-19" in pdf_text(out_file)
