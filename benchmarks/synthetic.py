"""Realistic synthetic plans of any size, deterministic for a given seed.

A municipality's plan grows over the years: more activities, a decade of
status reports, meetings, decisions and ideas.  ``generate_plan`` writes such
a plan into a new database file at the newest schema, fast (bulk inserts in
one transaction), so that benchmarks and tests can open a 10,000-activity plan.

    python -m benchmarks.synthetic --activities 10000 --out big.sqlite
"""

from __future__ import annotations

import argparse
import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from database.models import (
    Activity,
    ActivityGoal,
    ActivityOffice,
    Decision,
    FocusArea,
    FocusAreaCheck,
    Goal,
    GoalValue,
    Idea,
    Initiative,
    MeetingAttendee,
    Office,
    Person,
    PersonRole,
    StatusReport,
    SteeringMeeting,
    Strategy,
    link_id,
)
from database.store import create_database

_VERBS = [
    "Utveckla",
    "Synliggöra",
    "Förtydliga",
    "Samordna",
    "Genomföra",
    "Kartlägga",
    "Marknadsföra",
    "Arrangera",
    "Utvärdera",
    "Förankra",
    "Driva",
    "Skapa",
]
_OBJECTS = [
    "företagsbesök",
    "nätverksforum",
    "e-tjänster för företag",
    "etableringsprocessen",
    "planarbete för företagsmark",
    "branschråd",
    "kompetenskartläggning",
    "utbildningsspår inom yrkeshögskola",
    "lediga lokaler",
    "varumärkesplattformen",
    "evenemang i Södertälje",
    "NKI-mätningar",
    "ärendeprocesser",
    "avgiftsinformation",
    "samverkan med fastighetsägare",
    "rekryteringsmässor",
    "matchning av arbetssökande",
    "Campus Telge",
]
_QUALIFIERS = [
    "för små företag",
    "i centrum",
    "med näringslivsrådet",
    "i regionen",
    "för nyetablerade företag",
    "inom besöksnäringen",
    "tillsammans med partners",
    "i kommunorganisationen",
    "för livsmedelsnäringen",
    "",
]
_CAUSES = [
    "Resurser saknas under perioden",
    "Beroende av extern part som är försenad",
    "Upphandlingen har dragit ut på tiden",
    "Ansvarig har slutat och ersättare saknas",
    "Prioriterades ned till förmån för annat arbete",
]
_ACTIONS = [
    "Omfördela resurser inom kontoret",
    "Ta upp frågan i styrgruppen",
    "Revidera tidplanen",
    "Utse ny ansvarig",
    "Samordna med berörda kontor",
]
_FORUMS = ["Näringslivsrådet", "Frukostklubben", "Entreprenörrådet", "Företagsbesök"]
_NAMES = [
    "Anna",
    "Erik",
    "Maria",
    "Johan",
    "Karin",
    "Lars",
    "Sara",
    "Per",
    "Eva",
    "Mats",
    "Lena",
    "Ali",
    "Fatima",
    "Nils",
]
_SURNAMES = ["Andersson", "Berg", "Lindqvist", "Nyström", "Karlsson", "Holm", "Ekström", "Svensson", "Yilmaz"]


@dataclass(frozen=True)
class PlanSize:
    focus_areas: int
    initiatives: int
    activities: int
    reports_per_activity: int


