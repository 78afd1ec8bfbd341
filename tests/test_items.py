"""Agenda items and sections, from short inline minutes."""

from __future__ import annotations

import datetime as dt

import pytest

from minutebook.extract.items import extract_items, paragraph_text, split_sections
from minutebook.extract.meeting import extract_meeting


def _items(make_document, text):
    return [(item.number, item.title) for item in extract_items(make_document(text))]


def test_numbered_capitals_lines_are_items(make_document):
    text = (
        "Present: Councillor Ann Example (Chair), Councillors Ash and Birch\n\n"
        "12. APOLOGIES\n\nCouncillor Oak sent apologies.\n\n"
        "13. PREVIOUS MINUTES\n\nApproved without change.\n"
    )
    assert _items(make_document, text) == [("12", "APOLOGIES"), ("13", "PREVIOUS MINUTES")]


def test_agenda_reference_is_dropped_on_the_line_and_the_next_line(make_document):
    text = (
        "#### 40. Record of the meeting on 2 May 2013 (Item A3)\n\nApproved.\n\n"
        "## 41. Allotments Review\n\n(Item B2)\n\nThe clerk outlined the waiting list.\n"
    )
    document = make_document(text)
    items = extract_items(document)
    assert [(i.number, i.title) for i in items] == [
        ("40", "Record of the meeting on 2 May 2013"),
        ("41", "Allotments Review"),
    ]
    assert "(Item B2)" not in split_sections(document, items)[1].text


def test_sub_items_bold_headings_and_presenter_headings(make_document):
    text = (
        "#### **1. Previous minutes and matters arising**\n\nApproved.\n\n"
        "#### **Cycle Lanes Briefing - PC Jane Doe**\n\nJD showed the new routes.\n\n"
        "### 2. **Leisure Centre**\n\n"
        "#### **2.1 Usage figures – Tom Hughes**\n\nTH went through the visitor numbers.\n\n"
        "#### Swimming\n\n3.2b Figures to follow in the spring.\n\n"
        "**3. Grants**\n\nWithin budget.\n"
    )
    assert _items(make_document, text) == [
        ("1", "Previous minutes and matters arising"),
        (None, "Cycle Lanes Briefing - PC Jane Doe"),
        ("2", "Leisure Centre"),
        ("2.1", "Usage figures – Tom Hughes"),
        ("3", "Grants"),
    ]


def test_banners_labels_and_thematic_headings_are_not_items(make_document):
    text = (
        "#### **NORTHSHIRE COUNTY COUNCIL**\n\n#### HIGHWAYS JOINT BOARD\n\n"
        "#### **Apologies for absence**\n\nJane Doe, NCC;\n\n"
        "#### **UNRESTRICTED ITEMS**\n\n"
        "#### 5. Budget\n\nResidents' Panel: a poll was run at the library.\n\n"
        "#### Potholes\n\n4.1 Repairs are only logged by ward.\n"
    )
    assert _items(make_document, text) == [("5", "Budget")]


def test_private_session_marks_following_items(make_document):
    text = (
        "#### 7. Next meeting date\n\nNoted\n\n#### PRIVATE SESSION\n\n"
        "The Board took the remaining business in private.\n\n#### 8. Contract Award\n\nApproved.\n"
    )
    items = extract_items(make_document(text))
    assert [(i.number, i.private) for i in items] == [("7", False), ("8", True)]


def test_appendix_after_the_minutes_is_ignored(make_document):
    text = (
        "#### 20. Depot Review - Slides\n\nThe Board endorsed stage one.\n\n"
        "# Minute Item 20\n\n## Scope (1)\n\n- Map current depots\n\n"
        "#### Next steps\n\n1. Draft a business case\n"
    )
    document = make_document(text)
    items = extract_items(document)
    assert [(i.number, i.title) for i in items] == [("20", "Depot Review - Slides")]
    assert "Scope" not in split_sections(document, items)[0].text


def test_meeting_concluded_ends_the_minutes(make_document):
    text = "1. APOLOGIES\n\nNone.\n\nMeeting concluded: 9.10 pm\n\n2. SLIDE ONE\n"
    assert _items(make_document, text) == [("1", "APOLOGIES")]


@pytest.mark.parametrize("closing", ["The meeting closed at 8.05 pm.", "The meeting terminated at 8.05 pm."])
def test_each_way_of_ending_the_meeting_ends_the_minutes_and_gives_the_end_time(make_document, closing):
    text = f"Minutes of the Parks Panel held on 3 May 2022 at 7.00 pm\n\n1. APOLOGIES\n\nNone.\n\n{closing}\n\n2. SLIDE ONE\n"
    document = make_document(text)
    assert _items(make_document, text) == [("1", "APOLOGIES")]
    assert extract_meeting(document, kind="minutes").end_time == dt.time(20, 5)


def test_numbered_sentences_are_not_items(make_document):
    text = (
        "#### 3. Monitoring\n\n"
        "2.4 & 2.5 on fly tipping were covered under item 2 and work is under way with the depot.\n\n"
        "- 1. **Merger** of the two reception desks is due in the spring.\n"
    )
    assert _items(make_document, text) == [("3", "Monitoring")]


def test_future_meeting_dates_are_not_items(make_document):
    text = (
        "## **7. Other matters**\n\nNone.\n\n## **8. Dates of future meetings**\n\n"
        "### **TRAINING DAY - Friday 12 March, Oak Barn, Littleton**\n\nTuesday 4 May\t2pm - 4pm\n"
    )
    assert _items(make_document, text) == [("7", "Other matters"), ("8", "Dates of future meetings")]


def test_moderngov_table_rows(make_document):
    text = (
        "No. | Item |\n"
        "Record of the March meeting PDF 40 KB Minutes: RESOLVED that the record be approved |\n"
        "Waste Strategy PDF 65 KB Additional documents: Minutes: 1. The officer outlined the strategy.\n"
        "RESOLVED that the strategy be endorsed. |\n"
        "Date of next meeting The Board will next meet on 3 June 2016 at 10am. "
        "Minutes: RESOLVED that the date be noted. |\n"
    )
    document = make_document(text)
    items = extract_items(document)
    assert [(i.number, i.title) for i in items] == [
        (None, "Record of the March meeting"),
        (None, "Waste Strategy"),
        (None, "Date of next meeting"),
    ]
    sections = split_sections(document, items)
    assert sections[0].text == "RESOLVED that the record be approved"
    assert [paragraph_text(p) for p in sections[1].paragraphs()] == [
        "1. The officer outlined the strategy.",
        "RESOLVED that the strategy be endorsed.",
    ]


def test_sections_split_wrapped_lines_into_paragraphs(make_document):
    text = (
        "#### 4. Grants\n"
        "The officer said that applications had arrived from nine clubs across the\n"
        "borough and would be scored.\n"
        "The Board approved the scoring.\n"
        "KW\n"
        "#### 5. Other matters\nNone.\n"
    )
    document = make_document(text)
    sections = split_sections(document, extract_items(document))
    assert [paragraph_text(p) for p in sections[0].paragraphs()] == [
        "The officer said that applications had arrived from nine clubs across the borough and would be scored.",
        "The Board approved the scoring.",
        "KW",
    ]
    assert sections[1].text == "None."


def test_item_prefix_and_exclusion_of_the_public(make_document):
    text = (
        "Item 5: Market Stalls\n\nNoted.\n\n"
        "6. EXCLUSION OF THE PRESS AND PUBLIC\n\nRESOLVED that the public be excluded.\n\n"
        "7. STAFFING MATTER\n\nNoted.\n"
    )
    items = extract_items(make_document(text))
    assert [(i.number, i.title, i.private) for i in items] == [
        ("5", "Market Stalls", False),
        ("6", "EXCLUSION OF THE PRESS AND PUBLIC", False),
        ("7", "STAFFING MATTER", True),
    ]


def test_a_run_of_numbered_lines_is_a_list_and_page_references_are_dropped(make_document):
    text = (
        "#### 4. Next Steps (Pages 5 - 9)\n\nThe officer set out what comes next:\n\n"
        "5. Hire a project lead\n6. Quarterly updates to the Board\n\nMembers noted the update.\n"
    )
    assert _items(make_document, text) == [("4", "Next Steps")]


def test_heading_wrapped_at_a_connecting_word_is_joined(make_document):
    text = (
        "**4. Parking Strategy - Review of Charges and**\n"
        "**Permit Zones**\n\nThe officer outlined the options.\n\n"
        "**8. Dates of future meetings**\n**TRAINING DAY - Friday 12 March**\n"
    )
    assert _items(make_document, text) == [
        ("4", "Parking Strategy - Review of Charges and Permit Zones"),
        ("8", "Dates of future meetings"),
    ]


def test_wrapped_numbered_paragraphs_are_the_items_parts(make_document):
    # Numbered under a taken item and next in its run, each paragraph is a sub-item (ANNOTATING: "Sub-items count
    # when they have their own number"); its first sentence, joined over the wrap, is its title.
    text = (
        "**45. Planning Appeals**\n"
        "45.1 Councillor Smith asked whether the\n"
        "appeal had been lodged in time.\n"
        "45.2 Officers will report to\n"
        "the next meeting.\n"
    )
    assert _items(make_document, text) == [
        ("45", "Planning Appeals"),
        ("45.1", "Councillor Smith asked whether the appeal had been lodged in time"),
        ("45.2", "Officers will report to the next meeting"),
    ]


def test_moderngov_row_title_wrapped_over_two_lines(make_document):
    text = (
        "No. | Item |\n"
        "Waste Strategy PDF 65 KB Minutes: RESOLVED that the strategy be endorsed.\n"
        "Date of next meeting The Board will next meet on\n"
        "3 June 2016 at 10am. Minutes: RESOLVED that the date be noted.\n"
    )
    document = make_document(text)
    items = extract_items(document)
    assert [i.title for i in items] == ["Waste Strategy", "Date of next meeting"]
    sections = split_sections(document, items)
    assert [s.text for s in sections] == ["RESOLVED that the strategy be endorsed.", "RESOLVED that the date be noted."]


def test_moderngov_rows_flattened_to_lines(make_document):
    text = (
        "No.\nItem\n"
        "Waste Strategy PDF 65 KB\nAdditional documents:\nAppendix A - Costs PDF 20 KB\n### Minutes:\n"
        "1. The officer outlined the strategy.\nRESOLVED that the strategy be endorsed.\n"
        "Verbal Update on Flooding\n### Minutes:\nRESOLVED that the update be noted.\n"
        "Date of next meeting\nThe Board will next meet on 3 June 2016.\n### Minutes:\nNoted.\n"
    )
    document = make_document(text)
    items = extract_items(document)
    assert [i.title for i in items] == ["Waste Strategy", "Verbal Update on Flooding", "Date of next meeting"]
    sections = split_sections(document, items)
    assert [s.text.splitlines()[-1] for s in sections] == [
        "RESOLVED that the strategy be endorsed.",
        "RESOLVED that the update be noted.",
        "Noted.",
    ]


def test_items_read_once_for_both_callers_are_each_their_own(make_document):
    document = make_document("1. FIRST ITEM\n\nText.\n\n2. SECOND ITEM\n\nMore text.\n")
    items = extract_items(document)
    items[0].topics.append("Changed")
    sections = split_sections(document, extract_items(document))
    assert [section.key for section in sections] == ["1", "2"]
    assert extract_items(document)[0].topics == []  # the change above did not reach the remembered items
    assert sections[0].paragraphs() == sections[0].paragraphs()
    assert sections[0].paragraphs() is not sections[0].paragraphs()


# Numbers alone on their line, the title on the next (PDF converters, board-management exports).


