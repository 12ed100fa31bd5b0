"""The desktop client (PySide6). Widgets call services and receive plain values."""

from __future__ import annotations

import ctypes
import sys


def _keep_singletons_alive() -> None:
    """Work around a PySide6 6.12 reference-count bug on Python 3.11.

    Every call of a Python override of a Qt virtual function (``paintEvent``,
    a delegate's ``paint``, ``initStyleOption`` …) and every empty QVariant
    read from Python drops one reference to ``None`` (and to ``True``/
    ``False``) that it never took.  After some tens of thousands of repaints
    the count reaches zero and the interpreter aborts ("deallocating None").
    Python 3.12 made these singletons immortal; this does the same on 3.11 by
    giving them a reference count no session can use up.
    """
    if sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 48


_keep_singletons_alive()
