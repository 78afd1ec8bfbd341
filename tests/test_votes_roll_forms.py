"""Votes: more ways a roll call is written, and the lookalikes that must give no position."""

from __future__ import annotations

import pytest

from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.records import Attendee
from minutebook.extract.votes import _tally_runs, extract_votes


def _votes(make_document, text, attendees=()):
    document = make_document(text)
    return extract_votes(document, split_sections(document, extract_items(document)), attendees=attendees)


def _sides(vote):
    return (sorted(vote.voted_for), sorted(vote.voted_against), sorted(vote.abstained))


@pytest.mark.parametrize(
    "roll",
    [
        "ROLL CALL VOTE: Commissioner Tarn – AYE, Commissioner Holm – AYE, Commissioner Yeats – NAY. Motion passed 2-1.",
        "Roll call vote: Councilor Tarn, Yes; Councilor Holm, Yes; Councilor Yeats, No. The motion passed 2-1.",
        "The vote was as follows: Trustee Tarn, Aye; Trustee Holm, Aye; Trustee Yeats, Nay. Motion carried 2-1.",
    ],
)
def test_roll_call_answers_in_capitals_after_a_dash_or_a_comma(make_document, roll):
    text = f"#### 3. Site Plan\n\nCommissioner Tarn moved to approve the site plan, seconded by Commissioner Holm. {roll}\n"
    [vote] = _votes(make_document, text)
    assert vote.result == "carried"
    assert _sides(vote) == (["Holm", "Tarn"], ["Yeats"], [])


@pytest.mark.parametrize("absent", ["Not Present", "Absent", "Excused"])
def test_an_answer_that_is_no_position_does_not_join_the_next_name(make_document, absent):
    text = (
        "#### 5. Zoning Amendment\n\nMOTION: Tom Wick\nSECOND: Rob Fell\n\nRoll Call Vote:\n"
        f"Glade:          Yes\nWick:        Yes\nMarlow:      {absent}\nFell:          No\nVane:         Yes\n"
    )
    [vote] = _votes(make_document, text)
    assert _sides(vote) == (["Glade", "Vane", "Wick"], ["Fell"], [])


@pytest.mark.parametrize("answers", [("Yes", "Yes", "No", "Yes"), ("Aye", "Aye", "Nay", "Aye")])
def test_member_and_answer_on_lines_of_their_own(make_document, answers):
    names = ("Lane", "Moss", "Nash", "Orr")
    roll = "\n".join(f"{name}\n{answer}" for name, answer in zip(names, answers))
    text = f"#### 7. Budget Amendment\n\nMotion by Orr, supported by Lane, to amend the budget.\nRoll call vote:\n{roll}\nMotion carried.\n"
    [vote] = _votes(make_document, text)
    assert _sides(vote) == (["Lane", "Moss", "Orr"], ["Nash"], [])


def test_a_table_of_answers_to_two_motions_gives_no_sides(make_document):
    text = (
        "#### 6. Votes\n\n| Member | Motion 1 | Motion 2 |\n|---|---|---|\n| Ames | Aye | Aye |\n| Burr | Aye | Nay |\n"
        "| Cobb | Nay | Aye |\n| Egan | Abs | Aye |\n"
    )
    for vote in _votes(make_document, text):
        assert _sides(vote) == ([], [], [])


@pytest.mark.parametrize(
    ("record", "mover"),
    [
        ("Minutes, Dick makes a motion to approve the minutes, Gary seconds the motion. Take a vote: Dick aye, Gary aye, "
         "Jan aye.", "Dick Dillard"),
        ("Gary makes a motion to pay the claims. Dick seconds. Vote Dick aye, Gary aye, Jan aye.", "Gary Manton"),
    ],
)
def test_a_small_board_that_names_its_members_by_first_name(make_document, record, mover):
    attendees = [Attendee(name="Janet Kewley", surname="Kewley"), Attendee(name="Dick Dillard", surname="Dillard"),
                 Attendee(name="Gary Manton", surname="Manton")]
    [vote] = _votes(make_document, f"## MINUTES APPROVAL\n{record}\n", attendees)
    assert vote.mover == mover
    assert sorted(vote.voted_for) == ["Dick Dillard", "Gary Manton", "Janet Kewley"]


