"""US boards and commissions writing their minutes as prose: labels inside numbered items, members who came after
the roll, excused absences, and motions recorded with a roll call. Each rule in two invented forms with a near miss.
Every name and place is invented."""

from __future__ import annotations

import pytest

from minutebook.extract.apologies import extract_apologies
from minutebook.extract.attendance import extract_attendees
from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.records import Attendee
from minutebook.extract.resolutions import extract_resolutions
from minutebook.extract.votes import extract_votes

_HEAD = "MEETING MINUTES\nFernhill Parks Advisory Committee\nThursday, March 8, 2031\n\n"


def _items(make_document, text):
    return [(item.number, item.title) for item in extract_items(make_document(text))]


def test_a_speakers_label_between_numbered_items_is_no_item(make_document):
    text = _HEAD + (
        "1. Call to Order\n\nThe meeting was called to order at 6:02 p.m.\n\n"
        "2. Trail Survey Report\n\nMembers shared their first thoughts on the survey.\n\n"
        "Member Quarrie:\n\nThe survey counted walkers on weekdays only, so its totals are low.\n\n"
        "COMMISSIONER ODDIE:\n\nThe report should give the costs of each option side by side.\n\n"
        "3. Adjournment\n\nThe meeting adjourned at 7:40 p.m.\n"
    )
    assert _items(make_document, text) == [
        ("1", "Call to Order"), ("2", "Trail Survey Report"), ("3", "Adjournment"),
    ]


def test_a_label_every_item_carries_is_no_item(make_document):
    alone = _HEAD + (
        "1. Call to Order\n\nThe meeting was called to order at 6:02 p.m.\n\n"
        "2. Boathouse Repairs\n\nStaff reviewed the quotes for the roof.\n\n"
        "Public Comment:\n\nMs. Tilly Vosper asked when the work would start.\n\n"
        "3. Tree Planting\n\nThe committee reviewed the planting list.\n\n"
        "Public Comment:\n\nMr. Amos Gedge asked for native species.\n\n"
        "4. Adjournment\n\nThe meeting adjourned at 7:40 p.m.\n"
    )
    assert [number for number, _ in _items(make_document, alone)] == ["1", "2", "3", "4"]
    # Once alone on its line, then run in with the comment on the other items: the same label.
    run_in = alone.replace("Public Comment:\n\nMr. Amos Gedge", "Public comment: Mr. Amos Gedge")
    assert [number for number, _ in _items(make_document, run_in)] == ["1", "2", "3", "4"]


def test_a_heading_between_numbered_items_printed_once_stays_an_item(make_document):
    # Near miss: an unnumbered title-case heading with a colon, printed once and naming no speaker, is an item.
    text = _HEAD + (
        "1. Call to Order\n\nThe meeting was called to order at 6:02 p.m.\n\n"
        "2. Boathouse Repairs\n\nStaff reviewed the quotes for the roof.\n\n"
        "Highway Matters:\n\nThe verge on Mill Lane was cut back by the county in February.\n\n"
        "DIRECTOR'S ORDERS:\n\nThe orders made since the last meeting were noted by the committee.\n\n"
        "3. Adjournment\n\nThe meeting adjourned at 7:40 p.m.\n"
    )
    found = _items(make_document, text)
    assert (None, "Highway Matters") in found
    # An office's business, not a speaker: the possessive names what the office did.
    assert (None, "DIRECTOR'S ORDERS") in found


_ROLL_HEAD = "MEETING MINUTES\nFernhill Parks Advisory Committee\nThursday, March 8, 2031\n\n1. Call to Order & Roll Call\n\n"
_ROLL_TAIL = "\n\n2. Approval of Minutes\n\nThe minutes were approved.\n"


def _people(make_document, nlp, roll):
    document = make_document(_ROLL_HEAD + roll + _ROLL_TAIL)
    attendees = {a.surname: a for a in extract_attendees(document, nlp=nlp)}
    return attendees, [a.surname for a in extract_apologies(document, nlp=nlp)]


