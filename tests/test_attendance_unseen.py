"""Rolls written as sentences that councils nobody on the project had read use: a sentence a line with no full
stop, a roll of office holders closed by "were present", and a post before its titled holder. Each family in
two forms, with a lookalike that names no one. Every name and place is invented."""

from __future__ import annotations

from minutebook.extract.attendance import extract_attendees


def _people(document, nlp):
    return [(a.surname, a.role, a.status) for a in extract_attendees(document, nlp=nlp)]


def _who(document, nlp):
    return [a.surname for a in extract_attendees(document, nlp=nlp)]


# --- one "… were present" sentence a line, no full stops ----------------------------------------------


def test_were_present_at_each_line_end_without_stops(make_document, nlp) -> None:
    document = make_document(
        "Minutes of a meeting of Upper Fenwick Parish Council held on 3rd June 2021\n"
        "Present: Cllrs A Marlow, B Tennant and C Oduya.\n"
        "District Cllrs Pellow and Brack were present\n"
        "Clerk to the Council, Mrs D Hewitt was present\n"
        "No members of public were present\n"
        "\n"
        "1. Apologies\n"
    )
    assert _who(document, nlp) == ["Marlow", "Tennant", "Oduya", "Pellow", "Brack", "Hewitt"]
    other = make_document(
        "Minutes of the Lowmoor Village Council meeting, 9 May 2022\n"
        "Present: Cllrs E Garside and F Lumb.\n"
        "County Cllr Ruddock was present\n"
        "Clerk, Mr G Pace and Assistant Clerk, Ms H Quayle were in attendance\n"
        "\n"
        "1. Minutes\n"
    )
    people = _people(other, nlp)
    assert [p[0] for p in people] == ["Garside", "Lumb", "Ruddock", "Pace", "Quayle"]
    assert people[3][1] == "Clerk" and people[4][1] == "Assistant Clerk"


def test_a_line_ending_were_present_in_the_business_is_no_roll(make_document, nlp) -> None:
    document = make_document(
        "Present: Cllrs J Rowe and K Senior.\n"
        "\n"
        "4. Open space\n"
        "Concerns about the hedge were present\n"
        "Residents raised the matter again.\n"
    )
    assert _who(document, nlp) == ["Rowe", "Senior"]


# --- office holders closed by "were present" ----------------------------------------------------------


def test_office_holders_then_were_present(make_document, nlp) -> None:
    document = make_document(
        "Town Board Minutes for March 4, 2019\n"
        "\n"
        "Call to Order: The meeting opened at 7 p.m. at the Town Hall, 12 Mill Road. Supervisor L Brandt, "
        "Clerk M Ostler, Treasurer N Voss, and Constable P Quill were present.  R Tamm was absent.\n"
        "\n"
        "Public Comment: none\n"
    )
    assert _who(document, nlp)[:3] == ["Brandt", "Ostler", "Voss"]
    assert "Tamm" not in _who(document, nlp)
    other = make_document(
        "Regular meeting, June 2, 2020\n"
        "\n"
        "Chairman Ray Olde, Supervisor Sue Penn and Clerk Vic Hart were present.\n"
    )
    assert _who(other, nlp) == ["Olde", "Penn", "Hart"]


def test_honorifics_alone_before_were_present_are_no_roll(make_document, nlp) -> None:
    document = make_document(
        "Regular meeting, June 2, 2020\n"
        "\n"
        "Mr Ray Olde and Mrs Sue Penn were present with their dog on the green last week.\n"
    )
    assert _who(document, nlp) == []


# --- a post alone in a list is no one; "…, absent." ends the roll -------------------------------------


def test_a_post_written_beside_the_names_is_no_person(make_document, nlp) -> None:
    document = make_document(
        "Monthly Meeting Minutes\n"
        "\n"
        "- Present: Ola Brandvik, Chairman, Tim Hesk & Roy Lunde, Town Supervisors, & Ada Noor, Clerk/Treasurer.\n"
        "- The meeting was called to order at 7 pm.\n"
    )
    assert _who(document, nlp) == ["Brandvik", "Hesk", "Lunde", "Noor"]
    other = make_document(
        "Present: Supervisor, Ida Ruud; Town Councilmen, Sam Tovey, Gus Pell.\n"
        "\n"
        "1. Minutes\n"
    )
    assert "Councilmen" not in " ".join(a.name for a in extract_attendees(other, nlp=nlp))
    assert {"Ruud", "Tovey", "Pell"} <= set(_who(other, nlp))


