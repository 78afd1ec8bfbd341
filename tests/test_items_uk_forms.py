"""Item forms of UK and Irish minutes: web-page rows numbered above their titles, and more.

Every document here is invented; each form is written in at least two ways, with a near miss beside it.
"""

from __future__ import annotations

import pytest

from minutebook.extract.items import extract_items


def _items(make_document, text, name="inline.txt"):
    return [(item.number, item.title) for item in extract_items(make_document(text, name=name))]


@pytest.mark.parametrize(
    ("first", "second"),
    [("1.", "2."), ("HMD.41.31", "HMD.42.31")],
)
def test_web_page_rows_numbered_above_their_titles(make_document, first, second):
    text = (
        "Agenda and minutes\n\nParish Forum - Tuesday, 4th March, 2031 7.00 pm\n\nItems\nNo. Item\n\n"
        f"{first}\n\nApologies for Absence.\n\nMinutes:\n\nApologies were received from Councillor Quillfeather.\n\n"
        f"{second}\n\nMINUTES pdf icon PDF 41 KB\n\nHarrowgate Forum 4 February 2031\n\nAdditional documents:\n\n"
        "Minutes:\n\nThe Minutes were approved as a correct record.\n"
    )
    assert _items(make_document, text) == [
        (first.rstrip("."), "Apologies for Absence"), (second.rstrip("."), "MINUTES"),
    ]


def test_a_figure_alone_inside_a_row_is_no_row_number(make_document):
    text = (
        "Items\nNo. Item\n\nWaste Strategy\n\nMinutes:\n\nThe officer set out two options:\n\n2.\n\n"
        "the second was preferred by members.\n\nVerbal Update on Flooding\n\nMinutes:\n\nNoted.\n"
    )
    assert _items(make_document, text) == [(None, "Waste Strategy"), (None, "Verbal Update on Flooding")]


_PARISH = (
    "Minutes of Harrowgate Parish Council held on 13 May 2031 at the Village Hall\n\n"
    "Present: Cllr Petra Quillfeather (Chair), Cllr Ben Reed, Cllr Cara Ford\n\n"
)


@pytest.mark.parametrize(
    "numbers",
    [("1/05/31", "2/05/31", "2.1/05/31", "3/05/31"), ("1.5/31E", "2.5/31E", "2.6/31E", "3.5/31E"),
     ("41a/31", "41b/31", "41c/31", "42a/31")],
)
def test_serials_dated_to_the_meeting(make_document, numbers):
    first, second, part, third = numbers
    text = _PARISH + (
        f"{first} APOLOGIES FOR ABSENCE\nApologies were received from Cllr Dane.\n\n"
        f"{second} PLANNING MATTERS\nNo applications had been received.\n\n"
        f"{part} Decisions made since the last meeting\nNone were reported.\n\n"
        f"{third} CORRESPONDENCE\nA letter from the county was noted.\n"
    )
    assert _items(make_document, text) == [
        (first, "APOLOGIES FOR ABSENCE"), (second, "PLANNING MATTERS"),
        (part, "Decisions made since the last meeting"), (third, "CORRESPONDENCE"),
    ]


@pytest.mark.parametrize("rows", [
    "6/06/31 Finance Working Group\n8/06/31 Planning Committee\n9/06/31 Full Council\n",
    "3/05/32 Annual Parish Meeting\n4/05/32 Annual Council Meeting\n",
])
def test_dates_of_other_months_are_no_dated_serials(make_document, rows):
    text = _PARISH + (
        "1. Apologies\nNone.\n\n2. Dates of meetings\nThe following dates were noted:\n" + rows
        + "\n3. Close\nThe meeting closed at 9pm.\n"
    )
    assert _items(make_document, text) == [("1", "Apologies"), ("2", "Dates of meetings"), ("3", "Close")]


def test_a_list_of_dates_is_no_run_of_dated_serials(make_document):
    text = _PARISH + (
        "1. Payments\nThe following payments were approved:\n"
        "12/04/31 Grass Cutting Contract\n19/04/31 Hall Hire\n26/04/31 Clerk Salary\n\n"
        "2. Correspondence\nNone.\n"
    )
    assert _items(make_document, text) == [("1", "Payments"), ("2", "Correspondence")]


