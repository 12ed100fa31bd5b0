"""The one month, date and year field every form uses: typed, picked or cleared.

A person types the month or date as they write it (``2025-03``, ``mars 2025``,
``03/2025``; ``2025-03-15``, ``15/3 2025``); the services read it
(``rules.parse_month`` / ``rules.parse_date``), so a form accepts the same
spellings as an Excel cell. Empty means "not set". The calendar button (or
Alt+Down / F4) opens a calendar on the field's value or on today's month; what
is picked is shown and committed. Delete/Backspace and the × button clear it.
A year field (``2025``, read by ``rules.parse_year``) has no calendar; the
Up and Down keys step it a year.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.errors import ValidationError
from desktop_app.services.rules import (
    check_not_future,
    check_year_not_future,
    parse_date,
    parse_month,
    parse_year,
)

_INVALID_STYLE = "QLineEdit { border: 1px solid #b3261e; background: #fdecea; }"


class _CalendarPopup(QFrame):
    """A calendar in a pop-up under a field; ``picked`` gives the chosen day."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(False)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)

    def _pick(self, day: QDate) -> None:
        self.hide()
        self.picked.emit(day)


class _TypedField(QWidget):
    """A line edit with a calendar button and a clear button; subclasses say how text is read.

    ``edited`` is emitted on every change the person makes (for forms that save
    on demand); ``committed`` when the person leaves the field with a new valid
    value, picks a day or clears it; ``rejected(message)`` when what was typed
    cannot be read (the field keeps the text and turns red), and ``rejected("")``
    once it can be read again.
    """

    edited = Signal()
    committed = Signal()
    rejected = Signal(str)

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self._committed_text = ""
        self._invalid = False
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Not set"))
        self.edit.setClearButtonEnabled(False)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText("▾")
        self.calendar_button.setToolTip(self.tr("Choose in the calendar (Alt+Down)"))
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        self.clear_button.setAutoRaise(True)
        self.clear_button.setToolTip(self.tr("Remove the date (not set)"))
        for button in (self.calendar_button, self.clear_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(button.toolTip())  # "▾" and "×" say nothing read aloud
        if label:
            self.edit.setAccessibleName(label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.calendar_button)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # As tall as a line edit, whatever room the form row has (its label stays level with it).
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._popup: _CalendarPopup | None = None

        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._finish)
        self.edit.installEventFilter(self)
        self.calendar_button.clicked.connect(self.open_calendar)
        self.clear_button.clicked.connect(self.clear)
        self._update_buttons()

    # --- what subclasses say --------------------------------------------------------------------

    def _read(self, text: str) -> object:
        raise NotImplementedError

    def _show(self, value: object) -> str:
        raise NotImplementedError

    def _as_qdate(self, value: object) -> QDate:
        raise NotImplementedError

    def _from_qdate(self, day: QDate) -> object:
        raise NotImplementedError

    # --- the value --------------------------------------------------------------------------------

    def text(self) -> str:
        return self.edit.text()

    def has_error(self) -> bool:
        try:
            self._read(self.edit.text())
        except ValidationError:
            return True
        return False

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self._update_buttons()

    def set_placeholder(self, text: str) -> None:
        self.edit.setPlaceholderText(text)

    def is_modified(self) -> bool:
        """Whether the text differs from what was last shown or committed."""
        return self.edit.text().strip() != self._committed_text

    def clear(self) -> None:
        """Empty the field as the person's choice (``committed`` when it was set)."""
        if self.edit.isReadOnly():
            return
        self.edit.setText("")
        self.edited.emit()
        self._finish()

    def _set_shown(self, value: object) -> None:
        text = "" if value is None else self._show(value)
        self.edit.setText(text)
        self.edit.setCursorPosition(0)
        self._committed_text = text
        self._mark_valid(True, "")

    # --- behaviour ----------------------------------------------------------------------------------

    def _typed(self) -> None:
        self.edit.setStyleSheet("")
        self._update_buttons()
        self.edited.emit()

    def _finish(self) -> None:
        text = self.edit.text().strip()
        try:
            value = self._read(text)
        except ValidationError as error:
            self._mark_valid(False, str(error))
            self.rejected.emit(str(error))
            return
        shown = "" if value is None else self._show(value)
        if shown != self.edit.text():
            self.edit.setText(shown)
        if self._invalid:
            self.rejected.emit("")  # readable again: the form takes its message away
        self._mark_valid(True, "")
        self._update_buttons()
        if shown != self._committed_text:
            self._committed_text = shown
            self.committed.emit()

    def _mark_valid(self, valid: bool, message: str) -> None:
        self._invalid = not valid
        self.edit.setStyleSheet("" if valid else _INVALID_STYLE)
        self.edit.setToolTip(message)

    def _update_buttons(self) -> None:
        editable = not self.edit.isReadOnly()
        self.calendar_button.setEnabled(editable)
        self.clear_button.setEnabled(editable and bool(self.edit.text()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.edit.accessibleName():  # a screen reader reads the form's label for the field
            for label in self.window().findChildren(QLabel):
                if label.buddy() is self:
                    self.edit.setAccessibleName(label.text().replace("&", "").rstrip(": "))
                    break

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.edit and kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            key_event: QKeyEvent = event  # type: ignore[assignment]
            alt_down = (
                key_event.key() == Qt.Key.Key_Down and key_event.modifiers() & Qt.KeyboardModifier.AltModifier
            )
            if alt_down or key_event.key() == Qt.Key.Key_F4:
                # The window's own Alt+Down (move the activity) must not take the key from the field.
                event.accept()
                if kind == QEvent.Type.KeyPress:
                    self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    def calendar_popup(self) -> _CalendarPopup:
        if self._popup is None:
            self._popup = _CalendarPopup(self)
            self._popup.picked.connect(self._picked)
            self._limit_calendar(self._popup.calendar)
        return self._popup

    def _limit_calendar(self, calendar: QCalendarWidget) -> None:
        """Subclasses may bound the days that can be picked."""

    def open_calendar(self) -> None:
        """Show the calendar on the field's value, or on today when it has none (or cannot be read)."""
        if self.edit.isReadOnly() or not self.isEnabled():
            return
        popup = self.calendar_popup()
        try:
            value = self._read(self.edit.text())
        except ValidationError:
            value = None
        day = self._as_qdate(value) if value is not None else QDate.currentDate()
        popup.calendar.setSelectedDate(day)
        popup.calendar.setCurrentPage(day.year(), day.month())
        popup.adjustSize()
        popup.move(self.mapToGlobal(QPoint(0, self.height())))
        popup.show()
        popup.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.edit.setText(self._show(self._from_qdate(day)))
        self.edited.emit()
        self.edit.setFocus()
        self._finish()


class MonthField(_TypedField):
    """A month (``YYYY-MM``) that can be typed, picked in a calendar or left empty."""

    def __init__(self, label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(label, parent)
        self.edit.setPlaceholderText(self.tr("Not set"))
        self.edit.setToolTip("")
        self.clear_button.setToolTip(self.tr("Remove the month (not set)"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("september 2025") + 60)

    def _read(self, text: str) -> str | None:
        return parse_month(text, self.label)

    def _show(self, value: object) -> str:
        return str(value)

    def _as_qdate(self, value: object) -> QDate:
        year, month = (int(part) for part in str(value).split("-"))
        return QDate(year, month, 1)

    def _from_qdate(self, day: QDate) -> str:
        return f"{day.year():04d}-{day.month():02d}"

    def month(self) -> str | None:
        """The month typed or picked, as ``YYYY-MM``; raises ``ValidationError`` when it cannot be read."""
        return parse_month(self.edit.text(), self.label)

    def set_month(self, month: str | None) -> None:
        """Show ``month`` (or nothing) without committing."""
        self._set_shown(month)


class DateField(_TypedField):
    """A date (``YYYY-MM-DD``) that can be typed, picked in a calendar or left empty.

    ``required`` refuses an empty field; ``not_in_future`` refuses days after today.
    """

    def __init__(
        self,
        label: str = "",
        parent: QWidget | None = None,
        *,
        required: bool = False,
        not_in_future: bool = False,
    ) -> None:
        super().__init__(label, parent)
        self.required = required
        self.not_in_future = not_in_future
        if required:
            self.clear_button.hide()
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000-00-00") + 70)

    def _read(self, text: str) -> date | None:
        day = parse_date(text, self.label, required=self.required)
        if self.not_in_future:
            check_not_future(day, self.label, "")
        return day

    def _show(self, value: object) -> str:
        assert isinstance(value, date)
        return value.isoformat()

    def _as_qdate(self, value: object) -> QDate:
        assert isinstance(value, date)
        return QDate(value.year, value.month, value.day)

    def _from_qdate(self, day: QDate) -> date:
        return date(day.year(), day.month(), day.day())

    def _limit_calendar(self, calendar: QCalendarWidget) -> None:
        if self.not_in_future:
            calendar.setMaximumDate(QDate.currentDate())

    def value(self) -> date | None:
        """The date typed or picked; raises ``ValidationError`` when it cannot be read."""
        return self._read(self.edit.text())

    def set_value(self, value: date | None) -> None:
        """Show ``value`` (or nothing) without committing."""
        self._set_shown(value)


class YearField(_TypedField):
    """A year (``2025``) that can be typed, stepped with Up/Down or left empty.

    ``not_in_future`` refuses a year after the running one (a measured outcome);
    a target may lie years ahead.
    """

    def __init__(
        self, label: str = "", parent: QWidget | None = None, *, not_in_future: bool = False
    ) -> None:
        super().__init__(label, parent)
        self.not_in_future = not_in_future
        # No calendar, and the clear button inside the field: a "×" between a year and a value
        # beside it would read as a multiplication.
        self.calendar_button.hide()
        self.clear_button.hide()
        self.edit.setClearButtonEnabled(True)
        self.edit.setMaxLength(8)
        self.edit.setToolTip("")
        self.edit.textEdited.connect(self._cleared)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("000000") + 36)

    def _cleared(self, text: str) -> None:
        """Emptied (the clear button, Delete, Backspace): the field is "not set" at once."""
        if not text:
            self._finish()

    def _update_buttons(self) -> None:
        self.calendar_button.setEnabled(False)
        self.clear_button.setEnabled(False)
        self.edit.setClearButtonEnabled(not self.edit.isReadOnly())

    def _read(self, text: str) -> int | None:
        year = parse_year(text, self.label)
        if self.not_in_future:
            check_year_not_future(year, self.label, "")
        return year

    def _show(self, value: object) -> str:
        return str(value)

    def open_calendar(self) -> None:
        """A year has no calendar."""

    def year(self) -> int | None:
        """The year typed, or ``None``; raises ``ValidationError`` when it cannot be read."""
        return self._read(self.edit.text())

    def set_year(self, year: int | None) -> None:
        """Show ``year`` (or nothing) without committing."""
        self._set_shown(year)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and not self.edit.isReadOnly():
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self._step(1 if key == Qt.Key.Key_Up else -1)
                return True
        return super().eventFilter(watched, event)

    def _step(self, by: int) -> None:
        """Up and Down: the next or previous year (from the running year when the field is empty)."""
        try:
            year = parse_year(self.edit.text(), self.label)
        except ValidationError:
            return
        stepped = date.today().year if year is None else year + by
        if self.not_in_future:
            stepped = min(stepped, date.today().year)
        self.edit.setText(str(stepped))
        self._typed()
