"""Activities marked for follow-up: records taken in as they were although they break a rule.

A plan file from an older version may hold a red status report without a
recommended action, a report dated ahead or a title longer than the plan
allows. History is history: the import takes such a record in unchanged and
marks its activity "för uppföljning" with the rule it breaks (a
``followupmark`` row, synced, so the lead who receives the plan sees it too).
The mark is cleared when the value is fixed (``resolve``, after every edit of
the activity and every status report) or by hand (``clear_mark``).

The rules are ``desktop_app.services.rules``; this module only finds which of
a stored record's values break them, and keeps the marks. Reading needs
sqlite3 alone (a start of the app reads the marks with the tree); writing
takes a SQLAlchemy connection or engine from the caller.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from database.numbering import code_of
from database.store import read_connection

# The window reads the open marks at every start (``read_open_marks``); the rules and the ids,
# which only checking and writing marks need (uuid alone loads the platform module), are loaded
# by the functions that use them.
if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from desktop_app.services.rules import RuleBreak

FOLLOWED_UP_TABLES = frozenset({"activity", "statusreport"})
"""The tables whose records, taken in breaking a rule, mark their activity: the activity's own
values and its status reports. (Their values are checked for form only by the import.)"""


def mark_id(record_id: str, reason: str) -> str:
    """The id of the mark of ``record_id`` breaking ``reason``: ``database.link_ids.link_id`` of them."""
    from database.link_ids import link_id

    return link_id("followupmark", record_id, reason)


def _now() -> str:
    moment = datetime.now(UTC)
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000).strftime("%Y-%m-%d %H:%M:%S.%f")


class FollowUp(NamedTuple):
    """An open mark, as a person sees it (a named tuple: the window's start reads them, and a
    dataclass would cost it the dataclasses module and the code it writes per class)."""

    id: str
    activity_id: str
    reason: str
    detail: str
    marked_at: str

    @property
    def text(self) -> str:
        """The reason in the user's language, e.g. "Statusrapporten 2025-03-01 är gul eller röd men …"."""
        from desktop_app.services.rules import rule_break_text

        return rule_break_text(self.reason, self.detail)


class PendingMark(NamedTuple):
    """A rule break an import brings in: marked when the import is applied, if still there then."""

    activity_id: str
    activity_title: str
    record_table: str
    record_id: str
    rule: RuleBreak
    activity_code: str = ""
    """The activity's code in the local plan ("" for an activity the file brings new)."""

    @property
    def activity_name(self) -> str:
        """Code and title, as ``handlingsplan check`` names a marked activity."""
        return f"{self.activity_code} {self.activity_title}" if self.activity_code else self.activity_title


def row_rule_breaks(table: str, row: Mapping[str, Any], today: date | None = None) -> list[RuleBreak]:
    """The rules a stored activity or status report row breaks (its values well-formed)."""
    from desktop_app.services.rules import activity_rule_breaks, status_report_rule_breaks, stored_date

    if table == "activity":
        return activity_rule_breaks(row)
    if table == "statusreport":
        return status_report_rule_breaks(
            str(row["status"]),
            str(row.get("cause") or ""),
            str(row.get("recommended_action") or ""),
            stored_date(row.get("reported_on")),
            stored_date(row.get("action_agreed_on")),
            today,
        )
    return []


def new_breaks(
    mine: Mapping[str, Mapping[str, Mapping[str, Any]]],
    theirs: Mapping[str, Mapping[str, Mapping[str, Any]]],
    ids: Mapping[str, Iterable[str]],
) -> list[PendingMark]:
    """The rule breaks the rows ``ids`` of ``theirs`` bring that the same rows of ``mine`` do not have.

    A break already in the plan is no news: it was marked when it came (and
    perhaps cleared by hand since); nor is one the file carries its own mark of
    (open, or cleared by its sender), which the merge takes in as any record.
    """
    carried = set(theirs.get("followupmark", {}))
    pending = []
    for table in sorted(FOLLOWED_UP_TABLES):
        for record_id in ids.get(table, ()):
            row = theirs[table][record_id]
            if row.get("deleted_at") is not None:
                continue
            old = mine.get(table, {}).get(record_id)
            live = old is not None and old["deleted_at"] is None
            known = {b.code for b in row_rule_breaks(table, old)} if live else set()
            activity_id = str(row["id"] if table == "activity" else row["activity_id"])
            activity = theirs["activity"].get(activity_id) or mine["activity"].get(activity_id) or {}
            for rule in row_rule_breaks(table, row):
                if rule.code not in known and mark_id(record_id, rule.code) not in carried:
                    title = str(activity.get("title") or "")
                    code = _local_code(mine, activity_id)
                    pending.append(PendingMark(activity_id, title, table, record_id, rule, code))
    return pending


