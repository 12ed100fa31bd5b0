"""The main window: the plan tree with its filters on the left, the selected node on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QLockFile, QPoint, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from database.assets import asset_path
from desktop_app import __version__
from desktop_app.services.background import Background
from desktop_app.services.bulk import collector_paused
from desktop_app.services.follow_up import read_open_marks
from desktop_app.services.plan_info import read_plan_info
from desktop_app.services.tree import ActivityNode, FocusAreaNode, InitiativeNode, PlanTree
from desktop_app.ui import plain_text
from desktop_app.ui.context import AppContext
from desktop_app.ui.detail_pane import DetailPane
from desktop_app.ui.excel import add_excel_actions
from desktop_app.ui.filter_bar import FilterBar, NoHits
from desktop_app.ui.geometry import fit_to_screen, keep_on_screen, restore_columns, save_columns
from desktop_app.ui.plan_editor import PlanEditor
from desktop_app.ui.plan_tree_model import PlanTreeModel
from desktop_app.ui.plan_tree_view import PlanTreeView
from desktop_app.ui.plans import add_plan_actions, describe_moves
from desktop_app.ui.reports import add_report_actions
from desktop_app.ui.settings import AppSettings
from desktop_app.ui.status_bar import PlanCounts
from desktop_app.ui.steering import add_steering_actions
from desktop_app.ui.steering.window import SteeringWindow
from desktop_app.ui.sync.actions import add_sync_actions

TYPE_CHECKING = False  # typing.TYPE_CHECKING without loading typing (see services/messages.py)
if TYPE_CHECKING:
    from desktop_app.services.follow_up import FollowUp

MENU_ORDER = ("file", "edit", "view", "plan", "steering", "reports", "help")


BACKGROUND_READ_FROM = 4 * 1024 * 1024
"""A plan file from this size on (about 600 activities with their history; the seeded plan is a
tenth of it) is read in a thread of its own while the window is built."""


def _large(path: Path) -> bool:
    try:
        return path.stat().st_size >= BACKGROUND_READ_FROM
    except OSError:
        return False  # reload() reads it, and says what is wrong


def app_icon() -> QIcon:
    return QIcon(str(asset_path("resources", "icons", "handlingsplan.svg")))


class MainWindow(QMainWindow):
    """The plan's window.  ``menu(key)`` gives other areas a place for their actions.

    ``closed`` is emitted when the window has accepted to close.
    """

    closed = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        # A large plan is read while the widgets are built (SQLite lets this thread run meanwhile):
        # the first reload() takes the result, and the plan is shown a tenth of a second sooner. A
        # small one is read by reload() itself: two threads taking turns with the interpreter cost
        # its start more than its few milliseconds of reading (8 % on a busy machine).
        self._first_read: Background[tuple[PlanTree, dict[str, list[FollowUp]]]] | None = (
            Background(self._read_plan, "read-plan") if _large(context.workspace.path) else None
        )
        self.settings = AppSettings()
        self._menus: dict[str, QMenu] = {}
        self.writer_lock: QLockFile | None = None
        self.setWindowIcon(app_icon())
        self.setObjectName("mainWindow")

        self.model = PlanTreeModel(self)
        self.model.set_stale_after(self.settings.stale_days())
        self.tree_view = PlanTreeView(self.model)
        self.filter_bar = FilterBar()
        self.detail = DetailPane(context)
        self.counts = PlanCounts()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(0)
        left_layout.addWidget(self.filter_bar)
        left_layout.addWidget(self.tree_view, 1)
        self.no_hits = NoHits(self.filter_bar.reset)
        left_layout.addWidget(self.no_hits)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        self.read_only_banner = QLabel(
            self.tr("Read-only: %1").replace("%1", context.workspace.read_only_reason)
            if context.workspace.read_only
            else self.tr(
                "Read-only: this plan is already open in another window. You can read it here, "
                "but changes can only be made in the window that opened it first."
            )
        )
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet(
            "#readOnlyBanner { background: #fff4ce; color: #5c4400; padding: 8px 14px;"
            " border-bottom: 1px solid #e5d08a; font-weight: 600; }"
        )
        self.read_only_banner.setVisible(context.read_only)
        central_layout.addWidget(self.read_only_banner)
        central_layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.statusBar().addPermanentWidget(self.counts)

        self.editor = PlanEditor(self)
        self._create_actions()
        self._create_menus()
        self._create_toolbar()
        self._connect()
        self._update_title()
        self.reload()
        self._restore_settings()
        self._update_actions()

    # --- menus -----------------------------------------------------------------------

    def menu(self, key: str) -> QMenu:
        """The menu ``key`` (file, edit, view, plan, steering, reports, help), made on first use
        and placed at its fixed position in the menu bar."""
        if key not in MENU_ORDER:
            raise KeyError(key)
        if key in self._menus:
            return self._menus[key]
        titles = {
            "file": self.tr("&File"),
            "edit": self.tr("&Edit"),
            "view": self.tr("&View"),
            "plan": self.tr("&Plan"),
            "steering": self.tr("&Steering"),
            "reports": self.tr("&Reports"),
            "help": self.tr("&Help"),
        }
        menu = QMenu(titles[key], self)
        menu.setObjectName(f"menu_{key}")
        later = [self._menus[k] for k in MENU_ORDER[MENU_ORDER.index(key) + 1 :] if k in self._menus]
        bar = self.menuBar()
        if later:
            bar.insertMenu(later[0].menuAction(), menu)
        else:
            bar.addMenu(menu)
        self._menus[key] = menu
        return menu

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _create_actions(self) -> None:
        stack = self.context.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.new_activity_action = self._action(
            self.tr("New &activity"),
            self.editor.new_activity,
            "Ctrl+N",
            self.tr("Add an activity to the selected initiative"),
        )
        self.new_initiative_action = self._action(
            self.tr("New &initiative"),
            self.editor.new_initiative,
            "Ctrl+Shift+N",
            self.tr("Add an initiative to the selected focus area"),
        )
        self.new_focus_area_action = self._action(
            self.tr("New &focus area"),
            self.editor.new_focus_area,
            None,
            self.tr("Add a focus area to the plan"),
        )
        self.report_action = self._action(
            self.tr("&Report status…"),
            self.editor.report_status,
            "Ctrl+R",
            self.tr("Report the status of the activity"),
        )
        self.delete_action = self._action(
            self.tr("&Delete…"),
            self.editor.delete_selected,
            QKeySequence.StandardKey.Delete,
            self.tr("Delete the selection"),
        )
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.tree_view.addAction(self.delete_action)
        self.move_up_action = self._action(
            self.tr("Move &up"),
            lambda: self.editor.move_selected(-1),
            "Alt+Up",
            self.tr("Move the activity up"),
        )
        self.move_down_action = self._action(
            self.tr("Move do&wn"),
            lambda: self.editor.move_selected(1),
            "Alt+Down",
            self.tr("Move the activity down"),
        )
        self.move_to_action = self._action(
            self.tr("Move to &initiative…"),
            self.editor.move_to_initiative,
            None,
            self.tr("Move the activity to another initiative"),
        )
        self.search_action = self._action(
            self.tr("&Search"), self.focus_search, QKeySequence.StandardKey.Find, self.tr("Search the plan")
        )
        self.reset_filter_action = self._action(
            self.tr("&Clear filters"), self.filter_bar.reset, "Ctrl+Shift+F"
        )
        self.expand_action = self._action(self.tr("&Expand all"), self.tree_view.expand_all, "Ctrl+E")
        self.collapse_action = self._action(
            self.tr("&Collapse all"), self.tree_view.collapse_all, "Ctrl+Shift+E"
        )
        self.reload_action = self._action(
            self.tr("Re&load"),
            self.reload,
            QKeySequence.StandardKey.Refresh,
            self.tr("Read the plan again from the file"),
        )
        self.reload_action.setShortcuts([QKeySequence("F5")])
        self.registers_action = self._action(
            self.tr("Offices and &people…"),
            self.open_registers,
            None,
            self.tr("Offices, units, people and roles"),
        )
        self.settings_action = self._action(self.tr("&Settings…"), self.open_settings, "Ctrl+,")
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        self.about_action = self._action(self.tr("&About Handlingsplan"), self.show_about)

    def _create_menus(self) -> None:
        file_menu = self.menu("file")
        add_plan_actions(file_menu, self)
        file_menu.addSeparator()
        add_sync_actions(file_menu, self.context, self)
        file_menu.addSeparator()
        add_excel_actions(file_menu, self.context, self)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit = self.menu("edit")
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        edit.addAction(self.search_action)
        edit.addAction(self.delete_action)
        view = self.menu("view")
        view.addAction(self.expand_action)
        view.addAction(self.collapse_action)
        view.addSeparator()
        view.addAction(self.reset_filter_action)
        view.addAction(self.reload_action)
        plan = self.menu("plan")
        plan.addAction(self.new_activity_action)
        plan.addAction(self.new_initiative_action)
        plan.addAction(self.new_focus_area_action)
        plan.addSeparator()
        plan.addAction(self.report_action)
        plan.addSeparator()
        plan.addAction(self.move_up_action)
        plan.addAction(self.move_down_action)
        plan.addAction(self.move_to_action)
        plan.addSeparator()
        plan.addAction(self.delete_action)
        plan.addSeparator()
        plan.addAction(self.registers_action)
        add_steering_actions(self.menu("steering"), self.context, self)
        add_report_actions(self.menu("reports"), self.context, self)
        self.menu("help").addAction(self.about_action)

    def _create_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(16, 16))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_activity_action, self.report_action, self.delete_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        toolbar.addSeparator()
        toolbar.addAction(self.expand_action)
        toolbar.addAction(self.collapse_action)
        self.addToolBar(toolbar)

    def _connect(self) -> None:
        self.context.plan_changed.connect(self.reload)
        self.context.plan_changed.connect(self._update_title)
        self.model.move_requested.connect(self.editor.move_dropped, Qt.ConnectionType.QueuedConnection)
        self.tree_view.setDragEnabled(not self.context.read_only)
        self.tree_view.selected_node_changed.connect(self._selection_changed)
        self.tree_view.first_painted.connect(self._prepare_search_soon)
        self.filter_bar.filter_changed.connect(self.model.set_filter)
        self.model.modelReset.connect(self._show_no_hits)
        self.detail.saved.connect(self._show_saved)
        self.detail.report_requested.connect(self.editor.report_status)
        self.tree_view.activated.connect(lambda _index: self.detail.focus_form())
        self.tree_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree_view.customContextMenuRequested.connect(self._tree_menu)

    def _show_no_hits(self) -> None:
        """'Inga träffar' with a way out, when a search or filter leaves nothing to show."""
        self.no_hits.setVisible(self.model.rowCount() == 0 and not self.model.plan_filter.is_empty())

    def tree_menu_actions(self) -> list[QAction | None]:
        """What a right-click in the tree offers (``None`` is a separator)."""
        return [
            self.report_action,
            None,
            self.new_activity_action,
            self.new_initiative_action,
            None,
            self.move_up_action,
            self.move_down_action,
            self.move_to_action,
            None,
            self.delete_action,
        ]

    def _tree_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        for action in self.tree_menu_actions():
            if action is None:
                menu.addSeparator()
            elif action.isEnabled():
                menu.addAction(action)
        menu.exec(self.tree_view.viewport().mapToGlobal(position))
        menu.deleteLater()

    # --- showing the plan -----------------------------------------------------------

    def _read_plan(self) -> tuple[PlanTree, dict[str, list[FollowUp]]]:
        with collector_paused():
            return self.context.tree(), read_open_marks(self.context.workspace.path)

    def reload(self) -> None:
        """Read the plan again and show it, keeping expansion, selection and filter."""
        first, self._first_read = self._first_read, None
        with collector_paused():
            tree, marks = first.result() if first is not None else self._read_plan()
            self.model.set_tree(tree, follow_up=marks)
        if self.tree_view.painted:  # else once the plan is first shown (_connect)
            self._prepare_search_soon()
        self.filter_bar.set_choices(tree, tree.offices)
        self._show_selected()
        self._update_counts()
        self._update_actions()

    def _prepare_search_soon(self) -> None:
        """Have the tree's search texts made when the window is idle, not before it shows the plan
        (30 ms at 10,000 activities): the first letter typed in the filter then finds them ready."""
        QTimer.singleShot(0, self.model, self.model.prepare_search)

    def _selection_changed(self, node_id: str) -> None:
        self.detail.commit_pending()  # what was typed belongs to the node shown until now
        self._show_selected()
        self._update_actions()
        if node_id:
            self.settings.set_last_selection(node_id)

    def _show_selected(self) -> None:
        node_id = self.tree_view.current_id()
        node = self.model.node(node_id) if node_id else None
        self.detail.show_node(node, self.model.tree, self.model.roll_up(node_id) if node_id else None)
        self.detail.show_follow_up(self.model.follow_up(node_id) if node_id else [])

    def selected_node(self) -> FocusAreaNode | InitiativeNode | ActivityNode | None:
        node_id = self.tree_view.current_id()
        return self.model.node(node_id) if node_id else None

    def _update_counts(self) -> None:
        per_status, overdue = self.model.activity_counts()
        self.counts.set_counts(sum(per_status.values()), per_status, overdue)

    def _update_actions(self) -> None:
        node = self.selected_node()
        writable = not self.context.read_only
        is_activity = isinstance(node, ActivityNode)
        self.new_activity_action.setEnabled(
            writable and node is not None and not isinstance(node, FocusAreaNode)
        )
        self.new_initiative_action.setEnabled(writable and node is not None)
        self.new_focus_area_action.setEnabled(writable)
        self.report_action.setEnabled(writable and is_activity)
        self.delete_action.setEnabled(writable and node is not None)
        self.move_up_action.setEnabled(writable and node is not None)
        self.move_down_action.setEnabled(writable and node is not None)
        self.move_to_action.setEnabled(writable and (is_activity or isinstance(node, InitiativeNode)))
        describe_moves(self, node)
        self.registers_action.setEnabled(True)
        if not writable:
            self.undo_action.setEnabled(False)
            self.redo_action.setEnabled(False)

    def _update_title(self) -> None:
        """The plan's name ("Om planen"), not its file's; the file name only for a plan without one."""
        info = read_plan_info(self.context.workspace.path)
        name = (info.title if info else "") or self.context.workspace.path.name
        suffix = self.tr(" (read-only)") if self.context.read_only else ""
        self.setWindowTitle(f"{name}{suffix} – Handlingsplan")

    def _show_saved(self, what: str) -> None:
        self.statusBar().showMessage(self.tr("Saved: %1").replace("%1", what), 4000)

    def focus_search(self) -> None:
        self.filter_bar.search_edit.setFocus()
        self.filter_bar.search_edit.selectAll()

    # The dialogs below are loaded when first opened, not at start-up (the registers dialog works
    # on the register service and the table classes behind it).

    def open_registers(self) -> None:
        from desktop_app.ui.registers_dialog import RegistersDialog

        if not self.detail.commit_pending():
            return
        dialog = RegistersDialog(self.context, self)
        dialog.exec()
        dialog.deleteLater()
        self.reload()

    def open_settings(self) -> None:
        from desktop_app.services.registers import RegisterService
        from desktop_app.ui.settings_dialog import SettingsDialog

        people = [p.name for p in RegisterService(self.context.engine, self.context.actor).people()]
        dialog = SettingsDialog(self.settings, self, people)
        accepted = dialog.exec() == SettingsDialog.DialogCode.Accepted
        name = dialog.name()
        dialog.deleteLater()
        if accepted and name != self.context.actor:
            self.context.set_actor(name)
            steering = self.findChild(SteeringWindow)
            if steering is not None and steering.close():  # made again, in the new name, when next opened
                steering.deleteLater()
        if accepted:
            self.model.set_stale_after(self.settings.stale_days())
            self._show_selected()

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About Handlingsplan"))
        box.setIconPixmap(app_icon().pixmap(64, 64))
        box.setText(f"<h3>Handlingsplan {__version__}</h3>")
        box.setInformativeText(
            self.tr(
                "The municipality's action plan for the business strategy, followed up with "
                "traffic-light status.\n\nPlan file: %1\n\nLicence: MIT. The program includes Qt "
                "(LGPL-3.0) through PySide6, Python (PSF) and ReportLab (BSD); the licences of every "
                "bundled part are listed in the package's copyright file."
            ).replace("%1", str(self.context.workspace.path))
        )
        box.exec()

    # --- settings and closing --------------------------------------------------------

    def _restore_settings(self) -> None:
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            fit_to_screen(self, QSize(1280, 800))
        else:
            keep_on_screen(self)
        # The widths are stored when the window closes (save_settings), as its size is: the plan
        # column follows the window's width, and storing each of its resizes rewrote the settings
        # file (synced to disk) during the start and throughout a drag of the window's edge.
        self._columns_key = restore_columns(self.tree_view.header(), "plan_tree", self.settings)
        self.tree_view.fit_plan_column()  # the other columns' widths are kept; the plan fills the rest
        splitter = self.settings.splitter()
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([760, 520])
        expanded = self.settings.expanded()
        if expanded is None:
            expanded = {area.id for area in self.model.tree.focus_areas}
        self.tree_view.set_expanded_ids(expanded)
        last = self.settings.last_selection()
        if not (last and self.tree_view.select_node(last)) and self.model.tree.focus_areas:
            self.tree_view.select_node(self.model.tree.focus_areas[0].id)

    def save_settings(self) -> None:
        self.settings.set_geometry(QByteArray(self.saveGeometry()))
        save_columns(self.tree_view.header(), self._columns_key, self.settings)
        self.settings.set_splitter(QByteArray(self.splitter.saveState()))
        self.settings.set_expanded(self.tree_view.expanded_ids())
        if self.tree_view.current_id():
            self.settings.set_last_selection(self.tree_view.current_id())

    def closeEvent(self, event: QCloseEvent) -> None:
        steering = self.findChild(SteeringWindow)
        steering_saved = steering is None or steering.commit_pending()
        if not (self.detail.commit_pending() and steering_saved):
            answer = plain_text.ask(
                self,
                self.tr("Unsaved change"),
                self.tr(
                    "A field has a value that cannot be saved (see the message under it). "
                    "Close anyway and lose that change?"
                ),
                QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Close:
                event.ignore()
                return
        self.save_settings()
        QSettings().sync()
        event.accept()
        self.closed.emit()
