"""Person names: titles and ranks, initials, surnames, lists of people."""

from __future__ import annotations

import pytest

from minutebook.extract.apologies import extract_apologies
from minutebook.extract.attendance import extract_attendees
from minutebook.extract.names import is_organisation, is_role, split_affiliation, split_people_list
from minutebook.names import initials_of, is_form_of_given_name, is_particle, one_called, parse_person, without_particles


@pytest.mark.parametrize(
    ("text", "title", "name", "surname"),
    [
        ("Councillor Jane Doe", "Councillor", "Jane Doe", "Doe"),
        ("Chief Inspector Ann Lee", "Chief Inspector", "Ann Lee", "Lee"),
        ("Acting Chief Superintendent A. Grey", "Acting Chief Superintendent", "A Grey", "Grey"),
        ("Chief Supt Tom Hill", "Chief Supt", "Tom Hill", "Hill"),
        ("Chief Insp Tom Hill", "Chief Insp", "Tom Hill", "Hill"),
        ("DI Sam Ray", "DI", "Sam Ray", "Ray"),
        ("Dr S Moss", "Dr", "S Moss", "Moss"),
        ("Cllr. P Oak", "Cllr", "P Oak", "Oak"),
        ("Mr S Fox-Hart", "Mr", "S Fox-Hart", "Fox-Hart"),
        ("Ann Fox-Hart", None, "Ann Fox-Hart", "Fox-Hart"),
        ("B Stone", None, "B Stone", "Stone"),
        ("Jan van Dyke OBE", None, "Jan van Dyke", "van Dyke"),
    ],
)
def test_parse_person_splits_title_name_surname(text: str, title: str | None, name: str, surname: str) -> None:
    person = parse_person(text)
    assert (person.title, person.name, person.surname) == (title, name, surname)


def test_surname_only_keeps_the_title_in_the_name() -> None:
    assert parse_person("Inspector Rowe").name == "Inspector Rowe"
    assert parse_person("Councillors Rowe").title == "Councillor"
    assert parse_person("CI Rowe").title == "CI"


def test_initials_alone_are_not_a_title_and_surname() -> None:
    person = parse_person("DC")
    assert person.title is None and person.surname is None and person.initials == "DC"


def test_bracket_after_a_name_is_not_part_of_it() -> None:
    assert parse_person("Mr Tom Hill (Chairman)").name == "Tom Hill"


def test_initials_of() -> None:
    assert initials_of("Kelly Stone") == "KS"
    assert initials_of("Dr S Moss") == "SM"
    assert initials_of("Chief Inspector Ann Lee") == "AL"
    assert initials_of("J.R. Oak") == "JRO"


def test_shared_plural_title_goes_to_each_name() -> None:
    people = split_people_list("Councillor Ann Lee (Chairman); Councillors Ash, Birch, Cedar and Elm")
    assert people == [
        "Councillor Ann Lee (Chairman)",
        "Councillor Ash",
        "Councillor Birch",
        "Councillor Cedar",
        "Councillor Elm",
    ]


def test_shared_title_stops_at_a_name_with_its_own_title() -> None:
    assert split_people_list("Councillors Ash and Birch, Mr Tom Hill") == [
        "Councillor Ash",
        "Councillor Birch",
        "Mr Tom Hill",
    ]


def test_split_on_full_stops_but_not_after_initials() -> None:
    assert split_people_list("Ms A Brook. Ms Z Cole. Acting Chief Superintendent A. Grey and Mr M Hill") == [
        "Ms A Brook",
        "Ms Z Cole",
        "Acting Chief Superintendent A. Grey",
        "Mr M Hill",
    ]


def test_brackets_keep_their_commas_and_ands() -> None:
    people = split_people_list(
        "Mr Tom Hill (Vice-Chairman, Ms C Fern, in the Chair), Ms A Oak (North & South Co-ordinator) and Mr B Ash"
    )
    assert people == [
        "Mr Tom Hill (Vice-Chairman, Ms C Fern, in the Chair)",
        "Ms A Oak (North & South Co-ordinator)",
        "Mr B Ash",
    ]


def test_split_affiliation() -> None:
    assert split_affiliation("County Council – Community Safety") == (None, "County Council")
    assert split_affiliation("Finance Director OPFCC") == ("Finance Director", "OPFCC")
    assert split_affiliation("representing Borough Chief Executives") == (None, "Borough Chief Executives")
    assert split_affiliation("Vice-Chairman, Ms C Fern, in the Chair") == ("Vice-Chairman", None)
    assert split_affiliation("Fire and Rescue Service") == (None, "Fire and Rescue Service")


def test_is_role() -> None:
    assert is_role("Policy Officer")
    assert is_role("Vice-Chairman")
    assert not is_role("Fire and Rescue Service")
    assert not is_role("Borough Chief Executives")


