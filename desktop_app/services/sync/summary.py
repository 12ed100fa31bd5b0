"""The import preview as lines of text: the command line's ``--dry-run`` and the dialog's summary."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.services.messages import N_, Labels, _, ngettext
from desktop_app.services.rules import rule_break_text
from desktop_app.services.sync.merge import ChangeKind

if TYPE_CHECKING:
    from desktop_app.services.sync.importer import ImportPlan

KIND_LABELS = Labels(
    {
        ChangeKind.ADDED: N_("Ny"),
        ChangeKind.CHANGED: N_("Ändrad"),
        ChangeKind.DELETED: N_("Borttagen"),
        ChangeKind.RESTORED: N_("Återställd"),
        ChangeKind.CONFLICT: "KONFLIKT",
    }
)


def headline(plan: ImportPlan) -> str:
    preview = plan.preview
    return _(
        "{count} nya, {count2} ändrade, {count3} borttagna, {count4} återställda, {count5} konflikter"
    ).format(
        count=preview.count(ChangeKind.ADDED),
        count2=preview.count(ChangeKind.CHANGED),
        count3=preview.count(ChangeKind.DELETED),
        count4=preview.count(ChangeKind.RESTORED),
        count5=len(preview.conflicts),
    )


def source_line(plan: ImportPlan) -> str:
    info = plan.info
    scope = (
        _(", bara fokusområdet {scope_title}").format(scope_title=info.scope_title)
        if info.scope_id
        else _(", hela planen")
    )
    by = info.exported_by or _("okänd")
    return _("Planfil {name}: exporterad {exported_on_label} av {by}{scope}.").format(
        name=plan.source.name, exported_on_label=info.exported_on_label, by=by, scope=scope
    )


def summary_lines(plan: ImportPlan) -> list[str]:
    preview = plan.preview
    lines = [source_line(plan), _("Importen ger: {headline}.").format(headline=headline(plan))]
    if preview.is_empty and not plan.follow_up:
        lines.append(_("Planfilen innehåller inget som inte redan finns i din plan."))
        return lines
    for group, title in preview.groups.items():
        lines.append("")
        lines.append(title)
        for change in (c for c in preview.changes if c.focus_area_id == group):
            flag = _("  [utanför filens ansvarsområde]") if change.out_of_scope else ""
            lines.append(f"  {KIND_LABELS[change.kind]}: {change.what} {change.title}{flag}")
            if change.reason:
                lines.append(f"    {change.reason}")
            for field in change.conflicts:
                lines.append(
                    _("    {label}: mina ”{mine}” ↔ deras ”{theirs}”").format(
                        label=field.label, mine=field.mine, theirs=field.theirs
                    )
                )
            for field in change.changes:
                lines.append(f"    {field.label}: {field.mine} → {field.theirs}")
    if plan.follow_up:
        lines.append("")
        lines.extend(follow_up_lines(plan))
    if preview.out_of_scope:
        lines.append("")
        lines.append(
            _(
                "Obs: {count} ändringar ligger utanför fokusområdet {scope_title}, som "
                "filen exporterades för."
            ).format(count=len(preview.out_of_scope), scope_title=plan.info.scope_title)
        )
    return lines


def follow_up_lines(plan: ImportPlan) -> list[str]:
    """The activities the import marks for follow-up, each with the rule its value breaks."""
    count = len({mark.activity_id for mark in plan.follow_up})
    lines = [
        ngettext(
            "{count} aktivitet markeras för uppföljning: filen har värden som bryter mot planens regler "
            "(från en äldre version). De tas in som de är.",
            "{count} aktiviteter markeras för uppföljning: filen har värden som bryter mot planens regler "
            "(från en äldre version). De tas in som de är.",
            count,
        ).format(count=count)
    ]
    for mark in plan.follow_up:
        lines.append(f"  ⚑ {mark.activity_name}: {rule_break_text(mark.rule.code, mark.rule.detail)}")
    return lines
