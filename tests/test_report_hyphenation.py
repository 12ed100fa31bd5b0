"""Long words in narrow report columns break at a syllable of the report's language.

An English report hyphenates with pyphen's British English patterns, a Swedish
one with the Swedish patterns; read back from the PDF the command line writes.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pyphen
import pytest

from desktop_app.main import main
from desktop_app.reports.hyphenation import HYPHENATION_LANGUAGES
from desktop_app.services.messages import set_language
from desktop_app.services.plan import PlanService
from desktop_app.services.workspace import Workspace
from tests.report_helpers import read_pdf

REPO = Path(__file__).resolve().parent.parent

WORD = "Electroencephalography"
"""Too long for the appendix's 3.7 cm column of who is responsible, and split differently by the
English patterns (electroencephalo-graphy) than by the Swedish ones (electroencephalograp-hy)."""


@pytest.fixture(autouse=True)
def swedish_again():
    yield
    set_language("sv")


def _report_lines(db_path: Path, language: str, out: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    assert main(["--db", str(db_path), "--lang", language, "report", "steering", "--out", str(out)]) == 0
    capsys.readouterr()
    return [line for page in read_pdf(out).pages for line in page.extract_text().splitlines()]


def test_an_english_report_hyphenates_the_english_way(
    service: PlanService, workspace: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    activity = service.tree().find_activity("1.1.1")
    service.update_activity(activity.id, {"owner": WORD})
    english = _report_lines(workspace.path, "en", tmp_path / "en.pdf", capsys)
    assert "Electroencephalo-" in english
    assert english[english.index("Electroencephalo-") + 1] == "graphy"
    assert not any(line.startswith("Electroencephalograp") for line in english)

    swedish = _report_lines(workspace.path, "sv", tmp_path / "sv.pdf", capsys)
    assert "Electroencephalograp-" in swedish
    assert "Electroencephalo-" not in swedish


def test_the_installers_bundle_the_patterns_of_every_report_language() -> None:
    spec = ast.parse((REPO / "installers" / "handlingsplan.spec").read_text(encoding="utf-8"))
    bundled = next(
        ast.literal_eval(node.value)
        for node in spec.body
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "HYPHENATION_PATTERNS"
    )
    assert HYPHENATION_LANGUAGES == {"sv": "sv_SE", "en": "en_GB"}
    used = {
        pyphen.LANGUAGES[pyphen.language_fallback(patterns)].name
        for patterns in HYPHENATION_LANGUAGES.values()
    }
    assert used == set(bundled) == {"hyph_sv.dic", "hyph_en_GB.dic"}
