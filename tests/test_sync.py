"""Export and import of plan files: the merge as the process leader and a focus-area lead use it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.main import main
from desktop_app.services.plan import PlanService
from desktop_app.services.sync.backups import backups, restore_backup
from desktop_app.services.sync.importer import last_import, prepare_import, undo_last_import
from desktop_app.services.sync.merge import ChangeKind, Choice
from desktop_app.services.workspace import Workspace, open_workspace
from tests.sync_helpers import content, export, import_file


def services(*workspaces: Workspace) -> list[PlanService]:
    return [PlanService(w.engine, name) for w, name in zip(workspaces, ("anna", "bo"), strict=False)]


def first_activity(service: PlanService, code: str = "1.1.1") -> str:
    return service.tree().find_activity(code).id


def exchange(sender: Workspace, receiver: Workspace, folder: Path, prefer: Choice = Choice.THEIRS):
    path = export(sender, folder / f"from-{sender.path.parent.name}.hplan")
    return import_file(receiver, path, prefer)


def test_status_reports_travel_both_ways_without_duplicates(leader, lead, tmp_path) -> None:
    anna, bo = services(leader, lead)
    activity = first_activity(anna)
    anna.report_status(activity, "green", comment="Igång")
    exchange(leader, lead, tmp_path)
    bo.report_status(activity, "red", cause="Ingen budget", recommended_action="Åtgärda")
    exchange(lead, leader, tmp_path)
    exchange(leader, lead, tmp_path)
    for service in (anna, bo):
        history = service.status_history(activity)
        assert sorted(r.status.value for r in history) == ["green", "red"]
    assert content(leader) == content(lead)


def test_changes_to_different_fields_merge_by_themselves(leader, lead, tmp_path) -> None:
    anna, bo = services(leader, lead)
    activity = first_activity(anna)
    exchange(leader, lead, tmp_path)
    anna.update_activity(activity, {"title": "Företagsbesök av politiker"})
    bo.update_activity(activity, {"owner": "Näringslivschefen"})
    plan = exchange(lead, leader, tmp_path)
    assert plan.preview.conflicts == []
    [change] = [c for c in plan.preview.changes if c.record_id == activity]
    assert change.kind is ChangeKind.CHANGED
    assert [(f.label, f.mine, f.theirs) for f in change.changes] == [("Ansvarig", "–", "Näringslivschefen")]
    exchange(leader, lead, tmp_path)
    for service in (anna, bo):
        values = service.activity_values(activity)
        assert (values["title"], values["owner"]) == ("Företagsbesök av politiker", "Näringslivschefen")


def test_the_same_change_on_both_sides_is_no_conflict(leader, lead, tmp_path) -> None:
    anna, bo = services(leader, lead)
    activity = first_activity(anna)
    exchange(leader, lead, tmp_path)
    anna.update_activity(activity, {"owner": "Eva"})
    bo.update_activity(activity, {"owner": "Eva"})
    plan = exchange(lead, leader, tmp_path)
    assert plan.preview.conflicts == []


@pytest.mark.parametrize(("prefer", "expected"), [(Choice.MINE, "Annas titel"), (Choice.THEIRS, "Bos titel")])
def test_different_changes_to_one_field_are_a_conflict(leader, lead, tmp_path, prefer, expected) -> None:
    anna, bo = services(leader, lead)
    activity = first_activity(anna)
    exchange(leader, lead, tmp_path)
    anna.update_activity(activity, {"title": "Annas titel"})
    bo.update_activity(activity, {"title": "Bos titel"})
    plan = exchange(lead, leader, tmp_path, prefer)
    [conflict] = plan.preview.conflicts
    assert [(f.label, f.mine, f.theirs) for f in conflict.conflicts] == [
        ("Titel", "Annas titel", "Bos titel")
    ]
    assert anna.activity_values(activity)["title"] == expected
    # The decision travels back instead of being undone by the next exchange.
    exchange(leader, lead, tmp_path)
    assert bo.activity_values(activity)["title"] == expected
    assert prepare_import(leader, export(lead, tmp_path / "again.hplan"), "anna").preview.is_empty


def test_a_deletion_never_silently_removes_what_the_other_side_changed(leader, lead, tmp_path) -> None:
    anna, bo = services(leader, lead)
    activity = first_activity(anna)
    exchange(leader, lead, tmp_path)
    anna.delete(activity)
    bo.update_activity(activity, {"description": "Viktigt"})
    plan = exchange(leader, lead, tmp_path, Choice.MINE)
    [conflict] = plan.preview.conflicts
    assert conflict.reason == "Den är borttagen i filen men ändrad här."
    assert bo.activity_values(activity)["description"] == "Viktigt"


def test_a_deletion_travels_when_the_other_side_did_not_change_it(leader, lead, tmp_path) -> None:
    anna, bo = services(leader, lead)
    activity = first_activity(anna)
    exchange(leader, lead, tmp_path)
    anna.delete(activity)
    plan = exchange(leader, lead, tmp_path)
    assert [c.kind for c in plan.preview.changes if c.record_id == activity] == [ChangeKind.DELETED]
    assert all(a.id != activity for a in bo.tree().focus_areas[0].initiatives[0].activities)


def test_an_initiative_deleted_in_the_file_with_new_activities_here_is_a_conflict(
    leader, lead, tmp_path
) -> None:
    anna, bo = services(leader, lead)
    initiative = anna.tree().find("1.1").id
    exchange(leader, lead, tmp_path)
    anna.delete(initiative)
    created = bo.create_activity(initiative, "Ny aktivitet hos Bo")
    plan = exchange(leader, lead, tmp_path, Choice.MINE)
    # The conflict is the new activity's: keep it (and with it its initiative) or delete it.
    assert [c.record_id for c in plan.preview.conflicts] == [created]
    assert "Ny aktivitet hos Bo" in [a.title for a in bo.tree().find("1.1").activities]


def test_moving_an_activity_is_a_change_of_its_initiative(leader, lead, tmp_path) -> None:
    anna, bo = services(leader, lead)
    activity = first_activity(anna)
    target = anna.tree().find("2.1").id
    exchange(leader, lead, tmp_path)
    anna.move_activity(activity, target, 0)
    bo.update_activity(activity, {"owner": "Bo"})
    plan = exchange(leader, lead, tmp_path)
    assert plan.preview.conflicts == []
    moved = bo.tree().find("2.1").activities[0]
    assert (moved.id, moved.owner) == (activity, "Bo")
    # Its new code (the next free number in 2.1) travels with it.
    assert moved.code == next(a.code for a in anna.tree().activities() if a.id == activity) != "2.1.1"
    change = next(c for c in plan.preview.changes if c.record_id == activity)
    assert change.changes[0].label == "Insatsområde (flytt)"
    assert change.focus_area_id == anna.tree().focus_areas[1].id


def test_first_exchange_back_uses_the_acknowledged_export(leader, lead, tmp_path) -> None:
    """The leader has no base for the lead yet: the lead's file says which export it had merged."""
    anna, bo = services(leader, lead)
    activity = first_activity(anna)
    exchange(leader, lead, tmp_path)
    anna.update_activity(activity, {"title": "Ändrad av Anna efteråt"})
    bo.update_activity(first_activity(bo, "1.1.2"), {"owner": "Bo"})
    plan = exchange(lead, leader, tmp_path)
    assert plan.preview.conflicts == []
    assert anna.activity_values(activity)["title"] == "Ändrad av Anna efteråt"
    assert anna.activity_values(first_activity(anna, "1.1.2"))["owner"] == "Bo"


