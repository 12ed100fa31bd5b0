"""The three-way merge of a plan file into the local plan, as a preview that can be applied.

Records are matched on their UUID only. Per field, a side has *changed* a
value when it differs from the common state (see the package docstring for
how that state is found). A change on one side is taken; the same change on
both is no conflict; different changes to the same field are a conflict for
a person to decide. Records only in the file are added — status reports,
decisions, attendees, goal values and checks are so unioned, never lost and,
being matched on UUID, never duplicated. Tombstones travel like any field,
but a deletion never silently removes a record the other side changed, and
a record left live under a parent the other side deleted is a conflict too
(``orphans``). Nothing is written here; ``importer`` applies the result.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from desktop_app.services.messages import _
from desktop_app.services.sync.describe import FIELD_LABELS, TABLE_LABELS, Describer
from desktop_app.services.sync.orphans import OrphanCheck
from desktop_app.services.sync.plan_file import TABLE_NAMES, Row, Rows

SYSTEM_COLUMNS = ("id", "created_at", "modified_at", "modified_by")
# Order among siblings is cosmetic: when both sides reorder, the local order stays without asking.
# A record's number (its code) is settled by a rule, never by a person: when both sides gave one, the
# smaller, the same on both sides; numbers given twice are settled after the import
# (``database.numbering``).
QUIET_FIELDS = frozenset({"position", "number"})


class ChangeKind(StrEnum):
    ADDED = "added"
    CHANGED = "changed"
    DELETED = "deleted"
    RESTORED = "restored"
    CONFLICT = "conflict"


class Choice(StrEnum):
    MINE = "mine"
    THEIRS = "theirs"


@dataclass(frozen=True)
class FieldChange:
    """One field: the local value and the file's, as a person reads them."""

    field: str
    label: str
    mine: str
    theirs: str


@dataclass
class RecordChange:
    """What the import does to one record."""

    kind: ChangeKind
    table: str
    record_id: str
    what: str
    title: str
    focus_area_id: str
    changes: list[FieldChange]
    """Fields taken from the file without asking."""
    conflicts: list[FieldChange] = field(default_factory=list)
    reason: str = ""
    out_of_scope: bool = False
    row_if_mine: Row | None = None
    row_if_theirs: Row | None = None
    restores: dict[Choice, list[tuple[str, Row]]] = field(default_factory=dict)
    """Per choice, the parents (table, row) brought back because that choice keeps this record."""

    def row(self, choice: Choice) -> Row | None:
        return self.row_if_mine if choice is Choice.MINE else self.row_if_theirs

    @property
    def key(self) -> tuple[str, str]:
        return self.table, self.record_id


@dataclass
class Reference:
    """The common state of one record: its base row, or a time both sides had it at."""

    base: Rows | None
    since: str | None
    from_origin: bool = False
    """The base is the plan both installations started from, older than ``since`` when that is set."""
    base_held_at: str = ""
    """When this installation held ``base`` (``held.lineage_time``); "" for the origin or none."""
    held: dict[str, dict[str, tuple[str, Row]]] | None = None
    """Per record, the latest version in this installation's history the sender held too, with when
    (``held.common_versions``)."""

    def sides_changed(self, table: str, mine: Row, theirs: Row) -> Callable[[str], tuple[bool, bool]]:
        base_row = self.base[table].get(str(mine["id"])) if self.base is not None else None
        held = self.held[table].get(str(mine["id"])) if self.held is not None else None
        if held is not None and (base_row is None or held[0] >= self.base_held_at):
            # A version both held, later here than the pairwise common state: the record's common state.
            held_row = held[1]
            return lambda name: (mine[name] != held_row.get(name), theirs[name] != held_row.get(name))
        since = self.since
        if base_row is not None:
            if not self.from_origin or since is None:
                return lambda name: (mine[name] != base_row.get(name), theirs[name] != base_row.get(name))
            # Changed on both sides since the start: the times tell which of them came after the
            # last exchange, when only one did.
            timed = (str(mine["modified_at"]) > since, str(theirs["modified_at"]) > since)

            def field_changed(name: str) -> tuple[bool, bool]:
                flags = (mine[name] != base_row.get(name), theirs[name] != base_row.get(name))
                return timed if flags == (True, True) and timed.count(True) == 1 else flags

            return field_changed
        if since is not None:
            flags = (str(mine["modified_at"]) > since, str(theirs["modified_at"]) > since)
        else:
            flags = (mine["modified_at"] != mine["created_at"], theirs["modified_at"] != theirs["created_at"])
        if flags == (False, False):
            flags = (True, True)  # they differ, yet neither seems changed: let a person decide
        return lambda _name: flags


