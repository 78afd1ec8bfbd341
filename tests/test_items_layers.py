"""Which layer of a document is its items: unnumbered headings over numbered lists, marked numbers over plain lists.

Every document here is invented; each family is written in at least two forms.
"""

from __future__ import annotations

import pytest

from minutebook.extract.items import extract_items
from minutebook.ingest import parse_file


def _items(make_document, text, name="inline.txt"):
    return [(item.number, item.title) for item in extract_items(make_document(text, name=name))]


_HEADINGS_OVER_LISTS_MD = (
    "# Town of Wren Hollow\nMonthly Meeting\nJune 9, 2031\n\n"
    "## CALL TO ORDER\nSupervisor Ada Pell called the meeting to order at 6:30 pm.\n\n"
    "## MINUTES APPROVAL\nMotion to approve the May minutes, second, all aye.\n\n"
    "## CLERK REPORT\n"
    "1.  The state auditor asked for the year end report, which was sent on June 2.\n"
    "2.  Notary filing -- the board would like to wait until the fall meeting\n"
    "    a.  Fee is $120 for either kind.\n"
    "3.  Quarterly tax reports due in July\n\n"
    "## CORRESPONDENCE\n"
    "1.  County board of adjustment -- June 20, variance on Loon Lake\n"
    "2.  A letter from the school district asks to run the absentee ballots again this year.\n\n"
    "## ROAD\nThe grader was out twice since the last meeting.\n\n"
    "## NEW BUSINESS\n"
    "1.  A resident asked the board to buy a vacuum for the hall. Motion carried.\n"
    "2.  The board will return to meeting at the hall in August.\n\n"
    "## ADJOURNMENT\nThe meeting adjourned at 7:40 pm.\n"
)
_HEADINGS_OVER_LISTS_CAPS = (
    "VILLAGE OF STONE MILL\nREGULAR MEETING OF THE BOARD\nMarch 3, 2031\n\n"
    "ROLL CALL\nPresent were Trustees Bo Lind, Cy Marsh and Di Noor.\n\n"
    "TREASURER'S REPORT\n"
    "1. The balance on February 28 was $41,200 after the payments listed.\n"
    "2. Audit engagement letter - signed and returned to the firm.\n\n"
    "PARKS\nThe spring clean up will be on April 12.\n\n"
    "WATER DEPARTMENT\n"
    "1. A main broke on Elm Street and was repaired within a day.\n"
    "2. Meter reading will move to the first week of each month.\n"
    "3. Operator licence - the course was finished in February.\n\n"
    "ADJOURNMENT\nThe meeting was adjourned at 8:05 p.m.\n"
)


def test_unnumbered_headings_are_the_items_over_lists_restarting_under_them(make_document):
    assert _items(make_document, _HEADINGS_OVER_LISTS_MD, name="wren.md") == [
        (None, "CALL TO ORDER"),
        (None, "MINUTES APPROVAL"),
        (None, "CLERK REPORT"),
        (None, "CORRESPONDENCE"),
        (None, "ROAD"),
        (None, "NEW BUSINESS"),
        (None, "ADJOURNMENT"),
    ]
    assert _items(make_document, _HEADINGS_OVER_LISTS_CAPS) == [
        (None, "ROLL CALL"),
        (None, "TREASURER'S REPORT"),
        (None, "PARKS"),
        (None, "WATER DEPARTMENT"),
        (None, "ADJOURNMENT"),
    ]


def test_numbers_running_on_across_headings_stay_the_items(make_document):
    text = (
        "# Minutes of the Hollin Parish Council\n\nPresent: Cllr A Moss, Cllr B Reed.\n\n"
        "## Opening\nThe Chair welcomed everyone to the meeting tonight.\n\n"
        "## Formal business\n1. Apologies\nApologies were received from Cllr Tarn, who is away.\n"
        "2. Minutes of the May meeting\nThe minutes were approved and signed by the Chair.\n\n"
        "## Local matters\n3. Bus shelter\nThe glass has been replaced by the county at no cost.\n"
        "4. Mill footpath\nThe path will be cleared before the summer.\n\n"
        "## Finance\nPayments were approved.\n\n## Close\nThe meeting closed at 9 pm.\n"
    )
    assert _items(make_document, text, name="hollin.md") == [
        ("1", "Apologies"), ("2", "Minutes of the May meeting"), ("3", "Bus shelter"), ("4", "Mill footpath"),
    ]