@pytest.mark.parametrize("dash", [":-", ":–"])
def test_headings_ending_on_a_colon_and_a_dash(make_document, dash):
    text = _PARISH + (
        "4101. Apologies for absence: Cllr Dane.\n\n"
        f"4102. To approve the list of payments{dash}\nHall Hire - £40.00 (cheque 100426)\n"
        "Clerk's Salary - £300.00 (cheque 100427)\nAll approved for payment.\n\n"
        f"4103. To comment on planning applications{dash}\nMill House, Harrowgate – rear extension. Approval recommended.\n\n"
        f"4104. Reports from Committees{dash} Finance. The budget was reviewed and agreed.\n"
    )
    assert _items(make_document, text) == [
        ("4101", "Apologies for absence"), ("4102", "To approve the list of payments"),
        ("4103", "To comment on planning applications"), ("4104", "Reports from Committees"),
    ]


def test_a_sentence_before_a_colon_and_a_dash_is_no_title(make_document):
    text = _PARISH + (
        "4101. Apologies for absence: Cllr Dane.\n\n"
        "4102. It was agreed by all members present:- the hall would be hired for the autumn.\n\n"
        "4103. Correspondence: none.\n"
    )
    assert ("4102", "It was agreed by all members present") not in _items(make_document, text)


@pytest.mark.parametrize("zero", [".0", ""])
def test_items_numbered_whole_over_their_first_sub_item(make_document, zero):
    text = _PARISH + (
        f"1{zero} Apologies for Absence\nNone received.\n\n"
        f"2{zero} Interests and Dispensations\n2.1 To note any interests in items on the agenda\nNone.\n\n"
        f"3{zero} To Hear Reports from:-\n3.1 Ward Councillor Mr Tobias Fenwick\nHis report was noted.\n"
        "3.2 Police\nNo report.\n"
    )
    assert _items(make_document, text) == [
        (f"1{zero}", "Apologies for Absence"), (f"2{zero}", "Interests and Dispensations"),
        ("2.1", "To note any interests in items on the agenda"), (f"3{zero}", "To Hear Reports from"),
        ("3.1", "Ward Councillor Mr Tobias Fenwick"), ("3.2", "Police"),
    ]


def test_a_run_of_numbered_lines_with_nothing_between_stays_a_list(make_document):
    text = _PARISH + "5.0 Correspondence\nThe following was received:\n6.0 Letter from the county\n7.0 Letter from the school\n"
    assert ("6.0", "Letter from the county") not in _items(make_document, text)


@pytest.mark.parametrize(
    ("first", "fourth"),
    [("1.", "4."), ("1.0", "4.0")],
)
def test_an_agenda_wording_run_in_with_its_minutes_after_a_colon(make_document, first, fourth):
    text = _PARISH + (
        f"{first} Welcome, Attendance, Online Meeting Manners and Apologies for Absence: to note who attended.\n"
        f"{first.replace('1', '2', 1)} Vacancies on the council: one seat remains open.\n"
        f"{first.replace('1', '3', 1)} Approve the minutes: proposed by Ben, seconded by Cara.\n"
        f"{fourth} Finance statement and list of every payment made since the last meeting or still due: "
        "Ben reported a balance of £512.40.\n"
    )
    number = lambda n: n.rstrip(".")  # noqa: E731
    assert _items(make_document, text) == [
        (number(first), "Welcome, Attendance, Online Meeting Manners and Apologies for Absence"),
        (number(first.replace("1", "2", 1)), "Vacancies on the council"),
        (number(first.replace("1", "3", 1)), "Approve the minutes"),
        (number(fourth), "Finance statement and list of every payment made since the last meeting or still due"),
    ]


def test_a_long_sentence_before_a_colon_is_no_run_in_title(make_document):
    text = _PARISH + (
        "1. Apologies: Cllr Dane.\n"
        "2. The Clerk reported that the grass cutting contract for the playing field had been renewed: the cost rose.\n"
        "3. Correspondence: none.\n"
    )
    titles = [title for _, title in _items(make_document, text)]
    assert "The Clerk reported that the grass cutting contract for the playing field had been renewed" not in titles


