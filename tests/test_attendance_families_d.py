"""How a member attended, written after who they are; lists that end at the business; organisations glued to a name.

Every example is invented; each test names the way of writing, never a council.
"""

from __future__ import annotations

from minutebook.extract.apologies import extract_apologies
from minutebook.extract.attendance import extract_attendees
from minutebook.extract.attendance_columns import name_row
from minutebook.extract.attendance_forms import without_attendance_note


def _people(document, nlp):
    return [(a.name, a.role, a.organisation, a.status) for a in extract_attendees(document, nlp=nlp)]


# --- A note of how someone attended after their name and post: "– via Zoom", "(online)", "(Clerk, remote)" ---------


def test_a_remote_note_after_the_post_one_a_line(make_document, nlp) -> None:
    document = make_document(
        "Minutes of the meeting held on 3 March 2025\n\n"
        "Attendees:\n"
        "Nia Rowe (Chair)\n"
        "Ottilie Marsh (Secretary) - via Zoom\n"
        "Pim Vander (Treasurer) (online)\n"
        "Quin Adair – remotely\n\n"
        "1. Minutes\nApproved.\n"
    )
    assert _people(document, nlp) == [
        ("Nia Rowe", "Chair", None, "present"),
        ("Ottilie Marsh", "Secretary", None, "present"),
        ("Pim Vander", "Treasurer", None, "present"),
        ("Quin Adair", None, None, "present"),
    ]


def test_a_remote_note_after_the_post_in_a_written_list(make_document, nlp) -> None:
    document = make_document(
        "Minutes of the meeting held on 3 March 2025\n\n"
        "Present: Nia Rowe (Chair), Ottilie Marsh (Secretary, via Teams), Pim Vander (Treasurer) – online and "
        "Quin Adair.\n\n1. Minutes\nApproved.\n"
    )
    assert [(a.name, a.role) for a in extract_attendees(document, nlp=nlp)] == [
        ("Nia Rowe", "Chair"), ("Ottilie Marsh", "Secretary"), ("Pim Vander", "Treasurer"), ("Quin Adair", None)]


def test_members_in_the_room_listed_apart_from_those_remote(make_document, nlp) -> None:
    document = make_document(
        "Minutes of the meeting held on 3 March 2025\n\n"
        "Present in person: Nia Rowe (Chair), Pim Vander\n"
        "Present via Zoom: Ottilie Marsh\n\n"
        "1. Minutes\nApproved.\n"
    )
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == ["Nia Rowe", "Pim Vander", "Ottilie Marsh"]


def test_a_post_after_a_dash_or_a_bracket_of_two_parts_is_no_note() -> None:
    # Look-alikes: what follows the dash or the comma says who the person is, not how they attended.
    assert without_attendance_note("Ottilie Marsh – Democratic Services Officer") == (
        "Ottilie Marsh – Democratic Services Officer")
    assert without_attendance_note("Pim Vander (Clerk, Parish Council)") == "Pim Vander (Clerk, Parish Council)"
    assert without_attendance_note("Quin Adair (Treasurer)") == "Quin Adair (Treasurer)"
    assert without_attendance_note("Quin Adair (Treasurer) - by phone") == "Quin Adair (Treasurer)"


# --- A roll-call register whose mark says the member came late or took part from elsewhere ------------------------


def test_register_marks_of_a_late_or_remote_member(make_document, nlp) -> None:
    document = make_document(
        "Minutes of the Regular Meeting held March 3, 2025\n\n"
        "Roll Call:\n"
        "Mayor Rhea Lund - Present\n"
        "Clerk Sol Brandt - Present\n"
        "Councilmember Tove Ekdahl - Absent\n"
        "Councilmember Uma Rask - Present (arrived 7:15 p.m.)\n"
        "Councilmember Vid Holm - Remote\n"
        "Councilmember Wilma Sand - Late\n\n"
        "1. Consent agenda\nApproved.\n"
    )
    assert [(a.name, a.title, a.role) for a in extract_attendees(document, nlp=nlp)] == [
        ("Rhea Lund", "Mayor", None),
        ("Sol Brandt", None, "Clerk"),
        ("Uma Rask", "Councilmember", None),
        ("Vid Holm", "Councilmember", None),
        ("Wilma Sand", "Councilmember", None),
    ]


def test_register_rows_of_name_post_and_mark_with_a_note_after(make_document, nlp) -> None:
    document = make_document(
        "Minutes of the board meeting held May 6, 2025\n\n"
        "Roll call: Board members\tPresent\n"
        "Rhea Lund, Supervisor X\n"
        "Sol Brandt, Clerk X (via phone)\n"
        "Tove Ekdahl, Treasurer Ab\n"
        "Uma Rask, Trustee Online\n\n"
        "Motion by RL to accept the agenda, 2nd by SB. Motion carried.\n"
    )
    assert [(a.name, a.role) for a in extract_attendees(document, nlp=nlp)] == [
        ("Rhea Lund", "Supervisor"), ("Sol Brandt", "Clerk"), ("Uma Rask", "Trustee")]