def test_titled_entries_under_one_heading_stay_items(make_document):
    text = (
        "# Town of Ember Flats\nApril 2, 2031\n\n"
        "## CALL TO ORDER\nThe chair called the meeting to order at 7 pm.\n\n"
        "## MINUTES\nApproved as read.\n\n## ROADS\nAll is well.\n\n"
        "## NEW BUSINESS\n1. Hall roof\nBids will be sought.\n2. Summer picnic\nIt will be in July.\n\n"
        "## ADJOURNMENT\nAdjourned at 8 pm.\n"
    )
    items = _items(make_document, text, name="ember.md")
    assert ("1", "Hall roof") in items and ("2", "Summer picnic") in items


_MARKED_NUMBERS_OVER_PLAIN_LIST = (
    "**MINUTES OF THE MONTHLY MEETING OF THE DISTRICT OF FERNLOW**\n\n"
    "**PRESENT IN THE CHAIR:**\nCouncillor A. Brack.\n\n"
    "**1.**\n\n**Adoption of Minutes**\n\nThe minutes of the March meeting were adopted.\n\n"
    "**2.**\n\n**Disposal of Land**\n\nThe report was noted. It was agreed to take Item 5 next.\n\n"
    "**5.**\n\n**Deputation from the Harbour Group**\n\nThe group asked for the following:\n\n"
    "1. Safety measures at the junction with the main road.\n\n"
    "2. A new barrier at the entrance to the slipway.\n\n"
    "3. More lay-bys along the harbour road.\n\n"
    "4. Removal of the bank at the entrance.\n\n"
    "5. Repairs to the road surface near the barrier.\n\n"
    "6. Dog bins at the harbour.\n\n"
    "7. Changing facilities for swimmers\n\n"
    "The Cathaoirleach thanked the group.\n\n"
    "**3.**\n\n**District Engineer's Report**\n\nThe report was noted.\n\n"
    "**4.**\n\n**Correspondence**\n\nNone.\n"
)


def test_plain_numbered_points_inside_a_marked_item_are_not_items(make_document):
    assert _items(make_document, _MARKED_NUMBERS_OVER_PLAIN_LIST, name="fernlow.md") == [
        ("1", "Adoption of Minutes"),
        ("2", "Disposal of Land"),
        ("5", "Deputation from the Harbour Group"),
        ("3", "District Engineer's Report"),
        ("4", "Correspondence"),
    ]


def test_plain_numbered_points_under_numbered_markdown_headings(make_document):
    text = (
        "# Minutes of the Ashby Moor Board\n\nPresent: A. Lake, B. Frost.\n\n"
        "### 1. Apologies\nNone were received.\n\n"
        "### 2. Finance\nThe treasurer asked the board to note:\n"
        "1. Reserves above target\nThe board was pleased with the year.\n"
        "2. Audit booked for May\nThe auditor will visit the office.\n"
        "3. Bank mandate forms\nTwo members still have to sign them.\n\n"
        "### 3. Grounds\nThe mower was serviced.\n\n"
        "### 4. Any Other Business\nNone.\n"
    )
    assert _items(make_document, text, name="ashby.md") == [
        ("1", "Apologies"), ("2", "Finance"), ("3", "Grounds"), ("4", "Any Other Business"),
    ]


def test_a_short_heading_joined_to_its_first_sentence_keeps_the_heading_only(make_document):
    text = (
        "MINUTES OF THE MEETING OF BRAMBLE COMBE PARISH COUNCIL\n"
        "Present: Cllr J Fenn (Chair), Cllr K Dale.\n\n"
        "1. APOLOGIES Apologies were received from Cllr Tarn.\n"
        "2. MINUTES OF THE LAST MEETING The minutes were approved and signed.\n"
        "3. TREASURER'S REPORT The treasurer presented the accounts for the quarter.\n"
        "4. Planning Applications The council had no objection to the extension at Elm Farm.\n"
        "5. Correspondence A letter from the county council about grit bins was noted.\n"
        "6. Highways The clerk will report the pothole on Mill Lane.\n"
    )
    assert _items(make_document, text) == [
        ("1", "APOLOGIES"),
        ("2", "MINUTES OF THE LAST MEETING"),
        ("3", "TREASURER'S REPORT"),
        ("4", "Planning Applications"),
        ("5", "Correspondence"),
        ("6", "Highways"),
    ]
    joined = (
        "Minutes of the Larkhill Village Committee\n\nPresent: Mr P Orme, Mrs Q Vane.\n\n"
        "1. Welcome The Chair welcomed members and guests.\n"
        "2. Village Hall Roof The surveyor's report was read and quotes will be sought.\n"
        "3. Footpaths Cllr Vane reported a fallen stile on the river path.\n"
        "4. Any Other Business There was no other business.\n"
    )
    assert _items(make_document, joined) == [
        ("1", "Welcome"), ("2", "Village Hall Roof"), ("3", "Footpaths"), ("4", "Any Other Business"),
    ]