def size_for(activities: int, reports_per_activity: int = 12) -> PlanSize:
    initiatives = max(1, activities // 25)
    return PlanSize(
        focus_areas=max(5, min(initiatives, activities // 2000)),
        initiatives=initiatives,
        activities=activities,
        reports_per_activity=reports_per_activity,
    )


def _stamp(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC)


def generate_plan(
    path: Path, activities: int = 10_000, seed: int = 1, reports_per_activity: int = 12
) -> Path:
    """Create a new database at ``path`` holding a synthetic plan of about ``activities`` activities."""
    rng = random.Random(seed)

    def new_id() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    size = size_for(activities, reports_per_activity)
    start = date(2016, 1, 1)
    end = date(2026, 10, 31)
    span = (end - start).days

    def common(day: date) -> dict:
        return {
            "id": new_id(),
            "created_at": _stamp(day),
            "modified_at": _stamp(day),
            "modified_by": "generator",
            "deleted_at": None,
        }

    rows: dict[type, list[dict]] = {}

    def add(model: type, **values: object) -> dict:
        rows.setdefault(model, []).append(values)
        return values

    strategy = add(
        Strategy,
        **common(start),
        name="Utvecklingskraft i Södertälje",
        plan_name="Handlingsplan (syntetisk)",
        overall_goal="Utvecklingskraft i Södertälje",
        period_start=2016,
        period_end=2030,
        reference="",
    )
    offices = [add(Office, **common(start), name=f"Kontor {n + 1}", position=n) for n in range(40)]
    people = [
        add(
            Person,
            **common(start),
            name=f"{rng.choice(_NAMES)} {rng.choice(_SURNAMES)}",
            title="",
            email="",
            phone="",
            office_id=rng.choice(offices)["id"],
        )
        for _ in range(120)
    ]
    areas = [
        add(
            FocusArea,
            **common(start),
            strategy_id=strategy["id"],
            position=n,
            number=n + 1,
            title=f"Fokusområde {n + 1}: {rng.choice(_OBJECTS).capitalize()}",
            description="",
        )
        for n in range(size.focus_areas)
    ]
    add(PersonRole, **common(start), person_id=people[0]["id"], role="process_leader", focus_area_id=None)
    for area, person in zip(areas, people[1:], strict=False):
        add(
            PersonRole,
            **common(start),
            person_id=person["id"],
            role="focus_area_lead",
            focus_area_id=area["id"],
        )
    for person in people[20:30]:
        add(PersonRole, **common(start), person_id=person["id"], role="steering_member", focus_area_id=None)
    initiatives = [
        add(
            Initiative,
            **common(start),
            focus_area_id=areas[n % len(areas)]["id"],
            position=n // len(areas),
            number=n // len(areas) + 1,
            statement=f"verkar för {rng.choice(_OBJECTS)} {rng.choice(_QUALIFIERS)}".strip(),
            description=f"Genom att {rng.choice(_VERBS).lower()} {rng.choice(_OBJECTS)}.",
        )
        for n in range(size.initiatives)
    ]
    goals = [
        add(
            Goal,
            **common(start),
            strategy_id=strategy["id"],
            position=n,
            title=f"Mål {n + 1}",
            indicator=f"Andel {rng.choice(_OBJECTS)}",
            unit="%",
            baseline_year=2016,
            baseline_value=float(rng.randint(20, 60)),
            target_year=2030,
            target_value=float(rng.randint(60, 95)),
        )
        for n in range(30)
    ]
    for goal in goals:
        for year in range(2016, 2026):
            add(
                GoalValue,
                **common(date(year, 12, 31)),
                goal_id=goal["id"],
                year=year,
                value=float(rng.randint(20, 95)),
                note="",
            )

    lifecycles = ["decided"] * 70 + ["completed"] * 15 + ["proposed"] * 10 + ["cancelled"] * 5
    activity_rows = []
    for n in range(size.activities):
        created = start + timedelta(days=rng.randint(0, span // 2))
        begin = created + timedelta(days=rng.randint(0, 300))
        ongoing = rng.random() < 0.2
        finish = begin + timedelta(days=rng.randint(90, 1500))
        activity = add(
            Activity,
            **common(created),
            initiative_id=initiatives[n % len(initiatives)]["id"],
            position=n // len(initiatives),
            number=n // len(initiatives) + 1,
            title=f"{rng.choice(_VERBS)} {rng.choice(_OBJECTS)} {rng.choice(_QUALIFIERS)}".strip(),
            description=f"Arbetet med {rng.choice(_OBJECTS)} {rng.choice(_QUALIFIERS)}".strip() + ".",
            responsible_office_id=rng.choice(offices)["id"],
            owner=f"{rng.choice(_NAMES)} {rng.choice(_SURNAMES)}",
            start_month=begin.strftime("%Y-%m"),
            end_month=None if ongoing else finish.strftime("%Y-%m"),
            ongoing=ongoing,
            lifecycle=rng.choice(lifecycles),
            decision_date=created,
            priority=None,
        )
        activity_rows.append((activity, created))
        for office in rng.sample(offices, rng.randint(0, 3)):
            link = {"id": link_id("activityoffice", activity["id"], office["id"])}
            add(
                ActivityOffice, **(common(created) | link), activity_id=activity["id"], office_id=office["id"]
            )
        if rng.random() < 0.3:
            goal = rng.choice(goals)["id"]
            link = {"id": link_id("activitygoal", activity["id"], goal)}
            add(ActivityGoal, **(common(created) | link), activity_id=activity["id"], goal_id=goal)

    reports = []
    for activity, created in activity_rows:
        days = sorted(rng.sample(range(max(1, (end - created).days)), size.reports_per_activity))
        for offset in days:
            day = created + timedelta(days=offset)
            colour = rng.choices(["green", "yellow", "red"], weights=[70, 20, 10])[0]
            deviation = colour != "green"
            reports.append(
                add(
                    StatusReport,
                    **common(day),
                    activity_id=activity["id"],
                    reported_on=day,
                    status=colour,
                    comment=f"Avstämt {day.isoformat()}",
                    cause=rng.choice(_CAUSES) if deviation else "",
                    recommended_action=rng.choice(_ACTIONS) if deviation else "",
                    reported_by=activity["owner"],
                    action_agreed_by="",
                    action_agreed_on=None,
                )
            )

    meeting_days = [start + timedelta(days=n * 60) for n in range(span // 60 + 1)]
    meetings = [
        add(SteeringMeeting, **common(day), meeting_date=day, location="Stadshuset", notes="")
        for day in meeting_days
    ]
    for meeting in meetings:
        for person in people[20:30]:
            add(
                MeetingAttendee,
                **(
                    common(meeting["meeting_date"])
                    | {"id": link_id("meetingattendee", meeting["id"], person["id"])}
                ),
                meeting_id=meeting["id"],
                person_id=person["id"],
            )
    for report in rng.sample([r for r in reports if r["status"] != "green"], min(len(reports) // 40, 5000)):
        meeting = meetings[min(len(meetings) - 1, (report["reported_on"] - start).days // 60 + 1)]
        add(
            Decision,
            **common(meeting["meeting_date"]),
            meeting_id=meeting["id"],
            kind="deviation_action",
            activity_id=report["activity_id"],
            status_report_id=report["id"],
            text=rng.choice(_ACTIONS),
            follow_up_by=rng.choice(people)["name"],
            follow_up_date=meeting["meeting_date"] + timedelta(days=60),
            follow_up_state=rng.choice(["open", "done"]),
            follow_up_done_on=None,
        )
    for _ in range(max(1, size.activities // 50)):
        day = start + timedelta(days=rng.randint(0, span))
        add(
            Idea,
            **common(day),
            received_on=day,
            forum=rng.choice(_FORUMS),
            text=f"Företag efterfrågar {rng.choice(_OBJECTS)} {rng.choice(_QUALIFIERS)}.".strip(),
            focus_area_id=rng.choice(areas)["id"],
            state=rng.choice(["new", "considered", "rejected"]),
            activity_id=None,
        )
    for area in areas:
        for day in meeting_days[::3]:
            add(
                FocusAreaCheck,
                **common(day),
                focus_area_id=area["id"],
                checked_on=day,
                checked_by="",
                note="",
            )

    engine = create_database(path)
    try:
        with engine.begin() as connection:
            for model, values in rows.items():
                connection.execute(sa.insert(model.__table__), values)  # type: ignore[attr-defined]
    finally:
        engine.dispose()
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description="Skapa en syntetisk plan för prestandamätning.")
    parser.add_argument("--activities", type=int, default=10_000)
    parser.add_argument("--reports", type=int, default=12, help="statusrapporter per aktivitet")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    if args.out.exists():
        parser.error(f"{args.out} finns redan")
    generate_plan(args.out, args.activities, args.seed, args.reports)
    print(f"Skrev {args.out}")


if __name__ == "__main__":
    main()
