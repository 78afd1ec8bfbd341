"""Telling minutes, plans and agendas apart."""

from __future__ import annotations

import pytest

from minutebook.extract.kind import classify_document
from minutebook.ingest import parse_file


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


# US and Canadian minutes rarely say "minutes" in the title: the record shows in past-tense procedure.
@pytest.mark.parametrize(
    "text",
    [
        "BOARD OF DIRECTORS MEETING\nMay 2, 2031 at 5:30 PM\nI.\n\nCall to Order\n"
        "Chair Lund called the meeting to order at 5:31 p.m.\nDirector Ito made the motion to approve the agenda. "
        "Director Ruiz seconded the motion. The motion passed 9-0.\n",
        "# Town of Elk Bend\nMonthly Meeting\nMarch 18, 2024\n\n## CALL TO ORDER\nChair Ida Brook called the meeting "
        "to order at 7:00 pm.\n\n## ROADS\nSupervisor Sam Tew makes a motion to approve the gravel quote. "
        "Motion carried unanimously.\n\n## ADJOURNMENT\nMeeting adjourned at 8:15 pm.\n",
        "CITY COUNCIL\nTUESDAY- -MAY 2, 2023- -7:00 P.M.\nROLL CALL - Present: Councilmembers Abara, Pike and Mayor "
        "Quinn – 3.\nCONSENT CALENDAR\nCouncilmember Pike moved approval. Councilmember Abara seconded the motion, which "
        "carried by the following voice vote: Ayes: 3.\n",
    ],
)
def test_us_minutes_without_the_word_minutes(make_document, text: str) -> None:
    assert classify_document(make_document(text)) == "minutes"


def test_us_agenda_lists_the_same_procedure_in_the_future(make_document) -> None:
    document = make_document(
        "CITY COUNCIL\nREGULAR MEETING AGENDA\nTuesday, May 9, 2023 at 7:00 PM\n1. Call to Order\n2. Roll Call\n"
        "3. Consent Calendar\n4. Adjournment\n"
    )
    assert classify_document(document) == "agenda"


# A committee's agenda pack: a notice and an index of items with page numbers, then earlier minutes for approval.
@pytest.mark.parametrize(
    "text",
    [
        "Harbury Council\nA meeting of the Audit Panel will be held:\nDate: 9 May 2031\nTime: 19:00\n"
        "\f9 May 2031\n1. Declarations of interest 1\n2. Minutes of 4 April 2031 3\n3. Risk report 7\n"
        "\f(19:00 TO 20:05)\nPRESENT: Cllr P Vance (Chair), Cllr R Oduya\nApologies for absence were received from "
        "Cllr T Ames.\n1 DECLARATIONS OF INTEREST\nNone.\n2 RISK REPORT (Agenda item 3)\n"
        "RESOLVED: That the report be noted.\n",
        "NOTICE OF MEETING\nYou are hereby summoned to attend a meeting of the Finance Committee to be held on "
        "9 May 2031 at 7pm.\nAGENDA\n1. Apologies\n2. Minutes of the meeting held on 4 April 2031\n3. Budget\n"
        "\fMINUTES of the meeting of the Finance Committee held on 4 April 2031\nPresent: Cllr A Ash (Chair)\n"
        "1. Apologies\nApologies were received from Cllr B Birch.\n2. Budget\nRESOLVED that the budget be approved.\n",
    ],
)
def test_agenda_pack_that_carries_minutes_is_an_agenda(make_document, text: str) -> None:
    assert classify_document(make_document(text)) == "agenda"


# A meeting's page printing its agenda, then the minutes of that same meeting (a board's archive page).
@pytest.mark.parametrize(
    "text",
    [
        "Regular Meeting\nMarch 9, 2031\nAgenda\n1.A Pledge of Allegiance\n2.A Donations Action\n"
        "Motion to approve donations.\nMinutes\nRegular Meeting (Monday, March 9, 2031)\n1. Opening Items\n"
        "Present: Mr. Ash, Mrs. Birch\nMotion by Mr. Ash, seconded by Mrs. Birch to approve donations.\n",
        "ELM VALLEY BOARD OF EDUCATION\n9 March 2031\nAGENDA\n1. Apologies\n2. Budget\nMeeting Minutes\n"
        "9 March 2031\nPresent: A Ash, B Birch\n2. Budget\nRESOLVED that the budget be approved.\n",
    ],
)
def test_an_agenda_followed_by_the_same_days_minutes_is_minutes(make_document, text: str) -> None:
    assert classify_document(make_document(text)) == "minutes"


def test_an_agenda_carrying_another_days_minutes_stays_an_agenda(make_document) -> None:
    # look-alike: the minutes that follow are of an earlier meeting, carried for approval
    text = ("Regular Meeting\nApril 13, 2031\nAgenda\n1. Call to Order\n2. Minutes of March 9, 2031\nMinutes\n"
            "Regular Meeting (Monday, March 9, 2031)\nPresent: Mr. Ash, Mrs. Birch\nMotion carried.\n")
    assert classify_document(make_document(text)) == "agenda"


