"""Entry point: the desktop app without a command, the command line with one."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from desktop_app import __version__
from desktop_app.cli.parser import SwedishArgumentParser, add_language_option, fail, language_in
from desktop_app.services.messages import _, set_language

VERSION = f"handlingsplan {__version__}"


def _only_version(argv: list[str]) -> bool:
    """``--version``, perhaps after ``--db PATH``: answered before the commands are even loaded."""
    if argv[:1] == ["--db"]:
        argv = argv[2:]
    elif argv[:1] and argv[0].startswith("--db="):
        argv = argv[1:]
    return argv == ["--version"]


def build_parser() -> argparse.ArgumentParser:
    from desktop_app.cli import excel_commands, new_commands, plan_commands, report_commands, sync_commands

    parser = SwedishArgumentParser(
        prog="handlingsplan",
        description=_("Handlingsplan – kommunens handlingsplan med uppföljning i trafikljus."),
    )
    parser.add_argument("--version", action="version", version=VERSION)
    parser.add_argument(
        "--db", type=Path, metavar=_("SÖKVÄG"), help=_("använd den här databasen i stället för din egen")
    )
    add_language_option(parser, top_level=True)
    # For CI after installing a package: see desktop_app/ui/smoke.py.  Not in the help.
    parser.add_argument("--smoke-test", type=Path, help=argparse.SUPPRESS)
    commands = parser.add_subparsers(
        dest="command", metavar=_("KOMMANDO"), parser_class=SwedishArgumentParser
    )
    plan_commands.register(commands)
    report_commands.register(commands)
    sync_commands.register(commands)
    excel_commands.register(commands)
    new_commands.register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    plan_file = None
    if len(argv) == 1 and argv[0].lower().endswith(".hplan"):  # opened through the file association
        plan_file, argv = Path(argv[0]), []
    if _only_version(argv):
        print(VERSION)
        return 0
    set_language(language_in(argv))
    args = build_parser().parse_args(argv)
    if args.smoke_test is not None:
        from desktop_app.ui.smoke import run_smoke_test

        return run_smoke_test(args.db, args.smoke_test)
    if args.command is None:
        from desktop_app.ui.app import run_desktop

        return run_desktop(args.db, plan_file)

    from database.errors import DatabaseError
    from desktop_app.services.errors import PlanError
    from desktop_app.services.workspace import open_workspace

    if not getattr(args, "needs_workspace", True):  # ``new`` makes its own file
        try:
            return args.func(args, args.db)
        except (PlanError, DatabaseError) as error:
            return fail(str(error))
    try:
        workspace = open_workspace(args.db)
    except DatabaseError as error:
        return fail(str(error))
    try:
        if getattr(args, "writes", False) and not getattr(args, "dry_run", False):
            from desktop_app.cli.writer_lock import writer_lock

            with writer_lock(workspace.path):
                return args.func(args, workspace)
        return args.func(args, workspace)
    except (PlanError, DatabaseError) as error:
        return fail(str(error))
    except BrokenPipeError:
        # The reader went away (``handlingsplan tree | head``): not an error worth a traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    finally:
        workspace.close()


if __name__ == "__main__":
    sys.exit(main())
