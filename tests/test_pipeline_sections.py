"""Decisions and actions in minutes whose items are not found: the text outside the items is read too."""

from __future__ import annotations

from minutebook.extract.pipeline import extract_document

# Run-in headings with no numbers: the heading and its first sentence share a paragraph.
RUN_IN = (
    "Minutes of the meeting of Amberly Parish Council held on 4th March 2021 at 7pm.\n\n"
    "Present: Ann Hollis, Ben Carver, Cara Moss\n\n"
    "Bus shelter. The glass panel had been broken again. It was agreed to replace it with polycarbonate.\n\n"
    "Allotments. Two plots were vacant. Clerk to advertise the plots in the newsletter.\n\n"
    "Footpaths. The stile by the mill was loose and would be reported.\n"
)

# Paragraphs opened by a number and a run-in title with a colon, as a web page prints them.
RUN_IN_NUMBERED = (
    "Minutes of the meeting of Bramford Parish Council held on Monday 8th March 2021 at 7.30 p.m.\n\n"
    "Present: D. Fenn - Chairman, E. Gale, F. Hart\n\n"
    "1. Minutes: E. Gale asked for one correction. The minutes of the meeting held on 11th January were approved as a "
    "true record. 2. Verge cutting: Two quotations were received. The Parish Council resolved to accept the lower "
    "quotation.\n\n"
    "3. Correspondence: County highways - speed signs. Clerk to ask for a second sign.\n"
)


def test_run_in_headings_still_give_decisions_and_actions(make_document):
    extraction = extract_document(make_document(RUN_IN))
    assert [r.text for r in extraction.resolutions] == [
        "It was agreed to replace it with polycarbonate."
    ]
    assert [(a.owners, a.text) for a in extraction.actions] == [
        (["Clerk"], "Clerk to advertise the plots in the newsletter.")
    ]


def test_numbered_run_in_paragraphs_give_decisions(make_document):
    extraction = extract_document(make_document(RUN_IN_NUMBERED))
    texts = [r.text for r in extraction.resolutions]
    assert any("were approved as a true record" in text for text in texts)
    assert any("resolved to accept the lower quotation" in text for text in texts)
    assert [a.owner_as_written for a in extraction.actions] == ["Clerk"]


def test_reported_speech_outside_items_is_no_action(make_document):
    # Narrative minutes with no items found: what was said in the room is no task.
    text = (
        "CITY OF LAKEVIEW CITY COUNCIL MINUTES, MONDAY, MARCH 8, 2021\n\n"
        "Present: Councilmembers Ames, Bloom, Cortez and Mayor Dunn.\n\n"
        "Councilmember Ames moved approval of the Consent Calendar. Councilmember Bloom seconded the motion, "
        "which carried by unanimous voice vote.\n\n"
        "Councilmember Cortez stated she will support the measure. Mayor Dunn requested the Clerk to repeat "
        "the motion.\n"
    )
    extraction = extract_document(make_document(text))
    assert extraction.actions == []
    assert any("Consent Calendar" in r.text for r in extraction.resolutions)


def test_text_between_found_items_is_not_read_twice(make_document):
    # Items that cover the minutes: nothing outside them is added.
    text = (
        "Minutes of the Dunmore Village Hall Committee, 2 June 2021\n\n"
        "1. Accounts\n\nRESOLVED that the accounts be approved.\n\n"
        "2. Hall hire\n\nThe Treasurer will chase the unpaid invoices.\n"
    )
    extraction = extract_document(make_document(text))
    assert [(r.item, r.text) for r in extraction.resolutions] == [("1", "RESOLVED that the accounts be approved.")]
    assert [a.item for a in extraction.actions] == ["2"]


def test_prose_minutes_with_a_small_table_and_no_items_are_read_whole(make_document):
    # A roll-call printed as a table must not make the prose minutes read as an action log.
    markdown = (
        "MINUTES OF THE ORCHARD LIBRARY BOARD, WEDNESDAY, MAY 5, 2021\n\n"
        "| Present | Absent |\n| --- | --- |\n| Ann Lowe, Bea Marsh | Carl Nye |\n\n"
        "The regular meeting was called to order at 6:02 p.m.\n\n"
        "Director Ruth Black reported that the new bookmobile had arrived. Director Black will reply to the patron "
        "with the winter timetable. The Board approved the minutes of April.\n"
    )
    (action,) = extract_document(make_document(markdown, name="board.md")).actions
    assert action.owner_as_written == "Director Black"
    assert "winter timetable" in action.text
    text = (
        "Minutes of the Fernby Village Hall Trustees, 9 June 2021\n\n"
        "| Trustee | Role |\n| --- | --- |\n| Dan Orr | Chair |\n| Eve Pike | Treasurer |\n\n"
        "The hall had been booked for the summer fair. Eve Pike will chase the unpaid hire fees before July.\n"
    )
    (action,) = extract_document(make_document(text, name="trustees.md")).actions
    assert action.owners == ["Eve Pike"]