def test_a_short_first_name_stays_as_written_when_two_members_share_it(make_document):
    attendees = [Attendee(name="Janet Kewley", surname="Kewley"), Attendee(name="Janice Moor", surname="Moor"),
                 Attendee(name="Gary Manton", surname="Manton")]
    [vote] = _votes(make_document, "## ROADS\nGary makes a motion to grade the road. Take a vote: Gary aye, Jan aye.\n",
                    attendees)
    assert sorted(vote.voted_for) == ["Gary Manton", "Jan"]


@pytest.mark.parametrize(
    "text",
    [
        "A resolution must be passed by the town board and is due in by 2/1 of the year. Motion carried.",
        "A buyer said a home could lose value by 10 to 20 percent near the courts. The motion carried.",
    ],
)
def test_a_date_or_a_percentage_is_no_tally(make_document, text):
    votes = _votes(make_document, f"#### 2. Correspondence\n\nMotion by Hale, second by Voss to reply. {text}\n")
    assert [(vote.count_for, vote.count_against) for vote in votes] == [(None, None)]


@pytest.mark.parametrize(
    "record",
    [
        "Vote on Motion: The motion passed with 3 members\nin favor (Bragg, Coles and\nDunne) and 1 against\n(Amory).",
        "The motion passed with 3 members in favor (Bragg, Coles, Dunne) and 1 against (Amory). Chair Kemp was absent.",
    ],
)
def test_members_in_favour_counted_and_named_in_brackets(make_document, record):
    text = f"## II. Contract\n\nDirector Bragg made the motion to approve the contract.\nDirector Coles seconded the motion.\n{record}\n"
    [vote] = _votes(make_document, text)
    assert (vote.result, vote.count_for, vote.count_against) == ("carried", 3, 1)
    assert _sides(vote) == (["Bragg", "Coles", "Dunne"], ["Amory"], [])


def test_a_count_on_the_line_before_its_lower_case_label(make_document):
    text = ("## IV. Budget\n\nDirector Bragg made the motion to adopt the budget.\nDirector Coles seconded the motion.\n"
            "The motion passed with 4 members in favor (Bragg, Coles, Dunne, Amory) and 0\nagainst.\n")
    [vote] = _votes(make_document, text)
    assert (vote.count_for, vote.count_against) == (4, 0)


def test_a_lower_case_motion_carried_ends_the_last_list(make_document):
    text = ("#### 4. Sidewalks\n\nCouncilmember Ames moved to approve the repairs, seconded by Councilmember Burr. "
            "Aye: Ames, Burr, Dyer; Nay: Cobb; motion carried.\n")
    [vote] = _votes(make_document, text)
    assert vote.result == "carried"
    assert _sides(vote) == (["Ames", "Burr", "Dyer"], ["Cobb"], [])


def test_members_in_favour_of_a_proposal_in_the_discussion_cast_no_vote(make_document):
    text = ("#### 4. Sidewalks\n\nResidents spoke, with Ames and Burr in favor of wider paths.\n\n"
            "#### 5. Parks\n\nThe parks report was received.\n")
    assert _votes(make_document, text) == []


@pytest.mark.parametrize(
    ("tally", "against"),
    [("AYES – 3 (Lyle, Marsh absent); NOES – 1 (Cook); ABSTAIN – 0", ["Cook"]),
     ("AYES – 4 (Lyle absent); NOES – 0; ABSTAIN – 0", [])],
)
def test_members_named_absent_in_the_ayes_bracket_are_no_ayes(make_document, tally, against):
    text = f"#### 7-B. Design Review\n\nM/S Cunningham/Kohl to approve the design review.\n{tally}\n"
    [vote] = _votes(make_document, text)
    assert vote.voted_for == []
    assert vote.voted_against == against


