"""What a start of the desktop app and each command load: none waits for what only writing needs.

Building the table classes (SQLModel with pydantic) costs about a tenth of a
second, Alembic, ReportLab and openpyxl more; opening an existing plan needs
none of them, nor SQLAlchemy (read with the standard library's sqlite3).  Each
case starts the app or a command in a fresh process, the way ``handlingsplan``
does, and looks at the modules loaded once the window is shown or the command
is done.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from pypdf import PdfReader

from database.enums import StatusColour
from database.models import SYNCED_TABLES
from database.synced_tables import SYNCED_CONTAINMENT, SYNCED_TABLE_NAMES
from desktop_app.services.plan import PlanService
from desktop_app.services.tree import read_tree
from desktop_app.services.workspace import Workspace

REPO = Path(__file__).resolve().parent.parent

START = """
import gc, json, linecache, os, sys
from pathlib import Path
import database, desktop_app
from desktop_app.main import load_desktop
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.settings import AppSettings

desktop = load_desktop()
frozen = gc.get_freeze_count()
application, open_main_window = desktop.application, desktop.open_main_window
app = application()
if sys.argv[2]:
    AppSettings().set_last_selection(sys.argv[2])
translators = install_translators(app, AppSettings().language())
window = open_main_window(Path(sys.argv[1]))
window.show()
app.processEvents()
window.grab()  # every widget painted, the tree's scroll bar with its gradient too
threads = len(os.listdir("/proc/self/task")) if sys.platform.startswith("linux") else None
heavy = ("sqlalchemy", "database.models", "desktop_app.services.plan", "alembic", "reportlab", "openpyxl")
later = ("desktop_app.services.rules", "database.link_ids", "uuid", "desktop_app.ui.unsaved",
         "desktop_app.ui.date_fields", "desktop_app.ui.steering.meetings", "dataclasses")
print(json.dumps({
    "loaded": [name for name in heavy if name in sys.modules],
    "later": [name for name in later if name in sys.modules],
    "rows": window.model.rowCount(),
    "kind": window.detail.kind_label.text(),
    "history_rows": window.detail.activity_form.history.table.rowCount() if sys.argv[2] else None,
    "collector_on": gc.isenabled(),
    "frozen": frozen,
    "threads": threads,
    "sources_read": sorted(name for name in linecache.cache if name.startswith(tuple(
        os.path.join(os.path.dirname(module.__file__), "") for module in (desktop_app, database)))),
}))
window.context.workspace.close()
"""


COMMAND = """
import json, sys
from desktop_app.main import main

try:
    code = main(sys.argv[2:])
except SystemExit as exit:
    code = exit.code
with open(sys.argv[1], "w", encoding="utf-8") as out:
    json.dump({"code": code, "loaded": sorted(name for name in sys.modules if name.split(".")[0] in {
        "sqlalchemy", "pydantic", "sqlmodel", "alembic", "openpyxl", "reportlab"
    } or name in {"database.models", "urllib.request", "http.client", "email.parser", "ssl", "dataclasses"}),
    "modules": sorted(sys.modules)}, out)
