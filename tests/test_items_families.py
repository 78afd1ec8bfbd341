"""Item families read on councils never seen: sectioned US minutes, short minute numbers, capitals titles, run-in labels.

Every document here is invented; each family is written in at least two forms.
"""

from __future__ import annotations

import pytest

from minutebook.extract.items import extract_items


def _items(make_document, text, name="inline.txt"):
    return [(item.number, item.title) for item in extract_items(make_document(text, name=name))]


_SECTIONED_CAPS = (
    "TOWN OF ELDER FORK\nBOARD MEETING MINUTES\nMay 5, 2031\n\n"
    "CALL TO ORDER\nChair Rae Colby called the meeting to order at 6:00 p.m.\n\n"
    "PUBLIC COMMENT\n1. Lee Vance spoke about the ditch on Ash Road.\n2. Mo Prine asked about brush pickup.\n\n"
    "CONSENT AGENDA\nA. Minutes of April 7, 2031\nB. Payment of bills\n"
    "Motion by Colby, second by Hart to approve the consent agenda. Motion carried.\n\n"
    "OLD BUSINESS\n1. Culvert on Pine Lane\nThe engineer will visit next week.\n"
    "2. Hall roof repair\nTwo bids were received.\n\n"
    "NEW BUSINESS\n1. Grader lease\nMotion by Hart, second by Colby to lease a grader. Motion carried.\n\n"
    "ADJOURNMENT\nThe meeting adjourned at 7:10 p.m.\n"
)
_SECTIONED_EXPECTED = [
    (None, "CALL TO ORDER"),
    (None, "PUBLIC COMMENT"),
    (None, "CONSENT AGENDA"),
    ("A", "Minutes of April 7, 2031"),
    ("B", "Payment of bills"),
    (None, "OLD BUSINESS"),
    ("1", "Culvert on Pine Lane"),
    ("2", "Hall roof repair"),
    (None, "NEW BUSINESS"),
    ("1", "Grader lease"),
    (None, "ADJOURNMENT"),
]


def test_capitals_sections_with_restarting_entries_give_both(make_document):
    assert _items(make_document, _SECTIONED_CAPS) == _SECTIONED_EXPECTED


def test_markdown_sections_with_restarting_entries_give_both(make_document):
    text = "# Town of Elder Fork\n\nBoard meeting, May 5, 2031\n\n" + "\n".join(
        f"## {line}" if line.isupper() and line.split() and not line.startswith(("TOWN", "BOARD")) else line
        for line in _SECTIONED_CAPS.split("\n")[3:]
    )
    assert _items(make_document, text, name="inline.md") == _SECTIONED_EXPECTED


def test_one_section_with_a_numbered_list_is_not_sectioned(make_document):
    text = (
        "Minutes of the board, May 5, 2031\n\nPresent: Rae Colby, Dee Hart.\n\n"
        "1. Roads\nThe grader was serviced.\n\n2. Hall\nThe roof was patched.\n\n"
        "CORRESPONDENCE\n1. Letter from the county about brush.\n2. Letter from the school about buses.\n"
    )
    numbers = [number for number, _ in _items(make_document, text)]
    assert numbers[:2] == ["1", "2"]
    assert None not in numbers


@pytest.mark.parametrize("prefix", ["Min ", "Min. ", "MIN "])
def test_short_minute_numbers(make_document, prefix):
    text = (
        "Minutes of Hollin Town Council, 3 March 2031\n\nPresent: Cllr A Moss (Chair), Cllr B Reed\n\n"
        f"{prefix}45. Apologies\nApologies were received from Cllr Ford.\n\n"
        f"{prefix}46 Planning\nNo objection was raised.\n"
    )
    assert _items(make_document, text) == [("45", "Apologies"), ("46", "Planning")]


def test_running_reference_then_agenda_number(make_document):
    text = (
        "Minutes of Hollin Parish Council, 3 March 2031\n\nPresent: Cllr A Moss (Chair), Cllr B Reed\n\n"
        "H101/31      1.      APOLOGIES FOR ABSENCE.\n\nCllr Ford (work).\n\n"
        "H102/31      2.      TO RECEIVE AND NOTE THE MINUTES OF THE AMENITIES AND FOOTPATHS COMMITTEE HELD ON 4 FEBRUARY 2031\n\n"
        "Members noted the minutes.\n"
    )
    assert _items(make_document, text) == [
        ("H101/31", "APOLOGIES FOR ABSENCE"),
        ("H102/31", "TO RECEIVE AND NOTE THE MINUTES OF THE AMENITIES AND FOOTPATHS COMMITTEE HELD ON 4 FEBRUARY 2031"),
    ]


