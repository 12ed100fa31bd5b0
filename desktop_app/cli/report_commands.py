"""``report steering`` and ``report annual``: the PDF reports from the command line."""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path

from desktop_app.cli.parser import fail
from desktop_app.services.workspace import Workspace, current_user


def register(commands: argparse._SubParsersAction) -> None:
    report = commands.add_parser("report", help="skriv en rapport som PDF")
    kinds = report.add_subparsers(dest="report_kind", metavar="RAPPORT", required=True)

    steering = kinds.add_parser("steering", help="styrgruppsrapport")
    steering.add_argument("--out", required=True, type=Path, metavar="FIL.pdf", help="PDF-filen som skrivs")
    steering.add_argument(
        "--meeting", metavar="ÅÅÅÅ-MM-DD", help="mötets datum (utan: det senaste mötet, eller dagsläget)"
    )
    steering.set_defaults(func=run_steering)

    annual = kinds.add_parser("annual", help="årlig sammanställning till kommunstyrelsen")
    annual.add_argument("--year", required=True, metavar="ÅÅÅÅ", help="året som sammanställs")
    annual.add_argument("--out", required=True, type=Path, metavar="FIL.pdf", help="PDF-filen som skrivs")
    annual.set_defaults(func=run_annual)


def _writable(path: Path) -> str | None:
    """Why a PDF cannot be written at ``path``, or ``None`` when it can."""
    path = path.expanduser()
    folder = path.parent
    if path.is_dir():
        return f"{path} är en mapp; ange ett filnamn som slutar på .pdf."
    if not folder.is_dir():
        return f"Mappen {folder} finns inte."
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return f"Det går inte att skriva till {path}."
    return None


# ReportLab and the report data are imported by the commands that use them: every start of the
# app goes through this module.


def run_steering(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop_app.reports.steering import write_steering_report
    from desktop_app.services.report_data import gather_steering

    meeting = None
    if args.meeting is not None:
        try:
            meeting = date.fromisoformat(args.meeting.strip())
        except ValueError:
            return fail(f"”{args.meeting}” är inget datum; ange mötets datum som ÅÅÅÅ-MM-DD.")
    problem = _writable(args.out)
    if problem:
        return fail(problem)
    data = gather_steering(workspace.path, meeting, prepared_by=current_user())
    try:
        write_steering_report(data, args.out.expanduser())
    except OSError as error:
        return fail(f"Rapporten kunde inte skrivas till {args.out}: {error.strerror or error}.")
    print(f"Styrgruppsrapporten för {data.report_date.isoformat()} är skriven till {args.out}.")
    return 0


def run_annual(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop_app.reports.annual import write_annual_report
    from desktop_app.services.report_data import check_year, gather_annual

    try:
        year = int(args.year.strip())
    except ValueError:
        return fail(f"”{args.year}” är inget år; ange året med fyra siffror, t.ex. 2026.")
    check_year(year)
    problem = _writable(args.out)
    if problem:
        return fail(problem)
    data = gather_annual(workspace.path, year, prepared_by=current_user())
    try:
        write_annual_report(data, args.out.expanduser())
    except OSError as error:
        return fail(f"Rapporten kunde inte skrivas till {args.out}: {error.strerror or error}.")
    print(f"Den årliga sammanställningen för {year} är skriven till {args.out}.")
    return 0