def test_a_member_who_came_after_the_roll_ends_the_list(make_document, nlp):
    wrapped = (
        "Chair Quarrie called the meeting to order at 6:10 p.m. Present: Members\nQuarrie, Oddie, Vosper, Gedge. Member"
        " Tallis arrived late at 6:30 p.m\nduring item #5. Also present: Secretary Dunmore."
    )
    attendees, _ = _people(make_document, nlp, wrapped)
    assert attendees["Gedge"].role is None  # the arrival is no post of the list's last name
    assert attendees["Tallis"].status == "present"
    assert attendees["Dunmore"].status == "also_present"
    # The arrival and an absence noted on the line that goes on to the next list.
    noted = (
        "Chair Quarrie called the meeting to order at 6:05 p.m. Present: Members\nQuarrie, Oddie, and Gedge. Member"
        " Tallis arrived late during item #3 at\n6:55 p.m. Member Pruitt was absent. Also present: Secretary Dunmore."
    )
    attendees, apologies = _people(make_document, nlp, noted)
    assert {"Quarrie", "Oddie", "Gedge", "Tallis", "Dunmore"} == set(attendees)
    assert apologies == []  # absent, with no excuse


def test_a_sentence_after_the_roll_that_is_no_arrival_leaves_the_names(make_document, nlp):
    # Near miss: a resident arriving is no member of the roll, and the list keeps its names.
    roll = (
        "The meeting was called to order at 6:03 p.m. Present: Members Quarrie, Oddie, Gedge. Resident Ivo Pask"
        " arrived at 6:20 p.m."
    )
    attendees, _ = _people(make_document, nlp, roll)
    assert {"Quarrie", "Oddie", "Gedge"} <= set(attendees)
    assert "Pask" not in attendees or attendees["Pask"].status != "present"


def test_excused_absent_as_a_label(make_document, nlp):
    _, apologies = _people(make_document, nlp, (
        "The meeting was called to order at 6:03 p.m. Present: Members Quarrie, Oddie, and Gedge. Absent: Member"
        " Pruitt. Excused absent: Member Tallis.\nAlso present: Secretary Dunmore."
    ))
    assert apologies == ["Tallis"]
    _, apologies = _people(make_document, nlp, "Present: Quarrie, Oddie, Gedge\nExcused Absent: Tallis, Pruitt")
    assert apologies == ["Tallis", "Pruitt"]
    # Near miss: an unexcused absence sent no apology.
    _, apologies = _people(make_document, nlp, "Present: Quarrie, Oddie, Gedge\nUnexcused absence: Pruitt")
    assert apologies == []


def _decisions(make_document, nlp, text):
    document = make_document(_HEAD + text)
    sections = split_sections(document, extract_items(document))
    return [r.text for r in extract_resolutions(sections, nlp=nlp, lines=document.lines)]


def test_a_roll_call_between_the_outcome_and_its_restatement_keeps_one_decision(make_document, nlp):
    for roll in ("Roll Call was taken as follows: Trustee Moss – yes, Trustee Reed – yes, Supervisor Lane – yes.",
                 "Roll call vote: Moss - aye, Reed - aye, Lane - aye."):
        text = (
            "3. APPROVAL OF TOWN FUND BILLS\nMotion to approve the Town Fund bills for payment as presented was made by"
            f" Trustee Moss, seconded by Trustee Reed. All were in favor. {roll} Town Fund Bills stand approved for"
            " payment as submitted.\n\n4. ADJOURNMENT\n"
        )
        [decision] = _decisions(make_document, nlp, text)
        assert decision.startswith("Motion to approve") and decision.endswith("stand approved for payment as submitted.")
    # Near miss: a roll call with a nay is no plain assent to pass over; the restatement after it stays apart.
    text = (
        "3. APPROVAL OF TOWN FUND BILLS\nMotion to approve the Town Fund bills for payment as presented was made by"
        " Trustee Moss, seconded by Trustee Reed. Motion passes. Roll Call was taken as follows: Trustee Moss – yes,"
        " Trustee Reed – no, Supervisor Lane – yes. Town Fund Bills stand approved for payment as submitted.\n\n"
        "4. ADJOURNMENT\n"
    )
    assert not any(d.startswith("Motion to approve") and d.endswith("as submitted.") for d in _decisions(make_document, nlp, text))


_MEMBERS = [
    Attendee(name="Dell Quarrie", surname="Quarrie"),
    Attendee(name="Ivo Oddie", surname="Oddie"),
    Attendee(name="Rhea Gedge", surname="Gedge"),
]