def test_scoped_export_holds_one_focus_area_and_flags_changes_outside_it(leader, lead, tmp_path) -> None:
    _, bo = services(leader, lead)
    exchange(leader, lead, tmp_path)
    area = bo.tree().focus_areas[1]
    bo.report_status(area.initiatives[0].activities[0].id, "green")
    office = bo.offices()[0]
    with lead.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE office SET name = 'Nytt namn', modified_at = '2030-01-01 00:00:00.000000' WHERE id = ?",
            (office.id,),
        )
    path = export(lead, tmp_path / "lead.hplan", actor="bo", focus_area_id=area.id)
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM focusarea").fetchone() == (1,)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    plan = prepare_import(leader, path, "anna")
    assert plan.info.scope_id == area.id
    flagged = [(c.what, c.out_of_scope) for c in plan.preview.changes]
    assert ("Kontor/enhet", True) in flagged and ("Statusrapport", False) in flagged
    assert "utanför fokusområdet" in "\n".join(plan.summary_lines())
    # Records missing from a scoped file are not deletions.
    assert all(c.kind is not ChangeKind.DELETED for c in plan.preview.changes)


def test_undo_last_import_restores_the_plan_and_the_sync_state(leader, lead, tmp_path) -> None:
    anna, bo = services(leader, lead)
    activity = first_activity(anna)
    anna.update_activity(activity, {"owner": "Anna"})
    before = content(lead)
    path = export(leader, tmp_path / "p.hplan")
    import_file(lead, path)
    assert last_import(lead) is not None
    undo_last_import(lead)
    assert content(lead) == before
    assert last_import(lead) is None
    # The same file can be imported again after the undo.
    import_file(lead, path)
    assert bo.activity_values(activity)["owner"] == "Anna"
    reasons = [b.reason for b in backups(lead)]
    assert reasons.count("import") == 2 and "före-ångra-import" in reasons


