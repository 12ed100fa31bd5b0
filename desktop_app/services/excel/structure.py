"""A whole plan from an activity sheet: the focus areas and initiatives it names, then its rows.

The sheet is walked the way the import reads it (empty focus-area and
initiative cells repeat the ones above).  Focus areas and initiatives are
placed by the codes the sheet gives them ("2", "2.3", "Fokusområde 2: …"),
and numbered in the order they first appear where it gives none.  The rows
themselves are then imported into the new plan by the ordinary import, so the
header matching, the checks and the row-level problems are exactly those of an
import into an existing plan.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from desktop_app.services.errors import PlanError
from desktop_app.services.excel.columns import Column
from desktop_app.services.excel.plan_index import key
from desktop_app.services.excel.preview import ActivityAddition
from desktop_app.services.excel.reading import Spreadsheet
from desktop_app.services.excel.values import cell_text
from desktop_app.services.messages import _
from desktop_app.services.new_plan import DraftFocusArea, DraftInitiative, PlanDraft, PlanFacts, create_plan

_AREA_WORD = re.compile(r"^fokust?område\s*", re.IGNORECASE)
_CODE = re.compile(r"^(\d+(?:\.\d+)*)[.:]?(?:\s+|$)")
_KOMMUNEN = re.compile(r"^kommunen\s+", re.IGNORECASE)
_ACTIVITY_CODE = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


def split_code(text: str) -> tuple[str | None, str]:
    """ "2.3 Erbjuder …" → ("2.3", "Erbjuder …"); text without a code → (None, text)."""
    text = text.strip()
    match = _CODE.match(text)
    return (match.group(1), text[match.end() :].strip()) if match else (None, text)


@dataclass
class _Named:
    code: str | None
    title: str
    order: int
    children: list[_Named] = field(default_factory=list)


def _place(items: list[_Named]) -> list[_Named]:
    """Items with a code at the place the code gives (last number), the others after, in order."""

    def last_number(item: _Named) -> int:
        return int(item.code.split(".")[-1]) if item.code else 10**9

    return sorted(items, key=lambda item: (last_number(item), item.order))


def sheet_draft(spreadsheet: Spreadsheet, mapping: Mapping[int, Column] | None = None) -> PlanDraft:
    """The focus areas and initiatives a sheet names, in plan order, without activities."""
    mapping = dict(spreadsheet.mapping if mapping is None else mapping)
    column_of = {column: index for index, column in mapping.items()}
    if Column.FOCUS_AREA not in column_of or Column.INITIATIVE not in column_of:
        raise PlanError(
            _(
                "Blad ”{sheet}” har inga kolumner för fokusområde och insatsområde, så planens träd "
                "kan inte läsas ur det. Lägg till dem eller välj dem i importen."
            ).format(sheet=spreadsheet.sheet)
        )

    def cell(values: tuple[object, ...], column: Column) -> str:
        index = column_of[column]
        return cell_text(values[index]) if index < len(values) else ""

    areas: dict[str, _Named] = {}
    initiatives: dict[tuple[str, str], _Named] = {}
    current: _Named | None = None
    for row in spreadsheet.rows:
        area_text, initiative_text = cell(row.values, Column.FOCUS_AREA), cell(row.values, Column.INITIATIVE)
        # An activity's code ("2.3.1") places its focus area and initiative when their cells have none.
        activity_code = (
            _ACTIVITY_CODE.match(cell(row.values, Column.CODE)) if Column.CODE in column_of else None
        )
        if area_text:
            code = split_code(_AREA_WORD.sub("", area_text))[0] or (activity_code and activity_code.group(1))
            title = area_title(area_text)
            current = areas.setdefault(key(title), _Named(code, title, len(areas)))
        if not initiative_text:
            continue
        if current is None:
            raise PlanError(
                _("Blad ”{sheet}”, rad {row}: insatsområdet ”{text}” står utan fokusområde.").format(
                    sheet=spreadsheet.sheet, row=row.number, text=initiative_text
                )
            )
        code = split_code(initiative_text)[0] or (activity_code and ".".join(activity_code.groups()[:2]))
        statement = initiative_statement(initiative_text)
        wanted = (key(current.title), key(statement))
        if wanted not in initiatives:
            initiatives[wanted] = _Named(code, statement, len(current.children))
            current.children.append(initiatives[wanted])
    return PlanDraft(
        [
            DraftFocusArea(area.title, "", [DraftInitiative(i.title) for i in _place(area.children)])
            for area in _place(list(areas.values()))
        ]
    )


def new_plan_from_sheet(
    spreadsheet: Spreadsheet,
    target: Path,
    facts: PlanFacts,
    actor: str,
    mapping: Mapping[int, Column] | None = None,
) -> tuple[Path, PlanDraft, int]:
    """Make a new plan at ``target`` from a sheet: its tree, then its rows through the import.

    Returns the path, the tree made and the number of activities imported.
    Raises ``PlanError`` listing the sheet's problems; then no file is left.
    """
    from desktop_app.services.excel.apply import apply_import
    from desktop_app.services.excel.importer import build_preview
    from desktop_app.services.workspace import Workspace

    draft = sheet_draft(spreadsheet, mapping)
    added: list[int] = []

    def fill(engine: Engine) -> None:
        preview = build_preview(engine, spreadsheet, mapping)
        if preview.problems:
            lines = "\n".join(f"  {problem}" for problem in preview.problems[:20])
            more = len(preview.problems) - 20
            raise PlanError(
                _("Filen har {count} problem; ingen plan har skapats:\n{lines}").format(
                    count=len(preview.problems), lines=lines
                )
                + (_("\n  … och {more} till.").format(more=more) if more > 0 else "")
            )
        _order_by_codes(preview.additions, spreadsheet, mapping)
        workspace = Workspace(path=Path(str(engine.url.database)), engine=engine, created=True)
        apply_import(workspace, preview, actor, new_plan=True)
        _register_people(engine, actor)
        added.append(len(preview.additions))

    return create_plan(target, facts, draft, actor, fill=fill), draft, added[0] if added else 0


def _order_by_codes(
    additions: list[ActivityAddition], spreadsheet: Spreadsheet, mapping: Mapping[int, Column] | None
) -> None:
    """Order each initiative's new activities by their codes ("2.3.1") where the sheet gives them."""
    columns = {
        column: index for index, column in (spreadsheet.mapping if mapping is None else mapping).items()
    }
    if Column.CODE not in columns:
        return
    index = columns[Column.CODE]
    codes = {
        row.number: _ACTIVITY_CODE.match(cell_text(row.values[index]) if index < len(row.values) else "")
        for row in spreadsheet.rows
    }

    def order(addition: ActivityAddition) -> tuple[int, int]:
        code = codes.get(addition.row)
        return (int(code.group(3)) if code else 10**9, addition.row)

    additions.sort(key=order)