def test_minutes_that_announce_the_next_meeting_stay_minutes(make_document) -> None:
    document = make_document(
        "FINANCE COMMITTEE\nMinutes of the meeting held on 4 April 2031\nPresent: Cllr A Ash (Chair)\n"
        "1. Apologies\nApologies were received from Cllr B Birch.\n2. Budget\nRESOLVED that the budget be approved.\n"
        "3. Date of next meeting\nThe next meeting will be held on 9 May 2031.\n"
    )
    assert classify_document(document) == "minutes"


def test_minutes_that_approve_the_agenda_stay_minutes(make_document) -> None:
    document = make_document(
        "PLANNING COMMISSION\nMarch 18, 2024\n1. CALL TO ORDER\nChair Ibarra called the meeting to order at 6:32 p.m.\n"
        "2. AGENDA\nThe agenda was approved as presented.\n3. ADJOURNMENT\nChair Ibarra adjourned the meeting at 7:10 p.m.\n"
    )
    assert classify_document(document) == "minutes"


def test_us_agenda_packet_with_draft_minutes_is_an_agenda(make_document) -> None:
    document = make_document(
        "NOTICE OF REGULAR MEETING\nCity Council\nTuesday, May 9, 2023 at 7:00 PM\n1. Call to Order\n2. Roll Call\n"
        "3. Consent Calendar\n3.A Minutes of April 25, 2023\n\fMINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL HELD "
        "APRIL 25, 2023\nMayor Ng called the meeting to order at 7:01 p.m.\nCouncilmember Ames seconded the motion, "
        "which carried.\n"
    )
    assert classify_document(document) == "agenda"


# Minutes that keep their agenda's notice banner over their own title: the banner, the body, then the minutes title.
@pytest.mark.parametrize(
    "text",
    [
        "NOTICE OF MEETING\nELMFORD PARKS COMMISSION\nMINUTES FOR REGULAR MEETING\nDATE: Thursday, May 8, 2031\n"
        "1. ROLL CALL\nPresent: Chair Ann Lee, Commissioners Bo Day and Cy Fox\n2. PARK RULES\n"
        "M/S/C DAY/FOX (approved)\n",
        "Notice of Special Meeting\nRegular Meeting Minutes\nElmford Library Board, 8 May 2031\n"
        "Present: Trustees Ann Lee, Bo Day\nMotion by Trustee Lee, seconded by Trustee Day, to adopt the budget. "
        "Motion carried.\n",
    ],
)
def test_minutes_under_their_agendas_notice_banner_are_minutes(make_document, text: str) -> None:
    assert classify_document(make_document(text)) == "minutes"


def test_a_notice_then_its_agenda_then_earlier_minutes_stays_an_agenda(make_document) -> None:
    # Near miss: the minutes title stands after the notice's agenda, not under its banner.
    text = ("NOTICE OF MEETING\nELMFORD PARKS COMMISSION\nThursday, June 12, 2031\nAGENDA\n1. Roll Call\n"
            "2. Minutes of May 8, 2031\nMINUTES FOR REGULAR MEETING\nDATE: Thursday, May 8, 2031\n"
            "Present: Chair Ann Lee, Commissioners Bo Day and Cy Fox\nM/S/C DAY/FOX (approved)\n")
    assert classify_document(make_document(text)) == "agenda"


def test_approval_of_the_agenda_is_no_notice(make_document) -> None:
    document = make_document(
        "TOWN BOARD\nMarch 18, 2024\nCALL TO ORDER\nSupervisor Tew called the meeting to order at 7:00 pm.\n"
        "APPROVAL OF AGENDA\nMotion carried.\nMinutes of the February meeting held on 12 February were approved.\n"
    )
    assert classify_document(document) == "minutes"


@pytest.mark.parametrize(
    "text",
    [
        "CITY COUNCIL MEETING MARCH 3, 2015\nOn the 3rd day of March, 2015, the City Council of the City of Elmford "
        "met in regular session, at 10:10 a.m., with the following members present: Mayor Ann Lee.\n"
        "The meeting was adjourned at 11:45 a.m.\n",
        "M I N U T E S\nREGULAR MEETING OF THE OAK GROVE CITY COUNCIL\nMonday, October 1, 2012 at 7:00 p.m.\n"
        "Mayor Lee called the meeting to order at 7:02 p.m.\n",
    ],
)
def test_journal_and_spaced_title_minutes(make_document, text: str) -> None:
    assert classify_document(make_document(text)) == "minutes"


