"""A body's name wrapped over a letterhead's lines: a place and its district over "Community Council", a name broken
before its last word, the meeting's title broken before the body it names; a leading article; an annual general
meeting named before its council; a bilingual Welsh and English heading."""

from __future__ import annotations

import pytest

from minutebook.extract.meeting import extract_meeting


@pytest.mark.parametrize(
    ("letterhead", "body"),
    [
        ("Maple Vale & District\nCommunity Council\n", "Maple Vale & District Community Council"),
        ("QUILLBROOK AND AREA\nCOMMUNITY COUNCIL\n", "Quillbrook and Area Community Council"),
        # Three lines: the place, its district opening on "&", the council.
        ("Maple Vale\n& District\nCommunity Council\n", "Maple Vale & District Community Council"),
        ("Quillbrook\nand Ferrow\nCommunity Council\n", "Quillbrook and Ferrow Community Council"),
    ],
)
def test_a_community_council_takes_its_place_from_the_line_above(make_document, letterhead: str, body: str) -> None:
    document = make_document(f"{letterhead}Minutes of the meeting held on 4 March 2031\nPresent: Cllr Ada Ferrow\n")
    assert extract_meeting(document, kind="minutes").body == body


@pytest.mark.parametrize(
    ("letterhead", "body"),
    [
        ("OAKRIDGE SPECIAL ZONING REVIEW\nCOMMISSION\n", "Oakridge Special Zoning Review Commission"),
        ("Quillfield Special Events\nBoard\n", "Quillfield Special Events Board"),
    ],
)
def test_a_name_broken_before_its_last_word_is_joined(make_document, letterhead: str, body: str) -> None:
    document = make_document(f"{letterhead}MINUTES\nMarch 4, 2031\nROLL CALL\n")
    assert extract_meeting(document, kind="minutes").body == body


@pytest.mark.parametrize("banner", ["SPECIAL MEETING", "SPECIAL CITY COUNCIL", "SPECIAL PLANNING", "SPECIAL PARISH"])
def test_a_special_meetings_title_is_no_part_of_the_name(make_document, banner: str) -> None:
    document = make_document(f"{banner}\nCOMMISSION\nMarch 4, 2031\nROLL CALL\n")
    assert "Special" not in (extract_meeting(document, kind="minutes").body or "")


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("REGULAR MEETING OF THE\nPLANNING COMMISSION\n", "City of Oakridge Falls Planning Commission"),
        ("Special Meeting of the\nTown Board\n", "City of Oakridge Falls Town Board"),
    ],
)
def test_a_meetings_title_broken_before_the_body_is_no_banner(make_document, title: str, body: str) -> None:
    document = make_document(f"CITY OF OAKRIDGE FALLS\n{title}March 4, 2031\nROLL CALL\n")
    assert extract_meeting(document, kind="minutes").body == body


@pytest.mark.parametrize(
    ("banner", "body"),
    [
        ("THE MAPLE VALE PARISH COUNCIL", "Maple Vale Parish Council"),
        ("The Quillbrook Town Council", "Quillbrook Town Council"),
    ],
)
def test_a_leading_article_is_no_part_of_a_councils_name(make_document, banner: str, body: str) -> None:
    document = make_document(f"{banner}\nMinutes of the meeting held on 4 March 2031\nPresent: Cllr Ada Ferrow\n")
    assert extract_meeting(document, kind="minutes").body == body


def test_a_societys_article_stays(make_document) -> None:
    document = make_document("The Maple Vale Society\nMinutes of the Committee meeting held on 4 March 2031\nPresent: Ada Ferrow\n")
    body = extract_meeting(document, kind="minutes").body or ""
    assert "Maple Vale Society" in body


@pytest.mark.parametrize(
    "letterhead",
    [
        # A motto or a ward above the council's full name is no part of it.
        "Working Together for Maple Vale\nMaple Vale Community Council\n",
        "North Ward\nMaple Vale Community Council\n",
    ],
)
def test_a_line_above_a_full_name_does_not_join(make_document, letterhead: str) -> None:
    document = make_document(f"{letterhead}Minutes of the meeting held on 4 March 2031\nPresent: Cllr Ada Ferrow\n")
    assert extract_meeting(document, kind="minutes").body == "Maple Vale Community Council"


@pytest.mark.parametrize(
    "notice",
    [
        "The meeting is followed by the\nAGM of the Parish Council.\n",
        "After the open session the\nAnnual General Meeting of the Parish Council\n",
    ],
)
def test_an_annual_general_meeting_names_the_council_in_the_banner(make_document, notice: str) -> None:
    document = make_document(
        "MAPLE VALE PARISH COUNCIL\n"
        "Annual Parish Meeting in the Village Hall\n"
        "on Tuesday, 6th May 2031 at 7.30pm\n"
        f"{notice}"
        "Agenda\n"
        "1. To elect a Chairperson\n"
    )
    assert extract_meeting(document, kind="agenda").body == "Maple Vale Parish Council"


