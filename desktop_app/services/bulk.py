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
