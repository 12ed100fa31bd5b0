"""Every text colour the UI sets is readable: WCAG 2.1 contrast of at least 4.5:1 against its background.

The colours are read from the UI's code (style sheets, foreground brushes and
``widgets.set_text_look``),
so a new pale text colour fails here, not in a colleague's eyes.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from database.enums import StatusColour
from desktop_app.ui.status_light import COLOURS, MARK_COLOURS

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "desktop_app" / "ui"
HEX = r"#[0-9a-fA-F]{6}"
# A colour without a background of its own is drawn on a window, a dialog or a list: Qt's light
# palettes use white and light greys for these.
PLAIN_BACKGROUNDS = ("#ffffff", "#efefef", "#f7f7f7")
TEXT_COLOURS_BY_NAME = ("_KIND_COLOURS",)  # dictionaries whose colours are used as text colour
# Where text colours are drawn on a background of the file's own besides those: the detail pane's
# header band (``HeaderBand``).
BACKGROUNDS_BY_FILE = {"desktop_app/ui/detail_pane.py": ("#f3f6fa",)}
# Colours set with "color:" that draw no text: the thin divider line of ``widgets.separator``.
DECORATIVE = {("#d7dde5", "desktop_app/ui/widgets.py")}


def luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _css_pairs(text: str) -> list[tuple[str, str]]:
    pairs = []
    for rule in re.split(r"}", text):
        colour = re.search(rf"(?<![-\w])color:\s*({HEX})", rule)
        if colour is None:
            continue
        background = re.search(rf"background(?:-color)?:\s*({HEX})", rule)
        backgrounds = (background.group(1),) if background else PLAIN_BACKGROUNDS
        pairs += [(colour.group(1), b) for b in backgrounds]
    return pairs


def text_colour_pairs() -> list[tuple[str, str, str]]:
    """(text colour, background, where) for every text colour in the UI's code."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        where = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and "color:" in node.value:
                found += [(fg, bg, where) for fg, bg in _css_pairs(node.value)]
            elif (
                isinstance(node, ast.Call)
                and ast.unparse(node.func).endswith(("setForeground", "QBrush", "set_text_look"))
            ) or (
                isinstance(node, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id in TEXT_COLOURS_BY_NAME for t in node.targets)
            ):
                backgrounds = PLAIN_BACKGROUNDS + BACKGROUNDS_BY_FILE.get(where, ())
                for colour in re.findall(HEX, ast.get_source_segment(source, node) or ""):
                    found += [(colour, bg, where) for bg in backgrounds]
    return [(fg, bg, where) for fg, bg, where in found if (fg, where) not in DECORATIVE]


def test_the_scan_finds_the_text_colours() -> None:
    pairs = text_colour_pairs()
    assert len({fg for fg, _bg, _where in pairs}) >= 10
    assert ("#5c4400", "#fff4ce", "desktop_app/ui/main_window.py") in pairs  # the read-only banner
    assert ("#b3261e", "#ffffff", "desktop_app/ui/widgets.py") in pairs  # a field's error, set_text_look
    assert ("#5b6470", "#f3f6fa", "desktop_app/ui/detail_pane.py") in pairs  # on the header band


@pytest.mark.parametrize(("foreground", "background", "where"), sorted(set(text_colour_pairs())))
def test_text_colour_has_contrast(foreground: str, background: str, where: str) -> None:
    ratio = contrast(foreground, background)
    assert ratio >= 4.5, f"{foreground} on {background} in {where}: {ratio:.2f}:1"


def test_contrast_is_computed_as_wcag_says() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("status", [StatusColour.GREEN, StatusColour.YELLOW, StatusColour.RED])
def test_a_lights_mark_stands_out_from_its_colour(status: StatusColour) -> None:
    """The ✓ ! × inside a light is a graphic: WCAG asks 3:1 against the colour around it."""
    assert contrast(MARK_COLOURS[status].name(), COLOURS[status].name()) >= 3.0


def test_a_label_keeps_its_colour_on_a_view_s_background(qtbot) -> None:
    """``set_text_look`` colours the text wherever the label stands: on a widget drawn in the Base
    colour (as a view's viewport is) Qt would otherwise draw it in the palette's Text."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from desktop_app.ui.widgets import ErrorLabel

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.setBackgroundRole(QPalette.ColorRole.Base)
    label = ErrorLabel()
    QVBoxLayout(parent).addWidget(label)
    label.show_message("Fältet måste fyllas i.")
    assert label.palette().color(label.foregroundRole()).name() == "#b3261e"
