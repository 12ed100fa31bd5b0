"""Measure export and import of a 10,000-activity plan with 10 % changed on each side.

    python tools/benchmark_sync.py

Targets (issue 6): export within 1.5× a raw SQLite backup of the same
database; import with merge under 2 s. Export and backup are each timed as
the best of three runs, as the machine is shared.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from contextlib import closing
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from database.store import create_database, make_engine
from desktop_app.services.sync.export import export_plan
from desktop_app.services.sync.importer import apply_import, discard_import, prepare_import
from desktop_app.services.sync.merge import Choice
from desktop_app.services.workspace import Workspace

ACTIVITIES = 10_000
STAMP = "2024-01-01 00:00:00.000000"


def build(path: Path) -> None:
    create_database(path).dispose()
    common = (STAMP, STAMP, "bench", None)
    with closing(sqlite3.connect(path)) as connection, connection:
        strategy = str(uuid.uuid4())
        connection.execute(
            "INSERT INTO strategy VALUES (?, ?, ?, ?, ?, 'Strategi', '', '', 2016, 2022, '')",
            (strategy, *common),
        )
        initiatives = []
        for a in range(5):
            area = str(uuid.uuid4())
            connection.execute(
                "INSERT INTO focusarea VALUES (?, ?, ?, ?, ?, ?, ?, ?, '')",
                (area, *common, strategy, a, f"FA {a}"),
            )
            for i in range(20):
                initiative = str(uuid.uuid4())
                initiatives.append(initiative)
                connection.execute(
                    "INSERT INTO initiative VALUES (?, ?, ?, ?, ?, ?, ?, ?, '')",
                    (initiative, *common, area, i, f"Insats {a}.{i}"),
                )
        connection.executemany(
            "INSERT INTO activity VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'Beskrivning', NULL, '', NULL, NULL, 0,"
            " 'decided', NULL, NULL)",
            [
                (str(uuid.uuid4()), *common, initiatives[n % len(initiatives)], n, f"Aktivitet {n}")
                for n in range(ACTIVITIES)
            ],
        )


def change_tenth(path: Path, side: str, seed: int) -> None:
    chooser = random.Random(seed)
    with closing(sqlite3.connect(path)) as connection, connection:
        ids = [row[0] for row in connection.execute("SELECT id FROM activity")]
        chosen = chooser.sample(ids, ACTIVITIES // 10)
        now = f"2025-0{seed}-01 00:00:00.000000"
        connection.executemany(
            "UPDATE activity SET owner = ?, modified_at = ?, modified_by = ? WHERE id = ?",
            [(f"{side} {n}", now, side, i) for n, i in enumerate(chosen[: len(chosen) // 2])],
        )
        connection.executemany(
            "INSERT INTO statusreport (id, created_at, modified_at, modified_by, activity_id, reported_on,"
            " status, comment, cause, recommended_action, reported_by, action_agreed_by)"
            " VALUES (?, ?, ?, ?, ?, '2025-01-01', 'green', '', '', '', ?, '')",
            [(str(uuid.uuid4()), now, now, side, i, side) for i in chosen[len(chosen) // 2 :]],
        )


def timed(action) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="sync-bench-"))
    try:
        (folder / "a").mkdir()
        (folder / "b").mkdir()
        a_path, b_path = folder / "a" / "plan.sqlite", folder / "b" / "plan.sqlite"
        build(a_path)
        shutil.copyfile(a_path, b_path)
        a = Workspace(a_path, make_engine(a_path), False)
        b = Workspace(b_path, make_engine(b_path), False)
        first = export_plan(a.engine, a.path, folder / "first.hplan", "a").path
        plan = prepare_import(b, first, "b")
        apply_import(b, plan)
        change_tenth(a_path, "A", 1)
        change_tenth(b_path, "B", 2)

        def raw_backup() -> None:
            with (
                closing(sqlite3.connect(a_path)) as source,
                closing(sqlite3.connect(folder / "raw.sqlite")) as target,
            ):
                source.backup(target)

        raw = min(timed(raw_backup)[0] for _ in range(3))
        exports = [timed(lambda: export_plan(a.engine, a.path, folder / "a.hplan", "a")) for _ in range(3)]
        export_time, result = min(exports, key=lambda measured: measured[0])
        prepare_time, plan = timed(lambda: prepare_import(b, result.path, "b"))
        apply_time, _ = timed(
            lambda: apply_import(b, plan, {c.key: Choice.THEIRS for c in plan.preview.conflicts})
        )
        discard_import(plan)
        print(f"raw SQLite backup:   {raw * 1000:7.0f} ms")
        print(f"export:              {export_time * 1000:7.0f} ms  ({export_time / raw:.2f}× the raw backup)")
        print(f"import, merge:       {prepare_time * 1000:7.0f} ms  ({len(plan.preview.changes)} changes)")
        print(f"import, apply:       {apply_time * 1000:7.0f} ms  (backup + one transaction)")
        print(f"import in total:     {(prepare_time + apply_time) * 1000:7.0f} ms")
        a.close()
        b.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