def test_a_titled_surname_that_is_also_a_post_word_is_kept(make_document, nlp) -> None:
    document = make_document("Present: Cllr A Marsh, Mr Lead, Councillor Hall.\n\n1. Minutes\n")
    assert _who(document, nlp) == ["Marsh", "Lead", "Hall"]


def test_a_line_naming_who_was_absent_ends_the_roll(make_document, nlp) -> None:
    document = make_document(
        "Present: Supervisor, Jean Orme; Councilmen, Tad Wyle, Ben Fosse.\n"
        "Others present - Highway Superintendent, Ron Ulver.\n"
        "Town Clerk, Ada Quill, absent.\n"
        "\n"
        "Pledge of Allegiance.\n"
    )
    assert "Quill" not in _who(document, nlp)
    assert "Ulver" in _who(document, nlp)
    other = make_document(
        "PRESENT: Cllrs P Amos, R Bligh\n"
        "Cllr T Crane was absent\n"
        "\n"
        "1. Apologies\n"
    )
    assert _who(other, nlp) == ["Amos", "Bligh"]


# --- a list printed in capitals ----------------------------------------------------------------------


def test_a_list_printed_in_capitals(make_document, nlp) -> None:
    document = make_document(
        "PRESENT: CLLRS: MR. T. WARBECK (CHAIRMAN), MRS. L. ORRIN, P. QUENBY, S.DALE (Clerk) and 4 members of the public\n"
        "1. Apologies for absence\n"
    )
    people = _people(document, nlp)
    assert [p[0] for p in people] == ["Warbeck", "Orrin", "Quenby", "Dale"]
    assert people[0][1] == "Chairman" and people[3][1] == "Clerk"
    other = make_document(
        "Present:\n"
        "COUNCILLOR ANNA O'NEILL (CHAIR), COUNCILLOR BRIAN MCKAY, COUNCILLOR CARYS LLOYD-HUGHES\n"
        "\n"
        "1. MINUTES\n"
    )
    assert _who(other, nlp) == ["O'Neill", "Mckay", "Lloyd-Hughes"]


def test_a_list_in_mixed_case_keeps_its_acronyms(make_document, nlp) -> None:
    document = make_document("Present: Cllr Ann Lee (NALC), Cllr Bo Day (SLCC), Mr Cy Orr.\n\n1. Minutes\n")
    people = extract_attendees(document, nlp=nlp)
    assert [a.surname for a in people] == ["Lee", "Day", "Orr"]
    assert people[0].organisation == "NALC"


# --- an apologies list under a bare label ends where the business starts ----------------------------


def test_apologies_under_a_bare_label_end_at_the_first_sentence_of_business(make_document, nlp) -> None:
    from minutebook.extract.apologies import extract_apologies

    document = make_document(
        "APOLOGIES:\n"
        "\n"
        "Councillor Whelan.\n"
        "\n"
        "The outgoing Cathaoirleach, Councillor Drury, opened the Meeting and thanked the\n"
        "\n"
        "Members, Director, Meetings Administrator, Roads and Housing staff for their help.\n"
    )
    assert [a.surname for a in extract_apologies(document, nlp=nlp)] == ["Whelan"]
    other = make_document(
        "Apologies:\n"
        "Cllr R Frame, Cllr T Osei.\n"
        "It was agreed that the reasons for absence be accepted by the members present.\n"
        "Cllr Hart took the Chair.\n"
    )
    assert [a.surname for a in extract_apologies(other, nlp=nlp)] == ["Frame", "Osei"]


def test_apologies_one_a_line_under_a_bare_label_are_all_read(make_document, nlp) -> None:
    from minutebook.extract.apologies import extract_apologies

    document = make_document("Apologies:\nCllr R Frame.\nCllr T Osei.\nMr V Lund.\n\n2. Minutes\n")
    assert [a.surname for a in extract_apologies(document, nlp=nlp)] == ["Frame", "Osei", "Lund"]