def test_an_event_to_be_held_and_approved_minutes_make_no_pack(make_document) -> None:
    document = make_document(
        "CITY COUNCIL\nMay 9, 2023\nThe Mayor announced that a meeting of the Arts Commission will be held on May 20.\n"
        "CONSENT CALENDAR\nMinutes of the Regular Meeting held May 2, 2023 were approved.\n"
        "Councilmember Ames seconded the motion, which carried. The meeting adjourned at 9:10 p.m.\n"
    )
    assert classify_document(document) == "minutes"


def test_meeting_commenced_in_brackets_is_a_minutes_cue(make_document) -> None:
    document = make_document(
        "Meeting of Cabinet, Tuesday, 5th March, 2024 7.00 pm\nPresent: Councillor A Ash (Chair)\n"
        "(The meeting commenced at 7.00 pm and closed at 9.47 pm)\n"
    )
    assert classify_document(document) == "minutes"


def test_minutes_with_an_agenda_heading_are_no_pack(make_document) -> None:
    document = make_document(
        "TOWN BOARD MINUTES\nMarch 18, 2024\nAGENDA\nThe agenda was approved.\nPresent: Supervisors Tew and Ollin\n"
        "Supervisor Tew called the meeting to order at 7:00 pm. Motion carried.\n"
    )
    assert classify_document(document) == "minutes"


@pytest.mark.parametrize(
    "text",
    [
        "CITY OF ELMWICK\nCITY COUNCIL MEETING REPORT\nTuesday, March 4, 2031 - 6:00 PM\n1. CALL TO ORDER\n"
        "3. CONSENT AGENDA\nItem 3a. Paving contract. Approved 5-0.\n",
        "ELMWICK CITY COUNCIL\nACTION REPORT\nRegular Meeting of March 4, 2031\n"
        "Agenda Item 1. Approval of the agenda - Approved\nAgenda Item 2. Parking ordinance - Adopted\n",
        "Notes from the first open meeting of the Elmwick Residents Forum\n4 March 2031, Elmwick Library\n\nAgenda\n"
        "1. Introductions\n",
        "Notes of the Elmwick Allotments Group\n4 March 2031\nAgenda items discussed:\n1. Water supply\n",
        "Elmwick Town Council\nRecord of Decisions\nFull Council, 4 March 2031\nMembership: Cllrs Ash, Bell\n"
        "1. Agenda item 1: budget agreed.\n",
        "Harbour Board Meeting Summary\nMarch 4, 2031\nAgenda items\n1. Moorings\n",
        "Notes on Meeting – March 5, 2031\nWe had two new members for the east district.\nOther topics:\n1. Transport\n",
        "Elmwick Seniors Commission\nNotes on the meeting of 5 March 2031\nAttending: Ann Ash, Bo Bell\n",
    ],
)
def test_other_names_for_the_record_of_a_meeting_are_minutes(make_document, text: str) -> None:
    # "Meeting report", "Action report", "Notes from/of …", "Record of decisions" title what a meeting did.
    assert classify_document(make_document(text)) == "minutes"


@pytest.mark.parametrize(
    "text",
    [
        "ELMWICK CITY COUNCIL\nREGULAR MEETING AGENDA\nMarch 4, 2031 6:00 PM\n1. Call to Order\n"
        "2. Notes of the last meeting\n3. Record of decisions of the previous meeting\n4. Adjournment\n",
        "ELMWICK CITY COUNCIL\nCITY COUNCIL AGENDA REPORT\nMeeting Date: March 4, 2031\nAgenda item 5\n"
        "Recommendation: to approve the paving contract\n",
    ],
)
def test_an_agenda_naming_notes_or_reports_stays_an_agenda(make_document, text: str) -> None:
    assert classify_document(make_document(text)) == "agenda"


def test_record_titles_are_read_in_linear_time_from_padded_lines(make_document) -> None:
    from minutebook.extract.kind import _MINUTES_TITLE

    for line in ("Elmwick Council" + " " * 30000 + "x", "Record" + " " * 30000 + "of x", ", " * 20000,
                 ("word " * 3 + " " * 20000) * 3 + "meeting report"):
        _MINUTES_TITLE.search(line + "\n")  # its time: benchmarks/bench_long_lines.py


@pytest.mark.parametrize(
    ("front", "kind"),
    [
        ("title: Steering Committee Meeting Minutes\ndate: 2031-04-15\n", "minutes"),
        ("title: Board Meeting Agenda\ndate: 2031-04-15\n", "agenda"),
    ],
)
def test_a_pages_front_matter_title_counts_as_its_title(tmp_path, front: str, kind: str) -> None:
    # The reader blanks the front matter and keeps its values: the page's title still says what the page is.
    from minutebook.ingest import parse_file

    path = tmp_path / "2031-04-15-steering.md"
    path.write_text(f"---\n{front}---\n\n## Attendance\n\nAnn Ross, Tom Reid\n\n## Treasurer\n\nThe balance is $400.\n")
    assert classify_document(parse_file(path)) == kind


