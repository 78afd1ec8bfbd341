"""Rolls of US special districts and school boards: the roll call numbered with a roman numeral or a letter (and a
label so numbered), the group heading under "ABSENT:" that heads those away, and "Name, Affiliation;" entries of the
others present. Each in two invented forms, with a near miss. Every name is invented."""

from __future__ import annotations

from minutebook.extract.attendance import extract_attendees


def _surnames(document, nlp) -> list[str]:
    return [a.surname for a in extract_attendees(document, nlp=nlp)]


def test_roll_call_numbered_with_a_roman_numeral_or_a_letter(make_document, nlp) -> None:
    roman = make_document(
        "MINUTES\nIV. ROLL CALL DIRECTORS PRESENT: Tom Orr, Ida Vale, Sam Pinto\nDIRECTORS ABSENT: None\n"
        "V. PUBLIC COMMENT\nNone.\n"
    )
    assert _surnames(roman, nlp) == ["Orr", "Vale", "Pinto"]
    letter = make_document(
        "MINUTES\nB. Roll Call: Trustees Present: Tom Orr, Ida Vale\nTrustees Absent: Bo Quill\nC. PUBLIC COMMENT\n"
    )
    assert _surnames(letter, nlp) == ["Orr", "Vale"]
    # A label numbered so, with no roll call's heading before it.
    label = make_document("MINUTES\nII. Members Present: Tom Orr, Ida Vale\nIII. Members Absent: Bo Quill\nIV. MINUTES\n")
    assert _surnames(label, nlp) == ["Orr", "Vale"]
    # Near miss: an initial that opens an entry of the list is the person's.
    initials = make_document("MINUTES\nPresent: A. Orr, B. Vale\nV. PUBLIC COMMENT\n")
    assert _surnames(initials, nlp) == ["Orr", "Vale"]


def test_group_heading_under_absent_heads_those_away(make_document, nlp) -> None:
    lines = make_document(
        "MINUTES OF THE REGULAR BOARD MEETING\n1. ROLL CALL\nPRESENT:\nMembers:\nOrr, Vale, Pinto\nABSENT:\nMembers:\n"
        "Quill, Marsh\n2. PUBLIC COMMENTS\n"
    )
    assert _surnames(lines, nlp) == ["Orr", "Vale", "Pinto"]
    inline = make_document(
        "MINUTES OF THE REGULAR BOARD MEETING\n1. ROLL CALL\nPRESENT: Members: Orr, Vale, Pinto\n"
        "ABSENT: Members: Quill, Marsh\n2. PUBLIC COMMENTS\n"
    )
    assert [a.name for a in extract_attendees(inline, nlp=nlp)] == ["Orr", "Vale", "Pinto"]
    # Near miss: a label with a status of its own under an empty "Absent:" is a list of its own.
    staff = make_document("MINUTES\nDirectors Present: Tom Orr\nDirectors Absent:\nStaff Present: Ted Hume, General Manager\n"
                          "1. PUBLIC COMMENTS\n")
    assert _surnames(staff, nlp) == ["Orr", "Hume"]
    # Near miss: a group whose label gives it a status other than the members' ("STAFF:", in attendance) keeps it
    # under an empty "ABSENT:".
    bare = make_document("MINUTES\nPRESENT: Directors Tom Orr, Ida Vale\nABSENT:\nSTAFF: Ted Hume, General Manager; "
                         "Ed Pell, District Engineer\n1. CALL TO ORDER\n")
    people = {a.surname: a.status for a in extract_attendees(bare, nlp=nlp)}
    assert people == {"Orr": "present", "Vale": "present", "Hume": "in_attendance", "Pell": "in_attendance"}
    below = make_document("MINUTES\nPRESENT:\nDirectors:\nOrr, Vale\nABSENT:\nStaff:\nTed Hume, General Manager\n"
                          "1. CALL TO ORDER\n")
    people = {a.surname: a.status for a in extract_attendees(below, nlp=nlp)}
    assert people == {"Orr": "present", "Vale": "present", "Hume": "in_attendance"}


def test_name_comma_affiliation_entries_parted_by_semicolons(make_document, nlp) -> None:
    others = make_document(
        "MINUTES\nDirectors Present: Orr, Vale\nOthers Present: Dean Ruff, QV&W; Don Harp, Resident; Jim Mosh, "
        "Eastvale Resident; John Bart, Bart Associates\n1. PUBLIC COMMENTS\n"
    )
    people = extract_attendees(others, nlp=nlp)
    assert [a.surname for a in people] == ["Orr", "Vale", "Ruff", "Harp", "Mosh", "Bart"]
    assert people[2].organisation == "QV&W"
    also = make_document(
        "MINUTES\nTrustees Present: Orr, Vale\nAlso Present: Lou Jones, Hillside Disposal; Bo Day, Quarry Engineering Co.; "
        "Cy Hart, Resident\n1. PUBLIC COMMENTS\n"
    )
    assert _surnames(also, nlp) == ["Orr", "Vale", "Jones", "Day", "Hart"]
    # Near miss: two people between each pair of semicolons stay four people.
    pairs = make_document("MINUTES\nStaff Present: Omar Khan, Barb Berg; Lee Tan, Kay Orr\n1. PUBLIC COMMENTS\n")
    assert _surnames(pairs, nlp) == ["Khan", "Berg", "Tan", "Orr"]
    # Near misses: the second person of each pair has a title or a surname's particle, and is still a person.
    titled = make_document("MINUTES\nAlso Present: Kim Shaw, Dr. Piet Oberg; Lou Pike, Mrs. Anna Vasey\n1. PUBLIC COMMENTS\n")
    people = extract_attendees(titled, nlp=nlp)
    assert [a.surname for a in people] == ["Shaw", "Oberg", "Pike", "Vasey"]
    assert [a.organisation for a in people] == [None] * 4
    particles = make_document("MINUTES\nAlso Present: Kim Shaw, Piet van Dalm; Lou Pike, Anna de Vos\n1. PUBLIC COMMENTS\n")
    people = extract_attendees(particles, nlp=nlp)
    assert [a.surname for a in people] == ["Shaw", "van Dalm", "Pike", "de Vos"]
    assert [a.organisation for a in people] == [None] * 4