def test_restoring_a_backup_backs_up_the_current_state_first(lead, tmp_path) -> None:
    (bo,) = services(lead)
    activity = first_activity(bo)
    bo.update_activity(activity, {"owner": "Före"})
    from database.backup import backup_database

    saved = backup_database(lead.path, lead.backup_dir, reason="import")
    bo.update_activity(activity, {"owner": "Efter"})
    safety = restore_backup(lead, saved)
    assert bo.activity_values(activity)["owner"] == "Före"
    assert safety.exists() and safety.name.endswith("före-återställning.sqlite")


def test_import_into_an_empty_installation_is_a_full_copy(leader, tmp_path) -> None:
    from database.store import create_database

    (anna,) = services(leader)
    anna.report_status(first_activity(anna), "yellow", cause="Sen start", recommended_action="Åtgärda")
    anna.delete(first_activity(anna, "1.1.2"))
    engine = create_database(tmp_path / "empty" / "plan.sqlite")
    empty = Workspace(path=tmp_path / "empty" / "plan.sqlite", engine=engine, created=True)
    try:
        import_file(empty, export(leader, tmp_path / "full.hplan"))
        assert content(empty) == content(leader)
    finally:
        empty.close()


def test_export_import_into_a_new_installation_export_gives_the_same_content(leader, tmp_path) -> None:
    (anna,) = services(leader)
    anna.update_activity(first_activity(anna), {"owner": "Anna", "start_month": "2024-03"})
    anna.report_status(first_activity(anna), "green")
    fresh = open_workspace(tmp_path / "fresh" / "plan.sqlite")
    try:
        first = export(leader, tmp_path / "first.hplan")
        import_file(fresh, first)
        second = export(fresh, tmp_path / "second.hplan")
        rows = []
        for path in (first, second):
            with sqlite3.connect(path) as connection:
                rows.append(
                    [
                        connection.execute(f"SELECT * FROM {t} ORDER BY id").fetchall()
                        for t in ("activity", "statusreport")
                    ]
                )
        assert rows[0] == rows[1]
    finally:
        fresh.close()


# --- the command line ---------------------------------------------------------------------


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def test_command_line_export_dry_run_and_prefer(tmp_path: Path, capsys) -> None:
    a, b, plan = tmp_path / "a.sqlite", tmp_path / "b.sqlite", tmp_path / "plan.hplan"
    assert run(capsys, "--db", str(a), "export", str(plan))[0] == 0
    assert run(capsys, "--db", str(b), "import", str(plan))[0] == 0
    run(capsys, "--db", str(a), "status", "1.1.1", "red", "--cause", "Budget", "--comment", "A")
    run(capsys, "--db", str(b), "export", str(tmp_path / "b.hplan"))
    run(capsys, "--db", str(b), "status", "1.1.1", "green", "--comment", "B")
    open_workspace(a).close()
    for path, title in ((a, "Annas"), (b, "Bos")):
        with sqlite3.connect(path) as connection:
            connection.execute(
                "UPDATE activity SET title = ?, modified_at = '2031-01-01 00:00:00.000000'"
                " WHERE id = (SELECT id FROM activity ORDER BY position, id LIMIT 1)",
                (title,),
            )
    run(capsys, "--db", str(a), "export", str(plan))
    code, out, _ = run(capsys, "--db", str(b), "import", str(plan), "--dry-run")
    assert code == 0 and "KONFLIKT" in out and "Provkörning: ingenting ändrades." in out
    assert "Titel: mina ”Bos” ↔ deras ”Annas”" in out
    code, _, err = run(capsys, "--db", str(b), "import", str(plan))
    assert code == 1 and "--prefer mine" in err and "Traceback" not in err
    code, out, _ = run(capsys, "--db", str(b), "import", str(plan), "--prefer", "theirs")
    assert code == 0 and "Importen är klar" in out
    code, out, _ = run(capsys, "--db", str(b), "import", str(plan))
    assert code == 0 and "Ingenting att importera" in out


def test_command_line_export_of_one_focus_area(tmp_path: Path, capsys) -> None:
    code, out, _ = run(
        capsys, "--db", str(tmp_path / "a.sqlite"), "export", str(tmp_path / "fa"), "--focus-area", "2"
    )
    assert code == 0 and "Exporterade fokusområdet" in out
    assert (tmp_path / "fa.hplan").exists()
    code, _, err = run(
        capsys, "--db", str(tmp_path / "a.sqlite"), "export", str(tmp_path / "x"), "--focus-area", "2.1"
    )
    assert code == 1 and "inte ett fokusområde" in err


def test_opening_a_plan_file_starts_the_desktop_with_it(tmp_path: Path, monkeypatch) -> None:
    from desktop_app.ui import app

    started: list[object] = []
    monkeypatch.setattr(app, "run_desktop", lambda db, plan_file: started.append((db, plan_file)) or 0)
    assert main([str(tmp_path / "Plan.HPLAN")]) == 0
    assert started == [(None, tmp_path / "Plan.HPLAN")]
