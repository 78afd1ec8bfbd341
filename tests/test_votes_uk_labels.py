"""UK and Irish minutes that label the mover and seconder of a decision ("Proposed by: Cllr A   Seconded by: Cllr B"
on one line, the label's colon after "by"), and a seconder under the next item whose mover the reader cannot name
("Proposed as a true record by Cllr C seconded by Cllr D and unanimously approved"): the labels are no decision of
their own and name the decision's mover; the later seconder's vote is the later item's."""

from __future__ import annotations

from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.records import Attendee
from minutebook.extract.resolutions import extract_resolutions
from minutebook.extract.votes import extract_votes

MEMBERS = [
    Attendee(name="Petra Quillfeather", surname="Quillfeather"),
    Attendee(name="Owen Marchbank", surname="Marchbank"),
    Attendee(name="Dora Fenwright", surname="Fenwright"),
    Attendee(name="Silas Thorncombe", surname="Thorncombe"),
    Attendee(name="Hugo Ashdown", surname="Ashdown"),
    Attendee(name="Ruth Calder", surname="Calder"),
]


def _read(make_document, nlp, text):
    document = make_document(text)
    sections = split_sections(document, extract_items(document))
    resolutions = extract_resolutions(sections, nlp=nlp, lines=document.lines)
    votes = extract_votes(document, sections, attendees=MEMBERS, resolutions=resolutions)
    return resolutions, votes


WIDE_LABELS = (
    "31. Election of Chair\n"
    "It was RESOLVED that Cllr Quillfeather be elected Chair of the Council.\n"
    "Proposed by: Cllr Thorncombe          Seconded by: Cllr Fenwright\n"
    "\n"
    "32. To approve the minutes of the meeting held on 3 March\n"
    "Proposed as a true record by Cllr Marchbank seconded by Cllr Ashdown and unanimously approved.\n"
)

COLON_LABELS = (
    "5. Grass cutting\n"
    "RESOLVED: That the grass cutting contract be renewed for one year.\n"
    "Proposed: Cllr Marchbank, Seconded: Cllr Ashdown\n"
    "\n"
    "6. Playground\n"
    "The Chair proposed that the Council replace the swings, seconded by Cllr Fenwright and agreed unanimously.\n"
)


def test_labels_on_one_line_are_no_decision_of_their_own(make_document, nlp):
    resolutions, _ = _read(make_document, nlp, WIDE_LABELS)
    texts = [resolution.text for resolution in resolutions]
    assert not any(text.startswith("Proposed by:") for text in texts)
    assert any(text.startswith("It was RESOLVED that Cllr Quillfeather") for text in texts)


def test_labels_with_the_colon_after_the_verb_alone(make_document, nlp):
    resolutions, _ = _read(make_document, nlp, COLON_LABELS)
    texts = [resolution.text for resolution in resolutions]
    assert not any(text.startswith("Proposed:") for text in texts)
    contract = next(resolution for resolution in resolutions if "grass cutting contract" in resolution.text)
    assert contract.proposer is not None and "Marchbank" in contract.proposer


def test_a_seconder_under_the_next_item_votes_on_that_item(make_document, nlp):
    _, votes = _read(make_document, nlp, WIDE_LABELS)
    assert [(vote.item, vote.result, vote.seconder) for vote in votes] == [("32", "carried", "Hugo Ashdown")]


def test_an_unnamed_mover_s_motion_is_read_back_only_to_its_item(make_document, nlp):
    _, votes = _read(make_document, nlp, COLON_LABELS)
    swings = [vote for vote in votes if "swings" in vote.motion]
    assert [(vote.item, vote.seconder) for vote in swings] == [("6", "Dora Fenwright")]
    assert "grass" not in swings[0].motion


def test_a_seconder_in_the_same_item_stays_with_the_open_motion(make_document, nlp):
    # Negative: mover and seconder on lines of their own under one item make one vote, not two.
    text = (
        "7. Village hall lease\n"
        "It was proposed by Cllr Ashdown that the lease be renewed.\n"
        "This was seconded by Cllr Thorncombe. Carried.\n"
    )
    _, votes = _read(make_document, nlp, text)
    assert [(vote.item, vote.mover, vote.seconder) for vote in votes] == [("7", "Hugo Ashdown", "Silas Thorncombe")]