def test_register_row_marked_away_then_noted_as_arrived(make_document, nlp) -> None:
    document = make_document(
        "Minutes of the board meeting held May 6, 2025\n\n"
        "Roll Call: Board members Present\n"
        "Rhea Lund, Supervisor X\n"
        "Sol Brandt, Clerk A (arrived 7:15pm)\n"
        "Tove Ekdahl, Treasurer A\n"
        "Uma Rask Trustee X\n\n"
        "Motion by RL to accept the agenda, 2nd by UR. Motion carried.\n"
    )
    assert [(a.name, a.role) for a in extract_attendees(document, nlp=nlp)] == [
        ("Rhea Lund", "Supervisor"), ("Sol Brandt", "Clerk"), ("Uma Rask", "Trustee")]


def test_a_roll_call_vote_with_a_note_is_no_register(make_document, nlp) -> None:
    # Look-alike: answers of a vote after the roll call ("Lund - Aye (by phone)") name how members voted.
    document = make_document(
        "Minutes of the Regular Meeting held March 3, 2025\n\n"
        "Present: Mayor Rhea Lund, Councilmembers Sol Brandt and Uma Rask\n\n"
        "1. Budget\nRoll call:\nLund - Aye (by phone)\nBrandt - Aye\nRask - No\n"
    )
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == ["Rhea Lund", "Sol Brandt", "Uma Rask"]


# --- A list one person a line ends at an unnumbered heading of the business, or at a line of money ----------------


def test_one_a_line_list_ends_at_an_unnumbered_heading_of_the_business(make_document, nlp) -> None:
    document = make_document(
        "Minutes of the meeting held on 3 March 2025\n\n"
        "Attendees\n"
        "Nia Rowe – Ward 1\n"
        "Ottilie Marsh – Ward 2\n"
        "Pim Vander\n"
        "Treasurer's Report\n"
        "Previous Balance - $4,066.61\n"
        "Ending Balance - $3,874.77\n"
    )
    assert [(a.name, a.organisation) for a in extract_attendees(document, nlp=nlp)] == [
        ("Nia Rowe", "Ward 1"), ("Ottilie Marsh", "Ward 2"), ("Pim Vander", None)]


def test_members_present_a_line_then_old_business(make_document, nlp) -> None:
    document = make_document(
        "Minutes of the meeting held on 3 March 2025\n\n"
        "Members Present:\nNia Rowe\nOttilie Marsh\nPim Vander\nOld Business\nThe fence was discussed.\n"
    )
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == ["Nia Rowe", "Ottilie Marsh", "Pim Vander"]


def test_a_post_line_beside_a_heading_word_goes_on_naming_people(make_document, nlp) -> None:
    # Look-alike: "Clerk: Jo Hale" and "Quin Adair – Finance" carry an agenda heading's word but name someone.
    document = make_document(
        "Minutes of the meeting held on 3 March 2025\n\n"
        "Present:\nNia Rowe\nOttilie Marsh\nQuin Adair – Finance\nClerk: Rafe Tolland\n\n1. Minutes\nApproved.\n"
    )
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == [
        "Nia Rowe", "Ottilie Marsh", "Quin Adair", "Rafe Tolland"]


# --- A body's letters glued to the surname by a hyphen: "Ann Lee-JABA" -----------------------------------------------


def test_body_letters_glued_to_the_surname(make_document, nlp) -> None:
    document = make_document(
        "Minutes of the meeting held on 3 March 2025\n\n"
        "Attendees: Nia Rowe-BOS, Ottilie Marsh-AARP, Pim Vander-Smythe, Quin Adair\n\n1. Minutes\nApproved.\n"
    )
    assert [(a.name, a.surname, a.organisation) for a in extract_attendees(document, nlp=nlp)] == [
        ("Nia Rowe", "Rowe", "BOS"),
        ("Ottilie Marsh", "Marsh", "AARP"),
        ("Pim Vander-Smythe", "Vander-Smythe", None),  # look-alike: a double surname
        ("Quin Adair", "Adair", None),
    ]


def test_body_letters_glued_one_a_line(make_document, nlp) -> None:
    document = make_document(
        "Minutes of the meeting held on 3 March 2025\n\n"
        "Present:\nNia Rowe-BOS\nOttilie Marsh-LCPR\nPim Vander\n\n1. Minutes\nApproved.\n"
    )
    assert [(a.name, a.organisation) for a in extract_attendees(document, nlp=nlp)] == [
        ("Nia Rowe", "BOS"), ("Ottilie Marsh", "LCPR"), ("Pim Vander", None)]


# --- A members' table headed by where they sit for and how to reach them; a company written "Co." --------------------


def test_a_table_headed_name_district_contact_phone_names_no_header_person(make_document, nlp) -> None:
    document = make_document(
        "Minutes of the meeting held on 3 March 2025\n\n"
        "Members present\n"
        "| Name | District | Contact Phone |\n"
        "| Nia Rowe | Northfield | (555) 010-2030 |\n"
        "| Ottilie Marsh | Eastbrook | (555) 010-4050 |\n\n"
        "1. Minutes\nApproved.\n"
    )
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == ["Nia Rowe", "Ottilie Marsh"]


