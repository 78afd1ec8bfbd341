"""Rolls of US boards and panels that unseen publishers write: a member who arrives after a roll call printed under its
item number, a roll sentence opening on its article ("The board members present were …") with a member marked away
where the roll names them, and a body named after an office ("Records Commissioner's Office") after a member's
comma. Each family in two forms, with a near miss. Every name and place is invented."""

from __future__ import annotations

from minutebook.extract.attendance import extract_attendees


def _who(document, nlp):
    return [a.surname for a in extract_attendees(document, nlp=nlp, apologies=[])]


# --- a late arrival after a roll call under an item number ------------------------------------------------------


def test_late_arrival_in_a_numbered_roll_call_before_its_absent_list(make_document, nlp) -> None:
    # The roll number, the item number and the roll stand a column gap apart, as a PDF's text gives them.
    document = make_document(
        "SUMMARY OF FENWICK CITY COUNCIL MEETING\nMarch 14, 2031\n7:30 AM\n\n"
        "31-0173\t1.\tROLL CALL: Present: Orwell, Banfield, Tasker and Vine. Council Member Quimby arrived at 7:32 a.m."
        " Absent: Marrow.\n\n"
        "31-0174\t2.\tAPPROVING AGENDA, AS PRESENTED: Moved by Banfield.\n"
    )
    assert _who(document, nlp) == ["Orwell", "Banfield", "Tasker", "Vine", "Quimby"]


def test_late_arrival_in_the_paragraph_that_opens_the_meeting(make_document, nlp) -> None:
    document = make_document(
        "Minutes of the Larch Creek Fire District Board, June 25, 2031\n\n"
        "CALL TO ORDER\nThe meeting was called to order at 1:02 p.m. by President Ashby. Board members present: Ashby, "
        "Corr, Dalby, Ennis and Fogg. Board member Gale arrived at 1:11 p.m. Board members absent: none. Staff present: "
        "Board Clerk Hana Ilves.\n\nPUBLIC COMMENT\nNone.\n"
    )
    assert _who(document, nlp) == ["Ashby", "Corr", "Dalby", "Ennis", "Fogg", "Ilves", "Gale"]


def test_late_arrival_under_a_roll_call_heading_with_posts(make_document, nlp) -> None:
    document = make_document(
        "MINUTES OF THE REGULAR MEETING OF THE HARBOURVIEW ARTS COMMISSION\nWednesday, April 11, 2031\n\n"
        "1.   CALL TO ORDER: Chair Ostrow called the meeting to order at 7:03 p.m.\n\n"
        "2.   ROLL CALL:           Chair Ostrow, Vice-Chair Pennant, and Galloway\n\n"
        "                          Commissioner Farrant arrived at 7:18 p.m.\n\n"
        "                          Commissioner Dunleavy was absent.\n\n"
        "3.   MINUTES\n"
    )
    assert _who(document, nlp) == ["Ostrow", "Pennant", "Galloway", "Farrant"]


def test_someone_else_arriving_after_the_roll_is_no_member(make_document, nlp) -> None:
    # Near miss: a visitor's arrival, and a stop after the absent member's name, add no one.
    document = make_document(
        "SUMMARY OF FENWICK CITY COUNCIL MEETING\nMarch 14, 2031\n\n"
        "31-0173\t1.\tROLL CALL: Present: Orwell, Banfield and Tasker. Absent:\n"
        "               Marrow. The consultant arrived at 7:40 a.m.\n\n"
        "31-0174\t2.\tAPPROVING AGENDA: Moved by Banfield.\n"
    )
    assert _who(document, nlp) == ["Orwell", "Banfield", "Tasker"]


# --- "The board members present were …", a member marked away in the roll ----------------------------------------


def test_roll_sentence_on_its_article_leaves_out_a_member_marked_absent(make_document, nlp) -> None:
    document = make_document(
        "WESTMOOR TOWNSHIP SPECIAL BOARD OF TRUSTEES MEETING\n\nMarch 3, 2031\n\n"
        "The regular board meeting of the Westmoor Township Board of Trustees was called to order by Supervisor\n"
        "Dunmore at 4:00 PM.\n\n"
        "The board members present were Trustee Pell, Trustee Ashgrove, Trustee Corbin, Trustee Vance\n"
        "Absent, and Supervisor Dunmore. Clerk Tolley was also present.\n\n"
        "A Pledge of Allegiance was given.\n"
    )
    assert _who(document, nlp) == ["Pell", "Ashgrove", "Corbin", "Dunmore", "Tolley"]


