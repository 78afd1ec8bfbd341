"""The page chrome of a website page saved as text or Markdown, found so that it can be read as blank lines.

A page saved from a council's site by a scraper (html2text, pandoc,
markdownify) or a browser's "save as text" carries the whole page around the
minutes: a "Skip to main content" link, the logo as an image link, menus
written as runs of links ("- [Police](…)", "[Home](…)[News](…)"), lone menu
words ("- Departments »", "#### Apply"), breadcrumb trails ("1. [Home](…) ››"),
and after the minutes a footer (contact block, "Share this", link runs,
copyright). The HTML reader drops the same furniture from the markup
(`html._drop_link_menus`); here only the lines are left, so the chrome is told
by its shape:

- the head: when the page has exactly one top-level "# " heading, the chrome
  signs before it (a skip link, a logo, MIN_HEAD_LINKS links on link-only lines)
  and less text before it than after it, everything before the heading goes;
  else the leading run of chrome lines (link-only lines, menu words, short
  menu headings) goes up to its last link-only line when it holds
  MIN_HEAD_LINKS links on link-only lines or a skip link;
- the tail: the trailing run of short lines after the minutes, from its first
  footer sign (a copyright line, a footer heading or word from
  `extract/data/page_chrome.json`) to the end, with a menu of link-only lines
  standing right above that sign.

A line with a sentence, a table row or a numbered item's heading stops both
runs, so a minutes' own list of links to reports, or an agenda's numbered
items with links, stay; a file with none of these signs reads as before.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

FOOTER_WORDS_PATH = Path(__file__).resolve().parent.parent / "extract" / "data" / "page_chrome.json"

MIN_HEAD_LINKS = 4
"""Links on link-only lines that make a page's opening a site's menus rather than a document's own links."""
MIN_MENU_LINK_LINES = 3
"""Link-only lines right above a footer sign that are read as a menu of the footer."""
MAX_MENU_WORDS = 4
"""Words of a lone menu entry ("Departments »", "How Do I…", "Pay a Bill")."""
MAX_FOOTER_WORDS = 12
"""Words of a footer line (an address, a phone number, "Town Hall is open Monday to Friday")."""

_LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\[\]]*\])*\]\([^()\s]*(?:\s+\"[^\"]*\")?\)")
# What may stand around links on a menu line: list markers, separators, arrows, numbering, heading marks.
_MENU_MARKS = re.compile(r"^[\s\-*+•·|/>›»«‹<:,;#\d.)(\\]*$")
_SKIP_LINK = re.compile(r"^\W*\[?\s*skip\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|menu)\b", re.IGNORECASE)
_IMAGE_LINE = re.compile(r"^\s*(?:\[\s*)?!\[[^\]]*\]\([^)]*\)(?:\s*\]\([^)]*\))?\s*$")
_TOP_HEADING = re.compile(r"^#\s+\S")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(?P<text>.*?)\s*#*\s*$")
_BULLET = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+")
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b", re.IGNORECASE)
_NUMBERED_ITEM = re.compile(r"^\s*(?:\*\*)?(?:item\s+\d{1,3}|\d{1,3}(?:\.\d{1,3})*[.)])\s+\S", re.IGNORECASE)
_NUMBERED_LINE = re.compile(r"^\s*\d{1,3}[.)]\s")
_TRAIL_MARK = re.compile(r"[›»>/|]")
_SENTENCE_END = re.compile(r"[.;:!?]\s*$")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_TRAILING_MARKS = " \t\r\n:»›>.…|*_#-"
"""Marks a menu word or a footer's heading may end with ("Departments »", "Contact:"), stripped with str.rstrip."""


@lru_cache(maxsize=1)
def footer_words() -> frozenset[str]:
    """The footer words and phrases of `extract/data/page_chrome.json`, lower-case."""
    data = json.loads(FOOTER_WORDS_PATH.read_text(encoding="utf-8"))
    return frozenset(word.lower() for word in data["footer_words"])


def chrome_lines(lines: list[str]) -> set[int]:
    """The indices of `lines` (a page's raw lines, front matter already blank) that are page chrome."""
    chrome = _head_chrome(lines)
    return chrome | _tail_chrome(lines, start=max(chrome, default=-1) + 1)


def is_link_line(line: str) -> bool:
    """True for a line whose visible text is only Markdown links or images, with list marks or separators around them.

    A numbered line counts only as a breadcrumb ("1. [Home](…) ››"): an
    agenda's numbered items are often links to their papers.
    """
    if "](" not in line:
        return False
    rest, count = _LINK.subn(" ", line)
    if count == 0 or not _MENU_MARKS.match(rest):
        return False
    return not _NUMBERED_LINE.match(line) or bool(_TRAIL_MARK.search(rest))


def _link_count(line: str) -> int:
    return len(_LINK.findall(line))


def _words(line: str) -> list[str]:
    return _WORD.findall(_LINK.sub(lambda match: match.group(0).split("](")[0], line))


def _is_menu_word_line(line: str) -> bool:
    """A lone menu entry: "- Departments »", "#### Apply", "- ## About", "Menu"; not a numbered item."""
    stripped = line.strip()
    if not stripped or "|" in stripped or "\t" in stripped or _NUMBERED_ITEM.match(stripped):
        return False
    if _TOP_HEADING.match(stripped):
        return False  # the document's title
    words = _words(stripped)
    if not words or len(words) > MAX_MENU_WORDS or any(word[:1].isdigit() for word in words):
        return False
    text = _BULLET.sub("", stripped)
    return bool(_BULLET.match(stripped) or _HEADING.match(text) or len(words) <= 2) and not _SENTENCE_END.search(
        text.replace("»", "").replace("›", "").rstrip(_TRAILING_MARKS) + " "
    )


def _head_chrome(lines: list[str]) -> set[int]:
    tops = [index for index, line in enumerate(lines) if _TOP_HEADING.match(line)]
    if len(tops) == 1:
        top = tops[0]
        before = lines[:top]
        links = sum(_link_count(line) for line in before if is_link_line(line))
        signs = links >= MIN_HEAD_LINKS or any(_SKIP_LINK.match(line) or _IMAGE_LINE.match(line) for line in before)
        if signs and _text_size(before, skip_links=True) < _text_size(lines[top + 1 :], skip_links=False):
            return set(range(top))
    last_link = None
    links = 0
    skip = False
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if _SKIP_LINK.match(line) or is_link_line(line) or _IMAGE_LINE.match(line):
            skip = skip or bool(_SKIP_LINK.match(line))
            links += _link_count(line) if is_link_line(line) else 0
            last_link = index
            continue
        if not _is_menu_word_line(line):
            break
    if last_link is None or (links < MIN_HEAD_LINKS and not skip):
        return set()
    return set(range(last_link + 1))


def _text_size(lines: list[str], *, skip_links: bool) -> int:
    return sum(len("".join(_words(line))) for line in lines if not (skip_links and is_link_line(line)))


def _is_footer_sign(line: str) -> bool:
    stripped = line.strip()
    if _COPYRIGHT.search(stripped):
        return True
    heading = _HEADING.match(_BULLET.sub("", stripped))
    text = heading.group("text") if heading else _BULLET.sub("", stripped)
    text = text.replace("*", "").replace("_", " ").rstrip(_TRAILING_MARKS).strip().lower()
    return text in footer_words()


def _is_footer_line(line: str, following: str = "") -> bool:
    """A line a footer is made of: links, a footer sign, a menu's short heading over links, or a short plain line.

    An item's heading, a numbered line and a table row are never footer lines.
    """
    stripped = line.strip()
    if not stripped or is_link_line(stripped) or _is_footer_sign(stripped):
        return True
    if "|" in stripped or "\t" in stripped or _NUMBERED_ITEM.match(stripped):
        return False
    if _HEADING.match(stripped):
        return _is_menu_heading(stripped, following)
    return len(_words(stripped)) <= MAX_FOOTER_WORDS


def _is_menu_heading(line: str, following: str) -> bool:
    """A short heading whose next line is a link-only line: "#### Programs" over "- [Live Cohort](…)"."""
    return (
        bool(_HEADING.match(line.strip())) and not _NUMBERED_ITEM.match(_HEADING.sub(r"\g<text>", line.strip()))
        and len(_words(line)) <= MAX_MENU_WORDS and is_link_line(following)
    )


def _tail_chrome(lines: list[str], *, start: int) -> set[int]:
    run_start = len(lines)
    following = ""  # the next line with text below the one looked at, kept while walking back
    for index in range(len(lines) - 1, start - 1, -1):
        if not _is_footer_line(lines[index], following):
            break
        run_start = index
        if lines[index].strip():
            following = lines[index]
    signs = [index for index in range(run_start, len(lines)) if lines[index].strip() and _is_footer_sign(lines[index])]
    if not signs or not any(
        _COPYRIGHT.search(lines[index]) or is_link_line(lines[index]) for index in range(signs[0], len(lines))
    ):
        return set()  # a lone "Contact" closing the minutes is no footer: a footer holds links or a copyright
    cut = signs[0]
    # The menus standing right above the footer's first sign: link-only lines under short headings.
    above: list[int] = []
    following = lines[cut]
    for index in range(cut - 1, run_start - 1, -1):
        line = lines[index]
        if not line.strip():
            continue
        if not (is_link_line(line) or _is_menu_heading(line, following)):
            break
        above.append(index)
        following = line
    if sum(1 for index in above if is_link_line(lines[index])) >= MIN_MENU_LINK_LINES:
        cut = min(above)
    return set(range(cut, len(lines)))
