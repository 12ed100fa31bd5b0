"""Swedish words for records, fields and stored values in a merge preview."""

from __future__ import annotations

from database.enums import IdeaState, Lifecycle, StatusColour
from database.numbering import NUMBERED, code_of
from desktop_app.services.labels import (
    DECISION_KIND_LABELS,
    FOLLOW_UP_LABELS,
    IDEA_STATE_LABELS,
    LIFECYCLE_LABELS,
    ROLE_LABELS,
    STATUS_LABELS,
)
from desktop_app.services.messages import N_, Labels, _
from desktop_app.services.sync.plan_file import Row, Rows

TABLE_LABELS = Labels(
    {
        "strategy": N_("Näringslivsstrategi"),
        "goal": N_("Mätbart mål"),
        "goalvalue": N_("Mätvärde"),
        "office": N_("Kontor/enhet"),
        "person": N_("Person"),
        "personrole": N_("Roll"),
        "focusarea": N_("Fokusområde"),
        "initiative": N_("Insatsområde"),
        "activity": N_("Aktivitet"),
        "activityoffice": N_("Deltagande kontor/enhet"),
        "activitygoal": N_("Koppling till mätbart mål"),
        "statusreport": N_("Statusrapport"),
        "focusareacheck": N_("Avstämning av fokusområde"),
        "steeringmeeting": N_("Styrgruppsmöte"),
        "meetingattendee": N_("Mötesdeltagare"),
        "meetingreport": N_("Mötesrapport"),
        "decision": N_("Beslut"),
        "lifecyclechange": N_("Ändring av läge"),
        "officenamechange": N_("Nytt namn på kontor/enhet"),
        "personnamechange": N_("Nytt namn på person"),
        "ideastatechange": N_("Ändring av idéns behandling"),
        "idea": N_("Idé/synpunkt"),
        "followupmark": N_("Markering för uppföljning"),
    }
)

FIELD_LABELS = Labels(
    {
        "deleted_at": N_("Borttagen"),
        "number": N_("Nummer (koden)"),
        "title": N_("Titel"),
        "name": N_("Namn"),
        "description": N_("Beskrivning"),
        "statement": N_("Insatsområde"),
        "initiative_id": N_("Insatsområde (flytt)"),
        "focus_area_id": N_("Fokusområde"),
        "position": N_("Ordning"),
        "responsible_office_id": N_("Ansvarigt kontor/enhet"),
        "owner": N_("Ansvarig"),
        "owner_person_id": N_("Ansvarig (person i registret)"),
        "start_month": N_("Start"),
        "end_month": N_("Slut"),
        "ongoing": N_("Löpande"),
        "lifecycle": N_("Läge"),
        "decision_date": N_("Beslutsdatum"),
        "priority": N_("Prioritet"),
        "status": N_("Status"),
        "reported_on": N_("Rapportdatum"),
        "comment": N_("Kommentar"),
        "cause": N_("Orsak"),
        "recommended_action": N_("Rekommenderad åtgärd"),
        "reported_by": N_("Rapporterad av"),
        "action_agreed_by": N_("Åtgärd överenskommen av"),
        "action_agreed_on": N_("Åtgärd överenskommen"),
        "text": N_("Text"),
        "kind": N_("Slag"),
        "follow_up_by": N_("Uppföljning av"),
        "follow_up_person_id": N_("Uppföljning av (person i registret)"),
        "follow_up_date": N_("Uppföljningsdatum"),
        "follow_up_state": N_("Uppföljning"),
        "follow_up_done_on": N_("Uppföljd"),
        "meeting_date": N_("Mötesdatum"),
        "location": N_("Plats"),
        "notes": N_("Anteckningar"),
        "value": N_("Värde"),
        "year": N_("År"),
        "note": N_("Anteckning"),
        "indicator": N_("Indikator"),
        "unit": N_("Enhet"),
        "target_value": N_("Målvärde"),
        "target_year": N_("Målår"),
        "baseline_value": N_("Utgångsvärde"),
        "baseline_year": N_("Utgångsår"),
        "office_id": N_("Kontor/enhet"),
        "person_id": N_("Person"),
        "goal_id": N_("Mätbart mål"),
        "strategy_id": N_("Näringslivsstrategi"),
        "plan_name": N_("Planens namn"),
        "overall_goal": N_("Övergripande mål"),
        "period_start": N_("Periodens start"),
        "period_end": N_("Periodens slut"),
        "reference": N_("Diarienummer"),
        "activity_id": N_("Aktivitet"),
        "idea_id": N_("Idé/synpunkt"),
        "meeting_id": N_("Styrgruppsmöte"),
        "status_report_id": N_("Statusrapport"),
        "state": N_("Behandling"),
        "forum": N_("Forum"),
        "received_on": N_("Mottagen"),
        "checked_on": N_("Avstämd"),
        "checked_by": N_("Avstämd av"),
        "role": N_("Roll"),
        "email": N_("E-post"),
        "phone": N_("Telefon"),
        "file_name": N_("Filnamn"),
        "pdf": "PDF",
        "changed_on": N_("Ändrad"),
        "previous": N_("Före ändringen"),
        "decision_id": N_("Beslut"),
        "organisation": N_("Ägare (organisation)"),
        "record_table": N_("Post"),
        "record_id": N_("Postens id"),
        "reason": N_("Skäl"),
        "detail": N_("Värde"),
        "cleared_at": N_("Åtgärdad"),
        "cleared_by": N_("Åtgärdad av"),
    }
)

