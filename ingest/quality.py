"""Is a PDF page's text layer language? Tests for text that extracts but cannot be read.

A font embedded without a Unicode map gives its glyph codes instead of
letters: pdfminer writes them as "(cid:71)", pdfium as control characters and
punctuation, and a font whose codes were shifted gives letters that make no
words. Such a page has characters, so it is not a scan, yet storing its text
gives empty records. `judge_page_text` says when a page's text is of that
kind; the PDF reader then reports it, or reads the page by OCR when asked.
"""

from __future__ import annotations

import re
from typing import Iterable

TEXT_CHECK_MIN_CHARS = 40
"""A page with fewer visible characters than this is not judged (a title page, a signature)."""
CID_MAX_SHARE = 0.3
"""A page where more than this share of characters are unmapped glyph codes ("(cid:N)") is unreadable."""
LETTER_MIN_SHARE = 0.45
"""A page where fewer than this share of visible characters are letters is not language.

Tables of figures stay well above it: they have headings, names and words
between the numbers; glyph codes read as control characters and punctuation do not.
"""
CONTROL_MAX_SHARE = 0.05
"""Control characters in a text layer are glyph codes passed through without a Unicode map."""
LETTER_CHECK_MIN = 150
"""Letters a page needs before the mix of its letters is judged."""
FREQUENT_LETTERS = frozenset("etaoinsrhl")
"""The ten most frequent letters of English."""
FREQUENT_LETTER_MIN_SHARE = 0.57
"""Below this share of the ten most frequent letters, a page's letters make no words.

English carries about seven letters in ten from that set, and pages of names,
places and titles of council documents no fewer than six in ten; letters from
renumbered glyph codes are spread across the alphabet (about four in ten).
"""

PARTLY_MIN_CODES = 5
"""Unmapped glyph codes (beyond bullets) on an otherwise readable page that show part of it is
in a font without a Unicode map: a heading or a name set in another font reads as nothing."""
BULLET_CODES = frozenset({"(cid:127)", "(cid:149)", "(cid:183)"})
"""Unmapped codes fonts commonly use for a bullet (`layout.CID_BULLETS`): not lost text."""

_CID = re.compile(r"\(cid:\d+\)")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_LETTER = re.compile(r"[^\W\d_]")
_WHITE_SPACE = re.compile(r"\s")
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyz"

UNMAPPED_FONTS = "unmapped_fonts"
"""Verdict: the text is glyph codes of fonts without a Unicode map."""
PARTLY_UNMAPPED = "partly_unmapped"
"""Verdict: the text is language, but some of it is in a font without a Unicode map and is lost."""


def has_glyph_codes(text: str) -> bool:
    """True for a line holding control characters: glyph codes of a font without a Unicode map.

    Used on pages judged `PARTLY_UNMAPPED` to drop the lines that are such codes.
    """
    return _CONTROL.search(text) is not None


def judge_page_text(texts: Iterable[str]) -> str | None:
    """`UNMAPPED_FONTS` when a page's raw text (lines or runs, before clean-up) is not language,
    `PARTLY_UNMAPPED` when some of it is glyph codes, else None."""
    text = "".join(texts)
    codes = _CID.findall(text) if "(cid:" in text else []
    cids = len(codes)
    if cids:
        text = _CID.sub("\x00", text)
    # counting by regular expression and str.count keeps this to a fraction of a millisecond a page
    visible = len(text) - len(_WHITE_SPACE.findall(text))
    if visible < TEXT_CHECK_MIN_CHARS:
        return None
    if cids > CID_MAX_SHARE * visible:
        return UNMAPPED_FONTS
    controls = len(_CONTROL.findall(text)) - cids  # each code was replaced by a NUL above
    if controls > CONTROL_MAX_SHARE * visible:
        return UNMAPPED_FONTS
    if len(_LETTER.findall(text)) < LETTER_MIN_SHARE * visible:
        return UNMAPPED_FONTS
    lowered = text.lower()
    ascii_letters = sum(map(lowered.count, _ASCII_LETTERS))
    if ascii_letters >= LETTER_CHECK_MIN:
        if sum(map(lowered.count, FREQUENT_LETTERS)) < FREQUENT_LETTER_MIN_SHARE * ascii_letters:
            return UNMAPPED_FONTS
    if controls >= PARTLY_MIN_CODES or sum(1 for code in codes if code not in BULLET_CODES) >= PARTLY_MIN_CODES:
        return PARTLY_UNMAPPED
    return None
