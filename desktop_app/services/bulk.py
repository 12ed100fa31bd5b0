"""Building many plain objects at once without the cycle collector getting in the way."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a large plan is read into plain objects.

    Every object built while reading a 10,000-activity plan stays alive, yet
    the allocations alone set off several full collections that look at all
    of them and free nothing: a third of the time it takes to open the plan.
    Reference counting still frees everything as usual meanwhile.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
