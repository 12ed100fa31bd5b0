"""Plan operations: rules, undo data, tombstones and the cost of reading the tree."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import event
from sqlmodel import Session, select

from database.models import Activity, Lifecycle, StatusColour, StatusReport
from desktop_app.services.errors import NotFoundError, ValidationError
from desktop_app.services.plan import PlanService
from desktop_app.services.rules import normalise_month


def test_report_status_appends_and_latest_is_current(service: PlanService) -> None:
    activity = service.tree().find_activity("1.1.1")
    service.report_status(activity.id, "green", reported_on=date(2024, 1, 10), comment="Startat")
    service.report_status(
        activity.id,
        StatusColour.RED,
        reported_on=date(2024, 3, 1),
        cause="Resurser saknas",
        recommended_action="Omprioritera",
    )
    current = service.tree().find_activity("1.1.1")
    assert current.status is StatusColour.RED
    assert current.current.cause == "Resurser saknas"
    history = service.status_history(activity.id)
    assert [r.status for r in history] == [StatusColour.RED, StatusColour.GREEN]
    assert history[1].comment == "Startat"


def test_yellow_and_red_need_a_cause(service: PlanService) -> None:
    activity = service.tree().find_activity("2.1.1")
    for colour in ("yellow", "red"):
        with pytest.raises(ValidationError, match="orsak") as raised:
            service.report_status(activity.id, colour, cause="  ", recommended_action="Åtgärda")
        assert raised.value.field == "cause"
    assert service.status_history(activity.id) == []


def test_unknown_colour_and_future_date_are_refused(service: PlanService) -> None:
    activity = service.tree().find_activity("2.1.1")
    with pytest.raises(ValidationError, match="Okänd status"):
        service.report_status(activity.id, "blue")
    with pytest.raises(ValidationError, match="framtiden"):
        service.report_status(activity.id, "green", reported_on=date.today() + timedelta(days=1))


def test_retracting_a_report_restores_the_previous_status(service: PlanService) -> None:
    activity = service.tree().find_activity("1.1.2")
    service.report_status(activity.id, "green", reported_on=date(2024, 1, 1))
    red = service.report_status(activity.id, "red", cause="Stopp", recommended_action="Åtgärda")
    service.retract_status_report(red)
    assert service.tree().find_activity("1.1.2").status is StatusColour.GREEN
    with Session(service.engine) as session:
        tombstoned = session.get(StatusReport, red)
        assert tombstoned is not None and tombstoned.deleted_at is not None


def test_update_activity_validates_and_returns_old_values(service: PlanService) -> None:
    activity = service.tree().find_activity("1.1.1")
    office = service.offices()[0]
    old = service.update_activity(
        activity.id,
        {
            "owner": "Anna Berg",
            "start_month": "2024-01",
            "end_month": "2024-12",
            "responsible_office_id": office.id,
            "participating_office_ids": (service.offices()[1].id,),
        },
    )
    assert old == {
        "owner": "",
        "owner_person_id": None,
        "start_month": None,
        "end_month": None,
        "responsible_office_id": None,
        "participating_office_ids": (),
    }
    changed = service.tree().find_activity("1.1.1")
    assert changed.owner == "Anna Berg"
    assert changed.responsible_office == office.name
    assert changed.participating_offices == (service.offices()[1].name,)
    with pytest.raises(ValidationError, match="före starten"):
        service.update_activity(activity.id, {"end_month": "2023-05"})
    with pytest.raises(ValidationError, match="titel"):
        service.update_activity(activity.id, {"title": "   "})
    service.update_activity(activity.id, old)
    assert service.activity_values(activity.id)["owner"] == ""
    assert service.tree().find_activity("1.1.1").participating_offices == ()


def test_modification_data_is_kept(service: PlanService) -> None:
    activity = service.tree().find_activity("1.1.1")
    service.update_activity(activity.id, {"owner": "Per"})
    with Session(service.engine) as session:
        row = session.get(Activity, activity.id)
        assert row.modified_by == "testare"
        assert row.modified_at > row.created_at


def test_month_normalisation() -> None:
    assert normalise_month("2024-3", "Start", "start_month") == "2024-03"
    assert normalise_month(" ", "Start", "start_month") is None
    with pytest.raises(ValidationError):
        normalise_month("2024-13", "Start", "start_month")


def test_create_move_and_delete_with_tombstones(service: PlanService) -> None:
    target = service.tree().find("1.2")
    new_id = service.create_activity(target.id, "Partnerträffar", owner="Lisa")
    tree = service.tree()
    assert tree.find("1.2.1").id == new_id
    assert tree.find("1.2.1").lifecycle is Lifecycle.PROPOSED

    old_parent, old_index = service.move_activity(new_id, tree.find("1.1").id, 0)
    tree = service.tree()
    # First in the initiative, with the next free number there; the others keep their codes.
    assert [a.code for a in tree.find("1.1").activities] == ["1.1.5", "1.1.1", "1.1.2", "1.1.3", "1.1.4"]
    assert tree.find("1.1.5").id == new_id
    assert tree.find("1.1.1").title == "Företagsbesök politiker"
    assert tree.find("1.2").activities == []
    service.move_activity(new_id, old_parent, old_index)
    assert service.tree().find("1.2.1").id == new_id  # moved back, its code back

    removed = service.delete(tree.find("1.1").id)
    assert len(removed) == 5  # the initiative and its four activities
    tree = service.tree()
    assert len(tree.find("1").initiatives) == 4
    with Session(service.engine) as session:
        assert (
            session.exec(select(Activity).where(Activity.title == "Företagsbesök politiker")).one().deleted_at
        )
    service.restore(removed)
    assert service.tree().find("1.1.1").title == "Företagsbesök politiker"


def test_reordering_within_an_initiative(service: PlanService) -> None:
    initiative = service.tree().find("2.1")
    last = initiative.activities[-1]
    service.move_activity(last.id, initiative.id, 0)
    moved = service.tree().find("2.1")
    assert moved.activities[0].id == last.id
    assert [a.code for a in moved.activities] == [last.code, *(a.code for a in initiative.activities[:-1])]


def test_unknown_codes(service: PlanService) -> None:
    tree = service.tree()
    for code in ("9", "1.9", "1.1.9", "x", "", "1.1.1.1", "0"):
        with pytest.raises(NotFoundError):
            tree.find(code)
    with pytest.raises(NotFoundError, match="inte en aktivitet"):
        tree.find_activity("1.1")


def test_focus_area_and_initiative_editing(service: PlanService) -> None:
    area_id = service.create_focus_area("Hållbar tillväxt")
    initiative_id = service.create_initiative(area_id, "stödjer grön omställning", "Genom att …")
    tree = service.tree()
    assert tree.find("6").title == "Hållbar tillväxt"
    assert tree.find("6.1").id == initiative_id
    old = service.update_initiative(initiative_id, {"description": "Genom rådgivning."})
    assert old == {"description": "Genom att …"}
    with pytest.raises(ValidationError):
        service.update_focus_area(area_id, {"title": ""})


def _count_queries(service: PlanService) -> int:
    statements: list[str] = []

    def count(*_args) -> None:
        statements.append("q")

    event.listen(service.engine, "before_cursor_execute", count)
    try:
        service.tree()
    finally:
        event.remove(service.engine, "before_cursor_execute", count)
    return len(statements)


def test_reading_the_tree_costs_a_fixed_number_of_queries(service: PlanService) -> None:
    small = _count_queries(service)
    initiative = service.tree().find("1.1")
    for number in range(200):
        activity_id = service.create_activity(initiative.id, f"Aktivitet {number}")
        service.report_status(activity_id, "green")
    assert _count_queries(service) == small
