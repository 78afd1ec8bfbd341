"""Person names: titles and ranks, initials, surnames, lists of people."""

from __future__ import annotations

import pytest

from minutebook.extract.names import (
    initials_of,
    is_role,
    parse_person,
    split_affiliation,
    split_people_list,
)


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
