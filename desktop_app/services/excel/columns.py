"""The columns of an activity sheet: what each means, its header and the names accepted for it.

The header is Swedish, or English in an English export; both are read back.

Headers are recognised regardless of case, spacing, punctuation and accents,
so "Ansvarigt kontor/enhet", "ansvarigt  kontor – enhet" and "ANSVARIGT KONTOR"
all name the same column.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from desktop_app.services.messages import N_, _, in_language


class Column(StrEnum):
    """A field of an activity row."""

    CODE = "code"
    FOCUS_AREA = "focus_area"
    INITIATIVE = "initiative"
    TITLE = "title"
    DESCRIPTION = "description"
    RESPONSIBLE_OFFICE = "responsible_office"
    OWNER = "owner"
    PARTICIPATING_OFFICES = "participating_offices"
    START = "start"
    END = "end"
    LIFECYCLE = "lifecycle"
    STATUS = "status"
    COMMENT = "comment"
    CAUSE = "cause"
    RECOMMENDED_ACTION = "recommended_action"
    REPORTED_ON = "reported_on"
    UUID = "uuid"


@dataclass(frozen=True)
class ColumnSpec:
    column: Column
    header: str
    aliases: tuple[str, ...]
    width: float


COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec(Column.CODE, N_("Kod"), ("Nr", "Nummer", "Aktivitetskod", "Punkt"), 9),
    ColumnSpec(
        Column.FOCUS_AREA,
        N_("Fokusområde"),
        ("Fokustområde", "Strategiskt fokusområde", "Fokusområden"),
        32,
    ),
    ColumnSpec(Column.INITIATIVE, N_("Insatsområde"), ("Insats", "Insatsområden"), 40),
    ColumnSpec(
        Column.TITLE,
        N_("Aktivitet"),
        ("Aktiviteter", "Aktivitetsnamn", "Aktivitetens namn", "Benämning", "Titel", "Rubrik"),
        45,
    ),
    ColumnSpec(Column.DESCRIPTION, N_("Beskrivning"), ("Aktivitetsbeskrivning", "Innehåll"), 40),
    ColumnSpec(
        Column.RESPONSIBLE_OFFICE,
        N_("Ansvarigt kontor/enhet"),
        (
            "Kontor",
            "Enhet",
            "Ansvarigt kontor",
            "Ansvarig enhet",
            "Kontor/enhet",
            "Ansvarig förvaltning",
            "Förvaltning",
        ),
        26,
    ),
    ColumnSpec(
        Column.OWNER,
        N_("Ansvarig"),
        ("Ägare", "Aktivitetsansvarig", "Ansvarig person", "Kontaktperson", "Ansvarig för aktiviteten"),
        22,
    ),
    ColumnSpec(
        Column.PARTICIPATING_OFFICES,
        N_("Deltagande kontor"),
        (
            "Deltagande kontor/enheter",
            "Deltagande enheter",
            "Deltagande",
            "Medverkande",
            "Medverkande kontor",
            "Delaktiga kontor",
            "Övriga kontor",
        ),
        28,
    ),
    ColumnSpec(
        Column.START, N_("Start"), ("Startdatum", "Startmånad", "Från", "Påbörjas", "Start (ÅÅÅÅ-MM)"), 10
    ),
    ColumnSpec(
        Column.END, N_("Slut"), ("Slutdatum", "Slutmånad", "Till", "Klar", "Avslutas", "Slut (ÅÅÅÅ-MM)"), 10
    ),
    ColumnSpec(Column.LIFECYCLE, N_("Läge"), ("Fas", "Livscykel", "Beslutsläge"), 12),
    ColumnSpec(Column.STATUS, N_("Status"), ("Trafikljus", "Färg", "Statusfärg", "Aktuell status"), 15),
    ColumnSpec(
        Column.COMMENT,
        N_("Senaste kommentar"),
        ("Kommentar", "Kommentarer", "Statuskommentar", "Lägesbeskrivning"),
        40,
    ),
    ColumnSpec(Column.CAUSE, N_("Orsak"), ("Avvikelse", "Orsak till avvikelse", "Avvikelseorsak"), 30),
    ColumnSpec(
        Column.RECOMMENDED_ACTION, N_("Rekommenderad åtgärd"), ("Åtgärd", "Föreslagen åtgärd", "Åtgärder"), 30
    ),
    ColumnSpec(
        Column.REPORTED_ON,
        N_("Senast rapporterad"),
        ("Rapporterad", "Statusdatum", "Rapportdatum", "Datum för status", "Senaste rapport"),
        14,
    ),
    ColumnSpec(Column.UUID, N_("UUID"), ("Aktivitetens UUID", "Aktivitets-id", "Aktivitets-UUID"), 38),
)

SPECS: dict[Column, ColumnSpec] = {spec.column: spec for spec in COLUMNS}

EXPORT_COLUMNS: tuple[Column, ...] = tuple(c for c in Column if c is not Column.DESCRIPTION)
"""The columns of the exported sheet, in order (the description is accepted on import only)."""

REQUIRED: tuple[Column, ...] = (Column.TITLE,)
"""Without these a row cannot be read at all."""


def header_key(text: str) -> str:
    """A header reduced to lower-case letters and digits without accents: "Ägare" → "agare"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum() and not unicodedata.combining(ch))


_BY_KEY: dict[str, Column] = {}
for _spec in COLUMNS:
    for _name in (_spec.header, in_language("en", _spec.header), *_spec.aliases):
        _BY_KEY.setdefault(header_key(_name), _spec.column)


def recognise(header: str) -> Column | None:
    """The column a header names, or ``None``."""
    return _BY_KEY.get(header_key(header)) if header else None


def recognise_headers(headers: list[str]) -> dict[int, Column]:
    """Map column indexes to columns; when two headers name one column, the first one wins."""
    mapping: dict[int, Column] = {}
    for index, header in enumerate(headers):
        column = recognise(header)
        if column is not None and column not in mapping.values():
            mapping[index] = column
    return mapping


def header_of(column: Column) -> str:
    """The column's header in the current language (an English export has English headers)."""
    return _(SPECS[column].header)
