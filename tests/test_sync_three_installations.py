"""Three installations editing and exchanging plan files at random: the sync never loses, never
resurrects and never leaves a record under a deleted parent.

A and B start from the same seed without having exchanged; C starts from A's
first file. Random edits of every kind (title, owner, offices, goals, status
reports, lifecycle, move, reorder, delete activity or initiative, create)
alternate with random exchanges in any direction, including re-imports of old
files, each conflict decided at random. A settling round (B→A, C→A, A→B, A→C)
follows. Then all three plans are equal, no status report is lost, no edit
that no conflict showed is lost, nothing deleted and untouched by others
comes back, no live record sits under a deleted parent, and a second settling
round changes nothing.

The suite runs a fast profile; ``SYNC_SOAK=1000`` runs that many examples
(the figure is in the README).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from database.enums import Lifecycle
from desktop_app.services.errors import PlanError
from desktop_app.services.goals import GoalService
from desktop_app.services.plan import PlanService
from desktop_app.services.sync.errors import SyncError
from desktop_app.services.sync.importer import apply_import, discard_import, prepare_import
from desktop_app.services.sync.merge import Choice
from desktop_app.services.sync.plan_file import containment
from desktop_app.services.workspace import Workspace, open_workspace
from tests.sync_helpers import content, export, import_file

SIDES = ("A", "B", "C")
ACTIVITIES = 4
INITIATIVES = 2
KINDS = ("title", "owner", "offices", "goal", "report", "lifecycle", "move", "reorder", "delete", "create")
SOAK = int(os.environ.get("SYNC_SOAK", "0"))

edit = st.tuples(
    st.just("edit"),
    st.sampled_from(SIDES),
    st.sampled_from((*KINDS, "delete_initiative")),
    st.integers(0, ACTIVITIES - 1),
    st.integers(0, 3),
)
exchange = st.tuples(
    st.just("exchange"),
    st.sampled_from([(s, r) for s in SIDES for r in SIDES if s != r]),
    st.integers(0, 3),  # 0: a new export; n: the sender's n-th newest earlier file, if any
    st.sampled_from([Choice.MINE, Choice.THEIRS]),
)
steps = st.lists(st.one_of(edit, edit, exchange), min_size=4, max_size=16)

PROFILE = settings(
    max_examples=SOAK or 12,
    # The suite runs the same examples every time (a random failure there would be a flaky test);
    # the soak run draws new ones.
    derandomize=not SOAK,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@dataclass
class World:
    """The three installations and what was done in each, to check afterwards."""

    folder: Path
    workspaces: dict[str, Workspace]
    activities: list[str]
    initiatives: list[str]
    goals: list[str]
    offices: list[str]
    files: dict[str, list[Path]] = field(default_factory=lambda: {s: [] for s in SIDES})
    edits: dict[tuple[str, str], list[tuple[str, object]]] = field(default_factory=dict)
    touched: dict[str, set[str]] = field(default_factory=dict)
    deleted: dict[str, str] = field(default_factory=dict)
    reports: set[str] = field(default_factory=set)
    created: set[str] = field(default_factory=set)
    conflicted: set[str] = field(default_factory=set)
    counter: int = 0

    @classmethod
    def from_templates(cls, templates: tuple, prefix: str) -> World:
        """A fresh copy of the three installations (``templates``), A holding its first file."""
        root, first, activities, initiatives, goals, offices = templates
        folder = Path(tempfile.mkdtemp(prefix=prefix))
        for side in SIDES:
            shutil.copytree(root / side, folder / side)
        workspaces = {side: open_workspace(folder / side / "plan.sqlite") for side in SIDES}
        world = cls(folder, workspaces, activities, initiatives, goals, offices)
        world.files["A"].append(first)
        return world

    def run(self, plan: list[tuple]) -> None:
        """Do ``plan``'s steps (``steps()``): edits and exchanges, in order."""
        for step in plan:
            if step[0] == "edit":
                self.edit(*step[1:])
            else:
                (sender, receiver), old, choice = step[1:]
                self.exchange(sender, receiver, old, choice)

    def close(self) -> None:
        for workspace in self.workspaces.values():
            workspace.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def service(self, side: str) -> PlanService:
        return PlanService(self.workspaces[side].engine, side)

    def touch(self, side: str, *records: str) -> None:
        for record in records:
            self.touched.setdefault(record, set()).add(side)

    def note(self, side: str, record: str, name: str, value: object) -> None:
        self.edits.setdefault((record, name), []).append((side, value))
        self.touch(side, record)

    # --- edits ------------------------------------------------------------------------------

    def edit(self, side: str, kind: str, index: int, value: int) -> None:
        service = self.service(side)
        activity = self.activities[index % len(self.activities)]
        self.counter += 1
        text = f"{side}{self.counter}"
        try:
            parent = service.activity_values(activity) and self._initiative_of(side, activity)
        except PlanError:
            return  # deleted on this side: nothing to edit
        # A goal this side does not have yet, a target deleted here: nothing happens.
        with contextlib.suppress(PlanError):
            self._do(side, service, kind, activity, parent, value, text)

    def _initiative_of(self, side: str, activity: str) -> str:
        return str(content(self.workspaces[side])["activity"][activity]["initiative_id"])

    def _do(
        self, side: str, service: PlanService, kind: str, activity: str, parent: str, value: int, text: str
    ) -> None:
        if kind in ("title", "owner"):
            service.update_activity(activity, {kind: text})
            self.note(side, activity, kind, text)
        elif kind == "lifecycle":
            lifecycle = list(Lifecycle)[value % len(Lifecycle)]
            service.update_activity(activity, {"lifecycle": lifecycle})
            self.note(side, activity, "lifecycle", lifecycle.value)
        elif kind == "offices":
            offices = tuple(o for n, o in enumerate(self.offices) if value >> n & 1)
            service.update_activity(activity, {"participating_office_ids": offices})
            self.note(side, activity, "offices", frozenset(offices))
        elif kind == "goal":
            goal = self.goals[value % len(self.goals)]
            linked = value < 2
            GoalService(self.workspaces[side].engine, side).set_link(activity, goal, linked)
            self.note(side, activity, f"goal:{goal}", linked)
        elif kind == "report":
            colour = ("green", "yellow", "red")[value % 3]
            self.reports.add(service.report_status(activity, colour, cause="Orsak"))
            self.touch(side, activity, parent)
        elif kind == "move":
            target = self.initiatives[value % len(self.initiatives)]
            service.move_activity(activity, target, 0)
            self.note(side, activity, "initiative_id", target)
            self.touch(side, parent, target)
        elif kind == "reorder":
            service.move_activity(activity, parent, value)
        elif kind == "delete":
            service.delete(activity)
            self.deleted.setdefault(activity, side)
        elif kind == "delete_initiative":
            for _table, record in service.delete(parent):
                self.deleted.setdefault(record, side)
        elif kind == "create":
            target = self.initiatives[value % len(self.initiatives)]
            self.created.add(service.create_activity(target, f"Ny {text}"))
            self.touch(side, target)

    # --- exchanges ------------------------------------------------------------------------

    def exchange(self, sender: str, receiver: str, old: int, choice: Choice) -> None:
        earlier = self.files[sender]
        if old and len(earlier) >= old:
            path = earlier[-old]
        else:
            self.counter += 1
            path = export(self.workspaces[sender], self.folder / f"{sender}-{self.counter}.hplan", sender)
            earlier.append(path)
        self.receive(receiver, path, choice)

    def receive(self, receiver: str, path: Path, choice: Choice) -> bool:
        """Import ``path``; False when it was refused (an older file from the same sender)."""
        try:
            plan = prepare_import(self.workspaces[receiver], path, receiver)
        except SyncError as error:
            assert "är äldre än den senaste från" in str(error), str(error)
            return False
        try:
            self.conflicted |= {c.record_id for c in plan.preview.conflicts}
            apply_import(self.workspaces[receiver], plan, {c.key: choice for c in plan.preview.conflicts})
        finally:
            discard_import(plan)
        return True

    def settle(self) -> int:
        """B→A, C→A, A→B, A→C with new files; returns the number of conflicts shown."""
        before = len(self.conflicted)
        shown = 0
        for sender, receiver in (("B", "A"), ("C", "A"), ("A", "B"), ("A", "C")):
            self.counter += 1
            path = export(self.workspaces[sender], self.folder / f"settle-{self.counter}.hplan", sender)
            plan = prepare_import(self.workspaces[receiver], path, receiver)
            try:
                shown += len(plan.preview.conflicts)
                self.conflicted |= {c.record_id for c in plan.preview.conflicts}
                apply_import(
                    self.workspaces[receiver], plan, {c.key: Choice.THEIRS for c in plan.preview.conflicts}
                )
            finally:
                discard_import(plan)
        assert len(self.conflicted) >= before
        return shown


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory):
    """A and B from the seed, never exchanged; A has two goals; C made from A's first file."""
    root = tmp_path_factory.mktemp("three")
    a = open_workspace(root / "A" / "plan.sqlite")
    goals = GoalService(a.engine, "A")
    goal_ids = [goals.create_goal({"title": f"Mål {n}"}) for n in (1, 2)]
    open_workspace(root / "B" / "plan.sqlite").close()
    c = open_workspace(root / "C" / "plan.sqlite")
    first = export(a, root / "A-first.hplan", "A")
    import_file(c, first, actor="C")
    tree = PlanService(a.engine, "x").tree()
    initiatives = [i for area in tree.focus_areas for i in area.initiatives][:INITIATIVES]
    activities = [x.id for i in initiatives for x in i.activities][:ACTIVITIES]
    offices = [o.id for o in PlanService(a.engine, "x").offices()][:2]
    a.close()
    c.close()
    return root, first, activities, [i.id for i in initiatives], goal_ids, offices


