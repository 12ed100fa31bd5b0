"""``tree``, ``status`` and ``check``."""

from __future__ import annotations

import argparse

from database.store import current_revision, head_revision, integrity_problems
from desktop_app.services.labels import LIFECYCLE_LABELS, STATUS_LABELS, schedule_label
from desktop_app.services.messages import _, ngettext
from desktop_app.services.tree import ActivityNode, PlanTree, read_tree
from desktop_app.services.user_profile import acting_user
from desktop_app.services.workspace import Workspace

TYPE_CHECKING = False  # typing.TYPE_CHECKING without loading typing (see services/messages.py)
if TYPE_CHECKING:
    from typing import Any

_STATUS_MARKS = {"green": "●G", "yellow": "▲Y", "red": "■R", None: "○-"}


def register(commands: argparse._SubParsersAction) -> None:
    tree = commands.add_parser("tree", help=_("skriv ut planens träd"))
    tree.add_argument("--json", action="store_true", help=_("som JSON"))
    tree.set_defaults(func=run_tree, ends_at_once=True)  # it reads, prints and is done

    status = commands.add_parser("status", help=_("rapportera status för en aktivitet"))
    status.add_argument("code", metavar=_("KOD"), help=_("aktivitetens kod, t.ex. 1.1.1"))
    status.add_argument("colour", metavar="green|yellow|red", help=_("grön, gul eller röd"))
    status.add_argument("--comment", default="", metavar=_("TEXT"), help=_("kommentar"))
    status.add_argument(
        "--cause", default="", metavar=_("TEXT"), help=_("orsak till avvikelsen (krävs för gul och röd)")
    )
    status.add_argument("--action", default="", metavar=_("TEXT"), help=_("rekommenderad åtgärd"))
    status.set_defaults(func=run_status, writes=True)

    check = commands.add_parser("check", help=_("kontrollera databasens integritet och schema"))
    check.set_defaults(func=run_check)


def _activity_json(activity: ActivityNode) -> dict[str, Any]:
    current = activity.current
    return {
        "code": activity.code,
        "id": activity.id,
        "title": activity.title,
        "status": activity.status.value if activity.status else None,
        "status_date": current.reported_on.isoformat() if current else None,
        "comment": current.comment if current else "",
        "cause": current.cause if current else "",
        "recommended_action": current.recommended_action if current else "",
        "lifecycle": activity.lifecycle.value,
        "responsible_office": activity.responsible_office,
        "owner": activity.owner,
        "participating_offices": list(activity.participating_offices),
        "start": activity.start_month,
        "end": activity.end_month,
        "ongoing": activity.ongoing,
    }


def tree_json(tree: PlanTree) -> list[dict[str, Any]]:
    return [
        {
            "code": area.code,
            "id": area.id,
            "title": area.title,
            "initiatives": [
                {
                    "code": initiative.code,
                    "id": initiative.id,
                    "title": initiative.title,
                    "description": initiative.description,
                    "activities": [_activity_json(a) for a in initiative.activities],
                }
                for initiative in area.initiatives
            ],
        }
        for area in tree.focus_areas
    ]


def run_tree(args: argparse.Namespace, workspace: Workspace) -> int:
    tree = read_tree(workspace.path)
    if args.json:
        import json  # only for --json: the plain tree is printed without it

        print(json.dumps(tree_json(tree), ensure_ascii=False, indent=2))
        return 0
    print(tree.plan_name or tree.strategy_name)
    for area in tree.focus_areas:
        print(f"\n{area.code}  {area.title}")
        for initiative in area.initiatives:
            print(f"  {initiative.code}  {initiative.title}")
            for activity in initiative.activities:
                status = activity.status.value if activity.status else None
                details = [STATUS_LABELS[activity.status]]
                if activity.lifecycle.value != "decided":
                    details.append(LIFECYCLE_LABELS[activity.lifecycle])
                schedule = schedule_label(activity.start_month, activity.end_month, activity.ongoing)
                if schedule:
                    details.append(schedule)
                print(
                    f"    {_STATUS_MARKS[status]} {activity.code}  {activity.title}  ({', '.join(details)})"
                )
    return 0


# The writing service (and the table classes behind it) is imported by the command that writes:
# every start of the app goes through this module.


def run_status(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop_app.services.plan import PlanService

    service = PlanService(workspace.engine, acting_user(args.user))
    activity = service.tree().find_activity(args.code)
    service.report_status(
        activity.id, args.colour, comment=args.comment, cause=args.cause, recommended_action=args.action
    )
    reported = service.tree().find_activity(args.code)
    print(
        f"{reported.code} {reported.title}: {STATUS_LABELS[reported.status]} ({reported.current.reported_on})"
    )
    return 0


def run_check(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop_app.services.sync.stored_values import plan_value_problems

    problems = integrity_problems(workspace.engine)
    revision = current_revision(workspace.path)
    if revision != head_revision():
        problems.append(
            _("schemaversion {revision}, programmet väntar sig {head_revision}").format(
                revision=revision, head_revision=head_revision()
            )
        )
    values = plan_value_problems(workspace.engine) if revision == head_revision() else []
    problems.extend(str(problem) for problem in values)
    if revision == head_revision() and not problems:  # a plan with malformed values is repaired first
        _print_follow_up(workspace)
    if problems:
        print(_("Databasen {path} har problem:").format(path=workspace.path))
        for problem in problems:
            print(f"  - {problem}")
        if values:
            print(
                _(
                    "Så rättar du: värden som bryter mot planens regler, och poster som finns kvar under "
                    "något borttaget, kom oftast in med en importerad planfil. Ångra den importen "
                    "(Arkiv > Ångra senaste import) eller återställ en säkerhetskopia från före den "
                    "(Arkiv > Säkerhetskopior…); annars rätta värdet i programmet och kör check igen."
                )
            )
        return 1
    print(
        _("Databasen {path} är hel. Schemaversion {revision} (den senaste).").format(
            path=workspace.path, revision=revision
        )
    )
    return 0


def _print_follow_up(workspace: Workspace) -> None:
    """The activities marked for follow-up, with the rule each breaks (the plan is sound with them)."""
    from desktop_app.services.follow_up import read_open_marks

    marks = read_open_marks(workspace.engine)
    marked = [a for a in read_tree(workspace.engine).activities() if a.id in marks]
    if not marked:
        return
    print(
        ngettext(
            "{count} aktivitet markerad för uppföljning:",
            "{count} aktiviteter markerade för uppföljning:",
            len(marked),
        ).format(count=len(marked))
    )
    for activity in marked:
        for mark in marks[activity.id]:
            print(f"  ⚑ {activity.code} {activity.title}: {mark.text}")
    print(
        _(
            "Värdena kom in som de var med en planfil från en äldre version. Rätta dem i programmet "
            "(då tas markeringen bort) eller välj Markera som åtgärdad i aktivitetens vy."
        )
    )
