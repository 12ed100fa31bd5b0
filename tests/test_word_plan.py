"""A whole plan from a Word document: the seed laid out in Word, and another municipality's own layout."""

from __future__ import annotations

import json
from difflib import SequenceMatcher
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import Qt

from database.store import make_engine
from desktop_app.main import main
from desktop_app.services.errors import PlanError
from desktop_app.services.plan_info import read_plan_info
from desktop_app.services.tree import read_tree
from desktop_app.services.word_plan import Level, draft_from_lines, propose_from_docx
from desktop_app.services.workspace import Workspace
from desktop_app.ui.context import AppContext
from desktop_app.ui.plans import new_plan_from_word
from desktop_app.ui.plans.windows import open_windows
from desktop_app.ui.plans.word_dialog import WordPlanDialog
from tests.client_helpers import answer_next_dialog, fresh_application, open_window, remove_translators
from tests.word_helpers import SEED_TEXT, seed_docx

ROOT = Path(__file__).resolve().parent.parent
needs_seed = pytest.mark.skipif(not SEED_TEXT.is_file(), reason="the seed document is not on this machine")


def seed_plan() -> dict:
    return json.loads((ROOT / "database" / "seed" / "plan.json").read_text(encoding="utf-8"))


@needs_seed
def test_the_seed_as_a_word_document_gives_the_seeded_plan(tmp_path: Path) -> None:
    lines = propose_from_docx(seed_docx(tmp_path / "seed.docx"))
    draft, problems = draft_from_lines(lines)
    assert problems == []
    assert draft.counts() == (5, 24, 58)  # with no line corrected
    # Line by line the seeded plan, give or take the typing slips its data corrected ("mottagningservice").
    seed = seed_plan()["focus_areas"]
    pairs = list(
        zip(
            [i.statement for a in draft.focus_areas for i in a.initiatives]
            + [x.title for a in draft.focus_areas for i in a.initiatives for x in i.activities],
            [i["statement"] for a in seed for i in a["initiatives"]]
            + [x["title"] for a in seed for i in a["initiatives"] for x in i["activities"]],
            strict=True,
        )
    )
    assert all(SequenceMatcher(None, ours, theirs).ratio() > 0.95 for ours, theirs in pairs)
    assert sum(ours == theirs for ours, theirs in pairs) >= 79  # of 82
    # The two "Genom …" bullets are descriptions, not activities; 1.2 has none.
    descriptions = [i.description for a in draft.focus_areas for i in a.initiatives]
    assert descriptions[1] == ""
    assert descriptions[2].startswith("Genom att ha strukturerat samarbete")
    assert draft.focus_areas[4].title == "Aktivt arbete med att stärka bilden av Södertälje"  # "Fokustområde"


def norrby_docx(path: Path) -> Path:
    """Another municipality's plan: focus areas as headings, numbered initiatives, bullets below."""
    document = Document()
    document.add_paragraph("Trygghetsplan Norrby 2025–2028", style="Title")
    document.add_heading("Inledning", level=1)
    document.add_paragraph("Planen beskriver hur kommunen arbetar för ökad trygghet.")
    document.add_paragraph("Alla förvaltningar deltar", style="List Bullet")
    document.add_heading("Trygga offentliga miljöer", level=1)
    document.add_paragraph("1.1 Bättre belysning", style="List Number")
    document.add_paragraph("Genom att inventera mörka stråk tillsammans med invånarna.")
    document.add_paragraph("Trygghetsvandringar", style="List Number 2")
    document.add_paragraph("Ny belysning i centrum", style="List Number 2")
    document.add_paragraph("1.2 Levande torg", style="List Number")
    document.add_paragraph("Torgmöten varje vår", style="List Number 2")
    document.add_heading("Samverkan", level=1)
    document.add_paragraph("2.1 Samverkan med polisen", style="List Number")
    document.add_paragraph("Medborgarlöfte", style="List Number 2")
    document.add_heading("Förebyggande arbete", level=1)
    document.add_paragraph("3.1 Unga", style="List Number")
    document.add_paragraph("Fältassistenter", style="List Number 2")
    document.add_paragraph("Sommarjobb", style="List Number 2")
    document.add_heading("Uppföljning", level=1)
    document.add_paragraph("Planen följs upp varje år.")
    document.save(str(path))
    return path


def test_another_municipalitys_layout(tmp_path: Path) -> None:
    lines = propose_from_docx(norrby_docx(tmp_path / "norrby.docx"))
    draft, problems = draft_from_lines(lines)
    assert problems == []
    assert [a.title for a in draft.focus_areas] == [
        "Trygga offentliga miljöer",
        "Samverkan",
        "Förebyggande arbete",
    ]
    assert [i.statement for i in draft.focus_areas[0].initiatives] == ["Bättre belysning", "Levande torg"]
    assert draft.focus_areas[0].initiatives[0].description.startswith("Genom att inventera")
    assert draft.counts() == (3, 4, 6)
    assert {line.text: line.level for line in lines}["Planen följs upp varje år."] is Level.IGNORE


