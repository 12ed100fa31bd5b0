"""``report steering`` and ``report annual``: the PDF reports from the command line."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from desktop_app.cli.parser import add_language_option, fail
from desktop_app.services.file_access import check_output, describe
from desktop_app.services.messages import _
from desktop_app.services.user_profile import acting_user
from desktop_app.services.workspace import Workspace


def register(commands: argparse._SubParsersAction) -> None:
    report = commands.add_parser("report", help=_("skriv en rapport som PDF eller Word-dokument"))
    kinds = report.add_subparsers(dest="report_kind", metavar=_("RAPPORT"), required=True)

    steering = kinds.add_parser("steering", help=_("styrgruppsrapport"))
    steering.add_argument("--out", required=True, type=Path, metavar=_("FIL"), help=_("filen som skrivs"))
    steering.add_argument(
        "--meeting",
        metavar=_("ÅÅÅÅ-MM-DD"),
        help=_("mötets datum (utan: det senaste mötet, eller dagsläget)"),
    )
    _add_format_option(steering)
    add_language_option(steering)
    steering.set_defaults(func=run_steering, ends_at_once=True)

    annual = kinds.add_parser("annual", help=_("årlig sammanställning till kommunstyrelsen"))
    annual.add_argument("--year", required=True, metavar=_("ÅÅÅÅ"), help=_("året som sammanställs"))
    annual.add_argument("--out", required=True, type=Path, metavar=_("FIL"), help=_("filen som skrivs"))
    _add_format_option(annual)
    add_language_option(annual)
    annual.set_defaults(func=run_annual, ends_at_once=True)


FORMATS = ("pdf", "docx")


def _add_format_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        choices=FORMATS,
        help=_("pdf eller docx (Word); utan: efter filnamnets ändelse, annars pdf"),
    )


def report_format(args: argparse.Namespace) -> str:
    """The format asked for, else the one the file name ends in (``.docx``), else PDF."""
    if args.format:
        return args.format
    return "docx" if args.out.suffix.lower() == ".docx" else "pdf"


# ReportLab and the report data are imported by the commands that use them: every start of the
# app goes through this module.


def run_steering(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop_app.reports.failure import failure_message
    from desktop_app.reports.steering import write_steering_report
    from desktop_app.services.report_data import gather_steering

    meeting = None
    if args.meeting is not None:
        try:
            meeting = date.fromisoformat(args.meeting.strip())
        except ValueError:
            return fail(
                _("”{meeting}” är inget datum; ange mötets datum som ÅÅÅÅ-MM-DD.").format(
                    meeting=args.meeting
                )
            )
    file_format = report_format(args)
    check_output(args.out.expanduser())
    write = write_steering_report
    if file_format == "docx":
        from desktop_app.reports.word import write_steering_docx as write
    try:
        data = gather_steering(workspace.path, meeting, prepared_by=acting_user(getattr(args, "user", None)))
        write(data, args.out.expanduser())
    except OSError as error:
        return fail(describe(args.out, error, writing=True))
    except Exception as error:  # a report never ends in a traceback: one line, exit 1
        return fail(failure_message(error))
    print(
        _("Styrgruppsrapporten för {report_date} är skriven till {out}.").format(
            report_date=data.report_date.isoformat(), out=args.out
        )
    )
    return 0


def run_annual(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop_app.reports.annual import write_annual_report
    from desktop_app.reports.failure import failure_message
    from desktop_app.services.report_data import check_year, gather_annual

    try:
        year = int(args.year.strip())
    except ValueError:
        return fail(_("”{year}” är inget år; ange året med fyra siffror, t.ex. 2026.").format(year=args.year))
    check_year(year)
    file_format = report_format(args)
    check_output(args.out.expanduser())
    write = write_annual_report
    if file_format == "docx":
        from desktop_app.reports.word import write_annual_docx as write
    try:
        data = gather_annual(workspace.path, year, prepared_by=acting_user(getattr(args, "user", None)))
        write(data, args.out.expanduser())
    except OSError as error:
        return fail(describe(args.out, error, writing=True))
    except Exception as error:  # a report never ends in a traceback: one line, exit 1
        return fail(failure_message(error))
    print(_("Den årliga sammanställningen för {year} är skriven till {out}.").format(year=year, out=args.out))
    return 0