def test_running_reference_then_agenda_number_without_its_stop(make_document):
    text = (
        "Minutes of Hollin Parish Council, 3 March 2031\n\nPresent: Cllr A Moss (Chair), Cllr B Reed\n\n"
        "45/31 3 Planning\n\nNo applications.\n\n46/31 4 Finance\n\nThe payments were approved.\n"
    )
    assert _items(make_document, text) == [("45/31", "Planning"), ("46/31", "Finance")]


def test_capitals_titles_keep_their_colon_and_lose_their_stop(make_document):
    text = (
        "Present: Councillor Ann Example (Chair), Councillors Ash and Birch\n\n"
        "21 LITTER: CAMPAIGN FOR THE SPRING – UPDATE\nMembers noted the plans.\n\n"
        "22 PUBLIC QUESTIONS.\nNo questions had been received.\n\n"
        "23 THAT THE REPORT BE NOTED.\n\n"
    )
    assert _items(make_document, text) == [
        ("21", "LITTER: CAMPAIGN FOR THE SPRING – UPDATE"),
        ("22", "PUBLIC QUESTIONS"),
    ]


_RUN_IN = (
    "Minutes of the meeting of Wellbrook Parish Council held on 3 March 2031\n\n"
    "Present: Cllr A Moss (Chair), Cllr B Reed, Mrs C Dane (Clerk)\n\n"
    "Minutes{sep}The minutes of the meeting held on 3 February were approved and signed.\n\n"
    "Highways{sep}Cllr Reed reported a pothole on Mill Lane and the Clerk will report it.\n\n"
    "Payments{sep}The payments in the schedule, totalling £840, were approved.\n\n"
    "Playground{sep}The inspection report was received and the swings need new chains.\n\n"
    "Correspondence{sep}A letter from the county about verge cutting was noted.\n\n"
    "The meeting closed at 8.40pm.\n"
)


@pytest.mark.parametrize("sep", [": ", " – "])
def test_business_labels_run_in_with_a_sentence(make_document, sep):
    titles = [title for _, title in _items(make_document, _RUN_IN.format(sep=sep))]
    assert titles == ["Minutes", "Highways", "Payments", "Playground", "Correspondence"]


def test_payments_label_over_a_list_is_no_item(make_document):
    text = _RUN_IN.format(sep=": ").replace(
        "Payments: The payments in the schedule, totalling £840, were approved.", "Payments:\nMoss Mowing £120\nDane salary £720"
    )
    assert "Payments" not in [title for _, title in _items(make_document, text)]


@pytest.mark.parametrize(
    "banner", ["TOWN OF MILLBRAE FLATS\nREGULAR MEETING\nMINUTES\n", "TOWN OF MILLBRAE FLATS\nREGULAR MEETING\nJune 2, 2031\n"]
)
def test_capitals_headings_after_the_banner_and_over_a_sentence(make_document, banner):
    text = banner + (
        "CALL TO ORDER\nMayor Ivo Sand called the meeting to order at 7:00 P.M.\n"
        "ROLL CALL\nMayor Ivo Sand\nPresent\n"
        "INVOCATION AND SALUTE TO THE FLAG\nPastor Ruth Vale gave the invocation.\n"
        "PUBLIC HEARING - FIRST READING:\nThe Mayor opened the hearing and there were no comments from the audience.\n"
        "PRESENT:\nIVO SAND\nRUTH VALE\n"
    )
    assert _items(make_document, text) == [
        (None, "CALL TO ORDER"),
        (None, "ROLL CALL"),
        (None, "INVOCATION AND SALUTE TO THE FLAG"),
        (None, "PUBLIC HEARING - FIRST READING"),
    ]


