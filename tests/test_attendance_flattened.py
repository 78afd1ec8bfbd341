"""Rolls on a page exported as one line (a scanned or flattened PDF): the roll's labels after a sentence, a colon or
a capitals heading, lists parted by capitals labels with no stop between, and a "Present were …" sentence straight
after a capitals heading. Each family in two forms, with a lookalike that names no one. Every name is invented."""

from __future__ import annotations

from minutebook.extract.attendance import extract_attendees

# The call to order and the business after the roll, long enough to make the page one long line.
_BUSINESS = (
    " The invocation was given by the Reverend Ada Quill of the Harrowgate Chapel. The Pledge of Allegiance was"
    " recited by all present. Supervisor Penn asked whether the culvert on Mill Road could be reviewed by the"
    " engineer before the spring and the County Attorney advised that a report would follow next month."
)


def _who(document, nlp):
    return [a.surname for a in extract_attendees(document, nlp=nlp)]


def _status(document, nlp):
    return {a.surname: a.status for a in extract_attendees(document, nlp=nlp)}


def test_capitals_labels_after_a_sentence_on_a_one_line_page(make_document, nlp) -> None:
    board = make_document(
        "July 9, 2031 The Board of Supervisors of Harrowgate County met this day at the Administration Center. "
        "IN RE: CALL TO ORDER Chairman Penn called the meeting to order at 3:02 p.m. The roll call was taken. "
        "MEMBERS PRESENT: Chairman Ivo Penn, Vice Chairman Una Vale, Supervisor Tam Hale MEMBERS ABSENT: "
        "Supervisor Bo Rudd STAFF PRESENT: Cy Orr, County Administrator; Dee Lund, Clerk INRE: OPENING CEREMONIES"
        + _BUSINESS + "\n"
    )
    assert _who(board, nlp) == ["Penn", "Vale", "Hale", "Orr", "Lund"]
    assert _status(board, nlp)["Lund"] == "in_attendance"
    council = make_document(
        "MINUTES FROM THE QUILLFEATHER CITY COUNCIL MEETING HELD ON THE 6TH DAY OF MAY, 2031, AT 6:00PM. The Council "
        "met in a regular session with the following: COUNCILMEMBERS PRESENT: Ann Lee, Bo Day, Cy Hart and Di Moss "
        "COUNCILMEMBERS ABSENT: Ed Fry OFFICERS PRESENT: Flo Gale, City Manager; Gus Holt, City Secretary "
        "REGULAR SESSION* 1. CALL TO ORDER Mayor Lee called the meeting to order." + _BUSINESS + "\n"
    )
    assert _who(council, nlp) == ["Lee", "Day", "Hart", "Moss", "Gale", "Holt"]


def test_present_label_after_a_heading_word_or_a_year_in_words(make_document, nlp) -> None:
    heading = make_document(
        "MINUTES OF MEETING OF CITY COUNCIL. HARROWGATE June 15 2031 Regular meeting of the Council was called to "
        "order by Mayor Penn at the hour of 7:30 o'clock p.m. Attendance Present: Councilmen Vale, Hale, Rudd, and "
        "Mayor Penn. Absent: Councilman Orr. Invocation The invocation was given by the Reverend Lund." + _BUSINESS
        + "\n"
    )
    assert _who(heading, nlp) == ["Vale", "Hale", "Rudd", "Penn"]
    in_words = make_document(
        "REGULAR MEETING OF THE HARROWGATE COUNTY BOARD OF SUPERVISORS HELD THE SIXTH DAY OF JULY IN THE YEAR TWO "
        "THOUSAND AND THIRTY PRESENT: Ann Lee, Chairman, Bo Day, Vice-Chairman Also Attending: Cy Hart, County "
        "Attorney, Di Moss, Recording Secretary Chairman Lee called the meeting to order at 5:00 p.m." + _BUSINESS
        + "\n"
    )
    assert _who(in_words, nlp) == ["Lee", "Day", "Hart", "Moss"]


def test_present_in_a_long_sentence_or_a_short_line_is_no_flattened_roll(make_document, nlp) -> None:
    lower = make_document(
        "The Council of Harrowgate met on June 15 2031. The members present: agreed that Ann Lee would write to "
        "the Highways Office about the verge." + _BUSINESS + "\n"
    )
    assert _who(lower, nlp) == []
    short = make_document("The Council met on June 15 2031. Attendance Present: agreed.\n1. Minutes\n")
    assert _who(short, nlp) == []


def test_capitals_that_label_no_list_stay_inside_it(make_document, nlp) -> None:
    document = make_document(
        "HARROWGATE TOWNSHIP BOARD MEETING HELD MAY 4, 2031 AT 7:00 PM. MEMBERS PRESENT: Ann Lee, Bo Day NOTE: "
        "Cy Hart, Di Moss" + _BUSINESS + "\n"
    )
    assert "Hart" not in _who(document, nlp)
    assert _who(document, nlp)[:2] == ["Lee", "Day"]


def test_present_were_straight_after_a_capitals_heading(make_document, nlp) -> None:
    document = make_document(
        "MINUTES OF THE REGULAR MEETING OF THE HARROWGATE CITY COUNCIL HELD TUESDAY, JULY 6, 2031 The Council met "
        "at 7:00 p.m. ATTENDANCE Present were Mayor Penn and Councilors Vale, Hale; Rudd and Orr. Also present "
        "were City Attorney Dee Lund and City Recorder Flo Gale. PLEDGE OF ALLEGIANCE The Pledge was led by "
        "Mayor Penn.\n"
    )
    assert _who(document, nlp) == ["Penn", "Vale", "Hale", "Rudd", "Orr", "Lund", "Gale"]
    roll = make_document(
        "Harrowgate Village Board, May 2 2031 ROLL CALL Present were Trustees Ann Lee and Bo Day.\n1. Minutes\n"
    )
    assert _who(roll, nlp) == ["Lee", "Day"]
    concern = make_document(
        "Harrowgate Village Board, May 2 2031 PUBLIC HEARING Present were concerns about the lighting of the park.\n"
        "1. Minutes\n"
    )
    assert _who(concern, nlp) == []