@pytest.mark.parametrize(
    "second",
    ["The main motion as amended carried 4-1, Councilmember Cobb voting no.",
     "Vote on Primary Motion: The motion passed 4-1."],
)
def test_a_second_tally_after_a_decided_vote_is_another_vote(make_document, second):
    text = (
        "#### 4. Parking Ordinance\n\nCouncilmember Ames moved to adopt the ordinance, seconded by Councilmember Burr.\n"
        "Councilmember Burr moved to call the question, seconded by Councilmember Ames. Motion carried 5-0.\n"
        f"{second}\n"
    )
    votes = _votes(make_document, text)
    assert [(vote.count_for, vote.count_against) for vote in votes] == [(5, 0), (4, 1)]
    assert votes[0].voted_against == []


def test_a_tally_restated_in_a_side_list_stays_one_vote(make_document):
    text = ("#### 4. Parking Ordinance\n\nCouncilmember Ames moved to adopt the ordinance, seconded by Councilmember Burr. "
            "Motion carried 4-1. Ayes: 4. Noes: 1 (Cobb).\n")
    [vote] = _votes(make_document, text)
    assert (vote.count_for, vote.count_against, vote.voted_against) == (4, 1, ["Cobb"])


@pytest.mark.parametrize(
    "roll",
    ["Roll call vote: Yes: Lane, Moss, Nash. No: Orr. Absent: Pratt. Motion carried.",
     "Roll call vote: Yes: Lane, Moss, Nash; No: Orr; Absent: Pratt. Motion carried."],
)
def test_yes_and_no_lists_each_closed_by_a_stop(make_document, roll):
    text = f"## 7. Budget\n\nMotion by Trustee Orr, supported by Trustee Lane, to amend the budget.\n{roll}\n"
    [vote] = _votes(make_document, text)
    assert _sides(vote) == (["Lane", "Moss", "Nash"], ["Orr"], [])


def test_a_document_number_is_no_list_of_noes(make_document):
    text = ("## 7. Budget\n\nMotion by Trustee Orr, supported by Trustee Lane, to adopt Resolution No: Budget Twelve. "
            "Ayes: Lane, Moss, Nash, Orr. Motion carried.\n")
    [vote] = _votes(make_document, text)
    assert _sides(vote) == (["Lane", "Moss", "Nash", "Orr"], [], [])


def test_members_voting_no_listed_with_a_serial_comma(make_document):
    text = ("## 7. Warrant\n\nLane made a motion to sign the warrant, seconded by Moss. Motion failed 2-3, with Orr, Pratt, "
            "and Quill voting no.\n")
    [vote] = _votes(make_document, text)
    assert vote.result == "lost"
    assert _sides(vote) == ([], ["Orr", "Pratt", "Quill"], [])


def test_a_numbered_line_after_a_roll_call_is_no_count(make_document):
    text = ("## NEW BUSINESS\n1. Hall cleaning. Dick makes a motion to buy a vacuum, Gary seconds the motion. "
            "Vote Dick aye, Gary aye, Jan aye\n4. Meetings resume in May.\n")
    [vote] = _votes(make_document, text)
    assert (vote.count_for, vote.count_against) == (None, None)


@pytest.mark.parametrize("order", ["were approved unanimously", "were unanimously approved"])
def test_each_set_of_minutes_approved_unanimously_is_its_own_vote(make_document, order):
    text = (f"## 4 APPROVAL OF MINUTES\nMinutes of May 9, 2024, {order}.\nMinutes of July 11, 2024, {order}.\n"
            "## 5 REGULAR AGENDA ITEMS\nNone.\n")
    votes = _votes(make_document, text)
    assert [vote.result for vote in votes] == ["carried", "carried"]
    assert "July 11" in votes[1].motion


def test_an_approval_restated_after_its_motion_carried_stays_one_vote(make_document):
    text = "## 4 MINUTES\nMoved by Cllr Hale, seconded by Cllr Voss. Carried unanimously.\n## 5 REPORTS\nNone.\n"
    assert len(_votes(make_document, text)) == 1


@pytest.mark.parametrize("after", ["\n\n3. ADJOURNMENT\nThe meeting adjourned at 8:15 p.m.\n", "\n4) New Business\nNone.\n"])
def test_a_counted_list_ends_before_the_next_item(make_document, after):
    # The next item's number is no count of the list above it, and the list stays one vote.
    text = (
        "2. CONSENT CALENDAR\nA motion was made by Councilmember Dorn, seconded by Councilmember Egan, to approve the "
        "purchase. The motion carried by the following vote:\nAye: 5 - Alder, Birch, Cole, Dorn, Egan" + after
    )
    [vote] = _votes(make_document, text)
    assert vote.count_for == 5
    assert _sides(vote) == (["Alder", "Birch", "Cole", "Dorn", "Egan"], [], [])


