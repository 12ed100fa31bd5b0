"""The seed document laid out as a Word document, as a municipality would have written it.

Built from ``/work/shared/seed/000_388fdaf5e18eca7b.txt`` (or the copy of its
text the tests carry): the document's sections are headings, "Fokusområde N:"
lines second-level headings, "- *…*" italic bullets, "- …" bullets and " - …"
indented bullets, "1. …" numbered list items; the rest body text.
"""

from __future__ import annotations

import re
from pathlib import Path

SEED_TEXT = Path("/work/shared/seed/000_388fdaf5e18eca7b.txt")
SECTIONS = {
    "1. Inledning",
    "2. Strategiska fokusområden",
    "3. Tillvägagångssätt för arbetet",
    "4. Arbetssätt och roller",
    "5. Tidplan",
    "6. Insatsområden och aktiviteter",
    "7. Uppföljning och revidering",
}
SUBHEADINGS = {
    "Strategiska fokusområden",
    "Insatsområden",
    "Aktiviteter",
    "Sammanfattning av ärendet",
    "Beslutsunderlag",
    "Ekonomiska konsekvenser och finansiering",
}


def seed_docx(target: Path, text: str | None = None) -> Path:
    """Write the seed as a .docx to ``target``."""
    from docx import Document

    lines = (text if text is not None else SEED_TEXT.read_text(encoding="utf-8")).splitlines()
    document = Document()
    document.core_properties.title = "Handlingsplan ”Utvecklingskraft i Södertälje”"
    in_contents = False
    for raw in lines:
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped:
            continue
        if stripped == "Innehåll":
            in_contents = True
            document.add_heading(stripped, level=1)
            continue
        if in_contents and stripped.startswith("- "):
            document.add_paragraph(stripped[2:].strip("*"), style="List Number")
            continue
        in_contents = False
        if stripped.startswith("Handlingsplan ”"):
            document.add_paragraph(stripped, style="Title")
        elif re.match(r"^Fokust?område \d:", stripped):
            document.add_heading(stripped, level=2)
        elif stripped in SECTIONS or stripped in ("PM", "TJÄNSTESKRIVELSE"):
            document.add_heading(stripped, level=1)
        elif stripped in SUBHEADINGS:
            document.add_heading(stripped, level=2)
        elif re.match(r"^\d\. ", stripped):
            document.add_paragraph(stripped[3:], style="List Number")
        elif line.startswith(" - ") or line.startswith("- "):
            item = stripped[2:].strip()
            style = "List Bullet 2" if line.startswith(" - ") else "List Bullet"
            paragraph = document.add_paragraph(style=style)
            italic = item.startswith("*") and item.endswith("*")
            paragraph.add_run(item.strip("*")).italic = italic or None
        else:
            document.add_paragraph(stripped)
    document.save(str(target))
    return target
