"""A whole plan from a Word document (.docx): the tree proposed from headings, lists and bullet levels.

Every paragraph of the document becomes a line with a proposed level: focus
area, initiative, activity, description, or not part of the plan.  A person
may change any line's level before the plan is made (``draft_from_lines``).

How the levels are proposed, as municipal action plans are written:

* A heading or paragraph that begins "Fokusområde 2: …" (also the common slip
  "Fokustområde") is a focus area.  A document without such headings has the
  headings of the level that carries the lists as its focus areas.
* Everything before the first focus area is the document's introduction, and
  a heading of the focus areas' level or higher that is not a focus area ends
  the plan (a following section such as "Uppföljning").
* Within a focus area, a list item written wholly in italics is an initiative
  (the seed's "… där kommunen: – *erbjuder …*"); without italics anywhere, list
  level 1 is an initiative and level 2 an activity, or headings below the focus
  area are initiatives and their list items activities.  Other list items are
  activities.
* A sentence that says how ("Genom att …", "Genom samverkan …"), printed as a
  bullet or not, is the description of the initiative above it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from desktop_app.services.errors import PlanError
from desktop_app.services.messages import _
from desktop_app.services.new_plan import DraftActivity, DraftFocusArea, DraftInitiative, PlanDraft

_FOCUS_AREA = re.compile(r"^\s*fokust?områden?\s*(\d+)?\s*[:.–-]?\s*", re.IGNORECASE)
_WHERE_MUNICIPALITY = re.compile(r",?\s*där\s+kommunen\s*:?\s*$", re.IGNORECASE)
_HOW = re.compile(r"^genom\b", re.IGNORECASE)
_TYPED_BULLET = re.compile(r"^[-–•*·]\s+")
_CODE = re.compile(r"^\s*(\d+(?:\.\d+)*)[.:)]?\s+")
_HEADING_STYLE = re.compile(r"^(?:heading|rubrik)\s*(\d)$", re.IGNORECASE)
_LIST_STYLE = re.compile(r"^(?:list|lista|liststycke)[^\d]*(\d)?$", re.IGNORECASE)


class Level(StrEnum):
    FOCUS_AREA = "focus_area"
    INITIATIVE = "initiative"
    ACTIVITY = "activity"
    DESCRIPTION = "description"
    IGNORE = "ignore"


LEVEL_LABELS = {
    Level.FOCUS_AREA: "Fokusområde",
    Level.INITIATIVE: "Insatsområde",
    Level.ACTIVITY: "Aktivitet",
    Level.DESCRIPTION: "Beskrivning",
    Level.IGNORE: "Inte en del av planen",
}


@dataclass
class Paragraph:
    """What the proposal looks at in one paragraph of the document."""

    text: str
    heading: int | None
    """The heading level (1 for "Rubrik 1"), ``None`` for body text and lists."""
    list_level: int | None
    """0 for a first-level list item, 1 for an indented one; ``None`` outside lists."""
    italic: bool

    @property
    def form(self) -> str:
        """How the paragraph is set in the document, in words, for the preview."""
        if self.heading == 0:
            return _("Titel")
        if self.heading is not None:
            return _("Rubrik {level}").format(level=self.heading)
        if self.list_level is not None:
            return _("Punkt, nivå {level}").format(level=self.list_level + 1)
        return _("Stycke")


@dataclass
class ProposedLine:
    """A paragraph with the level proposed for it (which the person may change)."""

    paragraph: Paragraph
    level: Level

    @property
    def text(self) -> str:
        return self.paragraph.text


# --- reading the document ---------------------------------------------------------------------


def read_paragraphs(path: Path) -> list[Paragraph]:
    """The non-empty paragraphs of a .docx file; ``PlanError`` for a file that is not one."""
    import zipfile

    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    if not path.is_file():
        raise PlanError(_("Filen {path} finns inte.").format(path=path))
    try:
        document = Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise PlanError(
            _("Filen {file} är inget Word-dokument (.docx) som kan läsas.").format(file=path.name)
        ) from error
    except OSError as error:
        raise PlanError(
            _("Filen {file} kan inte läsas: {error}.").format(file=path, error=error.strerror)
        ) from error
    found: list[Paragraph] = []
    for paragraph in document.paragraphs:
        text = " ".join(paragraph.text.split())
        if not text:
            continue
        style = paragraph.style.name if paragraph.style is not None else ""
        heading_match = _HEADING_STYLE.match(style)
        heading = int(heading_match.group(1)) if heading_match else (0 if style == "Title" else None)
        list_level = _list_level(paragraph, style)
        typed = _TYPED_BULLET.match(text)
        if typed and heading is None:  # a bullet typed as a character, indented by spaces or by the margin
            indented = paragraph.text[: len(paragraph.text) - len(paragraph.text.lstrip())] != "" or bool(
                paragraph.paragraph_format.left_indent
            )
            text, list_level = text[typed.end() :], (list_level or 0) + (1 if indented else 0)
        found.append(Paragraph(text, heading, list_level, _all_italic(paragraph)))
    return found


def _list_level(paragraph: object, style: str) -> int | None:
    """The list level from the paragraph's numbering, else from its style ("List Bullet 2" → 1)."""
    p_pr = paragraph._p.pPr  # type: ignore[attr-defined]
    num_pr = p_pr.numPr if p_pr is not None else None
    if num_pr is not None and num_pr.numId is not None and num_pr.numId.val != 0:
        return int(num_pr.ilvl.val) if num_pr.ilvl is not None else 0
    match = _LIST_STYLE.match(style)
    if match:
        return int(match.group(1)) - 1 if match.group(1) else 0
    return None


