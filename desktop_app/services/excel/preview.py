"""What an import would do, as plain values: additions, changes, new status reports and problems."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from database.enums import StatusColour
from desktop_app.services.labels import STATUS_LABELS

STALE_MARK = " [äldre än planen: lämnas]"
"""After a row whose values are older than the plan's: the import leaves it unless it is picked."""


@dataclass(frozen=True)
class Problem:
    """Something in the file that stops the import; ``row`` is the row number Excel shows."""

    sheet: str
    row: int | None
    message: str

    def __str__(self) -> str:
        where = f"Blad ”{self.sheet}”, rad {self.row}" if self.row else f"Blad ”{self.sheet}”"
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
            change = f"{STATUS_LABELS[self.status]} (läggs in i historiken, äldre än senaste rapporten)"
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
        return (
            f"{count_words(len(self.additions), 'ny aktivitet', 'nya aktiviteter')}, "
            f"{count_words(len(self.changes), 'ändrad aktivitet', 'ändrade aktiviteter')}, "
            f"{count_words(len(self.status_reports), 'ny statusrapport', 'nya statusrapporter')}, "
            f"{count_words(len(self.new_offices), 'nytt kontor/enhet', 'nya kontor/enheter')}, "
            f"{self.unchanged} oförändrade, {count_words(len(self.problems), 'problem', 'problem')}"
        )

    def summary_lines(self) -> list[str]:
        """The preview as text lines, for the command line."""
        lines = [f"{self.path.name}, blad ”{self.sheet}”: {self.counts_line()}."]
        for addition in self.additions:
            lines.append(f"  Ny (rad {addition.row}): {addition.title} – under {addition.initiative_code}")
        for change in self.changes:
            mark = STALE_MARK if change.stale and not change.chosen else ""
            lines.append(f"  Ändrad (rad {change.row}): {change.code} {change.title}{mark}")
            lines.extend(f"      {item}" for item in change.changes)
        for report in self.status_reports:
            name = f"{report.code} {report.title}" if report.code else f"{report.title} (ny)"
            mark = STALE_MARK if report.stale and not report.chosen else ""
            lines.append(f"  Status (rad {report.row}): {name}: {report.describe()}{mark}")
        for name in self.new_offices.values():
            lines.append(f"  Nytt kontor/enhet: {name}")
        return lines


def count_words(number: int, one: str, many: str) -> str:
    """ "1 ny aktivitet", "3 nya aktiviteter"."""
    return f"{number} {one if number == 1 else many}"
