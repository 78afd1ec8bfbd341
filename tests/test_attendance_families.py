"""Attendance and apologies as councils outside the UK write them, each family in two forms, with lookalikes.

Every example is invented; each test names the way of writing, never a council.
"""

from __future__ import annotations


from minutebook.extract.apologies import extract_apologies
from minutebook.extract.attendance import extract_attendees


def _who(document, nlp):
    return [a.surname for a in extract_attendees(document, nlp=nlp)]


def _people(document, nlp):
    return [(a.name, a.title, a.role, a.status) for a in extract_attendees(document, nlp=nlp)]


def _apologies(document, nlp):
    return [a.surname for a in extract_apologies(document, nlp=nlp)]


# --- US roll call: "ROLL CALL - Present: Councilmembers A, B and Mayor C – 5." ---------------


def test_roll_call_line_with_note_and_count(make_document, nlp) -> None:
    document = make_document(
        "MINUTES OF THE REGULAR CITY COUNCIL MEETING\n"
        "ROLL CALL - Present: [Note: Mayor Quinn joined by phone] Councilmembers Abara, Lenz Hoyt, Pike and Mayor Quinn – 4.\n"
        "Absent: None.\n"
        "AGENDA CHANGES\n"
    )
    assert _people(document, nlp) == [
        ("Councilmember Abara", "Councilmember", None, "present"),
        ("Councilmember Lenz Hoyt", "Councilmember", None, "present"),
        ("Councilmember Pike", "Councilmember", None, "present"),
        ("Mayor Quinn", "Mayor", "Mayor", "present"),
    ]
    assert extract_apologies(document, nlp=nlp) == []


def test_roll_call_label_in_table_cells(make_document, nlp) -> None:
    document = make_document(
        "ROLL CALL -\tPresent:\tCommissioners Ibarra, Penn and Chair Lodge – 3.\n"
        "\tAbsent:\tCommissioner Ruiz – 1.\n"
        "ORAL COMMUNICATIONS\n"
    )
    assert _who(document, nlp) == ["Ibarra", "Penn", "Lodge"]


def test_present_with_two_word_plural_title_and_colon(make_document, nlp) -> None:
    document = make_document(
        "3. ROLL CALL\n"
        "Present: President Okafor, Board Members: Dunn, Havel, Rios,\n"
        "Tamm.\n"
        "Absent: Ward.\n"
    )
    assert _people(document, nlp) == [
        ("President Okafor", "President", "President", "present"),
        ("Board Member Dunn", "Board Member", None, "present"),
        ("Board Member Havel", "Board Member", None, "present"),
        ("Board Member Rios", "Board Member", None, "present"),
        ("Board Member Tamm", "Board Member", None, "present"),
    ]


def test_absent_is_neither_attendee_nor_apology(make_document, nlp) -> None:
    document = make_document(
        "Present: Chair Wren, Vice Chair Ashby and Commissioners Colm Reyes, Tia Marsh.\n"
        "Absent: Commissioner Ruiz.\n"
    )
    assert _who(document, nlp) == ["Wren", "Ashby", "Reyes", "Marsh"]
    assert extract_apologies(document, nlp=nlp) == []


def test_roll_call_vote_is_not_attendance(make_document, nlp) -> None:
    document = make_document(
        "CONSENT CALENDAR\n"
        "Councilmember Pike moved approval. The motion carried by the following roll call vote: "
        "Councilmember Abara: Aye; Councilmember Pike: Aye. Ayes: 2.\n"
    )
    assert _who(document, nlp) == []


# --- Attendance written as a sentence ------------------------------------------------------


def test_board_members_present_were_sentence(make_document, nlp) -> None:
    document = make_document(
        "# Town of Elk Bend\n"
        "## CALL TO ORDER\n"
        "Chair Ida Brook called the meeting to order at 7:00 pm. Board members present were Supervisors Ida Brook, "
        "Sam Tew and Rae Ollin, Town Clerks Jo Vance and Lee Cobb and Treasurer Abe Dunn. Also present were Kim Pell "
        "and Ned Rusk. Supervisor Sam Tew said the roads were done.\n"
    )
    assert _people(document, nlp) == [
        ("Ida Brook", "Supervisor", "Supervisor", "present"),
        ("Sam Tew", "Supervisor", "Supervisor", "present"),
        ("Rae Ollin", "Supervisor", "Supervisor", "present"),
        ("Jo Vance", None, "Town Clerk", "in_attendance"),
        ("Lee Cobb", None, "Town Clerk", "in_attendance"),
        ("Abe Dunn", None, "Treasurer", "in_attendance"),
        ("Kim Pell", None, None, "also_present"),
        ("Ned Rusk", None, None, "also_present"),
    ]


def test_present_were_sentence_with_honorifics(make_document, nlp) -> None:
    document = make_document(
        "Council met in regular session at 7:30 p.m.\n"
        "Present were Mayor Gil Hart, Ms. Dee Oakes and Mr. Ron Pratt. Also present were City Manager Tess Lund.\n"
    )
    assert _who(document, nlp) == ["Hart", "Oakes", "Pratt", "Lund"]


def test_present_sentence_lookalikes(make_document, nlp) -> None:
    document = make_document(
        "Those present recited the pledge of allegiance.\n"
        "All members were present.\n"
        "Present were concerns about the culvert on the north road.\n"
    )
    assert _who(document, nlp) == []


# --- Irish councils: chair, surname lists with disambiguators, inverted officials -----------


def test_irish_chair_members_and_officials(make_document, nlp) -> None:
    document = make_document(
        "PRESENT IN THE CHAIR: Councillor T. Moran, Cathaoirleach.\n"
        "\n"
        "MEMBERS PRESENT:\n"
        "\n"
        "Councillors Ahern, Brady (P), Brady (S), Cmhlr. Ó Laoi,\n"
        "\n"
        "Quirke (Online) and Walsh.\n"
        "\n"
        "OFFICIALS IN ATTENDANCE:\n"
        "\n"
        "Chief Executive (Ms. R. Doyle), Director, Housing and\n"
        "\n"
        "Community (Mr. F. Lane), Meetings Administrator (Mr. D. Keogh).\n"
        "\n"
        "1. Adoption of Minutes\n"
    )
    people = extract_attendees(document, nlp=nlp)
    assert [(a.surname, a.role, a.status) for a in people] == [
        ("Moran", "Cathaoirleach", "present"),
        ("Ahern", None, "present"),
        ("Brady", None, "present"),
        ("Brady", None, "present"),
        ("Laoi", None, "present"),
        ("Quirke", None, "present"),
        ("Walsh", None, "present"),
        ("Doyle", "Chief Executive", "in_attendance"),
        ("Lane", "Director, Housing and Community", "in_attendance"),
        ("Keogh", "Meetings Administrator", "in_attendance"),
    ]
    # "Brady (P)", "Brady (S)": two members, told apart by their initials.
    assert [a.name for a in people[2:4]] == ["P Brady", "S Brady"]
    assert all(a.organisation is None for a in people)
    assert people[7].title == "Ms"


def test_irish_present_with_bullet_officials_and_remote_members(make_document, nlp) -> None:
    document = make_document(
        "**Present:**\n"
        "\n"
        "Councillors A. Nagle, B. Rourke,\n"
        "\n"
        "C. Tuite.\n"
        "\n"
        "•\n"
        "\n"
        "Ms. Orla Tynan, Director of Finance.\n"
        "\n"
        "•\n"
        "\n"
        "Mr. Ken Pyne, Senior Engineer, Roads.\n"
        "\n"
        "**Present via MS Teams:** Cllrs. R. Hogan, T. Veale and\n"
        "\n"
        "P.J. Dunne.\n"
        "\n"
        "Apologies: Cllrs. M. Rowe and L. Grant.\n"
    )
    assert [(a.name, a.role, a.status) for a in extract_attendees(document, nlp=nlp)] == [
        ("A Nagle", None, "present"),
        ("B Rourke", None, "present"),
        ("C Tuite", None, "present"),
        ("Orla Tynan", "Director of Finance", "in_attendance"),
        ("Ken Pyne", "Senior Engineer, Roads", "in_attendance"),
        ("R Hogan", None, "present"),
        ("T Veale", None, "present"),
        ("PJ Dunne", None, "present"),
    ]
    assert _apologies(document, nlp) == ["Rowe", "Grant"]


def test_same_surname_with_different_initials_are_two_people(make_document, nlp) -> None:
    document = make_document("PRESENT\nCouncillors Keane, J. Kinsella, Lowry, K. Kinsella and Rourke\n\n1. Minutes\n")
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == [
        "Councillor Keane", "J Kinsella", "Councillor Lowry", "K Kinsella", "Councillor Rourke",
    ]


def test_ranks_and_name_post_pairs_under_one_heading(make_document, nlp) -> None:
    document = make_document(
        "PRESENT\n"
        "\n"
        "Councillors Furey and Lyle\n"
        "\n"
        "Chief Superintendent Noel Garr and Superintendent Vane\n"
        "\n"
        "Nora Bligh, Director of Services, Ian Toft, Staff Officer (Corporate) and Paula Crean, Senior Engineer\n"
        "\n"
        "1. Minutes\n"
    )
    people = extract_attendees(document, nlp=nlp)
    assert [(a.surname, a.title, a.role) for a in people] == [
        ("Furey", "Councillor", None),
        ("Lyle", "Councillor", None),
        ("Garr", "Chief Superintendent", None),
        ("Vane", "Superintendent", None),
        ("Bligh", None, "Director of Services"),
        ("Toft", None, "Staff Officer (Corporate)"),
        ("Crean", None, "Senior Engineer"),
    ]


# --- Canadian townships: Staff / Guest / Regrets --------------------------------------------


def test_staff_guest_and_regrets_lines(make_document, nlp) -> None:
    document = make_document(
        "A special meeting of the Township of Elm Ridge Council was held on Monday, May 6, 2024.\n"
        "Present: Reeve Lyn Carr and Councillors Bo Hart, Di Penn and Uma Stone.\n"
        "Regrets: Councillor Amy Fox.\n"
        "Guest: Ruth Ovens, Tull Partners LLP, via Zoom.\n"
        "Staff: Roads Foreman Pat Quill; Deputy Clerk Ana Birch and Treasurer-Clerk Lou Fenn.\n"
        "Disclosure of pecuniary interest: None.\n"
    )
    people = extract_attendees(document, nlp=nlp)
    assert [(a.name, a.title, a.role, a.organisation, a.status) for a in people] == [
        ("Lyn Carr", "Reeve", "Reeve", None, "present"),
        ("Bo Hart", "Councillor", None, None, "present"),
        ("Di Penn", "Councillor", None, None, "present"),
        ("Uma Stone", "Councillor", None, None, "present"),
        ("Ruth Ovens", None, "Guest", "Tull Partners LLP", "also_present"),
        ("Pat Quill", None, "Roads Foreman", None, "in_attendance"),
        ("Ana Birch", None, "Deputy Clerk", None, "in_attendance"),
        ("Lou Fenn", None, "Treasurer-Clerk", None, "in_attendance"),
    ]
    assert [(a.name, a.title) for a in extract_apologies(document, nlp=nlp)] == [("Amy Fox", "Councillor")]


def test_staff_with_long_hyphenated_posts_wrapping(make_document, nlp) -> None:
    document = make_document(
        "Present: Mayor Tom Gale and Councillors Ivy Roe and Sam\n"
        "Dale.\n"
        "Staff: Public Works Superintendent Dan Moir; Administrative Assistant-Deputy Clerk Kay\n"
        "Lind; Fire Chief-CEMC Will Bolt and Administrator-Clerk-Treasurer Kim Croft-Hale.\n"
        "Disclosure of pecuniary interest: None.\n"
    )
    people = extract_attendees(document, nlp=nlp)
    assert [(a.name, a.role) for a in people] == [
        ("Tom Gale", "Mayor"),
        ("Ivy Roe", None),
        ("Sam Dale", None),
        ("Dan Moir", "Public Works Superintendent"),
        ("Kay Lind", "Administrative Assistant-Deputy Clerk"),
        ("Will Bolt", "Fire Chief-CEMC"),
        ("Kim Croft-Hale", "Administrator-Clerk-Treasurer"),
    ]


