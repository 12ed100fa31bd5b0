"""Who is using the app: the name given at first start or under Inställningar, or ``--user`` on the
command line; never the operating system's login name."""

from __future__ import annotations

import getpass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlmodel import Session, select

from database.models import Activity, StatusReport
from desktop_app.main import main
from desktop_app.services import user_profile
from desktop_app.services.plan import PlanService
from desktop_app.services.registers import RegisterService
from desktop_app.services.workspace import Workspace
from desktop_app.ui.app import ask_user_name
from desktop_app.ui.context import AppContext
from desktop_app.ui.settings import AppSettings
from desktop_app.ui.settings_dialog import SettingsDialog
from desktop_app.ui.user_dialog import UserNameDialog
from tests.client_helpers import answer_next_dialog, fresh_application, remove_translators


def _reporters(workspace: Workspace) -> list[str]:
    with Session(workspace.engine) as session:
        return [r.reported_by for r in session.exec(select(StatusReport))]


def test_first_start_asks_for_the_name_and_offers_the_people_in_the_register(
    qtbot, workspace: Workspace
) -> None:
    RegisterService(workspace.engine, "").create_person("Anna Lind")
    RegisterService(workspace.engine, "").create_person("Bo Ek")
    app, translators = fresh_application("sv")
    context = AppContext(workspace, user_profile.user_name())
    assert context.actor == ""
    seen: list[list[str]] = []

    def answer(dialog: UserNameDialog) -> None:
        box = dialog.name_box
        seen.append([box.itemText(i) for i in range(box.count())])
        assert not dialog.ok_button.isEnabled()
        box.lineEdit().setFocus()
        qtbot.keyClicks(box.lineEdit(), "Anna Lind")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(answer)
    ask_user_name(context)
    remove_translators(app, translators)
    assert seen == [["Anna Lind", "Bo Ek"]]
    assert user_profile.user_name() == "Anna Lind" == context.actor
    activity = context.plan.tree().find_activity("1.1.1")
    context.plan.report_status(activity.id, "green")
    assert _reporters(workspace) == ["Anna Lind"]


def test_the_name_is_changed_under_settings(qtbot, workspace: Workspace) -> None:
    user_profile.set_user_name("Anna Lind")
    app, translators = fresh_application("sv")
    dialog = SettingsDialog(AppSettings(), people=["Anna Lind", "Cecilia Holm"])
    qtbot.addWidget(dialog)
    assert dialog.name_box.currentText() == "Anna Lind"
    dialog.name_box.lineEdit().selectAll()
    qtbot.keyClicks(dialog.name_box.lineEdit(), "Cecilia Holm")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    remove_translators(app, translators)
    assert user_profile.user_name() == "Cecilia Holm"


def test_the_command_line_takes_user_or_the_settings_never_the_login(workspace: Workspace, capsys) -> None:
    db = str(workspace.path)
    assert main(["--db", db, "--user", "Bo Ek", "status", "1.1.1", "green"]) == 0
    assert main(["--db", db, "status", "1.1.2", "green", "--user", "Dana Berg"]) == 0
    user_profile.set_user_name("Anna Lind")
    assert main(["--db", db, "status", "1.1.3", "green"]) == 0
    capsys.readouterr()
    assert sorted(_reporters(workspace)) == ["Anna Lind", "Bo Ek", "Dana Berg"]
    assert user_profile.acting_user() == "Anna Lind" != getpass.getuser()
    service = PlanService(workspace.engine, user_profile.acting_user())
    activity = service.tree().find_activity("1.1.4")
    service.update_activity(activity.id, {"owner": "Bo Ek"})
    with Session(workspace.engine) as session:
        assert session.get(Activity, activity.id).modified_by == "Anna Lind"