def test_district_groups_of_officers_and_students(make_document, nlp) -> None:
    groups = make_document(
        "MINUTES\nROLL CALL: Directors Orr, Vale and Pinto were present.\nEMPLOYEES PRESENT: Mary Quill and Ed Hume\n"
        "CONSULTANTS PRESENT: Sid Gross and Kit Knabb\nPUBLIC INPUT\n"
    )
    people = {a.surname: a.status for a in extract_attendees(groups, nlp=nlp)}
    assert [people.get(name) for name in ("Quill", "Hume", "Gross", "Knabb")] == ["in_attendance"] * 4
    school = make_document(
        "MINUTES\nMembers Present: Tom Orr, Ida Vale\nAdministrators Present: Ann Reed, Superintendent; Bo Lund, "
        "Assistant Superintendent\nStudent Representatives: Jo Quill, Cy Marsh\n1. PUBLIC COMMENT\n"
    )
    assert _surnames(school, nlp) == ["Orr", "Vale", "Reed", "Lund", "Quill", "Marsh"]


def test_voting_and_non_voting_members_head_the_roll(make_document, nlp) -> None:
    both = make_document(
        "Minutes\nRegular Meeting\nMonday, January 9, 2031\nAttendees\nVoting Members\nTom Orr, President\n"
        "Ida Vale, Vice President\nNon-Voting Members\nAnn Reed, Superintendent\nJo Quill, Student Representative\n"
        "Absent\nLee Marsh\n1. Call to Order\n"
    )
    people = extract_attendees(both, nlp=nlp)
    assert [(a.surname, a.status) for a in people] == [
        ("Orr", "present"), ("Vale", "present"), ("Reed", "in_attendance"), ("Quill", "in_attendance")
    ]
    voting = make_document("Minutes\nAttendees\nVoting Members\nTom Orr\nIda Vale\n\n1. Call to Order\n")
    assert _surnames(voting, nlp) == ["Orr", "Vale"]
    # Near miss: the words inside a sentence head no list.
    sentence = make_document(
        "Minutes\nPresent: Tom Orr, Ida Vale\n\n4. Bylaws\nVoting members of the board discussed the quorum.\n"
    )
    assert _surnames(sentence, nlp) == ["Orr", "Vale"]


def test_label_without_colon_over_initialled_names(make_document, nlp) -> None:
    members = make_document("MINUTES\nRoll Call\nMembers Present R. Orr, S. Vale, J. Pinto and J. Marsh\n"
                            "Members Absent V. Quill\n1. PLEDGE\n")
    assert _surnames(members, nlp) == ["Orr", "Vale", "Pinto", "Marsh"]
    board = make_document("MINUTES\nBoard Members Present T. Orr and I. Vale\n\n1. PLEDGE\n")
    assert _surnames(board, nlp) == ["Orr", "Vale"]
    # Near miss: one initialled name after "Present" heads nothing ("Present R. Orr" may be a heading's words).
    heading = make_document("MINUTES\nPresent: Ann Vale, Bo Reed\n\n4. Present R. Orr\nThe plan was shown.\n")
    assert _surnames(heading, nlp) == ["Vale", "Reed"]


def test_numbered_report_under_a_group_name_is_no_list(make_document, nlp) -> None:
    roll = "MINUTES\nI. CALL TO ORDER\nPresident Orr called the meeting to order.\nII. ROLL CALL\nDirectors Present: Tom Orr, Ida Vale\n"
    lettered = make_document(
        roll + "VI. REPORTS\nA. Manager: Jo Lund reported on the pump station.\nB. Staff: Ed Pell, Kit Moss and Lou Hart "
        "attended the safety training.\nC. Directors: Gus Hale and Max Rudd of Elm County spoke on the levee.\nVII. ADJOURNMENT\n"
    )
    assert _surnames(lettered, nlp) == ["Orr", "Vale"]
    figures = make_document(
        roll + "VI. REPORTS\n1. Staff: Ed Pell and Kit Moss attended the safety training.\n2. Directors: Gus Hale gave the "
        "levee report.\nVII. ADJOURNMENT\n"
    )
    assert _surnames(figures, nlp) == ["Orr", "Vale"]
    # Near misses: lettered groups of the roll itself, and a numbered label with a status of its own after it.
    groups = make_document(
        "MINUTES\nII. ROLL CALL\nA. Directors: Tom Orr, Ida Vale\nB. Staff: Jo Lund, General Manager\n"
        "C. Staff Present: Ed Pell, who attended the safety training\nIII. PUBLIC COMMENT\n"
    )
    people = {a.surname: a.status for a in extract_attendees(groups, nlp=nlp)}
    assert people == {"Orr": "present", "Vale": "present", "Lund": "in_attendance", "Pell": "in_attendance"}

