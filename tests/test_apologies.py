"""Apologies in each house style, and "apologies" words that are not a list."""

from __future__ import annotations

import pytest

from minutebook.extract.apologies import extract_apologies


def _people(apologies):
    return [(a.name, a.surname, a.title, a.organisation) for a in apologies]


def test_received_from_under_an_item_heading(make_document, nlp) -> None:
    document = make_document("96. APOLOGIES FOR ABSENCE\n\nApologies were received from Councillor Rowe.\n")
    assert _people(extract_apologies(document, nlp=nlp)) == [("Councillor Rowe", "Rowe", "Councillor", None)]


def test_name_and_organisation_pairs(make_document, nlp) -> None:
    document = make_document(
        "#### **Apologies for absence**\n"
        "\n"
        "Kris Pane, NDC; Jen Wild, WAVE; Will Ash-Moore, NK Plus; Jo Reed, County Probation;\n"
        "\n"
        "#### **1. Minutes of the last meeting**\n"
    )
    assert _people(extract_apologies(document, nlp=nlp)) == [
        ("Kris Pane", "Pane", None, "NDC"),
        ("Jen Wild", "Wild", None, "WAVE"),
        ("Will Ash-Moore", "Ash-Moore", None, "NK Plus"),
        ("Jo Reed", "Reed", None, "County Probation"),
    ]


def test_inline_apologies_list(make_document, nlp) -> None:
    document = make_document("Apologies: Councillor Ash, Mr B Birch and Dr C Cedar\n")
    assert [a.surname for a in extract_apologies(document, nlp=nlp)] == ["Ash", "Birch", "Cedar"]


def test_apologies_for_absence_were_received_from(make_document, nlp) -> None:
    document = make_document(
        "Apologies for absence were received from Councillors Ash and Birch and Mr T Hill (County Police).\n"
    )
    assert _people(extract_apologies(document, nlp=nlp)) == [
        ("Councillor Ash", "Ash", "Councillor", None),
        ("Councillor Birch", "Birch", "Councillor", None),
        ("T Hill", "Hill", "Mr", "County Police"),
    ]


def test_list_stops_at_the_end_of_the_sentence(make_document, nlp) -> None:
    document = make_document(
        "1. Apologies\nApologies were received from Mr A. Reed. The Chairman welcomed Ms Fern to the meeting.\n"
    )
    assert [a.surname for a in extract_apologies(document, nlp=nlp)] == ["Reed"]


def test_no_apologies(make_document, nlp) -> None:
    assert extract_apologies(make_document("1. Apologies for absence\n\nNo apologies were received.\n"), nlp=nlp) == []
    assert extract_apologies(make_document("Apologies\nThere were no apologies.\n"), nlp=nlp) == []
    assert extract_apologies(make_document("Apologies: None\n"), nlp=nlp) == []


def test_apologies_in_later_discussion_are_not_a_list(make_document, nlp) -> None:
    document = make_document(
        "1. Minutes\n"
        "The Chairman offered apologies to residents for the delay.\n"
        "2. Apologies and absence policy review\n"
        "Members discussed the policy on apologies for absence for staff.\n"
    )
    assert extract_apologies(document, nlp=nlp) == []


def test_item_title_alone_gives_nobody(make_document, nlp) -> None:
    document = make_document("1. Apologies for Absence\n\n2. Declarations of Interest\n\nNone.\n")
    assert extract_apologies(document, nlp=nlp) == []


def test_moderngov_row(make_document, nlp) -> None:
    document = make_document(
        "No. | Item |\n"
        "Apologies for Absence | Minutes: Apologies were received from Mrs Ann Lee and Mr Bob Ash. |\n"
    )
    assert [a.name for a in extract_apologies(document, nlp=nlp)] == ["Ann Lee", "Bob Ash"]


def test_and_from_starts_another_name(make_document, nlp) -> None:
    document = make_document("Apologies were received from Councillors Ash and Birch, and from Mr T Hill (County Police).\n")
    assert [(a.surname, a.organisation) for a in extract_apologies(document, nlp=nlp)] == [
        ("Ash", None), ("Birch", None), ("Hill", "County Police"),
    ]


