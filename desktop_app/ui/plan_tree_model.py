"""The plan tree as one item model: focus areas → initiatives → activities.

The model holds a ``PlanTree`` of plain values (read in a fixed number of
queries) and builds one small item per node; each item's lowercase search
text is made once, when the window is idle after showing the plan or at the
first filtering by text, so filtering is a pass over plain Python objects and
drawing asks the database nothing.  Filtering is done by the model itself: each
item keeps the list of its children that pass, so the parents of matches
stay visible.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from enum import IntEnum
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QIcon, QPainter, QPixmap

from database.enums import Lifecycle, StatusColour
from desktop_app.services.tree import (
    ActivityNode,
    FocusAreaNode,
    InitiativeNode,
    PlanTree,
    RollUp,
    schedule_overdue,
)
from desktop_app.ui.status_light import lifecycle_label, paint_light, schedule_text, status_label

if TYPE_CHECKING:
    from desktop_app.services.follow_up import FollowUp

AnyIndex = QModelIndex | QPersistentModelIndex
PlanNode = FocusAreaNode | InitiativeNode | ActivityNode


class Kind(IntEnum):
    FOCUS_AREA = 1
    INITIATIVE = 2
    ACTIVITY = 3


class Column(IntEnum):
    PLAN = 0
    STATUS = 1
    OFFICE = 2
    SCHEDULE = 3


class Role(IntEnum):
    """Item data roles beyond Qt's own."""

    NODE = Qt.ItemDataRole.UserRole + 1
    KIND = Qt.ItemDataRole.UserRole + 2
    ID = Qt.ItemDataRole.UserRole + 3
    STATUS = Qt.ItemDataRole.UserRole + 4
    ROLL_UP = Qt.ItemDataRole.UserRole + 5
    OVERDUE = Qt.ItemDataRole.UserRole + 6
    STALE = Qt.ItemDataRole.UserRole + 7


# Qt's roles and flags as plain ints, looked up once: the view asks ``data`` and ``flags`` a few
# thousand times a paint, and every comparison with or ``|`` of a Qt enum runs Python code.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_DECORATION = int(Qt.ItemDataRole.DecorationRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_ACCESSIBLE_TEXT = int(Qt.ItemDataRole.AccessibleTextRole.value)
_USER_ROLES = int(Qt.ItemDataRole.UserRole.value)
_PLAN, _STATUS = 0, 1
# The kinds and the column count as plain values: naming an enum member runs Python code (3.11),
# and the view asks index(), data() and the children of a row thousands of times a repaint.
_FOCUS_AREA, _INITIATIVE, _ACTIVITY = Kind.FOCUS_AREA, Kind.INITIATIVE, Kind.ACTIVITY
_COLUMNS = len(Column)
_SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_FLAGS = {
    1: _SELECTABLE,  # Kind.FOCUS_AREA
    2: _SELECTABLE | Qt.ItemFlag.ItemIsDropEnabled,  # Kind.INITIATIVE
    3: _SELECTABLE | Qt.ItemFlag.ItemNeverHasChildren | Qt.ItemFlag.ItemIsDragEnabled,  # Kind.ACTIVITY
}
LIGHT_SIZE = 14
"""The side of the status light before an activity's title, in device-independent pixels."""

NOT_REPORTED = "none"
ACTIVITY_MIME_TYPE = "application/x-handlingsplan-activity"
_ROOT = QModelIndex()


class PlanFilter(NamedTuple):
    """What the tree shows; an empty filter shows everything.

    ``status`` is a colour value or ``"none"`` for not reported; ``stale_days``
    keeps activities not reported for at least that many days (never reported
    counts as stale). A named tuple, as the other values the window's start makes: the
    dataclasses module and the code it writes per class cost a start about 8 ms.
    """

    text: str = ""
    status: str | None = None
    office_id: str | None = None
    owner: str | None = None
    lifecycle: Lifecycle | None = None
    overdue: bool = False
    stale_days: int | None = None

    def is_empty(self) -> bool:
        return self == PlanFilter()


