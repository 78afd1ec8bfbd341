"""US roll calls written without "Present:", surnames alone under a shared title, and lists run on into
the next one: each family in two forms, with a lookalike. Every name and body is invented."""

from __future__ import annotations

from minutebook.extract.attendance import extract_attendees


def _people(document, nlp):
    return [(a.name, a.role, a.status) for a in extract_attendees(document, nlp=nlp)]


def _who(document, nlp):
    return [a.surname for a in extract_attendees(document, nlp=nlp)]


# --- "ROLL CALL:" straight before the roll, no "Present:" -----------------------------------------


def test_roll_call_heading_then_posts_and_names(make_document, nlp) -> None:
    document = make_document(
        "3. ROLL CALL: President Ostrow, Vice-President Pell Marsh, Board\n"
        "members Quint, and Varga were present upon roll call.\n"
        "Board members Ulm and Yates were absent.\n"
        "4. MINUTES\n"
    )
    assert _who(document, nlp) == ["Ostrow", "Marsh", "Quint", "Varga"]
    titled = make_document(
        "2. ROLL CALL: President Ava Peel, Vice President Pete Hori, Members Dean\n"
        "Batch, Linda Hugh, and Executive Secretary Karen Wills.\n"
        "STAFF PRESENT: Senior Analysts Jill Kovac and Chris Lowe.\n"
        "3. MINUTES: The minutes were presented.\n"
    )
    assert _who(titled, nlp) == ["Peel", "Hori", "Batch", "Hugh", "Wills", "Kovac", "Lowe"]


def test_roll_call_vote_after_the_heading_is_no_roll(make_document, nlp) -> None:
    document = make_document(
        "5. ITEM\nThe motion carried on the following\n"
        "Roll call: Commissioners Ash: Aye; Birch: Aye; and Chair Cole: No.\n"
        "Roll call: Motion carried 4-1.\n"
    )
    assert _who(document, nlp) == []


# --- a shared title over surnames alone ----------------------------------------------------------


def test_shared_title_before_a_surname_with_a_particle(make_document, nlp) -> None:
    document = make_document(
        "ROLL CALL - Present: Boardmembers deLuca, Gorski, Marlow\nand Chair Pinto – 4.\nAbsent: None.\n"
    )
    assert _people(document, nlp) == [
        ("Boardmember deLuca", None, "present"), ("Boardmember Gorski", None, "present"),
        ("Boardmember Marlow", None, "present"), ("Pinto", "Chair", "present"),
    ]
    commissioners = make_document("Present: Commissioners vanOrt, Lodge and Penn.\nAbsent: None\n")
    assert _who(commissioners, nlp) == ["vanOrt", "Lodge", "Penn"]


def test_title_broken_over_two_lines(make_document, nlp) -> None:
    document = make_document(
        "2. ROLL CALL: Present: Chair Tobin, Vice Chair Rusk, Board\n"
        "Members Holm, Jessup, and Lyle\n"
        "3. MINUTES: Meeting of May 4. Jessup proposed, Lyle seconded.\n"
    )
    assert _people(document, nlp) == [
        ("Tobin", "Chair", "present"), ("Rusk", "Vice Chair", "present"),
        ("Board Member Holm", None, "present"), ("Board Member Jessup", None, "present"),
        ("Board Member Lyle", None, "present"),
    ]
    councillors = make_document("Present: Mayor Dunn, County\nCouncillors Ash and Birch\n\n1. Minutes\n")
    assert [a.title for a in extract_attendees(councillors, nlp=nlp)] == ["Mayor", "County Councillor", "County Councillor"]


def test_group_title_ends_after_and(make_document, nlp) -> None:
    document = make_document(
        "2. ROLL CALL: Present: Chair Tobin, Board Members Holm, Irwin, and Lyle, Dana Biggs, Planning Secretary,"
        " Sara Wolff, Recording Secretary\nAbsent: Vice Chair Rusk\n3. MINUTES\n"
    )
    assert [(a.name, a.title, a.role) for a in extract_attendees(document, nlp=nlp)] == [
        ("Tobin", None, "Chair"), ("Board Member Holm", "Board Member", None),
        ("Board Member Irwin", "Board Member", None), ("Board Member Lyle", "Board Member", None),
        ("Dana Biggs", None, "Planning Secretary"), ("Sara Wolff", None, "Recording Secretary"),
    ]
    # A bare surname after the group keeps the title: "Councillors A, B and C, D" names four councillors.
    bare = make_document("Present: Councillors Ash, Birch and Cole, Dunn\n\n1. Minutes\n")
    assert [a.title for a in extract_attendees(bare, nlp=nlp)] == ["Councillor"] * 4


