"""Rolls printed as columns (name, post, body; name and initials), officers and visitors named apart from the
members, and an apologies heading that runs into its own sentence.

Every example is invented; each test names the way of writing, never a council.
"""

from __future__ import annotations

from minutebook.extract.apologies import extract_apologies
from minutebook.extract.attendance import extract_attendees
from minutebook.extract.names import split_affiliation, split_at_own_initials


def _people(document, nlp):
    return [(a.name, a.role, a.organisation) for a in extract_attendees(document, nlp=nlp)]


def _sent(document, nlp):
    return [(a.name, a.surname, a.title, a.organisation) for a in extract_apologies(document, nlp=nlp)]


# --- One person a line: name, then post, then the body's letters, no separators ----------------------------


def test_rows_of_name_post_and_body_letters(make_document, nlp) -> None:
    document = make_document(
        "Members Present:\n"
        "Rona Dunlop Convenor CC\n"
        "Gail Petrie Member CC\n"
        "Fay Lorimer Treasurer CC\n"
        "Attending:\n"
        "Constable Ewan Blair County Police\n"
        "Kirsty Lamb Stand in Minute Taker\n"
        "Apologies:\n"
        "Anna Reid Secretary CC\n"
        "Colin Baird Member CC\n"
        "Cllr Iain Towie E&W Councillor\n"
        "Introductions and welcome\n"
    )
    assert _people(document, nlp) == [
        ("Rona Dunlop", "Convenor", "CC"),
        ("Gail Petrie", "Member", "CC"),
        ("Fay Lorimer", "Treasurer", "CC"),
        ("Ewan Blair", "Constable", "County Police"),
        ("Kirsty Lamb", "Stand in Minute Taker", None),
    ]
    assert _sent(document, nlp) == [
        ("Anna Reid", "Reid", None, "CC"),
        ("Colin Baird", "Baird", None, "CC"),
        ("Iain Towie", "Towie", "Cllr", "E&W"),
    ]


def test_rows_of_name_and_post_without_the_body(make_document, nlp) -> None:
    document = make_document(
        "Present:\nTom Carr Chair\nLis Noble Vice Chair\nJo Pike Clerk\n\nApologies:\nHal Rigg Secretary\n"
        "Ben Orr Member\nCllr Sue Platt Vice Chair\n\n1. Minutes\n"
    )
    assert [(a.name, a.role) for a in extract_attendees(document, nlp=nlp)] == [
        ("Tom Carr", "Chair"), ("Lis Noble", "Vice Chair"), ("Jo Pike", "Clerk")]
    assert [a.surname for a in extract_apologies(document, nlp=nlp)] == ["Rigg", "Orr", "Platt"]


def test_a_row_for_a_member_of_two_bodies(make_document, nlp) -> None:
    document = make_document("Members Present:\nRona Dunlop Chair CC\nCraig Reid Member CC & MOD\nGail Petrie Member CC\n\n1. Minutes\n")
    assert _people(document, nlp)[1] == ("Craig Reid", "Member", "CC & MOD")
    assert split_affiliation("Member CC & MOD") == ("Member", "CC & MOD")
    # Look-alike: "&" inside a post's own words.
    assert split_affiliation("Head of Planning & Roads") == ("Head of Planning & Roads", None)


def test_three_word_names_in_an_apologies_column_stay_whole(make_document, nlp) -> None:
    # Look-alike: the third word is part of the name, no post.
    document = make_document("Apologies:\nMary Ann Lowe\nPeter John Hale\nRuth Ellen Major\n\n1. Minutes\n")
    assert [a.surname for a in extract_apologies(document, nlp=nlp)] == ["Lowe", "Hale", "Major"]


def test_a_post_before_a_name_still_leads_it(make_document, nlp) -> None:
    # Look-alike: "Deputy Clerk Ana Birch" is a post, then the person; only two capitals alone are no name.
    document = make_document("Present:\nDeputy Clerk Ana Birch\nChair Tom Carr\nTreasurer Jo Pike\n\n1. Minutes\n")
    assert [(a.name, a.role) for a in extract_attendees(document, nlp=nlp)] == [
        ("Ana Birch", "Deputy Clerk"), ("Tom Carr", "Chair"), ("Jo Pike", "Treasurer")]


