"""``export`` and ``import``: sharing the plan by a ``.hplan`` file."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.services.messages import _, ngettext
from desktop_app.services.sync.errors import SyncError
from desktop_app.services.tree import read_tree
from desktop_app.services.user_profile import acting_user
from desktop_app.services.workspace import Workspace


def register(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser("export", help=_("exportera planen till en planfil (.hplan)"))
    export.add_argument(
        "file", type=Path, metavar=_("FIL.hplan"), help=_("planfilen som skapas eller ersätts")
    )
    export.add_argument(
        "--focus-area",
        metavar=_("KOD"),
        help=_("bara ett fokusområde, t.ex. 2 (för en fokusområdesansvarig)"),
    )
    export.set_defaults(func=run_export)

    import_ = commands.add_parser("import", help=_("importera en planfil och slå ihop den med din plan"))
    import_.add_argument("file", type=Path, metavar=_("FIL.hplan"), help=_("planfilen att importera"))
    import_.add_argument("--dry-run", action="store_true", help=_("visa bara vad importen skulle göra"))
    import_.add_argument(
        "--prefer", choices=["mine", "theirs"], help=_("avgör alla konflikter: mina värden eller filens")
    )
    import_.set_defaults(func=run_import, writes=True)


# The sync services (and the table classes behind them) are imported by the commands that use
# them: every start of the app goes through this module.


def run_export(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop_app.services.sync.export import export_plan

    focus_area_id = None
    if args.focus_area:
        node = read_tree(workspace.path).find(args.focus_area)
        if "." in args.focus_area:
            raise SyncError(
                _("{focus_area} är inte ett fokusområde. Ange fokusområdets kod, t.ex. 2.").format(
                    focus_area=args.focus_area
                )
            )
        focus_area_id = node.id
    result = export_plan(workspace.engine, workspace.path, args.file, acting_user(args.user), focus_area_id)
    scope = (
        _("fokusområdet {scope_title}").format(scope_title=result.info.scope_title)
        if focus_area_id
        else _("hela planen")
    )
    print(
        _("Exporterade {scope} ({activity_count} aktiviteter) till {path}.").format(
            scope=scope, activity_count=result.activity_count, path=result.path
        )
    )
    return 0


REPREVIEWS = 3
"""How often the command line works an import out again when the plan changes meanwhile."""


def run_import(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop_app.services.sync.errors import PlanChangedError
    from desktop_app.services.sync.importer import apply_import, discard_import, prepare_import
    from desktop_app.services.sync.merge import Choice

    for attempt in range(REPREVIEWS):
        plan = prepare_import(workspace, args.file, acting_user(args.user))
        try:
            if attempt:
                print()
                print(_("Planen ändrades medan importen förbereddes; förhandsgranskningen är gjord på nytt:"))
                print()
            for line in plan.summary_lines():
                print(line)
            if args.dry_run:
                print(_("\nProvkörning: ingenting ändrades."))
                return 0
            conflicts = plan.preview.conflicts
            if conflicts and args.prefer is None:
                raise SyncError(
                    _(
                        "Importen stoppades: {count} konflikter måste avgöras. Kör igen med "
                        "--prefer mine (behåll dina värden) eller --prefer theirs (ta filens), "
                        "eller importera i programmet och välj för varje konflikt."
                    ).format(count=len(conflicts))
                )
            choice = Choice(args.prefer) if args.prefer else Choice.THEIRS
            try:
                result = apply_import(workspace, plan, {c.key: choice for c in conflicts})
            except PlanChangedError:
                if attempt == REPREVIEWS - 1:
                    raise
                continue
        finally:
            discard_import(plan)
        if result.backup is None:
            print(_("\nIngenting att importera: planen hade redan allt i filen."))
        else:
            print(
                _("\nImporten är klar. Säkerhetskopia före importen: {backup}").format(backup=result.backup)
            )
            for line in result.code_lines():
                print(line)
        if result.marked:
            print(
                ngettext(
                    "{count} aktivitet markerad för uppföljning: värden som bryter mot planens regler "
                    "togs in som de var. handlingsplan check visar den.",
                    "{count} aktiviteter markerade för uppföljning: värden som bryter mot planens regler "
                    "togs in som de var. handlingsplan check visar dem.",
                    result.marked,
                ).format(count=result.marked)
            )
        return 0
    return 1