def test_staff_and_guest_words_in_prose_are_not_lists(make_document, nlp) -> None:
    document = make_document(
        "Staff report on the culvert was received.\n"
        "Guest speaker Ann Fry spoke on the library.\n"
        "Staff Member Forde took a roll call vote.\n"
    )
    assert _who(document, nlp) == []


# --- Flattened attendance table ("Attendee Name / Title / Status / Arrived") ----------------


def test_flattened_attendance_table_then_staff_and_others(make_document, nlp) -> None:
    # The roll call comes well down the document, after a long opening item.
    filler = [f"Chair Voss read announcement {n} to the board." for n in range(110)]
    lines = [
        "Regional Water Board", "Chair – Ria Voss, District A", "", *filler, "I.", "Call to Order",
        "Chair Voss called the meeting to order at 4:01 p.m.", "II.", "Roll Call",
        "Attendee Name", "Ria Voss", "Mara Lind", "Title", "Director, District A", "Director, District B",
        "Status", "Present", "Present", "Arrived", "4:00 PM", "4:01 PM",
        "Owen Pratt", "Hugo Sand", "Director, District C", "Director, District D", "Present", "Absent", "4:02 PM",
    ]
    lines += ["Chair Voss said there were three members present.", "Staff Present:", "", "Dana Korr, Eli Moss", "", "Others Present:", "", "Fred Gale", "", "III.", "Adjourn"]
    document = make_document("\n".join(lines) + "\n")
    people = extract_attendees(document, nlp=nlp)
    assert [(a.name, a.title, a.role, a.status) for a in people] == [
        ("Ria Voss", "Director", "Chair", "present"),
        ("Mara Lind", "Director", None, "present"),
        ("Owen Pratt", "Director", None, "present"),
        ("Dana Korr", None, None, "in_attendance"),
        ("Eli Moss", None, None, "in_attendance"),
        ("Fred Gale", None, None, "also_present"),
    ]


def test_attendance_table_rows_kept_whole(make_document, nlp) -> None:
    document = make_document(
        "Attendee Name\tTitle\tStatus\tArrived\n"
        "Ria Voss\tChair\tPresent\t6:00 PM\n"
        "Dev Shah\tMember\tRemote\t\n"
        "Ola Kent\tMember\tAbsent\t\n"
    )
    assert _who(document, nlp) == ["Voss", "Shah"]


# --- Header grid ("Attendees  …" / "Invited  …" without colons) ------------------------------


def test_grid_attendees_and_invited_rows(make_document, nlp) -> None:
    document = make_document(
        "Title of Meeting\tRiverside Trust - Board Meeting\n"
        "Date\t4th March 2021\n"
        "Attendees\tGail Rook (Chair), Ian Bevan, Fay Lane\n"
        "Invited\tSara Lum (Finance Manager)\n"
        "1.\tWelcome and Apologies Apologies were received from Fay Lane.\n"
    )
    assert [(a.name, a.role, a.status) for a in extract_attendees(document, nlp=nlp)] == [
        ("Gail Rook", "Chair", "present"),
        ("Ian Bevan", None, "present"),
        ("Sara Lum", "Finance Manager", "in_attendance"),
    ]
    assert _apologies(document, nlp) == ["Lane"]


# --- Lists that wrap and groups that share a role -------------------------------------------


def test_name_broken_at_a_line_end_stays_whole(make_document, nlp) -> None:
    document = make_document("PRESENT\nCouncillors Rhys Bowen, Eira Lloyd, Huw\nPrys and Mair Roberts.\n1. WELCOME\n")
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == ["Rhys Bowen", "Eira Lloyd", "Huw Prys", "Mair Roberts"]
    second = make_document("Staff Present:\nBea Amble, Ralf Cask, Tim\nBuxton, Gerry Van\nDalen, Ida Mole\n\nThe Chair opened the meeting.\n")
    assert [a.surname for a in extract_attendees(second, nlp=nlp)] == ["Amble", "Cask", "Buxton", "Van Dalen", "Mole"]


def test_group_role_after_names_is_no_person(make_document, nlp) -> None:
    document = make_document("Present: Mrs Ada Pim, Mr Leo Hart and Ms Kay Rowe, Councillors, Mr Tom Ince, Clerk.\n")
    assert [(a.surname, a.role) for a in extract_attendees(document, nlp=nlp)] == [
        ("Pim", "Councillor"), ("Hart", "Councillor"), ("Rowe", "Councillor"), ("Ince", "Clerk"),
    ]


def test_officers_after_also_present_councillors_lose_the_title(make_document, nlp) -> None:
    document = make_document(
        "ALSO PRESENT: Councillors Ann Lowe and Rob Tate.\n"
        "Gina Hale (Head of Finance), Omar Reid (Democratic Services)\n"
        "Pia Lamb and Ola Nunn (External Audit)\n"
        "Apologies for absence were received from Councillor Rod Vale\n"
    )
    people = extract_attendees(document, nlp=nlp)
    assert [(a.surname, a.title) for a in people] == [
        ("Lowe", "Councillor"), ("Tate", "Councillor"), ("Hale", None), ("Reid", None), ("Lamb", None), ("Nunn", None),
    ]


# --- Apologies -------------------------------------------------------------------------------


def test_apologies_list_wrapping_onto_a_second_line(make_document, nlp) -> None:
    document = make_document(
        "Present: Ann Cole, Bill Dunn.\n"
        "\n"
        "Apologies: Ella Hart, Finn Ives, Gus Jay,\n"
        "Kim Kerr, Cllr Lamb, Dr Moss\n"
        "\n"
        "Minute taker: Bill Dunn\n"
        "\n"
        "1. WELCOME\n"
    )
    assert _apologies(document, nlp) == ["Hart", "Ives", "Jay", "Kerr", "Lamb", "Moss"]


def test_apologies_list_not_continued_by_the_next_label(make_document, nlp) -> None:
    document = make_document("Apologies: Ella Hart, Finn Ives.\nMinute taker: Bill Dunn\n1. WELCOME\n")
    assert _apologies(document, nlp) == ["Hart", "Ives"]


def test_apologies_sentence_with_a_long_middle(make_document, nlp) -> None:
    first = make_document(
        "Apologies for their inability to attend the Meeting were received from Councillors Doyle\n"
        "\n"
        "and Furlong.\n"
    )
    second = make_document(
        "Apologies for being unable to attend had been received from Councillor Pat Rowe\n"
        "and Deputy Liam Kerr, T.D.\n"
    )
    assert [(a.name, a.title) for a in extract_apologies(first, nlp=nlp)] == [
        ("Councillor Doyle", "Councillor"), ("Councillor Furlong", "Councillor"),
    ]
    # "Deputy" stays in the name: as a title it would swallow posts ("Deputy Clerk"); "T.D." is no person.
    assert [(a.surname, a.title) for a in extract_apologies(second, nlp=nlp)] == [("Rowe", "Councillor"), ("Kerr", None)]


def test_apologies_with_post_nominals_and_lower_case_surname_part(make_document, nlp) -> None:
    first = make_document("Apologies: Ivan Roe MSP, Dr Sita Dey MP\n")
    second = make_document("Apologies for absence were received from Councillors Ann Pell and Jo Rae hollis\n")
    assert [(a.name, a.surname) for a in extract_apologies(first, nlp=nlp)] == [("Ivan Roe", "Roe"), ("Sita Dey", "Dey")]
    assert [a.surname for a in extract_apologies(second, nlp=nlp)] == ["Pell", "Rae hollis"]


def test_regrets_are_apologies(make_document, nlp) -> None:
    first = make_document("Present: Reeve Lyn Carr.\nRegrets: Councillors Lee Ward and Amy Fox.\n")
    second = make_document("Present: Mayor Tom Gale\nRegrets:\nCouncillor Ivy Roe\n\nStaff: Clerk Ana Birch\n")
    assert _apologies(first, nlp) == ["Ward", "Fox"]
    assert _apologies(second, nlp) == ["Roe"]


def test_apology_lookalikes(make_document, nlp) -> None:
    document = make_document(
        "Present: Chair Wren and Commissioner Lodge\n"
        "Absent: Commissioner Ruiz.\n"
        "1. Minutes\n"
        "With regret the Council noted the death of Mr Ben Oakes.\n"
        "The Chair apologised for the delay in publishing the minutes.\n"
    )
    assert _apologies(document, nlp) == []


def test_apologies_names_on_the_line_after_received_from(make_document, nlp) -> None:
    first = make_document(
        "Apologies for their inability to attend the Meeting were received from\n\nCouncillors Nevin (P) and Quade.\n\n"
        "OFFICIALS IN ATTENDANCE:\n"
    )
    second = make_document("Apologies were received from:\nCouncillor Ann Lowe and Mr Bo Reid.\n1. Minutes\n")
    assert [a.name for a in extract_apologies(first, nlp=nlp)] == ["P Nevin", "Councillor Quade"]
    assert _apologies(second, nlp) == ["Lowe", "Reid"]


def test_officials_by_post_then_ranks_under_one_label(make_document, nlp) -> None:
    document = make_document(
        "OFFICIALS IN ATTENDANCE:\n\n"
        "Director, Rural Development (Mr. G. Dunne), Meetings Administrator (Mr. M. Carr), Executive Engineer, Roads (Mr.\n\n"
        "P. Vale), Clerical Officer (Ms. A. Lyons)\n\n"
        "Superintendent A. Maher, Sergeant R.\n\n"
        "Fitz, Y. Orr, District Clerk.\n\n"
        "At the outset, the Cathaoirleach welcomed everyone.\n"
    )
    people = extract_attendees(document, nlp=nlp)
    assert [(a.surname, a.title) for a in people] == [
        ("Dunne", "Mr"), ("Carr", "Mr"), ("Vale", "Mr"), ("Lyons", "Ms"),
        ("Maher", "Superintendent"), ("Fitz", "Sergeant"), ("Orr", None),
    ]
    assert people[2].role == "Executive Engineer, Roads" and people[6].role == "District Clerk"


def test_notes_and_outcomes_are_no_people(make_document, nlp) -> None:
    document = make_document(
        "Present: Chair Lee Orr, Vice Chair Ann Hale and Commissioner Bo Tull.\n"
        "Staff: None.\n"
        "Tile Drainage Inspector: Dave Yarrow. Carried.\n"
    )
    assert "None" not in [a.name for a in extract_attendees(document, nlp=nlp)]
    assert "Carried" not in [a.name for a in extract_attendees(document, nlp=nlp)]


def test_a_post_ending_in_a_title_word_does_not_run_into_the_next_line(make_document, nlp) -> None:
    document = make_document(
        "Also in attendance:\nKay Bryn – Police and Crime Commissioner\nDan Oko – Chief Executive\n\nApologies: None\n"
    )
    assert _who(document, nlp) == ["Bryn", "Oko"]


def test_attendance_sentence_in_lower_case_wrapped_over_lines(make_document, nlp) -> None:
    document = make_document(
        "## CALL TO ORDER\n"
        "Chair Ida Brook called the meeting to order at 6:30 pm via teleconference.  Board\n"
        "members present were supervisors Ida Brook, Sam Tew, and Rae Ollin, treasurer Abe Dunn, deputy treasurer\n"
        "Joy Mace, and clerk Jo Vance. Also present were guests Kim Pell and Ned Rusk.  Those present repeated the pledge.\n"
    )
    assert [(a.surname, a.role, a.status) for a in extract_attendees(document, nlp=nlp)] == [
        ("Brook", "Supervisor", "present"),
        ("Tew", "Supervisor", "present"),
        ("Ollin", "Supervisor", "present"),
        ("Dunn", "Treasurer", "in_attendance"),
        ("Mace", "Deputy Treasurer", "in_attendance"),
        ("Vance", "Clerk", "in_attendance"),
        ("Pell", "Guest", "also_present"),
        ("Rusk", "Guest", "also_present"),
    ]


