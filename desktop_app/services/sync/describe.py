"""Swedish words for records, fields and stored values in a merge preview."""

from __future__ import annotations

from collections import defaultdict

from database.enums import Lifecycle, StatusColour
from desktop_app.services.labels import LIFECYCLE_LABELS, STATUS_LABELS
from desktop_app.services.sync.plan_file import Row, Rows

TABLE_LABELS = {
    "strategy": "Näringslivsstrategi",
    "goal": "Mätbart mål",
    "goalvalue": "Mätvärde",
    "office": "Kontor/enhet",
    "person": "Person",
    "personrole": "Roll",
    "focusarea": "Fokusområde",
    "initiative": "Insatsområde",
    "activity": "Aktivitet",
    "activityoffice": "Deltagande kontor/enhet",
    "activitygoal": "Koppling till mätbart mål",
    "statusreport": "Statusrapport",
    "focusareacheck": "Avstämning av fokusområde",
    "steeringmeeting": "Styrgruppsmöte",
    "meetingattendee": "Mötesdeltagare",
    "meetingreport": "Mötesrapport",
    "decision": "Beslut",
    "idea": "Idé/synpunkt",
}

FIELD_LABELS = {
    "deleted_at": "Borttagen",
    "title": "Titel",
    "name": "Namn",
    "description": "Beskrivning",
    "statement": "Insatsområde",
    "initiative_id": "Insatsområde (flytt)",
    "focus_area_id": "Fokusområde",
    "position": "Ordning",
    "responsible_office_id": "Ansvarigt kontor/enhet",
    "owner": "Ansvarig",
    "start_month": "Start",
    "end_month": "Slut",
    "ongoing": "Löpande",
    "lifecycle": "Läge",
    "decision_date": "Beslutsdatum",
    "priority": "Prioritet",
    "status": "Status",
    "reported_on": "Rapportdatum",
    "comment": "Kommentar",
    "cause": "Orsak",
    "recommended_action": "Rekommenderad åtgärd",
    "reported_by": "Rapporterad av",
    "action_agreed_by": "Åtgärd överenskommen av",
    "action_agreed_on": "Åtgärd överenskommen",
    "text": "Text",
    "kind": "Slag",
    "follow_up_by": "Uppföljning av",
    "follow_up_date": "Uppföljningsdatum",
    "follow_up_state": "Uppföljning",
    "follow_up_done_on": "Uppföljd",
    "meeting_date": "Mötesdatum",
    "location": "Plats",
    "notes": "Anteckningar",
    "value": "Värde",
    "year": "År",
    "note": "Anteckning",
    "indicator": "Indikator",
    "unit": "Enhet",
    "target_value": "Målvärde",
    "target_year": "Målår",
    "baseline_value": "Utgångsvärde",
    "baseline_year": "Utgångsår",
    "office_id": "Kontor/enhet",
    "person_id": "Person",
    "goal_id": "Mätbart mål",
    "activity_id": "Aktivitet",
    "meeting_id": "Styrgruppsmöte",
    "status_report_id": "Statusrapport",
    "state": "Behandling",
    "forum": "Forum",
    "received_on": "Mottagen",
    "checked_on": "Avstämd",
    "checked_by": "Avstämd av",
    "role": "Roll",
    "email": "E-post",
    "phone": "Telefon",
    "file_name": "Filnamn",
    "pdf": "PDF",
}

SHARED_GROUP = ""
SHARED_TITLE = "Gemensamt (strategi, kontor, personer, styrgrupp)"


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
        def ordered(rows: list[Row]) -> list[Row]:
            live = [row for row in rows if row["deleted_at"] is None]
            return sorted(live, key=lambda row: (row["position"], row["created_at"], row["id"]))

        children: dict[str, dict[object, list[Row]]] = {
            "initiative": defaultdict(list),
            "activity": defaultdict(list),
        }
        for row in mine["initiative"].values():
            children["initiative"][row["focus_area_id"]].append(row)
        for row in mine["activity"].values():
            children["activity"][row["initiative_id"]].append(row)
        codes: dict[str, str] = {}
        for a, area in enumerate(ordered(list(mine["focusarea"].values())), start=1):
            codes[str(area["id"])] = f"{a}"
            for i, initiative in enumerate(ordered(children["initiative"][area["id"]]), start=1):
                codes[str(initiative["id"])] = f"{a}.{i}"
                for n, activity in enumerate(ordered(children["activity"][initiative["id"]]), start=1):
                    codes[str(activity["id"])] = f"{a}.{i}.{n}"
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
                text = f"{row['year']} för {self.title('goal', row['goal_id'])}"
            case "personrole":
                text = f"{self.title('person', row['person_id'])} ({row['role']})"
            case "activityoffice":
                text = (
                    f"{self.title('office', row['office_id'])} i {self.title('activity', row['activity_id'])}"
                )
            case "activitygoal":
                text = (
                    f"{self.title('goal', row['goal_id'])} för {self.title('activity', row['activity_id'])}"
                )
            case "statusreport":
                colour = STATUS_LABELS[StatusColour(str(row["status"]))]
                text = f"{row['reported_on']} {colour} för {self.title('activity', row['activity_id'])}"
            case "focusareacheck":
                text = f"{row['checked_on']} av {self.title('focusarea', row['focus_area_id'])}"
            case "steeringmeeting":
                text = f"{row['meeting_date']}"
            case "meetingattendee":
                meeting = self.title("steeringmeeting", row["meeting_id"])
                text = f"{self.title('person', row['person_id'])} på {meeting}"
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
            case "activity":
                parent = self._row("initiative", row["initiative_id"])
                return self.focus_area_of("initiative", parent) if parent else SHARED_GROUP
            case "activityoffice" | "activitygoal" | "statusreport" | "decision":
                activity = self._row("activity", row["activity_id"])
                return self.focus_area_of("activity", activity) if activity else SHARED_GROUP
        return SHARED_GROUP

    def value(self, table: str, field: str, value: object) -> str:
        """A stored value as a person reads it."""
        if field == "deleted_at":
            return "borttagen" if value is not None else "finns"
        if value is None or value == "":
            return "–"
        if field == "ongoing":
            return "ja" if value else "nej"
        if field == "lifecycle":
            return LIFECYCLE_LABELS[Lifecycle(str(value))]
        if field == "status":
            return STATUS_LABELS[StatusColour(str(value))]
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
                "goal_id": "goal",
                "meeting_id": "steeringmeeting",
                "strategy_id": "strategy",
                "status_report_id": "statusreport",
            }.get(field)
            if target:
                return self.title(target, value)
        return str(value)

    def group_title(self, focus_area_id: str) -> str:
        if focus_area_id == SHARED_GROUP:
            return SHARED_TITLE
        return f"Fokusområde {self.title('focusarea', focus_area_id)}"