def test_reason_in_brackets_is_not_an_organisation(make_document, nlp) -> None:
    document = make_document(
        "CSE/18/14 Apologies for absence\n"
        "Apologies were received and accepted from Cllr Derek Yew (work commitments) and Cllr Nina\n"
        "Foss.\n"
    )
    assert [(a.name, a.title, a.organisation) for a in extract_apologies(document, nlp=nlp)] == [
        ("Derek Yew", "Cllr", None), ("Nina Foss", "Cllr", None),
    ]


def test_resolved_style_apologies(make_document, nlp) -> None:
    document = make_document(
        "1. APOLOGIES FOR ABSENCE\nRESOLVED: That apologies for absence from Councillor Ash be noted.\n"
    )
    assert [a.name for a in extract_apologies(document, nlp=nlp)] == ["Councillor Ash"]


def test_bare_label_with_one_person_a_line(make_document, nlp) -> None:
    document = make_document(
        "Apologies:\nJo Bloggs – NHS Clinical Commissioning Group\nCllr T Evans – work commitments\n1. Welcome\n"
    )
    assert [(a.name, a.title, a.organisation) for a in extract_apologies(document, nlp=nlp)] == [
        ("Jo Bloggs", None, "NHS Clinical Commissioning Group"),
        ("T Evans", "Cllr", None),
    ]


def test_sentences_of_names_under_a_label(make_document, nlp) -> None:
    document = make_document("1. To receive apologies for absence\nCllr. T. Evans – work commitments. Cllr B. Hughes - illness.\n")
    assert [a.surname for a in extract_apologies(document, nlp=nlp)] == ["Evans", "Hughes"]


def test_singular_apology_and_colon_dash(make_document, nlp) -> None:
    assert [a.surname for a in extract_apologies(
        make_document("An apology for absence was received from Councillor Ash.\n"), nlp=nlp)] == ["Ash"]
    assert [a.surname for a in extract_apologies(
        make_document("Apologies:- Councillors Ash and Birch\n"), nlp=nlp)] == ["Ash", "Birch"]


# --- Apologies written outside an "Apologies" section ------------------------------------------------


def test_absent_with_apologies_label(make_document, nlp) -> None:
    labelled = make_document(
        "Present: Cllr Ada Bree, Cllr Dan Corran\n"
        "Absent with apologies: Cllr Fay Moss, Mr T Hill\n"
        "Absent: Cllr Lee Wren\n"
        "1. Minutes\n"
    )
    assert [a.surname for a in extract_apologies(labelled, nlp=nlp)] == ["Moss", "Hill"]
    members = make_document("MEMBERS ABSENT WITH APOLOGY - Councillor Una Vale.\nOFFICERS PRESENT - Jo Pike.\n")
    assert [a.surname for a in extract_apologies(members, nlp=nlp)] == ["Vale"]


def test_absent_marked_excused_sent_apologies(make_document, nlp) -> None:
    bracket = make_document(
        "Present: Commissioners Orr, Lund\nAbsent: Commissioner Pike (excused), Commissioner Hale\nCALL TO ORDER\n"
    )
    assert [a.surname for a in extract_apologies(bracket, nlp=nlp)] == ["Pike"]
    unexcused = make_document("Present: Trustees Orr, Lund\nAbsent: Trustee Hale\nCALL TO ORDER\n")
    assert extract_apologies(unexcused, nlp=nlp) == []


def test_sent_apologies_in_a_sentence_of_its_own(make_document, nlp) -> None:
    one = make_document(
        "Minutes of the Community Council\n"
        "Present: Ada Bree (Chair), Dan Corran, Fay Moss\n"
        "\n"
        "The meeting opened at 7 pm. Cllr Lee Wren sent apologies.\n"
        "1. Minutes\n"
    )
    assert [a.name for a in extract_apologies(one, nlp=nlp)] == ["Lee Wren"]
    two = make_document("Ivo Penn and Una Vale had sent their apologies.\n\n1. Minutes of the last meeting\n")
    assert [a.surname for a in extract_apologies(two, nlp=nlp)] == ["Penn", "Vale"]


