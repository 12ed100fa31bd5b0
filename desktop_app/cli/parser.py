"""An argument parser that speaks the user's language (Swedish by default), errors on one line."""

from __future__ import annotations

import argparse
import os
import sys

from desktop_app.services.messages import N_, _

TYPE_CHECKING = False  # typing.TYPE_CHECKING without loading typing (see services/messages.py)
if TYPE_CHECKING:
    from typing import NoReturn

_SWEDISH = {
    "usage: ": N_("användning: "),
    "options": N_("flaggor"),
    "positional arguments": N_("argument"),
    "show this help message and exit": N_("visa den här hjälpen och avsluta"),
    "the following arguments are required: %s": N_("följande argument saknas: %s"),
    "unrecognized arguments: %s": N_("okända argument: %s"),
    "invalid choice: %(value)r (choose from %(choices)s)": N_(
        "ogiltigt val: %(value)r (välj bland %(choices)s)"
    ),
    "argument %(argument_name)s: %(message)s": N_("argumentet %(argument_name)s: %(message)s"),
    "expected one argument": N_("ett värde behövs"),
    "expected at least one argument": N_("minst ett värde behövs"),
    "expected at most one argument": N_("högst ett värde får anges"),
    "ambiguous option: %(option)s could match %(matches)s": N_("flaggan %(option)s är tvetydig: %(matches)s"),
    "invalid %(type)s value: %(value)r": N_("ogiltigt värde: %(value)r"),
    "one of the arguments %s is required": N_("ett av argumenten %s krävs"),
    "not allowed with argument %s": N_("kan inte kombineras med %s"),
}


def _translate(message: str) -> str:
    return _(_SWEDISH[message]) if message in _SWEDISH else message


# argparse looks its messages up through its module-level gettext alias at call time.
argparse._ = _translate  # type: ignore[attr-defined]


def terminal_width() -> int:
    """The width argparse wraps its help to, found as ``shutil.get_terminal_size`` finds it (COLUMNS,
    else standard output's terminal, else 80): argparse would load shutil for it, at every
    argument added, and so every command's start."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return (columns or 80) - 2


class _HelpFormatter(argparse.HelpFormatter):
    def __init__(
        self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None
    ):
        super().__init__(
            prog, indent_increment, max_help_position, terminal_width() if width is None else width
        )


class SwedishArgumentParser(argparse.ArgumentParser):
    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def error(self, message: str) -> NoReturn:
        self.exit(
            2,
            _("{prog}: fel: {message}. Se {command} --help.\n").format(
                prog=self.prog, message=message, command=self.prog.split()[0]
            ),
        )


LANGUAGES = ("sv", "en")


def language_in(argv: list[str]) -> str:
    """The ``--lang`` an argument list asks for, read before the parser is built so that its help
    and errors are in that language too; Swedish when none or an unknown one is given."""
    for index, argument in enumerate(argv):
        value = None
        if argument == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        elif argument.startswith("--lang="):
            value = argument.partition("=")[2]
        if value in LANGUAGES:
            return value
    return LANGUAGES[0]


def add_language_option(parser: argparse.ArgumentParser, *, top_level: bool = False) -> None:
    """``--lang sv|en``: the language of messages (and of a report's text)."""
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=LANGUAGES[0] if top_level else argparse.SUPPRESS,
        help=_("språk för meddelanden och rapporter: sv (svenska) eller en (engelska)"),
    )


def fail(message: str) -> int:
    """Print a one-line error for a person and return the error exit code."""
    print(f"handlingsplan: {message}", file=sys.stderr)
    return 1
