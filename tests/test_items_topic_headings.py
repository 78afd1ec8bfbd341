"""Unnumbered topic headings and run-in report labels read as items (community council and township minutes).

Every document here is invented; each family is written in at least two forms, with look-alikes that must not match.
"""

from __future__ import annotations

import pytest

from minutebook.extract.items import extract_items


def _items(make_document, text, name="inline.txt"):
    return [(item.number, item.title) for item in extract_items(make_document(text, name=name))]


def _topics(mark) -> str:
    return (
        f"{mark('Minutes of the Fernbrae Community Council meeting')}\n"
        "Present: Ann Colby (Convenor), Tom Reid, Jo Hart.\n\n"
        f"{mark('Welcome')}\nThe convenor welcomed members of the public.\n"
        f"{mark('Police report')}\nTwo incidents were reported in the village.\n"
        f"{mark('Website')}\nProfiles are still needed from two members.\n"
        f"{mark('Roads')}\n- pothole at the school gate.\n- Jo Hart to follow up.\n"
        f"{mark('Planning')}\n"
        f"{mark('1. Reference: 31/00412/PP')}\nProposal: Erection of a garage at Birch Cottage.\n"
        f"{mark('2. Reference: 31/00420/PP')}\nProposal: Conversion of the old school to two flats.\n"
        f"{mark('3. Reference: 31/00433/PP')}\nProposal: Extension to the village hall.\n"
        f"{mark('Treasurer')}\n- Balance of £1,200 reported.\n"
        f"{mark('Parking')}\nCharges at the pier car park were discussed.\n"
        f"{mark('Slipway')}\nThe repair is finished.\n"
    )


_TOPICS = [
    (None, "Welcome"), (None, "Police report"), (None, "Website"), (None, "Roads"), (None, "Planning"),
    (None, "Treasurer"), (None, "Parking"), (None, "Slipway"),
]


@pytest.mark.parametrize(
    ("mark", "name"),
    [(lambda text: f"**{text}**", "inline.txt"), (lambda text: f"### {text}", "inline.md")],
)
def test_a_numbered_list_under_one_topic_heading_is_no_items(make_document, mark, name):
    assert _items(make_document, _topics(mark), name=name) == _TOPICS


@pytest.mark.parametrize("lead", ["", "The following applications were noted:\n"])
def test_a_plain_numbered_list_under_one_topic_heading_is_no_items(make_document, lead):
    text = _topics(lambda text: text if text[:1].isdigit() else f"**{text}**")
    text = text.replace("**Planning**\n", f"**Planning**\n{lead}")
    assert _items(make_document, text) == _TOPICS


def test_numbered_items_with_topic_headings_inside_one_stay_items(make_document):
    # The numbers run across the bold headings: they are the agenda, the headings topics of item 3.
    text = (
        "**Minutes of the Fernbrae Community Council meeting**\nPresent: Ann Colby, Tom Reid, Jo Hart.\n\n"
        "**1. Apologies**\nNone.\n**2. Minutes**\nApproved.\n**3. Reports**\n"
        "**Roads**\nA pothole was reported.\n**Website**\nProfiles are needed.\n**Slipway**\nRepaired.\n"
        "**Treasurer**\nBalance £1,200.\n**Parking**\nCharges discussed.\n"
        "**4. Any other business**\nNone.\n"
    )
    numbers = [number for number, _ in _items(make_document, text) if number]
    assert numbers == ["1", "2", "3", "4"]


def test_a_numbered_list_with_few_headings_after_it_stays_items(make_document):
    text = (
        "**Minutes of the Fernbrae Community Council meeting**\nPresent: Ann Colby, Tom Reid, Jo Hart.\n\n"
        "**Welcome**\nThe convenor welcomed all.\n**Apologies**\nNone.\n**Police report**\nQuiet month.\n"
        "**Website**\nProfiles are needed.\n"
        "**1. Roads**\nA pothole was reported.\n**2. Parking**\nCharges discussed.\n**3. Slipway**\nRepaired.\n"
        "**Close**\nThe meeting closed at 9 pm.\n"
    )
    numbers = [number for number, _ in _items(make_document, text) if number]
    assert numbers == ["1", "2", "3"]


