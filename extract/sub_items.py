"""The sub-item an action was recorded under ("iv) Rubbish bags … Clerk to follow up." under item 12 is "12iv").

Items are often lists of numbered points under one heading (correspondence "i) … xvii)",
any other business "a) … d)"), one matter a point, and a later meeting's matters arising
name the point they follow up ("12iv) The issue of the rubbish bags had been resolved").
The action's item key names the item only; this finds the point: the nearest line at or before
the action's first line, inside the item's section, that opens with a roman numeral or a letter
in brackets. A point that opens with an item number of its own ("12iii) …" under matters arising)
names another meeting's point and gives none.
"""

from __future__ import annotations

import re

from .action_updates import normal_ref
from .items import Section
from .records import Action

_POINT = re.compile(r"^\s*\(?(?P<point>[ivx]{1,5}|[a-h])\)\s")
"""A point of a list under an item: "iv) ", "(b) "."""
_POINT_ITEM = re.compile(r"^[\d./]*\d(?:[ivx]{1,5}|[a-h])$")
"""An item number that is itself a point of its parent's list ("3ii", "4b" as `normal_ref` writes "4 (b)")."""
_NUMBERED_POINT = re.compile(r"^\s*\d{1,3}(?:\.\d{1,3})*\.?\s*(?:[ivx]{1,5}|[a-h])\)\s")
"""A point that names an item of its own ("12iii) "): a different numbering, which stops the search."""


def fill_sub_items(actions: list[Action], sections: list[Section]) -> None:
    """Set `sub_item` of each action recorded under a point of its item's list, in place."""
    by_line: dict[int, tuple[Section, int]] = {}
    for section in sections:
        if section.item is None or not section.item.number:
            continue
        for index, line in enumerate(section.lines):
            by_line.setdefault(line.number, (section, index))
    for action in actions:
        if action.evidence is None or action.item is None or action.evidence.line_start not in by_line:
            continue
        section, index = by_line[action.evidence.line_start]
        if section.key != action.item:
            continue
        if _POINT_ITEM.search(normal_ref(action.item)):
            # The point was read as a sub-item of its own ("3ii", "4 (b)"): the action's item is the point.
            action.sub_item = normal_ref(action.item)
            continue
        for line in reversed(section.lines[: index + 1]):
            if _NUMBERED_POINT.match(line.text):
                break
            found = _POINT.match(line.text)
            if found:
                action.sub_item = normal_ref(action.item) + found.group("point").lower()
                break
