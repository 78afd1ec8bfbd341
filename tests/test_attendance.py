"""Attendance lists in each house style, and text that only looks like one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from minutebook.extract.apologies import extract_apologies
from minutebook.extract.attendance import extract_attendees
from minutebook.ingest.document import make_document


def _people(attendees):
    return [(a.name, a.surname, a.title, a.role, a.organisation, a.status) for a in attendees]


def test_one_line_present_with_shared_plural_title(make_document, nlp) -> None:
    document = make_document(
        "Present: Councillor Ann Lee (Chairman); Councillors Ash, Birch and Cedar\n"
        "\n"
        "In Attendance: Chief Inspector Mary Fenn and Inspector Rowe\n"
    )
    assert _people(extract_attendees(document, nlp=nlp)) == [
        ("Ann Lee", "Lee", "Councillor", "Chairman", None, "present"),
        ("Councillor Ash", "Ash", "Councillor", None, None, "present"),
        ("Councillor Birch", "Birch", "Councillor", None, None, "present"),
        ("Councillor Cedar", "Cedar", "Councillor", None, None, "present"),
        ("Mary Fenn", "Fenn", "Chief Inspector", None, None, "in_attendance"),
        ("Inspector Rowe", "Rowe", "Inspector", None, None, "in_attendance"),
    ]


def test_capitals_lists_with_roles_in_brackets(make_document, nlp) -> None:
    document = make_document(
        "PRESENT: Mr Tom Hill (Vice-Chairman, Ms C Fern, in the Chair), Dr S Moss, Ms A Brook. Ms Z Cole. "
        "B Stone, Acting Chief Superintendent A. Grey and Mr A Reed\n"
        "\n"
        "ALSO PRESENT: Ms C Gale\n"
        "\n"
        "IN ATTENDANCE: Ms A Wren (Domestic Abuse Co-ordinator), Ms D Finch (Member Services Officer (Borough)) "
        "and Mr M Crane (Policy Officer)\n"
    )
    people = _people(extract_attendees(document, nlp=nlp))
    assert [p[1] for p in people] == [
        "Hill", "Moss", "Brook", "Cole", "Stone", "Grey", "Reed", "Gale", "Wren", "Finch", "Crane",
    ]
    assert people[0] == ("Tom Hill", "Hill", "Mr", "Vice-Chairman", None, "present")
    assert people[5][2] == "Acting Chief Superintendent"
    assert people[7][5] == "also_present"
    assert people[8][3:] == ("Domestic Abuse Co-ordinator", None, "in_attendance")
    assert people[9][3] == "Member Services Officer (Borough)"


def test_person_named_inside_a_role_bracket_is_not_an_attendee(make_document, nlp) -> None:
    document = make_document("PRESENT: Mr Tom Hill (Vice-Chairman, Ms C Fern, in the Chair) and Dr S Moss\n")
    assert [a.surname for a in extract_attendees(document, nlp=nlp)] == ["Hill", "Moss"]


def test_present_table_with_organisations(make_document, nlp) -> None:
    document = make_document(
        "Present:\tRuth Hale\tDistrict Council (Chair)\n"
        "\tChief Supt Mark Sims\tCounty Police\n"
        "\tDI Steve Wood\tCounty Police\n"
        "\tPat Shaw\tChildren, Families & Education\n"
        "\n"
        "Apologies for absence\n"
    )
    assert _people(extract_attendees(document, nlp=nlp)) == [
        ("Ruth Hale", "Hale", None, "Chair", "District Council", "present"),
        ("Mark Sims", "Sims", "Chief Supt", None, "County Police", "present"),
        ("Steve Wood", "Wood", "DI", None, "County Police", "present"),
        ("Pat Shaw", "Shaw", None, None, "Children, Families & Education", "present"),
    ]


def test_members_present_heading_followed_by_lines(make_document, nlp) -> None:
    document = make_document(
        "## Members present\n"
        "Councillor Ann Lee (Chairman)\n"
        "Councillor Bob Ash\n"
        "\n"
        "1. Apologies\n"
    )
    assert [(a.name, a.role) for a in extract_attendees(document, nlp=nlp)] == [
        ("Ann Lee", "Chairman"),
        ("Bob Ash", None),
    ]


def test_present_list_wrapping_over_lines(make_document, nlp) -> None:
    document = make_document("Present: Councillors Ash, Birch,\nCedar and Elm\n\n1. Minutes\n")
    assert [a.surname for a in extract_attendees(document, nlp=nlp)] == ["Ash", "Birch", "Cedar", "Elm"]


def test_body_fills_first_name_and_organisation(make_document, nlp) -> None:
    document = make_document(
        "PRESENT: Mr J Parr, Acting Chief Superintendent A. Grey and Mr T Hill\n"
        "\n"
        "IN ATTENDANCE: Mr S Noll\n"
        "\n"
        "1. Item\n"
        "Jim Parr (County Council – Community Safety) introduced the report.\n"
        "Andy Grey (County Police) stated that more was needed.\n"
        "Sam Noll (Finance Director OPFCC) welcomed this.\n"
        "Tom Hill (representing Borough Chief Executives) agreed.\n"
        "Sam Parr (Fire Service) also spoke.\n"
    )
    people = {a.surname: a for a in extract_attendees(document, nlp=nlp)}
    assert (people["Parr"].name, people["Parr"].organisation) == ("Jim Parr", "County Council")
    assert (people["Grey"].name, people["Grey"].title, people["Grey"].organisation) == (
        "Andy Grey", "Acting Chief Superintendent", "County Police",
    )
    assert (people["Noll"].role, people["Noll"].organisation) == ("Finance Director", "OPFCC")
    assert people["Hill"].organisation == "Borough Chief Executives"


def test_body_mention_with_a_different_initial_is_someone_else(make_document, nlp) -> None:
    document = make_document("PRESENT: Mr J Parr\n\n1. Item\nSam Parr (Fire Service) spoke.\n")
    (person,) = extract_attendees(document, nlp=nlp)
    assert (person.name, person.organisation) == ("J Parr", None)


def test_present_inside_a_sentence_is_not_a_list(make_document, nlp) -> None:
    document = make_document(
        "Mr Hill presented the report: Councillors Ash and Birch asked questions.\n"
        "The presentation: Councillor Cedar thanked officers.\n"
        "A copy was circulated to those present at the meeting.\n"
        "Members present agreed that Councillor Elm would report back.\n"
    )
    assert extract_attendees(document, nlp=nlp) == []


def test_prose_after_a_list_is_not_read_as_names(make_document, nlp) -> None:
    document = make_document(
        "Present: Councillor Ann Lee and Councillor Bob Ash\n"
        "The Chairman welcomed everyone to the meeting.\n"
    )
    assert [a.surname for a in extract_attendees(document, nlp=nlp)] == ["Lee", "Ash"]


def test_evidence_points_at_the_list(make_document, nlp) -> None:
    document = make_document("Heading\n\nPresent: Councillor Ann Lee\n")
    (person,) = extract_attendees(document, nlp=nlp)
    assert person.evidence is not None and person.evidence.line_start == 3


def test_role_or_organisation_after_a_comma_belongs_to_the_name(make_document, nlp) -> None:
    document = make_document(
        "In attendance: Jane Ash, Democratic Services Officer, Tom Reed, County Police and Ann Fox – Clerk\n"
    )
    assert [(a.name, a.role, a.organisation) for a in extract_attendees(document, nlp=nlp)] == [
        ("Jane Ash", "Democratic Services Officer", None),
        ("Tom Reed", None, "County Police"),
        ("Ann Fox", "Clerk", None),
    ]


def test_councillors_present_label_gives_its_title(make_document, nlp) -> None:
    document = make_document("Councillors present: Ash, Birch and Cedar\nOfficers present: Ms D Finch\n")
    assert [(a.name, a.status) for a in extract_attendees(document, nlp=nlp)] == [
        ("Councillor Ash", "present"),
        ("Councillor Birch", "present"),
        ("Councillor Cedar", "present"),
        ("D Finch", "in_attendance"),
    ]


def test_members_of_the_public_are_not_attendees(make_document, nlp) -> None:
    document = make_document("Also present: PCSO Gary Nettle (Safer Neighbourhood Team) and three members\nof the public\n")
    assert [(a.name, a.title, a.organisation) for a in extract_attendees(document, nlp=nlp)] == [
        ("Gary Nettle", "PCSO", "Safer Neighbourhood Team"),
    ]


def test_capitals_heading_after_an_unbroken_list_is_not_a_name(make_document, nlp) -> None:
    document = make_document("PRESENT: Mr Tom Hill and Dr S Moss\nUNRESTRICTED ITEMS\n")
    assert [a.surname for a in extract_attendees(document, nlp=nlp)] == ["Hill", "Moss"]


def test_table_row_of_people_without_organisations(make_document, nlp) -> None:
    document = make_document("Present:\tCouncillor Ann Lee\tCouncillor Bob Ash\n\tCouncillor Cy Oak\t\n")
    assert [(a.name, a.organisation) for a in extract_attendees(document, nlp=nlp)] == [
        ("Ann Lee", None), ("Bob Ash", None), ("Cy Oak", None),
    ]


SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
SEEDS = sorted((SHARED / "seeds").glob("*.txt")) if (SHARED / "seeds").is_dir() else []


@pytest.mark.skipif(not SEEDS, reason="the shared seed documents are not here")
@pytest.mark.parametrize("seed", SEEDS, ids=lambda path: path.stem)
def test_seed_attendees_and_apologies_match_gold(seed: Path, nlp) -> None:
    gold_path = SHARED / "gold" / f"{seed.stem}.json"
    if not gold_path.exists():
        pytest.skip("no gold answer for this seed")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    if gold.get("kind") == "plan":
        pytest.skip("plans have no attendance")
    document = make_document(seed.read_text(encoding="utf-8"), name=seed.name)
    assert [a.surname for a in extract_attendees(document, nlp=nlp)] == [a["surname"] for a in gold["attendees"]]
    assert [a.surname for a in extract_apologies(document, nlp=nlp)] == [a["surname"] for a in gold["apologies"]]


def test_role_labels_inside_a_list(make_document, nlp) -> None:
    document = make_document(
        "Present:\n"
        "Chairman: Councillor Ann Lee\n"
        "Vice-Chairman: Councillor Bob Ash\n"
        "Councillors: Birch, Cedar and Elm\n"
        "\n"
        "1. Apologies\n"
    )
    assert [(a.name, a.role) for a in extract_attendees(document, nlp=nlp)] == [
        ("Ann Lee", "Chairman"),
        ("Bob Ash", "Vice-Chairman"),
        ("Councillor Birch", None),
        ("Councillor Cedar", None),
        ("Councillor Elm", None),
    ]


def test_role_first_with_the_person_in_brackets(make_document, nlp) -> None:
    document = make_document("Officers Present: Chief Executive (Pat Jones), Head of Legal Services (Sam Lee)\n")
    assert [(a.name, a.role, a.status) for a in extract_attendees(document, nlp=nlp)] == [
        ("Pat Jones", "Chief Executive", "in_attendance"),
        ("Sam Lee", "Head of Legal Services", "in_attendance"),
    ]


def test_list_continuing_on_a_line_that_starts_with_a_title(make_document, nlp) -> None:
    document = make_document(
        "Present: Councillor J Smith (Leader of the Council)\n"
        "Councillors A Brown, C Green (Deputy Leader) and D White\n"
        "Also Present: Councillor F Grey\n"
    )
    assert [(a.name, a.title, a.role, a.status) for a in extract_attendees(document, nlp=nlp)] == [
        ("J Smith", "Councillor", "Leader of the Council", "present"),
        ("A Brown", "Councillor", None, "present"),
        ("C Green", "Councillor", "Deputy Leader", "present"),
        ("D White", "Councillor", None, "present"),
        ("F Grey", "Councillor", None, "also_present"),
    ]


def test_rows_with_a_dash_before_the_organisation(make_document, nlp) -> None:
    document = make_document(
        "Attendees:\n"
        "Sarah Green (Chair) – Borough Council\n"
        "Insp Dave Brown – County Police\n"
        "Mike Wood – Fire & Rescue Service\n"
        "Apologies:\n"
    )
    assert [(a.name, a.title, a.role, a.organisation) for a in extract_attendees(document, nlp=nlp)] == [
        ("Sarah Green", None, "Chair", "Borough Council"),
        ("Dave Brown", "Insp", None, "County Police"),
        ("Mike Wood", None, None, "Fire & Rescue Service"),
    ]


def test_rows_without_cells_split_name_from_organisation(make_document, nlp) -> None:
    document = make_document(
        "Present: Ann Marsh District Council (Chair)\n"
        "Chief Supt Owen Rad County Police\n"
        "DI Simon Pet County Police\n"
        "Mr E Lamb (Co-opted Member)\n"
    )
    assert [(a.name, a.title, a.role, a.organisation) for a in extract_attendees(document, nlp=nlp)] == [
        ("Ann Marsh", None, "Chair", "District Council"),
        ("Owen Rad", "Chief Supt", None, "County Police"),
        ("Simon Pet", "DI", None, "County Police"),
        ("E Lamb", "Mr", "Co-opted Member", None),
    ]


def test_capitalised_common_word_before_a_surname_is_not_a_first_name(make_document, nlp) -> None:
    document = make_document("Present: Councillor White\n\n1. Item\nThe White Paper was noted.\n")
    (person,) = extract_attendees(document, nlp=nlp)
    assert person.name == "Councillor White"


def test_colon_dash_label_and_oxford_comma(make_document, nlp) -> None:
    document = make_document("Present:- Councillor A Smith (Chairman), Councillor B Jones, and Councillor C Brown\n")
    assert [(a.name, a.role) for a in extract_attendees(document, nlp=nlp)] == [
        ("A Smith", "Chairman"), ("B Jones", None), ("C Brown", None),
    ]


def test_notes_in_brackets_are_neither_role_nor_organisation(make_document, nlp) -> None:
    document = make_document(
        "Present: Councillor A Ash (substituting for Councillor B Birch), Councillor C Cedar (from item 5) "
        "and Councillor D Elm (in the Chair)\n"
    )
    assert [(a.name, a.role, a.organisation) for a in extract_attendees(document, nlp=nlp)] == [
        ("A Ash", "Substitute", None), ("C Cedar", None, None), ("D Elm", "Chair", None),
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        # The roll in the call to order's paragraph, then what happened next.
        "1. Call to Order\n\nThe Chair called the meeting to order at 6:05 p.m. Present: Members Orme, Vance, Pike. "
        "Member Dana Kirrin was excused absent. Also present: Secretary Lund.\n",
        # The same wrapped as a PDF prints it, and a sentence opening with "The".
        "1. Call to Order\nPresent: Members Orme, Vance,\nPike. The Secretary read the notice of the meeting.\n"
        "Also present: Secretary Lund.\n",
    ],
)
def test_a_sentence_after_the_roll_names_no_one_and_gives_no_role(make_document, nlp, paragraph: str) -> None:
    attendees = extract_attendees(make_document("Harbor Committee\nMinutes of 8 May 2031\n\n" + paragraph), nlp=nlp)
    assert [(a.surname, a.status) for a in attendees] == [
        ("Orme", "present"), ("Vance", "present"), ("Pike", "present"), ("Lund", "also_present"),
    ]
    assert [a.role for a in attendees][2:] == [None, "Secretary"]


def test_a_sentence_naming_more_of_the_roll_stays_in_the_list(make_document, nlp) -> None:
    document = make_document("Present: Cllr Ann Lee (Chair), Cllr Bo Day. Also in attendance were Mrs Cy Orr and PC Di Fox.\n")
    assert {a.surname for a in extract_attendees(document, nlp=nlp)} >= {"Lee", "Day", "Orr"}


@pytest.mark.parametrize(
    "roll",
    [
        "Present: 3 - Mayor Ann Orme, Councilmember Bo Vance, Councilmember Cy Pike\nAbsent: 1 - Councilmember Di Fox\n",
        "Present:  3 –  Mayor Ann Orme; Councilmember Bo Vance and Councilmember Cy Pike\nAbsent:  1 –  Councilmember Di Fox\n",
        # The count stands in for the label's colon.
        "Present 3 – Mayor Ann Orme, Councilmember Bo Vance, Councilmember Cy Pike\nExcused 1 – Councilmember Di Fox\n",
        "PRESENT 3 - Mayor Ann Orme, Councilmember Bo Vance and Councilmember Cy Pike\n",
    ],
)
def test_a_roll_opening_with_its_count(make_document, nlp, roll: str) -> None:
    document = make_document("ELMTON CITY COUNCIL\nMeeting Minutes\nMay 4, 2031\n\nROLL CALL\n" + roll)
    assert [(a.name, a.title, a.status) for a in extract_attendees(document, nlp=nlp)] == [
        ("Ann Orme", "Mayor", "present"), ("Bo Vance", "Councilmember", "present"), ("Cy Pike", "Councilmember", "present"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "3100. Present: Cllrs Ferrow, Lane and Orr",
        "452) Present: Cllr Ferrow, Cllr Lane, Cllr Orr",
        "3100 Present: Cllrs Ferrow, Lane and Orr",
    ],
)
def test_present_under_a_running_minute_number(make_document, nlp, line: str) -> None:
    document = make_document(f"{line}\n3101. Apologies: none.\n3102. Minutes of the last meeting were approved.\n")
    assert [person[1] for person in _people(extract_attendees(document, nlp=nlp))] == ["Ferrow", "Lane", "Orr"]


@pytest.mark.parametrize(
    "line, officer",
    [
        ("Present: Cllrs Ferrow, Lane and Cllr Pike & the Clerk.", None),
        ("Present: Cllrs Ferrow, Lane and Pike and the Clerk.", None),
        ("Present: Cllrs Ferrow, Lane and Pike, and the Clerk, Jo Hart.", ("Jo Hart", "Clerk", "in_attendance")),
    ],
)
def test_an_officer_joined_by_and_is_no_post_of_the_member_before(make_document, nlp, line: str, officer) -> None:
    # "… and Pike and the Clerk": the Clerk is another entry (left out unnamed), not Cllr Pike's post.
    attendees = extract_attendees(make_document(f"{line}\n1. Apologies: none.\n"), nlp=nlp)
    members = [(a.surname, a.role, a.status) for a in attendees if a.surname != "Hart"]
    assert members == [("Ferrow", None, "present"), ("Lane", None, "present"), ("Pike", None, "present")]
    assert [(a.name, a.role, a.status) for a in attendees if a.surname == "Hart"] == ([officer] if officer else [])


@pytest.mark.parametrize(
    "line, after",
    [
        ("Present: Cllrs Ferrow, Lane & the Clerk, Sgt Bo Dale.", ("Bo Dale", "Sgt", None)),
        ("Present: Cllrs Ferrow and Lane and the Clerk, Inspector Una Marsh; Mr Ivo Reed (Highways).",
         ("Una Marsh", "Inspector", None)),
        # The near miss: a courtesy title leaves the name the clerk's.
        ("Present: Cllrs Ferrow, Lane & the Clerk, Mrs Jo Hart.", ("Jo Hart", "Mrs", "Clerk")),
    ],
)
def test_a_ranked_officer_after_an_unnamed_clerk_is_no_clerk(make_document, nlp, line: str, after) -> None:
    # "… & the Clerk, Sgt Bo Dale": a rank names a place of its own, so the clerk is unnamed and the sergeant attends.
    attendees = extract_attendees(make_document(f"{line}\n1. Apologies: none.\n"), nlp=nlp)
    assert [(a.name, a.title, a.role) for a in attendees if a.surname == after[0].split()[-1]] == [after]
    assert not [a for a in attendees if a.role == "Clerk" and a.surname != "Hart"]


@pytest.mark.parametrize(
    "line",
    [
        "Present: Cllrs Ferrow and Lane and the Clerk, Cllr Dee.",
        "Present: Cllrs Ferrow and Lane and the Clerk, Cllr Dee, and 3 members of the public.",
        # Any of the one list of the public (extract/public.py), singular or plural, is a count that names no one.
        "Present: Cllrs Ferrow and Lane and the Clerk, Cllr Dee, and two applicants.",
        "Present: Cllrs Ferrow and Lane and the Clerk, Cllr Dee, and a member of the public.",
    ],
)
def test_a_councillor_after_an_unnamed_officer_is_no_officer(make_document, nlp, line: str) -> None:
    attendees = extract_attendees(make_document(f"{line}\n1. Apologies: none.\n"), nlp=nlp)
    assert [(a.surname, a.role) for a in attendees] == [("Ferrow", None), ("Lane", None), ("Dee", None)]
