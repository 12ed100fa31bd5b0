"""The import preview as lines of text: the command line's ``--dry-run`` and the dialog's summary."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.services.sync.merge import ChangeKind

if TYPE_CHECKING:
    from desktop_app.services.sync.importer import ImportPlan

KIND_LABELS = {
    ChangeKind.ADDED: "Ny",
    ChangeKind.CHANGED: "Ändrad",
    ChangeKind.DELETED: "Borttagen",
    ChangeKind.RESTORED: "Återställd",
    ChangeKind.CONFLICT: "KONFLIKT",
}


def headline(plan: ImportPlan) -> str:
    preview = plan.preview
    return (
        f"{preview.count(ChangeKind.ADDED)} nya, {preview.count(ChangeKind.CHANGED)} ändrade, "
        f"{preview.count(ChangeKind.DELETED)} borttagna, {preview.count(ChangeKind.RESTORED)} återställda, "
        f"{len(preview.conflicts)} konflikter"
    )


def source_line(plan: ImportPlan) -> str:
    info = plan.info
    scope = f", bara fokusområdet {info.scope_title}" if info.scope_id else ", hela planen"
    by = info.exported_by or "okänd"
    return f"Planfil {plan.source.name}: exporterad {info.exported_on_label} av {by}{scope}."


def summary_lines(plan: ImportPlan) -> list[str]:
    preview = plan.preview
    lines = [source_line(plan), f"Importen ger: {headline(plan)}."]
    if preview.is_empty:
        lines.append("Planfilen innehåller inget som inte redan finns i din plan.")
        return lines
    for group, title in preview.groups.items():
        lines.append("")
        lines.append(title)
        for change in (c for c in preview.changes if c.focus_area_id == group):
            flag = "  [utanför filens ansvarsområde]" if change.out_of_scope else ""
            lines.append(f"  {KIND_LABELS[change.kind]}: {change.what} {change.title}{flag}")
            if change.reason:
                lines.append(f"    {change.reason}")
            for field in change.conflicts:
                lines.append(f"    {field.label}: mina ”{field.mine}” ↔ deras ”{field.theirs}”")
            for field in change.changes:
                lines.append(f"    {field.label}: {field.mine} → {field.theirs}")
    if preview.out_of_scope:
        lines.append("")
        lines.append(
            f"Obs: {len(preview.out_of_scope)} ändringar ligger utanför fokusområdet "
            f"{plan.info.scope_title}, som filen exporterades för."
        )
    return lines