# --- a list's last line runs on into the next list -----------------------------------------------


def test_list_tail_then_staff_and_absent_on_one_line(make_document, nlp) -> None:
    document = make_document(
        "2. ROLL CALL: Present: Trustees Nora Elms, Will Soder and Kay\n"
        "Willis. Staff: Jo-Ann Boyd, Chief Financial Officer and Maria Merritt,\n"
        "Executive Assistant, Human Resources. Absent: Chair Bev Jonas and\n"
        "trustee Rob Follet.\n"
        "3. MINUTES: The minutes were reviewed.\n"
    )
    assert _people(document, nlp) == [
        ("Nora Elms", None, "present"), ("Will Soder", None, "present"), ("Kay Willis", None, "present"),
        ("Jo-Ann Boyd", "Chief Financial Officer", "in_attendance"),
        ("Maria Merritt", "Executive Assistant", "in_attendance"),
    ]
    guests = make_document(
        "Present: Cllr Ann Lee, Cllr Bo Day and Cllr\nCy Fox. Also present: Jo Hale (Clerk)\n\n1. Minutes\n"
    )
    assert [(a.surname, a.status) for a in extract_attendees(guests, nlp=nlp)] == [
        ("Lee", "present"), ("Day", "present"), ("Fox", "present"), ("Hale", "also_present"),
    ]


# --- attendance tables: a mark under a status column, a status a column, "Name, Post" in the name cell ----


def _md(tmp_path, text):
    from minutebook.ingest import parse_file

    path = tmp_path / "minutes.md"
    path.write_text(text)
    return parse_file(path)


def test_register_marks_read_by_the_column_they_sit_in(tmp_path, nlp) -> None:
    document = _md(
        tmp_path,
        "## Attendance\n\n| Member | Present | Absent |\n|---|---|---|\n| Ann Lee, Chair | X | |\n"
        "| Bo Day, Treasurer | | X |\n| Cy Fox | X | |\n\n## 1. Call to order\n",
    )
    assert [(a.name, a.role) for a in extract_attendees(document, nlp=nlp)] == [("Ann Lee", "Chair"), ("Cy Fox", None)]
    ticks = _md(
        tmp_path,
        "ROLL CALL\n\n| Name | Present | Absent | Excused |\n|---|---|---|---|\n| Commissioner Ash | ✓ | | |\n"
        "| Commissioner Birch | | | ✓ |\n| Commissioner Cole | | ✓ | |\n| Commissioner Dunn | ✓ | | |\n\n1. MINUTES\n",
    )
    assert [a.surname for a in extract_attendees(ticks, nlp=nlp)] == ["Ash", "Dunn"]


def test_register_with_yes_and_no_under_present(tmp_path, nlp) -> None:
    document = _md(
        tmp_path,
        "## Attendance\n\n| Name | Present |\n|---|---|\n| Ann Lee | Yes |\n| Bo Day | No |\n\n## 1. Welcome\n",
    )
    assert [a.surname for a in extract_attendees(document, nlp=nlp)] == ["Lee"]


