"""Number forms of items: dated minute numbers alone on their line, file numbers beside agenda numbers, house numbers.

Every document here is invented; each form is written in at least two ways.
"""

from __future__ import annotations

import pytest

from minutebook.extract.items import extract_items
from minutebook.extract.numbering import read_label


def _items(make_document, text, name="inline.txt"):
    return [(item.number, item.title) for item in extract_items(make_document(text, name=name))]


_HEAD = (
    "Minutes of Hollin Parish Council\nMeeting held 13 May 2031 at the Village Hall, 14 Station Road\n\n"
    "Present: Cllr A Moss (Chair), Cllr B Reed, Cllr C Ford\n\n"
)


@pytest.mark.parametrize("prefix", ["05.31", "3105"])
def test_dated_minute_numbers_alone_with_the_title_below(make_document, prefix):
    text = _HEAD + (
        f"{prefix}.17\nApologies\nApologies were received from Cllr Dane.\n\n"
        f"{prefix}.18\nFinance\n{prefix}.18.1 The bank reconciliation was checked and signed by the Chair.\n"
        f"{prefix}.18.2 The payments in the schedule were approved.\n\n"
        f"{prefix}.19\nPlanning\nNo objection to the extension at Orchard House.\n"
    )
    assert _items(make_document, text) == [
        (f"{prefix}.17", "Apologies"), (f"{prefix}.18", "Finance"), (f"{prefix}.19", "Planning"),
    ]


@pytest.mark.parametrize("line", ["10.09.31", "2031.05"])
def test_a_date_alone_is_no_label_run(make_document, line):
    assert read_label(line) is not None
    text = f"Hollin Village Hall Committee\n{line}\n\nPresent: Ann Moss, Ben Reed\n\nThe hall roof was discussed.\n"
    assert _items(make_document, text) == []


_REPORT = (
    "City of Rowan Falls\nCity Council\nMeeting Report\nTuesday, March 1, 2031 6:00 PM\n\n"
    "Present: 5 - Mayor Vale, Councilmember Lee, Councilmember Hart, Councilmember Moss, Councilmember Ford\n\n"
    "{a}\nA motion was made by Councilmember Lee, seconded by Councilmember Hart, that this be Approved.\n\n"
    "{b}\nA motion was made by Councilmember Moss, seconded by Councilmember Ford, that this be Adopted.\n\n"
    "{c}\nA motion was made by Councilmember Hart, seconded by Councilmember Lee, that this be Introduced.\n"
)
_TITLES = [
    "Approval of the Minutes of the Regular Meeting of February 15, 2031",
    "Resolution Authorizing the Purchase of a Street Sweeper",
    "Ordinance Amending the Parking Code",
]


@pytest.mark.parametrize("form", ["{file} {n}. {title}", "{n}. {file} {title}"])
def test_file_numbers_beside_agenda_numbers(make_document, form):
    files = ["31-0073", "31-0074", "31-0080A"]
    lines = [form.format(file=f, n=n, title=t) for n, (f, t) in enumerate(zip(files, _TITLES, strict=True), 1)]
    text = _REPORT.format(a=lines[0], b=lines[1], c=lines[2])
    assert _items(make_document, text) == [(str(n), title) for n, title in enumerate(_TITLES, 1)]


@pytest.mark.parametrize(
    ("form", "numbers"),
    [("3.{n} {file} {title}", ["3.1", "3.2", "3.3"]), ("{file} 3.{n} {title}", ["3.1", "3.2", "3.3"]),
     ("{letter}. {file} {title}", ["3A", "3B", "3C"])],
)
def test_file_numbers_beside_sub_item_numbers(make_document, form, numbers):
    files = ["31-0073", "31-0074", "31-0080A"]
    titles = ["Approval of the Minutes of the Regular Meeting", *_TITLES[1:]]
    lines = [form.format(file=f, n=n, letter="ABC"[n - 1], title=t) for n, (f, t) in enumerate(zip(files, titles, strict=True), 1)]
    text = _REPORT.format(a="3. CONSENT CALENDAR\n\n" + lines[0], b=lines[1], c=lines[2])
    assert _items(make_document, text)[1:] == list(zip(numbers, titles, strict=True))