@pytest.mark.parametrize("word", ["MINUTES", "Minutes"])
def test_a_label_line_over_minutes_numbers_the_item(make_document, word):
    text = (
        "COUNCIL MEETING MINUTES\n\nPresent: Mayor Ivo Sand, Councillor Ruth Vale\n\n"
        f"1.\n\nCALL TO ORDER\n\nThe Mayor opened the meeting.\n\n2.\n\n{word}\n\n"
        "THAT the minutes of the meeting held 2031 May 5 be adopted.\n\n3.\n\nDELEGATIONS\n\nNone.\n\n"
        "4.\n\nSECOND:\n\nCouncillor Vale.\n"
    )
    assert _items(make_document, text) == [("1", "CALL TO ORDER"), ("2", word), ("3", "DELEGATIONS")]


def _grid(tmp_path, header):
    from minutebook.ingest import parse_file

    rows = "".join(
        f"<tr><td>{title}</td><td>{notes}</td><td>{who}</td></tr>"
        for title, notes, who in (
            ("1. Welcome and apologies", "The Chair welcomed members. Apologies from Ed Fox.", ""),
            ("2. Slipway repairs", "Two quotes were received and the lower one was accepted.", "BC"),
            ("3. Mooring fees", "Fees will rise from April.", "DA"),
        )
    )
    cells = "".join(f"<th>{cell}</th>" for cell in header)
    path = tmp_path / "notes.html"
    path.write_text(f"<p>Notes of the Quayside Trust, 4 March 2031</p><table><tr>{cells}</tr>{rows}</table>", encoding="utf-8")
    return [(item.number, item.title) for item in extract_items(parse_file(path))]


@pytest.mark.parametrize(
    "header",
    [
        ("Agenda item", "Summary of discussion", "Action by"),
        ("Item", "Outcome", "Who"),
        ("Topic", "Discussion points", "Owner"),
        ("Item", "Decisions taken", "Lead"),
    ],
)
def test_minutes_grid_headers_in_other_words(tmp_path, header):
    assert _grid(tmp_path, header) == [("1", "Welcome and apologies"), ("2", "Slipway repairs"), ("3", "Mooring fees")]


@pytest.mark.parametrize("header", [("Item", "Cost", "Supplier"), ("Item", "Details", "Owner")])
def test_a_grid_without_a_notes_column_is_not_minutes(tmp_path, header):
    assert _grid(tmp_path, header) == []


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_capital_letter_labels_restart_under_numbered_items(make_document, gap):
    text = gap.join(
        [
            "COUNCIL MEETING MINUTES", "Present: Mayor Ivo Sand, Councillor Ruth Vale",
            "1.", "CALL TO ORDER", "The Mayor opened the meeting at 6:30 p.m.",
            "2.", "MINUTES", "A)", "Open Council Meeting held 2031 May 5", "THAT the minutes be adopted.", "CARRIED",
            "3.", "DELEGATIONS", "A)", "Fernside Residents Association", "Re: Traffic on Quarry Road",
            "B)", "Lakeview Rowing Club", "Re: Boathouse lease",
        ]
    )
    assert _items(make_document, text) == [
        ("1", "CALL TO ORDER"),
        ("2", "MINUTES"),
        ("2A", "Open Council Meeting held 2031 May 5"),
        ("3", "DELEGATIONS"),
        ("3A", "Fernside Residents Association"),
        ("3B", "Lakeview Rowing Club"),
    ]


