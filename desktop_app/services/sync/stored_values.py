"""Every stored value of every synced table checked against the plan's rules.

An incoming plan file is untrusted: a status report dated ``garbage`` or an
unknown status word, once written, breaks the tree, the reports and the app
at every start. The import therefore checks every row it would write, and
``check`` checks every row of a local plan, with the same rules
(``desktop_app.services.rules``). An activity's and a status report's values
are checked for their form only here: a well-formed value that breaks a rule
there (a red report without a recommended action, a date ahead, a title too
long) is history, taken in as it is and marked for follow-up
(``desktop_app.services.follow_up``). What each column must hold is read from
``database/stored_columns.py``, which ``tools/update_stored_columns.py`` writes from the table
classes (type, enum, foreign key, required), so a table added to ``SYNCED_TABLES`` is checked
without code here and the import loads no table classes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from operator import itemgetter

from sqlalchemy import Engine

from database.link_ids import link_id
from database.stored_columns import NATURAL_KEYS, STORED_COLUMNS
from desktop_app.services.follow_up import FOLLOWED_UP_TABLES
from desktop_app.services.messages import _
from desktop_app.services.rules import (
    MAX_TEXT_LENGTH,
    MAX_TITLE,
    date_problem,
    is_canonical_uuid,
    is_month,
    is_stored_time,
    text_problem,
)
from desktop_app.services.sync.describe import FIELD_LABELS, TABLE_LABELS
from desktop_app.services.sync.plan_file import TABLE_NAMES, Row, Rows, read_rows, table_columns

MONTH_COLUMNS = frozenset({"start_month", "end_month"})
FUTURE_DATE_COLUMNS = frozenset({"meeting_date", "follow_up_date", "decision_date", "changed_on"})
"""Dates that may lie ahead: a planned meeting, a follow-up, an activity's decision date (set to the
date of the meeting whose decision approved it) and the lifecycle change that decision dates by its
meeting. Every other date is something that happened, as the forms require (``records.not_in_future``)."""
_TITLE_COLUMNS = ("title", "name", "statement", "file_name", "text")


@dataclass(frozen=True)
class _Column:
    name: str
    kind: str
    nullable: bool
    required_text: bool
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class ValueProblem:
    """One stored value that breaks a rule, named so a person can find it."""

    table: str
    record_id: str
    field: str
    record: str
    message: str

    def __str__(self) -> str:
        return _("{record}, fältet {field}: {why}.").format(
            record=self.record, field=FIELD_LABELS.get(self.field, self.field), why=self.message
        )


@cache
def _columns() -> dict[str, tuple[_Column, ...]]:
    """What each column of each synced table must hold (``database/stored_columns.py``)."""
    return {table: tuple(_Column(*column) for column in columns) for table, columns in STORED_COLUMNS.items()}


def _value_problem(column: _Column, value: object, today: date | None, followed_up: bool) -> str | None:
    """Why ``value`` cannot be stored in ``column``, or ``None``.

    In a ``followed_up`` table only what makes a value malformed counts: its
    rules (a date ahead, a title empty or too long) are follow-up marks.
    """
    if value is None:
        return None if column.nullable else _("värdet saknas")
    match column.kind:
        case "uuid":
            if not is_canonical_uuid(value):
                return _("”{value}” är ingen giltig id (UUID med små bokstäver)").format(value=_shown(value))
        case "month":
            if not is_month(value):
                return _("”{value}” är ingen månad (ÅÅÅÅ-MM)").format(value=_shown(value))
        case "enum":
            if value not in column.choices:
                return _("”{value}” är inget känt värde (kända: {known})").format(
                    value=_shown(value), known=", ".join(column.choices)
                )
        case "bool":
            if value not in (0, 1) or isinstance(value, float):
                return _("”{value}” är varken ja eller nej").format(value=_shown(value))
        case "time":
            if not is_stored_time(value):
                return _("”{value}” är ingen tidpunkt").format(value=_shown(value))
        case "date":
            may_be_future = followed_up or column.name in FUTURE_DATE_COLUMNS
            why = date_problem(value, today=today, may_be_future=may_be_future)
            if why:
                return f"”{_shown(value)}”: {why}"
        case "int":
            if not isinstance(value, int):
                return _("”{value}” är inget heltal").format(value=_shown(value))
        case "number":
            if not isinstance(value, int | float) or value != value:
                return _("”{value}” är inget tal").format(value=_shown(value))
        case "bytes":
            if not isinstance(value, bytes):
                return _("det är ingen fil")
        case _:
            if followed_up:
                return text_problem(value, required=False, limit=MAX_TEXT_LENGTH)
            limit = MAX_TITLE if column.required_text else MAX_TEXT_LENGTH
            return text_problem(value, required=column.required_text, limit=limit)
    return None


def _shown(value: object) -> str:
    text = str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def record_label(table: str, row: Row) -> str:
    """The record as a person finds it: what it is, its title when it has a readable one, and its id."""
    what = TABLE_LABELS.get(table, table)
    for name in _TITLE_COLUMNS:
        title = row.get(name)
        if isinstance(title, str) and title.strip():
            return _("{what} ”{title}” (id {id})").format(what=what, title=_shown(title), id=row.get("id"))
    for name in ("reported_on", "meeting_date", "checked_on", "received_on", "year"):
        if row.get(name) is not None:
            return _("{what} {when} (id {id})").format(what=what, when=_shown(row[name]), id=row.get("id"))
    return _("{what} (id {id})").format(what=what, id=row.get("id"))


def row_problems(table: str, row: Row, today: date | None) -> list[ValueProblem]:
    """Every broken rule of one stored row; ``today`` bounds the dates of things that happened."""
    problems = []
    followed_up = table in FOLLOWED_UP_TABLES
    for column in _columns()[table]:
        if column.name not in row:
            continue
        why = _value_problem(column, row[column.name], today, followed_up)
        if why:
            problems.append(
                ValueProblem(table, str(row.get("id")), column.name, record_label(table, row), why)
            )
    return _whole_row_problems(table, row, problems)


def _whole_row_problems(table: str, row: Row, problems: list[ValueProblem]) -> list[ValueProblem]:
    """``problems`` (those of the row's single values) and, when there are none, the rules of the
    whole row: a link's id follows from what it links (an activity's own rules are follow-up marks)."""
    key = NATURAL_KEYS.get(table)
    if key and not problems and row.get("id") != link_id(table, *(str(row[n]) for n in key)):
        problems.append(
            ValueProblem(
                table,
                str(row.get("id")),
                "id",
                record_label(table, row),
                _("en koppling ska ha den id som följer av vad den kopplar ihop"),
            )
        )
    return problems


def rows_problems(
    rows: Rows, today: date | None, only: dict[str, Iterable[str]] | None = None
) -> list[ValueProblem]:
    """The broken rules of ``rows`` (of the ids in ``only`` when given), table by table."""
    problems: list[ValueProblem] = []
    for table, by_id in rows.items():
        if table not in _columns():
            continue
        ids = by_id if only is None else only.get(table, ())
        checked = [by_id[record_id] for record_id in ids]
        if _values_sound(table, checked, today):
            # Every value keeps its column's rule: what is left is a link's id (a whole-row rule).
            if table in NATURAL_KEYS:
                for row in checked:
                    problems.extend(_whole_row_problems(table, row, []))
            continue
        for row in checked:
            problems.extend(row_problems(table, row, today))
    return problems


def _values_sound(table: str, rows: list[Row], today: date | None) -> bool:
    """Whether every value of ``rows`` keeps its column's rule, checking each distinct value once.

    The same check as ``row_problems`` (a value's problem depends on the value, its column and
    ``today`` only), but a plan of 120,000 status reports holds far fewer distinct dates, words and
    names than values. ``False`` sends the table to the check row by row.
    """
    followed_up = table in FOLLOWED_UP_TABLES
    for column in _columns()[table]:
        name = column.name
        try:
            values = list(map(itemgetter(name), rows))
        except KeyError:  # rows without the column (a file of an older schema)
            values = [row[name] for row in rows if name in row]
        # 1, 1.0 and True are one member of a set: where such types mix, row by row.
        if len(set(map(type, values)) & _NUMBERS) > 1:
            return False
        try:
            distinct = set(values)
        except TypeError:  # a value a set cannot hold
            return False
        if any(_value_problem(column, value, today, followed_up) for value in distinct):
            return False
    return True


_NUMBERS = frozenset({int, float, bool})


def duplicate_ids(rows: Rows) -> list[ValueProblem]:
    """Records whose ids differ only in case from another record's: the same record twice."""
    problems = []
    for table, by_id in rows.items():
        seen: dict[str, str] = {}
        for record_id, row in by_id.items():
            folded = str(record_id).lower()
            if folded in seen and seen[folded] != record_id:
                problems.append(
                    ValueProblem(
                        table,
                        str(record_id),
                        "id",
                        record_label(table, row),
                        _("samma id som {other} med andra bokstäver").format(other=seen[folded]),
                    )
                )
            seen.setdefault(folded, str(record_id))
    return problems


