"""The manual page ``handlingsplan(1)``, written from the command line's own argument parser.

So the page always names the commands and options the program has:
``python3 installers/manpage.py > handlingsplan.1`` or, in the package build,
``debian.stage_package`` through ``manual_page``.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _roff(text: str) -> str:
    """Text safe in roff: backslashes and hyphens escaped, no line starting with a control character."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\n".join(("\\&" + line if line.startswith((".", "'")) else line) for line in text.splitlines())


def _invocation(action: argparse.Action) -> str:
    if not action.option_strings:
        return action.metavar if isinstance(action.metavar, str) else action.dest
    names = ", ".join(action.option_strings)
    if action.nargs == 0:
        return names
    metavar = action.metavar or action.dest.upper()
    if action.choices and not action.metavar:
        metavar = "|".join(str(choice) for choice in action.choices)
    return f"{names} {metavar}"


def _arguments(parser: argparse.ArgumentParser) -> list[str]:
    lines = []
    for action in parser._actions:
        if action.help == argparse.SUPPRESS or isinstance(action, argparse._SubParsersAction):
            continue
        if isinstance(action, argparse._HelpAction):
            continue
        lines += [".TP", f"\\fB{_roff(_invocation(action))}\\fR", _roff(action.help or "")]
    return lines


def _commands(parser: argparse.ArgumentParser, prefix: str) -> list[str]:
    lines: list[str] = []
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        helps = {choice.dest: choice.help for choice in action._choices_actions}
        for name, sub in action.choices.items():
            command = f"{prefix} {name}".strip()
            usage = sub.format_usage().split(":", 1)[-1].strip()
            if any(isinstance(a, argparse._SubParsersAction) for a in sub._actions):
                lines += _commands(sub, command)
                continue
            lines += [".SS", _roff(f"{command} \u2014 {helps.get(name) or ''}".rstrip(" \u2014")), ".nf"]
            lines += [_roff(" ".join(usage.split())), ".fi"]
            arguments = _arguments(sub)
            if arguments:
                lines += [".RS", *arguments, ".RE"]
    return lines


def manual_page(parser: argparse.ArgumentParser, version: str, day: date) -> str:
    """``handlingsplan.1`` in roff (man(7) macros)."""
    name = parser.prog
    lines = [
        f'.TH {name.upper()} 1 "{day.isoformat()}" "{name} {version}" "Handlingsplan"',
        ".SH NAMN",
        f"{name} \\- {_roff((parser.description or '').split(' – ', 1)[-1].rstrip('.'))}",
        ".SH SYNOPSIS",
        f"\\fB{name}\\fR [\\fB\\-\\-db\\fR \\fISÖKVÄG\\fR] [\\fIKOMMANDO\\fR \\fI...\\fR]",
        ".br",
        f"\\fB{name}\\fR \\fIFIL.hplan\\fR",
        ".SH BESKRIVNING",
        "Utan kommando öppnas skrivbordsprogrammet; med en planfil (.hplan) öppnas programmet med "
        "förhandsvisningen av importen. Med ett kommando görs samma sak som i programmet, utan skärm. "
        "Fel skrivs som en rad på standardfel, med slutkod 1 (2 för en kommandorad som inte kan tolkas); "
        "planen lämnas då som den var.",
        ".SH FLAGGOR",
        *_arguments(parser),
        ".SH KOMMANDON",
        *_commands(parser, name),
        ".SH FILER",
        ".TP",
        "\\fI~/.local/share/Handlingsplan/handlingsplan.sqlite\\fR",
        "Din plan; skapas från standardplanen första gången programmet startas. "
        "Säkerhetskopior i \\fIbackups/\\fR bredvid.",
        ".SH LICENS",
        "MIT. Paketets /usr/share/doc/handlingsplan/copyright listar de medföljande delarnas licenser.",
    ]
    return "\n".join(lines) + "\n"


def main() -> int:
    from desktop_app import __version__
    from desktop_app.main import build_parser

    sys.stdout.write(manual_page(build_parser(), __version__, date.today()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