def _local_code(mine: Mapping[str, Mapping[str, Mapping[str, Any]]], activity_id: str) -> str:
    """The code of a live activity of the local plan from its stored numbers, else ""."""
    activity = mine.get("activity", {}).get(activity_id)
    initiative = mine.get("initiative", {}).get(str(activity["initiative_id"])) if activity else None
    focus_area = mine.get("focusarea", {}).get(str(initiative["focus_area_id"])) if initiative else None
    rows = (focus_area, initiative, activity)
    if any(row is None or row.get("deleted_at") is not None or row.get("number") is None for row in rows):
        return ""
    return code_of(*(row["number"] for row in rows if row is not None))


_CURRENT_REPORT = """
    SELECT id FROM statusreport WHERE activity_id = ? AND deleted_at IS NULL
    ORDER BY reported_on DESC, created_at DESC, id DESC LIMIT 1
"""


def _still_breaks(connection: Connection, record_table: str, record_id: str, reason: str) -> bool:
    """Whether the record is live and still breaks ``reason`` (a report: while it is its activity's
    current one; a superseded report is history, and its activity's status has been set right)."""
    result = connection.exec_driver_sql(f"SELECT * FROM {record_table} WHERE id = ?", (record_id,))
    found = result.mappings().first()
    if found is None or found["deleted_at"] is not None:
        return False
    row = {key: (str(value) if isinstance(value, date | datetime) else value) for key, value in found.items()}
    if record_table == "statusreport":
        current = connection.exec_driver_sql(_CURRENT_REPORT, (row["activity_id"],)).scalar()
        if current != record_id:
            return False
    return reason in {b.code for b in row_rule_breaks(record_table, row)}


def write_marks(connection: Connection, pending: Iterable[PendingMark], actor: str) -> set[str]:
    """Mark the activities of ``pending`` whose record still breaks the rule; the marked activities' ids.

    A mark of the same record and rule already there is opened again.
    """
    now = _now()
    marked = set()
    for mark in pending:
        if not _still_breaks(connection, mark.record_table, mark.record_id, mark.rule.code):
            continue
        connection.exec_driver_sql(
            "INSERT INTO followupmark (id, created_at, modified_at, modified_by, deleted_at, activity_id,"
            " record_table, record_id, reason, detail, cleared_at, cleared_by)"
            " VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, NULL, '')"
            " ON CONFLICT (id) DO UPDATE SET modified_at = excluded.modified_at,"
            " modified_by = excluded.modified_by, deleted_at = NULL, detail = excluded.detail,"
            " cleared_at = NULL, cleared_by = ''"
            " WHERE cleared_at IS NOT NULL OR deleted_at IS NOT NULL OR detail != excluded.detail",
            (
                mark_id(mark.record_id, mark.rule.code),
                now,
                now,
                actor,
                mark.activity_id,
                mark.record_table,
                mark.record_id,
                mark.rule.code,
                mark.rule.detail,
            ),
        )
        marked.add(mark.activity_id)
    return marked


def resolve(connection: Connection, activity_id: str, actor: str) -> int:
    """Clear the open marks of ``activity_id`` whose rule now holds; how many were cleared."""
    rows = connection.exec_driver_sql(
        "SELECT id, record_table, record_id, reason FROM followupmark"
        " WHERE activity_id = ? AND cleared_at IS NULL AND deleted_at IS NULL",
        (activity_id,),
    ).fetchall()
    fixed = [
        row[0] for row in rows if row[1] in FOLLOWED_UP_TABLES and not _still_breaks(connection, *row[1:])
    ]
    _set_cleared(connection, fixed, actor, cleared=True)
    return len(fixed)


def _set_cleared(connection: Connection, mark_ids: list[str], actor: str, *, cleared: bool) -> None:
    if not mark_ids:
        return
    now = _now()
    connection.exec_driver_sql(
        "UPDATE followupmark SET cleared_at = ?, cleared_by = ?, modified_at = ?, modified_by = ?"
        " WHERE id = ?",
        [(now if cleared else None, actor if cleared else "", now, actor, i) for i in mark_ids],
    )


def clear_mark(engine: Engine, mark_id_: str, actor: str) -> None:
    """Mark a follow-up done by hand ("Markera som åtgärdad"): the value stays as it is."""
    with engine.begin() as connection:
        _set_cleared(connection, [mark_id_], actor, cleared=True)


def reopen_mark(engine: Engine, mark_id_: str, actor: str) -> None:
    """Open a mark cleared by hand again (the undo of ``clear_mark``)."""
    with engine.begin() as connection:
        _set_cleared(connection, [mark_id_], actor, cleared=False)


def read_open_marks(source: Engine | Path) -> dict[str, list[FollowUp]]:
    """The open marks of the plan's live activities, by activity id, oldest first."""
    marks: dict[str, list[FollowUp]] = {}
    with read_connection(source) as connection:
        rows = connection.execute(
            "SELECT m.id, m.activity_id, m.reason, m.detail, m.created_at FROM followupmark AS m"
            " JOIN activity AS a ON a.id = m.activity_id"
            " WHERE m.cleared_at IS NULL AND m.deleted_at IS NULL AND a.deleted_at IS NULL"
            " ORDER BY m.created_at, m.id"
        ).fetchall()
    for row in rows:
        marks.setdefault(row[1], []).append(FollowUp(*row))
    return marks
