"""Every message of the database layer in Swedish and in English: on the command line and in a dialog.

The database layer writes its messages in Swedish and knows no languages; the
services' catalogue reads them in the user's language. Each case makes a real
file the app must refuse (or a folder it cannot write in) and reads the message
a person gets, in both languages.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from database.backup import backup_database
from database.default_plan import create_from_plan_file
from database.errors import DatabaseError
from database.store import APPLICATION_ID, open_or_create
from desktop_app.main import main
from desktop_app.services import messages
from desktop_app.services.workspace import open_workspace
from desktop_app.ui.app import open_main_window
from tests.client_helpers import answer_next_dialog, fresh_application, remove_translators
from tests.file_access_helpers import read_only_mount


@pytest.fixture(autouse=True)
def swedish_again() -> Iterator[None]:
    yield
    messages.set_language("sv")


def _plan(path: Path) -> Path:
    open_workspace(path).close()
    return path


def not_sqlite(folder: Path) -> Path:
    path = folder / "anteckningar.sqlite"
    path.write_text("inte en databas\n" * 10, encoding="utf-8")
    return path


def damaged(folder: Path) -> Path:
    path = _plan(folder / "skadad.sqlite")
    data = path.read_bytes()
    path.write_bytes(data[:100] + b"\xff" * 50)
    return path


def other_program(folder: Path) -> Path:
    path = folder / "annat.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    connection.close()
    return path


def no_schema_version(folder: Path) -> Path:
    path = folder / "utan-version.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
        connection.execute("CREATE TABLE focusarea (id TEXT PRIMARY KEY)")
    connection.close()
    return path


def _with_revision(path: Path, revision: str) -> Path:
    _plan(path)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.close()
    return path


def newer(folder: Path) -> Path:
    return _with_revision(folder / "nyare.sqlite", "9999_future")


def unknown_revision(folder: Path) -> Path:
    return _with_revision(folder / "okand.sqlite", "0001_other_branch")


# What a person is told about each file, in Swedish and in English ({path} is the file).
REFUSED_FILES: dict[str, tuple[Callable[[Path], Path], str, str]] = {
    "not sqlite": (
        not_sqlite,
        "Filen {path} är ingen Handlingsplan-databas (inte en SQLite-fil).",
        "The file {path} is not a Handlingsplan database (not an SQLite file).",
    ),
    "damaged": (
        damaged,
        "Filen {path} är skadad eller ingen SQLite-databas.",
        "The file {path} is damaged or not an SQLite database.",
    ),
    "other program": (
        other_program,
        "Filen {path} är en SQLite-databas från ett annat program, inte en Handlingsplan-databas.",
        "The file {path} is an SQLite database of another program, not a Handlingsplan database.",
    ),
    "no schema version": (
        no_schema_version,
        "Filen {path} saknar schemaversion och kan inte öppnas.",
        "The file {path} has no schema version and cannot be opened.",
    ),
    "newer": (
        newer,
        "Databasen {path} är skapad av en nyare version av Handlingsplan (schema 9999_future). "
        "Uppdatera programmet för att öppna den.",
        "The database {path} was made by a newer version of Handlingsplan (schema 9999_future). "
        "Update the program to open it.",
    ),
    "unknown revision": (
        unknown_revision,
        "Databasen {path} har en schemaversion (0001_other_branch) som den här versionen av "
        "Handlingsplan inte känner till; den kommer från en annan utgåva av programmet.",
        "The database {path} has a schema version (0001_other_branch) that this version of "
        "Handlingsplan does not know; it comes from another edition of the program.",
    ),
}

LANGUAGES = {"sv": 1, "en": 2}


def expected(case: str, language: str, path: Path) -> str:
    return REFUSED_FILES[case][LANGUAGES[language]].format(path=path)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("case", REFUSED_FILES)
def test_a_refused_file_is_told_on_the_command_line_in_the_chosen_language(
    case: str, language: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = REFUSED_FILES[case][0](tmp_path)
    before = path.read_bytes()
    assert main(["--db", str(path), "--lang", language, "tree"]) == 1
    assert capsys.readouterr().err == f"handlingsplan: {expected(case, language, path)}\n"
    assert path.read_bytes() == before


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("case", ["not sqlite", "other program", "newer", "unknown revision"])
def test_a_refused_file_is_told_in_a_dialog_in_the_window_language(
    qtbot, case: str, language: str, tmp_path: Path
) -> None:
    app, translators = fresh_application(language)
    messages.set_language(language)  # as run_desktop does with the language of the settings
    path = REFUSED_FILES[case][0](tmp_path)
    shown: list[tuple[str, str, str]] = []

    def read_and_close(box: QMessageBox) -> None:
        shown.append((box.windowTitle(), box.text(), box.informativeText()))
        box.accept()

    try:
        answer_next_dialog(read_and_close)
        assert open_main_window(path) is None
    finally:
        remove_translators(app, translators)
        QSettings().clear()
    titles = {
        "sv": ("Planen kan inte öppnas", "Filen har inte ändrats."),
        "en": ("The plan cannot be opened", "The file has not been changed."),
    }
    title, note = titles[language]
    assert shown == [(title, expected(case, language, path), note)]


def test_the_message_is_read_in_the_language_of_the_moment_it_is_shown(tmp_path: Path) -> None:
    path = newer(tmp_path)
    with pytest.raises(DatabaseError) as raised:
        open_or_create(path)
    error = raised.value
    assert error.template.startswith("Databasen {path} är skapad av en nyare version")
    assert error.fields == {"path": path, "revision": "9999_future"}
    assert str(error) == expected("newer", "sv", path)
    messages.set_language("en")
    assert str(error) == expected("newer", "en", path)
    with messages.using_language("sv"):  # a worker thread writing in Swedish
        assert str(error) == expected("newer", "sv", path)


def _in_both_languages(action: Callable[[], object]) -> tuple[str, str]:
    texts = []
    for language in LANGUAGES:
        messages.set_language(language)
        with pytest.raises(DatabaseError) as raised:
            action()
        texts.append(str(raised.value))
    return texts[0], texts[1]


def test_a_folder_where_the_database_belongs(tmp_path: Path) -> None:
    folder = tmp_path / "plan.sqlite"
    folder.mkdir()
    assert _in_both_languages(lambda: open_or_create(folder)) == (
        f"{folder} är en mapp, inte en databasfil.",
        f"{folder} is a folder, not a database file.",
    )


def test_a_database_that_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "fil"
    blocker.write_text("en fil där en mapp borde vara", encoding="utf-8")
    path = blocker / "plan.sqlite"
    assert _in_both_languages(lambda: open_or_create(path)) == (
        f"Databasen {path} kan inte skapas: läs- eller skrivfel.",
        f"The database {path} cannot be created: a read or write error.",
    )


def test_a_backup_that_cannot_be_made(tmp_path: Path) -> None:
    path = _plan(tmp_path / "plan.sqlite")
    blocker = tmp_path / "backups"
    blocker.write_text("en fil där mappen för säkerhetskopior borde vara", encoding="utf-8")
    assert _in_both_languages(lambda: backup_database(path, blocker, reason="test")) == (
        f"Säkerhetskopian av {path} kunde inte skapas (läs- eller skrivfel); ingenting har ändrats.",
        f"The backup of {path} could not be made (a read or write error); nothing has been changed.",
    )


def test_a_bundled_plan_with_a_broken_reference(tmp_path: Path) -> None:
    source = _plan(tmp_path / "bundled.hplan")
    with sqlite3.connect(source) as connection:
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute("DELETE FROM focusarea WHERE id = (SELECT focus_area_id FROM initiative LIMIT 1)")
    connection.close()
    target = tmp_path / "ny" / "plan.sqlite"
    swedish, english = _in_both_languages(lambda: create_from_plan_file(source, target))
    assert swedish.startswith(f"Planfilen {source} är skadad: trasig referens i tabellen ")
    assert english.startswith(f"The plan file {source} is damaged: broken reference in the table ")
    assert " (rad " in swedish and " till focusarea." in swedish
    assert " (row " in english and " to focusarea." in english
    assert not target.exists()


def test_a_database_that_cannot_be_made_from_the_bundled_plan(tmp_path: Path) -> None:
    source = _plan(tmp_path / "bundled.hplan")
    blocker = tmp_path / "fil"
    blocker.write_text("en fil där en mapp borde vara", encoding="utf-8")
    target = blocker / "plan.sqlite"
    assert _in_both_languages(lambda: create_from_plan_file(source, target)) == (
        f"Databasen {target} kan inte skapas från planfilen {source}: läs- eller skrivfel.",
        f"The database {target} cannot be created from the plan file {source}: a read or write error.",
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_plan_on_a_read_only_mount_says_why_in_the_window_language(
    qtbot, language: str, tmp_path: Path
) -> None:
    """The banner of a plan that can only be read, and the refusal of one too new to read."""
    folder = tmp_path / "delad"
    _plan(folder / "plan.sqlite")
    newer(folder)
    app, translators = fresh_application(language)
    messages.set_language(language)
    shown: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        shown.append(box.text())
        box.accept()

    try:
        with read_only_mount(folder) as mounted:
            window = open_main_window(mounted / "plan.sqlite")
            assert window is not None
            qtbot.addWidget(window)
            try:
                banner = window.read_only_banner.text()
            finally:
                window.close()
                window.context.workspace.close()
            answer_next_dialog(read_and_close)
            assert open_main_window(mounted / "nyare.sqlite") is None
            refused = expected("newer", language, mounted / "nyare.sqlite")
    finally:
        remove_translators(app, translators)
        QSettings().clear()
    plan = mounted / "plan.sqlite"
    banners = {
        "sv": f"Skrivskyddad: Planen {plan} ligger på ett skrivskyddat filsystem och kan bara läsas.",
        "en": f"Read-only: The plan {plan} is on a read-only file system and can only be read.",
    }
    assert banner == banners[language]
    assert shown == [refused]
