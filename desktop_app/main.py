"""Entry point: the desktop app without a command, the command line with one."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path
from types import ModuleType

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


COMMAND_MODULES = {
    "tree": "plan_commands",
    "status": "plan_commands",
    "check": "plan_commands",
    "report": "report_commands",
    "export": "sync_commands",
    "import": "sync_commands",
    "xlsx": "excel_commands",
    "new": "new_commands",
    "info": "new_commands",
}
"""Each command and the module of ``desktop_app.cli`` that registers it, in the order of the help."""


_GLOBAL_OPTIONS_WITH_VALUE = {"--db", "--lang", "--user", "--smoke-test"}


def _modules_for(argv: list[str] | None) -> list[str]:
    """The command modules a run needs: the one of the command named in ``argv``, none for the
    desktop app (no command), or every one.

    Only a command's own module is loaded (a start costs what its command needs). The help and an
    unknown command get all of them, so that both list every command. A word after the command
    that is also a command's name adds that module too: a value can never hide the command it
    follows.
    """
    modules = list(dict.fromkeys(COMMAND_MODULES.values()))
    if argv is None or "-h" in argv or "--help" in argv:
        return modules
    words = iter(argv)
    command = None
    for word in words:
        if word in _GLOBAL_OPTIONS_WITH_VALUE:
            next(words, None)
        elif not word.startswith("-"):
            command = word
            break
    if command is None:
        return []  # the desktop app: registering every command would cost its start 10 ms
    if command not in COMMAND_MODULES:
        return modules
    named = {COMMAND_MODULES[word] for word in argv if word in COMMAND_MODULES}
    return [module for module in modules if module in named]


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The command line's parser; given ``argv``, with only the commands it can name."""
    parser = SwedishArgumentParser(
        prog="handlingsplan",
        description=_("Handlingsplan – kommunens handlingsplan med uppföljning i trafikljus."),
    )
    parser.add_argument("--version", action="version", version=VERSION, help=_("visa versionen och avsluta"))
    parser.add_argument(
        "--db", type=Path, metavar=_("SÖKVÄG"), help=_("använd den här databasen i stället för din egen")
    )
    add_language_option(parser, top_level=True)
    parser.add_argument(
        "--user",
        metavar=_("NAMN"),
        help=_("vem som gör ändringen (annars namnet du angett under Inställningar i appen)"),
    )
    # For CI after installing a package: see desktop_app/ui/smoke.py.  Not in the help.
    parser.add_argument("--smoke-test", type=Path, help=argparse.SUPPRESS)
    commands = parser.add_subparsers(
        dest="command", metavar=_("KOMMANDO"), parser_class=SwedishArgumentParser
    )
    for module in _modules_for(argv):
        _command_module(module).register(commands)
    _accept_user_after_the_command(commands)
    return parser


def _command_module(name: str) -> ModuleType:
    """One module of ``desktop_app.cli``, imported by name in the code (not through importlib), so
    that the frozen app's bundler sees every command module and packs it."""
    if name == "plan_commands":
        from desktop_app.cli import plan_commands as module
    elif name == "report_commands":
        from desktop_app.cli import report_commands as module
    elif name == "sync_commands":
        from desktop_app.cli import sync_commands as module
    elif name == "excel_commands":
        from desktop_app.cli import excel_commands as module
    elif name == "new_commands":
        from desktop_app.cli import new_commands as module
    else:
        raise KeyError(name)
    return module


