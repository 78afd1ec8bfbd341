"""A plain personal name as a regular-expression piece: the one place the extractors take it from.

A name word is a capital and the letters a name goes on with, apostrophes and hyphens included ("Lee",
"O'Hara", "Smith-Jones"). The readers that look for a name with no title before it build their patterns from
these pieces, each keeping its own composition (how many words, whether an initial may stand first):

- `NAME_WORD`: a written-out word of two letters or more ("Lee", "O'Hara").
- `NAME_WORD_OR_INITIAL`: a word or a lone capital, either maybe closed by a full stop ("Ann", "J.", "St.").
- `DOTTED_NAME_WORD`: a word that may hold full stops anywhere ("K.C.", "St.", "Ann").
- `SPELLED_NAME_WORD`: a word whose second letter is small, so no initials and no acronym ("Ann", not "AB").
- `INITIALS_AND_SURNAME`: one to three dotted initials and a spelled surname ("J. Harris", "R.T. Webb", "A. B. Hall").

The pieces use no flags of their own: a caller compiling with IGNORECASE wraps its use in `(?-i:...)`.
"""

from __future__ import annotations

NAME_LETTERS = r"\w'’\-"
"""What follows a name word's capital (the inside of a character class): letters, apostrophes, hyphens."""
NAME_WORD = rf"[A-Z][{NAME_LETTERS}]+"
NAME_WORD_OR_INITIAL = rf"[A-Z][{NAME_LETTERS}]*\.?"
DOTTED_NAME_WORD = rf"[A-Z][{NAME_LETTERS}.]*"
SPELLED_NAME_WORD = rf"[A-Z][a-z][{NAME_LETTERS}]*"
INITIALS_AND_SURNAME = rf"(?:[A-Z]\.\s?){{1,3}}\s?{SPELLED_NAME_WORD}"
