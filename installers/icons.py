"""Render the application icon from its SVG source into the sizes the installers need.

    python installers/icons.py resources/icons/handlingsplan.svg OUT_DIR

writes ``OUT_DIR/hicolor/<n>x<n>/apps/handlingsplan.png`` for every size in
:data:`SIZES`, ``OUT_DIR/hicolor/scalable/apps/handlingsplan.svg`` and the
Windows icon ``OUT_DIR/handlingsplan.ico``.  Needs only PySide6-Essentials
(QtSvg) and runs without a display.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICON_NAME = "handlingsplan"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Windows shows up to 256 px; larger entries are not allowed in an .ico file.
ICO_SIZES = tuple(size for size in SIZES if size <= 256)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn into a transparent ``size`` × ``size`` square, as PNG bytes."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} är ingen giltig SVG-bild.")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico file holding the given PNG images (size → PNG bytes), smallest first.

    Every entry is stored as PNG, which Windows reads since Vista; 256 is
    written as 0 in the directory, as the format requires.
    """
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    directory = b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + directory + b"".join(pngs[size] for size in sizes)


def write_icons(svg: Path, out_dir: Path) -> list[Path]:
    """Write the icon theme folders and the .ico under ``out_dir``; returns the files written."""
    written: list[Path] = []
    pngs: dict[int, bytes] = {}
    for size in SIZES:
        pngs[size] = render_png(svg, size)
        target = out_dir / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
        written.append(target)
    scalable = out_dir / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written.append(scalable)
    ico = out_dir / f"{ICON_NAME}.ico"
    ico.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    written.append(ico)
    return written


def gui_application() -> QGuiApplication:
    """The application Qt needs to draw SVG text with fonts; without a display when there is none."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication.instance() or QGuiApplication([])


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("användning: python installers/icons.py IKON.svg UTMAPP", file=sys.stderr)
        return 2
    _app = gui_application()
    for path in write_icons(Path(argv[0]), Path(argv[1])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