def test_bare_roll_call_heading_then_titled_names(make_document, nlp) -> None:
    first = make_document(
        "ROLL CALL\nMayor Ada Fox and Councilmembers Bo Hale, Cy Lund and Di Marr. Also present were City Manager Ed Nash "
        "and City Clerk Flo Ortiz.\n\nAPPROVAL OF AGENDA\n"
    )
    second = make_document("3. Roll Call\n\nCommissioners Ibarra, Penn and Yates\n\n4. Minutes\n")
    assert sorted(_who(first, nlp)) == ["Fox", "Hale", "Lund", "Marr", "Nash", "Ortiz"]
    assert _who(second, nlp) == ["Ibarra", "Penn", "Yates"]
    lookalike = make_document("ROLL CALL\nThe clerk called the roll and a quorum was present.\n")
    assert _who(lookalike, nlp) == []


def test_one_person_a_line_with_the_post_after_the_name(make_document, nlp) -> None:
    document = make_document(
        "ROLL CALL Present:\nAda Bales, President\nJoy Mace Vice President\nKay Kerr, Board Member (arrived 6:35 p.m.)\n"
        "Absent: Dot Wise, Vice President\nStaff: Jan Chow, Library Director\nLou Amat, Recording Secretary\nORAL COMMUNICATIONS\n"
    )
    assert [(a.surname, a.role) for a in extract_attendees(document, nlp=nlp)] == [
        ("Bales", "President"), ("Mace", "Vice President"), ("Kerr", "Board Member"),
        ("Chow", "Library Director"), ("Amat", "Recording Secretary"),
    ]
    # Posts and departments after a name are never people themselves.
    other = make_document("In attendance: Jo Hale, Democratic Services Officer, Tom Reed, Community Safety Officer\n")
    assert _who(other, nlp) == ["Hale", "Reed"]


def test_members_present_and_participating_remotely(make_document, nlp) -> None:
    first = make_document(
        "Councilors present: Ames, Boyd and Cole\nCouncilors participating remotely: Dunn\nCouncilors absent: Eady\n"
        "Staff present: Town Manager Fay Gill\n1. Public comment\n"
    )
    second = make_document("Members Present: Trustee Ann Ames\nMembers Participating Remotely: Trustee Bo Boyd\n\n1. Minutes\n")
    assert [(a.name, a.status) for a in extract_attendees(first, nlp=nlp)] == [
        ("Councilor Ames", "present"), ("Councilor Boyd", "present"), ("Councilor Cole", "present"),
        ("Councilor Dunn", "present"), ("Fay Gill", "in_attendance"),
    ]
    assert extract_apologies(first, nlp=nlp) == []
    assert _who(second, nlp) == ["Ames", "Boyd"]


def test_roll_call_with_a_note_row_of_its_own(make_document, nlp) -> None:
    document = make_document(
        "ROLL CALL -\tPresent:\tCouncilmembers Abara, Pike and Mayor Quinn – 3.\n"
        "\t[Note: Mayor Quinn was present via teleconference from Lakeside Inn, 12 Shore Road, Elmtown, WA 98001]\t\n"
        "\tAbsent:\tNone.\n"
        "AGENDA CHANGES\n"
    )
    assert _who(document, nlp) == ["Abara", "Pike", "Quinn"]


def test_all_members_except_and_remote_notes(make_document, nlp) -> None:
    first = make_document(
        "PRESENT: Chair Ann Lee and all other members of Council except Councillors Bo Hart, Cy Dunn\n"
        "OFFICIALS PRESENT: Clerk Jo Rae\n1. Minutes\n"
    )
    second = make_document("Present: Trustee Ann Cole via teleconference, Vice Chair Joe Pinto (late)\nAbsent: None\n")
    assert _who(first, nlp) == ["Lee", "Rae"]
    assert extract_apologies(first, nlp=nlp) == []
    assert _who(second, nlp) == ["Cole", "Pinto"]


# --- A numbered attendance label, padded with Word tab stops: "1.   Those Attending:   Cllr A, …" -------


def test_numbered_label_padded_with_no_break_spaces(make_document, nlp) -> None:
    pad = "\u00a0 \u00a0\u00a0 \u00a0"
    document = make_document(
        "MINUTES OF THE PARISH COUNCIL MEETING\n\n"
        f"1.{pad}Those Attending:{pad}Cllr A Thorn (Chairman), Cllr Mrs C Dunn (Vice-Chair), Cllr E Fox,\u00a0 "
        "Mrs G Hale (Clerk), 5 Members of the Public.\n\n"
        f"2.{pad}To Consider Apologies for Absence:{pad}Apologies were received from Cllr H Ivy\n\n"
        "3. Minutes of the last meeting\n"
    )
    assert [(a.surname, a.role, a.status) for a in extract_attendees(document, nlp=nlp)] == [
        ("Thorn", "Chairman", "present"),
        ("Dunn", "Vice-Chair", "present"),
        ("Fox", None, "present"),
        ("Hale", "Clerk", "in_attendance"),
    ]
    assert _apologies(document, nlp) == ["Ivy"]


def test_numbered_label_with_a_bracket_number(make_document, nlp) -> None:
    document = make_document(
        "Minutes of the Parish Council\n"
        "1) Present: Cllr J Moss, Cllr K Rook and Cllr L Shaw.\n"
        "2) Apologies: Cllr M Tate.\n"
        "3) Minutes\n"
    )
    assert _who(document, nlp) == ["Moss", "Rook", "Shaw"]
    assert _apologies(document, nlp) == ["Tate"]


def test_numbered_item_that_only_starts_like_a_label_is_no_list(make_document, nlp) -> None:
    document = make_document(
        "Minutes of the Parish Council\n"
        "1. Presentation: Ann Lee of the Village Hall Trust spoke about the roof.\n"
        "2. Present arrangements for the car park were discussed at length by members.\n"
    )
    assert extract_attendees(document, nlp=nlp) == []


def test_label_numbered_as_a_minute_with_its_part_after_a_stop(make_document, nlp) -> None:
    # UK minutes number their opening sections on from meeting to meeting: "2407.01 Present" over the councillors'
    # line, "5.1 Present:" with the list after it; initials declared in a bracket stay out of the name.
    running = make_document(
        "Minutes of the Parish Council Meeting\nheld in the Village Hall\non Monday 8th July 2024 at 7.30pm\n\n"
        "2407.01 Present\nCouncillors: R. Allard (RA)(Chairman), J Penn (JP), K. Sowerby (KS)\n"
        "In Attendance : 3 members of public\nApologies for Absence\nCouncillor T. Mabb (TM);\n\n"
        "2407.02 Disclosure of Interests None.\n"
    )
    people = {a.surname: a for a in extract_attendees(running, nlp=nlp)}
    assert set(people) == {"Allard", "Penn", "Sowerby"}
    assert people["Allard"].role == "Chairman" and people["Penn"].name == "J Penn"
    assert _apologies(running, nlp) == ["Mabb"]
    parted = make_document(
        "Minutes of the Parish Council\n5.1 Present: Cllr J Moss, Cllr K Rook and Cllr L Shaw.\n"
        "5.2 Apologies: Cllr M Tate.\n5.3 Minutes\n"
    )
    assert _who(parted, nlp) == ["Moss", "Rook", "Shaw"]
    assert _apologies(parted, nlp) == ["Tate"]
    # Near miss: a numbered part that only starts like a label stays business.
    business = make_document(
        "Minutes of the Parish Council\n5.1 Presentation: Ann Lee of the Village Hall Trust spoke about the roof.\n"
        "5.2 Present arrangements for the car park were discussed at length by members.\n"
    )
    assert extract_attendees(business, nlp=nlp) == []


# --- Labels under glyph bullets: "o Commissioners Present: …" (Word PDFs), "• Present: …" ------------


def test_labels_under_word_symbol_bullets(make_document, nlp) -> None:
    document = make_document(
        "Minutes from Monday, March 5, 2018 at the Library\n"
        "\uf0b7 Perfunctory Business\n"
        "o Commissioners Present: Ann Lee, Bo Diaz, Cy Hart,\n"
        "Dee Fox, Eve Ng\n"
        "o Others Present: Gil Park (Main Street Chamber), Hal Ito (Downtown\n"
        "Partners), Ida Moss\n"
        "o Commissioners Absent: Jo Ray, Kim Sun\n"
        "\uf0b7 Meeting called to order at 9:08am\n"
    )
    people = extract_attendees(document, nlp=nlp)
    assert [(a.surname, a.status) for a in people] == [
        ("Lee", "present"), ("Diaz", "present"), ("Hart", "present"), ("Fox", "present"), ("Ng", "present"),
        ("Park", "also_present"), ("Ito", "also_present"), ("Moss", "also_present"),
    ]
    assert people[5].organisation == "Main Street Chamber"


def test_labels_under_round_bullets_with_apologies(make_document, nlp) -> None:
    document = make_document(
        "MINUTES OF THE COMMUNITY COUNCIL\n"
        "\u2022 Present: Cllr A Thorn, Cllr C Dunn\n"
        "\u2022 Apologies: Cllr E Fox\n"
        "\u2022 Minutes of the last meeting were approved\n"
    )
    assert _who(document, nlp) == ["Thorn", "Dunn"]
    assert _apologies(document, nlp) == ["Fox"]


def test_bullet_o_before_a_word_that_is_no_label(make_document, nlp) -> None:
    document = make_document(
        "Minutes\n"
        "o Present plans for the streetscape were reviewed by Ann Lee and Bo Diaz\n"
        "o Others presented the budget\n"
    )
    assert extract_attendees(document, nlp=nlp) == []


# --- A labelled list written as a sentence: "Commissioners Present: A, B, and C were present." --------


def test_labelled_list_closed_by_were_present(make_document, nlp) -> None:
    document = make_document(
        "Thursday, March 15, 2018 02:00 PM at the District Office\n\n"
        "# CALL TO ORDER\n\n"
        "Commissioners Present:  President Ann Lee, Vice-President Bo Diaz, Secretary Cy Hart, Dee Fox, and Eve Ng "
        "were present.  Fox arrived shortly after the meeting began.\n\n"
        "Management and Staff:  Gil Park, Port Manager\n\n"
        "Members of the Public and Media:  No members of the public were present.\n\n"
        "# OLD BUSINESS\n"
    )
    assert [(a.name, a.role, a.status) for a in extract_attendees(document, nlp=nlp)] == [
        ("Ann Lee", "President", "present"),
        ("Bo Diaz", "Vice-President", "present"),
        ("Cy Hart", "Secretary", "present"),
        ("Dee Fox", None, "present"),
        ("Eve Ng", None, "present"),
        ("Gil Park", "Port Manager", "in_attendance"),
    ]


def test_labelled_list_closed_by_were_in_attendance(make_document, nlp) -> None:
    document = make_document(
        "MINUTES OF THE LIBRARY BOARD\n"
        "Trustees present: Ann Lee, Bo Diaz and Cy Hart were in attendance. Dee Fox was absent.\n"
        "Staff present: Gil Park, Director\n\n"
        "CALL TO ORDER\n"
    )
    assert [(a.surname, a.status) for a in extract_attendees(document, nlp=nlp)] == [
        ("Lee", "present"), ("Diaz", "present"), ("Hart", "present"), ("Park", "in_attendance"),
    ]


def test_management_as_an_item_title_is_no_list(make_document, nlp) -> None:
    document = make_document("Minutes\nManagement Report: Ann Lee reported on the harbour.\nManagement\n")
    assert extract_attendees(document, nlp=nlp) == []


# --- The roll as sentences: "Commissioners A, B and C were present. Manager D was present." -----------


def test_roll_written_as_sentences_under_a_present_heading(make_document, nlp) -> None:
    document = make_document(
        "# CALL TO ORDER\n\n"
        "Board President Ann Lee called the meeting to order at 10:05 AM.\n\n"
        "# COMMISSIONERS AND STAFF PRESENT\n\n"
        "Commissioners Lee, Vice-President Bo Diaz, Secretary Cy Hart, and Dee Fox were present.  "
        "Commissioner Eve Ng was absent.  Port Manager Gil Park was present.\n\n"
        "# NEW BUSINESS\n\n"
        "The minutes were approved.\n"
    )
    people = extract_attendees(document, nlp=nlp)
    assert [a.surname for a in people] == ["Lee", "Diaz", "Hart", "Fox", "Park"]
    assert people[0].name == "Ann Lee"  # the call to order gives the first name
    assert (people[4].role, people[4].status) == ("Port Manager", "in_attendance")