@pytest.mark.parametrize("opening", [
    "Following a long discussion among the members about the price of road salt and the winter season",
    "Upon review of the quotations received from local contractors for the repair of the bus shelter",
])
def test_a_clause_opening_minutes_before_a_colon_is_no_run_in_title(make_document, opening):
    text = _PARISH + f"1. Apologies: Cllr Dane.\n2. {opening}: no action was taken.\n3. Correspondence: none.\n"
    assert ("2", opening) not in _items(make_document, text)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Declarations of Interest", "Members are asked to state any interests.\n\nCllr Quillfeather declared an interest in item 6.\n"),
        (
            "MINUTES OF THE PLANNING COMMITTEE HELD ON: 3 March 2031; 17 March 2031",
            "To receive the minutes.\n\nMinutes:\n\nAGREED that:\n\n1.    The minutes of 3 March 2031 be amended;\n\n"
            "2.    The minutes be confirmed as a true record.\n\nSupporting documents:\n",
        ),
    ],
)
def test_a_web_page_holding_one_agenda_item(make_document, title, body):
    text = f"Agenda item\n\n{title}\n\n{body}"
    assert _items(make_document, text) == [(None, title)]


def test_a_sentence_under_an_agenda_item_banner_is_no_title(make_document):
    text = (
        "Agenda item\n\nThe Chair welcomed members to the Harrowgate Forum.\n\n"
        "1. Apologies\nNone.\n\n2. Minutes\nThe minutes were approved.\n"
    )
    assert _items(make_document, text) == [("1", "Apologies"), ("2", "Minutes")]


@pytest.mark.parametrize(("ceremony", "later"), [("Votes of Sympathy", "Open Forum."), ("**Prayers**", "Adjournment of Meeting")])
def test_ceremonies_set_as_unnumbered_headings_among_numbered_business(make_document, ceremony, later):
    text = (
        "MINUTES OF THE MEETING OF THE MUNICIPAL DISTRICT OF HARROWGATE HELD ON MONDAY 13 MAY 2031\n\n"
        "Present: Councillors Quillfeather, Reed and Ford.\n\n"
        f"{ceremony}\n\nSympathy was extended to the family of the late Mr Tobias Fenwick.\n\n"
        "1. Election of Cathaoirleach\n\nCllr Quillfeather was elected.\n\n"
        f"{later}\n\nA resident asked about the footpath.\n\n"
        "2. Schedule of Meetings\n\nThe schedule was agreed.\n"
    )
    assert _items(make_document, text) == [
        (None, ceremony.strip("*")), ("1", "Election of Cathaoirleach"), (None, later.rstrip(".")),
        ("2", "Schedule of Meetings"),
    ]


@pytest.mark.parametrize(("heading", "sub"), [
    ("31/41 Public Participation", "Open Forum"), ("31/41 Planning Applications", "Votes of Sympathy"),
    ("31/41 Extensions of Time", "Extension of Time"),
])
def test_a_ceremony_line_under_a_numbered_heading_is_no_item(make_document, heading, sub):
    text = _PARISH + (
        "31/40 Apologies for absence\nApologies were received from Cllr Amos Feld.\n\n"
        f"{heading}\n{sub}\nTwo residents raised the condition of the footpath by the brook.\n\n"
        "31/42 Finance\nThe payments were approved.\n"
    )
    assert [number for number, _ in _items(make_document, text)] == ["31/40", "31/41", "31/42"]


def test_open_forum_inside_public_questions_is_no_item(make_document):
    text = _PARISH + (
        "1. Public Questions\nNo questions had been sent in.\nOpen Forum\nA resident asked about the bus stop.\n\n"
        "2. Finance\nThe payments were approved.\n"
    )
    assert [number for number, _ in _items(make_document, text)] == ["1", "2"]