def test_titles_with_full_stops_and_collar_numbers() -> None:
    assert parse_person("Cllr. Mrs. P. Jones") == parse_person("Cllr Mrs P Jones")
    assert parse_person("Dr. Priya Shah MBE").name == "Priya Shah"
    assert parse_person("PC 1234 Smith").name == "PC Smith"
    assert split_people_list("Dr. A Moss, Mrs. B Oak and Messrs. C Elm and D Ash") == [
        "Dr. A Moss", "Mrs. B Oak", "Mr C Elm", "Mr D Ash",
    ]


def test_stacked_titles() -> None:
    person = parse_person("Councillor Mrs J Bloggs")
    assert (person.title, person.name) == ("Councillor Mrs", "J Bloggs")


# The names package itself: one parse, one comparison, one set of thresholds.

import subprocess
import sys

from minutebook import names


def test_names_package_loads_neither_spacy_nor_the_extractors_nor_the_store() -> None:
    code = (
        "import sys\n"
        "from minutebook import names\n"
        "names.parse_person_name('Ms P Hollins'); names.reduce_name('KW'); names.is_initials('KW')\n"
        "loaded = [m for m in sys.modules if m == 'spacy' or m.startswith(('minutebook.extract', 'minutebook.store'))]\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("KW", True), ("K.W.", True), ("KAW", True), ("J.K", True), ("KAWS", False), ("Kw", False), (".K", False), ("K..W", False)],
)
def test_initials_are_up_to_max_initials_capitals(text: str, expected: bool) -> None:
    assert names.MAX_INITIALS == 3
    assert names.is_initials(text) is expected


def test_accented_capitals_are_initials_only_where_people_are_linked() -> None:
    assert not names.is_initials("Ó")
    assert names.is_initials("Ó", accented=True)
    assert names.parse_person("Councillor Ó Tuathail").title is None
    assert names.parse_person_name("Ó Tuathail") == names.NameParts("Tuathail", None, "Ó", None)


def test_initials_in_an_owner_column_carry_no_full_stops() -> None:
    assert names.is_initials("DC", dots=False)
    assert not names.is_initials("D.C.", dots=False)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("kw", "KW"), ("K.W.", "KW"), ("KAMW", "KAMW"), ("Ash", None), ("KAMWX", None), ("Kirsty", None)],
)
def test_typed_initials_may_be_lower_case_pairs_or_up_to_four_capitals(typed: str, expected: str | None) -> None:
    assert names.read_typed_initials(typed) == expected


def test_titles_split_off_a_name_cut_into_words() -> None:
    assert names.split_leading_title(["Chief", "Inspector", "Ann", "Lee"]) == ("Chief Inspector", ["Ann", "Lee"])
    assert names.split_leading_title(["Cllrs", "Ash"]) == ("Cllrs", ["Ash"])
    assert names.split_leading_title(["Inspector"]) == (None, ["Inspector"])  # a title needs a name after it
    assert names.split_leading_title(["Chiefly", "Ash"]) == (None, ["Chiefly", "Ash"])


def test_titles_of_a_different_sex_clash_and_others_do_not() -> None:
    assert names.titles_clash("Mr", "Mrs")
    assert names.titles_clash("Ms.", "Sir")
    assert not names.titles_clash("Mr", "Dr")
    assert not names.titles_clash("Mrs", "Miss")
    assert not names.titles_clash(None, "Mrs")


def test_mover_titles_come_from_the_data() -> None:
    import re

    pattern = re.compile(names.mover_title_pattern() + r"\s")
    assert pattern.match("Cllr. Ash ")
    assert pattern.match("Mrs Oak ")
    assert not pattern.match("Inspector Oak ")
    assert not pattern.match("Mr. Oak ")  # as before: only the forms the data lists


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Councillor Mrs J.K. Marsh (Chairman)", ("Councillor Mrs", "JK Marsh", "Marsh", "JKM")),
        ("Insp Ray", ("Insp", "Insp Ray", "Ray", "R")),
        ("Jan van Dyke OBE", (None, "Jan van Dyke", "van Dyke", "JD")),
    ],
)
def test_parse_person_reads_a_name_as_written(text: str, expected: tuple[str | None, str, str, str]) -> None:
    person = names.parse_person(text)
    assert (person.title, person.name, person.surname, person.initials) == expected