def _accept_user_after_the_command(commands: argparse._SubParsersAction) -> None:
    """``--user NAME`` may also follow the command (``handlingsplan status … --user NAME``)."""
    for sub in commands.choices.values():
        sub.add_argument("--user", metavar=_("NAMN"), default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        for action in sub._actions:
            if isinstance(action, argparse._SubParsersAction):
                _accept_user_after_the_command(action)


def _undecodable(argv: list[str]) -> str | None:
    """The first argument holding bytes that are not UTF-8 (Python keeps them as surrogates)."""
    for argument in argv:
        if any("\udc80" <= character <= "\udcff" for character in argument):
            return argument
    return None


def main(argv: list[str] | None = None) -> int:
    from_command_line = argv is None
    argv = sys.argv[1:] if argv is None else argv
    undecodable = _undecodable(argv)
    if undecodable is not None:
        from desktop_app.services.file_access import shown
        from desktop_app.services.messages import _

        message = _(
            "Argumentet ”{argument}” innehåller tecken som inte är UTF-8; "
            "byt namn på filen eller mappen, eller ange en annan sökväg."
        ).format(argument=shown(undecodable))
        if len(argv) == 1 and argv[0].lower().endswith(".hplan"):  # from the file manager: no terminal
            from desktop_app.ui.app import show_startup_error

            return show_startup_error(message)
        return fail(message)
    plan_file = None
    if len(argv) == 1 and argv[0].lower().endswith(".hplan"):  # opened through the file association
        plan_file, argv = Path(argv[0]), []
    if _only_version(argv):
        print(VERSION)
        return 0
    set_language(language_in(argv))
    args = build_parser(argv).parse_args(argv)
    if args.smoke_test is not None:
        from desktop_app.ui.smoke import run_smoke_test

        return run_smoke_test(args.db, args.smoke_test)
    if args.command is None:
        return load_desktop().run_desktop(args.db, plan_file)
    one_shot = from_command_line and getattr(args, "ends_at_once", False)
    if one_shot:
        # A report's objects are freed by reference counting as it goes (the 10,000-activity report
        # peaks at the same memory either way); the collector's passes over the some 50,000 objects
        # its imports and layout make cost the seeded plan's report about 10 ms.
        gc.disable()
    code = run_command(args)
    if one_shot:
        _leave_to_the_system()
    return code


def _leave_to_the_system() -> None:
    """Leave what the command loaded to the operating system, which takes a process's memory back
    at once when it ends.

    At shutdown Python's collector walks every object still alive (a report leaves some 270 modules'
    classes and functions and the parsed fonts behind) and frees each class and function one by one:
    ≈ 25 ms, a tenth of a small report's whole command. Frozen, the collector passes them by. Only
    for a command that has closed what it wrote (``ends_at_once``: the report's file is written and
    closed, or ``tree`` has printed the plan; the plan's connection closed by ``run_command``) and
    runs as the process's own, from the command line: a caller that passes its arguments (a test)
    goes on and keeps its collector.
    """
    gc.freeze()


def load_desktop() -> ModuleType:
    """``desktop_app.ui.app`` and the modules the window needs, imported as the start does
    (``services.bulk.kept_for_life``)."""
    from desktop_app.services.bulk import kept_for_life

    with kept_for_life():
        from desktop_app.ui import app
    return app


def run_command(args: argparse.Namespace) -> int:
    """Open the plan and run one command on it; every failure is one line on stderr and exit 1."""
    from database.errors import DatabaseError
    from desktop_app.services import file_access
    from desktop_app.services.errors import PlanError
    from desktop_app.services.leftovers import sweep
    from desktop_app.services.messages import _
    from desktop_app.services.workspace import open_workspace

    if not getattr(args, "needs_workspace", True):  # ``new`` makes its own file
        try:
            return args.func(args, args.db)
        except (PlanError, DatabaseError) as error:
            return fail(str(error))
    try:
        workspace = open_workspace(args.db, make_folder=False)
    except DatabaseError as error:
        return fail(str(error))
    try:
        sweep(workspace.backup_dir)
        if workspace.created and args.db is not None:
            print(
                "handlingsplan: "
                + _("{path} fanns inte; en ny plan har skapats där.").format(
                    path=file_access.shown(workspace.path)
                ),
                file=sys.stderr,
            )
        if workspace.read_only and getattr(args, "writes", False) and not getattr(args, "dry_run", False):
            return fail(
                _("{reason} Kommandot ändrar planen och gjordes inte.").format(
                    reason=workspace.read_only_reason
                )
            )
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
    except Exception as error:
        # The disk or the file system refused (full disk, read-only file, no permission) somewhere
        # a command did not expect it: still one line, never a traceback. Anything else is a bug.
        if not file_access.is_file_failure(error):
            raise
        path = getattr(error, "filename", None) or workspace.path
        return fail(file_access.describe(path, error, writing=True) + " " + _("Planen är oförändrad."))
    finally:
        workspace.close()


if __name__ == "__main__":
    sys.exit(main())
