"""Decisions as parish, town and community council minutes write them in plain text: a labelled proposer and seconder
under the topic they moved, a vote after the matter's discussion, an adverb set off by commas, "This was agreed to.",
a disposition closing the item's own heading line, and a planning response after the application was read."""

from __future__ import annotations

import pytest

from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.pipeline import with_uncovered_body
from minutebook.extract.resolutions import extract_resolutions


def _texts(make_document, nlp, text):
    document = make_document(text)
    sections = with_uncovered_body(document, split_sections(document, extract_items(document)))
    return [r.text for r in extract_resolutions(sections, nlp=nlp, lines=document.lines)]


def _in_item(make_document, nlp, said):
    return _texts(make_document, nlp, f"4. Business\n\n{said}\n\n5. Close\n\nThe meeting closed at 9pm.\n")


def test_labelled_pair_under_a_numbered_item_takes_the_items_title(make_document, nlp):
    text = (
        "1. Approval of the minutes of 5 April\nProposed: Ada Ferrow\nSeconded: Tom Quill\n\n"
        "2. Treasurer's report\nThe balance stands at £1,204.\nAdoption of the accounts:\nProposed: Tom Quill\n"
        "Seconded: Ada Ferrow\n\n3. Close\nThe meeting closed at 9pm.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "Approval of the minutes of 5 April: Proposed: Ada Ferrow Seconded: Tom Quill",
        "Adoption of the accounts: Proposed: Tom Quill Seconded: Ada Ferrow",
    ]


def test_labelled_pair_in_unnumbered_minutes_keeps_its_topic_line(make_document, nlp):
    text = (
        "MAPLE VALE COMMUNITY COUNCIL\nMinute of the meeting of 3 May\nMembers present: 6\n"
        "- Approval of the minute of 5 April\nProposed: Ada Ferrow\nSeconded: Tom Quill\n"
        "- Roads\nThe potholes were reported again. It was agreed that the Secretary would write to the roads team.\n"
        "Adoption of the annual accounts:\nProposed; Tom Quill\nSeconded; Ada Ferrow\n"
        "Office bearers agreed:\n- Chair – Ada Ferrow\n"
    )
    texts = _texts(make_document, nlp, text)
    assert "Approval of the minute of 5 April Proposed: Ada Ferrow Seconded: Tom Quill" in texts
    assert "Adoption of the annual accounts: Proposed; Tom Quill Seconded; Ada Ferrow" in texts


def test_a_proposer_alone_or_a_pair_closing_a_resolution_is_no_decision_of_its_own(make_document, nlp):
    assert _in_item(make_document, nlp, "Chair: Ada Ferrow\nProposed: Tom Quill") == []
    assert _in_item(
        make_document, nlp, "RESOLVED that the council object to the application.\nProposed by: Cllr Ferrow   "
        "Seconded by: Cllr Quill"
    ) == ["RESOLVED that the council object to the application. Proposed by: Cllr Ferrow Seconded by: Cllr Quill"]


@pytest.mark.parametrize(
    "said",
    [
        "The precept was discussed and it was voted 5 – 1 that it stay at £2,000 for the coming year.",
        "The three quotes were compared, and it was voted unanimously to accept the lowest.",
    ],
)
def test_a_vote_after_the_matters_discussion_is_the_decision(make_document, nlp, said):
    assert _in_item(make_document, nlp, said) == [said]


def test_a_vote_that_lost_after_the_discussion_decides_nothing(make_document, nlp):
    said = "The quotes were compared and it was voted 2 – 4 that the lowest be accepted."
    assert _in_item(make_document, nlp, said) == []


@pytest.mark.parametrize(
    "said",
    [
        "Minutes were, unanimously, approved as a true record of the meeting.",
        "It was, unanimously, agreed for the Clerk to write to the new owners.",
        "It was, therefore, agreed to defer the item to June.",
    ],
)
def test_an_adverb_set_off_by_commas_keeps_the_decision(make_document, nlp, said):
    assert _in_item(make_document, nlp, said) == [said]


def test_a_remark_set_off_by_commas_is_no_decision(make_document, nlp):
    assert _in_item(make_document, nlp, "It was, he said, agreed last year.") == []


@pytest.mark.parametrize(
    "said",
    [
        "He said that the Council should keep to the budgeted figure. This was agreed to.",
        "Cllr Ada Ferrow suggested that the hall be booked for the fete. This was agreed to.",
    ],
)
def test_this_was_agreed_to_closes_the_proposal_before_it(make_document, nlp, said):
    assert _in_item(make_document, nlp, said) == [said]