def _all_italic(paragraph: object) -> bool:
    runs = [run for run in paragraph.runs if run.text.strip()]  # type: ignore[attr-defined]
    style_italic = bool(paragraph.style is not None and paragraph.style.font.italic)  # type: ignore[attr-defined]
    return bool(runs) and all(run.italic or (run.italic is None and style_italic) for run in runs)


# --- proposing levels ----------------------------------------------------------------------------


def propose_levels(paragraphs: list[Paragraph]) -> list[ProposedLine]:
    """A level for every paragraph, as the module's docstring describes."""
    named = [i for i, p in enumerate(paragraphs) if _FOCUS_AREA.match(p.text) and _FOCUS_AREA.sub("", p.text)]
    named = [i for i in named if paragraphs[i].heading is not None or paragraphs[i].list_level is None]
    if named:
        area_indexes = set(named)
        levels = [paragraphs[i].heading for i in named if paragraphs[i].heading is not None]
        area_heading = min(levels) if levels else None
    else:
        area_indexes, area_heading = _areas_by_headings(paragraphs)
    lines = [ProposedLine(p, Level.IGNORE) for p in paragraphs]
    if not area_indexes:
        return lines
    spans = _spans(paragraphs, sorted(area_indexes), area_heading)
    italic_initiatives = any(
        paragraphs[i].italic and paragraphs[i].list_level is not None
        for start, end in spans
        for i in range(start, end)
    )
    for start, end in spans:
        lines[start].level = Level.FOCUS_AREA
        _propose_within(paragraphs, lines, start + 1, end, italic_initiatives)
    return lines


def _areas_by_headings(paragraphs: list[Paragraph]) -> tuple[set[int], int | None]:
    """Without "Fokusområde" headings: the headings whose sections hold a tree (two list levels,
    italic items or sub-headings with lists), at the level most of them share."""

    def section(index: int) -> list[Paragraph]:
        level = paragraphs[index].heading
        assert level is not None
        rest = paragraphs[index + 1 :]
        end = next((n for n, p in enumerate(rest) if p.heading is not None and p.heading <= level), len(rest))
        return rest[:end]

    def holds_a_tree(inner: list[Paragraph]) -> bool:
        items = [p for p in inner if p.list_level is not None]
        levels = {p.list_level for p in items}
        return bool(items) and (
            len(levels) > 1 or any(p.italic for p in items) or any(p.heading is not None for p in inner)
        )

    headed = [i for i, p in enumerate(paragraphs) if p.heading is not None]
    trees = [i for i in headed if holds_a_tree(section(i))]
    if not trees:
        trees = [i for i in headed if any(p.list_level is not None for p in section(i))]
    if not trees:
        return set(), None
    counts = Counter(paragraphs[i].heading for i in trees)
    level = min(lvl for lvl, n in counts.items() if n == max(counts.values()))
    return {i for i in trees if paragraphs[i].heading == level}, level


def _spans(paragraphs: list[Paragraph], starts: list[int], area_heading: int | None) -> list[tuple[int, int]]:
    """Each focus area's paragraphs: up to the next focus area or a heading that ends the plan."""
    spans = []
    for position, start in enumerate(starts):
        end = starts[position + 1] if position + 1 < len(starts) else len(paragraphs)
        for index in range(start + 1, end):
            heading = paragraphs[index].heading
            if heading is not None and (area_heading is None or heading <= area_heading):
                end = index
                break
        spans.append((start, end))
    return spans