def test_a_proposal_to_adopt_is_not_a_label(make_document, nlp):
    # Negative: "Proposed:" before the words of a proposal, not a member's name, is no mover's label.
    text = "8. Budget\nProposed: that the precept for next year be set at the current level. Agreed.\n"
    resolutions, _ = _read(make_document, nlp, text)
    assert any("precept" in resolution.text for resolution in resolutions)


def test_a_mover_s_record_that_goes_on_to_its_decision_is_the_decision(make_document, nlp):
    text = (
        "1. Minutes\n"
        "Proposed Cllr Marchbank, seconded Cllr Fenwright and RESOLVED that the minutes of 3 March be signed.\n"
        "\n"
        "2. Hall\n"
        "Proposed by Cllr Ashdown; seconded by Cllr Calder; and agreed that the hall hire charge rise to £15.\n"
        "\n"
        "3. Payments\n"
        "The payments listed were approved.\n"
        "Proposed by Cllr Thorncombe, seconded by Cllr Ashdown.\n"
    )
    resolutions, _ = _read(make_document, nlp, text)
    texts = [resolution.text for resolution in resolutions]
    assert any(text.startswith("Proposed Cllr Marchbank") and "signed" in text for text in texts)
    assert any("hall hire charge" in text for text in texts)
    # Negative: a record of mover and seconder under a decision names its mover and is no decision of its own.
    assert not any(text.startswith("Proposed by Cllr Thorncombe") for text in texts)
    assert any(text == "The payments listed were approved." for text in texts)


def test_a_vote_label_after_the_seconder_is_no_part_of_the_name(make_document, nlp):
    text = (
        "9. Footpath\n"
        "Proposed: Cllr Marchbank  Seconded: Cllr Fenwright  Vote: For 5, Against 0, Abstain 1\n"
        "RESOLVED to repair the footpath by the church.\n"
    )
    _, votes = _read(make_document, nlp, text)
    assert [(vote.seconder, vote.count_for, vote.count_abstain) for vote in votes] == [("Dora Fenwright", 5, 1)]


def test_a_body_s_tally_under_a_later_item_is_a_vote_of_its_own(make_document, nlp):
    text = (
        "9. Footpath\n"
        "Proposed: Cllr Marchbank  Seconded: Cllr Fenwright  Vote: For 5, Against 0\n"
        "RESOLVED to repair the footpath by the church.\n"
        "\n"
        "11. Grants\n"
        "Councillors voted 5-1 in favour of a grant of £300 to the scouts.\n"
        "\n"
        "12. Trees\n"
        "Members voted 4 to 2 to fell the ash tree.\n"
    )
    _, votes = _read(make_document, nlp, text)
    assert [(vote.item, vote.count_for, vote.count_against) for vote in votes] == [
        ("9", 5, 0), ("11", 5, 1), ("12", 4, 2)
    ]


def test_a_tally_s_second_number_counts_no_side(make_document, nlp):
    # Negative: "5-1 in favour" is five for and one against, not one member in favour.
    text = "4. Grants\nThe Committee voted 5-1 in favour of the grant.\n"
    _, votes = _read(make_document, nlp, text)
    assert [(vote.count_for, vote.count_against) for vote in votes] == [(5, 1)]


def test_a_closing_tag_after_a_decision_is_part_of_it(make_document, nlp):
    text = (
        "1. Adoption of Minutes\n"
        "On the PROPOSAL of Cllr. Marchbank SECONDED by Cllr. Fenwright it was resolved that the minutes be adopted. "
        "AGREED.\n"
        "\n"
        "2. Report\n"
        "It was agreed that the annual report be published. Noted.\n"
        "\n"
        "3. Police\n"
        "The Sergeant reported two thefts. Noted.\n"
    )
    resolutions, _ = _read(make_document, nlp, text)
    texts = [resolution.text for resolution in resolutions]
    assert texts[0].endswith("be adopted. AGREED.") and texts[1].endswith("be published. Noted.")
    assert "AGREED." not in texts and texts.count("Noted.") <= 1
    # Negative: a tag after a report that decides nothing stays as the meeting's only decision on it.
    assert not any(text.startswith("The Sergeant reported") and "AGREED" in text for text in texts)


