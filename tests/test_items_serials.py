"""Items of US and Canadian minutes numbered by a serial at the start of their lines ("R031-24 Resolution …",
"O-12-2031 Ordinance …", "CA-3 Approve …", "2031-118 Award …", "7-B Consider …"), lettered parts whose titles end in a
full stop ("A. Approval of minutes."), and the serials, codes and sums that must stay no items.

Every document here is invented.
"""

from __future__ import annotations

from minutebook.extract.items import extract_items
from minutebook.extract.numbering import read_serial_heading, serial_runs


def _items(make_document, text: str) -> list[tuple[str | None, str]]:
    return [(item.number, item.title) for item in extract_items(make_document(text, name="maple-vale-2031-03-04.txt"))]


_RESOLUTIONS = """MAPLE VALE CITY COUNCIL
REGULAR MEETING MINUTES
March 4, 2031

1. CALL TO ORDER
Mayor Ada Ferrow called the meeting to order at 7:00 p.m.

2. RESOLUTIONS
R031-31 Resolution authorizing the purchase of a street sweeper.
Councilmember Tarn moved to adopt Resolution R031-31. Motion carried 3-0.
R032-31 Resolution approving a lease with the Elmcourt Library Trust.
Motion carried 3-0.

3. ORDINANCES
O-12-2031 Ordinance amending the parking chapter of the city code.
First reading held.
O-13-2031 Ordinance rezoning land on Birch Lane from R-1 to R-2.
Motion carried 3-0.

4. ADJOURNMENT
The meeting adjourned at 8:05 p.m.
"""


def test_resolution_and_ordinance_serials_number_their_items(make_document) -> None:
    items = _items(make_document, _RESOLUTIONS)
    assert ("R031-31", "Resolution authorizing the purchase of a street sweeper") in items
    assert ("R032-31", "Resolution approving a lease with the Elmcourt Library Trust") in items
    assert ("O-12-2031", "Ordinance amending the parking chapter of the city code") in items
    assert ("O-13-2031", "Ordinance rezoning land on Birch Lane from R-1 to R-2") in items
    numbers = [number for number, _ in items]
    assert numbers.index("2") < numbers.index("R031-31") < numbers.index("3") < numbers.index("O-12-2031")


_CONSENT = """TOWNSHIP OF ELMCOURT BOARD OF TRUSTEES
MINUTES OF THE REGULAR MEETING
June 9, 2031

CALL TO ORDER
Supervisor Bo Quill called the meeting to order at 6:30 p.m.

CONSENT AGENDA
CA-1   Approve the minutes of the May 12, 2031 meeting.
CA-2   Approve payment of claims in the amount of $45,210.33.
CA-3   Approve a contract with Greyfield Paving for street repairs
       on the north side of the township.
Trustee Tarn moved to approve the consent agenda. Motion carried 5-0.

NEW BUSINESS
2031-118 Award of bid for water main replacement on Oak Street.
Motion carried 5-0.
2031-121 Appointment to the Parks Advisory Board.
Motion carried 5-0.

ADJOURNMENT
"""


def test_consent_and_file_serials_number_their_items(make_document) -> None:
    items = _items(make_document, _CONSENT)
    assert ("CA-1", "Approve the minutes of the May 12, 2031 meeting") in items
    assert ("CA-2", "Approve payment of claims in the amount of $45,210.33") in items
    # A title wrapped onto a line starting in lower case reads on.
    assert ("CA-3", "Approve a contract with Greyfield Paving for street repairs on the north side of the township") in items
    assert ("2031-118", "Award of bid for water main replacement on Oak Street") in items
    assert ("2031-121", "Appointment to the Parks Advisory Board") in items


_PARTS = """VILLAGE OF MAPLE VALE
COUNCIL MINUTES
April 1, 2031

1. CALL TO ORDER
Mayor Ada Ferrow called the meeting to order.

2. APPROVAL OF MINUTES AND AGENDA
A. Approval of minutes.
Councilmember Quill moved to approve the minutes of March 4. Motion carried.
B. Adoption of the agenda.
The agenda was adopted as presented.

3. CONSENT CALENDAR
3-A Approve payment of claims.
3-B Approve a contract for tree trimming.
3-C Accept the quarterly treasurer report.
Motion carried 5-0.

4. ADJOURNMENT
"""


def test_lettered_parts_closed_by_a_stop_and_hyphened_parts(make_document) -> None:
    items = _items(make_document, _PARTS)
    assert ("2A", "Approval of minutes") in items
    assert ("2B", "Adoption of the agenda") in items
    assert ("3-A", "Approve payment of claims") in items
    assert ("3-B", "Approve a contract for tree trimming") in items
    assert ("3-C", "Accept the quarterly treasurer report") in items