def _ancestry(rows, record: str) -> set[str]:
    """The record, every parent it lives under (any required link), and an initiative's activities.

    A conflict on a record can restore all of these (keeping a record keeps its parents).
    """
    found = {record}
    for table, pairs in containment().items():
        row = rows[table].get(record)
        if row is None:
            continue
        for column, _parent in pairs:
            found |= _ancestry(rows, str(row[column]))
    if record in rows["initiative"]:
        found |= {i for i, a in rows["activity"].items() if a["initiative_id"] == record}
    return found


def _live_links(rows, table: str, owner: str, other: str) -> set[tuple[str, str]]:
    return {(str(r[owner]), str(r[other])) for r in rows[table].values() if r["deleted_at"] is None}


def check_invariants(world: World) -> None:
    rows = content(world.workspaces["A"])
    plain = {side: content(w, with_stamps=False) for side, w in world.workspaces.items()}
    # 1. All three plans equal, links compared by what they link.
    assert plain["A"] == plain["B"] == plain["C"]
    for table, owner, other in (
        ("activityoffice", "activity_id", "office_id"),
        ("activitygoal", "activity_id", "goal_id"),
    ):
        links = {side: _live_links(content(w), table, owner, other) for side, w in world.workspaces.items()}
        assert links["A"] == links["B"] == links["C"]
    conflicted: set[str] = set()
    for record in world.conflicted:
        conflicted |= _ancestry(rows, record)
    # 2. No status report lost (duplicates cannot exist: one id each); one removed only by a decision.
    assert world.reports <= set(rows["statusreport"])
    for report in world.reports - conflicted:
        assert rows["statusreport"][report]["deleted_at"] is None, report
    assert world.created <= set(rows["activity"])
    # 3. No edit lost that no conflict showed: a field only one side edited holds that side's last value.
    deleted_anywhere = set(world.deleted)
    offices = _live_links(rows, "activityoffice", "activity_id", "office_id")
    goals = _live_links(rows, "activitygoal", "activity_id", "goal_id")
    for (record, name), events in world.edits.items():
        sides = {side for side, _ in events}
        if len(sides) > 1 or record in conflicted or _ancestry(rows, record) & deleted_anywhere:
            continue
        value = events[-1][1]
        if name == "offices":
            assert {o for a, o in offices if a == record} == value, (record, name)
        elif name.startswith("goal:"):
            assert ((record, name[5:]) in goals) == value, (record, name)
        else:
            assert rows["activity"][record][name] == value, (record, name)
    # 4. Nothing deleted and untouched by the others comes back.
    for record, side in world.deleted.items():
        others = world.touched.get(record, set()) - {side}
        if others or record in conflicted:
            continue
        table = "activity" if record in rows["activity"] else "initiative"
        assert rows[table][record]["deleted_at"] is not None, (table, record)
    # 5. No live record under a deleted parent in the plan tree.
    for table, column, parent in (
        ("activity", "initiative_id", "initiative"),
        ("initiative", "focus_area_id", "focusarea"),
    ):
        for record, row in rows[table].items():
            if row["deleted_at"] is None:
                assert rows[parent][row[column]]["deleted_at"] is None, (table, record)