@pytest.mark.parametrize(
    "notice",
    [
        "THE CITY OF HARROWGATE’S\nMARCH COUNCIL MEETING\nWILL BE HELD\nTUESDAY, MARCH 4, 2031\nAT 7:00 PM\n"
        "AT THE FIRE HALL\n",
        "Quillfield Township\nA special Board meeting will be held on Monday, March 10, 2031 at 6 p.m.\n"
        "in the Township Hall to consider the road bids.\n",
    ],
)
def test_a_notice_of_a_meeting_to_come_is_an_agenda(make_document, notice: str) -> None:
    assert classify_document(make_document(notice)) == "agenda"


def test_minutes_announcing_the_next_meeting_stay_minutes(make_document) -> None:
    document = make_document(
        "Quillfield Township Board\nMinutes of the meeting of March 4, 2031\n"
        "The meeting was called to order at 7 p.m. The next meeting will be held on April 1, 2031.\n"
        "Present: Petra Quillfeather, Dale Orr.\n"
    )
    assert classify_document(document) == "minutes"


@pytest.mark.parametrize("note", ["(all members present)", "All Commissioners were present."])
def test_an_agenda_titled_record_noting_who_attended_is_minutes(make_document, note: str) -> None:
    document = make_document(
        "Harrowgate Licensing Board\nVoting Agenda, March 4, 2031\n"
        f"{note}\n1. Harbour Tavern LLC\nTransfer of the license to a new manager.\nGranted\n"
    )
    assert classify_document(document) == "minutes"


def test_an_agenda_asking_members_to_attend_stays_an_agenda(make_document) -> None:
    document = make_document(
        "Harrowgate Licensing Board\nAgenda, March 4, 2031\nAll members are requested to be present.\n"
        "1. Harbour Tavern LLC\nTransfer of the license to a new manager.\n"
    )
    assert classify_document(document) == "agenda"


@pytest.mark.parametrize(
    "announcement",
    [
        "The next meeting will be held on 1 April 2031 in the Village Hall.",
        "The April meeting will be held on 1 April 2031 in the Village Hall.",
        "The Annual Parish Meeting will be held on 6 May 2031.",
    ],
)
def test_minutes_announcing_a_meeting_near_the_top_are_not_an_agenda(make_document, announcement: str) -> None:
    # A meeting named with "the" is one the minutes announce; a notice says "A meeting … will be held".
    document = make_document(
        f"Quillfield Parish Council\nMeeting held on 4 March 2031\n{announcement}\n"
        "Present: Cllr Petra Quillfeather, Cllr Dale Orr.\n1. Apologies\nNone received.\n2. Playground\n"
        "Cllr Orr proposed that the swings be replaced. Carried.\n"
    )
    assert classify_document(document) != "agenda"


@pytest.mark.parametrize(
    "summons",
    [
        "All Councillors present are reminded to declare any interests.",
        "All Supervisors present are asked to sign the attendance sheet.",
    ],
)
def test_an_agenda_reminding_members_present_stays_an_agenda(make_document, summons: str) -> None:
    document = make_document(
        f"Harrowgate Township\nRegular Board Meeting Agenda\nMarch 4, 2031 7:00 PM\n{summons}\n"
        "1. Call to Order\n2. Road Report\n"
    )
    assert classify_document(document) == "agenda"


@pytest.mark.parametrize(
    "approval",
    [
        "3. Approval of the Agenda\nTrustee Abernathy moved agenda items 5 and 6 to the consent\nagenda.",
        "3. Adoption of the Regular Meeting Agenda\nTrustee Ruiz asked that agenda items 4 and 7 swap places on the\nagenda.",
    ],
)
def test_minutes_that_approve_their_agenda_are_minutes(make_document, approval: str) -> None:
    # The title area ends at the first numbered item: "Approval of the Agenda" in the business names no kind.
    document = make_document(
        "ELMHURST PUBLIC LIBRARY DISTRICT\nRegular Meeting of the Board of Trustees\nMarch 4, 2031, 7:00 p.m.\n"
        "1. Call to order – President Ruiz called the meeting to order at 7:00 p.m.\n"
        f"2. Roll Call – Trustees Abernathy, Ruiz and Sato answered the roll\n{approval}\n"
        "Trustee Sato seconded the motion. Motion carried.\n"
    )
    assert classify_document(document) == "minutes"


@pytest.mark.parametrize(
    "approval",
    ["Approval of Minutes from February 4, 2031 – Board Members", "To confirm the minutes of the meeting of 4 February"],
)
def test_an_agenda_approving_earlier_minutes_is_not_minutes(make_document, approval: str) -> None:
    # An item about the last meeting's minutes is no title calling this document minutes.
    document = make_document(
        "Regional Transit Advisory Board\nBoard Meeting\nMonday, March 4, 2031\n10:00am - 12:00pm\n"
        f"Welcome and Introductions – Chair Dana Kerr\n{approval}\n"
        "Budget Update – Finance Director Lee Park\nOld Business\nNew Business\n"
    )
    assert classify_document(document) != "minutes"