def test_roll_sentence_with_a_bracketed_mark_of_excused(make_document, nlp) -> None:
    document = make_document(
        "Minutes of the Larch Creek Water Board, May 6, 2031\n\n"
        "The members present were Director Ngata, Director Osei (excused), and Director Pruitt.\n\n"
        "1. Minutes\n"
    )
    assert _who(document, nlp) == ["Ngata", "Pruitt"]


def test_a_surname_like_a_mark_stays_in_the_roll(make_document, nlp) -> None:
    # Near miss: a surname that is also a mark of someone who came ("Late") is kept, and an initial ("A") is no mark.
    document = make_document(
        "Minutes of the Larch Creek Water Board, May 6, 2031\n\n"
        "The members present were Director Ngata, Director Maud Late, Director Bo A, and Director Pruitt.\n\n"
        "1. Minutes\n"
    )
    assert _who(document, nlp) == ["Ngata", "Late", "A", "Pruitt"]


# --- a body named after an office, after a member's comma --------------------------------------------------------


def test_member_from_an_office_named_after_its_post_holder(make_document, nlp) -> None:
    document = make_document(
        "Minutes of the Open Records Panel, 4 May 2031\n\n"
        "Present:\nDr Ada Quill – CHAIR\nWill Hanley, Tell The Town\n"
        "Jon Barmby, Records Commissioner’s Office\nJoe Tarrant, Witnesses’ Commissioner’s Office\n"
        "Mel Cass, Bureau of Archives\n\nApologies:\nJeff Garner, Witness Aid Trust\n\n1. Welcome\n"
    )
    people = extract_attendees(document, nlp=nlp, apologies=[])
    assert [a.surname for a in people] == ["Quill", "Hanley", "Barmby", "Tarrant", "Cass"]
    assert people[2].organisation == "Records Commissioner’s Office"
    other = make_document(
        "Minutes of the Elmford Safety Forum, June 2, 2031\n\n"
        "Present:\nLena Ruiz, City Attorney's Office\nOwen Park, Sheriff's Office\nDana Frost, Elmford Schools\n\n"
        "1. Welcome\n"
    )
    assert _who(other, nlp) == ["Ruiz", "Park", "Frost"]


def test_a_post_before_a_name_is_still_read_as_the_post(make_document, nlp) -> None:
    # Near miss: "Deputy Clerk Ana Birch" has no possessive; the post is read off before her name.
    document = make_document(
        "Minutes of the Elmford Safety Forum, June 2, 2031\n\n"
        "Present:\nDeputy Clerk Ana Birch\nLena Ruiz, City Attorney's Office\nOwen Park, Elmford Schools\n\n"
        "1. Welcome\n"
    )
    people = extract_attendees(document, nlp=nlp, apologies=[])
    assert [a.surname for a in people] == ["Birch", "Ruiz", "Park"]
    assert people[0].role == "Deputy Clerk"


# --- the next list's label straight after the last name of a one-line roll ----------------------------------------


def test_absent_label_after_the_last_name_with_its_colon(make_document, nlp) -> None:
    document = make_document(
        "MINUTES OF THE REGULAR MEETING OF THE TANSLEY VALLEY SCHOOL BOARD\nMarch 3, 2031\n\nCALL TO ORDER\n"
        "Board Members Present: Ann Tolley, Ben Ruddock and Cara Wynn Board Members Absent: Dale Frome\n\n"
        "APPROVAL OF AGENDA\nMoved by Tolley, seconded by Wynn. Carried.\n"
    )
    assert _who(document, nlp) == ["Tolley", "Ruddock", "Wynn"]
    surnames = make_document(
        "Minutes of the Orrin Creek Water District Board, May 9, 2031\n\n"
        "Members Present: Tolley, Ruddock, Wynn Members Excused: Frome Staff Present: Eve Gall, General Manager\n\n"
        "1. Public comment\nNone.\n"
    )
    people = extract_attendees(surnames, nlp=nlp, apologies=[])
    assert [(a.surname, a.status) for a in people] == [
        ("Tolley", "present"), ("Ruddock", "present"), ("Wynn", "present"), ("Gall", "in_attendance")
    ]


def test_absent_label_after_the_last_name_in_a_roll_with_no_colons(make_document, nlp) -> None:
    document = make_document(
        "MINUTES OF THE REGULAR MEETING OF THE TANSLEY VALLEY SCHOOL BOARD\nMarch 3, 2031\n\nCALL TO ORDER\n"
        "Members Present Ann Tolley, Ben Ruddock, Cara Wynn Members Absent Dale Frome Staff Present Eve Gall\n\n"
        "APPROVAL OF AGENDA\nMoved by Tolley, seconded by Wynn. Carried.\n"
    )
    people = extract_attendees(document, nlp=nlp, apologies=[])
    assert [(a.name, a.status) for a in people] == [
        ("Ann Tolley", "present"), ("Ben Ruddock", "present"), ("Cara Wynn", "present"), ("Eve Gall", "in_attendance")
    ]