@pytest.mark.parametrize("second", ["2nd Cole", "2nd: Cole"])
def test_the_ordinal_alone_before_a_seconder(make_document, second):
    text = f"2. MINUTES\nA motion was made by Councilmember Dorn, {second}, to approve the minutes. The motion carried 5-0.\n"
    [vote] = _votes(make_document, text)
    assert (vote.mover, vote.seconder, vote.count_for) == ("Dorn", "Cole", 5)


def test_a_mover_and_seconder_called_by_pet_forms_are_the_members(make_document):
    attendees = [Attendee(name="David Rusk", surname="Rusk"), Attendee(name="Stuart Penhale", surname="Penhale"),
                 Attendee(name="Rhoda Kettle", surname="Kettle")]
    [vote] = _votes(make_document, "## TREASURER\nMotion by Dave to accept the report, 2nd by Stu. Voice vote-Motion carried.\n",
                    attendees)
    assert (vote.mover, vote.seconder) == ("David Rusk", "Stuart Penhale")


BOARD = [Attendee(name=name, surname=name.split()[-1]) for name in ("Ann Tarn", "Ben Holm", "Cy Yeats", "Dee Pryor")]


@pytest.mark.parametrize(
    "named",
    [
        "Approved by Ann, Ben, Cy\nand Dee.",
        # one reading of the approval, whatever the case of its words (`votes.APPROVED_BY_NAMES`)
        "APPROVED BY Ann, Ben, Cy and Dee.",
        "approved by Ann Tarn, Ben Holm, Cy Yeats and Dee Pryor.",
        "Vote role/voice carried. Yes – 4, No – 0 All yes – (Ann Tarn, Ben Holm, Cy Yeats, Dee Pryor)",
        "Vote role/voice carried. Yes - 4, No – 0\nDee, Cy, Ben, and Ann",
    ],
)
def test_members_named_as_a_plain_list_are_the_for_list(make_document, named):
    text = f"#### 4. Cemetery\n\nMotion made by Ann to survey the cemetery seconded by Ben. {named}\n\n#### 5. Roads\n"
    [vote] = _votes(make_document, text, BOARD)
    assert (vote.mover, vote.seconder, vote.result) == ("Ann Tarn", "Ben Holm", "carried")
    assert _sides(vote) == (["Ann Tarn", "Ben Holm", "Cy Yeats", "Dee Pryor"], [], [])


@pytest.mark.parametrize(
    "named",
    [
        # a split tally: who voted which way is not said
        "Yea – 3 and Nay – 1. (Ann Tarn, Ben Holm, Cy Yeats, Dee Pryor)",
        # the count and the names disagree
        "Yes – 4, No – 0 Ann, Ben",
        # not the members: places and a firm
        "Approved by Hartford, Mason and Lake Counties. Motion carried.",
    ],
)
def test_plain_lists_that_name_no_side(make_document, named):
    text = f"#### 4. Cemetery\n\nMotion made by Ann to survey the cemetery seconded by Ben. {named}\n\n#### 5. Roads\n"
    [vote] = _votes(make_document, text, BOARD)
    assert vote.voted_for == [] and vote.voted_against == []


@pytest.mark.parametrize(
    ("said", "mover", "seconder"),
    [
        ("AT motion to adopt Resolution R2031-4 to allow a franchise fee. 2nd by BH. Roll call vote-AT, Aye; BH, Aye; "
         "CY, Aye. Motion carried.", "Ann Tarn", "Ben Holm"),
        ("CY motioned for adjournment, 2nd by DP Voice vote-Motion carried.", "Cy Yeats", "Dee Pryor"),
        ("2031 Proposed Budget – Ann made motion to approve the Proposed Budget Ben seconded. Vote role/voice carried. "
         "Yes - 4, No – 0", "Ann Tarn", "Ben Holm"),
        ("Tarn made the following motion:\n\"To authorize the Treasurer to borrow no more than $5,000.\" Holm seconded the "
         "motion. Motion passes 4-0.", "Ann Tarn", "Ben Holm"),
    ],
)
def test_movers_and_seconders_written_without_by(make_document, said, mover, seconder):
    [vote] = _votes(make_document, f"#### 4. New Business\n\n{said}\n\n#### 5. Adjournment\n", BOARD)
    assert (vote.mover, vote.seconder, vote.result) == (mover, seconder, "carried")