def test_roman_numerals_alone_with_lettered_sub_items(make_document):
    text = (
        "I.\n\nOpening of the Meeting\nThe Chair opened the meeting at 6:02 p.m.\n\n"
        "II.\n\nRoll Call\nAll directors were present.\n\n"
        "III.\n\nConsent Items\nA.\n\nFleet Fuel Contract\nIt is recommended that the Board award it.\n"
        "B.\n\nAudit Firm Renewal\nApproved.\n\n"
        "IV. Closing\nThe Chair thanked staff. She listed the reports to follow:\n1.\n\nRidership by Route\n2.\n\nFare Study\n"
    )
    assert _items(make_document, text) == [
        ("I", "Opening of the Meeting"), ("II", "Roll Call"), ("III", "Consent Items"),
        ("A", "Fleet Fuel Contract"), ("B", "Audit Firm Renewal"), ("IV", "Closing"),
    ]


def test_numbered_sub_items_under_roman_sections(make_document):
    # Numbers that start again under each roman section are written under it ("II.1").
    text = (
        "Present: Trustees Alder, Birch and Cedar\n\n"
        "I. CALL TO ORDER\nPresident Alder called the meeting to order at 7:00 p.m.\n\n"
        "II. CONSENT AGENDA\n1. Approval of Minutes of the March 3 Meeting\n2. Approval of Bills and Payroll\n"
        "Motion by Trustee Birch to approve the consent agenda. Motion carried.\n\n"
        "III. NEW BUSINESS\n1. Road Grading Contract\nMotion by Trustee Cedar to award the contract. Motion carried.\n"
        "2. Snow Removal Policy\nTabled.\n\nIV. ADJOURNMENT\nThe meeting adjourned at 8:15 p.m.\n"
    )
    assert _items(make_document, text) == [
        ("I", "CALL TO ORDER"), ("II", "CONSENT AGENDA"), ("II.1", "Approval of Minutes of the March 3 Meeting"),
        ("II.2", "Approval of Bills and Payroll"), ("III", "NEW BUSINESS"), ("III.1", "Road Grading Contract"),
        ("III.2", "Snow Removal Policy"), ("IV", "ADJOURNMENT"),
    ]
    # The same with every number alone on its line, as PDF converters give it.
    text = (
        "Present: Members Alder, Birch and Cedar\n\nI.\n\nCALL TO ORDER\nThe meeting opened at 7:00 p.m.\n\n"
        "II.\n\nCONSENT AGENDA\n1.\n\nApproval of Minutes\n2.\n\nPersonnel Report\nApproved.\n\n"
        "III.\n\nREPORTS\nThe Superintendent listed the reports to follow:\n1.\n\nEnrolment by School\n2.\n\nBus Routes\n\n"
        "IV.\n\nADJOURNMENT\nAdjourned at 8:15 p.m.\n"
    )
    assert _items(make_document, text) == [
        ("I", "CALL TO ORDER"), ("II", "CONSENT AGENDA"), ("II.1", "Approval of Minutes"), ("II.2", "Personnel Report"),
        ("III", "REPORTS"), ("IV", "ADJOURNMENT"),
    ]


def test_lettered_sub_items_restarting_under_roman_sections(make_document):
    text = (
        "Present: Supervisor Alder, Clerk Birch\n\nI. CALL TO ORDER\nOpened at 7:00 p.m.\n"
        "II. OLD BUSINESS\nA. Cemetery Fence\nThe fence is done.\nB. Hall Roof\nQuotes are awaited.\n"
        "III. NEW BUSINESS\nA. Road Grading Contract\nMotion carried.\nIV. ADJOURNMENT\nClosed at 8:15 p.m.\n"
    )
    assert _items(make_document, text) == [
        ("I", "CALL TO ORDER"), ("II", "OLD BUSINESS"), ("II.A", "Cemetery Fence"), ("II.B", "Hall Roof"),
        ("III", "NEW BUSINESS"), ("III.A", "Road Grading Contract"), ("IV", "ADJOURNMENT"),
    ]


def test_sub_items_printed_with_their_sections_numeral(make_document):
    # Agenda software prints each part with its section's numeral ("II.B.", "IV. A."): the number vouches for the part,
    # whatever its title's length or stop, and letters that do not start again under a second section count too.
    text = (
        "Maple Fork ISD\nMinutes of Regular Meeting\nMarch 6, 2031\n\n"
        "I. CALL TO ORDER\nThe meeting was called to order at 6:00 p.m.\n"
        "II. FIRST ORDER OF BUSINESS\nII.A. Announcement by the President whether a quorum is present.\n"
        "II.B. Approval of the minutes of the regular meeting of February 10, 2031. (Exhibit II-B)\n"
        "Motion by Trustee Hale, second by Trustee Voss, to approve the minutes. Motion carried 7-0.\n"
        "III. ACTION ITEMS\nIII.A. Consider approval of the engagement letter with Fenn and Co.\n"
        "Motion by Trustee Hale, second by Trustee Lane, to approve the letter. Motion carried 7-0.\n"
        "IV. ADJOURNMENT\n"
    )
    assert _items(make_document, text) == [
        ("I", "CALL TO ORDER"), ("II", "FIRST ORDER OF BUSINESS"),
        ("II.A", "Announcement by the President whether a quorum is present"),
        ("II.B", "Approval of the minutes of the regular meeting of February 10, 2031. (Exhibit II-B)"),
        ("III", "ACTION ITEMS"), ("III.A", "Consider approval of the engagement letter with Fenn and Co"),
        ("IV", "ADJOURNMENT"),
    ]
    # The numeral and the letter parted by a space, a single section with parts, and a title of one word.
    text = (
        "Present: Members Alder, Birch and Cedar\n\nI. Call to Order\nOpened at 7:00 p.m.\n"
        "II. Recognitions\nII. A. Vision Statement\nThe students read the vision statement.\n"
        "II. B. Retirement of Jo Fenn\nThe Board thanked Ms. Fenn.\nIII. Adjournment\nClosed at 8:15 p.m.\n"
    )
    assert _items(make_document, text) == [
        ("I", "Call to Order"), ("II", "Recognitions"), ("II.A", "Vision Statement"),
        ("II.B", "Retirement of Jo Fenn"), ("III", "Adjournment"),
    ]
    # Near miss: a section's title opening on the article "A" after its own numeral is that section, not a part of it.
    text = (
        "Present: Members Alder, Birch and Cedar\n\nI. Call to Order\nOpened at 7:00 p.m.\n"
        "II. A New Roof for the Barn\nQuotes are awaited.\nIII. Adjournment\nClosed at 8:15 p.m.\n"
    )
    assert _items(make_document, text) == [
        ("I", "Call to Order"), ("II", "A New Roof for the Barn"), ("III", "Adjournment"),
    ]


def test_a_tally_wrapped_after_a_count_is_no_item(make_document):
    # "VOTE: 3 AYE (…);" / "0 NAY; 0 ABSTAIN; 1 ABSENT (Hale)": the second line opens on a count, not an item's number.
    head = (
        "Present: Trustees Alder, Birch, Cedar and Hale\n\nCall to Order\n\nOpened at 6:03 pm.\n\n"
        "Motion by Alder, seconded by Birch, the Board voted to appoint Jo Fenn as Clerk Pro Tempore.\n\n"
        "VOTE: 3 AYE (Alder, Birch, Cedar);\n\n"
    )
    text = head + (
        "0 NAY; 0 ABSTAIN; 1 ABSENT (Hale)\n\nMOTION CARRIED\n\n2.0 Approval of Minutes\n\n"
        "Motion by Birch, seconded by Cedar, the Board voted to approve the minutes.\n\n"
        "VOTE: 4 AYE (Alder, Birch, Cedar, Hale); 0 NAY\n\nMOTION CARRIED\n\n3.0 Public Comment\n\nNone.\n"
    )
    assert _items(make_document, text) == [("2.0", "Approval of Minutes"), ("3.0", "Public Comment")]
    text = head + (
        "1 NAY (Hale)\n\nMOTION CARRIED\n\n2. Approval of Minutes\n\n"
        "Motion by Birch, seconded by Cedar, the Board voted to approve the minutes.\n\n"
        "VOTE: 3 AYE (Alder, Birch, Cedar);\n\n1 Nay, 0 Abstentions\n\nMOTION CARRIED\n\n3. Public Comment\n\nNone.\n"
    )
    assert _items(make_document, text) == [("2", "Approval of Minutes"), ("3", "Public Comment")]


@pytest.mark.parametrize("numbers", [("1.1", "1.2", "1.6", "2.1"), ("A.", "B.", "C.", "D."), ("1.01", "1.02", "4.01", "7.")])
def test_items_printed_after_their_kinds(make_document, numbers):
    # Agenda software prints each item of the minutes after its kinds ("Procedural: 1.1 Call To Order"); no section
    # heading stands over them.
    first, second, third, fourth = numbers
    text = (
        "REGULAR SESSION (Monday, March 3, 2031)\n\nGenerated by Ann Lutz on Tuesday, March 4, 2031\n\n"
        "Members present Ann Pike, Lou Gray, Tim Lowe\n\nMeeting called to order at 5:01 PM\n\n"
        f"Procedural: {first} Call To Order\n\nProcedural: {second} Pledge of Allegiance led by Mr. Gray\n\n"
        f"Action, Minutes, Procedural: {third} Approve minutes of meeting dated February 10, 2031\n\n"
        "Motion to approve minutes of meeting dated February 10, 2031\n\nMotion by Lou Gray, second by Tim Lowe.\n\n"
        "Final Resolution: Motion Carried\n\nYea: Ann Pike, Lou Gray, Tim Lowe\n\n"
        f"Action (Consent): {fourth} Accept the bid for the bus garage roof\n\n"
        "Motion to accept the bid\n\nMotion by Tim Lowe, second by Lou Gray.\n\nFinal Resolution: Motion Carried\n"
    )
    first, second, third, fourth = (number.rstrip(".") for number in numbers)
    assert _items(make_document, text) == [
        (first, "Call To Order"), (second, "Pledge of Allegiance led by Mr. Gray"),
        (third, "Approve minutes of meeting dated February 10, 2031"), (fourth, "Accept the bid for the bus garage roof"),
    ]


def test_a_label_before_a_number_is_no_kind_of_item(make_document):
    # Near miss: a label that names no kind of item ("Note:", "Present:") keeps its line as it was.
    text = (
        "Present: Members Alder, Birch and Cedar\n\n1. Call to Order\nOpened at 7:00 p.m.\n"
        "Note: 2 Members left at 7:30 p.m.\nTotal: 3 Votes cast\nReports: 2 Reports were received.\n"
        "Minutes: 3 Corrections were made.\n2. Adjournment\nClosed at 8:15 p.m.\n"
    )
    assert _items(make_document, text) == [("1", "Call to Order"), ("2", "Adjournment")]


def test_roman_section_lines_that_are_not_sub_items(make_document):
    # Speakers under public comment, numbers carried on through the sections, and prose points.
    text = (
        "Present: Directors Alder and Birch\n\nI. Call to Order\nOpened at 5:30 p.m.\n"
        "II. Public Participation\n1. Dana Frey\nMs. Frey spoke about parking.\n2. Omar Reyes\nMr. Reyes spoke about buses.\n"
        "III. Consent Items\n1. Fuel Contract\n2. Audit Renewal\nIV. Action Items\n3. Fare Study\nApproved.\n"
        "V. General Manager's Report\n1. Meeting with the county staff on the rail line, which\nwent well for the district.\n"
        "VI. Adjourn\nAdjourned at 7:00 p.m.\n"
    )
    assert _items(make_document, text) == [
        ("I", "Call to Order"), ("II", "Public Participation"), ("III", "Consent Items"), ("1", "Fuel Contract"),
        ("2", "Audit Renewal"), ("IV", "Action Items"), ("3", "Fare Study"), ("V", "General Manager's Report"),
        ("VI", "Adjourn"),
    ]


