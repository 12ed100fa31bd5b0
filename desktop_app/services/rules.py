"""The rules an activity's values must keep, apart from the service that writes them.

The activity form checks what is typed with the same rules before anything is
written, without loading the writing service and the table classes behind it.
``desktop_app.services.plan`` re-exports both functions.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
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