TREE_PARENTS = (("initiative", "focus_area_id", "focusarea"), ("activity", "initiative_id", "initiative"))
"""The plan tree's links: a live record under a deleted parent there is shown nowhere."""


def hidden_under_deleted(rows: Rows) -> list[ValueProblem]:
    """Live initiatives and activities under a deleted parent: in the plan, yet in no tree or report.

    (A deleted activity's status reports stay as they were, hidden with it, which is intended.)
    """
    problems = []
    for table, column, parent_table in TREE_PARENTS:
        for record_id, row in rows.get(table, {}).items():
            parent = rows.get(parent_table, {}).get(str(row[column]))
            if row["deleted_at"] is None and parent is not None and parent["deleted_at"] is not None:
                problems.append(
                    ValueProblem(
                        table,
                        str(record_id),
                        column,
                        record_label(table, row),
                        _(
                            "den finns kvar men hör till {parent}, som är borttaget, så den syns ingenstans"
                        ).format(parent=record_label(parent_table, parent)),
                    )
                )
    return problems


def plan_value_problems(engine: Engine) -> list[ValueProblem]:
    """Every broken rule in a local plan, for ``check``: all rows of every synced table."""
    with engine.connect() as connection:
        columns = {table: table_columns(connection, table) for table in TABLE_NAMES}
        rows = read_rows(connection, columns)
    return duplicate_ids(rows) + rows_problems(rows, date.today()) + hidden_under_deleted(rows)
