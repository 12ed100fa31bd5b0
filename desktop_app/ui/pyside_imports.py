"""PySide6 loaded for the window, without PySide's reading of every module imported after it.

Importing ``PySide6.QtCore`` replaces ``builtins.__import__`` so that a module
may write ``from __feature__ import snake_case``. As a side effect, after each
import of a module it has not met before, PySide reads that module's whole
source (``inspect.getsource``: ``linecache``, ``tokenize``) to learn whether the
text "PySide6" is in it, and records the module's feature selection: 0 (no
feature) if it is, -1 (ignored: it runs with the selection of the module before
it) if not (PYSIDE-2029). The window's start imports some 90 modules after
PySide6, standard library modules included, and the reading took 8–12 ms of a
start of 300 ms: 26–31 M of 1,130 M instructions (callgrind).

``skip_source_scan`` records 0 for each new module instead, without reading it.
That is what every module's selection comes to while no module in the process
selects a feature, and neither the app nor any library it loads does. (Were one
to, a module without "PySide6" in its text, called from it, would run without
the feature where PySide would have let it run with it; the app's own modules,
which use PySide, run as PySide would have them.) It works because PySide's C
side looks the hook up on the feature module at each import;
``tests/test_startup_path.py`` checks that the window's start reads none of
the app's modules. A PySide without the hook or its table of selections is
left as it is, reading the sources as before.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (installs PySide's import hook, and its feature module)

NO_FEATURE = 0
"""PySide's selection id for a module that uses PySide without ``__feature__``."""


def skip_source_scan() -> bool:
    """Record "no feature" for each module imported from now on, without reading its source;
    ``False`` (and nothing changed) when this PySide does not work the way described above."""
    feature = sys.modules.get("shibokensupport.feature")
    selections = getattr(feature, "pyside_feature_dict", None)
    if feature is None or not isinstance(selections, dict):
        return False
    if not callable(getattr(feature, "feature_imported", None)):
        return False

    def feature_imported(module: ModuleType) -> None:
        name = getattr(module, "__name__", None)
        if isinstance(name, str):
            selections.setdefault(name, NO_FEATURE)

    feature.feature_imported = feature_imported
    return True