@pytest.mark.parametrize(
    "address",
    ["215 Main Street", "8 N. Elm Ave., Bracken, VT 05001", "12 School Street, Bracken", "7 Mill Street Upper",
     "50 Hill Farm, Mill Road, Bracken", "125 Elm Park, Bracken", "701 E. BROADWAY, BRACKEN, VERMONT",
     "40 W. Lakeview, Bracken"],
)
def test_a_house_number_in_the_heading_block_is_no_item(make_document, address):
    text = (
        f"TOWN OF BRACKEN\nBOARD OF SELECTMEN\n{address}\nMinutes of March 3, 2031\n\n"
        "Present: Chair Ann Vale, Selectmen Lee and Hart\n\n"
        "1. Call to Order\nThe Chair opened the meeting at 6:00 pm.\n\n2. Minutes\nThe minutes were approved.\n\n"
        "3. Highway Report\nThe road foreman reported on sanding.\n"
    )
    assert _items(make_document, text) == [("1", "Call to Order"), ("2", "Minutes"), ("3", "Highway Report")]


def test_a_numbered_item_about_a_street_stays(make_document):
    text = _HEAD + "1. Apologies\nNone.\n\n2. High Street\nThe parking bays were discussed.\n\n3. Finance\nApproved.\n"
    assert _items(make_document, text) == [("1", "Apologies"), ("2", "High Street"), ("3", "Finance")]


def test_a_numbered_item_naming_an_initial_stays(make_document):
    """Near miss for the compass-point address: an initial opens a title with no town after it."""
    text = _HEAD + "1. Apologies\nNone.\n\n2. E. Lane Memorial Bench\nThe plaque is ordered.\n\n3. Finance\nApproved.\n"
    assert _items(make_document, text) == [("1", "Apologies"), ("2", "E. Lane Memorial Bench"), ("3", "Finance")]


@pytest.mark.parametrize(
    ("lines", "numbers"),
    [
        (["45/31 APOLOGIES Apologies were received from Cllr D Lund.",
          "46/31 MINUTES RESOLVED that the minutes of the meeting held on 6 April be signed.",
          "47/31 PLAY AREA It was AGREED to repair the swings."], ["45/31", "46/31", "47/31"]),
        (["4. APOLOGIES Apologies were received from Cllr D Lund.",
          "5. MINUTES AGREED that the minutes of the meeting held on 6 April be signed.",
          "6. PLAY AREA IT WAS RESOLVED to repair the swings."], ["4", "5", "6"]),
    ],
)
def test_a_capitals_title_with_its_decision_run_in(make_document, lines, numbers):
    text = _HEAD + "\n\n".join(lines) + "\n"
    assert _items(make_document, text) == list(zip(numbers, ["APOLOGIES", "MINUTES", "PLAY AREA"], strict=True))


@pytest.mark.parametrize(("marks", "numbers"), [
    (("i.", "ii.", "iii."), ("31/50i", "31/50ii", "31/50iii")),
    (("i)", "ii)", "iii)"), ("31/50i", "31/50ii", "31/50iii")),
    (("(i)", "(ii)", "(iii)"), ("31/50 (i)", "31/50 (ii)", "31/50 (iii)")),
])
def test_sub_items_numbered_in_lower_case_roman(make_document, marks, numbers):
    first, second, third = marks
    text = _HEAD + (
        f"31/50 Finance\n{first} To approve payments\nThe payments as listed were approved.\n"
        f"{second} Bank reconciliation\nThe reconciliation for April was noted.\n"
        f"{third} Internal audit report\nThe report was received.\n\n31/51 Highways\nNothing to report.\n"
    )
    assert _items(make_document, text) == [
        ("31/50", "Finance"), (numbers[0], "To approve payments"), (numbers[1], "Bank reconciliation"),
        (numbers[2], "Internal audit report"), ("31/51", "Highways"),
    ]


def test_a_letter_after_h_stays_a_letter_and_a_decision_list_stays_text(make_document):
    letters = "".join(f"{letter}) {title}\nNoted.\n" for letter, title in zip(
        "abcdefghi", ("Bus shelter", "Bins", "Trees", "Drains", "Signs", "Verges", "Lights", "Seats", "Hedges")
    ))
    text = _HEAD + f"31/52 Parish matters\n{letters}\n31/53 Close\n"
    assert [number for number, _ in _items(make_document, text)][-2:] == ["31/52i", "31/53"]
    decided = _HEAD + (
        "31/54 Grants\nRESOLVED that:\ni. The Clerk writes to the hall committee\nii. The grant is paid in May\n\n"
        "31/55 Close\n"
    )
    assert _items(make_document, decided) == [("31/54", "Grants"), ("31/55", "Close")]