"""

NETWORK = {"urllib", "http", "email", "ssl"}
"""urllib.request with http.client, email and ssl (≈ 25 ms): loaded by ``xml.sax.saxutils``, which
the reports do without; no command reads anything from the network."""
ORM = {"sqlalchemy.orm", "pydantic", "sqlmodel", "database.models"}
"""SQLAlchemy's ORM and the table classes: writing through the plan's services needs them."""
EVERYTHING = ORM | {"sqlalchemy", "alembic", "openpyxl", "reportlab"}


def _env(tmp_path: Path) -> dict[str, str]:
    environment = {name: value for name, value in os.environ.items() if name != "QT_NO_GUI_THREADPOOL"}
    return {
        **environment,  # without the pool switch, which the app sets itself
        "PYTHONPATH": str(REPO),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }


def start(workspace: Workspace, tmp_path: Path, selection: str = "") -> dict:
    env = _env(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", START, str(workspace.path), selection],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_first_start_shows_the_plan_without_the_table_classes(workspace: Workspace, tmp_path: Path) -> None:
    shown = start(workspace, tmp_path)
    assert shown["loaded"] == []
    # Nor what only checking a rule, writing a follow-up mark or the steering views need.
    assert shown["later"] == []
    assert shown["rows"] == 5  # the seeded plan's focus areas
    assert shown["kind"].endswith(" 1")  # the first focus area is selected and shown
    # The window's modules were loaded without the cycle collector and then set apart from it
    # (services.bulk.kept_for_life); it runs again for everything made since.
    assert shown["frozen"] > 20_000
    assert shown["collector_on"]
    # The window is painted by the main thread alone: Qt's GUI thread pool (parallel gradient
    # fills) cost the first paint two threads and 9 ms of waiting for them.
    if sys.platform.startswith("linux"):  # the threads are counted from /proc
        assert shown["threads"] == 1
    # PySide did not read the source of each module imported after it (ui/pyside_imports).
    assert shown["sources_read"] == []


def test_a_start_on_an_activity_with_history_loads_no_table_classes_either(
    workspace: Workspace, tmp_path: Path, service: PlanService
) -> None:
    activity = read_tree(workspace.engine).find_activity("2.1.1")
    service.report_status(activity.id, "green", comment="Startat")
    service.report_status(activity.id, "yellow", cause="Sen start", recommended_action="Åtgärda")
    shown = start(workspace, tmp_path, activity.id)
    assert shown["loaded"] == []
    assert shown["kind"].endswith(" 2.1.1")
    assert shown["history_rows"] == 2


def _package(module: str) -> str:
    """``sqlalchemy.orm`` for the ORM's modules, ``database.models`` for itself, else the top package."""
    if module == "database.models" or module.startswith("sqlalchemy.orm"):
        return module if module == "database.models" else "sqlalchemy.orm"
    return module.split(".")[0]


def command(workspace: Workspace, tmp_path: Path, *args: str) -> tuple[object, set[str], str]:
    """Run ``handlingsplan --db PLAN ARGS`` in a fresh process: its exit code, what it loaded, its output."""
    loaded = tmp_path / "loaded.json"
    done = subprocess.run(
        [sys.executable, "-c", COMMAND, str(loaded), "--db", str(workspace.path), *args],
        env=_env(tmp_path),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(loaded.read_text(encoding="utf-8"))
    return result["code"], {_package(name) for name in result["loaded"]}, done.stdout


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--version"], "handlingsplan"),
        (["tree"], "1.1.1"),
        (["tree", "--json"], '"code": "1.1.1"'),
    ],
)
def test_the_reading_commands_load_neither_sqlalchemy_nor_the_table_classes(
    workspace: Workspace, tmp_path: Path, args: list[str], words: str
) -> None:
    code, loaded, output = command(workspace, tmp_path, *args)
    assert code == 0
    assert words in output
    assert not loaded & EVERYTHING, sorted(loaded & EVERYTHING)