def test_apologies_that_name_no_absent_person(make_document, nlp) -> None:
    late = make_document(
        "Present: Cllr Ada Bree, Cllr Dan Corran\nThe Chair offered apologies for the late start.\n1. Minutes\n"
    )
    assert extract_apologies(late, nlp=nlp) == []
    delay = make_document("Present: Cllr Ada Bree\n\nDr Tam Hale gave apologies for arriving late.\n1. Minutes\n")
    assert extract_apologies(delay, nlp=nlp) == []
    clause = make_document("1. Roads\nThis was raised by Fay Moss, who sent her apologies, and is still open.\n")
    assert extract_apologies(clause, nlp=nlp) == []


def test_dotted_item_number_ends_the_apologies_section(make_document, nlp) -> None:
    document = make_document(
        "Present\nCouncillors A Bree (Chair), D Corran\n24.03.01 Apologies\nCouncillor Moss\n"
        "24.03.02 Register of Interests\nNone\n"
    )
    assert [a.surname for a in extract_apologies(document, nlp=nlp)] == ["Moss"]


def test_body_initials_after_the_name_are_its_organisation(make_document, nlp) -> None:
    spaced = make_document("24.09.1 Apologies\nA Bree NDC\n24.09.2 Register of Interests\n")
    assert _people(extract_apologies(spaced, nlp=nlp)) == [("A Bree", "Bree", None, "NDC")]
    comma = make_document("Apologies: Cllr D Corran, Mr T Hale.\n1. Minutes\n")
    assert [a.organisation for a in extract_apologies(comma, nlp=nlp)] == [None, None]


def test_post_nominal_letters_are_no_organisation(make_document, nlp) -> None:
    document = make_document("Apologies: Ann Lee MSP, Bo Day MP\n\n1. Minutes\n")
    assert [a.organisation for a in extract_apologies(document, nlp=nlp)] == [None, None]


def test_excused_labels_record_apologies(make_document, nlp) -> None:
    excused = make_document("Present: Commissioners Orr, Lund\nExcused: Commissioner Pike\nAbsent: Commissioner Hale\nCALL TO ORDER\n")
    assert [a.surname for a in extract_apologies(excused, nlp=nlp)] == ["Pike"]
    absences = make_document("Present: Trustees Orr, Lund\nExcused Absences: Trustee Pike, Trustee Hale.\n1. Minutes\n")
    assert [a.surname for a in extract_apologies(absences, nlp=nlp)] == ["Pike", "Hale"]
    absent = make_document("Present: Trustees Orr, Lund\nAbsent: Trustee Pike\n1. Minutes\n")
    assert extract_apologies(absent, nlp=nlp) == []


@pytest.mark.parametrize(
    "roll", ["Present: 2 - Orr, Lund\nExcused: 1 - Councilmember Ida Pike\n", "Present 2 – Orr, Lund\nExcused 1 – Councilmember Ida Pike\n"]
)
def test_an_excused_roll_opening_with_its_count(make_document, nlp, roll: str) -> None:
    document = make_document("ROLL CALL\n" + roll + "\n1. CONSENT CALENDAR\n")
    assert [(a.name, a.surname) for a in extract_apologies(document, nlp=nlp)] == [("Ida Pike", "Pike")]


def test_apology_sentences_of_their_own(make_document, nlp) -> None:
    assert _people(extract_apologies(make_document("1. Apologies\nCllr T Moss had sent an apology for absence.\n"), nlp=nlp)) == [
        ("T Moss", "Moss", "Cllr", None)
    ]
    document = make_document("Apologies were made on behalf of Councillor Penn.\n")
    assert [a.surname for a in extract_apologies(document, nlp=nlp)] == ["Penn"]
    document = make_document("Present: Cllr R Oak (Chair)\n\nCllr V Finch apologised for her absence.\n")
    assert [a.surname for a in extract_apologies(document, nlp=nlp)] == ["Finch"]
    document = make_document("Mr K Lark apologised for being unable to attend.\n")
    assert [a.surname for a in extract_apologies(document, nlp=nlp)] == ["Lark"]