# --- A grid of "Full Name INITIALS" pairs beside a "Present" label without its colon ------------------------


def test_grid_of_names_and_initials_beside_present(make_document, nlp) -> None:
    document = make_document(
        "Minutes of a Meeting held on Tuesday 5 March 2030\n"
        "Present Carol Dunn CD Moira Cask MC\n"
        "Ken Crum KC Gavin Doll GD\n"
        "Irene Kell IK Hilda Lang (EDC) HL\n"
        "Sue Wood SW\n"
        "In Attendance Two members of the public.\n"
        "1. Police Report\n"
    )
    assert _people(document, nlp) == [
        ("Carol Dunn", None, None), ("Moira Cask", None, None), ("Ken Crum", None, None), ("Gavin Doll", None, None),
        ("Irene Kell", None, None), ("Hilda Lang", None, "EDC"), ("Sue Wood", None, None)]


def test_grid_with_the_initials_in_capitals_and_a_colon(make_document, nlp) -> None:
    document = make_document("PRESENT: Ann Lee AL Bo Day BD\nCy Orr CO\n\n1. Minutes\n")
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == ["Ann Lee", "Bo Day", "Cy Orr"]


def test_present_in_a_sentence_is_no_grid(make_document, nlp) -> None:
    # Look-alike: "Present" opening a sentence, with no initials after the names.
    document = make_document("Present plans for the Mill Lane site were discussed.\n1. Minutes\n")
    assert extract_attendees(document, nlp=nlp) == []


def test_initials_after_a_bracket_close_the_name() -> None:
    assert split_at_own_initials("Ann Lee (EDC) AL Bo Day BD") == ["Ann Lee (EDC)", "Bo Day"]
    assert split_at_own_initials("Eastshire Council (EC)") == ["Eastshire Council (EC)"]
    # A bracket of several words, and one glued to the name, still stay with it.
    assert split_at_own_initials("Ann Lee (North Vale Rural) AL Bo Day(EDC) BD Cy Orr") == [
        "Ann Lee (North Vale Rural)", "Bo Day(EDC)", "Cy Orr"
    ]
    # Near miss: letters inside the bracket are no name's own initials ("(North Vale NV)").
    assert split_at_own_initials("Ann Lee (North Vale NV) Bo Day") == ["Ann Lee (North Vale NV) Bo Day"]


def test_a_long_roll_with_no_initials_comes_back_whole() -> None:
    # Read in one pass: a flattened roll of thousands of names with no one's initials (a page run together).
    roll = "Ann Lee Bo " * 2700
    assert split_at_own_initials(roll) == [roll]
    assert split_at_own_initials(roll + "Cy Orr CO Dee Park") == [(roll + "Cy Orr").strip(), "Dee Park"]


# --- Officers and visitors in sentences of their own ------------------------------------------------------


def test_an_officer_by_post_and_surname_was_also_present(make_document, nlp) -> None:
    document = make_document(
        "The meeting was called to order by Supervisor Nolan at 7:00 PM.\n"
        "Board members present were Trustee Olten, Trustee Hogue, and Supervisor Nolan. Clerk Bauer was also present.\n"
        "APPROVAL OF MINUTES:\n"
    )
    people = _people(document, nlp)
    assert [name.split()[-1] for name, _, _ in people] == ["Olten", "Hogue", "Nolan", "Bauer"]
    assert people[-1][1] == "Clerk"
    treasurer = make_document(
        "Members present were Trustee Olten and Trustee Hogue. Treasurer Ruiz was also in attendance.\n1. Minutes\n"
    )
    assert [a.surname for a in extract_attendees(treasurer, nlp=nlp)][-1] == "Ruiz"


def test_a_post_alone_was_also_present_names_no_one(make_document, nlp) -> None:
    # Look-alike: "The Clerk" with no name.
    document = make_document(
        "Members present were Trustee Olten and Trustee Hogue. The Clerk was also present.\n1. Minutes\n"
    )
    assert [a.surname for a in extract_attendees(document, nlp=nlp)] == ["Olten", "Hogue"]


