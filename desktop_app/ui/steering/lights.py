"""Status lights that do not rely on colour alone: green circle, yellow triangle, red square,
hollow grey circle for "not reported". One helper so the client's delegate can replace it at merge."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF

from database.models import StatusColour

LIGHT_COLOURS: dict[StatusColour | None, str] = {
    StatusColour.GREEN: "#2e9d4a",
    StatusColour.YELLOW: "#e7b416",
    StatusColour.RED: "#d0342c",
    None: "#8a8f98",
}


def paint_light(painter: QPainter, rect: QRectF, status: StatusColour | None) -> None:
    """Draw the light for ``status`` inside ``rect`` (a square)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(LIGHT_COLOURS[status])
    inner = rect.adjusted(1.5, 1.5, -1.5, -1.5)
    painter.setPen(QPen(colour.darker(135), 1.2))
    painter.setBrush(colour)
    if status is StatusColour.GREEN:
        painter.drawEllipse(inner)
    elif status is StatusColour.YELLOW:
        painter.drawPolygon(
            QPolygonF([QPointF(inner.center().x(), inner.top()), inner.bottomRight(), inner.bottomLeft()])
        )
    elif status is StatusColour.RED:
        painter.drawRect(inner.adjusted(1, 1, -1, -1))
    else:
        painter.setPen(QPen(colour, 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(inner.adjusted(1, 1, -1, -1))
    painter.restore()


@cache
def light_icon(status: StatusColour | None, size: int = 14) -> QIcon:
    """The light as an icon, for item models' decoration role."""
    icon = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        paint_light(painter, QRectF(0, 0, size, size), status)
        painter.end()
        icon.addPixmap(pixmap)
    return icon