def _township(reports: str, tail: str = "") -> str:
    return (
        "State of Ohio\nCounty of Lorne\nELM RIDGE TOWNSHIP BOARD OF TRUSTEES MEETING\nMay 7, 2031\n"
        "The regular meeting of the Elm Ridge Township Board was called to order by Supervisor Colby at 7:00 PM.\n"
        "Board members present were Trustee Hart, Trustee Reid and Supervisor Colby.\n"
        "APPROVAL OF MINUTES:\nMotion to approve the minutes of April 2, 2031 was made by Trustee Hart, seconded by "
        "Trustee Reid. All were in favor. Motion passes.\n"
        "REPORTS:\nSupervisor Colby mentioned that the new hall is finished. He thanked everyone for the work.\n"
        f"{reports}"
        f"{tail}"
        "Motion to adjourn was made by Trustee Hart, seconded by Trustee Reid. All were in favor.\n"
    )


_REPORT_LINES = (
    "Supervisor Colby - Financial Reports. See attached.\n"
    "Highway Commissioner- Crews went out plowing and salting the roads all month.\n"
    "Assessor – See Written Report from the Assessor.\n"
    "Building and Grounds –Trustee Hart reported that the vestibule will be painted soon.\n"
    "Community Center - Trustee Dana Reid\n"
    "Flags and Logo Committee – the committee is working on the new logos for the hall.\n"
)
_REPORT_ITEMS = [
    (None, "APPROVAL OF MINUTES"), (None, "REPORTS"), (None, "Supervisor Colby - Financial Reports"),
    (None, "Highway Commissioner"), (None, "Assessor"), (None, "Building and Grounds"), (None, "Community Center"),
    (None, "Flags and Logo Committee"),
]


def test_township_report_lines_with_an_office_or_topic_before_a_dash(make_document):
    assert _items(make_document, _township(_REPORT_LINES)) == _REPORT_ITEMS


def test_township_report_lines_in_another_order_and_wording(make_document):
    reports = (
        "Trustee Hart – Treasurer's Report. See attached.\n"
        "Road Crew –Commissioner Vale said the grader was repaired in April.\n"
        "Cemetery Board- the board is reviewing the fees for next year.\n"
        "Social Media /Website – Supervisor Colby\n"
        "Mosquito Abatement – See attached report.\n"
    )
    assert _items(make_document, _township(reports))[2:] == [
        (None, "Trustee Hart - Treasurer's Report"), (None, "Road Crew"), (None, "Cemetery Board"),
        (None, "Social Media /Website"), (None, "Mosquito Abatement"),
    ]


@pytest.mark.parametrize("dash", ["–", "-", ":", ""])
def test_empty_capitals_labels_and_a_capitals_label_over_mixed_case(make_document, dash):
    tail = (
        "OLD BUSINESS\nNEW BUSINESS\n"
        f"CITIZENS TO ADDRESS THE BOARD {dash}\nANNOUNCEMENTS {dash}\nEXECUTIVE SESSION {dash}\n"
        "APPROVAL OF Town Fund Bills – Motion to approve the Town Fund bills for payment was made by Trustee Reid, "
        "seconded by Trustee Hart. All were in favor.\n"
    )
    titles = [title for _, title in _items(make_document, _township(_REPORT_LINES, tail))]
    assert titles[len(_REPORT_ITEMS):] == [
        "OLD BUSINESS", "NEW BUSINESS", "CITIZENS TO ADDRESS THE BOARD", "ANNOUNCEMENTS", "EXECUTIVE SESSION",
        "APPROVAL OF Town Fund Bills",
    ]


def test_names_and_speakers_before_a_dash_are_no_report_lines(make_document):
    reports = _REPORT_LINES + (
        "Supervisor Colby - Said the roads are in poor shape after the winter.\n"
        "Ann Lee – Museum Board\n"
        "Dana Reid –\n"
    )
    assert _items(make_document, _township(reports)) == _REPORT_ITEMS


