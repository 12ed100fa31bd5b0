"""At 150 % scaling and with a larger font, no button text is cut and the detail pane needs no
sideways scrolling.

Qt reads ``QT_SCALE_FACTOR`` once, when the application starts, so the window is opened in a
child process on a 1920×1080 offscreen screen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea
from desktop_app.ui.app import application, open_main_window
from desktop_app.ui.i18n import install_translators

app = application()
language, points = sys.argv[1], float(sys.argv[2])
translators = install_translators(app, language)
if points:
    font = app.font()
    font.setPointSizeF(points)
    app.setFont(font)
window = open_main_window(Path(sys.argv[3]))
window.show()
tree = window.context.tree()
cut, scrolls = [], []
area = tree.focus_areas[0]
for node in (area, area.initiatives[0], area.initiatives[0].activities[0]):
    window.tree_view.select_node(node.id)
    for _ in range(5):
        app.processEvents()
    scroll = window.detail.findChild(QScrollArea)
    scrolls.append(scroll.horizontalScrollBar().maximum())
    for button in window.findChildren(QAbstractButton):
        if button.isVisible() and button.text():
            text = button.text().replace("&", "")
            if button.fontMetrics().horizontalAdvance(text) > button.contentsRect().width():
                cut.append(text)
screen = window.screen().availableGeometry()
print(json.dumps({"cut": sorted(set(cut)), "scroll": scrolls,
                  "fits": screen.contains(window.geometry()), "scale": window.devicePixelRatio()}))
"""


@pytest.mark.parametrize(("language", "scale", "points"), [("sv", "1.5", 0), ("en", "1", 13)])
def test_no_cut_buttons_and_no_sideways_scrolling(
    tmp_path: Path, language: str, scale: str, points: int
) -> None:
    screen = tmp_path / "screen.json"
    screen.write_text(
        json.dumps({"screens": [{"name": "fhd", "x": 0, "y": 0, "width": 1920, "height": 1080}]})
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
        "QT_SCALE_FACTOR": scale,
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, "-c", PROBE, language, str(points), str(tmp_path / "plan.sqlite")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["scale"] == float(scale)
    assert result["fits"]
    assert result["cut"] == []
    assert result["scroll"] == [0, 0, 0]
