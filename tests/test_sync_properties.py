"""Property-based tests of the merge: random edits on two copies of a plan, exchanged both ways."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.services.errors import PlanError
from desktop_app.services.plan import PlanService
from desktop_app.services.sync.importer import prepare_import
from desktop_app.services.sync.merge import Choice
from desktop_app.services.workspace import Workspace, open_workspace
from tests.sync_helpers import content, export, import_file

ACTIVITIES = 6
INITIATIVES = 3
FIELDS = ("title", "owner", "description")

operation = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, ACTIVITIES - 1), st.sampled_from(FIELDS), st.integers(0, 2)),
    st.tuples(st.just("report"), st.integers(0, ACTIVITIES - 1), st.sampled_from(["green", "red"])),
    st.tuples(st.just("move"), st.integers(0, ACTIVITIES - 1), st.integers(0, INITIATIVES - 1)),
    st.tuples(st.just("delete"), st.integers(0, ACTIVITIES - 1)),
    st.tuples(st.just("create"), st.integers(0, INITIATIVES - 1)),
)
edits = st.lists(operation, max_size=6)

SETTINGS = settings(
    max_examples=70,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@dataclass
class Side:
    """What one side did, to check afterwards that none of it was lost."""

    name: str
    workspace: Workspace
    edited: dict[tuple[str, str], str] = field(default_factory=dict)
    reports: set[str] = field(default_factory=set)
    created: set[str] = field(default_factory=set)
    touched: set[str] = field(default_factory=set)
    deleted: set[str] = field(default_factory=set)

    def apply(self, operations: list[tuple], activity_ids: list[str], initiative_ids: list[str]) -> None:
        service = PlanService(self.workspace.engine, self.name)
        for n, (kind, *args) in enumerate(operations):
            try:
                if kind == "edit":
                    activity, name, value = activity_ids[args[0]], args[1], f"{self.name}{n}-{args[2]}"
                    service.update_activity(activity, {name: value})
                    self.edited[(activity, name)] = value
                    self.touched.add(activity)
                elif kind == "report":
                    self.reports.add(
                        service.report_status(
                            activity_ids[args[0]], args[1], cause="Orsak", recommended_action="Åtgärda"
                        )
                    )
                elif kind == "move":
                    service.move_activity(activity_ids[args[0]], initiative_ids[args[1]], 0)
                    self.touched.add(activity_ids[args[0]])
                elif kind == "delete":
                    service.delete(activity_ids[args[0]])
                    self.deleted.add(activity_ids[args[0]])
                else:
                    self.created.add(
                        service.create_activity(initiative_ids[args[0]], f"Ny hos {self.name} {n}")
                    )
            except PlanError:
                pass  # an edit of what this side already deleted: nothing happened


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[str], list[str]]:
    """Two installations of the seeded plan that have exchanged files once, and a third that never has."""
    root = tmp_path_factory.mktemp("sync-templates")
    leader, lead = open_workspace(root / "a" / "plan.sqlite"), open_workspace(root / "b" / "plan.sqlite")
    open_workspace(root / "c" / "plan.sqlite").close()
    import_file(lead, export(leader, root / "first.hplan"))
    tree = PlanService(leader.engine, "x").tree()
    initiatives = [i for area in tree.focus_areas for i in area.initiatives][:INITIATIVES]
    activities = [a for i in initiatives for a in i.activities][:ACTIVITIES]
    leader.close()
    lead.close()
    return root, root / "first.hplan", [a.id for a in activities], [i.id for i in initiatives]


def _copy(root: Path, name: str, into: Path) -> Workspace:
    shutil.copytree(root / name, into / name)
    return open_workspace(into / name / "plan.sqlite")


@SETTINGS
@given(ops_a=edits, ops_b=edits)
def test_exchange_both_ways_loses_nothing_duplicates_nothing_and_converges(templates, ops_a, ops_b) -> None:
    root, _, activity_ids, initiative_ids = templates
    folder = Path(tempfile.mkdtemp(prefix="sync-prop-"))
    a = Side("A", _copy(root, "a", folder))
    b = Side("B", _copy(root, "b", folder))
    try:
        reports_before = len(content(a.workspace)["statusreport"])
        a.apply(ops_a, activity_ids, initiative_ids)
        b.apply(ops_b, activity_ids, initiative_ids)

        decided: set[str] = set()
        plan = import_file(b.workspace, export(a.workspace, folder / "a.hplan"), Choice.MINE)
        decided |= {c.record_id for c in plan.preview.conflicts}
        from_b = export(b.workspace, folder / "b.hplan")
        plan = import_file(a.workspace, from_b, Choice.THEIRS)
        decided |= {c.record_id for c in plan.preview.conflicts}
        final = export(a.workspace, folder / "a2.hplan")
        import_file(b.workspace, final, Choice.THEIRS)

        # Converged, and idempotent: the same files again change nothing.
        rows_a, rows_b = content(a.workspace), content(b.workspace)
        assert rows_a == rows_b
        assert prepare_import(b.workspace, final, "B").preview.is_empty
        assert prepare_import(a.workspace, from_b, "A").preview.is_empty

        # No status report or new activity lost, none duplicated.
        reports = rows_a["statusreport"]
        # A report added to an activity the other side deleted is a conflict; deciding it may remove it.
        assert (a.reports | b.reports) - decided <= {
            r for r, row in reports.items() if row["deleted_at"] is None
        }
        assert len(reports) == reports_before + len(a.reports) + len(b.reports)
        assert a.created | b.created <= set(rows_a["activity"])

        # An edit only one side made survives unless the other side deleted that activity.
        for mine, other in ((a, b), (b, a)):
            for (activity, name), value in mine.edited.items():
                if (activity, name) not in other.edited and activity not in other.deleted:
                    assert rows_a["activity"][activity][name] == value
    finally:
        for side in (a, b):
            side.workspace.close()
        shutil.rmtree(folder, ignore_errors=True)


@settings(max_examples=35, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=edits)
def test_a_new_installation_gets_a_full_copy_that_exports_the_same(templates, ops) -> None:
    root, _, activity_ids, initiative_ids = templates
    folder = Path(tempfile.mkdtemp(prefix="sync-prop-"))
    a = Side("A", _copy(root, "a", folder))
    fresh = _copy(root, "c", folder)
    try:
        a.apply(ops, activity_ids, initiative_ids)
        first = export(a.workspace, folder / "a.hplan")
        import_file(fresh, first)
        assert content(fresh) == content(a.workspace)
        assert prepare_import(fresh, first, "C").preview.is_empty
        second = export(fresh, folder / "c.hplan")
        copy = Workspace(path=second, engine=fresh.engine, created=False)
        assert content(copy) == content(a.workspace)
    finally:
        a.workspace.close()
        fresh.close()
        shutil.rmtree(folder, ignore_errors=True)


# --- the merge itself, on rows in memory: fast, so many more examples ------------------------

BASE_TIME = "2024-01-01 00:00:00.000000"
ROW_FIELDS = ("title", "owner", "initiative_id")


def _base_rows() -> dict[str, dict[str, dict[str, object]]]:
    from desktop_app.services.sync.plan_file import TABLE_NAMES

    def record(record_id: str, **values: object) -> dict[str, object]:
        stamps = {"created_at": BASE_TIME, "modified_at": BASE_TIME, "modified_by": "", "deleted_at": None}
        return {"id": record_id, **stamps, "position": 0, **values}

    rows: dict[str, dict[str, dict[str, object]]] = {table: {} for table in TABLE_NAMES}
    rows["focusarea"]["f"] = record("f", title="F", focus_area_id=None)
    for i in ("i0", "i1"):
        rows["initiative"][i] = record(i, statement=i, focus_area_id="f")
    for n in range(4):
        rows["activity"][f"a{n}"] = record(f"a{n}", title=f"a{n}", owner="", initiative_id="i0")
    return rows


row_edit = st.tuples(st.integers(0, 3), st.sampled_from(ROW_FIELDS), st.integers(0, 1))
row_edits = st.lists(
    st.one_of(row_edit, st.tuples(st.integers(0, 3), st.just("deleted_at"), st.just(0))), max_size=5
)


def _edited(base, edits, side: str):
    import copy

    rows = copy.deepcopy(base)
    changed: dict[tuple[str, str], object] = {}
    for n, (index, name, value) in enumerate(edits):
        row = rows["activity"][f"a{index}"]
        new = {"title": f"{side}{value}", "owner": f"{side}{value}", "initiative_id": f"i{value}"}.get(
            name, f"2024-02-0{n + 1} 00:00:00.000000"
        )
        if name == "deleted_at" and row["deleted_at"] is not None:
            continue
        row[name] = new
        row["modified_at"] = f"2024-0{3 if side == 'A' else 4}-0{n + 1} 00:00:00.000000"
    for record_id, row in rows["activity"].items():
        for name in (*ROW_FIELDS, "deleted_at"):
            if row[name] != base["activity"][record_id][name]:
                changed[(record_id, name)] = row[name]
    return rows, changed


def _applied(mine, preview, choice):
    import copy

    from desktop_app.services.sync.merge import Choice as C

    rows = copy.deepcopy(mine)
    for table, inserted in preview.inserts.items():
        for row in inserted:
            rows[table][str(row["id"])] = row
    for change in [*preview.changes, *preview.silent]:
        row = change.row(C(choice))
        if row is not None:
            rows[change.table][change.record_id] = row
    return rows


@settings(max_examples=400, deadline=None)
@given(edits_a=row_edits, edits_b=row_edits, choice=st.sampled_from(["mine", "theirs"]))
def test_three_way_merge_of_rows(edits_a, edits_b, choice) -> None:
    from desktop_app.services.sync.merge import ChangeKind, Reference, merge

    base = _base_rows()
    mine, mine_changed = _edited(base, edits_a, "A")
    theirs, theirs_changed = _edited(base, edits_b, "B")
    preview = merge(
        mine, theirs, Reference(base=base, since=BASE_TIME), now="2025-01-01 00:00:00.000000", actor="A"
    )
    merged = _applied(mine, preview, choice)
    conflicted = {(c.record_id, f.field) for c in preview.conflicts for f in c.conflicts}
    for key, value in theirs_changed.items():
        if key not in mine_changed and key not in conflicted:
            assert merged["activity"][key[0]][key[1]] == value
    for key, value in mine_changed.items():
        if key not in theirs_changed and key not in conflicted:
            assert merged["activity"][key[0]][key[1]] == value
    for key in set(mine_changed) & set(theirs_changed):
        same = mine["activity"][key[0]][key[1]] == theirs["activity"][key[0]][key[1]]
        assert (key in conflicted) != same or key[1] == "deleted_at"
    assert all(c.kind is not ChangeKind.ADDED for c in preview.changes)
    # Idempotent: merging the same file again, now the common state, changes nothing.
    again = merge(
        merged, theirs, Reference(base=theirs, since=None), now="2026-01-01 00:00:00.000000", actor="A"
    )
    assert again.changes == [] and again.conflicts == []