@pytest.mark.parametrize("ref", ["31/00478/HH", "DC/31/0456/FUL"])
def test_a_planning_reference_keeps_its_site_in_the_title(make_document, ref):
    text = _HEAD + (
        f"31/56 Planning\na) {ref} – Garage at The Old Forge. Members resolved to object on grounds of size.\n"
        "b) 31/00479/FUL – Extension at 4 Church Lane. No objection.\n\n31/57 Close\n"
    )
    assert _items(make_document, text)[1] == ("31/56a", f"{ref} – Garage at The Old Forge")


@pytest.mark.parametrize("lone", ["(i) Cost of insurance", "i. Cost of insurance"])
def test_a_lone_numeral_or_a_schedule_of_sums_is_no_run(make_document, lone):
    text = _HEAD + f"31/58 Questions\nThe reply listed:\n\n{lone}\n\nThe figures were given.\n\n31/59 Close\n"
    assert _items(make_document, text) == [("31/58", "Questions"), ("31/59", "Close")]
    schedule = _HEAD + (
        "31/60 Accounts\ni. Bank statement dated 1 May, Credit Balance £7,397.50\n"
        "ii. Bank statement dated 1 June, Credit Balance £7,410.20\n\n31/61 Close\n"
    )
    assert _items(make_document, schedule) == [("31/60", "Accounts"), ("31/61", "Close")]


_PARAGRAPHS = (
    "1. Election of Chair Ann Moss was elected unopposed and took the chair for the meeting.\n\n"
    "2. Apologies Apologies were received from Cllr Dane, who was away on holiday.\n\n"
    "3. Approval of Minutes The minutes of the meeting held on 4 March were confirmed as a true record.\n\n"
    "4. Accounts Accounts were presented and accepted for payment by all the members.\n\n"
)


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("2030 Annual Governance Statement", "Councillors were presented with a copy of the statement."),
        ("2030/31 Budget", "The clerk presented the draft budget for the coming year."),
    ],
)
def test_a_numbered_paragraph_whose_title_opens_with_a_year(make_document, title, sentence):
    text = _HEAD + _PARAGRAPHS + f"5. {title} {sentence}\n\n6. Planning No applications were received.\n"
    assert _items(make_document, text)[4:] == [("5", title), ("6", "Planning")]


def test_a_numbered_paragraph_opening_on_a_year_in_a_sentence_has_no_year_title(make_document):
    text = _HEAD + _PARAGRAPHS + "5. 2030 was a good year for the hall and the members thanked the clerk.\n\n"
    assert ("5", "2030 was a good year for the hall and the members thanked the clerk") not in _items(
        make_document, text
    )
    assert all(not title.startswith("2030") for _, title in _items(make_document, text))


_PARISH = "Minutes of Hollin Parish Council, 1 June 2031\n\nPresent: Ann Moss (AM) – Chair, Tom Reid (TR), Jo Hart (JH).\n\n"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "40/31 Apologies for absence Apologies had been received from Dee Vale who was at work. "
            "41/31 Declaration of Interest on agenda items No declarations were made. "
            "42/31 Use of social media and public contributions AM asked whether anyone would be recording the "
            "meeting. There was no response. 43/31 Minutes of the Parish Council meeting held on 3 May 2031",
            [("40/31", "Apologies for absence"), ("41/31", "Declaration of Interest on agenda items"),
             ("42/31", "Use of social media and public contributions"),
             ("43/31", "Minutes of the Parish Council meeting held on 3 May 2031")],
        ),
        (
            "12/30 Welcome Welcome was given by the chair to all present. 13/30 Declarations None. "
            "14/30 Minutes of the last meeting",
            [("12/30", "Welcome"), ("13/30", "Declarations"), ("14/30", "Minutes of the last meeting")],
        ),
    ],
)
def test_minute_references_run_together_in_one_paragraph(make_document, line, expected):
    text = _PARISH + line + "\n\nTR confirmed all had seen the minutes.\n\n"
    number = int(expected[-1][0].split("/")[0]) + 1
    year = expected[-1][0].split("/")[1]
    text += f"{number}/{year} Planning\n\nNo applications.\n"
    assert _items(make_document, text) == [*expected, (f"{number}/{year}", "Planning")]