@pytest.mark.parametrize(
    ("text", "kwargs", "expected"),
    [
        ("Cllr J.K. Marsh (Chairman)", {}, names.NameParts("Marsh", None, "JK", "Cllr")),
        ("Dean Farrow MBE", {}, names.NameParts("Farrow", "Dean", "D", None)),
        ("Farrow", {"title": "Mr"}, names.NameParts("Farrow", None, "", "Mr")),
        ("Farrow", {}, None),  # a lone word is placed only with a title or known surname
        ("KW", {"title": "Ms"}, None),
        ("Wyvern Police", {}, None),
        ("Community Safety Officer", {}, None),
        ("all partners", {}, None),
    ],
)
def test_parse_person_name_for_linking(text: str, kwargs: dict[str, str], expected: names.NameParts | None) -> None:
    assert names.parse_person_name(text, **kwargs) == expected


@pytest.mark.parametrize(
    ("one", "other", "expected"),
    [
        ("Hollins", "hollins", True),
        ("Hollins", "Hollings", True),  # a spelling variant
        ("Cassidy", "Casidy", True),
        ("Quill", "Quall", False),  # short surnames are compared exactly
        ("Lee", "Lea", False),
        ("Waller", "Wallace", False),
    ],
)
def test_surnames_match_spelling_variants_but_not_lookalikes(one: str, other: str, expected: bool) -> None:
    assert names.surnames_match(one, other) is expected


def test_given_names_agree_by_initial_or_spelling() -> None:
    assert names.given_names_agree("A", "Amira")
    assert names.given_names_agree("A.", "amira")
    assert not names.given_names_agree("B", "Amira")
    assert not names.given_names_agree("Jeffrey", "Jeffery")  # by default names are spelt alike
    assert names.given_names_agree("Jeffrey", "Jeffery", spelling_threshold=names.GIVEN_NAME_SPELLING_THRESHOLD)
    # Without the same-first-letter rule a close spelling passes: the owner query's reading.
    assert not names.given_names_agree("Catherine", "Katherine", spelling_threshold=names.OWNER_MATCH_THRESHOLD)
    assert names.given_names_agree(
        "Catherine", "Katherine", spelling_threshold=names.OWNER_MATCH_THRESHOLD, same_initial=False
    )
    assert names.given_lists_agree([], ["Ann"])
    assert not names.given_lists_agree(["Ann"], ["Anna"])


@pytest.mark.parametrize(
    ("mention", "known", "strong"),
    [
        ("Ms P Hollins", "Priya Hollins", True),
        ("Jeffery Oakes", "Jeffrey Oakes", True),
        ("Priya Hollings", "Priya Hollins", True),
        ("CI Hollins", "Priya Hollins", False),
    ],
)
def test_compare_names_joins_compatible_names(mention: str, known: str, strong: bool) -> None:
    match = names.compare_names(names.parse_person_name(mention), names.parse_person_name(known))
    assert match is not None and match.strong is strong


@pytest.mark.parametrize(
    ("mention", "known"),
    [
        ("Jon Hale", "Don Hale"),  # different first letter
        ("Sean Pike", "Sian Pike"),  # same first letter, too far apart
        ("Mr Hale", "Mrs Hale"),
        ("Priya Quall", "Priya Quill"),
        ("J Hollins", "Priya Hollins"),
        ("K W Hale", "K J Hale"),
    ],
)
def test_compare_names_keeps_lookalikes_apart(mention: str, known: str) -> None:
    assert names.compare_names(names.parse_person_name(mention), names.parse_person_name(known)) is None


@pytest.mark.parametrize(
    "typed", ["Kirsty Waller", "KW", "Waller", "Ms Waller", "Cllr Waller", "Kirsty Waler", "K Waller", "kirsty waller"]
)
def test_a_typed_owner_finds_the_name_forgivingly(typed: str) -> None:
    assert names.names_match(names.reduce_name(typed), names.reduce_name("Kirsty Waller", "Ms"))


@pytest.mark.parametrize("typed", ["Karen Waller", "Mr Waller", "Wallace", "KS", "Steve Waller", "Kirsty Smith"])
def test_a_typed_owner_does_not_find_lookalikes(typed: str) -> None:
    assert not names.names_match(names.reduce_name(typed), names.reduce_name("Kirsty Waller", "Ms"))


def test_a_run_of_an_agency_s_words_is_contained_in_it() -> None:
    known = names.reduce_name("KCC Early Help")
    assert names.contains_words(known, names.reduce_name("Early Help"))
    assert not names.contains_words(known, names.reduce_name("Help Early"))


@pytest.mark.parametrize(
    ("written", "given", "same"),
    [
        ("Dave", "David", True),  # a pet form from the data
        ("Bob", "Robert", True),
        ("Peggy", "Margaret", True),
        ("Stu", "Stuart", True),  # the name's own first letters
        ("Jon", "Jonathan", True),
        ("Ruth", "Ruth", True),
        ("Dan", "Donald", False),  # look-alikes: neither a pet form nor the first letters
        ("Jo", "Joanne", False),  # two letters are too few
        ("Dave", "Daniel", False),
    ],
)
def test_a_first_name_written_alone_may_be_a_short_form(written: str, given: str, same: bool) -> None:
    assert is_form_of_given_name(written, given) is same


