"""The public's line of a US board's roll that names who came, posts joined by a spaced slash, and an excuse
recorded after a sentence ending on a time. Each in two invented forms, with a near miss. Every name is invented."""

from __future__ import annotations

from minutebook.extract.apologies import extract_apologies
from minutebook.extract.attendance import extract_attendees


def _people(document, nlp):
    return [(a.surname, a.status) for a in extract_attendees(document, nlp=nlp)]


_ROLL = "CALL TO ORDER\n\nCommissioners Present:  President Ann Quill, Bo Teller, and Cy Rand were present.\n\n"


def test_public_line_names_those_who_came(make_document, nlp) -> None:
    sentence = make_document(
        _ROLL + "Members of the Public and Media:\t  Tom Hale, the Port's attorney, was present.  "
        "The media did not attend.\n\nAPPROVAL OF THE MINUTES\n"
    )
    assert ("Hale", "also_present") in _people(sentence, nlp)
    listed = make_document(
        _ROLL + "Members of the Public: Garden Club members Pia Norse, Lou Beck, and Tia Rowe attended. "
        "Reporter Sam Frith from the Harbour Gazette attended.\n\nAPPROVAL OF THE MINUTES\n"
    )
    people = _people(listed, nlp)
    assert [s for s, status in people if status == "also_present"] == ["Norse", "Beck", "Rowe", "Frith"]
    frith = next(a for a in extract_attendees(listed, nlp=nlp) if a.surname == "Frith")
    assert frith.organisation == "Harbour Gazette"
    # Near misses: a count, or a sentence that names no one.
    for line in ("Members of the Public: 3", "Members of the Public and Media: No members of the public attended."):
        none = make_document(_ROLL + line + "\n\nAPPROVAL OF THE MINUTES\n")
        assert [s for s, status in _people(none, nlp) if status == "also_present"] == []


def test_posts_joined_by_a_spaced_slash(make_document, nlp) -> None:
    spaced = make_document(
        "Commissioners Present:  President Ann Quill, Secretary / Treasurer Jo Marsh, and Cy Rand were present.\n\n"
        "1. Minutes\n"
    )
    marsh = next(a for a in extract_attendees(spaced, nlp=nlp) if a.surname == "Marsh")
    assert marsh.role == "Secretary / Treasurer"
    glued = make_document("Present: Chair Ann Quill, Clerk / Treasurer Jo Marsh, Cy Rand\n\n1. Minutes\n")
    assert "Marsh" in [a.surname for a in extract_attendees(glued, nlp=nlp)]
    # A slash between two names is no post.
    names = make_document("Commissioners Present:  Ann Quill / Jo Marsh, and Cy Rand were present.\n\n1. Minutes\n")
    assert all(a.role != "Ann Quill /" for a in extract_attendees(names, nlp=nlp))


def test_excused_after_a_sentence_ending_on_a_time(make_document, nlp) -> None:
    clock = make_document(
        _ROLL.replace("were present.", "were present.  Rand reconnected at 2:20. Commissioner Di Fenwick was excused.")
        + "1. Minutes\n"
    )
    assert [a.surname for a in extract_apologies(clock, nlp=nlp)] == ["Fenwick"]
    meridiem = make_document(
        _ROLL.replace("were present.", "were present.  Teller arrived at 7:05 p.m. Commissioner Di Fenwick was excused.")
        + "1. Minutes\n"
    )
    assert [a.surname for a in extract_apologies(meridiem, nlp=nlp)] == ["Fenwick"]
    # Absent without an excuse is no apology.
    absent = make_document(
        _ROLL.replace("were present.", "were present.  Rand left at 2:20. Commissioner Di Fenwick was absent.")
        + "1. Minutes\n"
    )
    assert extract_apologies(absent, nlp=nlp) == []


def test_public_line_prose_names_no_attendee(make_document, nlp) -> None:
    # Residents' prose on the public's line names places and complaints, not who came.
    for line in (
        "Members of the Public: Several residents spoke about the road. Dan Orrell and Mia Quarry complained about "
        "potholes on Brindle Street.",
        "Members of the Public and Media: Mia Quarry asked about Fennick Road.",
        "Public: Residents raised concerns. Mr Olaf Brisk and Tollbridge Lane residents attended regarding speeding.",
    ):
        prose = make_document(_ROLL + line + "\n\nAPPROVAL OF THE MINUTES\n")
        found = [a for a in extract_attendees(prose, nlp=nlp) if a.status == "also_present"]
        assert found == [], line
    # Still read: a list of names with a lower-case descriptor, no verb.
    listed = make_document(_ROLL + "Members of the Public and Media: Dan Orrell, designer. No other member of the "
                           "public was present.\n\nAPPROVAL OF THE MINUTES\n")
    assert ("Orrell", "also_present") in _people(listed, nlp)