def test_numbers_alone_with_bracketed_sub_items_and_page_breaks(make_document):
    text = (
        "PRESENT IN THE CHAIR: Councillor A. Ash, Mayor.\n\n"
        "5.\n\nHousing Directorate\n\n(a)\n\nReport on Voids Programme\n\nThe Director outlined the programme.\n\n"
        "6.\n\nDisposal of Land\n\n(a)\n\nCirculated, copy of notice dated 3rd May, 2031, concerning disposal of\n\n"
        "land at 4 Mill Road, Ardee.\n\nProposed by Councillor Birch;\n\n"
        "5.\n\nHousing Directorate\n\n(b)\n\nCommunity Grants 2031\n\nAgreed.\n"
    )
    assert _items(make_document, text) == [
        ("5", "Housing Directorate"), ("5 (a)", "Report on Voids Programme"), ("6", "Disposal of Land"),
        ("6 (a)", "Disposal of land at 4 Mill Road, Ardee"), ("5 (b)", "Community Grants 2031"),
    ]


def test_item_label_then_a_bold_title_over_several_lines(make_document):
    text = (
        "**Item 3:**\n\n**Disposal of a plot at Kilbrack pursuant to Section 9 of the**\n\n"
        "**Local Services Act, 2031.**\n\nProposed by Cllr. P. Moran.\n\n"
        "**Item 4.**\n\n**Matters Arising.**\n\nNone.\n"
    )
    assert _items(make_document, text) == [
        ("3", "Disposal of a plot at Kilbrack pursuant to Section 9 of the Local Services Act, 2031"),
        ("4", "Matters Arising"),
    ]


def test_hyphen_lettered_file_labels(make_document):
    text = (
        "7. NEW BUSINESS\n**7-A 2031-1102**\nPublic Hearing on a Parcel Map at 40 Harbor Lane\n"
        "Staff Member Reyes introduced the item.\n**7-B 2031-1107**\nPLN31-0049 - 12 Bay Road - Applicant: Ana Ruiz, on behalf of\n"
        "Bay Holdings. - Public Hearing on a Use Permit.\n8. ADJOURNMENT\n"
    )
    assert _items(make_document, text) == [
        ("7", "NEW BUSINESS"), ("7-A", "Public Hearing on a Parcel Map at 40 Harbor Lane"),
        ("7-B", "PLN31-0049 - 12 Bay Road - Applicant: Ana Ruiz, on behalf of"), ("8", "ADJOURNMENT"),
    ]


def test_lone_labels_that_are_not_items(make_document):
    # A page number without a period, an initial, two numerals and a lone "1." are no run of items.
    text = (
        "Present: Cllr A Ash\n\nThe report was noted.\n\n2\n\nThe Chair thanked members.\n\n"
        "A.\n\nSmith\n\nI.\n\nIntroduction\n\nII.\n\nBackground\n\n1.\n\nWidening of Mill Lane\n"
    )
    assert _items(make_document, text) == []


# Lettered sub-items under a numbered item.


def test_lettered_run_in_sub_items_keep_their_decision_as_text(make_document):
    text = (
        "Present: Cllr A Ash (Chair), Cllr B Birch\n\n1. APOLOGIES\nCllr Dale sent apologies.\n\n2. PLANNING\n"
        "a) Application 31/0456 – Extension at 4 Mill Lane – no objection.\n"
        "b) 31/0470/HOUS - Garden room, Rose Cottage. No objection.\n"
        "c) Tree works at The Old Forge\nno objection.\n"
        "d) Letter from the county about gritting. Noted.\n\n3. CLOSE\n"
    )
    document = make_document(text)
    items = extract_items(document)
    assert [(i.number, i.title) for i in items] == [
        ("1", "APOLOGIES"), ("2", "PLANNING"), ("2a", "Application 31/0456 – Extension at 4 Mill Lane"),
        ("2b", "31/0470/HOUS - Garden room, Rose Cottage"), ("2c", "Tree works at The Old Forge"),
        ("2d", "Letter from the county about gritting"), ("3", "CLOSE"),
    ]
    texts = {section.key: section.text for section in split_sections(document, items)}
    assert texts["2a"] == "no objection." and texts["2b"] == "No objection."
    assert texts["2c"].strip() == "no objection." and texts["2d"].strip() == "Noted."


def test_long_lettered_runs_and_points_that_are_sentences(make_document):
    # Letters run past "h"; a bracket may lose its space; "a) Mr. Lee reported …" is a point, not a title.
    lines = "".join(f"{letter}) Topic {letter.upper()} - the clerk will write.\n" for letter in "abcdefghij")
    text = f"Present: Cllr A Ash\n\n4. MATTERS ARISING\n{lines}k)Road Signage - no more signs needed.\n5. ANY OTHER BUSINESS\n"
    text += "a) Mr. Lee reported that the lamp in Bridge Road is out.\nb) Mrs. Ash asked about the hedge.\n"
    found = _items(make_document, text)
    assert found[-2:] == [("4k", "Road Signage"), ("5", "ANY OTHER BUSINESS")]
    assert [number for number, _ in found] == ["4", *[f"4{letter}" for letter in "abcdefghijk"], "5"]


def test_lettered_sub_items_under_numbered_items(make_document):
    text = (
        "2. MATTERS ARISING\n\na) Bus shelter on Quay Road\n\nIt was AGREED to write again.\n\n"
        "b) **Library opening hours at the Elder\nstreet branch**\n\nNoted.\n\n3. NEW ISSUES\n\n"
        "(a) Grit bins\n\nFilled.\n"
    )
    assert _items(make_document, text) == [
        ("2", "MATTERS ARISING"), ("2a", "Bus shelter on Quay Road"),
        ("2b", "Library opening hours at the Elder street branch"), ("3", "NEW ISSUES"), ("3 (a)", "Grit bins"),
    ]


def test_lettered_lists_inside_a_question_or_motion_are_not_sub_items(make_document):
    text = (
        "15. Claims Data\nCllr Rhee asked for:\n(a) Total number of claims\n(b) Total cost of claims\n"
        "16. Housing\n“That the Council calls for\na) more inspections\nb) faster repairs”\n"
        "17. Roads\nb) Gritting was discussed.\n"
    )
    assert _items(make_document, text) == [("15", "Claims Data"), ("16", "Housing"), ("17", "Roads")]


# Legislative file ids and resolution numbers.


def test_file_ids_open_items_between_capitals_headings(make_document):
    text = (
        "MINUTES OF THE REGULAR CITY COUNCIL MEETING\nTUESDAY- -MAY 6, 2031- -7:00 P.M.\n"
        "The Mayor convened the meeting at 7:00 p.m.\n"
        "ORAL COMMUNICATIONS\n(31-104) Dana Frey, resident, spoke about street trees; urged more planting.\n"
        "CONSENT CALENDAR\nCouncilmember Boyd moved approval.\n"
        "(*31-105) Minutes of the Regular Meeting of May 2, 2031. Approved.\n"
        "(31-106A) Consider a Ballot Argument.\nThe City Clerk gave a presentation.\nADJOURNMENT\n"
        "The meeting adjourned at 9:12 p.m.\n"
    )
    assert _items(make_document, text) == [
        (None, "ORAL COMMUNICATIONS"), ("31-104", "Dana Frey, resident, spoke about street trees"),
        (None, "CONSENT CALENDAR"), ("31-105", "Minutes of the Regular Meeting of May 2, 2031"),
        ("31-106A", "Consider a Ballot Argument"), (None, "ADJOURNMENT"),
    ]


def test_capitals_lines_that_are_not_headings(make_document):
    text = (
        "CITY OF RIVERTON PLANNING BOARD\nThe Chair opened the meeting.\nNOTED\n"
        "Board members present:\nANA RUIZ\nLEE BOYD\nThe clerk read the list of\nCONSENT ITEMS\nfor the record.\n"
        "E/51234\nBarn Extension\nNO OBJECTIONS\n"
    )
    assert _items(make_document, text) == []


def test_resolution_numbers_head_items(make_document):
    text = (
        "Present: Mayor K. Lane\n\nR2031-12 K. Lane, P. Osei:\nThat the minutes of the meeting held May 6, 2031 be\n"
        "adopted as published.\nCarried.\nR2031-13 P. Osei and K. Lane\nTHAT Council accepts the tender from Northway Paving.\n"
        "Defeated.\nBy-Law No. 2031-41 was read.\n"
    )
    assert _items(make_document, text) == [
        ("R2031-12", "That the minutes of the meeting held May 6, 2031 be adopted as published."),
        ("R2031-13", "THAT Council accepts the tender from Northway Paving."),
    ]


def test_resolution_lines_running_into_their_motion_are_items_each(make_document):
    text = (
        "Present: Mayor K. Lane, Councillors P. Osei and R. Dunn.\n\nDisclosure of pecuniary interest: None.\n"
        "Committee Reports:\nR. Dunn – Harbour Library Board\n"
        "R2031-40 P. Osei, R. Dunn: That the minutes of the meeting held May 6, 2031 be adopted as published. Carried.\n"
        "R2031-41 R. Dunn, P. Osei : That we pass By-Law No. 2031-18, being a by-law to confirm the proceedings of\n"
        "Council at its meeting held on May 20, 2031. Carried.\n"
        "Council discussed the winter road plan.\n"
        "R2031-42D K. Lane, P, Osei: that the meeting be adjourned. Time: 9:04 p.m. Carried.\n"
    )
    document = make_document(text)
    items = extract_items(document)
    assert [(i.number, i.title) for i in items][-3:] == [
        ("R2031-40", "That the minutes of the meeting held May 6, 2031 be adopted as published."),
        ("R2031-41", "That we pass By-Law No. 2031-18, being a by-law to confirm the proceedings of Council at its "
                     "meeting held on May 20, 2031."),
        ("R2031-42D", "that the meeting be adjourned."),
    ]
    texts = {section.key: section.text for section in split_sections(document, items)}
    assert texts["R2031-40"].startswith("That the minutes") and "Osei" not in texts["R2031-40"]
    assert "winter road plan" in texts["R2031-41"]
    # A person's line with a colon and a speech is no motion.
    assert _items(make_document, "R2031-43 P. Osei, R. Dunn: asked about the bridge.\n") == []


def test_resolution_line_titles_keep_abbreviations_and_skip_a_recorded_vote(make_document):
    text = (
        "Present: Mayor K. Lane, Councillors P. Osei and R. Dunn.\n\nDisclosure of pecuniary interest: None.\nStaff Reports:\nJo Hale, Clerk – verbal report.\n"
        "R2031-50 P. Osei, R. Dunn: That we award Tender T-02-31 for road salt to: B. Marsh Haulage Ltd. For the amount of "
        "$9,400. Carried.\nRecorded Vote: FOR Osei, Dunn, Lane\n"
    )
    found = _items(make_document, text)
    assert found == [
        (None, "Disclosure of pecuniary interest"), (None, "Staff Reports"),
        ("R2031-50", "That we award Tender T-02-31 for road salt to: B. Marsh Haulage Ltd."),
    ]
    text = (
        "R2031-51 R. Dunn, P. Osei: BE IT RESOLVED:\n1. THAT Council approves the sale of the lane behind Elm Row;\n"
        "2. The buyer pays the survey costs. Carried.\n"
    )
    assert ("R2031-51", "THAT Council approves the sale of the lane behind Elm Row;") in _items(make_document, text)


# Number shapes and lookalikes.


def test_number_without_a_space_after_its_dot(make_document):
    text = "**1.Adoption of Minutes**\nAgreed.\n**2.NOTICE OF MOTION**\nDeferred.\n3.5 metres of fencing were replaced.\n"
    assert _items(make_document, text) == [("1", "Adoption of Minutes"), ("2", "NOTICE OF MOTION")]


