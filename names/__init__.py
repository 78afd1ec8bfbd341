"""Person names: the one place that parses and compares them.

Below both `extract` and `store`, importing neither; spaCy is imported only
when a title is first looked for in running text, so the query commands
that compare stored names never load it.

- `vocabulary`: titles, ranks, honours, particles and non-person words, from `data/`.
- `titles`: finding and stripping titles; which titles clash.
- `initials`: what counts as initials, with one `MAX_INITIALS`.
- `patterns`: a plain personal name's words as regular-expression pieces (`NAME_WORD`, …).
- `parse`: a name split as written (`parse_person`), for linking
  (`parse_person_name`) and for a forgiving owner query (`reduce_name`).
- `compare`: every name threshold, and whether two names can be one person
  (`compare_names`, `names_match`, `surnames_match`, `given_names_agree`), and which one person a lone first
  name or its short form calls (`one_called`).
"""

from __future__ import annotations

from .compare import (
    CANDIDATE_WORD_THRESHOLD,
    GIVEN_NAME_SPELLING_THRESHOLD,
    MIN_FUZZY_SURNAME_LENGTH,
    OWNER_MATCH_THRESHOLD,
    PERSON_LOOKUP_THRESHOLD,
    SURNAME_SPELLING_THRESHOLD,
    NameMatch,
    compare_names,
    contains_words,
    given_lists_agree,
    given_names_agree,
    is_form_of_given_name,
    names_match,
    one_called,
    surname_score,
    surnames_match,
)
from .initials import DECLARED_INITIALS, MAX_INITIALS, MAX_TYPED_INITIALS, is_initials, read_typed_initials
from .parse import (
    MAX_NAME_WORDS,
    PARSED_NAME_CACHE_SIZE,
    NameKey,
    NameParts,
    PersonName,
    given_names_of,
    initials_of,
    parse_person,
    parse_person_name,
    reduce_name,
)
from .patterns import DOTTED_NAME_WORD, INITIALS_AND_SURNAME, NAME_LETTERS, NAME_WORD, NAME_WORD_OR_INITIAL, SPELLED_NAME_WORD
from .text import clean_name, name_cased, strip_bracket
from .titles import (
    HONORIFIC,
    COUNCILLOR_STEMS,
    LEADING_TITLES_KEPT,
    blank_english,
    honorific_pattern,
    is_courtesy_title,
    is_particle,
    is_plural_title,
    is_title,
    load_title_matcher,
    lowered_titles,
    make_doc,
    match_leading_title,
    member_plural_pattern,
    mover_title_pattern,
    names_only_members,
    particle_pattern,
    singular_title,
    split_leading_title,
    strip_leading_titles,
    title_sex,
    titles_clash,
    without_particles,
)
from .vocabulary import (
    NonPersonWords,
    TitleWords,
    body_word_pattern,
    legal_form_pattern,
    load_non_person_words,
    load_title_words,
)

__all__ = [
    "DECLARED_INITIALS",
    "DOTTED_NAME_WORD",
    "INITIALS_AND_SURNAME",
    "HONORIFIC",
    "NAME_LETTERS",
    "NAME_WORD",
    "NAME_WORD_OR_INITIAL",
    "SPELLED_NAME_WORD",
    "CANDIDATE_WORD_THRESHOLD",
    "GIVEN_NAME_SPELLING_THRESHOLD",
    "LEADING_TITLES_KEPT",
    "MAX_INITIALS",
    "MAX_NAME_WORDS",
    "MAX_TYPED_INITIALS",
    "MIN_FUZZY_SURNAME_LENGTH",
    "OWNER_MATCH_THRESHOLD",
    "PARSED_NAME_CACHE_SIZE",
    "PERSON_LOOKUP_THRESHOLD",
    "SURNAME_SPELLING_THRESHOLD",
    "NameKey",
    "NameMatch",
    "NameParts",
    "NonPersonWords",
    "PersonName",
    "TitleWords",
    "blank_english",
    "clean_name",
    "compare_names",
    "contains_words",
    "given_lists_agree",
    "given_names_agree",
    "is_form_of_given_name",
    "one_called",
    "given_names_of",
    "initials_of",
    "is_initials",
    "COUNCILLOR_STEMS",
    "is_particle",
    "is_plural_title",
    "is_title",
    "body_word_pattern",
    "legal_form_pattern",
    "load_non_person_words",
    "load_title_matcher",
    "load_title_words",
    "lowered_titles",
    "make_doc",
    "match_leading_title",
    "honorific_pattern",
    "is_courtesy_title",
    "member_plural_pattern",
    "mover_title_pattern",
    "names_only_members",
    "particle_pattern",
    "without_particles",
    "names_match",
    "parse_person",
    "parse_person_name",
    "read_typed_initials",
    "reduce_name",
    "singular_title",
    "split_leading_title",
    "name_cased",
    "strip_bracket",
    "strip_leading_titles",
    "surname_score",
    "surnames_match",
    "title_sex",
    "titles_clash",
]