# The enums are string enums, so a stored code looks its word up directly.
_ENUM_WORDS: dict[tuple[str, str], Labels] = {
    ("personrole", "role"): ROLE_LABELS,
    ("decision", "kind"): DECISION_KIND_LABELS,
    ("decision", "follow_up_state"): FOLLOW_UP_LABELS,
    ("idea", "state"): IDEA_STATE_LABELS,
    ("ideastatechange", "state"): IDEA_STATE_LABELS,
    ("ideastatechange", "previous"): IDEA_STATE_LABELS,
}
"""Stored codes (``process_leader``) that a person reads as words."""

SHARED_GROUP = ""
SHARED_TITLE = N_("Gemensamt (strategi, kontor, personer, styrgrupp)")


def _short(text: object, length: int = 70) -> str:
    value = " ".join(str(text or "").split())
    return value if len(value) <= length else value[: length - 1] + "…"


class Describer:
    """Titles, codes and focus areas of the records on both sides, for the preview."""

    def __init__(self, mine: Rows, theirs: Rows) -> None:
        # The local title where there is one: that is the name the person knows.
        self.rows: Rows = {table: {**theirs[table], **mine[table]} for table in mine}
        self.codes = self._codes(mine)

    @staticmethod
    def _codes(mine: Rows) -> dict[str, str]:
        """The local codes of the live focus areas, initiatives and activities (their stored numbers)."""
        codes: dict[str, str] = {}
        for table, parent in NUMBERED.items():
            for row in mine[table].values():
                if row["deleted_at"] is not None or row.get("number") is None:
                    continue
                if table == "focusarea":
                    codes[str(row["id"])] = code_of(row["number"])
                elif str(row[parent]) in codes:
                    codes[str(row["id"])] = code_of(codes[str(row[parent])], row["number"])
        return codes

    def _row(self, table: str, record_id: object) -> Row | None:
        return self.rows[table].get(str(record_id)) if record_id is not None else None

    def title(self, table: str, record_id: object) -> str:
        row = self._row(table, record_id)
        if row is None:
            return "–"
        code = self.codes.get(str(record_id))
        match table:
            case "focusarea" | "activity" | "goal":
                text = _short(row["title"])
            case "initiative":
                text = _short(row["statement"])
            case "strategy" | "office" | "person":
                text = _short(row["name"])
            case "goalvalue":
                text = _("{row} för {title}").format(
                    row=row["year"], title=self.title("goal", row["goal_id"])
                )
            case "personrole":
                text = f"{self.title('person', row['person_id'])} ({self.value(table, 'role', row['role'])})"
            case "activityoffice":
                text = _("{office} i {activity}").format(
                    office=self.title("office", row["office_id"]),
                    activity=self.title("activity", row["activity_id"]),
                )
            case "activitygoal":
                text = _("{title} för {title2}").format(
                    title=self.title("goal", row["goal_id"]),
                    title2=self.title("activity", row["activity_id"]),
                )
            case "statusreport":
                colour = STATUS_LABELS[StatusColour(str(row["status"]))]
                text = _("{row} {colour} för {title}").format(
                    row=row["reported_on"], colour=colour, title=self.title("activity", row["activity_id"])
                )
            case "lifecyclechange":
                lifecycle = LIFECYCLE_LABELS[Lifecycle(str(row["lifecycle"]))].lower()
                text = _("{day} {lifecycle}: {title}").format(
                    day=row["changed_on"],
                    lifecycle=lifecycle,
                    title=self.title("activity", row["activity_id"]),
                )
            case "officenamechange" | "personnamechange":
                text = _("{day} {previous} → {name}").format(
                    day=row["changed_on"], previous=_short(row["previous"]), name=_short(row["name"])
                )
            case "ideastatechange":
                text = _("{day} {state}: {idea}").format(
                    day=row["changed_on"],
                    state=IDEA_STATE_LABELS[IdeaState(str(row["state"]))].lower(),
                    idea=self.title("idea", row["idea_id"]),
                )
            case "focusareacheck":
                text = _("{date} av {focus_area}").format(
                    date=row["checked_on"], focus_area=self.title("focusarea", row["focus_area_id"])
                )
            case "steeringmeeting":
                text = f"{row['meeting_date']}"
            case "meetingattendee":
                meeting = self.title("steeringmeeting", row["meeting_id"])
                text = _("{title} på {meeting}").format(
                    title=self.title("person", row["person_id"]), meeting=meeting
                )
            case "meetingreport":
                text = _short(row["file_name"])
            case _:
                text = _short(row.get("text") or "")
        return f"{code} {text}" if code else text

    def focus_area_of(self, table: str, row: Row) -> str:
        """The focus area a record belongs to, or ``SHARED_GROUP``."""
        match table:
            case "focusarea":
                return str(row["id"])
            case "initiative" | "focusareacheck" | "idea" | "personrole":
                return str(row["focus_area_id"] or SHARED_GROUP)
            case "ideastatechange":
                idea = self._row("idea", row["idea_id"])
                return self.focus_area_of("idea", idea) if idea else SHARED_GROUP
            case "activity":
                parent = self._row("initiative", row["initiative_id"])
                return self.focus_area_of("initiative", parent) if parent else SHARED_GROUP
            case "activityoffice" | "activitygoal" | "statusreport" | "decision" | "lifecyclechange":
                activity = self._row("activity", row["activity_id"])
                return self.focus_area_of("activity", activity) if activity else SHARED_GROUP
        # A table added later: by the activity or focus area it belongs to, if any.
        if row.get("activity_id") is not None and self._row("activity", row["activity_id"]):
            return self.focus_area_of("activity", self._row("activity", row["activity_id"]) or {})
        if row.get("focus_area_id") is not None:
            return str(row["focus_area_id"])
        return SHARED_GROUP

    def value(self, table: str, field: str, value: object) -> str:
        """A stored value as a person reads it."""
        if field == "deleted_at":
            return _("borttagen") if value is not None else _("finns")
        if value is None or value == "":
            return "–"
        if field == "ongoing":
            return _("ja") if value else _("nej")
        if field == "lifecycle" or (table == "lifecyclechange" and field == "previous"):
            return LIFECYCLE_LABELS[Lifecycle(str(value))]
        if field == "status":
            return STATUS_LABELS[StatusColour(str(value))]
        words = _ENUM_WORDS.get((table, field))
        if words is not None:
            return words.get(value, str(value)) or "–"  # type: ignore[call-overload]
        if isinstance(value, bytes):
            return f"PDF, {len(value) // 1024} kB"
        if field.endswith("_id") and field != "id":
            target = {
                "initiative_id": "initiative",
                "focus_area_id": "focusarea",
                "activity_id": "activity",
                "responsible_office_id": "office",
                "office_id": "office",
                "person_id": "person",
                "owner_person_id": "person",
                "follow_up_person_id": "person",
                "goal_id": "goal",
                "meeting_id": "steeringmeeting",
                "strategy_id": "strategy",
                "status_report_id": "statusreport",
                "decision_id": "decision",
                "idea_id": "idea",
            }.get(field)
            if target:
                return self.title(target, value)
        return str(value)

    def group_title(self, focus_area_id: str) -> str:
        if focus_area_id == SHARED_GROUP:
            return _(SHARED_TITLE)
        return _("Fokusområde {title}").format(title=self.title("focusarea", focus_area_id))
