"""Editing the plan: create, change, move, delete (tombstone) and report status.

Every write is one transaction.  Each operation returns what is needed to
undo it, so the desktop client can wrap it in an undo command.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, SQLModel, col, select

from database.enums import Lifecycle, StatusColour
from database.models import (
    Activity,
    ActivityOffice,
    FocusArea,
    Initiative,
    Office,
    StatusReport,
    Strategy,
    SyncRecord,
    utc_now,
)
from database.numbering import all_codes, next_number, remember_former_codes
from desktop_app.services.errors import NotFoundError, PlanError, ValidationError
from desktop_app.services.follow_up import resolve as resolve_follow_up
from desktop_app.services.lifecycle import hand_change_day, record_change
from desktop_app.services.messages import _
from desktop_app.services.person_links import resolve, shown
from desktop_app.services.records import RecordService, Tombstoned
from desktop_app.services.rules import check_status_report, check_title_length, validate_activity
from desktop_app.services.tree import CurrentStatus, PlanTree, read_status_history, read_tree

ACTIVITY_FIELDS = frozenset(
    {
        "title",
        "description",
        "responsible_office_id",
        "owner",
        "owner_person_id",
        "participating_office_ids",
        "start_month",
        "end_month",
        "ongoing",
        "lifecycle",
        "decision_date",
        "priority",
    }
)
INITIATIVE_FIELDS = frozenset({"statement", "description"})
FOCUS_AREA_FIELDS = frozenset({"title", "description"})


class PlanService(RecordService):
    """Plan operations on one database, done in the name of ``actor``."""

    # --- reading -------------------------------------------------------------------

    def tree(self) -> PlanTree:
        return read_tree(self.engine)

    def offices(self) -> list[Office]:
        with Session(self.engine) as session:
            rows = session.exec(
                select(Office).where(col(Office.deleted_at).is_(None)).order_by(col(Office.name))
            )
            return list(rows)

    def status_history(self, activity_id: str) -> list[CurrentStatus]:
        """Every live status report of an activity, newest first."""
        return read_status_history(self.engine, activity_id)

    # --- helpers -----------------------------------------------------------------

    @staticmethod
    def _next_position(session: Session, model: type[SQLModel], parent_column: Any, parent_id: str) -> int:
        highest = session.exec(
            select(func.max(model.position)).where(parent_column == parent_id)  # type: ignore[attr-defined]
        ).one()
        return 0 if highest is None else highest + 1

    # --- focus areas and initiatives ---------------------------------------------

    def create_focus_area(self, title: str, description: str = "") -> str:
        if not title.strip():
            raise ValidationError(_("Fokusområdet måste ha en titel."), "title")
        check_title_length(title)
        with Session(self.engine) as session, session.begin():
            strategy = session.exec(select(Strategy).where(col(Strategy.deleted_at).is_(None))).first()
            if strategy is None:
                raise PlanError(_("Planen saknar en näringslivsstrategi att lägga fokusområdet under."))
            highest = session.exec(select(func.max(FocusArea.position))).one()
            area = FocusArea(
                strategy_id=strategy.id,
                title=title.strip(),
                description=description,
                position=0 if highest is None else highest + 1,
            )
            session.add(self._new(area))
            return area.id

    def create_initiative(self, focus_area_id: str, statement: str, description: str = "") -> str:
        if not statement.strip():
            raise ValidationError(_("Insatsområdet måste ha en text."), "statement")
        check_title_length(statement, "statement")
        with Session(self.engine) as session, session.begin():
            self._live(session, FocusArea, focus_area_id, _("Fokusområdet"))
            initiative = Initiative(
                focus_area_id=focus_area_id,
                statement=statement.strip(),
                description=description,
                position=self._next_position(session, Initiative, Initiative.focus_area_id, focus_area_id),
            )
            session.add(self._new(initiative))
            return initiative.id

    def update_focus_area(self, focus_area_id: str, changes: Mapping[str, Any]) -> dict[str, Any]:
        """Change fields; returns the old values of the fields that changed."""
        unknown = set(changes) - FOCUS_AREA_FIELDS
        if unknown:
            raise PlanError(_("Okända fält: {items}.").format(items=", ".join(sorted(unknown))))
        if "title" in changes and not str(changes["title"]).strip():
            raise ValidationError(_("Fokusområdet måste ha en titel."), "title")
        if "title" in changes:
            check_title_length(str(changes["title"]))
        return self._update(FocusArea, focus_area_id, changes, _("Fokusområdet"))

    def update_initiative(self, initiative_id: str, changes: Mapping[str, Any]) -> dict[str, Any]:
        unknown = set(changes) - INITIATIVE_FIELDS
        if unknown:
            raise PlanError(_("Okända fält: {items}.").format(items=", ".join(sorted(unknown))))
        if "statement" in changes and not str(changes["statement"]).strip():
            raise ValidationError(_("Insatsområdet måste ha en text."), "statement")
        if "statement" in changes:
            check_title_length(str(changes["statement"]), "statement")
        return self._update(Initiative, initiative_id, changes, _("Insatsområdet"))

    def _update(
        self, model: type[SyncRecord], record_id: str, changes: Mapping[str, Any], what: str
    ) -> dict[str, Any]:
        with Session(self.engine) as session, session.begin():
            record = self._live(session, model, record_id, what)
            old = {
                name: getattr(record, name)
                for name, value in changes.items()
                if getattr(record, name) != value
            }
            if old:
                for name in old:
                    setattr(record, name, changes[name])
                self._touch(record)
            return old

    # --- activities ---------------------------------------------------------------

    def create_activity(
        self,
        initiative_id: str,
        title: str,
        *,
        lifecycle: Lifecycle = Lifecycle.PROPOSED,
        **fields: Any,
    ) -> str:
        """Add an activity at the end of an initiative; returns its id."""
        values = {"title": title.strip(), "lifecycle": lifecycle, **fields}
        unknown = set(values) - ACTIVITY_FIELDS
        if unknown:
            raise PlanError(_("Okända fält: {items}.").format(items=", ".join(sorted(unknown))))
        validate_activity(values)
        office_ids = values.pop("participating_office_ids", ())
        with Session(self.engine) as session, session.begin():
            self._live(session, Initiative, initiative_id, _("Insatsområdet"))
            values.update(resolve(session, values, "owner", "owner_person_id"))
            activity = Activity(
                initiative_id=initiative_id,
                position=self._next_position(session, Activity, Activity.initiative_id, initiative_id),
                **values,
            )
            session.add(self._new(activity))
            session.flush()
            self._set_participants(session, activity.id, set(office_ids))
            return activity.id

    def activity_values(self, activity_id: str) -> dict[str, Any]:
        """The editable fields of an activity, as ``update_activity`` takes them."""
        with Session(self.engine) as session:
            return self._activity_values(
                session, self._live(session, Activity, activity_id, _("Aktiviteten"))
            )

    def _activity_values(self, session: Session, activity: Activity) -> dict[str, Any]:
        values = {name: getattr(activity, name) for name in ACTIVITY_FIELDS - {"participating_office_ids"}}
        values["owner"] = shown(session, activity.owner, activity.owner_person_id)
        values["participating_office_ids"] = tuple(sorted(self._participants(session, activity.id)))
        return values

    def update_activity(self, activity_id: str, changes: Mapping[str, Any]) -> dict[str, Any]:
        """Change an activity's fields; returns the old values of those that changed."""
        unknown = set(changes) - ACTIVITY_FIELDS
        if unknown:
            raise PlanError(_("Okända fält: {items}.").format(items=", ".join(sorted(unknown))))
        with Session(self.engine) as session, session.begin():
            activity = self._live(session, Activity, activity_id, _("Aktiviteten"))
            current = self._activity_values(session, activity)
            changes = {**changes, **resolve(session, changes, "owner", "owner_person_id")}
            merged = {**current, **changes}
            if "participating_office_ids" in changes:
                merged["participating_office_ids"] = tuple(sorted(changes["participating_office_ids"]))
            validate_activity(merged)
            office_id = merged.get("responsible_office_id")
            if office_id and "responsible_office_id" in changes:
                self._live(session, Office, office_id, _("Kontoret/enheten"))
            old = {name: current[name] for name in changes if current[name] != merged[name]}
            if not old:
                return {}
            if {"owner", "owner_person_id"} & set(old):  # undo puts back the pair, linked or not
                old.update(owner=current["owner"], owner_person_id=current["owner_person_id"])
            if "lifecycle" in old:
                day = hand_change_day(
                    Lifecycle(merged["lifecycle"]), merged.get("decision_date"), date.today()
                )
                record_change(session, activity, merged["lifecycle"], day, self.actor)
            for name in old:
                if name == "participating_office_ids":
                    self._set_participants(session, activity_id, set(merged[name]))
                else:
                    setattr(activity, name, merged[name])
            self._touch(activity)
            session.flush()
            resolve_follow_up(session.connection(), activity_id, self.actor)
            return old

    @staticmethod
    def _participants(session: Session, activity_id: str) -> set[str]:
        links = session.exec(
            select(ActivityOffice).where(
                ActivityOffice.activity_id == activity_id, col(ActivityOffice.deleted_at).is_(None)
            )
        )
        return {link.office_id for link in links}

    def _set_participants(self, session: Session, activity_id: str, office_ids: set[str]) -> None:
        self._set_links(
            session,
            ActivityOffice,
            ("activity_id", activity_id),
            ("office_id", Office, _("Kontoret/enheten")),
            office_ids,
        )

    def move_activity(self, activity_id: str, initiative_id: str, index: int) -> tuple[str, int]:
        """Move an activity to ``index`` among the live activities of an initiative.

        Returns the initiative and index it had, to move it back.
        """
        with Session(self.engine) as session, session.begin():
            activity = self._live(session, Activity, activity_id, _("Aktiviteten"))
            self._live(session, Initiative, initiative_id, _("Insatsområdet"))
            old_parent = activity.initiative_id
            old_siblings = self._live_children(session, old_parent)
            old_index = [a.id for a in old_siblings].index(activity_id)
            siblings = [a for a in self._live_children(session, initiative_id) if a.id != activity_id]
            index = max(0, min(index, len(siblings)))
            siblings.insert(index, activity)
            if old_parent != initiative_id:
                connection = session.connection()
                before = all_codes(connection)
                activity.initiative_id = initiative_id
                activity.number = self._number_under(connection, activity_id, initiative_id, before)
                self._touch(activity)
                self._renumber(session, [a for a in old_siblings if a.id != activity_id])
                self._renumber(session, siblings)
                session.flush()
                remember_former_codes(connection, before, str(utc_now()))
            else:
                self._renumber(session, siblings)
            return old_parent, old_index

    @staticmethod
    def _number_under(connection: Any, activity_id: str, initiative_id: str, codes: dict[str, str]) -> int:
        """The number an activity moved to an initiative gets: the one it had there before, if that is
        still free (moving it back, or undoing the move, gives it its code back), else the next free."""
        prefix = codes[initiative_id] + "."
        taken = {
            row[0]
            for row in connection.exec_driver_sql(
                "SELECT number FROM activity WHERE initiative_id = ?", (initiative_id,)
            ).fetchall()
        }
        for (former,) in connection.exec_driver_sql(
            "SELECT code FROM formercode WHERE activity_id = ? ORDER BY changed_at DESC", (activity_id,)
        ).fetchall():
            rest = former.removeprefix(prefix)
            if former.startswith(prefix) and rest.isdigit() and int(rest) not in taken:
                return int(rest)
        return next_number(connection, "activity", initiative_id)

    @staticmethod
    def _live_children(session: Session, initiative_id: str) -> list[Activity]:
        rows = session.exec(
            select(Activity).where(
                Activity.initiative_id == initiative_id, col(Activity.deleted_at).is_(None)
            )
        )
        return sorted(rows, key=lambda a: (a.position, a.created_at, a.id))

    def _renumber(self, session: Session, ordered: list[Any]) -> None:
        for position, activity in enumerate(ordered):
            if activity.position != position:
                activity.position = position
                self._touch(activity)

    def move_focus_area(self, focus_area_id: str, index: int) -> int:
        """Move a focus area to ``index`` among the live focus areas; returns the index it had."""
        with Session(self.engine) as session, session.begin():
            area = self._live(session, FocusArea, focus_area_id, "Fokusområdet")
            siblings = self._ordered(
                session.exec(select(FocusArea).where(col(FocusArea.deleted_at).is_(None)))
            )
            old_index = [a.id for a in siblings].index(focus_area_id)
            others = [a for a in siblings if a.id != focus_area_id]
            others.insert(max(0, min(index, len(others))), area)
            self._renumber(session, others)
            return old_index

    def move_initiative(self, initiative_id: str, focus_area_id: str, index: int) -> tuple[str, int]:
        """Move an initiative to ``index`` in a focus area (its own or another), with its activities.

        Returns the focus area and index it had, to move it back.
        """
        with Session(self.engine) as session, session.begin():
            initiative = self._live(session, Initiative, initiative_id, "Insatsområdet")
            self._live(session, FocusArea, focus_area_id, "Fokusområdet")

            def live_initiatives(area_id: str) -> list[Initiative]:
                return self._ordered(
                    session.exec(
                        select(Initiative).where(
                            Initiative.focus_area_id == area_id, col(Initiative.deleted_at).is_(None)
                        )
                    )
                )

            old_area = initiative.focus_area_id
            old_siblings = live_initiatives(old_area)
            old_index = [i.id for i in old_siblings].index(initiative_id)
            siblings = [i for i in live_initiatives(focus_area_id) if i.id != initiative_id]
            siblings.insert(max(0, min(index, len(siblings))), initiative)
            if old_area != focus_area_id:
                connection = session.connection()
                before = all_codes(connection)
                initiative.focus_area_id = focus_area_id
                initiative.number = next_number(connection, "initiative", focus_area_id)
                self._touch(initiative)
                self._renumber(session, [i for i in old_siblings if i.id != initiative_id])
                self._renumber(session, siblings)
                session.flush()
                remember_former_codes(connection, before, str(utc_now()))
            else:
                self._renumber(session, siblings)
            return old_area, old_index

    @staticmethod
    def _ordered(rows: Any) -> list[Any]:
        return sorted(rows, key=lambda r: (r.position, r.created_at, r.id))

    # --- deleting and restoring ------------------------------------------------------

    def delete(self, record_id: str) -> Tombstoned:
        """Tombstone a focus area, initiative or activity and its live children.

        Returns ``(table, id)`` of every record tombstoned, for ``restore``.
        """
        removed: Tombstoned = []
        with Session(self.engine) as session, session.begin():

            def tombstone(record: SyncRecord) -> None:
                self._tombstone(record, removed)

            def delete_initiative(initiative: Initiative) -> None:
                for activity in self._live_children(session, initiative.id):
                    tombstone(activity)
                tombstone(initiative)

            for model in (Activity, Initiative, FocusArea):
                record = session.get(model, record_id)
                if record is not None:
                    break
            if record is None or record.deleted_at is not None:
                raise NotFoundError(_("Det som skulle tas bort finns inte längre i planen."))
            if isinstance(record, FocusArea):
                initiatives = session.exec(
                    select(Initiative).where(
                        Initiative.focus_area_id == record.id, col(Initiative.deleted_at).is_(None)
                    )
                )
                for initiative in list(initiatives):
                    delete_initiative(initiative)
                tombstone(record)
            elif isinstance(record, Initiative):
                delete_initiative(record)
            else:
                tombstone(record)
        return removed

    # --- status ----------------------------------------------------------------------

    def report_status(
        self,
        activity_id: str,
        status: StatusColour | str,
        *,
        reported_on: date | None = None,
        comment: str = "",
        cause: str = "",
        recommended_action: str = "",
        reported_by: str | None = None,
    ) -> str:
        """Append a status report to an activity's history; returns its id.

        The rules are ``rules.check_status_report``: yellow and red need a cause
        and a recommended action, and the date is not in the future.
        """
        reported_on = reported_on or date.today()
        colour = check_status_report(status, cause, recommended_action, reported_on)
        with Session(self.engine) as session, session.begin():
            self._live(session, Activity, activity_id, _("Aktiviteten"))
            report = StatusReport(
                activity_id=activity_id,
                reported_on=reported_on,
                status=colour,
                comment=comment.strip(),
                cause=cause.strip(),
                recommended_action=recommended_action.strip(),
                reported_by=self.actor if reported_by is None else reported_by,
            )
            session.add(self._new(report))
            session.flush()
            resolve_follow_up(session.connection(), activity_id, self.actor)
            return report.id

    def retract_status_report(self, report_id: str) -> None:
        """Tombstone a status report (the undo of ``report_status``)."""
        with Session(self.engine) as session, session.begin():
            self._tombstone(self._live(session, StatusReport, report_id, _("Statusrapporten")), [])