@PROFILE
@given(plan=steps)
# Found by the soak run: a link added under an activity the other side deleted with its initiative;
# keeping the link (a conflict) keeps the activity and the initiative.
# Found by the suite: deleted on two sides at different times, and kept on the third until the
# settling round; the time the hub settled on must reach everyone in that round.
# Found by the second soak run: C moves an activity, B imports C's file, C moves it back; the
# settling round brought the move to A through B and then lost the move back (``sync.held``).
# Found by the third soak run: C took A's order with A's older time, A reordered again; C's own
# earlier order, with a newer time, was taken for the later common state (order by history, not time).
# Found by the fourth soak run: C deletes an initiative A and B hold unchanged since C's copy; the
# settling round must not bring it back in C.
# Found by the fifth soak run: B deletes an activity and then its initiative after A's title edits
# reached it; A's later edits keep the activity live, and the settling round must end with the same
# plan on all three.
@example(
    plan=[
        ("edit", "A", "title", 0, 0),
        ("exchange", ("A", "B"), 0, Choice.MINE),
        ("exchange", ("A", "B"), 2, Choice.MINE),
        ("exchange", ("A", "B"), 2, Choice.MINE),
        ("exchange", ("C", "A"), 0, Choice.MINE),
        ("exchange", ("C", "B"), 0, Choice.MINE),
        *[("edit", "A", "title", 0, 0)] * 3,
        ("edit", "A", "title", 3, 0),
        ("edit", "B", "delete", 0, 0),
        ("edit", "A", "title", 0, 0),
        ("exchange", ("B", "A"), 0, Choice.MINE),
        ("exchange", ("B", "C"), 0, Choice.MINE),
        ("edit", "B", "delete_initiative", 2, 0),
        ("exchange", ("A", "C"), 0, Choice.THEIRS),
    ]
)
@example(
    plan=[
        *[("edit", "A", "title", 0, 0)] * 3,
        ("exchange", ("A", "B"), 0, Choice.MINE),
        ("edit", "C", "delete_initiative", 0, 0),
        ("exchange", ("C", "A"), 0, Choice.MINE),
    ]
)
@example(
    plan=[
        ("edit", "A", "title", 0, 0),
        ("edit", "A", "title", 0, 0),
        ("edit", "A", "reorder", 3, 0),
        ("edit", "C", "reorder", 2, 1),
        ("edit", "A", "title", 0, 0),
        ("exchange", ("A", "B"), 0, Choice.MINE),
        ("exchange", ("C", "A"), 0, Choice.MINE),
        ("edit", "C", "move", 3, 1),
        ("exchange", ("A", "C"), 0, Choice.THEIRS),
        ("exchange", ("B", "A"), 1, Choice.THEIRS),
        ("edit", "A", "reorder", 2, 0),
        ("edit", "B", "lifecycle", 0, 1),
        ("edit", "B", "offices", 0, 1),
        ("edit", "B", "delete", 1, 3),
        ("edit", "C", "offices", 3, 3),
        ("exchange", ("C", "B"), 3, Choice.MINE),
    ]
)
@example(
    plan=[
        ("edit", "C", "move", 0, 1),
        ("exchange", ("C", "B"), 0, Choice.MINE),
        ("edit", "C", "move", 0, 0),
    ]
)
@example(
    plan=[
        *[("edit", "A", "title", 0, 0)] * 3,
        ("edit", "B", "delete", 0, 0),
        ("edit", "C", "delete", 0, 0),
        ("exchange", ("B", "A"), 0, Choice.MINE),
    ]
)
@example(
    plan=[
        ("edit", "A", "delete_initiative", 0, 0),
        ("edit", "B", "offices", 0, 1),
        ("exchange", ("A", "B"), 0, Choice.MINE),
        ("exchange", ("A", "B"), 0, Choice.MINE),
    ]
)
def test_three_installations_settle_to_one_plan_without_loss_or_resurrection(templates, plan) -> None:
    world = World.from_templates(templates, "sync-three-")
    try:
        world.run(plan)
        world.settle()
        check_invariants(world)
        settled = {side: content(w) for side, w in world.workspaces.items()}
        assert world.settle() == 0
        assert {side: content(w) for side, w in world.workspaces.items()} == settled
    finally:
        world.close()