@pytest.mark.parametrize("title", ["Action Notes", "Partnership Tasking Group Action Notes"])
def test_action_notes_are_minutes(make_document, title: str) -> None:
    document = make_document(
        f"Ashmoor Community Safety Partnership\n{title}\nDate: 4 March 2031\n"
        "1. Introductions\n2. Hotspots\nPC Lane reported fewer incidents.\n"
    )
    assert classify_document(document) == "minutes"


@pytest.mark.parametrize(
    "record",
    [
        "Opened the meeting and declared a quorum present. Selectmen present: Ida Voss, Carl Brandt.\n"
        "Moved, seconded and voted to approve the warrant.",
        "The Chair established a quorum at 6:30 p.m. Also present: Road Commissioner Eli Marsh.\n"
        "Moved, seconded, and carried to accept the road report.",
    ],
)
def test_a_quorum_found_and_motions_told_in_the_past_are_minutes(make_document, record: str) -> None:
    document = make_document(f"Board of Selectmen\nMarch 4, 2031\n{record}\n")
    assert classify_document(document) == "minutes"


def test_an_agenda_ordering_a_quorum_call_stays_an_agenda(make_document) -> None:
    document = make_document(
        "Board of Selectmen\nMeeting Agenda\nMarch 4, 2031\n1. Call to Order and Establish Quorum\n2. Warrant\n"
    )
    assert classify_document(document) == "agenda"


@pytest.mark.parametrize(
    "document_text",
    [
        # A parish council's agenda: letterhead, the meeting to be held, then items naming the last minutes.
        "Clerk : Ada Ferrow Telephone : 01234 567890\n"
        "MAPLE VALE PARISH COUNCIL\n"
        "MEETING TO BE HELD ON TUESDAY,\n"
        "4th March 2031 @ 7.30pm\n"
        "MAPLE VALE VILLAGE HALL\n"
        "AGENDA\n"
        "1. To receive apologies for meeting\n"
        "2. To approve the minutes of the last meeting held on 7th January 2031\n"
        "3. To discuss matters arising from the minutes of the last meeting\n"
        "4. Footway Lighting\n",
        # A city council's agenda: the consent agenda's first item is the last meeting's minutes.
        "Elmwood City Council Meeting\n"
        "Agenda\n"
        "Elmwood School Library\n"
        "March 10, 2031 – 7:00 p.m.\n"
        "Call to Order/Roll Call\n"
        "Consent Agenda\n"
        "1. Minutes – February 10, 2031\n"
        "2. Financials – February 2031\n"
        "New Business\n",
    ],
)
def test_an_agenda_item_naming_the_minutes_is_no_minutes_title(make_document, document_text: str) -> None:
    assert classify_document(make_document(document_text)) == "agenda"


@pytest.mark.parametrize("approval", ["4. Approval of the Agenda", "APPROVAL OF AGENDA"])
def test_minutes_approving_their_agenda_stay_minutes(make_document, approval: str) -> None:
    document = make_document(
        "Elm Lake Township Board\n"
        "Regular Meeting Minutes\n"
        "March 4, 2031\n"
        f"{approval}\n"
        "Supervisor Ada Ferrow called the meeting to order at 7:00 p.m.\n"
    )
    assert classify_document(document) == "minutes"


@pytest.mark.parametrize(
    ("earlier", "heading"),
    [("Minutes of February 4, 2031", "Regular Meeting – March 4, 2031 at 7:00 PM"),
     ("Minutes – 4 February 2031", "Meeting to be held on 4 March 2031 at 7.30pm")],
)
def test_an_agenda_naming_the_minutes_of_an_earlier_day_stays_an_agenda(make_document, earlier: str, heading: str) -> None:
    document = make_document(
        "ELMWOOD PLANNING COMMISSION\n"
        "AGENDA\n"
        f"{heading}\n"
        "City Hall Council Chambers\n"
        "Roll Call - Present\n"
        "Consent Agenda\n"
        f"{earlier}\n"
        "Public Hearing\n"
    )
    assert classify_document(document) == "agenda"


@pytest.mark.parametrize("title", ["MINUTES OF MARCH 4, 2031", "Minutes of 4 March 2031"])
def test_minutes_titled_with_their_own_day_stay_minutes(make_document, title: str) -> None:
    document = make_document(
        f"ELMWOOD PLANNING COMMISSION\n{title}\nRegular Meeting – March 4, 2031\nCall to order at 7:00 p.m.\n"
    )
    assert classify_document(document) == "minutes"


