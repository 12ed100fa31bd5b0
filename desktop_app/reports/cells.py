"""Table cells as plain text broken into lines that fit their column, hyphenated where a word must break."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import repeat

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics

from desktop_app.reports.fonts import body_characters, fallback_for, has_foreign, register_fonts
from desktop_app.reports.hyphenation import hyphenator

CELL_PADDING = 4


class CellMaker:
    """Table cells as plain text broken into lines that fit the column.

    Plain cells are drawn as they are (no markup) and cost far less than
    Paragraphs, which matters for a plan of thousands of activities. Lines
    break at spaces; a word that does not fit is hyphenated at a syllable
    boundary of the report's language (pyphen), and a word longer than the column with no
    boundary that fits is broken with a hyphen, so nothing is ever drawn
    outside its cell and no word is split without a hyphen.
    """

    MIN_HYPHENATED = 8
    """Shorter words are moved to the next line whole."""

    def __init__(self, style: ParagraphStyle, *, hyphenate: bool = True) -> None:
        self.style = style
        self.hyphenate = hyphenate
        self.font = style.fontName
        self.size = style.fontSize
        self._known: dict[tuple[str, float], list[str]] = {}
        register_fonts()
        face = pdfmetrics.getFont(self.font).face
        # The font's widths, shared by every cell maker until one measures a character in a
        # fallback font (a table makes two; a plan of thousands of initiatives thousands of tables).
        self._widths = _shared_widths(self.font, len(face.charWidths))
        self._own_widths = False
        self._char_width = self._widths.get
        self._default_width = face.defaultWidth
        self._known_characters = body_characters()
        self._scale = 0.001 * self.size
        self._word_widths: dict[str, float] = {}
        self._positions: dict[str, list[int]] = {}

    def width(self, value: str) -> float:
        """What ``pdfmetrics.stringWidth`` gives for ``value`` (the same sum in the same order),
        summed in C rather than by ReportLab's pure-Python loop over the characters."""
        return self._scale * sum(map(self._char_width, map(ord, value), repeat(self._default_width)))

    def _word_width(self, word: str) -> float:
        known = self._word_widths.get(word)
        if known is None:
            known = self._word_widths[word] = self.width(word)
        return known

    def _hyphenated(self, word: str, room: float, *, must: bool = False) -> tuple[str, str] | None:
        """``word`` split at the last syllable boundary whose first part, with its hyphen, fits ``room``."""
        if not self.hyphenate or len(word) < self.MIN_HYPHENATED or room <= 0:
            return None
        positions = self._positions.get(word)
        if positions is None:
            positions = self._positions[word] = _break_points(word)
        found = self._last_fitting(word, positions, room)
        if found is None and must and positions != (syllables := _syllables(word)):
            found = self._last_fitting(word, syllables, room)  # a part wider than the column: a syllable
        return found

    def _last_fitting(self, word: str, positions: Sequence[int], room: float) -> tuple[str, str] | None:
        for position in reversed(positions):
            if (
                not (word[position - 1].isalpha() or word[position - 1] == "-")
                or not word[position].isalpha()
            ):
                continue  # a syllable boundary is between letters, never inside markup or numbers
            head = word[:position]
            shown = head if head.endswith("-") else head + "-"
            if self.width(shown) <= room:
                return shown, word[position:]
        return None

    def _broken(self, word: str, room: float) -> tuple[str, str]:
        """A word longer than the column cut where it must be, marked with a hyphen."""
        low, high = 1, len(word) - 1
        while low < high:  # the longest head that fits with its hyphen; at least one character
            middle = (low + high + 1) // 2
            if self.width(word[:middle] + "-") <= room:
                low = middle
            else:
                high = middle - 1
        return word[:low] + "-", word[low:]

    def _split(self, line: str, room: float) -> list[str]:
        """``line`` broken into lines that fit ``room``, with the width of each word measured once."""
        lines: list[str] = []
        space = self._word_width(" ")
        words: list[str] = []
        used = 0.0
        for word in line.split():
            width = self._word_width(word)
            gap = space if words else 0.0
            if used + gap + width <= room:
                words.append(word)
                used += gap + width
                continue
            split = self._hyphenated(word, room - used - gap) if words else None
            if split is not None:
                words.append(split[0])
                word = split[1]
            if words:
                lines.append(" ".join(words))
            while self._word_width(word) > room and len(word) > 1:
                head, word = self._hyphenated(word, room, must=True) or self._broken(word, room)
                lines.append(head)
            words = [word]
            used = self._word_width(word)
        if words:
            lines.append(" ".join(words))
        return lines or [""]

    def lines(self, value: str, width: float) -> list[str]:
        """``value`` broken into lines that fit ``width``."""
        room = width - 2 * CELL_PADDING
        key = (value, room)
        known = self._known.get(key)
        if known is not None:
            return known
        if has_foreign(value):
            for character in {c for c in value if ord(c) not in self._known_characters}:
                found = fallback_for(ord(character))  # drawn in a fallback font: measured in it too
                if found is not None:
                    if not self._own_widths:
                        self._widths, self._own_widths = dict(self._widths), True
                        self._char_width = self._widths.get
                    self._widths[ord(character)] = found[1]
        if "\n" not in value and self.width(value) <= room:
            lines = [value]
        else:
            lines = [part for line in value.split("\n") for part in self._split(line, room)]
        if len(value) < 2000:  # a long text is seldom repeated; keeping it would only cost memory
            self._known[key] = lines
        return lines

    def __call__(self, value: str, width: float) -> str:
        return "\n".join(self.lines(value, width))

    def joined(self, parts: Sequence[str], width: float) -> str:
        """Several texts in one cell, each starting on a new line."""
        return "\n".join(line for part in parts if part for line in self.lines(part, width))


@lru_cache(maxsize=8)
def _shared_widths(font: str, _characters: int) -> dict[int, float]:
    """A copy of ``font``'s character widths, made once for as many characters as it has (never changed:
    a cell maker that adds a fallback font's width copies it first)."""
    return dict(pdfmetrics.getFont(font).face.charWidths)


def _break_points(word: str) -> list[int]:
    """Where ``word`` may break: after its own hyphen if it has one ("Follow-|up", "EU-|projekt",
    never "Fol-low-up"), else at the syllable boundaries of the report's language."""
    hard = [
        i + 1
        for i in range(1, len(word) - 1)
        if word[i] == "-" and word[i - 1].isalpha() and word[i + 1].isalpha()
    ]
    return hard or _syllables(word)


def _syllables(word: str) -> list[int]:
    return hyphenator().positions(word) if len(word) < 200 else []
