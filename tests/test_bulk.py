"""The cycle collector is paused only while a plan is read, and restored as it was."""

from __future__ import annotations

import gc

import pytest

from desktop_app.services.bulk import collector_paused


def test_collector_is_paused_and_restored_even_on_error() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        assert not gc.isenabled()
        raise RuntimeError("reading failed")
    assert gc.isenabled()


def test_collector_left_off_when_it_was_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