@pytest.mark.parametrize(
    ("title", "kind"),
    [("APPROVED MINUTES", "minutes"), ("Signed Minutes", "minutes"), ("AMENDED AGENDA", "agenda")],
)
def test_a_participle_before_the_record_titles_the_document(make_document, title: str, kind: str) -> None:
    document = make_document(f"Elm Lake Township Board\n{title}\nMarch 4, 2031\nOld Business\nNew Business\n")
    assert classify_document(document) == kind


@pytest.mark.parametrize(
    "text",
    [
        # Procedural parts listed with nothing recorded under them, a body called a plan commission reporting.
        "ELMHURST TOWN BOARD OF TRUSTEES MEETING\nMay 6, 2031\nCALL TO ORDER:\nROLL CALL:\nPLEDGE OF ALLEGIANCE:\n"
        "ACTIVITY REPORTS:\nPlan Commission – Ada Ferrow\nADJOURNMENT:\n",
        "Cedar Hollow Parks Commission\n• CALL TO ORDER\n• Roll Call:\n• PUBLIC COMMENT\n• Trail Survey – Otto Brindle\n",
        # A notice of a special meeting, and a page's running title naming the agenda.
        "CEDAR HOLLOW COLLEGE DISTRICT\nSPECIAL BOARD MEETING NOTICE\nJune 3, 2031\n1. CALL TO ORDER\n"
        "2. Resolution No. 31-02 on agenda items to come\n",
        "Cedar Hollow Fire District\nBOARD OF DIRECTORS\nREGULAR BOARD MEETING AGENDA THURSDAY, JUNE 5, 2031\n"
        "Public comment on agenda items is limited to 3 minutes.\n",
        # The minutes of a day named with its date on a bullet, and minutes of speaking time, title no minutes.
        "ELMHURST TOWNSHIP BOARD OF TRUSTEES MEETING\nAGENDA\nMay 6, 2031\nAPPROVAL OF MINUTES:\n"
        "• Approval of April 8, 2031, Regular BOD meeting minutes.\nREPORTS:\n• Publication of Closed Session Minutes\n",
        "Cedar Hollow School District\nSpeakers are limited to two (2) minutes; the stream starts 15 minutes before.\n"
        "Board of Education Agenda\nJune 3, 2031\n1. Budget Workshop (Ferrow)\n",
    ],
)
def test_notices_of_business_to_come_are_agendas(make_document, text: str) -> None:
    assert classify_document(make_document(text)) == "agenda"


@pytest.mark.parametrize(
    "text",
    [
        # Minutes: the parts with what was done under them.
        "ELMHURST TOWN BOARD OF TRUSTEES MEETING\nMay 6, 2031\nCALL TO ORDER: The meeting was called to order at 7 pm.\n"
        "ROLL CALL: Ada Ferrow, Otto Brindle present.\nPLEDGE OF ALLEGIANCE:\nADJOURNMENT: Adjourned at 8 pm.\n",
        "Minutes of the Maple Vale Town Council\nCall to Order\nRoll Call\nThe Mayor opened the meeting. Motion carried.\n"
        "Adjournment\nThe meeting adjourned at 9 pm.\n",
    ],
)
def test_minutes_listing_their_parts_are_no_agenda(make_document, text: str) -> None:
    assert classify_document(make_document(text)) != "agenda"


# Minutes titled only as a meeting ("BOARD OF DIRECTORS MEETING", "Selectboard Meeting – 3 March") are known by the
# past tense of what they record. Each form below gives two cues, a record's least (`MIN_SCORE`); one alone does not.
@pytest.mark.parametrize(
    "record",
    [
        # A motion made, and its outcome as a tally.
        "A motion, duly made by Ivo Penn, to approve the budget was seconded and carried 4-1.",
        "Director Quayle made a motion to repave the lane. All in favor.",
        "Ms Orr moved to accept the treasurer's report; approved (5-0).",
        "Mr Lisle moved that the fence be mended. Agreed unanimously.",
        # Who came, in a sentence or under a bare heading, and who left the chair empty.
        "Present were Ivo Penn, Nell Quayle and Tam Orr.\nThe meeting was adjourned.",
        "PRESENT\nCouncillors Ivo Penn and Nell Quayle\nThe treasurer explained that the grant is spent.",
        "Absent: Rhys Lisle\nCllr Penn took the chair.",
        # Business found empty, and what was said, reported.
        "There were no declarations of interest.\nThe treasurer reported that the account stands at $900.",
        "No declarations were made.\nMr Penn replied that the lane would be swept in May.",
    ],
)
def test_minutes_titled_only_as_a_meeting_are_known_by_their_record(make_document, record: str) -> None:
    document = make_document(f"HOLLOWAY GLEN ASSOCIATION\nBOARD OF DIRECTORS MEETING\n{record}\n")
    assert classify_document(document) == "minutes"