@pytest.mark.parametrize("prefix", ["Item ", "ITEM ", "Agenda Item "])
def test_item_with_a_lettered_number(make_document, prefix):
    text = (
        "MINUTES OF THE PLANNING COMMISSION\nJune 3, 2031\n\nPresent: Commissioners Ortiz, Lane and Holt.\n\n"
        f"{prefix}7-A Public hearing on the Elm Street rezoning\nStaff presented the report. Motion carried 3-0.\n\n"
        f"{prefix}7-B. Variance at 12 Oak Lane\nThe applicant spoke. Motion carried 3-0.\n\n"
        "The vote was 3-0 in favour.\n"
    )
    assert _items(make_document, text) == [("7-A", "Public hearing on the Elm Street rezoning"), ("7-B", "Variance at 12 Oak Lane")]


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_numbered_paragraphs_whose_titles_run_into_a_verdict_or_a_long_sentence(make_document, gap):
    text = gap.join(
        [
            "Minutes of the Ordinary Meeting of Thornbury Vale Parish Council held on 14 January 2031",
            "Present: Cllr J Marsh (Chairman); Cllr M Peel; Cllr Mrs A Lowe. Parish Clerk: Mrs K Dean",
            "1. Chairman's notice regarding the recording and filming of the meeting The notice was displayed for "
            "those present to read.",
            "2. Public Comments None.",
            "3. Declaration of Interest (existence and nature) on Items on the Agenda Having links to the hall "
            "committee, Cllr Peel declared an interest in item 6.",
            "4. To approve the minutes of the Ordinary Meeting held on 10 December 2030, and the two Extraordinary "
            "Meetings held on 6 January 2031 The Clerk reported two small errors, which were corrected.",
            "5. Matters arising • Playing field – The new bench had been installed and the gate latch was repaired.",
            "6. Record of members present Noted.",
        ]
    )
    assert _items(make_document, text) == [
        ("1", "Chairman's notice regarding the recording and filming of the meeting"),
        ("2", "Public Comments"),
        ("3", "Declaration of Interest (existence and nature) on Items on the Agenda"),
        ("4", "To approve the minutes of the Ordinary Meeting held on 10 December 2030, and the two Extraordinary "
              "Meetings held on 6 January 2031"),
        ("5", "Matters arising"),
        ("6", "Record of members present"),
    ]


@pytest.mark.parametrize("bold", [False, True])
def test_lettered_titles_run_in_before_a_colon_with_a_skipped_letter(make_document, bold):
    call = "**Call to Order:**" if bold else "Call to Order:"
    text = (
        f"{call} Meeting called to order at 7:00 pm by Chair Ida Moss.\n\n"
        "Members present: Ida Moss, Rolf Dane, Sue Pike\n\n"
        "A. Approval of the agenda:\n\n"
        "B. Approval of minutes of last meeting: No changes; moved by Rolf, 2nd by Sue. Passed.\n\n"
        "D. Show Grant: $1,077.31 remaining for 2031\n* An article will go in the newsletter.\n\n"
        "E. Charge for Meal:\n* Moved by Rolf, 2nd by Sue, to set the meal price at $20. Motion passed.\n\n"
        "Meeting adjourned\n"
    )
    document = make_document(text, name="inline.md")
    items = extract_items(document)
    assert [(item.number, item.title) for item in items] == [
        ("A", "Approval of the agenda"),
        ("B", "Approval of minutes of last meeting"),
        ("D", "Show Grant"),
        ("E", "Charge for Meal"),
    ]
    from minutebook.extract.items import split_sections

    assert "moved by Rolf" in split_sections(document, items)[1].text


@pytest.mark.parametrize("indent", ["", " "])
def test_title_case_and_capitals_headings_count_together(make_document, indent):
    text = "\n\n".join(
        [
            "October 6, 2031",
            "Call to order at 7:00 pm by President Nell Orr.",
            "The minutes from the September meeting were reviewed and accepted.",
            f"{indent}Financial Report",
            "Rae made a motion to accept the fuel tax resolution as presented. Motion carried.",
            "VISITORS",
            "Two residents asked about the new sidewalk.",
            f"{indent}Maintenance Report",
            "Streets & Alleys",
            f"{indent}The curb and gutter on Main Street will take two weeks.",
            "WATER & SEWER",
            "The committee reported the new pump is working.",
            "Respectfully submitted,",
            "Ida Lowe",
            "Village Clerk",
            "The agenda for this meeting was posted in the village hall.",
        ]
    )
    assert [title for _, title in _items(make_document, text)] == [
        "Financial Report", "VISITORS", "Maintenance Report", "Streets & Alleys", "WATER & SEWER"
    ]


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_bracketed_minute_numbers(make_document, gap):
    text = gap.join(
        [
            "Minutes of the meeting of Holme Fen Parish Council held on 24 January 2031 at the Village Hall.",
            "Present: Cllr E Clark (Chairman), Cllrs H Pad and J Stow.",
            "[1] Chairman's welcome and apologies for absence.",
            "The Chairman welcomed councillors to the meeting.",
            "[2] Declarations of interests.",
            "There were no declarations of interests.",
            "[3] To confirm, or amend, and sign the draft notes of the meeting of 22nd November 2030.",
            "JS proposed that the notes be adopted as the minutes, seconded by JP and resolved.",
            "[4] Matters arising from the Minutes, and activity since the last meeting.",
            "EC reported that the response on the barn application was sent.",
        ]
    )
    assert _items(make_document, text) == [
        ("1", "Chairman's welcome and apologies for absence"),
        ("2", "Declarations of interests"),
        ("3", "To confirm, or amend, and sign the draft notes of the meeting of 22nd November 2030"),
        ("4", "Matters arising from the Minutes, and activity since the last meeting"),
    ]


