"""The English UI shows no Swedish, and the Swedish UI no English, apart from the plan's own data.

Every window, dialog, tab and menu a person reaches from the main window is
opened in each language (the dialogs the menu actions open are read and closed
the moment they appear), and every text it shows or gives a screen reader is
searched for words of the other language once the plan's own data is taken out.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from database.enums import DecisionKind, Role, StatusColour
from desktop_app.services import messages
from desktop_app.services.ideas import FORUMS
from desktop_app.services.plan import PlanService
from desktop_app.services.workspace import Workspace
from desktop_app.ui.context import AppContext
from desktop_app.ui.steering import SteeringWindow
from desktop_app.ui.steering.commands import SteeringServices
from tests.client_helpers import fresh_application, open_window, remove_translators
from tests.steering_helpers import add_person
from tests.test_accessibility import dialogs
from tests.ui_words import foreign_words, plan_data, shown_texts, without_plan_data
from tools import update_messages

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

ROOT = Path(__file__).resolve().parent.parent

# Texts that name the other language's words on purpose.
ON_PURPOSE = {
    "en": (
        # The Excel import reads a Swedish workbook's headings: the help names them as they are written.
        "in Swedish (such as Aktivitet, Insatsområde, Ansvarig, Status and Orsak)",
        "Svenska",  # the language list names each language in itself
    ),
    "sv": ("English",),
}


@pytest.fixture(params=["sv", "en"])
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:
    app, translators = fresh_application(request.param)
    messages.set_language(request.param)  # as run_desktop does with the language of the settings
    yield request.param
    messages.set_language("sv")
    remove_translators(app, translators)


@pytest.fixture
def context(workspace: Workspace, service: PlanService) -> AppContext:
    tree = service.tree()
    activity = tree.focus_areas[0].initiatives[0].activities[0]
    service.report_status(
        activity.id, StatusColour.YELLOW, cause="Ingen ansvarig", recommended_action="Utse ansvarig"
    )
    other = tree.focus_areas[1].initiatives[0].activities[0]
    service.report_status(other.id, StatusColour.RED, cause="Pengar saknas", recommended_action="Sök bidrag")
    services = SteeringServices.of(AppContext(workspace, "processledare"))
    meeting = services.steering.create_meeting(date.today() - timedelta(days=3), "Stadshuset")
    services.ideas.create_idea(date.today(), "Näringslivsrådet", "Fler företagsbesök")
    services.decisions.record_decision(
        meeting,
        DecisionKind.DEVIATION_ACTION,
        "Utse en ansvarig",
        activity_id=activity.id,
        follow_up_by="Anna",
        follow_up_date=date.today() + timedelta(days=30),
    )
    add_person(workspace.engine, "Anna Berg", role=Role.PROCESS_LEADER)
    add_person(workspace.engine, "Johan Ek", role=Role.STEERING_MEMBER)
    return AppContext(workspace, "processledare")


class Reader:
    """Reads what windows show and keeps the words of the other language, with where they were."""

    def __init__(self, language: str, plan: Path) -> None:
        self.language = language
        # The plan's data, and the seed's own names of its dialogue forums offered for an idea.
        # The plan's folder is named after the test, and the file dialogs show its path and parts.
        folders = {str(plan.parent), *plan.parent.parts}
        self.data = sorted(
            {*plan_data(plan), *FORUMS, *ON_PURPOSE[language], *folders}, key=len, reverse=True
        )
        self.found: dict[str, set[str]] = {}
        self.texts = 0

    def read(self, where: str, root: QWidget) -> None:
        for text in shown_texts(root):
            self.texts += 1
            words = foreign_words(without_plan_data(text, self.data), self.language)
            if words:
                self.found.setdefault(where, set()).add(f"{words} in {text[:120]!r}")

    def read_every_tab(self, where: str, root: QWidget) -> None:
        self.read(where, root)
        for tabs in root.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)  # a page may be filled when it is shown
                self.read(f"{where}, tab {tabs.tabText(index)}", tabs.widget(index))


def read_next_dialog(reader: Reader, where: str, opened: list[str]) -> None:
    """Read the next modal dialog the moment it is open, then close it (as a person would)."""

    def attempt(tries: int) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if tries:
                QTimer.singleShot(20, lambda: attempt(tries - 1))
            return
        opened.append(where)
        reader.read_every_tab(where, dialog)
        if hasattr(dialog, "reject"):
            dialog.reject()
        else:
            dialog.close()

    QTimer.singleShot(0, lambda: attempt(500))


def menu_actions(window: QWidget) -> Iterator[tuple[str, object]]:
    def walk(menu, path: str):
        for action in menu.actions():
            if action.isSeparator():
                continue
            if action.menu() is not None:
                yield from walk(action.menu(), f"{path} › {action.text()}")
            else:
                yield f"{path} › {action.text()}", action

    yield from walk(window.menuBar(), "menu")


def test_no_words_of_the_other_language_outside_the_plan_data(
    language: str, context: AppContext, workspace: Workspace, qtbot
) -> None:
    reader = Reader(language, workspace.path)
    window = open_window(qtbot, context)
    tree = context.tree()
    activity = tree.focus_areas[0].initiatives[0].activities[0]
    for node in (tree.focus_areas[0], tree.focus_areas[0].initiatives[0], activity):
        window.tree_view.select_node(node.id)
        reader.read_every_tab(f"main window, {type(node).__name__}", window)

    steering = SteeringWindow(context)
    qtbot.addWidget(steering)
    steering.show()
    reader.read_every_tab("steering window", steering)
    steering.close()

    for dialog in dialogs(context):
        qtbot.addWidget(dialog)
        dialog.show()
        reader.read_every_tab(type(dialog).__name__, dialog)
        dialog.reject()

    opened: list[str] = []
    others = set(QApplication.topLevelWidgets())
    for where, action in menu_actions(window):
        if action is window.quit_action or not action.isEnabled():
            continue
        window.tree_view.select_node(activity.id)
        read_next_dialog(reader, where, opened)
        action.trigger()
        for widget in set(QApplication.topLevelWidgets()) - others:
            if widget.isVisible() and widget is not window:
                opened.append(where)
                reader.read_every_tab(where, widget)
                widget.close()
        others = set(QApplication.topLevelWidgets())
    QApplication.processEvents()

    assert len(opened) > 15, opened  # the walk reached the dialogs and windows of the menus
    assert reader.texts > 3000
    assert not reader.found, "\n".join(f"{where}: {sorted(words)}" for where, words in reader.found.items())


# Fields, Qt's %1, markup and command-line options are no words of either language.
PLACEHOLDERS = re.compile(r"\{[^{}]*\}|%\(\w+\)[sdr]|%\d|<[^>]+>|&\w+;|--[\w-]+")
# The command names of the command line, named in a message as they are typed.
COMMANDS = "(tree, report, export och check fungerar ändå)"


def _words_of_the_other_language(text: str, language: str) -> list[str]:
    text = PLACEHOLDERS.sub(" ", text)
    for fragment in (*ON_PURPOSE[language], COMMANDS):
        text = text.replace(fragment, " ")
    return foreign_words(text, language)


def test_no_ui_string_is_written_in_the_other_language() -> None:
    """What the walk cannot reach: every string of the widgets (English, translated to Swedish in
    the .ts files) and of the services (Swedish, translated to English in the .po file)."""
    wrong: list[str] = []
    count = 0
    for ts_file in sorted((ROOT / "resources" / "translations").glob("*_sv.ts")):
        for message in ET.parse(ts_file).getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
            count += 1
            if _words_of_the_other_language(source, "en"):
                wrong.append(f"{ts_file.name}: {source!r}")
            wrong += [
                f"{ts_file.name}: {form!r}" for form in forms if _words_of_the_other_language(form, "sv")
            ]
    catalogue = update_messages.read_po(update_messages.catalogue_path("en"))
    for msgid, entry in catalogue.items():
        count += 1
        if _words_of_the_other_language(msgid, "sv"):
            wrong.append(f"handlingsplan.po: {msgid!r}")
        wrong += [
            f"handlingsplan.po: {text!r}" for text in entry.msgstr if _words_of_the_other_language(text, "en")
        ]
    assert count > 1000
    assert not wrong, "\n".join(wrong)