def test_a_label_word_after_a_stop_is_no_name_end(make_document, nlp) -> None:
    # Near miss: "Media" after "Secretary." opens a label of its own (no list the roll knows); "Present:" is not cut
    # off it as the next list, so the press are not read as members.
    document = make_document(
        "Minutes of the Orrin Creek Water District Board, May 9, 2031\n\n"
        "Staff Present: Eve Gall, Recording Secretary. Media Present: Hal Ives, The Valley Star.\n\n"
        "1. Public comment\nNone.\n"
    )
    people = extract_attendees(document, nlp=nlp, apologies=[])
    assert "present" not in [a.status for a in people]


# --- a member who entered the meeting after the roll ---------------------------------------------------------------


def test_member_who_entered_the_meeting_after_the_roll(make_document, nlp) -> None:
    document = make_document(
        "Minutes of the Larch Creek Fire District Board, June 25, 2031\n\n"
        "CALL TO ORDER\nThe meeting was called to order at 1:02 p.m. by President Ashby. Board members present: Ashby, "
        "Corr, Dalby and Fogg. Board member Gale entered the meeting at 1:11 p.m. Board members absent: none.\n\n"
        "PUBLIC COMMENT\nNone.\n"
    )
    assert _who(document, nlp) == ["Ashby", "Corr", "Dalby", "Fogg", "Gale"]
    absent_first = make_document(
        "SUMMARY OF FENWICK CITY COUNCIL MEETING\nMarch 14, 2031\n\n"
        "1.\tROLL CALL: Present: Orwell, Banfield and Tasker. Absent: Marrow and Quimby. Quimby entered the room at "
        "7:40 p.m.\n\n2.\tAPPROVING AGENDA: Moved by Banfield.\n"
    )
    assert _who(absent_first, nlp) == ["Orwell", "Banfield", "Tasker", "Quimby"]


def test_a_visitor_who_entered_the_meeting_is_no_member(make_document, nlp) -> None:
    # Near miss: a resident's entry, and "entered into" a record, add no one.
    document = make_document(
        "Minutes of the Larch Creek Fire District Board, June 25, 2031\n\n"
        "CALL TO ORDER\nThe meeting was called to order at 1:02 p.m. by President Ashby. Board members present: Ashby, "
        "Corr and Dalby. Resident Tina Marsh entered the meeting at 1:20 p.m. Absent: Fogg. Fogg entered into the "
        "record a letter.\n\nPUBLIC COMMENT\nNone.\n"
    )
    assert _who(document, nlp) == ["Ashby", "Corr", "Dalby"]


# --- "Vice -Chairperson": an office's hyphen typed with a space ---------------------------------------------------


def test_vice_chair_with_a_space_before_its_hyphen_is_one_post(make_document, nlp) -> None:
    bracketed = make_document(
        "Minutes of the Dunmore Community Council\n12 May 2031\n\n"
        "Present: Ann Tolley (Chairperson), Ben Ruddock (Vice -Chairperson), Cara Wynn (Treasurer)\n\n1. Apologies\nNone.\n"
    )
    people = extract_attendees(bracketed, nlp=nlp, apologies=[])
    assert [(a.name, a.role, a.organisation) for a in people] == [
        ("Ann Tolley", "Chairperson", None), ("Ben Ruddock", "Vice-Chairperson", None), ("Cara Wynn", "Treasurer", None)
    ]
    before_the_name = make_document(
        "Minutes of the Dunmore Community Council\n12 May 2031\n\n"
        "Present: Chairperson Ann Tolley, Vice- Chairperson Ben Ruddock, Deputy – Chair Cara Wynn\n\n1. Apologies\nNone.\n"
    )
    people = extract_attendees(before_the_name, nlp=nlp, apologies=[])
    assert [(a.name, a.role) for a in people] == [
        ("Ann Tolley", "Chairperson"), ("Ben Ruddock", "Vice-Chairperson"), ("Cara Wynn", "Deputy-Chair")
    ]


def test_a_dash_typed_before_chairman_after_a_name_still_parts_them(make_document, nlp) -> None:
    # Near miss: "Dee Orr -Chairman" (no "Vice" before the dash) is the name, then the post.
    document = make_document(
        "Minutes of the Dunmore Community Council\n12 May 2031\n\n"
        "Present: Dee Orr -Chairman, Ben Ruddock Vice- Chairman, Cara Wynn\n\n1. Apologies\nNone.\n"
    )
    people = extract_attendees(document, nlp=nlp, apologies=[])
    assert [(a.name, a.role) for a in people] == [("Dee Orr", "Chairman"), ("Ben Ruddock", "Vice-Chairman"), ("Cara Wynn", None)]