@pytest.mark.parametrize(
    "heading",
    [
        "CYNGOR CYMUNED MAPLE VALE COMMUNITY COUNCIL",
        "Cyngor Cymuned Maple Vale / Maple Vale Community Council",
        "MAPLE VALE COMMUNITY COUNCIL CYNGOR CYMUNED MAPLE VALE",
        "CYNGOR CYMUNED MAPLE VALE\nMAPLE VALE COMMUNITY COUNCIL",
    ],
)
def test_a_bilingual_heading_gives_the_english_name(make_document, heading: str) -> None:
    document = make_document(f"{heading}\nMinutes of the meeting held on 4 March 2031\nPresent: Cllr Ada Ferrow\n")
    assert extract_meeting(document, kind="minutes").body == "Maple Vale Community Council"


def test_a_welsh_heading_alone_is_kept(make_document) -> None:
    # No English name beside it: nothing to choose between.
    document = make_document("Cyngor Tref Maple Vale Town Board\nMinutes of the meeting held on 4 March 2031\nPresent: Ada\n")
    assert "Maple Vale" in (extract_meeting(document, kind="minutes").body or "")


@pytest.mark.parametrize("title", ["PLANNING COMMISSION AGENDA", "Planning Commission Meeting Agenda"])
def test_an_agendas_title_names_the_body_without_the_word(make_document, title: str) -> None:
    document = make_document(f"{title}\nCity of Elmwood\nMarch 4, 2031 7:00 p.m.\nCALL TO ORDER\n")
    assert extract_meeting(document, kind="agenda").body == "City of Elmwood Planning Commission"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # The title stops on "OF THE"; the body's name is the next line.
        ("MINUTES OF THE REGULAR MEETING OF THE BOARD OF DIRECTORS OF THE\nQUILLBROOK VALLEY WATER DISTRICT\n",
         "Board of Directors of the Quillbrook Valley Water District"),
        # The title stops on the body's own words; the next line goes on with "of the".
        ("Minutes of a Regular Meeting of the City Council\nof the City of Maple Ferrow\n",
         "City Council of the City of Maple Ferrow"),
    ],
)
def test_a_minutes_title_wrapped_inside_the_body_is_read_whole(make_document, title: str, body: str) -> None:
    document = make_document(f"{title}May 26, 2031\nThe meeting was called to order at 6:30 p.m.\n")
    assert extract_meeting(document, kind="minutes").body == body


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # A district's board named before "meeting", the district after "of the": the board of that district.
        ("Minutes of the Regular Board Meeting of the Quillbrook Fire Protection District\n",
         "Board of the Quillbrook Fire Protection District"),
        ("MINUTES OF THE REGULAR BOARD MEETING OF THE\nQUILLBROOK IRRIGATION DISTRICT\n",
         "Board of the Quillbrook Irrigation District"),
        # The title set a phrase a line: "MINUTES OF THE" alone, the board's meeting, the district.
        ("MINUTES OF THE\nBOARD OF DIRECTORS MEETING OF THE\nMAPLE FERROW WATER DISTRICT\n",
         "Board of Directors of the Maple Ferrow Water District"),
        # The opening title run on to where and when it was held.
        ("Minutes of the Board of Trustees Meeting of the Quillbrook Sanitary District held at the District Office\n",
         "Board of Trustees of the Quillbrook Sanitary District"),
    ],
)
def test_a_districts_board_meeting_names_the_board_of_the_district(make_document, title: str, body: str) -> None:
    document = make_document(f"{title}May 26, 2031\nThe meeting was called to order at 6:30 p.m.\n")
    assert extract_meeting(document, kind="minutes").body == body


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # Near misses: after "meeting of the" a body of its own (a council), or the title's "OF THE" with nothing after.
        ("Minutes of the Board Meeting of the Maple Ferrow Parish Council held on 26 May 2031\n",
         "Maple Ferrow Parish Council"),
        ("MINUTES OF THE REGULAR MEETING\nOF THE\nCIVIL SERVICE BOARD OF THE CITY OF QUILLBROOK\n",
         "Civil Service Board of the City of Quillbrook"),
    ],
)
def test_a_board_meeting_of_a_named_body_keeps_that_body(make_document, title: str, body: str) -> None:
    document = make_document(f"{title}May 26, 2031\nThe meeting was called to order at 6:30 p.m.\n")
    assert extract_meeting(document, kind="minutes").body == body


def test_a_long_board_meeting_title_is_read_in_time(make_document) -> None:
    title = "Minutes of the Board Meeting of the " + "Quill " * 6000 + " " * 30000 + "x"
    document = make_document(f"{title}\nMay 26, 2031\n")
    extract_meeting(document, kind="minutes")


