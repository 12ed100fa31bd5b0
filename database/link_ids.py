"""The ids of link rows, made from what they link (without the table classes, for the import's checks)."""

from __future__ import annotations

import uuid

LINK_NAMESPACE = uuid.UUID("a9d6675a-bfa6-4f73-b53f-aff087fa4331")
"""The namespace of link ids; migration 0003 holds the same constant."""


def link_id(table: str, *linked: str) -> str:
    """The id of a link row, made from what it links: every installation gives one link one id.

    So a link added on two installations is one record, and removing it on
    one side removes it everywhere.
    """
    return str(uuid.uuid5(LINK_NAMESPACE, "|".join((table, *linked))))