def test_excused_sentences(make_document, nlp) -> None:
    assert [a.surname for a in extract_apologies(make_document("Trustee P Reed was excused.\n"), nlp=nlp)] == ["Reed"]
    document = make_document("Director Ola Brent was absent and excused.\n")
    assert [a.surname for a in extract_apologies(document, nlp=nlp)] == ["Brent"]
    document = make_document("Present: Members Orme, Vance. Member Dana Kirrin was excused absent. There is one vacancy.\n")
    assert [a.surname for a in extract_apologies(document, nlp=nlp)] == ["Kirrin"]
    document = make_document("Roll call: Commissioners Orme and Vance.\nCommissioner Ruth Tal was excused from the meeting.\n")
    assert [a.surname for a in extract_apologies(document, nlp=nlp)] == ["Tal"]


def test_apology_sentences_that_are_not_absence(make_document, nlp) -> None:
    for text in (
        "Cllr T Moss apologised for the delay in circulating the report.\n",
        "The Chair apologised for his absence at the last meeting.\n",
        "Cllr V Finch sent apologies for the next meeting.\n",
        "Jo Hale had given her apologies for the meeting on 4 May.\n",
        "Councillor Penn was excused from the vote.\n",
        "The Clerk was excused.\n",
        "Members of the public were excused.\n",
    ):
        assert extract_apologies(make_document(text), nlp=nlp) == [], text


def test_heading_run_into_its_list_without_a_colon(make_document, nlp) -> None:
    # A numbered item in a table, its heading and list in one cell, each member with their initials.
    cells = make_document(
        "Present: Ann Vale, Bo Reed\n3\tApologies for Absence Tessa Quill (TQ), Owen Brack (OB) and Councillor "
        "Lena Fitch (LF)\n4\tApproval of Previous Minutes\n"
    )
    assert [a.surname for a in extract_apologies(cells, nlp=nlp)] == ["Quill", "Brack", "Fitch"]
    line = make_document("Present: Ann Vale\n2. Apologies for absence Mrs Dora Kent and Mr Ivo Lam\n3. Minutes\n")
    assert [a.surname for a in extract_apologies(line, nlp=nlp)] == ["Kent", "Lam"]
    sentence = make_document("Present: Ann Vale\n2. Apologies were made for the late start of the meeting.\n")
    assert extract_apologies(sentence, nlp=nlp) == []


def test_absent_with_regrets_or_excused_after_a_dash(make_document, nlp) -> None:
    regrets = make_document(
        "Present: Mayor Ann Vale, Councillor Bo Reed\nAbsent with regrets: Councillor Dee Lowe\n"
        "Absent: Councillor Eve Moss\n\n1. Call to order\n"
    )
    assert [a.surname for a in extract_apologies(regrets, nlp=nlp)] == ["Lowe"]
    dashed = make_document("Present: Ann Vale\nAbsent – excused: Cy Hart\nAbsent – unexcused: Dee Lowe\n\n1. Minutes\n")
    assert [a.surname for a in extract_apologies(dashed, nlp=nlp)] == ["Hart"]


def test_who_was_absent_after_the_list_sent_no_apologies(make_document, nlp) -> None:
    clause = make_document(
        "Present: Ann Vale\nApologies were received from Cy Hart and Dee Lowe, and Eve Moss was absent.\n\n1. Minutes\n"
    )
    assert [a.surname for a in extract_apologies(clause, nlp=nlp)] == ["Hart", "Lowe"]
    plural = make_document(
        "Present: Ann Vale\nApologies were received from Cy Hart, while Eve Moss and Gus Orr were absent.\n\n1. Minutes\n"
    )
    assert [a.surname for a in extract_apologies(plural, nlp=nlp)] == ["Hart"]