def test_numbered_sentences_without_a_title_stay_out(make_document):
    text = (
        "Minutes of the Larkhill Village Committee\n\nPresent: Mr P Orme, Mrs Q Vane.\n\n"
        "AGREED ACTIONS\n"
        "1. The clerk will write to the county about the verge.\n"
        "2. The chair will order the new bench.\n"
        "3. A quote for the hedge will be sought.\n"
        "4. It was agreed to meet again in June.\n"
    )
    titles = [title for _, title in _items(make_document, text)]
    assert not any(title.startswith(("The clerk", "The chair", "A quote", "It was")) for title in titles)


def test_capital_lettered_parts_under_a_numbered_item_are_sub_items(make_document):
    text = (
        "MINUTES OF THE REGULAR MEETING OF THE PINE RIDGE BOARD\nPresent: Chair Olsen, Member Quade.\n\n"
        "1. CALL TO ORDER\nThe meeting was called to order at 7 pm.\n"
        "2. CONSENT AGENDA\nA. Approval of Minutes\nApproved.\nB. Payment of Bills\nApproved.\n"
        "3. NEW BUSINESS\nA) Snow plowing contract\nThe board approved the contract.\n"
        "B) Road grading schedule\nDeferred to May.\n"
        "4. ADJOURNMENT\nThe meeting adjourned at 8 pm.\n"
    )
    assert _items(make_document, text) == [
        ("1", "CALL TO ORDER"),
        ("2", "CONSENT AGENDA"),
        ("2A", "Approval of Minutes"),
        ("2B", "Payment of Bills"),
        ("3", "NEW BUSINESS"),
        ("3A", "Snow plowing contract"),
        ("3B", "Road grading schedule"),
        ("4", "ADJOURNMENT"),
    ]


def test_an_initial_and_a_surname_under_an_item_is_no_sub_item(make_document):
    text = (
        "Minutes of the Hale Moor Parish Council\nPresent: Cllr R Pike, Cllr S Lowe.\n\n"
        "1. Apologies\nReceived from:\nA. Barlow (holiday), B. Cope\n"
        "2. Planning\nA. Ruddock\nspoke about the barn.\n"
        "3. Close\nThe meeting closed at 9 pm.\n"
    )
    numbers = [number for number, _ in _items(make_document, text)]
    assert numbers == ["1", "2", "3"]


_MOVED_UP = (
    "MINUTES OF THE MEETING OF ASHCOTE PARISH COUNCIL\nPresent: Cllr D Hale (Chair), Cllr E Rook.\n\n"
    "1. Apologies\nNone were received.\n"
    "2. Minutes of the Last Meeting\nThe minutes were approved.\n"
    "5. Police Report\nWith the agreement of members this item was taken early.\n"
    "The officer reported the following:\n"
    "1. Two thefts from sheds\n2. Speeding on Mill Lane\n3. Damage at the play park\n"
    "The Chair thanked the officer.\n"
    "3. Finance\nThe payments were approved.\n"
    "4. Highways\nThe clerk will report the pothole.\n"
    "6. Date of Next Meeting\nThe next meeting will be on 4 May.\n"
)


def test_an_item_taken_early_leaves_a_gap_that_the_later_numbers_fill(make_document):
    assert _items(make_document, _MOVED_UP) == [
        ("1", "Apologies"),
        ("2", "Minutes of the Last Meeting"),
        ("5", "Police Report"),
        ("3", "Finance"),
        ("4", "Highways"),
        ("6", "Date of Next Meeting"),
    ]
    deputation_first = (
        "Minutes of the Monthly Meeting of the Brackley Vale District\n\nPresent: Councillors Finn and Gale.\n\n"
        "2. Deputation from the Rowing Club\nThe club asked for a new slipway. Members welcomed the request.\n\n"
        "1. Adoption of Minutes\nThe minutes of the May meeting were adopted.\n\n"
        "3. Roads Report\nThe engineer reported on the resurfacing programme.\n\n"
        "4. Correspondence\nNone.\n"
    )
    assert _items(make_document, deputation_first) == [
        ("2", "Deputation from the Rowing Club"),
        ("1", "Adoption of Minutes"),
        ("3", "Roads Report"),
        ("4", "Correspondence"),
    ]


