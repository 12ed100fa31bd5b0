"""The one rule of a deviation: which reports make it up and which decision handles it.

Shared by the Avvikelser view (``services.deviations``), the decision register and both reports;
it needs no table classes, so the reports read without them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Protocol, TypeVar

from database.enums import DecisionKind, Lifecycle, StatusColour

DEVIATION_COLOURS = (StatusColour.YELLOW, StatusColour.RED)


class _Report(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def status(self) -> StatusColour | str: ...


class _Decision(Protocol):
    @property
    def kind(self) -> DecisionKind: ...
    @property
    def status_report_id(self) -> str | None: ...
    @property
    def meeting_date(self) -> date: ...


R = TypeVar("R", bound=_Report)
D = TypeVar("D", bound=_Decision)


FINISHED = (Lifecycle.COMPLETED, Lifecycle.CANCELLED)
"""Lifecycles whose activities are never deviations, whatever their latest report says: the
Avvikelser view and the reports neither list nor count them by colour."""


def deviation_run(reports_newest_first: Sequence[R]) -> list[R]:
    """The reports of an activity's deviation as its latest report shows it: that report and the
    unbroken run of reports of the same colour before it, newest first; empty when the latest
    report is green or there is none. A green report ends a deviation; a later yellow or red one
    starts a new one."""
    if not reports_newest_first:
        return []
    colour = StatusColour(reports_newest_first[0].status)
    if colour not in DEVIATION_COLOURS:
        return []
    run = []
    for report in reports_newest_first:
        if StatusColour(report.status) is not colour:
            break
        run.append(report)
    return run


def decision_on_deviation(
    run: Sequence[_Report], decisions: Iterable[D], until: date | None = None
) -> D | None:
    """The steering group's decision on the deviation whose reports are ``run``: the latest decision
    of kind *åtgärd på avvikelse* recorded on one of those reports, at a meeting held by ``until``.

    The one rule for the Avvikelser view and both reports: a decision on an earlier deviation of
    the same activity, or a decision of another kind (a prioritisation), is never this
    deviation's handling.
    """
    ids = {report.id for report in run}
    acting = [
        d
        for d in decisions
        if d.kind is DecisionKind.DEVIATION_ACTION
        and d.status_report_id in ids
        and (until is None or d.meeting_date <= until)
    ]
    return max(acting, key=lambda d: d.meeting_date, default=None)
