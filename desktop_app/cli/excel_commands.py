"""``xlsx export FILE.xlsx`` and ``xlsx import FILE.xlsx [--dry-run]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.services.messages import _
from desktop_app.services.user_profile import acting_user
from desktop_app.services.workspace import Workspace


def register(commands: argparse._SubParsersAction) -> None:
    xlsx = commands.add_parser(
        "xlsx", help=_("exportera aktivitetsplanen till Excel eller importera från Excel")
    )
    actions = xlsx.add_subparsers(dest="xlsx_command", metavar="export|import", required=True)

    export = actions.add_parser("export", help=_("skriv aktivitetsplanen till en Excel-fil (.xlsx)"))
    export.add_argument("file", type=Path, metavar=_("FIL.xlsx"))
    export.set_defaults(func=run_export)

    import_ = actions.add_parser("import", help=_("läs aktiviteter och status från en Excel-fil (.xlsx)"))
    import_.add_argument("file", type=Path, metavar=_("FIL.xlsx"))
    import_.add_argument(
        "--dry-run", action="store_true", help=_("visa bara vad som skulle ändras, ändra ingenting")
    )
    import_.set_defaults(func=run_import, writes=True)


# The Excel services (openpyxl) are imported by the commands that use them: every start of the
# app goes through this module, and loading openpyxl would cost it a fifth of a second.


def run_export(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop_app.services.excel import export_workbook
    from desktop_app.services.excel.preview import count_words

    summary = export_workbook(workspace.engine, args.file)
    print(
        _("Aktivitetsplanen är exporterad till {path}: {count_words}, {count_words2}.").format(
            path=summary.path,
            count_words=count_words(summary.activities, _("aktivitet"), _("aktiviteter")),
            count_words2=count_words(summary.status_reports, _("statusrapport"), _("statusrapporter")),
        )
    )
    if summary.shortened:
        print(
            _(
                "Obs: {count} texter har tecken som en Excel-cell inte kan hålla (styrtecken, eller fler än "
                "32 767 tecken) och skrevs utan dem. Planen är oförändrad, och en import av filen "
                "ändrar inte de texterna."
            ).format(count=summary.shortened)
        )
    return 0


def run_import(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop_app.services.excel import apply_import, build_preview, read_spreadsheet

    preview = build_preview(workspace.engine, read_spreadsheet(args.file))
    for line in preview.summary_lines():
        print(line)
    if preview.stale_count:
        print(
            _(
                "{count} rader har värden som är äldre än planens (planen ändrades efter att filen "
                "exporterades) och lämnas som planen har dem. Vill du ta dem ändå: importera i "
                "programmet och bocka för dem."
            ).format(count=preview.stale_count)
        )
    if preview.problems:
        print(
            _("handlingsplan: {count} problem i filen; ingenting har importerats:").format(
                count=len(preview.problems)
            ),
            file=sys.stderr,
        )
        for problem in preview.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    if args.dry_run:
        print(_("Provkörning: ingenting har ändrats."))
        return 0
    if not preview.has_changes:
        print(
            _("Ingenting att importera: filen stämmer med planen eller är äldre; ingenting har ändrats.")
            if preview.stale_count
            else _("Filen stämmer redan med planen; ingenting har ändrats.")
        )
        return 0
    result = apply_import(workspace, preview, acting_user(args.user))
    print(
        _("Importen är klar: {counts_line}. Säkerhetskopia före importen: {backup}").format(
            counts_line=preview.counts_line(), backup=result.backup
        )
    )
    return 0
