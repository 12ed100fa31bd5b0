"""The import's value checks read what each column must hold without the table classes."""

from __future__ import annotations

from database.link_ids import link_id
from database.models import SYNCED_TABLES
from database.stored_columns import NATURAL_KEYS, STORED_COLUMNS
from tools import update_stored_columns


def test_the_generated_columns_match_the_table_classes() -> None:
    assert update_stored_columns.main(["--check"]) == 0, "run python tools/update_stored_columns.py"


def test_every_synced_table_and_column_is_described() -> None:
    for model in SYNCED_TABLES:
        table = model.__tablename__  # type: ignore[attr-defined]
        names = [column[0] for column in STORED_COLUMNS[table]]
        assert names == [column.name for column in model.__table__.columns]  # type: ignore[attr-defined]
    assert set(STORED_COLUMNS) == {model.__tablename__ for model in SYNCED_TABLES}  # type: ignore[attr-defined]


def test_an_enum_column_knows_its_values_and_a_title_is_required() -> None:
    columns = {column[0]: column for column in STORED_COLUMNS["statusreport"]}
    assert columns["status"][1:] == ("enum", False, False, ("green", "yellow", "red"))
    assert columns["activity_id"][1] == "uuid"
    assert {column[0]: column for column in STORED_COLUMNS["activity"]}["title"][3] is True


def test_link_tables_name_their_natural_keys_and_the_link_id_is_the_models() -> None:
    assert NATURAL_KEYS["activityoffice"] == ("activity_id", "office_id")
    assert set(NATURAL_KEYS) == {"activityoffice", "activitygoal", "meetingattendee", "followupmark"}
    from database import models

    assert models.link_id is link_id
