"""Write a new Alembic revision for model changes: ``python tools/new_migration.py "what changed"``."""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from alembic import command

from database.store import alembic_config, create_database, head_revision


def main(message: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        engine = create_database(Path(folder) / "head.sqlite")
        config = alembic_config()
        number = int(re.sub(r"\D", "", head_revision())) + 1
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.revision(config, message=message, autogenerate=True, rev_id=f"{number:04d}")
        engine.dispose()


if __name__ == "__main__":
    main(" ".join(sys.argv[1:]) or "schema change")
