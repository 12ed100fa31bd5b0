"""ReportLab's paragraph module without its URI pattern compiled at import.

``reportlab.platypus.paragraph`` compiles, when imported, a pattern that
recognises a URI in a word too long for its line (so it can be broken at a
slash). Its case-insensitive character ranges up to U+FFFF take Python's
``re`` some 40 ms to compile, a tenth of a small report's whole command, and
the pattern can only match a word that holds ``://``. So while that module is
imported this pattern, and only this one (the same text and flags), is
given as a ``LazyPattern``: a word without ``://`` is answered at once, and
the pattern is compiled the first time a word holds one. ``install`` does this
for the next import of the module; it changes nothing once the module is
loaded, nor for a ReportLab whose pattern reads otherwise.
"""

from __future__ import annotations

import re
import sys
from importlib.machinery import ModuleSpec, PathFinder
from types import ModuleType
from typing import Any

MODULE = "reportlab.platypus.paragraph"

URI_PATTERN = (
    "(^(?:[a-z0-9\\.\\-\\+]*)://)(?:\\S+(?::\\S*)?@)?(?:(?:25[0-5]|2[0-4]\\d|[0-1]?\\d?\\d)"
    "(?:\\.(?:25[0-5]|2[0-4]\\d|[0-1]?\\d?\\d)){3}|\\[[0-9a-f:\\.]+\\]|([a-z\xa1-\uffff0-9]"
    "(?:[a-z\xa1-\uffff0-9-]{0,61}[a-z\xa1-\uffff0-9])?(?:\\.(?!-)[a-z\xa1-\uffff0-9-]{1,63}(?<!-))*"
    "\\.(?!-)(?:[a-z\xa1-\uffff-]{2,63}|xn--[a-z0-9]{1,59})(?<!-)\\.?|localhost))(?::\\d{2,5})?"
    "(?:[/?#][^\\s]*)?\\Z"
)
"""ReportLab's pattern (``paragraph.uri_pat``, from Django's URL validator): its first group, the
scheme and ``://``, is not optional, so no string without ``://`` matches."""

URI_FLAGS = re.IGNORECASE


class LazyPattern:
    """``re.compile(URI_PATTERN, URI_FLAGS)``, compiled the first time a string can match."""

    def __init__(self) -> None:
        self._compiled: re.Pattern[str] | None = None

    def _pattern(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(URI_PATTERN, URI_FLAGS)
        return self._compiled

    def match(self, string: Any, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        if isinstance(string, str) and not args and not kwargs and "://" not in string:
            return None
        return self._pattern().match(string, *args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern(), name)


def _compile_lazily(compile_now: Any) -> Any:
    def compile_pattern(pattern: Any, flags: Any = 0) -> Any:
        if pattern == URI_PATTERN and type(pattern) is str and flags == URI_FLAGS:
            return LazyPattern()
        return compile_now(pattern, flags)

    return compile_pattern


class _Loader:
    """The module's own loader, with ``re.compile`` giving a ``LazyPattern`` while it runs the module."""

    def __init__(self, loader: Any) -> None:
        self._loader = loader

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        return self._loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        compile_now = re.compile
        re.compile = _compile_lazily(compile_now)
        try:
            self._loader.exec_module(module)
        finally:
            re.compile = compile_now

    def __getattr__(self, name: str) -> Any:
        return getattr(self._loader, name)


class _Finder:
    """Finds the paragraph module as Python's path finder does, once, and hands it to ``_Loader``."""

    def find_spec(self, fullname: str, path: Any, target: ModuleType | None = None) -> ModuleSpec | None:
        if fullname != MODULE:
            return None
        uninstall()
        spec = PathFinder.find_spec(fullname, path, target)
        if spec is not None and spec.loader is not None and hasattr(spec.loader, "exec_module"):
            spec.loader = _Loader(spec.loader)
        return spec


_finder = _Finder()


def install() -> None:
    """Give the next import of ReportLab's paragraph module a ``LazyPattern`` for its URI pattern."""
    if MODULE not in sys.modules and _finder not in sys.meta_path:
        sys.meta_path.insert(0, _finder)


def uninstall() -> None:
    if _finder in sys.meta_path:
        sys.meta_path.remove(_finder)
