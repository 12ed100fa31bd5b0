"""What a start of the desktop app loads: showing the plan must not wait for what only writing needs.

Building the table classes (SQLModel with pydantic) costs about a tenth of a
second, Alembic, ReportLab and openpyxl more; opening an existing plan needs
none of them.  Each case starts the app in a fresh process, the way
``handlingsplan`` does, and looks at the modules loaded once the window is shown.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from desktop_app.services.plan import PlanService
from desktop_app.services.tree import read_tree
from desktop_app.services.workspace import Workspace

REPO = Path(__file__).resolve().parent.parent

START = """
import json, sys
from pathlib import Path
import desktop_app.main
from desktop_app.ui.app import application, open_main_window
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.settings import AppSettings

app = application()
if sys.argv[2]:
    AppSettings().set_last_selection(sys.argv[2])
translators = install_translators(app, AppSettings().language())
window = open_main_window(Path(sys.argv[1]))
window.show()
app.processEvents()
heavy = ("database.models", "desktop_app.services.plan", "alembic", "reportlab", "openpyxl")
print(json.dumps({
    "loaded": [name for name in heavy if name in sys.modules],
    "rows": window.model.rowCount(),
    "kind": window.detail.kind_label.text(),
    "history_rows": window.detail.activity_form.history.table.rowCount() if sys.argv[2] else None,
}))
window.context.workspace.close()
"""


def start(workspace: Workspace, tmp_path: Path, selection: str = "") -> dict:
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
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
    assert shown["rows"] == 5  # the seeded plan's focus areas
    assert shown["kind"].endswith(" 1")  # the first focus area is selected and shown


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
