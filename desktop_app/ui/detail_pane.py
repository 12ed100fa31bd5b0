"""The right-hand pane: a header for the selected node and the form of its kind."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.errors import PlanError, ValidationError
from desktop_app.services.tree import ActivityNode, FocusAreaNode, InitiativeNode, PlanTree, RollUp
from desktop_app.ui.accessibility import connect_labels, set_name
from desktop_app.ui.commands import EditFieldCommand, push
from desktop_app.ui.context import AppContext
from desktop_app.ui.follow_up_box import FollowUpBox
from desktop_app.ui.widgets import (
    SEMI_BOLD,
    CommitTextEdit,
    ErrorLabel,
    RollUpBar,
    SectionHeading,
    paint_rule,
    set_text_look,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from desktop_app.services.follow_up import FollowUp
    from desktop_app.ui.activity_form import ActivityForm

PlanNode = FocusAreaNode | InitiativeNode | ActivityNode

HEADER_BACKGROUND = "#f3f6fa"


class HeaderBand(QFrame):
    """The band at the top of the pane: a light background with the thin rule under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(HEADER_BACKGROUND))
        self.setPalette(palette)

    def paintEvent(self, event: QPaintEvent) -> None:  # QWidget.paintEvent
        super().paintEvent(event)
        paint_rule(self)