# --- A roll with no label: the members' plural title, then the names, above the business -------------------


def test_roll_opening_with_councillors_and_no_label(make_document, nlp) -> None:
    initialled = make_document(
        "Minutes of a Meeting of the Council held at the Village Hall on Wednesday, 4 March 2031\n"
        "\n"
        "Councillors P Quillfeather (Chairman) (PQ), A Lee (AL), B Day (BD) and C Hart (CH)\n"
        "\n"
        "1. Welcome and Apologies.\n"
    )
    assert _who(initialled, nlp) == ["Quillfeather", "Lee", "Day", "Hart"]
    full = make_document(
        "held - Tuesday May 6th 2031 in the Harrowgate Barn.\n"
        "\n"
        "Councillors Ann Lee, Bo Day, Cy Hart, Di Moss and Parish Clerk Ed Fry\n"
        "\n"
        "1. Elect Chair\n"
    )
    assert _who(full, nlp) == ["Lee", "Day", "Hart", "Moss", "Fry"]


def test_councillors_opening_a_sentence_is_no_roll(make_document, nlp) -> None:
    document = make_document(
        "Minutes of the Harrowgate Parish Council meeting, 4 March 2031\n"
        "\n"
        "Councillors Lee, Day and Hart declared an interest in the allotments.\n"
        "\n"
        "1. Minutes\n"
    )
    assert _who(document, nlp) == []


def test_a_label_inside_prose_below_an_item_or_before_a_sentence_is_no_flattened_roll(make_document, nlp) -> None:
    roll = "Present: Cllr Ivo Penn (Chair), Cllr Una Vale, Cllr Tam Hale\n\n"
    below_item = make_document(
        "HARROWGATE PARISH COUNCIL\nMinutes of the meeting held on 4 March 2031\n\n" + roll + "1. Welcome\n"
        "The Chairman welcomed the new Clerk." + _BUSINESS + " Staff: the Clerk said the handbook would be reviewed "
        "by the Personnel Committee, Cllr Vale, Cllr Hale and Cllr Rudd, before the end of the year.\n\n2. Close\n"
    )
    assert _who(below_item, nlp) == ["Penn", "Vale", "Hale"]
    named_below_item = make_document(
        "HARROWGATE PARISH COUNCIL\nMinutes of the meeting held on 4 March 2031\n\n" + roll + "1. Welcome\n"
        "The Chairman welcomed the new Clerk." + _BUSINESS + " Staff: Cllr Rudd, Cllr Orr and Cllr Lund "
        "were thanked for the work on the hall.\n\n2. Close\n"
    )
    assert _who(named_below_item, nlp) == ["Penn", "Vale", "Hale"]
    sentence = make_document(
        "The Board of Harrowgate Township met on June 15 2031 at the hall." + _BUSINESS + " Present: the Chairman "
        "said that the present arrangements for booking the hall would continue until the new booking system, "
        "Cllr Orr, Cllr Lund and the Clerk are working on, is ready.\n"
    )
    assert _who(sentence, nlp) == []
    staff = make_document(
        "The Board of Harrowgate Township met on June 15 2031 at the hall." + _BUSINESS + " Staff: the Clerk "
        "explained that the handbook would be reviewed by the Personnel Committee, Cllr Orr, Cllr Lund and "
        "Cllr Rudd, and that the scheme would be registered.\n"
    )
    assert _who(staff, nlp) == []
    # The family still reads: a capitals label after a stop, its first name straight after it.
    page = make_document(
        "The Board of Harrowgate Township met on June 15 2031 at the hall. MEMBERS PRESENT: Ivo Penn, Una Vale, "
        "Tam Hale MEMBERS ABSENT: Bo Rudd." + _BUSINESS + "\n"
    )
    assert _who(page, nlp) == ["Penn", "Vale", "Hale"]


def test_councillors_line_that_sent_apologies_or_sits_above_a_labelled_roll_is_no_roll(make_document, nlp) -> None:
    apologies = make_document(
        "Minutes of the Harrowgate Parish Council meeting, 4 March 2031\n\n"
        "Councillors Amos Ledd, Tia Vane and Rosa Marr (apologies received)\n\n"
        "Present: Cllr Ivo Penn (Chair), Cllr Una Vale, Cllr Tam Hale\n\n1. Minutes\n"
    )
    assert _who(apologies, nlp) == ["Penn", "Vale", "Hale"]
    excused = make_document(
        "Minutes of the Harrowgate Parish Council meeting, 4 March 2031\n\n"
        "Councillors Amos Ledd, Tia Vane and Rosa Marr, excused\n\n1. Minutes\n"
    )
    assert _who(excused, nlp) == []
    labelled_below = make_document(
        "Minutes of the Harrowgate Parish Council meeting, 4 March 2031\n\n"
        "Councillors Amos Ledd, Tia Vane and Rosa Marr\n\n"
        "Present: Cllr Ivo Penn (Chair), Cllr Una Vale, Cllr Tam Hale\n\n1. Minutes\n"
    )
    assert "Ledd" not in _who(labelled_below, nlp)