# --- "Members:" / "Other Attendees:" / "Administration:" alone on their lines; "Post (Name)" a line ------


def test_members_and_other_attendees_labels_with_post_then_bracketed_holder(make_document, nlp) -> None:
    document = make_document(
        "PRESENT\n"
        "\n"
        "Members:\n"
        "\n"
        "Mayor Rita Calloway (Mayor)\n"
        "\n"
        "Councillor Owen Brace\n"
        "\n"
        "Councillor Pia Lund\n"
        "\n"
        "Other Attendees:\n"
        "\n"
        "Chief Executive Officer (Dr Hal Ferris)\n"
        "\n"
        "Director Community Infrastructure (Nia Stroud)\n"
        "\n"
        "Group Manager Governance (Ted Bowles)\n"
        "\n"
        "Governance Officer (Una Pike)\n"
        "\n"
        "The meeting opened at 3:01pm.\n"
    )
    people = _people(document, nlp)
    assert [p[0] for p in people] == ["Calloway", "Brace", "Lund", "Ferris", "Stroud", "Bowles", "Pike"]
    assert people[3][1] == "Chief Executive Officer" and people[6][1] == "Governance Officer"


def test_administration_alone_on_its_line_lists_the_officers(make_document, nlp) -> None:
    document = make_document(
        "Present:\n"
        "\n"
        "Ada Marsh, Mayor\n"
        "\n"
        "Ben Tolley, Councillor\n"
        "\n"
        "Cara Vint, Councillor\n"
        "\n"
        "Administration:\n"
        "\n"
        "Dev Rana, Chief Administrative Officer\n"
        "\n"
        "Eve Lasko, Legislative Officer\n"
        "\n"
        "1.  Call to Order\n"
    )
    assert _who(document, nlp) == ["Marsh", "Tolley", "Vint", "Rana", "Lasko"]


def test_administration_in_a_sentence_starts_no_list(make_document, nlp) -> None:
    document = make_document(
        "Present: Cllr A Marsh, Cllr B Tolley.\n"
        "\n"
        "4. Finance\n"
        "Administration: the Clerk reported that the audit was complete.\n"
    )
    assert _who(document, nlp) == ["Marsh", "Tolley"]


# --- prose rolls: how or where they attended after the verb; "Name, Post; Name, Post were …" -------------


def test_were_in_attendance_then_where_or_how(make_document, nlp) -> None:
    document = make_document(
        "1. Call to Order\n"
        "Mayor Ostby called the Meeting to order at 10:00 a.m. Deputy Mayor D. Kell and Councillors R. Amis and M. Pryde "
        "were in attendance in Council Chambers.\n"
        "Councillors P. Wren and E. Yule were in attendance electronically.\n"
        "Councillor T. Rusk was absent.\n"
        "CAO R. Tate, City Clerk C. Rigg and Directors S. Bloom and J. Roma were also in attendance via Zoom.\n"
    )
    who = _who(document, nlp)
    assert ["Kell", "Amis", "Pryde", "Wren", "Yule", "Tate", "Rigg", "Bloom", "Roma"] == [w for w in who if w != "Ostby"]
    assert "Rusk" not in who


def test_name_comma_post_pairs_before_were_also_in_attendance(make_document, nlp) -> None:
    document = make_document(
        "Roll Call\n"
        "The Clerk called the Roll with all members present.\n"
        "Kit Warne, Chief Administrative Officer; Tara Wold, Clerk; and Ray Mudd, Deputy Clerk were also in attendance.\n"
    )
    people = _people(document, nlp)
    assert [p[0] for p in people] == ["Warne", "Wold", "Mudd"]
    assert [p[1] for p in people] == ["Chief Administrative Officer", "Clerk", "Deputy Clerk"]


