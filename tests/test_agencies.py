"""Splitting agency cells and naming agency variants alike."""

from __future__ import annotations

import pytest

from minutebook.extract.agencies import canonical_agency, load_agency_directory, split_agencies

PLAN = """\
Partners are Wyvern County Council, Harrowby Borough Council and Wyvern Police.
Wyvern Fire and Rescue Service (WFRS) runs the young driver course.
Referrals go to WCC Early Help and to Wyvern Police.
Glossary
SSG\tStreet Safety Group, a monthly meeting of ward officers.
Marsh Valley Housing Trust (MVHT)\tThe largest landlord in the district.
"""


@pytest.fixture
def directory(make_document):
    return load_agency_directory(make_document(PLAN))


@pytest.mark.parametrize(
    ("cell", "agencies"),
    [
        (
            "WCC Early Help Children's Social Services Wyvern Police – Missing Persons Officer Virtual school",
            ["WCC Early Help", "Children's Social Services", "Wyvern Police – Missing Persons Officer", "Virtual school"],
        ),
        ("HBC Community Safety Unit Wyvern Police HBC Licensing", ["HBC Community Safety Unit", "Wyvern Police", "HBC Licensing"]),
        ("HBC XYZ Wyvern Police", ["HBC XYZ", "Wyvern Police"]),
        ("Wyvern Police Prevent staff and Special Branch WCC Public Health",
         ["Wyvern Police Prevent staff and Special Branch", "WCC Public Health"]),
        ("The Lighthouse Wyvern Police NHS / CCG CAMHS", ["The Lighthouse", "Wyvern Police", "NHS / CCG", "CAMHS"]),
        ("<p>HBC Street Pastors</p> <p>Turning Point</p>", ["HBC", "Street Pastors", "Turning Point"]),
        ("WFRS Riverside Homes Canal and River Trust", ["WFRS", "Riverside Homes", "Canal and River Trust"]),
        ("Partnership communications VCS sector Oasis", ["Partnership communications", "VCS sector", "Oasis"]),
        ("All CSP partners", ["All CSP partners"]),
        ("ALL partners senior management", ["ALL partners senior management"]),
        ("MVHT Victim Support", ["MVHT", "Victim Support"]),
    ],
)
def test_split_agencies_without_separators(directory, cell: str, agencies: list[str]) -> None:
    assert split_agencies(cell, known=directory) == agencies


def test_line_breaks_in_a_cell_separate_agencies_unless_a_name_wraps(directory) -> None:
    cell = "Harrowby Night Shelter\nWyvern Fire and Rescue\nService\nFriends of the Park"
    assert split_agencies(cell, known=directory) == [
        "Harrowby Night Shelter",
        "Wyvern Fire and Rescue Service",
        "Friends of the Park",
    ]


def test_directory_reads_glossary_brackets_and_council_initials(directory) -> None:
    assert directory.abbreviations["SSG"] == "Street Safety Group"
    assert directory.abbreviations["MVHT"] == "Marsh Valley Housing Trust"
    assert directory.abbreviations["WFRS"] == "Wyvern Fire and Rescue Service"
    assert directory.abbreviations["HBC"] == "Harrowby Borough Council"
    assert {"HBC", "WCC"} <= directory.parents


@pytest.mark.parametrize(
    ("variants", "canonical"),
    [
        (["Police", "Wyvern Police", "Wyvern Police – Missing Persons Officer"], "Wyvern Police"),
        (["WFRS", "Wyvern Fire and Rescue Service", "Wyvern Fire & Rescue Service"], "Wyvern Fire and Rescue Service"),
        (["Early Help", "WCC Early Help"], "Wyvern County Council Early Help"),
        (["HBC", "Harrowby Borough Council"], "Harrowby Borough Council"),
    ],
)
def test_canonical_agency_maps_variants_to_one_name(directory, variants: list[str], canonical: str) -> None:
    assert {canonical_agency(v, directory) for v in variants} == {canonical}


def test_bare_police_stays_bare_when_the_document_names_two_forces(make_document) -> None:
    document = make_document("Wyvern Police and Marsh Police met.\nWyvern Police again; Marsh Police again.")
    assert canonical_agency("Police", load_agency_directory(document)) == "Police"


def test_directory_without_a_document_is_the_vocabulary_only() -> None:
    directory = load_agency_directory(None)
    assert "NHS" in directory.abbreviations
    assert not directory.parents
    assert split_agencies("Victim Support Crimestoppers", known=directory) == ["Victim Support", "Crimestoppers"]


def test_two_word_places_come_from_the_document_prose(make_document) -> None:
    document = make_document(
        "We work with Upper Marsh Police and Lower Vale District Council.\n"
        "Agencies\tMeasures\n"
        "The Lighthouse Upper Marsh Police\tDone\n"
    )
    directory = load_agency_directory(document)
    assert split_agencies("Lower Vale District Council Upper Marsh Police", known=directory) == [
        "Lower Vale District Council",
        "Upper Marsh Police",
    ]
    assert directory.abbreviations["LVDC"] == "Lower Vale District Council"


def test_name_agencies_records_one_name_for_written_variants(make_document) -> None:
    from minutebook.extract.agencies import name_agencies
    from minutebook.extract.records import PlanAction

    document = make_document(
        "Partners include Wyvern Fire and Rescue Service (WFRS) and Wyvern Police.\n"
        "1. Fire safety\t1. Fit smoke alarms\tWFRS Wyvern Police\t• Alarms fitted\n"
    )
    action = PlanAction("1", "Fit smoke alarms", lead_agencies=["WFRS"], support_agencies=["Wyvern Police"])
    name_agencies([action], load_agency_directory(document))
    assert action.canonical_agencies == {"WFRS": "Wyvern Fire and Rescue Service"}