def test_a_title_whose_first_word_comes_back_after_a_joining_word_keeps_it(make_document):
    text = _PARISH + (
        "40/31 Planning applications and Planning appeals. Two were received.\n\n41/31 Finance. The balance was noted.\n"
    )
    assert _items(make_document, text) == [("40/31", "Planning applications and Planning appeals"), ("41/31", "Finance")]


def test_lettered_parts_and_the_next_minute_run_together_in_one_paragraph(make_document):
    text = _PARISH + (
        "75/31 Clerk's Report\n\n"
        "a) Locum Clerk, Ann Vale – the Clerk recorded his thanks for her handover notes. b) Handyman – The Clerk "
        "met the handyman and toured the village. c) Spring Conference 24th May 2031 – The Clerk attended and heard "
        "several speakers. d) Internal Audit – The Clerk met the auditor twice. 76/31 Handyman's Report a) The Clerk "
        "presented the handyman's report. b) General – It was noted that the benches were painted. c) Speed sign - "
        "The extension piece has not been fitted. d) A parishioner raised concern about the grass in Mill Close.\n\n"
        "77/31 Police Report – PK reported a quiet month.\n"
    )
    assert _items(make_document, text) == [
        ("75/31", "Clerk's Report"), ("75/31a", "Locum Clerk, Ann Vale"), ("75/31b", "Handyman"),
        ("75/31c", "Spring Conference 24th May 2031"), ("75/31d", "Internal Audit"), ("76/31", "Handyman's Report"),
        ("76/31b", "General"), ("76/31c", "Speed sign"), ("77/31", "Police Report"),
    ]


def test_lettered_parts_run_together_under_a_plain_number(make_document):
    text = _PARISH + (
        "5. Policies\n\na) Reporting Policy - The policy was adopted in June and needs no change. "
        "b) Travel & Expenses Policy – The Chair reported the sections she had added.\n\n"
        "6. Close\n\nThe meeting closed at 9 pm.\n"
    )
    assert _items(make_document, text) == [
        ("5", "Policies"), ("5a", "Reporting Policy"), ("5b", "Travel & Expenses Policy"), ("6", "Close"),
    ]


@pytest.mark.parametrize(
    "rest",
    ["c) Verges – The verges were cut in May.", "b) the list was long and the clerk will reply."],
)
def test_a_later_letter_out_of_turn_or_in_lower_case_does_not_cut_the_paragraph(make_document, rest):
    text = _PARISH + (
        f"5. Highways\n\na) Roads – The surveyor sent a list of potholes. {rest}\n\n6. Close\n\nThe meeting closed.\n"
    )
    assert _items(make_document, text) == [("5", "Highways"), ("5a", "Roads"), ("6", "Close")]


@pytest.mark.parametrize("form", ["Item 4(a)", "Item 4 (a)"])
def test_a_parent_heading_straight_over_its_first_bracketed_part(make_document, form):
    second = form.replace("(a)", "(b)")
    text = _HEAD + (
        "Item 3 Finance\nThe accounts were approved.\n\nItem 4 Planning\n"
        f"{form} Planning applications\nNo objections.\n\n{second} Tree works\nNoted.\n\nItem 5 Close\nNothing further.\n"
    )
    numbers = [number for number, _ in _items(make_document, text)]
    assert numbers == ["3", "4", form.removeprefix("Item "), second.removeprefix("Item "), "5"]


@pytest.mark.parametrize(
    "indent",
    ["", "   "],  # flush left, or set in from the margin as a word processor's list prints it
)
def test_numbered_headings_closed_with_a_full_stop(make_document, indent):
    text = (
        "Larchmere Lakes Association\nMinutes of the Board Meeting, September 6, 2033\n\n"
        "Present: Owen Hartley, Lena Voss, Dana Pruitt\n\n"
        f"{indent}1. Approval of Minutes.\n{indent}    By motion duly made and seconded, the minutes of June 2 were approved.\n"
        f"{indent}2. Committee Reports.\n{indent}    The roads chair reported that grading is finished.\n"
        f"{indent}3. Adjournment.\n{indent}    The meeting adjourned at 8:40 p.m.\n"
    )
    assert _items(make_document, text) == [("1", "Approval of Minutes"), ("2", "Committee Reports"), ("3", "Adjournment")]


