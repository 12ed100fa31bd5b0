"""A first exchange between installations from the same seed or bundled plan merges field by field.

Issue item 5: without an earlier exchange, edits to different fields of one
activity became one conflict ("Båda har ändrat samma fält") and one edit was
always lost. The plan both started from is their common state.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from desktop_app.services.plan import PlanService
from desktop_app.services.sync.merge import ChangeKind
from desktop_app.services.sync.plan_file import sync_dir
from desktop_app.services.workspace import Workspace, open_workspace
from tests.sync_helpers import content, export, import_file
from tests.test_default_plan import make_bundle


def edit_different_fields(a: Workspace, b: Workspace) -> str:
    anna, bo = PlanService(a.engine, "anna"), PlanService(b.engine, "bo")
    activity = anna.tree().find_activity("1.1.1").id
    anna.update_activity(activity, {"title": "Företagsbesök med politiker"})
    bo.update_activity(activity, {"owner": "Bo Berg", "start_month": "2025-02"})
    return activity


def assert_both_kept(a: Workspace, b: Workspace, activity: str, folder: Path) -> None:
    plan = import_file(b, export(a, folder / "a.hplan"))
    assert plan.preview.conflicts == []
    [change] = [c for c in plan.preview.changes if c.record_id == activity]
    assert change.kind is ChangeKind.CHANGED and [f.field for f in change.changes] == ["title"]
    import_file(a, export(b, folder / "b.hplan"))
    for workspace in (a, b):
        values = PlanService(workspace.engine, "x").activity_values(activity)
        assert (values["title"], values["owner"], values["start_month"]) == (
            "Företagsbesök med politiker",
            "Bo Berg",
            "2025-02",
        )
    assert content(a, with_stamps=False) == content(b, with_stamps=False)


def test_installations_from_the_same_seed_merge_per_field_on_their_first_exchange(tmp_path) -> None:
    a, b = open_workspace(tmp_path / "a" / "plan.sqlite"), open_workspace(tmp_path / "b" / "plan.sqlite")
    try:
        assert_both_kept(a, b, edit_different_fields(a, b), tmp_path)
    finally:
        a.close()
        b.close()


def test_installations_from_the_same_bundled_plan_merge_per_field(tmp_path, monkeypatch) -> None:
    leader = open_workspace(tmp_path / "leader.sqlite")
    PlanService(leader.engine, "anna").create_activity(
        PlanService(leader.engine, "anna").tree().find("1.1").id, "Aktivitet i installationsplanen"
    )
    bundled = export(leader, tmp_path / "installer.hplan")
    leader.close()
    root = make_bundle(tmp_path / "bundle")
    shutil.copyfile(bundled, root / "database" / "seed" / "default.hplan")
    monkeypatch.setattr(sys, "_MEIPASS", str(root), raising=False)
    a, b = open_workspace(tmp_path / "a" / "plan.sqlite"), open_workspace(tmp_path / "b" / "plan.sqlite")
    try:
        created = next(
            x.id for x in PlanService(a.engine, "x").tree().activities() if x.title.startswith("Aktivitet i")
        )
        anna, bo = PlanService(a.engine, "anna"), PlanService(b.engine, "bo")
        anna.update_activity(created, {"description": "Annas beskrivning"})
        bo.update_activity(created, {"owner": "Bo"})
        plan = import_file(b, export(a, tmp_path / "a.hplan"))
        assert plan.preview.conflicts == []
        values = bo.activity_values(created)
        assert (values["description"], values["owner"]) == ("Annas beskrivning", "Bo")
    finally:
        a.close()
        b.close()


@pytest.mark.parametrize("pruned", [("base",), ("sent",), ("base", "sent")])
def test_per_field_merge_when_the_stored_common_state_was_pruned(tmp_path, pruned) -> None:
    a, b = open_workspace(tmp_path / "a" / "plan.sqlite"), open_workspace(tmp_path / "b" / "plan.sqlite")
    try:
        import_file(b, export(a, tmp_path / "first.hplan"))
        import_file(a, export(b, tmp_path / "back.hplan"))
        for workspace in (a, b):
            for kind in pruned:
                for copy in sync_dir(workspace.path).glob(f"{kind}-*.sqlite"):
                    copy.unlink()
        assert_both_kept(a, b, edit_different_fields(a, b), tmp_path)
    finally:
        a.close()
        b.close()
