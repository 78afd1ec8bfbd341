"""Rolls written one member a line (a register of presence marks, a roll of surnames and their answers, members
with their initials and post) and a roll run into a numbered item's line: each family in two forms, with a
lookalike that names no one. Every name and body is invented."""

from __future__ import annotations

from minutebook.extract.attendance import extract_attendees


def _people(document, nlp):
    return [(a.name, a.role) for a in extract_attendees(document, nlp=nlp)]


# --- a register: name, post, presence mark -------------------------------------------------------


def test_register_of_names_posts_and_marks(make_document, nlp) -> None:
    document = make_document(
        "Roll Call __ Board Members Present\n"
        "Ann Vale, Supervisor X\nBo Reed, Treasurer X\nDee Hart, Clerk Absent\n\n1. Approval of agenda\n"
    )
    assert _people(document, nlp) == [("Ann Vale", "Supervisor"), ("Bo Reed", "Treasurer")]
    ticked = make_document(
        "ROLL CALL\nTessa Quill, Chair ✓\nOwen Brack, Trustee -\nLena Fitch, Trustee P\nMark Dorn, Clerk Present\n"
        "\n2. MINUTES\n"
    )
    assert _people(ticked, nlp) == [("Tessa Quill", "Chair"), ("Lena Fitch", "Trustee"), ("Mark Dorn", "Clerk")]


def test_register_in_columns(make_document, nlp) -> None:
    document = make_document(
        "Roll Call __ Board Members Present\nAnn Vale\tSupervisor\tX\nBo Reed\tTreasurer\tX\nDee Hart\tClerk\tAbsent\n"
        "\n1. Agenda\n"
    )
    assert _people(document, nlp) == [("Ann Vale", "Supervisor"), ("Bo Reed", "Treasurer")]
    bare = make_document("ROLL CALL\nQuill\tHere\nBrack\tAbsent\nFitch\tHere\n\n2. MINUTES\n")
    assert [a.surname for a in extract_attendees(bare, nlp=nlp)] == ["Quill", "Fitch"]


def test_worded_roll_heading_over_prose_is_no_register(make_document, nlp) -> None:
    document = make_document("ROLL CALL OF COUNCIL\nThe clerk called the roll and a quorum was present.\n")
    assert _people(document, nlp) == []
    vote = make_document("5. BUDGET\nROLL CALL\nVale: Yes\nReed: Yes\nHart: No\n")
    assert _people(vote, nlp) == []


# --- surnames and their answer -------------------------------------------------------------------


def test_roll_of_surnames_and_answers(make_document, nlp) -> None:
    document = make_document("ROLL CALL OF COUNCIL\nVale - Here\nReed - Here\nHart - Absent\n\nMINUTES\n")
    assert [a.surname for a in extract_attendees(document, nlp=nlp)] == ["Vale", "Reed"]
    colons = make_document("Roll Call of the Board\nQuill: Present\nBrack: Absent\nFitch: Here\nDorn: Here\n")
    assert [a.surname for a in extract_attendees(colons, nlp=nlp)] == ["Quill", "Fitch", "Dorn"]


# --- a roll inside a numbered item's line --------------------------------------------------------


def test_roll_inside_a_numbered_item_line(make_document, nlp) -> None:
    document = make_document(
        "31-0073\t1.\tROLL CALL: Present: Vale, Reed, Moss and Hart. Absent:\n"
        "Lane. Reed arrived at 7:32 a.m.\n31-0074\t2.\tMINUTES approved.\n"
    )
    assert [a.surname for a in extract_attendees(document, nlp=nlp)] == ["Vale", "Reed", "Moss", "Hart"]
    short = make_document("7.\tROLL CALL: Present: Quill, Fitch and Dorn. Absent: Brack.\n8.\tMINUTES\n")
    assert [a.surname for a in extract_attendees(short, nlp=nlp)] == ["Quill", "Fitch", "Dorn"]


def test_absent_member_who_arrived_late_attended(make_document, nlp) -> None:
    document = make_document(
        "31-0073\t1.\tROLL CALL: Present: Vale, Moss and Hart. Absent: Lane\nand Reed. Reed arrived at 7:32 a.m.\n"
        "31-0074\t2.\tMINUTES approved.\n"
    )
    assert [a.surname for a in extract_attendees(document, nlp=nlp)] == ["Vale", "Moss", "Hart", "Reed"]
    plain = make_document("1. ROLL CALL: Present: Quill, Fitch. Absent: Dorn. Dorn arrived at 6:05 p.m.\n2. MINUTES\n")
    assert [a.surname for a in extract_attendees(plain, nlp=nlp)] == ["Quill", "Fitch", "Dorn"]
    unlisted = make_document("1. ROLL CALL: Present: Quill, Fitch. Absent: Dorn. Brack arrived at 6:05 p.m.\n2. MINUTES\n")
    assert [a.surname for a in extract_attendees(unlisted, nlp=nlp)] == ["Quill", "Fitch"]


def test_numbered_roll_call_vote_is_no_roll(make_document, nlp) -> None:
    document = make_document("31-0080\t4.\tROLL CALL VOTE: Ayes: Vale, Reed. Nays: Hart.\n")
    assert _people(document, nlp) == []