def test_a_numbered_list_of_stopped_titles_inside_an_item_is_no_items(make_document):
    # Negative: the same lines one after another, with no minutes between, are the list of an item's papers.
    text = _HEAD + (
        "1. Apologies\nNone.\n\n2. Precept\nThe Clerk set out the papers considered:\n"
        "3. Estimate of Income.\n\n4. Reserves Policy Statement.\n\n5. Grant Funding Schedule.\n\n"
        "It was resolved to set the precept at £9,000.\n"
    )
    assert _items(make_document, text) == [("1", "Apologies"), ("2", "Precept")]


def test_a_numbered_decision_closed_with_a_full_stop_is_no_heading(make_document):
    # Negative: what the meeting did, numbered as the clerk wrote it, is no heading; it stays a decision.
    from minutebook.extract.pipeline import extract_document

    text = (
        "MINUTES OF THE HOLLIN PARISH COUNCIL\nPresent: Cllr Ann Moss, Cllr Bo Reed\n\nThe Chair opened the meeting.\n\n"
        "2. Minutes approved.\nCllr Reed asked about the bins.\n\n"
        "3. Accounts Paid.\nThe Clerk listed the cheques.\n\n"
        "5. Carried Unanimously.\nCllr Moss thanked everyone.\n"
    )
    extraction = extract_document(make_document(text))
    assert [(item.number, item.title) for item in extraction.items] == [("3", "Accounts Paid")]
    assert "Minutes approved." in [r.text for r in extraction.resolutions]


@pytest.mark.parametrize("titles", [("Apologies", "Finance", "Planning"), ("APOLOGIES", "FINANCE", "PLANNING")])
def test_running_minute_numbers_set_tight_against_their_titles(make_document, titles):
    # "3101.Apologies: …": a converter lost the space after a number running on from meeting to meeting. A year set
    # so ("2031.The hall …") is no minute number.
    first, second, third = titles
    text = _HEAD + (
        f"3101.{first}: Cllr Dane.\n\n3102.{second}: The payments were approved.\n\n"
        f"2031.The hall will be repainted this summer.\n\n"
        f"3103.{third}: No objection to the extension at Orchard House.\n"
    )
    assert _items(make_document, text) == [("3101", first), ("3102", second), ("3103", third)]


_WARRANT_HEAD = "TOWN OF ELM RIDGE\nBUDGET COMMITTEE MINUTES\nJanuary 12, 2031\n\nPresent: Chair Wes Quill, Ada Moss, Lyle Fenn\n\n"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Article 1: Retroactive pay – Police Department: Mr. Fenn reported that the contract calls for a 3% raise. "
            "Ms. Moss moved to recommend the article. Vote 3-0.\n\n",
            "Article 2: Highway truck lease: The committee recommended the article 3-0.\n\n",
        ),
        (
            "ARTICLE 1: Retroactive pay – Police Department\nMr. Fenn read the article. No questions.\n\n",
            "Warrant Article 2: Highway truck lease\nRecommended 3-0.\n\n",
        ),
    ],
)
def test_warrant_articles_reviewed_one_by_one_are_the_items(make_document, first, second):
    assert _items(make_document, _WARRANT_HEAD + first + second + "The meeting adjourned at 8:15 p.m.\n") == [
        ("1", "Retroactive pay – Police Department"),
        ("2", "Highway truck lease"),
    ]


def test_articles_of_a_bylaw_or_named_in_prose_stay_text(make_document):
    text = _WARRANT_HEAD + (
        "1. Call to Order\nThe chair opened the meeting at 7:00 p.m.\n\n"
        "2. Bylaw Amendments\n"
        "Article 12 of the bylaws requires two readings before adoption.\n"
        "Article 3. The committee shall meet monthly.\n"
        "Article 5: Members may vote by proxy.\n\n"
        "3. Adjournment\nThe meeting adjourned at 8:00 p.m.\n"
    )
    assert _items(make_document, text) == [("1", "Call to Order"), ("2", "Bylaw Amendments"), ("3", "Adjournment")]
