"""``export`` and ``import``: sharing the plan by a ``.hplan`` file."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.services.sync.errors import SyncError
from desktop_app.services.tree import read_tree
from desktop_app.services.workspace import Workspace, current_user


def register(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser("export", help="exportera planen till en planfil (.hplan)")
    export.add_argument("file", type=Path, metavar="FIL.hplan", help="planfilen som skapas eller ersätts")
    export.add_argument(
        "--focus-area", metavar="KOD", help="bara ett fokusområde, t.ex. 2 (för en fokusområdesansvarig)"
    )
    export.set_defaults(func=run_export)

    import_ = commands.add_parser("import", help="importera en planfil och slå ihop den med din plan")
    import_.add_argument("file", type=Path, metavar="FIL.hplan", help="planfilen att importera")
    import_.add_argument("--dry-run", action="store_true", help="visa bara vad importen skulle göra")
    import_.add_argument(
        "--prefer", choices=["mine", "theirs"], help="avgör alla konflikter: mina värden eller filens"
    )
    import_.set_defaults(func=run_import)


# The sync services (and the table classes behind them) are imported by the commands that use
# them: every start of the app goes through this module.


def run_export(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop_app.services.sync.export import export_plan

    focus_area_id = None
    if args.focus_area:
        node = read_tree(workspace.path).find(args.focus_area)
        if "." in args.focus_area:
            raise SyncError(f"{args.focus_area} är inte ett fokusområde. Ange fokusområdets kod, t.ex. 2.")
        focus_area_id = node.id
    result = export_plan(workspace.engine, workspace.path, args.file, current_user(), focus_area_id)
    scope = f"fokusområdet {result.info.scope_title}" if focus_area_id else "hela planen"
    print(f"Exporterade {scope} ({result.activity_count} aktiviteter) till {result.path}.")
    return 0


def run_import(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop_app.services.sync.importer import apply_import, discard_import, prepare_import
    from desktop_app.services.sync.merge import Choice

    plan = prepare_import(workspace, args.file, current_user())
    try:
        for line in plan.summary_lines():
            print(line)
        if args.dry_run:
            print("\nProvkörning: ingenting ändrades.")
            return 0
        conflicts = plan.preview.conflicts
        if conflicts and args.prefer is None:
            raise SyncError(
                f"Importen stoppades: {len(conflicts)} konflikter måste avgöras. Kör igen med "
                "--prefer mine (behåll dina värden) eller --prefer theirs (ta filens), "
                "eller importera i programmet och välj för varje konflikt."
            )
        choice = Choice(args.prefer) if args.prefer else Choice.THEIRS
        result = apply_import(workspace, plan, {c.key: choice for c in conflicts})
    finally:
        discard_import(plan)
    if result.backup is None:
        print("\nIngenting att importera: planen hade redan allt i filen.")
    else:
        print(f"\nImporten är klar. Säkerhetskopia före importen: {result.backup}")
    return 0