def test_dates_and_agenda_references_at_a_line_start_are_not_items(make_document):
    text = (
        "**10 June 2031**\n\nHeld remotely.\n\nPRESENT: Cllr A Rowe (Chair)\n\n"
        "1 DECLARATIONS OF INTEREST\n\nNone.\n\n2 MINUTES OF THE MEETING HELD ON 3 MAY 2031 (Agenda item 3)\n\n"
        "RESOLVED: That the minutes be agreed.\n\n3 RISK REGISTER (Agenda Item 4)\n\nNoted.\n"
    )
    assert _items(make_document, text) == [
        ("1", "DECLARATIONS OF INTEREST"), ("2", "MINUTES OF THE MEETING HELD ON 3 MAY 2031"), ("3", "RISK REGISTER"),
    ]
    text = "### 22 October 2031\n\n#### 6. Finance\n\nThe 22/23 September payments were agreed.\n\n#### 7. Playing field\n"
    assert _items(make_document, text) == [("6", "Finance"), ("7", "Playing field")]


def test_bold_numbered_paragraphs_of_a_motion_going_back_are_not_items(make_document):
    text = (
        "**20. Cliffs Strategy**\n\nProposed:\n\n1. Addressing legacy issues in the towns and\n\n"
        "**2. Undertake the development of the site in conjunction with the**\n\n**Geopark and partners.**\n\n"
        "**21. Housing**\n"
    )
    assert _items(make_document, text) == [("20", "Cliffs Strategy"), ("21", "Housing")]


# Minutes kept in a table with a number column; cells keep their line breaks.


def _rows_document(rows):
    from minutebook.ingest.document import RowSpec, build_document

    specs = [RowSpec(text=" ".join(c for c in cells if c), cells=cells, table_key="t") for cells in rows]
    return build_document(name="grid.pdf", sha256="0" * 64, format="pdf", pages_of_rows=[specs])


def test_numbered_table_rows_are_items_with_restarting_sub_items():
    rows = [
        ("Title of Meeting", "Trust Board", ""), ("Attendees", "Jo Pike (Chair), Lena Moss", ""), ("", "", "Action"),
        ("1.", "Welcome and Apologies\nApologies from Rhona Tan.", ""),
        ("2.", "Declarations of Interest\nNone.", ""),
        ("3.", "Policies\n1. Lone Working Policy\nAgreed.\n2. Volunteer Expenses\nAgreed with edits.", "KM"),
        ("", "3. Data Protection\nDeferred.", ""),
        ("4.", "Date of Next Meeting:\n3 June 2031", ""),
    ]
    document = _rows_document(rows)
    items = extract_items(document)
    assert [(item.number, item.title) for item in items] == [
        ("1", "Welcome and Apologies"), ("2", "Declarations of Interest"), ("3", "Policies"),
        ("3.1", "Lone Working Policy"), ("3.2", "Volunteer Expenses"), ("3.3", "Data Protection"),
        ("4", "Date of Next Meeting"),
    ]
    sections = split_sections(document, items)
    assert [line.text for line in sections[4].lines] == ["Agreed with edits.", "KM"]
    assert [line.text for line in sections[5].lines] == ["Deferred."]


def test_tables_of_figures_are_not_numbered_items():
    # Cheque numbers, counts and an attendance grid: no run of item numbers rising one by one.
    cheques = [("1361", "Lighting maintenance", "£4,400.64"), ("1362", "Data protection fee", "£40.00"),
               ("1363", "Field rent", "£50.00")]
    counts = [("420", "Burglary\nReported"), ("37", "Theft"), ("5", "Criminal damage"), ("88", "Assault")]
    grid = [("Title of Meeting", "Trust Board"), ("Attendees", "Jo Pike (Chair), Lena Moss")]
    for rows in (cheques, counts, grid):
        assert extract_items(_rows_document(rows)) == []


def test_lookalike_guards_keep_real_titles(make_document):
    # A month that opens a title is fine when no year follows it.
    text = "Present: Cllr A Ash\n\n#### 4. May Fair Committee\n\nNoted.\n\n#### 5. March newsletter\n\nAgreed.\n"
    assert _items(make_document, text) == [("4", "May Fair Committee"), ("5", "March newsletter")]


def test_numbers_alone_over_sentences_are_a_list_not_items(make_document):
    text = (
        "Present: Cllr A Ash\n\nRESOLVED:\n\n1.\n\nThe Clerk to write to the owner.\n\n2.\n\n"
        "The footpath officer to inspect the stile.\n"
    )
    assert _items(make_document, text) == []


def test_capitals_names_under_a_list_label_are_not_headings(make_document):
    text = (
        "MINUTES OF THE TOWN BOARD\nThe meeting opened at 7 p.m.\nPresent:\nCLLR JOHN ASH\nCllr Ann Lee, Cllr Bo Hale.\n"
        "(2030-2031) Budget figures were tabled.\nROADS\nGrading was done.\n"
    )
    assert _items(make_document, text) == [(None, "ROADS")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Present: Cllr A Hale (Chair)\n3107.01 Apologies\nNone.\n3107.02 Disclosure of Interests\nNone.\n",
     [("3107.01", "Apologies"), ("3107.02", "Disclosure of Interests")]),
    ("Present: Cllr A Hale (Chair)\n19.09.01 Apologies\nNone.\n19.09.02 Minutes of the last meeting\nSigned.\n",
     [("19.09.01", "Apologies"), ("19.09.02", "Minutes of the last meeting")]),
])
def test_minute_numbers_carrying_year_and_month(make_document, text, expected):
    assert _items(make_document, text) == expected


def test_titles_run_in_with_their_minutes(make_document):
    text = "Present: Cllr A Hale\n1. Apologies - Cllr B Cole sent apologies.\n2. Minutes - approved.\n3. Finance: the balance was noted.\n"
    assert _items(make_document, text) == [("1", "Apologies"), ("2", "Minutes"), ("3", "Finance")]
    # Numbered decisions under an item are not run-in titles, nor are dates and times at a line start.
    text = (
        "Present: Cllr A Hale\n4. Finance\nRESOLVED:\n1. That the report be noted.\n"
        "2. That the Clerk writes to the owner - by May.\n3. The Clerk to write: see above.\n"
        "19.09.2031 was agreed for the fair.\n10.30 am - coffee.\n5. Trees\n"
    )
    assert _items(make_document, text) == [("4", "Finance"), ("5", "Trees")]


def test_run_in_procedural_labels_in_unnumbered_minutes(make_document):
    text = (
        "Present: Mayor K. Lane and Councillors P. Osei and D. Marr.\nStaff: J. Orr, Clerk.\nGuest: A. Ruiz.\n"
        "Declaration of pecuniary interest: None.\nDelegations: The arena group spoke about ice time.\n"
        "Regrets: Councillor B. Hale.\n"
    )
    document = make_document(text)
    items = extract_items(document)
    assert [(item.number, item.title) for item in items] == [
        (None, "Declaration of pecuniary interest"), (None, "Delegations"),
    ]
    assert [line.text for line in split_sections(document, items)[1].lines][0] == "The arena group spoke about ice time."


def test_run_in_title_keeps_its_minutes_in_the_section(make_document):
    document = make_document("Present: Cllr A Hale\n1. Apologies - Cllr B Cole sent apologies.\n2. Minutes: approved as a true record.\n")
    items = extract_items(document)
    assert [[line.text for line in section.lines] for section in split_sections(document, items)] == [
        ["Cllr B Cole sent apologies."], ["approved as a true record."],
    ]


def test_capitals_titles_run_in_with_their_minutes(make_document):
    text = (
        "PRESENT: Cllr R Ash (Chair), Cllr M Peake\n"
        "1. PUBLIC FORUM The chair of the sports club asked about grants.\n"
        "2. ACCEPTANCE OF APOLOGIES FOR ABSENCE Apologies were received from Cllr Lee.\n"
        "3. PLAY AREA A timetable for repairs is awaited.\n"
        "4. FINANCE & POLICIES (for decision) The budget was set.\n"
        "5. VAT refund of £349 was received.\n"
    )
    assert _items(make_document, text) == [
        ("1", "PUBLIC FORUM"), ("2", "ACCEPTANCE OF APOLOGIES FOR ABSENCE"), ("3", "PLAY AREA"), ("4", "FINANCE & POLICIES"),
    ]
    text = "Present: Cllr A Hale\n1 To Consider Apologies for Absence: Apologies were received from Cllr Lee and Cllr Orr\n"
    assert _items(make_document, text) == [("1", "To Consider Apologies for Absence")]


def test_lettered_headings_number_a_committee_on_their_own(make_document):
    text = (
        "FINANCE COMMITTEE\nA. Call to Order\nThe Chair called the meeting to order at 5:30 p.m.\n"
        "B. Recommended Actions\nDirector Ito made the motion.\nII.\n\nSECOND:\nDirector Ruiz seconded the motion.\n"
        "C. Other Matters\nNone.\nD. Adjourn\nThe meeting adjourned at 6:10 p.m.\n"
    )
    assert _items(make_document, text) == [
        ("A", "Call to Order"), ("B", "Recommended Actions"), ("C", "Other Matters"), ("D", "Adjourn"),
    ]
    # Two letters alone, or initials, are no run.
    text = "Present: Cllr A Ash\nA. Smith said the hall was booked.\nB. Jones agreed.\nThe meeting closed.\n"
    assert _items(make_document, text) == []


def test_hyphen_lettered_sub_items_on_one_line(make_document):
    text = (
        "1. CALL TO ORDER\n1-A. Roll Call\nAll present.\n1-B Approval of Minutes - Meeting of May 2, 2031\nApproved.\n"
        "2. ORAL COMMUNICATIONS\nNone.\n"
    )
    assert _items(make_document, text) == [
        ("1", "CALL TO ORDER"), ("1-A", "Roll Call"), ("1-B", "Approval of Minutes - Meeting of May 2, 2031"),
        ("2", "ORAL COMMUNICATIONS"),
    ]
    # Tallies, ranges and addresses are no sub-item numbers.
    text = "Present: Cllr A Ash\nThe vote was 6-0 in favour.\n4-5 members spoke.\n12-B Main Street was closed.\n"
    assert _items(make_document, text) == []


def test_an_item_and_its_first_sub_item_are_no_list(make_document):
    text = "Present: A Hale\n3. Matters Arising\n3.1 Treasurer Vacancy\nIt was agreed to advertise.\n3.2 Newsletter\nNoted.\n4. Reports\n"
    assert _items(make_document, text) == [
        ("3", "Matters Arising"), ("3.1", "Treasurer Vacancy"), ("3.2", "Newsletter"), ("4", "Reports"),
    ]
    # Numbered lines with nothing between them are still a list.
    text = "Present: A Hale\n5. Trees\nThe council agreed to plant:\n1. Oak saplings\n2. Beech hedging\n3. Field maples\nPlanting starts in May.\n6. Close\n"
    assert _items(make_document, text) == [("5", "Trees"), ("6", "Close")]


def test_parts_of_decisions_are_not_items(make_document):
    text = (
        "Present: Cllr A Ash\n2. Footpaths\nRESOLVED that\na) The Clerk to write to the landowner\nb) The Chair to inspect the stile\n"
        "3. RESOLVED That the accounts be approved.\n4. Trees\n\n1.\n\nThe Chair welcomed\n\nCouncillor Lee to the meeting.\n"
    )
    assert _items(make_document, text) == [("2", "Footpaths"), ("4", "Trees")]


def test_a_title_that_lists_with_commas_is_still_a_title(make_document):
    text = "PRESENT: Cllr A Ash\n\n3.\n\nFinance, Motor Tax and ICT\n\n(a)\n\nFixing of Date – Budget Meeting\n\nAgreed.\n\n4.\n\nRoads\n"
    assert _items(make_document, text) == [
        ("3", "Finance, Motor Tax and ICT"), ("3 (a)", "Fixing of Date – Budget Meeting"), ("4", "Roads"),
    ]


