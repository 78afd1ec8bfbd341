"""Owners' and residents' associations: a couple sharing a surname at the end of the board's list, the owners or
residents who came listed under their own label, an officer named again by first name only under the election
results, and a list that ends where the call to order begins. Every name is invented."""

from __future__ import annotations

from minutebook.extract.attendance import extract_attendees


def _people(document, nlp):
    return [(a.name, a.status) for a in extract_attendees(document, nlp=nlp)]


def test_couple_after_and_at_the_end_of_a_board_list(make_document, nlp) -> None:
    document = make_document(
        "Board members present: Dana Lowe (President), Ira Penn (Secretary), and Rosa & Tom Vail (co-Treasurers).\n"
        "\nOld Business\n"
    )
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == [
        "Dana Lowe", "Ira Penn", "Rosa Vail", "Tom Vail"
    ]
    bullet = make_document("Attendees:\n* Members: Cal Frey, Nina & Abe Sorel\n\nMeeting called to order at 7:02 p.m.\n")
    assert [a.surname for a in extract_attendees(bullet, nlp=nlp)] == ["Frey", "Sorel", "Sorel"]


def test_surnames_under_a_plural_title_are_no_couple(make_document, nlp) -> None:
    document = make_document("Present: Councilmembers Oddie, Lowe and Spencer\n\n1. Minutes\n")
    assert [a.surname for a in extract_attendees(document, nlp=nlp)] == ["Oddie", "Lowe", "Spencer"]


def test_owners_and_residents_listed_under_their_own_label(make_document, nlp) -> None:
    owners = make_document(
        "Attendance: President Dana Lowe, Secretary Ira Penn\n\n"
        "HOA owners in attendance via Zoom: Cal Frey, Nina Sorel.\n\nMeeting called to order at 7:06 pm.\n"
    )
    assert _people(owners, nlp)[2:] == [("Cal Frey", "also_present"), ("Nina Sorel", "also_present")]
    residents = make_document("Present: Dana Lowe, Ira Penn\nResidents present: Cal Frey\n\n1. Minutes\n")
    assert ("Cal Frey", "also_present") in _people(residents, nlp)


def test_officer_named_again_by_first_name_is_one_person(make_document, nlp) -> None:
    document = make_document(
        "Board members present: Dana Lowe (President), Ira Penn (Secretary).\n\n"
        "Election of officers\n* President: Dana\n* Secretary: Ira\n"
    )
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == ["Dana Lowe", "Ira Penn"]
    # A one-word entry that is a listed surname is its own entry, not a first name.
    surnames = make_document("Present: Dana Lowe, Ira Penn\nAlso present: Lowe\n\n1. Minutes\n")
    assert "Dana Lowe" in [a.name for a in extract_attendees(surnames, nlp=nlp)]


def test_managing_agent_and_owners_under_their_labels(make_document, nlp) -> None:
    document = make_document(
        "Board Members Present: Dana Lowe, President; Ira Penn, Treasurer\n"
        "Management Present: Eve Moss, Community Manager (Acme Property Services)\nHomeowners Present: 12\n\nCall to Order\n"
    )
    assert _people(document, nlp) == [
        ("Dana Lowe", "present"), ("Ira Penn", "present"), ("Eve Moss", "in_attendance")
    ]
    grouped = make_document(
        "Attendees\nBoard: Dana Lowe (President), Ira Penn (Treasurer)\nManagement: Eve Moss (Acme Management)\n"
        "Homeowners: Cal Frey, Nina Sorel\n\nCall to order\n"
    )
    assert [a.surname for a in extract_attendees(grouped, nlp=nlp)] == ["Lowe", "Penn", "Moss", "Frey", "Sorel"]


def test_quorum_note_and_also_present_sentence(make_document, nlp) -> None:
    document = make_document(
        "Directors present: Dana Lowe, Ira Penn, and Cal Frey constituting a quorum. "
        "Also present was Eve Moss, Acme Management.\n\nCall to order\n"
    )
    assert _people(document, nlp) == [
        ("Dana Lowe", "present"), ("Ira Penn", "present"), ("Cal Frey", "present"), ("Eve Moss", "also_present")
    ]
    being = make_document("Directors present: Dana Lowe and Ira Penn, being a quorum of the board.\n\nCall to order\n")
    assert [a.surname for a in extract_attendees(being, nlp=nlp)] == ["Lowe", "Penn"]