def _votes(make_document, text):
    document = make_document(_HEAD + text)
    votes = extract_votes(document, split_sections(document, extract_items(document)), attendees=_MEMBERS)
    return [(vote.motion, vote.mover, vote.seconder) for vote in votes]


def test_a_seconder_written_beside_the_motion_is_no_part_of_it(make_document):
    participle = (
        "3. Approval of Minutes\n\nWith these corrections, Member Quarrie moved to approve the minutes, Member Oddie"
        " seconding. Upon voice vote, the motion carried unanimously.\n"
    )
    assert _votes(make_document, participle) == [("to approve the minutes", "Dell Quarrie", "Ivo Oddie")]
    bracketed = (
        "3. Approval of Minutes\n\nMember Quarrie moved (Member Oddie seconded) to approve the minutes of the February"
        " 14, 2031 meeting. The motion carried 3-0.\n"
    )
    assert _votes(make_document, bracketed) == [
        ("to approve the minutes of the February 14, 2031 meeting.", "Dell Quarrie", "Ivo Oddie")
    ]
    joined = (
        "3. Trail Document\n\nMember Oddie moved to adopt the changes written in the documents, and seconded by Chair"
        " Gedge. Upon voice vote the motion carried unanimously, 3-0.\n"
    )
    assert _votes(make_document, joined) == [("to adopt the changes written in the documents", "Ivo Oddie", "Rhea Gedge")]
    # Near miss: "and" inside the motion's own words stays.
    inner = (
        "3. Boathouse\n\nMember Oddie moved to repair the roof and paint the doors, seconded by Member Gedge. The motion"
        " carried 3-0.\n"
    )
    assert _votes(make_document, inner) == [("to repair the roof and paint the doors", "Ivo Oddie", "Rhea Gedge")]


def test_a_board_ordinal_seconder_before_the_next_sentences_title(make_document):
    for tab in ("\t", " "):
        text = (
            "APPLICATION: FPC 2031-014, 12 Mill Lane – Addition\n"
            f"MOTION: APPROVED{tab}1st: QUARRIE{tab}2nd: ODDIE\nMs. Quarrie moved to approve this application as drawn.\n"
            "VOTE: 3/0 AYES: GEDGE, ODDIE, QUARRIE\nNAYS: NONE\n"
        )
        seconders = [seconder for _, _, seconder in _votes(make_document, text)]
        assert "Ms" not in seconders and "Ivo Oddie" in seconders


def test_a_surname_that_is_also_a_title_word_stays_the_seconders(make_document):
    # Near miss: only an honorific ends the name; "Reeve" and "Mayor" are surnames as well as titles.
    text = (
        "Elm Parish Council\nMinutes of the meeting held on 3 May 2031\nPresent: Cllr Tom Reeve, Cllr Ann Mayor, "
        "Cllr Jo Hale\n\n4. Grass cutting\nIt was proposed by Cllr Hale, seconded by Cllr Reeve, that the quote be "
        "accepted. Carried 3-0.\n5. Bins\nIt was proposed by Cllr Reeve, seconded by Cllr Mayor, that the bin be "
        "moved. Carried 3-0.\n"
    )
    seconders = [seconder for _, _, seconder in _votes(make_document, text)]
    assert seconders == ["Reeve", "Mayor"]  # as written: the helper's members are another board's


_CASE_HEAD = (
    "FERNHILL HISTORIC PRESERVATION COMMISSION\nJune 13, 2031\nMINUTES\nMEMBERS PRESENT: Ms. Dell Quarrie, Mr. Ivo Oddie,"
    " Ms. Rhea Gedge\n\n"
)


def _case(label_line, decision):
    return (
        f"{label_line}\nEXISTING CONDITIONS\nThe house is a one-story cottage built c. 1930.\nPROPOSAL\nThe proposal is a"
        " rear addition.\nSTAFF RECOMMENDATION\nStaff recommends approval.\nMOTION: Ms. Gedge made a MOTION to"
        f" {decision} this application.\nMr. Oddie seconded.\nVOTE: 3/0 AYES: GEDGE, ODDIE, QUARRIE\nNAYS: NONE\n"
    )


