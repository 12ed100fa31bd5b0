"""Measure the app at 100 times the seed plan's size, against floors measured in the same run.

    python -m benchmarks.run [--runs N] [--json FILE]

Each figure is the median of ``--runs`` runs. Where a target is a ratio, the
floor (what the stack itself needs for the same job) is measured in the same
run on the same machine, interleaved with the app's runs, so that the ratio
holds however fast or busy the machine is. Everything Qt runs with
``QT_QPA_PLATFORM=offscreen`` in processes of its own, with settings folders
of their own. Not part of the test suite: it takes a few minutes.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ACTIVITIES = 10_000
SIZE = f"{ACTIVITIES:,}".replace(",", "\u00a0")  # "10 000", as Swedish writes it
FILTER_WORD = "företag"
"""Typed into the search field: in many titles, descriptions and comments of a synthetic plan."""


ORDER = (
    "cold_start",
    "open",
    "filter_keystroke",
    "filter_slowest_keystroke",
    "steering_report",
    "export",
    "import_merge",
    "peak_memory",
)


@dataclass
class Figure:
    key: str
    name: str
    unit: str
    median: float
    floor: float | None
    target: float
    samples: list[float]
    floor_samples: list[float] | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return self.median / self.floor if self.floor else None

    @property
    def measured(self) -> float:
        """What the target is compared with: the ratio when there is a floor, else the median."""
        ratio = self.ratio
        return self.median if ratio is None else ratio

    @property
    def met(self) -> bool:
        return self.measured <= self.target

    def as_json(self) -> dict[str, object]:
        values = asdict(self)
        values.update(ratio=self.ratio, met=self.met)
        return values


class Bench:
    """The folder, data and environment one benchmark run works in."""

    def __init__(self, folder: Path, runs: int) -> None:
        self.folder = folder
        self.runs = runs
        self.env = dict(os.environ)
        self.env.update(
            QT_QPA_PLATFORM="offscreen",
            PYTHONPATH=str(ROOT),
            XDG_CONFIG_HOME=str(folder / "config"),
            XDG_DATA_HOME=str(folder / "data"),
            XDG_CACHE_HOME=str(folder / "cache"),
            XDG_RUNTIME_DIR=str(folder / "runtime"),
        )
        (folder / "runtime").mkdir(mode=0o700)
        os.environ.update({k: v for k, v in self.env.items() if k.startswith("XDG_")})
        self.seeded = folder / "seeded.sqlite"
        self.big = folder / "big.sqlite"

    def prepare(self) -> None:
        from desktop_app.services.workspace import open_workspace

        # The app's own bytecode, as an installed app has it (pip and the frozen bundle compile it);
        # the floor's libraries have theirs since installation.
        compileall.compile_dir(ROOT / "desktop_app", quiet=1)
        compileall.compile_dir(ROOT / "database", quiet=1)
        open_workspace(self.seeded).close()
        started = time.perf_counter()
        # In a process of its own: on Linux a child's ru_maxrss starts at its parent's size when it
        # forked, so the measuring process must stay small until the memory has been measured.
        subprocess.run(
            [
                sys.executable,
                "-m",
                "benchmarks.synthetic",
                "--activities",
                str(ACTIVITIES),
                "--out",
                str(self.big),
            ],
            env=self.env,
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        print(f"Syntetisk plan med {SIZE} aktiviteter: {time.perf_counter() - started:.1f} s", flush=True)

    def worker(self, *args: str) -> dict[str, object]:
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.worker", *args],
            env=self.env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"benchmarks.worker {' '.join(args)} failed:\n{done.stderr}")
        return json.loads(done.stdout.strip().splitlines()[-1])

    def time_until_shown(self, *args: str) -> float:
        """From starting a process until it says its window is shown (its exit is not counted)."""
        started = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.worker", *args],
            env=self.env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert process.stdout is not None
        line = process.stdout.readline()
        elapsed = time.perf_counter() - started
        _out, errors = process.communicate()
        if line.strip() != "shown" or process.returncode != 0:
            raise RuntimeError(f"benchmarks.worker {' '.join(args)} failed:\n{errors}")
        return elapsed


def interleaved(runs: int, measured: Callable[[], float], floor: Callable[[], float]) -> tuple[list, list]:
    """``runs`` timings of each, alternating which goes first, so that drift hits both alike."""
    mine, floors = [], []
    for run in range(runs):
        if run % 2:
            floors.append(floor())
            mine.append(measured())
        else:
            mine.append(measured())
            floors.append(floor())
    return mine, floors


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def ratio_figure(key: str, name: str, target: float, mine: list[float], floors: list[float]) -> Figure:
    return Figure(
        key, name, "s", statistics.median(mine), statistics.median(floors), target, mine, floor_samples=floors
    )


# --- 1. cold start ---------------------------------------------------------------------


def cold_start(bench: Bench) -> Figure:
    bench.time_until_shown("start-floor")  # the first start of all fills the disk cache for both
    mine, floors = interleaved(
        bench.runs,
        lambda: bench.time_until_shown("start-app", str(bench.seeded)),
        lambda: bench.time_until_shown("start-floor"),
    )
    figure = ratio_figure("cold_start", "Kallstart till huvudfönster (seedad plan)", 1.3, mine, floors)
    figure.note = "golv: tomt QMainWindow + import av sqlmodel"
    return figure


# --- 2, 3, 6. the large plan in the main window ----------------------------------------


def open_and_memory(bench: Bench) -> tuple[Figure, Figure]:
    results = [bench.worker("open", str(bench.big)) for _ in range(bench.runs)]
    opened = [float(r["open_s"]) for r in results]  # type: ignore[arg-type]
    peaks = [float(r["peak_mb"]) for r in results]  # type: ignore[arg-type]
    return (
        Figure(
            "open",
            f"Öppna plan med {SIZE} aktiviteter",
            "s",
            statistics.median(opened),
            None,
            0.5,
            opened,
        ),
        Figure(
            "peak_memory",
            "Minnestopp (RSS) med planen öppen",
            "MB",
            statistics.median(peaks),
            None,
            300,
            peaks,
        ),
    )


def filtering(bench: Bench) -> tuple[Figure, Figure]:
    per_run = [bench.worker("filter", str(bench.big), FILTER_WORD) for _ in range(bench.runs)]
    keystrokes = [float(t) for r in per_run for t in r["keystrokes_s"]]  # type: ignore[attr-defined]
    slowest = [max(float(t) for t in r["keystrokes_s"]) for r in per_run]  # type: ignore[attr-defined]
    typed = f"”{FILTER_WORD}” bokstav för bokstav"
    return (
        Figure(
            "filter_keystroke",
            "Filtrera trädet, per tangenttryck",
            "s",
            statistics.median(keystrokes),
            None,
            0.05,
            keystrokes,
            note=typed,
        ),
        Figure(
            "filter_slowest_keystroke",
            "Filtrera trädet, långsammaste tangenttryck",
            "s",
            statistics.median(slowest),
            None,
            0.05,
            slowest,
            note=typed,
        ),
    )


# --- 4. the steering report ------------------------------------------------------------


def report_rows(data: object) -> list[list[list[str]]]:
    """Every table row the steering report holds, as plain strings, one list per table."""
    from desktop_app.services.report_data import SteeringReportData

    assert isinstance(data, SteeringReportData)

    def day(value: object) -> str:
        return str(value or "")

    def lines(items: list) -> list[list[str]]:
        return [[i.code, i.title, i.responsible, day(i.on)] for i in items]

    return [
        [
            [c.code, c.title, str(c.green), str(c.yellow), str(c.red), str(c.not_reported)]
            for c in data.summary
        ],
        [[c.code, c.title, day(c.before), day(c.after), day(c.on)] for c in data.status_changes],
        lines(data.new_activities),
        lines(data.completed),
        lines(data.decided),
        [
            [
                f"{d.code} {d.title}",
                d.responsible,
                f"{d.status} {d.since}",
                d.cause,
                d.recommended_action,
                d.decision.text if d.decision else "",
            ]
            for d in data.deviations
        ],
        lines(data.proposed),
        [[day(i.received_on), i.forum, i.text, i.focus_area, i.state] for i in data.ideas],
        [
            [r.code, r.title, r.responsible, r.schedule, f"{r.status or ''} {r.lifecycle}"]
            for section in data.plan
            for r in section.rows
        ],
    ]


def bare_tables_pdf(tables: list[list[list[str]]], out: Path) -> None:
    """The floor: the report's rows as plain ReportLab tables, A4, DejaVu Sans 8 pt, nothing else."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from desktop_app.reports.common import CHUNK_ROWS, CONTENT_WIDTH, FONT

    style = TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8, 10.2)])
    story = []
    for rows in tables:
        widths = [CONTENT_WIDTH / len(rows[0])] * len(rows[0]) if rows else None
        # In parts, as the report does: ReportLab splits one long table in quadratic time.
        story += [
            Table(rows[start : start + CHUNK_ROWS], colWidths=widths, style=style)
            for start in range(0, len(rows), CHUNK_ROWS)
        ]
    SimpleDocTemplate(str(out), pagesize=A4).build(story)


