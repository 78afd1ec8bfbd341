"""Decisions written without "resolved": shorthand motions, motions put with no mover, papers approved in the
passive with the verb left out, a consultation response with numbered comments, and notes that are no decisions."""

from __future__ import annotations

from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.resolutions import extract_resolutions


def _texts(make_document, nlp, text):
    document = make_document(text)
    return [r.text for r in extract_resolutions(split_sections(document, extract_items(document)), nlp=nlp)]


def test_moved_seconded_approved_shorthand(make_document, nlp):
    text = (
        "#### 4. Board Seats\n\nM/S/A to elect Dana Pike to fill the vacant seat.\n\n"
        "M/S/Unanimous approval to thank Rory Vance for many years of service.\n\n"
        "#### 5. Records\n\nM/S/A the minutes of June 4 as distributed by email.\n\n"
        "The chair noted the heat. It was also M/S/P that the group donate $50 to the food bank.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "M/S/A to elect Dana Pike to fill the vacant seat.",
        "M/S/Unanimous approval to thank Rory Vance for many years of service.",
        "M/S/A the minutes of June 4 as distributed by email.",
        "It was also M/S/P that the group donate $50 to the food bank.",
    ]


def test_shorthand_lookalikes_are_not_decisions(make_document, nlp):
    text = "#### 2. Sound Desk\n\nThe M/S/A switches on the desk were cleaned.\n\nM/S/A.\n"
    assert _texts(make_document, nlp, text) == []


def test_motion_put_with_no_mover_then_its_outcome(make_document, nlp):
    text = (
        "#### 3. Minutes and Treasurer's Report\n\n"
        "There was a motion to approve the minutes from the May 3 meeting. The motion passed. "
        "There was a motion to approve the Treasurer's Report. The motion passed.\n\n"
        "#### 4. Benches\n\nThere was a motion to buy two benches. The motion failed.\n\n"
        "There was a motion that the hall be painted. It will be voted on in June.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "There was a motion to approve the minutes from the May 3 meeting. The motion passed.",
        "There was a motion to approve the Treasurer's Report. The motion passed.",
    ]


def test_papers_approved_with_the_verb_left_out(make_document, nlp):
    text = (
        "#### 1. Minutes\n\nMinutes of the April meeting approved.\n\n"
        "#### 2. Finance\n\nTreasurer's report accepted as presented.\n\nBills for payment approved unanimously.\n\n"
        "#### 3. Planning\n\nPlanning permission approved.\n\nThe report said the budget was approved.\n\n"
        "The clerk's report on the precept to be approved in January.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "Minutes of the April meeting approved.",
        "Treasurer's report accepted as presented.",
        "Bills for payment approved unanimously.",
    ]


def test_when_the_record_itself_was_approved_is_no_decision(make_document, nlp):
    text = (
        "#### 1. Welcome\n\nThese meeting minutes were approved at the October 2020 meeting.\n\n"
        "This minutes was approved on 3 May.\n\n"
        "#### 2. Minutes\n\nThe minutes of the June meeting were approved.\n"
    )
    assert _texts(make_document, nlp, text) == ["The minutes of the June meeting were approved."]


def test_consultation_comments_are_one_decision(make_document, nlp):
    text = (
        "#### 5. Planning: 24/0101 Mill Lane\n\nThe Council resolved to make the following comments:\n\n"
        "1. The access is too narrow for delivery vehicles.\n\n2. The boundary hedge should be kept.\n\n"
        "#### 6. Depot Consultation\n\nThe application was discussed. Members agreed the following observations:\n\n"
        "- (a) lorries should not use the school road\n- (b) working hours should end at 6pm\n\n"
        "#### 7. Trees\n\nThe Committee agreed to:\n\n- (a) fell the dead ash\n- (b) replant in spring\n"
    )
    assert _texts(make_document, nlp, text) == [
        "The Council resolved to make the following comments:",
        "Members agreed the following observations:",
        "The Committee agreed to: fell the dead ash",
        "The Committee agreed to: replant in spring",
    ]


def test_body_voted_after_an_adverb_of_sequence(make_document, nlp):
    text = (
        "#### 8. Events\n\nThe fair was discussed. Finally, the Board voted to allocate $400 to the fair.\n\n"
        "Then the Commission voted 2-3 to close the pool.\n"
    )
    assert _texts(make_document, nlp, text) == ["Finally, the Board voted to allocate $400 to the fair."]