def _propose_within(
    paragraphs: list[Paragraph], lines: list[ProposedLine], start: int, end: int, italic_initiatives: bool
) -> None:
    inner = paragraphs[start:end]
    sub_headings = any(p.heading is not None for p in inner)
    list_levels = {p.list_level for p in inner if p.list_level is not None}
    two_levels = not italic_initiatives and not sub_headings and len(list_levels) > 1
    top = min(list_levels) if list_levels else 0
    initiative_seen = activity_seen = False
    for index in range(start, end):
        paragraph = paragraphs[index]
        if _HOW.match(paragraph.text):
            level = Level.DESCRIPTION if initiative_seen else Level.IGNORE
        elif paragraph.heading is not None:
            level = Level.INITIATIVE
        elif paragraph.list_level is not None:
            if italic_initiatives:
                level = Level.INITIATIVE if paragraph.italic else Level.ACTIVITY
            elif two_levels:
                level = Level.INITIATIVE if paragraph.list_level == top else Level.ACTIVITY
            else:
                level = Level.ACTIVITY if sub_headings else Level.INITIATIVE
        else:  # body text: describes the initiative above until its activities begin
            level = Level.DESCRIPTION if initiative_seen and not activity_seen else Level.IGNORE
        if level is Level.INITIATIVE:
            initiative_seen, activity_seen = True, False
        elif level is Level.ACTIVITY:
            if not initiative_seen:
                level = Level.IGNORE
            activity_seen = True
        lines[index].level = level


# --- the plan the lines make ---------------------------------------------------------------------


def clean_title(text: str, level: Level) -> str:
    """A line's text as the plan keeps it: no code, no "Fokusområde 2:", no final full stop."""
    if level is Level.FOCUS_AREA:
        text = _WHERE_MUNICIPALITY.sub("", _FOCUS_AREA.sub("", text))
    elif level is Level.INITIATIVE:
        text = re.sub(r"^kommunen\s+", "", text, flags=re.IGNORECASE)
    if level is not Level.DESCRIPTION:
        text = _CODE.sub("", text).strip().rstrip(".,;:").strip()
    return text.strip(" -–•")


def draft_from_lines(lines: list[ProposedLine]) -> tuple[PlanDraft, list[str]]:
    """The plan the lines describe, and the problems that stop it being made (empty when none)."""
    draft = PlanDraft()
    problems: list[str] = []
    area: DraftFocusArea | None = None
    initiative: DraftInitiative | None = None
    for number, line in enumerate(lines, start=1):
        text = clean_title(line.text, line.level)
        if line.level is Level.IGNORE:
            continue
        if line.level is Level.FOCUS_AREA:
            area, initiative = DraftFocusArea(text), None
            draft.focus_areas.append(area)
        elif area is None:
            problems.append(
                _("Rad {number} (”{text}”) står före första fokusområdet.").format(
                    number=number, text=_short(text)
                )
            )
        elif line.level is Level.INITIATIVE:
            initiative = DraftInitiative(text)
            area.initiatives.append(initiative)
        elif line.level is Level.ACTIVITY:
            if initiative is None:
                problems.append(
                    _(
                        "Rad {number} (”{text}”): aktiviteten står före fokusområdets första insatsområde."
                    ).format(number=number, text=_short(text))
                )
            else:
                initiative.activities.append(DraftActivity(text))
        elif initiative is not None:
            initiative.description = f"{initiative.description} {text}".strip()
        else:
            area.description = f"{area.description} {text}".strip()
    if not draft.focus_areas and not problems:
        problems.append(_("Inget fokusområde är valt: ange vilka rader som är fokusområden."))
    return draft, problems


def _short(text: str, length: int = 50) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


def propose_from_docx(path: Path) -> list[ProposedLine]:
    """The lines of a .docx file with their proposed levels."""
    return propose_levels(read_paragraphs(path))


def suggested_plan_name(path: Path) -> str:
    """The document's title (its properties, or a paragraph in the Title style), else the file's name."""
    from docx import Document

    try:
        document = Document(str(path))
    except Exception:  # the file has been read once already; a name is only a suggestion
        return path.stem
    title = (document.core_properties.title or "").strip()
    if title:
        return title
    for paragraph in document.paragraphs:
        if paragraph.style is not None and paragraph.style.name == "Title" and paragraph.text.strip():
            return " ".join(paragraph.text.split())
    return path.stem
