"""Ansvarig and "följs upp av" refer to a person of the register by id: one rule links a typed
name, a rename shows everywhere, a deleted person keeps their name, and the link survives the
upgrade of an older plan, the Excel import and the plan-file exchange."""

from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from alembic import command
from docx import Document
from openpyxl import load_workbook

from database.enums import DecisionKind, FollowUpState
from database.models import Person
from database.store import APPLICATION_ID, alembic_config, make_engine, upgrade_to_head
from desktop_app.main import main
from desktop_app.services.decisions import DecisionService
from desktop_app.services.excel.apply import apply_import
from desktop_app.services.excel.export import export_workbook
from desktop_app.services.excel.importer import build_preview
from desktop_app.services.excel.reading import read_spreadsheet
from desktop_app.services.people import match_person, people_choices
from desktop_app.services.plan import PlanService
from desktop_app.services.registers import RegisterService
from desktop_app.services.steering import SteeringService
from desktop_app.services.workspace import Workspace, open_workspace
from tests.report_helpers import pdf_text
from tests.sync_helpers import export, import_file

CODE = "1.1.1"


@pytest.fixture
def registers(workspace: Workspace) -> RegisterService:
    return RegisterService(workspace.engine, "testare")


def owner_of(workspace: Workspace, code: str = CODE) -> tuple[str, str | None]:
    activity = PlanService(workspace.engine, "läsare").tree().find_activity(code)
    return activity.owner, activity.owner_person_id


# --- the one rule ----------------------------------------------------------------------------


def test_a_name_that_names_one_person_links_to_them_whatever_its_case_and_spacing() -> None:
    people = [("a", "Anna Lind"), ("b", "Bo Ek"), ("c", "Åsa Öberg")]
    assert match_person("  anna   LIND ", people) == ("a", "Anna Lind")
    assert match_person("ÅSA öberg", people) == ("c", "Åsa Öberg")
    assert match_person("Dana  Berg ", people) == (None, "Dana Berg")
    assert match_person("", people) == (None, "")
    # Two people of one name: the text alone cannot say which, so it stays text.
    assert match_person("bo ek", [*people, ("d", "Bo Ek")]) == (None, "bo ek")


def test_typed_owner_links_to_the_person_and_undo_puts_back_the_text(
    service: PlanService, registers: RegisterService, workspace: Workspace
) -> None:
    activity = service.tree().find_activity(CODE)
    service.update_activity(activity.id, {"owner": "Gamla Namnet"})
    assert owner_of(workspace) == ("Gamla Namnet", None)
    anna = registers.create_person("Anna Lind")
    old = service.update_activity(activity.id, {"owner": " anna  lind"})
    assert owner_of(workspace) == ("Anna Lind", anna)
    assert old == {"owner": "Gamla Namnet", "owner_person_id": None}
    service.update_activity(activity.id, old)  # undo: the text again, unlinked
    assert owner_of(workspace) == ("Gamla Namnet", None)


def test_a_person_is_picked_by_id_when_two_share_a_name(
    service: PlanService, registers: RegisterService, workspace: Workspace
) -> None:
    culture = registers.create_office("Kulturkontoret")
    first = registers.create_person("Bo Ek", office_id=culture)
    second = registers.create_person("Bo Ek", title="Näringslivsutvecklare")
    labels = {c.id: c.label for c in people_choices(workspace.engine)}
    assert labels[first] == "Bo Ek (Kulturkontoret)"
    assert labels[second] == "Bo Ek (Näringslivsutvecklare)"
    activity = service.tree().find_activity(CODE)
    service.update_activity(activity.id, {"owner": "Bo Ek"})
    assert owner_of(workspace) == ("Bo Ek", None)  # ambiguous text: not linked to either
    service.update_activity(activity.id, {"owner_person_id": second})
    assert owner_of(workspace) == ("Bo Ek", second)
    registers.update_person(second, {"name": "Bo Ekström"})
    assert owner_of(workspace) == ("Bo Ekström", second)


def test_a_new_activity_links_its_owner(service: PlanService, registers: RegisterService) -> None:
    anna = registers.create_person("Anna Lind")
    initiative = service.tree().find("1.1")
    created = service.create_activity(initiative.id, "Ny aktivitet", owner="ANNA LIND")
    node = next(a for a in service.tree().activities() if a.id == created)
    assert (node.owner, node.owner_person_id) == ("Anna Lind", anna)


# --- a rename shows everywhere -----------------------------------------------------------------


