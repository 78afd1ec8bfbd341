"""Word's automatic list numbering, rendered the way Word prints it.

A Word paragraph numbered by the list buttons ("1. APOLOGIES", "a) Grants",
"IV. OLD BUSINESS", "3.2 Finance") does not hold its number in its text: the
paragraph names a list (`numId`) and a level (`ilvl`), and numbering.xml says
how that level is counted and printed. This module keeps the counters and
renders each paragraph's label:

- a `num` points to an `abstractNum` whose `lvl`s give `start`, `numFmt`
  (decimal, decimalZero, lowerLetter, upperLetter, lowerRoman, upperRoman,
  bullet, none) and `lvlText`, where "%1" … "%9" stand for the counters of
  levels 1 … 9 ("%1.", "%1.%2", "(%3)");
- lists that share an `abstractNum` share their counters, as Word counts them
  (a list broken by a table or a paragraph goes on where it stopped); a `num`
  that overrides a level's start (`lvlOverride`/`startOverride`, Word's
  "Restart at 1") starts that level again at its first paragraph;
- a level starts again whenever a level above it is used (or, with
  `lvlRestart`, only after the level it names; 0: never), and `isLgl` prints
  every counter of the label in decimal;
- a bullet prints as "•" whatever font glyph the document picks;
- a `lvlText` longer than `MAX_LABEL_CHARS` prints no label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

Element = Any
"""An lxml element (lxml ships no type information)."""

MAX_LEVELS = 9
MAX_LABEL_CHARS = 64
"""A level's `lvlText` longer than this prints no label: Word's labels are a few characters ("%1.", "(%3)",
"%1.%2.%3"), and the label is rendered again for every numbered paragraph."""
BULLET = "\u2022"


@dataclass(frozen=True, slots=True)
class Level:
    """How one level of a list is counted and printed."""

    start: int = 1
    format: str = "decimal"
    text: str = "%1."
    restart: int | None = None
    """`lvlRestart`: restart after this (1-based) level is used; 0 never; None after any level above."""
    legal: bool = False
    """`isLgl`: the label prints every counter in decimal."""
    suffix: str = "tab"
    """What follows the label: "tab", "space" or "nothing"."""


@dataclass(slots=True)
class ListDefinition:
    """An `abstractNum`: its levels, by `ilvl`."""

    levels: dict[int, Level] = field(default_factory=dict)


@dataclass(slots=True)
class ListInstance:
    """A `num`: which definition it counts with, and the levels it starts again or prints differently."""

    definition: str
    start_overrides: dict[int, int] = field(default_factory=dict)
    level_overrides: dict[int, Level] = field(default_factory=dict)


class Numbering:
    """Counters for a document's lists, advanced paragraph by paragraph in body order."""

    def __init__(self, definitions: Mapping[str, ListDefinition], instances: Mapping[str, ListInstance]) -> None:
        self._definitions = definitions
        self._instances = instances
        self._counters: dict[str, dict[int, int]] = {}
        self._restarted: set[tuple[str, int]] = set()

    def label(self, num_id: str, ilvl: int) -> tuple[str, str] | None:
        """The label of the next paragraph of list `num_id` at level `ilvl`, with what follows it ("tab", "space",
        "nothing"); None when the list or level is not defined (numId 0 is "no numbering")."""
        instance = self._instances.get(num_id)
        if instance is None or not 0 <= ilvl < MAX_LEVELS:
            return None
        level = self._level(instance, ilvl)
        if level is None:
            return None
        counters = self._counters.setdefault(instance.definition, {})
        if ilvl in instance.start_overrides and (num_id, ilvl) not in self._restarted:
            self._restarted.add((num_id, ilvl))
            counters.pop(ilvl, None)
            for deeper in range(ilvl + 1, MAX_LEVELS):
                counters.pop(deeper, None)
        if ilvl in counters:
            counters[ilvl] += 1
        else:
            counters[ilvl] = self._start(instance, ilvl, level)
        for deeper in range(ilvl + 1, MAX_LEVELS):
            restart = self._restart_after(instance, deeper)
            if restart is None or (restart != 0 and ilvl + 1 <= restart):
                counters.pop(deeper, None)
        return self._render(instance, level, counters), level.suffix

    def _level(self, instance: ListInstance, ilvl: int) -> Level | None:
        if ilvl in instance.level_overrides:
            return instance.level_overrides[ilvl]
        definition = self._definitions.get(instance.definition)
        return definition.levels.get(ilvl) if definition is not None else None

    def _start(self, instance: ListInstance, ilvl: int, level: Level) -> int:
        return instance.start_overrides.get(ilvl, level.start)

    def _restart_after(self, instance: ListInstance, ilvl: int) -> int | None:
        level = self._level(instance, ilvl)
        return level.restart if level is not None and level.restart is not None else None

    def _render(self, instance: ListInstance, level: Level, counters: dict[int, int]) -> str:
        if level.format == "bullet":
            return BULLET if level.text else ""
        out: list[str] = []
        text = level.text
        index = 0
        while index < len(text):
            char = text[index]
            if char == "%" and index + 1 < len(text) and text[index + 1] in "123456789":
                referenced = int(text[index + 1]) - 1
                shown = self._level(instance, referenced)
                value = counters.get(referenced)
                if value is None:
                    value = self._start(instance, referenced, shown) if shown is not None else 1
                fmt = "decimal" if level.legal or shown is None else shown.format
                out.append(format_number(value, fmt))
                index += 2
                continue
            out.append(char)
            index += 1
        return "".join(out).strip()


