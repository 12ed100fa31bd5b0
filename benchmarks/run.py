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
import resource
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

from benchmarks import floors

ROOT = Path(__file__).resolve().parent.parent
ACTIVITIES = 10_000
SIZE = f"{ACTIVITIES:,}".replace(",", "\u00a0")  # "10 000", as Swedish writes it
FILTER_WORD = "företag"
"""Typed into the search field: in many titles, descriptions and comments of a synthetic plan."""


ORDER = (
    "cold_start",
    "cli_version",
    "cli_tree",
    "cli_tree_json",
    "open",
    "filter_keystroke",
    "filter_slowest_keystroke",
    "steering_report",
    "steering_report_seeded",
    "export",
    "import_merge",
    "peak_memory",
)
HUGE = 30_000
"""Activities in the plan the peak memory is measured with."""
APP = "import sys; from desktop_app.main import main; sys.exit(main())"
"""What the installed ``handlingsplan`` command runs."""


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
    cpu_samples: list[float] | None = None
    """For whole processes: the CPU seconds (user + system) the operating system counted."""
    floor_cpu_samples: list[float] | None = None
    limit: float | None = None
    """An absolute bound on the median besides the ratio (in ``unit``), where the target has one."""

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
        return self.measured <= self.target and (self.limit is None or self.median <= self.limit)

    @property
    def cpu_ratio(self) -> float | None:
        """The ratio of CPU seconds: less moved by other work on a shared machine than wall time."""
        if not self.cpu_samples or not self.floor_cpu_samples:
            return None
        return statistics.median(self.cpu_samples) / statistics.median(self.floor_cpu_samples)

    def as_json(self) -> dict[str, object]:
        values = asdict(self)
        values.update(ratio=self.ratio, cpu_ratio=self.cpu_ratio, met=self.met)
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
        # The user's own plan (where ``handlingsplan`` without ``--db`` finds it, on Linux): the
        # seeded plan, made by the first command.
        self.seeded = folder / "data" / "Handlingsplan" / "handlingsplan.sqlite"
        self.big = folder / "big.sqlite"
        self.huge = folder / "huge.sqlite"

    def prepare(self) -> None:
        # The app's own bytecode, as an installed app has it (pip and the frozen bundle compile it);
        # the floor's libraries have theirs since installation.
        compileall.compile_dir(ROOT / "desktop_app", quiet=1)
        compileall.compile_dir(ROOT / "database", quiet=1)
        # In processes of their own: on Linux a child's ru_maxrss starts at its parent's size when
        # it forked, so the measuring process must stay small until the memory has been measured.
        self.app("tree")  # creates the seeded plan
        assert self.seeded.exists(), self.seeded
        self.synthetic(self.big, ACTIVITIES)

    def synthetic(self, path: Path, activities: int) -> None:
        if not path.exists():
            started = time.perf_counter()
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "benchmarks.synthetic",
                    "--activities",
                    str(activities),
                    "--out",
                    str(path),
                ],
                env=self.env,
                cwd=ROOT,
                check=True,
                stdout=subprocess.DEVNULL,
            )
            print(
                f"Syntetisk plan med {activities} aktiviteter: {time.perf_counter() - started:.1f} s",
                flush=True,
            )

    def run(self, argv: list[str]) -> str:
        """Run a program of the benchmark to its end; what it printed last."""
        done = subprocess.run(
            argv, env=self.env, cwd=self.folder, capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(argv[:3])} … failed:\n{done.stderr}")
        lines = done.stdout.strip().splitlines()
        return lines[-1] if lines else ""

    def app(self, *args: str) -> str:
        """``handlingsplan ARGS``, as the installed command runs it."""
        return self.run([sys.executable, "-c", APP, *args])

    def worker(self, *args: str) -> dict[str, object]:
        return json.loads(self.run([sys.executable, "-m", "benchmarks.worker", *args]))

    def floor(self, script: str, *args: str) -> dict[str, object]:
        return json.loads(self.run([sys.executable, "-c", script, *args]))

    def whole_process(self, argv: list[str]) -> float:
        """The seconds from starting ``argv`` until it has exited; its output goes nowhere."""
        started = time.perf_counter()
        done = subprocess.run(
            argv,
            env=self.env,
            cwd=self.folder,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            check=False,
        )
        elapsed = time.perf_counter() - started
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(argv[:3])} … failed:\n{done.stderr.decode()}")
        return elapsed

    def time_until_shown(self, argv: list[str]) -> float:
        """From starting a process until it says its window is painted (its exit is not counted)."""
        started = time.perf_counter()
        process = subprocess.Popen(
            argv, env=self.env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        assert process.stdout is not None
        line = process.stdout.readline()
        elapsed = time.perf_counter() - started
        _out, errors = process.communicate()
        if line.strip() != "shown" or process.returncode != 0:
            raise RuntimeError(f"{' '.join(argv[:3])} … failed:\n{errors}")
        return elapsed


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class Program:
    """One program run again and again: each run's wall seconds and the CPU seconds it used."""

    def __init__(self, bench: Bench, argv: list[str], until_shown: bool = False) -> None:
        self.bench, self.argv, self.until_shown = bench, argv, until_shown
        self.cpu: list[float] = []

    def __call__(self) -> float:
        before = _children_cpu()  # the child is reaped before either call returns
        if self.until_shown:
            wall = self.bench.time_until_shown(self.argv)
        else:
            wall = self.bench.whole_process(self.argv)
        self.cpu.append(_children_cpu() - before)
        return wall


def programs_figure(
    key: str, name: str, target: float, runs: int, app: Program, floor: Program, note: str
) -> Figure:
    """``app`` and ``floor`` run in turn; the figure carries their wall and CPU seconds."""
    mine, floor_times = interleaved(runs, app, floor)
    figure = ratio_figure(key, name, target, mine, floor_times, note)
    figure.cpu_samples, figure.floor_cpu_samples = app.cpu, floor.cpu
    return figure


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


def ratio_figure(
    key: str, name: str, target: float, mine: list[float], floors: list[float], note: str = ""
) -> Figure:
    return Figure(
        key,
        name,
        "s",
        statistics.median(mine),
        statistics.median(floors),
        target,
        mine,
        floor_samples=floors,
        note=note,
    )


# --- 1. cold start ---------------------------------------------------------------------


def cold_start(bench: Bench) -> Figure:
    floor = [sys.executable, "-c", floors.QT_TREE, "start", str(bench.seeded)]
    bench.time_until_shown(floor)  # the first start of all fills the disk cache for both
    return programs_figure(
        "cold_start",
        "Kallstart till första ritade huvudfönster (seedad plan)",
        1.5,
        bench.runs,
        Program(bench, [sys.executable, "-m", "benchmarks.worker", "start-app", str(bench.seeded)], True),
        Program(bench, floor, True),
        "golv: PySide6 och sqlite3, trädet i en fråga i en QStandardItemModel i QTreeView i QMainWindow, "
        "klockan stannar efter första ritningen av trädet (båda); CPU-tiden räknar till processens slut",
    )


# --- 2. the command line on the seeded plan --------------------------------------------


def command_line(bench: Bench) -> tuple[Figure, Figure, Figure]:
    db = str(bench.seeded)
    text_floor = [sys.executable, "-c", floors.TREE_TEXT, db]
    json_floor = [sys.executable, "-c", floors.TREE_JSON, db]
    app = [sys.executable, "-c", APP]  # without --db: the user's own plan, as people run it
    note = "hela processen; golv: python -c med sqlite3 som skriver samma träd ur en fråga"
    runs = bench.runs
    versions = programs_figure(
        "cli_version", "handlingsplan --version", 1.5, runs,
        Program(bench, [*app, "--version"]), Program(bench, text_floor), note,
    )  # fmt: skip
    versions.limit = 0.1
    return (
        versions,
        programs_figure(
            "cli_tree", "handlingsplan tree (seedad plan)", 1.5, runs,
            Program(bench, [*app, "tree"]), Program(bench, text_floor), note,
        ),
        programs_figure(
            "cli_tree_json", "handlingsplan tree --json (seedad plan)", 1.5, runs,
            Program(bench, [*app, "tree", "--json"]), Program(bench, json_floor), note,
        ),
    )  # fmt: skip


# --- 3, 4, 8. the large plans in the main window ---------------------------------------


def open_plan(bench: Bench) -> Figure:
    mine, floor_times = interleaved(
        bench.runs,
        lambda: float(bench.worker("open", str(bench.big))["open_s"]),  # type: ignore[arg-type]
        lambda: float(bench.floor(floors.QT_TREE, "open", str(bench.big))["open_s"]),  # type: ignore[arg-type]
    )
    return ratio_figure(
        "open",
        f"Öppna plan med {SIZE} aktiviteter tills trädet är ritat",
        1.0,
        mine,
        floor_times,
        "golv: samma rader ur sqlite3 i en QStandardItemModel, ritad",
    )


def peak_memory(bench: Bench) -> Figure:
    bench.synthetic(bench.huge, HUGE)
    out = str(bench.folder / "window.pdf")
    peaks = [float(bench.worker("report-window", str(bench.huge), out)["peak_mb"]) for _ in range(bench.runs)]  # type: ignore[arg-type]
    huge = f"{HUGE:,}".replace(",", "\u00a0")
    return Figure(
        "peak_memory",
        f"Minnestopp (RSS), plan med {huge} aktiviteter öppen, styrgruppsrapport skriven från fönstret",
        "MB",
        statistics.median(peaks),
        None,
        300,
        peaks,
    )


def filtering(bench: Bench) -> tuple[Figure, Figure]:
    app_runs: list[dict] = []
    floor_runs: list[dict] = []

    def app() -> float:
        app_runs.append(bench.worker("filter", str(bench.big), FILTER_WORD))
        return 0.0

    def floor() -> float:
        floor_runs.append(bench.floor(floors.QT_TREE, "filter", str(bench.big), FILTER_WORD))
        return 0.0

    interleaved(bench.runs, app, floor)
    keystrokes = [float(t) for r in app_runs for t in r["keystrokes_s"]]
    floor_keystrokes = [float(t) for r in floor_runs for t in r["keystrokes_s"]]
    slowest = [max(float(t) for t in r["keystrokes_s"]) for r in app_runs]
    floor_slowest = [max(float(t) for t in r["keystrokes_s"]) for r in floor_runs]
    typed = f"”{FILTER_WORD}” bokstav för bokstav; golv: QSortFilterProxyModel med rekursiv filtrering"
    every = ratio_figure(
        "filter_keystroke", "Filtrera trädet, per tangenttryck", 1.0, keystrokes, floor_keystrokes, typed
    )
    worst = ratio_figure(
        "filter_slowest_keystroke",
        "Filtrera trädet, långsammaste tangenttryck",
        1.0,
        slowest,
        floor_slowest,
        typed,
    )
    every.limit = worst.limit = 0.03
    return every, worst


# --- 5, 6. the steering report ---------------------------------------------------------


def report_tables(data: object) -> list[dict[str, object]]:
    """Every table row the steering report holds, as plain strings, with the report's column widths."""
    from reportlab.lib.units import cm

    from desktop_app.reports.theme import CONTENT_WIDTH
    from desktop_app.services.report_data import SteeringReportData

    assert isinstance(data, SteeringReportData)

    def day(value: object) -> str:
        return str(value or "")

    def rest(*widths: float) -> list[float]:
        return [CONTENT_WIDTH - sum(widths) if w == 0 else w for w in widths]

    line_rest = CONTENT_WIDTH - 1.4 * cm - 2.2 * cm
    line_widths = [1.4 * cm, line_rest * 0.62, line_rest * 0.38, 2.2 * cm]

    def lines(items: list) -> dict[str, object]:
        return {"widths": line_widths, "rows": [[i.code, i.title, i.responsible, day(i.on)] for i in items]}

    summary = [
        [f"{c.code}  {c.title}", str(c.green), str(c.yellow), str(c.red), str(c.not_reported), str(c.total)]
        for c in data.summary
    ]
    return [
        {"widths": rest(0, 1.6 * cm, 1.6 * cm, 1.6 * cm, 1.9 * cm, 1.4 * cm, 2.3 * cm)[:6], "rows": summary},
        {
            "widths": rest(1.3 * cm, 0, 2.7 * cm, 2.7 * cm, 2.35 * cm),
            "rows": [[c.code, c.title, day(c.before), day(c.after), day(c.on)] for c in data.status_changes],
        },
        lines(data.new_activities),
        lines(data.completed),
        lines(data.decided),
        {
            "widths": rest(4.1 * cm, 2.5 * cm, 3.2 * cm, 3.2 * cm, 0),
            "rows": [
                [
                    f"{d.code} {d.title} {d.responsible}",
                    f"{getattr(d.status, 'value', d.status)} {d.since}",
                    d.cause,
                    d.recommended_action,
                    d.decision.text if d.decision else "",
                ]
                for d in data.deviations
            ],
        },
        lines(data.proposed),
        {
            "widths": rest(2.1 * cm, 3.0 * cm, 0, 3.2 * cm, 2.1 * cm),
            "rows": [[day(i.received_on), i.forum, i.text, i.focus_area, i.state] for i in data.ideas],
        },
        {
            "widths": rest(1.15 * cm, 0, 3.7 * cm, 3.0 * cm, 2.7 * cm),
            "rows": [
                [
                    r.code,
                    r.title,
                    r.responsible,
                    r.schedule,
                    f"{getattr(r.status, 'value', '')} {r.lifecycle}",
                ]
                for section in data.plan
                for r in section.rows
            ],
        },
    ]


def steering_report(bench: Bench, db: Path, key: str, name: str) -> Figure:
    from database.assets import asset_path
    from desktop_app.services.report_data import gather_steering

    data = gather_steering(db, prepared_by="bench")
    tables = report_tables(data)
    texts = bench.folder / f"{key}.json"
    texts.write_text(json.dumps(tables, ensure_ascii=False), encoding="utf-8")
    font = str(asset_path("resources", "fonts", "DejaVuSans.ttf"))
    out, floor_out = bench.folder / f"{key}.pdf", bench.folder / f"{key}-floor.pdf"
    app = [sys.executable, "-c", APP, "--db", str(db), "report", "steering", "--out", str(out)]
    floor = [
        sys.executable,
        "-c",
        floors.REPORT,
        str(db),
        str(texts),
        font,
        data.report_date.isoformat(),
        str(floor_out),
    ]
    figure = programs_figure(key, name, 1.5, bench.runs, Program(bench, app), Program(bench, floor), "")
    rows = sum(len(t["rows"]) for t in tables)  # type: ignore[arg-type]
    figure.note = (
        f"hela kommandot; golv: rapportens {rows} tabellrader radbrutna i rapportens kolumnbredder, ritade "
        f"direkt på sidor med DejaVu Sans 8 pt (utan platypus), plus frågan som läser raderna "
        f"({_pages(out)} mot {_pages(floor_out)} sidor)"
    )
    return figure


def _pages(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(pdf).pages)


def steering_reports(bench: Bench) -> tuple[Figure, Figure]:
    return (
        steering_report(bench, bench.big, "steering_report", f"Styrgruppsrapport, {SIZE} aktiviteter"),
        steering_report(bench, bench.seeded, "steering_report_seeded", "Styrgruppsrapport, seedad plan"),
    )


# --- 7. export and import --------------------------------------------------------------


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
        copies = iter(range(4 * bench.runs))

        def kept_copy(name: str) -> Path:
            """A new file for a floor's copy, kept until the end like the app's own copies. A floor
            that removed its last copy would write into the space that copy left, which some disks
            (this VM's) write far faster than new space, where the app's copies go."""
            return folder / "out" / f"{name}-{next(copies)}.sqlite"

        def raw_backup() -> float:
            raw_target = kept_copy("raw")
            started = time.perf_counter()
            with closing(sqlite3.connect(a_path)) as source, closing(sqlite3.connect(raw_target)) as target:
                source.backup(target)
            return time.perf_counter() - started

        exported = folder / "out" / "a.hplan"
        mine, floor_times = interleaved(
            bench.runs, lambda: timed(lambda: export_plan(a.engine, a.path, exported, "a")), raw_backup
        )
        export = ratio_figure("export", f"Export, {SIZE} aktiviteter", 1.5, mine, floor_times)
        export.note = "golv: SQLites backup-API till en ny fil"

        conflicts = 0
        # Every run's plan is copied before the first is timed, and written to disk: copying 140 MB
        # just before an import would bill the import for writing the copy out.
        plans = []
        for run in range(bench.runs):
            b_path = folder / "b" / f"run{run}" / "plan.sqlite"
            b_path.parent.mkdir()
            shutil.copytree(b_start.parent / "sync", b_path.parent / "sync", dirs_exist_ok=True)
            shutil.copyfile(b_start, b_path)
            plans.append(b_path)
        os.sync()
        runs = iter(plans)

        def import_once() -> float:
            nonlocal conflicts
            b_path = next(runs)
            b = Workspace(b_path, make_engine(b_path), False)
            try:
                started = time.perf_counter()
                plan = prepare_import(b, exported, "b")
                choices = {c.key: Choice.THEIRS for c in plan.preview.conflicts}
                apply_import(b, plan, choices)
                conflicts = len(choices)
                return time.perf_counter() - started
            finally:
                b.close()

        imports, import_floors = interleaved(
            bench.runs,
            import_once,
            lambda: floors.import_floor(b_start, exported, kept_copy("floor")),
        )
        imported = ratio_figure(
            "import_merge", "Import med sammanslagning, 10 % ändrat på båda sidor",
            1.5, imports, import_floors,
            f"{conflicts} konflikter avgjorda; golv: SQLite ensamt – ATTACH av filen, en join per tabell för "
            "raderna som skiljer sig, integrity_check av filen och säkerhetskopia av planen",
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
        "| Mått | Median | Golv | Kvot / värde | CPU-kvot | Mål | Uppfyllt |",
        "|---|---:|---:|---:|---:|---:|:---:|",
    ]
    for f in figures:
        if f.ratio is None:
            measured, target = _amount(f.median, f.unit), f"≤ {_amount(f.target, f.unit)}"
        else:
            measured, target = f"{f.ratio:.2f}×", f"≤ {f.target:.1f}×"
            if f.limit is not None:
                target += f" och ≤ {_amount(f.limit, f.unit)}"
        lines.append(
            f"| {f.name} | {_amount(f.median, f.unit)} | {_amount(f.floor, f.unit)} | {measured} "
            f"| {'–' if f.cpu_ratio is None else f'{f.cpu_ratio:.2f}×'} | {target} "
            f"| {'ja' if f.met else 'nej'} |"
        )
    return "\n".join(lines)


STEPS = (peak_memory, open_plan, cold_start, command_line, filtering, steering_reports, sync)
"""In this order: the memory is measured before this process has loaded anything big."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Mät appen med en plan 100 gånger så stor som den seedade.")
    parser.add_argument("--runs", type=int, default=5, help="körningar per mått (medianen redovisas)")
    parser.add_argument("--json", type=Path, metavar="FIL", help="skriv måtten som JSON till FIL")
    parser.add_argument(
        "--only", nargs="+", choices=[step.__name__ for step in STEPS], help="bara de här stegen"
    )
    parser.add_argument("--note", default="", help="en anteckning om förhållandena, till JSON-filen")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs måste vara minst 1")
    folder = Path(tempfile.mkdtemp(prefix="handlingsplan-bench-"))
    try:
        bench = Bench(folder, args.runs)
        bench.prepare()
        figures: list[Figure] = []
        load_before = os.getloadavg()
        for step in STEPS:
            if args.only and step.__name__ not in args.only:
                continue
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
                    "load_average": {"before": load_before, "after": os.getloadavg()},
                    "note": args.note,
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