def test_a_boards_case_headings_are_its_items_and_their_parts_are_not(make_document, nlp):
    same_line = _CASE_HEAD + _case("APPLICATION: FPC 2031-078, 517 Orchard Avenue – Addition", "APPROVE") + _case(
        "Application: FPC 2031-217 – 61 Weir Road – New Construction", "CONTINUE"
    )
    assert _items(make_document, same_line) == [
        ("FPC 2031-078", "517 Orchard Avenue – Addition"), ("FPC 2031-217", "61 Weir Road – New Construction"),
    ]
    # The label alone, the case's reference on the line under it; a case number's own label.
    below = _CASE_HEAD + _case("APPLICATION:\nFPCRM 2031-00464, 15 Wilmot Drive – Chimney Removal", "APPROVE") + _case(
        "CASE NO. BZA-31-04: 12 Mill Lane – Side Setback Variance", "DENY"
    )
    assert _items(make_document, below) == [
        ("FPCRM 2031-00464", "15 Wilmot Drive – Chimney Removal"), ("BZA-31-04", "12 Mill Lane – Side Setback Variance"),
    ]
    # Each case's vote goes under that case.
    document = make_document(same_line)
    votes = extract_votes(document, split_sections(document, extract_items(document)), attendees=_MEMBERS)
    assert [vote.item for vote in votes] == ["FPC 2031-078", "FPC 2031-217"]


def test_one_case_or_an_outcome_naming_an_application_makes_no_docket(make_document):
    # Near miss: one case heading alone, and "Application for addition approved." (no label's colon, no reference).
    text = _CASE_HEAD + (
        "1. Minutes\nThe minutes of May 9 were approved.\n\n"
        "2. Applications\nAPPLICATION: FPC 2031-078, 517 Orchard Avenue – Addition\nApplication for addition approved.\n\n"
        "3. Adjournment\nThe meeting adjourned at 4:10 pm.\n"
    )
    assert [number for number, _ in _items(make_document, text)] == ["1", "2", "3"]


def test_a_meeting_places_street_address_with_a_note_in_brackets_is_no_item(make_document):
    for place in ("100 Weir Street (at Mill Lane)", "42 Orchard Avenue (rear entrance)"):
        text = (
            f"SPECIAL MEETING MINUTES\nFernhill Parks Advisory Committee\nSunday, October 27, 2031\n3:00 p.m.\n"
            f"Fernhill Public Library\n{place}\nFernhill, California\n\nOrder of Business\n\n1. Call to Order & Roll Call"
            "\n\nThe meeting was called to order at 3:05 p.m.\n\n2. General Public Comment\n\nNone.\n\n3. Trail Survey\n\n"
            "The meeting adjourned at 5:48 p.m.\n"
        )
        assert [number for number, _ in _items(make_document, text)] == ["1", "2", "3"], place
    # Near miss: a numbered item whose title carries a note in brackets, with no street word, stays an item.
    text = _HEAD + "1. Call to Order\n\nOpened at 6 p.m.\n\n2. Highways (verbal report)\n\nThe verges were cut.\n"
    assert ("2", "Highways (verbal report)") in _items(make_document, text)


def test_list_entries_a_pdf_ran_together_are_parted_at_each_honorific(make_document, nlp):
    posts = (
        "MEMBERS PRESENT: Ms. Dell Quarrie (Chairperson) Mr. Ivo Oddie Ms. Rhea Gedge\n"
        "OTHERS PRESENT: Ms. Kay Dunmore, Administrator of the Commission Ms. Cam Pask, Staff to the Commission Ms. Lin"
        " Tallis, Clerk to the Commission Ms. Ann Pruitt, Court Reporter Ms. Jan Hobb Mr. Rus Gibney"
    )
    attendees, _ = _people(make_document, nlp, posts)
    others = [surname for surname, a in attendees.items() if a.status == "also_present"]
    assert others == ["Dunmore", "Pask", "Tallis", "Pruitt", "Hobb", "Gibney"]
    assert attendees["Tallis"].role == "Clerk to the Commission"
    # The same with titles, each entry's post after a comma.
    dr = "Present: Dr. Ivo Oddie, Chair Mrs. Rhea Gedge, Treasurer Mr. Kay Dunmore, Secretary"
    attendees, _ = _people(make_document, nlp, dr)
    assert [attendees[s].role for s in ("Oddie", "Gedge", "Dunmore")] == ["Chair", "Treasurer", "Secretary"]


