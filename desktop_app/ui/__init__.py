"""The desktop client (PySide6). Widgets call services and receive plain values."""

from desktop_app.ui.pyside_imports import skip_source_scan

skip_source_scan()  # before the window's modules are imported (see pyside_imports)
