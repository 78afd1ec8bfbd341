"""Headings as lightweight markup other than Markdown's `#` marks them, rewritten as Markdown headings.

Minutes kept in wikis, outliners and documentation tools reach us as plain
text with heading marks of their own, and read as Markdown they lose every
heading, so the items under them are lost too:

- Org mode outlines (Emacs): "* Business", "** Treasurer's report", stars at
  the line's start and a space; "#+TITLE: Board meeting" keyword lines; a
  heading that is a task ("*** TODO Wen to book the hall", "*** DONE …") is a
  task, not an item, and becomes a list line with its state beside it;
- wiki pages (MediaWiki, Trac, DokuWiki): "== Business ==", "=== Report ===";
  DokuWiki counts the other way ("====== Title ======" is its top level);
- setext headings (Markdown, reStructuredText): a short line over a line of
  "=" or "-" about as long; reStructuredText underlines with any one
  punctuation mark, with an overline too where it likes, and ranks its
  styles in the order they first appear;
- AsciiDoc: "= Title", "== Business".

`as_markdown_headings` rewrites such headings as "#" headings and blanks
their underlines and the dialect's keyword lines, one output line per input
line, so the text reader reads them as it reads Markdown and line numbers
still match the file. Org, reStructuredText and AsciiDoc marks are read only
in files of that dialect (a "* " line in Markdown is a bullet); wiki headings
and setext underlines in any other text file, as nothing else writes them
(AsciiDoc reads "== Finance ==" as its own heading).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import PurePath
from typing import Literal

Dialect = Literal["markdown", "org", "rst", "asciidoc"]

DIALECT_SUFFIXES: dict[str, Dialect] = {
    ".org": "org",
    ".rst": "rst",
    ".rest": "rst",
    ".adoc": "asciidoc",
    ".asciidoc": "asciidoc",
}
"""Extensions that name a dialect; any other text file is read as Markdown (wiki and setext headings included)."""
MARKUP_SUFFIXES = frozenset({*DIALECT_SUFFIXES, ".wiki", ".mediawiki", ".dokuwiki"})
"""Text files of lightweight markup the folder walk takes besides .txt and .md."""
SNIFF_LINES = 20
"""An extensionless or .txt file is Org when one of its first this many lines is an Org keyword line."""
MAX_LEVEL = 6
TITLE_MAX_WORDS = 14
"""A setext title is a short line: a longer one over a rule is a paragraph before a page break."""
UNDERLINE_SHARE = 0.5
"""A setext underline is at least this share of its title's length (a "---" page break under a sentence is not)..."""
UNDERLINE_OVERHANG = 4
"""...and at most twice the title's length and this many characters more."""

_ORG_KEYWORD = re.compile(r"^#\+(?P<key>[A-Za-z_]+):[ \t]*(?P<value>.*?)[ \t]*$")
_ORG_BLOCK = re.compile(r"^[ \t]*#\+(?:begin|end)_\w+\b.*$", re.IGNORECASE)
_ORG_DRAWER = re.compile(r"^[ \t]*:(?:[A-Z_]+|END):[ \t]*$")
_ORG_HEADING = re.compile(
    r"^(?P<stars>\*+)[ \t]+(?:(?P<task>TODO|DONE|NEXT|WAITING|CANCELL?ED)[ \t]+)?(?:\[#[A-C]\][ \t]+)?(?P<title>.*?)"
    r"(?:[ \t]+:[\w@#%:]+:)?[ \t]*$"
)
_OPEN_TASK_KEYWORDS = frozenset({"TODO", "NEXT", "WAITING"})
_WIKI_HEADING = re.compile(r"^[ \t]*(?P<marks>={1,6})[ \t]*(?P<title>[^=\s](?:.*?[^=\s])?)[ \t]*(?P=marks)[ \t]*$")
_ADOC_HEADING = re.compile(r"^(?P<marks>={1,6})[ \t]+(?P<title>\S.*?)[ \t]*$")
_ADOC_ATTRIBUTE = re.compile(r"^:[\w-]+!?:(?:[ \t].*)?$")
_SETEXT_RULE = re.compile(r"^[ \t]{0,3}(?P<mark>=+|-+)[ \t]*$")
_RST_RULE = re.compile(r"^(?P<mark>([=\-`:'\"~^_*+#<>])\2{2,})[ \t]*$")
_TITLE_WORD = re.compile(r"[^\W\d_]{2,}")
# A line that is no title though short: a list item, a table row, a sentence's end, a label with its value after, a
# fixed-width table's header (words two spaces or more apart over its rule: "Payee      Amount").
_NOT_A_TITLE = re.compile(r"^[ \t]*(?:[-*+•][ \t]|\d+[.)][ \t]|\|)|[.,;]$|:[ \t]*\S|\S[ \t]{2,}\S")


def dialect_of(name: str, first_lines: list[str]) -> Dialect:
    """The markup dialect of a text file named `name`: by its extension, else Org when an Org keyword line
    ("#+TITLE: …") stands among its first lines, else Markdown."""
    by_suffix = DIALECT_SUFFIXES.get(PurePath(name).suffix.lower())
    if by_suffix is not None:
        return by_suffix
    if any(_ORG_KEYWORD.match(line.strip()) for line in first_lines[:SNIFF_LINES]):
        return "org"
    return "markdown"


