"""Work started at once in a thread of its own, its result taken when it is needed.

The window starts reading the plan this way before it builds its widgets: the
reading (mostly SQLite, which lets other threads run meanwhile) and the
building then overlap, and a large plan is shown sooner. An exception the work
raises is raised again, unchanged, where the result is taken.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

TYPE_CHECKING = False  # typing.TYPE_CHECKING without loading typing (see services/messages.py)
if TYPE_CHECKING:
    from typing import Generic, TypeVar

    T = TypeVar("T")
    _Base = Generic[T]
else:
    _Base = object


class Background(_Base):
    """``work()`` running in a daemon thread from now on; ``result()`` waits for it."""

    def __init__(self, work: Callable[[], T], name: str = "background") -> None:
        self._result: T | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(work,), name=name, daemon=True)
        self._thread.start()

    def _run(self, work: Callable[[], T]) -> None:
        try:
            self._result = work()
        except BaseException as error:  # handed to the caller of result(), not lost in the thread
            self._error = error

    def result(self) -> T:
        """The work's result, once it is done; its exception if it raised one."""
        self._thread.join()
        if self._error is not None:
            error, self._error = self._error, None
            raise error
        return self._result  # type: ignore[return-value]
