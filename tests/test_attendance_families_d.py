"""How a member attended, written after who they are; lists that end at the business; organisations glued to a name.

Every example is invented; each test names the way of writing, never a council.
"""

from __future__ import annotations

from minutebook.extract.attendance import extract_attendees
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
