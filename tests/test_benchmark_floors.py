"""The benchmark's command-line floors print exactly what ``handlingsplan tree`` prints.

A floor that did less than the app would flatter it; these compare the output
of the floors in ``benchmarks/floors.py`` with the app's, on a real plan with
status reports.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from contextlib import redirect_stdout

from benchmarks.floors import TREE_JSON, TREE_TEXT
from desktop_app.main import main
from desktop_app.services.plan import PlanService
from desktop_app.services.tree import read_tree
from desktop_app.services.workspace import Workspace


def _app(workspace: Workspace, *args: str) -> str:
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["--db", str(workspace.path), *args]) == 0
    return out.getvalue()


def _floor(script: str, workspace: Workspace) -> str:
    done = subprocess.run(
        [sys.executable, "-c", script, str(workspace.path)], capture_output=True, text=True, check=True
    )
    return done.stdout


def test_the_tree_floors_print_the_same_tree_as_the_app(workspace: Workspace, service: PlanService) -> None:
    tree = read_tree(workspace.path)
    service.report_status(
        tree.find_activity("2.1.1").id, "yellow", comment="Sent", cause="Sjukdom", recommended_action="Åtgärd"
    )
    service.report_status(tree.find_activity("1.1.1").id, "green", comment="Startat")
    assert _floor(TREE_TEXT, workspace) == _app(workspace, "tree")
    floor = json.loads(_floor(TREE_JSON, workspace))
    assert floor == json.loads(_app(workspace, "tree", "--json"))
    assert floor[1]["initiatives"][0]["activities"][0]["cause"] == "Sjukdom"
