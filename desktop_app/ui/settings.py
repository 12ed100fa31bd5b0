"""What the app remembers between runs (QSettings): window, splitter, selection, language."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from desktop_app.ui.i18n import DEFAULT_LANGUAGE, LANGUAGES

DEFAULT_STALE_DAYS = 90


class AppSettings:
    """Typed access to the user's settings; the organisation and application names set on the
    QApplication decide where they are stored."""

    def __init__(self) -> None:
        self._settings = QSettings()

    def language(self) -> str:
        value = str(self._settings.value("language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    def set_language(self, language: str) -> None:
        self._set("language", language)

    def stale_days(self) -> int:
        try:
            days = int(self._settings.value("stale_days", DEFAULT_STALE_DAYS))
        except (TypeError, ValueError):
            return DEFAULT_STALE_DAYS
        return days if days > 0 else DEFAULT_STALE_DAYS

    def set_stale_days(self, days: int) -> None:
        self._set("stale_days", int(days))

    def _set(self, key: str, value: object) -> None:
        """Store ``value`` under ``key`` unless it is stored already: every change makes QSettings
        rewrite its file (locked and synced to disk twice), and a start rewrote it three times with
        the values it had just read (the column widths, the selection, the recent plans)."""
        if not (self._settings.contains(key) and self._settings.value(key) == value):
            self._settings.setValue(key, value)

    def _value(self, key: str) -> object:
        """A stored value, or ``None`` without reading an empty QVariant (see PlanItemDelegate)."""
        return self._settings.value(key) if self._settings.contains(key) else None

    def geometry(self) -> QByteArray | None:
        value = self._value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, value: QByteArray) -> None:
        self._set("window/geometry", value)

    def splitter(self) -> QByteArray | None:
        value = self._value("window/splitter")
        return value if isinstance(value, QByteArray) else None

    def set_splitter(self, value: QByteArray) -> None:
        self._set("window/splitter", value)

    def header_state(self, key: str) -> QByteArray | None:
        """The column widths of the table or tree ``key``, as its header saved them."""
        value = self._value(f"columns/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_header_state(self, key: str, value: QByteArray) -> None:
        self._set(f"columns/{key}", value)

    def last_selection(self) -> str:
        return str(self._settings.value("tree/last_selection", "") or "")

    def set_last_selection(self, node_id: str) -> None:
        self._set("tree/last_selection", node_id)

    def expanded(self) -> set[str] | None:
        value = self._value("tree/expanded")
        if value is None:
            return None
        return {str(v) for v in value.split(",") if v} if isinstance(value, str) else None

    def set_expanded(self, ids: set[str]) -> None:
        self._set("tree/expanded", ",".join(sorted(ids)))
