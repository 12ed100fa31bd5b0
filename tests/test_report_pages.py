"""The appendix of a large plan fills its pages: initiatives follow each other, tables run on."""

from __future__ import annotations

from pathlib import Path

from benchmarks.synthetic import generate_plan
from database.store import make_engine
from desktop_app.reports.steering import steering_report_pdf
from desktop_app.services.report_data import gather_steering
from tests.report_helpers import read_pdf


def test_no_appendix_page_is_left_nearly_empty(tmp_path: Path) -> None:
    path = generate_plan(tmp_path / "plan.sqlite", activities=500, seed=2, reports_per_activity=2)
    engine = make_engine(path)
    try:
        data = gather_steering(engine, prepared_by="test")
    finally:
        engine.dispose()
    pages = read_pdf(steering_report_pdf(data, sections=["plan"])).pages
    # Cover and heading page aside, every page but the last is full of rows (a row is at least
    # two text lines here); an initiative that does not fit starts on the same page regardless.
    lines = [len(page.extract_text().splitlines()) for page in pages[1:-1]]
    assert len(lines) >= 8
    assert min(lines) > 60, lines
