"""The detail pane's notice that an activity is marked for follow-up, with "Markera som åtgärdad".

An activity is marked when a plan file brought a value that breaks a rule of
the plan (``services.follow_up``): the notice says which, in the user's
language. Fixing the value clears the mark by itself; where the value is to
stay as it is (history), "Mark as resolved" clears it as one undoable step.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.services.follow_up import FollowUp, clear_mark, reopen_mark
from desktop_app.ui.commands import PlanCommand, push
from desktop_app.ui.context import AppContext
from desktop_app.ui.widgets import set_text_look


class ClearFollowUpCommand(PlanCommand):
    """Mark an activity's follow-up marks done by hand; undo opens them again."""

    def __init__(self, context: AppContext, mark_ids: Sequence[str]) -> None:
        super().__init__(context, QCoreApplication.translate("FollowUpBox", "Mark as resolved"))
        self.mark_ids = list(mark_ids)

    def apply(self) -> None:
        for mark_id in self.mark_ids:
            clear_mark(self.context.engine, mark_id, self.context.actor)

    def revert(self) -> None:
        for mark_id in self.mark_ids:
            reopen_mark(self.context.engine, mark_id, self.context.actor)


class FollowUpBox(QFrame):
    """Shown above an activity's form while it has open follow-up marks."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.marks: list[FollowUp] = []
        self.setObjectName("followUpBox")
        self.setStyleSheet(
            "#followUpBox { background: #fff4ce; border: 1px solid #e0c36a; border-radius: 4px; }"
            " #followUpTitle { font-weight: 600; color: #1b2b3c; }"
        )
        self.heading = QLabel(self.tr("⚑ For follow-up"))
        self.heading.setObjectName("followUpTitle")
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel(
            self.tr(
                "The value came in as it was with a plan file from an older version. Correct it and the mark "
                "goes; or keep it as it is and mark the follow-up as resolved."
            )
        )
        self.hint.setWordWrap(True)
        set_text_look(self.hint, "#4a4f57")
        self.resolve_button = QPushButton(self.tr("Mark as resolved"))
        self.resolve_button.setToolTip(self.tr("Keep the values as they are and remove the follow-up mark"))
        self.resolve_button.clicked.connect(self._resolve)
        button_row = QHBoxLayout()
        button_row.addWidget(self.resolve_button)
        button_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.reasons)
        layout.addWidget(self.hint)
        layout.addLayout(button_row)
        self.hide()

    def show_marks(self, marks: Sequence[FollowUp]) -> None:
        """Show ``marks`` (the open marks of the activity shown); hidden when there are none."""
        self.marks = list(marks)
        self.reasons.setText("\n".join(f"• {mark.text}" for mark in self.marks))
        self.resolve_button.setEnabled(not self.context.read_only)
        self.setVisible(bool(self.marks))

    def _resolve(self) -> None:
        if self.marks:
            push(self.context, ClearFollowUpCommand(self.context, [mark.id for mark in self.marks]))
