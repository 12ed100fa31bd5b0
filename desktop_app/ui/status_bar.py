"""The counts in the status bar: activities, per colour, not reported, overdue."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from database.enums import StatusColour
from desktop_app.ui.status_light import paint_overdue
from desktop_app.ui.widgets import LightLabel


class _OverdueMark(LightLabel):
    """The overdue clock, the same as in the tree."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_overdue(painter, QRectF(self.rect()))


class PlanCounts(QWidget):
    """``58 activities  ● 3  ▲ 1  ■ 1  ○ 53  ⏱ 1``, each with its light and a tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(4)
        self.total_label = QLabel()
        layout.addWidget(self.total_label)
        layout.addSpacing(10)
        self.labels: dict[StatusColour | None, QLabel] = {}
        for status in (StatusColour.GREEN, StatusColour.YELLOW, StatusColour.RED, None):
            light = LightLabel(13)
            light.set_status(status)
            label = QLabel()
            layout.addWidget(light)
            layout.addWidget(label)
            layout.addSpacing(8)
            self.labels[status] = label
        self.overdue_mark = _OverdueMark(14)
        self.overdue_label = QLabel()
        layout.addWidget(self.overdue_mark)
        layout.addWidget(self.overdue_label)

    def set_counts(self, total: int, per_status: dict[StatusColour | None, int], overdue: int) -> None:
        self.total_label.setText(self.tr("%n activities", "", total))
        tips = {
            StatusColour.GREEN: self.tr("%n green", "", per_status[StatusColour.GREEN]),
            StatusColour.YELLOW: self.tr("%n yellow", "", per_status[StatusColour.YELLOW]),
            StatusColour.RED: self.tr("%n red", "", per_status[StatusColour.RED]),
            None: self.tr("%n not reported", "", per_status[None]),
        }
        for status, label in self.labels.items():
            label.setText(str(per_status[status]))
            label.setToolTip(tips[status])
        self.overdue_label.setText(str(overdue))
        self.overdue_label.setToolTip(self.tr("%n overdue", "", overdue))
        self.overdue_mark.setToolTip(self.overdue_label.toolTip())

    def summary(self) -> str:
        """The counts as one line of text (what a screen reader or a test reads)."""
        parts = [self.total_label.text()]
        parts += [label.toolTip() for label in self.labels.values()]
        parts.append(self.overdue_label.toolTip())
        return ", ".join(parts)