def test_one_list_a_column_under_labels(tmp_path, nlp) -> None:
    document = _md(
        tmp_path,
        "| MEMBERS PRESENT | MEMBERS ABSENT | OTHERS PRESENT |\n|---|---|---|\n"
        "| Ann Lee, Chair | Cy Fox, Member | Dee Gill, County Planner |\n| Bo Day, Vice Chair | | Eve Hart |\n\n"
        "1. Call to order\n",
    )
    assert [(a.surname, a.role, a.status) for a in extract_attendees(document, nlp=nlp)] == [
        ("Lee", "Chair", "present"), ("Day", "Vice Chair", "present"),
        ("Gill", "County Planner", "also_present"), ("Hart", None, "also_present"),
    ]
    rows = _md(
        tmp_path,
        "MEMBERS PRESENT\n\n| Ann Lee, Chair |\n|---|\n| Bo Day, Vice Chair |\n\nMEMBERS ABSENT\n\n| Cy Fox, Member |\n"
        "|---|\n\nOTHERS PRESENT\n\n| Dee Gill, County Planner |\n|---|\n\n1. Call to order\n",
    )
    assert [(a.surname, a.role) for a in extract_attendees(rows, nlp=nlp)] == [
        ("Lee", "Chair"), ("Day", "Vice Chair"), ("Gill", "County Planner"),
    ]


# --- run-on rolls with posts: "Roll Call of Directors:", "Roll call was taken and …", labels side by side ----


def test_roll_call_of_directors_with_posts_after_names(make_document, nlp) -> None:
    document = make_document(
        "Roll Call of Directors: Ann Birch, President, Carl Dunn, Treasurer, Eve Fox, Secretary\n1. MINUTES\n"
    )
    assert _people(document, nlp) == [
        ("Ann Birch", "President", "present"), ("Carl Dunn", "Treasurer", "present"), ("Eve Fox", "Secretary", "present"),
    ]
    members = make_document("ROLL CALL OF MEMBERS: Gil Hart, Chair; Ivy Jones\n\n2. Public comment\n")
    assert _who(members, nlp) == ["Hart", "Jones"]


def test_roll_call_was_taken_and_members_present_were(make_document, nlp) -> None:
    document = make_document(
        "1-A. Roll Call\n"
        "Roll call was taken and members present were: Chair Sandra Swan,\n"
        "Secretary Betty Gamm, Commissioner Tony Cor and\n"
        "Commissioner Bob Woo. Absent: Vice Chair Tony Sant. Also\n"
        "present were General Manager Dana Bank.\n"
        "1-B Approval of Minutes\n"
    )
    assert _people(document, nlp) == [
        ("Sandra Swan", "Chair", "present"), ("Betty Gamm", "Secretary", "present"),
        ("Tony Cor", None, "present"), ("Bob Woo", None, "present"),
        ("Dana Bank", "General Manager", "in_attendance"),
    ]
    called = make_document("The roll was called; directors present were: Ann Birch and Carl Dunn.\n\n1. Minutes\n")
    assert _who(called, nlp) == ["Birch", "Dunn"]


def test_recorder_line_and_a_dated_line_after_the_list(make_document, nlp) -> None:
    document = make_document(
        "Members present: Rob Brom, Nat Cain, Des Dair\nRecorder: Linda Wong\nApproval of Minutes: March 18\n"
    )
    assert _people(document, nlp) == [
        ("Rob Brom", None, "present"), ("Nat Cain", None, "present"), ("Des Dair", None, "present"),
        ("Linda Wong", "Recorder", "in_attendance"),
    ]


def test_labels_side_by_side_on_one_line(make_document, nlp) -> None:
    document = make_document(
        "Chairperson: Ann Birch   Recorder: Carl Dunn   Directors Present: Eve Fox, Gil Hart   Guests: Ivy Jones\n"
        "1. MINUTES\n"
    )
    assert _people(document, nlp) == [
        ("Ann Birch", "Chairperson", "present"), ("Carl Dunn", "Recorder", "in_attendance"),
        ("Eve Fox", None, "present"), ("Gil Hart", None, "present"), ("Ivy Jones", "Guest", "also_present"),
    ]
    # A wide gap before something that is neither a label nor a post holder splits nothing.
    prose = make_document("Clerk: Jo Hale   Minutes: to be circulated by email\n1. MINUTES\n")
    assert _who(prose, nlp) == []


def test_run_on_roll_with_posts_and_a_public_count(make_document, nlp) -> None:
    document = make_document(
        "Present - Ann Lee (Chair), Bo Day (Vice Chair), Cy Fox; Clerk - Eve Hart; Public - 3\n1. Apologies\n"
    )
    assert _people(document, nlp) == [
        ("Ann Lee", "Chair", "present"), ("Bo Day", "Vice Chair", "present"), ("Cy Fox", None, "present"),
        ("Eve Hart", "Clerk", "in_attendance"),
    ]
    # A roll call's own count at the end is still no one.
    counted = make_document("ROLL CALL - Present: Councilmembers Ash, Birch and Mayor Cole – 3.\n")
    assert _who(counted, nlp) == ["Ash", "Birch", "Cole"]