def test_numbered_minutes_far_below_the_front_headings_stay_items(make_document):
    # Bold front matter and a bold appendix of topics around numbered minutes: the numbers are the items.
    text = (
        "**Borough of Fernley**\n**Membership:**\nCouncillors Ann Colby, Tom Reid and Jo Hart.\n"
        "**Civic Centre, Mill Road**\nPresent: Ann Colby (Chair), Tom Reid.\n"
        "Apologies for absence were received from Jo Hart.\n"
        "1. DECLARATIONS OF INTEREST\nNone were made.\n"
        "2. MINUTES\nThe minutes of the last meeting were agreed as a true record.\n"
        "3. AUDIT REPORT\nThe auditor presented the report and answered questions.\n"
        "**Questions put to the auditor**\nThe questions and answers are set out below.\n"
        "**Housing benefit**\nThe provision would be corrected.\n**Pension fund**\nIt would stay separate.\n"
        "**Bank reconciliation**\nThe discrepancy was found.\n**Work programme**\nNoted.\n"
    )
    numbers = [number for number, _ in _items(make_document, text) if number]
    assert numbers == ["1", "2", "3"]


@pytest.mark.parametrize("heading", ["Elm Ridge Township", "Park District Liaison"])
def test_a_short_title_alone_over_a_report_among_run_in_labels(make_document, heading):
    reports = f"{heading}\nSupervisor Colby noted that ridership is going up by about four percent this year.\n"
    assert _items(make_document, _township(reports + _REPORT_LINES)) == [
        *_REPORT_ITEMS[:2], (None, heading), *_REPORT_ITEMS[2:],
    ]


def test_a_name_alone_over_what_was_said_is_no_heading(make_document):
    reports = "Dana Reid\nShe asked whether the hall would be open on Saturdays in the summer.\n"
    assert _items(make_document, _township(reports + _REPORT_LINES)) == _REPORT_ITEMS


def test_a_numbered_line_under_an_appendix_after_all_the_topic_headings_is_no_item(make_document):
    topics = "\n".join(line for line in _topics(lambda text: f"**{text}**").split("\n")
                       if not line.startswith(("**1.", "**2.", "**3.")))
    text = topics + (
        "**AOB**\nNone.\n**Date of next meeting**\n17 November.\n**Appendix**\n1. Police Scotland report\n"
        "Report from 18 August.docx\n"
    )
    titles = [title for number, title in _items(make_document, text) if number is None]
    assert titles[: len(_TOPICS)] == [title for _, title in _TOPICS]
    assert all(number is None for number, _ in _items(make_document, text))


def test_a_numbered_line_after_a_few_headings_stays_an_item(make_document):
    text = (
        "**Minutes of the Fernbrae Community Council meeting**\nPresent: Ann Colby, Tom Reid, Jo Hart.\n\n"
        "**Welcome**\nThe convenor welcomed all.\n**Apologies**\nNone.\n**Business**\n"
        "1. Police report\nA quiet month was reported by the constable.\n"
    )
    assert ("1", "Police report") in _items(make_document, text)


@pytest.mark.parametrize("dash", ["–", "-", "—"])
def test_a_procedural_label_run_in_after_a_dash(make_document, dash):
    text = (
        "Present: Mayor K. Lane, Councillors P. Osei and R. Dunn.\n\n"
        f"Declarations of Interest {dash} none noted\nStaff Reports:\nJo Hale, Clerk – verbal report.\n"
        "R2031-50 P. Osei, R. Dunn: That we award the road salt tender to B. Marsh Haulage Ltd. Carried.\n"
    )
    assert _items(make_document, text)[:2] == [(None, "Declarations of Interest"), (None, "Staff Reports")]


def test_a_procedural_word_inside_a_hyphenated_phrase_is_no_label(make_document):
    text = (
        "Present: Mayor K. Lane, Councillors P. Osei and R. Dunn.\n\n"
        "Correspondence-related costs were noted by the clerk.\nStaff Reports:\nJo Hale, Clerk – verbal report.\n"
        "R2031-50 P. Osei, R. Dunn: That we award the road salt tender to B. Marsh Haulage Ltd. Carried.\n"
    )
    assert (None, "Correspondence") not in _items(make_document, text)