def test_mover_lookalikes_without_by(make_document):
    text = (
        "#### 4. New Business\n\nThe motion to buy a truck carried. John Smith seconded the motion. Motion carried.\n\n"
        "#### 5. Adjournment\n"
    )
    votes = _votes(make_document, text, BOARD)
    assert votes and all(vote.mover is None for vote in votes)  # "The motion to buy …" names no mover
    assert {vote.seconder for vote in votes} <= {None, "John Smith"}  # a two-word name that is no attendee stays as written


@pytest.mark.parametrize(
    ("said", "mover", "seconder"),
    [
        ("Rosa 1st motion to accept , Tom seconded 4 Yea 0 nay", "Rosa", "Tom"),
        ("Una made 1st and Rosa seconded\t4 yea 0 nay", "Una", "Rosa"),
        ("Tom made 1st motion to reimburse Una, Rosa seconded. Passed 4 yea 0 nay", "Tom", "Rosa"),
    ],
)
def test_a_small_boards_ordinal_mover_and_bare_seconder(make_document, said, mover, seconder):
    [vote] = _votes(make_document, f"#### 2. Minutes\n\n{said}\n\n#### 3. Bills\n")
    assert (vote.mover, vote.seconder, vote.result) == (mover, seconder, "carried")


@pytest.mark.parametrize(
    ("said", "counts"),
    [
        # "yay" for "yea", as some township clerks spell the side for a motion, before or after its count.
        ("Review of the agenda: motion by Rosa 2nd by Tom, Yay 4 nay 1", (4, 1)),
        ("Rosa made a motion to pay all bills. 2nd by Tom. 5 yay 0 nay.", (5, 0)),
        # The near miss: a cheer in a report is no tally.
        ("Tom reported the fun run raised $400, yay! 3 nay-sayers came anyway.", None),
    ],
)
def test_a_tally_spelt_yay(make_document, said, counts):
    votes = _votes(make_document, f"#### 2. Business\n\n{said}\n\n#### 3. Adjournment\n")
    if counts is None:
        assert not [vote for vote in votes if vote.count_for is not None]
    else:
        [vote] = votes
        assert (vote.count_for, vote.count_against, vote.result) == (*counts, "carried")


def test_ordinal_lookalike_is_no_mover(make_document):
    text = "#### 2. Roads\n\nTom made 1st contact with the county about the culvert. The motion carried.\n\n#### 3. Bills\n"
    assert [(vote.mover, vote.result) for vote in _votes(make_document, text)] == [(None, "carried")]


def test_a_tally_ending_its_line_is_not_reported_by_the_next_business(make_document):
    text = (
        "#### 2. Bills\n\nMotion made by Ann to accept Invoices seconded by Ben. Vote role/voice carried. Yes - 4, No – 0\n"
        "New Business:\nTwo candidates running in the 2031 election spoke.\n"
    )
    [vote] = _votes(make_document, text, BOARD)
    assert (vote.count_for, vote.count_against) == (4, 0)
    # The tally's sentence runs on to the next line, lower case: a vote of years before, reported.
    lined = "The vote was Yes - 4, No – 0\nin 2019 on the same question.\n"
    assert _tally_runs(lined.replace("\n", " "), lined) == []
    lined = "The vote was Yes - 4, No – 0\nNew Business: two candidates in the 2031 election spoke.\n"
    assert [run.counts for run in _tally_runs(lined.replace("\n", " "), lined)] == [{"for": 4, "against": 0}]