@pytest.mark.parametrize(
    ("args", "own"),
    [
        (["tree"], {"desktop_app.cli.plan_commands"}),
        (["--lang", "en", "tree", "--json"], {"desktop_app.cli.plan_commands"}),
        (["--version"], set()),
    ],
)
def test_a_command_loads_only_its_own_command_module_and_on_linux_no_platformdirs(
    workspace: Workspace, tmp_path: Path, args: list[str], own: set[str]
) -> None:
    loaded = tmp_path / "loaded.json"
    for _run in ("the first makes the user's own plan", "the second is measured"):
        done = subprocess.run(
            [sys.executable, "-c", COMMAND, str(loaded), *args],  # without --db: the user's own plan
            env=_env(tmp_path),
            cwd=tmp_path,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
    modules = set(json.loads(loaded.read_text(encoding="utf-8"))["modules"])
    assert {name for name in modules if name.endswith("_commands")} == own
    if sys.platform.startswith("linux"):
        assert "platformdirs" not in modules
        assert "tempfile" not in modules
    assert "threading" not in modules  # the messages' per-thread language is _thread's own local


def test_the_desktop_app_s_command_line_loads_no_command_module(tmp_path: Path) -> None:
    """``handlingsplan`` and ``handlingsplan --db PLAN --lang en`` start the window: their command
    line is read without registering the commands (10 ms of the start)."""
    script = (
        "import json, sys\n"
        "from desktop_app.main import build_parser\n"
        "args = build_parser(sys.argv[1:]).parse_args(sys.argv[1:])\n"
        "print(json.dumps([args.command, sorted(m for m in sys.modules if m.endswith('_commands'))]))"
    )
    for args in ([], ["--db", str(tmp_path / "plan.sqlite"), "--lang", "en"], ["--user", "tree"]):
        done = subprocess.run(
            [sys.executable, "-c", script, *args],
            env=_env(tmp_path),
            cwd=tmp_path,
            capture_output=True,
            text=True,
            check=True,
        )
        assert json.loads(done.stdout) == [None, []], args


def test_help_and_an_unknown_command_still_list_every_command(workspace: Workspace, tmp_path: Path) -> None:
    for args in (["--help"], ["exprot"]):
        done = subprocess.run(
            [sys.executable, "-m", "desktop_app", "--db", str(workspace.path), *args],
            env=_env(tmp_path),
            cwd=tmp_path,
            capture_output=True,
            text=True,
            check=False,
        )
        said = done.stdout + done.stderr
        for name in ("tree", "status", "check", "report", "export", "import", "xlsx", "new", "info"):
            assert name in said, (args, said)


def test_the_synced_tables_are_named_without_the_table_classes_in_the_same_order() -> None:
    assert tuple(model.__tablename__ for model in SYNCED_TABLES) == SYNCED_TABLE_NAMES  # type: ignore[attr-defined]


def test_what_lives_under_what_is_named_as_the_table_classes_foreign_keys_say() -> None:
    found = {}
    for model in SYNCED_TABLES:
        found[model.__tablename__] = tuple(  # type: ignore[attr-defined]
            (column.name, key.column.table.name)
            for column in model.__table__.columns  # type: ignore[attr-defined]
            if not column.nullable
            for key in column.foreign_keys
        )
    assert found == SYNCED_CONTAINMENT


def test_export_and_import_write_with_plain_sql_and_load_no_table_classes(
    workspace: Workspace, tmp_path: Path, service: PlanService
) -> None:
    # The other installation: a copy of the plan with an installation of its own.
    other = Workspace(tmp_path / "other" / "plan.sqlite")
    other.path.parent.mkdir()
    with closing(sqlite3.connect(workspace.path)) as source, closing(sqlite3.connect(other.path)) as target:
        source.backup(target)
        target.execute("DELETE FROM setting")
        target.commit()
    activity = read_tree(workspace.path).find_activity("2.1.1")
    service.report_status(activity.id, "yellow", cause="Sen start", recommended_action="Ny plan")
    plan_file = tmp_path / "plan.hplan"

    code, loaded, output = command(workspace, tmp_path, "export", str(plan_file))
    assert code == 0, output
    assert plan_file.stat().st_size > 0
    assert not loaded & (EVERYTHING - {"sqlalchemy"}), sorted(loaded)

    code, loaded, output = command(other, tmp_path, "import", str(plan_file), "--prefer", "theirs")
    assert code == 0, output
    assert "Importen är klar" in output
    assert read_tree(other.path).find_activity("2.1.1").status == StatusColour.YELLOW
    # Importing checks every incoming value (type, enum, foreign key) against what
    # database/stored_columns.py says of each column, written from the table classes: it loads none.
    assert not loaded & (EVERYTHING - {"sqlalchemy"}), sorted(loaded)


@pytest.mark.parametrize("kind", [["steering"], ["annual", "--year", "2024"]])
def test_a_report_reads_with_the_standard_library_and_loads_only_reportlab(
    workspace: Workspace, tmp_path: Path, kind: list[str]
) -> None:
    out = tmp_path / "rapport.pdf"
    code, loaded, output = command(workspace, tmp_path, "report", *kind, "--out", str(out))
    assert code == 0, output
    assert len(PdfReader(out).pages) > 1
    assert "reportlab" in loaded
    assert not loaded & (EVERYTHING - {"reportlab"}), sorted(loaded)
    assert not loaded & NETWORK, sorted(loaded & NETWORK)
    # The report's records are named tuples: the dataclasses module and the methods it compiles for
    # each class cost a small report 2 ms.
    assert "dataclasses" not in loaded
    # The chart is drawn with the canvas's own lines and strings: ReportLab's chart library costs a
    # small report a tenth of its time to import and lay out.
    assert not {name for name in loaded if name.startswith("reportlab.graphics")}, sorted(loaded)


def test_reading_a_plan_that_is_gone_creates_no_empty_file(tmp_path: Path) -> None:
    gone = tmp_path / "borta.sqlite"
    with pytest.raises(sqlite3.OperationalError):
        read_tree(gone)
    assert not gone.exists()