def test_presiding_after_a_name(make_document, nlp) -> None:
    document = make_document("Present: Mayor Ann Lee presiding; Councillors Bo Day, Cy Fox; Clerk Eve Hart\n1. Apologies\n")
    assert _people(document, nlp) == [
        ("Ann Lee", "Mayor", "present"), ("Bo Day", None, "present"), ("Cy Fox", None, "present"),
        ("Eve Hart", "Clerk", "in_attendance"),
    ]
    chair = make_document("Present: Cllr Ann Lee in the Chair, Cllr Bo Day\n\n1. Apologies\n")
    assert _who(chair, nlp) == ["Lee", "Day"]


def test_label_in_a_column_of_its_own_and_a_name_broken_at_its_hyphen(nlp) -> None:
    from minutebook.ingest.document import RowSpec, build_document

    def pdf(*texts: str):
        rows = [[RowSpec(text=text) for text in texts]]
        return build_document(name="minutes.pdf", sha256="0" * 64, format="pdf", pages_of_rows=rows)

    # A PDF keeps the gap after a label printed in a column of its own as a tab (no cells).
    document = pdf(
        "COMMISSION MINUTES", "PRESENT\tChair Lord-Ames and Commissioners Berg, Fenn, Longley-", "Cook, and Kreitz.",
        "ABSENT\tCommissioner Orr.", "MINUTES",
    )
    assert [a.surname for a in extract_attendees(document, nlp=nlp)] == ["Lord-Ames", "Berg", "Fenn", "Longley-Cook", "Kreitz"]
    # A word after the label and a plain space is no column: "Present at the meeting were …" is a sentence.
    prose = pdf("Present at the meeting were residents of the village.", "MINUTES")
    assert extract_attendees(prose, nlp=nlp) == []


# --- Roll calls whose marks say who was absent: "Ab", "A", "Absent" are no attendees ---------------------


def test_roll_call_register_with_short_absent_marks(make_document, nlp) -> None:
    from minutebook.extract.attendance import extract_attendees

    table = make_document(
        "Roll Call\nName\tOffice\tAttendance\nAnn Cole\tChair\tPresent\nBo Dunn\tVice Chair\tAb\n"
        "Cy Eyre\tTreasurer\tX\nDi Fenn\tTrustee\tAbsent\nEd Gale\tTrustee\tA\n\n1. Minutes\n"
    )
    assert [a.surname for a in extract_attendees(table, nlp=nlp)] == ["Cole", "Eyre"]
    lines = make_document(
        "Attendance\nAnn Cole, Chair X\nBo Dunn, Vice Chair Ab\nCy Eyre, Treasurer X\nDi Fenn, Member A\n\n1. Minutes\n"
    )
    assert [(a.surname, a.role) for a in extract_attendees(lines, nlp=nlp)] == [("Cole", "Chair"), ("Eyre", "Treasurer")]
    # A list whose lines end on posts, not marks, is read as it was.
    posts = make_document("Attendance\nAnn Cole, Chair\nBo Dunn, Vice Chair\nCy Eyre, Treasurer\n\n1. Minutes\n")
    assert [a.surname for a in extract_attendees(posts, nlp=nlp)] == ["Cole", "Dunn", "Eyre"]


def test_initials_column_is_no_absent_mark(make_document, nlp) -> None:
    from minutebook.extract.attendance import extract_attendees

    # "AB" in an initials column is who the member is; "Ab" in a register marks an absence.
    document = make_document(
        "Attendees\nName\tOrganisation\tInitials\nAda Bell (Chair)\tEastvale Council\tAB\n"
        "Cy Aston\tEastvale Police\tCA\n\n1. Introductions\n"
    )
    assert [a.surname for a in extract_attendees(document, nlp=nlp)] == ["Bell", "Aston"]