def steering_report(bench: Bench) -> Figure:
    from database.store import make_engine
    from desktop_app.reports.common import register_fonts
    from desktop_app.reports.steering import write_steering_report
    from desktop_app.services.report_data import gather_steering

    register_fonts()  # once per process in the app as well
    engine = make_engine(bench.big)
    out = bench.folder / "steering.pdf"
    floor_out = bench.folder / "floor.pdf"
    try:
        rows = report_rows(gather_steering(engine, prepared_by="bench"))
        mine, floors = interleaved(
            bench.runs,
            lambda: timed(lambda: write_steering_report(gather_steering(engine, prepared_by="bench"), out)),
            lambda: timed(lambda: bare_tables_pdf(rows, floor_out)),
        )
    finally:
        engine.dispose()
    figure = ratio_figure("steering_report", f"Styrgruppsrapport, {SIZE} aktiviteter", 1.5, mine, floors)
    figure.note = (
        f"golv: rapportens {sum(len(t) for t in rows)} tabellrader som enkla ReportLab-tabeller, A4, "
        "DejaVu Sans 8 pt, utan ASCII85 som rapporten (golvet räknar varken databasläsning eller radbrytning)"
    )
    return figure


# --- 5. export and import --------------------------------------------------------------


def change_tenth(path: Path, side: str, seed: int) -> None:
    """Change 10 % of the activities on one side: half get a new owner, half a new status report."""
    chooser = random.Random(seed)
    now = f"2026-0{seed}-01 00:00:00.000000"
    with closing(sqlite3.connect(path)) as connection, connection:
        ids = [row[0] for row in connection.execute("SELECT id FROM activity ORDER BY id")]
        chosen = chooser.sample(ids, len(ids) // 10)
        half = len(chosen) // 2
        connection.executemany(
            "UPDATE activity SET owner = :owner, modified_at = :now, modified_by = :side WHERE id = :id",
            [
                {"owner": f"{side} {n}", "now": now, "side": side, "id": i}
                for n, i in enumerate(chosen[:half])
            ],
        )
        connection.executemany(
            "INSERT INTO statusreport (id, created_at, modified_at, modified_by, deleted_at, activity_id,"
            " reported_on, status, comment, cause, recommended_action, reported_by, action_agreed_by,"
            " action_agreed_on) VALUES (:id, :now, :now, :side, NULL, :activity, :day, 'green', :comment,"
            " '', '', :side, '', NULL)",
            [
                {
                    "id": f"{side.lower()}{n:07d}-0000-4000-8000-000000000000",
                    "now": now,
                    "side": side,
                    "activity": i,
                    "day": f"2026-0{seed}-01",
                    "comment": f"Rapport från {side}",
                }
                for n, i in enumerate(chosen[half:])
            ],
        )


def sync(bench: Bench) -> tuple[Figure, Figure]:
    from database.store import make_engine
    from desktop_app.services.sync.export import export_plan
    from desktop_app.services.sync.importer import apply_import, prepare_import
    from desktop_app.services.sync.merge import Choice
    from desktop_app.services.workspace import Workspace

    folder = bench.folder / "sync"
    for side in ("a", "b", "out"):
        (folder / side).mkdir(parents=True)
    a_path, b_start = folder / "a" / "plan.sqlite", folder / "b-start.sqlite"
    shutil.copyfile(bench.big, a_path)
    shutil.copyfile(bench.big, b_start)
    a = Workspace(a_path, make_engine(a_path), False)
    try:
        # Both sides start from a plan they have exchanged once, then each changes a tenth.
        b = Workspace(b_start, make_engine(b_start), False)
        first = export_plan(a.engine, a.path, folder / "first.hplan", "a").path
        apply_import(b, prepare_import(b, first, "b"))
        b.close()
        change_tenth(a_path, "A", 1)
        change_tenth(b_start, "B", 2)
        raw_target = folder / "out" / "raw.sqlite"

        def raw_backup() -> float:
            raw_target.unlink(missing_ok=True)
            started = time.perf_counter()
            with closing(sqlite3.connect(a_path)) as source, closing(sqlite3.connect(raw_target)) as target:
                source.backup(target)
            return time.perf_counter() - started

        exported = folder / "out" / "a.hplan"
        mine, floors = interleaved(
            bench.runs, lambda: timed(lambda: export_plan(a.engine, a.path, exported, "a")), raw_backup
        )
        export = ratio_figure("export", f"Export, {SIZE} aktiviteter", 1.5, mine, floors)
        export.note = "golv: SQLites backup-API till en ny fil"

        imports, conflicts = [], 0
        for run in range(bench.runs):
            b_path = folder / "b" / f"run{run}" / "plan.sqlite"
            b_path.parent.mkdir()
            shutil.copytree(b_start.parent / "sync", b_path.parent / "sync", dirs_exist_ok=True)
            shutil.copyfile(b_start, b_path)
            b = Workspace(b_path, make_engine(b_path), False)
            try:
                started = time.perf_counter()
                plan = prepare_import(b, exported, "b")
                choices = {c.key: Choice.THEIRS for c in plan.preview.conflicts}
                apply_import(b, plan, choices)
                imports.append(time.perf_counter() - started)
                conflicts = len(choices)
            finally:
                b.close()
        imported = Figure(
            "import_merge", "Import med sammanslagning, 10 % ändrat på båda sidor", "s",
            statistics.median(imports), None, 2.0, imports,
            note=f"{conflicts} konflikter avgjorda, säkerhetskopia före import",
        )  # fmt: skip
    finally:
        a.close()
    return export, imported


# --- the table and the machine ---------------------------------------------------------


def machine() -> dict[str, object]:
    import PySide6

    cpu = platform.processor()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": cpu or platform.machine(),
        "cores": os.cpu_count(),
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "sqlite": sqlite3.sqlite_version,
    }


