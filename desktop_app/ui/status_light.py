"""Traffic lights drawn with QPainter, told apart by shape as well as colour.

Green is a filled circle with a tick, yellow a triangle with an exclamation
mark, red a square with a cross, and "not reported" a hollow dashed grey
circle.  Everything is vector-drawn, so it stays sharp at any device pixel
ratio.  The words for statuses and lifecycles live here too, translated.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from database.enums import Lifecycle, StatusColour

COLOURS: dict[StatusColour | None, QColor] = {
    StatusColour.GREEN: QColor("#2e9d57"),
    StatusColour.YELLOW: QColor("#e0a21b"),
    StatusColour.RED: QColor("#d2453b"),
    None: QColor("#8a9099"),
}
# The ✓ ! × drawn inside a light: white on green and red, near-black on yellow (white on yellow
# is 2.3:1, too faint for the 3:1 WCAG asks of a graphic).
MARK_COLOURS: dict[StatusColour, QColor] = {
    StatusColour.GREEN: QColor("#ffffff"),
    StatusColour.YELLOW: QColor("#2b1d00"),
    StatusColour.RED: QColor("#ffffff"),
}
OVERDUE_COLOUR = QColor("#b3471d")
STALE_COLOUR = QColor("#5b6b82")


def status_label(status: StatusColour | None) -> str:
    """The status in the user's language: Grön, Gul, Röd, Ej rapporterad."""
    words = {
        StatusColour.GREEN: QCoreApplication.translate("Status", "Green"),
        StatusColour.YELLOW: QCoreApplication.translate("Status", "Yellow"),
        StatusColour.RED: QCoreApplication.translate("Status", "Red"),
        None: QCoreApplication.translate("Status", "Not reported"),
    }
    return words[status]


def status_meaning(status: StatusColour) -> str:
    meanings = {
        StatusColour.GREEN: QCoreApplication.translate("Status", "On plan"),
        StatusColour.YELLOW: QCoreApplication.translate("Status", "Deviation from the plan"),
        StatusColour.RED: QCoreApplication.translate("Status", "Considerable deviation"),
    }
    return meanings[status]


def lifecycle_label(lifecycle: Lifecycle) -> str:
    words = {
        Lifecycle.PROPOSED: QCoreApplication.translate("Lifecycle", "Proposed"),
        Lifecycle.DECIDED: QCoreApplication.translate("Lifecycle", "Decided"),
        Lifecycle.COMPLETED: QCoreApplication.translate("Lifecycle", "Completed"),
        Lifecycle.CANCELLED: QCoreApplication.translate("Lifecycle", "Cancelled"),
    }
    return words[lifecycle]


def ongoing_label() -> str:
    return QCoreApplication.translate("Lifecycle", "Ongoing")


def schedule_text(start: str | None, end: str | None, ongoing: bool) -> str:
    """``2024-03 – 2025-06``, ``Löpande``, ``2024-03 – löpande``."""
    if ongoing:
        return f"{start} – {ongoing_label().lower()}" if start else ongoing_label()
    if start and end:
        return f"{start} – {end}"
    if end:
        return f"– {end}"
    return f"{start} –" if start else ""