def test_a_company_written_co_after_a_guest(make_document, nlp) -> None:
    document = make_document(
        "MINUTES OF THE BOARD OF DIRECTORS MEETING, MARCH 3, 2025\n\n"
        "DIRECTORS PRESENT: Nia Rowe, Ottilie Marsh\n"
        "OTHERS PRESENT: Pim Vander, Hillside Water Co.; Quin Adair, Brookmead Supply Corp.\n\n"
        "1. CALL TO ORDER\n"
    )
    assert [(a.name, a.organisation) for a in extract_attendees(document, nlp=nlp)] == [
        ("Nia Rowe", None), ("Ottilie Marsh", None),
        ("Pim Vander", "Hillside Water Co"), ("Quin Adair", "Brookmead Supply Corp")]


# --- Members who came late or went early, under a label of their own ------------------------------------------------


def test_late_and_early_labels_name_members_who_attended(make_document, nlp) -> None:
    document = make_document(
        "Minutes of the meeting held on 3 March 2025\n\n"
        "Present: Nia Rowe (Chair), Ottilie Marsh\n"
        "Absent: Pim Vander\n"
        "Late: Quin Adair\n"
        "Left early: Rafe Tolland\n\n"
        "1. Minutes\nApproved.\n"
    )
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == [
        "Nia Rowe", "Ottilie Marsh", "Quin Adair", "Rafe Tolland"]


def test_arrived_late_label_one_a_line(make_document, nlp) -> None:
    document = make_document(
        "Minutes of the meeting held on 3 March 2025\n\n"
        "Councillors present:\nNia Rowe\nOttilie Marsh\n"
        "Arrived late:\nQuin Adair\n\n"
        "1. Minutes\nApproved.\n"
    )
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == ["Nia Rowe", "Ottilie Marsh", "Quin Adair"]


def test_a_late_item_heading_is_no_label(make_document, nlp) -> None:
    # Look-alike: "Late items" heads business, not people.
    document = make_document(
        "Minutes of the meeting held on 3 March 2025\n\n"
        "Present: Nia Rowe (Chair), Ottilie Marsh\n\n"
        "1. Minutes\nApproved.\n2. Late items\nQuin Adair Ltd asked about the hall.\n"
    )
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == ["Nia Rowe", "Ottilie Marsh"]


# --- A Word list of names printed in two columns, each name after its bullet -----------------------------------------


def test_bulleted_names_in_two_columns(make_document, nlp) -> None:
    document = make_document(
        "Strata Council Meeting, Wednesday, August 28, 2024\n\n"
        "1.0 ATTENDEES\nPresent\n"
        "| \uf0b7 Nia Rowe | \uf0b7 Ottilie Marsh |\n"
        "| \uf0b7 Pim Vander | \uf0b7 Quin Adair |\n\n"
        "2.0 CALL TO ORDER: 6:38 pm\n"
    )
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == [
        "Nia Rowe", "Ottilie Marsh", "Pim Vander", "Quin Adair"]


def test_square_bullets_in_two_columns_under_a_label(make_document, nlp) -> None:
    document = make_document(
        "Minutes of the committee meeting held on 3 March 2025\n\n"
        "Present:\n| ▪ Nia Rowe | ▪ Ottilie Marsh |\n| ▪ Pim Vander | ▪ Quin Adair |\n\n1. Minutes\nApproved.\n"
    )
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == [
        "Nia Rowe", "Ottilie Marsh", "Pim Vander", "Quin Adair"]


def test_a_bulleted_name_beside_a_body_is_no_row_of_names(make_document) -> None:
    # Look-alike: a bullet before a "Name | Organisation" row leaves the body a column of its own, not a name.
    document = make_document("Present:\n| • Nia Rowe | Northvale Housing Association |\n| • Ottilie Marsh | Quin Adair |\n")
    rows = [name_row(line) for line in document.lines if line.cells is not None]
    assert rows == [None, ("", ["Ottilie Marsh", "Quin Adair"])]


def test_regrets_under_word_symbol_bullets(make_document, nlp) -> None:
    document = make_document(
        "Strata Council Meeting, Wednesday, August 28, 2024\n\n"
        "Present: Nia Rowe, Ottilie Marsh\nRegrets\n\uf0b7 Pim Vander\n\u27a2 Quin Adair\n\n2.0 CALL TO ORDER: 6:38 pm\n"
    )
    assert [a.name for a in extract_apologies(document, nlp=nlp)] == ["Pim Vander", "Quin Adair"]


def test_bulleted_business_after_regrets_is_no_apology(make_document, nlp) -> None:
    # Look-alike: after plain names, a bullet opens the business ("\uf0b7 Introductions"), not one more apology.
    document = make_document(
        "Minutes of the committee meeting held on 3 March 2025\n\n"
        "Present: Nia Rowe, Ottilie Marsh\nApologies:\nPim Vander\nQuin Adair\n\uf0b7 Introductions and welcome\n"
    )
    assert [a.name for a in extract_apologies(document, nlp=nlp)] == ["Pim Vander", "Quin Adair"]
