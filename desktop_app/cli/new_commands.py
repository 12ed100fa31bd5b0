"""``new FILE``: a new plan in its own database file; ``info``: the plan's own facts ("Om planen")."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.services.errors import PlanError
from desktop_app.services.messages import _
from desktop_app.services.user_profile import acting_user
from desktop_app.services.workspace import Workspace, open_workspace

TYPE_CHECKING = False  # typing.TYPE_CHECKING without loading typing (see services/messages.py)
if TYPE_CHECKING:
    from desktop_app.services.new_plan import PlanFacts

# desktop_app.services.new_plan (and SQLAlchemy with it) is loaded by ``new`` alone: every command's
# parser is built at each start, and the reading commands load no SQLAlchemy.


def register(commands: argparse._SubParsersAction) -> None:
    new = commands.add_parser(
        "new",
        help=_("skapa en ny plan i en egen databasfil"),
        description=_(
            "Skapa en ny plan i filen FIL. Utan källa blir den en kopia av strukturen "
            "(fokusområden, insatsområden, aktiviteter) i planen som --db anger, eller din egen."
        ),
    )
    new.add_argument(
        "file", type=Path, metavar=_("FIL"), help=_("den nya planens databasfil (får inte finnas)")
    )
    new.add_argument("--name", default="", metavar=_("NAMN"), help=_("planens namn (annars filens namn)"))
    source = new.add_mutually_exclusive_group()
    source.add_argument("--empty", action="store_true", help=_("en tom plan"))
    source.add_argument(
        "--from-xlsx",
        type=Path,
        metavar=_("FIL.xlsx"),
        help=_("fokusområden, insatsområden och aktiviteter från en aktivitetsplan i Excel"),
    )
    source.add_argument(
        "--from-docx",
        type=Path,
        metavar=_("FIL.docx"),
        help=_("planens träd ur ett Word-dokument (rubriker, numrerade listor och punktnivåer)"),
    )
    new.add_argument(
        "--decided",
        action="store_true",
        help=_(
            "planen är antagen: aktiviteterna blir beslutade (annars föreslagna; en Excel-fil anger själv)"
        ),
    )
    new.set_defaults(func=run_new, needs_workspace=False)

    info = commands.add_parser("info", help=_("visa eller ändra uppgifterna om planen (Om planen)"))
    info.add_argument("--name", metavar=_("NAMN"), help=_("planens namn"))
    info.add_argument("--strategy", metavar=_("NAMN"), help=_("strategins namn"))
    info.add_argument("--reference", metavar=_("DNR"), help=_("diarienummer, t.ex. KS 16/70"))
    info.add_argument("--period", metavar=_("ÅÅÅÅ-ÅÅÅÅ"), help=_("planperiod, t.ex. 2025-2028"))
    info.add_argument("--owner", metavar=_("ORGANISATION"), help=_("ägare (organisation)"))
    info.set_defaults(func=run_info)


def plan_name_for(args: argparse.Namespace) -> str:
    return " ".join(str(args.name).split()) or Path(args.file).stem


def run_new(args: argparse.Namespace, db: Path | None) -> int:
    from desktop_app.services.new_plan import PlanDraft, PlanFacts, check_new_plan_path, create_plan, draft_of

    target = check_new_plan_path(args.file)
    facts = PlanFacts(plan_name=plan_name_for(args))
    if args.from_xlsx is not None:
        return _from_xlsx(args.from_xlsx, target, facts)
    if args.from_docx is not None:
        return _from_docx(args.from_docx, target, args)
    if args.empty:
        draft = PlanDraft()
    else:
        workspace = open_workspace(db)
        try:
            draft = draft_of(workspace.path)
        finally:
            workspace.close()
    draft.decided = args.decided
    create_plan(target, facts, draft, acting_user(getattr(args, "user", None)))
    areas, initiatives, activities = draft.counts()
    print(
        _(
            "Planen ”{name}” skapades i {path}: {areas} fokusområden, {initiatives} insatsområden, "
            "{activities} aktiviteter."
        ).format(
            name=facts.plan_name, path=target, areas=areas, initiatives=initiatives, activities=activities
        )
    )
    return 0


def _from_xlsx(source: Path, target: Path, facts: PlanFacts) -> int:
    from desktop_app.services.excel import read_spreadsheet
    from desktop_app.services.excel.structure import new_plan_from_sheet

    path, draft, activities = new_plan_from_sheet(read_spreadsheet(source), target, facts, acting_user())
    areas, initiatives, _none = draft.counts()
    print(
        _(
            "Planen ”{name}” skapades i {path} från {source}: {areas} fokusområden, "
            "{initiatives} insatsområden, {activities} aktiviteter."
        ).format(
            name=facts.plan_name,
            path=path,
            source=source.name,
            areas=areas,
            initiatives=initiatives,
            activities=activities,
        )
    )
    return 0


def _from_docx(source: Path, target: Path, args: argparse.Namespace) -> int:
    from desktop_app.services.new_plan import PlanFacts, create_plan
    from desktop_app.services.word_plan import draft_from_lines, propose_from_docx, suggested_plan_name

    draft, problems = draft_from_lines(propose_from_docx(source))
    if problems:
        raise PlanError(
            _(
                "Planens träd kunde inte läsas ur {file}: {problem} Skapa planen i programmet, där raderna "
                "kan rättas."
            ).format(file=source.name, problem=problems[0])
        )
    name = " ".join(str(args.name).split()) or suggested_plan_name(source)
    facts = PlanFacts(plan_name=name)
    draft.decided = args.decided
    create_plan(target, facts, draft, acting_user(getattr(args, "user", None)))
    areas, initiatives, activities = draft.counts()
    print(
        _(
            "Planen ”{name}” skapades i {path} från {source}: {areas} fokusområden, "
            "{initiatives} insatsområden, {activities} aktiviteter."
        ).format(
            name=name,
            path=target,
            source=source.name,
            areas=areas,
            initiatives=initiatives,
            activities=activities,
        )
    )
    return 0


def run_info(args: argparse.Namespace, workspace: Workspace) -> int:
    """Print the plan's facts, after changing those given (one transaction)."""
    from desktop_app.services.errors import ValidationError
    from desktop_app.services.plan_info import read_plan_info, update_plan_info

    changes: dict[str, object] = {}
    for option, field in (
        ("name", "plan_name"),
        ("strategy", "name"),
        ("reference", "reference"),
        ("owner", "organisation"),
    ):
        if getattr(args, option) is not None:
            changes[field] = getattr(args, option)
    if args.period is not None:
        years = [part.strip() for part in args.period.replace("–", "-").split("-")]
        if len(years) != 2:
            raise ValidationError(_("Perioden anges som två årtal, till exempel 2025-2028."), "period")
        changes["period_start"], changes["period_end"] = years
    if changes:
        update_plan_info(workspace.engine, acting_user(getattr(args, "user", None)), changes)
    info = read_plan_info(workspace.path)
    if info is None:
        raise PlanError(_("Planen saknar uppgifter om sig själv (ingen strategi)."))
    print(info.title)
    for label, value in info.facts():
        print(f"{label}: {value}")
    return 0