def as_markdown_headings(
    lines: list[str], dialect: Dialect, *, skip: int = 0, furniture: Callable[[str], bool] | None = None
) -> list[str]:
    """`lines` with the dialect's headings rewritten as Markdown "#" headings, their underlines and keyword lines
    blank; the first `skip` lines (a front matter block) are left as they are, and so is a line over a rule that
    `furniture` says is a page's number or footer ("Page 3 of 7" over a converter's "---" page break)."""
    out = list(lines)
    if dialect == "org":
        _rewrite_org(out, skip)
    elif dialect == "asciidoc":
        _rewrite_asciidoc(out, skip)
    if dialect == "rst":
        _rewrite_rst(out, skip, furniture)
    else:
        _rewrite_setext(out, skip, furniture)
    if dialect != "asciidoc":
        _rewrite_wiki(out, skip)
    return out


def _heading(level: int, title: str) -> str:
    return "#" * max(1, min(level, MAX_LEVEL)) + " " + title.strip()


def _rewrite_org(lines: list[str], skip: int) -> None:
    drawer = False
    for index in range(skip, len(lines)):
        line = lines[index]
        if drawer or _ORG_DRAWER.match(line):
            # A drawer (":PROPERTIES:" … ":END:") holds the outline's settings, not the meeting's words.
            drawer = line.strip().upper() != ":END:"
            lines[index] = ""
            continue
        keyword = _ORG_KEYWORD.match(line.strip())
        if keyword is not None:
            # The document's title is its first heading; the other settings ("#+AUTHOR:", "#+STARTUP:") print nothing.
            title = keyword.group("key").lower() == "title" and keyword.group("value")
            lines[index] = _heading(1, keyword.group("value")) if title else ""
            continue
        if _ORG_BLOCK.match(line):
            lines[index] = ""
            continue
        heading = _ORG_HEADING.match(line)
        if heading is None or not heading.group("title"):
            continue
        task = heading.group("task")
        if task:
            # A task of the meeting, not an item: "- TODO Wen to book the hall", its state beside it when it is closed
            # ("- TODO Wen to book the hall [DONE]"), as minutes write a task's status.
            state = "" if task in _OPEN_TASK_KEYWORDS else f" [{task}]"
            lines[index] = f"- TODO {heading.group('title')}{state}"
        else:
            lines[index] = _heading(len(heading.group("stars")) + 1, heading.group("title"))


def _rewrite_asciidoc(lines: list[str], skip: int) -> None:
    for index in range(skip, len(lines)):
        line = lines[index]
        if _ADOC_ATTRIBUTE.match(line):
            lines[index] = ""
            continue
        heading = _ADOC_HEADING.match(line)
        if heading is not None:
            # The marks may close the title too: "== Finance ==".
            title = re.sub(rf"[ \t]+{heading.group('marks')}$", "", heading.group("title"))
            lines[index] = _heading(len(heading.group("marks")), title)


def _rewrite_wiki(lines: list[str], skip: int) -> None:
    found = [
        (index, match) for index in range(skip, len(lines))
        if (match := _WIKI_HEADING.match(lines[index])) and _TITLE_WORD.search(match.group("title"))
    ]
    if not found:
        return
    # DokuWiki's top level has six marks and its lowest two; MediaWiki's the other way about.
    deepest = max(len(match.group("marks")) for _, match in found)
    reversed_levels = deepest >= 5
    for index, match in found:
        marks = len(match.group("marks"))
        lines[index] = _heading(MAX_LEVEL + 1 - marks if reversed_levels else marks, match.group("title"))


def _is_title(line: str, furniture: Callable[[str], bool] | None = None) -> bool:
    text = line.strip()
    return (
        bool(text)
        and not (furniture is not None and furniture(text))
        and len(text.split()) <= TITLE_MAX_WORDS
        and _TITLE_WORD.search(text) is not None
        and not text.startswith("#")
        and not _NOT_A_TITLE.search(text)
    )


def _fits_title(rule: str, title: str) -> bool:
    width, length = len(rule.strip()), len(title.strip())
    return max(3, UNDERLINE_SHARE * length) <= width <= 2 * length + UNDERLINE_OVERHANG


def _rewrite_setext(lines: list[str], skip: int, furniture: Callable[[str], bool] | None) -> None:
    """"Business" over "========" (level 1) or "--------" (level 2): a one-line paragraph over a rule about as long."""
    for index in range(skip + 1, len(lines)):
        rule = _SETEXT_RULE.match(lines[index])
        title = lines[index - 1]
        if rule is None or not _is_title(title, furniture) or not _fits_title(lines[index], title):
            continue
        if index - 2 >= skip and lines[index - 2].strip():
            continue  # the last line of a longer paragraph: a rule after it is a break, not an underline
        lines[index - 1] = _heading(1 if rule.group("mark")[0] == "=" else 2, title)
        lines[index] = ""


def _rewrite_rst(lines: list[str], skip: int, furniture: Callable[[str], bool] | None) -> None:
    """reStructuredText's section titles: a title under (and maybe over) a rule of one punctuation mark at least as
    long as it; each style (mark, with or without an overline) is a level, in the order the styles first appear."""
    styles: list[tuple[str, bool]] = []
    index = skip + 1
    while index < len(lines):
        rule = _RST_RULE.match(lines[index])
        title = lines[index - 1]
        if rule is None or not _is_title(title, furniture) or len(rule.group("mark")) < len(title.strip()):
            index += 1
            continue
        above = index - 2
        overline = above >= skip and lines[above].strip() == rule.group("mark")
        if not overline and above >= skip and lines[above].strip():
            index += 1
            continue
        style = (rule.group("mark")[0], overline)
        if style not in styles:
            styles.append(style)
        lines[index - 1] = _heading(styles.index(style) + 1, title)
        lines[index] = ""
        if overline:
            lines[above] = ""
        index += 1
