"""An argument parser that speaks Swedish and reports errors on one line."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

_SWEDISH = {
    "usage: ": "användning: ",
    "options": "flaggor",
    "positional arguments": "argument",
    "show this help message and exit": "visa den här hjälpen och avsluta",
    "the following arguments are required: %s": "följande argument saknas: %s",
    "unrecognized arguments: %s": "okända argument: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ogiltigt val: %(value)r (välj bland %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argumentet %(argument_name)s: %(message)s",
    "expected one argument": "ett värde behövs",
    "expected at least one argument": "minst ett värde behövs",
    "expected at most one argument": "högst ett värde får anges",
    "ambiguous option: %(option)s could match %(matches)s": "flaggan %(option)s är tvetydig: %(matches)s",
    "invalid %(type)s value: %(value)r": "ogiltigt värde: %(value)r",
    "one of the arguments %s is required": "ett av argumenten %s krävs",
    "not allowed with argument %s": "kan inte kombineras med %s",
}


def _translate(message: str) -> str:
    return _SWEDISH.get(message, message)


# argparse looks its messages up through its module-level gettext alias at call time.
argparse._ = _translate  # type: ignore[attr-defined]


class SwedishArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: fel: {message}. Se {self.prog.split()[0]} --help.\n")


def fail(message: str) -> int:
    """Print a one-line error for a person and return the error exit code."""
    print(f"handlingsplan: {message}", file=sys.stderr)
    return 1
