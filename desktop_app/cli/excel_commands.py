"""``xlsx export FILE.xlsx`` and ``xlsx import FILE.xlsx [--dry-run]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.services.user_profile import acting_user
from desktop_app.services.workspace import Workspace


def register(commands: argparse._SubParsersAction) -> None:
    xlsx = commands.add_parser(
        "xlsx", help="exportera aktivitetsplanen till Excel eller importera från Excel"
    )
    actions = xlsx.add_subparsers(dest="xlsx_command", metavar="export|import", required=True)

    export = actions.add_parser("export", help="skriv aktivitetsplanen till en Excel-fil (.xlsx)")
    export.add_argument("file", type=Path, metavar="FIL.xlsx")
    export.set_defaults(func=run_export)

    import_ = actions.add_parser("import", help="läs aktiviteter och status från en Excel-fil (.xlsx)")
    import_.add_argument("file", type=Path, metavar="FIL.xlsx")
    import_.add_argument(
        "--dry-run", action="store_true", help="visa bara vad som skulle ändras, ändra ingenting"
    )
    import_.set_defaults(func=run_import)


# The Excel services (openpyxl) are imported by the commands that use them: every start of the
# app goes through this module, and loading openpyxl would cost it a fifth of a second.


def run_export(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop_app.services.excel import export_workbook
    from desktop_app.services.excel.preview import count_words

    summary = export_workbook(workspace.engine, args.file)
    print(
        f"Aktivitetsplanen är exporterad till {summary.path}: "
        f"{count_words(summary.activities, 'aktivitet', 'aktiviteter')}, "
        f"{count_words(summary.status_reports, 'statusrapport', 'statusrapporter')}."
    )
    return 0


def run_import(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop_app.services.excel import apply_import, build_preview, read_spreadsheet

    preview = build_preview(workspace.engine, read_spreadsheet(args.file))
    for line in preview.summary_lines():
        print(line)
    if preview.problems:
        print(
            f"handlingsplan: {len(preview.problems)} problem i filen; ingenting har importerats:",
            file=sys.stderr,
        )
        for problem in preview.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    if args.dry_run:
        print("Provkörning: ingenting har ändrats.")
        return 0
    if not preview.has_changes:
        print("Filen stämmer redan med planen; ingenting har ändrats.")
        return 0
    result = apply_import(workspace, preview, acting_user(args.user))
    print(f"Importen är klar: {preview.counts_line()}. Säkerhetskopia före importen: {result.backup}")
    return 0