def test_a_title_going_on_to_its_date_joins_no_date(make_document) -> None:
    # The line under the title opens with "of" but gives the meeting's date: no part of the name.
    document = make_document("Minutes of a Regular Meeting of the Quillbrook Town Board\nof May 26, 2031\nPresent: Ada Ferrow\n")
    assert extract_meeting(document, kind="minutes").body == "Quillbrook Town Board"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # Near misses: the line opening with "and" names a second meeting held with the first, no part of the name.
        ("Minutes of the Meeting of the Planning Committee\nand the Annual Parish Meeting\n", "Planning Committee"),
        ("MINUTES OF THE SPECIAL MEETING OF THE QUILLBROOK TOWN BOARD\nAND BUDGET WORKSHOP\n", "Quillbrook Town Board"),
        # A joint meeting: the line opening with "and" names the second body, and is read.
        ("Minutes of the Joint Meeting of the Planning Board\nand Zoning Board of Appeals\n",
         "Planning Board and Zoning Board of Appeals"),
    ],
)
def test_a_title_line_opening_with_and_joins_only_a_body(make_document, title: str, body: str) -> None:
    document = make_document(f"{title}March 4, 2031\nPresent: Ada Ferrow\n")
    assert extract_meeting(document, kind="minutes").body == body


@pytest.mark.parametrize(
    "title",
    [
        # A title set a word a line, the body's line running on into "held in" and the place below.
        "MINUTES\n\nOF\n\nPROCEEDINGS\n\nAT\n\nMEETING\n\nOF\n\nTHE\n\nMUNICIPAL DISTRICT OF ELMVALE HELD IN\n\n"
        "ÁRAS QUILL, ELMVALE,\n\nCO. FERROW, ON WEDNESDAY, 4TH OCTOBER, 2031, AT\n\n10AM.\n\n",
        "MINUTES\n\nOF\n\nMEETING\n\nOF\n\nTHE\n\nTOWN OF QUILLBROOK HELD AT\n\nTHE TOWN HALL, QUILLBROOK, ON\n\n"
        "MONDAY, 6TH OCTOBER, 2031, AT 7PM.\n\n",
    ],
)
def test_a_banner_running_on_into_held_is_the_body_up_to_held(make_document, title: str) -> None:
    document = make_document(f"{title}PRESENT IN THE CHAIR:\n\nCouncillor A. Ferrow.\n")
    body = extract_meeting(document, kind="minutes").body
    assert body in ("Municipal District of Elmvale", "Town of Quillbrook")


def test_a_banner_without_held_keeps_its_words(make_document) -> None:
    # Near miss: a place whose name holds no "held" keeps every word ("Heldon" is no verb).
    document = make_document("TOWN OF HELDON\n\nMonday, 6 October 2031\n\nPRESENT: Ada Ferrow\n")
    assert extract_meeting(document, kind="minutes").body == "Town of Heldon"


@pytest.mark.parametrize(
    "title",
    [
        # A title set a word a line, the metropolitan district's line running on into "held in".
        "MINUTES\n\nOF\n\nPROCEEDINGS\n\nAT\n\nMEETING\n\nOF\n\nMETROPOLITAN DISTRICT OF ELMVALE HELD IN THE\n\n"
        "COUNCIL CHAMBER, QUILL STREET, ELMVALE, ON\n\nMONDAY, 6TH OCTOBER, 2031, AT 9.30 A.M.\n\n",
        "METROPOLITAN DISTRICT OF ELMVALE\n\nMonday, 6 October 2031\n\n",
    ],
)
def test_a_metropolitan_district_is_a_municipal_banner(make_document, title: str) -> None:
    document = make_document(f"{title}PRESENT IN THE CHAIR:\n\nCouncillor A. Ferrow.\n")
    assert extract_meeting(document, kind="minutes").body == "Metropolitan District of Elmvale"


@pytest.mark.parametrize(
    ("opening", "body"),
    [
        # The opening sentence wrapped before its verb, under a title broken before its last word.
        ("**QUILL ROADS & TRANSPORT STRATEGIC POLICY**\n\n**COMMITTEE**\n\n"
         "A meeting of the Quill Roads & Transport Strategic Policy Committee\n\n"
         "was held in Council Chamber, County Hall, Elmvale, on Wednesday 4th March, 2031\n\n",
         "Quill Roads & Transport Strategic Policy Committee"),
        ("An Ordinary Meeting of Elmvale Parish Council\n"
         "was held in the Village Hall on Tuesday 3 March 2031 at 7.30pm\n",
         "Elmvale Parish Council"),
    ],
)
def test_a_wrapped_opening_sentence_gives_the_body_without_a_meeting_of(
    make_document, opening: str, body: str
) -> None:
    document = make_document(f"{opening}PRESENT: Cllr A. Ferrow, Cllr B. Quill\n")
    assert extract_meeting(document, kind="minutes").body == body


def test_a_body_named_like_a_meeting_keeps_its_name(make_document) -> None:
    # Near miss: "Meeting" inside a body's own name after other words is no opening phrase.
    document = make_document("Elmvale Town Meeting Committee\nMinutes of 4 March 2031\nPRESENT: Ada Ferrow\n")
    assert extract_meeting(document, kind="minutes").body == "Elmvale Town Meeting Committee"