def test_apologies_under_a_running_minute_number(make_document, nlp) -> None:
    """A minute number that runs from meeting to meeting opens the item's line ("C048/23 1. APOLOGIES FOR ABSENCE",
    "Cou/286/07-08 Apologies for Absence"); the next number ends the section. Invented names."""
    coded = make_document(
        "Minutes of Parish Council\n\nPresent: Cllr A Vale, Cllr B Reed\n\nC048/23 1. APOLOGIES FOR ABSENCE.\n\n"
        "Cllr D Penn and Cllr E Marr (family commitment), Cllr F Lowe (work commitment).\n\n"
        "C049/23 2. DECLARATIONS OF INTEREST\n\nNo declarations\n"
    )
    assert [a.surname for a in extract_apologies(coded, nlp=nlp)] == ["Penn", "Marr", "Lowe"]
    slashed = make_document(
        "Minutes of a Meeting of Harrowgate Parish Council\n\nCou/285/07-08 Present\nMembers: Cllr A Vale, Cllr Reed.\n\n"
        "Cou/286/07-08 Apologies for Absence\nApologies for absence were received from Cllr Penn\n\n"
        "Cou/287/07-08 Declarations of Interest\nNone.\n"
    )
    assert [a.surname for a in extract_apologies(slashed, nlp=nlp)] == ["Penn"]
    # A date opening a line is no minute number: the section's list is read as before.
    dated = make_document("Present: Cllr A Vale\n\nApologies: Cllr D Penn\n12/05/2023 site visit noted.\n\n2. Planning\n")
    assert [a.surname for a in extract_apologies(dated, nlp=nlp)] == ["Penn"]


def test_received_from_list_with_no_stop_before_the_business(make_document, nlp) -> None:
    """"… received from Cllr Penn" with no full stop, then the business on the next line ("With the absence of …",
    "The Chair welcomed …"): the list ends at its line. Invented names."""
    for follow in (
        "With the absence of the Vice Chairman it was proposed that Councillor Reed take the chair for the meeting.",
        "The Chairman welcomed everyone and reminded members of the rules of the meeting tonight.",
    ):
        document = make_document(
            f"Present: Cllr A Vale, Cllr B Reed\n\n2. Apologies\nApologies for absence were received from Cllr Penn\n{follow}\n\n3. Minutes\n"
        )
        assert [a.surname for a in extract_apologies(document, nlp=nlp)] == ["Penn"]
    # A list wrapped after "and" runs on.
    wrapped = make_document(
        "Present: Cllr A Vale\n\n2. Apologies\nApologies for absence were received from Cllr Penn and\nCllr Marr.\n\n3. Minutes\n"
    )
    assert [a.surname for a in extract_apologies(wrapped, nlp=nlp)] == ["Penn", "Marr"]


def test_regrets_sent_or_received(make_document, nlp) -> None:
    """Canadian minutes send regrets as UK ones send apologies: "Councillor A sent regrets.", "Regrets were received
    from Councillor B." Invented names."""
    sent = make_document("Present: Mayor Ann Vale, Councillor Bo Reed\nCouncillor Di Lowe sent regrets.\n\n2. Agenda\n")
    assert [a.surname for a in extract_apologies(sent, nlp=nlp)] == ["Lowe"]
    received = make_document(
        "Present: Mayor Ann Vale, Councillor Bo Reed\nRegrets were received from Councillor Di Lowe.\n\n2. Agenda\n"
    )
    assert [a.surname for a in extract_apologies(received, nlp=nlp)] == ["Lowe"]
    # Regret expressed about something names no one absent.
    none = make_document("Present: Mayor Ann Vale\nThe Mayor expressed regret at the closure of the library.\n\n2. Agenda\n")
    assert extract_apologies(none, nlp=nlp) == []


def test_absent_excused_after_the_present_list_on_one_line(make_document, nlp) -> None:
    """"ROLL CALL: Present: A, B. Absent: C (excused).": the absent list on the present list's line. Invented names."""
    inline = make_document("ROLL CALL: Present: Vale, Reed, Hart. Absent: Lowe (excused).\n\n2. Agenda\n")
    assert [a.surname for a in extract_apologies(inline, nlp=nlp)] == ["Lowe"]
    singular = make_document("Members present: Vale, Reed, Hart. Member absent: Penn (excused).\n\n2. Agenda\n")
    assert [a.surname for a in extract_apologies(singular, nlp=nlp)] == ["Penn"]
    # Absent without an excuse sent none.
    plain = make_document("ROLL CALL: Present: Vale, Reed. Absent: Lowe.\n\n2. Agenda\n")
    assert extract_apologies(plain, nlp=nlp) == []