def _register_people(engine: Engine, actor: str) -> None:
    """The activities' owners into the new plan's register of people, with their first activity's
    office, and each activity linked to its owner there."""
    from desktop_app.services.registers import RegisterService
    from desktop_app.services.tree import read_tree

    registers = RegisterService(engine, actor)
    people: dict[str, str] = {}
    activities = read_tree(engine).activities()
    for activity in activities:
        name = " ".join(activity.owner.split())
        if name and key(name) not in people:
            people[key(name)] = registers.create_person(name, office_id=activity.responsible_office_id)
    with engine.begin() as connection:  # each activity linked to its owner, as the one rule links them
        for activity in activities:
            if activity.owner.strip():
                connection.exec_driver_sql(
                    "UPDATE activity SET owner_person_id = ? WHERE id = ?",
                    (people[key(" ".join(activity.owner.split()))], activity.id),
                )


def area_title(text: str) -> str:
    """A focus area's title as a sheet writes it: "Fokusområde 2: Natur" → "Natur"."""
    return split_code(_AREA_WORD.sub("", text.strip()))[1] or text.strip()


def initiative_statement(text: str) -> str:
    """An initiative's statement as a sheet writes it: "2.3 Kommunen erbjuder …" → "erbjuder …"."""
    return _KOMMUNEN.sub("", split_code(text)[1] or text.strip())
