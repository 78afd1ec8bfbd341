"""A number or letter that goes on from one already taken: the sequence vouches for a title the title test alone would refuse."""

from __future__ import annotations

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from minutebook.extract.items import extract_items
from minutebook.ingest import parse_file


def _pairs(items):
    return [(item.number, item.title) for item in items]


def _pdf(tmp_path, text: str, name: str = "hearings-2031-05-06.pdf"):
    """The text as a PDF page: one drawn line a line, "### " lines as larger bold headings."""
    path = tmp_path / name
    pdf = canvas.Canvas(str(path), pagesize=letter)
    y = 740.0
    for line in text.splitlines():
        if not line.strip():
            continue
        heading = line.startswith("### ")
        pdf.setFont("Helvetica-Bold" if heading else "Helvetica", 12 if heading else 10)
        pdf.drawString(50, y, line.removeprefix("### "))
        y -= 14
    pdf.save()
    return extract_items(parse_file(path))


def _html(tmp_path, text: str, name: str = "minutes-2031-05-06.html"):
    """The text as a web page: "**…**" lines in bold, every other line a paragraph."""
    body = "".join(
        f"<p><b>{line.strip('*')}</b></p>" if line.startswith("**") else f"<p>{line}</p>"
        for line in text.splitlines()
        if line.strip()
    )
    path = tmp_path / name
    path.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    return extract_items(parse_file(path))


_LETTERS_WITH_A_SUM = """**MINUTES OF THE MEETING OF BRACKENFIELD COMMUNITY COUNCIL**

**1. APOLOGIES**

Apologies from Ms Rowan.

**2. MATTERS ARISING**

**a) Footpath lighting on the canal bank**

The lamps are now working.

**b) Bus shelter at the school**

The shelter has been ordered.

**c) £1 million Town Centre Fund**

Bids close at the end of the month.

**d) Hedge cutting on Mill Road**

The farmer has been written to.

**3. ANY OTHER BUSINESS**

Nothing was raised."""

_LETTERS_EXPECTED = [
    ("1", "APOLOGIES"),
    ("2", "MATTERS ARISING"),
    ("2a", "Footpath lighting on the canal bank"),
    ("2b", "Bus shelter at the school"),
    ("2c", "£1 million Town Centre Fund"),
    ("2d", "Hedge cutting on Mill Road"),
    ("3", "ANY OTHER BUSINESS"),
]


def test_a_letter_going_on_may_open_with_a_sum(make_document, tmp_path):
    assert _pairs(extract_items(make_document(_LETTERS_WITH_A_SUM))) == _LETTERS_EXPECTED
    assert _pairs(_html(tmp_path, _LETTERS_WITH_A_SUM)) == _LETTERS_EXPECTED


def test_a_first_letter_opening_with_a_sum_is_no_sub_item(make_document, tmp_path):
    # "a)" starts a list: nothing vouches for it, and a line opening with a sum is a list entry.
    text = """**1. APOLOGIES**

None.

**2. FINANCE**

a) £45 to the hall for room hire

b) £12 for stamps

**3. CLOSE**

The meeting closed at 9 pm."""
    expected = [("1", "APOLOGIES"), ("2", "FINANCE"), ("3", "CLOSE")]
    assert _pairs(extract_items(make_document(text))) == expected
    assert _pairs(_html(tmp_path, text)) == expected


def test_a_letter_going_on_with_a_sentence_is_no_sub_item(make_document):
    text = """**1. APOLOGIES**

None.

**2. MATTERS ARISING**

a) Grit bins

b) The clerk will write to the county about the grit bins before the winter.

**3. CLOSE**

The meeting closed at 9 pm."""
    assert _pairs(extract_items(make_document(text))) == [
        ("1", "APOLOGIES"), ("2", "MATTERS ARISING"), ("2a", "Grit bins"), ("3", "CLOSE"),
    ]