def test_roll_sentence_opening_with_a_plural_title_needs_no_heading(make_document, nlp) -> None:
    document = make_document(
        "CALL TO ORDER\n\n"
        "Trustees Ann Lee, Bo Diaz and Cy Hart were present. Library Director Gil Park was also present.\n\n"
        "OLD BUSINESS\n"
    )
    assert _who(document, nlp) == ["Lee", "Diaz", "Hart", "Park"]


def test_were_present_in_the_discussion_is_no_roll(make_document, nlp) -> None:
    document = make_document(
        "Minutes\n\n"
        "The chair said that Ann Lee was present at the fair. Ann Lee and Bo Diaz were present at the opening.\n\n"
        "Regular business\n\nThe reports were present in the packet.\n"
    )
    assert extract_attendees(document, nlp=nlp) == []


# --- "THOSE PRESENT WERE: Mayor A, Presiding; Commissioners B, C and D, 4." ------------------------


def test_those_present_were_inside_a_run_on_opening(make_document, nlp) -> None:
    document = make_document(
        "CITY OF SPRINGFIELD OFFICIAL MINUTES A REGULAR MEETING OF THE COUNCIL WAS HELD THIS 5TH DAY OF MARCH, "
        "2011 AT 9:30 A.M. THOSE PRESENT WERE: Mayor Lee, Presiding; Commissioners Diaz, Hart,\n"
        "Fox and Ngata, 5.\n\n"
        "OFFICERS IN ATTENDANCE: Gil Park, Clerk of the Council; and Ida Moss, Sergeant at Arms.\n"
    )
    assert [(a.surname, a.status) for a in extract_attendees(document, nlp=nlp)] == [
        ("Park", "in_attendance"), ("Moss", "in_attendance"),
        ("Lee", "present"), ("Diaz", "present"), ("Hart", "present"), ("Fox", "present"), ("Ngata", "present"),
    ]


def test_those_present_were_as_a_label(make_document, nlp) -> None:
    document = make_document(
        "Minutes of the Parish Council\n\n"
        "Those present were: Cllr A Thorn (Chairman), Cllr C Dunn and Mrs G Hale (Clerk).\n\n"
        "1. Minutes\n"
    )
    assert [(a.surname, a.role) for a in extract_attendees(document, nlp=nlp)] == [
        ("Thorn", "Chairman"), ("Dunn", None), ("Hale", "Clerk"),
    ]


def test_presiding_is_no_person_and_a_count_is_no_entry(make_document, nlp) -> None:
    document = make_document(
        "OFFICIAL MINUTES\nPresent: Mayor Lee, Presiding; Councilmembers Diaz and Hart, 3.\n\nCALL TO ORDER\n"
    )
    assert _who(document, nlp) == ["Lee", "Diaz", "Hart"]


# --- Apologies inside another paragraph, and after a "none" clause ---------------------------------


def test_apologies_label_inside_a_paragraph(make_document, nlp) -> None:
    document = make_document(
        "Minutes\n\nPresent: Ann Lee, Bo Diaz\n\n"
        "Police reports. The police had not sent anyone for some time. Apologies for Absence: Cy Hart, Dee Fox, Eve Ng\n\n"
        "Planning. No applications.\n"
    )
    assert _apologies(document, nlp) == ["Hart", "Fox", "Ng"]


def test_apologies_accepted_for_inside_a_paragraph(make_document, nlp) -> None:
    document = make_document(
        "Minutes\nPresent: Cllr A Thorn\n"
        "The chair opened the meeting. Apologies were accepted for Cllr Sue Oak and Cllr Tim Ash (personal reasons).\n"
        "3. Minutes\n"
    )
    assert _apologies(document, nlp) == ["Oak", "Ash"]


def test_none_clause_then_apologies_from_another_member(make_document, nlp) -> None:
    document = make_document(
        "Minutes\nPresent: Cllr A Thorn\n"
        "3. Apologies for absence accepted from: No apologies from councillors. Apologies from Borough Councillor "
        "C Dunn noted.\n"
        "4. No Declarations of Interest made.\n"
    )
    assert _apologies(document, nlp) == ["Dunn"]


def test_none_clause_then_prose_names_no_one(make_document, nlp) -> None:
    for text in (
        "2. Apologies: None received. Jo Rook reported that Bo Diaz had resigned.\n3. Minutes\n",
        "2. No apologies for absence. Apologies were made by the clerk for the late agenda.\n",
        "Minutes. The item was long. Apologies for the delay: the printer failed.\n",
    ):
        assert _apologies(make_document("Minutes\nPresent: Cllr A Thorn\n" + text), nlp) == []


# --- "Present: P. Oak - Chairman, C. Pine … together with 8 members of the public." (small parishes) -----


def test_name_dash_role_first_and_public_count_joined_by_together_with(make_document, nlp) -> None:
    document = make_document(
        "Minutes of the Parish Council\n"
        "Present: P. Oak - Chairman, C. Pine, D. Yew, Mrs. Ash, P. Fir together with 8 members of the public.\n"
        "Apologies: Mrs. Elm\n"
        "1. Minutes: signed\n"
    )
    assert [(a.name, a.role) for a in extract_attendees(document, nlp=nlp)] == [
        ("P Oak", "Chairman"), ("C Pine", None), ("D Yew", None), ("Mrs Ash", None), ("P Fir", None),
    ]


def test_together_with_and_plus_join_people(make_document, nlp) -> None:
    document = make_document(
        "Minutes of the Annual Parish Meeting\n"
        "1. Present: R. Holly, G. Gorse, C. Hazel together with R. Larch - County Councillor, "
        "T. Maple - Borough Councillor plus 16 members of the public.\n"
        "2. Apologies: None\n"
    )
    assert _who(document, nlp) == ["Holly", "Gorse", "Hazel", "Larch", "Maple"]


def test_public_count_keeps_a_later_sentence(make_document, nlp) -> None:
    document = make_document(
        "Minutes\n"
        "Present: Cllr A Thorn (Chairman), Mrs G Hale (Clerk), a member of the public. PCSO Kim Lund was present "
        "for part of the meeting.\n\n"
        "1. Minutes\n"
    )
    assert _who(document, nlp) == ["Thorn", "Hale", "Lund"]


def test_chairman_role_written_first_still_belongs_to_the_next_person(make_document, nlp) -> None:
    document = make_document("Minutes\nPresent: Chairman, Cllr A Thorn, Cllr C Dunn\n\n1. Minutes\n")
    assert [(a.surname, a.role) for a in extract_attendees(document, nlp=nlp)][:1] == [("Thorn", "Chairman")]


# --- A list that goes on after a blank line with more titled people (Word pages, a paragraph a line) ----


def test_list_goes_on_after_a_blank_with_a_guest_and_a_public_count(make_document, nlp) -> None:
    document = make_document(
        "MINUTES OF THE PARISH COUNCIL\n\n"
        "Present- Cllr Ann Oak - Chairman, Cllr I Pine, Cllr Mo Yew.\n\n"
        "Mr M Ash \u2013 County Councillor 9 members of the public\n\n"
        "1. Election of Chairman It was proposed\n"
    )
    assert _who(document, nlp) == ["Oak", "Pine", "Yew", "Ash"]


def test_list_goes_on_over_several_paragraphs(make_document, nlp) -> None:
    document = make_document(
        "Minutes\n\nPresent: Cllr D Oak - Chairman,\n\nCllr M Pine, Cllr N Yew, Cllr B Ash\n\n"
        "Cllr T Elm - Borough Councillor\n\n5 members of the public\n\n1. Apologies for Absence:\n\nCllr L Fir\n"
    )
    assert _who(document, nlp) == ["Oak", "Pine", "Yew", "Ash", "Elm"]
    assert _apologies(document, nlp) == ["Fir"]


def test_a_sentence_about_a_councillor_after_the_list_is_no_entry(make_document, nlp) -> None:
    document = make_document(
        "Minutes\n\nPresent: Cllr D Oak, Cllr M Pine.\n\nCllr T Elm declared an interest in item 5.\n\n"
        "Mr J Hale (Clerk) reported on the accounts\n"
    )
    assert _who(document, nlp) == ["Oak", "Pine"]


# --- A label with no colon, a titled person straight after: "Those attending Mr A Thorn (Chairman), …" ---


def test_label_without_colon_before_a_titled_person(make_document, nlp) -> None:
    document = make_document(
        "Minutes of the Parish Council meeting held on Wednesday 26th January 2005\n"
        "Those attending Mr M Oak (Chairman), Mr B Pine, Mrs M Yew, Mrs V Ash (Clerk) 21 members of the public\n"
        "Apologies for absence received from Mr A Elm\n"
        "Minutes of the last meeting were adopted.\n"
    )
    assert [(a.surname, a.role) for a in extract_attendees(document, nlp=nlp)] == [
        ("Oak", "Chairman"), ("Pine", None), ("Yew", None), ("Ash", "Clerk"),
    ]


def test_label_without_colon_in_capitals(make_document, nlp) -> None:
    document = make_document("MINUTES\nPRESENT Cllr J Moss, Cllr K Rook and Cllr L Shaw\nAPOLOGIES Cllr M Tate\n")
    assert _who(document, nlp) == ["Moss", "Rook", "Shaw"]


def test_label_words_opening_a_sentence_are_no_list(make_document, nlp) -> None:
    document = make_document(
        "Minutes\nPresent Councillors were reminded to sign the register.\nAttendance at the fete was good.\n"
        "Members Mr Oak asked about the hedge.\n"
    )
    assert extract_attendees(document, nlp=nlp) == []


# --- US call to order: the roll inside the call-to-order paragraph -----------------------------


def test_present_label_after_call_to_order_sentence(make_document, nlp) -> None:
    document = make_document(
        "CALL TO ORDER\n"
        "The meeting was called to order at 7:02 p.m. by Chair Holm. Present: Directors Whitby, Ferrant and "
        "Barlow. Absent: Director Quist.\n"
        "\n"
        "APPROVAL OF AGENDA\n"
    )
    assert _who(document, nlp) == ["Whitby", "Ferrant", "Barlow"]


def test_in_attendance_label_after_call_to_order_with_resident(make_document, nlp) -> None:
    document = make_document(
        "CALL TO ORDER\n"
        "Chair Anna Whitby called the meeting to order at 6:30 pm. In attendance: Supervisors Anna Whitby, "
        "Peter Holm and Rosa Ferrant, Treasurers Tom Barlow and Ivo Stenn, Lena Quist and resident Mia Ostrand\n"
        "\n"
        "PLEDGE OF ALLEGIANCE\n"
    )
    people = _people(document, nlp)
    assert [name for name, *_ in people] == [
        "Anna Whitby", "Peter Holm", "Rosa Ferrant", "Tom Barlow", "Ivo Stenn", "Lena Quist", "Mia Ostrand",
    ]
    assert people[5][2] is None  # the Treasurers' group closed at its "and"
    assert people[6][3] == "also_present"


def test_members_present_after_comma_and_guests_sentence(make_document, nlp) -> None:
    document = make_document(
        "CALL TO ORDER\n"
        "Chair Anna Whitby called the monthly meeting to order at 6:30 pm via teleconference, Board members present "
        "were supervisors Anna Whitby and Peter Holm, and clerk Lena Quist and guests Cal and Mia Ostrand. "
        "All present said the pledge.\n"
    )
    assert _people(document, nlp) == [
        ("Anna Whitby", "Supervisor", "Supervisor", "present"),
        ("Peter Holm", "Supervisor", "Supervisor", "present"),
        ("Lena Quist", None, "Clerk", "in_attendance"),
        ("Cal Ostrand", None, "Guest", "also_present"),
        ("Mia Ostrand", None, "Guest", "also_present"),
    ]