def test_a_named_division_under_the_next_item_is_that_item_s_vote(make_document, nlp):
    text = (
        "4. Disposal of Land\n"
        "Proposed by Councillor Thorncombe, seconded by Councillor Calder: \"That the disposal be approved.\"\n"
        "A vote was taken: For 12, Against 8.\n"
        "The Cathaoirleach declared the motion carried.\n"
        "\n"
        "5. Annual Budget\n"
        "Against: Councillors Ashdown and Calder.\n"
        "The Cathaoirleach declared the budget adopted.\n"
    )
    _, votes = _read(make_document, nlp, text)
    assert [(vote.item, vote.count_for, vote.voted_against) for vote in votes] == [
        ("4", 12, []), ("5", None, ["Hugo Ashdown", "Ruth Calder"])
    ]


def test_all_present_in_favour_closes_a_seconded_motion(make_document, nlp):
    text = (
        "4. Minutes of the meeting held on 1 April\n"
        "The minutes of the meeting held on 1 April were then proposed by Cllr Marchbank, seconded by Cllr Fenwright "
        "and all those at the meeting were in favour.\n"
        "\n"
        "5. Outstanding applications\n"
        "A proposal was raised to reply with \"No objection\" on these plans by Cllr Thorncombe. "
        "Cllr Ashdown seconded this and all Cllrs were in favour.\n"
        "\n"
        "6. Fete\n"
        "The Clerk asked whether all were in favour of a fete in July; the matter was left to the next meeting.\n"
    )
    _, votes = _read(make_document, nlp, text)
    assert [(vote.item, vote.mover, vote.seconder, vote.result) for vote in votes] == [
        ("4", "Owen Marchbank", "Dora Fenwright", "carried"),
        ("5", None, "Hugo Ashdown", "carried"),
    ]
    assert "in favour" not in votes[0].motion


def test_a_mover_s_record_ending_in_its_outcome_takes_the_quoted_decision_below(make_document, nlp):
    text = (
        "1. Minutes of the meeting held on 5 November\n"
        "\n"
        "It was proposed by Councillor S. Thorncombe, seconded by Councillor H. Ashdown, and RESOLVED\n"
        "\n"
        "\u201cThat the minutes of the meeting held on 5 November be adopted and approved.\u201d\n"
        "\n"
        "2. Sympathy\n"
        "\n"
        "Proposed by Councillor O. Marchbank, seconded by Councillor D. Fenwright and agreed:\n"
        "\n"
        "\u201cThat a vote of sympathy be extended to the family of the late Mr Tobias Wren.\u201d\n"
        "\n"
        "3. Questions\n"
        "\n"
        "It was proposed by Councillor S. Thorncombe that the questions be taken as read.\n"
    )
    resolutions, _ = _read(make_document, nlp, text)
    by_item = {resolution.item: resolution for resolution in resolutions}
    assert by_item["1"].text.startswith("RESOLVED \u201cThat the minutes of the meeting held on 5 November")
    assert by_item["1"].proposer is not None and "Thorncombe" in by_item["1"].proposer
    assert "vote of sympathy" in by_item["2"].text and by_item["2"].text.startswith("agreed")
    # Negative: a proposal with no outcome at its end does not swallow the paragraph after it.
    assert "3" not in by_item or "taken as read" in by_item["3"].text