def _amount(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit == "s":
        return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"
    return f"{value:.0f} {unit}"


def table(figures: list[Figure]) -> str:
    """The figures as a Markdown table (also how the README shows them)."""
    lines = [
        "| Mått | Median | Golv | Kvot / värde | Mål | Uppfyllt |",
        "|---|---:|---:|---:|---:|:---:|",
    ]
    for f in figures:
        if f.ratio is None:
            measured, target = _amount(f.median, f.unit), f"≤ {_amount(f.target, f.unit)}"
        else:
            measured, target = f"{f.ratio:.2f}×", f"≤ {f.target:.1f}×"
        lines.append(
            f"| {f.name} | {_amount(f.median, f.unit)} | {_amount(f.floor, f.unit)} | {measured} | {target} "
            f"| {'ja' if f.met else 'nej'} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Mät appen med en plan 100 gånger så stor som den seedade.")
    parser.add_argument("--runs", type=int, default=5, help="körningar per mått (medianen redovisas)")
    parser.add_argument("--json", type=Path, metavar="FIL", help="skriv måtten som JSON till FIL")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs måste vara minst 1")
    folder = Path(tempfile.mkdtemp(prefix="handlingsplan-bench-"))
    try:
        bench = Bench(folder, args.runs)
        bench.prepare()
        figures: list[Figure] = []
        for step in (open_and_memory, cold_start, filtering, steering_report, sync):
            started = time.perf_counter()
            made = step(bench)
            figures += list(made) if isinstance(made, tuple) else [made]
            print(f"{step.__name__}: {time.perf_counter() - started:.0f} s", flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    figures.sort(key=lambda f: ORDER.index(f.key))
    about = machine()
    print()
    print(table(figures))
    print()
    print(", ".join(f"{k}: {v}" for k, v in about.items()) + f"; {args.runs} körningar per mått")
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "date": datetime.now(UTC).isoformat(timespec="seconds"),
                    "runs": args.runs,
                    "activities": ACTIVITIES,
                    "machine": about,
                    "figures": [f.as_json() for f in figures],
                },
                ensure_ascii=False,
                indent=2,
            )
            + "\n",
            encoding="utf-8",
        )
    return 0 if all(f.met for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
