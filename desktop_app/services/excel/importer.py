"""Turning the rows of an activity sheet into a preview of what the import would change.

A row is matched to an activity by UUID, then by code, then by its title
within its initiative; a row that matches nothing becomes a proposed
activity under the initiative it names. Every row is checked; what is wrong
is reported with the sheet and row number, and nothing is written here.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import Engine

from database.enums import Lifecycle, StatusColour
from database.models import StatusReport
from desktop_app.services.errors import ValidationError
from desktop_app.services.excel.columns import REQUIRED, Column, header_of
from desktop_app.services.excel.plan_index import PlanIndex, key
from desktop_app.services.excel.preview import (
    ActivityAddition,
    ActivityChange,
    FieldChange,
    ImportPreview,
    NewStatusReport,
    Problem,
)
from desktop_app.services.excel.reading import Spreadsheet
from desktop_app.services.excel.row_cells import RowCells, StatusCells, node_values
from desktop_app.services.excel.values import as_in_sheet, cell_text, same_as_in_sheet
from desktop_app.services.labels import LIFECYCLE_LABELS
from desktop_app.services.messages import N_, _
from desktop_app.services.people import match_person, name_key
from desktop_app.services.rules import validate_activity
from desktop_app.services.tree import ActivityNode, CurrentStatus, InitiativeNode

_CODE = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


def build_preview(
    engine: Engine,
    spreadsheet: Spreadsheet,
    mapping: Mapping[int, Column] | None = None,
    today: date | None = None,
) -> ImportPreview:
    """Check every row of ``spreadsheet`` against the plan and say what importing it would do.

    ``mapping`` (column index → column) replaces the recognised headers, for
    columns a person mapped by hand.
    """
    return _PreviewBuilder(engine, spreadsheet, mapping, today or date.today()).build()


class _PreviewBuilder:
    def __init__(
        self, engine: Engine, spreadsheet: Spreadsheet, mapping: Mapping[int, Column] | None, today: date
    ) -> None:
        self.plan = PlanIndex(engine)
        self.sheet = spreadsheet
        self.mapping = dict(spreadsheet.mapping if mapping is None else mapping)
        self.today = today
        self.preview = ImportPreview(
            spreadsheet.path,
            spreadsheet.sheet,
            fingerprint=self.plan.fingerprint,
            exported_at=spreadsheet.exported_at,
        )
        self.changed_since = _changed_since(engine, spreadsheet.exported_at)
        self.matched: dict[str, int] = {}
        self.cells = RowCells(self.plan, self.preview.new_offices, today)

    def problem(self, row: int | None, message: str) -> None:
        self.preview.problems.append(Problem(self.sheet.sheet, row, message))

    def build(self) -> ImportPreview:
        for row, message in self.sheet.formula_problems:
            self.problem(row, message)
        missing = [column for column in REQUIRED if column not in self.mapping.values()]
        if missing:
            found = ", ".join(f"”{h}”" for h in self.sheet.headers if h) or _("inga")
            for column in missing:
                self.problem(
                    self.sheet.header_row,
                    _(
                        "kolumnen {header_of} hittades inte bland rubrikerna ({found}). Byt namn "
                        "på rubriken eller välj kolumnen i importen."
                    ).format(header_of=header_of(column), found=found),
                )
            return self.preview
        last_area, last_initiative = "", ""
        for row in self.sheet.rows:
            cells = {
                column: row.values[i] if i < len(row.values) else None for i, column in self.mapping.items()
            }
            area_text, initiative_text = (
                cell_text(cells.get(Column.FOCUS_AREA)),
                cell_text(cells.get(Column.INITIATIVE)),
            )
            # Empty focus area and initiative cells repeat the ones above (a sheet grouped by them);
            # an initiative given without a focus area brings its own.
            if area_text:
                # The same focus area again (a merged or filled-down cell) keeps the initiative above.
                if area_text != last_area:
                    last_initiative = ""
                last_area = area_text
            elif initiative_text:
                last_area = ""
            if initiative_text:
                last_initiative = initiative_text
            if not any(cell_text(cells.get(c)) for c in (Column.TITLE, Column.CODE, Column.UUID)):
                if any(
                    cell_text(v) for c, v in cells.items() if c not in (Column.FOCUS_AREA, Column.INITIATIVE)
                ):
                    self.problem(
                        row.number,
                        _("raden saknar aktivitetens namn (kolumnen {header_of}).").format(
                            header_of=header_of(Column.TITLE)
                        ),
                    )
                continue  # a heading row that names a focus area or initiative for the rows below
            errors: list[str] = []
            self.read_row(row.number, cells, last_area, last_initiative, initiative_text, errors)
            for message in errors:
                self.problem(row.number, message)
        return self.preview

    # --- one row --------------------------------------------------------------------

    def read_row(
        self,
        number: int,
        cells: dict[Column, object],
        area_text: str,
        initiative_text: str,
        explicit_initiative: str,
        errors: list[str],
    ) -> None:
        area = initiative = None
        if area_text:
            area = self.plan.find_area(area_text)
            if area is None:
                errors.append(_("okänt fokusområde ”{area_text}”.").format(area_text=area_text))
                if area_text not in self.preview.unknown_areas:
                    self.preview.unknown_areas.append(area_text)
        if initiative_text:
            initiative = self.plan.find_initiative(initiative_text, area)
            if initiative is None:
                errors.append(
                    _("okänt insatsområde ”{initiative_text}”.").format(initiative_text=initiative_text)
                )
                if area is not None and (initiative_text, area.id) not in self.preview.unknown_initiatives:
                    self.preview.unknown_initiatives.append((initiative_text, area.id))
            elif area is not None and self.plan.area_of[initiative.id].id != area.id:
                errors.append(
                    _("insatsområdet {code} hör inte till fokusområdet {code2}.").format(
                        code=initiative.code, code2=area.code
                    )
                )
        existing, new_id = self.match(cells, initiative, explicit_initiative, errors)
        code = _CODE.match(cell_text(cells.get(Column.CODE)))
        if existing is None and initiative is None and code:
            initiative = self.plan.initiative_by_code.get(f"{code.group(1)}.{code.group(2)}")
        if existing is None and initiative is None and not errors:
            errors.append(
                _(
                    "raden matchar ingen aktivitet i planen; ange {header_of} (kod eller "
                    "text) för att lägga till den som ny aktivitet."
                ).format(header_of=header_of(Column.INITIATIVE))
            )
        # Like a new row, a row found only by its title (an office's own sheet) does not set the lifecycle.
        identified = bool(cell_text(cells.get(Column.UUID)) or cell_text(cells.get(Column.CODE)))
        values = self.cells.read_values(cells, existing, errors, set_lifecycle=identified)
        status = self.cells.read_status(cells, errors)
        if errors:
            return
        if "owner" in values:
            self.link_owner(number, values, existing)
        if existing is not None:
            if explicit_initiative and initiative is not None and initiative.id != existing.initiative_id:
                values["initiative_id"] = initiative.id
            self.compare(number, existing, values, status)
        else:
            assert initiative is not None and new_id is not None
            self.add(number, new_id, initiative, values, status)

    def match(
        self,
        cells: dict[Column, object],
        initiative: InitiativeNode | None,
        explicit_initiative: str,
        errors: list[str],
    ) -> tuple[ActivityNode | None, str | None]:
        """The activity a row is about, or the id for a new one."""
        found: ActivityNode | None = None
        new_id: str | None = None
        uuid_text, code = cell_text(cells.get(Column.UUID)), cell_text(cells.get(Column.CODE))
        if uuid_text:
            try:
                activity_id = str(uuid.UUID(uuid_text))
            except ValueError:
                errors.append(_("”{uuid_text}” är inget giltigt UUID.").format(uuid_text=uuid_text))
                return None, None
            if activity_id in self.plan.deleted_ids:
                errors.append(_("aktiviteten med detta UUID är borttagen ur planen."))
                return None, None
            found = self.plan.activities.get(activity_id)
            new_id = None if found else activity_id
        elif code:
            if not _CODE.match(code):
                errors.append(
                    _("koden ”{code}” är ingen aktivitetskod; en aktivitetskod ser ut som 2.3.1.").format(
                        code=code
                    )
                )
                return None, None
            found = self.plan.by_code.get(code)
            if found and explicit_initiative and initiative and initiative.id != found.initiative_id:
                errors.append(
                    _(
                        "koden {code} hör till insatsområde {rsplit}, men raden anger "
                        "insatsområde {code2}. Rätta koden eller insatsområdet."
                    ).format(code=code, rsplit=code.rsplit(".", 1)[0], code2=initiative.code)
                )
                return None, None
        elif initiative is not None:
            found = self.plan.by_title.get((initiative.id, key(cell_text(cells.get(Column.TITLE)))))
        if found is None and new_id is None:
            new_id = str(uuid.uuid4())
        target = found.id if found else new_id
        assert target is not None
        if target in self.matched:
            errors.append(
                _("samma aktivitet finns redan på rad {matched}.").format(matched=self.matched[target])
            )
            return None, None
        return found, new_id

    # --- what the row does ---------------------------------------------------------------

    def link_owner(self, number: int, values: dict[str, Any], existing: ActivityNode | None) -> None:
        """Ansvarig by the one rule (``people.match_person``): a name that names one person in the
        register links to them; any other is kept as text and listed in the preview. The name the
        activity already shows keeps its link (two people of one name are both written so)."""
        if existing is not None and name_key(values["owner"]) == name_key(existing.owner):
            values["owner"], values["owner_person_id"] = existing.owner, existing.owner_person_id
        else:
            values["owner_person_id"], values["owner"] = match_person(values["owner"], self.plan.people)
        if values["owner"] and values["owner_person_id"] is None:
            self.preview.unlinked_owners.setdefault(values["owner"], []).append(number)

    def office_name(self, office_id: str | None) -> str:
        if office_id is None:
            return ""
        return self.plan.office_names.get(office_id) or self.preview.new_offices.get(office_id, "")

    def display(self, name: str, value: Any) -> str:
        if name == "responsible_office_id":
            return self.office_name(value)
        if name == "participating_office_ids":
            return ", ".join(sorted(self.office_name(i) for i in value))
        if name == "lifecycle":
            return LIFECYCLE_LABELS[Lifecycle(value)]
        if name == "ongoing":
            return _("Ja") if value else _("Nej")
        if name == "initiative_id":
            return next(f"{i.code} {i.title}" for i in self.plan.initiatives if i.id == value)
        if name == "owner_person_id":
            return _("i personregistret") if value else _("som text")
        return "" if value is None else str(value)

    def compare(
        self,
        number: int,
        activity: ActivityNode,
        values: dict[str, Any],
        status: StatusCells,
    ) -> None:
        """Record what differs between a row and its activity."""
        current = node_values(activity)
        current["initiative_id"] = activity.initiative_id
        changed = {
            name: value
            for name, value in values.items()
            if current[name] != value and not same_as_in_sheet(current[name], value)
        }
        if changed:
            try:
                validate_activity({**current, **values})
            except ValidationError as error:
                self.problem(number, str(error))
                return
            self.matched[activity.id] = number
            stale = activity.id in self.changed_since[0]
            self.preview.changes.append(
                ActivityChange(
                    number,
                    activity.id,
                    activity.code,
                    activity.title,
                    [
                        FieldChange(
                            _LABELS[name], self.display(name, current[name]), self.display(name, value)
                        )
                        for name, value in changed.items()
                        if not (name == "owner_person_id" and "owner" in changed)
                    ],
                    changed,
                    stale=stale,
                    chosen=not stale,
                )
            )
        report = self.status_report(number, activity, status)
        self.matched[activity.id] = number
        if report is not None:
            self.preview.status_reports.append(report)
        elif not changed:
            self.preview.unchanged += 1

    def status_report(
        self, number: int, activity: ActivityNode, status: StatusCells
    ) -> NewStatusReport | None:
        if not status.given or status.colour is None:
            return None
        current = activity.current
        content = (status.colour, status.comment, status.cause, status.action)
        if (
            current is not None
            and _content(current) == content
            and status.reported_on in (None, current.reported_on)
        ):
            return None
        if status.reported_on is not None and any(
            report.reported_on == status.reported_on and _content(report) == content
            for report in self.plan.history.get(activity.id, [])
        ):
            return None  # this very report is already in the history
        reported_on, into_history = self.today, False
        if status.reported_on is not None and (current is None or status.reported_on != current.reported_on):
            reported_on = status.reported_on
            into_history = current is not None and status.reported_on < current.reported_on
        return NewStatusReport(
            number,
            activity.id,
            activity.code,
            activity.title,
            status.colour,
            reported_on,
            status.comment,
            status.cause,
            status.action,
            current.status if current else None,
            into_history,
            stale=activity.id in self.changed_since[1],
            chosen=activity.id not in self.changed_since[1],
        )

    def add(
        self,
        number: int,
        new_id: str,
        initiative: InitiativeNode,
        values: dict[str, Any],
        status: StatusCells,
    ) -> None:
        values = {"lifecycle": Lifecycle.PROPOSED, **values}  # apply_import decides what a new row keeps
        try:
            validate_activity(values)
        except ValidationError as error:
            self.problem(number, str(error))
            return
        self.matched[new_id] = number
        self.preview.additions.append(
            ActivityAddition(number, new_id, initiative.id, initiative.code, values["title"], values)
        )
        if status.given and status.colour is not None:
            self.preview.status_reports.append(
                NewStatusReport(
                    number,
                    new_id,
                    "",
                    values["title"],
                    status.colour,
                    status.reported_on or self.today,
                    status.comment,
                    status.cause,
                    status.action,
                    None,
                    False,
                )
            )


_LABELS = {
    "title": N_("Aktivitet"),
    "description": N_("Beskrivning"),
    "owner": N_("Ansvarig"),
    "owner_person_id": N_("Ansvarig"),
    "responsible_office_id": N_("Ansvarigt kontor/enhet"),
    "participating_office_ids": N_("Deltagande kontor"),
    "start_month": N_("Start"),
    "end_month": N_("Slut"),
    "ongoing": N_("Löpande"),
    "lifecycle": N_("Läge"),
    "initiative_id": N_("Insatsområde"),
}


def _changed_since(engine: Engine, exported_at: str | None) -> tuple[set[str], set[str]]:
    """Activities edited, and activities given a status report, in the plan after ``exported_at``.

    Their rows in a workbook exported at that time hold older values than the plan's: an import
    must not silently take those back. Empty for a workbook the app did not export.
    """
    if exported_at is None:
        return set(), set()
    with engine.connect() as connection:
        edited = connection.exec_driver_sql(
            "SELECT id FROM activity WHERE modified_at > ?", (exported_at,)
        ).fetchall()
        reported = connection.exec_driver_sql(
            "SELECT DISTINCT activity_id FROM statusreport WHERE created_at > ? OR modified_at > ?",
            (exported_at, exported_at),
        ).fetchall()
    return {str(row[0]) for row in edited}, {str(row[0]) for row in reported}


def _content(report: CurrentStatus | StatusReport) -> tuple[StatusColour, str, str, str]:
    """A report's content as its row in an exported sheet holds it."""

    def shown(text: str) -> str:
        return cell_text(as_in_sheet(text))

    return (
        StatusColour(report.status),
        shown(report.comment),
        shown(report.cause),
        shown(report.recommended_action),
    )
