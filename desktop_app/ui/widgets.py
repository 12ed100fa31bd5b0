"""Small widgets the forms share: a text box that saves on leaving, section
headings, inline error labels and a roll-up bar with its legend.

Colours and fonts are set with the palette and the font (``set_text_look``),
not with style sheets: Qt parses a widget's style sheet, and styles the widget
and everything in it through it, for each widget that has one. Setting the
detail pane's header, its section headings and a few plain labels this way
instead saved 5.6 M of the 1,112 M instructions of a start (callgrind, the
seeded plan).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from database.enums import Lifecycle, StatusColour
from desktop_app.services.tree import RollUp
from desktop_app.ui.status_light import COLOURS, lifecycle_label, paint_light, status_label


class CommitTextEdit(QPlainTextEdit):
    """A multi-line text box that says ``committed`` when the person leaves it."""

    committed = Signal()

    def __init__(self, parent: QWidget | None = None, lines: int = 3) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        line = self.fontMetrics().lineSpacing()
        self.setFixedHeight(int(line * lines + 14))

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.committed.emit()


RULE_COLOUR = "#d7dde5"
"""The thin lines under the detail pane's header and the forms' section headings."""

SEMI_BOLD = QFont.Weight.DemiBold
"""The weight of headings and labels that stand out (600)."""


def set_text_look(
    label: QWidget,
    colour: str,
    *,
    weight: QFont.Weight | None = None,
    point_size: float | None = None,
    letter_spacing: float | None = None,
) -> None:
    """Give ``label``'s text a colour (in every state) and, where given, a weight, a size in points
    and a letter spacing in pixels.

    The text is drawn in the palette's WindowText whatever the label stands on (a widget drawn
    on the Base colour, as in a view, would otherwise have it drawn in Text)."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    label.setPalette(palette)
    label.setForegroundRole(QPalette.ColorRole.WindowText)
    if weight is None and point_size is None and letter_spacing is None:
        return
    font = label.font()
    if weight is not None:
        font.setWeight(weight)
    if point_size is not None:
        font.setPointSizeF(point_size)
    if letter_spacing is not None:
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, letter_spacing)
    label.setFont(font)


def paint_rule(widget: QWidget, bottom_margin: int = 0) -> None:
    """Draw the thin rule along ``widget``'s bottom edge, ``bottom_margin`` pixels above it."""
    painter = QPainter(widget)
    painter.setPen(QColor(RULE_COLOUR))
    y = widget.height() - 1 - bottom_margin
    painter.drawLine(0, y, widget.width() - 1, y)
    painter.end()


class SectionHeading(QLabel):
    """A heading between parts of a form, with a thin rule under it."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("sectionHeading")
        set_text_look(self, "#1f4468", weight=SEMI_BOLD)
        # 14 px above the text, 4 px under it, then the rule and 4 px to what follows.
        self.setContentsMargins(0, 14, 0, 4 + 1 + 4)

    def paintEvent(self, event: QPaintEvent) -> None:  # QWidget.paintEvent
        super().paintEvent(event)
        paint_rule(self, bottom_margin=4)


class ErrorLabel(QLabel):
    """A red message under a field; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages quote titles and names as typed
        set_text_look(self, "#b3261e")
        self.setWordWrap(True)
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))


class LightLabel(QWidget):
    """A status light of a given size, painted (not an image), sharp at any scale."""

    def __init__(self, size: int = 18, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status: StatusColour | None = None
        self.setFixedSize(QSize(size, size))

    def set_status(self, status: StatusColour | None) -> None:
        self._status = status
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_light(painter, QRectF(self.rect()), self._status)


class RollUpBar(QWidget):
    """The counts of an initiative's or focus area's activities as a stacked bar and a legend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts = RollUp()
        self._bar = _Bar(self)
        self._legend = QHBoxLayout()
        self._legend.setSpacing(16)
        self._entries: dict[StatusColour | None, tuple[LightLabel, QLabel]] = {}
        for status in (StatusColour.GREEN, StatusColour.YELLOW, StatusColour.RED, None):
            light, label = LightLabel(14), QLabel()
            light.set_status(status)
            entry = QHBoxLayout()
            entry.setSpacing(6)
            entry.addWidget(light)
            entry.addWidget(label)
            self._legend.addLayout(entry)
            self._entries[status] = (light, label)
        self._legend.addStretch(1)
        # Completed activities are counted apart from the colours, as in the reports: on a line of
        # their own, so that the legend fits a narrow pane at a large font.
        self._completed = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self._bar)
        layout.addLayout(self._legend)
        layout.addWidget(self._completed)

    def set_counts(self, counts: RollUp) -> None:
        self._counts = counts
        self._bar.counts = counts
        self._bar.update()
        values = {
            StatusColour.GREEN: counts.green,
            StatusColour.YELLOW: counts.yellow,
            StatusColour.RED: counts.red,
            None: counts.not_reported,
        }
        for status, (_light, label) in self._entries.items():
            label.setText(f"{status_label(status)}: {values[status]}")
        self._completed.setText(f"{lifecycle_label(Lifecycle.COMPLETED)}: {counts.completed}")

    def counts(self) -> RollUp:
        return self._counts


class _Bar(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.counts = RollUp()
        self.setFixedHeight(14)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        counts = self.counts
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e4e8ee"))
        painter.drawRoundedRect(rect, 4, 4)
        if counts.total:
            x = rect.left()
            for count, colour in (
                (counts.green, COLOURS[StatusColour.GREEN]),
                (counts.yellow, COLOURS[StatusColour.YELLOW]),
                (counts.red, COLOURS[StatusColour.RED]),
            ):
                width = rect.width() * count / counts.total
                if width:
                    painter.save()
                    painter.setClipRect(QRectF(x, rect.top(), width, rect.height()))
                    painter.setBrush(colour)
                    painter.drawRoundedRect(rect, 4, 4)
                    painter.restore()
                x += width


def separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setStyleSheet("color: #d7dde5;")
    return line
