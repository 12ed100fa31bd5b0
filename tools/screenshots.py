"""Regenerate the README screenshots from the real window, offscreen.

The seeded plan is opened in a temporary database and given a few statuses
(green, yellow with a cause, red, one overdue activity), then the main
window and the dialogs are drawn into ``docs/screenshots/*.png``.

    python tools/screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZE = (1280, 800)


def _prepare_environment(home: Path) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    sys.path.insert(0, str(ROOT))


def _fill_plan(plan, registers) -> None:
    """Statuses, owners and offices the way a plan looks some months into the year."""
    from database.models import Role

    tree = plan.tree()
    today = date.today()
    office = registers.create_office("Näringslivsavdelningen")
    education = registers.create_office("Utbildningskontoret")
    leader = registers.create_person(
        "Anna Berg", title="Näringslivschef", email="anna.berg@example.se", office_id=office
    )
    registers.set_roles(leader, [(Role.PROCESS_LEADER, None), (Role.STEERING_MEMBER, None)])
    lead = registers.create_person("Johan Ek", title="Utvecklingsledare", office_id=education)
    registers.set_roles(lead, [(Role.FOCUS_AREA_LEAD, tree.find("2").id)])
    greens = {
        "1.1.1": "Tolv företagsbesök genomförda under våren.",
        "1.1.2": "Besöken följer plan.",
        "1.4.2": "Nyhetsbrevet går ut varje månad.",
        "1.4.3": "",
        "2.1.2": "Modellen är förankrad hos aktörerna.",
        "3.1.1": "",
        "4.1.1": "",
        "5.1.1": "",
    }
    for code, comment in greens.items():
        plan.report_status(
            tree.find_activity(code).id, "green", reported_on=today - timedelta(days=20), comment=comment
        )
    plan.report_status(
        tree.find_activity("1.1.3").id,
        "green",
        reported_on=today - timedelta(days=100),
        comment="Två välbesökta träffar under våren.",
    )
    plan.report_status(
        tree.find_activity("1.1.3").id,
        "yellow",
        reported_on=today - timedelta(days=12),
        comment="Frukostklubben har färre deltagare än väntat.",
        cause="Lokalen har inte gått att boka under hösten.",
        recommended_action="Flytta träffarna till Campus Telge.",
    )
    plan.report_status(
        tree.find_activity("2.1.1").id,
        "yellow",
        reported_on=today - timedelta(days=30),
        cause="Finansieringen för nästa år är inte beslutad.",
        recommended_action="Lyft frågan i styrgruppen.",
    )
    plan.report_status(
        tree.find_activity("1.3.1").id,
        "red",
        reported_on=today - timedelta(days=130),
        cause="Projektledaren har slutat och ingen ersättare finns.",
        recommended_action="Tillsätt en ny projektledare före årsskiftet.",
    )
    plan.update_activity(
        tree.find_activity("1.1.1").id,
        {
            "owner": "Anna Berg",
            "responsible_office_id": office,
            "start_month": "2024-01",
            "ongoing": True,
            "description": "Politiker besöker företag tillsammans med näringslivsavdelningen för att lyssna "
            "in behov och förbättra dialogen.",
        },
    )
    plan.update_activity(
        tree.find_activity("1.1.3").id,
        {
            "owner": "Erik Sand",
            "responsible_office_id": office,
            "start_month": "2024-02",
            "end_month": "2025-12",
        },
    )
    plan.update_activity(
        tree.find_activity("1.3.1").id,
        {
            "owner": "Maria Holm",
            "responsible_office_id": office,
            "participating_office_ids": (education,),
            "start_month": "2023-03",
            "end_month": (today.replace(day=1) - timedelta(days=40)).strftime("%Y-%m"),
        },
    )
    plan.update_activity(
        tree.find_activity("2.1.1").id,
        {"owner": "Johan Ek", "responsible_office_id": education, "start_month": "2024-01", "ongoing": True},
    )


def leader_id(registers_dialog) -> str:
    """The first person in the register dialog's list (the process leader of the example)."""
    return next(iter(registers_dialog.people_tab.people))


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="handlingsplan-shots-"))
    _prepare_environment(home)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QScrollArea

    from database.models import StatusColour
    from desktop_app.services.registers import RegisterService
    from desktop_app.services.workspace import open_workspace
    from desktop_app.ui.app import application
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.i18n import install_translators
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.registers_dialog import RegistersDialog
    from desktop_app.ui.status_dialog import StatusDialog

    app = application()
    QSettings().clear()
    translators = install_translators(app, "sv")
    workspace = open_workspace(home / "handlingsplan.sqlite")
    context = AppContext(workspace, "processledare")
    _fill_plan(context.plan, RegisterService(workspace.engine, "processledare"))

    OUT.mkdir(parents=True, exist_ok=True)
    window = MainWindow(context)
    window.resize(*SIZE)
    window.show()
    tree = context.plan.tree()

    def settle() -> None:
        for _ in range(3):
            QApplication.processEvents()

    window.tree_view.expand(window.model.index_of(tree.find("1.1").id))
    window.tree_view.expand(window.model.index_of(tree.find("1.3").id))
    window.tree_view.select_node(tree.find("1.1.3").id)
    window.statusBar().showMessage("Sparat: ansvarig", 100_000)
    settle()
    window.grab().save(str(OUT / "huvudfonster.png"))

    scroll = window.detail.findChild(QScrollArea)
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    settle()
    window.grab().save(str(OUT / "statushistorik.png"))
    scroll.verticalScrollBar().setValue(0)

    window.statusBar().clearMessage()
    window.tree_view.select_node(tree.find("1.3.1").id)
    settle()
    window.grab().save(str(OUT / "aktivitet-rod.png"))

    window.tree_view.select_node(tree.find("1").id)
    settle()
    window.grab().save(str(OUT / "fokusomrade.png"))

    window.filter_bar.search_edit.setText("Campus")
    window.tree_view.select_node(tree.find("2.1.1").id)
    settle()
    window.grab().save(str(OUT / "sok-campus.png"))
    window.filter_bar.reset()

    dialog = StatusDialog("1.1.3  " + tree.find("1.1.3").title, window)
    dialog.buttons[StatusColour.YELLOW].setChecked(True)
    dialog.comment_edit.setPlainText("Två träffar genomförda, en inställd.")
    dialog.cause_edit.setPlainText("Lokalen har inte gått att boka under hösten.")
    dialog.show()
    settle()
    dialog.grab().save(str(OUT / "rapportera-status.png"))
    dialog.close()

    registers = RegistersDialog(context, window)
    registers.show()
    settle()
    registers.grab().save(str(OUT / "register.png"))
    registers.tabs.setCurrentWidget(registers.people_tab)
    registers.people_tab.refresh(leader_id(registers))
    settle()
    registers.grab().save(str(OUT / "register-personer.png"))
    registers.close()

    window.close()
    for translator in translators:
        app.removeTranslator(translator)
    workspace.close()
    print(f"Skärmbilderna finns i {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