def test_a_list_under_a_late_item_does_not_fill_gaps(make_document):
    text = (
        "Minutes of the Monthly Meeting of the Brackley Vale District\n\nPresent: Councillors Finn and Gale.\n\n"
        "14. Housing\nThe report was noted by members.\n\n"
        "15. Nominations to Outside Bodies\nThe following were agreed by the meeting:\n\n"
        "1. Joint Waste Committee: Councillor Finn\n\n"
        "2. Heritage Forum: Councillor Gale\n\n"
        "3. Sports Partnership: Councillor Finn\n\nThe Chair thanked the members for standing.\n\n"
        "16. Correspondence\nNone.\n"
    )
    assert [number for number, _ in _items(make_document, text)] == ["14", "15", "16"]
    trip = (
        "MINUTES OF THE MEETING OF ASHCOTE PARISH COUNCIL\nPresent: Cllr D Hale (Chair), Cllr E Rook.\n\n"
        "2. Minutes\nApproved.\n\n3. Planning\nNo applications.\n\n"
        "4. Study Visit\nThe programme of the visit was as follows:\n\n"
        "1) Wednesday Evening - Talks with the plant operator\n\n2) Thursday Morning - Site visit\n\n"
        "Members found the visit useful.\n\n5. Close\nThe meeting closed at 9 pm.\n"
    )
    assert [number for number, _ in _items(make_document, trip)] == ["2", "3", "4", "5"]


# Unnumbered bold headings with numbered tables inside some of them: a correspondence list numbered 1 to 6, and
# under "Matters arising" two of those letters again by their numbers. The tables are lists inside two items.
_TABLES_UNDER_HEADINGS = """**MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD ON 4 MARCH 2031**
Present: Cllr A Lowe (Chair), Cllr B Penn, Cllr C Hurst
**APOLOGIES**
Apologies were received from Cllr D Yates.
**MINUTES OF THE LAST MEETING**
The minutes were agreed and signed.
**MATTERS ARISING**
The clerk had answered these letters:
2\tCounty - Bus timetable changes
5\tDistrict - Register of electors
**PLANNING**
No applications had been received.
**FINANCE**
The balance at the bank was noted.
**CORRESPONDENCE**
1\tPolice - Monthly crime figures
2\tCounty - Bus timetable changes
3\tWater board - Main replacement on Mill Lane
4\tDistrict - Tree preservation order notice
5\tDistrict - Register of electors
6\tCharity - Request for a grant
**COUNCILLORS' REPORTS**
Cllr Penn reported on the footpath survey."""


def test_numbered_tables_inside_unnumbered_headings_are_lists(make_document, tmp_path):
    expected = ["APOLOGIES", "MINUTES OF THE LAST MEETING", "MATTERS ARISING", "PLANNING", "FINANCE",
                "CORRESPONDENCE", "COUNCILLORS' REPORTS"]
    assert [item.title for item in extract_items(make_document(_TABLES_UNDER_HEADINGS))] == expected
    html = ["<html><body>"]
    rows: list[str] = []
    for line in _TABLES_UNDER_HEADINGS.splitlines():
        if "\t" in line:
            rows.append("<tr><td>{}</td><td>{}</td></tr>".format(*line.split("\t")))
            continue
        if rows:
            html.append("<table>" + "".join(rows) + "</table>")
            rows = []
        html.append(f"<p><b>{line.strip('*')}</b></p>" if line.startswith("**") else f"<p>{line}</p>")
    html.append("</body></html>")
    path = tmp_path / "minutes-2031-03-04.htm"
    path.write_text("".join(html), encoding="utf-8")
    assert [item.title for item in extract_items(parse_file(path))] == expected


