"""A Word document that is accessible by construction (python-docx).

Headings use Word's own heading styles, in order; the first row of every table
is marked as a header row that repeats on each page; pictures carry an
alternative text; the document states its language, title and author. Word
and LibreOffice turn such a file into a tagged PDF with the headings as its
outline, which is what a municipality needs to publish it.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table

from desktop_app.reports.atomic_file import write_atomically
from desktop_app.reports.language import LANGUAGE_TAGS


class WordDocument:
    """One report being written: headings, paragraphs, tables and pictures, in reading order."""

    def __init__(self, *, title: str, subject: str, author: str, language: str) -> None:
        self.document = Document()
        self.language_tag = LANGUAGE_TAGS.get(language, "sv-SE")
        properties = self.document.core_properties
        properties.title = title
        properties.subject = subject
        properties.author = author or "Handlingsplan"
        properties.language = self.language_tag
        properties.keywords = "Handlingsplan"
        self._set_language()
        self._set_hyphenation()
        self._set_margins()
        normal = self.document.styles["Normal"].font
        normal.name = "Arial"  # LibreOffice shows Liberation Sans, metrically the same
        normal.size = Pt(10)
        self._last_level = 0

    def _set_language(self) -> None:
        """The language of every run, through the defaults and the Normal style."""
        styles = self.document.styles.element
        defaults = styles.find(qn("w:docDefaults"))
        run_properties = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
        for holder in (run_properties, self.document.styles["Normal"].element.get_or_add_rPr()):
            language = holder.find(qn("w:lang"))
            if language is None:
                language = OxmlElement("w:lang")
                holder.append(language)
            language.set(qn("w:val"), self.language_tag)
            language.set(qn("w:eastAsia"), self.language_tag)
            language.set(qn("w:bidi"), self.language_tag)

    def _set_hyphenation(self) -> None:
        """Ask the word processor to hyphenate (in the document's language), so that a long Swedish
        word in a narrow table column breaks at a syllable with a hyphen, not at the column's edge."""
        settings = self.document.settings.element
        if settings.find(qn("w:autoHyphenation")) is not None:
            return
        hyphenate = OxmlElement("w:autoHyphenation")
        hyphenate.set(qn("w:val"), "true")
        tab_stop = settings.find(qn("w:defaultTabStop"))  # the schema's order: right after it
        if tab_stop is not None:
            tab_stop.addnext(hyphenate)
        else:
            settings.insert(0, hyphenate)

    def _set_margins(self) -> None:
        for section in self.document.sections:
            section.left_margin = section.right_margin = Cm(2.2)
            section.top_margin = section.bottom_margin = Cm(2.0)

    # --- text --------------------------------------------------------------------------------

    def heading(self, text: str, level: int) -> None:
        """A heading of ``level`` (1 for the title, 2 for a section, 3 below it); never skips one."""
        if level > self._last_level + 1:
            raise ValueError(f"heading level {level} after {self._last_level}: levels may not be skipped")
        self._last_level = level
        self.document.add_heading(text, level=level)

    def paragraph(self, text: str, *, italic: bool = False, bold_lead: str = "") -> None:
        paragraph = self.document.add_paragraph()
        if bold_lead:
            paragraph.add_run(bold_lead).bold = True
        run = paragraph.add_run(text)
        run.italic = italic

    def facts(self, facts: Sequence[tuple[str, str]]) -> None:
        """Label–value lines (date, period, who prepared it) as paragraphs, not a layout table."""
        for label, value in facts:
            self.paragraph(value, bold_lead=f"{label}: ")

    # --- tables ------------------------------------------------------------------------------

    def table(
        self, header: Sequence[str], rows: Sequence[Sequence[str]], *, widths: Sequence[float] = ()
    ) -> Table:
        """A data table whose first row is a header row, repeated at the top of every page."""
        table = self.document.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        header_row = table.rows[0]
        _mark_header(header_row._tr)
        for cell, text in zip(header_row.cells, header, strict=True):
            run = cell.paragraphs[0].add_run(text)
            run.bold = True
            _shade(cell._tc, "DCE6F0")
        for values in rows:
            cells = table.add_row().cells
            for cell, value in zip(cells, values, strict=True):
                cell.text = value
            _keep_row_together(table.rows[-1]._tr)
        if widths:
            table.autofit = False
            for column, width in zip(table.columns, widths, strict=True):
                column.width = Cm(width)  # the table grid, which LibreOffice follows
                for cell in column.cells:
                    cell.width = Cm(width)  # each cell's own width, which Word follows
        for row in table.rows:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    for run in paragraph.runs:
                        run.font.size = Pt(9)
        self.document.add_paragraph()
        return table

    # --- pictures ----------------------------------------------------------------------------

    def picture(self, png: bytes, *, width_cm: float, description: str, title: str) -> None:
        """A picture with its alternative text (``descr``) and title, as a screen reader reads it."""
        self.document.add_picture(io.BytesIO(png), width=Cm(width_cm))
        properties = self.document.inline_shapes[-1]._inline.docPr
        properties.set("descr", description)
        properties.set("title", title)
        caption = self.document.add_paragraph()
        run = caption.add_run(description)
        run.italic = True
        run.font.size = Pt(8)
        run.font.color.rgb = RGBColor(0x4A, 0x55, 0x63)

    def page_break(self) -> None:
        self.document.add_page_break()

    # --- saving ------------------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()

    def save(self, path: Path) -> None:
        """Write the document to ``path`` atomically: a reader never sees half a file."""
        data = self.to_bytes()
        write_atomically(Path(path), lambda stream: stream.write(data))


def _mark_header(row: OxmlElement) -> None:
    """``<w:tblHeader/>``: the row is the table's header and repeats on every page."""
    _keep_row_together(row)  # the schema wants cantSplit before tblHeader
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    row.get_or_add_trPr().append(header)


def _keep_row_together(row: OxmlElement) -> None:
    properties = row.get_or_add_trPr()
    properties.append(OxmlElement("w:cantSplit"))


def _shade(cell: OxmlElement, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell.get_or_add_tcPr().append(shading)
