"""Building many plain objects at once without the cycle collector getting in the way."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0
"""How many ``collector_paused`` blocks are open now, in any thread."""
_enable_after = False
"""Whether the collector was on when the first of them began (and so goes on after the last)."""


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a large plan is read into plain objects.

    Every object built while reading a 10,000-activity plan stays alive, yet
    the allocations alone set off several full collections that look at all
    of them and free nothing: a third of the time it takes to open the plan.
    Reference counting still frees everything as usual meanwhile.

    The pauses of several threads (the window reads the plan in a thread of its own while it
    builds its widgets) nest: the collector runs again when the last of them ends, and only if
    it ran before the first began.
    """
    global _pauses, _enable_after
    with _lock:
        if _pauses == 0:
            _enable_after = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _enable_after:
                gc.enable()


@contextmanager
def kept_for_life() -> Iterator[None]:
    """Make what lives as long as the process (the desktop app's modules, their classes and Qt's
    types) without the cycle collector, then set it apart from every later collection.

    Importing the window's modules makes some 36,000 objects the collector tracks, and it ran
    about fifty times over them, finding nearly nothing to free: a tenth of the start. Then
    ``gc.freeze`` moves them out of the collector's sight for good, as the standard library
    advises for objects made at start-up (the few hundred cycles left over from importing are
    kept with them); the plan read later is not frozen, and is freed as usual.
    """
    with collector_paused():
        yield
        gc.freeze()  # before the collector runs again, or its first run would look at them all