def test_agreed_to_be_goes_on_and_is_no_assent_to_the_sentence_before(make_document, nlp):
    said = "Cllr Ada Ferrow suggested resurfacing the path. This was agreed to be a matter for the county."
    assert _in_item(make_document, nlp, said) == ["This was agreed to be a matter for the county."]


def test_a_disposition_closing_the_items_heading_line_takes_the_title(make_document, nlp):
    text = (
        "4. Accounts\n\nThe accounts were read.\n\n5. Clerk's report and items for information – noted.\n\n"
        "6. Matters arising – Nil.\n\n7. Precept for next year – agreed.\n\n8. Close\n"
    )
    assert _texts(make_document, nlp, text) == [
        "Clerk's report and items for information – noted.",
        "Precept for next year – agreed.",
    ]


@pytest.mark.parametrize(
    "said",
    [
        "Councillors discussed this application and no objections were raised.",
        "Members read the plans and no comments were made.",
    ],
)
def test_no_objection_after_the_application_was_read_is_the_response(make_document, nlp, said):
    assert _in_item(make_document, nlp, said) == [said]


def test_no_objection_from_a_meetings_floor_is_no_response(make_document, nlp):
    assert _in_item(make_document, nlp, "The neighbours spoke and no objections were raised.") == []


@pytest.mark.parametrize(
    "said",
    [
        "Prize giving: Proposed by Ada Ferrow, SECONDARY School",
        "Proposed by Ada Ferrow, SECONDMENT Officer",
    ],
)
def test_a_word_that_starts_with_second_names_no_seconder(make_document, nlp, said):
    # Negative: "SECONDARY" / "SECONDMENT" after a proposer is no "Seconded" label, so the line is no decision.
    assert _in_item(make_document, nlp, said) == []


@pytest.mark.parametrize("said", ["Tom Quill of the SECONDARY SCHOOL spoke.", "The clerk's SECONDMENT ends in May."])
def test_a_word_that_starts_with_second_is_no_motion_word(said):
    from minutebook.extract.resolutions import _MOTION_WORDS

    assert _MOTION_WORDS.search(said) is None
    assert _MOTION_WORDS.search("Proposed: Ada Ferrow Seconded; Tom Quill") is not None


@pytest.mark.parametrize(
    "said",
    [
        "The plans were shown at the open day and no comments were made by residents.",
        "The proposal was read out and no objections were raised by the public.",
        "Neighbours viewed the plans and no observations were made.",
        "No objections were raised by members of the public.",
        "There were no objections from residents to the application.",
        # The one list of the public (extract/public.py) holds those an application concerns too.
        "The amended drawings were circulated and no comments were made by the applicant.",
        "The site notice was shown and no objections were raised by nearby homeowners.",
    ],
)
def test_no_objection_from_the_public_is_no_response(make_document, nlp, said):
    # Negative: the public's or residents' silence on a plan is not the council's response to it.
    assert _in_item(make_document, nlp, said) == []


def test_no_objection_from_the_council_after_residents_spoke_is_the_response(make_document, nlp):
    said = "Following remarks from residents, the council viewed the revised plans and no objections were raised."
    assert _in_item(make_document, nlp, said) == [said]


@pytest.mark.parametrize(
    "said",
    [
        "The bench sites were listed, and it was voted to the top of the list by residents.",
        "The entries for the Maple Vale show were judged, and it was voted to a shortlist of three.",
    ],
)
def test_voted_to_a_place_is_no_decision(make_document, nlp, said):
    # Negative: "voted to" before "the"/"a" moves a thing up a list; only "voted to" and a verb decides.
    assert _in_item(make_document, nlp, said) == []


@pytest.mark.parametrize(
    "said",
    [
        "Prop. Ferrow / Sec. Quill to buy two benches for the green. Carried unanimously.",
        "PROP: Cllr Ferrow SEC: Cllr Quill that two benches be bought for the green. Carried.",
        "Cllr Ferrow (P), Cllr Quill (S) to buy two benches for the green. All in favour.",
    ],
)
def test_a_clerks_shorthand_for_mover_and_seconder_opens_the_motion(make_document, nlp, said):
    # "Prop." and "Sec." end no sentence, and the marked or abbreviated pair opens the motion its outcome closes.
    [text] = _in_item(make_document, nlp, said)
    assert text == said


