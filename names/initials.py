"""Initials: telling "KW" and "K.W." from a word, with one limit on their length."""

from __future__ import annotations

MAX_INITIALS = 3
"""Initials are at most this many letters ("KW", "KAW"); a longer run of capitals is an acronym ("KFRS")."""
MAX_TYPED_INITIALS = MAX_INITIALS + 1
"""A typed owner query counts as initials up to one letter more ("KAMW"), as that query always has."""
DECLARED_INITIALS = rf"[A-Z]{{2,{MAX_TYPED_INITIALS}}}|[A-Z]{{1,2}}[A-Z][a-z]{{1,3}}"
"""The initials minutes declare for a person in a bracket after the name ("(JBR)"), where two people share initials
with the start of the surname ("(AHop)") (regex source, no groups)."""


def is_initials(text: str, *, dots: bool = True, accented: bool = False) -> bool:
    """True when `text` is one to `MAX_INITIALS` capital letters ("KW"), each may take a full stop ("K.W.").

    With `dots=False` only bare capitals count: in an owner column "K.W." is
    written out while "DC/L" is initials run together. Capitals are A-Z
    unless `accented`: people linking reads "Ó Tuathail" as an initial and
    a surname, while the extractors take "Ó" for no initial (so "Councillor
    Ó Tuathail" keeps its title in the name); both readings are kept as
    they were before they met here.
    """
    letters = text.replace(".", "") if dots else text
    if not (1 <= len(letters) <= MAX_INITIALS and letters.isalpha() and letters.isupper()):
        return False
    if not accented and not letters.isascii():
        return False
    # A full stop follows a letter, one at a time: "K.W." but not ".K" or "K..W".
    return not dots or (not text.startswith(".") and ".." not in text)


def read_typed_initials(text: str) -> str | None:
    """The letters, upper case, when typed `text` as a whole is initials ("KW", "k.w.", "K W"), else None.

    A query may be typed in lower case, so two letters count in any case;
    three or four (`MAX_TYPED_INITIALS`) only in capitals, so "Ash" stays a name.
    """
    compact = text.replace(".", "").replace(" ", "").strip()
    if 2 <= len(compact) <= MAX_TYPED_INITIALS and compact.isalpha() and (compact.isupper() or len(compact) == 2):
        return compact.upper()
    return None
