"""The rules an activity's values and a status report must keep, apart from the services that write them.

One place for every way in: the activity form and the status dialog, the
command line, the Excel import and the plan-file import all check with these
functions, so a value that one of them refuses is refused by all with the same
message.  Typed months and dates are read here too (``parse_month``,
``parse_date``, ``parse_year``), so a form field and an Excel cell accept the same spellings.
``desktop_app.services.plan`` re-exports the activity rules.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from database.enums import Lifecycle, StatusColour
from desktop_app.services.errors import ValidationError
from desktop_app.services.messages import _

MAX_TITLE = 1000
"""The longest title: an activity's, and every other required one-line text (a focus area's title,
an initiative's statement, a goal's title, a person's name …), by every way in: the forms, the
Excel import and the plan file. 1,000 is what plan files and ``check`` always allowed, so no plan
any way in has accepted becomes one that breaks the rule."""

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_MONTH_NAMES = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "maj": 5, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_FIRST_YEAR, _LAST_YEAR = 1900, 2200
_ISO_DAY = re.compile(r"(\d{4})\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})")
_COMPACT_DAY = re.compile(r"(\d{4})(\d{2})(\d{2})")


def _month_number(word: str) -> int | None:
    word = word.casefold().rstrip(".")
    return _MONTH_NAMES.get(word[:3]) if len(word) >= 3 else None


def _year_month(text: str) -> tuple[int, int] | None:
    """Year and month of a typed month, or ``None`` when the text is no month."""
    text = " ".join(text.casefold().split())
    if match := re.fullmatch(r"(\d{4})\s*[-/.]\s*(\d{1,2})(?:\s*[-/.]\s*\d{1,2})?", text):
        return int(match.group(1)), int(match.group(2))
    if match := re.fullmatch(r"(\d{1,2})\s*[-/.]\s*(\d{4})", text):
        return int(match.group(2)), int(match.group(1))
    if match := re.fullmatch(r"(\d{4})(\d{2})", text):
        return int(match.group(1)), int(match.group(2))
    if match := re.fullmatch(r"([a-zåäö]+\.?)\s*(\d{4})", text):
        number = _month_number(match.group(1))
        return (int(match.group(2)), number) if number else None
    if match := re.fullmatch(r"(\d{4})\s+([a-zåäö]+\.?)", text):
        number = _month_number(match.group(2))
        return (int(match.group(1)), number) if number else None
    return None


def parse_month(text: str | None, label: str = "", field: str = "") -> str | None:
    """A typed month as ``"YYYY-MM"``; empty means not set (``None``).

    Accepts ``2025-03``, ``2025-3``, ``mars 2025``, ``mar 2025``, ``03/2025``,
    ``3/2025`` and a date such as ``2025-03-15`` (its month).  Raises
    ``ValidationError`` with a message naming ``label`` otherwise.
    """
    if text is None or not str(text).strip():
        return None
    found = _year_month(str(text))
    if found is None or not 1 <= found[1] <= 12 or not _FIRST_YEAR <= found[0] <= _LAST_YEAR:
        message = _("{label} ”{text}” är ingen månad. Skriv t.ex. 2025-03 eller mars 2025.")
        raise ValidationError(message.format(label=label or _("Månaden"), text=str(text).strip()), field)
    return f"{found[0]:04d}-{found[1]:02d}"


def parse_date(text: str | None, label: str = "", field: str = "", *, required: bool = False) -> date | None:
    """A typed date; empty means not set (``None``), or is refused when ``required``.

    Accepts ``2025-03-15``, ``2025-3-5``, ``20250315``, ``15/3 2025``,
    ``15/3/2025``, ``15.3.2025`` and ``15 mars 2025``.  Raises
    ``ValidationError`` with a message naming ``label`` otherwise.
    """
    if text is None or not str(text).strip():
        if required:
            raise ValidationError(_("{label} måste anges.").format(label=label or _("Datumet")), field)
        return None
    typed = " ".join(str(text).casefold().split())
    parts: tuple[int, int, int] | None = None
    if match := _ISO_DAY.fullmatch(typed) or _COMPACT_DAY.fullmatch(typed):
        parts = int(match.group(1)), int(match.group(2)), int(match.group(3))
    elif match := re.fullmatch(r"(\d{1,2})\s*[/.]\s*(\d{1,2})\s*[/.\s]\s*(\d{4})", typed):
        parts = int(match.group(3)), int(match.group(2)), int(match.group(1))
    elif match := re.fullmatch(r"(\d{1,2})\s+([a-zåäö]+\.?)\s+(\d{4})", typed):
        number = _month_number(match.group(2))
        parts = (int(match.group(3)), number, int(match.group(1))) if number else None
    try:
        if parts and _FIRST_YEAR <= parts[0] <= _LAST_YEAR:
            return date(*parts)
    except ValueError:
        pass
    message = _("{label} ”{text}” är inget datum. Skriv t.ex. 2025-03-15 eller 15/3 2025.")
    raise ValidationError(message.format(label=label or _("Datumet"), text=str(text).strip()), field)


def parse_year(value: object, label: str = "", field: str = "") -> int | None:
    """A typed year (``2025``, `` 2025 ``; an Excel cell's ``2025`` or ``2025.0``); empty means not set.

    Raises ``ValidationError`` with a message naming ``label`` for anything else,
    or a year outside the years the app keeps (1900–2200).
    """
    if value is None or not str(value).strip():
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if not re.fullmatch(r"\d{4}", text) or not _FIRST_YEAR <= int(text) <= _LAST_YEAR:
        message = _("{label} ”{text}” är inget årtal. Skriv t.ex. 2025.")
        raise ValidationError(message.format(label=label or _("Året"), text=text), field)
    return int(text)


def check_year_not_future(year: int | None, label: str, field: str, today: date | None = None) -> None:
    """A measured outcome's ``year`` has begun: the running year at most (``label`` names it)."""
    this_year = (today or date.today()).year
    if year is not None and year > this_year:
        message = _("{label} {year} har inte börjat än; ett uppmätt värde kan gälla högst {this_year}.")
        raise ValidationError(message.format(label=label, year=year, this_year=this_year), field)


def normalise_month(value: str | None, label: str, field: str) -> str | None:
    """``"2024-3"``, ``"2024-03"``, ``"mars 2024"`` → ``"2024-03"``; empty → ``None``."""
    return parse_month(value, label, field)


def check_title(title: str, what: str = "activity") -> None:
    """A title must be given and at most ``MAX_TITLE`` characters long."""
    _refuse(activity_rule_breaks({"title": title}))


def check_title_length(text: str, field: str = "title") -> None:
    """At most ``MAX_TITLE`` characters: the title of any record (an initiative's statement too)."""
    breaks = activity_rule_breaks({"title": text})
    if breaks and breaks[0].code == "title_too_long":
        _refuse([RuleBreak("title_too_long", field, breaks[0].detail)])


def check_name_length(name: str, field: str = "owner") -> None:
    """At most ``MAX_TITLE`` characters: a name (Ansvarig as text, a person, an office)."""
    breaks = activity_rule_breaks({"title": "-", "owner": name})
    if breaks:
        _refuse([RuleBreak("name_too_long", field, breaks[0].detail)])


def check_schedule(start: str | None, end: str | None) -> None:
    """Months are ``YYYY-MM`` and the end is not before the start."""
    for month, field in ((start, "start_month"), (end, "end_month")):
        if month is not None and not _MONTH.match(month):
            raise ValidationError(_("Ange månad som ÅÅÅÅ-MM, t.ex. 2024-03."), field)
    _refuse(activity_rule_breaks({"title": "-", "start_month": start, "end_month": end}))


def _refuse(breaks: list[RuleBreak]) -> None:
    """Refuse the first of ``breaks`` with the message a form shows."""
    if not breaks:
        return
    first = breaks[0]
    if first.code == "title_missing":
        message = _("Aktiviteten måste ha en titel.")
    elif first.code in ("title_too_long", "name_too_long"):
        message = rule_break_text(first.code, first.detail)
    else:
        message = _("Slutet kan inte ligga före starten.")
    raise ValidationError(message, first.field)


def check_not_future(day: date | None, what: str, field: str, today: date | None = None) -> None:
    """``day`` is not after today (``what`` names the date in the message, e.g. "Beslutsdatumet")."""
    if day is not None and day > (today or date.today()):
        message = _("{what} {day} ligger i framtiden.")
        raise ValidationError(message.format(what=what, day=day.isoformat()), field)


def check_status_report(
    status: StatusColour | str,
    cause: str,
    recommended_action: str,
    reported_on: date | None = None,
    today: date | None = None,
) -> StatusColour:
    """The rules of a status report; returns the colour.

    Yellow and red need a cause and a recommended action (as the status dialog
    requires); the report's date is not in the future. The rules themselves
    are ``status_report_rule_breaks``, which a record taken in as it is
    (a plan file's) is marked for follow-up by.
    """
    try:
        colour = StatusColour(status)
    except ValueError:
        message = _("Okänd status ”{status}”. Välj green (grön), yellow (gul) eller red (röd).")
        raise ValidationError(message.format(status=status), "status") from None
    breaks = status_report_rule_breaks(colour, cause, recommended_action, reported_on, today=today)
    if breaks:
        messages = {
            "report_in_future": _("Datumet för en statusrapport kan inte ligga i framtiden."),
            "cause_missing": _("Gul och röd status kräver en orsak till avvikelsen."),
            "action_missing": _("Gul och röd status kräver en rekommenderad åtgärd."),
        }
        raise ValidationError(messages[breaks[0].code], breaks[0].field)
    return colour


def status_report_problem(
    status: StatusColour | str, cause: str, recommended_action: str, reported_on: date | None = None
) -> str | None:
    """What rule a status report breaks, as a message, or ``None`` (for records taken in as they are)."""
    try:
        check_status_report(status, cause, recommended_action, reported_on)
    except ValidationError as error:
        return str(error)
    return None


@dataclass(frozen=True)
class RuleBreak:
    """A well-formed value that breaks a rule: ``code`` names the rule, ``detail`` the value.

    A form refuses such a value; a record taken in as it is (from a plan file,
    history being history) keeps it, and its activity is marked for follow-up
    with this rule (``services.follow_up``).
    """

    code: str
    field: str
    detail: str = ""


RULE_CODES = (
    "title_missing",
    "title_too_long",
    "name_too_long",
    "end_before_start",
    "report_in_future",
    "agreed_in_future",
    "agreed_before_report",
    "cause_missing",
    "action_missing",
)


def status_report_rule_breaks(
    status: StatusColour | str,
    cause: str,
    recommended_action: str,
    reported_on: date | None = None,
    action_agreed_on: date | None = None,
    today: date | None = None,
) -> list[RuleBreak]:
    """Every rule a status report of a known colour breaks (none: an empty list)."""
    today = today or date.today()
    breaks = []
    day = reported_on.isoformat() if reported_on else ""
    if reported_on is not None and reported_on > today:
        breaks.append(RuleBreak("report_in_future", "reported_on", day))
    if action_agreed_on is not None and action_agreed_on > today:
        breaks.append(RuleBreak("agreed_in_future", "action_agreed_on", action_agreed_on.isoformat()))
    if action_agreed_on is not None and reported_on is not None and action_agreed_on < reported_on:
        breaks.append(RuleBreak("agreed_before_report", "action_agreed_on", action_agreed_on.isoformat()))
    if str(status) != StatusColour.GREEN.value:
        if not str(cause or "").strip():
            breaks.append(RuleBreak("cause_missing", "cause", day))
        if not str(recommended_action or "").strip():
            breaks.append(RuleBreak("action_missing", "recommended_action", day))
    return breaks


def check_action_agreement(
    agreed_on: date, reported_on: date, recommended_action: str, today: date | None = None
) -> None:
    """An agreement on a report's recommended action: the report has one, and the day the process
    leader and focus-area lead agreed is neither ahead nor before the report."""
    if not str(recommended_action or "").strip():
        raise ValidationError(_("Rapporten saknar en rekommenderad åtgärd att komma överens om."))
    breaks = status_report_rule_breaks(StatusColour.GREEN, "", "", reported_on, agreed_on, today)
    codes = {b.code for b in breaks}
    if "agreed_in_future" in codes:
        not_in_future(agreed_on, _("Datum för överenskommelsen"), "agreed_on", today)
    if "agreed_before_report" in codes:
        raise ValidationError(_("Överenskommelsen kan inte ligga före rapporten."), "agreed_on")


def not_in_future(value: date, label: str, field: str, today: date | None = None) -> date:
    """``value`` unless it lies after today: the date of something that happened (``label`` names it)."""
    if value > (today or date.today()):
        raise ValidationError(_("{label} kan inte ligga i framtiden.").format(label=label), field)
    return value


def activity_rule_breaks(values: Mapping[str, Any]) -> list[RuleBreak]:
    """Every rule an activity's title and schedule break (none: an empty list).

    The months are taken as well-formed (``YYYY-MM``); a malformed one is no
    rule break but a value that cannot be stored (``validate_activity``).
    """
    breaks = []
    title = str(values.get("title") or "").strip()
    if not title:
        breaks.append(RuleBreak("title_missing", "title"))
    elif len(title) > MAX_TITLE:
        breaks.append(RuleBreak("title_too_long", "title", str(len(title))))
    owner = str(values.get("owner") or "")
    if len(owner) > MAX_TITLE:
        breaks.append(RuleBreak("name_too_long", "owner", str(len(owner))))
    start, end = values.get("start_month"), values.get("end_month")
    if start and end and str(end) < str(start):
        breaks.append(RuleBreak("end_before_start", "end_month", f"{start} – {end}"))
    return breaks


def rule_break_text(code: str, detail: str) -> str:
    """What a rule break means, for a person: the reason an activity is marked for follow-up."""
    texts = {
        "title_missing": _("Aktiviteten saknar titel."),
        "title_too_long": _("Titeln är {length} tecken lång; högst {limit} går."),
        "name_too_long": _("Namnet är {length} tecken långt; högst {limit} går."),
        "end_before_start": _("Slutet ligger före starten ({months})."),
        "report_in_future": _("Statusrapporten är daterad {day}, i framtiden."),
        "agreed_in_future": _("Åtgärden sägs överenskommen {day}, i framtiden."),
        "agreed_before_report": _("Åtgärden sägs överenskommen {day}, före statusrapporten."),
        "cause_missing": _("Statusrapporten {day} är gul eller röd men saknar orsak till avvikelsen."),
        "action_missing": _("Statusrapporten {day} är gul eller röd men saknar rekommenderad åtgärd."),
    }
    text = texts.get(code)
    if text is None:  # a rule of a newer version of the app
        return _("Bryter mot regeln ”{code}” {detail}").format(code=code, detail=detail).strip()
    return text.format(length=detail, limit=MAX_TITLE, months=detail, day=detail)


def validate_activity(values: Mapping[str, Any]) -> None:
    """The rules an activity must keep; raises ``ValidationError`` on the first broken one."""
    check_title(str(values.get("title") or ""))
    check_name_length(str(values.get("owner") or ""))
    check_schedule(values.get("start_month"), values.get("end_month"))
    if values.get("lifecycle") is not None:
        try:
            Lifecycle(values["lifecycle"])
        except ValueError:
            message = _("Okänt läge: {value}.")
            raise ValidationError(message.format(value=values["lifecycle"]), "lifecycle") from None
    decided = values.get("decision_date")
    if isinstance(decided, date):
        check_not_future(decided, _("Beslutsdatumet"), "decision_date")


def activity_problem(values: Mapping[str, Any]) -> str | None:
    """What rule an activity breaks, as a message, or ``None`` (for records taken in as they are)."""
    try:
        validate_activity(values)
    except ValidationError as error:
        return str(error)
    return None


# --- single stored values: what every way in (form, plan file, ``check``) must keep --------

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