def test_attending_were_and_those_in_attendance_are(make_document, nlp) -> None:
    document = make_document(
        "CALL TO ORDER\n"
        "Supervisor Ada Lunn called the meeting to order at 6:30 pm -- those in attendance are Supervisors Ada Lunn "
        "and Bo Pratt, Clerk Cy Rowe.\n"
    )
    assert _who(document, nlp) == ["Lunn", "Pratt", "Rowe"]
    other = make_document("Ada called the meeting to order.\nAttending the meeting were Supervisors Ada Lunn, Bo Pratt.\n")
    assert _who(other, nlp) == ["Lunn", "Pratt"]


def test_present_inside_discussion_sentence_is_not_a_roll(make_document, nlp) -> None:
    document = make_document(
        "CALL TO ORDER\n"
        "Item 1. Present: the draft budget was presented by staff.\n"
        "The chair noted concerns. In attendance: none of the applicants had come.\n"
    )
    assert _who(document, nlp) == []


# --- Grids: a Present table or a one-a-line list flattened to text, no separators between people -----


def test_titled_names_run_together_are_cut_at_each_title(make_document, nlp) -> None:
    document = make_document(
        "Present: Cllr Ida Venn (Chair) Cllr Mrs T Orme Cllr Cal Reeve Cllr Bo Pratt (Vice-Chair) "
        "Mrs. Ash Mrs. Lyle, County Councillor Ed Fane\n"
        "\n"
        "1. Apologies\n"
    )
    assert _people(document, nlp) == [
        ("Ida Venn", "Cllr", "Chair", "present"),
        ("T Orme", "Cllr Mrs", None, "present"),
        ("Cal Reeve", "Cllr", None, "present"),
        ("Bo Pratt", "Cllr", "Vice-Chair", "present"),
        ("Mrs Ash", "Mrs", None, "present"),
        ("Mrs Lyle", "Mrs", None, "present"),
        ("Ed Fane", "County Councillor", None, "present"),
    ]


def test_names_with_their_initials_in_two_columns(make_document, nlp) -> None:
    document = make_document(
        "Present:\n"
        "Anna Whitby AW      Peter Holm PH      Rosa Ferrant RF\n"
        "Tom Barlow TB       Lena Quist LQ      Ivo Stenn IS\n"
        "Gus Rowe GR\n"
        "\n"
        "1. Apologies\n"
    )
    assert _who(document, nlp) == ["Whitby", "Holm", "Ferrant", "Barlow", "Quist", "Stenn", "Rowe"]
    bracketed = make_document(
        "PRESENT: Pam Orr (PO) Cy Day (CD) - Chair, Lu Hart (LH) and Di Penn (DP)\n\n1. Apologies\n"
    )
    assert _people(bracketed, nlp) == [
        ("Pam Orr", None, None, "present"),
        ("Cy Day", None, "Chair", "present"),
        ("Lu Hart", None, None, "present"),
        ("Di Penn", None, None, "present"),
    ]


def test_name_and_role_pairs_in_columns(make_document, nlp) -> None:
    document = make_document(
        "Present:\n"
        "Anna Whitby (Chair)        Peter Holm (Treasurer)\n"
        "Rosa Ferrant (Secretary)   Tom Barlow (Trustee)\n"
        "\n"
        "1. Apologies\n"
    )
    assert [(a.surname, a.role) for a in extract_attendees(document, nlp=nlp)] == [
        ("Whitby", "Chair"), ("Holm", "Treasurer"), ("Ferrant", "Secretary"), ("Barlow", "Trustee"),
    ]


def test_name_bracket_then_organisation_is_not_cut(make_document, nlp) -> None:
    document = make_document(
        "Present:\n"
        "Ann Lee (Chair) County Police\n"
        "Bo Day Eastshire Health Trust\n"
        "Cy Orr Northvale Council\n"
        "\n"
        "1. Apologies\n"
    )
    assert _who(document, nlp) == ["Lee", "Day", "Orr"]


# --- "Name - Role" lines under capital or bold labels ---------------------------------------------


def test_name_dash_role_lines_under_capital_labels(make_document, nlp) -> None:
    document = make_document(
        "MINUTES OF THE AUDIT COMMITTEE\n\n"
        "COMMITTEE MEMBERS\n"
        "Jane Hollis - Chair\n"
        "Robert Amos - Independent Member\n"
        "Karen Plaice -- Lay Member\n\n"
        "OFFICERS IN ATTENDANCE\n"
        "Stephen Marr – Chief Finance Officer\n"
        "Laura Quist – Internal Audit Manager, Eastshire Audit Partnership\n\n"
        "1. Apologies for absence\n"
    )
    assert [(a.surname, a.role, a.organisation, a.status) for a in extract_attendees(document, nlp=nlp)] == [
        ("Hollis", "Chair", None, "present"),
        ("Amos", "Independent Member", None, "present"),
        ("Plaice", "Lay Member", None, "present"),
        ("Marr", "Chief Finance Officer", None, "in_attendance"),
        ("Quist", "Internal Audit Manager", "Eastshire Audit Partnership", "in_attendance"),
    ]


def test_bold_present_with_titled_name_dash_role(make_document, nlp) -> None:
    document = make_document(
        "**Present:**\n\n"
        "Cllr Anna Whitby - Chair\n"
        "Cllr Peter Holm – Vice Chair\n"
        "Cllr Rosa Ferrant\n\n"
        "**Also, in attendance:** Cllr Ed Fane Northvale County Council Mr Cy Orr Footpath Warden\n\n"
        "1. APOLOGIES\n"
    )
    assert [(a.surname, a.role, a.organisation, a.status) for a in extract_attendees(document, nlp=nlp)] == [
        ("Whitby", "Chair", None, "present"),
        ("Holm", "Vice Chair", None, "present"),
        ("Ferrant", None, None, "present"),
        ("Fane", None, "Northvale County Council", "also_present"),
        ("Orr", "Footpath Warden", None, "also_present"),
    ]


def test_member_count_label_and_next_list_on_the_same_line(make_document, nlp) -> None:
    document = make_document(
        "PRESENT (Four Councillors):- Pam Orr (PO) Cy Day (CD) - Chair, Lu Hart (LH) and Di Penn (DP) "
        "In attendance: Jo Hale, Parish Clerk, and 5 members of the public.\n\n"
        "1. Apologies\n"
    )
    assert [(a.surname, a.role, a.status) for a in extract_attendees(document, nlp=nlp)] == [
        ("Orr", None, "present"),
        ("Day", "Chair", "present"),
        ("Hart", None, "present"),
        ("Penn", None, "present"),
        ("Hale", "Parish Clerk", "in_attendance"),
    ]
    one_label = make_document("OFFICERS IN ATTENDANCE: Jo Hale, Parish Clerk\n\n1. Apologies\n")
    assert _who(one_label, nlp) == ["Hale"]


# --- Counts of the public and press: no one named ------------------------------------------------


def test_public_and_press_counts_inside_and_after_a_list(make_document, nlp) -> None:
    inline = make_document("Present: Cllr A Lee, Cllr B Day, Public: 3, Press: 1\n\n1. Apologies\n")
    assert _who(inline, nlp) == ["Lee", "Day"]
    sentences = make_document("Present: Cllr A Lee and Cllr B Day. Members of the public: 3. Press: Nil.\n\n1. Apologies\n")
    assert _who(sentences, nlp) == ["Lee", "Day"]
    named_body = make_document("Present: Cllr A Lee, Ms Jo Orr (Public Health Eastshire), Press: none\n")
    assert _who(named_body, nlp) == ["Lee", "Orr"]


def test_public_count_lines_end_a_double_spaced_list(make_document, nlp) -> None:
    document = make_document(
        "Present: Cllr Ida Venn (Chair) Cllr Bo Pratt Cllr Cy Rowe\n\n"
        "Public – Nil.\n\n"
        "Members of the Public (3)\n\n"
        "Press – 1 (Eastshire Gazette)\n\n"
        "1. Apologies\n\n"
        "The Sloe Public House was discussed by Cllr Venn.\n"
    )
    assert _who(document, nlp) == ["Venn", "Pratt", "Rowe"]


def test_also_present_after_a_public_count_on_one_line(make_document, nlp) -> None:
    document = make_document(
        "Present: Cllr A Whitby (Chairman), Cllr P Holm, Mrs L Quist (Clerk)\n"
        "Public: 2 Also, in attendance: Ed Fane, Footpath Warden, Mr Tom Barlow (member of the public)\n\n"
        "1. Apologies\n"
    )
    assert [(a.surname, a.status) for a in extract_attendees(document, nlp=nlp)] == [
        ("Whitby", "present"), ("Holm", "present"), ("Quist", "in_attendance"),
        ("Fane", "also_present"), ("Barlow", "also_present"),
    ]


def test_post_after_a_dash_is_not_cut_as_a_new_person(make_document, nlp) -> None:
    document = make_document(
        "Present: Cllr D Orme - Chairman, Cllr M Pike\n"
        "Cllr C Sand - Borough Councillor\n"
        "PCSO Ann Rook\n"
        "3 members of the public\n\n"
        "Ann Rook gave a report.\n"
    )
    assert _who(document, nlp) == ["Orme", "Pike", "Sand", "Rook"]


# --- US roll call printed one member a line ----------------------------------------------------------


def test_roll_call_one_post_and_name_a_line(make_document, nlp) -> None:
    document = make_document(
        "1. ROLL CALL\n"
        "Present: Chair Ada Lunn\n"
        "Boardmember Bo Pratt\n"
        "Boardmember Cy Rowe\n"
        "Vice Chair Di Vance\n"
        "\n"
        "2. ORAL COMMUNICATIONS\n"
    )
    assert [(a.surname, a.role) for a in extract_attendees(document, nlp=nlp)] == [
        ("Lunn", "Chair"), ("Pratt", None), ("Rowe", None), ("Vance", "Vice Chair"),
    ]


def test_roll_call_name_post_and_body_a_line(make_document, nlp) -> None:
    document = make_document(
        "1. ROLL CALL\n"
        "Present: Ada Lunn, Chair, City of Eastmere (arrived at 7:37 p.m.)\n"
        "Bo Pratt, Boardmember, City of Eastmere\n"
        "Cy Rowe, Boardmember, Town of Northvale\n"
        "\n"
        "2. ORAL COMMUNICATIONS\n"
    )
    assert [(a.surname, a.role, a.organisation) for a in extract_attendees(document, nlp=nlp)] == [
        ("Lunn", "Chair", "City of Eastmere"),
        ("Pratt", "Boardmember", "City of Eastmere"),
        ("Rowe", "Boardmember", "Town of Northvale"),
    ]


def test_bare_surnames_broken_at_a_line_end(make_document, nlp) -> None:
    document = make_document(
        "1. Roll Call\n"
        "Present: Chair Lunn, Vice Chair Pratt and Commissioners Rowe, Vance, Orme\n"
        "Tarrant, and Wedd.\n"
        "Absent: None\n"
    )
    assert _who(document, nlp) == ["Lunn", "Pratt", "Rowe", "Vance", "Orme", "Tarrant", "Wedd"]
    names = make_document("Present: Ann Lee, Boyd Amble, Lionel\nQuade, Nadia Crane\n\n1. Minutes\n")
    assert _who(names, nlp) == ["Lee", "Amble", "Quade", "Crane"]


def test_bulleted_name_dash_role_lines_under_headings(make_document, nlp) -> None:
    document = make_document(
        "MEMBERS PRESENT\n"
        "• Ann Lee – Chair\n"
        "• Bo Day – Vice Chair\n"
        "OFFICERS PRESENT\n"
        "• Jo Hale – Head of Legal, Eastmere Borough Council\n"
        "\n"
        "1. APOLOGIES\n"
    )
    assert [(a.surname, a.role, a.organisation, a.status) for a in extract_attendees(document, nlp=nlp)] == [
        ("Lee", "Chair", None, "present"),
        ("Day", "Vice Chair", None, "present"),
        ("Hale", "Head of Legal", "Eastmere Borough Council", "in_attendance"),
    ]
    markdown = make_document("## Attendance\n\n- Cy Orr – Chair\n- Di Penn – Treasurer\n\n## Apologies\n\n- Ed Fane\n")
    assert [(a.surname, a.role) for a in extract_attendees(markdown, nlp=nlp)] == [("Orr", "Chair"), ("Penn", "Treasurer")]