def test_titles_run_together_before_one_name_stay_one_entry(make_document, nlp):
    # Near miss: "Cllr Mrs T Orme" is one member with two titles, not two entries.
    attendees, _ = _people(make_document, nlp, "Present: Cllr Ida Venn (Chair) Cllr Mrs T Orme Cllr Cal Reeve")
    assert set(attendees) == {"Venn", "Orme", "Reeve"}
    # The same in a comma list: a comma earlier in the list makes no entry of the title before "Mrs".
    attendees, _ = _people(make_document, nlp, "Present: Cllr A Smith (Chair), Cllr Dr B Jones, Cllr Mrs C Brown and Cllr J Hale")
    assert set(attendees) == {"Smith", "Jones", "Brown", "Hale"}


def test_a_numbered_item_named_like_a_list_label_opens_no_list(make_document, nlp):
    for heading in ("4. Administration", "4) ADMINISTRATION"):
        text = (
            "MEETING MINUTES\nFernhill Parks Advisory Committee\nThursday, June 14, 2031\n\n1. Call to Order & Roll Call\n\n"
            "Chair Quarrie called the meeting to order at 6:04 p.m. Present: Members\nQuarrie, Oddie, Gedge.\n\n"
            f"2. Public Comment\n\nNone.\n\n{heading}\n\nChair Quarrie reported that at its June meeting the Parks Commission\n"
            "reappointed all members to a second term.\n"
        )
        attendees = {a.surname: a for a in extract_attendees(make_document(text), nlp=nlp)}
        assert attendees["Quarrie"].status == "present", heading
    # Near miss: the officers' label on a line of its own above the business still lists them.
    officers = make_document(
        "Regular Council Meeting\nMay 2, 2031\nPresent: Mayor Dell Quarrie, Councillor Ivo Oddie\nAdministration:\n"
        "Kay Dunmore, CAO\n\n1. Call to Order\nThe Mayor called the meeting to order.\n"
    )
    assert {a.surname: a.status for a in extract_attendees(officers, nlp=nlp)}.get("Dunmore") == "in_attendance"


def test_a_label_broken_over_the_line_end_names_no_one(make_document, nlp):
    excused = (
        "Chair Quarrie called the meeting to order at 2:08 p.m. Present: Members\nQuarrie, Oddie, Gedge. Excused"
        " absence: Member Tallis. Also\npresent: Secretary Dunmore."
    )
    attendees, apologies = _people(make_document, nlp, excused)
    assert apologies == ["Tallis"]
    assert attendees["Dunmore"].status == "also_present" and "Also" not in attendees
    late = (
        "Chair Quarrie called the meeting to order at 6:03 p.m. Present: Members\nQuarrie, Oddie. Member Gedge arrived"
        " late at 6:17 p.m. Also\npresent: Secretary Dunmore."
    )
    attendees, _ = _people(make_document, nlp, late)
    assert "Also" not in attendees and attendees["Dunmore"].status == "also_present"
    # Near miss: a sentence's last word is no label's first when the line below makes no label with it.
    plain = "Present: Quarrie, Oddie, Gedge. The committee has one vacancy. Also\nnoted was the new room."
    attendees, _ = _people(make_document, nlp, plain)
    assert set(attendees) == {"Quarrie", "Oddie", "Gedge"}


def test_an_excuse_label_inside_a_roll_line_ends_the_present_list(make_document, nlp):
    roll = (
        "Member Oddie called the meeting to order at 6:08 p.m. Present: Members Gedge, Pruitt,\nOddie. Excused absences:"
        " Chair Quarrie, Vice Chair Tallis. Also present:\nSecretary Dunmore."
    )
    attendees, apologies = _people(make_document, nlp, roll)
    assert apologies == ["Quarrie", "Tallis"]
    assert attendees["Oddie"].role is None and "Tallis" not in attendees
    assert attendees["Dunmore"].status == "also_present"