def test_an_action_log_of_its_own_is_still_read_from_its_rows(make_document):
    # Most of the words in table rows: the rows are the actions, the line above them no prose to read.
    text = (
        "Action log, Fernby Village Hall Trustees\n\n"
        "| Action | Owner | Due |\n| --- | --- | --- |\n"
        "| Chase the unpaid hire fees from the spring bookings | Eve Pike | July |\n"
        "| Book the electrician to test the sockets in the kitchen | Dan Orr | August |\n"
    )
    actions = extract_document(make_document(text, name="log.md")).actions
    assert sorted(a.owner_as_written for a in actions) == ["Dan Orr", "Eve Pike"]


def test_prose_minutes_before_an_appended_numbered_list_are_read(make_document):
    # The minutes are prose; the only numbers are those of a proposal appended to them.
    text = (
        "ELMWOOD NEIGHBORHOOD COUNCIL\n\nMeeting date: April 14, 2021\n\n"
        "Directors present: Ann Lowe, Bea Marsh, Carl Nye\n\n"
        "Minutes of March were approved as distributed. The group discussed the spring clean-up and the state of the "
        "trail by the creek, which had been washed out in two places after the storms of February.\n\n"
        "Bea will follow up with the parks department about the washed-out trail and report at the May meeting. "
        "The date of the clean-up was set for May 8.\n\n"
        "PROPOSAL FOR A YOUTH SEAT\n\n"
        "1. The youth seat is open to a resident aged 16 to 18.\n"
        "2. The seat holder may speak but not vote.\n"
    )
    (action,) = extract_document(make_document(text, name="elmwood.md")).actions
    assert action.owners == ["Bea Marsh"]
    assert "washed-out trail" in action.text


def test_reported_undertaking_to_come_back_is_kept_outside_items(make_document):
    text = (
        "CITY OF LAKEVIEW LIBRARY BOARD MINUTES, MONDAY, MARCH 8, 2021\n\n"
        "Present: Members Ames, Bloom, Cortez and Director Ruth Dunn.\n\n"
        "Member Ames asked about the late fees. Director Dunn said she would bring back a revised fee schedule in "
        "April. Member Bloom stated she will support the schedule. Member Cortez said that the city will provide "
        "a grant for the roof.\n"
    )
    (action,) = extract_document(make_document(text)).actions
    assert action.owner_as_written == "Director Dunn"
    assert "revised fee schedule" in action.text


# The minutes, closed, then the next meeting's minutes carried in the same file (a clerk's running minute book):
# the later decisions are not this meeting's.
CARRIED_ON = (
    "MINUTES OF THE MEETING OF LOWER HADLEY PARISH COUNCIL HELD ON 14TH JANUARY 2031\n\n"
    "Present: Cllr A Lowe (Chair), Cllr B Penn, Cllr C Hurst\n\n"
    "1. Apologies\nNone.\n\n2. Minutes\nThe minutes of the last meeting were approved. Proposed AL, seconded BP.\n\n"
    "3. Finance\nTo pay the village hall £9.00. Proposed CH, seconded BP. All in favour.\n\n"
    "The meeting closed at 21:02.\n\n"
    + "\n\n".join(
        f"Note {n}. To approve the accounts of the {n}th month. Proposed AL, seconded CH. All in favour. It was agreed "
        f"that the clerk would pay invoice {n} of the lengthsman and that the village hall invoice for month {n} "
        "would wait until its next statement."
        for n in range(4, 12)
    )
    + "\n"
)


def test_decisions_after_the_minutes_close_are_not_this_meetings(make_document):
    extraction = extract_document(make_document(CARRIED_ON))
    assert {r.item for r in extraction.resolutions} == {"2", "3"}


# Business done under the roll call, before the first item heading.
OPENING_BUSINESS = (
    "Ashby Township\nMarch 4, 2031 Minutes\nGeneral meeting called to order by Supervisor Dee Lamb at 7:00 PM.\n"
    "Roll call: Dee Lamb, Supervisor; Sam Birch, Treasurer; Joan Pike, Clerk\n\n"
    "Motion by SB to accept the agenda, 2nd by JP. Voice vote - motion carried.\n\n"
    "Motion by DL to accept the treasurer's report, 2nd by SB. Voice vote - motion carried.\n\n"
    "**New Business**\nThe hall roof will be inspected in April. The supervisor reported on the snow contract and "
    "the grader lease, which runs to the end of the year, and the clerk read the letters received.\n"
    "**Public Comment**\nA resident asked about the road at the lake and the ditch on Mill Road, which floods.\n"
    + "The supervisor said the county drain office had been told and would look at the culvert before the thaw. " * 6
    + "\n"
)


def test_business_before_the_first_item_is_read(make_document):
    extraction = extract_document(make_document(OPENING_BUSINESS))
    assert [r.text for r in extraction.resolutions] == [
        "Motion by SB to accept the agenda, 2nd by JP. Voice vote - motion carried.",
        "Motion by DL to accept the treasurer's report, 2nd by SB. Voice vote - motion carried.",
    ]