def test_the_following_were_in_attendance_as_a_label(make_document, nlp) -> None:
    document = make_document(
        "The following staff members were also participating:\n"
        "Ivo Sand, Director of Planning; Pam Hoyle, Director of Finance; and Rob Hext, Communications Manager.\n"
        "\n"
        "2. Declarations\n"
    )
    assert _who(document, nlp) == ["Sand", "Hoyle", "Hext"]
    other = make_document(
        "The following were in attendance:\n"
        "Cllr A. Venn (Chair), Cllr B. Rook, Mr C. Dyer (Clerk)\n"
        "\n"
        "1. Apologies\n"
    )
    assert _who(other, nlp) == ["Venn", "Rook", "Dyer"]
    sentence = make_document(
        "Present: Cllr A. Venn, Cllr B. Rook.\n"
        "\n"
        "5. Fete\n"
        "The following were in attendance at the fete last week and thanked the council.\n"
    )
    assert _who(sentence, nlp) == ["Venn", "Rook"]


# --- "X attended as a substitute for Y" ---------------------------------------------------------------


def test_substitute_sentences_add_the_substitute_only(make_document, nlp) -> None:
    document = make_document(
        "Attendance\n"
        "Councillor R Dunn (in the Chair); Councillors Abbey, Birt and Cole.\n"
        "Councillor Pargeter attended as a substitute for Councillor Quill.\n"
        "Councillor Rumbold attended as a substitute for Councillor Sayer.\n"
        "\n"
        "1. Apologies\n"
    )
    who = _who(document, nlp)
    assert {"Pargeter", "Rumbold"} <= set(who)
    assert "Quill" not in who and "Sayer" not in who
    other = make_document(
        "Call to Order\n"
        "The Clerk called the Roll with all members present, except Councillor Vane. Councillor Ida Wolfe attended as an "
        "alternate for Councillor Vane.\n"
    )
    assert _who(other, nlp) == ["Wolfe"]


# --- a group under its plural title after another list of the roll; representatives present ------------


def test_plural_title_group_after_the_chair_continues_the_roll(make_document, nlp) -> None:
    document = make_document(
        "The following were in attendance :\n"
        "IN THE CHAIR : Cllr. R. Moyle, Mayor\n"
        "\n"
        "COUNCILLORS : A. Bevan, C. Dorr, E. Finch,\n"
        "G. Hale and I. Jory\n"
        "\n"
        "STAFF : Mr. K. Lane, Director of Service\n"
        "\n"
        "1. MINUTES\n"
    )
    assert _who(document, nlp) == ["Moyle", "Bevan", "Dorr", "Finch", "Hale", "Jory", "Lane"]
    other = make_document(
        "MEMBERS PRESENT:\n"
        "\n"
        "Councillors: Ann Marr, Bo Nash\n"
        "\n"
        "SECTORAL REPRESENTATIVES PRESENT:\n"
        "\n"
        "Cy Oakes, Di Pruitt\n"
        "\n"
        "APOLOGIES:\n"
        "\n"
        "Councillors: Ed Quarry, Flo Rudd\n"
    )
    assert _who(other, nlp) == ["Marr", "Nash", "Oakes", "Pruitt"]


# --- a label without its colon before untitled names ---------------------------------------------------


def test_a_label_without_its_colon_before_untitled_full_names(make_document, nlp) -> None:
    document = make_document(
        "MINUTES OF THE MEETING OF BRACKENHOLT PARISH COUNCIL\n"
        "held on Tuesday 4 March 2025 at 7.30pm in the Village Hall\n"
        "\n"
        "Present Anne Brierley (Chair), Colin Dunmore, Eve Farrant and Gary Hesketh\n"
        "In attendance Jane Kettley (Clerk)\n"
        "\n"
        "1. Apologies\n"
    )
    assert _people(document, nlp) == [
        ("Brierley", "Chair", "present"), ("Dunmore", None, "present"), ("Farrant", None, "present"),
        ("Hesketh", None, "present"), ("Kettley", "Clerk", "in_attendance"),
    ]
    other = make_document(
        "Marrowby Community Council\n"
        "Minutes of the meeting of 12 June 2024\n"
        "PRESENT Rhona Ashworth, Malcolm Tibbs, Iona Crerar\n"
        "ALSO PRESENT Derek Imrie\n"
        "\n"
        "1. Welcome\n"
    )
    assert _people(other, nlp) == [
        ("Ashworth", None, "present"), ("Tibbs", None, "present"), ("Crerar", None, "present"),
        ("Imrie", None, "also_present"),
    ]