@pytest.mark.parametrize(
    "order",
    [
        # An agenda's parts still to come name the same business without recording any of it.
        "1. Call to Order\n2. Motion to approve the budget\n3. Treasurer's report\n4. Adjournment",
        "Present and absent members to be noted\nItems on which a vote may be taken\nMotions received",
    ],
)
def test_an_order_of_business_is_no_record(make_document, order: str) -> None:
    document = make_document(f"HOLLOWAY GLEN ASSOCIATION\nBOARD OF DIRECTORS MEETING\n{order}\n")
    assert classify_document(document) != "minutes"


def test_a_time_is_no_tally(make_document) -> None:
    # "approved 7-9 pm" is hours, not a vote of seven to nine; with one other cue it is no record of a meeting.
    document = make_document("HOLLOWAY GLEN ASSOCIATION\nOpening hours approved 7-9 pm in summer.\nThanks to all.\n")
    assert classify_document(document) == "unknown"


@pytest.mark.parametrize("dated", ["Parking policy adopted 12/05/2030.", "Fee schedule approved 5-14-2031."])
def test_a_date_is_no_tally(make_document, dated: str) -> None:
    # A day written with its year after "adopted" or "approved" is when, not a vote; with one other cue it is no record.
    document = make_document(f"HOLLOWAY GLEN ASSOCIATION\n{dated}\nThe treasurer reported that the fund is spent.\n")
    assert classify_document(document) == "unknown"


@pytest.mark.parametrize(
    "record",
    [
        # A clerk's shorthand: the seconder as "2nd by", the vote as yeas and nays counted.
        "Ada made a motion to pay the bills. 2nd by Ned. 5 yay 0 nay.\nPublic comment closed",
        "Ivo moved to accept the report, 2nded by Nell. Yeas 4, Nays 1.\nRoad report: grading done.",
        # Motions told in the present, and the recorder's sign-off.
        "Nell moves to approve minutes as presented. Ivo Second.\nRespectfully Submitted,\nTam Orr, Town Clerk",
        "Ivo makes a motion to accept the bills. Nell second.\nRespectfully submitted, Tam Orr",
    ],
)
def test_a_clerks_shorthand_record_of_motions_is_minutes(make_document, record: str) -> None:
    document = make_document(f"ELM TOWNSHIP BOARD\nElm Township Hall\nMarch 4th of 2031\n{record}\n")
    assert classify_document(document) == "minutes"


@pytest.mark.parametrize(
    "order",
    [
        # Near misses: an agenda's motions still to come, and its meeting days.
        "1. Motion to adjourn\n2. Motion to accept the bills\nMeetings are held on the 2nd and 4th Tuesdays.",
        "AGENDA\nMotion to approve the minutes\nAyes and nays to be recorded\nAdjourn",
    ],
)
def test_an_agenda_listing_motions_to_come_is_no_shorthand_record(make_document, order: str) -> None:
    document = make_document(f"ELM TOWNSHIP BOARD\nElm Township Hall\nMarch 4th of 2031\n{order}\n")
    assert classify_document(document) != "minutes"


@pytest.mark.parametrize(
    "plan",
    [
        # A capital forecast: its title over two lines, then its tables' headings.
        "CAPITAL BUDGET AND ASSET MANAGEMENT\nFORECAST 2031-2041\nThis document is a planning tool for use in budgeting.\n"
        "GENERAL GOVERNMENT\nYEAR PROJECT DESCRIPTION ESTIMATE METHOD\n2031 Laptops $10,000 Taxation\n",
        # A strategy set out in sections.
        "ELMBURY PARISH COUNCIL\nANNUAL INVESTMENT STRATEGY 2031/2032\n1. Introduction\nThe Council holds reserves.\n"
        "2. Investment Objectives\nSecurity of reserves comes first.\nAppendix A\n",
        # A budget sheet titled by its columns.
        "ELM COMMUNITY COUNCIL - BUDGET 2031-32\nITEM Budget Spent Budget Spent\nClerk's Salary 3,500 3,421 3,500\n",
    ],
)
def test_plans_budgets_and_strategies_are_plans(make_document, plan: str) -> None:
    assert classify_document(make_document(plan)) == "plan"


@pytest.mark.parametrize(
    "opening",
    [
        # Near misses: minutes naming a plan among their opening lines, a budget meeting, a lease agreement.
        "ELMBURY COMMUNITY COUNCIL\nPresent: Cllr Ash, Cllr Birch\nCommunity Council Consultation / Place Plan\n"
        "The Clerk reported that the questionnaire was sent.\n",
        "ELM TOWNSHIP\nSpecial Budget Meeting\nMarch 4, 2031\nThe meeting was called to order at 6 pm.\n"
        "Ada moved to approve the budget. Motion carried 5-0.\n",
        "ELM PORT DISTRICT\nGreenway lease agreement\nPresent were Ivo Penn and Nell Quayle.\n"
        "The manager reported that the lease is signed.\n",
    ],
)
def test_minutes_naming_a_plan_or_budget_stay_minutes(make_document, opening: str) -> None:
    assert classify_document(make_document(opening)) == "minutes"


