"""The tree view of the plan and the delegate that paints lights, roll-ups and markers."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPaintDevice, QPainter, QPaintEvent, QPalette, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from database.enums import StatusColour
from desktop_app.services.tree import RollUp
from desktop_app.ui.accessibility import set_name
from desktop_app.ui.plan_tree_model import Column, Kind, PlanTreeModel, Role
from desktop_app.ui.status_light import COLOURS, paint_overdue, paint_stale

LIGHT = 14
MARK = 14
EXPAND_ALL_LIMIT = 600
# The roll-up bar's colours, made once: the bar is painted for every parent at every repaint.
_GREEN, _YELLOW, _RED = COLOURS[StatusColour.GREEN], COLOURS[StatusColour.YELLOW], COLOURS[StatusColour.RED]
_NOT_REPORTED = QColor("#d9dde3")
_ACTIVITY = Kind.ACTIVITY  # a plain name: naming an enum member runs Python code at every row
_BAR_EDGE = QColor(0, 0, 0, 40)


class PlanItemDelegate(QStyledItemDelegate):
    """Draws the status column: an activity's status with its markers, a parent's roll-up bar.

    The other columns, the light before an activity's title included (the model's
    decoration), are drawn by the view's own delegate without Python.

    It reads the row from the model directly (``PlanTreeModel.entry``), not through
    ``index.data()``: that is cheaper, and PySide6 6.12 loses a reference to ``None``
    each time Python reads an empty QVariant.
    """

    def __init__(self, model: PlanTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        entry = self._model.entry(index)
        if entry is not None and entry.kind is not _ACTIVITY:
            option.text = ""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        """A little air between rows (the view asks once: its rows have uniform heights)."""
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height() + 6, LIGHT + 8))

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        entry = self._model.entry(index)
        if entry is None:
            return
        marks = []
        if entry.kind is _ACTIVITY:
            if entry.overdue:
                marks.append(paint_overdue)
            if entry.stale_days is not None:
                marks.append(paint_stale)
        if not marks:
            # The cell as the view's own delegate draws it (initStyleOption above empties a parent's).
            super().paint(painter, option, index)
            if entry.kind is not _ACTIVITY:
                self._paint_roll_up(painter, option, entry.roll_up, self._selected(index))
            return
        opt = QStyleOptionViewItem(option)
        opt.rect = opt.rect.adjusted(0, 0, -(MARK + 4) * len(marks), 0)
        super().paint(painter, opt, index)
        x = opt.rect.right() + 4
        for paint in marks:
            paint(painter, QRectF(x, option.rect.center().y() - MARK / 2 + 0.5, MARK, MARK))
            x += MARK + 4

    def _selected(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        """Whether the row is selected (what the option's ``State_Selected`` says, known to the
        view: reading the option's state would load QStyle's Python type, 7 ms of every start, and
        asking the selection model asks the model for the index's parent in Python)."""
        view = self.parent()
        return isinstance(view, PlanTreeView) and index.internalId() in view.selected_rows

    @staticmethod
    def _paint_roll_up(
        painter: QPainter, option: QStyleOptionViewItem, counts: RollUp | None, selected: bool
    ) -> None:
        """A small stacked bar of the statuses with the count of activities beside it."""
        if counts is None or counts.total == 0:
            return
        rect = QRect(option.rect).adjusted(4, 0, -6, 0)
        text = str(counts.total)
        text_width = option.fontMetrics.horizontalAdvance("9999")
        bar = QRectF(rect.left(), rect.center().y() - 4, max(20, rect.width() - text_width - 8), 9)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        x = bar.left()
        top, height, scale = bar.top(), bar.height(), bar.width() / counts.total
        painter.setClipRect(bar)
        # Filled with drawRect, not fillRect: resolving fillRect's overloads makes QGradient's
        # Python type (its 169 presets), 2 ms of the start.
        painter.setPen(Qt.PenStyle.NoPen)
        for count, colour in (
            (counts.green, _GREEN),
            (counts.yellow, _YELLOW),
            (counts.red, _RED),
            (counts.not_reported, _NOT_REPORTED),
        ):
            if count:
                width = scale * count
                painter.setBrush(colour)
                painter.drawRect(QRectF(x, top, width, height))
                x += width
        painter.setClipping(False)
        painter.drawPixmap(bar.topLeft(), _bar_edge(int(bar.width()), int(bar.height()), painter.device()))
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(role))
        text_rect = QRectF(bar.right() + 6, rect.top(), text_width + 4, rect.height())
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)
        painter.restore()


def _bar_edge(width: int, height: int, device: QPaintDevice) -> QPixmap:
    """The roll-up bar's rounded edge, drawn once per size: stroking a rounded rectangle with
    antialiasing costs as much as the rest of the bar."""
    return _edge_pixmap(width, height, device.devicePixelRatioF())