def test_a_heading_after_the_label_word_names_no_one(make_document, nlp) -> None:
    document = make_document(
        "Minutes of the Kestle Town Council meeting, 2 April 2024\n"
        "Present: Cllrs J Polglase and K Trewin.\n"
        "\n"
        "1. Budget\n"
        "Present Position and Forecast\n"
        "Present Planning Committee, Highways Board and Parish Council\n"
    )
    assert _who(document, nlp) == ["Polglase", "Trewin"]


# --- a roll printed in capitals, one member a line --------------------------------------------------------------


def test_a_roll_in_capitals_one_a_line_titled_or_not(make_document, nlp) -> None:
    document = make_document(
        "CITY OF DELLWOOD\nREGULAR CITY COUNCIL MEETING\nMINUTES\nMarch 3, 2025\n\n"
        "COUNCIL MEMBERS PRESENT:\n"
        "MAYOR JUNE ORTEGA\n"
        "COUNCILMEMBER BRAM TASKWELL\n"
        "COUNCILMEMBER CARYS VINNICK\n"
        "DESMOND MOSSOP\n"
        "\n"
        "STAFF PRESENT:\n"
        "City Manager Ed Eggleton\n"
        "\n"
        "1. CALL TO ORDER\n"
    )
    assert _people(document, nlp) == [
        ("Ortega", "Mayor", "present"), ("Taskwell", None, "present"), ("Vinnick", None, "present"),
        ("Mossop", None, "present"), ("Eggleton", "City Manager", "in_attendance"),
    ]
    other = make_document(
        "PELHAM COUNTY BOARD OF COMMISSIONERS\nMinutes of June 9, 2024\n\n"
        "PRESENT:\n"
        "COMMISSIONER ADA FERNLEY\n"
        "COMMISSIONER GIL HARTOP\n"
        "COMMISSIONER IDA JESSOP\n"
        "OLD BUSINESS\n"
        "The road report was heard.\n"
    )
    assert _who(other, nlp) == ["Fernley", "Hartop", "Jessop"]


# --- the label in a column of its own, the first name beside it, one name a line under that ---------------------------


def test_a_label_beside_the_first_of_a_column_of_names(make_document, nlp) -> None:
    document = make_document(
        "MINUTES OF THE DELLWOOD METRO TOWNSHIP COUNCIL\n"
        "Monday, July 30, 2018, at 6:00 P.M. at the Township Hall.\n\n"
        "COUNCIL MEMBERS PRESENT:             JUNE ORTEGA\n"
        "                                     BRAMWELL TASKWELL\n"
        "                                     CARY VINN\n"
        "                                     KATIE HOLM, Mayor\n\n"
        "Budget\n"
        "Mayor Holm stated the budget was ready.\n"
    )
    assert _people(document, nlp) == [
        ("Ortega", None, "present"), ("Taskwell", None, "present"), ("Vinn", None, "present"),
        ("Holm", "Mayor", "present"),
    ]
    other = make_document(
        "Minutes of the Pellworth Library Board, 4 May 2023\n\n"
        "Present:     Trustee Ada Fernley\n"
        "             Gil Hartop (Chair)\n"
        "             Ida Jessop\n"
        "Absent:      Ned Orrin\n\n"
        "1. Call to order\n"
    )
    assert _people(other, nlp) == [
        ("Fernley", None, "present"), ("Hartop", "Chair", "present"), ("Jessop", None, "present"),
    ]


def test_a_label_beside_one_name_and_a_wrapped_sentence_stays_one_entry(make_document, nlp) -> None:
    # Negative: a name beside the label, then a line that is no name of its own, is not a column of names.
    document = make_document(
        "Minutes of the Pellworth Library Board, 4 May 2023\n\n"
        "Present:     Trustee Ada Fernley and Trustee Gil Hartop, with\n"
        "             two members of the public\n\n"
        "1. Call to order\n"
    )
    assert _who(document, nlp) == ["Fernley", "Hartop"]