def test_a_visitor_from_an_outside_body(make_document, nlp) -> None:
    document = make_document(
        "Board members present were Trustee Olten and Trustee Hogue.\n"
        "REPORTS:\n"
        "Rita Chaves from the Maple Park District was in attendance. She had three items.\n"
    )
    assert _people(document, nlp)[-1] == ("Rita Chaves", None, "Maple Park District")
    other = make_document(
        "Present: Cllr A Lowe, Cllr B Penn\n\nDan Hume of Eastshire Housing Trust was present to answer questions.\n"
    )
    assert _people(other, nlp)[-1] == ("Dan Hume", None, "Eastshire Housing Trust")


def test_a_resident_of_a_street_is_no_visitor(make_document, nlp) -> None:
    document = make_document("Present: Cllr A Lowe, Cllr B Penn\n\nTom Hay of Mill Lane was present.\n")
    assert [a.surname for a in extract_attendees(document, nlp=nlp)] == ["Lowe", "Penn"]


# --- A staff list under its own label, wrapped over several lines -----------------------------------------


def test_staff_attending_wrapped_over_lines(make_document, nlp) -> None:
    document = make_document(
        "1. Call to order\n"
        "ATTENDING: Trustees Dumont, Lessard, Pryor\n"
        "STAFF ATTENDING: Library Director Sara Whitby, Dina Abbot, Ilsa Amir, Lena\n"
        "Boyle, Stella Cole, Jack Dorsey\n"
        "PUBLIC ATTENDING: Several residents were in attendance\n"
        "3. Approval of the agenda\n"
    )
    people = _people(document, nlp)
    assert [name.split()[-1] for name, _, _ in people] == [
        "Dumont", "Lessard", "Pryor", "Whitby", "Abbot", "Amir", "Boyle", "Cole", "Dorsey"]
    assert people[3] == ("Sara Whitby", "Library Director", None)
    lower = make_document(
        "Members present: Cllr A Lowe, Cllr B Penn\nStaff attending: Jo Hale (Clerk), Kim Rowe\n\n1. Minutes\n"
    )
    assert [a.surname for a in extract_attendees(lower, nlp=nlp)] == ["Lowe", "Penn", "Hale", "Rowe"]


# --- An apologies heading run into the sentence that gives the list ---------------------------------------


def test_apologies_heading_then_its_own_sentence(make_document, nlp) -> None:
    document = make_document(
        "3. Apologies for Absence received and accepted from: Apologies for absence received from Cllr. Mace, "
        "Councillor Carr and County Councillor Martin Stone. It was agreed that Cllrs. Mace and Carr should sign.\n\n"
        "4. Declarations of interest\n"
    )
    assert [(a.surname, a.title) for a in extract_apologies(document, nlp=nlp)] == [
        ("Mace", "Cllr"), ("Carr", "Councillor"), ("Stone", "County Councillor")]
    shorter = make_document(
        "2. Apologies received from: Apologies were received from Jo Hale and Cllr Bo Day.\n\n3. Minutes\n"
    )
    assert [a.surname for a in extract_apologies(shorter, nlp=nlp)] == ["Hale", "Day"]


# --- Who chaired, in a sentence of its own beside the roll ------------------------------------------------


def test_chaired_by_sentence_gives_the_chair(make_document, nlp) -> None:
    document = make_document(
        "Present Carol Dunn CD Ken Crum KC\nSue Wood SW\nThe Meeting was Chaired by Ken Crum.\n1. Police Report\n"
    )
    assert [(a.name, a.role) for a in extract_attendees(document, nlp=nlp)] == [
        ("Carol Dunn", None), ("Ken Crum", "Chair"), ("Sue Wood", None)]
    took = make_document("Present: Cllr A Lowe, Cllr B Penn, Cllr C Hurst\n\nCllr Penn took the chair.\n\n1. Minutes\n")
    assert [(a.surname, a.role) for a in extract_attendees(took, nlp=nlp)] == [
        ("Lowe", None), ("Penn", "Chair"), ("Hurst", None)]
    initials = make_document("PRESENT Rob Weir RW Gina Dow GD\nKen Cole KC Ian Loy IL\nRW chaired the meeting.\n1 Police Report\n")
    assert [(a.surname, a.role) for a in extract_attendees(initials, nlp=nlp)] == [
        ("Weir", "Chair"), ("Dow", None), ("Cole", None), ("Loy", None)]