def test_approval_by_named_members_under_a_run_in_topic_is_its_own_vote(make_document):
    text = (
        "#### 6. Unfinished Business\n\n"
        "Boundary Survey: – Cost for 4 pins $820. Motion by Ann and seconded by Ben to have the cemetery surveyed. "
        "Approved by Ann, Ben, Cy and Dee.\n"
        "Shed Removal: – Received 3 bids. A local firm was lowest. Approved by Ann, Ben, Cy\nand Dee. Motion carried.\n\n"
        "#### 7. Public Comment\n"
    )
    survey, shed = _votes(make_document, text, BOARD)
    assert (survey.mover, survey.seconder, survey.result) == ("Ann Tarn", "Ben Holm", "carried")
    assert (shed.mover, shed.result) == (None, "carried")
    assert _sides(survey) == _sides(shed) == (["Ann Tarn", "Ben Holm", "Cy Yeats", "Dee Pryor"], [], [])
    # The approval restating the outcome just given is the same vote.
    text = (
        "#### 6. Roads\n\nMotion by Ann and seconded by Ben to grade the road. Motion carried. Approved by Ann, Ben, Cy "
        "and Dee.\n\n#### 7. Public Comment\n"
    )
    [vote] = _votes(make_document, text, BOARD)
    assert len(vote.voted_for) == 4


@pytest.mark.parametrize(
    "said",
    ["2. Motioned by AT, 2nd by BH to set the budget meeting for March 11. Voice vote carried.",
     "~AT moved to approve the payment of bills, 2nd by BH. Motion carried."],
)
def test_motioned_by_and_a_bulleted_initials_mover(make_document, said):
    [vote] = _votes(make_document, f"#### 4. New Business\n\n{said}\n\n#### 5. Adjournment\n", BOARD)
    assert (vote.mover, vote.seconder, vote.result) == ("Ann Tarn", "Ben Holm", "carried")


@pytest.mark.parametrize("tally", ["Yes-4,No-0", "Yes-4\nNo-0", "Ayes:4 Nays:0"])
def test_a_count_touching_its_sides_label(make_document, tally):
    text = (
        "#### 2. Minutes\n\nMotion made by Ann to accept previous month’s minutes, seconded by Ben. Vote voice carried "
        f"{tally}\nMotion made by Cy to accept the agenda, seconded by Dee. Vote voice carried Yes - 4, No - 0\n\n"
        "#### 3. Bills\n"
    )
    minutes, agenda = _votes(make_document, text, BOARD)
    assert (minutes.mover, minutes.seconder, minutes.count_for, minutes.count_against) == ("Ann Tarn", "Ben Holm", 4, 0)
    assert (agenda.mover, agenda.seconder) == ("Cy Yeats", "Dee Pryor")


def test_a_range_is_no_tally(make_document):
    lined = "The hall seats 20-40 people; items 2-5 were read."
    assert _tally_runs(lined, lined) == []


@pytest.mark.parametrize(
    "named",
    [
        "All in Favor: Ann T, Ben H, Cy Y and Dee P.",
        "Approved: Ann T., Ben H., Cy Y. and Dee P.",
        "Vote role - Ann, Ben,\nCy, and Dee. All yes",
        "Roll Call - Ann T., Ben H., Cy Y. and Dee P. All yes",
    ],
)
def test_members_listed_under_an_approval_label_or_closed_by_all_yes(make_document, named):
    text = f"#### 4. Signs\n\nMotion made by Ann and seconded by Ben to buy a sign. {named}\n\n#### 5. Roads\n"
    [vote] = _votes(make_document, text, BOARD)
    assert _sides(vote) == (["Ann Tarn", "Ben Holm", "Cy Yeats", "Dee Pryor"], [], [])


def test_an_opening_roll_call_of_names_is_attendance_not_a_vote(make_document):
    text = (
        "#### 1. Call to Order\n\nRoll call: Ann Tarn, Ben Holm and Cy Yeats.\n\n"
        "#### 2. Signs\n\nMotion made by Ann and seconded by Ben to buy a sign. Motion carried.\n"
    )
    [vote] = _votes(make_document, text, BOARD)
    assert vote.voted_for == []


def test_a_first_name_and_surname_initial_resolve_to_one_member(make_document):
    board = [*BOARD, Attendee(name="Ann Toms", surname="Toms")]
    text = "#### 4. Signs\n\nMotion made by Ben and seconded by Cy to buy a sign. Approved: Ann T., Ben H., Cy Y. and Dee P.\n"
    [vote] = _votes(make_document, text, board)
    assert sorted(vote.voted_for) == ["Ann T", "Ben Holm", "Cy Yeats", "Dee Pryor"]  # two members fit "Ann T."


