"""A value that reached an installation through a third one is superseded by its author's later change.

Found by the soak run of the three-installation test: C moves an activity to
another initiative, B imports C's file, C moves it back. In the settling
round A takes the move from B, then imports C's file: against A's and C's
last common state (A's first file) C's initiative looked unchanged, so A kept
the move and the move back was lost. A plan file now names the versions of
records its sender held in the files it sent and received; a local version
the sender held is one the sender's own value already supersedes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.services.plan import PlanService
from desktop_app.services.sync.merge import ChangeKind, Choice
from desktop_app.services.workspace import Workspace, open_workspace
from tests.sync_helpers import content, export, import_file


@pytest.fixture
def three(tmp_path: Path):
    """A and B from the seed, never exchanged; C made from A's first file."""
    a = open_workspace(tmp_path / "A" / "plan.sqlite")
    b = open_workspace(tmp_path / "B" / "plan.sqlite")
    c = open_workspace(tmp_path / "C" / "plan.sqlite")
    import_file(c, export(a, tmp_path / "A-first.hplan", "A"), actor="C")
    yield a, b, c
    for workspace in (a, b, c):
        workspace.close()


def initiative_of(workspace: Workspace, activity: str) -> str:
    return str(content(workspace)["activity"][activity]["initiative_id"])


def test_a_move_back_is_not_lost_when_the_move_came_through_a_third_plan(three, tmp_path) -> None:
    a, b, c = three
    carl = PlanService(c.engine, "C")
    tree = carl.tree()
    activity = tree.find_activity("1.1.1").id
    home, elsewhere = tree.find("1.1").id, tree.find("1.2").id
    carl.move_activity(activity, elsewhere, 0)
    import_file(b, export(c, tmp_path / "C-1.hplan", "C"), actor="B")
    assert initiative_of(b, activity) == elsewhere
    carl.move_activity(activity, home, 0)
    # The settling round: B→A, C→A, A→B, A→C.
    import_file(a, export(b, tmp_path / "B-1.hplan", "B"), actor="A")
    assert initiative_of(a, activity) == elsewhere
    plan = import_file(a, export(c, tmp_path / "C-2.hplan", "C"), actor="A")
    assert plan.preview.conflicts == []
    [change] = [ch for ch in plan.preview.changes if ch.record_id == activity]
    assert change.kind is ChangeKind.CHANGED and [f.field for f in change.changes] == ["initiative_id"]
    assert initiative_of(a, activity) == home
    import_file(b, export(a, tmp_path / "A-1.hplan", "A"), actor="B")
    import_file(c, export(a, tmp_path / "A-2.hplan", "A"), actor="C")
    for workspace in (a, b, c):
        assert initiative_of(workspace, activity) == home
    assert content(a, with_stamps=False) == content(b, with_stamps=False) == content(c, with_stamps=False)


def test_a_change_here_to_a_relayed_version_merges_per_field_with_the_author(three, tmp_path) -> None:
    """A moves back the activity it got from C through B; C meanwhile retitles it: both stay."""
    a, b, c = three
    carl, anna = PlanService(c.engine, "C"), PlanService(a.engine, "A")
    tree = carl.tree()
    activity = tree.find_activity("1.1.1").id
    home, elsewhere = tree.find("1.1").id, tree.find("1.2").id
    carl.move_activity(activity, elsewhere, 0)
    import_file(b, export(c, tmp_path / "C-1.hplan", "C"), actor="B")
    import_file(a, export(b, tmp_path / "B-1.hplan", "B"), actor="A")
    anna.move_activity(activity, home, 0)
    carl.update_activity(activity, {"title": "Carls titel"})
    plan = import_file(a, export(c, tmp_path / "C-2.hplan", "C"), actor="A")
    assert plan.preview.conflicts == []
    [change] = [ch for ch in plan.preview.changes if ch.record_id == activity]
    assert [f.field for f in change.changes] == ["title"]
    row = content(a)["activity"][activity]
    assert (row["initiative_id"], row["title"]) == (home, "Carls titel")
    import_file(c, export(a, tmp_path / "A-1.hplan", "A"), actor="C")
    assert initiative_of(c, activity) == home


def test_a_row_the_receiver_kept_its_own_over_is_no_version_it_held(three, tmp_path) -> None:
    """Found by the fourth soak run. C deletes an initiative; A, whose activity under it it edited,
    keeps it (keep mine restores the initiative), then imports B's unchanged copy of it and again
    keeps its own. B's row is no version A held: C's next file must not take the initiative away
    in A while C has it back in the settling round, and all three end with one plan."""
    a, b, c = three
    anna, carl = PlanService(a.engine, "A"), PlanService(c.engine, "C")
    activity = anna.tree().find_activity("1.1.1").id
    initiative = anna.tree().find("1.1").id
    anna.update_activity(activity, {"title": "Annas titel"})
    import_file(b, export(a, tmp_path / "A-1.hplan", "A"), actor="B")
    carl.delete(initiative)
    plan = import_file(a, export(c, tmp_path / "C-1.hplan", "C"), Choice.MINE, actor="A")
    assert plan.preview.conflicts
    assert content(a)["initiative"][initiative]["deleted_at"] is None
    # The settling round: B→A, C→A, A→B, A→C.
    import_file(a, export(b, tmp_path / "B-1.hplan", "B"), actor="A")
    import_file(a, export(c, tmp_path / "C-2.hplan", "C"), actor="A")
    assert content(a)["initiative"][initiative]["deleted_at"] is None
    import_file(b, export(a, tmp_path / "A-2.hplan", "A"), actor="B")
    import_file(c, export(a, tmp_path / "A-3.hplan", "A"), actor="C")
    for workspace in (a, b, c):
        assert content(workspace)["initiative"][initiative]["deleted_at"] is None
    assert content(a, with_stamps=False) == content(b, with_stamps=False) == content(c, with_stamps=False)