def test_date_headings_are_not_items(make_document):
    text = "# Parish news\n## July 2031\nThe meeting was held at the hall.\n## Footpaths\nStile mended.\n## 4 August 2031\n"
    assert _items(make_document, text) == [(None, "Footpaths")]


# Numbered paragraphs whose title runs into the minute's first sentence with no colon or dash,
# several items sometimes run together in one paragraph.
PARAGRAPH_MINUTES = (
    "Minutes of Elmbrook Parish Council held in the Village Hall on Tuesday 4 March 2031\n\n"
    "Present: Cllr A Finch (Chairman), Cllr B Wren, Cllr C Lark.\n\n"
    "1. Election of Chair It was moved and agreed that Cllr Finch remain as Chair for the year ahead.\n\n"
    "2. Vice-Chair took the oath of office before the meeting.\n\n"
    "3. Apologies for absence were received from Cllr D Rook who is away on holiday this month.\n\n"
    "4. Village Green The Clerk reported that the bench had been repaired at a cost of £45.50 and that the "
    "new bin was installed. 5. Accounts were approved for payment as listed, a total of £312.40 "
    "for the quarter.\n\n"
    "6. Correspondence 6.1 Letter from the Highways team about verge cutting 6.2 Rural services newsletter\n\n"
    "7. Planning No applications had been received since the last meeting and none were expected soon.\n"
)


def test_numbered_paragraphs_with_titles_run_in_without_a_colon(make_document):
    document = make_document(PARAGRAPH_MINUTES)
    assert [(item.number, item.title) for item in extract_items(document)] == [
        ("1", "Election of Chair"),
        ("2", "Vice-Chair took the oath of office before the meeting"),
        ("3", "Apologies for absence"),
        ("4", "Village Green"),
        ("5", "Accounts"),
        ("6", "Correspondence"),
        ("6.1", "Letter from the Highways team about verge cutting"),
        ("6.2", "Rural services newsletter"),
        ("7", "Planning"),
    ]


def test_run_together_items_keep_their_own_minutes(make_document):
    document = make_document(PARAGRAPH_MINUTES)
    sections = split_sections(document, extract_items(document))
    texts = {section.item.number: " ".join(line.text for line in section.lines) for section in sections if section.item}
    assert "bench had been repaired" in texts["4"] and "Accounts" not in texts["4"]
    assert "approved for payment" in texts["5"]


def test_paragraph_number_lookalikes_are_not_items(make_document):
    # Sums, dates and a falling list inside a motion do not continue the run; short contents lines are no run.
    text = (
        "1. Minutes The minutes of the last meeting were approved and signed by the Chairman as correct.\n\n"
        "2. Finance The balance at 31 March was £1,204.50 and the Clerk presented the list of payments due.\n\n"
        "3. Motion It was resolved that the council 1. write to the county about potholes on the lane today.\n\n"
        "4. Footpaths It was noted that the stile near the church had been mended by the landowner at last.\n\n"
        "5. Closure There being no further business the Chairman closed the meeting at 9.05pm that evening.\n"
    )
    assert _items(make_document, text) == [
        ("1", "Minutes"), ("2", "Finance"), ("3", "Motion"), ("4", "Footpaths"), ("5", "Closure"),
    ]
    contents = "1. Apologies for absence 1\n2. Declarations of interest 3\n3. Annual report 9\n4. Work programme 23\n"
    assert [number for number, _ in _items(make_document, contents)] == []


def test_unnumbered_paragraphs_opened_by_a_title_and_a_full_stop(make_document):
    text = (
        "Ashcombe Parish Council Minutes of Meeting held on 3rd March 2031 at 7.30pm.\n\n"
        "Present: Ann Finch, Bill Wren, Carol Lark\n\n"
        "Public forum. Two residents asked about the hedge on the lane and were thanked.\n\n"
        "It was reported that the footpath by the mill is blocked again.\n\n"
        "Road safety. The sergeant sent a written report on two thefts.\n\n"
        "Cemetery. A quotation of £120 plus VAT was accepted for new railings.\n\n"
        "Play Area. The swings need new chains. It was agreed to order galvanised ones.\n\n"
        "Mr Lark. He asked that his thanks be recorded.\n\n"
        "Bus Shelter It was noted that the glass had been replaced by the county.\n\n"
        "The grass cutting contract was under review. No change was proposed.\n"
    )
    assert _items(make_document, text) == [
        (None, "Public forum"), (None, "Road safety"), (None, "Cemetery"), (None, "Play Area"),
        (None, "Bus Shelter"),
    ]


def test_a_few_sentences_opening_with_a_short_phrase_are_not_items(make_document):
    text = (
        "Minutes of Ashcombe Parish Council held on 3 March 2031.\n\n"
        "Present: Ann Finch, Bill Wren\n\n"
        "Footpaths. The stile was mended.\n\n"
        "The clerk read the correspondence received since the last meeting, which was noted.\n\n"
        "Members discussed the grass cutting contract and the price of the new contractor.\n\n"
        "The accounts were approved for payment as listed by the clerk at the meeting.\n\n"
        "It was agreed to write to the county about the speed limit on the main road.\n"
    )
    assert _items(make_document, text) == []


def test_lettered_sub_items_under_a_heading_ending_in_a_colon(make_document):
    text = (
        "3. Matters Arising:\n"
        "a)     Item 5 Minutes of May - The Clerk reported the lamp is still awaited.\n"
        "b)     Item 9 Minutes of May - Bins - the verge has been cleared.\n"
        "4. Finance:\n\nThe clerk reported the balance.\n"
        "5. The council asked for:\n"
        "a) New signs\n"
        "b) A bench\n"
    )
    numbers = [number for number, _ in _items(make_document, text)]
    assert numbers[:3] == ["3", "3a", "3b"] and "5a" not in numbers


def test_paragraph_titles_stop_at_a_lettered_list_and_carry_past_a_name(make_document):
    text = (
        "1. Acceptance of office as Vice Chair from Cllr Moss This was accepted by the council at the meeting.\n\n"
        "2. Pavilion works a. The builder has started on the roof this week. b. The fence is still to be put up.\n\n"
        "3. It was noted that the clerk had let the scouts use the field for their camp in the summer.\n\n"
        "4. Chair’s Report 4.1.1 The chair thanked the volunteers who had cleared the pond on Saturday morning.\n\n"
        "5. Closure There being no further business the meeting closed at 9.10pm and the chair thanked all.\n"
    )
    assert _items(make_document, text) == [
        ("1", "Acceptance of office as Vice Chair from Cllr Moss"),
        ("2", "Pavilion works"),
        ("4", "Chair’s Report"),
        ("5", "Closure"),
    ]


def test_flattened_text_with_agenda_numbers_running_inline(make_document):
    # pdftotext without layout: each page one long line, items run on after the last one's disposition.
    page_one = (
        "MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL, MARCH 3, 2031, 9:00 A.M. "
        "Disposition: COMMUNICATIONS  12 Request of Ann Finch to address Council regarding river trails  "
        "(Communication)  PLACED ON FILE  13 Request of Bill Wren to address Council regarding bus shelters  "
        "(Communication)  PLACED ON FILE  CONSENT AGENDA  *14 Accept a state grant of $62,000 for "
        "tree planting  (Ordinance)  (Y-4) 190211  1 of 9"
    )
    page_two = (
        "March 3, 2031  2 of 9 *15 Amend contract with Lark Paving to add $35,000 for repairs  (Ordinance; amend "
        "Contract No. 30001234)  (Y-4) 190212  Commissioner Seat No. 3  16 Appoint Carol Rook to the Parks "
        "Board for a term through 2033  (Report)  (Y-4) CONFIRMED  S-17 Authorize a loan to rebuild the harbour "
        "wall  (Ordinance)  PASSED TO SECOND READING MARCH 10, 2031 AT 9:30 AM"
    )
    items = _items(make_document, page_one + "\n\n" + page_two + "\n")
    assert [number for number, _ in items] == ["12", "13", "14", "15", "16", "17"]
    assert items[2] == ("14", "Accept a state grant of $62,000 for tree planting")
    assert items[5] == ("17", "Authorize a loan to rebuild the harbour wall")


def test_a_few_numbers_inside_prose_are_no_flattened_agenda(make_document):
    text = (
        "The council noted that 12 Members had attended the session, 13 Volunteers had cleared the green and "
        "2 Wardens had walked the paths; the balance stood at £1,204.50 on 3 March 2031 and 14 Trees were planted.\n"
    )
    assert _items(make_document, text) == []


@pytest.mark.parametrize(("top", "sub"), [("\uf0b7", "o"), ("\u2022", "\u25e6")])
def test_word_bullet_list_minutes_take_their_top_level_headings(make_document, top, sub):
    text = (
        "Minutes from Monday, March 3, 2031 – 8:30am at the Library\n"
        f"{top} Opening Business\n"
        f"{sub} Commissioners Present: Ann Finch, Bill Wren, Carol Lark\n"
        f"{top} Meeting called to order at 9:04am – A. Finch (motion), B. Wren (second)\n"
        f"{top} Minutes from 2/1/31 meeting approved – C. Lark (motion), A. Finch (second)\n"
        f"{sub} The treasurer reported $18,000 in the reserve account\n"
        f"{top} Updates\n"
        f"{sub} New planters were ordered for the spring\n"
        f"{top} Announcements\n"
        f"{sub} Next meeting – 9:00am Thursday, April 7th\n"
        f"{top} Meeting adjourned at 10:45am\n"
    )
    assert _items(make_document, text) == [(None, "Opening Business"), (None, "Updates"), (None, "Announcements")]


def test_a_bullet_list_inside_ordinary_minutes_gives_no_bullet_items(make_document):
    text = (
        "1. Apologies\n\nApologies were received from Cllr Rook.\n\n"
        "2. Finance\n\nThe clerk reported the balance.\n\nThe following were noted:\n\n"
        "\u2022 Grants\n\u25e6 Two grants were received this month from the county\n\n"
        "3. Planning\n\nNo applications were received since the last meeting.\n\n"
        "Members discussed the speed limit and the state of the village hall roof at some length.\n"
    )
    assert _items(make_document, text) == [("1", "Apologies"), ("2", "Finance"), ("3", "Planning")]


def test_numbered_points_under_capitals_headings_stay_a_list(make_document):
    text = (
        "Minutes of Elmbrook Parish Council meeting held on 3 March 2031.\n\n"
        "MATTERS ARISING\n\n"
        "1. Gravel at the end of Mill Lane has still not been removed by the contractor despite two letters.\n\n"
        "2. Village sign The repainting is finished and the sign will go back up next month with a new post.\n\n"
        "3. Bus shelter The glass has been replaced by the county and the bench is to be repaired this spring.\n\n"
        "4. Footpath The landowner has cleared the path along the brook and put in two new stiles at his cost.\n\n"
        "PLANNING\n\n"
        "No applications had been received.\n"
    )
    assert _items(make_document, text) == [(None, "MATTERS ARISING"), (None, "PLANNING")]


def test_a_long_agenda_wording_ending_in_a_colon_is_a_title(make_document):
    text = (
        "5. Declaration of Interest:\nNo declarations were made.\n"
        "6. To Hear from Residents Any Matters or Reports they wish the Council to take up at a future Agenda:\n"
        "A resident asked about the hedge on the lane.\n"
        "7. The following accounts were approved for payment at the meeting tonight:\n"
        "Water rates £14.20\n"
    )
    assert _items(make_document, text) == [
        ("5", "Declaration of Interest"),
        ("6", "To Hear from Residents Any Matters or Reports they wish the Council to take up at a future Agenda"),
    ]