def test_a_paragraph_opening_with_a_ceremony_is_no_heading(make_document):
    text = (
        "Minutes of Harrowgate Parish Council\n\nPresent: Cllr Petra Quillfeather (Chair)\n\n"
        "1. Apologies\nNone.\n\nVotes of sympathy were passed to the family of Mr Fenwick.\n\n"
        "2. Finance\nThe payments were approved.\n\nThe prayers of the meeting\n\n3. Planning\nNo applications.\n"
    )
    assert [number for number, _ in _items(make_document, text)] == ["1", "2", "3"]


@pytest.mark.parametrize("intro", ["The Council noted the statement and RESOLVED to approve:", "It was AGREED that:-"])
def test_the_numbered_parts_of_a_decision_are_no_sub_items(make_document, intro):
    text = _PARISH + (
        "1. Apologies\nNone.\n\n"
        f"2. Finance\n{intro}\n"
        "1. The bank statement for May with a balance of £812.50.\n"
        "2. The payments on the schedule totalling £96.00.\n"
        "3. The Finance Committee to meet on 3 June 2031.\n\n"
        "3. Planning\nNo applications.\n"
    )
    assert _items(make_document, text) == [("1", "Apologies"), ("2", "Finance"), ("3", "Planning")]


def test_numbered_headings_under_an_item_stay_its_sub_items(make_document):
    text = _PARISH + (
        "1. Apologies\nNone.\n\n"
        "2. Reports\nThe following reports were received:\n"
        "2.1 County Councillor\nThe report was noted.\n\n2.2 Police\nNo crimes were reported.\n\n"
        "3. Planning\nNo applications.\n"
    )
    assert ("2.1", "County Councillor") in _items(make_document, text)


@pytest.mark.parametrize("first", [2841, 23456])
def test_minute_numbers_run_on_from_meeting_to_meeting_before_capitals_titles(make_document, first):
    text = _PARISH + (
        f"{first} CHAIR’S NEWS\nThe chair had attended the village fete.\n\n"
        f"{first + 1} HIGHWAYS MATTERS\nThe clerk read the list of potholes.\n\n"
        f"{first + 2} PLANNING\nNo applications had been received.\n"
    )
    assert _items(make_document, text) == [
        (str(first), "CHAIR’S NEWS"), (str(first + 1), "HIGHWAYS MATTERS"), (str(first + 2), "PLANNING"),
    ]


@pytest.mark.parametrize(("rows", "closing"), [
    ("10234 HARROWGATE ELECTRIC COOP\n10235 QUILL SUPPLY CO\n10236 TANSY FUEL & OIL\n", "ASHBY HALL HIRE LTD"),
    ("12450 MILL ROAD\n12452 MILL ROAD\n", "BRACKEN FARM INC"),
])
def test_a_register_or_address_list_in_minutes_numbered_one_two_three(make_document, rows, closing):
    text = (
        "Harrowgate Township Board of Supervisors\nMinutes of the Regular Meeting\nMarch 4, 2031\n\n"
        "1. Call to Order\nThe meeting was called to order at 7:00 p.m.\n\n"
        f"2. Approval of Bills\nThe following were presented:\n{rows}20817 {closing}\n"
        "Motion by Supervisor Orrin, second by Supervisor Tansy to pay the bills. Motion carried.\n\n"
        "3. Adjournment\nThe meeting adjourned at 8:10 p.m.\n"
    )
    assert [number for number, _ in _items(make_document, text)] == ["1", "2", "3"]


@pytest.mark.parametrize("title", ["MILL ROAD", "QUILL SUPPLY CO"])
def test_a_firm_or_street_is_no_running_minute_title(make_document, title):
    text = _PARISH + (
        f"2841 CHAIR’S NEWS\nThe chair had attended the village fete.\n\n2842 {title}\nA letter was read.\n\n"
        "2843 PLANNING\nNo applications had been received.\n"
    )
    assert [number for number, _ in _items(make_document, text)] == ["2841", "2843"]