# --- a roll table's heading row, "Name | Capacity", names no one ----------------------------------------------------


def test_capacity_heading_row_of_a_roll_table_is_no_person(make_document, nlp) -> None:
    tabbed = make_document(
        "Minutes of the Ashgrove Community Council meeting, held on Monday 20th November 2031 at 6.30pm\n\n"
        "Present:\nName\tCapacity\nAnn Tolley\tChairman\nBen Ruddock\tVice-Chair\nDale Frome\tClerk\n\n"
        "1. Apologies of absence\nNone\n"
    )
    people = extract_attendees(tabbed, nlp=nlp, apologies=[])
    assert [(a.name, a.role) for a in people] == [("Ann Tolley", "Chairman"), ("Ben Ruddock", "Vice-Chair"), ("Dale Frome", "Clerk")]
    # The same heading with its cells run together, over rows this roll does not read: still no one called "Name".
    flattened = make_document(
        "Minutes of the Ashgrove Community Council meeting, held on Monday 20th November 2031 at 6.30pm\n\n"
        "Present\n\n  Name Capacity\n1 Cllr Ann Tolley Chairman\n2 Cllr Ben Ruddock Vice- Chair\n\n"
        "17/90   Apologies of absence\nNone\n"
    )
    assert "Name Capacity" not in [a.name for a in extract_attendees(flattened, nlp=nlp, apologies=[])]


def test_a_name_opening_on_a_heading_word_is_still_read(make_document, nlp) -> None:
    # Near miss: "Member Ben Ruddock" and "District Councillor Ann Tolley" open on heading words, but name people.
    document = make_document(
        "Minutes of the Ashgrove Community Council meeting, held on Monday 20th November 2031 at 6.30pm\n\n"
        "Present:\nDistrict Councillor Ann Tolley\nMember Ben Ruddock\n\n1. Apologies of absence\nNone\n"
    )
    assert _who(document, nlp) == ["Tolley", "Ruddock"]


def test_vice_president_after_a_members_comma_is_the_post(make_document, nlp) -> None:
    # A school board's roll: "Name, Post;" entries, the last group sharing one plural post.
    document = make_document(
        "The Parish School Board of Tansley met in regular session on Wednesday, June 6, 2031 at 5:30 P.M.\n"
        "MEMBERS PRESENT: Ann Cobb, President; Hal Beal, Vice-President; Tom Ange, Mark Babin, and Kim Bull, "
        "Board Members; Dr. Pat Cole, Secretary-Treasurer/Superintendent\nMEMBERS ABSENT: Greg Awe\n"
        "I. MEETING OPENINGS\nThe meeting was called to order by Cobb.\n"
    )
    people = extract_attendees(document, nlp=nlp, apologies=[])
    assert [(a.name, a.role) for a in people][:3] == [("Ann Cobb", "President"), ("Hal Beal", "Vice-President"), ("Tom Ange", "Board Member")]
    assert "Vice-President" not in [a.name for a in people]


def test_present_again_after_the_last_name_opens_a_list_of_no_members(make_document, nlp) -> None:
    # Near miss: a list of those present says "Present:" no second time, so the capitalised word before it
    # ("Press", "Media": a group's word the labels do not know) is no part of the last name, and the people after
    # it are no members.
    for group in ("Press", "Media"):
        document = make_document(
            "Minutes of the Orrin Creek Water District Board, May 9, 2031\n\n"
            f"Directors Present: Ann Tolley, Ben Ruddock, Cara Wynn {group} Present: Dale Frome, Eve Gall\n\n"
            "1. Public comment\nNone.\n"
        )
        people = extract_attendees(document, nlp=nlp, apologies=[])
        assert [(a.name, a.status) for a in people] == [
            ("Ann Tolley", "present"), ("Ben Ruddock", "present"), ("Cara Wynn", "present"),
            ("Dale Frome", "also_present"), ("Eve Gall", "also_present"),
        ]
    # A known group's label still reads as itself, and a lone "Absent:" after the last name still opens that list.
    staff = make_document(
        "Minutes of the Orrin Creek Water District Board, May 9, 2031\n\n"
        "Directors Present: Tolley, Ruddock, Wynn Absent: Frome Staff Present: Eve Gall, General Manager\n\n"
        "1. Public comment\nNone.\n"
    )
    assert [(a.surname, a.status) for a in extract_attendees(staff, nlp=nlp, apologies=[])] == [
        ("Tolley", "present"), ("Ruddock", "present"), ("Wynn", "present"), ("Gall", "in_attendance")
    ]
