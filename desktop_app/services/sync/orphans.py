"""Live records under deleted parents after a merge: a conflict for a person, never a silent loss.

A record lives *under* a parent when its table points to the parent with a
required foreign key (focus area → initiative → activity → status report,
meeting → decision, goal → value …); the pairs are read from the table
classes, so a new synced table is covered without code here.

After the merge, a live record whose parent ends up deleted is hidden: not in
the tree, the reports or Excel. That is intended when the side that deleted
the parent had the record live under it (a deleted activity keeps its status
reports, hidden with it). It is a silent loss when no side that deleted the
parent had the record live there: an activity moved or added under an
initiative the other side deleted, a status report added to an activity the
other side deleted, an activity kept here over the other side's deletion of
it when that side then deleted its initiative. Such a record becomes a
conflict: keep it (its parents are restored with it) or delete it.

Keeping a record keeps its parents, whatever decided it: every outcome of a
change that leaves a record live carries the restoration of the parents it
needs (``RecordChange.restores``), applied after every other row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.services.messages import _
from desktop_app.services.sync.describe import TABLE_LABELS
from desktop_app.services.sync.plan_file import Row, containment

if TYPE_CHECKING:
    from desktop_app.services.sync.merge import Choice, RecordChange, _Merger


class OrphanCheck:
    """The pass over a merge's changes that finds and decides orphans (see the module docstring)."""

    def __init__(self, merger: _Merger, changes: list[RecordChange], inserts: dict[str, list[Row]]) -> None:
        self.merger = merger
        self.changes = changes
        self.by_key = {change.key: change for change in changes}
        self.inserted = {table: {str(row["id"]): row for row in rows} for table, rows in inserts.items()}
        self.dead: dict[str, set[str]] = {}

    def outcomes(self, table: str, record_id: str) -> list[Row]:
        """The rows the record can have after the import, one per choice (the same row twice if none)."""
        change = self.by_key.get((table, record_id))
        if change is not None and change.row_if_mine is not None:
            return [change.row_if_mine, change.row_if_theirs or change.row_if_mine]
        row = self.inserted[table].get(record_id) or self.merger.mine[table].get(record_id)
        return [row] if row is not None else []

    def may_end_deleted(self, table: str, record_id: str) -> bool:
        rows = self.outcomes(table, record_id)
        return bool(rows) and any(row["deleted_at"] is not None for row in rows)

    def restorations(
        self, table: str, row: Row, seen: set[tuple[str, str]] | None = None
    ) -> list[tuple[str, Row]]:
        """Rows that bring back every parent of ``row`` that may end deleted, up to the top."""
        seen = seen if seen is not None else set()
        restored: list[tuple[str, Row]] = []
        for column, parent_table in containment()[table]:
            if column not in row:
                continue
            parent_id = str(row[column])
            if (parent_table, parent_id) in seen or not self.may_end_deleted(parent_table, parent_id):
                continue
            seen.add((parent_table, parent_id))
            current = next(
                (r for r in self.outcomes(parent_table, parent_id) if r["deleted_at"] is None),
                self.outcomes(parent_table, parent_id)[0],
            )
            parent = {
                **current,
                "deleted_at": None,
                "modified_at": self.merger.now,
                "modified_by": self.merger.actor,
            }
            restored.append((parent_table, parent))
            restored.extend(self.restorations(parent_table, parent, seen))
        return restored

    def deleting_sides_saw(self, table: str, row: Row, column: str, parent_table: str) -> bool | None:
        """Whether a side that deleted the parent had this record live under it, so hid it with the
        parent; ``None`` when none deleted it.

        A record that side had deleted itself was not hidden by the parent's deletion: when it ends
        live, its life comes from the other side (say, kept there over that deletion), and the
        parent's deletion would hide it silently."""
        parent_id = str(row[column])
        deleting = []
        for side in (self.merger.mine, self.merger.theirs):
            parent = side[parent_table].get(parent_id)
            if parent is not None and parent["deleted_at"] is not None:
                deleting.append(side)
        if not deleting:
            return None
        record_id = str(row["id"])
        return any(
            (child := side[table].get(record_id)) is not None
            and str(child[column]) == parent_id
            and child["deleted_at"] is None
            for side in deleting
        )

    def run(self) -> None:
        from desktop_app.services.sync.merge import ChangeKind, Choice

        for table, pairs in containment().items():
            if not pairs:
                continue
            for record_id in self._candidates(table, pairs):
                change = self.by_key.get((table, record_id))
                rows = self.outcomes(table, record_id)
                if not rows or all(row["deleted_at"] is not None for row in rows):
                    continue
                if change is not None and change.kind is ChangeKind.CONFLICT:
                    self._keep_parents(change)
                    continue
                row = rows[0]
                for column, parent_table in pairs:
                    if column not in row or not self.may_end_deleted(parent_table, str(row[column])):
                        continue
                    if self.deleting_sides_saw(table, row, column, parent_table) is not False:
                        continue
                    self._make_conflict(table, row, change, column, parent_table, ChangeKind, Choice)
                    break

    def _candidates(self, table: str, pairs: tuple[tuple[str, str], ...]) -> set[str]:
        """The records of ``table`` that can end under a deleted parent: those the import changes,
        and those whose parent may end deleted. Found without a method call per row: a large plan
        has tens of thousands of rows here and almost none of them qualify."""
        found = {record_id for (t, record_id) in self.by_key if t == table}
        for column, parent_table in pairs:
            dead = self._maybe_deleted(parent_table)
            if not dead:
                continue
            for rows in (self.merger.mine[table], self.inserted[table]):
                found.update(i for i, row in rows.items() if column in row and str(row[column]) in dead)
        return found

    def _maybe_deleted(self, table: str) -> set[str]:
        """The records of ``table`` that may end deleted after the import (see ``may_end_deleted``)."""
        if table not in self.dead:
            candidates = {i for i, row in self.merger.mine[table].items() if row["deleted_at"] is not None}
            candidates |= set(self.inserted[table])
            candidates |= {record_id for (t, record_id) in self.by_key if t == table}
            self.dead[table] = {i for i in candidates if self.may_end_deleted(table, i)}
        return self.dead[table]

    def _keep_parents(self, change: RecordChange) -> None:
        from desktop_app.services.sync.merge import Choice

        for choice in (Choice.MINE, Choice.THEIRS):
            row = change.row(choice)
            if row is not None and row["deleted_at"] is None:
                change.restores[choice] = self.restorations(change.table, row)

    def _make_conflict(
        self,
        table: str,
        row: Row,
        change: RecordChange | None,
        column: str,
        parent_table: str,
        kind: type,
        choice: type[Choice],
    ) -> None:
        parent_id = str(row[column])
        mine_parent = self.merger.mine[parent_table].get(parent_id)
        deleted_here = mine_parent is not None and mine_parent["deleted_at"] is not None
        gone = {**row, "deleted_at": self.merger.now, "modified_at": self.merger.now}
        gone["modified_by"] = self.merger.actor
        parent = _("{what} {title}").format(
            what=TABLE_LABELS.get(parent_table, parent_table),
            title=self.merger.describe.title(parent_table, parent_id),
        )
        if change is None:
            before = self.merger.mine[table].get(str(row["id"]))
            change = self.merger._change(kind.CONFLICT, table, row, [], before, row)
            self.changes.append(change)
            self.by_key[change.key] = change
        change.kind = kind.CONFLICT
        keep, drop = (choice.THEIRS, choice.MINE) if deleted_here else (choice.MINE, choice.THEIRS)
        if deleted_here:
            change.reason = _(
                "Den finns i filen, men {parent} som den hör till är borttaget här. Deras: behåll den "
                "och återställ {parent}. Mina: ta bort den."
            ).format(parent=parent)
        else:
            change.reason = _(
                "Den finns här, men {parent} som den hör till är borttaget i filen. Mina: behåll den "
                "och återställ {parent}. Deras: ta bort den."
            ).format(parent=parent)
        kept = {**row}
        setattr(change, f"row_if_{keep.value}", kept)
        setattr(change, f"row_if_{drop.value}", gone)
        change.restores = {keep: self.restorations(table, kept)}
        self._maybe_deleted(table).add(str(row["id"]))
        kept_label, gone_label = _("finns, {parent} återställs").format(parent=parent), _("borttagen")
        from desktop_app.services.sync.merge import FieldChange

        change.conflicts = [
            FieldChange(
                "deleted_at",
                _("Borttagen"),
                kept_label if keep is choice.MINE else gone_label,
                kept_label if keep is choice.THEIRS else gone_label,
            )
        ]
        change.changes = [c for c in change.changes if c.field != "deleted_at"]