@pytest.mark.parametrize("prefix", ["F", "PC"])
def test_minute_numbers_with_the_meetings_month(make_document, prefix):
    text = (
        "Full Council Meeting Minutes\nWednesday 5 April 2031\n\nMembers Present:\nCllrs Hale, Crump and Dunn\n\n"
        f"{prefix}01:04/31 Receive apologies and accept valid reasons for absence.\nApologies were received from Cllr Ash.\n\n"
        f"{prefix}02:04/31 To approve the minutes from 1 March 2031. Chair to sign and date.\nApproval deferred.\n\n"
        f"{prefix}03:04/31 To review the action log.\nNo further updates.\n"
    )
    assert _items(make_document, text) == [
        (f"{prefix}01:04/31", "Receive apologies and accept valid reasons for absence"),
        (f"{prefix}02:04/31", "To approve the minutes from 1 March 2031"),
        (f"{prefix}03:04/31", "To review the action log"),
    ]


@pytest.mark.parametrize("blank", ["\n\n\n", "\n"])
def test_year_month_minute_numbers_with_nothing_between(make_document, blank):
    text = (
        "Minutes of the Parish Council Meeting held on Monday 10th July 2031\n\n"
        "3107.01 Present\nCouncillors: E Sim (Chairman), J Green\n\n"
        "3107.02 Disclosure of Interests None.\n\n"
        f"3107.03 Chairman's Formal Announcements{blank}3107.04 Co-option of Councillor\n\n"
        "No applications for co-option had been received.\n"
    )
    assert _items(make_document, text) == [
        ("3107.01", "Present"),
        ("3107.02", "Disclosure of Interests"),
        ("3107.03", "Chairman's Formal Announcements"),
        ("3107.04", "Co-option of Councillor"),
    ]


_LIBRARY_HEAD = (
    "ELM RIDGE PUBLIC LIBRARY DISTRICT\nMinutes of the Regular Meeting of the Board of Trustees\nMay 6, 2031\n"
    "1. Call to order – Trustee Vale called the meeting to order at 7:02 p.m.\n"
    "2. Roll Call – Trustees Vale, Hart and Reid were present.\n"
)


@pytest.mark.parametrize(
    "intro",
    ["Trustee Hart read the consent agenda as follows:", "The consent calendar consisted of the following items:"],
)
@pytest.mark.parametrize("mark", [".", ")"])
def test_a_lettered_consent_agenda_read_out_after_its_sentence(make_document, intro, mark):
    text = _LIBRARY_HEAD + (
        f"3. Consent Agenda\n{intro}\n"
        f"a{mark} Approve Minutes of the April 15, 2031 Regular Board Meeting\n"
        f"b{mark} Receive and file Financial Reports for March\n"
        f"c{mark} Ratify Payment of Invoices in the Amount of $5,719.17\n"
        "MOTION: Trustee Reid moved to approve the consent agenda as read. Trustee Hart seconded.\n"
        "Motion carried\n4. Adjournment\nThe meeting adjourned at 8:05 p.m.\n"
    )
    assert _items(make_document, text)[2:] == [
        ("3", "Consent Agenda"),
        ("3a", "Approve Minutes of the April 15, 2031 Regular Board Meeting"),
        ("3b", "Receive and file Financial Reports for March"),
        ("3c", "Ratify Payment of Invoices in the Amount of $5,719.17"),
        ("4", "Adjournment"),
    ]


def test_a_lettered_list_after_a_sentence_not_reading_the_agenda_is_no_items(make_document):
    text = _LIBRARY_HEAD + (
        "3. Public Comments\nA resident asked the board for the following:\n"
        "a. Longer opening hours on Saturday\nb. More parking near the entrance\n"
        "4. New Business – none\n"
    )
    assert [number for number, _ in _items(make_document, text)] == ["1", "2", "3", "4"]