def test_points_numbered_afresh_inside_a_numbered_paragraph(make_document):
    text = (
        "1. Minutes The minutes of the last meeting were approved and signed by the Chairman as correct.\n\n"
        "2. Finance The clerk presented the accounts and the payments listed were approved by all present.\n\n"
        "3. Planning applications received for consultation. 3.1 24/00101/F Extension at Ash Cottage No objection "
        "3.2 24/00150/F New garage at Elm Farm No objection\n\n"
        "4. Items for the next agenda 1. Speeding on the hill 2. The village sign needs repainting soon.\n\n"
        "5. Motion It was resolved that 1. the clerk writes to the county and 2. the chairman meets the warden.\n"
    )
    numbers = [number for number, _ in _items(make_document, text)]
    assert numbers == ["1", "2", "3", "3.1", "3.2", "4", "4.1", "4.2", "5"]


def test_a_bare_title_ending_in_a_colon_between_numbered_items(make_document):
    text = (
        "1. Apologies for Absence: Apologies were received from Cllr Rook.\n"
        "Highway Matters:\n"
        "The Chairman welcomed the beat officer, who reported a quiet month on the roads.\n"
        "2. Minutes of the last meeting\n"
        "The minutes were approved and signed.\n"
        "Proposed:\n"
        "Cllr Finch proposed that the minutes be approved as a true record.\n"
        "3. Payments\n"
        "The following were approved for payment:\n"
        "Water Rates:\n"
        "The water company for the cemetery standpipe, quarter to June, £14.20.\n"
    )
    assert _items(make_document, text) == [
        ("1", "Apologies for Absence"), (None, "Highway Matters"), ("2", "Minutes of the last meeting"), ("3", "Payments"),
    ]


def test_a_title_cut_from_a_sentence_leaves_the_whole_sentence_in_its_section(make_document):
    document = make_document(PARAGRAPH_MINUTES)
    sections = split_sections(document, extract_items(document))
    texts = {section.item.number: " ".join(line.text for line in section.lines) for section in sections if section.item}
    assert texts["5"].startswith("Accounts were approved for payment")
    assert texts["1"].startswith("It was moved and agreed")


# Minute numbers of other forms.


def test_slashed_minute_references_need_a_partner_with_the_same_stem(make_document):
    text = (
        "Present: Cllr A Ash (Chair), Cllr B Birch\n\n"
        "31/04/03 Accepted Apologies for absence - LGA 1972, Section 85: Cllr Cole.\n"
        "31/04/04 Members Declaration of Interest (items on the agenda) – LGA 2000 Part III: None.\n"
    )
    assert _items(make_document, text) == [
        ("31/04/03", "Accepted Apologies for absence"),
        ("31/04/04", "Members Declaration of Interest (items on the agenda)"),
    ]
    text = "Present: Cllr A Ash\n\n16/10/6/15.i Village Hall\nThe roof is mended.\n16/10/6/15.ii Playing Field\nCut.\n"
    assert _items(make_document, text) == [("16/10/6/15.i", "Village Hall"), ("16/10/6/15.ii", "Playing Field")]
    # Dates opening the rows of a payments list change their first part, not their last.
    text = "Present: Cllr A Ash\n\n08/12/31 Hall Trust room hire\n31/01/31 Grass cutting contract\n"
    assert _items(make_document, text) == []


def test_references_run_on_after_a_full_stop_or_together_in_one_paragraph(make_document):
    text = (
        "Present: Cllr A Ash (Chair), Cllr B Birch\n\n"
        "23/31 Apologies for absence. Apologies were received from Cllr Cole.\n"
        "24/31 Finance.\nThe payments were approved.\n"
        "25/31 Declarations: none. 26/31 Minutes: the minutes of 4 May were approved. 27/31 Date of next meeting: 6 July.\n"
    )
    document = make_document(text)
    items = extract_items(document)
    assert [(i.number, i.title) for i in items] == [
        ("23/31", "Apologies for absence"), ("24/31", "Finance"), ("25/31", "Declarations"), ("26/31", "Minutes"),
        ("27/31", "Date of next meeting"),
    ]
    texts = {section.key: section.text for section in split_sections(document, items)}
    assert texts["26/31"] == "the minutes of 4 May were approved."


def test_numbers_running_on_from_meeting_to_meeting_and_lettered_item_parts(make_document):
    text = (
        "Present: Cllr A Ash (Chair), Cllr B Birch\n\n2579. Apologies\nCllr Cole sent apologies.\n"
        "2580. Minutes\nApproved.\n2581. Finance\nThe payments were approved.\n"
    )
    assert _items(make_document, text) == [("2579", "Apologies"), ("2580", "Minutes"), ("2581", "Finance")]
    text = "Present: Cllr A Ash\n\n2031. A good year for the hall\nThe hall was busy.\n"
    assert _items(make_document, text) == []
    text = (
        "Present: Cllr A Ash\n\nItem 4 (a) Report on the Housing Programme\nThe Director outlined it.\n"
        "Item 4(b) Community Grants\nAgreed.\nItem 5 Any Other Business\nNone.\n"
    )
    assert _items(make_document, text) == [
        ("4 (a)", "Report on the Housing Programme"), ("4(b)", "Community Grants"), ("5", "Any Other Business"),
    ]


def test_minute_references_among_numbered_paragraphs(make_document):
    # Numbered paragraphs with slashed references after them are read without failing.
    paragraphs = "".join(
        f"{n}. Highways The members discussed the state of the lanes at some length and agreed to write again.\n"
        for n in range(1, 6)
    )
    text = f"Present: Cllr A Ash\n\n{paragraphs}6/31 Finance: the payments were approved. 7/31 Close: the meeting ended.\n"
    assert _items(make_document, text)[-2:] == [("6/31", "Finance"), ("7/31", "Close")]


def test_sub_items_numbered_with_their_parent_as_web_lists_give_them(make_document):
    text = (
        "Present: Cllr A Ash\n\n#### 5. Planning\n\n**5a. Extension at 4 Mill Lane**\n\n– no objection.\n\n"
        "**5b. Garden room at Rose Cottage**\n\n– no objection.\n\n#### 6. Finance\n\nApproved.\n"
    )
    assert _items(make_document, text) == [
        ("5", "Planning"), ("5a", "Extension at 4 Mill Lane"), ("5b", "Garden room at Rose Cottage"), ("6", "Finance"),
    ]
    # Addresses, "4x4" and "1st" are no such numbers.
    text = (
        "Present: Cllr A Ash\n\n12. HALL\nThe 4x4 vehicles park badly.\n13. PLANNING\n12a Mill Lane\n\n"
        "Garage conversion.\n\n14. CLOSE\nThe meeting closed on the 1st June.\n"
    )
    assert _items(make_document, text) == [("12", "HALL"), ("13", "PLANNING"), ("14", "CLOSE")]


def test_lettered_titles_set_in_bold_keep_their_dashes(make_document):
    text = (
        "Present: Cllr A Ash\n\n**4. Transport Directorate**\n\n**(a)Part 8 Procedure – Quay Road Cycle Lane Scheme**\n\n"
        "Circulated, report of the Director.\n\n**(b) Part 8 Procedure – Mill Lane Footpath**\n\nAgreed.\n"
    )
    assert _items(make_document, text) == [
        ("4", "Transport Directorate"), ("4 (a)", "Part 8 Procedure – Quay Road Cycle Lane Scheme"),
        ("4 (b)", "Part 8 Procedure – Mill Lane Footpath"),
    ]


def test_a_minute_reference_run_on_inside_a_line_of_minutes(make_document):
    text = (
        "Present: Cllr A Ash (Chair), Cllr B Birch\n\n35/31 Approval of Internal Auditor\n"
        "Three auditors were considered.\nRESOLVED: That Ann Example be appointed. 36/31 Clerk Vacancy Update "
        "The clerk had seven applications. 37/31 Printing Costs: noted.\n38/31 Close\n"
    )
    document = make_document(text)
    items = extract_items(document)
    assert [(i.number, i.title) for i in items] == [
        ("35/31", "Approval of Internal Auditor"), ("36/31", "Clerk Vacancy Update"), ("37/31", "Printing Costs"),
        ("38/31", "Close"),
    ]
    texts = {section.key: section.text for section in split_sections(document, items)}
    assert texts["35/31"].endswith("RESOLVED: That Ann Example be appointed.")
    assert texts["36/31"] == "The clerk had seven applications." and texts["37/31"] == "noted."
    # A reference that is not the next one ("see minute 12/31") starts nothing.
    text = "Present: Cllr A Ash\n\n35/31 Hall\nAs agreed. 12/31 Minutes were cited.\n36/31 Close\n"
    assert [number for number, _ in _items(make_document, text)] == ["35/31", "36/31"]


def test_run_in_labels_open_the_paragraphs_of_unnumbered_township_minutes(make_document):
    text = (
        "Regular Meeting Minutes\nMarch 4, 2024\n\n"
        "Meeting was called to order at 7:00 p.m. Members Ada Fenn, Hal Rook and Ivy Stone were present.\n\n"
        "Public Comment:  No one wished to speak.\n\n"
        "Fire Department:  Chief Brand gave the monthly report. No questions.\n\n"
        "Zoning Administrator:  Permits for 2 garages and 1 shed.\n\n"
        "Cemetery:  No report\n\n"
        "Clerk: Invoices to be paid with checks #1201-#1230 were reviewed. Motion carried with 3 yes.\n"
        "Voting Aye: Fenn, Rook and Stone\n"
        "Absent: none\n\n"
        "Old business:  The culvert on Birch Road will be replaced in May.\n"
    )
    assert _items(make_document, text) == [
        (None, "Public Comment"),
        (None, "Fire Department"),
        (None, "Zoning Administrator"),
        (None, "Cemetery"),
        (None, "Clerk"),
        (None, "Old business"),
    ]


def test_capitals_and_dashed_run_in_labels_and_speakers(make_document):
    text = (
        "TOWN OF ELMWICK\nBOARD MINUTES\n\n"
        "The meeting opened at 6 pm with all supervisors present.\n\n"
        "TREASURER'S REPORT: The treasurer presented the balances for May.\n\n"
        "Road Commissioner Report – The commissioner said the grading is finished.\n\n"
        "Mayor Quill: asked when the grading would be finished.\n\n"
        "Jo Reed: said the verges on Hill Road need cutting.\n\n"
        "PUBLIC COMMENT – None\n\n"
        "Ann Lee – Chair\n\n"
        "Recycling Report – The bins will move to the hall car park in June.\n\n"
        "ADJOURNMENT: The meeting closed at 7:15 pm.\n"
    )
    assert _items(make_document, text) == [
        (None, "TREASURER'S REPORT"),
        (None, "Road Commissioner Report"),
        (None, "PUBLIC COMMENT"),
        (None, "Recycling Report"),
        (None, "ADJOURNMENT"),
    ]


def test_a_run_in_label_inside_headed_or_numbered_minutes_is_no_item(make_document):
    text = (
        "1. Approval of Minutes\n\nThe minutes were approved.\n\nPublic comment: None.\n\n"
        "2. Administration\n\nThe next meeting is set.\n\nPublic comment: None.\n\n"
        "3. Member Reports\n\nMember Oak will speak in June.\n\nPublic comment: None.\n\nMember update: none.\n"
    )
    assert _items(make_document, text) == [
        ("1", "Approval of Minutes"), ("2", "Administration"), ("3", "Member Reports")
    ]


