"""ReportLab's platypus with some of its patterns compiled on first use rather than at import.

Three ReportLab modules compile, when imported, regular expressions that take
Python's ``re`` long to compile and that a report seldom or never uses (≈ 40 ms,
≈ 4 ms and ≈ 1.3 ms; a small report's whole command takes 200–300 ms):

- ``reportlab.platypus.paragraph`` recognises a URI in a word too long for its
  line (to break it at a slash), with character ranges up to U+FFFF. Its first
  group, the scheme and ``://``, is not optional, so a word without ``://``
  never matches: it is answered at once, and the pattern is compiled the first
  time a word holds ``://``.
- ``reportlab.lib.textsplit`` marks CJK characters (U+2E80 to U+FFFF) for
  ``cjkwrap``, which the reports never call: compiled if it ever is.
- ``reportlab.lib.PyFontify`` colours Python source for ``PythonPreformatted``,
  which the reports never use but platypus imports: its two patterns (one an
  alternation of Python's keywords) are compiled if they ever are.

While one of these modules is imported, ``re.compile`` gives for that pattern,
and only for it (the same text and flags), or for any pattern of a module in
``EVERY_PATTERN``, a ``LazyPattern`` that compiles it on first use.
``install`` does this for the next import of the modules; it changes nothing
for a module already loaded, nor for a ReportLab whose patterns read otherwise.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from importlib.machinery import ModuleSpec
from types import ModuleType
from typing import Any

URI_PATTERN = (
    "(^(?:[a-z0-9\\.\\-\\+]*)://)(?:\\S+(?::\\S*)?@)?(?:(?:25[0-5]|2[0-4]\\d|[0-1]?\\d?\\d)"
    "(?:\\.(?:25[0-5]|2[0-4]\\d|[0-1]?\\d?\\d)){3}|\\[[0-9a-f:\\.]+\\]|([a-z\xa1-\uffff0-9]"
    "(?:[a-z\xa1-\uffff0-9-]{0,61}[a-z\xa1-\uffff0-9])?(?:\\.(?!-)[a-z\xa1-\uffff0-9-]{1,63}(?<!-))*"
    "\\.(?!-)(?:[a-z\xa1-\uffff-]{2,63}|xn--[a-z0-9]{1,59})(?<!-)\\.?|localhost))(?::\\d{2,5})?"
    "(?:[/?#][^\\s]*)?\\Z"
)
"""``paragraph.uri_pat`` (from Django's URL validator)."""

URI_FLAGS = re.IGNORECASE

CJK_PATTERN = "([\u2e80-\uffff])"
"""``textsplit.rx``."""

CJK_FLAGS = re.UNICODE


class LazyPattern:
    """``re.compile(pattern, flags)``, compiled the first time it is used."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def _pattern(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(*self._source)
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern(), name)


class LazyUriPattern(LazyPattern):
    """The URI pattern, which answers a word without ``://`` (it cannot match) without compiling."""

    def __init__(self) -> None:
        super().__init__(URI_PATTERN, URI_FLAGS)

    def match(self, string: Any, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        if isinstance(string, str) and not args and not kwargs and "://" not in string:
            return None
        return self._pattern().match(string, *args, **kwargs)


LAZY: dict[str, dict[tuple[str, int], Callable[[], LazyPattern]]] = {
    "reportlab.platypus.paragraph": {(URI_PATTERN, URI_FLAGS): LazyUriPattern},
    "reportlab.lib.textsplit": {(CJK_PATTERN, CJK_FLAGS): lambda: LazyPattern(CJK_PATTERN, CJK_FLAGS)},
}
"""For each module, the patterns (text and flags) it is given lazily."""

EVERY_PATTERN = frozenset({"reportlab.lib.PyFontify"})
"""Modules whose every pattern (a text and flags) is given lazily: used only by what the reports never
call."""


def _compile_lazily(module: str, compile_now: Any) -> Any:
    lazy = LAZY.get(module, {})
    every = module in EVERY_PATTERN

    def compile_pattern(pattern: Any, flags: Any = 0) -> Any:
        if type(pattern) is str and isinstance(flags, int):
            make = lazy.get((pattern, int(flags)))
            if make is not None:
                return make()
            if every:
                return LazyPattern(pattern, int(flags))
        return compile_now(pattern, flags)

    return compile_pattern


class _Loader:
    """A module's own loader, with ``re.compile`` giving its lazy patterns while it runs the module."""

    def __init__(self, loader: Any) -> None:
        self._loader = loader

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        return self._loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        compile_now = re.compile
        re.compile = _compile_lazily(module.__name__, compile_now)
        try:
            self._loader.exec_module(module)
        finally:
            re.compile = compile_now

    def __getattr__(self, name: str) -> Any:
        return getattr(self._loader, name)


class _Finder:
    """Finds the modules of ``LAZY`` as the other finders do (Python's path finder, or a bundle's
    own importer) and hands them to ``_Loader``."""

    def find_spec(self, fullname: str, path: Any, target: ModuleType | None = None) -> ModuleSpec | None:
        if fullname not in LAZY and fullname not in EVERY_PATTERN:
            return None
        if all(name in sys.modules or name == fullname for name in (*LAZY, *EVERY_PATTERN)):
            uninstall()  # the last of them
        for finder in list(sys.meta_path):
            find = getattr(finder, "find_spec", None)
            if finder is self or find is None:
                continue
            spec = find(fullname, path, target)
            if spec is not None:
                if spec.loader is not None and hasattr(spec.loader, "exec_module"):
                    spec.loader = _Loader(spec.loader)
                return spec
        return None


_finder = _Finder()


def install() -> None:
    """Give the next import of each module of ``LAZY`` and ``EVERY_PATTERN`` its patterns as
    ``LazyPattern``."""
    if not all(name in sys.modules for name in (*LAZY, *EVERY_PATTERN)) and _finder not in sys.meta_path:
        sys.meta_path.insert(0, _finder)


def uninstall() -> None:
    if _finder in sys.meta_path:
        sys.meta_path.remove(_finder)
