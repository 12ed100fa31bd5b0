"""Every message of the services, reports' data and command line in both languages.

The code's ``_()`` texts are found by reading the code (an AST scan); each must
have an English translation with the same fields, and the committed ``.mo`` must
be the one built from the ``.po``.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.main import main
from desktop_app.services import messages
from desktop_app.services.errors import ValidationError
from desktop_app.services.excel import build_preview, export_workbook, read_spreadsheet
from desktop_app.services.plan import PlanService
from desktop_app.services.rules import validate_activity
from desktop_app.services.sync.describe import Describer
from desktop_app.services.workspace import Workspace, open_workspace
from tools import update_messages

SWEDISH_LETTERS = re.compile(r"[åäöÅÄÖ]")
PERCENT_FIELD = re.compile(r"%(?:\(\w+\))?[sr]")


@pytest.fixture(autouse=True)
def swedish_again() -> Iterator[None]:
    yield
    messages.set_language("sv")


def fields(text: str) -> set[str]:
    """The named ``{fields}`` and ``%`` placeholders a message fills in."""
    named = {name for _text, name, _spec, _conv in string.Formatter().parse(text) if name is not None}
    return named | set(PERCENT_FIELD.findall(text))


def test_every_message_in_the_code_has_english_with_the_same_fields() -> None:
    in_code = update_messages.extract()
    catalogue = update_messages.read_po(update_messages.catalogue_path("en"))
    assert len(in_code) > 300  # the scan finds the code's messages, not an empty folder
    lacking = [msgid for msgid in in_code if msgid not in catalogue or not all(catalogue[msgid].msgstr)]
    assert not lacking, f"no English for {lacking[:5]}; run python tools/update_messages.py"
    for msgid in in_code:
        for english in catalogue[msgid].msgstr:
            assert not SWEDISH_LETTERS.search(english), f"Swedish left in the English of {msgid!r}"
            assert fields(english) == fields(msgid), f"fields differ in {msgid!r} → {english!r}"


def test_the_catalogue_is_built_from_the_code() -> None:
    assert update_messages.main(["--check"]) == 0, "run python tools/update_messages.py"


def test_a_message_without_its_marker_is_found_by_the_scan(tmp_path: Path) -> None:
    package = tmp_path / "desktop_app"
    package.mkdir()
    (package / "m.py").write_text(
        "from desktop_app.services.messages import N_, _, ngettext\n"
        'A = N_("Grön")\n'
        "def f(n):\n"
        '    return _("Aktiviteten {code} finns inte.").format(code=n)\n'
        "def g(n):\n"
        '    return ngettext("{n} rad", "{n} rader", n)\n',
        encoding="utf-8",
    )
    found = update_messages.extract(tmp_path)
    assert set(found) == {"Grön", "Aktiviteten {code} finns inte.", "{n} rad"}
    assert found["{n} rad"].plural == "{n} rader"


def test_services_speak_english_when_asked() -> None:
    messages.set_language("en")
    with pytest.raises(ValidationError, match=r"^The activity must have a title\.$"):
        validate_activity({"title": " "})
    messages.set_language("sv")
    with pytest.raises(ValidationError, match=r"^Aktiviteten måste ha en titel\.$"):
        validate_activity({"title": " "})


def test_a_role_is_a_word_in_the_sync_preview_not_its_code() -> None:
    empty = {table: {} for table in ("focusarea", "initiative", "activity", "personrole", "person")}
    describer = Describer(empty, empty)
    assert describer.value("personrole", "role", "process_leader") == "Processledare"
    assert describer.value("decision", "kind", "deviation_action") == "Åtgärd på avvikelse"
    messages.set_language("en")
    assert describer.value("personrole", "role", "process_leader") == "Process leader"
    assert describer.value("idea", "state", "became_activity") == "Became an activity"


def test_an_english_export_has_english_headers_and_reads_back(
    service: PlanService, workspace: Workspace, tmp_path: Path
) -> None:
    messages.set_language("en")
    path = tmp_path / "plan.xlsx"
    export_workbook(workspace.engine, path)
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Activity plan", "Status history", "Summary"]
    headers = [cell.value for cell in workbook["Activity plan"][1]]
    assert headers[:4] == ["Code", "Focus area", "Initiative", "Activity"]
    assert "Recommended action" in headers
    messages.set_language("sv")  # a Swedish user reads a colleague's English file
    preview = build_preview(workspace.engine, read_spreadsheet(path))
    assert not preview.problems
    assert not preview.has_changes


def test_the_command_line_speaks_english_with_lang_en(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    open_workspace(db_path).close()  # an existing plan: no "a new plan has been created" notice
    code = main(["--db", str(db_path), "--lang", "en", "status", "9.9.9", "green"])
    assert code == 1
    assert (
        capsys.readouterr().err.strip() == "handlingsplan: There is no item with the code 9.9.9 in the plan."
    )
    with pytest.raises(SystemExit):
        main(["--lang", "en", "status"])
    assert "error: the following arguments are required" in capsys.readouterr().err
    code = main(["--db", str(db_path), "status", "9.9.9", "green"])
    assert "Det finns ingen punkt med koden 9.9.9" in capsys.readouterr().err


def test_every_field_the_sync_preview_can_show_has_a_word() -> None:
    """No raw column names (``overall_goal``) in the import preview, in either language."""
    from sqlmodel import SQLModel

    import database.models  # noqa: F401 - the tables
    from desktop_app.services.sync.describe import FIELD_LABELS, TABLE_LABELS
    from desktop_app.services.sync.merge import SYSTEM_COLUMNS
    from desktop_app.services.sync.plan_file import TABLE_NAMES

    tables = {table.name: table for table in SQLModel.metadata.sorted_tables}
    for name in TABLE_NAMES:
        assert name in TABLE_LABELS
        columns = [c.name for c in tables[name].columns if c.name not in SYSTEM_COLUMNS]
        unnamed = [column for column in columns if column not in FIELD_LABELS]
        assert not unnamed, f"{name}: {unnamed}"


def test_a_worker_can_write_in_another_language_than_the_window() -> None:
    import threading

    messages.set_language("en")
    seen: dict[str, str] = {}
    inside = threading.Event()
    leave = threading.Event()

    def worker() -> None:
        with messages.using_language("sv"):
            seen["worker"] = messages._("Grön")
            inside.set()
            leave.wait(5)
        seen["worker after"] = messages._("Grön")

    thread = threading.Thread(target=worker)
    thread.start()
    inside.wait(5)
    seen["window"] = messages._("Grön")  # while the worker is in Swedish
    leave.set()
    thread.join(5)
    assert seen == {"worker": "Grön", "window": "Green", "worker after": "Green"}