_NOT_ITEMS = """MAPLE VALE CITY COUNCIL
REGULAR MEETING MINUTES
March 4, 2031

1. CALL TO ORDER
Mayor Ada Ferrow called the meeting to order at 7:00 p.m.

2. STAFF REPORTS
A. Provided by the chief of police.
The chief reported on calls for service. Ordinance
O-14-2031 Was discussed briefly and
2031-2032 Budget figures were shared by the treasurer.
2031-05-06 Workshop dates were set.
K-12 Reading programs and
K-8 School visits were praised.
I-80 Interchange works continue.
MW-4     Monitoring     38.58     65
MW-6     Monitoring     38.60     72
555-0142 Front desk line.

3. ADJOURNMENT
"""


def test_cited_serials_spans_codes_and_table_rows_are_no_items(make_document) -> None:
    numbers = [number for number, _ in _items(make_document, _NOT_ITEMS)]
    assert numbers == ["1", "2", "3"]


def test_a_serial_alone_or_falling_back_is_no_run() -> None:
    found = {
        position: heading
        for position, text in enumerate(
            ["CA-1 Approve the minutes.", "C-12 Commercial District zoning applies.", "CA-2 Approve the claims.",
             "B-9 Business District one.", "B-2 Business District two."]
        )
        if (heading := read_serial_heading(text)) is not None
    }
    assert serial_runs(found) == {0, 2}
    assert read_serial_heading("2030-31 Budget review") is None
    assert read_serial_heading("R-1 district") is None


_CODED = """ELMCOURT UNIFIED SCHOOL DISTRICT
Board of Education Minutes
March 10, 2031

Call to Order (A)
At 6:30 p.m. the meeting was called to order by the president, Ada Ferrow.

Minutes Approved (B)
It was moved by Mr. Quill, seconded by Ms. Tarn, that the minutes be approved. MOTION CARRIED 5-0.

Consent Calendar Approved (E-1/E-3)
It was moved by Ms. Tarn that consent items E-1 through E-3 be approved. MOTION CARRIED 5-0.

Personnel Report (E-1)
Appointments and separations were approved as submitted.

Gifts (E-2)
Gifts from two schools were accepted.

Budget Revisions for Spring Programs (G-1)
The chief business officer presented the revisions. Action was scheduled for March
24.

Reduction of Classified Services (G-2)
Staff explained the statutory process.

Adjournment (J)
The meeting adjourned at 8:40 p.m.
"""


def test_titles_closed_by_their_agenda_reference_number_the_items(make_document) -> None:
    items = _items(make_document, _CODED)
    assert items == [
        ("A", "Call to Order"),
        ("B", "Minutes Approved"),
        ("E-1/E-3", "Consent Calendar Approved"),
        ("E-1", "Personnel Report"),
        ("E-2", "Gifts"),
        ("G-1", "Budget Revisions for Spring Programs"),
        ("G-2", "Reduction of Classified Services"),
        ("J", "Adjournment"),
    ]


_TAGGED = """MAPLE VALE WATER DISTRICT
Board Minutes
May 5, 2031

STAFF
Bo Quill, General Manager (GM)
Cy Tarn, Operations Manager (OM)

1. CONSENT CALENDAR
Pump Station Generator Project (W)
Hydrant Maintenance Program (R)
Motion carried.
"""


def test_initials_of_posts_or_services_closing_lines_are_no_references(make_document) -> None:
    numbers = [number for number, _ in _items(make_document, _TAGGED)]
    assert "GM" not in numbers and "OM" not in numbers and "W" not in numbers


def test_zoning_districts_listed_by_code_are_no_items(make_document) -> None:
    # A zoning ordinance's district list runs "R-1", "R-2", … like serials, but its titles name districts.
    for districts in (
        ["R-1 Single Family Residential", "R-2 Two Family Residential", "R-3 Multiple Family Residential"],
        ["C-1 Neighborhood Commercial District", "C-2 General Commercial District", "C-3 Highway Business"],
    ):
        document = make_document(
            "Elmwood Planning Commission\nMinutes of March 4, 2031\n1. Zoning text amendment\n"
            "The districts affected are:\n" + "\n".join(districts) + "\n2. Adjournment\n"
        )
        assert [item.number for item in extract_items(document)] == ["1", "2"]
        assert all(read_serial_heading(line) is None for line in districts)
    assert read_serial_heading("CA-3 Approve the rezoning of the industrial district") is not None