def format_number(value: int, fmt: str) -> str:
    """A counter as Word prints it in `fmt` (unknown formats print in decimal)."""
    printer = _FORMATS.get(fmt)
    return printer(value) if printer is not None else str(value)


MAX_LETTERS = 780
"""Word's letters run to "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz" (780); a larger counter prints in decimal."""
MAX_ROMAN = 3999


def _letters(value: int) -> str:
    """Word's letters: a … z, then aa … zz, aaa … (the letter repeated, not spreadsheet columns)."""
    if not 1 <= value <= MAX_LETTERS:
        return str(value)
    repeat, index = divmod(value - 1, 26)
    return chr(ord("a") + index) * (repeat + 1)


_ROMAN_STEPS = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _roman(value: int) -> str:
    if not 1 <= value <= MAX_ROMAN:
        return str(value)
    numeral = []
    for amount, letters in _ROMAN_STEPS:
        count, value = divmod(value, amount)
        numeral.append(letters * count)
    return "".join(numeral)


_FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda value: f"{value:02d}",
    "lowerLetter": _letters,
    "upperLetter": lambda value: _letters(value).upper(),
    "lowerRoman": _roman,
    "upperRoman": lambda value: _roman(value).upper(),
    "none": lambda value: "",
}


def read_numbering(root: Element | None, w: str, style_lists: Mapping[str, str]) -> Numbering:
    """The lists numbering.xml defines (`root`, None when the document has none), `w` the WordprocessingML
    namespace in braces. `style_lists` maps a numbering style's id to the `numId` it names: an `abstractNum`
    that only links to such a style (`numStyleLink`) counts with the definition that list uses."""
    definitions: dict[str, ListDefinition] = {}
    links: dict[str, str] = {}
    instances: dict[str, ListInstance] = {}
    if root is None:
        return Numbering(definitions, instances)
    for abstract in root.iter(f"{w}abstractNum"):
        ident = abstract.get(f"{w}abstractNumId")
        if ident is None:
            continue
        definition = ListDefinition()
        for lvl in abstract.findall(f"{w}lvl"):
            ilvl = word_int(lvl.get(f"{w}ilvl"))
            if ilvl is not None:
                definition.levels[ilvl] = _read_level(lvl, w)
        definitions[ident] = definition
        link = abstract.find(f"{w}numStyleLink")
        if link is not None and link.get(f"{w}val"):
            links[ident] = link.get(f"{w}val")
    for num in root.iter(f"{w}num"):
        ident, abstract_id = num.get(f"{w}numId"), word_val(num.find(f"{w}abstractNumId"), w)
        if ident is None or abstract_id is None:
            continue
        instance = ListInstance(definition=abstract_id)
        for override in num.findall(f"{w}lvlOverride"):
            ilvl = word_int(override.get(f"{w}ilvl"))
            if ilvl is None:
                continue
            start = word_int(word_val(override.find(f"{w}startOverride"), w))
            if start is not None:
                instance.start_overrides[ilvl] = start
            lvl = override.find(f"{w}lvl")
            if lvl is not None:
                instance.level_overrides[ilvl] = _read_level(lvl, w)
        instances[ident] = instance
    for instance in instances.values():
        # a list whose definition only links to a numbering style counts with the style's own list
        style = links.get(instance.definition)
        target = instances.get(style_lists.get(style, "")) if style is not None else None
        if target is not None and target.definition not in links:
            instance.definition = target.definition
    return Numbering(definitions, instances)


def _read_level(lvl: Element, w: str) -> Level:
    text_element = lvl.find(f"{w}lvlText")
    restart = word_int(word_val(lvl.find(f"{w}lvlRestart"), w))
    legal = lvl.find(f"{w}isLgl")
    # The schema's default start is 0; producers always write it, and 1 is what a list written by hand means.
    start = word_int(word_val(lvl.find(f"{w}start"), w))
    return Level(
        start=start if start is not None else 1,
        format=word_val(lvl.find(f"{w}numFmt"), w) or "decimal",
        text=_label_text(text_element.get(f"{w}val", "") if text_element is not None else ""),
        restart=restart,
        legal=legal is not None and word_val(legal, w) not in ("0", "false", "off"),
        suffix=word_val(lvl.find(f"{w}suff"), w) or "tab",
    )


def _label_text(text: str) -> str:
    """A level's label template, none when it is longer than any label Word prints (`MAX_LABEL_CHARS`)."""
    return text if len(text) <= MAX_LABEL_CHARS else ""


def word_val(element: Element | None, w: str) -> str | None:
    """An element's `w:val` attribute, None when the element or the attribute is missing."""
    return element.get(f"{w}val") if element is not None else None


_WORD_INT = re.compile(r"-?[0-9]{1,9}")


def word_int(value: str | None) -> int | None:
    """A whole number as Word writes one (ASCII digits, an optional minus sign), else None: "²", "٣", " 4", "3_0"
    and numbers longer than nine digits are not numbers Word writes (`str.isdigit` takes "²", which `int` refuses)."""
    return int(value) if value is not None and _WORD_INT.fullmatch(value) else None
