"""The rules an activity's values must keep, apart from the service that writes them.

The activity form checks what is typed with the same rules before anything is
written, without loading the writing service and the table classes behind it.
``desktop_app.services.plan`` re-exports both functions.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from database.enums import Lifecycle
from desktop_app.services.errors import ValidationError
from desktop_app.services.messages import _

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def normalise_month(value: str | None, label: str, field: str) -> str | None:
    """``"2024-3"``, ``"2024-03"`` → ``"2024-03"``; empty → ``None``."""
    if value is None or not value.strip():
        return None
    match = re.match(r"^\s*(\d{4})-(\d{1,2})(?:-\d{1,2})?\s*$", value)
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise ValidationError(
            _("{label} ska anges som år och månad, t.ex. 2024-03.").format(label=label), field
        )
    return f"{match.group(1)}-{int(match.group(2)):02d}"


def validate_activity(values: Mapping[str, Any]) -> None:
    """The rules an activity must keep; raises ``ValidationError`` on the first broken one."""
    if not str(values.get("title") or "").strip():
        raise ValidationError(_("Aktiviteten måste ha en titel."), "title")
    start, end = values.get("start_month"), values.get("end_month")
    for month, field in ((start, "start_month"), (end, "end_month")):
        if month is not None and not _MONTH.match(month):
            raise ValidationError(_("Ange månad som ÅÅÅÅ-MM, t.ex. 2024-03."), field)
    if start and end and end < start:
        raise ValidationError(_("Slutet kan inte ligga före starten."), "end_month")
    if values.get("lifecycle") is not None:
        try:
            Lifecycle(values["lifecycle"])
        except ValueError:
            raise ValidationError(
                _("Okänt läge: {values}.").format(values=values["lifecycle"]), "lifecycle"
            ) from None


# --- single stored values: what every way in (form, plan file, ``check``) must keep --------

MAX_TITLE_LENGTH = 1000
"""Titles, names and other required one-line texts."""
MAX_TEXT_LENGTH = 100_000
"""Descriptions, comments and other free texts."""

_CANONICAL_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_STORED_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_STORED_TIME = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def is_canonical_uuid(value: object) -> bool:
    """A record id as every installation writes it: 36 characters, lower-case hex and hyphens."""
    return isinstance(value, str) and _CANONICAL_UUID.match(value) is not None


def is_month(value: object) -> bool:
    """``"YYYY-MM"`` with a month 01–12."""
    return isinstance(value, str) and _MONTH.match(value) is not None and 1 <= int(value[5:]) <= 12


def stored_date(value: object) -> date | None:
    """A stored ``YYYY-MM-DD`` as a date, or ``None`` when it is not a real date."""
    if not isinstance(value, str) or not _STORED_DATE.match(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def is_stored_time(value: object) -> bool:
    """A stored UTC time, ``YYYY-MM-DD HH:MM:SS.ffffff``."""
    if not isinstance(value, str) or not _STORED_TIME.match(value):
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def text_problem(value: object, *, required: bool, limit: int) -> str | None:
    """Why a stored text breaks the rules, or ``None``: text, within ``limit``, no control characters."""
    if not isinstance(value, str):
        return _("det är ingen text")
    if required and not value.strip():
        return _("texten är tom")
    if len(value) > limit:
        return _("texten är längre än {limit} tecken").format(limit=limit)
    if _CONTROL.search(value):
        return _("texten innehåller styrtecken")
    return None


def date_problem(value: object, *, today: date | None, may_be_future: bool) -> str | None:
    """Why a stored date breaks the rules, or ``None``: a real date, not in the future where that matters."""
    parsed = stored_date(value)
    if parsed is None:
        return _("det är inget datum (ÅÅÅÅ-MM-DD)")
    if not may_be_future and today is not None and parsed > today:
        return _("datumet ligger i framtiden")
    return None
