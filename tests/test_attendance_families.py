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