@lru_cache(maxsize=8)
def _edge_pixmap(width: int, height: int, ratio: float) -> QPixmap:
    pixmap = QPixmap(round(width * ratio), round(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(_BAR_EDGE)
    painter.drawRoundedRect(QRectF(0.5, 0.5, width - 1, height - 1), 2, 2)
    painter.end()
    return pixmap


PLAN_MINIMUM = 220
"""The plan column never gets narrower than this by itself: the code and the start of a title."""


class PlanTreeView(QTreeView):
    """The plan tree; keeps expansion and selection (by id) across model resets."""

    selected_node_changed = Signal(str)
    first_painted = Signal()
    """The plan has been drawn for the first time: work that can wait may start."""

    def __init__(self, model: PlanTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.painted = False
        set_name(
            self,
            self.tr("Plan"),
            self.tr("Focus areas, initiatives and activities with their status; Enter opens the form"),
        )
        self._plan_model = model
        self._expanded: set[str] = set()
        self._current_id = ""
        self._filtering = False
        self.setItemDelegateForColumn(Column.STATUS, PlanItemDelegate(model, self))
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAllColumnsShowFocus(True)
        self.setIconSize(QSize(LIGHT, LIGHT))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAnimated(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        header = self.header()
        header.setStretchLastSection(False)
        # The plan column fills what the others leave (the widest by default), and a person may
        # still drag it wider or narrower: a stretched column could not be dragged at all.
        header.setSectionResizeMode(Column.PLAN, QHeaderView.ResizeMode.Interactive)
        self._plan_fills = True
        self._fitting = False
        header.sectionResized.connect(self._section_resized)
        header.setSectionResizeMode(Column.STATUS, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.OFFICE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.SCHEDULE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(Column.STATUS, 150)
        header.resizeSection(Column.OFFICE, 110)
        header.resizeSection(Column.SCHEDULE, 118)
        self.expanded.connect(lambda index: self._remember(index, True))
        self.collapsed.connect(lambda index: self._remember(index, False))
        model.modelAboutToBeReset.connect(self._before_reset)
        model.modelReset.connect(self._after_reset)
        self.selectionModel().currentRowChanged.connect(self._current_changed)
        self.selected_rows: frozenset[int] = frozenset()
        """The internal ids of the selected rows, for the delegate (``_selection_changed``)."""
        self.selectionModel().selectionChanged.connect(self._selection_changed)

    # --- the plan column ------------------------------------------------------------------

    def fit_plan_column(self) -> None:
        """Let the plan column fill the width the other columns leave, from now on."""
        self._plan_fills = True
        self._fit()

    def _fit(self) -> None:
        if not self._plan_fills:
            return
        header = self.header()
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != Column.PLAN)
        self._fitting = True
        header.resizeSection(Column.PLAN, max(PLAN_MINIMUM, self.viewport().width() - others))
        self._fitting = False

    def _section_resized(self, section: int, _old: int, _new: int) -> None:
        if section == Column.PLAN and not self._fitting:
            self._plan_fills = False  # the person chose a width; keep it
        elif section != Column.PLAN:
            self._fit()

    def paintEvent(self, event: QPaintEvent) -> None:  # QWidget.paintEvent
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            self.first_painted.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # QWidget.resizeEvent
        super().resizeEvent(event)
        self._fit()

    def _remember(self, index: QModelIndex, expanded: bool) -> None:
        if self._filtering:
            return
        node_id = index.data(Role.ID)
        if expanded:
            self._expanded.add(node_id)
        else:
            self._expanded.discard(node_id)

    def _selection_changed(self) -> None:
        self.selected_rows = frozenset(
            index.internalId() for index in self.selectionModel().selectedIndexes()
        )

    def _before_reset(self) -> None:
        self._reset_current = self._current_id
        self.selected_rows = frozenset()  # a reset clears the selection without a signal

    def _after_reset(self) -> None:
        model = self._plan_model
        self._filtering = not model.plan_filter.is_empty()
        if self._filtering:
            if model.shown_activity_count() <= EXPAND_ALL_LIMIT:
                self.expandAll()
            else:
                self.expandToDepth(0)
        else:
            self._filtering = True
            for node_id in self._expanded:
                index = model.index_of(node_id)
                if index.isValid():
                    self.setExpanded(index, True)
        self._filtering = False
        self.select_node(self._reset_current, emit=False)

    def current_id(self) -> str:
        return self._current_id

    def expanded_ids(self) -> set[str]:
        return set(self._expanded)

    def set_expanded_ids(self, ids: set[str]) -> None:
        self._expanded = set(ids)
        self._after_reset_expansion()

    def _after_reset_expansion(self) -> None:
        self._filtering = True
        for node_id in self._expanded:
            index = self._plan_model.index_of(node_id)
            if index.isValid():
                self.setExpanded(index, True)
        self._filtering = False

    def select_node(self, node_id: str, emit: bool = True) -> bool:
        """Make a node current and visible; ``False`` when it is not shown."""
        index = self._plan_model.index_of(node_id)
        if not index.isValid():
            if self._current_id:
                self._current_id = ""
                self.selected_node_changed.emit("")
            return False
        parent = index.parent()
        while parent.isValid():
            self.setExpanded(parent, True)
            parent = parent.parent()
        previous = self._current_id
        self._current_id = node_id
        self.selectionModel().setCurrentIndex(
            index,
            self.selectionModel().SelectionFlag.ClearAndSelect | self.selectionModel().SelectionFlag.Rows,
        )
        self.scrollTo(index)
        if emit or previous != node_id:
            self.selected_node_changed.emit(node_id)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node_id = current.data(Role.ID) if current.isValid() else ""
        if node_id != self._current_id:
            self._current_id = node_id
            self.selected_node_changed.emit(node_id)

    def expand_all(self) -> None:
        self.expandAll()
        model = self._plan_model
        self._expanded |= {area.id for area in model.tree.focus_areas}
        self._expanded |= {initiative.id for initiative in model.tree.initiatives()}

    def collapse_all(self) -> None:
        self.collapseAll()
        self._expanded.clear()