def test_an_outcome_label_over_the_written_motion_and_a_decision_under_its_label_make_one_record(make_document, nlp):
    for gap in ("\t", " "):
        document = make_document(_CASE_HEAD + (
            "APPLICATION: FPC 2031-078, 517 Orchard Avenue – Addition\nSTAFF RECOMMENDATION\nStaff recommends approval.\n"
            f"MOTION: APPROVED{gap}1st: GEDGE 2nd: ODDIE\nMs. Gedge moved to approve this application as drawn.\n"
            "VOTE: 3/0 AYES: GEDGE, ODDIE, QUARRIE\nNAYS: NONE\nDECISION:\nADDITION APPROVED AS DRAWN.\n"
            "APPLICATION: FPC 2031-217, 61 Weir Road – Fence\nSTAFF RECOMMENDATION\nStaff recommends approval.\n"
            f"MOTION: DENIED{gap}1st: ODDIE 2nd: GEDGE\nMr. Oddie moved to deny this application.\n"
            "VOTE: 3/0 AYES: GEDGE, ODDIE, QUARRIE\nNAYS: NONE\nDECISION: FENCE DENIED.\n"
        ))
        sections = split_sections(document, extract_items(document))
        decisions = [(r.item, r.text) for r in extract_resolutions(sections, nlp=nlp, lines=document.lines)]
        assert [item for item, _ in decisions] == ["FPC 2031-078", "FPC 2031-217"]
        assert decisions[0][1].startswith("Ms. Gedge moved") and decisions[0][1].endswith("ADDITION APPROVED AS DRAWN.")
        assert decisions[1][1].endswith("DECISION: FENCE DENIED.")


def test_an_outcome_label_with_no_motion_written_takes_the_items_title(make_document, nlp):
    # Near miss: "RESULT: APPROVED" with nothing moved under it still records the item's title as decided.
    document = make_document(_HEAD + "4. Boathouse Roof Repair\nRESULT: APPROVED [UNANIMOUS]\n\n5. Adjournment\n")
    sections = split_sections(document, extract_items(document))
    [decision] = [r.text for r in extract_resolutions(sections, nlp=nlp, lines=document.lines)]
    assert decision.startswith("Boathouse Roof Repair. RESULT: APPROVED")


_TOWNSHIP_HEAD = (
    "Fernhill Township\nREGULAR BOARD OF TRUSTEES MEETING\nJanuary 11, 2031\nBoard members present were Trustee Oddie,"
    " Trustee Gedge, and Supervisor Quarrie.\n"
)


def test_a_report_label_with_nothing_after_its_dash_is_an_item_among_the_labels(make_document):
    text = _TOWNSHIP_HEAD + (
        "REPORTS:\nSupervisor Quarrie gave the paratransit update.\nHighway Commissioner – Plowing is ongoing.\n"
        "Assessor: See written report from the Assessor.\nPlan Commission – No developments this month.\n\n"
        "Liaison Property Code –\n\nBuilding and Grounds –\nYouth – Trustee Gedge completed the toy drive.\n"
        "Mosquito Abatement – The pickups are charged.\nOLD BUSINESS – None.\nNEW BUSINESS – None.\n"
    )
    titles = [title for _, title in _items(make_document, text)]
    assert "Liaison Property Code" in titles and "Building and Grounds" in titles
    # Near miss: a name alone over its post is no label.
    named = text.replace("Building and Grounds –\n", "Ivo Oddie –\nTreasurer\n")
    assert "Ivo Oddie" not in [title for _, title in _items(make_document, named)]


def _listed_case(label_line, listed):
    return (
        f"APPLICATION: {label_line}\nEXISTING CONDITIONS\nThe house is a one-story cottage built c. 1930.\n"
        f"STAFF ANALYSIS\nStaff has the following comments about the proposal:\n{listed}"
        "MOTION: Ms. Gedge made a MOTION to APPROVE this application.\nVOTE: 3/0 AYES: GEDGE, ODDIE, QUARRIE\n"
        "NAYS: NONE\n"
    )


def test_lists_numbered_afresh_under_each_case_are_the_cases_parts(make_document):
    # Staff comments numbered from 1 under each case, more of them than there are cases.
    comments = _CASE_HEAD + _listed_case(
        "FPC 2031-078, 517 Orchard Avenue – Addition",
        "1. The roof pitch matches the house.\n2. The siding is wood lap.\n3. The windows are wood.\n",
    ) + _listed_case(
        "FPC 2031-217, 61 Weir Road – Fence",
        "1. The fence is wood picket.\n2. The height is four feet.\n3. The gate faces the street.\n",
    )
    assert _items(make_document, comments) == [
        ("FPC 2031-078", "517 Orchard Avenue – Addition"), ("FPC 2031-217", "61 Weir Road – Fence"),
    ]
    # Details still needed, numbered with lettered parts, the first case continued from an earlier meeting.
    details = _CASE_HEAD + _listed_case(
        "FPCRM 2031-00464, 15 Wilmot Drive – Chimney Removal",
        "1. Windows\na. Trim detail with dimensions\nb. Sill detail\n2. Columns\na. Base and capital detail\n",
    ) + _listed_case(
        "FPCRM 2031-00471, 8 Quarry Lane – Rear Addition",
        "1. Site plan\na. Show the setback line\n2. Roof\na. Ridge height\nb. Eave detail\n",
    )
    assert [number for number, _ in _items(make_document, details)] == ["FPCRM 2031-00464", "FPCRM 2031-00471"]


