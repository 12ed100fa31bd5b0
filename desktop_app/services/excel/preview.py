"""What an import would do, as plain values: additions, changes, new status reports and problems."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from database.enums import StatusColour
from desktop_app.services.labels import STATUS_LABELS
from desktop_app.services.messages import N_, _, ngettext

STALE_MARK = N_(" [äldre än planen: lämnas]")
"""After a row whose values are older than the plan's: the import leaves it unless it is picked."""


@dataclass(frozen=True)
class Problem:
    """Something in the file that stops the import; ``row`` is the row number Excel shows."""

    sheet: str
    row: int | None
    message: str

    def __str__(self) -> str:
        where = (
            _("Blad ”{sheet}”, rad {row}").format(sheet=self.sheet, row=self.row)
            if self.row
            else _("Blad ”{sheet}”").format(sheet=self.sheet)
        )
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class FieldChange:
    label: str
    old: str
    new: str

    def __str__(self) -> str:
        return f"{self.label}: ”{self.old}” → ”{self.new}”"


@dataclass
class ActivityChange:
    """An existing activity whose row differs from the plan."""

    row: int
    activity_id: str
    code: str
    title: str
    changes: list[FieldChange]
    values: dict[str, Any]
    """The new values, as ``Activity`` columns (``participating_office_ids`` a set of ids)."""
    stale: bool = False
    """The activity changed in the plan after the workbook was exported: the row's values are older."""
    chosen: bool = True
    """Whether the import writes it; a stale change only when the person picks it."""


@dataclass
class ActivityAddition:
    """A row that becomes a new, proposed activity."""

    row: int
    activity_id: str
    initiative_id: str
    initiative_code: str
    title: str
    values: dict[str, Any]


@dataclass
class NewStatusReport:
    row: int
    activity_id: str
    code: str
    """The activity's code, empty for an activity the import adds."""
    title: str
    status: StatusColour
    reported_on: date
    comment: str
    cause: str
    recommended_action: str
    previous: StatusColour | None
    into_history: bool
    """Older than the activity's latest report: it fills in the history, the current status stays."""
    stale: bool = False
    """The activity got a status report in the plan after the workbook was exported."""
    chosen: bool = True
    """Whether the import writes it; a stale report only when the person picks it."""

    def describe(self) -> str:
        change = f"{STATUS_LABELS[self.previous]} → {STATUS_LABELS[self.status]}"
        if self.into_history:
            change = _("{STATUS_LABELS} (läggs in i historiken, äldre än senaste rapporten)").format(
                STATUS_LABELS=STATUS_LABELS[self.status]
            )
        return f"{self.reported_on.isoformat()} {change}"


@dataclass
class ImportPreview:
    path: Path
    sheet: str
    additions: list[ActivityAddition] = field(default_factory=list)
    changes: list[ActivityChange] = field(default_factory=list)
    status_reports: list[NewStatusReport] = field(default_factory=list)
    new_offices: dict[str, str] = field(default_factory=dict)
    """New offices/units the rows name: id → name."""
    problems: list[Problem] = field(default_factory=list)
    unchanged: int = 0
    fingerprint: str = ""
    """The plan's state when the preview was made; applying refuses a plan changed since."""
    unknown_areas: list[str] = field(default_factory=list)
    """Focus areas the rows name that the plan lacks, as written; the person may create them."""
    unknown_initiatives: list[tuple[str, str]] = field(default_factory=list)
    """Initiatives the rows name that a known focus area lacks: (text as written, focus area id)."""
    unlinked_owners: dict[str, list[int]] = field(default_factory=dict)
    """Owners the rows name who are not one person of the register (kept as text) → their rows."""
    exported_at: str | None = None
    """When the app exported the workbook (UTC), if it did; plan edits after it make rows stale."""

    @property
    def chosen_changes(self) -> list[ActivityChange]:
        return [change for change in self.changes if change.chosen]

    @property
    def chosen_reports(self) -> list[NewStatusReport]:
        return [report for report in self.status_reports if report.chosen]

    @property
    def stale_count(self) -> int:
        return sum(1 for item in [*self.changes, *self.status_reports] if item.stale)

    @property
    def has_changes(self) -> bool:
        return bool(self.additions or self.chosen_changes or self.chosen_reports or self.new_offices)

    @property
    def can_apply(self) -> bool:
        return self.has_changes and not self.problems

    def counts_line(self) -> str:
        return _(
            "{count_words}, {count_words2}, {count_words3}, {count_words4}, "
            "{unchanged} oförändrade, {count_words5}"
        ).format(
            count_words=count_words(len(self.additions), _("ny aktivitet"), _("nya aktiviteter")),
            count_words2=count_words(len(self.changes), _("ändrad aktivitet"), _("ändrade aktiviteter")),
            count_words3=count_words(
                len(self.status_reports), _("ny statusrapport"), _("nya statusrapporter")
            ),
            count_words4=count_words(len(self.new_offices), _("nytt kontor/enhet"), _("nya kontor/enheter")),
            unchanged=self.unchanged,
            count_words5=ngettext("{count} problem", "{count} problem", len(self.problems)).format(
                count=len(self.problems)
            ),
        )

    def summary_lines(self) -> list[str]:
        """The preview as text lines, for the command line."""
        lines = [
            _("{name}, blad ”{sheet}”: {counts_line}.").format(
                name=self.path.name, sheet=self.sheet, counts_line=self.counts_line()
            )
        ]
        for addition in self.additions:
            lines.append(
                _("  Ny (rad {row}): {title} – under {initiative_code}").format(
                    row=addition.row, title=addition.title, initiative_code=addition.initiative_code
                )
            )
        for change in self.changes:
            mark = _(STALE_MARK) if change.stale and not change.chosen else ""
            lines.append(
                _("  Ändrad (rad {row}): {code} {title}").format(
                    row=change.row, code=change.code, title=change.title
                )
                + mark
            )
            lines.extend(f"      {item}" for item in change.changes)
        for report in self.status_reports:
            name = (
                f"{report.code} {report.title}"
                if report.code
                else _("{title} (ny)").format(title=report.title)
            )
            mark = _(STALE_MARK) if report.stale and not report.chosen else ""
            lines.append(
                _("  Status (rad {row}): {name}: {describe}").format(
                    row=report.row, name=name, describe=report.describe()
                )
                + mark
            )
        for name in self.new_offices.values():
            lines.append(_("  Nytt kontor/enhet: {name}").format(name=name))
        for name, rows in self.unlinked_owners.items():
            lines.append(
                _("  Ansvarig som inte finns i personregistret, sparas som text: {name} (rad {rows})").format(
                    name=name, rows=", ".join(str(row) for row in rows)
                )
            )
        return lines


def count_words(number: int, one: str, many: str) -> str:
    """ "1 ny aktivitet", "3 nya aktiviteter"."""
    return f"{number} {one if number == 1 else many}"