def test_running_four_digit_minute_numbers_with_the_title_to_a_colon(make_document):
    text = (
        "Present: Cllrs Ash, Birch and Oak\n\n"
        "3120 Apologies: Cllr Elm sent apologies.\n\n"
        "3121 Finance: the payments listed were approved.\n\n"
        "3122 Footpaths and Stiles: the stile at Low Wood is broken.\n\n"
        "2024 Budget: the precept was discussed.\n"
    )
    assert _items(make_document, text) == [
        ("3120", "Apologies"), ("3121", "Finance"), ("3122", "Footpaths and Stiles")
    ]
    # A year run in before a colon is no minute number, even with another year near it.
    years = "Present: Cllr Ash\n\n2023 Accounts: the audit was signed.\n\n2024 Budget: the precept was set.\n"
    assert _items(make_document, years) == []


def test_bold_motion_outcomes_are_not_items(make_document):
    unnumbered = (
        "Present: Cllrs Ash and Birch\n\nThe meeting opened at 7 pm.\n\n"
        "**Allotments**\n\nThe waiting list was read.\n\n**Carried**\n\n"
        "**Village Hall**\n\nThe new boiler was approved.\n\n**Motion approved**\n\n**Carried unanimously (5-0)**\n"
    )
    assert _items(make_document, unnumbered) == [(None, "Allotments"), (None, "Village Hall")]
    numbered = "**1. Apologies**\n\nNone.\n\n**CARRIED**\n\n**2. Finance**\n\nPaid.\n\n**The motion was defeated.**\n"
    assert _items(make_document, numbered) == [("1", "Apologies"), ("2", "Finance")]


_FLAT_FILLER = "The discussion ran on for some time and every member gave a view on it. " * 3


def test_minutes_flattened_into_one_line_are_cut_at_rising_item_numbers(make_document):
    text = (
        "Minutes of the Parish Meeting\n\n"
        "Present: Cllrs Ash, Birch and Oak (Chair). Apologies: Cllr Elm. "
        f"1. Welcome The Chair opened the meeting at 7.30 pm. {_FLAT_FILLER}"
        "2. Minutes of the last meeting The minutes of 4 March were approved. "
        f"3. Matters arising The bench at 12 Mill Lane was repaired for £150.50. {_FLAT_FILLER}"
        "4. Planning No applications were received.\n"
    )
    assert _items(make_document, text) == [
        ("1", "Welcome"), ("2", "Minutes of the last meeting"), ("3", "Matters arising"), ("4", "Planning")
    ]
    document = make_document(text)
    sections = split_sections(document, extract_items(document))
    assert sections[2].text.startswith("The bench at 12 Mill Lane")
    assert {section.item.evidence.line_start for section in sections} == {3}


def test_flattened_items_with_colon_titles_and_a_list_inside_a_paragraph(make_document):
    flattened = (
        "Attendees: A Lee, B Fox and C Day. "
        f"1. Apologies for absence: none were received. {_FLAT_FILLER}"
        f"2. Highways: the verge at Low Lane needs cutting. {_FLAT_FILLER}"
        "3. Finance: payments of £412.75 were approved. 1. The grant is due. 2. The audit is booked.\n"
    )
    assert _items(make_document, flattened) == [("1", "Apologies for absence"), ("2", "Highways"), ("3", "Finance")]
    # A long paragraph's own numbered points, with no attendance before them, are no items.
    listed = (
        "The meeting opened at 7 pm.\n\n"
        f"{_FLAT_FILLER}The council agreed the following. 1. Grass cutting will start in May. "
        f"2. The bench will be repaired. 3. The clerk will write to the county. {_FLAT_FILLER}\n"
    )
    assert _items(make_document, listed) == []


def test_title_case_headings_on_their_own_lines_in_unnumbered_minutes(make_document):
    text = (
        "June 2, 2025\nCall to order at 7:00 pm by President Vale.\n"
        "Motion to approve the treasurer report as presented. Motion carried.\n"
        "Maintenance Report\nSee attached report\n"
        "Streets & Alleys\nSalt has been ordered for the winter months.\n"
        "WATER AND SEWER\nThe meter at the mill will be read monthly.\n"
        "Cemetery\nNo report\n"
        "Parks and Trails\nThe new bench on the river path was installed.\n"
        "Old Business\nThe sale of the depot was signed.\n"
        "Respectfully submitted,\nNell Harper\nVillage Clerk\n"
    )
    assert _items(make_document, text) == [
        (None, "Maintenance Report"),
        (None, "Streets & Alleys"),
        (None, "WATER AND SEWER"),
        (None, "Cemetery"),
        (None, "Parks and Trails"),
        (None, "Old Business"),
    ]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_plain_headings_after_a_paragraph_break_and_the_next_meeting_over_its_date(make_document, gap):
    # A blank line starts a paragraph, whatever closed the line above it (an attendance list has no full stop).
    text = (
        "Elmford Parish Council\n\nPresent: Cllr Ann Moss (Chair), Cllr Ben Reed, Cllr Cy Ford\n\n"
        f"Apologies for absence{gap}Apologies were received from Cllr Di Lane, who was\naway on holiday.\n\n"
        f"Finance{gap}The bank reconciliation was checked and the invoices\nwere approved for payment.\n\n"
        f"Highways{gap}The pothole on Mill Road has been reported again. The Clerk\nwill chase the County.\n\n"
        f"Playing field{gap}The new goalposts have been installed and the field\nis open again.\n\n"
        f"Date of next meeting{gap}Monday 1 April 2031 at 7.30pm.\n"
    )
    assert _items(make_document, text) == [
        (None, "Apologies for absence"), (None, "Finance"), (None, "Highways"), (None, "Playing field"),
        (None, "Date of next meeting"),
    ]


def test_a_line_going_on_from_an_open_sentence_is_no_heading(make_document):
    text = (
        "Elmford Parish Council\n\nPresent: Cllr Ann Moss (Chair), Cllr Ben Reed, Cllr Cy Ford\n"
        "Apologies for absence\nwere received from Cllr Di Lane and Cllr Eve Hart.\n\n"
    )
    assert (None, "Apologies for absence") not in _items(make_document, text)


def test_a_list_of_title_case_lines_is_no_run_of_headings(make_document):
    agenda = (
        "Typical order of business.\n\n"
        "Call to Order\n\nPledge of Allegiance\n\nApproval of Agenda\n\nPublic Comments\n\n"
        "Clerk's Report\n\nOld Business\n\nNew Business\n\nThe public may speak at either comment period.\n"
    )
    assert _items(make_document, agenda) == []


def test_a_one_line_lettered_sub_item_keeps_its_run_in_text(make_document):
    text = (
        "4. Matters arising\n\n"
        "a) Footpaths - Cllr Vane will write to the landowner about the broken stile.\n\n"
        "b) Bus shelter: the glass has been replaced.\n\n"
        "c) Village sign\n\n"
        "The sign has been repainted.\n"
    )
    document = make_document(text)
    items = extract_items(document)
    assert [(item.number, item.title) for item in items] == [
        ("4", "Matters arising"), ("4a", "Footpaths"), ("4b", "Bus shelter"), ("4c", "Village sign"),
    ]
    sections = split_sections(document, items)
    assert [section.text.strip() for section in sections[1:3]] == [
        "Cllr Vane will write to the landowner about the broken stile.",
        "the glass has been replaced.",
    ]
    assert sections[3].text.strip() == "The sign has been repainted."


def test_lettered_sub_items_run_past_h(make_document):
    letters = "abcdefghijk"
    text = "4. Matters arising\n\n" + "".join(f"{letter}) Topic {letter.upper()} - noted.\n\n" for letter in letters)
    text += "5. Planning\n\ni) The application was supported.\n"
    numbers = [number for number, _ in _items(make_document, text)]
    assert numbers == ["4", *[f"4{letter}" for letter in letters], "5"]


def test_lettered_sub_item_with_a_bold_title_and_its_text_on_one_line(make_document):
    text = (
        "1. APOLOGIES\n\nNone.\n\n2. MATTERS ARISING\n\n"
        "a)  **Footpath by the canal**\n\nStill closed.\n\n"
        "b)  **Visit to the new school** Agreed to defer until spring.\n\n"
        "c)  **Lamp posts in Mill Row**: Three had been mended.\n\n"
        "d)  **Bins at the Cross** These were emptied late\nagain this month.\n\n3. CLOSE\n"
    )
    document = make_document(text)
    items = extract_items(document)
    assert [(i.number, i.title) for i in items] == [
        ("1", "APOLOGIES"), ("2", "MATTERS ARISING"), ("2a", "Footpath by the canal"),
        ("2b", "Visit to the new school"), ("2c", "Lamp posts in Mill Row"), ("2d", "Bins at the Cross"),
        ("3", "CLOSE"),
    ]
    texts = {section.key: section.text for section in split_sections(document, items)}
    assert texts["2b"].strip() == "Agreed to defer until spring."
    assert "emptied late" in texts["2d"] and "Bins" not in texts["2d"]


def test_numbered_planning_sub_items_take_the_reference_and_site(make_document):
    # "9.1. 310456 - Land at …": a planning item's sub-items, each an application's reference and site, then the
    # council's view in sentences; the number may run into the reference with no space ("9.3.310472").
    text = (
        "Present: Cllr A Ash (Chair), Cllr B Birch\n\n1. Apologies for absence\nNone.\n\n2. Planning Consultations\n"
        "2.1. 310456 - Land at Yew Cottage. Members asked how the drainage would work. It was agreed to support it.\n"
        "2.2. 31/0470/HOUS – Garden room, Rose Cottage. No comment.\n"
        "2.3.310472 - Barn at Low Lane, Elmford. No comment.\n"
        "3. Finance\nThe payments were approved.\n"
    )
    assert _items(make_document, text) == [
        ("1", "Apologies for absence"), ("2", "Planning Consultations"),
        ("2.1", "310456 - Land at Yew Cottage"), ("2.2", "31/0470/HOUS – Garden room, Rose Cottage"),
        ("2.3", "310472 - Barn at Low Lane, Elmford"), ("3", "Finance"),
    ]


def test_figures_that_are_no_planning_reference_make_no_sub_item(make_document):
    # Three figures are a count, not an application's number; a sub-number of another item is no part of this one.
    text = (
        "Present: Cllr A Ash (Chair), Cllr B Birch\n\n1. Apologies for absence\nNone.\n\n2. Village Show\n"
        "2.1. 250 - visitors came to the show. It was a success.\n"
        "7.1. 310456 - Land at Yew Cottage. No comment.\n"
        "3. Finance\nThe payments were approved.\n"
    )
    numbers = [number for number, _ in _items(make_document, text)]
    assert "7.1" not in numbers and "2.1" not in numbers


@pytest.mark.parametrize("verdict", ["Received and filed.", "Approved as presented", "No action taken."])
def test_an_outcome_closes_an_item_as_nothing_to_report_does(make_document, verdict):
    # A line that closes an item without a sentence is either nothing to report ("No report") or its outcome; both
    # read alike after a run-in label and under a plain heading.
    run_in = (
        "Regular Meeting Minutes\nMarch 4, 2024\n\n"
        "Meeting was called to order at 7:00 p.m. Members Ada Fenn, Hal Rook and Ivy Stone were present.\n\n"
        "Public Comment:  No one wished to speak.\n\n"
        "Fire Department:  Chief Brand gave the monthly report. No questions.\n\n"
        "Zoning Administrator:  Permits for 2 garages and 1 shed.\n\n"
        f"Cemetery:  {verdict}\n\n"
        "Old business:  The culvert on Birch Road will be replaced in May.\n"
    )
    assert [title for _, title in _items(make_document, run_in)] == [
        "Public Comment", "Fire Department", "Zoning Administrator", "Cemetery", "Old business"
    ]
    headed = (
        "June 2, 2025\nCall to order at 7:00 pm by President Vale.\n"
        "Maintenance Report\nSee attached report\n"
        "Streets & Alleys\nSalt has been ordered for the winter months.\n"
        f"Cemetery\n{verdict}\n"
        "Parks and Trails\nThe new bench on the river path was installed.\n"
        "Respectfully submitted,\nNell Harper\nVillage Clerk\n"
    )
    assert [title for _, title in _items(make_document, headed)] == [
        "Maintenance Report", "Streets & Alleys", "Cemetery", "Parks and Trails"
    ]


