"""The desktop client (PySide6). Widgets call services and receive plain values."""
