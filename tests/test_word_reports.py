"""The reports as Word documents, read back as a person with a screen reader would meet them."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl

from desktop_app.main import main
from desktop_app.services import messages
from desktop_app.services.workspace import open_workspace
from desktop_app.ui.context import AppContext
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.reports.dialog import DOCX, ReportDialog
from tests.report_helpers import build_demo_plan, pdf_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
TAGGED_PDF = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'


@pytest.fixture(scope="module")
def demo_plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo plan, built once: the reports only read it."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    build_demo_plan(path)
    return path


@pytest.fixture
def demo_path(demo_plan: Path) -> Iterator[Path]:
    yield demo_plan
    messages.set_language("sv")


def write(capsys: pytest.CaptureFixture[str], demo: Path, out: Path, *extra: str) -> None:
    kind = ["annual", "--year", "2026"] if "annual" in out.stem else ["steering"]
    code = main(["--db", str(demo), "report", *kind, "--out", str(out), *extra])
    assert (code, capsys.readouterr().err) == (0, "")


def headings(path: Path) -> list[tuple[int, str]]:
    found = []
    for paragraph in Document(str(path)).paragraphs:
        match = re.fullmatch(r"Heading (\d)", paragraph.style.name)
        if match:
            found.append((int(match.group(1)), paragraph.text))
    return found


@pytest.mark.parametrize("name", ["styrgrupp.docx", "annual.docx"])
def test_a_word_report_is_accessible_by_construction(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    out = tmp_path / name
    write(capsys, demo_path, out)
    document = Document(str(out))
    levels = [level for level, _text in headings(out)]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b <= a + 1 for a, b in pairwise(levels)), "a heading level is skipped"
    properties = document.core_properties
    assert properties.language == "sv-SE" and properties.author == "Maria Lind" and properties.title
    defaults = document.styles.element.find(qn("w:docDefaults"))
    assert defaults.find(f".//{qn('w:lang')}").get(qn("w:val")) == "sv-SE"
    assert document.tables
    for table in document.tables:
        first_row = table.rows[0]._tr
        assert first_row.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None
        assert all(cell.paragraphs[0].runs[0].bold for cell in table.rows[0].cells)
    pictures = document.inline_shapes
    assert len(pictures) >= 1
    for picture in pictures:
        description = picture._inline.docPr.get("descr")
        assert "gröna" in description and "ej rapporterade" in description


def test_the_chart_text_gives_its_numbers(demo_path: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "styrgrupp.docx"
    write(capsys, demo_path, out)
    document = Document(str(out))
    summary = document.tables[0]
    first_area = [cell.text for cell in summary.rows[1].cells]
    description = document.inline_shapes[0]._inline.docPr.get("descr")
    green, yellow, red, not_reported, _total, completed = first_area[1:7]
    expected = (
        f"Fokusområde 1: {green} gröna, {yellow} gula, {red} röda, {not_reported} ej rapporterade, "
        f"{completed} genomförda."
    )
    assert expected in description


def test_the_word_report_says_what_the_pdf_says(demo_path: Path, tmp_path: Path, capsys) -> None:
    """Same shapes for the statuses, same counts, same words and facts as the PDF, and the word
    processor asked to hyphenate narrow columns."""
    from desktop_app.reports import steering
    from desktop_app.services.report_data import gather_steering

    out = tmp_path / "styrgrupp.docx"
    write(capsys, demo_path, out)
    document = Document(str(out))
    summary = document.tables[0]
    assert [cell.text for cell in summary.rows[0].cells][1:5] == ["● Grön", "▲ Gul", "■ Röd", "○ Ej rapp."]
    whole = [cell.text for cell in summary.rows[-1].cells]
    workspace = open_workspace(demo_path)
    try:
        data = gather_steering(workspace.engine)
        pdf = pdf_text(steering.steering_report_pdf(data))
    finally:
        workspace.close()
    counted = sum(c.total for c in data.summary)
    assert whole[0] == "Hela planen" and int(whole[5]) == counted  # the total counts the completed too
    body = "\n".join(p.text for p in document.paragraphs)
    for label, value in data.plan_facts:
        assert f"{label}: {value}" in body and value in pdf
    ideas = next(t for t in document.tables if t.rows[0].cells[2].text == "Idé eller synpunkt")
    assert ideas.rows[0].cells[4].text == "Behandling"
    settings = document.settings.element.find(qn("w:autoHyphenation"))
    assert settings is not None and settings.get(qn("w:val")) == "true"


def test_an_english_word_report(demo_path: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "steering.docx"
    write(capsys, demo_path, out, "--lang", "en", "--format", "docx")
    document = Document(str(out))
    assert document.core_properties.language == "en-GB"
    texts = [text for _level, text in headings(out)]
    assert texts[0] == "Steering report: Steering meeting 2026-11-19"
    assert "1. Summary per focus area" in texts and "Appendix: the whole action plan" in texts
    body = "\n".join(p.text for p in document.paragraphs)
    assert not re.search(r"[åäö]", " ".join(texts[:8])), "Swedish in the English headings"
    assert "Prepared by: " in body


def test_format_follows_the_file_name_unless_given(demo_path: Path, tmp_path: Path, capsys) -> None:
    write(capsys, demo_path, tmp_path / "a.docx")
    write(capsys, demo_path, tmp_path / "b.pdf")
    assert (tmp_path / "a.docx").read_bytes()[:2] == b"PK"
    assert (tmp_path / "b.pdf").read_bytes()[:5] == b"%PDF-"
    code = main(["--db", str(demo_path), "report", "steering", "--out", str(tmp_path), "--format", "docx"])
    assert code == 1
    assert capsys.readouterr().err.strip().endswith("det är en mapp, inte en fil.")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_makes_a_tagged_pdf_with_the_headings_as_outline(
    demo_path: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "annual.docx"
    write(capsys, demo_path, out)
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            TAGGED_PDF,
            "--outdir",
            str(tmp_path),
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = tmp_path / "annual.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    assert re.search(r"^Tagged:\s+yes$", info, re.M)
    assert re.search(r"^Title:\s+Årlig sammanställning 2026$", info, re.M)
    reader = PdfReader(pdf)
    assert reader.trailer["/Root"]["/Lang"] == "sv-SE"

    def titles(outline: list) -> Iterator[str]:
        for entry in outline:
            if isinstance(entry, list):
                yield from titles(entry)
            else:
                yield entry.title

    assert list(titles(reader.outline)) == [text for _level, text in headings(out)]


def test_the_report_dialog_writes_a_word_document(tmp_path: Path, qapp, qtbot) -> None:
    translators = install_translators(qapp)
    path = tmp_path / "demo.sqlite"
    build_demo_plan(path)
    workspace = open_workspace(path)
    try:
        opened: list[QUrl] = []
        dialog = ReportDialog(AppContext(workspace, "anna"), opener=opened.append, today=date(2026, 11, 26))
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.format.setFocus()
        qtbot.keyClick(dialog.format, "W")  # the format list, chosen from the keyboard
        assert dialog.file_format() == DOCX
        assert Path(dialog.path.text()).name == "Styrgruppsrapport 2026-11-19.docx"
        assert not dialog.store.isEnabled()
        assert dialog.create_button.text() == "Skapa Word-dokument"
        target = tmp_path / "mote.docx"
        dialog.path.selectAll()
        qtbot.keyClicks(dialog.path, str(target))
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(opened), timeout=20000)
        assert headings(target)[0] == (1, "Styrgruppsrapport: Styrgruppsmöte 2026-11-19")
        qtbot.waitUntil(lambda: dialog.create_button.isEnabled())
    finally:
        workspace.close()
        for translator in translators:
            qapp.removeTranslator(translator)


# Fixed Swedish words of the PDF reports that the demo plan's own text never uses.
SWEDISH_REPORT_WORDS = (
    "Styrgruppsrapport",
    "Styrgruppsmöte",
    "Sammanfattning",
    "Fokusområde",
    "Avvikelser",
    "Förändringar",
    "Rekommenderad åtgärd",
    "Beslut och uppföljning",
    "Inget beslut",
    "Bilaga",
    "Upprättad av",
    "Årlig sammanställning",
    "Innehåll",
    "Mätbara mål",
    "Kvartal",
    "Grön",
    "Ej rapp",
    "Sida ",
)


@pytest.mark.parametrize(
    ("kind", "english"),
    [
        (
            ["steering"],
            [
                "STEERING REPORT",
                "Steering meeting 2026-11-19",
                "1. Summary per focus area",
                "2. Changes since the previous meeting",
                "3. Deviations",
                "Recommended action",
                "Decision and follow-up",
                "4. Proposed activities awaiting decision",
                "Appendix: the whole action plan",
                "● Green",
                "Page 1 of ",
            ],
        ),
        (
            ["annual", "--year", "2026"],
            [
                "ANNUAL SUMMARY",
                "Annual summary 2026",
                "Contents",
                "Activities completed during the year",
                "Deviations during the year and how they were handled",
                "Measurable goals",
                "Quarter",
                "Page 1 of ",
            ],
        ),
    ],
)
def test_with_lang_en_the_pdf_is_english(
    demo_path: Path, tmp_path: Path, capsys, kind: list[str], english: list[str]
) -> None:
    """Every fixed text of the PDF in English and the document's language en-GB; the plan's own
    text (written in Swedish by its users) stays as it was typed."""
    out = tmp_path / "report.pdf"
    code = main(["--db", str(demo_path), "report", *kind, "--lang", "en", "--out", str(out)])
    output = capsys.readouterr()
    assert (code, output.err) == (0, "")
    assert " has been written to " in output.out
    text = pdf_text(out)
    missing = [heading for heading in english if heading not in text]
    assert not missing, f"English texts missing: {missing}"
    swedish = [word for word in SWEDISH_REPORT_WORDS if word in text]
    assert not swedish, f"Swedish report words in the English PDF: {swedish}"
    assert "Utvecklingskraft i Södertälje" in text  # the plan's name, as typed
    assert PdfReader(str(out)).trailer["/Root"]["/Lang"] == "en-GB"


@pytest.mark.parametrize("kind", [["steering"], ["annual", "--year", "2026"]])
def test_the_pdf_is_swedish_by_default(demo_path: Path, tmp_path: Path, capsys, kind: list[str]) -> None:
    out = tmp_path / "rapport.pdf"
    code = main(["--db", str(demo_path), "report", *kind, "--out", str(out)])
    assert (code, capsys.readouterr().err) == (0, "")
    text = pdf_text(out)
    assert "Sida 1 av " in text and "Grön" in text
    assert "Page 1 of " not in text and "Green" not in text
    assert PdfReader(str(out)).trailer["/Root"]["/Lang"] == "sv-SE"


def test_the_report_dialog_writes_an_english_pdf_when_the_window_is_english(
    tmp_path: Path, qapp, qtbot
) -> None:
    """With the window in English (no Qt translators, English messages) the dialog's PDF is English."""
    messages.set_language("en")
    path = tmp_path / "demo.sqlite"
    build_demo_plan(path)
    workspace = open_workspace(path)
    try:
        opened: list[QUrl] = []
        dialog = ReportDialog(AppContext(workspace, "anna"), opener=opened.append, today=date(2026, 11, 26))
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.file_format() == "pdf"
        target = tmp_path / "meeting.pdf"
        dialog.path.selectAll()
        qtbot.keyClicks(dialog.path, str(target))
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(opened), timeout=20000)
        text = pdf_text(target)
        assert "STEERING REPORT" in text and "1. Summary per focus area" in text
        assert not [word for word in SWEDISH_REPORT_WORDS if word in text]
        assert PdfReader(str(target)).trailer["/Root"]["/Lang"] == "en-GB"
        qtbot.waitUntil(lambda: dialog.create_button.isEnabled())
    finally:
        workspace.close()
        messages.set_language("sv")
