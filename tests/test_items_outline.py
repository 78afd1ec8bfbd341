"""Items the numbering vouches for (`extract.outline`): decimal children of taken items whatever their titles look
like, holes in a run of top-level numbers, and points numbered from 1 again under an item when each heads its own
notes. Guards: decisions numbered inside an item, one-line lists, times and lists that do not fit the run.

Every document here is invented; each family is written in at least two forms (plain text and a PDF with a hanging
indent and a page banner repeated on every page).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from minutebook.extract.items import extract_items
from minutebook.ingest import parse_file


def _items(make_document, text: str) -> list[tuple[str | None, str]]:
    return [(item.number, item.title) for item in extract_items(make_document(text))]


def _pdf_items(tmp_path: Path, banner: list[str], body: str, *, per_page: int = 12) -> list[tuple[str | None, str]]:
    """A PDF whose numbers sit in a margin column, the banner on top of every page, the page number at its foot."""
    path = tmp_path / "minutes.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    lines = body.strip("\n").splitlines()
    for page, start in enumerate(range(0, len(lines), per_page), start=1):
        y = 800.0
        for text in banner:
            pdf.setFont("Helvetica-Bold", 11)
            pdf.drawString(72, y, text)
            y -= 15
        y -= 10
        pdf.setFont("Helvetica", 11)
        for line in lines[start:start + per_page]:
            number, _, text = line.partition("\t")
            if text:
                pdf.drawString(72, y, number)
                pdf.drawString(126, y, text)
            else:
                pdf.drawString(126, y, number)
            y -= 15
        pdf.setFont("Helvetica", 9)
        pdf.drawString(300, 40, str(page))
        pdf.showPage()
    pdf.save()
    return [(item.number, item.title) for item in extract_items(parse_file(path))]


_OUTLINE_TEXT = (
    "HARBOUR VIEW STRATA PLAN LMS 9912\n"
    "Strata Council Meeting Minutes\n"
    "Wednesday, March 12, 2031\n\n"
    "1. PRESENT: Ann Cole, Tom Reid, Jo Marr\n"
    "2. CALL TO ORDER: 6:30 pm\n"
    "3. ADOPTION OF MINUTES\n"
    "February 12, 2031 minutes approved by email.\n"
    "4. COMMITTEE REPORTS\n"
    "4.1 Social\n"
    "No report\n"
    "4.2 Grounds and Gardening\n"
    "4.2.1 Landscaping:\n"
    "The gardeners have started the spring schedule and trimmed the hedges.\n"
    "4.2.2 Irrigation\n"
    "The sprinkler heads near the east gate were replaced.\n"
    "4.3 Maintenance\n"
    "4.3.1 The lobby door of Building A was found broken on March 2. The lock\n"
    "has been replaced and the door closer adjusted.\n"
    "4.3.2 Council is getting quotes on fixing the loose tiles near the pool\n"
    "entrance.\n"
    "5. NEW BUSINESS\n"
    "5.1 We would like to welcome the new residents who moved in this month.\n"
    "5.2 The pest control company removed a wasp nest above the parkade vent.\n"
    "6. MEETING ADJOURNED: 8:10 pm\n"
)
_OUTLINE_ITEMS = [
    ("1", "PRESENT"),
    ("2", "CALL TO ORDER"),
    ("3", "ADOPTION OF MINUTES"),
    ("4", "COMMITTEE REPORTS"),
    ("4.1", "Social"),
    ("4.2", "Grounds and Gardening"),
    ("4.2.1", "Landscaping"),
    ("4.2.2", "Irrigation"),
    ("4.3", "Maintenance"),
    ("4.3.1", "The lobby door of Building A was found broken on March 2"),
    ("4.3.2", "Council is getting quotes on fixing the loose tiles near the pool entrance"),
    ("5", "NEW BUSINESS"),
    ("5.1", "We would like to welcome the new residents who moved in this month"),
    ("5.2", "The pest control company removed a wasp nest above the parkade vent"),
    ("6", "MEETING ADJOURNED"),
]


def test_decimal_children_of_taken_items_are_items_whatever_their_titles(make_document):
    assert _items(make_document, _OUTLINE_TEXT) == _OUTLINE_ITEMS


def test_decimal_children_in_a_pdf_with_a_margin_column_and_page_banners(tmp_path):
    body = "\n".join(
        "\t".join(line.split(" ", 1)) if line[:1].isdigit() else line for line in _OUTLINE_TEXT.splitlines()[4:]
    )
    items = _pdf_items(tmp_path, ["HARBOUR VIEW STRATA PLAN LMS 9912", "Strata Council Meeting", "Minutes"], body)
    assert [number for number, _ in items] == [number for number, _ in _OUTLINE_ITEMS]
    assert ("4.3.1", "The lobby door of Building A was found broken on March 2") in items


def test_numbered_paragraphs_under_numbered_titles_are_the_titles_parts(make_document):
    text = (
        "Minutes of the Trustees of the Friends of Elm Library\n"
        "Meeting of 4th August 2031\n"
        "Present: Ann Cole (AC), Tom Reid (TR)\n"
        "1 Minutes of the meeting held 2nd June 2031\n"
        "1.1 The minutes were accepted as a true record to be posted on the website.\n"
        "2 Treasurer's Report\n"
        "2.1 TR advised that after current spending plans our balance is £11,000. He asked\n"
        "Trustees to bring ideas for the library.\n"
        "2.2 Ali asked for a sandwich board at a cost of £68.\n"
        "3 Any Other Business\n"
        "3.1 No other business was raised.\n"
    )
    assert _items(make_document, text) == [
        ("1", "Minutes of the meeting held 2nd June 2031"),
        ("1.1", "The minutes were accepted as a true record to be posted on the website"),
        ("2", "Treasurer's Report"),
        ("2.1", "TR advised that after current spending plans our balance is £11,000"),
        ("2.2", "Ali asked for a sandwich board at a cost of £68"),
        ("3", "Any Other Business"),
        ("3.1", "No other business was raised"),
    ]


def test_numbered_decisions_and_out_of_run_numbers_are_not_children(make_document):
    text = (
        "Minutes of the Parish Council held on 3 May 2031\n"
        "11. Finance\n"
        "11.1 RESOLVED that the payments listed be approved.\n"
        "12. Highways\n"
        "12.3 The verge on Mill Lane has been cut.\n"
        "7.30 The meeting closed.\n"
        "13. Date of next meeting\n"
    )
    numbers = [number for number, _ in _items(make_document, text)]
    assert "11.1" not in numbers  # a decision inside item 11
    assert "12.3" not in numbers  # not the next of item 12's parts: no 12.1 or 12.2 before it
    assert "7.30" not in numbers  # a time, below no taken item


_GAP_TEXT = (
    "Elm Grove Residents’ Association\n"
    "Minutes of the meeting at 4 Elm Grove\n"
    "Sunday 2nd March 2031\n"
    "Present: Ann Cole (chair), Tom Reid, Jo Marr.\n"
    "1. Minutes of the last meeting were agreed.\n"
    "2. Library redevelopment\n"
    "Nothing had been heard from the developer, but it seemed they still intend to go\n"
    "ahead with the scheme.\n"
    "3.Partial closure of the junction at Mill Lane\n"
    "The issue is that traffic would back up along the hill if the junction closed.\n"
    "4.Proposal to build a block of flats on the site of the garage in Station\n"
    "Road\n"
    "Concern was expressed about losing the garage.\n"
    "5. Healthy School Streets. Frognal.\n"
    "The council is consulting on a car free zone.\n"
    "6. AOB\n"
    "It was noted that the hedge still needs cutting.\n"
)
_GAP_ITEMS = [
    ("1", "Minutes of the last meeting were agreed"),
    ("2", "Library redevelopment"),
    ("3", "Partial closure of the junction at Mill Lane"),
    ("4", "Proposal to build a block of flats on the site of the garage in Station Road"),
    ("5", "Healthy School Streets"),
    ("6", "AOB"),
]


def test_holes_in_a_run_of_numbers_are_filled_by_the_missing_numbers(make_document):
    assert _items(make_document, _GAP_TEXT) == _GAP_ITEMS


def test_holes_in_a_run_of_numbers_in_a_pdf(tmp_path):
    body = "\n".join(_GAP_TEXT.splitlines()[3:])
    items = _pdf_items(tmp_path, ["Elm Grove Residents’ Association"], body, per_page=40)
    assert [number for number, _ in items] == ["1", "2", "3", "4", "5", "6"]
    assert items[3] == _GAP_ITEMS[3]


def test_a_hole_holding_a_numbered_list_stays_a_hole(make_document):
    text = (
        "Minutes of the Parish Council held on 3 May 2031\n"
        "1. Apologies\n"
        "None were received.\n"
        "2. Planning\n"
        "The clerk listed the applications:\n"
        "1. Extension at 4 Mill Road was supported by all members present.\n"
        "2. Change of use of the old garage was opposed by the members.\n"
        "3. A new barn at Top Farm was noted by the members without comment.\n"
        "4. Finance\n"
        "The payments were approved.\n"
    )
    assert [number for number, _ in _items(make_document, text)] == ["1", "2", "4"]


_RESTART_TEXT = (
    "Maple Court Homeowners Association\n"
    "BOARD OF TRUSTEES Minutes 03-18-2031\n"
    "1. CALL TO ORDER/OPENING REMARKS\n"
    "• Present: Ann Cole, Tom Reid, Jo Marr.\n"
    "2. TREASURER REMARKS:\n"
    "• Review of February delinquency and financial reports.\n"
    "1. Late letters to be mailed to delinquent owners.\n"
    "2. The financial report looks good.\n"
    "3. UNFINISHED BUSINESS:\n"
    "1. Tree Removals:\n"
    "• The board will review bids on the trees on common grounds.\n"
    "2. Pool Deck Repair.\n"
    "• The contractor started work on March 15th.\n"
    "• The steps will be brought up to code.\n"
    "3. Clubhouse:\n"
    "• Replace the door handle on the west bathroom.\n"
    "4. NEW BUSINESS:\n"
    "• The board approved the 2032 lawn contract.\n"
    "5. ADJOURNMENT: 7:51pm\n"
)


def test_points_restarting_under_an_item_with_their_own_notes_are_its_parts(make_document):
    items = _items(make_document, _RESTART_TEXT)
    assert [number for number, _ in items] == ["1", "2", "3", "3.1", "3.2", "3.3", "4", "5"]
    assert items[3:6] == [("3.1", "Tree Removals"), ("3.2", "Pool Deck Repair"), ("3.3", "Clubhouse")]


def test_points_restarting_under_an_item_in_a_pdf(tmp_path):
    body = "\n".join(
        "\t".join(line.split(" ", 1)) if line[:1].isdigit() else line for line in _RESTART_TEXT.splitlines()[2:]
    )
    items = _pdf_items(tmp_path, ["Maple Court Homeowners Association", "BOARD OF TRUSTEES"], body, per_page=9)
    assert [number for number, _ in items] == ["1", "2", "3", "3.1", "3.2", "3.3", "4", "5"]


def test_holes_in_a_run_printed_without_stops_are_filled_when_the_run_is(make_document):
    text = (
        "Minutes of the Trustees of the Friends of Elm Library\n"
        "Meeting of 2nd June 2031\n"
        "Present; Ann Cole (AC), Tom Reid (TR)\n"
        "1 Minutes of the meeting held 5th May 2031\n"
        "The minutes were accepted.\n"
        "2. Matters Arising\n"
        "None.\n"
        "3 Chairmans Report\n"
        "AC reported on the forum.\n"
        "4 Feedback from the Community Forum 4.1No report as no one was able to attend.\n"
        "5 Any other business\n"
        "None.\n"
    )
    items = _items(make_document, text)
    assert [number for number, _ in items if "." not in (number or "")] == ["1", "2", "3", "4", "5"]
    assert ("4", "Feedback from the Community Forum") in items


def test_paragraphs_numbered_in_a_hole_stay_text(make_document):
    text = (
        "Minutes of the Valley Dance Council\n"
        "Club reports:\n"
        "1. Apologies\n"
        "None were received.\n"
        "2. The club board continues to meet monthly on the second Monday, recent decisions\n"
        "included the new hall rental.\n"
        "3. A decision on the state fair will not be made until June.\n"
        "4. Treasurer's report\n"
        "The balance is $971.\n"
    )
    assert [number for number, _ in _items(make_document, text)] == ["1", "4"]


def test_a_numbered_paragraph_made_an_item_keeps_its_words_for_decisions_and_actions(make_document):
    # "22.2 Cllr Hale to …" is the numbering's sub-item, titled by its sentence; the sentence is still minutes, so
    # the task in it (and in one that wraps onto a lower-case line) is an action of that sub-item
    from minutebook.extract.pipeline import extract_document

    text = (
        "Minutes of the Parish Council meeting held on 3 June 2031\n\nPresent: Cllr Ann Hale, Cllr Bo Marsh\n\n"
        "21. Highways\nThe council discussed the potholes on Mill Lane.\n"
        "22. Matters arising\n"
        "22.1 Cllr Hale to ask the county about the bus shelter.\n"
        "22.2 Cllr Marsh to contact the hall committee to agree the dates for the summer\n"
        "fete before the next meeting.\n"
        "23. Date of next meeting\nThe next meeting will be held on 1 July 2031.\n"
    )
    extracted = extract_document(make_document(text))
    numbers = [item.number for item in extracted.items]
    assert numbers == ["21", "22", "22.1", "22.2", "23"]
    assert [(action.item, action.text.split(" to ")[0]) for action in extracted.actions] == [
        ("22.1", "Cllr Hale"), ("22.2", "Cllr Marsh"),
    ]


_PADDED_TEXT = (
    "Elm Valley School District\n"
    "Board of Education Regular Meeting\n"
    "Monday, March 10, 2031 7:00 PM\n\n"
    "1. Opening\n"
    "1.01 Call to Order\n"
    "The meeting was called to order at 7:02 p.m. by President Ann Lee.\n"
    "1.02 Pledge of Allegiance\n"
    "1.03 Approval of Agenda\n"
    "The agenda was approved as presented.\n"
    "2. Consent Agenda\n"
    "2.01 Approval of Minutes\n"
    "2.02 Personnel Report\n"
    "Motion by Bo Dent, second by Cy Park, to approve the consent agenda. Motion carries.\n"
    "3. Reports\n"
    "3.01 Superintendent's Report\n"
    "The superintendent reported on spring enrolment.\n"
)
_PADDED_ITEMS = [
    ("1", "Opening"), ("1.01", "Call to Order"), ("1.02", "Pledge of Allegiance"), ("1.03", "Approval of Agenda"),
    ("2", "Consent Agenda"), ("2.01", "Approval of Minutes"), ("2.02", "Personnel Report"),
    ("3", "Reports"), ("3.01", "Superintendent's Report"),
]


def test_children_numbered_with_a_padded_nought_are_items(make_document):
    # School boards' agenda software numbers an item's parts "1.01", "1.02": each is the item's next part, even when
    # nothing is minuted under it before the next one.
    assert _items(make_document, _PADDED_TEXT) == _PADDED_ITEMS


def test_children_numbered_with_a_padded_nought_in_a_pdf_with_a_margin_column(tmp_path):
    body = "\n".join(
        "\t".join(line.split(" ", 1)) if line[:1].isdigit() else line for line in _PADDED_TEXT.splitlines()[4:]
    )
    items = _pdf_items(tmp_path, ["Elm Valley School District", "Board of Education Regular Meeting"], body)
    assert items == _PADDED_ITEMS


def test_padded_numbers_out_of_turn_or_with_no_parent_stay_text(make_document):
    text = (
        "Elm Valley School District\nBoard of Education Regular Meeting\nMonday, March 10, 2031 7:00 PM\n\n"
        "1. Opening\n"
        "1.01 Call to Order\n"
        "The meeting was called to order at 7:02 p.m.\n"
        "1.05 Fund balance transfers were noted.\n"
        "2. Finance\n"
        "The treasurer reported.\n"
        "4.02 Hall hire income was higher than forecast.\n"
        "3. Adjournment\n"
    )
    numbers = [number for number, _ in _items(make_document, text)]
    assert numbers == ["1", "1.01", "2", "3"]