def test_a_lone_number_before_capitals_is_no_running_minute(make_document):
    text = _PARISH + (
        "1. Finance\nThe accounts were approved.\n\n12345 GRAND TOTAL\n\n"
        "2. Planning\nNo applications.\n\n2031 ANNUAL PARISH MEETING\nTo be held in May.\n"
    )
    numbers = [number for number, _ in _items(make_document, text)]
    assert "12345" not in numbers and "2031" not in numbers


@pytest.mark.parametrize("numbers", [("31/165", "31/166", "31/167"), ("17b/31", "17c/31", "18/31")])
def test_a_minute_reference_before_a_long_run_in_title(make_document, numbers):
    first, second, third = numbers
    text = _PARISH + (
        f"{first} Apologies: None received.\n\n"
        f"{second} Approval of the minutes of the meetings held on 2nd March and 16th March 2031: Signed.\n\n"
        f"{third} Finance: The balances were checked.\n"
    )
    assert _items(make_document, text) == [
        (first, "Apologies"), (second, "Approval of the minutes of the meetings held on 2nd March and 16th March 2031"),
        (third, "Finance"),
    ]


def test_a_payments_list_dated_by_month_is_no_run_of_serials(make_document):
    text = _PARISH + (
        "1. Payments\nThe following were approved:\n"
        "01/05/31 Payroll for January\n02/05/31 Payroll for February\n"
        "1/05/31 Hall Hire £40.00\n2/05/31 Hall Hire £40.00\n\n"
        "2. Correspondence\nNone.\n"
    )
    assert _items(make_document, text) == [("1", "Payments"), ("2", "Correspondence")]


@pytest.mark.parametrize("number", ["40.", "12."])
def test_a_web_page_row_titled_minutes(make_document, number):
    text = (
        "Items\nNo. Item\n\n39.\n\nDeclarations of Interest\n\nMinutes:\n\nThere were none.\n\n"
        f"{number}\n\nMinutes\n\n(a)  To confirm the notes of the meeting on 9th February 2031\n\n(b)  Matters arising\n\n"
        "Minutes:\n\nThe minutes were agreed and signed.\n\n"
        "41.\n\nExclusion of the Public\n\nMinutes:\n\nRESOLVED that the public be excluded.\n"
    )
    assert [(n, t) for n, t in _items(make_document, text)] == [
        ("39", "Declarations of Interest"), (number.rstrip("."), "Minutes"), ("41", "Exclusion of the Public"),
    ]


def test_a_minutes_label_without_a_number_above_stays_a_label(make_document):
    text = (
        "Items\nNo. Item\n\nWaste Strategy\n\nMinutes\n\nThe officer outlined the strategy.\n\n"
        "Verbal Update on Flooding\n\nMinutes\n\nNoted.\n"
    )
    assert _items(make_document, text) == [(None, "Waste Strategy"), (None, "Verbal Update on Flooding")]


@pytest.mark.parametrize(("first", "second", "third"), [("31/165", "31/166", "31/167"), ("1.5/31E", "2.5/31E", "3.5/31E")])
def test_a_minute_reference_carries_a_long_sentence_case_wording(make_document, first, second, third):
    text = _PARISH + (
        f"{first} To open the meeting\nThe meeting opened at 7.05pm.\n"
        f"{second} Under the code of conduct of 2031, to record any interests of members\nNone were declared.\n"
        f"{third} The clerk reported that the hedge on the green was cut back in May\nNoted.\n"
    )
    assert _items(make_document, text) == [
        (first, "To open the meeting"),
        (second, "Under the code of conduct of 2031, to record any interests of members"),
    ]


@pytest.mark.parametrize(("apologies", "finance"), [("Apologies (31/78)", "Finance (Minute 31/79)"),
                                                    ("Apologies Ref 31/078", "Finance. Ref. 31/079")])
def test_a_minute_reference_after_the_title_is_no_part_of_it(make_document, apologies, finance):
    text = _PARISH + f"1. {apologies}\nNone.\n\n2. {finance}\nThe payments were approved.\n"
    assert _items(make_document, text) == [("1", "Apologies"), ("2", "Finance")]