# --- name, initials in brackets, post in capitals ------------------------------------------------


def test_members_with_initials_and_post(make_document, nlp) -> None:
    document = make_document(
        "Present:\tMembers of the Public:\nAnn Vale (AV) CHAIR\t2\nBo Reed (BR)\nDee Hart (DH) CLERK\n\n1. Apologies\n"
    )
    assert _people(document, nlp) == [("Ann Vale", "Chair"), ("Bo Reed", None), ("Dee Hart", "Clerk")]
    single = make_document("Present:\nTessa Quill (TQ) Chairman\nOwen Brack (OB)\nLena Fitch (LF) Vice Chair\n\n1. Minutes\n")
    assert _people(single, nlp) == [("Tessa Quill", "Chairman"), ("Owen Brack", None), ("Lena Fitch", "Vice Chair")]


def test_titled_members_with_initials(make_document, nlp) -> None:
    document = make_document("Present:\nCllr Ann Vale (AV) Chair\nCllr Bo Reed (BR)\nCllr Dee Hart (DH)\n\n1. Minutes\n")
    assert [a.surname for a in extract_attendees(document, nlp=nlp)] == ["Vale", "Reed", "Hart"]
    assert extract_attendees(document, nlp=nlp)[0].role == "Chair"


def test_bracket_that_is_not_the_initials_is_read_as_before(make_document, nlp) -> None:
    document = make_document("Present:\nTessa Quill (Chair)\nOwen Brack (Treasurer)\n\n1. Minutes\n")
    assert _people(document, nlp) == [("Tessa Quill", "Chair"), ("Owen Brack", "Treasurer")]
    bodies = make_document("Present:\nTessa Quill (NDA)\nOwen Brack (KRU)\nLena Fitch (NDA)\n\n1. Minutes\n")
    assert [a.role for a in extract_attendees(bodies, nlp=nlp)] == [None, None, None]


def test_roll_inside_a_numbered_item_line_read_from_a_pdf_as_tabbed_text(nlp) -> None:
    # The PDF reader joins parts of a line that stand a column gap apart with tabs and gives no cells when the page is
    # no table (ingest/layout.py COLUMN_SEPARATOR); the roll is read from such a line as from a row of cells.
    from minutebook.ingest.document import RowSpec, build_document

    texts = [
        "SUMMARY OF ELMWOOD CITY COUNCIL MEETING", "January 14, 2031",
        "31-0073\t1.\tROLL CALL: Present: Vale, Reed, Moss and Hart. Absent:", "Lane. Reed arrived at 7:32 a.m.",
        "31-0074\t2.\tAPPROVING AGENDA, AS PRESENTED: Moved by Reed.", "Motion Carried 4-0.",
    ]
    document = build_document(name="city-council-2031-01-14.pdf", sha256="0" * 64, format="pdf",
                              pages_of_rows=[[RowSpec(text=text) for text in texts]])
    assert all(line.cells is None for line in document.lines)
    assert [name for name, _ in _people(document, nlp)] == ["Vale", "Reed", "Moss", "Hart"]


def test_register_heading_drawn_with_underscores(make_document, nlp) -> None:
    filled = make_document(
        "Roll Call __Name______________ Present\nAnn Vale, Supervisor X\nBo Reed, Treasurer X\nDee Hart, Clerk Ab\n"
        "\nBoard/Public Meeting\n"
    )
    assert _people(filled, nlp) == [("Ann Vale", "Supervisor"), ("Bo Reed", "Treasurer")]
    run_together = make_document(
        "RollCall\tBoard Members\tPresent\nTessa Quill, Chair X\nOwen Brack, Trustee A\nLena Fitch, Clerk X\n\n2. MINUTES\n"
    )
    assert _people(run_together, nlp) == [("Tessa Quill", "Chair"), ("Lena Fitch", "Clerk")]


def test_register_row_with_a_second_column_after_its_mark(make_document, nlp) -> None:
    tabbed = make_document(
        "Roll Call __ Board Members Present\nAnn Vale, Supervisor X\nBo Reed, Treasurer X\n"
        "Dee Hart, Trustee X\tPublic: 24 attendees\nBoard/Public Meeting\n"
    )
    assert _people(tabbed, nlp) == [("Ann Vale", "Supervisor"), ("Bo Reed", "Treasurer"), ("Dee Hart", "Trustee")]
    spaced = make_document(
        "Roll Call Board Members Present\nAnn Vale, Supervisor X\nBo Reed, Treasurer\tA\tPublic attendance: 5\n"
        "Dee Hart, Trustee X – Arrived late for meeting\nCy Lott, Clerk X Public: 7 attendees; 2 speakers\n"
        "Board/Public Meeting\n"
    )
    assert _people(spaced, nlp) == [("Ann Vale", "Supervisor"), ("Dee Hart", "Trustee"), ("Cy Lott", "Clerk")]


def test_note_after_a_name_without_a_post_is_no_register_row(make_document, nlp) -> None:
    # Look-alike: "Plan A – approved" ends in a word that reads as a mark once the note is cut, but names no member and post.
    document = make_document("ROLL CALL\nPlan A – approved\nRoute B – deferred\nOption A – noted\n\n2. MINUTES\n")
    assert _people(document, nlp) == []
