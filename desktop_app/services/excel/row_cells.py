"""Reading the cells of one row into an activity's values and a status, with a message for each bad cell."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from database.enums import StatusColour
from desktop_app.services.errors import ValidationError
from desktop_app.services.excel.columns import Column, header_of
from desktop_app.services.excel.plan_index import PlanIndex, key
from desktop_app.services.excel.values import (
    CellError,
    cell_text,
    is_ongoing,
    parse_date,
    parse_lifecycle,
    parse_month,
    parse_status,
)
from desktop_app.services.messages import _
from desktop_app.services.rules import check_name_length, check_status_report, check_title_length
from desktop_app.services.tree import ActivityNode

MAX_TEXT = 32_767  # Excel's own limit for a cell


@dataclass
class StatusCells:
    """What a row says about status; ``given`` is false for an empty cell or "Ej rapporterad"."""

    given: bool
    colour: StatusColour | None
    comment: str
    cause: str
    action: str
    reported_on: date | None


class RowCells:
    """Reads rows against the plan; offices a row names that the plan lacks are collected as new."""

    def __init__(self, plan: PlanIndex, new_offices: dict[str, str], today: date) -> None:
        self.plan = plan
        self.new_offices = new_offices  # id → name, filled as rows name offices the plan lacks
        self.new_office_ids: dict[str, str] = {}  # name key → id
        self.today = today

    def read_values(
        self,
        cells: dict[Column, object],
        existing: ActivityNode | None,
        errors: list[str],
        set_lifecycle: bool,
    ) -> dict[str, Any]:
        """The activity fields of the mapped columns, as ``Activity`` columns; bad cells go to ``errors``."""
        values: dict[str, Any] = {}
        title = cell_text(cells.get(Column.TITLE))
        if not title:
            errors.append(
                _("aktivitetens namn saknas (kolumnen {header_of}).").format(
                    header_of=header_of(Column.TITLE)
                )
            )
        else:
            try:
                check_title_length(title)
            except ValidationError as error:
                errors.append(str(error))
        values["title"] = title
        for column, name in ((Column.DESCRIPTION, "description"), (Column.OWNER, "owner")):
            if column in cells:
                values[name] = self.text(cells[column], column, errors, MAX_TEXT)
        if values.get("owner"):
            try:
                check_name_length(values["owner"])
            except ValidationError as error:
                errors.append(str(error))
        if Column.RESPONSIBLE_OFFICE in cells:
            values["responsible_office_id"] = self.office(cell_text(cells[Column.RESPONSIBLE_OFFICE]), errors)
        if Column.PARTICIPATING_OFFICES in cells:
            values["participating_office_ids"] = self.participants(
                cell_text(cells[Column.PARTICIPATING_OFFICES]), errors
            )
        self.read_schedule(cells, values, errors)
        # A new row's lifecycle is read too: a whole plan brought in keeps it (an import into a plan
        # makes every new activity proposed, see apply_import).
        if Column.LIFECYCLE in cells and (existing is None or set_lifecycle):
            try:
                lifecycle = parse_lifecycle(cells[Column.LIFECYCLE])
            except CellError as error:
                errors.append(str(error))
            else:
                if lifecycle is not None:
                    values["lifecycle"] = lifecycle
        merged = {**(node_values(existing) if existing else {}), **values}
        start, end = merged.get("start_month"), merged.get("end_month")
        if start and end and end < start:
            errors.append(_("slutet ({end}) ligger före starten ({start}).").format(end=end, start=start))
        return values

    def read_schedule(self, cells: dict[Column, object], values: dict[str, Any], errors: list[str]) -> None:
        ongoing_start = False
        try:
            if Column.START in cells:
                ongoing_start = is_ongoing(cells[Column.START])
                values["start_month"] = (
                    None if ongoing_start else parse_month(cells[Column.START], _("Start"))
                )
                if ongoing_start:
                    values["ongoing"] = True
            if Column.END in cells:
                ongoing = is_ongoing(cells[Column.END])
                values["end_month"] = None if ongoing else parse_month(cells[Column.END], _("Slut"), end=True)
                values["ongoing"] = ongoing or ongoing_start
        except CellError as error:
            errors.append(str(error))

    def read_status(self, cells: dict[Column, object], errors: list[str]) -> StatusCells:
        texts = {
            c: self.text(cells.get(c), c, errors, MAX_TEXT)
            for c in (Column.COMMENT, Column.CAUSE, Column.RECOMMENDED_ACTION)
        }
        given, colour, reported_on = False, None, None
        try:
            given, colour = parse_status(cells.get(Column.STATUS))
            reported_on = parse_date(cells.get(Column.REPORTED_ON), header_of(Column.REPORTED_ON))
        except CellError as error:
            errors.append(str(error))
        else:
            if not given and any(texts.values()):
                errors.append(
                    _(
                        "raden har kommentar, orsak eller åtgärd men ingen status; skriv Grön, "
                        "Gul eller Röd i kolumnen {header_of}."
                    ).format(header_of=header_of(Column.STATUS))
                )
            if given and colour is not None:
                try:
                    check_status_report(
                        colour, texts[Column.CAUSE], texts[Column.RECOMMENDED_ACTION], reported_on, self.today
                    )
                except ValidationError as error:
                    errors.append(str(error))
        return StatusCells(
            given,
            colour,
            texts[Column.COMMENT],
            texts[Column.CAUSE],
            texts[Column.RECOMMENDED_ACTION],
            reported_on,
        )

    def text(self, value: object, column: Column, errors: list[str], limit: int) -> str:
        text = cell_text(value)
        if len(text) > limit:
            errors.append(
                _("texten i kolumnen {header_of} är {count} tecken lång; högst {limit} går.").format(
                    header_of=header_of(column), count=len(text), limit=limit
                )
            )
        return text

    def office(self, name: str, errors: list[str]) -> str | None:
        if not name:
            return None
        try:
            check_name_length(name, "responsible_office_id")
        except ValidationError as error:
            errors.append(str(error))
            return None
        if key(name) in self.plan.offices:
            return self.plan.offices[key(name)][0]
        if key(name) not in self.new_office_ids:
            office_id = str(uuid.uuid4())
            self.new_office_ids[key(name)] = office_id
            self.new_offices[office_id] = " ".join(name.split())
        return self.new_office_ids[key(name)]

    def participants(self, text: str, errors: list[str]) -> frozenset[str]:
        ids: set[str] = set()
        for part in re.split(r"[;\n]", text):
            names = [part] if key(part) in self.plan.offices else part.split(",")
            for name in names:
                office_id = self.office(name.strip(), errors)
                if office_id:
                    ids.add(office_id)
        return frozenset(ids)


def node_values(activity: ActivityNode) -> dict[str, Any]:
    return {
        "title": activity.title,
        "description": activity.description,
        "owner": activity.owner,
        "owner_person_id": activity.owner_person_id,
        "responsible_office_id": activity.responsible_office_id,
        "participating_office_ids": frozenset(activity.participating_office_ids),
        "start_month": activity.start_month,
        "end_month": activity.end_month,
        "ongoing": activity.ongoing,
        "lifecycle": activity.lifecycle,
    }