_FINANCE_HEAD = (
    "Minutes of Hollin Parish Council, 1 June 2031\nPresent: Ann Moss (Chair), Tom Reid, Jo Hart.\n\n"
    "40/31 Apologies for absence\nNone.\n\n41/31 Finance\n\n"
    "a) Accounts for May – The Clerk reported the balances to the end of May.\n\n"
)


@pytest.mark.parametrize("dash", ["–", "-", ":"])
def test_a_long_lettered_title_ended_by_a_dash_goes_on_from_the_letter_before(make_document, dash):
    long_title = (
        "Internal Auditor's 2030/31 Report together with the Summary of Receipts & Payments 2030/31 and the "
        "Accounting Statements 2030/31 for Hollin Parish Council"
    )
    text = _FINANCE_HEAD + (
        f"b) {long_title} {dash} The Clerk confirmed the report covered the whole year.\n\n"
        "c) Cheques for approval – The Clerk displayed the pending payments.\n\n42/31 Planning\nNone.\n"
    )
    assert _items(make_document, text)[2:] == [
        ("41/31a", "Accounts for May"), ("41/31b", long_title), ("41/31c", "Cheques for approval"),
        ("42/31", "Planning"),
    ]


def test_a_long_lettered_sentence_without_a_dash_is_no_title(make_document):
    text = _FINANCE_HEAD + (
        "b) Members had been sent the internal auditor's report together with the summary of receipts and the "
        "payments for the year and the accounting statements which were considered at length.\n\n42/31 Planning\nNone.\n"
    )
    assert [number for number, _ in _items(make_document, text)] == ["40/31", "41/31", "41/31a", "42/31"]


@pytest.mark.parametrize(
    ("last", "wrap"),
    [("c. Ratify Payment of Invoices in the Amount of $5,719.17", ""),
     ("c. Approve revisions to the Wage Scale including a 2% Market Adjustment and", "Changes to Pay Grades.\n")],
)
def test_the_motion_after_a_consent_agenda_read_out_belongs_to_the_consent_item(make_document, last, wrap):
    from minutebook.extract.items import read_items_and_sections

    text = _LIBRARY_HEAD + (
        "3. Consent Agenda\nTrustee Hart read the consent agenda as follows:\n"
        "a. Approve Minutes of the April 15, 2031 Regular Board Meeting\n"
        f"b. Receive and file Financial Reports for March\n{last}\n{wrap}"
        "MOTION: Trustee Reid moved to approve the consent agenda as read. Trustee Hart seconded.\n"
        "Motion carried\n4. Adjournment\nThe meeting adjourned at 8:05 p.m.\n"
    )
    _, sections = read_items_and_sections(make_document(text))
    holder = next(section for section in sections if any(line.text.startswith("MOTION") for line in section.lines))
    assert holder.item is not None and holder.item.number == "3"
    last_part = next(section for section in sections if section.item is not None and section.item.number == "3c")
    assert [line.text for line in last_part.lines if line.text.strip()] == [wrap.strip()] * bool(wrap)


def test_a_motion_after_lettered_parts_with_minutes_of_their_own_stays_with_the_last(make_document):
    from minutebook.extract.items import read_items_and_sections

    text = _LIBRARY_HEAD + (
        "3. New Business\na. Roof repair\nTwo bids were received.\nb. Snow contract\n"
        "MOTION: Trustee Reid moved to renew the snow contract. Trustee Hart seconded.\n"
        "4. Adjournment\nThe meeting adjourned at 8:05 p.m.\n"
    )
    _, sections = read_items_and_sections(make_document(text))
    holder = next(section for section in sections if any(line.text.startswith("MOTION") for line in section.lines))
    assert holder.item is not None and holder.item.number == "3b"


# A township board's minutes: labels closed by "report" or "business" open their lines, the minutes run on after
# them with no colon or dash, and nothing marks the paragraphs' ends.
_PLAIN_RUN_INS = """Elmside Township Board Meeting
Elmside Township Hall
Call to order 1900
Treasurer report Tax bills going out in July by County
Laptop may need repair
Clerk report Ann absent
Trustees report
Tom All well with the township hall and a wedding booked for August
Road Maintenance Report grading done on Fern Road, all going well
Sexton's Report New sign up in the cemetery
New Business
Cemetery fees were raised by 10 dollars after discussion
Unfinished business None
Adjournment 2010, motion made by Tom seconded by Ann 3 yea 0 nay
"""