@pytest.mark.parametrize("title", ["Budget (2031/32)", "Precept (2031/2032)", "Insurance Ref 2031/2032"])
def test_a_bracketed_year_range_stays_in_the_title(make_document, title):
    text = _PARISH + f"1. Apologies\nNone.\n\n2. {title}\nThe budget was set.\n"
    assert ("2", title) in _items(make_document, text)


def test_a_minute_reference_in_brackets_still_leaves_the_title(make_document):
    text = _PARISH + "1. Apologies\nNone.\n\n2. Precept (Minute 31/2032)\nThe precept was set.\n"
    assert ("2", "Precept") in _items(make_document, text)


@pytest.mark.parametrize("note", ["To receive any apologies for absence.", "To note the substitutes named."])
def test_a_web_page_row_drops_the_agendas_note_after_its_title(make_document, note):
    text = (
        "No. | Item |\n---|---|\n"
        f"Apologies {note} Minutes: Apologies were received from Cllr Quillfeather. |\n|\n"
        "Proposal To Close Mill Lane To consider the report. Minutes: The closure was approved. |\n"
    )
    assert _items(make_document, text) == [(None, "Apologies"), (None, "Proposal To Close Mill Lane")]


_ANNUAL = (
    "Minutes of Brackenfold Parish Council Annual Meeting held in the Village Hall on Wednesday 14 May 2031\n\n"
    "Present: Cllr Petra Quillfeather (Chair), Cllr Amos Feld, Cllr Jonah Reed\n\n"
)


@pytest.mark.parametrize(
    ("first", "second"),
    [("Internal Audit", "Adoption of Annual Accounts"), ("Grass Cutting - Mowing Contract", "Co-option of Parish Councillor")],
)
def test_title_case_headings_standing_alone_among_numbered_items(make_document, first, second):
    """"Internal Audit" alone over its paragraph after "2. Matters Arising": an item with no number among numbered ones."""
    text = _ANNUAL + (
        "1. Minutes of the last Meeting:\n\nCllr Feld proposed acceptance, seconded by Cllr Reed.\n\n"
        "2. Matters Arising:\n\nThe Clerk reported that the bench had been repaired.\n\n"
        f"{first}\n\nThe Clerk informed the meeting that the audit had taken place and all was in order.\n\n"
        f"{second}\n\nCllr Reed proposed acceptance seconded by Cllr Feld. Agreed\n\n"
        "3. Planning:\n\nNo applications had been received.\n"
    )
    assert _items(make_document, text, name="annual.md") == [
        ("1", "Minutes of the last Meeting"), ("2", "Matters Arising"), (None, first), (None, second), ("3", "Planning"),
    ]


def test_title_case_headings_in_printed_layout_among_numbered_items(make_document):
    """The same in text keeping its printed layout: the heading at the margin, its paragraph's first line indented."""
    text = (
        "                 BRACKENFOLD PARISH COUNCIL\n\n"
        "1. Apologies\n"
        "      Apologies were received from Cllr Amos Feld and Cllr Jonah Reed.\n\n"
        "2. Reports\n"
        "      The Chair gave the following report on the year.\n\n"
        "Playing Field Fence\n"
        "      The fence along the brook was replaced in March at a cost of four hundred pounds.\n\n"
        "Village Hall Grant\n"
        "      A grant was awarded to the hall committee towards the new kitchen.\n\n"
        "3. Finance\n"
        "      The payments were approved.\n"
    )
    assert _items(make_document, text, name="layout.txt") == [
        ("1", "Apologies"), ("2", "Reports"), (None, "Playing Field Fence"), (None, "Village Hall Grant"), ("3", "Finance"),
    ]