def test_a_shorthand_pair_with_no_outcome_is_no_decision(make_document, nlp):
    # Negative: the motion is recorded with its mover and seconder, then discussed; no outcome, no decision.
    said = "Prop. Ferrow / Sec. Quill to buy two benches. Cllr Dunn asked for prices from two suppliers first."
    assert _in_item(make_document, nlp, said) == []


@pytest.mark.parametrize(
    ("numbered", "decision"),
    [
        # Paragraphs numbered under their item, to two or three levels.
        ("102.2.1 RESOLVED that the reconciliation be signed by the Chair.",
         "RESOLVED that the reconciliation be signed by the Chair."),
        # A minute number running on from meeting to meeting, or with its year after a slash.
        ("2579. RESOLVED: that the grass-cutting contract be renewed.",
         "RESOLVED: that the grass-cutting contract be renewed."),
        ("24/101 Resolved that the grass-cutting contract be renewed.",
         "Resolved that the grass-cutting contract be renewed."),
    ],
)
def test_a_decision_under_its_paragraph_number(make_document, nlp, numbered, decision):
    text = f"4. Finance\nThe Clerk presented the accounts.\n\n{numbered}\n\n5. Close\nThe meeting closed at 9pm.\n"
    assert _texts(make_document, nlp, text) == [decision]


def test_a_paragraph_number_is_stripped_but_not_a_date_or_a_quantity():
    from minutebook.extract.items import strip_list_marker

    assert strip_list_marker("102.2.1 RESOLVED that …") == "RESOLVED that …"
    assert strip_list_marker("24/101 It was agreed …") == "It was agreed …"
    assert strip_list_marker("12.03.2025 The Council met …") == "12.03.2025 The Council met …"
    assert strip_list_marker("2.5 tonnes of salt were bought.") == "2.5 tonnes of salt were bought."
    # A year, a count without its stop and "24/7" are the sentence's own words; so is a number after a list marker.
    for kept in ("2031 Budget: RESOLVED to set the precept.", "100 Residents signed the petition.",
                 "24/7 CCTV was agreed for the car park.", "999 Calls were discussed."):
        assert strip_list_marker(kept) == kept
    assert strip_list_marker("3. 2031 Budget agreed.") == "2031 Budget agreed."


@pytest.mark.parametrize(
    ("paragraph", "decision"),
    [
        # Two numbered paragraphs run together on one line: the decision is the second one's sentence.
        ("31.1 The Clerk read the quote for the bench. 31.1.1 It was RESOLVED to accept the quote.",
         "It was RESOLVED to accept the quote."),
        # The same on two lines that the reader joins into one paragraph.
        ("31.1 Application 24/0031/FUL at Mill Lane was considered.\n31.1.1 It was RESOLVED to raise no objection.",
         "It was RESOLVED to raise no objection."),
    ],
)
def test_a_decision_cut_from_a_paragraph_drops_the_next_paragraphs_number(make_document, nlp, paragraph, decision):
    text = f"31. Planning\n{paragraph}\n\n32. Close\nThe meeting closed at 9pm.\n"
    assert _texts(make_document, nlp, text) == [decision]


def test_a_decision_opening_on_a_date_or_a_quantity_keeps_it(make_document, nlp):
    # Negative: a date or a quantity at the start of a decision cut from a paragraph is its own words.
    text = ("31. Winter\nThe Clerk read the quote. 2.5 tonnes of grit were offered and it was RESOLVED to buy them. "
            "12.03.2031 The Council RESOLVED to meet the supplier.\n\n32. Close\n")
    assert _texts(make_document, nlp, text) == [
        "2.5 tonnes of grit were offered and it was RESOLVED to buy them.",
        "12.03.2031 The Council RESOLVED to meet the supplier.",
    ]


@pytest.mark.parametrize(
    "said",
    [
        "The Draft Accounts and the Precept was discussed and resolved to set the precept at £2,700.",
        "The hire charges were considered and agreed that they should rise by £5.",
    ],
)
def test_a_matter_discussed_then_decided_with_its_subject_left_out(make_document, nlp, said):
    assert _in_item(make_document, nlp, said) == [said]


def test_a_matter_discussed_and_put_off_is_no_decision(make_document, nlp):
    said = "The bins were discussed and will be looked at again in March."
    assert _in_item(make_document, nlp, said) == []