def test_labels_run_in_without_a_colon_or_dash(make_document):
    titles = [title for _, title in _items(make_document, _PLAIN_RUN_INS)]
    for title in ("Treasurer report", "Clerk report", "Trustees report", "Road Maintenance Report", "Sexton's Report",
                  "New Business", "Adjournment"):
        assert title in titles
    # the same labels in capitals-free title case with the text starting in figures
    other = _PLAIN_RUN_INS.replace("Treasurer report Tax bills", "Finance Report 3 bills")
    assert "Finance Report" in [title for _, title in _items(make_document, other)]


def test_a_sentence_opened_by_a_report_is_no_run_in_label(make_document):
    # look-alikes: the report is the sentence's subject or object, so the line is prose, not a label
    text = _PLAIN_RUN_INS.replace("Clerk report Ann absent", "Clerk report was read by Ann").replace(
        "Sexton's Report New sign up in the cemetery", "Sexton's Report of the cemetery works was noted")
    titles = [title for _, title in _items(make_document, text)]
    assert "Clerk report" not in titles and "Sexton's Report" not in titles


# A board's minutes written as a summary: topic lines ending in a full stop, bulleted sentences under each.
_SUMMARY = """General Board Meeting Minutes
May 5, 2031
DRAFT
Opening of Meeting.
{b} District Manager Ann Lee welcomes attendees.
Public Session.
{b} Ms. Tia Fern highlights the need for testing sites in the district.
{b} Mr. Tom Ash describes the community patrol.
Street naming procedures for two submitted applications.
{b} Board Members approve two street names after the paperwork is provided.
Restaurant licenses.
{b} The committee reviewed four applications.
"""


def test_summary_topic_lines_over_bullets_are_items(make_document):
    # a round bullet, and the same bullet as text recognition reads it ("e")
    for bullet in ("•", "e"):
        titles = [title for _, title in _items(make_document, _SUMMARY.format(b=bullet))]
        assert titles == ["Opening of Meeting", "Public Session", "Street naming procedures for two submitted applications",
                          "Restaurant licenses"]


def test_sentences_between_bullets_are_no_topic_lines(make_document):
    # look-alikes: a sentence with its verb, and a line carrying on the line above, are no topics
    text = ("General Board Meeting Minutes\nMay 5, 2031\nThe chair opened the meeting.\n• Ann Lee welcomes attendees.\n"
            "The board was briefed.\n• Tom Ash describes the patrol.\nMembers noted the report, and then\n"
            "the next steps.\n• Tia Fern asks about the parks.\n")
    assert _items(make_document, text) == []


# --- minutes kept as a timed log: each line opening with a time of day is an item ----------------------------


_TIMED_DASH = (
    "### Monday, March 3, 2031\n\nNumber of Attendees: 9\nMeeting Start Time: 7:02\nMeeting End Time: 7:48\n\n\n"
    "7:02 - Start\n\n7:03 - Reading of minutes\n\n7:06 - Orchard update\n- two pear trees planted\n"
    "  - more in the spring\n\n7:20 - Members voted to fund a new bench\n\n7:41 - Late item\n\n7:48 - End\n"
)
_TIMED_HALF = (
    "Elm Hollow Garden Club\nApril 7, 2031\n\n6:30 pm Welcome and apologies\n6:40pm Treasurer's report\n"
    "* balance is $1,240\n6:55 p.m. – Plant sale\n* date set for May 3\n7:30 pm Close\n"
)


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        (_TIMED_DASH, "inline.md", ["Start", "Reading of minutes", "Orchard update", "Members voted to fund a new bench",
                                    "Late item", "End"]),
        (_TIMED_HALF, "inline.txt", ["Welcome and apologies", "Treasurer's report", "Plant sale", "Close"]),
        # A twelve-hour clock without "pm" goes on past noon.
        ("Elm Hollow Garden Club\nApril 7, 2031\n\n11:50 - Coffee\n12:05 - Talks\n1:10 - Lunch\n", "inline.txt",
         ["Coffee", "Talks", "Lunch"]),
    ],
)
def test_timed_log_entries_are_the_items(make_document, text, name, titles):
    assert _items(make_document, text, name=name) == [(None, title) for title in titles]