_HEARINGS = """HOLLOWAY ZONING BOARD OF APPEALS
Minutes of the regular meeting, May 6, 2031
1) Call to order
The chair opened the meeting at 7:00 pm.
2) Approval of the minutes of April 1, 2031
Approved as written.
3) 2031-0456: 12 Fern Road, application for a rear yard variance for a detached garage and a new
driveway onto Birch Lane – Resolution
Vote: 9 In Favor 0 Opposed
4) $250,000 grant for the Fern Road sidewalk – Resolution
Vote: 9 In Favor 0 Opposed
5) Adjournment
The meeting ended at 8:10 pm."""

_HEARINGS_EXPECTED = [
    ("1", "Call to order"),
    ("2", "Approval of the minutes of April 1, 2031"),
    ("3", "2031-0456: 12 Fern Road, application for a rear yard variance for a detached garage and a new "
          "driveway onto Birch Lane – Resolution"),
    ("4", "$250,000 grant for the Fern Road sidewalk – Resolution"),
    ("5", "Adjournment"),
]


def test_the_next_number_vouches_for_a_long_or_wrapped_title(make_document, tmp_path):
    assert _pairs(extract_items(make_document(_HEARINGS))) == _HEARINGS_EXPECTED
    assert _pairs(_pdf(tmp_path, _HEARINGS)) == _HEARINGS_EXPECTED


_NOT_ITEMS = """HOLLOWAY ZONING BOARD OF APPEALS
Minutes of the regular meeting, May 6, 2031
1) Call to order
The chair opened the meeting at 7:00 pm.
2) Payments
The treasurer listed the payments:
1) £45 to the village hall for room hire
2) £12 for stamps
3) £30 to the church for the car park
3) The clerk will write to the county about the Fern Road drains before the winter.
4. 2031-0457: 14 Fern Road, application for a porch
5) 2/13/2031
6) Adjournment
The meeting ended at 8:10 pm."""


def test_sentences_lists_other_marks_and_dates_are_no_items(make_document, tmp_path):
    # A list under an item going on, a sentence, a number printed another way, a date: none is vouched for.
    for items in (extract_items(make_document(_NOT_ITEMS)), _pdf(tmp_path, _NOT_ITEMS)):
        pairs = _pairs(items)
        assert pairs[:2] == [("1", "Call to order"), ("2", "Payments")]
        assert not any(mark in title for _, title in pairs for mark in ("£", "clerk", "2031-0457", "2/13"))


_COMMITTEES = """LOWER RIVERSIDE COMMUNITY BOARD
Monthly meeting minutes, October 7, 2031
### Committee Reports
### Parks Committee
1) Dog run hours at Fern Park – Report
2) Bench repairs on the esplanade – Report
### Licensing Committee
1) 14 Quay Street, application for a restaurant wine and beer license for Harbour Table LLC d/b/a
The Harbour Table – Resolution
Vote: 30 In Favor 0 Opposed
2) 9 Mill Row, application for renewal of a sidewalk café license for Mill Row Kitchen – Resolution
Vote: 30 In Favor 0 Opposed
### Housing Committee
1) 220 Dock Street, request for a survey of the boiler rooms in the three buildings on the block
2) The committee will meet the tenants association again in November about the repairs.
### Adjournment
The meeting ended at 9:05 pm."""


def test_a_run_under_an_unnumbered_heading_vouches_for_its_first_number(make_document):
    # "1)" under "Licensing Committee" opens a run when its "2)" reads as a title; under "Housing Committee"
    # the "2)" is a sentence and stays no item. (A page this short, with its committees set as real
    # headings in a PDF or web page, reads its numbered lines as lists under the headings; only the text form here.)
    for items in (extract_items(make_document(_COMMITTEES)),):
        pairs = _pairs(items)
        assert ("1", "14 Quay Street, application for a restaurant wine and beer license for Harbour Table LLC "
                     "d/b/a The Harbour Table – Resolution") in pairs
        assert ("2", "9 Mill Row, application for renewal of a sidewalk café license for Mill Row Kitchen – Resolution") in pairs
        assert not any(title.startswith("The committee") for _, title in pairs)