@pytest.mark.parametrize(
    "roll",
    [
        # a school board's roll call after each resolution, one clause a member, a member away named in the run
        "ROLL CALL: Mrs. Pell, yes; Mr. Corwin, absent; Mrs. Dray, no; Mr. Ostend, yes",
        "Roll call: Trustee Pell, Aye; Trustee Corwin, Excused; Trustee Dray, Nay; Trustee Ostend, Aye.",
    ],
)
def test_a_member_away_in_a_run_of_answers_does_not_end_the_run(make_document, roll):
    text = (
        "#### 8. Other Board Business\n\nMotion by Mrs. Pell, seconded by Mr. Ostend to adopt Resolution 2026-4 as "
        f"follows:\nA. Substitute Rates\n{roll}\nThe President declared Resolution 2026-4 adopted.\n"
    )
    [vote] = _votes(make_document, text)
    assert _sides(vote) == (["Ostend", "Pell"], ["Dray"], [])


def test_an_absent_member_in_prose_is_no_roll_call(make_document):
    # near miss: a sentence naming who was away, then one answer, gives no sides of its own
    text = (
        "#### 4. Minutes\n\nMotion by Mrs. Pell, seconded by Mr. Ostend, to approve the minutes, Mr. Corwin, absent. "
        "Motion carried.\n"
    )
    [vote] = _votes(make_document, text)
    assert vote.result == "carried"
    assert _sides(vote) == ([], [], [])


def test_a_roll_answered_aye_before_any_business_is_the_meetings_roll(make_document):
    opening = (
        "The school board sat on 6 May 2024 at the annex.\n"
        "Roll Call: Mr. Abbot, Aye; Mrs. Birch, Aye; Mr. Cole, Absent; Mr. Drake, Aye;\n"
        "The board then stood for the flag salute.\n"
    )
    assert _votes(make_document, opening) == []
    numbered = "1. Call to Order\n2. ROLL CALL: Abbot - aye, Birch - aye, Drake - aye\n3. Pledge of Allegiance\n"
    assert _votes(make_document, numbered) == []
    # After a motion the same roll is its vote; a roll headed "Roll call vote" is a vote wherever it stands.
    moved = opening + "Moved by Mrs. Birch and seconded by Mr. Drake to approve the agenda.\n" + opening.split("\n")[1] + "\n"
    [vote] = _votes(make_document, moved)
    assert _sides(vote) == (["Abbot", "Birch", "Drake"], [], [])
    called = "Roll call vote: Abbot - aye, Birch - aye, Drake - aye. Motion carried.\n"
    [vote] = _votes(make_document, called)
    assert _sides(vote) == (["Abbot", "Birch", "Drake"], [], [])


def test_sides_counted_in_brackets_one_a_line_under_roll_call(make_document):
    text = (
        "RESOLUTION #9 – 5/2024 – Agenda\nIt was moved by Mr. Abbot and seconded by Mrs. Birch to approve "
        "the agenda.\nROLL CALL: Ayes (3) Mr. Abbot, Mrs. Birch, Mr. Drake\nNoes (1) Mrs. Cole\n"
        "The chair said the motion had passed.\n"
    )
    [vote] = _votes(make_document, text)
    assert _sides(vote) == (["Abbot", "Birch", "Drake"], ["Cole"], [])
    assert vote.count_for == 3
    abstained = text.replace("Noes (1) Mrs. Cole\n", "Noes (0)\nAbstain (1) Mrs. Cole\n")
    [vote] = _votes(make_document, abstained)
    assert _sides(vote) == (["Abbot", "Birch", "Drake"], [], ["Cole"])
    # A side's word with a bracket that is no count opens no list.
    aside = "It was moved by Mr. Abbot and seconded by Mrs. Birch to approve the agenda. Motion carried.\nAyes (as noted) Mr. Abbot\n"
    [vote] = _votes(make_document, aside)
    assert _sides(vote) == ([], [], [])
