"""Build a demo plan database: the seeded plan with a year of statuses, meetings, decisions and ideas.

For screenshots and for trying the reports by hand:

    python tools/demo_plan.py /tmp/demo.sqlite
    handlingsplan --db /tmp/demo.sqlite report steering --out /tmp/styrgrupp.pdf
    handlingsplan --db /tmp/demo.sqlite report annual --year 2026 --out /tmp/arlig.pdf
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, date, datetime, time
from pathlib import Path

from sqlmodel import Session, select

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from database.models import (  # noqa: E402
    Activity,
    Decision,
    DecisionKind,
    FollowUpState,
    Goal,
    GoalValue,
    Idea,
    IdeaState,
    Lifecycle,
    Person,
    PersonRole,
    Role,
    SteeringMeeting,
    Strategy,
)
from desktop_app.services.decisions import DecisionService  # noqa: E402
from desktop_app.services.plan import PlanService  # noqa: E402
from desktop_app.services.workspace import open_workspace  # noqa: E402

MEETINGS = (date(2026, 3, 12), date(2026, 6, 11), date(2026, 9, 24), date(2026, 11, 19))

CAUSES = (
    (
        "Ansvarig tjänsteperson har varit föräldraledig sedan augusti och ingen ersättare är utsedd.",
        "Utse tillfällig ansvarig på näringslivsenheten och återuppta arbetet i januari.",
    ),
    (
        "Budgeten för 2026 räckte inte till både mässdeltagande och företagsbesök.",
        "Prioritera företagsbesöken och flytta mässdeltagandet till 2027 års budget.",
    ),
    (
        "Samverkan med Arbetsförmedlingen har försenats av myndighetens omorganisation.",
        "Processledaren bokar ett nytt uppstartsmöte och rapporterar till nästa styrgrupp.",
    ),
    (
        "Lokalen för företagslotsen är inte klar; ombyggnaden blev tre månader försenad.",
        "Tillfälligt arbetssätt i stadshusets reception tills lokalen är klar.",
    ),
    (
        "För få företag anmälde sig till frukostmötena under våren (i snitt 6 av 40 platser).",
        "Byt tid till eftermiddag och bjud in genom företagarföreningarna.",
    ),
)


def build(path: Path) -> None:
    """Create ``path`` (it must not exist) with the seeded plan and a realistic year of follow-up."""
    if path.exists():
        raise SystemExit(f"{path} finns redan; välj en ny fil.")
    workspace = open_workspace(path)
    engine = workspace.engine
    plan = PlanService(engine, "Maria Lind")
    tree = plan.tree()
    randomiser = random.Random(2026)
    offices = plan.offices()
    owners = ("Maria Lind", "Johan Ek", "Sara Nilsson", "Ahmed Yusuf", "Eva Berg", "Lars Holm")
    # The owners are people of the register (since the year began, before its meetings), so each
    # activity's Ansvarig links to its person; Maria Lind is the process leader.
    registered = datetime(2026, 1, 7, 9, tzinfo=UTC)
    with Session(engine) as session, session.begin():
        people = [
            Person(
                name=name,
                title="Processledare näringslivsstrategin" if name == "Maria Lind" else "",
                created_at=registered,
                modified_at=registered,
            )
            for name in owners
        ]
        session.add_all(people)
        session.flush()
        leader_id = people[0].id
        session.add(
            PersonRole(
                person_id=leader_id, role=Role.PROCESS_LEADER, created_at=registered, modified_at=registered
            )
        )
    activities = tree.activities()
    for index, activity in enumerate(activities):
        start = 2016 + index % 9
        plan.update_activity(
            activity.id,
            {
                "responsible_office_id": offices[index % len(offices)].id if offices else None,
                "owner": owners[index % len(owners)],
                "start_month": f"{start}-{1 + index % 12:02d}",
                "end_month": None
                if index % 4 == 0
                else f"{start + 1 + index % 3}-{1 + (index * 5) % 12:02d}",
                "ongoing": index % 4 == 0,
            },
        )
    # Status reports through the year; a handful go yellow or red with a cause and an action.
    deviating = {activities[i].id: CAUSES[n % len(CAUSES)] for n, i in enumerate((2, 7, 13, 21, 30, 44))}
    report_days = (date(2026, 2, 20), date(2026, 5, 28), date(2026, 9, 10), date(2026, 11, 12))
    for index, activity in enumerate(activities):
        if index % 11 == 10:
            continue  # never reported
        for round_, day in enumerate(report_days):
            if activity.id in deviating and round_ >= 2 + index % 2:
                cause, action = deviating[activity.id]
                colour = "red" if index % 3 == 0 else "yellow"
                plan.report_status(
                    activity.id, colour, reported_on=day, cause=cause, recommended_action=action
                )
            elif round_ == 1 and index % 7 == 3:
                plan.report_status(
                    activity.id,
                    "yellow",
                    reported_on=day,
                    cause="Tidplanen förskjuten av sommaruppehållet.",
                    recommended_action="Ny tidplan tas fram med berörda kontor.",
                )
            elif randomiser.random() < 0.8:
                plan.report_status(activity.id, "green", reported_on=day, comment="Enligt plan.")
    completed = activities[5::12]
    first_initiative = tree.initiatives()[0]
    proposals = []
    proposals.append(
        plan.create_activity(
            first_initiative.id,
            "Digital företagslots med bokning av möten på webben",
            lifecycle=Lifecycle.PROPOSED,
            owner="Sara Nilsson",
            start_month="2027-02",
            end_month="2027-12",
        )
    )
    proposals.append(
        plan.create_activity(
            tree.initiatives()[5].id,
            "Gemensam rekryteringsmässa med grannkommunerna",
            lifecycle=Lifecycle.PROPOSED,
            owner="Ahmed Yusuf",
            start_month="2027-04",
            end_month="2027-10",
        )
    )
    with Session(engine) as session, session.begin():
        # The proposals came in during the autumn, before the November meeting.
        for activity_id in proposals:
            session.get(Activity, activity_id).created_at = datetime(2026, 10, 15, 9, tzinfo=UTC)
        meetings = []
        for day in MEETINGS:
            meeting = SteeringMeeting(meeting_date=day, location="Stadshuset, sal Kransen")
            session.add(meeting)
            meetings.append(meeting)
        session.flush()
        meeting_ids = [meeting.id for meeting in meetings]
        for number, activity_id in enumerate(list(deviating)[:4]):
            meeting = meetings[2 + number % 2]
            # The decision acts on the deviation as it stood at the meeting.
            report = next(
                (r for r in plan.status_history(activity_id) if r.reported_on <= meeting.meeting_date), None
            )
            if report is None:
                continue
            done = not number % 2
            session.add(
                Decision(
                    meeting_id=meeting.id,
                    kind=DecisionKind.DEVIATION_ACTION,
                    activity_id=activity_id,
                    status_report_id=report.report_id,
                    text="Styrgruppen ställer sig bakom den rekommenderade åtgärden.",
                    follow_up_by="Maria Lind",
                    follow_up_person_id=leader_id,
                    follow_up_date=date(2027, 2, 15),
                    follow_up_state=FollowUpState.DONE if done else FollowUpState.OPEN,
                    follow_up_done_on=date(2026, 11, 16) if done else None,
                )
            )
        for received, forum, idea_text, area in (
            (
                date(2026, 10, 2),
                "Företagsfrukost, Moraberg",
                "Fler parkeringsplatser för lastbilar vid handelsområdet.",
                2,
            ),
            (
                date(2026, 10, 21),
                "Näringslivsrådet",
                "Kommunen borde samla all information om tillstånd på ett ställe, med handläggningstider.",
                0,
            ),
            (
                date(2026, 11, 5),
                "Dialogmöte, besöksnäringen",
                "Skyltning till besöksmål från E4 & E20 saknas.",
                4,
            ),
        ):
            session.add(
                Idea(
                    received_on=received,
                    forum=forum,
                    text=idea_text,
                    focus_area_id=tree.focus_areas[area].id,
                    state=IdeaState.NEW,
                    created_at=datetime.combine(received, time(12), UTC),
                    modified_at=datetime.combine(received, time(12), UTC),
                )
            )
        strategy = session.exec(select(Strategy)).first()
        for position, (title, indicator, unit, baseline, target, values) in enumerate(
            (
                (
                    "Företagsklimatet ska förbättras",
                    "Sammanfattande omdöme, Svenskt Näringslivs enkät",
                    "betyg",
                    3.0,
                    3.8,
                    {2024: 3.2, 2025: 3.3, 2026: 3.4},
                ),
                (
                    "Fler arbetstillfällen",
                    "Antal förvärvsarbetande dagbefolkning",
                    "personer",
                    47000,
                    52000,
                    {2025: 48900, 2026: 49400},
                ),
                (
                    "Fler nystartade företag",
                    "Nystartade företag per 1 000 invånare",
                    "st",
                    9.1,
                    11.0,
                    {2025: 9.8, 2026: 10.1},
                ),
            )
        ):
            goal = Goal(
                strategy_id=strategy.id,
                position=position,
                title=title,
                indicator=indicator,
                unit=unit,
                baseline_year=2016,
                baseline_value=baseline,
                target_year=2026,
                target_value=target,
                created_at=registered,
                modified_at=registered,
            )
            session.add(goal)
            session.flush()
            for year, value in values.items():
                # Each year's value was entered early the next year; this year's after the autumn survey.
                entered = min(datetime(year + 1, 2, 1, 9, tzinfo=UTC), datetime(2026, 11, 20, 9, tzinfo=UTC))
                session.add(
                    GoalValue(
                        goal_id=goal.id, year=year, value=value, created_at=entered, modified_at=entered
                    )
                )
    # Completed at the November meeting, through the decision service, as the Styrning window does it.
    decisions = DecisionService(engine, "Maria Lind")
    for activity in completed:
        decisions.record_decision(
            meeting_ids[3], DecisionKind.COMPLETE, "Aktiviteten förklaras genomförd.", activity_id=activity.id
        )
    workspace.close()


if __name__ == "__main__":
    build(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/demo-plan.sqlite"))