def test_minutes_numbered_straight_through_their_cases_keep_their_numbers(make_document):
    # Near miss: the minutes' own numbers run on across the case headings, so they stay the items.
    text = _CASE_HEAD + (
        "1. Minutes\nThe minutes of May 9 were approved.\n\n"
        "2. APPLICATION: FPC 2031-078, 517 Orchard Avenue – Addition\nThe application was approved.\n\n"
        "3. APPLICATION: FPC 2031-217, 61 Weir Road – Fence\nThe application was continued.\n\n"
        "4. Adjournment\nThe meeting adjourned at 4:10 pm.\n"
    )
    assert [number for number, _ in _items(make_document, text)] == ["1", "2", "3", "4"]


@pytest.mark.parametrize(
    "tally, voted_for, voted_against",
    [
        # The side's colon left out after the count, its names in capitals wrapped onto the next line.
        ("VOTE: 3/0 AYES ODDIE, QUARRIE,\nGEDGE\nNAYS: NONE", ["Ivo Oddie", "Dell Quarrie", "Rhea Gedge"], []),
        ("VOTE: 2-1 AYES ODDIE, QUARRIE,\nNAYS: GEDGE", ["Ivo Oddie", "Dell Quarrie"], ["Rhea Gedge"]),
        # Near miss: capitals after the count with no names run on by commas are no list.
        ("VOTE: 3/0 AYES ALL MEMBERS PRESENT", [], []),
    ],
)
def test_a_side_label_without_its_colon_after_the_count_heads_names(make_document, tally, voted_for, voted_against):
    document = make_document(
        _CASE_HEAD + "APPLICATION: FPC 2031-078, 517 Orchard Avenue – Addition\nMOTION: Ms. Gedge made a MOTION to"
        f" APPROVE this application.\n{tally}\nDECISION:\nAPPLICATION FOR ADDITION APPROVED.\n"
    )
    (vote,) = extract_votes(document, split_sections(document, extract_items(document)), attendees=_MEMBERS)
    assert (vote.voted_for, vote.voted_against) == (voted_for, voted_against)


@pytest.mark.parametrize("label", ["VOTE 1:", "Vote 2 :"])
def test_a_vote_numbered_within_its_case_takes_no_ordinal_as_a_count(make_document, label):
    document = make_document(
        _CASE_HEAD + "APPLICATION: FPC 2031-078, 517 Orchard Avenue – Addition\nMOTION 1: Ms. Gedge moved to deny the"
        f" removal of the tree.\n{label} 2/1 AYES: GEDGE, ODDIE\nNAYS: QUARRIE\nDECISION:\nTREE REMOVAL DENIED.\n"
    )
    (vote,) = extract_votes(document, split_sections(document, extract_items(document)), attendees=_MEMBERS)
    assert (vote.result, vote.count_for, vote.count_against) == ("carried", 2, 1)


def test_a_vote_of_a_count_keeps_its_count(make_document):
    # Near miss: "by a vote of 4 to 1" after the motion, with no ordinal.
    document = make_document(
        _CASE_HEAD + "APPLICATION: FPC 2031-078, 517 Orchard Avenue – Addition\nMs. Gedge moved to deny the removal of"
        " the tree. The motion carried by a vote of 2 to 1.\n"
    )
    (vote,) = extract_votes(document, split_sections(document, extract_items(document)), attendees=_MEMBERS)
    assert (vote.result, vote.count_for, vote.count_against) == ("carried", 2, 1)