@pytest.mark.parametrize("rule", ["## ______________________", "**______________________**", "## * * *"])
def test_a_rule_set_as_a_heading_is_no_item(make_document, rule):
    # A signature's rule or a row of stars that the layout marked as a heading holds no title.
    text = (
        "# Township Board Minutes\n\n"
        "The meeting was called to order at 7:00 pm.\n\n"
        "## Fire Hall Roof\n\nThe board approved the quote after motion by Ash and second by Birch.\n\n"
        f"{rule}\n\nAnn Example, Township Clerk\n\n"
        f"{rule}\n\nBen Example, Supervisor\n"
    )
    assert _items(make_document, text) == [(None, "Fire Hall Roof")]


@pytest.mark.parametrize(
    "label",
    ["Agenda Item #{n}: ", "ITEM {n}. ", "Item No. {n} – "],
)
def test_an_items_label_vouches_for_agenda_wording_set_as_a_sentence(make_document, label):
    def head(n: int, wording: str) -> str:
        return label.format(n=n) + wording

    text = (
        "MINUTES OF A REGULAR MEETING OF THE BOARD OF MANAGERS\n\n"
        f"{head(1, 'Call meeting to order.')}\n"
        "        Chair Ann Reed called the meeting to order at 7:00 PM.\n\n"
        f"{head(2, 'Consider approving the minutes for the special meeting held on March 8, 2031 and the regular meeting held on March 28, 2031.')}\n"
        "        Mr. Lowe made a motion to approve the minutes as presented. The motion passed by unanimous vote.\n\n"
        f"{head(3, 'Comments from the public. If you wish to address the Board, please sign in before the meeting.')}\n"
        "        None were made at this time.\n"
    )
    items = _items(make_document, text)
    assert items == [
        ("1", "Call meeting to order"),
        ("2", "Consider approving the minutes for the special meeting held on March 8, 2031 and the regular meeting "
              "held on March 28, 2031"),
        ("3", "Comments from the public"),
    ]


def test_a_lone_item_label_in_a_sentence_is_no_heading(make_document):
    text = (
        "MINUTES OF A REGULAR MEETING OF THE BOARD\n\n"
        "The chair called the meeting to order at 7:00 PM.\n\n"
        "Item 4. Is there any further business to bring before the board.\n"
        "Mr. Lowe asked about the roof repairs and the chair said the quote had come in.\n"
    )
    assert _items(make_document, text) == []


def _paragraph_a_line(numbers: list[str]) -> str:
    paragraphs = [
        "Call To Order Commissioner Ann Reed called the Regular Meeting to order at 7:00 pm. Also present were "
        "Commissioner Lowe and Chief Marsh.",
        "Pledge of Allegiance",
        "Approval of Agenda Commissioner Lowe moved to approve the Agenda of May 6, 2031. Motion seconded. "
        "Vote: Aye - 3, Nay - 0. Motion carried.",
        "Approval of Minutes Board Member Lowe moved (seconded by Chair Reed) to approve the minutes as submitted. "
        "Motion carried.",
        "Chief's Report The monthly call summary was distributed and reviewed.",
    ]
    lines = [f"{number} {paragraph}" for number, paragraph in zip(numbers, paragraphs, strict=True)]
    return "BOARD OF FIRE COMMISSIONERS REGULAR MEETING May 6, 2031\n" + "\n".join(lines) + "\n"


@pytest.mark.parametrize("numbers", [["1.", "2.", "3.", "4.", "5."], ["I", "II", "III", "IV", "V"], ["I.", "II.", "III.", "IV.", "V."]])
def test_a_paragraph_a_line_with_its_title_run_into_an_officers_sentence(make_document, numbers):
    # US minutes exported a paragraph a line: the number, the title, then the minutes opened by an office and a name
    # ("Commissioner Ann Reed called …", "Board Member Lowe moved …"), with no colon or dash between.
    items = _items(make_document, _paragraph_a_line(numbers))
    assert items == [
        (numbers[0].rstrip("."), "Call To Order"),
        (numbers[1].rstrip("."), "Pledge of Allegiance"),
        (numbers[2].rstrip("."), "Approval of Agenda"),
        (numbers[3].rstrip("."), "Approval of Minutes"),
        (numbers[4].rstrip("."), "Chief's Report"),
    ]


def test_an_office_in_a_title_before_no_verb_stays_in_the_title(make_document):
    text = (
        "1. Call To Order The meeting opened at 7:00 pm.\n"
        "2. Resignation of Trustee Ann Reed The board accepted the resignation with thanks.\n"
        "3. Report of the Board President The president reported on the audit.\n"
        "4. Treasurer's Report The treasurer went over the accounts for April.\n"
        "5. Adjournment The meeting adjourned at 8:00 pm.\n"
    )
    assert _items(make_document, text) == [
        ("1", "Call To Order"), ("2", "Resignation of Trustee Ann Reed"), ("3", "Report of the Board President"),
        ("4", "Treasurer's Report"), ("5", "Adjournment"),
    ]


def test_a_sentence_opening_with_a_numeral_is_no_roman_item(make_document):
    text = (
        "BOARD MEETING May 6, 2031\n"
        "I think the fence by the school gate is down again, said a resident.\n"
        "II Pledge of Allegiance\n"
        "The chair thanked everyone.\n"
    )
    assert _items(make_document, text) == []


@pytest.mark.parametrize("numerals", [["I", "II", "III"], ["I.", "II.", "III."]])
def test_a_short_roman_list_inside_one_numbered_paragraph_is_no_run_of_items(make_document, numerals):
    # The director's report lists what she did, numbered I, II, III on plain lines, inside item 3 of minutes numbered
    # 1 to 5 a paragraph a line: the arabic run is the items; the numerals are that item's text.
    listed = ["Attended the State Library Conference in April.", "Ordered New Shelving for the Children's Room.",
              "Hired Two Pages for the Summer."]
    text = (
        "OAKVALE LIBRARY BOARD REGULAR MEETING May 6, 2031\n"
        "1. Call to Order President Lowe called the meeting to order at 7 pm.\n"
        "2. Minutes Trustee Ash moved to approve the minutes. Motion carried.\n"
        "3. Director's Report The director read her report, which said:\n"
        + "".join(f"{numeral} {entry}\n" for numeral, entry in zip(numerals, listed, strict=True))
        + "4. Bills Trustee Birch moved to pay the bills. Motion carried.\n"
        "5. Adjournment The meeting adjourned at 8 pm.\n"
    )
    assert [number for number, _ in _items(make_document, text)] == ["1", "2", "3", "4", "5"]


def test_roman_run_ins_under_an_opening_number_still_number_the_items(make_document):
    # A single "1." line above the numerals (a list in the heading) is no longer run for them to sit inside.
    text = _paragraph_a_line(["I", "II", "III", "IV", "V"]).replace("\n", "\n1. Minutes taken by the clerk.\n", 1)
    assert [number for number, _ in _items(make_document, text)] == ["I", "II", "III", "IV", "V"]


@pytest.mark.parametrize(
    "minutes",
    [
        "Mr. Lowe moved to approve the minutes of the May meeting. The motion passed by unanimous vote.",
        "The board reviewed the bills and Trustee Ash asked about the roof. No action was taken.",
        "Trustee Ash seconded the motion to pay the bills. It carried.",
    ],
)
def test_an_items_first_sentence_of_minutes_is_no_title(make_document, minutes):
    # After "Item 2:" the minutes themselves, not the agenda's wording: a mover and a verb, or a verb of minutes.
    text = (
        "MINUTES OF A REGULAR MEETING OF THE BOARD OF MANAGERS\n\n"
        "Item 1: Call meeting to order.\n        Chair Ann Reed called the meeting to order at 7:00 PM.\n\n"
        f"Item 2: {minutes}\n\n"
        "Item 3: Comments from the public.\n        None were made.\n"
    )
    assert _items(make_document, text) == [("1", "Call meeting to order"), ("3", "Comments from the public")]


@pytest.mark.parametrize(
    "opening",
    ["IT WAS MOVED", "ASH MOVED", "MOTION WAS MOVED", "CLLR ASH MOVED", "COMMISSIONER ASH MOVED", "BOARD MEMBER ASH MOVED"],
)
def test_who_moved_in_capitals_opens_the_minutes_after_a_capitals_title(make_document, opening):
    text = (
        "MINUTES OF THE REGULAR MEETING OF THE OAKVALE WATER BOARD\n\n"
        "1. CALL TO ORDER The chair called the meeting to order at 7 pm.\n\n"
        f"2. APPROVAL OF MINUTES {opening} to approve the minutes of May 6. Motion carried.\n\n"
        "3. OLD BUSINESS The roof was discussed.\n\n"
        "4. ADJOURNMENT The meeting adjourned at 8 pm.\n"
    )
    assert _items(make_document, text)[1] == ("2", "APPROVAL OF MINUTES")


def test_the_capitals_decision_opening_reads_a_long_line_in_linear_time():
    from minutebook.extract.items import _CAPS_DECISION_OPENING

    for line in ("A" + " " * 30_000 + "B", "AB " * 10_000, "CLLR " * 6_000 + "ASH"):
        assert _CAPS_DECISION_OPENING.sub("", line) == line


@pytest.mark.parametrize("numbers", [["1.", "2.", "3.", "4.", "5.", "6."], ["I", "II", "III", "IV", "V", "VI"]])
@pytest.mark.parametrize(
    ("paragraph", "title"),
    [
        ("Fire Chief Report Chief Marsh reported 14 calls in April.", "Fire Chief Report"),
        ("Town Clerk Report Clerk Ash said the audit is done.", "Town Clerk Report"),
    ],
)
def test_an_office_in_a_title_is_no_opening_of_the_minutes(make_document, numbers, paragraph, title):
    # "Report Chief Marsh" is no name before the verb: the title's own office word stays in the title.
    text = _paragraph_a_line(numbers[:5]) + f"{numbers[5]} {paragraph}\n"
    assert _items(make_document, text)[-1] == (numbers[5].rstrip("."), title)


@pytest.mark.parametrize(
    "wording",
    [
        "Public hearing on the request to rezone the lots at 14 Elm Ave. East from residential to commercial use",
        "Consider the bid of the Oakvale Twp. Road Dept. for the resurfacing of the lane behind the fire hall",
        "Recognition of Sgt. Ann Marsh and Capt. Ben Lowe for their years of service to the people of the township",
    ],
)
def test_a_short_word_with_its_stop_ends_no_sentence_in_a_long_agenda_wording(make_document, wording):
    text = (
        "MINUTES OF THE REGULAR MEETING OF THE OAKVALE TOWNSHIP BOARD\n\n"
        "1. Call to order: The chair called the meeting to order at 7 pm.\n\n"
        f"2. {wording}: Ann Ash spoke against it and the board heard from two neighbours.\n\n"
        "3. Old business: The roof was discussed.\n\n"
        "4. Adjournment: The meeting adjourned at 8 pm.\n"
    )
    assert _items(make_document, text)[1] == ("2", wording)


def test_a_labelled_items_wording_runs_past_a_street_words_stop(make_document):
    text = (
        "MINUTES OF A REGULAR MEETING OF THE BOARD OF MANAGERS\n\n"
        "Item 1: Call meeting to order.\n        Chair Ann Reed called the meeting to order at 7:00 PM.\n\n"
        "Item 2: Rezoning of 14 Elm Ave. East. The board heard from two neighbours.\n"
    )
    assert _items(make_document, text) == [("1", "Call meeting to order"), ("2", "Rezoning of 14 Elm Ave. East")]
