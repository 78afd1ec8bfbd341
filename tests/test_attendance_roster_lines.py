"""Rosters printed one person a line ("Name, Post"), and the sentence that closes them."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutebook.extract.apologies import extract_apologies
from minutebook.extract.attendance import extract_attendees
from minutebook.ingest import parse_file


def _people(attendees):
    return [(a.name, a.role, a.status) for a in attendees]


def test_opening_sentence_after_a_one_a_line_roster_is_no_post(make_document, nlp) -> None:
    # "X called the <words> meeting … to order" is the sentence after the roster, not the last person's post.
    document = make_document(
        "OTHERS PRESENT: Kay Dorn, Heritage Officer\n"
        "Ada Pike, Assistant City Attorney\n"
        "Tess Marr, Court Reporter\n"
        "With a quorum present, Chair Fell called the March meeting of the Heritage Commission (Commission)\n"
        "meeting to order at 1:07 p.m.\n"
    )
    people = extract_attendees(document, nlp=nlp)
    assert [a.surname for a in people] == ["Dorn", "Pike", "Marr"]
    # The posts are read (so the check below is not met by reading none), and none runs on into the sentence.
    assert [a.role for a in people[:2]] == ["Heritage Officer", "Assistant City Attorney"]
    assert all("called" not in f"{a.role} {a.organisation}" for a in people)


def test_called_the_regular_meeting_to_order_closes_the_list(make_document, nlp) -> None:
    document = make_document(
        "PRESENT: Kay Dorn, Heritage Officer\n"
        "Ada Pike, Assistant City Attorney\n"
        "Tess Marr, Court Reporter\n"
        "Board Chair Ives called the regular June meeting of the Harbour Board to order at 6:02 p.m.\n"
    )
    people = extract_attendees(document, nlp=nlp)
    assert [a.surname for a in people] == ["Dorn", "Pike", "Marr"]
    assert people[2].role is None


def test_called_in_by_telephone_is_still_an_entry(make_document, nlp) -> None:
    # Near miss: "called" with no meeting after it is part of an entry, not a sentence.
    document = make_document(
        "PRESENT: Kay Dorn, Heritage Officer\n"
        "Ed Rowe, Clerk (called in by telephone)\n"
        "Tess Marr, Court Reporter\n"
    )
    assert [a.surname for a in extract_attendees(document, nlp=nlp)] == ["Dorn", "Rowe", "Marr"]


def test_post_running_on_past_a_second_comma_stays_with_its_person(make_document, nlp) -> None:
    # "Name, Post, Seat" one a line: what follows the second comma is where the seat lies, not the next person's name.
    document = make_document(
        "MEMBERS PRESENT: Dana Fell, Chair, Resident-Owner North Hill\n"
        "Peter Quay, Resident-Owner Old Town\n"
        "Mara Lisk, Resident-Owner, Third Ward\n"
        "Owen Tarr, Planning Board Representative\n"
        "Lena Vost, At-Large\n"
    )
    people = extract_attendees(document, nlp=nlp)
    assert [a.name for a in people] == ["Dana Fell", "Peter Quay", "Mara Lisk", "Owen Tarr", "Lena Vost"]
    assert people[0].role == "Chair"


def test_directors_with_their_districts_one_a_line(make_document, nlp) -> None:
    # A guard, not a new reading: this form (a seat "District B" after the post) was read right before the run-on
    # post rule too; it must stay so.
    document = make_document(
        "Directors Present:\n"
        "Ruth Calder, Chair, District B\n"
        "Omar Pell, Director, District F\n"
        "Lise Worth, Director, District H\n"
        "Hal Brant, Treasurer\n"
    )
    people = extract_attendees(document, nlp=nlp)
    assert [a.name for a in people] == ["Ruth Calder", "Omar Pell", "Lise Worth", "Hal Brant"]
    assert [a.role for a in people] == ["Chair", "Director", "Director", "Treasurer"]


def test_letters_of_a_body_after_the_comma_make_a_roster(make_document, nlp) -> None:
    # "Name, ABC Staff" one a line: the rows are people with their posts, not one run-on list.
    document = make_document(
        "OTHERS PRESENT: Kay Dorn, HPC Staff\n"
        "Rob Lune, HPC Staff\n"
        "Ivy Sand, HPC Staff\n"
        "Ada Pike, Assistant City Attorney\n"
    )
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == ["Kay Dorn", "Rob Lune", "Ivy Sand", "Ada Pike"]


def test_three_people_on_one_line_of_the_roster_stay_three(make_document, nlp) -> None:
    # Near miss: after the first comma comes a second person, not a post: each name is one attendee.
    document = make_document(
        "Directors Present:\n"
        "Ruth Calder, Chair, District B\n"
        "Omar Pell, Director, District F\n"
        "Lise Worth, Director, District H\n"
        "Gail Moss, Ned Hoy, Kit Wells\n"
    )
    names = [a.name for a in extract_attendees(document, nlp=nlp)]
    assert names[:3] == ["Ruth Calder", "Omar Pell", "Lise Worth"]
    assert {"Gail Moss", "Ned Hoy", "Kit Wells"} <= set(names)


def test_list_in_a_second_column_below_its_label_cell(make_document, nlp) -> None:
    # The label in a column of its own, the list in the next, its second row run together by the PDF.
    document = make_document(
        "OTHERS PRESENT:\tMs. Kay Dorn, Administrator of the Heritage Commission\n"
        "\tMs. Rita Lune, Staff to the Heritage Commission Ms. Ivy Sand, Clerk to the Heritage Commission "
        "Mr. Tom Pike, Assistant City Attorney Ms. Tess Marr, Court Reporter\n"
        "With a quorum present, Chair Fell called the meeting to order at 1:04 p.m.\n"
    )
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == [
        "Kay Dorn", "Rita Lune", "Ivy Sand", "Tom Pike", "Tess Marr",
    ]


def test_second_column_with_one_person_a_row(make_document, nlp) -> None:
    document = make_document(
        "Staff Present:\tJo Hale, Library Director\n"
        "\tCy Orr, Branch Manager\n"
        "\tDi Fox, Recording Secretary\n"
    )
    people = extract_attendees(document, nlp=nlp)
    assert [a.name for a in people] == ["Jo Hale", "Cy Orr", "Di Fox"]
    assert [a.role for a in people] == ["Library Director", "Branch Manager", "Recording Secretary"]


def test_rows_with_first_cells_of_their_own_stay_a_table(make_document, nlp) -> None:
    # Near miss: a first cell that is not blank makes the rows a table ("Name | Post"), not one column under a label.
    document = make_document(
        "Present:\n"
        "Jo Hale\tLibrary Director\n"
        "Cy Orr\tBranch Manager\n"
        "Di Fox\tRecording Secretary\n"
    )
    people = extract_attendees(document, nlp=nlp)
    assert [a.name for a in people] == ["Jo Hale", "Cy Orr", "Di Fox"]


def test_a_word_in_another_column_below_is_no_row_of_the_list(make_document, nlp) -> None:
    # Near miss: "Action", the heading of the next column down, sits under the label's row but not in its list's column.
    document = make_document(
        "Invited\t\tJo Hale (Clerk to the Board), Cy Orr (Finance Manager)\t\n"
        "\t\t\tAction\n"
    )
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == ["Jo Hale", "Cy Orr"]


def test_bracket_wrapped_over_the_line_end_in_a_present_were_sentence(make_document, nlp) -> None:
    document = make_document(
        "The regular meeting of the Township Board of Trustees was called to order by\n"
        "Supervisor Vance at 7:00 PM.\n"
        "Board members present were Trustee Orr, Trustee Hale, Trustee Pike, Trustee Dunn (via\n"
        "Zoom), and Supervisor Vance. Clerk Marr was also present.\n"
        "Pledge of Allegiance was given to the flag.\n"
    )
    surnames = [a.surname for a in extract_attendees(document, nlp=nlp)]
    assert surnames[:5] == ["Orr", "Hale", "Pike", "Dunn", "Vance"]


def test_bracket_wrapped_over_the_line_end_then_an_absence(make_document, nlp) -> None:
    document = make_document(
        "Present: Mayor Ann Vance, Councilmember Bo Day (participating\n"
        "remotely), and Councilmember Cy Orr. Councilmember Ed Hay was absent.\n"
        "The Mayor said that the Budget Officer Fay Gunn was unwell.\n"
    )
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == ["Ann Vance", "Bo Day", "Cy Orr"]


def test_closed_bracket_at_the_line_end_does_not_carry_the_list_on(make_document, nlp) -> None:
    # Near miss: the bracket closes on its line, so the sentence below (with a bracket of its own) is no part of it.
    document = make_document(
        "Present: Mayor Ann Vance, Councilmember Bo Day (Chair)\n"
        "The Mayor said that Budget Officer Fay Gunn (Finance) was unwell.\n"
    )
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == ["Ann Vance", "Bo Day"]


def test_a_posts_report_on_the_agenda_is_no_one(make_document, nlp) -> None:
    # "POST: … Report" lines of an agenda printed with the minutes name what each officer presents, not who attended.
    document = make_document(
        "TOWNSHIP BOARD MEETING AGENDA\n"
        "CALL TO ORDER:\n"
        "TREASURER: Financial Reports\n"
        "ROAD COMMISSIONER: Written Report\n"
        "Supervisor: Budget Update\n"
        "ADJOURNMENT:\n"
    )
    assert extract_attendees(document, nlp=nlp) == []


def test_post_and_holder_lines_still_read(make_document, nlp) -> None:
    # Near miss: a holder's name after the post's colon is read, even one whose name holds "Port".
    document = make_document("Chair: Cllr Ann Reporton\nClerk: Jo Porter\n")
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == ["Ann Reporton", "Jo Porter"]


def _apologies(text, make_document, nlp):
    return [(a.name, a.title) for a in extract_apologies(make_document(text), nlp=nlp)]


def test_title_printed_after_an_apology_is_that_persons(make_document, nlp) -> None:
    assert _apologies("Apologies\nR Hale, Councillor\nMinutes\n", make_document, nlp) == [("R Hale", "Councillor")]
    assert _apologies(
        "Apologies\nS Moss, County Councillor and R Hale, Councillor\nMinutes\n", make_document, nlp
    ) == [("S Moss", "County Councillor"), ("R Hale", "Councillor")]


def test_two_names_in_apologies_stay_two(make_document, nlp) -> None:
    # Near miss: a second name after the comma is a second apology, not a title.
    assert _apologies("Apologies\nR Hale, Bo Day\nMinutes\n", make_document, nlp) == [("R Hale", None), ("Bo Day", None)]


def test_remote_part_of_the_roll_under_its_own_label(make_document, nlp) -> None:
    for label in ("Remote Attendance:", "Members present via teleconference:", "Virtual attendance:"):
        document = make_document(f"Present: Mayor Ann Vance, Bo Day\n{label} Cy Orr, Di Fox\nCall to Order\n")
        people = extract_attendees(document, nlp=nlp)
        assert [(a.name, a.status) for a in people] == [
            ("Ann Vance", "present"), ("Bo Day", "present"), ("Cy Orr", "present"), ("Di Fox", "present"),
        ], label


def test_remote_attendance_as_a_heading_of_the_business_names_no_one(make_document, nlp) -> None:
    # Near miss: an item about remote attendance, its heading alone on a line, then what was said.
    document = make_document(
        "Present: Cllr Ann Vance, Cllr Bo Day\n\n"
        "Remote Attendance\n"
        "The Clerk reported that the rules on remote attendance change in May. Members noted this.\n"
    )
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == ["Ann Vance", "Bo Day"]



def _markdown(text: str):
    return parse_file(Path("inline.md"), data=text.encode())


def test_lists_in_quoted_callout_blocks(nlp) -> None:
    # Markdown callouts: "> [!abstract]- Present:" folds a block titled "Present:"; the marker is no word of the minutes.
    document = _markdown(
        "May 13, 2031, at 1:00 PM\n\n"
        "> [!abstract]- Present:\n> Mayor J. Orr, H. Lee, S. Vale\n\n"
        "> [!abstract]- Also Present:\n> S. Marr, A. Pike\n\n"
        "> [!note] Remote Attendance:\n> D. Fox, E. Hay\n\n"
        "The meeting is called to order at 1:01 PM\n"
    )
    people = extract_attendees(document, nlp=nlp)
    assert [(a.surname, a.status) for a in people] == [
        ("Orr", "present"), ("Lee", "present"), ("Vale", "present"),
        ("Marr", "also_present"), ("Pike", "also_present"), ("Fox", "present"), ("Hay", "present"),
    ]


def test_bracketed_marker_outside_a_quote_is_kept(nlp) -> None:
    # Near miss: "[!…]" opens a callout only inside a quoted block; elsewhere the line keeps it as written.
    document = _markdown("Minutes of the meeting\n\n[!draft] Present: Ann Vance, Bo Day\n")
    assert any(line.text.startswith("[!draft]") for line in document.lines)


def test_also_present_sentence_on_the_line_after_the_list(make_document, nlp) -> None:
    # The list's line has no stop, so the two lines join into one paragraph: the capital "Also" opens the sentence.
    document = make_document(
        "Present: Ann Vance (Chair), Bo Day\n"
        "Also present were Jo Hale, Town Manager; Cy Orr, Finance Director; and Di Fox, Town Clerk.\n"
    )
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == ["Ann Vance", "Bo Day", "Jo Hale", "Cy Orr", "Di Fox"]
    document = make_document(
        "Present: Ann Vance (Chair), Bo Day\nAlso present were Town Manager Jo Hale and Finance Director Cy Orr.\n"
    )
    assert [a.surname for a in extract_attendees(document, nlp=nlp)] == ["Vance", "Day", "Hale", "Orr"]


def test_lower_case_also_present_inside_a_sentence_is_no_opener(make_document, nlp) -> None:
    # Near miss: "also present were" in the middle of a sentence, no capital, names no one.
    document = make_document(
        "Present: Ann Vance (Chair), Bo Day\n"
        "Members noted that the hedges also present were Holly Lane and Elm Row in poor repair.\n"
    )
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == ["Ann Vance", "Bo Day"]


def test_degrees_and_credentials_after_a_name_are_no_one(make_document, nlp) -> None:
    document = make_document("Present: Dr. Ann Vance, Ed.D., Superintendent; Bo Day, CPA, Treasurer; Cy Orr, Esq.\n")
    people = extract_attendees(document, nlp=nlp)
    assert [(a.name, a.role) for a in people] == [("Ann Vance", "Superintendent"), ("Bo Day", "Treasurer"), ("Cy Orr", None)]
    document = make_document("Present: Ann Vance, Ed.D.; Bo Day, MBA; Cy Orr, Ph.D., Secretary\n")
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == ["Ann Vance", "Bo Day", "Cy Orr"]


def test_a_first_name_like_a_degree_is_still_a_person(make_document, nlp) -> None:
    # Near miss: "Ed Day" is a person, and a council's letters after a name ("EDC") stay where she sits.
    document = make_document("Present: Jo Hale, Ed Day, Alan Orr, EDC\n")
    people = extract_attendees(document, nlp=nlp)
    assert [a.name for a in people] == ["Jo Hale", "Ed Day", "Alan Orr"]
    assert people[2].organisation == "EDC"


def test_two_posts_held_as_one_hyphenated_post(make_document, nlp) -> None:
    document = make_document("Present: Mayor Ann Vance, Councillor Cy Orr\nStaff: Jo Hale, CAO; Kim Lutz, Clerk-Treasurer\n")
    assert [(a.name, a.role) for a in extract_attendees(document, nlp=nlp)][2:] == [("Jo Hale", "CAO"), ("Kim Lutz", "Clerk-Treasurer")]
    document = make_document("Board members present were Ann Vance, President, and Bo Day, Secretary-Treasurer.\n")
    assert [(a.name, a.role) for a in extract_attendees(document, nlp=nlp)] == [
        ("Ann Vance", "President"), ("Bo Day", "Secretary-Treasurer"),
    ]


def test_hyphenated_surname_holding_a_post_word_is_a_person(make_document, nlp) -> None:
    # Near miss: a double-barrelled surname with one post word in it is still someone's name.
    document = make_document("Present: Mayor Ann Vance, Councillor Cy Orr\nStaff: Jo Hale, CAO; Kim Bishop-Reeve\n")
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == ["Ann Vance", "Cy Orr", "Jo Hale", "Kim Bishop-Reeve"]


def test_members_of_the_body_present_label(make_document, nlp) -> None:
    for label in ("Members of Council Present:", "Members of the Board present:"):
        document = make_document(
            f"{label} Reeve Ann Vance, Deputy Reeve Bo Day, Councillors Cy Orr and Di Fox\nStaff: Jo Hale, Clerk\n"
        )
        people = extract_attendees(document, nlp=nlp)
        assert [(a.name, a.status) for a in people] == [
            ("Ann Vance", "present"), ("Bo Day", "present"), ("Cy Orr", "present"), ("Di Fox", "present"),
            ("Jo Hale", "in_attendance"),
        ], label


def test_members_of_the_public_present_are_no_members(make_document, nlp) -> None:
    # Near miss: "Members of the public present:" names guests, not the body's members.
    document = make_document("Present: Cllr Ann Vance\nMembers of the public present: Tom Reed, Lia Moss\n")
    assert [(a.name, a.status) for a in extract_attendees(document, nlp=nlp)] == [
        ("Ann Vance", "present"), ("Tom Reed", "also_present"), ("Lia Moss", "also_present"),
    ]


def test_untitled_name_after_a_post_is_a_second_person(make_document, nlp) -> None:
    # "Name, Post, Name" one a line: two capitalised words that are no post and no seat are the next person.
    document = make_document(
        "Members Present:\n"
        "Tova Brisk, Chair, Ike Marl\n"
        "Cal Renn, Treasurer\n"
        "Ula Sefton, Secretary\n"
        "Wyn Obey, Member\n"
    )
    people = extract_attendees(document, nlp=nlp)
    assert [a.name for a in people] == ["Tova Brisk", "Ike Marl", "Cal Renn", "Ula Sefton", "Wyn Obey"]
    assert people[0].role == "Chair"


def test_untitled_name_after_a_post_among_seated_directors(make_document, nlp) -> None:
    document = make_document(
        "Directors Present:\n"
        "Ruth Calder, Chair, District B\n"
        "Omar Pell, Director, District F\n"
        "Tova Brisk, Vice Chair, Ike Marl\n"
        "Lise Worth, Director, District H\n"
    )
    names = [a.name for a in extract_attendees(document, nlp=nlp)]
    assert names == ["Ruth Calder", "Omar Pell", "Tova Brisk", "Ike Marl", "Lise Worth"]


def test_seat_named_in_words_after_a_post_is_no_person(make_document, nlp) -> None:
    # Near miss: "Third Ward", "North Hill" are two capitalised words too, but a seat, not a second person.
    document = make_document(
        "Members Present:\n"
        "Tova Brisk, Chair, Third Ward\n"
        "Cal Renn, Director, North Hill\n"
        "Ula Sefton, Director, East Ward\n"
        "Wyn Obey, Treasurer\n"
    )
    people = extract_attendees(document, nlp=nlp)
    assert [a.name for a in people] == ["Tova Brisk", "Cal Renn", "Ula Sefton", "Wyn Obey"]


def test_sentence_in_the_list_column_ends_the_list(make_document, nlp) -> None:
    # The minutes go on in the column beside the label: the sentence is no one's post.
    document = make_document(
        "Present:\tCllr Tova Brisk (Chair), Cllr Ike Marl\n"
        "\tThe Chair welcomed everyone to the meeting.\n"
    )
    assert _people(extract_attendees(document, nlp=nlp)) == [
        ("Tova Brisk", "Chair", "present"), ("Ike Marl", None, "present"),
    ]


def test_sentence_with_a_name_in_the_list_column_ends_the_list(make_document, nlp) -> None:
    document = make_document(
        "Present:\tCllr Tova Brisk (Chair), Cllr Ike Marl\n"
        "\tCllr Cal Renn, Cllr Ula Sefton\n"
        "\tCllr Brisk welcomed all and opened the meeting.\n"
    )
    people = extract_attendees(document, nlp=nlp)
    assert [a.name for a in people] == ["Tova Brisk", "Ike Marl", "Cal Renn", "Ula Sefton"]
    assert all(a.role in {None, "Chair"} for a in people)


def test_bracket_left_open_over_a_sentence_does_not_carry_the_list_on(make_document, nlp) -> None:
    # The line below closes no bracket in its first words: it is the minutes' first sentence, not the bracket's end.
    document = make_document(
        "Present: Trustee Tova Brisk, Trustee Ike Marl, Trustee Cal Renn (from\n"
        "The Chair welcomed everyone and thanked Ula Sefton for the flowers.\n"
    )
    assert _people(extract_attendees(document, nlp=nlp)) == [
        ("Tova Brisk", None, "present"), ("Ike Marl", None, "present"), ("Cal Renn", None, "present"),
    ]


def test_bracket_closed_late_in_a_sentence_below_does_not_carry_the_list_on(make_document, nlp) -> None:
    # Near miss of the wrapped bracket: the line below does close a bracket, but many words in and after a verb.
    document = make_document(
        "Present: Trustee Tova Brisk, Trustee Ike Marl, Trustee Cal Renn (via\n"
        "The Chair said the hall heating was broken (again) and thanked Ula Sefton.\n"
    )
    people = extract_attendees(document, nlp=nlp)
    assert [a.name for a in people] == ["Tova Brisk", "Ike Marl", "Cal Renn"]
    assert all(a.role is None for a in people)


def test_numbered_remote_attendance_heading_over_what_was_said_names_no_one(make_document, nlp) -> None:
    # A numbered item of the business with a label's words and a colon: the sentence below is what was said.
    document = make_document(
        "Present: Cllr T Brisk, Cllr I Marl, Cllr C Renn\n\n"
        "5. Remote Attendance:\n"
        "Councillors Brisk and Marl said the law should allow it.\n"
    )
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == ["T Brisk", "I Marl", "C Renn"]


def test_label_over_a_sentence_opening_the_clerk_names_no_one(make_document, nlp) -> None:
    document = make_document(
        "Present: Cllr T Brisk, Cllr I Marl\n\n"
        "Virtual Attendance:\n"
        "The Clerk reported that the rules on meeting online change in the spring.\n"
    )
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == ["T Brisk", "I Marl"]


def test_numbered_label_over_its_names_is_still_a_list(make_document, nlp) -> None:
    # Near miss: "2. Remote Attendance:" over names (and "were present" after them) is the roll's remote part.
    document = make_document(
        "1. Present: Cllr T Brisk, Cllr I Marl\n"
        "2. Remote Attendance:\n"
        "Cllr C Renn and Cllr U Sefton were present.\n"
    )
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == ["T Brisk", "I Marl", "C Renn", "U Sefton"]


def test_label_over_a_long_were_present_sentence_is_still_a_list(make_document, nlp) -> None:
    # Near miss: a long line under the label that says who was present is the list, however many words it has.
    document = make_document(
        "2. Remote Attendance:\n"
        "Cllr C Renn and Cllr U Sefton were present together with the county councillor and district councillor\n"
    )
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == ["C Renn", "U Sefton"]


def test_a_surname_that_is_a_point_of_the_compass_is_a_person(make_document, nlp) -> None:
    # Near miss of the seat ("Resident-Owner North Hill" above): "Sam West" after a post is the next person.
    document = make_document(
        "MEMBERS PRESENT:\nAnn Lee, President, Sam West\nBo Day, Treasurer, Jo North\n\n1. Budget\n"
    )
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == ["Ann Lee", "Sam West", "Bo Day", "Jo North"]


@pytest.mark.parametrize("after", [
    "Clerk Di Fox was also present.",
    "Di Fox, Clerk, and Ed Hay, Engineer, were also present.",
])
def test_those_also_present_after_the_list_are_no_part_of_its_last_name(make_document, nlp, after) -> None:
    # The sentence after the present list names more people, read from it as in attendance; the list's last member
    # keeps no post from it. Near miss: "Also present were …" opening the sentence stays more of the roll.
    document = make_document(f"Present: Trustees Lee, Day and Orr. {after}\n\n1. Call to Order\n")
    people = {a.name: (a.role, a.status) for a in extract_attendees(document, nlp=nlp)}
    assert people["Trustee Orr"] == (None, "present")
    assert people["Di Fox"] == ("Clerk", "in_attendance")
    opening = make_document("Present: Trustees Lee, Day and Orr. Also present were Di Fox (Clerk) and Ed Hay.\n\n1. Agenda\n")
    assert [a.name for a in extract_attendees(opening, nlp=nlp)][-2:] == ["Di Fox", "Ed Hay"]


def test_seat_after_a_post_in_a_roster_run_on_one_line_is_no_person(make_document, nlp) -> None:
    # "Name, Post, Name, Post, Name, Seat" on one line: the last pair's seat ("Third Ward", "Zone B") names no one.
    for seat in ("Third Ward", "Zone B"):
        document = make_document(
            f"Directors Present: Tova Brisk, President, Ike Marl, Vice President, Cal Renn, {seat}\n"
            "Staff Present: Ula Sefton, General Manager; Wyn Obey, Clerk\n\n1. Call to Order\nCalled to order at 7 p.m.\n"
        )
        people = extract_attendees(document, nlp=nlp)
        assert [a.name for a in people] == ["Tova Brisk", "Ike Marl", "Cal Renn", "Ula Sefton", "Wyn Obey"]


def test_a_surname_that_is_a_seat_word_stays_a_person(make_document, nlp) -> None:
    # Near miss: "Ed Ward", "Ward Hale" and "Jo North" are people; only the seat's own shape is dropped.
    document = make_document("Directors Present: Ed Ward, Ward Hale, Jo North, Cal Renn\n\n1. Call to Order\n")
    names = [a.name for a in extract_attendees(document, nlp=nlp)]
    assert names == ["Ed Ward", "Ward Hale", "Jo North", "Cal Renn"]
