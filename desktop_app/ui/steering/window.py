"""The "Styrning" workspace: one window with a tab for each part of the steering-group work."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QTabWidget, QVBoxLayout, QWidget

from desktop_app.ui.accessibility import connect_labels, set_name
from desktop_app.ui.context import AppContext
from desktop_app.ui.geometry import fit_to_screen

MEETINGS, DECISIONS, DEVIATIONS, IDEAS, GOALS, RHYTHM = range(6)


class SteeringWindow(QMainWindow):
    """Meetings, decisions, deviations, ideas, goals and reporting rhythm, each in its own tab."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        # The views are imported when the window is first opened, not when the app starts:
        # together they cost a twentieth of a second of every start.
        from desktop_app.ui.steering.deviations import DeviationsView
        from desktop_app.ui.steering.goals import GoalsView
        from desktop_app.ui.steering.ideas import IdeasView
        from desktop_app.ui.steering.meetings import MeetingsView
        from desktop_app.ui.steering.register import DecisionRegisterView
        from desktop_app.ui.steering.rhythm import RhythmView

        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Steering – Handlingsplan"))
        fit_to_screen(self, QSize(1280, 800))
        self.meetings = MeetingsView(context)
        self.decisions = DecisionRegisterView(context)
        self.deviations = DeviationsView(context)
        self.ideas = IdeasView(context)
        self.goals = GoalsView(context)
        self.rhythm = RhythmView(context)
        self.tabs = QTabWidget()
        set_name(self.tabs, self.tr("Steering"))
        self.tabs.addTab(self.meetings, self.tr("Meetings"))
        self.tabs.addTab(self.decisions, self.tr("Decisions"))
        self.tabs.addTab(self.deviations, self.tr("Deviations"))
        self.tabs.addTab(self.ideas, self.tr("Ideas and feedback"))
        self.tabs.addTab(self.goals, self.tr("Measurable goals"))
        self.tabs.addTab(self.rhythm, self.tr("Reporting rhythm"))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        if context.read_only:
            banner = QLabel(
                self.tr("The plan is open read-only: you can read everything here but change nothing.")
            )
            banner.setStyleSheet(
                "QLabel { background: #fff4ce; border-bottom: 1px solid #e7d28a; padding: 6px 10px; }"
            )
            layout.addWidget(banner)
        layout.addWidget(self.tabs)
        self.setCentralWidget(central)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        undo = context.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = context.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addAction(undo)
        edit.addAction(redo)
        close = QAction(self.tr("&Close"), self)
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        edit.addSeparator()
        edit.addAction(close)
        connect_labels(self)

    def commit_pending(self) -> bool:
        """Save what was typed in every form of the window; ``False`` when a value cannot be saved."""
        ok = True
        for view in (self.meetings, self.ideas, self.goals):
            ok = view.commit_pending() and ok
        return ok

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing saves what was typed; a value that cannot be saved is lost only when the person says so."""
        from desktop_app.ui.unsaved import confirm_losing  # with the views: not at the app's start

        if self.commit_pending() or confirm_losing(self):
            event.accept()
        else:
            event.ignore()

    def show_part(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self.show()
        self.raise_()
        self.activateWindow()


def steering_window(context: AppContext, parent: QWidget) -> SteeringWindow:
    """The steering window of ``parent``, made on first use."""
    window = parent.findChild(SteeringWindow)
    if window is None:
        window = SteeringWindow(context, parent)
    return window


def add_steering_actions(menu: QMenu, context: AppContext, parent: QWidget) -> None:
    """Add the actions that open each part of the steering work to ``menu`` (the "Styrning" menu)."""
    parts = (
        (MEETINGS, QCoreApplication.translate("SteeringWindow", "Steering &meetings…")),
        (DECISIONS, QCoreApplication.translate("SteeringWindow", "&Decision register…")),
        (DEVIATIONS, QCoreApplication.translate("SteeringWindow", "De&viations…")),
        (IDEAS, QCoreApplication.translate("SteeringWindow", "&Ideas and feedback…")),
        (GOALS, QCoreApplication.translate("SteeringWindow", "Measurable &goals…")),
        (RHYTHM, QCoreApplication.translate("SteeringWindow", "Reporting &rhythm…")),
    )
    for index, text in parts:
        action = menu.addAction(text)
        if index == MEETINGS:
            action.setShortcut(QKeySequence("Ctrl+M"))
        action.triggered.connect(
            lambda _checked=False, i=index: steering_window(context, parent).show_part(i)
        )