class _Shown(NamedTuple):
    """What a filter shows: the focus areas, each parent's children that pass (areas and
    initiatives alike, in plan order) and how many activities that is."""

    roots: list[PlanEntry]
    children: list[tuple[PlanEntry, list[PlanEntry]]]
    activities: int


class PlanEntry:
    """One row of the tree: the node's plain values and what the view needs to draw it."""

    __slots__ = (
        "children",
        "follow_up",
        "kind",
        "node",
        "overdue",
        "parent",
        "roll_up",
        "row",
        "search",
        "shown",
        "stale_days",
        "uid",
    )

    def __init__(self, uid: int, kind: Kind, node: Any, parent: PlanEntry | None, search: str) -> None:
        self.uid = uid
        self.kind = kind
        self.node = node
        self.parent = parent
        self.search = search
        # An activity has no children: it shares one empty tuple instead of two lists of its own
        # (20,000 lists fewer for the cycle collector to look at in a 10,000-activity plan).
        self.children: list[PlanEntry] | tuple[()] = () if kind is Kind.ACTIVITY else []
        self.shown: list[PlanEntry] | tuple[()] = self.children if kind is Kind.ACTIVITY else []
        self.row = 0
        self.roll_up: RollUp | None = None
        self.overdue = False
        self.stale_days: int | None = None
        self.follow_up: tuple[str, ...] = ()
        """The reasons an activity is marked for follow-up (``services.follow_up``), in words."""


