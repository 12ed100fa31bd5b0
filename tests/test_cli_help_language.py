"""Every command's help, in English and in Swedish, is in that language throughout."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.main import build_parser
from desktop_app.services.messages import using_language
from tests.ui_words import foreign_words

ALLOWED = {
    # Names, examples and the values typed on the command line are the same in both languages.
    "en": {"Handlingsplan", "handlingsplan", "sv", "en", "green", "yellow", "red", "KS"},
    "sv": {"Handlingsplan", "handlingsplan", "sv", "en", "green", "yellow", "red", "steering", "annual",
           "export", "import", "tree", "status", "check", "report", "xlsx", "new", "info", "json", "db",
           "lang", "user", "version", "help", "docx", "hplan", "pdf", "out", "year", "date",
           "prefer", "theirs", "mine", "dry-run", "from-xlsx", "from-docx", "empty", "decided", "name",
           "strategy", "reference", "period", "owner", "comment", "cause", "action", "format", "scope",
           "focus-area", "on", "word", "h", "meeting"},
}  # fmt: skip


def _parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _parsers(sub)


@pytest.mark.parametrize("language", ["en", "sv"])
def test_every_help_text_is_in_the_language_asked_for(language: str) -> None:
    with using_language(language):
        parser = build_parser()
        helps = {sub.prog: sub.format_help() for sub in _parsers(parser)}
    assert len(helps) >= 12  # the top level, every command and the subcommands of xlsx
    found = {
        prog: words
        for prog, text in helps.items()
        if (words := sorted(set(foreign_words(text, language)) - ALLOWED[language]))
    }
    assert found == {}


def test_every_command_module_is_imported_by_name_for_the_bundler() -> None:
    """The frozen app packs only what its bundler sees imported: each command module must be
    named in an import statement of desktop_app/main.py, not found through importlib by a string."""
    import ast

    from desktop_app import main

    tree = ast.parse(Path(main.__file__).read_text(encoding="utf-8"))
    imported = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module == "desktop_app.cli"
        for alias in node.names
    }
    modules = set(main.COMMAND_MODULES.values())
    assert modules <= imported, sorted(modules - imported)
    for name in modules:
        assert main._command_module(name).__name__ == f"desktop_app.cli.{name}"