def test_a_uk_outcome_word_after_the_seconder_is_the_vote(make_document, nlp):
    outcomes = ["Resolved.", "Approved.", "Agreed by all present.", "This was agreed.", "All Cllrs in favour.",
                "Resolved unanimously."]
    text = "".join(
        f"{number}. Item {number}\nCllr Marchbank proposed that the Council buy item {number}, seconded by "
        f"Cllr Fenwright. {outcome}\n\n"
        for number, outcome in enumerate(outcomes, 1)
    )
    _, votes = _read(make_document, nlp, text)
    assert [(vote.item, vote.mover, vote.seconder, vote.result) for vote in votes] == [
        (str(number), "Owen Marchbank", "Dora Fenwright", "carried") for number in range(1, len(outcomes) + 1)
    ]


def test_a_decision_sentence_after_a_nomination_is_no_vote_outcome(make_document, nlp):
    # Negative: "It was agreed that …" after a nomination records the decision, not a vote on a motion.
    text = (
        "8. Bank signatories\n"
        "Cllr Quillfeather proposed Cllr Ashdown, seconded by Cllr Fenwright. It was agreed that Cllr Ashdown will "
        "be the third signatory.\n"
    )
    _, votes = _read(make_document, nlp, text)
    assert votes == []


def test_a_record_closed_by_unanimous_approval_or_appointment(make_document, nlp):
    text = (
        "1. To approve the minutes of the meeting held on 2 November\n"
        "Proposed by Cllr Marchbank as a true record seconded by Cllr Fenwright unanimously approved.\n"
        "\n"
        "3. To review co-option applications\n"
        "Jonas Wexley – proposed by Cllr Thorncombe seconded by Cllr Ashdown and unanimously appointed.\n"
        "Ruth Wren - proposed by Cllr Ashdown seconded by Cllr Thorncombe and unanimously co-opted.\n"
        "\n"
        "4. Representatives\n"
        "Cllr Ashdown was appointed to the Village Hall committee last year.\n"
    )
    resolutions, votes = _read(make_document, nlp, text)
    assert any(resolution.text.startswith("Proposed by Cllr Marchbank as a true record") for resolution in resolutions)
    assert [(vote.item, vote.result) for vote in votes] == [("1", "carried"), ("3", "carried"), ("3", "carried")]


def test_a_proposal_then_its_seconded_assent_and_the_next_item_s_tally(make_document, nlp):
    text = (
        "4. Acting Chair\n"
        "It was proposed by Cllr Quillfeather that Cllr Ashdown be elected as Acting Chair until the AGM. This was "
        "seconded by Cllr Calder and unanimously agreed by all present.\n"
        "\n"
        "5. Hospital appeal\n"
        "It was agreed that £500 would be donated. 11 Councillors in favour, 1 against.\n"
        "Minutes were unanimously confirmed as being a true record.\n"
        "\n"
        "6. Bench\n"
        "This was seconded in the discussion of the bench.\n"
    )
    resolutions, votes = _read(make_document, nlp, text)
    texts = [resolution.text for resolution in resolutions]
    assert texts[0].startswith("It was proposed by Cllr Quillfeather") and texts[0].endswith("agreed by all present.")
    assert "Minutes were unanimously confirmed as being a true record." in texts
    assert not any(text.startswith("This was seconded in") for text in texts)
    assert [(vote.item, vote.count_for, vote.count_against) for vote in votes] == [("4", None, None), ("5", 11, 1)]