@dataclass
class MergePreview:
    """Every change an import would make, grouped by focus area; nothing is written yet."""

    changes: list[RecordChange]
    """What a person sees and decides."""
    silent: list[RecordChange]
    """Updates nobody needs to see: a new order among siblings, the date of a deletion both made."""
    inserts: dict[str, list[Row]]
    groups: dict[str, str]
    """Focus-area id (or "" for shared records) → group title, in display order."""

    @property
    def conflicts(self) -> list[RecordChange]:
        return [c for c in self.changes if c.kind is ChangeKind.CONFLICT]

    def count(self, kind: ChangeKind) -> int:
        return sum(1 for change in self.changes if change.kind is kind)

    @property
    def out_of_scope(self) -> list[RecordChange]:
        return [c for c in self.changes if c.out_of_scope]

    @property
    def is_empty(self) -> bool:
        return not self.changes and not self.silent and not any(self.inserts.values())


def _stamped(row: Row, source: Row) -> Row:
    return {**row, "modified_at": source["modified_at"], "modified_by": source["modified_by"]}


def _content(row: Row) -> dict[str, object]:
    return {name: value for name, value in row.items() if name not in SYSTEM_COLUMNS}


class _Merger:
    def __init__(
        self, mine: Rows, theirs: Rows, reference: Reference, now: str, actor: str, scope_id: str | None
    ) -> None:
        self.mine, self.theirs, self.reference = mine, theirs, reference
        self.now, self.actor, self.scope_id = now, actor, scope_id
        self.describe = Describer(mine, theirs)

    def finish(self, row: Row, mine: Row, theirs: Row, decided_mine: bool) -> Row:
        """The modification data of a merged row (see the package docstring)."""
        content = _content(row)
        if content == _content(theirs):
            return _stamped(row, theirs)
        if content == _content(mine) and not decided_mine:
            return _stamped(row, mine)
        return {**row, "modified_at": self.now, "modified_by": self.actor}

    def record(self, table: str, mine: Row, theirs: Row) -> RecordChange | None:
        changed = self.reference.sides_changed(table, mine, theirs)
        # One link made on both sides is one record (its id comes from what it links): the earlier
        # creation time is its creation time on both.
        created_earlier = str(theirs["created_at"]) < str(mine["created_at"])
        if created_earlier:
            mine = {**mine, "created_at": theirs["created_at"]}
        differing = [name for name in mine if name not in SYSTEM_COLUMNS and mine[name] != theirs[name]]
        taken: list[str] = []
        conflicting: list[str] = []
        for name in differing:
            mine_changed, theirs_changed = changed(name)
            if name == "deleted_at" and mine[name] is not None and theirs[name] is not None:
                # Deleted on both sides at different times: the time the other side settled on since
                # the common state, else the first deletion; either way the same everywhere.
                if (theirs_changed and not mine_changed) or (
                    theirs_changed == mine_changed and str(theirs[name]) < str(mine[name])
                ):
                    taken.append(name)
                continue
            if theirs_changed and not mine_changed:
                taken.append(name)
            elif mine_changed and not theirs_changed:
                continue
            elif name == "number":
                if theirs[name] is not None and (mine[name] is None or theirs[name] < mine[name]):
                    taken.append(name)
            elif name not in QUIET_FIELDS:
                conflicting.append(name)
        reason = _("Båda har ändrat samma fält.") if conflicting else ""
        # A deletion never silently removes what the other side changed.
        edits = [n for n in mine if n not in SYSTEM_COLUMNS and n != "deleted_at" and n not in QUIET_FIELDS]
        if "deleted_at" in taken and mine["deleted_at"] is None:
            if any(changed(n)[0] for n in edits):
                taken.remove("deleted_at")
                conflicting.append("deleted_at")
                reason = _("Den är borttagen i filen men ändrad här.")
        elif (
            mine["deleted_at"] is not None
            and theirs["deleted_at"] is None
            and "deleted_at" not in conflicting
            and any(changed(n)[1] for n in edits)
        ):
            conflicting.append("deleted_at")
            reason = _("Den är borttagen här men ändrad i filen.")
        if not taken and not conflicting:
            later = (mine["modified_at"], mine["modified_by"]) < (
                theirs["modified_at"],
                theirs["modified_by"],
            )
            if not created_earlier and (differing or not later):
                return None
            # The same content, touched later in the file (say, moved away and back): its time, quietly.
            stamped = _stamped(mine, theirs) if later and not differing else mine
            return RecordChange(
                ChangeKind.CHANGED,
                table,
                str(mine["id"]),
                TABLE_LABELS.get(table, table),
                "",
                "",
                [],
                row_if_mine=stamped,
                row_if_theirs=stamped,
            )
        merged = {**mine, **{name: theirs[name] for name in taken}}
        if conflicting:
            kind = ChangeKind.CONFLICT
        elif "deleted_at" in taken and mine["deleted_at"] is None:
            kind = ChangeKind.DELETED
        elif "deleted_at" in taken and theirs["deleted_at"] is None:
            kind = ChangeKind.RESTORED
        else:
            kind = ChangeKind.CHANGED
        change = self._change(kind, table, merged, taken, mine, theirs)
        change.reason = reason
        change.conflicts = [self._field(table, n, mine, theirs) for n in conflicting]
        change.row_if_mine = self.finish(merged, mine, theirs, decided_mine=bool(conflicting))
        with_theirs = {**merged, **{name: theirs[name] for name in conflicting}}
        change.row_if_theirs = self.finish(with_theirs, mine, theirs, decided_mine=False)
        return change

    def _field(self, table: str, name: str, mine: Row, theirs: Row) -> FieldChange:
        return FieldChange(
            name,
            FIELD_LABELS.get(name, name),
            self.describe.value(table, name, mine[name]),
            self.describe.value(table, name, theirs[name]),
        )

    def _change(
        self, kind: ChangeKind, table: str, row: Row, taken: list[str], mine: Row | None, theirs: Row
    ) -> RecordChange:
        focus_area_id = self.describe.focus_area_of(table, row)
        before = mine or {name: None for name in theirs}
        return RecordChange(
            kind=kind,
            table=table,
            record_id=str(row["id"]),
            what=TABLE_LABELS.get(table, table),
            title=self.describe.title(table, row["id"]),
            focus_area_id=focus_area_id,
            changes=[
                self._field(table, n, before, theirs)
                for n in taken
                if n not in QUIET_FIELDS and (n != "deleted_at" or before["deleted_at"] is None)
            ],
            out_of_scope=self.scope_id is not None
            and focus_area_id != self.scope_id
            and self._made_by_sender(kind, row),
        )

    def _made_by_sender(self, kind: ChangeKind, row: Row) -> bool:
        """Whether a change is the sender's own work rather than what the file carries along.

        A focus-area file carries the shared records (goals, people, meetings) its
        focus area refers to; a record new to the receiver is the sender's work only
        when it was made after the two last had a state in common.
        """
        if kind is not ChangeKind.ADDED:
            return True
        since = self.reference.since
        return since is not None and str(row["created_at"]) > since

    def run(self) -> MergePreview:
        changes: list[RecordChange] = []
        inserts: dict[str, list[Row]] = {table: [] for table in TABLE_NAMES}
        for table in TABLE_NAMES:
            # Link rows need no matching of their own: their id is made from what they link.
            mine_rows, theirs_rows = self.mine[table], self.theirs[table]
            for record_id, theirs in theirs_rows.items():
                mine = mine_rows.get(record_id)
                if mine is None:
                    inserts[table].append(theirs)
                    if theirs["deleted_at"] is None:
                        change = self._change(ChangeKind.ADDED, table, theirs, [], None, theirs)
                        changes.append(change)
                elif mine != theirs:
                    change = self.record(table, mine, theirs)
                    if change is not None:
                        changes.append(change)
        for change in changes:
            if change.kind is not ChangeKind.CONFLICT:
                change.row_if_theirs = change.row_if_mine
        OrphanCheck(self, changes, inserts).run()
        silent = [c for c in changes if c.kind is ChangeKind.CHANGED and not c.changes]
        changes = [c for c in changes if not (c.kind is ChangeKind.CHANGED and not c.changes)]
        groups = self._groups(changes)
        changes.sort(key=lambda c: (list(groups).index(c.focus_area_id), c.kind != ChangeKind.CONFLICT))
        return MergePreview(changes=changes, silent=silent, inserts=inserts, groups=groups)

    def _groups(self, changes: list[RecordChange]) -> dict[str, str]:
        used = {change.focus_area_id for change in changes}
        codes = self.describe.codes

        def order(focus_area_id: str) -> tuple[int, int, str]:
            if not focus_area_id:
                return (2, 0, "")
            code = codes.get(focus_area_id)
            return (0, int(code), "") if code else (1, 0, self.describe.title("focusarea", focus_area_id))

        return {key: self.describe.group_title(key) for key in sorted(used, key=order)}


def merge(
    mine: Rows,
    theirs: Rows,
    reference: Reference,
    *,
    now: str,
    actor: str,
    scope_id: str | None = None,
) -> MergePreview:
    """Compare the local rows with the file's and describe the import; writes nothing."""
    return _Merger(mine, theirs, reference, now, actor, scope_id).run()