@pytest.mark.parametrize(
    "opening",
    [
        # Weakly cued records: a plan named in the business or a lease named under the title is no plan's title.
        "ELMBURY COMMUNITY COUNCIL\nHall Committee\nTuesday 4 March 2031\nElmbury Village Hall\nCllrs Ash, Birch\n"
        "Mrs Cole (Clerk)\nCommunity Council Consultation / Place Plan\n"
        "The Clerk reported that the questionnaire was sent.\n",
        "ELM PORT DISTRICT\nBoard of Commissioners\nMarch 4, 2031\nPort Office\nCommissioners Penn, Quayle\n"
        "Manager Orr\nGreenway lease agreement\nThe manager reported that the lease is signed.\n",
    ],
)
def test_a_plan_named_in_a_records_business_makes_no_plan(make_document, opening: str) -> None:
    assert classify_document(make_document(opening)) != "plan"


def test_budget_column_headings_are_read_in_linear_time() -> None:
    # A long row of a forecast's headings that ends in a word no heading is once split its spaces every way there is.
    from minutebook.extract.kind import _PLAN_CUES

    headings = _PLAN_CUES[-1]
    for line in ("Budget" + " 2031" * 40 + " Total", "Budget" + "   Actual" * 30 + "   Balance"):
        assert headings.search(line + "\n") is None  # its time: benchmarks/bench_long_lines.py
    assert headings.search("Notes\nITEM   Budget  Spent\tBudget Spent\n") is not None


def test_notes_with_an_agenda_heading_that_record_what_the_board_agreed_are_minutes(make_document) -> None:
    # A volunteer board's notes: an "Agenda" section heading over the business, the decisions in lower-case prose
    # ("The board agreed …"), who came and who did not under bare headings.
    text = (
        "# Board meeting 2031-03-14\n\n## Present\n- Priya Lund\n- Tomas Berg\n\n## Absent\n- Ada Ferrow\n\n"
        "## Agenda\n### Hall bookings\nThe board agreed to book the library for the autumn.\n"
    )
    assert classify_document(make_document(text, name="notes.md")) == "minutes"
    # The same headings with nothing recorded under them are an agenda.
    agenda = "# Board meeting 2031-03-14\n\n## Agenda\n### Hall bookings\n### Treasurer's report\n"
    assert classify_document(make_document(agenda, name="notes.md")) != "minutes"


@pytest.mark.parametrize("text", [
    # A wiki template's labels as list entries.
    "# Committee Meeting - 2031-03-09\n\n## Members Present\n* Present: Priya, Tomas, Wen\n* Apologies: Ada\n\n"
    "## Treasurer report\nBalance noted.\n",
    "Committee Meeting 9 March 2031\n\n- Present: Priya Lund, Tomas Berg\n- Apologies: Ada Ferrow\n\n1. Finance\nNoted.\n",
])
def test_labels_in_a_list_are_minutes_cues(make_document, text) -> None:
    assert classify_document(make_document(text, name="notes.md")) == "minutes"


def test_the_meeting_opened_in_the_past_tense_is_a_minutes_cue_and_to_be_opened_is_not(make_document) -> None:
    held = "Annual General Meeting 9 March 2031\n\nApologies: Ada Ferrow\n\n1. Welcome\nThe chair opened the meeting.\n"
    to_come = "Annual General Meeting 9 March 2031\n\n1. Welcome\nThe chair to open the meeting.\n"
    assert classify_document(make_document(held)) == "minutes"
    assert classify_document(make_document(to_come)) != "minutes"


_POST_BODY = "\nAgenda\n\nPresent: Ann, Bo, Cy, Dee\n\n# Finance\n\n- Ann reported the balance.\n- Bo will book the room.\n"


@pytest.mark.parametrize("front", [
    '+++\ntitle = "Minutes - 13th May 2031"\ndate = "2031-05-13"\n+++\n',
    '---\ntitle: "2031-03-09 Meeting Minutes"\ntype: minutes\n---\n',
])
def test_post_titled_minutes_over_its_agenda_heading_is_minutes(tmp_path, front) -> None:
    # A society's post: "Agenda" heads the list of business, then who came; the post's title calls it minutes.
    path = tmp_path / "post.md"
    path.write_text(front + _POST_BODY, encoding="utf-8")
    assert classify_document(parse_file(path)) == "minutes"


def test_post_titled_agenda_and_minutes_is_no_minutes_title(tmp_path) -> None:
    # Near miss: a pack's page titled with both words carries earlier minutes after its notice.
    path = tmp_path / "pack.md"
    path.write_text('---\ntitle: "Agenda and Minutes, 9 March 2031"\n---\n' + _POST_BODY, encoding="utf-8")
    assert classify_document(parse_file(path)) == "agenda"