def test_titles_inside_a_phrase_are_not_cut(make_document, nlp) -> None:
    document = make_document(
        "Present: Councillors Bray (Chair) and Cotton\n\n"
        "Substitutes: Cllr Jarvis for Cllr Hume, Cllr Kemp in place of Cllr Irwin\n\n1. Minutes\n"
    )
    assert [(a.surname, a.role) for a in extract_attendees(document, nlp=nlp)] == [
        ("Bray", "Chair"), ("Cotton", None), ("Jarvis", "Substitute"), ("Kemp", "Substitute"),
    ]


# --- Apologies written as prose, a bare heading over "None", an "Absent:" list with "(apologies)" -------


def test_apologies_of_absence_provided_for_and_from(make_document, nlp) -> None:
    provided = make_document(
        "Present: Cllr A Bree, Cllr D Corran.\n"
        "1. Apologies\n"
        "Apologies of absence were provided for Cllr Fay Moss and Cllr Lee Wren.\n"
        "2. Minutes\n"
    )
    assert _apologies(provided, nlp) == ["Moss", "Wren"]
    there_were = make_document(
        "Present: Cllr A Bree, Cllr D Corran.\n"
        "12/24 Apologies for Absence There were apologies of absence from Cllr Ida Rowe.\n"
        "13/24 Minutes\n"
    )
    assert _apologies(there_were, nlp) == ["Rowe"]


def test_bare_apologies_heading_over_none_names_no_one(make_document, nlp) -> None:
    none = make_document("Present\nCllr A Bree\nCllr D Corran\nCllr F Moss\n\n1. Apologies\nNone.\n2. Minutes\n")
    assert _apologies(none, nlp) == []
    nil = make_document("Present: Cllr A Bree, Cllr D Corran.\nApologies for absence\nNil\nMinutes of the last meeting\n")
    assert _apologies(nil, nlp) == []


def test_absent_list_marks_who_sent_apologies(make_document, nlp) -> None:
    marked = make_document(
        "Present: Cllr A Bree, Cllr D Corran.\n"
        "Absent: Cllr F Moss (apologies), Cllr L Wren.\n"
        "1. Minutes\n"
    )
    assert _apologies(marked, nlp) == ["Moss"]
    assert _who(marked, nlp) == ["Bree", "Corran"]
    sent = make_document(
        "Present: Cllr A Bree, Cllr D Corran.\n"
        "Members absent: Cllr Ivo Penn (sent apologies) and Cllr Una Cray (Apologies).\n"
        "1. Minutes\n"
    )
    assert _apologies(sent, nlp) == ["Penn", "Cray"]
    unmarked = make_document("Present: Cllr A Bree, Cllr D Corran.\nAbsent: Cllr F Moss, Cllr L Wren.\n1. Minutes\n")
    assert _apologies(unmarked, nlp) == []


# --- An officer or guest given a sentence of their own after the roll ------------------------------------


def test_officer_in_a_sentence_of_their_own(make_document, nlp) -> None:
    the_post = make_document(
        "Present: Cllr A Bree, Cllr D Corran.\n"
        "The Clerk, Jo Pike, was also present.\n"
        "1. Minutes\n"
    )
    assert _people(the_post, nlp)[-1] == ("Jo Pike", None, "Clerk", "in_attendance")
    post_after = make_document(
        "Present: Cllr A Bree, Cllr D Corran.\n"
        "Mrs Una Vale, Parish Clerk, was also in attendance.\n"
        "1. Minutes\n"
    )
    assert _people(post_after, nlp)[-1] == ("Una Vale", "Mrs", "Parish Clerk", "in_attendance")


def test_guest_attending_for_an_item(make_document, nlp) -> None:
    document = make_document(
        "Present: Cllr A Bree, Cllr D Corran.\n"
        "Mr Ian Holt (Highways) attended for item 5.\n"
        "1. Minutes\n"
    )
    guest = extract_attendees(document, nlp=nlp)[-1]
    assert (guest.name, guest.organisation, guest.status) == ("Ian Holt", "Highways", "also_present")
    part = make_document(
        "Present: Cllr A Bree, Cllr D Corran.\n"
        "PCSO Kay Lund was present for part of the meeting.\n"
        "1. Minutes\n"
    )
    assert _who(part, nlp) == ["Bree", "Corran", "Lund"]


def test_also_present_were_the_post_then_its_holder(make_document, nlp) -> None:
    document = make_document(
        "Present: Cllr A Bree, Cllr D Corran.\n"
        "Also present were the Clerk, Jo Pike, and County Councillor Sam Rae.\n"
        "1. Minutes\n"
    )
    assert _people(document, nlp)[2:] == [
        ("Jo Pike", None, "Clerk", "in_attendance"),
        ("Sam Rae", "County Councillor", None, "also_present"),
    ]


def test_sentences_about_other_meetings_or_bodies_add_no_one(make_document, nlp) -> None:
    document = make_document(
        "Present: Cllr A Bree, Cllr D Corran.\n"
        "Cllr Bree attended the meeting on 6 May at the district council.\n"
        "Mr Ole Ward Chairman Eastshire Police Authority and Inspector Day were also present.\n"
        "The owners of the adjacent land were also present.\n"
        "1. Minutes\n"
    )
    assert _who(document, nlp) == ["Bree", "Corran"]


# --- Label leads and separators typed loosely: "1 Present:" (no dot), "Present;", "Attending****:****" ------


def test_item_number_without_a_dot_before_the_label(make_document, nlp) -> None:
    plain = make_document("1 Present: A. Bree - Chairman, Mrs. Corran, F. Moss.\n2 Apologies: L. Wren.\n3 Minutes\n")
    assert _who(plain, nlp) == ["Bree", "Corran", "Moss"]
    wrapped = make_document(
        "Minutes of the meeting held in the Village Hall\n\n"
        "4 Present: I. Penn - Chairman. Mrs. Vale. Mrs. Cray, Miss Orme,\n\n"
        "T. Hale, B. Rudd together with 3 members of the public.\n\n"
        "5 Apologies: Mrs. Lund.\n"
    )
    assert _who(wrapped, nlp) == ["Penn", "Vale", "Cray", "Orme", "Hale", "Rudd"]
    count = make_document("Minutes\n12 members of the public were present.\n1. Minutes\n")
    assert _who(count, nlp) == []


def test_semicolon_after_the_label(make_document, nlp) -> None:
    present = make_document("1. Present; A. Bree - Chairman, Mrs. Corran, F. Moss together with 5 members of the public.\n2. Minutes\n")
    assert _who(present, nlp) == ["Bree", "Corran", "Moss"]
    apologies = make_document("Present: Cllr A Bree, Cllr D Corran.\nApologies; Cllr L Wren.\n1. Minutes\n")
    assert _apologies(apologies, nlp) == ["Wren"]


def test_empty_bold_markers_around_the_label_colon(tmp_path, nlp) -> None:
    from minutebook.ingest import parse_file

    path = tmp_path / "minutes.md"
    path.write_text(
        "Minutes of the meeting\n\n"
        "Those Attending****:**** Cllr A Bree (Chair), Cllr D Corran, Mrs J Pike (Clerk), 4 Members of the Public\n\n"
        "1. Apologies: Cllr F Moss\n",
        encoding="utf-8",
    )
    document = parse_file(path)
    assert _who(document, nlp) == ["Bree", "Corran", "Pike"]
    path.write_text("Minutes\n\n**Present****:** Cllr I Penn, Cllr U Vale\n\n1. Minutes\n", encoding="utf-8")
    assert _who(parse_file(path), nlp) == ["Penn", "Vale"]


# --- A meeting's heading run into its roll on one line (a page flattened by its export) ------------------


def test_roll_after_the_meeting_heading_on_one_line(make_document, nlp) -> None:
    counted = make_document(
        "DRAFT MINUTES OF THE MEETING OF EASTFORD PARISH COUNCIL HELD AT EASTFORD VILLAGE HALL AT 7.30 pm ON "
        "THURSDAY 3 JULY 2025 PRESENT (5 Councillors): - Ada Bree (AB) – Chairman, Dan Corran (DC), Fay Moss (FM). "
        "Clerk: - Ivo Penn 4 members of the public were in attendance.\n"
        "1. Apologies for absence. None.\n"
    )
    assert _who(counted, nlp)[:3] == ["Bree", "Corran", "Moss"]
    run_on = make_document(
        "Page 1 of 5 WESTBY PARISH COUNCIL Minutes of the Ordinary Meeting held on Wednesday 5 March 2025 at 7.00 pm "
        "in Westby Village Hall Present: Cllr Ada Bree (Chair), Cllr Dan Corran, Cllr Fay Moss Also present: "
        "County Councillor Sam Rae 1. Apologies for Absence: Cllr Lee Wren. 2. Declarations of interest: none. "
        "3. Minutes: agreed.\n"
    )
    assert _people(run_on, nlp) == [
        ("Ada Bree", "Cllr", "Chair", "present"),
        ("Dan Corran", "Cllr", None, "present"),
        ("Fay Moss", "Cllr", None, "present"),
        ("Sam Rae", "County Councillor", None, "also_present"),
    ]


def test_present_inside_a_heading_sentence_is_not_a_roll(make_document, nlp) -> None:
    document = make_document(
        "Minutes of the meeting held on 5 March 2025 at 7.00 pm. Those present heard a talk on the village "
        "hall roof.\n"
        "1. Apologies\n"
    )
    assert _who(document, nlp) == []
    lower = make_document("The meeting in the Hall present: a talk on the Hall roof by Ada Bree.\n1. Minutes\n")
    assert _who(lower, nlp) == []


def test_dash_after_the_label_colon_and_a_role_dash_typed_glued(make_document, nlp) -> None:
    glued = make_document("Present: - Mrs Ada Bree -Chairman, Mr Dan Corran, Mrs Fay Moss.\n1. Minutes\n")
    assert _people(glued, nlp)[0] == ("Ada Bree", "Mrs", "Chairman", "present")
    assert _who(glued, nlp) == ["Bree", "Corran", "Moss"]
    counted = make_document("PRESENT (4 Councillors): - Ivo Penn (IP) – Chairman, Una Vale (UV), Tam Hale (TH).\n1. Minutes\n")
    assert _who(counted, nlp) == ["Penn", "Vale", "Hale"]


# --- An untitled person straight after a titled one in a flattened list --------------------------------


def test_untitled_clerk_after_the_last_councillor_is_cut_off(make_document, nlp) -> None:
    clerk = make_document(
        "Present: Cllr Ada Bree (Chair) Cllr Dan Corran Cllr Fay Moss Cllr Lee Wren Jo Pike (Parish Clerk)\n"
        "1. Apologies\n"
    )
    assert _people(clerk, nlp)[-2:] == [
        ("Lee Wren", "Cllr", None, "present"),
        ("Jo Pike", None, "Parish Clerk", "in_attendance"),
    ]
    middle = make_document(
        "Present: Councillor Ivo Penn, Councillor Una Vale Tam Hale (Clerk), Councillor Bo Rudd.\n1. Minutes\n"
    )
    assert _who(middle, nlp) == ["Penn", "Vale", "Hale", "Rudd"]


def test_four_word_titled_names_stay_whole_without_two_word_peers(make_document, nlp) -> None:
    particle = make_document("Present: Cllr Ada Bree, Cllr Dan Corran, Cllr Mary Ann Van Dyke\n1. Minutes\n")
    assert _who(particle, nlp)[-1] == "Van Dyke"
    alone = make_document("Present: Cllr Ada Bree Fay Moss, Cllr D Corran\n1. Minutes\n")
    assert [person[0] for person in _people(alone, nlp)] == ["Ada Bree Fay Moss", "D Corran"]  # one peer only: no cut


# --- Lists run on one line, lists ended by a sentence or a dotted item number ---------------------------