def test_a_measure_after_an_approved_label_is_no_tally(make_document):
    # Two forms of a measure in a proposal's list (a curly and a straight inch mark); near miss: the vote after them.
    document = make_document(
        _CASE_HEAD + "APPLICATION: FPC 2031-078, 517 Orchard Avenue – Addition\nPROPOSAL:\n1. Siding\n"
        "a. Approved: 7/16” thick cement panel.\nb. Requested Change: 5/16” thick cement panel.\n2. Trim\n"
        "a. Approved: 3/4\" trim boards.\nMOTION: Ms. Gedge moved to approve the application.\n"
        "VOTE: 3/0 AYES: GEDGE, ODDIE, QUARRIE\nNAYS: NONE\n"
    )
    votes = extract_votes(document, split_sections(document, extract_items(document)), attendees=_MEMBERS)
    assert [(vote.result, vote.count_for, vote.count_against) for vote in votes] == [("carried", 3, 0)]


@pytest.mark.parametrize(
    "tally, voted_for, voted_against",
    [
        # Both sides without their colon, each on its own line: the side against ends the list for.
        ("VOTE: 2/1 AYES ODDIE, QUARRIE\nNAYS GEDGE", ["Ivo Oddie", "Dell Quarrie"], ["Rhea Gedge"]),
        ("VOTE: 1/2 AYES ODDIE\nNAYS QUARRIE, GEDGE", ["Ivo Oddie"], ["Dell Quarrie", "Rhea Gedge"]),
        ("VOTE: 3/0 AYES ODDIE, QUARRIE, GEDGE\nNAYS NONE", ["Ivo Oddie", "Dell Quarrie", "Rhea Gedge"], []),
        # Near miss: a line opening on the side's word with no names after it is no list.
        ("VOTE: 3/0 AYES ODDIE, QUARRIE, GEDGE\nNAYS ALL MEMBERS NOTED", ["Ivo Oddie", "Dell Quarrie", "Rhea Gedge"], []),
    ],
)
def test_both_sides_without_their_colon_on_their_own_lines(make_document, tally, voted_for, voted_against):
    document = make_document(
        _CASE_HEAD + "APPLICATION: FPC 2031-079, 12 Birch Lane – Porch\nMOTION: Mr. Oddie made a MOTION to"
        f" APPROVE this application.\n{tally}\nDECISION:\nAPPLICATION FOR PORCH APPROVED.\n"
    )
    (vote,) = extract_votes(document, split_sections(document, extract_items(document)), attendees=_MEMBERS)
    assert (vote.voted_for, vote.voted_against) == (voted_for, voted_against)


@pytest.mark.parametrize("closing", ["Result: “Carried 3-0”.", 'Result: "carried 3-0".'])
def test_a_tally_in_quotes_is_still_a_tally(make_document, closing):
    # Near miss of the measure: a closing quote after a tally, with no word measured after it.
    document = make_document(
        _CASE_HEAD + "APPLICATION: FPC 2031-079, 12 Elm Row – Porch\nMs. Gedge moved that the porch be approved. "
        f"{closing}\n"
    )
    votes = extract_votes(document, split_sections(document, extract_items(document)), attendees=_MEMBERS)
    assert [(vote.result, vote.count_for, vote.count_against) for vote in votes] == [("carried", 3, 0)]


@pytest.mark.parametrize("tally", ["VOTE: 2/1 AYES ODDIE, QUARRIE\nNAYS LEE", "VOTE: 2/1 AYES: LEE, ODDIE\nNAYS: QUARRIE"])
def test_a_short_surname_in_capitals_is_the_member_not_initials(make_document, tally):
    # "LEE" among voters set in capitals is a member's surname, as "ODDIE" is; near miss: initials that are no
    # member's surname ("JBR") stay as written.
    members = [*_MEMBERS, Attendee(name="Di Lee", surname="Lee")]
    document = make_document(
        _CASE_HEAD + "APPLICATION: FPC 2031-080, 4 Elm Row – Fence\nMOTION: Ms. Oddie moved to approve.\n"
        f"{tally}\n"
    )
    (vote,) = extract_votes(document, split_sections(document, extract_items(document)), attendees=members)
    assert "Di Lee" in vote.voted_for + vote.voted_against
    near = make_document(_CASE_HEAD + "APPLICATION: FPC 2031-081, 6 Elm Row – Gate\nMOTION: Ms. Oddie moved to approve."
                         "\nVOTE: 2/1 AYES: ODDIE, QUARRIE\nNAYS: JBR\n")
    (other,) = extract_votes(near, split_sections(near, extract_items(near)), attendees=members)
    assert other.voted_against == ["JBR"]
