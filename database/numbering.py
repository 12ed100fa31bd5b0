"""Stable codes: each focus area, initiative and activity keeps the number it was given.

A code (``2.3.1``) is the focus area's number, the initiative's number within
it and the activity's number within that. A number is given once, when the
record is made: the next free one under its parent (tombstoned siblings
count, so a number is never given twice). Moving a record to another parent
gives it the next free number there. Reordering changes only ``position``.

Two installations can still give one number twice (each made an activity in
the same initiative). ``resolve_collisions`` settles that the same way
everywhere, after every import: among siblings with one number, the record
made first keeps it, the others get the next free numbers in the order they
were made. So a code changes at most once, at the exchange that brings the
collision, and every installation ends with the same codes. The codes an
activity had before are kept locally (``formercode``), so that a code typed
from an old e-mail is not taken for another activity.

Plain SQL on a DB-API or SQLAlchemy connection: no table classes needed.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING without loading typing (see services/messages.py)
if TYPE_CHECKING:
    from typing import Any

NUMBERED: dict[str, str] = {
    "focusarea": "strategy_id",
    "initiative": "focus_area_id",
    "activity": "initiative_id",
}
"""Table → the column naming the parent its number is counted under."""


def code_of(*numbers: object) -> str:
    """The code of a record from its own number and its parents', outermost first: the one format."""
    return ".".join(str(number) for number in numbers)


def _run(connection: Any, sql: str, parameters: Any = ()) -> Any:
    run = getattr(connection, "exec_driver_sql", None)
    if run is not None:
        return run(sql, parameters)
    if isinstance(parameters, list):
        return connection.executemany(sql, parameters)
    return connection.execute(sql, parameters)


def number_new_records(session: Any, _context: object = None, _instances: object = None) -> None:
    """Give each new focus area, initiative and activity without a number the next free one.

    A ``before_flush`` listener of every ORM session: every way a record is made
    through the table classes (forms, the seed, a new plan, Excel) numbers it.
    """
    given: dict[tuple[str, str], int] = {}
    connection = None
    for record in list(session.new):
        table = getattr(type(record), "__tablename__", None)
        if table not in NUMBERED or getattr(record, "number", 0) is not None:
            continue
        parent_id = getattr(record, NUMBERED[table])
        key = (table, parent_id)
        if key not in given:
            connection = connection or session.connection()
            given[key] = next_number(connection, table, parent_id) - 1
            pending = [
                other.number
                for other in session.new
                if getattr(type(other), "__tablename__", None) == table
                and getattr(other, NUMBERED[table]) == parent_id
                and other.number is not None
            ]
            given[key] = max([given[key], *pending])
        given[key] += 1
        record.number = given[key]


def next_number(connection: Any, table: str, parent_id: str) -> int:
    """The next free number under a parent (tombstoned siblings count)."""
    (highest,) = _run(
        connection, f"SELECT coalesce(max(number), 0) FROM {table} WHERE {NUMBERED[table]} = ?", (parent_id,)
    ).fetchone()
    return int(highest) + 1


def all_codes(connection: Any) -> dict[str, str]:
    """The code of every focus area, initiative and activity, live or not, by id."""
    # What ``code_of`` makes, written out: this runs over every activity three times an import.
    codes: dict[str, str] = {}
    for area_id, number in _run(connection, "SELECT id, number FROM focusarea").fetchall():
        codes[area_id] = str(number)
    get = codes.get
    for initiative_id, area_id, number in _run(
        connection, "SELECT id, focus_area_id, number FROM initiative"
    ).fetchall():
        codes[initiative_id] = f"{get(area_id, '?')}.{number}"
    for activity_id, initiative_id, number in _run(
        connection, "SELECT id, initiative_id, number FROM activity"
    ).fetchall():
        codes[activity_id] = f"{get(initiative_id, '?')}.{number}"
    return codes


def resolve_collisions(connection: Any, now: str, actor: str) -> list[str]:
    """Give every record that shares its number with a sibling made before it the next free number.

    Also numbers a record that has none (made by an older version). Returns the
    ids renumbered; each is stamped as changed by ``actor`` at ``now``.
    """
    changed: list[str] = []
    for table, parent in NUMBERED.items():
        # Nothing to settle, the common case, is found by SQLite: no number missing, malformed or
        # below 1, none given twice under one parent (exactly where the loop below changes nothing).
        found = _run(
            connection,
            f"SELECT 1 FROM {table} WHERE typeof(number) != 'integer' OR number < 1"
            f" UNION ALL SELECT 1 FROM (SELECT 1 FROM {table} GROUP BY {parent}, number"
            " HAVING count(*) > 1) LIMIT 1",
        ).fetchone()
        if found is None:
            continue
        rows = _run(
            connection, f"SELECT id, {parent}, number FROM {table} ORDER BY created_at, id"
        ).fetchall()
        taken: dict[str, set[int]] = {}
        highest: dict[str, int] = {}
        for _id, parent_id, number in rows:
            if number is not None:
                highest[parent_id] = max(highest.get(parent_id, 0), number)
        updates = []
        for record_id, parent_id, number in rows:
            used = taken.setdefault(parent_id, set())
            if not isinstance(number, int) or number < 1 or number in used:
                number = highest.get(parent_id, 0) + 1
                highest[parent_id] = number
                updates.append((number, now, actor, record_id))
            used.add(number)
        if updates:
            _run(
                connection,
                f"UPDATE {table} SET number = ?, modified_at = ?, modified_by = ? WHERE id = ?",
                updates,
            )
            changed += [update[-1] for update in updates]
    return changed


def remember_former_codes(
    connection: Any, before: dict[str, str], now: str, after: dict[str, str] | None = None
) -> list[tuple[str, str, str]]:
    """Keep the former code of each activity whose code differs from ``before``.

    ``after`` is ``all_codes`` now, when the caller has it. Returns ``(activity id, former code,
    code)`` for each, by former code.
    """
    if after is None:
        after = all_codes(connection)
    activities = {row[0] for row in _run(connection, "SELECT id FROM activity").fetchall()}
    moved = sorted(
        (
            (record_id, code, after[record_id])
            for record_id, code in before.items()
            if record_id in activities and code != after[record_id]
        ),
        key=lambda change: change[1],
    )
    if moved:
        _run(
            connection,
            "INSERT OR REPLACE INTO formercode (code, activity_id, changed_at) VALUES (?, ?, ?)",
            [(code, record_id, now) for record_id, code, _new in moved],
        )
    return moved
