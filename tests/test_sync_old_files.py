"""An older plan file from the same sender never reverts newer work nor brings deletions back (item 1)."""

from __future__ import annotations

import json

import pytest

from desktop_app.main import main
from desktop_app.services.plan import PlanService
from desktop_app.services.sync.errors import SyncError
from desktop_app.services.sync.importer import apply_import, discard_import, prepare_import
from desktop_app.services.sync.plan_file import open_incoming, peer_key, read_settings
from desktop_app.services.workspace import open_workspace
from tests.sync_helpers import content, database_bytes, export, import_file


@pytest.fixture
def three(tmp_path):
    opened = [open_workspace(tmp_path / name / "plan.sqlite") for name in ("a", "b", "c")]
    yield opened
    for workspace in opened:
        workspace.close()


def test_an_older_file_from_the_same_sender_is_refused_and_changes_nothing(three, tmp_path, capsys) -> None:
    a, b, _ = three
    anna = PlanService(a.engine, "anna")
    edited, deleted = anna.tree().find_activity("1.1.1").id, anna.tree().find_activity("1.1.2").id
    old = export(a, tmp_path / "old.hplan")
    import_file(b, old)
    anna.update_activity(edited, {"title": "Nyare titel"})
    anna.delete(deleted)
    import_file(b, export(a, tmp_path / "new.hplan"))
    b.engine.dispose()
    before = database_bytes(b.path)
    with pytest.raises(SyncError, match="är äldre än den senaste från anna, exporterad"):
        prepare_import(b, old, "bo")
    code = main(["--db", str(b.path), "import", str(old)])
    _, err = capsys.readouterr()
    assert code == 1 and "Filen old.hplan är äldre än den senaste från anna" in err
    assert "Traceback" not in err
    b.engine.dispose()
    assert database_bytes(b.path) == before
    # The revert cannot travel back to the author through the receiver either.
    import_file(a, export(b, tmp_path / "b.hplan"))
    values = PlanService(a.engine, "anna").activity_values(edited)
    assert values["title"] == "Nyare titel"
    assert content(a)["activity"][deleted]["deleted_at"] is not None


def test_a_third_copy_does_not_carry_old_values_back_to_the_author(three, tmp_path) -> None:
    a, _, c = three
    anna = PlanService(a.engine, "anna")
    edited, deleted = anna.tree().find_activity("1.1.1").id, anna.tree().find_activity("1.1.2").id
    import_file(c, export(a, tmp_path / "first.hplan"))
    anna.update_activity(edited, {"owner": "Anna"})
    anna.delete(deleted)
    # C, with A's first file only, sends its plan to A: its old values are no fresh changes.
    plan = import_file(a, export(c, tmp_path / "c.hplan"))
    assert plan.preview.conflicts == []
    rows = content(a)["activity"]
    assert rows[edited]["owner"] == "Anna" and rows[deleted]["deleted_at"] is not None


def test_the_stored_state_of_a_sender_is_never_replaced_by_an_older_one(three, tmp_path) -> None:
    a, b, _ = three
    PlanService(a.engine, "anna").report_status(
        PlanService(a.engine, "anna").tree().find_activity("1.1.1").id, "green"
    )
    old = export(a, tmp_path / "old.hplan")
    new = export(a, tmp_path / "new.hplan")  # the same plan, exported later
    prepared_old = prepare_import(b, old, "bo")
    try:
        import_file(b, new)  # the plan changes; applying the older preview is refused
        with pytest.raises(SyncError, match="Förhandsgranska importen igen"):
            apply_import(b, prepared_old)
    finally:
        discard_import(prepared_old)
    # Prepared while the older file was the newest merged, applied after the newer one: refused.
    other = open_workspace(tmp_path / "d" / "plan.sqlite")
    try:
        import_file(other, old)
        prepared = prepare_import(other, old, "dag")  # the same file again: allowed, changes nothing
        import_file(other, new)  # brings nothing the older one did not: the plan stays the same
        with pytest.raises(SyncError, match="nyare fil från samma avsändare"):
            apply_import(other, prepared)
        discard_import(prepared)
        with open_incoming(new) as incoming:
            info = incoming.info
        with other.engine.connect() as connection:
            state = json.loads(read_settings(connection)[peer_key(info.installation_id)])
        assert state["exported_at"] == info.exported_at
    finally:
        other.close()