# --- two lists side by side in text exported from a PDF with its layout ------------------------------------------


def test_two_labelled_lists_side_by_side_in_a_layout_export(tmp_path, nlp) -> None:
    from minutebook.ingest import parse_file

    exported = (
        "DELLWOOD PLANNING COMMISSION\nMinutes of February 9, 2021\n\nATTENDANCE:\n\n"
        "Planning Commission Members:                         City Staff:\n"
        "Ann Lorrimer, Chair                                  Community Director\n"
        "Bevan Marsh                                                 Ed Eggleton\n"
        "Cara Nolte                                           Fay Lunn, City Planner\n"
        "\n"
        "WORK SESSION – Chair Lorrimer called the meeting to order at 6:01 p.m.\n"
    )
    path = tmp_path / "commission.txt"
    path.write_text(exported)
    assert _people(parse_file(path), nlp) == [
        ("Lorrimer", "Chair", "present"), ("Marsh", None, "present"), ("Nolte", None, "present"),
        ("Eggleton", "Community Director", "in_attendance"), ("Lunn", "City Planner", "in_attendance"),
    ]
    exported = (
        "                 MINUTES OF THE FENMOOR TOWN COUNCIL\n\n"
        "Council Members:                          Staff Present:\n"
        "Mayor Ann Lorrimer                        Ed Eggleton, Town Manager\n"
        "Councilmember Bevan Marsh                 Fay Lunn, Town Clerk\n"
        "\n"
        "1. Call to order\n"
    )
    path = tmp_path / "council.txt"
    path.write_text(exported)
    assert _who(parse_file(path), nlp) == ["Lorrimer", "Marsh", "Eggleton", "Lunn"]


def test_a_capitals_heading_with_its_paragraph_under_a_capitals_roll_is_no_member(make_document, nlp) -> None:
    # Near miss of the capitals roll: "WATER RATES" over its paragraph is the first heading of the business.
    for heading, paragraph in (("WATER RATES", "The rates rise in April by two per cent."),
                               ("STREET LIGHTS", "Two lamps are out on Elm Road and the county was told.")):
        document = make_document(
            "MINUTES\nMarch 3, 2031\n\nCOUNCIL MEMBERS PRESENT:\nMAYOR JUNE ORTEGA\nCOUNCILMEMBER BRAM TASKWELL\n"
            f"{heading}\n{paragraph}\n"
        )
        assert _who(document, nlp) == ["Ortega", "Taskwell"]


def test_absent_members_under_a_members_label_are_not_present(make_document, nlp) -> None:
    # "Absent Board Members:" is no present list, whatever body word stands before "Members".
    document = make_document(
        "Pellworth Library Board, minutes of 4 May 2031\n\n"
        "Board Members Present: Ada Fernley, Gil Hartop\n"
        "Absent Board Members: Dee Foxton, Eve Harwood\n\n"
        "1. Call to order\n"
    )
    assert _who(document, nlp) == ["Fernley", "Hartop"]


# --- declared initials in a bracket of their own beside the post ------------------------------------------------


def test_a_post_and_declared_initials_in_two_brackets(make_document, nlp) -> None:
    document = make_document(
        "Marrowby Community Council\nMinutes of the meeting of 12 June 2031\n"
        "Present: Rhona Ashgrove (Chair), Malcolm Tibbet (MT), Iona Crerwick (IC), Derek Imlach (Secretary) (DI)\n\n"
        "1. Apologies\n"
    )
    assert _people(document, nlp) == [
        ("Ashgrove", "Chair", "present"), ("Tibbet", None, "present"), ("Crerwick", None, "present"),
        ("Imlach", "Secretary", "present"),
    ]
    initials_first = make_document(
        "Marrowby Community Council\nMinutes of the meeting of 12 June 2031\n"
        "Present: Rhona Ashgrove (RA) (Chair), Malcolm Tibbet (MT)\n\n1. Apologies\n"
    )
    assert _people(initials_first, nlp) == [("Ashgrove", "Chair", "present"), ("Tibbet", None, "present")]
