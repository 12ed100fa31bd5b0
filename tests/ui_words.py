"""What the app shows a person, as text, and the words in it of the other language.

``shown_texts`` reads every text a window or dialog shows or says: labels,
buttons, titles, tooltips, status tips, placeholders, accessible names and
descriptions, the actions of its menus, tab titles, view headers and every
cell of its views. ``foreign_words`` finds in such a text the words of the
language the UI is not in, once the plan's own data (which is the user's, in
whatever language they wrote it) has been taken out.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTabBar, QWidget

WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")

SWEDISH_LETTERS = re.compile(r"[åäöÅÄÖ]")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Swedish words without å, ä or ö that an English text never has (nor the app's name).
SWEDISH_WORDS = _words(
    """
    aktivitet aktiviteter aktiviteten aktiviteterna alla andra ansvarig ansvar arkiv att avbryt
    avvikelse avvikelser beslut besluten beslutet den det dessa eller enhet finns fokusomrade ingen
    inga inget inte insatsomrade kontor kontoret med mellan minst nej nytt och orsak planen
    rapporten rapporter rapportera sida skriv spara statusen styrgrupp styrgruppen
    styrgruppsmote som stang tidplan utan vald valj vilka
    """
)
# English words a Swedish text never has. Short and common: a Swedish sentence meets none of them.
ENGLISH_WORDS = _words(
    """
    the and of with without from this that these those which when where what who why are was
    were been not yes none all any activity activities initiative initiatives
    report reports cause recommended action decision decisions meeting meetings steering
    group file edit view help settings cancel close save open new delete undo redo search
    show hide choose select please there their only every each should would could
    """
)


def shown_texts(root: QWidget) -> Iterator[str]:
    """Every text ``root`` shows or gives a screen reader, including its menus and its views' cells."""
    yield root.windowTitle()
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        for getter in (
            "text",
            "title",
            "placeholderText",
            "toolTip",
            "statusTip",
            "whatsThis",
            "accessibleName",
            "accessibleDescription",
            "specialValueText",
            "suffix",
            "prefix",
        ):
            value = getattr(widget, getter, None)
            if callable(value):
                try:
                    text = value()
                except TypeError:
                    continue
                if isinstance(text, str):
                    yield text
        for action in widget.actions():
            yield from (action.text(), action.toolTip(), action.statusTip(), action.iconText())
            if action.menu() is not None:
                yield from shown_texts(action.menu())
        if isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield from (widget.tabText(index), widget.tabToolTip(index))
    for view in root.findChildren(QAbstractItemView):
        yield from view_texts(view)


def view_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    stack = [QModelIndex()]
    while stack:
        parent = stack.pop()
        try:
            columns = model.columnCount(parent)
        except TypeError:  # a list model keeps columnCount to itself: one column
            columns = 1
        if not parent.isValid():
            for column in range(columns):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.headerData(column, Qt.Orientation.Horizontal, role)
                    if isinstance(value, str):
                        yield value
        for row in range(model.rowCount(parent)):
            for column in range(columns):
                index = model.index(row, column, parent)
                for role in (
                    Qt.ItemDataRole.DisplayRole,
                    Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole,
                ):
                    value = index.data(role)
                    if isinstance(value, str):
                        yield value
            stack.append(model.index(row, 0, parent))


def plan_data(path: Path) -> list[str]:
    """Every text the plan database holds (titles, names, causes, places …), longest first."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        found: set[str] = set()
        for table in tables:
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
            for column in columns:
                for (value,) in connection.execute(f'SELECT DISTINCT "{column}" FROM "{table}"'):
                    if isinstance(value, str) and value.strip():
                        value = value.strip()
                        found.update((value, value[0].upper() + value[1:]))  # shown as a sentence
    finally:
        connection.close()
    return sorted(found, key=len, reverse=True)


def without_plan_data(text: str, data: Iterable[str]) -> str:
    """``text`` without the plan's data in it, whole or cut short with "…" (an elided title)."""
    data = list(data)
    for value in data:
        if value in text:
            text = text.replace(value, " ")
    lines = []
    for line in text.splitlines():
        cut = line.rstrip()
        if cut.endswith("…"):
            cut = cut[:-1].rstrip()
            starts = [0, *(match.end() for match in re.finditer(r"\s+", cut))]
            for start in starts:
                head = cut[start:]
                if len(head) >= 10 and any(value.startswith(head) for value in data):
                    line = cut[:start]
                    break
        lines.append(line)
    return "\n".join(lines)


def _normal(word: str) -> str:
    return word.lower().translate(str.maketrans("åäö", "aao"))


def foreign_words(text: str, language: str) -> list[str]:
    """The words of ``text`` in the other language than ``language`` ("sv" or "en")."""
    words = WORD.findall(text)
    if language == "en":
        return [w for w in words if SWEDISH_LETTERS.search(w) or _normal(w) in SWEDISH_WORDS]
    return [w for w in words if w.lower() in ENGLISH_WORDS]