def test_absent_label_after_a_stop_ends_the_present_list(make_document, nlp) -> None:
    document = make_document(
        "Members Present: Ada Bree, Dan Corran, Fay Moss. Members Absent: Lee Wren. "
        "Staff Present: Jo Pike (Clerk), Tam Hale (Engineer)\n"
        "CALL TO ORDER\n"
    )
    assert _people(document, nlp) == [
        ("Ada Bree", None, None, "present"),
        ("Dan Corran", None, None, "present"),
        ("Fay Moss", None, None, "present"),
        ("Jo Pike", None, "Clerk", "in_attendance"),
        ("Tam Hale", None, "Engineer", "in_attendance"),
    ]
    apologies = make_document("Present: Cllr A Bree, Cllr D Corran; Apologies: Cllr F Moss.\n1. Minutes\n")
    assert _who(apologies, nlp) == ["Bree", "Corran"]


def test_a_sentence_after_the_list_is_not_a_person(make_document, nlp) -> None:
    chair = make_document(
        "Present: Cllr Ada Bree, Cllr Dan Corran\nThe Chair offered apologies for the late start.\n1. Minutes\n"
    )
    assert _who(chair, nlp) == ["Bree", "Corran"]
    words = make_document(
        "Present: Cllr Ada Bree, Cllr Dan Corran\nthree residents asked about the state of the footpath\n1. Minutes\n"
    )
    assert _who(words, nlp) == ["Bree", "Corran"]
    guests = make_document("Present\nCouncillors A Bree (Chair), D Corran and\nCouncillor F Moss plus ten guests\n1. Minutes\n")
    assert _who(guests, nlp) == ["Bree", "Corran", "Moss"]


def test_dotted_item_number_ends_the_list(make_document, nlp) -> None:
    document = make_document(
        "Present\nCouncillors A Bree (Chair), D Corran, F Moss\n24.01.2 Register of Interests\nNo interests declared\n"
    )
    assert _who(document, nlp) == ["Bree", "Corran", "Moss"]
    slashed = make_document("Present: Cllr Ada Bree, Cllr Dan Corran\n21/04 Minutes of the last meeting\n")
    assert _who(slashed, nlp) == ["Bree", "Corran"]


def test_initialled_name_straight_after_a_bracket(make_document, nlp) -> None:
    document = make_document("Present\nCouncillors A Bree (Chair) D Corran, F Moss and L Wren\n1. Minutes\n")
    assert _people(document, nlp)[:2] == [
        ("A Bree", "Councillor", "Chair", "present"),
        ("D Corran", "Councillor", None, "present"),
    ]
    body = make_document("Present: Ann Lee (Chair) County Police, Bo Day\n1. Minutes\n")
    assert _who(body, nlp) == ["Lee", "Day"]


def test_public_count_in_words_names_no_one(make_document, nlp) -> None:
    document = make_document("Present\nCouncillors A Bree (Chair), D Corran\nMembers of the Public - One Member\n1. Minutes\n")
    assert _who(document, nlp) == ["Bree", "Corran"]
    two = make_document("Present: Cllr A Bree, Cllr D Corran\nPublic: two residents\n1. Minutes\n")
    assert _who(two, nlp) == ["Bree", "Corran"]


# --- A parish list whose lines ran together: posts and initialled names without separators --------------


def test_post_between_two_people_opens_the_next_entry(make_document, nlp) -> None:
    clerk = make_document(
        "Present\nCouncillors A Bree (Chair), D Corran, F Moss and\nL Wren Clerk J Pike Mr T Hale as Footpath Warden\n"
        "24.01.2 Register of Interests\n"
    )
    assert _people(clerk, nlp) == [
        ("A Bree", "Councillor", "Chair", "present"),
        ("D Corran", "Councillor", None, "present"),
        ("F Moss", "Councillor", None, "present"),
        ("L Wren", "Councillor", None, "present"),
        ("J Pike", None, "Clerk", "in_attendance"),
        ("T Hale", "Mr", "Footpath Warden", "present"),
    ]
    titled = make_document("Present: Councillors A Bree, D Corran and F Moss\nL Wren, NDC Clerk Mrs J Pike\n1. Minutes\n")
    people = _people(titled, nlp)
    assert [person[0] for person in people] == ["A Bree", "D Corran", "F Moss", "L Wren", "J Pike"]
    assert people[-1][1:3] == ("Mrs", "Clerk")


def test_words_of_one_post_are_not_cut_apart(make_document, nlp) -> None:
    document = make_document(
        "PRESENT: Ms R Ode, Assistant Chief Constable K. Marr, Mr B Lowe and Deputy Clerk J Pike\n1. Minutes\n"
    )
    assert _who(document, nlp) == ["Ode", "Marr", "Lowe", "Pike"]


def test_two_initialled_names_run_together(make_document, nlp) -> None:
    document = make_document("Present\nCouncillors A Bree (Chair), D Corran and F Moss L Wren\n1. Minutes\n")
    assert _who(document, nlp) == ["Bree", "Corran", "Moss", "Wren"]
    one = make_document("Present: Cllr J R Corran, Cllr A Bree\n1. Minutes\n")
    assert _who(one, nlp) == ["Corran", "Bree"]


# --- The chair's welcome names the guests; community associations' lists --------------------------------


def test_welcome_sentence_names_those_present(make_document, nlp) -> None:
    listed = make_document(
        "Minutes of the Community Council\n\nThe Chair welcomed those present: Ada Bree, Dan Corran and Fay Moss.\n\n1. Minutes\n"
    )
    assert [(a.name, a.status) for a in extract_attendees(listed, nlp=nlp)] == [
        ("Ada Bree", "present"), ("Dan Corran", "present"), ("Fay Moss", "present"),
    ]
    guests = make_document(
        "Present: Cllr A Bree, Cllr D Corran\n\nCllr Bree welcomed PC Dan Rook and PCSO Amy Vale from the Police to the meeting.\n"
        "\n1. Minutes\n"
    )
    assert _people(guests, nlp)[2:] == [("Dan Rook", "PC", None, "also_present"), ("Amy Vale", "PCSO", None, "also_present")]
    assert [a.organisation for a in extract_attendees(guests, nlp=nlp)][2:] == ["Police", "Police"]


def test_welcomes_that_name_no_guest(make_document, nlp) -> None:
    document = make_document(
        "Present: Cllr A Bree, Cllr D Corran\n\n"
        "The Mayor welcomed Members to the meeting. Ada welcomed everyone at 7 pm. Members welcomed the new Mill Bridge.\n"
        "Cllr Bree welcomed Cllr Corran back after his illness.\n\n1. Minutes\n"
    )
    assert _who(document, nlp) == ["Bree", "Corran"]


def test_all_board_members_and_general_members_lists(make_document, nlp) -> None:
    board = make_document("Notes of the retreat\n\nAll Board members present: Ada Bree, Dan Corran, and Fay Moss\n\nThe group met.\n")
    assert _who(board, nlp) == ["Bree", "Corran", "Moss"]
    members = make_document(
        "- Directors Present: Ada Bree, Dan Corran\n- General Members Present: Fay Moss, Lee Wren\n\n### Welcome\n"
    )
    assert [(a.surname, a.status) for a in extract_attendees(members, nlp=nlp)] == [
        ("Bree", "present"), ("Corran", "present"), ("Moss", "also_present"), ("Wren", "also_present"),
    ]


def test_couple_sharing_a_surname_in_a_list_of_full_names(make_document, nlp) -> None:
    couple = make_document("Attendees: Ada Bree, Dan Corran, Tess and Matt Orwin, Fay Moss\n\n1. Minutes\n")
    assert [a.name for a in extract_attendees(couple, nlp=nlp)] == ["Ada Bree", "Dan Corran", "Tess Orwin", "Matt Orwin", "Fay Moss"]
    surnames = make_document("Commissioners present: Lunn, Pratt and Ann Rowe\n\n1. Minutes\n")
    assert _who(surnames, nlp) == ["Lunn", "Pratt", "Rowe"]


def test_name_and_body_after_an_officer_is_another_person(make_document, nlp) -> None:
    document = make_document(
        "Present\nCouncillors A Bree (Chair), D Corran\nClerk J Pike, Allan Reed Northvale District Council\n"
        "Members of the Public - None\n"
    )
    assert _who(document, nlp) == ["Bree", "Corran", "Pike", "Reed"]
    post = make_document("In attendance: Jo Hale, Clerk, Laura Quist, Eastshire Audit Partnership\n")
    assert [(a.surname, a.organisation) for a in extract_attendees(post, nlp=nlp)] == [
        ("Hale", None), ("Quist", "Eastshire Audit Partnership"),
    ]


def test_roll_call_heading_over_a_register_table(make_document, nlp) -> None:
    register = make_document(
        "# Minutes\n\n## Roll Call\n\n| Name | Present/Absent |\n|---|---|\n| Ada Bree | Present |\n| Dan Corran | Present |\n"
        "| Fay Moss | Absent |\n| Lee Wren | Excused |\n\n## 1. Minutes\n",
        name="roll.md",
    )
    assert _who(register, nlp) == ["Bree", "Corran"]
    assert _apologies(register, nlp) == ["Wren"]
    status = make_document(
        "ROLL CALL\n\n| Member | Status |\n|---|---|\n| Cllr Ada Bree | Present |\n| Cllr Dan Corran | Apologies |\n\n1. Minutes\n",
        name="status.md",
    )
    assert _who(status, nlp) == ["Bree"]
    assert _apologies(status, nlp) == ["Corran"]


def test_others_and_visitors_attending_labels(make_document, nlp) -> None:
    others = make_document(
        "**Members present:** Ada Bree (chair); Dan Corran\n**Members absent:** None\n"
        "**Others attending:** Fay Moss, Treasurer (guest); Lee Wren\n\n### 1. Call to Order\n",
        name="others.md",
    )
    assert [(a.surname, a.status) for a in extract_attendees(others, nlp=nlp)] == [
        ("Bree", "present"), ("Corran", "present"), ("Moss", "also_present"), ("Wren", "also_present"),
    ]
    visitors = make_document(
        "- Directors Present: Ada Bree, Dan Corran\n"
        "- Other Visitors Present: Fay Moss, Senior Planner, City of Eastmere; Lee Wren, Outreach Coordinator, City of Eastmere\n"
        "\n### Welcome\n"
    )
    assert [(a.surname, a.role, a.status) for a in extract_attendees(visitors, nlp=nlp)][2:] == [
        ("Moss", "Senior Planner", "also_present"), ("Wren", "Outreach Coordinator", "also_present"),
    ]


def test_visitors_grouped_under_the_body_they_came_from(make_document, nlp) -> None:
    document = make_document(
        "- Directors Present: Ada Bree, Dan Corran\n- Other Visitors Present:\n"
        "  - Riverside Housing: Fay Moss (CEO), Lee Wren\n  - Northvale College: Tam Hale, Jo Pike\n\n### Welcome\n",
        name="grouped.md",
    )
    assert [(a.surname, a.role, a.organisation) for a in extract_attendees(document, nlp=nlp)][2:] == [
        ("Moss", "CEO", "Riverside Housing"), ("Wren", None, "Riverside Housing"),
        ("Hale", None, "Northvale College"), ("Pike", None, "Northvale College"),
    ]
    # A post before the colon is a "Post: Person" line, not a body.
    post = make_document("Present: Cllr Ada Bree, Cllr Dan Corran\nClerk: Jo Pike\n\n1. Minutes\n")
    assert [(a.surname, a.role, a.organisation) for a in extract_attendees(post, nlp=nlp)][-1] == ("Pike", "Clerk", None)


# --- The presiding officer named only in the call to order ---------------------------------------


def test_presiding_officer_from_the_call_to_order(make_document, nlp) -> None:
    called_by = make_document(
        "MINUTES OF THE BOARD\n\nThe meeting was called to order at 7:00 pm by President K Lowry.\n\n1. Minutes\nApproved.\n"
    )
    assert _people(called_by, nlp) == [("K Lowry", "President", "President", "present")]
    calls = make_document(
        "Call to Order\nChair B Tarn called the meeting to order at 6:30 p.m.\n\n"
        "Roll call\nPresent: Commissioners C Rudd and E Fenn\n"
    )
    assert _who(calls, nlp) == ["Rudd", "Fenn", "Tarn"]
    clerk = make_document("Town Clerk Ann Birch called the meeting to order and took nominations for chair.\n")
    assert _people(clerk, nlp) == [("Ann Birch", None, "Town Clerk", "in_attendance")]


