"""ReportLab's slow patterns compiled on first use: the same matches and line breaks as compiled at import."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.lib import textsplit
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, paragraph

from desktop_app.reports.lazy_patterns import (
    CJK_FLAGS,
    CJK_PATTERN,
    URI_FLAGS,
    URI_PATTERN,
    LazyPattern,
    LazyUriPattern,
)

REPO = Path(__file__).resolve().parent.parent

WORDS = (
    "https://www.example.com/handlingsplan/2026/styrgrupp/rapport.pdf",
    "HTTP://EXAMPLE.SE:8080/a?b=c#d",
    "ftp://user:secret@192.168.1.20/files/",
    "mailto:someone@example.com",
    "://",
    "www.kommun.se/handlingsplan",
    "verksamhetsplanering",
    "x://localhost",
    "https://",
    "https://exempel.se/vägen/till/åtgärden",
    "C:\\Users\\plan\\rapport.pdf",
    "",
)


def _found(match: re.Match[str] | None) -> object:
    return match and (match.span(), match.groups())


def test_the_installed_reportlab_has_the_patterns_this_speeds_up() -> None:
    assert paragraph.uri_pat.pattern == URI_PATTERN
    assert paragraph.uri_pat.flags == re.compile("", URI_FLAGS).flags
    assert textsplit.rx.pattern == CJK_PATTERN
    assert textsplit.rx.flags == re.compile("", CJK_FLAGS).flags


@pytest.mark.parametrize("word", WORDS)
def test_a_lazy_pattern_matches_as_the_compiled_one(word: str) -> None:
    compiled = re.compile(URI_PATTERN, URI_FLAGS)
    lazy = LazyUriPattern()
    assert _found(lazy.match(word)) == _found(compiled.match(word))
    assert _found(lazy.search(word)) == _found(compiled.search(word))


def test_a_lazy_pattern_compiles_on_first_use_as_re_does() -> None:
    lazy = LazyPattern(CJK_PATTERN, CJK_FLAGS)
    assert lazy._compiled is None
    text = "Samarbete med 漢字大学 i Södertälje"
    assert lazy.sub(r"\1\0 ", text) == re.compile(CJK_PATTERN, CJK_FLAGS).sub(r"\1\0 ", text)
    assert lazy._compiled is not None


def test_words_without_a_scheme_never_compile_the_pattern() -> None:
    lazy = LazyUriPattern()
    for word in WORDS:
        if "://" not in word:
            assert lazy.match(word) is None
    assert lazy._compiled is None


LINES = """
import json, sys
if sys.argv[1] == "lazy":
    import desktop_app.reports
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, paragraph
style = ParagraphStyle("cell", fontName="Helvetica", fontSize=8, leading=10, uriWasteReduce=0.3,
                       embeddedHyphenation=1, hyphenationLang="sv_SE")
lines = []
for text in sys.argv[2:]:
    made = Paragraph(text, style)
    made.wrap(90, 1000)
    lines.append([" ".join(map(str, line[1])) for line in made.blPara.lines])
compiled = getattr(paragraph.uri_pat, "_compiled", "at import") is not None
print(json.dumps({"lines": lines, "kind": type(paragraph.uri_pat).__name__, "compiled": compiled}))
"""


def _run(script: str, *args: str) -> dict[str, object]:
    """What ``script`` prints as JSON, run in a fresh process with ``args``."""
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        env={"PYTHONPATH": str(REPO), "PATH": ""},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def test_paragraphs_break_as_with_the_pattern_compiled_at_import() -> None:
    texts = [
        "Se https://www.example.com/handlingsplan/2026/styrgrupp/rapport.pdf för bakgrund",
        "Verksamhetsplaneringen och styrgruppsrapporten för kommunfullmäktige",
    ]

    lazy, plain = _run(LINES, "lazy", *texts), _run(LINES, "plain", *texts)
    assert lazy["kind"] == "LazyUriPattern"
    assert plain["kind"] == "Pattern"
    assert lazy["compiled"]  # the URL compiled it when it was met
    assert lazy["lines"] == plain["lines"]
    assert len(plain["lines"][0]) > 2  # the URL was broken over lines


def test_the_import_hook_leaves_nothing_behind() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import re, sys; compile_now = re.compile; import desktop_app.reports;"
            "from reportlab.platypus import paragraph; from reportlab.lib import textsplit, PyFontify;"
            "hooks = [f for f in sys.meta_path if 'lazy_patterns' in type(f).__module__];"
            "print(re.compile is compile_now, bool(hooks),"
            "type(paragraph.uri_pat).__name__, paragraph.uri_pat._compiled,"
            "type(textsplit.rx).__name__, textsplit.rx._compiled,"
            "type(PyFontify.matchRE).__name__, PyFontify.matchRE._compiled, PyFontify.idRE._compiled)",
        ],
        env={"PYTHONPATH": str(REPO), "PATH": ""},
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.split() == [
        "True", "False", "LazyUriPattern", "None", "LazyPattern", "None", "LazyPattern", "None", "None"
    ]  # fmt: skip


FONTIFY = """
import json, sys
if sys.argv[1] == "lazy":
    import desktop_app.reports
import reportlab.platypus
from reportlab.lib import PyFontify
source = "def plan(x):\\n    # en kommentar\\n    return 'text' if x else None\\n"
print(json.dumps({"tags": PyFontify.fontify(source), "kind": type(PyFontify.matchRE).__name__}))
"""


def test_python_source_is_coloured_as_with_the_patterns_compiled_at_import() -> None:
    lazy, plain = _run(FONTIFY, "lazy"), _run(FONTIFY, "plain")
    assert (lazy["kind"], plain["kind"]) == ("LazyPattern", "Pattern")
    assert lazy["tags"] == plain["tags"]
    assert len(plain["tags"]) >= 4  # the keywords, the comment, the string


def test_a_paragraph_in_this_process_breaks_a_url() -> None:
    style = ParagraphStyle("cell", fontName="Helvetica", fontSize=8, leading=10, uriWasteReduce=0.3)
    made = Paragraph("https://www.example.com/handlingsplan/2026/styrgrupp/rapport.pdf", style)
    made.wrap(90, 1000)
    assert len(made.blPara.lines) > 1