def _linked_plan(workspace: Workspace) -> tuple[str, str]:
    """An activity owned by Anna Lind (red, so the steering report names it) and an open
    follow-up of hers; returns Anna's id and the decision's."""
    plan = PlanService(workspace.engine, "testare")
    registers = RegisterService(workspace.engine, "testare")
    anna = registers.create_person("Anna Lind")
    activity = plan.tree().find_activity(CODE)
    plan.update_activity(activity.id, {"owner": "anna lind"})
    plan.report_status(
        activity.id, "red", cause="Ingen lokal", recommended_action="Hyr en lokal", comment="Stopp"
    )
    meeting = SteeringService(workspace.engine, "testare").create_meeting(date.today())
    decided = DecisionService(workspace.engine, "testare").record_decision(
        meeting,
        DecisionKind.DEVIATION_ACTION,
        "Hyr en lokal före sommaren",
        activity_id=activity.id,
        follow_up_by="Anna Lind",
        follow_up_date=date.today() + timedelta(days=30),
    )
    return anna, decided.decision_id


def test_a_renamed_person_is_shown_by_the_new_name_in_tree_reports_excel_and_command_line(
    workspace: Workspace, registers: RegisterService, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    anna, decision_id = _linked_plan(workspace)
    decisions = DecisionService(workspace.engine, "testare")
    row = next(d for d in decisions.decisions() if d.id == decision_id)
    assert (row.follow_up_by, row.follow_up_person_id) == ("Anna Lind", anna)

    old = registers.update_person(anna, {"name": "Anna Berg-Lind"})
    assert old == {"name": "Anna Lind"}  # one change of one record: one undo step

    assert owner_of(workspace) == ("Anna Berg-Lind", anna)
    assert next(d for d in decisions.decisions() if d.id == decision_id).follow_up_by == "Anna Berg-Lind"
    workspace.engine.dispose()
    db = str(workspace.path)

    assert main(["--db", db, "tree", "--json"]) == 0
    areas = json.loads(capsys.readouterr().out)
    owners = {a["code"]: a["owner"] for i in areas[0]["initiatives"] for a in i["activities"]}
    assert owners[CODE] == "Anna Berg-Lind"

    pdf = tmp_path / "styrgrupp.pdf"
    assert main(["--db", db, "report", "steering", "--out", str(pdf)]) == 0
    text = pdf_text(pdf)
    assert text.count("Anna Berg-Lind") >= 2  # the red activity's owner and the follow-up
    assert "Anna Lind" not in text

    docx = tmp_path / "styrgrupp.docx"
    assert main(["--db", db, "report", "steering", "--format", "docx", "--out", str(docx)]) == 0
    document = Document(str(docx))
    words = "\n".join(
        [p.text for p in document.paragraphs]
        + [cell.text for table in document.tables for r in table.rows for cell in r.cells]
    )
    assert "Anna Berg-Lind" in words and "Anna Lind" not in words
    capsys.readouterr()

    xlsx = tmp_path / "plan.xlsx"
    export_workbook(workspace.engine, xlsx)
    sheet = load_workbook(xlsx).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    owner_column = rows[0].index("Ansvarig")
    code_column = rows[0].index("Kod")
    assert next(r[owner_column] for r in rows if r[code_column] == CODE) == "Anna Berg-Lind"


def test_deleting_a_linked_person_says_what_names_them_and_keeps_the_name(
    workspace: Workspace, registers: RegisterService
) -> None:
    anna, decision_id = _linked_plan(workspace)
    assert registers.person_uses(anna) == (
        "Anna Lind är ansvarig för 1 aktivitet och följer upp 1 beslut. Där står namnet kvar, "
        "men inte längre i personregistret."
    )
    bo = registers.create_person("Bo Ek")
    assert registers.person_uses(bo) == ""
    removed = registers.delete(Person, anna)
    assert "Anna Lind" not in [p.name for p in registers.people()]
    assert owner_of(workspace) == ("Anna Lind", anna)
    row = next(d for d in DecisionService(workspace.engine, "t").decisions() if d.id == decision_id)
    assert (row.follow_up_by, row.follow_up_state) == ("Anna Lind", FollowUpState.OPEN)
    # A typed "Anna Lind" no longer links: she is not in the register.
    plan = PlanService(workspace.engine, "testare")
    other = plan.tree().find_activity("1.1.2")
    plan.update_activity(other.id, {"owner": "Anna Lind"})
    assert owner_of(workspace, "1.1.2") == ("Anna Lind", None)
    registers.restore(removed)  # undo of the deletion
    assert "Anna Lind" in [p.name for p in registers.people()]


# --- an older plan upgraded --------------------------------------------------------------------


def test_the_upgrade_links_the_names_that_name_exactly_one_person(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    config = alembic_config()
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
    stamp = "2024-01-01 00:00:00.000000"
    ids = {name: str(uuid.uuid4()) for name in ("strategy", "area", "initiative", "meeting")}
    people = {"anna": str(uuid.uuid4()), "bo1": str(uuid.uuid4()), "bo2": str(uuid.uuid4())}
    gone = str(uuid.uuid4())
    owners = {"  anna   LIND": "anna", "Bo Ek": None, "Cecilia Holm": None, "Dana Gone": None, "": None}
    activities = {owner: str(uuid.uuid4()) for owner in owners}
    with sqlite3.connect(path) as connection:
        system = "id, created_at, modified_at, modified_by, deleted_at"

        def insert(table: str, columns: str, *values: object, deleted: str | None = None) -> None:
            marks = ", ".join("?" * (4 + len(values)))
            connection.execute(
                f"INSERT INTO {table} ({system}, {columns}) VALUES ({marks})",
                (values[0], stamp, stamp, "", deleted, *values[1:]),
            )

        insert(
            "strategy",
            "name, plan_name, overall_goal, period_start, period_end, reference, organisation",
            ids["strategy"],
            "S",
            "P",
            "",
            2024,
            2026,
            "",
            "",
        )
        insert(
            "focusarea", "strategy_id, position, title, description", ids["area"], ids["strategy"], 0, "F", ""
        )
        insert(
            "initiative",
            "focus_area_id, position, statement, description",
            ids["initiative"],
            ids["area"],
            0,
            "I",
            "",
        )
        for key, name in (("anna", "Anna Lind"), ("bo1", "Bo Ek"), ("bo2", "bo  ek")):
            insert("person", "name, title, email, phone", people[key], name, "", "", "")
        insert("person", "name, title, email, phone", gone, "Dana Gone", "", "", "", deleted=stamp)
        for position, (owner, activity_id) in enumerate(activities.items()):
            insert(
                "activity",
                "initiative_id, position, title, description, owner, ongoing, lifecycle",
                activity_id,
                ids["initiative"],
                position,
                f"A{position}",
                "",
                owner,
                0,
                "proposed",
            )
        insert("steeringmeeting", "meeting_date, location, notes", ids["meeting"], "2024-02-01", "", "")
        decision = str(uuid.uuid4())
        insert(
            "decision",
            "meeting_id, kind, text, follow_up_by, follow_up_state",
            decision,
            ids["meeting"],
            "other",
            "Beslut",
            "ANNA LIND",
            "open",
        )
    upgrade_to_head(engine)
    engine.dispose()
    with sqlite3.connect(path) as connection:
        linked = dict(connection.execute("SELECT owner, owner_person_id FROM activity").fetchall())
        follow_up = connection.execute("SELECT follow_up_by, follow_up_person_id FROM decision").fetchone()
        modified = {row[0] for row in connection.execute("SELECT modified_at FROM activity")}
    assert linked == {owner: people[key] if key else None for owner, key in owners.items()}
    assert follow_up == ("ANNA LIND", people["anna"])
    assert modified == {stamp}  # derived the same everywhere: no edit for sync to carry
    upgraded = open_workspace(path)
    try:
        tree = PlanService(upgraded.engine, "t").tree()
        shown = {a.title: a.owner for a in tree.activities()}
        assert shown["A0"] == "Anna Lind"  # the register's spelling
        assert shown["A1"] == "Bo Ek" and shown["A3"] == "Dana Gone"
    finally:
        upgraded.close()


def test_a_plan_with_status_reports_goes_down_to_0004_and_up_again_with_its_links(
    workspace: Workspace, service: PlanService, registers: RegisterService
) -> None:
    anna = registers.create_person("Anna Lind")
    activity = service.tree().find_activity(CODE)
    service.update_activity(activity.id, {"owner": "Anna Lind"})
    service.report_status(activity.id, "green")  # a record that points to the activity
    config = alembic_config()
    with workspace.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0004")
    with sqlite3.connect(workspace.path) as connection:
        columns = {row[1] for row in connection.execute("PRAGMA table_info(activity)")}
        assert "owner_person_id" not in columns
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    upgrade_to_head(workspace.engine)
    assert owner_of(workspace) == ("Anna Lind", anna)


# --- the Excel import ----------------------------------------------------------------------------


def test_excel_import_links_a_known_name_and_keeps_an_unknown_one_as_text(
    workspace: Workspace, registers: RegisterService, service: PlanService, tmp_path: Path
) -> None:
    anna = registers.create_person("Anna Lind")
    path = tmp_path / "plan.xlsx"
    export_workbook(workspace.engine, path)
    book = load_workbook(path)
    sheet = book.worksheets[0]
    header = [cell.value for cell in sheet[1]]
    owner_column, code_column = header.index("Ansvarig") + 1, header.index("Kod") + 1
    for row in range(2, sheet.max_row + 1):
        code = sheet.cell(row, code_column).value
        if code == "1.1.1":
            sheet.cell(row, owner_column).value = "anna lind"
        elif code == "1.1.2":
            sheet.cell(row, owner_column).value = "Okänd Person"
    book.save(path)
    preview = build_preview(workspace.engine, read_spreadsheet(path))
    assert not preview.problems
    assert list(preview.unlinked_owners) == ["Okänd Person"]
    assert any("Okänd Person" in line and "som text" in line for line in preview.summary_lines())
    apply_import(workspace, preview, "testare")
    assert owner_of(workspace, "1.1.1") == ("Anna Lind", anna)
    assert owner_of(workspace, "1.1.2") == ("Okänd Person", None)
    assert "Okänd Person" not in [p.name for p in registers.people()]  # no person made from a typo


# --- the plan file -------------------------------------------------------------------------------


@pytest.fixture
def pair(tmp_path: Path):
    a, b = open_workspace(tmp_path / "a" / "plan.sqlite"), open_workspace(tmp_path / "b" / "plan.sqlite")
    import_file(b, export(a, tmp_path / "start.hplan"))
    yield a, b
    a.close()
    b.close()


def test_a_linked_owner_and_a_rename_travel_in_the_plan_file(
    pair: tuple[Workspace, Workspace], tmp_path: Path
) -> None:
    a, b = pair
    anna = RegisterService(a.engine, "anna").create_person("Anna Lind")
    plan_a = PlanService(a.engine, "anna")
    plan_a.update_activity(plan_a.tree().find_activity(CODE).id, {"owner": "Anna Lind"})
    import_file(b, export(a, tmp_path / "a1.hplan"))
    assert owner_of(b) == ("Anna Lind", anna)
    RegisterService(b.engine, "bo").update_person(anna, {"name": "Anna Berg"})
    import_file(a, export(b, tmp_path / "b1.hplan"))
    assert owner_of(a) == ("Anna Berg", anna)


def test_an_owner_linked_to_a_person_the_other_side_deleted_keeps_the_name(
    pair: tuple[Workspace, Workspace], tmp_path: Path
) -> None:
    a, b = pair
    anna = RegisterService(a.engine, "anna").create_person("Anna Lind")
    import_file(b, export(a, tmp_path / "a1.hplan"))
    # B deletes Anna from the register while A makes her the owner of an activity.
    RegisterService(b.engine, "bo").delete(Person, anna)
    plan_a = PlanService(a.engine, "anna")
    plan_a.update_activity(plan_a.tree().find_activity(CODE).id, {"owner_person_id": anna})
    for target, source, name in ((b, a, "a2"), (a, b, "b2")):
        import_file(target, export(source, tmp_path / f"{name}.hplan"))
    for side in (a, b):
        assert owner_of(side) == ("Anna Lind", anna)
        assert "Anna Lind" not in [p.name for p in RegisterService(side.engine, "x").people()]


def test_the_register_asks_before_deleting_a_linked_person_naming_what_names_them(
    qtbot, workspace: Workspace, service: PlanService, registers: RegisterService
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.ui.context import AppContext
    from desktop_app.ui.registers_dialog import RegistersDialog
    from tests.client_helpers import answer_next_dialog, fresh_application, remove_translators

    anna = registers.create_person("Anna Lind")
    for code in ("1.1.1", "1.1.2"):
        service.update_activity(service.tree().find_activity(code).id, {"owner": "Anna Lind"})
    app, translators = fresh_application("sv")
    dialog = RegistersDialog(AppContext(workspace, "testare"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.people_tab)
    people = dialog.people_tab
    people.list.setCurrentRow(0)
    asked: list[str] = []

    def answer(box: QMessageBox) -> None:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    answer_next_dialog(answer)
    qtbot.mouseClick(people.delete_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].startswith("Anna Lind är ansvarig för 2 aktiviteter.")
    assert "Ta bort ”Anna Lind” ur registret?" in asked[0]
    assert registers.people() == []
    assert owner_of(workspace, "1.1.2") == ("Anna Lind", anna)
    remove_translators(app, translators)
