"""Text from documents made safe at the output edge: for a terminal and for a spreadsheet.

Minutes are written by others, and a file (or its name) can carry escape
sequences that clear a screen or retitle a window, or a cell that a
spreadsheet runs as a formula. Everything minutebook prints passes through
`escape_controls`; every CSV cell also through `neutralise_formula`. The
commands' `--raw` option writes text exactly as stored instead.
"""

from __future__ import annotations

import re

KEPT_CONTROLS = "\n\t"
"""Line breaks and tabs are layout, not commands: kept."""
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
"""Bidirectional overrides and isolates, which make text display in another order than it reads."""
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""A spreadsheet reads a cell starting with one of these as a formula (OWASP's list)."""

_CONTROLS = re.compile(
    "[" + "".join(chr(code) for code in range(0x20) if chr(code) not in KEPT_CONTROLS)
    + "\x7f-\x9f" + BIDI_CONTROLS + "]"
)


def escape_controls(text: str) -> str:
    """`text` with every control character written as a visible escape (ESC as \\x1b)."""
    if not _CONTROLS.search(text):
        return text
    return _CONTROLS.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def neutralise_formula(text: str) -> str:
    """`text` with a leading apostrophe when a spreadsheet would run it as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def make_csv_cell(text: str) -> str:
    """A CSV cell safe to open in a spreadsheet and to print: controls escaped, formulas neutralised."""
    return neutralise_formula(escape_controls(text))