def test_chaired_by_a_post_or_a_shared_surname_gives_no_one_the_chair(make_document, nlp) -> None:
    # Look-alikes: a post with no name; two attendees of the surname.
    post = make_document("Present: Cllr A Lowe, Cllr B Penn\n\nThe meeting was chaired by the Vice Chairman.\n\n1. Minutes\n")
    assert [a.role for a in extract_attendees(post, nlp=nlp)] == [None, None]
    shared = make_document("Present: Cllr A Penn, Cllr B Penn\n\nThe meeting was chaired by Cllr Penn.\n\n1. Minutes\n")
    assert [a.role for a in extract_attendees(shared, nlp=nlp)] == [None, None]


def test_grid_of_initials_split_into_cells(make_document, nlp) -> None:
    # A PDF's columns as cells: each cell one member and initials, never a name and an organisation; the last member
    # alone on a row without cells; a member told apart by a lower-case letter ("PWh", "MCa").
    document = make_document(
        "Minutes of Meeting held on Tuesday 3rd April 2030\n"
        "PRESENT Rob Weir (Chair) RW\tGina Dow GD\n"
        "Ken Cole KC\tIan Loy IL\n"
        "Dick Nye DN\tPaul Wheel PWh\n"
        "Mary Cade (EDC) MCa\tKath Pyne KP\n"
        "Jo Sled JS\n"
        "The Vice Chair, Jack Jones and 3 residents attended the meeting.\n"
        "1 Police Report\n"
    )
    assert _people(document, nlp) == [
        ("Rob Weir", "Chair", None), ("Gina Dow", None, None), ("Ken Cole", None, None), ("Ian Loy", None, None),
        ("Dick Nye", None, None), ("Paul Wheel", None, None), ("Mary Cade", None, "EDC"), ("Kath Pyne", None, None),
        ("Jo Sled", None, None)]


def test_a_sentence_after_a_whole_grid_row_is_no_part_of_it(make_document, nlp) -> None:
    document = make_document(
        "PRESENT Rob Weir RW Gina Dow GD\nKen Cole KC Ian Loy IL\n"
        "Prospective EDC Councillor, Jack Jones and 3 residents attended the meeting.\nRW chaired the meeting.\n"
        "1 Police Report\n"
    )
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == ["Rob Weir", "Gina Dow", "Ken Cole", "Ian Loy"]
    # Look-alike: a list line that runs on (no initials, no full stop) still closes on "attended the meeting.".
    runs_on = make_document("Present: Cllr A Lowe, Cllr B Penn,\nCllr C Hurst and Cllr D Quinn attended the meeting.\n\n1. Minutes\n")
    assert [a.surname for a in extract_attendees(runs_on, nlp=nlp)] == ["Lowe", "Penn", "Hurst", "Quinn"]


def test_initials_with_a_letter_to_tell_two_apart() -> None:
    assert split_at_own_initials("Paul Wheel PWh Mary Cade MCa") == ["Paul Wheel", "Mary Cade"]
    # Look-alike: "Ab" (an absence mark) and a word in title case are no one's initials.
    assert split_at_own_initials("Ann Bell Ab") == ["Ann Bell Ab"]
    assert split_at_own_initials("Ann Bell Abe") == ["Ann Bell Abe"]


def test_a_bullet_after_plain_apologies_lines_opens_the_business(make_document, nlp) -> None:
    document = make_document(
        "Members Present:\nRona Dunlop Chair CC\nGail Petrie Member CC\nFay Lorimer Member CC\n"
        "Apologies\nMandy Cross\nColin Tait\n• Introductions and welcome\na. Welcome to members of the public\n"
    )
    assert [a.surname for a in extract_apologies(document, nlp=nlp)] == ["Cross", "Tait"]
    bulleted = make_document("Apologies\n• Mandy Cross\n• Colin Tait\n\n1. Introductions and welcome\n")
    assert [a.surname for a in extract_apologies(bulleted, nlp=nlp)] == ["Cross", "Tait"]


# --- Members of the public by name, one a line under a bare "Public:" -------------------------------------


