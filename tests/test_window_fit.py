"""Windows fit the screen they open on and keep the column widths a person chose."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QHeaderView

from desktop_app.ui.context import AppContext
from desktop_app.ui.geometry import FRAME, fitted
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.plan_tree_model import PlanTreeModel
from desktop_app.ui.plan_tree_view import PLAN_MINIMUM, PlanTreeView
from desktop_app.ui.steering import SteeringWindow
from tests.client_helpers import fresh_application, open_window, remove_translators

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def context(workspace, qapp) -> AppContext:
    app, translators = fresh_application()
    yield AppContext(workspace, "processledare")
    remove_translators(app, translators)


@pytest.mark.parametrize(
    ("available", "expected"),
    [
        # 1366×768 with a 40-pixel taskbar: the whole window, frame and all, stays above it.
        (QRect(0, 0, 1366, 728), QSize(1280, 728 - FRAME.height())),
        # 1920×1080 at 150 %: 1280×720 logical pixels, less the taskbar.
        (QRect(0, 0, 1280, 680), QSize(1280 - FRAME.width(), 680 - FRAME.height())),
        (QRect(0, 0, 2560, 1400), QSize(1280, 800)),
    ],
)
def test_a_window_is_no_larger_than_the_screen_leaves_room_for(available: QRect, expected: QSize) -> None:
    rect = fitted(available, QSize(1280, 800))
    assert rect.size() == expected
    framed = rect.adjusted(-FRAME.width() // 2, -(FRAME.height() - 8), FRAME.width() // 2, 8)
    assert available.contains(framed)


def test_the_main_window_opens_inside_its_screen(context: AppContext, qtbot) -> None:
    window = open_window(qtbot, context)
    available = window.screen().availableGeometry()
    assert window.width() <= available.width() and window.height() <= available.height()
    assert available.contains(window.geometry())
    steering = SteeringWindow(context)
    qtbot.addWidget(steering)
    assert available.contains(steering.geometry())


def test_a_window_put_off_screen_comes_back_and_columns_keep_their_width(context: AppContext, qtbot) -> None:
    window = open_window(qtbot, context)
    header = window.tree_view.header()
    header.resizeSection(1, 201)
    window.move(5000, 5000)
    window.save_settings()
    window.close()
    again = MainWindow(context)
    qtbot.addWidget(again)
    assert again.screen().availableGeometry().intersects(again.geometry())
    assert again.tree_view.header().sectionSize(1) == 201


def test_a_long_initiative_cut_at_the_box_edge_is_whole_in_its_tooltip(context: AppContext, qtbot) -> None:
    window = open_window(qtbot, context)
    initiative = context.tree().focus_areas[0].initiatives[0]
    window.tree_view.select_node(initiative.activities[0].id)
    combo = window.detail.activity_form.initiative_combo
    whole = initiative.statement.casefold()  # shown with a capital first letter
    assert whole in combo.currentText().casefold()
    assert combo.currentText() in combo.toolTip()
    plan_index = window.model.index_of(initiative.id)
    assert whole in plan_index.data(Qt.ItemDataRole.ToolTipRole).casefold()


def test_the_plan_column_fills_the_tree_and_can_be_dragged(context: AppContext, qtbot) -> None:
    model = PlanTreeModel()
    model.set_tree(context.tree())
    view = PlanTreeView(model)
    qtbot.addWidget(view)
    view.resize(1000, 400)
    view.show()
    header = view.header()
    others = sum(header.sectionSize(c) for c in range(1, header.count()))
    fills = view.viewport().width() - others
    assert fills > PLAN_MINIMUM and header.sectionSize(0) == fills
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Interactive
    view.resize(1100, 400)
    assert header.sectionSize(0) == fills + 100  # it follows the tree's width
    header.resizeSection(0, 300)  # as a drag of its edge does
    view.resize(1200, 400)
    assert header.sectionSize(0) == 300  # the person's choice stays
    view.fit_plan_column()
    assert header.sectionSize(0) == fills + 200


def test_a_start_rewrites_no_settings_and_a_drag_of_the_window_edge_none_until_it_closes(
    context: AppContext, qtbot
) -> None:
    from pathlib import Path

    from PySide6.QtCore import QSettings

    first = open_window(qtbot, context)
    first.tree_view.header().resizeSection(2, 133)
    first.close()  # stores the window's size, splitter, selection and columns
    QSettings().sync()
    stored = Path(QSettings().fileName())
    before = (stored.stat().st_mtime_ns, stored.read_bytes())
    window = open_window(qtbot, context)
    for width in (900, 1000, 1100):  # the plan column follows the window's width
        window.resize(width, 700)
        qtbot.wait(5)
    QSettings().sync()
    assert (stored.stat().st_mtime_ns, stored.read_bytes()) == before
    assert window.tree_view.header().sectionSize(2) == 133
    window.close()
    QSettings().sync()
    assert stored.read_bytes() != before[1]  # the new width of the plan column, at closing
