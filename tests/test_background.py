"""Work in a thread of its own: its result, or its exception, where the result is taken."""

from __future__ import annotations

import gc
import threading

import pytest

from desktop_app.services.background import Background
from desktop_app.services.bulk import collector_paused


def test_the_result_is_the_works_and_it_ran_in_another_thread() -> None:
    started_in = []

    def work() -> int:
        started_in.append(threading.current_thread())
        return 42

    assert Background(work).result() == 42
    assert started_in and started_in[0] is not threading.main_thread()


def test_an_exception_in_the_work_is_raised_where_the_result_is_taken() -> None:
    def work() -> int:
        raise FileNotFoundError("plan.sqlite")

    background = Background(work)
    with pytest.raises(FileNotFoundError, match=r"plan\.sqlite"):
        background.result()


def test_pauses_of_two_threads_nest_and_the_collector_runs_again_after_the_last() -> None:
    assert gc.isenabled()
    inside, leave = threading.Event(), threading.Event()

    def work() -> bool:
        with collector_paused():
            inside.set()
            leave.wait(5)
        return gc.isenabled()

    background = Background(work)
    inside.wait(5)
    with collector_paused():
        assert not gc.isenabled()
        leave.set()
        assert background.result() is False  # the other thread's pause ended inside this one
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_pause_when_the_collector_was_off_leaves_it_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