def test_call_to_order_adds_no_one_already_listed_or_unposted(make_document, nlp) -> None:
    listed = make_document(
        "Call to Order\nChair B Tarn called the meeting to order at 6:30 p.m.\n\n"
        "Present: Chair Bea Tarn, Commissioners C Rudd and E Fenn\n"
    )
    assert _who(listed, nlp) == ["Tarn", "Rudd", "Fenn"]
    assert _who(make_document("Jo Hale called the meeting to order at 7 pm.\n"), nlp) == []
    assert _who(make_document("The meeting was called to order by the Chair at 7 pm.\n"), nlp) == []


# --- Wrapped lists of full names broken at a line end; capital sub-labels; "Title Name, Post" rows --


def test_name_broken_at_the_line_end_of_a_wrapped_list(make_document, nlp) -> None:
    titled = make_document(
        "PRESENT:\n"
        "Cllr. Ann Harlow, Cllr. Bram Tecker, Cllr. Marian\n"
        "Quillby, Cllr. Wes O’\n"
        "Dornan, Cllr. Gil Mossop, Cllr.\n"
        "Lisa Jo Farrant, Ms. T. Venn\n"
        "APOLOGIES:\nCllr. Dee Marr\n"
    )
    assert _who(titled, nlp) == ["Harlow", "Tecker", "Quillby", "Dornan", "Mossop", "Farrant", "Venn"]
    untitled = make_document(
        "MEMBERS PRESENT:\n"
        "Orla Brannock, Dermot Fahy, Kieran Joyce Mallon, Pia Zand Al\n"
        "Hassan, Brid Nolan\n\n1. Minutes\n"
    )
    assert _who(untitled, nlp) == ["Brannock", "Fahy", "Mallon", "Al Hassan", "Nolan"]
    # Bare surnames: a lone word on the next line is a member of its own.
    surnames = make_document("Present: Councillors Lunn, Pratt, Rowe, Vance\nOrr and Tate.\n\n1. Minutes\n")
    assert _who(surnames, nlp) == ["Lunn", "Pratt", "Rowe", "Vance", "Orr", "Tate"]


def test_sub_labels_inside_a_members_list(make_document, nlp) -> None:
    document = make_document(
        "MEMBERS PRESENT:\n"
        "Councillors:\n"
        "Orla Brannock, Dermot Fahy\n"
        "SECTORAL INTERESTS/ PPN NOMINEES: Conal Reddy, (Farming), Ita Marsh\n"
        "(Conservation).\n"
        "OFFICIALS PRESENT:\n"
        "Fergal Hynes, Rita Lowry, Trade & Investment; Ann Rice, Forward Planning.\n\n"
        "Item 1\nRoads\n"
    )
    assert _people(document, nlp)[:2] == [
        ("Orla Brannock", "Councillor", None, "present"),
        ("Dermot Fahy", "Councillor", None, "present"),
    ]
    assert _who(document, nlp) == ["Brannock", "Fahy", "Reddy", "Marsh", "Hynes", "Lowry", "Rice"]
    assert [a.organisation for a in extract_attendees(document, nlp=nlp)][2] == "Farming"


def test_titled_name_then_post_one_a_line(make_document, nlp) -> None:
    document = make_document(
        "IN ATTENDANCE:\n"
        "Mr. P. Dowd, Director of Service\n"
        "Mr. D. Brannigan, County Librarian\n"
        "Ms. J. Hale, Archivist\n"
        "Ms. P. Stapleford, Eastvale Arts Network\n"
        "Ms. K. Lorne, Healthy Eastvale Co-ordinator\n"
        "Item 1:\nMinutes\n"
    )
    assert [(a.surname, a.role, a.organisation) for a in extract_attendees(document, nlp=nlp)] == [
        ("Dowd", "Director of Service", None),
        ("Brannigan", None, "County Librarian"),
        ("Hale", None, "Archivist"),
        ("Stapleford", None, "Eastvale Arts Network"),
        ("Lorne", "Healthy Eastvale Co-ordinator", None),
    ]
    # A second person after the comma is no post: the rows are read as a list.
    pairs = make_document("Present:\nCllr A Rudd, Cllr B Fenn\nCllr C Tarn, Cllr D Pike\nMr E Lowe, Mrs F Kerr\n\n1. Minutes\n")
    assert _who(pairs, nlp) == ["Rudd", "Fenn", "Tarn", "Pike", "Lowe", "Kerr"]


def test_officials_post_with_its_own_bracket_and_messrs(make_document, nlp) -> None:
    document = make_document(
        "MEMBERS PRESENT:\nCouncillors Dunne, Galway.\n"
        "OFFICIALS IN ATTENDANCE:\n"
        "A/Director of Support Services (Finance, HR and ICT) (Mr. S. Coyle),\n"
        "Senior Staff Officer (Mr. W. Roe), Executive Engineers (Messrs. J. Lyons and J.\n"
        "Shee).\n\n1. Adoption of Minutes\n"
    )
    officials = [(a.name, a.title, a.role) for a in extract_attendees(document, nlp=nlp)][2:]
    assert officials == [
        ("S Coyle", "Mr", "A/Director of Support Services (Finance, HR and ICT)"),
        ("W Roe", "Mr", "Senior Staff Officer"),
        ("J Lyons", "Mr", "Executive Engineer"),
        ("J Shee", "Mr", "Executive Engineer"),
    ]


def test_staff_and_visitors_present_label(make_document, nlp) -> None:
    document = make_document(
        "Present: Mayor Tom Pell, Councillors Lin Ash and Liz Orme.\n"
        "Regrets: Councillor Tom Bute\n"
        "Staff and visitors present: Wendy Aldous, Rick Mellor and Jo Tarrant.\n"
        "The meeting was called to order at 6:30 p.m.\n"
    )
    assert _who(document, nlp) == ["Pell", "Ash", "Orme", "Aldous", "Mellor", "Tarrant"]
    assert _apologies(document, nlp) == ["Bute"]
    visitors = make_document("Present: Cllr A Rudd, Cllr B Fenn\nStaff and guests present: Kay Lund (Clerk)\n\n1. Minutes\n")
    assert _who(visitors, nlp) == ["Rudd", "Fenn", "Lund"]


def test_committee_members_and_other_board_members_labels(make_document, nlp) -> None:
    document = make_document(
        "A. Call to Order\nCommittee Chair Lund called the meeting to order at 3:01 p.m.\n"
        "Committee members in attendance:\nCommittee Chair Lund, Chair Tarn, and\nDirectors Orme, Pike\n"
        "Other Board members present:\nDirectors Bray (arrived late), Cole\n"
        "Others present:\nGeneral Manager Rusk\n"
        "B. Motion to Move into Executive Session\n"
    )
    people = [(a.surname, a.status) for a in extract_attendees(document, nlp=nlp)]
    assert people == [
        ("Lund", "present"), ("Tarn", "present"), ("Orme", "present"), ("Pike", "present"),
        ("Bray", "also_present"), ("Cole", "also_present"), ("Rusk", "also_present"),
    ]
    council = make_document("Other council members attending: Cllr A Rudd\nCommittee members present: Cllr B Fenn\n\n1. Minutes\n")
    assert [(a.surname, a.status) for a in extract_attendees(council, nlp=nlp)] == [("Rudd", "also_present"), ("Fenn", "present")]


def test_label_with_a_bare_count_in_brackets(make_document, nlp) -> None:
    document = make_document(
        "The roll was called.\nPresent (3): Tam Aljon, Chad Anogo, Jay Menzo\nAbsent (1): Ella Shelstop\n\n1. Minutes\n"
    )
    assert _who(document, nlp) == ["Aljon", "Anogo", "Menzo"]
    worded = make_document("PRESENT (4 Councillors): Cllr A Rudd, Cllr B Fenn\n\n1. Minutes\n")
    assert _who(worded, nlp) == ["Rudd", "Fenn"]


def test_attendance_sentence_with_a_description_after_a_name(make_document, nlp) -> None:
    document = make_document(
        "Chair Ann Lowe called the meeting to order at 6:30 pm. Board members present were supervisors Ann Lowe "
        "and Bo Marr, and clerk Ed Pyle. Also present was Fay Quill and Gus Rowe web heads and Hal Sykes. "
        "Those present repeated the pledge to the flag.\n"
    )
    assert _who(document, nlp) == ["Lowe", "Marr", "Pyle", "Quill", "Rowe", "Sykes"]
    # A sentence about something, not people, still names no one.
    prose = make_document("Present were concerns about the road and the bridge repairs.\n")
    assert _who(prose, nlp) == []


def test_staff_rows_under_their_label_with_posts(make_document, nlp) -> None:
    # A PDF table row may hold the label in one cell and the whole one-a-line list run together in the next.
    cell = make_document(
        "1. ROLL CALL\nPresent: Chair Jo Ames, Commissioners Al Bird, Cy Cole\n"
        "Staff:\tDale Lind, Acting Director (AD) Jan Kraus, Senior Services Manager (SSM) Pat Russ, Recreation Supervisor (RS)\n"
        "2. APPROVAL OF MINUTES\n"
    )
    assert [(a.surname, a.role) for a in extract_attendees(cell, nlp=nlp)][3:] == [
        ("Lind", "Acting Director (AD)"), ("Kraus", "Senior Services Manager (SSM)"), ("Russ", "Recreation Supervisor (RS)"),
    ]
    untitled = make_document(
        "Members Present:\nJohn Knox\nMia Kruger\nStaff Present:\nOmar Khan, Supervising Civil Engineer\n"
        "Barb Berg, Program Specialist II\n3. AGENDA CHANGES\n"
    )
    assert [(a.surname, a.role) for a in extract_attendees(untitled, nlp=nlp)][2:] == [
        ("Khan", "Supervising Civil Engineer"), ("Berg", "Program Specialist II"),
    ]
    # Two people a line, no post: each is read.
    pairs = make_document("Staff Present:\nOmar Khan, Barb Berg\nLee Tan, Kay Orr\n\n3. AGENDA CHANGES\n")
    assert [a.surname for a in extract_attendees(pairs, nlp=nlp)] == ["Khan", "Berg", "Tan", "Orr"]


def test_named_staff_labels(make_document, nlp) -> None:
    document = make_document(
        "Present were: Chair Cambo and Vice Chair Sully; Members Fried, Griff, and Murr\n"
        "Committee Staff:\tJenna Kaufer\nCity Attorney Staff: Jon Lee\n2. AGENDA CHANGES\n"
    )
    assert [(a.surname, a.status) for a in extract_attendees(document, nlp=nlp)][-2:] == [
        ("Kaufer", "in_attendance"), ("Lee", "in_attendance"),
    ]
    # "Report from staff:" is an item, not a list of staff.
    report = make_document("Present: Cllr A Rudd\n\n4. Report from staff: the road repairs are done.\n")
    assert [a.surname for a in extract_attendees(report, nlp=nlp)] == ["Rudd"]


def test_label_cell_then_a_list_cell_reads_as_a_list(make_document, nlp) -> None:
    # A blank first cell, the label, then the list: "Name, Post Name, Post" written as in a sentence.
    document = make_document(
        "ROLL CALL\tPresent:\tMara Stick, President Tom Amara, Vice President Deb Gibb\n"
        "\tStaff:\tMarlo Romer, Acting Library Director Lori Amay, Recording Secretary\n"
        "NON-AGENDA PUBLIC COMMENT\nNone.\n"
    )
    assert [(a.surname, a.status) for a in extract_attendees(document, nlp=nlp)][-2:] == [
        ("Romer", "in_attendance"), ("Amay", "in_attendance"),
    ]
    assert "Staff" not in [a.name for a in extract_attendees(document, nlp=nlp)]