def test_one_numbered_table_between_few_headings_stays_the_items(make_document):
    # A single table of numbered business after two headings: the rows are the items.
    text = """**MINUTES OF THE MEETING HELD ON 4 MARCH 2031**
**PRESENT**
Cllr A Lowe (Chair), Cllr B Penn
1\tApologies\tNone were received.
2\tMinutes\tAgreed and signed.
3\tPlanning\tNo applications.
4\tFinance\tThe balance was noted."""
    assert [item.number for item in extract_items(make_document(text))] == ["1", "2", "3", "4"]


@pytest.mark.parametrize("row", ["{n}\t{title}\t{text}", "| {n} | {title} | {text} |"])
def test_table_rows_carrying_on_the_numbering_are_the_last_items(make_document, row):
    # A page whose last items a PDF reader laid out as a table: their numbers go on from the items before.
    lines = ["MINUTES OF THE AMENITIES COMMITTEE HELD ON 6 MAY 2031", "Present: Cllrs Hale (Chair), Moss and Pryor.",
             "41 Apologies for Absence", "Cllr Vine.", "42 Declarations of Interest", "None.",
             "43 Minutes of the Previous Meeting", "Resolved that the minutes be signed.", "44 Play Areas",
             "The new swings are fitted."]
    lines += [row.format(n=n, title=title, text=text) for n, title, text in (
        (45, "Bloom Update", "The committee noted the report."), (46, "Grants", "Two grants were approved."),
        (47, "Performance", "Resolved to note the report."))]
    titles = [(item.number, item.title) for item in extract_items(make_document("\n".join(lines)))]
    assert titles == [("41", "Apologies for Absence"), ("42", "Declarations of Interest"),
                      ("43", "Minutes of the Previous Meeting"), ("44", "Play Areas"), ("45", "Bloom Update"),
                      ("46", "Grants"), ("47", "Performance")]


_ONES = """# Maple Hollow Neighborhood Association

Steering committee minutes, April 12, 2031

## Call to Order

The chair opened the meeting at 6:30 pm.

## Roll Call

1. Present
- Ruth Alder
- Omar Pike
1. Absent
- Lena Stroud
1. Guests
- Theo Marsh

## Reports

### Treasurer

The balance is $1,210.40.

### Website

No updates.

## New Business

### Spring Clean Up

Volunteers will meet at the park.

## Adjournment

The meeting ended at 7:15 pm."""

# The "###" topics under "## Reports" and "## New Business" are unnumbered sub-headings: no items (ANNOTATING.md).
_ONES_TITLES = ["Call to Order", "Roll Call", "Reports", "New Business", "Adjournment"]


def test_lists_numbered_one_each_under_headings_are_no_items(make_document, tmp_path):
    assert [item.title for item in extract_items(make_document(_ONES))] == _ONES_TITLES
    html = ["<html><body><h1>Maple Hollow Neighborhood Association</h1><p>Steering committee minutes, April 12, 2031</p>",
            "<h2>Call to Order</h2><p>The chair opened the meeting at 6:30 pm.</p><h2>Roll Call</h2>",
            "<ol><li>Present</li></ol><ul><li>Ruth Alder</li><li>Omar Pike</li></ul>",
            "<ol><li>Absent</li></ol><ul><li>Lena Stroud</li></ul><ol><li>Guests</li></ol><ul><li>Theo Marsh</li></ul>",
            "<h2>Reports</h2><h3>Treasurer</h3><p>The balance is $1,210.40.</p><h3>Website</h3><p>No updates.</p>",
            "<h2>New Business</h2><h3>Spring Clean Up</h3><p>Volunteers will meet at the park.</p>",
            "<h2>Adjournment</h2><p>The meeting ended at 7:15 pm.</p></body></html>"]
    path = tmp_path / "steering-2031-04-12.html"
    path.write_text("".join(html), encoding="utf-8")
    assert [item.title for item in extract_items(parse_file(path))] == _ONES_TITLES


def test_items_all_numbered_one_without_headings_stay_items(make_document):
    # A document that numbers every item "1." and marks no headings: the numbers are all it has.
    text = ("Minutes of the parish meeting, 4 May 2031\n\nPresent: Cllr A Lowe, Cllr B Penn\n\n1. Apologies\n"
            "None were received.\n1. Minutes of the last meeting\nThey were agreed.\n1. Planning\nNo applications.\n")
    assert [item.title for item in extract_items(make_document(text))] == [
        "Apologies", "Minutes of the last meeting", "Planning"]