def test_timed_log_keeps_its_bullets_under_the_entry(make_document):
    from minutebook.extract.items import split_sections

    document = make_document(_TIMED_DASH, name="inline.md")
    sections = {section.item.title: [line.text.strip() for line in section.lines if line.text.strip()]
                for section in split_sections(document, extract_items(document)) if section.item}
    assert "- two pear trees planted" in sections["Orchard update"]
    assert "- more in the spring" in sections["Orchard update"]


@pytest.mark.parametrize(
    ("lines", "not_an_item"),
    [
        # A timetable of ranges, not a log: the title after the dash is the range's end, no word.
        ("7:15 - 7:45 Break\n7:45 - 8:15 Talks\n8:15 - 8:45 Lunch\n", "7:45 Break"),
        # Minute numbers written with a dot and a dash: numbered items, never timed ones.
        ("12.01 - Apologies\n12.02 - Minutes of the last meeting\n12.03 - Planning\n", None),
        # Times that go back: a list of opening hours, not a log.
        ("9:00 - Library opens\n7:00 - Pool opens\n8:00 - Gym opens\n", "Library opens"),
    ],
)
def test_times_that_are_no_log_make_no_timed_items(make_document, lines, not_an_item):
    text = f"Elm Hollow Parish Council\nMinutes of the meeting held on 4 March 2031\n\n{lines}"
    items = _items(make_document, text)
    if not_an_item is not None:
        assert not_an_item not in [title for _, title in items]
    else:
        assert not any(number is None for number, _ in items)  # whatever else, none is a timed entry


@pytest.mark.parametrize(
    "register", ["Aldermen Ada Quell, Bo Ferrin and Cy Pettow", "In attendance: Ada Quell, Bo Ferrin, Cy Pettow"]
)
def test_a_roll_call_run_in_with_any_members_word_or_attendance_label(make_document, register):
    # the roll call's register is known by the attendance labels and the shared words for a body's members
    text = (
        "CITY OF HARLOW BEND\nREGULAR MEETING\nMarch 3, 2031\n"
        "CALL TO ORDER\nMayor Ivo Sand called the meeting to order at 7:00 P.M.\n"
        f"ROLL CALL – {register}\n"
        "PUBLIC HEARING\nThe Mayor opened the hearing and no one spoke.\n"
    )
    items = _items(make_document, text)
    assert items[:2] == [(None, "CALL TO ORDER"), (None, "ROLL CALL")]
    assert not any("Quell" in title for _, title in items)


def test_a_sentence_about_the_roll_call_is_no_item(make_document):
    # look-alike: "Roll Call was taken …" is a sentence under an item
    text = (
        "CITY OF HARLOW BEND\nREGULAR MEETING\nMarch 3, 2031\n"
        "CALL TO ORDER\nMayor Ivo Sand called the meeting to order at 7:00 P.M.\nRoll Call was taken by the clerk.\n"
        "PUBLIC HEARING\nThe Mayor opened the hearing and no one spoke.\n"
    )
    assert _items(make_document, text) == [(None, "CALL TO ORDER"), (None, "PUBLIC HEARING")]


@pytest.mark.parametrize("gap", ["", "\n"])
def test_short_numbered_titles_over_notes_in_small_letters(make_document, gap):
    # A society's or group's minutes: a short numbered title, its notes under it in small letters, with or without a
    # blank line between. Near miss: a line stopping on a joining word ("… arising from the") is cut by a line break.
    text = (
        "Elm Society Meeting Minutes\nThursday, March 9, 2031\n\n"
        f"1. Newsletter\n{gap}more info wanted for the spring issue\n{gap}"
        f"2. Boat trip\n{gap}bo is looking into it\n{gap}ann has the leaflets\n{gap}"
        f"3. Matters arising from the\nlast meeting were discussed.\n{gap}"
        f"4. Games\n{gap}more games wanted\n"
        "5. Minutes approved\nunanimously by those present.\n"
    )
    # (and a title that ends on its outcome, "5. Minutes approved" / "unanimously …", runs on too)
    assert _items(make_document, text) == [("1", "Newsletter"), ("2", "Boat trip"), ("4", "Games")]