def paint_light(painter: QPainter, rect: QRectF, status: StatusColour | None) -> None:
    """Draw the light for ``status`` centred in ``rect``."""
    status = StatusColour(status) if status else None  # item data may hand back the plain value
    size = min(rect.width(), rect.height())
    box = QRectF(0, 0, size, size)
    box.moveCenter(rect.center())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = COLOURS[status]
    line = max(1.0, size / 9)
    mark_colour = MARK_COLOURS.get(status, QColor("white")) if status else QColor("white")
    mark = QPen(mark_colour, max(1.2, size / 7.5), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    mark.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if status is None:
        pen = QPen(colour, line, Qt.PenStyle.CustomDashLine, Qt.PenCapStyle.FlatCap)
        pen.setDashPattern([2.2, 1.6])
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = line / 2 + size * 0.06
        painter.drawEllipse(box.adjusted(inset, inset, -inset, -inset))
    elif status is StatusColour.GREEN:
        inner = box.adjusted(size * 0.04, size * 0.04, -size * 0.04, -size * 0.04)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(inner)
        painter.setPen(mark)
        tick = QPainterPath(_at(box, 0.29, 0.52))
        tick.lineTo(_at(box, 0.44, 0.67))
        tick.lineTo(_at(box, 0.71, 0.36))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(tick)
    elif status is StatusColour.YELLOW:
        painter.setPen(QPen(colour.darker(115), line * 0.6, Qt.PenStyle.SolidLine))
        painter.setBrush(colour)
        triangle = QPolygonF([_at(box, 0.5, 0.04), _at(box, 0.98, 0.92), _at(box, 0.02, 0.92)])
        path = QPainterPath()
        path.addPolygon(triangle)
        path.closeSubpath()
        painter.drawPath(path)
        painter.setPen(mark)
        painter.drawLine(_at(box, 0.5, 0.36), _at(box, 0.5, 0.6))
        painter.drawPoint(_at(box, 0.5, 0.77))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        inner = box.adjusted(size * 0.07, size * 0.07, -size * 0.07, -size * 0.07)
        painter.drawRoundedRect(inner, size * 0.12, size * 0.12)
        painter.setPen(mark)
        painter.drawLine(_at(box, 0.33, 0.33), _at(box, 0.67, 0.67))
        painter.drawLine(_at(box, 0.67, 0.33), _at(box, 0.33, 0.67))
    painter.restore()


def paint_overdue(painter: QPainter, rect: QRectF) -> None:
    """A small clock: the end month has passed."""
    size = min(rect.width(), rect.height())
    box = QRectF(0, 0, size, size)
    box.moveCenter(rect.center())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(OVERDUE_COLOUR, max(1.2, size / 9), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(QColor("#fff4ec"))
    painter.drawEllipse(box.adjusted(size * 0.1, size * 0.1, -size * 0.1, -size * 0.1))
    painter.drawLine(_at(box, 0.5, 0.5), _at(box, 0.5, 0.27))
    painter.drawLine(_at(box, 0.5, 0.5), _at(box, 0.68, 0.6))
    painter.restore()


def paint_stale(painter: QPainter, rect: QRectF) -> None:
    """A small hourglass: no report for a long time."""
    size = min(rect.width(), rect.height())
    box = QRectF(0, 0, size, size)
    box.moveCenter(rect.center())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(STALE_COLOUR, max(1.1, size / 10), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.drawLine(_at(box, 0.25, 0.12), _at(box, 0.75, 0.12))
    painter.drawLine(_at(box, 0.25, 0.88), _at(box, 0.75, 0.88))
    painter.setBrush(QColor("#e7ebf1"))
    glass = QPolygonF(
        [
            _at(box, 0.3, 0.12),
            _at(box, 0.7, 0.12),
            _at(box, 0.5, 0.5),
            _at(box, 0.7, 0.88),
            _at(box, 0.3, 0.88),
        ]
    )
    path = QPainterPath()
    path.addPolygon(QPolygonF([*glass, _at(box, 0.5, 0.5)]))
    path.closeSubpath()
    painter.drawPath(path)
    painter.restore()


@cache
def light_icon(status: StatusColour | None, size: int = 16) -> QIcon:
    """The light as an icon (for buttons, combo boxes and table rows), drawn for 1× and 2× screens."""
    icon = QIcon()
    for ratio in (1, 2):
        pixmap = QPixmap(size * ratio, size * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        paint_light(painter, QRectF(0, 0, size, size), status)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def _at(box: QRectF, x: float, y: float) -> QPointF:
    return QPointF(box.left() + box.width() * x, box.top() + box.height() * y)
