"""Reading the values people type into cells: status words, lifecycle words, months and dates.

Each parser takes a cell value (text, number, date or ``None``) and returns
the plan's value, or raises ``CellError`` with a Swedish message for the row.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from database.enums import Lifecycle, StatusColour
from desktop_app.services.labels import LIFECYCLE_LABELS, ONGOING_LABEL, STATUS_LABELS
from desktop_app.services.messages import _, in_language

_STATUS_WORDS: dict[str, StatusColour | None] = {
    "grön": StatusColour.GREEN,
    "gron": StatusColour.GREEN,
    "green": StatusColour.GREEN,
    "gul": StatusColour.YELLOW,
    "yellow": StatusColour.YELLOW,
    "röd": StatusColour.RED,
    "rod": StatusColour.RED,
    "red": StatusColour.RED,
    "ej rapporterad": None,
    "inte rapporterad": None,
    "not reported": None,
    "-": None,
}

_LIFECYCLE_WORDS: dict[str, Lifecycle] = {
    **{LIFECYCLE_LABELS.source(lifecycle).casefold(): lifecycle for lifecycle in Lifecycle},
    **{
        in_language("en", LIFECYCLE_LABELS.source(lifecycle)).casefold(): lifecycle for lifecycle in Lifecycle
    },
    **{lifecycle.value: lifecycle for lifecycle in Lifecycle},
}

_MONTH_NAMES = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "maj": 5, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

# Excel's serial day numbers count from 1899-12-30 (with its 1900 leap-year quirk already folded in).
_EXCEL_EPOCH = date(1899, 12, 30)


def _ongoing_words() -> tuple[str, str]:
    """ "Löpande" in Swedish and in English: a sheet exported in either language reads back."""
    return ONGOING_LABEL, in_language("en", ONGOING_LABEL)


class CellError(ValueError):
    """A cell whose value cannot be read; the message says what was expected (Swedish)."""


EXCEL_CELL_LIMIT = 32_767
"""The most characters an Excel cell holds."""
_NOT_IN_CELLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def as_in_sheet(text: str) -> str:
    """``text`` as a cell can hold it: without control characters, at most ``EXCEL_CELL_LIMIT`` long.

    Export writes this; import takes a cell equal to it as the plan's own text, unchanged, so a
    round trip through Excel changes nothing.
    """
    return _NOT_IN_CELLS.sub("", text)[:EXCEL_CELL_LIMIT]


def same_as_in_sheet(plan_value: object, sheet_value: object) -> bool:
    """Whether a sheet's text is the plan's text as export had to write it."""
    return (
        isinstance(plan_value, str)
        and isinstance(sheet_value, str)
        and cell_text(as_in_sheet(plan_value)) == sheet_value
    )


def cell_text(value: object) -> str:
    """A cell as trimmed text with ``\\n`` line breaks; empty for an empty cell."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def parse_status(value: object) -> tuple[bool, StatusColour | None]:
    """``(given, colour)``: whether the cell states a colour, and which; "Ej rapporterad" is not given."""
    text = " ".join(cell_text(value).casefold().split())
    if not text:
        return False, None
    if text not in _STATUS_WORDS:
        raise CellError(
            _("Okänd status ”{cell_text}”. Skriv Grön, Gul, Röd eller {NOT_REPORTED}.").format(
                cell_text=cell_text(value), NOT_REPORTED=STATUS_LABELS[None]
            )
        )
    colour = _STATUS_WORDS[text]
    return colour is not None, colour


def parse_lifecycle(value: object) -> Lifecycle | None:
    text = cell_text(value).casefold()
    if not text:
        return None
    if text not in _LIFECYCLE_WORDS:
        words = ", ".join(LIFECYCLE_LABELS.values())
        raise CellError(
            _("Okänt läge ”{cell_text}”. Skriv något av: {words}.").format(
                cell_text=cell_text(value), words=words
            )
        )
    return _LIFECYCLE_WORDS[text]


def is_ongoing(value: object) -> bool:
    return cell_text(value).casefold() in {word.casefold() for word in _ongoing_words()}


def parse_month(value: object, label: str, *, end: bool = False) -> str | None:
    """A month cell as ``"YYYY-MM"``: a date cell, "2024-03", "2024-3", "2024-03-15", "mars 2024" or "2024".

    A year alone means January for a start and December for an end.
    """
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return f"{value.year:04d}-{value.month:02d}"
    text = cell_text(value).casefold()
    if not text:
        return None
    if isinstance(value, int | float) and 20000 <= value <= 80000:
        serial = _EXCEL_EPOCH + timedelta(days=int(value))
        return f"{serial.year:04d}-{serial.month:02d}"
    match = re.fullmatch(r"(\d{4})\s*[-/.]\s*(\d{1,2})(?:\s*[-/.]\s*\d{1,2})?", text)
    if match:
        year, month = int(match.group(1)), int(match.group(2))
    elif match := re.fullmatch(r"([a-zåäö]{3})[a-zåäö]*\.?\s+(\d{4})", text):
        if match.group(1) not in _MONTH_NAMES:
            raise CellError(
                _("{label} ”{cell_text}” är ingen månad. Skriv t.ex. 2024-03.").format(
                    label=label, cell_text=cell_text(value)
                )
            )
        year, month = int(match.group(2)), _MONTH_NAMES[match.group(1)]
    elif re.fullmatch(r"\d{4}", text):
        year, month = int(text), 12 if end else 1
    else:
        raise CellError(
            _("{label} ”{cell_text}” är ingen månad. Skriv t.ex. 2024-03 eller {ONGOING_LABEL}.").format(
                label=label, cell_text=cell_text(value), ONGOING_LABEL=_(ONGOING_LABEL)
            )
        )
    if not 1 <= month <= 12 or not 1900 <= year <= 2200:
        raise CellError(
            _("{label} ”{cell_text}” är ingen giltig månad.").format(label=label, cell_text=cell_text(value))
        )
    return f"{year:04d}-{month:02d}"


def parse_date(value: object, label: str) -> date | None:
    """A date cell, or text "2026-11-20"; Excel day numbers in an unformatted cell are accepted too."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and 20000 <= value <= 80000:
        return _EXCEL_EPOCH + timedelta(days=int(value))
    text = cell_text(value)
    if not text:
        return None
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    try:
        if match:
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        pass
    raise CellError(
        _("{label} ”{text}” är inget datum. Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-11-20.").format(
            label=label, text=text
        )
    )
