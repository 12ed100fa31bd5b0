"""The registers: offices and people with roles, in the service and in the dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from sqlmodel import Session, select

from database.models import Goal, Office, Role, Strategy, utc_now
from desktop_app.services.errors import ValidationError
from desktop_app.services.registers import RegisterService
from desktop_app.services.workspace import Workspace
from desktop_app.ui.context import AppContext
from desktop_app.ui.registers_dialog import RegistersDialog
from tests.client_helpers import answer_next_dialog, fresh_application, remove_translators


@pytest.fixture
def registers(workspace: Workspace) -> RegisterService:
    return RegisterService(workspace.engine, "testare")


def test_offices_are_added_renamed_and_tombstoned(registers: RegisterService) -> None:
    office_id = registers.create_office("  Samhällsbyggnadskontoret ")
    assert "Samhällsbyggnadskontoret" in [o.name for o in registers.offices()]
    with pytest.raises(ValidationError, match="finns redan"):
        registers.create_office("samhällsbyggnadskontoret")
    with pytest.raises(ValidationError, match="namn"):
        registers.rename_office(office_id, " ")
    assert registers.rename_office(office_id, "Stadsbyggnadskontoret") == "Samhällsbyggnadskontoret"
    removed = registers.delete(Office, office_id)
    assert office_id not in [o.id for o in registers.offices()]
    with Session(registers.engine) as session:
        office = session.get(Office, office_id)
        assert office is not None and office.deleted_at is not None and office.modified_by == "testare"
    registers.restore(removed)
    assert office_id in [o.id for o in registers.offices()]


def test_people_have_roles_and_a_focus_area_lead_names_the_area(registers: RegisterService, service) -> None:
    area = service.tree().find("2")
    office = registers.offices()[0]
    person_id = registers.create_person("Eva Lind", title="Näringslivschef", office_id=office.id)
    with pytest.raises(ValidationError, match="e-post"):
        registers.update_person(person_id, {"email": "eva.lind"})
    assert registers.update_person(person_id, {"email": "eva.lind@sodertalje.se"}) == {"email": ""}
    with pytest.raises(ValidationError, match="fokusområde"):
        registers.set_roles(person_id, [(Role.FOCUS_AREA_LEAD, None)])
    registers.set_roles(person_id, [(Role.PROCESS_LEADER, None), (Role.FOCUS_AREA_LEAD, area.id)])
    before = registers.set_roles(person_id, [(Role.STEERING_MEMBER, None)])
    assert before == {(Role.PROCESS_LEADER, None), (Role.FOCUS_AREA_LEAD, area.id)}
    registers.set_roles(person_id, [(Role.FOCUS_AREA_LEAD, area.id)])
    [eva] = registers.people()
    assert (eva.office, eva.title, eva.roles) == (
        office.name,
        "Näringslivschef",
        {(Role.FOCUS_AREA_LEAD, area.id)},
    )


def test_goal_titles_in_the_strategy_order_without_tombstones(registers: RegisterService) -> None:
    with Session(registers.engine) as session, session.begin():
        strategy = session.exec(select(Strategy)).one()
        for position, title in ((2, "Fler arbetstillfällen"), (1, "Fler nystartade företag")):
            session.add(Goal(strategy_id=strategy.id, position=position, title=title))
        session.add(Goal(strategy_id=strategy.id, position=0, title="Borttaget", deleted_at=utc_now()))
    assert list(registers.goal_titles().values()) == ["Fler nystartade företag", "Fler arbetstillfällen"]


def test_the_registers_dialog_adds_an_office_and_a_person_with_roles(qtbot, workspace: Workspace) -> None:
    app, translators = fresh_application("sv")
    context = AppContext(workspace, "testare")
    dialog = RegistersDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    offices = dialog.offices_tab

    def name_it(text: str):
        def answer(box: QInputDialog) -> None:
            box.setTextValue(text)
            box.accept()

        return answer

    answer_next_dialog(name_it("Kultur- och fritidskontoret"))
    qtbot.mouseClick(offices.new_button, Qt.MouseButton.LeftButton)
    assert "Kultur- och fritidskontoret" in [offices.list.item(i).text() for i in range(offices.list.count())]

    answer_next_dialog(name_it("Kultur- och fritidskontoret"))
    qtbot.mouseClick(offices.new_button, Qt.MouseButton.LeftButton)
    assert "finns redan" in offices.error.text()

    dialog.tabs.setCurrentWidget(dialog.people_tab)
    people = dialog.people_tab
    answer_next_dialog(name_it("Johan Ek"))
    qtbot.mouseClick(people.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(people.email_edit, "johan.ek@sodertalje.se")
    people.office_combo.setCurrentIndex(people.office_combo.findText("Kultur- och fritidskontoret"))
    people.steering_check.click()
    people.areas_list.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(people.save_button, Qt.MouseButton.LeftButton)
    [johan] = RegisterService(workspace.engine, "x").people()
    first_area = context.plan.tree().focus_areas[0].id
    assert johan.email == "johan.ek@sodertalje.se"
    assert johan.office == "Kultur- och fritidskontoret"
    assert johan.roles == {(Role.STEERING_MEMBER, None), (Role.FOCUS_AREA_LEAD, first_area)}

    qtbot.keyClicks(people.email_edit, " fel")
    dialog.reject()
    assert dialog.isVisible() and "E-postadressen" in people.error.text()
    remove_translators(app, translators)