def test_a_file_that_is_not_a_word_document_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "plan.docx"
    bad.write_text("inte ett dokument")
    with pytest.raises(PlanError, match="inget Word-dokument"):
        propose_from_docx(bad)
    assert main(["new", str(tmp_path / "x.sqlite"), "--from-docx", str(bad)]) == 1
    assert not (tmp_path / "x.sqlite").exists()


def test_new_from_docx_on_the_command_line(tmp_path: Path, capsys) -> None:
    target = tmp_path / "trygghet.sqlite"
    assert main(["new", str(target), "--from-docx", str(norrby_docx(tmp_path / "norrby.docx"))]) == 0
    assert "3 fokusområden, 4 insatsområden, 6 aktiviteter" in capsys.readouterr().out
    engine = make_engine(target)
    try:
        assert read_plan_info(engine).title == "Trygghetsplan Norrby 2025–2028"
        assert read_tree(engine).find_activity("3.1.2").title == "Sommarjobb"
        assert read_tree(engine).find_activity("3.1.2").lifecycle.value == "proposed"
    finally:
        engine.dispose()


@needs_seed
def test_the_preview_lets_a_line_change_level(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    app, translators = fresh_application("sv")
    window = open_window(qtbot, AppContext(workspace, "testare"))
    source = seed_docx(tmp_path / "seed.docx")

    def check_and_create(dialog: WordPlanDialog) -> None:
        counts = [dialog.counts_label.text()]
        row = next(
            i
            for i, line in enumerate(dialog.lines)
            if line.text == "Utvecklingsprojekt Södertälje Science Park"
        )
        dialog.table.scrollToItem(dialog.table.item(row, 1))
        combo = dialog.combos[row]
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # Aktivitet → Beskrivning
        counts.append(dialog.counts_label.text())
        dialog.grab().save(str(tmp_path / "word-preview.png"))
        qtbot.keyClick(combo, Qt.Key.Key_Up)  # and back
        counts.append(dialog.counts_label.text())
        dialog.table.selectRow(row)
        dialog.table.setFocus()
        qtbot.keyClick(dialog.table, Qt.Key.Key_5)  # not part of the plan
        counts.append(dialog.counts_label.text())
        qtbot.keyClick(dialog.table, Qt.Key.Key_3)  # an activity again
        counts.append(dialog.counts_label.text())
        dialog.target.name_edit.selectAll()
        qtbot.keyClicks(dialog.target.name_edit, "Naringslivsplan fran Word")
        dialog.decided_check.setFocus()
        qtbot.keyClick(dialog.decided_check, Qt.Key.Key_Space)
        seen.append(str(dialog.decided_check.isChecked()))
        seen.extend(counts)
        dialog.ok_button.click()

    seen: list[str] = []
    answer_next_dialog(check_and_create)
    try:
        created = new_plan_from_word(window, source)
        assert seen == [
            "True",
            "Planen: 5 fokusområden, 24 insatsområden, 58 aktiviteter",
            "Planen: 5 fokusområden, 24 insatsområden, 57 aktiviteter",
            "Planen: 5 fokusområden, 24 insatsområden, 58 aktiviteter",
            "Planen: 5 fokusområden, 24 insatsområden, 57 aktiviteter",
            "Planen: 5 fokusområden, 24 insatsområden, 58 aktiviteter",
        ]
        assert created is not None
        [opened] = open_windows()
        assert opened.windowTitle() == "Naringslivsplan fran Word – Handlingsplan"
        assert len(opened.model.tree.activities()) == 58
        assert {a.lifecycle.value for a in opened.model.tree.activities()} == {"decided"}
        opened.close()
    finally:
        window.close()
        remove_translators(app, translators)


def test_bullets_typed_as_characters_count_as_bullets(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Fokusområde 1: Folkhälsa, där kommunen:", level=2)
    document.add_paragraph("- främjar rörelse.")
    document.add_paragraph("Genom att bygga spår.")
    document.add_paragraph("   - Motionsspår i Norrby")
    document.add_paragraph("   • Utegym vid skolan")
    document.add_paragraph("- stödjer föreningar.")
    document.add_paragraph("   - Föreningsbidrag")
    document.save(str(tmp_path / "folkhalsa.docx"))
    draft, problems = draft_from_lines(propose_from_docx(tmp_path / "folkhalsa.docx"))
    assert problems == []
    assert draft.focus_areas[0].title == "Folkhälsa"
    assert [(i.statement, [a.title for a in i.activities]) for i in draft.focus_areas[0].initiatives] == [
        ("främjar rörelse", ["Motionsspår i Norrby", "Utegym vid skolan"]),
        ("stödjer föreningar", ["Föreningsbidrag"]),
    ]
    assert draft.focus_areas[0].initiatives[0].description == "Genom att bygga spår."