def test_list_entries_decisions_and_names_among_numbered_items_are_no_headings(make_document):
    """A correspondence list ("Wexmoor Link Magazine" over "Village Hall Trust Newsletter"), a planning decision over
    the applications it lists, a single topic word, a quotation's first line after "as follows:", an opener running
    on into its list ("RESOLVED to") and a name are not items."""
    text = _ANNUAL + (
        "1. Correspondence:\n\nThe following had been received.\n\n"
        "Wexmoor Link Magazine\n\nVillage Hall Trust Newsletter\n\nCounty Council Highways Bulletin\n\n"
        "2. Planning:\n\nThe Council considered the applications.\n\n"
        "Approved by the Borough\n\nGrant of Planning Permission - Extension to dwelling at Mill Lane\n\n"
        "Support\n\nThe Council supported the application for a garage at Brook Farm.\n\n"
        "Cyclists\n\nRiders were asked to use lights on the lane after dark.\n\n"
        "Members considered the report.\n\nRESOLVED to\n\napprove the new lamp for the lane by the brook.\n\n"
        "3. Finance:\n\nThe payments were approved. The wording of the plaque was agreed as follows:\n\n"
        "Centenary of the Mill Bridge\n\nThis bridge was rebuilt by the people of the parish in the spring of 1931.\n\n"
        "Mrs Petra Quillfeather\n\nChair of the Council, 11 June 2031.\n"
    )
    assert [number for number, _ in _items(make_document, text, name="near.md")] == ["1", "2", "3"]


@pytest.mark.parametrize(
    ("reference", "site"),
    [("31/0412", "Elm Court, Ashby - Listed building consent for two dwellings."),
     ("30/1187", "Land at Mill Lane - Erection of a garage.")],
)
def test_a_planning_applications_reference_under_the_planning_item_is_no_item(make_document, reference, site):
    text = (
        "Ashby Parish Council\n3rd March 2031\nPresent\nCouncillors A Lee (Chair), B Moss\n"
        "31.03.4 Matters Arising\nNone\n31.03.5 Planning Application\n"
        f"{reference} - {site}\nIt was resolved to support this application. Clerk to e-mail the planners.\n"
        "31.03.6 Bonfire\nThe bonfire will be held on the 5th.\n"
    )
    assert _items(make_document, text) == [
        ("31.03.4", "Matters Arising"), ("31.03.5", "Planning Application"), ("31.03.6", "Bonfire"),
    ]


def test_minutes_numbered_in_the_years_run_are_still_items(make_document):
    # The near miss: a minute's number and the year it runs in ("44/2031"), or a short serial after the year.
    text = (
        "Minutes of the meeting held on 3 March 2031\n44/2031 Apologies\nNone.\n45/2031 Planning\n"
        "No applications.\n46/2031 Highways\nThe potholes were reported.\n"
    )
    assert [number for number, _ in _items(make_document, text)] == ["44/2031", "45/2031", "46/2031"]


@pytest.mark.parametrize("slip", ["31.3.10", "31.3.1"])
def test_a_dated_minute_number_with_the_months_nought_dropped_stays_in_its_run(make_document, slip):
    text = (
        "Ashby Parish Council - 4th March 2031\nPresent\nCouncillors A Lee (Chair), B Moss\n"
        "31.03.8 External Audit\nThe form was completed.\n31.03.9 Village Greens Survey\nIt was resolved to decline.\n"
        f"{slip} Review of Asset Register\nThe register had been e-mailed to Councillors and it was resolved to adopt.\n"
        "31.03.12 Finance\nCheques were signed.\n"
    )
    assert [number for number, _ in _items(make_document, text)] == ["31.03.8", "31.03.9", slip, "31.03.12"]


def test_a_third_level_outline_number_is_no_dated_minute(make_document):
    # The near miss: no minute of the run is dated "12.03.", so "12.3.4" is an outline's paragraph.
    text = (
        "Minutes of the meeting held on 4 March 2031\n12. Finance\nThe accounts were received.\n"
        "12.3.4 Fencing quotes were compared.\n13. Any Other Business\nNone.\n"
    )
    assert [number for number, _ in _items(make_document, text)] == ["12", "13"]


def test_an_application_under_a_plainly_numbered_planning_item_keeps_its_line(make_document):
    # The near miss: with no minute dated "31.MM.N" about it, the application's line stays the item it was.
    text = "7. Planning\n\n31/0412 Garage at 2 Mill Lane, Ashby\n\nNo comment.\n\n8. Close\n\nClosed at 9.\n"
    assert ("31/0412", "Garage at 2 Mill Lane, Ashby") in _items(make_document, text)