class ParentForm(QWidget):
    """The form of a focus area (title, description) or an initiative (statement, "Genom att …")."""

    saved = Signal(str)

    def __init__(self, context: AppContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = kind
        self.node: FocusAreaNode | InitiativeNode | None = None
        self.title_field = "title" if kind == "focus_area" else "statement"
        self.title_edit = QLineEdit() if kind == "focus_area" else None
        self.statement_edit = CommitTextEdit(lines=2) if kind == "initiative" else None
        self.title_error = ErrorLabel()
        self.description_edit = CommitTextEdit(lines=5)
        self.roll_up = RollUpBar()
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(8)
        title_box = QVBoxLayout()
        title_box.setSpacing(2)
        title_box.addWidget(self.title_edit or self.statement_edit)
        title_box.addWidget(self.title_error)
        if kind == "focus_area":
            form.addRow(self.tr("Title"), title_box)
            form.addRow(self.tr("Description"), self.description_edit)
            self.description_edit.setToolTip(self.tr("What the focus area is about"))
        else:
            form.addRow(self.tr("The municipality …"), title_box)
            form.addRow(self.tr("By …"), self.description_edit)
            self.description_edit.setToolTip(self.tr("How: the “By …” text of the initiative"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(SectionHeading(self.tr("Status of the activities")))
        layout.addWidget(self.roll_up)
        layout.addWidget(
            SectionHeading(self.tr("Focus area") if kind == "focus_area" else self.tr("Initiative"))
        )
        layout.addLayout(form)
        layout.addStretch(1)
        if self.title_edit is not None:
            self.title_edit.editingFinished.connect(self._save_title)
            self.title_edit.textEdited.connect(lambda text: self._check(text))
        if self.statement_edit is not None:
            self.statement_edit.committed.connect(self._save_title)
        self.description_edit.committed.connect(self._save_description)
        connect_labels(self)

    def _title_text(self) -> str:
        if self.title_edit is not None:
            return self.title_edit.text()
        assert self.statement_edit is not None
        return self.statement_edit.toPlainText()

    def show_node(self, node: FocusAreaNode | InitiativeNode, counts: RollUp) -> None:
        same = self.node is not None and self.node.id == node.id
        self.node = node
        value = node.title if self.kind == "focus_area" else node.statement
        if self.title_edit is not None and not (same and self.title_edit.hasFocus()):
            self.title_edit.setText(value)
            self.title_edit.setCursorPosition(0)
            self.title_edit.setReadOnly(self.context.read_only)
        if self.statement_edit is not None and not (same and self.statement_edit.hasFocus()):
            self.statement_edit.setPlainText(value)
            self.statement_edit.setReadOnly(self.context.read_only)
        if not (same and self.description_edit.hasFocus()):
            self.description_edit.setPlainText(node.description)
        self.description_edit.setReadOnly(self.context.read_only)
        self.roll_up.set_counts(counts)
        if not same:
            self.title_error.show_message("")

    def _check(self, text: str) -> None:
        self.title_error.show_message("" if text.strip() else self._empty_message())

    def _empty_message(self) -> str:
        if self.kind == "focus_area":
            return self.tr("The focus area must have a title.")
        return self.tr("The initiative must have a text.")

    def commit_pending(self) -> bool:
        if self.node is None or self.context.read_only:
            return True
        ok = self._save_title()
        return self._save_description() and ok

    def _save_title(self) -> bool:
        if self.node is None:
            return True
        text = self._title_text().strip()
        current = self.node.title if self.kind == "focus_area" else self.node.statement
        if text == current:
            return True
        if not text:
            self.title_error.show_message(self._empty_message())
            return False
        return self._save({self.title_field: text}, self.tr("title"))

    def _save_description(self) -> bool:
        if self.node is None or self.description_edit.toPlainText() == self.node.description:
            return True
        return self._save({"description": self.description_edit.toPlainText()}, self.tr("description"))

    def _save(self, changes: dict, label: str) -> bool:
        assert self.node is not None
        try:
            push(self.context, EditFieldCommand(self.context, self.kind, self.node.id, changes, label))
        except ValidationError as error:  # an empty title is caught before: here a title over the limit
            self.title_error.show_message(str(error))
            return False
        except PlanError as error:
            self.title_error.show_message(str(error))
            return False
        self.title_error.show_message("")
        self.saved.emit(label)
        return True


class DetailPane(QWidget):
    """Shows the selected node: a header with its code, kind and place in the plan, then its form."""

    saved = Signal(str)
    report_requested = Signal()
    """The activity form's "Report status…" button was pressed."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.node: PlanNode | None = None
        self.kind_label = QLabel()
        self.kind_label.setObjectName("detailKind")
        self.title_label = QLabel()
        self.title_label.setObjectName("detailTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.path_label = QLabel()
        self.path_label.setObjectName("detailPath")
        self.path_label.setWordWrap(True)
        self.path_label.setTextFormat(Qt.TextFormat.PlainText)
        set_text_look(self.kind_label, "#5b6470", weight=SEMI_BOLD, point_size=9, letter_spacing=0.5)
        set_text_look(self.title_label, "#1b2b3c", weight=SEMI_BOLD, point_size=15)
        set_text_look(self.path_label, "#5b6470")
        header = HeaderBand()
        header.setObjectName("detailHeader")
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(20, 14, 20, 13)  # 12 px, and the rule
        header_layout.setSpacing(3)
        header_layout.addWidget(self.kind_label)
        header_layout.addWidget(self.title_label)
        header_layout.addWidget(self.path_label)

        self.empty_page = QLabel(self.tr("Select a focus area, initiative or activity in the plan."))
        self.empty_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_text_look(self.empty_page, "#5b6470")
        self._activity_form: ActivityForm | None = None
        self._parent_forms: dict[str, ParentForm] = {}
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_page)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(20, 4, 20, 16)
        self.follow_up_box = FollowUpBox(context)
        content_layout.addWidget(self.follow_up_box)
        content_layout.addWidget(self.stack)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        set_name(scroll, self.tr("Details of the selected item"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(scroll, 1)
        self._header = header
        self.show_node(None, PlanTree("", "", []), None)

    @property
    def activity_form(self) -> ActivityForm:
        """The activity's form, made when an activity is first shown.

        It is the largest form, with the status history and the services that
        check and change an activity (and the table classes behind them): a
        start that shows a focus area or an initiative does not wait for it.
        """
        if self._activity_form is None:
            from desktop_app.ui.activity_form import ActivityForm

            self._activity_form = ActivityForm(self.context)
            self._activity_form.saved.connect(self.saved)
            self._activity_form.report_requested.connect(self.report_requested)
            self.stack.addWidget(self._activity_form)
        return self._activity_form

    @property
    def initiative_form(self) -> ParentForm:
        """The initiative's form, made when an initiative is first shown."""
        return self._parent_form("initiative")

    @property
    def focus_area_form(self) -> ParentForm:
        """The focus area's form, made when a focus area is first shown."""
        return self._parent_form("focus_area")

    def _parent_form(self, kind: str) -> ParentForm:
        # Made at first use, as the activity's form: a start shows one of the three forms.
        form = self._parent_forms.get(kind)
        if form is None:
            form = self._parent_forms[kind] = ParentForm(self.context, kind)
            form.saved.connect(self.saved)
            self.stack.addWidget(form)
        return form

    def show_node(self, node: PlanNode | None, tree: PlanTree, counts: RollUp | None) -> None:
        """Show ``node`` (``None``: nothing selected) with the roll-up ``counts`` of a parent."""
        self.node = node
        if node is None:
            self.kind_label.setText(self.tr("NOTHING SELECTED"))
            self.title_label.setText(tree.plan_name or self.tr("Action plan"))
            self.path_label.setText("")
            self._show_page(self.empty_page)
            return
        area = next((a for a in tree.focus_areas if node.code.split(".")[0] == a.code), None)
        if isinstance(node, ActivityNode):
            self.kind_label.setText(self.tr("ACTIVITY %1").replace("%1", node.code))
            self.activity_form.show_activity(node, tree)
            self._show_page(self.activity_form)
            initiative = next((i for i in tree.initiatives() if i.id == node.initiative_id), None)
            path = [f"{initiative.code}  {initiative.title}" if initiative else ""]
        elif isinstance(node, InitiativeNode):
            self.kind_label.setText(self.tr("INITIATIVE %1").replace("%1", node.code))
            self.initiative_form.show_node(node, counts or RollUp())
            self._show_page(self.initiative_form)
            path = [f"{area.code}  {area.title}" if area else ""]
        else:
            self.kind_label.setText(self.tr("FOCUS AREA %1").replace("%1", node.code))
            self.focus_area_form.show_node(node, counts or RollUp())
            self._show_page(self.focus_area_form)
            path = [tree.plan_name]
        self.title_label.setText(node.title)
        text = " › ".join(p for p in path if p)
        self.path_label.setText(text if len(text) <= 110 else text[:108].rstrip() + " …")
        self.path_label.setToolTip(text)

    def show_follow_up(self, marks: Sequence[FollowUp]) -> None:
        """Show the open follow-up marks of the activity shown (none for anything else)."""
        self.follow_up_box.show_marks(marks if isinstance(self.node, ActivityNode) else [])

    def _show_page(self, page: QWidget) -> None:
        """Show ``page``, sized by itself alone: the pages not shown are ignored by the stack's layout,
        so that a short form gets no scroll bars from the tall activity form."""
        for index in range(self.stack.count()):
            other = self.stack.widget(index)
            policy = QSizePolicy.Policy.Preferred if other is page else QSizePolicy.Policy.Ignored
            other.setSizePolicy(policy, policy)
        self.stack.setCurrentWidget(page)

    def focus_form(self) -> None:
        """Put the cursor in the first field of the shown form (Enter or a double-click in the tree)."""
        page = self.stack.currentWidget()
        field = getattr(page, "title_edit", None) or getattr(page, "statement_edit", None)
        if field is not None:
            field.setFocus()

    def commit_pending(self) -> bool:
        """Save what is typed in the shown form; ``False`` when it cannot be saved as it is."""
        page = self.stack.currentWidget()
        if isinstance(page, ParentForm) or (page is not None and page is self._activity_form):
            return page.commit_pending()
        return True