def test_public_by_name_one_a_line(make_document, nlp) -> None:
    document = make_document(
        "Members Present:\nRona Dunlop Convenor CC\nGail Petrie Member CC\nFay Lorimer Member CC\n"
        "Attending:\nJean Speirs County Police\n"
        "Public:\nCathy Blake Public\nRon Fletch Public\nCarole Spence GST\n"
        "Apologies\nMandy Cross\nColin Tait\nIntroductions and welcome\n"
    )
    visitors = [(a.name, a.status, a.organisation) for a in extract_attendees(document, nlp=nlp)][-3:]
    assert visitors == [
        ("Cathy Blake", "also_present", None), ("Ron Fletch", "also_present", None), ("Carole Spence", "also_present", "GST")]
    plain = make_document("Present: Cllr A Lowe, Cllr B Penn\n\nPUBLIC\nJo Hale\nKim Rowe\n\n1. Minutes\n")
    assert [(a.surname, a.status) for a in extract_attendees(plain, nlp=nlp)][-2:] == [
        ("Hale", "also_present"), ("Rowe", "also_present")]


def test_public_by_name_in_columns(make_document, nlp) -> None:
    document = make_document(
        "Members Present:\nRona Dunlop\tConvenor CC\nGail Petrie\tMember CC\nPublic:\nCathy Blake\tPublic\n"
        "Ron Fletch\tMember of the public\nCarole Spence\tGST\n\n1. Minutes\n"
    )
    assert [(a.name, a.organisation) for a in extract_attendees(document, nlp=nlp)][-3:] == [
        ("Cathy Blake", None), ("Ron Fletch", None), ("Carole Spence", "GST")]


def test_a_count_of_the_public_names_no_one(make_document, nlp) -> None:
    # Look-alikes: the count on the label's line or on the next.
    for text in ("Present: Cllr A Lowe, Cllr B Penn\nPublic:\n3\n\n1. Minutes\n",
                 "Present: Cllr A Lowe, Cllr B Penn\nMembers of the Public: 4\n\n1. Minutes\n",
                 "Present: Cllr A Lowe, Cllr B Penn\nMembers of the Public\nNone\n\n1. Minutes\n",
                 # A "Public" heading over what the public raised: sentences, no roll.
                 "Present: Cllr A Lowe, Cllr B Penn\n\nPUBLIC\nMr Tom Hay raised the state of the footpath on Mill Lane.\n\n1. Minutes\n",
                 "Present: Cllr A Lowe, Cllr B Penn\n\nPublic\nTom Hay asked about the footpath.\nKim Rowe spoke on parking.\n\n"
                 "1. Minutes\n"):
        assert [a.surname for a in extract_attendees(make_document(text), nlp=nlp)] == ["Lowe", "Penn"]


def test_a_grid_with_bodies_in_brackets_and_a_guest_beside_the_label(make_document, nlp) -> None:
    document = make_document(
        "Present Ken Cole KC Mary Cade MC\n"
        "Ian Loy (EDC) IL Joan Camp (EDC) JC\n"
        "In Attendance Tracy Dix, Chair of the Parent Council, Elm Primary School\n"
        "The Meeting was Chaired by Ken Cole (KC).\n"
        "1. Police Report\n"
    )
    assert _people(document, nlp) == [
        ("Ken Cole", "Chair", None), ("Mary Cade", None, None), ("Ian Loy", None, "EDC"), ("Joan Camp", None, "EDC"),
        ("Tracy Dix", "Chair of the Parent Council", "Elm Primary School")]


def test_initialled_names_in_rows_of_name_and_body(make_document, nlp) -> None:
    document = make_document(
        "Attending:\nJ. R. Hale Eastshire Water\nC Pratt Public\nAnn B. Smith County Police\n\n1. Minutes\n"
    )
    assert _people(document, nlp) == [
        ("J R Hale", None, "Eastshire Water"), ("C Pratt", None, None), ("Ann B Smith", None, "County Police")]
    # Look-alike: a first name and surname after the initial stay one name.
    other = make_document("Attending:\nD van Berg NCC\nJo Hale Eastshire Water\nKim Rowe County Police\n\n1. Minutes\n")
    assert [a.name for a in extract_attendees(other, nlp=nlp)] == ["D van Berg", "Jo Hale", "Kim Rowe"]
