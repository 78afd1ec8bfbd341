"""Ligature glyphs a PDF's text layer lost, found inside words and put back from evidence.

Word processors print "fi", "fl", "ff", "ffi", "ti", "tt", "ft" … as one
glyph. Many exported PDFs give that glyph no Unicode, or a private-use
character, so the text layer reads "Of?ce", "Minu?es", "A?ended": headings and
names no longer match. The PDF reader marks each such glyph inside a word with
a stand-in character, one per kind of glyph (font and code), and records the
word and its box (`LostGlyphs`). When OCR can run, a few of those words are
read from the page; a reading that is the word's own letters with one known
ligature in each marked place is evidence for what that kind of glyph prints,
and a kind whose readings agree is put back everywhere it occurs. Nothing is
guessed: a kind without such evidence is left out (the word keeps its gap) and
the document's warning says so.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Iterable

from .layout import PageLine

LIGATURES = ("ffi", "ffl", "fft", "ff", "fi", "fl", "ft", "fb", "fh", "fj", "fk", "tti", "tt", "ti", "tf", "tz",
             "th", "st", "ct")
"""What one ligature glyph prints, as fonts of word processors and typesetters have them; longest first,
so a reading takes the whole of "ffi" rather than "ff" and a stray "i"."""

MARK_FIRST = 0xFDD0
MARK_COUNT = 32
"""Stand-ins for lost glyphs: Unicode's noncharacters U+FDD0 to U+FDEF, which no text holds.
A document with more kinds of lost glyph than this shares the last stand-in among the rest."""
MARKS = frozenset(chr(MARK_FIRST + number) for number in range(MARK_COUNT))

SAMPLE_WORDS = 6
"""Words read by OCR per kind of lost glyph: the longest, which carry the most known letters."""
MIN_KNOWN_LETTERS = 2
"""A word needs this many letters besides its lost glyphs for a reading of it to be evidence."""
AGREEMENT = 2 / 3
"""Share of a kind's matching readings that must name the same ligature for it to be put back."""

PRIVATE_USE = re.compile("[\ue000-\uf8ff\udb80-\udbff]")
"""Private-use characters (a high surrogate stands for planes 15 and 16): where a producer mapped a
ligature glyph to a code of its own."""
SYMBOL_FONT_CODES = range(0xF000, 0xF100)
"""Private-use codes symbol fonts print bullets and ticks with: lost text only between two letters."""


def is_private_use(char: str) -> bool:
    return PRIVATE_USE.match(char) is not None


def lost_in_word(word: str, index: int) -> bool:
    """True when a private-use character at `index` of `word` stands where letters were printed
    (`stands_for_letters`)."""
    before = word[index - 1] if index > 0 else ""
    following = index + 2 if "\ud800" <= word[index] <= "\udbff" else index + 1  # past a pair's second half
    after = word[following] if following < len(word) else ""
    return stands_for_letters(before, after, symbol=ord(word[index]) in SYMBOL_FONT_CODES)


def stands_for_letters(before: str, after: str, *, symbol: bool = False) -> bool:
    """True when a glyph between the characters `before` and `after` ("" at a word's edge) stands where
    letters were printed: beside a small letter, as ligatures of small letters are ("o?ce", "?nance",
    "A?ended"); between two letters for the codes symbol fonts print bullets with. A glyph before a
    capital at a word's start ("?Roads") is a bullet or a symbol."""
    if symbol and not (before.isalpha() and after.isalpha()):
        return False
    return before.islower() or after.islower()


@dataclass(slots=True)
class LostWord:
    page: int
    """1-based page number."""
    box: tuple[float, float, float, float]
    """x0, top, x1, bottom, y down from the page top."""
    text: str
    """The word with a stand-in (`MARKS`) where each lost glyph was."""


@dataclass(slots=True)
class LostGlyphs:
    """A document's lost ligature glyphs: one stand-in per kind, and the words holding them."""

    marks: dict[object, str] = field(default_factory=dict)
    words: list[LostWord] = field(default_factory=list)

    def mark(self, kind: object) -> str:
        """The stand-in for a kind of lost glyph (a font and its code)."""
        found = self.marks.get(kind)
        if found is None:
            found = self.marks[kind] = chr(MARK_FIRST + min(len(self.marks), MARK_COUNT - 1))
        return found

    def samples(self) -> list[LostWord]:
        """Words worth reading by OCR: per stand-in, the longest distinct words holding it."""
        chosen: list[LostWord] = []
        seen: set[str] = set()
        per_mark: Counter[str] = Counter()
        for word in sorted(self.words, key=lambda word: -_known_letters(word.text)):
            if word.text in seen or _known_letters(word.text) < MIN_KNOWN_LETTERS:
                continue
            marks = {char for char in word.text if char in MARKS}
            if all(per_mark[mark] >= SAMPLE_WORDS for mark in marks):
                continue
            seen.add(word.text)
            per_mark.update(marks)
            chosen.append(word)
        return chosen


def _known_letters(text: str) -> int:
    return sum(1 for char in text if char.isalpha())


_ALTERNATIVES = "|".join(LIGATURES)


def read_ligatures(marked: str, recognised: str) -> dict[str, str] | None:
    """What each stand-in in `marked` prints, when `recognised` (OCR of the word) is the word's known
    letters with a ligature of `LIGATURES` in each stand-in's place; else None.

    Letters are compared without regard to case and spaces OCR put inside the
    word are ignored; one stand-in twice in a word must read the same both times.
    """
    pattern = []
    groups: dict[str, str] = {}
    for char in marked:
        if char in MARKS:
            if char in groups:
                pattern.append(f"(?P={groups[char]})")
            else:
                groups[char] = f"g{len(groups)}"
                pattern.append(f"(?P<{groups[char]}>{_ALTERNATIVES})")
        elif not char.isspace():
            pattern.append(re.escape(char))
    if not groups:
        return None
    found = re.fullmatch("".join(pattern), "".join(recognised.split()), re.IGNORECASE)
    if found is None:
        return None
    return {char: found.group(name).lower() for char, name in groups.items()}


def decide(readings: Iterable[dict[str, str]]) -> dict[str, str]:
    """The ligature each stand-in prints, where the readings of it agree (`AGREEMENT`)."""
    votes: dict[str, Counter[str]] = {}
    for reading in readings:
        for mark, ligature in reading.items():
            votes.setdefault(mark, Counter())[ligature] += 1
    decided = {}
    for mark, counts in votes.items():
        ligature, count = counts.most_common(1)[0]
        if count >= AGREEMENT * sum(counts.values()):
            decided[mark] = ligature
    return decided


def restore_lines(lines: list[PageLine], table: dict[str, str]) -> list[PageLine]:
    """The lines with every stand-in replaced by its ligature from `table`, or left out where it has none."""
    translation = str.maketrans({mark: table.get(mark, "") for mark in MARKS})
    restored = []
    for line in lines:
        if not any(char in MARKS for char in line.text) and not (
            line.cells and any(char in MARKS for cell in line.cells for char in cell)
        ):
            restored.append(line)
            continue
        restored.append(replace(
            line,
            text=line.text.translate(translation),
            cells=tuple(cell.translate(translation) for cell in line.cells) if line.cells is not None else None,
            segments=tuple(replace(segment, text=segment.text.translate(translation)) for segment in line.segments),
            runs=tuple(replace(run, text=run.text.translate(translation)) for run in line.runs)
            if line.runs is not None else None,
        ))
    return restored
