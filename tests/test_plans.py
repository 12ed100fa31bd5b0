"""Several plans: the plan's own facts ("Om planen"), new plans, opening plans side by side."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from database.store import create_database, make_engine, upgrade_to_head
from desktop_app.main import main
from desktop_app.services.errors import PlanError, ValidationError
from desktop_app.services.excel import export_workbook
from desktop_app.services.new_plan import PlanFacts, create_plan, draft_of
from desktop_app.services.plan_info import read_plan_info, update_plan_info
from desktop_app.services.report_data import gather_annual, gather_steering
from desktop_app.services.tree import read_tree
from desktop_app.services.workspace import Workspace
from desktop_app.ui.context import AppContext
from desktop_app.ui.plans import edit_plan_info, new_plan
from desktop_app.ui.plans.info_dialog import PlanInfoDialog
from desktop_app.ui.plans.new_plan_dialog import NewPlanDialog
from desktop_app.ui.plans.recent import last_plan, recent_plans
from desktop_app.ui.plans.windows import open_plan_window, open_windows, release
from tests.client_helpers import answer_next_dialog, fresh_application, open_window, remove_translators


@pytest.fixture
def window(qtbot, workspace: Workspace):
    app, translators = fresh_application("sv")
    opened = open_window(qtbot, AppContext(workspace, "testare"))
    yield opened
    opened.close()
    for other in open_windows():
        other.close()
    remove_translators(app, translators)


# --- the plan's facts ---------------------------------------------------------------------


def test_the_seeded_plan_has_its_facts(workspace: Workspace) -> None:
    info = read_plan_info(workspace.engine)
    assert info is not None
    assert info.title == "Handlingsplan ”Utvecklingskraft i Södertälje”"
    assert (info.reference, info.period) == ("KS 16/70", "2016–2022")


def test_changing_the_facts_returns_the_old_values_and_checks_them(workspace: Workspace) -> None:
    old = update_plan_info(
        workspace.engine,
        "processledare",
        {"plan_name": "  Miljöplan   Ort ", "reference": "KS 2024/12", "organisation": "Miljöförvaltningen"},
    )
    assert old == {
        "plan_name": "Handlingsplan ”Utvecklingskraft i Södertälje”",
        "reference": "KS 16/70",
        "organisation": "",
    }
    info = read_plan_info(workspace.engine)
    assert info is not None and info.plan_name == "Miljöplan Ort"
    with pytest.raises(ValidationError, match="namn"):
        update_plan_info(workspace.engine, "x", {"plan_name": "  "})
    with pytest.raises(ValidationError, match="före"):
        update_plan_info(workspace.engine, "x", {"period_start": 2030})
    with pytest.raises(ValidationError, match="årtal"):
        update_plan_info(workspace.engine, "x", {"period_end": "tjugo"})
    assert read_plan_info(workspace.engine) == info


def test_reports_and_the_excel_export_carry_the_facts(workspace: Workspace, tmp_path: Path) -> None:
    facts = {"plan_name": "Miljöplan", "reference": "KS 9/99", "organisation": "Miljökontoret"}
    update_plan_info(workspace.engine, "x", facts)
    steering = gather_steering(workspace.engine)
    annual = gather_annual(workspace.engine, 2024)
    for data in (steering, annual):
        assert data.plan_name == "Miljöplan"
        assert ("Diarienummer", "KS 9/99") in data.plan_facts
        assert ("Ägare", "Miljökontoret") in data.plan_facts
        assert ("Strategi", "Utvecklingskraft i Södertälje") in data.plan_facts
    from pypdf import PdfReader

    from desktop_app.reports.annual import write_annual_report
    from desktop_app.reports.steering import write_steering_report

    write_steering_report(steering, tmp_path / "styrgrupp.pdf")
    write_annual_report(annual, tmp_path / "arlig.pdf")
    for pdf in ("styrgrupp.pdf", "arlig.pdf"):
        cover = PdfReader(tmp_path / pdf).pages[0].extract_text()
        assert "Miljöplan" in cover and "KS 9/99" in cover and "Miljökontoret" in cover
    target = tmp_path / "plan.xlsx"
    export_workbook(workspace.engine, target)
    summary = load_workbook(target)["Sammanfattning"]
    assert summary["A1"].value == "Miljöplan"
    assert "Diarienummer: KS 9/99" in summary["A3"].value
    assert "Planperiod: 2016–2022" in summary["A3"].value


def test_a_database_of_the_schema_before_plan_owners_gets_the_owner_column(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = create_database(path)
    engine.dispose()
    with sqlite3.connect(path) as connection:  # back to the schema before 0004, as an older app left it
        connection.execute("DROP TABLE ideastatechange")
        connection.execute("DROP TABLE officenamechange")
        connection.execute("DROP TABLE personnamechange")
        connection.execute("ALTER TABLE strategy DROP COLUMN organisation")
        connection.execute("DROP TABLE followupmark")  # made by 0006, after 0004
        connection.execute("UPDATE alembic_version SET version_num = '0003'")
        connection.execute(
            "INSERT INTO strategy (id, created_at, modified_at, modified_by, name, plan_name, overall_goal, "
            "period_start, period_end, reference) VALUES ('s', '2020-01-01', '2020-01-01', '', 'S', 'P', '', "
            "2020, 2023, 'KS 1/1')"
        )
    engine = make_engine(path)
    upgrade_to_head(engine)
    info = read_plan_info(engine)
    engine.dispose()
    assert info is not None and (info.title, info.reference, info.organisation) == ("P", "KS 1/1", "")


def test_the_form_changes_the_title_and_undo_brings_it_back(qtbot, window) -> None:
    assert window.windowTitle().startswith("Handlingsplan ”Utvecklingskraft i Södertälje”")

    def fill(dialog: PlanInfoDialog) -> None:
        dialog.plan_name_edit.selectAll()
        qtbot.keyClicks(dialog.plan_name_edit, "Trygghetsplan Norrby")
        dialog.reference_edit.selectAll()
        qtbot.keyClicks(dialog.reference_edit, "KS 2025/3")
        dialog.start_spin.selectAll()
        qtbot.keyClicks(dialog.start_spin, "2025")
        dialog.end_spin.selectAll()
        qtbot.keyClicks(dialog.end_spin, "2028")
        qtbot.keyClicks(dialog.organisation_edit, "Norrby kommun")
        dialog.grab().save(str(Path(window.context.workspace.path).with_name("om-planen.png")))
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    answer_next_dialog(fill)
    edit_plan_info(window)
    assert window.windowTitle() == "Trygghetsplan Norrby – Handlingsplan"
    info = read_plan_info(window.context.engine)
    assert info is not None
    assert (info.reference, info.period, info.organisation) == ("KS 2025/3", "2025–2028", "Norrby kommun")
    window.undo_action.trigger()
    assert window.windowTitle().startswith("Handlingsplan ”Utvecklingskraft")
    assert read_plan_info(window.context.engine).organisation == ""


def test_the_form_names_a_refused_value_and_keeps_the_plan(qtbot, window) -> None:
    dialog = PlanInfoDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.plan_name_edit.clear()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() is False or dialog.result() == 0
    assert "namn" in dialog.error_label.text()
    assert read_plan_info(window.context.engine).reference == "KS 16/70"


# --- new plans ------------------------------------------------------------------------------


def test_a_copy_of_the_structure_is_a_plan_of_its_own(workspace: Workspace, tmp_path: Path) -> None:
    facts = PlanFacts("Näringslivsplan 2023–2026")
    target = create_plan(tmp_path / "ny.sqlite", facts, draft_of(workspace.engine))
    engine = make_engine(target)
    try:
        copy, original = read_tree(engine), read_tree(workspace.engine)
        assert [a.title for a in copy.focus_areas] == [a.title for a in original.focus_areas]
        assert len(copy.activities()) == 58 and all(a.status is None for a in copy.activities())
        assert not {a.id for a in copy.activities()} & {a.id for a in original.activities()}
        assert read_plan_info(engine).id != read_plan_info(workspace.engine).id
        assert read_plan_info(engine).title == "Näringslivsplan 2023–2026"
    finally:
        engine.dispose()


def test_a_new_plan_never_overwrites_a_file_nor_makes_folders(workspace: Workspace, tmp_path: Path) -> None:
    before = workspace.path.read_bytes()
    with pytest.raises(PlanError, match="finns redan"):
        create_plan(workspace.path, PlanFacts("X"))
    assert workspace.path.read_bytes() == before
    with pytest.raises(PlanError, match="finns inte"):
        create_plan(tmp_path / "saknas" / "x.sqlite", PlanFacts("X"))
    with pytest.raises(ValidationError):
        create_plan(tmp_path / "x.sqlite", PlanFacts("  "))
    assert not (tmp_path / "x.sqlite").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_new_on_the_command_line(tmp_path: Path, capsys) -> None:
    source = tmp_path / "egen.sqlite"
    assert main(["--db", str(source), "new", str(tmp_path / "kopia.sqlite"), "--name", "Kopian"]) == 0
    assert "5 fokusområden, 24 insatsområden, 58 aktiviteter" in capsys.readouterr().out
    assert main(["--db", str(source), "new", str(tmp_path / "beslutad.sqlite"), "--decided"]) == 0
    engine = make_engine(tmp_path / "beslutad.sqlite")
    assert {a.lifecycle.value for a in read_tree(engine).activities()} == {"decided"}
    engine.dispose()
    assert main(["new", str(tmp_path / "tom.sqlite"), "--empty"]) == 0
    assert main(["--db", str(tmp_path / "tom.sqlite"), "tree", "--json"]) == 0
    out = capsys.readouterr().out
    assert "”tom”" in out and out.rstrip().endswith("[]")
    assert main(["new", str(tmp_path / "tom.sqlite"), "--empty"]) == 1
    assert "finns redan" in capsys.readouterr().err


def test_new_plan_dialog_opens_the_plan_in_its_own_window(qtbot, window, tmp_path: Path) -> None:
    proposed: list[Path] = []

    def fill(dialog: NewPlanDialog) -> None:
        qtbot.keyClicks(dialog.target.name_edit, "Trafikplan Norrby")
        proposed.append(dialog.target.path())
        qtbot.mouseClick(dialog.copy_radio, Qt.MouseButton.LeftButton)
        dialog.grab().save(str(tmp_path / "ny-plan.png"))
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    answer_next_dialog(fill)
    created = new_plan(window)
    assert proposed == [window.context.workspace.path.with_name("Trafikplan-Norrby.sqlite")]
    assert created is not None and created.name == "Trafikplan-Norrby.sqlite"
    [second] = open_windows()
    assert second is not window
    assert second.windowTitle() == "Trafikplan Norrby – Handlingsplan"
    assert len(second.model.tree.activities()) == 58
    assert recent_plans()[0] == created.resolve()
    assert last_plan() == created.resolve()
    assert open_plan_window(created) is second  # the window it already has, not a second one
    second.close()
    assert open_windows() == []


def test_opening_a_plan_that_cannot_be_used_says_so(qtbot, window, tmp_path: Path) -> None:
    broken = tmp_path / "inte-en-plan.sqlite"
    broken.write_text("hej")
    seen: list[str] = []
    answer_next_dialog(lambda box: (seen.append(box.text()), box.accept()))
    assert open_plan_window(broken) is None
    assert "inte en SQLite-fil" in seen[0]
    assert broken.read_text() == "hej"
    assert last_plan() is None


def test_release_gives_up_the_lock(qtbot, window, tmp_path: Path) -> None:
    other = tmp_path / "annan.sqlite"
    create_plan(other, PlanFacts("Annan plan"))
    opened = open_plan_window(other)
    assert opened is not None and opened.writer_lock is not None
    opened.close()
    assert opened.writer_lock is None
    again = open_plan_window(other)
    assert again is not None and not again.context.read_only
    again.close()
    release(again)  # a second release changes nothing


def test_the_plan_open_last_is_opened_at_start(qtbot, tmp_path: Path, user_folders: Path) -> None:
    from PySide6.QtCore import QTimer

    from desktop_app.services.user_profile import set_user_name
    from desktop_app.ui.app import run_desktop
    from desktop_app.ui.plans.recent import remember_plan

    set_user_name("Testare")  # a first start asks for the user's name; this user has given it
    app, translators = fresh_application("sv")
    try:
        other = create_plan(tmp_path / "annan.sqlite", PlanFacts("Folkhälsoplan"))
        remember_plan(other)
        titles: list[str] = []

        def look_and_close() -> None:
            titles.extend(w.windowTitle() for w in open_windows())
            for w in open_windows():
                w.close()

        QTimer.singleShot(0, look_and_close)
        assert run_desktop(None) == 0
        assert titles == ["Folkhälsoplan – Handlingsplan"]
        other.unlink()  # a plan file that is gone: a new user's own plan, the seeded one
        QTimer.singleShot(0, look_and_close)
        assert run_desktop(None) == 0
        assert titles[1] == "Handlingsplan ”Utvecklingskraft i Södertälje” – Handlingsplan"
        assert (user_folders / "data" / "Handlingsplan" / "handlingsplan.sqlite").exists()
    finally:
        remove_translators(app, translators)


def test_recent_plans_are_offered_and_open_beside(qtbot, window, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMenu

    from desktop_app.ui.plans import fill_recent
    from desktop_app.ui.plans.recent import remember_plan

    first = create_plan(tmp_path / "folkhalsa.sqlite", PlanFacts("Folkhälsoplan"))
    second = create_plan(tmp_path / "trygghet.sqlite", PlanFacts("Trygghetsplan"))
    for path in (first, second, window.context.workspace.path):
        remember_plan(path)
    menu = QMenu()
    fill_recent(menu, window)
    texts = [action.text() for action in menu.actions()]
    assert [text.split()[0] for text in texts] == ["trygghet", "folkhalsa"]  # newest first, not the open one
    menu.actions()[1].trigger()
    [opened] = open_windows()
    assert opened.windowTitle() == "Folkhälsoplan – Handlingsplan"
    opened.close()
    second.unlink()
    fill_recent(menu, window)
    assert [action.text().split()[0] for action in menu.actions()] == ["folkhalsa"]  # a file gone is left out


def test_a_plan_that_cannot_be_written_is_one_line_and_no_file(tmp_path: Path, monkeypatch, capsys) -> None:
    import sqlalchemy.exc

    from database import store

    def refuse(path: Path):
        raise sqlalchemy.exc.OperationalError(
            "PRAGMA", {}, sqlite3.OperationalError("unable to open database file")
        )

    monkeypatch.setattr(store, "create_database", refuse)
    assert main(["new", str(tmp_path / "ny.sqlite"), "--empty"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unable to open database file" in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []
    assert main(["new", str(tmp_path / "ny.sqlite"), "--from-docx", str(tmp_path / "saknas.docx")]) == 1
    assert "finns inte" in capsys.readouterr().err


def test_info_on_the_command_line(workspace: Workspace, capsys) -> None:
    db = str(workspace.path)
    workspace.close()
    assert (
        main(["--db", db, "info", "--name", "Näringslivsplan 2023", "--period", "2023–2026", "--owner", "KS"])
        == 0
    )
    assert capsys.readouterr().out.splitlines() == [
        "Näringslivsplan 2023",
        "Strategi: Utvecklingskraft i Södertälje",
        "Diarienummer: KS 16/70",
        "Planperiod: 2023–2026",
        "Ägare: KS",
    ]
    assert main(["--db", db, "info", "--name", " "]) == 1
    assert "namn" in capsys.readouterr().err
    assert main(["--db", db, "tree"]) == 0
    assert capsys.readouterr().out.startswith("Näringslivsplan 2023\n")