@pytest.mark.parametrize(
    ("line", "is_ref"),
    [
        ("C048/23 1. APOLOGIES FOR ABSENCE", True),
        ("Cou/286/07-08 Apologies for Absence", True),
        ("12/05/2023 Apologies for absence", False),  # a date, not a minute number
        ("3/4/24 Apologies were received", False),
    ],
)
def test_a_running_minute_number_is_not_a_date(line, is_ref) -> None:
    from minutebook.extract.apologies import _MINUTE_REF_LEAD

    assert bool(_MINUTE_REF_LEAD.match(line)) is is_ref


def test_minute_numbers_are_read_with_one_pattern() -> None:
    import re

    from minutebook.extract.numbering import MINUTE_NUMBER

    number = re.compile(rf"^{MINUTE_NUMBER}$")
    assert number.match("45/31") and number.match("33 / 02") and number.match("C048/23") and number.match("Cou/286/07-08")
    assert not number.match("12/05/2023") and not number.match("Item 4")


@pytest.mark.parametrize(
    "line",
    [
        "3102. To receive apologies for absence: Cllrs Dunn, Hale & Ives.",
        "1047 Apologies: Cllr Dunn, Cllr Hale and Cllr Ives",
    ],
)
def test_apologies_after_a_four_digit_minute_number(make_document, nlp, line: str) -> None:
    # Minutes numbered on from earlier meetings reach four digits: the number still leads the label.
    document = make_document(f"3101. Chair's welcome\n{line}\n3103. Declarations of interest: none.\n")
    assert [person[1] for person in _people(extract_apologies(document, nlp=nlp))] == ["Dunn", "Hale", "Ives"]


@pytest.mark.parametrize(
    "roll",
    [
        "ROLL CALL\nPresent: Commissioners Hal Brandt, Ona Petrie and Lise Marrow\nAbsent (excused): Commissioner Ruth Penhale\n",
        "Members present: Trustee Dale Orrin, Trustee Kay Wendt\nAbsent (Excused) - Trustee Ruth Penhale\n",
    ],
)
def test_absent_excused_in_a_bracket_is_an_apologies_label(make_document, nlp, roll) -> None:
    """A label ending on its bracket ("Absent (excused):") is read like "Excused:", its names as apologies."""
    document = make_document(roll + "\n1. CALL TO ORDER\nThe chair called the meeting to order.\n")
    assert [a.surname for a in extract_apologies(document, nlp=nlp)] == ["Penhale"]


def test_absent_with_a_bracket_that_is_no_label(make_document, nlp) -> None:
    """A bracket after "Absent" that says something else is no apologies label."""
    document = make_document("Present: Trustee Dale Orrin, Trustee Kay Wendt\nAbsent (see note): Trustee Ruth Penhale\n")
    assert extract_apologies(document, nlp=nlp) == []


@pytest.mark.parametrize(
    ("entry", "title"), [("R Healey, Councillor", "Councillor"), ("R Healey, County Councillor", "County Councillor")]
)
def test_a_title_after_the_comma_is_the_named_persons_own(make_document, nlp, entry, title) -> None:
    document = make_document(f"31.03.1 Apologies\n{entry}\n31.03.2 Register of Interests\nNone\n")
    assert _people(extract_apologies(document, nlp=nlp)) == [("R Healey", "Healey", title, None)]


def test_a_titled_name_after_the_comma_is_someone_else(make_document, nlp) -> None:
    # The near miss: a title with a name after it is a second person.
    document = make_document("31.03.1 Apologies\nR Healey, Councillor Moss\n31.03.2 Register of Interests\nNone\n")
    assert [surname for _, surname, _, _ in _people(extract_apologies(document, nlp=nlp))] == ["Healey", "Moss"]