_HEARD_FILES = """HOLLOWAY PLANNING COMMISSION
Minutes of the regular meeting, May 6, 2031
1. ROLL CALL
Present: Commissioners Abner, Birch and Cade.
2. MINUTES
Approved.
3. REGULAR AGENDA ITEMS
### 3-A 2031-0456: Fence height variance at 12 Fern Road
Staff presented the application. Approved 3-0.
### 3-B 2031-0461: Design review of the Quay Street library annex
Continued to June.
4. ADJOURNMENT
The meeting ended at 8:10 pm."""


def test_a_hyphen_numbered_item_may_open_with_the_file_it_hears(make_document, tmp_path):
    for items in (extract_items(make_document(_HEARD_FILES)), _pdf(tmp_path, _HEARD_FILES)):
        pairs = _pairs(items)
        assert ("3-A", "2031-0456: Fence height variance at 12 Fern Road") in pairs
        assert ("3-B", "2031-0461: Design review of the Quay Street library annex") in pairs


# A board's minutes print every numbered heading of its agenda, some with nothing under them, and capital letters
# starting again under each numbered item.
_EMPTY_HEADINGS = """Regular Meeting (Monday, March 9, 2031)
1. Opening Items
Mrs. Lark called the meeting to order at 6:00 p.m.
2. Recognition
A. Awards of the Spring Art Show
3. President's Announcements
4. Community Communications
A. Hearing of the Public
5. Committee Reports
A. Finance Committee
B. Policy Committee
6. Other Board Business
7. Consent Agenda
Motion by Mr. Fern, seconded by Mrs. Lark to adopt Resolution 2031-12 as follows:
8. Adjournment
Motion carried.
"""
_EMPTY_HEADINGS_EXPECTED = [
    ("1", "Opening Items"), ("2", "Recognition"), ("2A", "Awards of the Spring Art Show"), ("3", "President's Announcements"),
    ("4", "Community Communications"), ("4A", "Hearing of the Public"), ("5", "Committee Reports"),
    ("5A", "Finance Committee"), ("5B", "Policy Committee"), ("6", "Other Board Business"), ("7", "Consent Agenda"),
    ("8", "Adjournment"),
]


def test_numbered_headings_with_nothing_under_them_and_letters_under_each(make_document, tmp_path):
    for items in (extract_items(make_document(_EMPTY_HEADINGS)), _html(tmp_path, _EMPTY_HEADINGS)):
        assert _pairs(items) == _EMPTY_HEADINGS_EXPECTED


def test_a_numbered_list_under_an_item_is_still_no_items(make_document):
    # look-alike: a list under an item starts again at 1, so it is no run of the items' numbers
    text = ("1. Opening Items\nMrs. Lark called the meeting to order.\n2. Correspondence\nThe clerk listed:\n"
            "1. Letter from Elmside Library\n2. Letter from Fern Road Residents\n3. Finance\nThe accounts were noted.\n")
    assert [number for number, _ in _pairs(extract_items(make_document(text)))] == ["1", "2", "3"]


def test_capital_letters_numbering_the_items_themselves_stay_top_level(make_document):
    # look-alike: letters number the items and figures their points, so "B." is no part of point 2
    text = ("A. Call to Order\nMrs. Lark called the meeting to order at 7 pm.\nB. Old Business\n"
            "1. Fern Road drainage\nThe works were noted.\n2. Library roof repairs\nQuotes were received.\n"
            "C. New Business\nNo new business was raised.\nD. Adjournment\nThe meeting closed at 8 pm.\n")
    numbers = [number for number, _ in _pairs(extract_items(make_document(text)))]
    assert "C" in numbers and "D" in numbers and "2C" not in numbers