def test_report_lines_with_a_named_verdict_and_doubled_dashes(make_document):
    reports = (
        "Plan Commission — John Vale — None\n"
        "Liaison Property Code Report — No report\n"
        "Building and Grounds — Trustee Hart mentioned that the security system will be installed.\n"
        "ANNOUNCEMENTS -— Dana Reid mentioned that she has asked the club for a donation for the classes.\n"
        "APPROVAL OF Town Fund Bills —- Motion to approve the Town Fund bills was made by Trustee Hart. All were in favor.\n"
    )
    assert [title for _, title in _items(make_document, _township(_REPORT_LINES + reports))][len(_REPORT_ITEMS):] == [
        "Plan Commission", "Liaison Property Code Report", "Building and Grounds", "ANNOUNCEMENTS",
        "APPROVAL OF Town Fund Bills",
    ]


def test_a_name_and_a_sentence_after_a_dash_is_no_named_verdict(make_document):
    reports = "Plan Commission — John Vale — the members met twice.\nAnn Lee – Museum Board – None\n"
    titles = [title for _, title in _items(make_document, _township(_REPORT_LINES + reports))]
    assert "Ann Lee" not in titles


@pytest.mark.parametrize(
    "wrapped",
    [
        # A road's name broken over the line end after a sentence's stop: "Kings" / "Road Bridge Update: …".
        "Highway Commissioner- Culverts were replaced. Work is to begin on August 15. Kings\n"
        "Road Bridge Update: the deck is completed and site work is ongoing.\n",
        # A programme's name broken so, after a label with a dash.
        "Building and Grounds – The boiler was serviced. The supervisor thanked the Elm\n"
        "Ridge Community Center: volunteers for their work.\n",
    ],
)
def test_a_label_line_running_on_past_a_stop_carries_on_into_the_next_line(make_document, wrapped):
    reports = wrapped + "Assessor – See Written Report from the Assessor.\n"
    titles = [title for _, title in _items(make_document, _township(reports))]
    assert titles[2:] == [titles[2], "Assessor"] and "Road Bridge Update" not in titles


def test_a_label_under_a_label_line_that_ends_on_its_stop_is_an_item(make_document):
    # Near miss: the report before ends on its stop, so the next label opens its own paragraph.
    reports = "Highway Commissioner- Culverts were replaced.\nRoad Bridge Update: the deck is completed.\n"
    assert [title for _, title in _items(make_document, _township(reports))][2:] == [
        "Highway Commissioner", "Road Bridge Update"
    ]


@pytest.mark.parametrize(
    "reports, titles",
    [
        (
            "Road Report: Grading done on Elm Road. Culvert ordered for Mill Road\n"
            "Cemetery Report: Mowing contract renewed. Trustee Orr will get quotes for the fence.\n"
            "Zoning Report: Two permits were issued.\n",
            ["Road Report", "Cemetery Report", "Zoning Report"],
        ),
        (
            "Highway Commissioner- Crews graded Elm Road. Culvert ordered for Mill Road\n"
            "Assessor – See Written Report from the Assessor.\n",
            ["Highway Commissioner", "Assessor"],
        ),
    ],
)
def test_a_label_after_a_report_that_lost_its_last_stop_still_opens_its_item(make_document, reports, titles):
    # A report whose last sentence lost its stop: the next line opens with its own label and its own sentence, so it
    # is no name wrapped (the near miss, a wrapped name whose label runs into lower case, is the test above).
    assert [title for _, title in _items(make_document, _township(reports))][2:] == titles


@pytest.mark.parametrize("verdict", ["Received and filed.", "Approved as presented", "No action taken"])
def test_a_report_line_closed_by_its_outcome_is_an_item(make_document, verdict):
    # After a dashed label, an outcome ends the report as "No report" does: the same list of outcomes that keeps such
    # a line from being read as a heading (items._OUTCOME_LINE).
    reports = f"Plan Commission — {verdict}\nBuilding and Grounds — Trustee Hart said the boiler was serviced.\n"
    titles = [title for _, title in _items(make_document, _township(_REPORT_LINES + reports))][len(_REPORT_ITEMS):]
    assert titles == ["Plan Commission", "Building and Grounds"]
