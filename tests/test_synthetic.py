"""The synthetic plan generator used by benchmarks and large-plan tests."""

from __future__ import annotations

from pathlib import Path

from benchmarks.synthetic import generate_plan
from database.store import integrity_problems
from desktop_app.services.plan import PlanService
from desktop_app.services.workspace import open_workspace


def _activity_ids(path: Path) -> list[str]:
    opened = open_workspace(path)
    try:
        assert integrity_problems(opened.engine) == []
        return [a.id for a in PlanService(opened.engine, "t").tree().activities()]
    finally:
        opened.close()


def _generate(path: Path, seed: int) -> list[str]:
    return _activity_ids(generate_plan(path, activities=300, seed=seed, reports_per_activity=3))


def test_generated_plan_is_sound_and_deterministic(tmp_path: Path) -> None:
    first = _generate(tmp_path / "a.sqlite", seed=7)
    assert len(first) == 300
    assert _generate(tmp_path / "b.sqlite", seed=7) == first
    assert _generate(tmp_path / "c.sqlite", seed=8) != first
