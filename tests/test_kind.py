"""Telling minutes, plans and agendas apart."""

from __future__ import annotations

from minutebook.extract.kind import classify_document


def test_minutes(make_document) -> None:
    document = make_document(
        "SAFETY WORKING PARTY\n"
        "Minutes of the meeting held on 14 December 2015 at 7.00 pm\n"
        "Present: Councillor Ann Lee\n"
        "1. APOLOGIES FOR ABSENCE\n"
        "Apologies were received from Councillor Rowe.\n"
    )
    assert classify_document(document) == "minutes"


def test_notes_of_a_meeting_are_minutes(make_document) -> None:
    document = make_document("NOTES of a meeting of the Safety Partnership held on 8 July 2014.\nPRESENT: Mr A Ash\n")
    assert classify_document(document) == "minutes"


def test_moderngov_minutes_cells(make_document) -> None:
    document = make_document(
        "Venue: Elm Room. View directions\n"
        "No. | Item |\n"
        "Annual Review PDF 91 KB | Minutes: RESOLVED that the review be noted. |\n"
    )
    assert classify_document(document) == "minutes"


def test_plan(make_document) -> None:
    document = make_document(
        "Community Safety Plan 2015/2016\n"
        "Foreword\n"
        "Emerging issue\tProposed Actions\tLead agency\tSupport agencies\tMeasures of Success\n"
        "1. Street drinking\tRun patrols\tPolice\tCouncil\tFewer incidents\n"
    )
    assert classify_document(document) == "plan"


def test_plan_that_mentions_resolved_is_still_a_plan(make_document) -> None:
    document = make_document(
        "Community Safety Plan 2015/2016\n"
        "Issues are resolved quickly by partners.\n"
        "Emerging issue\tProposed Actions\tLead agency\tMeasures of Success\n"
    )
    assert classify_document(document) == "plan"


def test_agenda(make_document) -> None:
    document = make_document(
        "AGENDA\n"
        "Safety Partnership\n"
        "Membership: Councillors Ash, Birch and Cedar\n"
        "1. To receive apologies for absence\n"
        "2. To consider the minutes of the last meeting\n"
    )
    assert classify_document(document) == "agenda"


def test_minutes_that_quote_a_plan_are_minutes(make_document) -> None:
    document = make_document(
        "SAFETY WORKING PARTY\n"
        "Minutes of the meeting held on 14 December 2015\n"
        "Present: Councillor Ann Lee\n"
        "99. SAFETY PLAN UPDATE\n"
        "The plan's proposed actions and lead agency columns were discussed.\n"
        "RESOLVED that the plan be noted.\n"
    )
    assert classify_document(document) == "minutes"


def test_unknown(make_document) -> None:
    assert classify_document(make_document("Hello world\nA letter about bins.\n")) == "unknown"


def test_cue_words_are_found_whatever_their_case(make_document) -> None:
    # The quick word check before each cue must not miss what the case-blind regex matches.
    document = make_document("MINUTES OF THE MEETING HELD ON 3 MAY\n\nMATTERS ARISING\n\nNone.\n")
    assert classify_document(document) == "minutes"


def test_cue_word_check_rules_out_only_absent_words() -> None:
    from minutebook.extract.kind import _fold_case, _leading_word, _MINUTES_CUES, _PLAN_CUES

    assert _leading_word(_PLAN_CUES[3]) == "measure"  # "measures?": the s is optional
    assert _leading_word(_MINUTES_CUES[0]) is None  # opens with an optional group
    assert "minutes" in _fold_case("M\u0130NUTES")