class PlanTreeModel(QAbstractItemModel):
    """A read-only item model over the plan; editing happens through commands, then ``reload``.

    Dragging an activity onto a place under an initiative does not change the
    model: it asks for the move with ``move_requested(activity_id,
    initiative_id, index)`` so the window can do it as an undoable command.
    """

    move_requested = Signal(str, str, int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[PlanEntry] = []
        self._roots: list[PlanEntry] = []
        self._shown_roots: list[PlanEntry] = []
        self._shown_activities = 0
        self._per_status: dict[StatusColour | None, int] = {status: 0 for status in (*StatusColour, None)}
        self._overdue_count = 0
        self._by_id: dict[str, PlanEntry] = {}
        self._tree = PlanTree("", "", [])
        self._filter = PlanFilter()
        self._stale_after = 90
        self._today = date.today()
        self._follow_up: Mapping[str, Sequence[FollowUp]] = {}
        self._headers = (self.tr("Plan"), self.tr("Status"), self.tr("Responsible"), self.tr("Schedule"))
        self._counted: dict[int, str] = {}
        self._searchable = False

    # --- loading and filtering ------------------------------------------------------

    @property
    def tree(self) -> PlanTree:
        return self._tree

    def set_tree(
        self,
        tree: PlanTree,
        today: date | None = None,
        follow_up: Mapping[str, Sequence[FollowUp]] | None = None,
    ) -> None:
        """Show a freshly read plan, keeping the current filter; ``follow_up`` holds the open
        follow-up marks by activity id (``services.follow_up.read_open_marks``)."""
        self.beginResetModel()
        self._today = today or date.today()
        self._tree = tree
        self._follow_up = follow_up or {}
        self._build()
        self._apply_filter()
        self.endResetModel()

    def set_filter(self, plan_filter: PlanFilter) -> None:
        """Show what ``plan_filter`` lets through.

        A change from one filter to another that shows exactly the same rows (the next letter
        of a word every row shown already holds) changes nothing, so it tells the views nothing:
        a reset would make them lay out and paint the tree again, and fold what the person
        unfolded meanwhile.
        """
        if plan_filter == self._filter:
            return
        shown = self._filtered(plan_filter)
        if not plan_filter.is_empty() and not self._filter.is_empty() and self._shows(shown):
            self._filter = plan_filter
            return
        self.beginResetModel()
        self._filter = plan_filter
        self._show(shown)
        self.endResetModel()

    @property
    def today(self) -> date:
        """The day overdue and stale marks were worked out for."""
        return self._today

    @property
    def plan_filter(self) -> PlanFilter:
        return self._filter

    def set_stale_after(self, days: int) -> None:
        """Mark activities with no report for ``days`` days or more as stale."""
        self.beginResetModel()
        self._stale_after = days
        self._build()
        self._apply_filter()
        self.endResetModel()

    @property
    def stale_after(self) -> int:
        return self._stale_after

    def _build(self) -> None:
        """One entry per node, with the marks the view draws and the counts the status bar shows.

        The search texts are made later (``prepare_search``): a window shows the plan without them.
        """
        items: list[PlanEntry] = []
        by_id: dict[str, PlanEntry] = {}
        self._items, self._roots, self._by_id = items, [], by_id
        self._searchable = False
        today, stale_after, follow_up = self._today, self._stale_after, self._follow_up
        finished = (Lifecycle.COMPLETED, Lifecycle.CANCELLED)
        per_status: dict[StatusColour | None, int] = {status: 0 for status in (*StatusColour, None)}
        overdue_count = 0
        for area in self._tree.focus_areas:
            area_item = by_id[area.id] = PlanEntry(len(items), Kind.FOCUS_AREA, area, None, "")
            items.append(area_item)
            area_item.roll_up = RollUp()
            self._roots.append(area_item)
            for initiative in area.initiatives:
                initiative_item = PlanEntry(len(items), Kind.INITIATIVE, initiative, area_item, "")
                items.append(initiative_item)
                by_id[initiative.id] = initiative_item
                roll_up = initiative_item.roll_up = RollUp()
                area_item.children.append(initiative_item)
                children = initiative_item.children
                for activity in initiative.activities:
                    item = by_id[activity.id] = PlanEntry(
                        len(items), Kind.ACTIVITY, activity, initiative_item, ""
                    )
                    items.append(item)
                    children.append(item)
                    current, lifecycle = activity.current, activity.lifecycle
                    if schedule_overdue(activity.end_month, activity.ongoing, lifecycle, today):
                        item.overdue = True
                        overdue_count += 1
                    status = current.status if current else None
                    per_status[status] += 1
                    marks = follow_up.get(activity.id)
                    if marks:
                        item.follow_up = tuple(mark.text for mark in marks)
                    if current is not None and lifecycle not in finished:
                        days = (today - current.reported_on).days  # ActivityNode.days_since_report
                        if days >= stale_after:
                            item.stale_days = days
                    roll_up.add_activity(status, lifecycle)
                area_item.roll_up.merge(roll_up)
        self._per_status, self._overdue_count = per_status, overdue_count

    @property
    def search_prepared(self) -> bool:
        """Whether the entries' search texts have been made for the tree shown."""
        return self._searchable

    def prepare_search(self) -> None:
        """Make the lowercase text each entry is searched by: the first filtering by text does it,
        unless the window has had it done after the plan was first shown."""
        if self._searchable:
            return
        for item in self._items:
            node = item.node
            if item.kind == Kind.ACTIVITY:
                current = node.current
                texts = (node.title, node.description, node.owner, node.responsible_office)
                if current is not None:
                    texts += (current.comment, current.cause, current.recommended_action)
                else:
                    texts += ("", "", "")
                text = "\n".join(texts)
            elif item.kind == Kind.INITIATIVE:
                text = f"{node.statement}\n{node.description}"
            else:
                text = f"{node.title}\n{node.description}"
            item.search = f"{node.code} {text}".lower()
        self._searchable = True

    def _apply_filter(self) -> None:
        self._show(self._filtered(self._filter))

    def _filtered(self, wanted: PlanFilter) -> _Shown:
        """What ``wanted`` shows, worked out without changing what the model shows now."""
        needle = wanted.text.strip().lower()
        if needle:
            self.prepare_search()
        narrowed = wanted != PlanFilter(text=wanted.text)

        def keeps_empty(*texts: str) -> bool:
            """A parent without matching children stays when only its own text is searched for."""
            return not narrowed and (not needle or any(needle in t for t in texts))

        roots: list[PlanEntry] = []
        children: list[tuple[PlanEntry, list[PlanEntry]]] = []
        shown_activities = 0
        for area in self._roots:
            kept = []
            for initiative in area.children:
                parent_hit = bool(needle) and (needle in area.search or needle in initiative.search)
                if narrowed:
                    shown = [a for a in initiative.children if self._accepts(a, wanted, needle, parent_hit)]
                elif needle and not parent_hit:
                    shown = [a for a in initiative.children if needle in a.search]
                else:
                    shown = initiative.children
                children.append((initiative, shown))
                shown_activities += len(shown)
                if shown or keeps_empty(area.search, initiative.search):
                    kept.append(initiative)
            children.append((area, kept))
            if kept or keeps_empty(area.search):
                roots.append(area)
        return _Shown(roots, children, shown_activities)

    def _shows(self, shown: _Shown) -> bool:
        """Whether the model shows exactly these rows already."""
        return shown.roots == self._shown_roots and all(
            entry.shown == children for entry, children in shown.children
        )

    def _show(self, shown: _Shown) -> None:
        """Make ``shown`` what the model shows (inside a reset)."""
        for entry, children in shown.children:
            entry.shown = children
            for row, child in enumerate(children):
                child.row = row
        self._shown_roots = shown.roots
        for row, area in enumerate(shown.roots):
            area.row = row
        self._shown_activities = shown.activities

    def _accepts(self, item: PlanEntry, wanted: PlanFilter, needle: str, parent_hit: bool) -> bool:
        activity: ActivityNode = item.node
        if needle and not parent_hit and needle not in item.search:
            return False
        if wanted.status is not None:
            status = activity.current.status.value if activity.current else NOT_REPORTED
            if status != wanted.status:
                return False
        if wanted.office_id is not None and activity.responsible_office_id != wanted.office_id:
            return False
        if wanted.owner is not None and activity.owner != wanted.owner:
            return False
        if wanted.lifecycle is not None and activity.lifecycle != wanted.lifecycle:
            return False
        if wanted.overdue and not item.overdue:
            return False
        if wanted.stale_days is not None:
            days = activity.days_since_report(self._today)
            if days is not None and days < wanted.stale_days:
                return False
        return True

    # --- lookups for views ----------------------------------------------------------

    def index_of(self, node_id: str, column: int = 0) -> QModelIndex:
        """The index of a node by id; invalid when it is unknown or filtered out."""
        item = self._by_id.get(node_id)
        if item is None or not self._is_shown(item):
            return QModelIndex()
        return self.createIndex(item.row, column, item.uid)

    def node(self, node_id: str) -> PlanNode | None:
        item = self._by_id.get(node_id)
        return item.node if item else None

    def roll_up(self, node_id: str) -> RollUp | None:
        item = self._by_id.get(node_id)
        return item.roll_up if item else None

    def overdue(self, node_id: str) -> bool:
        item = self._by_id.get(node_id)
        return bool(item and item.overdue)

    def follow_up(self, node_id: str) -> list[FollowUp]:
        """The open follow-up marks of an activity (none: an empty list)."""
        return list(self._follow_up.get(node_id, ()))

    def stale_days(self, node_id: str) -> int | None:
        item = self._by_id.get(node_id)
        return item.stale_days if item else None

    def activity_counts(self) -> tuple[dict[StatusColour | None, int], int]:
        """Every activity of the plan (the filter aside) by its latest status, and how many are
        overdue: the status bar's figures, counted while the tree was built."""
        return dict(self._per_status), self._overdue_count

    def shown_activity_count(self) -> int:
        return self._shown_activities

    def _is_shown(self, item: PlanEntry) -> bool:
        siblings = item.parent.shown if item.parent else self._shown_roots
        return item.row < len(siblings) and siblings[item.row] is item

    def entry(self, index: AnyIndex) -> PlanEntry | None:
        """The row behind an index, for painting without a round trip through QVariant."""
        return self._items[index.internalId()] if index.isValid() else None

    # --- QAbstractItemModel ------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = _ROOT) -> QModelIndex:
        """QAbstractItemModel.index: the internal id is the item's place in ``_items``."""
        siblings = self._children(parent)
        if siblings is None or not (0 <= row < len(siblings)) or not (0 <= column < _COLUMNS):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row].uid)

    def parent(self, index: AnyIndex = _ROOT) -> QModelIndex:  # type: ignore[override]
        """QAbstractItemModel.parent."""
        item = self.entry(index)
        if item is None or item.parent is None:
            return QModelIndex()
        return self.createIndex(item.parent.row, 0, item.parent.uid)

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        """QAbstractItemModel.rowCount: only the first column has children."""
        if parent.isValid() and parent.column() != 0:
            return 0
        siblings = self._children(parent)
        return len(siblings) if siblings is not None else 0

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return _COLUMNS

    def hasChildren(self, parent: AnyIndex = _ROOT) -> bool:
        """QAbstractItemModel.hasChildren: asked for every row the view lays out (400 initiatives at each
        letter typed in the filter of a large plan), so answered here rather than through rowCount."""
        if not parent.isValid():
            return bool(self._shown_roots)
        if parent.column() != 0:
            return False
        return bool(self._items[parent.internalId()].shown)

    def _children(self, parent: AnyIndex) -> list[PlanEntry] | None:
        if not parent.isValid():
            return self._shown_roots
        item = self._items[parent.internalId()]
        return item.shown if item.kind is not _ACTIVITY else []

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FLAGS[self._items[index.internalId()].kind]

    # --- drag and drop of activities ------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ACTIVITY_MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        """QAbstractItemModel.mimeData: the dragged activity's id."""
        data = QMimeData()
        for index in indexes:
            entry = self.entry(index)
            if entry is not None and entry.kind is Kind.ACTIVITY:
                data.setData(ACTIVITY_MIME_TYPE, entry.node.id.encode())
                break
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        entry = self.entry(parent)
        return data.hasFormat(ACTIVITY_MIME_TYPE) and entry is not None and entry.kind is Kind.INITIATIVE

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        """QAbstractItemModel.dropMimeData: ask for the move; the model changes only by a reload."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        initiative = self.entry(parent)
        assert initiative is not None
        activity_id = bytes(data.data(ACTIVITY_MIME_TYPE).data()).decode()
        moving = self._by_id.get(activity_id)
        if moving is None:
            return False
        if 0 <= row < len(initiative.shown):
            place = initiative.children.index(initiative.shown[row])
        else:
            place = len(initiative.children)
        if moving.parent is initiative and initiative.children.index(moving) < place:
            place -= 1
        self.move_requested.emit(activity_id, initiative.node.id, place)
        return False

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        """QAbstractItemModel.data: display text, the light, tooltips and the plain values behind a row.

        The view's own (C++) delegate draws the plan, office and schedule columns from these;
        only the status column is painted in Python (``PlanItemDelegate``).
        """
        if not index.isValid():
            return None
        role = int(role)
        if role == _DISPLAY:
            return self._display(self._items[index.internalId()], index.column())
        if role == _DECORATION:
            item = self._items[index.internalId()]
            if item.kind is _ACTIVITY and index.column() == _PLAN:
                return _light(item.node.status)
            return None
        if role == _FONT:
            if index.column() == _PLAN and self._items[index.internalId()].kind is _FOCUS_AREA:
                return _bold()
            return None
        if role < _USER_ROLES and role != _TOOLTIP and role != _ACCESSIBLE_TEXT:
            return None
        item = self._items[index.internalId()]
        if role == _TOOLTIP:
            return self._tooltip(item, index.column())
        if role == _ACCESSIBLE_TEXT:
            return self._spoken(item, index.column())
        if role == Role.NODE:
            return item.node
        if role == Role.KIND:
            return item.kind
        if role == Role.ID:
            return item.node.id
        if role == Role.STATUS:
            return item.node.status if item.kind is Kind.ACTIVITY else None
        if role == Role.ROLL_UP:
            return item.roll_up
        if role == Role.OVERDUE:
            return item.overdue
        if role == Role.STALE:
            return item.stale_days
        return None

    def _display(self, item: PlanEntry, column: int) -> str:
        node = item.node
        if column == _PLAN:
            return f"{node.code}  ⚑ {node.title}" if item.follow_up else f"{node.code}  {node.title}"
        if item.kind is not _ACTIVITY:
            if column == _STATUS and item.roll_up is not None:
                return self._activities_text(item.roll_up.total)
            return ""
        activity: ActivityNode = node
        if column == _STATUS:
            if activity.current is None:
                return status_label(None)
            return f"{status_label(activity.status)}  {activity.current.reported_on.isoformat()}"
        if column == Column.OFFICE:
            return activity.owner or activity.responsible_office
        return schedule_text(activity.start_month, activity.end_month, activity.ongoing)

    def _activities_text(self, count: int) -> str:
        """ "12 aktiviteter": a parent's status cell, asked for at every paint of the tree, translated
        once per count (the language is chosen before the window is made, as the headers are)."""
        text = self._counted.get(count)
        if text is None:
            text = self._counted[count] = self.tr("%n activities", "", count)
        return text

    def _spoken(self, item: PlanEntry, column: int) -> str:
        """What a screen reader says for a cell: the status column's bars, clock and hourglass are
        drawn, so their meaning is said in words."""
        text = self._display(item, column)
        if column != Column.STATUS:
            return text
        if item.kind is not Kind.ACTIVITY:
            return f"{text}: {self._tooltip(item, column)}" if item.roll_up is not None else text
        marks = [text]
        if item.follow_up:
            marks.append(self.tr("marked for follow-up"))
        if item.overdue:
            marks.append(self.tr("overdue"))
        if item.stale_days is not None:
            marks.append(self.tr("not reported for %1 days").replace("%1", str(item.stale_days)))
        return ", ".join(marks)

    def _tooltip(self, item: PlanEntry, column: int) -> str:
        if item.kind is not Kind.ACTIVITY:
            if column != Column.STATUS:
                return item.node.title
            counts = item.roll_up or RollUp()
            return (
                self.tr("%1 green, %2 yellow, %3 red, %4 not reported")
                .replace("%1", str(counts.green))
                .replace("%2", str(counts.yellow))
                .replace("%3", str(counts.red))
                .replace("%4", str(counts.not_reported))
            )
        activity: ActivityNode = item.node
        lines = [f"{activity.code}  {activity.title}", status_label(activity.status)]
        if activity.current and activity.current.cause:
            lines.append(self.tr("Cause: %1").replace("%1", activity.current.cause))
        lines.append(lifecycle_label(activity.lifecycle))
        if item.overdue:
            lines.append(
                self.tr("Overdue: the end month %1 has passed").replace("%1", activity.end_month or "")
            )
        if item.stale_days is not None:
            lines.append(self.tr("No report for %1 days").replace("%1", str(item.stale_days)))
        for reason in item.follow_up:
            lines.append(self.tr("⚑ For follow-up: %1").replace("%1", reason))
        if column == Column.OFFICE and activity.responsible_office:
            lines.append(self.tr("Responsible office: %1").replace("%1", activity.responsible_office))
        schedule = schedule_text(activity.start_month, activity.end_month, activity.ongoing)
        if column == Column.SCHEDULE and schedule:
            lines.append(self.tr("Schedule: %1").replace("%1", schedule))
        return "\n".join(lines)


@cache
def _light(status: StatusColour | None) -> QIcon:
    """The status light as an icon for 1× and 2× screens, the same when its row is selected."""
    icon = QIcon()
    for ratio in (1, 2):
        pixmap = QPixmap(LIGHT_SIZE * ratio, LIGHT_SIZE * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        paint_light(painter, QRectF(0, 0, LIGHT_SIZE, LIGHT_SIZE), status)
        painter.end()
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected):
            icon.addPixmap(pixmap, mode)
    return icon


@cache
def _bold() -> QFont:
    """A focus area's title: bold, everything else from the view's font."""
    font = QFont()
    font.setBold(True)
    return font