def test_parish_outcomes_resolution_passed_resolved_by_all_and_initials(make_document, nlp):
    members = MEMBERS + [Attendee(name="Jo Stuchfield", surname="Stuchfield"), Attendee(name="Jan Padfield", surname="Padfield")]
    text = (
        "3. MINUTES\n"
        "It was proposed by Cllr Marchbank and seconded by Cllr Fenwright that these be accepted as Minutes. "
        "Resolution passed.\n"
        "\n"
        "4. Notes of the last meeting\n"
        "Proposed by Councillor Ashdown and Seconded by Councillor Calder and RESOLVED by all that the notes be approved "
        "as minutes and signed by the Chairman.\n"
        "\n"
        "5. Draft notes\n"
        "There were no proposals for amendment. JS proposed that the draft notes be adopted as the Minutes, seconded by "
        "JP and resolved.\n"
        "\n"
        "6. Allocation of roles\n"
        "i. Speed devices – Cllr Ashdown (Proposed Cllr Marchbank, Seconded Cllr Fenwright) – All in favour\n"
        "\n"
        "7. Allotments\n"
        "Cllr Thorncombe proposed that he draft a letter to the landowner. This to be circulated between meetings. "
        "Seconded by Cllr Fenwright, Resolution passed.\n"
        "\n"
        "8. Reports\n"
        "It was agreed by all that the report was helpful. The Clerk said all in favour of the fete should sign up.\n"
    )
    document = make_document(text)
    sections = split_sections(document, extract_items(document))
    resolutions = extract_resolutions(sections, nlp=nlp, lines=document.lines)
    votes = extract_votes(document, sections, attendees=members, resolutions=resolutions)
    texts = [resolution.text for resolution in resolutions]
    assert any(text.endswith("accepted as Minutes. Resolution passed.") for text in texts)
    assert any(text.startswith("Cllr Thorncombe proposed") and text.endswith("Resolution passed.") for text in texts)
    assert [(vote.item, vote.result) for vote in votes] == [
        ("3", "carried"), ("4", "carried"), ("5", "carried"), ("6", "carried"), ("7", "carried")
    ]


def test_a_motion_by_initials_in_brackets_and_its_unanimous_assent_is_the_decision(make_document, nlp):
    text = (
        "6. Minutes\n"
        "Full Council Monthly Meeting 24/5/2022 - Motion (MD) & seconded (AH) that the minutes be approved as a true "
        "record. Unanimously agreed and signed by the Chairman.\n"
        "\n"
        "7. Benches\n"
        "The benches (oak) and the seconded staff (two) are due in July.\n"
    )
    resolutions, _ = _read(make_document, nlp, text)
    texts = [resolution.text for resolution in resolutions]
    assert any(text.startswith("Full Council Monthly Meeting 24/5/2022 - Motion (MD)") for text in texts)
    assert not any("benches" in text for text in texts)


def test_an_outcome_under_a_later_item_closes_no_earlier_motion(make_document, nlp):
    # Negative: the open motion of item 1 is not closed by "Resolved." or "it was approved" under a later item.
    text = (
        "1. Minutes\n"
        "Cllr Marchbank proposed that the minutes of 2 May be approved, seconded by Cllr Fenwright.\n"
        "\n"
        "2. Matters arising\n"
        "The Clerk said the drain on Vetch Lane was reported to the county. Resolved.\n"
        "\n"
        "3. Playground\n"
        "Cllr Ashdown asked about the slide. The Clerk said a quote had been sought and it was approved by the "
        "insurer last week.\n"
    )
    _, votes = _read(make_document, nlp, text)
    assert votes == []


def test_a_motion_read_back_from_its_seconder_starts_after_the_item_heading(make_document, nlp):
    # A seconder under the next item, the motion before it already seconded, opens a motion whose mover went unread.
    opened = "2. Accounts\nProposed by Cllr Marchbank, seconded by Cllr Calder that the accounts be approved.\n\n"
    forms = [
        ("3. Hall\nThe hall committee asked for a grant towards the roof. Seconded by Cllr Fenwright. Carried.\n",
         "The hall committee asked for a grant towards the roof."),
        ("3. Pond\nThe wildlife group offered to clear the pond. Seconded by Cllr Ashdown. Motion carried.\n",
         "The wildlife group offered to clear the pond."),
    ]
    for item, motion in forms:
        _, votes = _read(make_document, nlp, opened + item)
        assert [vote.motion for vote in votes if vote.item == "3"] == [motion]
    # Negative: a heading run on into lower-case words is no heading line: the motion starts on it.
    text = opened + "3. The Clerk to buy a new bench\nfor the green. Seconded by Cllr Ashdown. Carried.\n"
    _, votes = _read(make_document, nlp, text)
    assert not any((vote.motion or "").startswith("for the green") for vote in votes)