def test_one_called_needs_exactly_one_person_and_no_such_surname() -> None:
    board = [("David", "Rusk"), ("Stuart", "Penhale"), ("Rhoda", "Kettle")]
    assert one_called("Dave", board) == 0
    assert one_called("Stu", board) == 1
    assert one_called("Kathy", [("Katherine", "Hale"), ("Kathleen", "Voss")]) is None  # two share it
    assert one_called("Dave", [("David", "Lane"), ("Davina", "Rowe"), ("David", "Ash")]) is None
    assert one_called("Lane", [("Laney", "Rowe"), ("David", "Lane")]) is None  # someone's surname


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("Environmental Officer Ann Quillby", False),  # a post's qualifier before a person's name
        ("Engineering Manager Tom Orrick", False),
        ("Harrowgate Engineering Ltd", True),  # near miss: the same words naming a body
        ("Quill Environmental Services", True),
    ],
)
def test_a_post_word_before_a_name_is_no_organisation(text, organisation):
    assert is_organisation(text) is organisation


def test_member_plurals_come_from_one_list() -> None:
    import re

    from minutebook.names import is_plural_title, member_plural_pattern, names_only_members

    every = re.compile(rf"^{member_plural_pattern()}$", re.IGNORECASE)
    assert every.match("Trustees") and every.match("board  members") and every.match("COUNCILLORS")
    assert not every.match("Trusteeship")
    councillors = re.compile(rf"^{member_plural_pattern(councillors_only=True, stops=True)}$")
    assert councillors.match("Councilors") and councillors.match("Cllrs.")
    assert not councillors.match("Trustees") and not councillors.match("Councillors.")
    # A list's shared title is a plural title; "Members" alone names nobody but is no title a name takes.
    assert is_plural_title("COUNCILLORS") and not is_plural_title("Members")
    assert names_only_members("Members") and names_only_members("Cllrs.") and names_only_members("Directors")
    assert not names_only_members("Petra Quillfeather")


def test_names_typed_without_their_accents_are_one_name() -> None:
    # An attendance typed without accents ("Cagil Sen") beside the text's "Çağıl Şen", "Zoë", "Łukasz Nowak".
    assert names.given_names_agree("Çağıl", "Cagil")
    assert names.given_names_agree("Zoë", "Zoe")
    assert names.given_names_agree("Ł", "Lukasz")
    assert names.surnames_match("Şen", "Sen")
    assert names.surnames_match("Sönmez", "Sonmez")
    # Near miss: a different letter is a different name, accents or not.
    assert not names.given_names_agree("Çağıl", "Cemil")
    assert not names.surnames_match("Şen", "Sun")


# --- surname particles: one list (names/data/titles.json) read by every rule ----------------------------------------


def test_particles_before_a_surname_are_dropped_from_a_name_check() -> None:
    assert without_particles("Omar bin Said") == "Omar Said"
    assert without_particles("Jan ter Horst") == "Jan Horst"
    assert without_particles("Mabel st. Clair") == "Mabel Clair"
    assert is_particle("bin") and is_particle("Van") and is_particle("al")
    # Near miss: a particle's word that ends a phrase, before no capitalised word, is no surname's ("the litter bin").
    assert without_particles("the litter bin by the hall") == "the litter bin by the hall"


def test_particle_names_are_people_in_a_roll_and_its_apologies(make_document, nlp) -> None:
    document = make_document(
        "Minutes of the Ashgrove Parish Council\n12 May 2031\n\n"
        "Present: Cllr Omar bin Said (Chairman), Cllr Jan ter Horst, Cllr Anna de Vries\n\n"
        "Apologies: Cllr Piet van Dyke, Cllr Hana bin Ali\n\n1. Minutes\nAgreed.\n"
    )
    apologies = extract_apologies(document, nlp=nlp)
    assert [a.surname for a in apologies] == ["van Dyke", "bin Ali"]
    people = extract_attendees(document, nlp=nlp, apologies=apologies)
    assert [a.surname for a in people] == ["bin Said", "ter Horst", "de Vries"]
    one_a_line = make_document(
        "Minutes of the Ashgrove Parish Council\n12 May 2031\n\nPresent:\nOmar bin Said\nJan ter Horst\nAnna de Vries\n\n"
        "1. Minutes\nAgreed.\n"
    )
    assert [a.name for a in extract_attendees(one_a_line, nlp=nlp, apologies=[])] == [
        "Omar bin Said", "Jan ter Horst", "Anna de Vries"
    ]

