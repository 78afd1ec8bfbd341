"""Guards on unnumbered headings: wrapped titles, hearing speakers and stance labels are never items of their own.

Every document here is invented; each guard is written in at least two forms.
"""

from __future__ import annotations

import pytest

from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.votes import extract_votes


def _items(make_document, text, name="inline.md"):
    return [(item.number, item.title) for item in extract_items(make_document(text, name=name))]


def _sectioned(public_comment: str, hearing: str) -> str:
    return (
        "# TOWN OF BRACKEN FALLS\n\nApril 3, 2031\n\n"
        "## CALL TO ORDER\n\nMayor Ann Vale called the meeting to order at 7:00 p.m.\n\n"
        f"## PUBLIC COMMENT\n\n{public_comment}\n\n"
        "## CONSENT AGENDA\n\n1. Minutes of March 20, 2031\n2. Payment of bills\n\n"
        f"## PUBLIC HEARINGS\n\n{hearing}\n\n"
        "## NEW BUSINESS\n\n1. Grader lease\nMotion carried.\n\n"
        "## ADJOURNMENT\n\nThe meeting adjourned at 8:00 p.m.\n"
    )


_EXPECTED_HEAD = [
    (None, "CALL TO ORDER"), (None, "PUBLIC COMMENT"), (None, "CONSENT AGENDA"),
    ("1", "Minutes of March 20, 2031"), ("2", "Payment of bills"), (None, "PUBLIC HEARINGS"),
]
_EXPECTED_TAIL = [(None, "NEW BUSINESS"), ("1", "Grader lease"), (None, "ADJOURNMENT")]


@pytest.mark.parametrize("mark", ["**", "### "])
def test_speaker_lines_and_stance_labels_are_not_sections(make_document, mark):
    close = "**" if mark == "**" else ""
    public = (
        f"{mark}Nora Quill, 5255 Fernbank Road, Lowmoor, Oregon.{close}\nMs. Quill spoke about traffic.\n"
        f"{mark}Mr. Abel Stone, Lowmoor.{close}\nMr. Stone asked about leaf pickup."
    )
    hearing = (
        "1. Zone change for the old mill site\nThe planner presented the report.\n"
        f"{mark}Proponents:{close}\nSam Fir spoke in favor.\n{mark}Neutral:{close}\nNone.\n"
        f"{mark}Opponents:{close}\nDee Ash spoke against.\n{mark}Testimony in opposition:{close}\nNone."
    )
    expected = _EXPECTED_HEAD + [("1", "Zone change for the old mill site")] + _EXPECTED_TAIL
    assert _items(make_document, _sectioned(public, hearing)) == expected


@pytest.mark.parametrize(
    ("first", "rest", "whole"),
    [
        ("Annexation of land on the north side of", "Pilkington Road.", "Annexation of land on the north side of Pilkington Road"),
        ("Zone change for the old mill site (File No.", "2031-01)", "Zone change for the old mill site (File No. 2031-01)"),
    ],
)
def test_a_wrapped_entry_title_is_one_item(make_document, first, rest, whole):
    hearing = f"1. {first}\n**{rest}**\nThe planner presented the report."
    expected = _EXPECTED_HEAD + [("1", whole)] + _EXPECTED_TAIL
    assert _items(make_document, _sectioned("Nobody spoke.", hearing)) == expected


@pytest.mark.parametrize(
    ("first", "rest", "whole"),
    [
        ("Hearing on the water rates for homes on the east side of", "the Village.",
         "Hearing on the water rates for homes on the east side of the Village"),
        ("Hearing on the Variance for the Garage at Number 12 (Case", "31-V-04)",
         "Hearing on the Variance for the Garage at Number 12 (Case 31-V-04)"),
    ],
)
def test_a_wrapped_bold_heading_is_one_item(make_document, first, rest, whole):
    text = (
        "# Village of Ash Hollow\n\nMinutes, April 3, 2031\n\nPresent: Mayor Ann Vale, Trustees Lee and Hart.\n\n"
        f"**{first}**\n**{rest}**\nThe clerk read the notice.\n**Proponents:**\nSam Fir spoke in favor.\n"
        "**In Opposition**\n**Dee Ash, 40 Pine Lane, Ash Hollow.**\nMs. Ash spoke against.\n"
        "**Road Report**\nThe grader was serviced.\n"
    )
    assert _items(make_document, text) == [(None, whole), (None, "Road Report")]


@pytest.mark.parametrize(
    "title",
    ["Variance Request, 40 Harbor Lane", "Budget Workshop, Finance Committee", "Lot Split, 1200 Mill Road"],
)
def test_titles_naming_a_place_stay_items(make_document, title):
    text = (
        "# Village of Ash Hollow\n\nMinutes, April 3, 2031\n\nPresent: Mayor Ann Vale, Trustees Lee and Hart.\n\n"
        f"**{title}**\nThe clerk read the notice.\n**Road Report**\nThe grader was serviced.\n"
    )
    assert _items(make_document, text) == [(None, title), (None, "Road Report")]


@pytest.mark.parametrize(("open_", "close"), [("**", "**"), ("## ", "")])
def test_speaker_names_under_public_comment_are_not_items(make_document, open_, close):
    text = (
        "# Village of Ash Hollow\n\nMinutes, April 3, 2031\n\nPresent: Mayor Ann Vale, Trustees Lee and Hart.\n\n"
        f"{open_}Public Comment{close}\n{open_}Tom Birch{close}\nMr. Birch asked about leaf pickup.\n"
        f"{open_}Mrs. Nora Quill:{close}\nMrs. Quill spoke about traffic on Elm Road.\n"
        f"{open_}Road Report{close}\nThe grader was serviced.\n{open_}Grader Lease{close}\nThe board agreed to lease a grader.\n"
    )
    assert _items(make_document, text) == [(None, "Public Comment"), (None, "Road Report"), (None, "Grader Lease")]


_HEARING = """**UNFINISHED BUSINESS**
**1. Continuation of the Hearing for a proposed ordinance regulating hedges (City File 2031-02)**
Mayor Lark opened the hearing. The planner presented the staff report.
#### Proponents:
None.
#### {label}
Ann Fern, 12 Elm Road, Elmside.
Ms. Fern said the ordinance goes too far.
Motion: Councilor Birch moved to adopt Ordinance 12-2031. Seconded by Councilor Ash. The motion passed 5-0.
#### 2. Resolution 14-2031: Fee Schedule and Agreement to Meet Costs of Development, Hedge
#### Trimming, and Appeal
Motion: Councilor Birch moved to adopt Resolution 14-2031. The motion passed 5-0.
**NEW BUSINESS**
**1. Elm Road crossing**
The engineer reported on the crossing.
**CONSENT AGENDA**
**1. Minutes from the May 4, 2031 City Council Meeting**
**2. Financials – May 2031**
The consent agenda was approved.
**ADJOURNMENT**
The meeting closed at 8 pm.
"""


def test_testimony_labels_and_a_title_wrapped_inside_its_list_are_no_items(make_document):
    for label in ("Opposed:", "Supporters:"):
        items = extract_items(make_document(_HEARING.format(label=label)))
        titles = [item.title for item in items]
        assert label.rstrip(":") not in titles
        assert not any(title.startswith("Trimming") for title in titles)
        assert any(title.endswith("Hedge Trimming, and Appeal") for title in titles)


def test_a_heading_after_a_title_ending_in_a_list_word_stays_an_item(make_document):
    # look-alike: "Planning and Zoning" closes no serial-comma list, so it is a heading of its own
    text = ("**UNFINISHED BUSINESS**\n**1. Parks, Trees**\nThe trees were noted.\n**NEW BUSINESS**\n"
            "#### 1. Library, Roof\n#### Planning and Zoning\nNo applications were received.\n**CONSENT AGENDA**\n"
            "**1. Minutes**\nApproved.\n**ADJOURNMENT**\nThe meeting closed at 8 pm.\n")
    titles = [item.title for item in extract_items(make_document(text))]
    assert "Planning and Zoning" in titles


@pytest.mark.parametrize("count", ["Public: 9 attendees and 3 Visitors", "Public – 14 attendees", "Press: 2"])
def test_count_of_the_public_under_a_register_is_no_item(make_document, count):
    text = (
        "**Elmwick Township**\n\nMarch 3, 2031 Minutes\n\nRoll Call __ Board Members Present\n"
        "Ann Vale, Supervisor X\nBo Reed, Treasurer X\nDee Hart, Clerk X\n\n"
        f"**{count}**\n\n**Board/Public Meeting**\n\nMotion made by Bo to accept agenda.\n\n"
        "**New Business**\n\nThe hall roof was discussed.\n\n**Public Comment**\n\nNone.\n"
    )
    titles = [title for _, title in _items(make_document, text)]
    assert count not in titles
    assert "New Business" in titles and "Public Comment" in titles


def test_public_heading_without_a_count_stays_an_item(make_document):
    # Look-alike: "Public Participation" and "Public: questions from residents" name business, not a count.
    text = (
        "**Elmwick Township**\n\nMarch 3, 2031 Minutes\n\n**Board/Public Meeting**\n\nMotion made by Bo to accept agenda.\n\n"
        "**Public Participation**\n\nTwo residents spoke.\n\n**New Business**\n\nThe hall roof was discussed.\n"
    )
    assert "Public Participation" in [title for _, title in _items(make_document, text)]


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("**New Business:**", "New Business"),
        ("**Public Comments: None**", "Public Comments"),
        ("**Correspondence – Nil**", "Correspondence"),
        ("**Board of Assessors: N/A**", "Board of Assessors"),
    ],
)
def test_heading_punctuation_and_empty_disposition_are_no_part_of_the_title(make_document, heading, title):
    text = (
        "**Elmwick Township**\n\nMarch 3, 2031 Minutes\n\n**Board/Public Meeting**\n\nThe agenda was reviewed.\n\n"
        f"{heading}\n\nMotion made by Ann Vale to buy a mower, seconded by Bo Reed. Motion carried 3-0.\n"
    )
    document = make_document(text)
    items = extract_items(document)
    assert title in [item.title for item in items]
    votes = extract_votes(document, split_sections(document, items))
    assert [vote.item for vote in votes] == [title]


def test_words_after_a_colon_that_name_the_business_stay_in_the_title(make_document):
    # Look-alike: "Nominations: None Received Yet" and "Roads – North Lane" say what the item is about.
    text = (
        "**Elmwick Township**\n\nMarch 3, 2031 Minutes\n\n**Board/Public Meeting**\n\nThe agenda was reviewed.\n\n"
        "**Roads – North Lane**\n\nThe grader is booked.\n\n**Nominations: None Received Yet**\n\nThe clerk will advertise.\n"
    )
    titles = [title for _, title in _items(make_document, text)]
    assert "Roads – North Lane" in titles and "Nominations: None Received Yet" in titles


@pytest.mark.parametrize(
    "tally",
    [
        "All in favor: Ann Vale, Bo Reed and Cy Lott.",
        "Those in favour: Ann Vale, Bo Reed. All opposed: none.",
    ],
)
def test_who_voted_each_way_is_no_run_in_item(make_document, tally):
    text = (
        "Elmwick Township\nMarch 3, 2031 Minutes\n\n"
        "Road Report: The crew graded Mill Road and patched the culvert on Ash Lane.\n"
        "Boundary Survey: Two quotes for the survey were received and read.\n"
        "Beach Tables: A quote for laying concrete was received. Motion made by Ann and 2nd by Bo to accept it.\n"
        f"{tally}\n"
        "Hall Roof: The roofer will start in May and the clerk will tell the renters.\n"
        "Trash Day: The date was set for the first Saturday of June.\n"
    )
    titles = [title for _, title in _items(make_document, text)]
    assert "Beach Tables" in titles and "Hall Roof" in titles
    assert not any("favo" in title for title in titles)


def test_a_favour_word_inside_a_title_stays(make_document):
    # Look-alike: "Favour Grant" and "Opposition Petition" name business, not voters.
    text = (
        "Elmwick Township\nMarch 3, 2031 Minutes\n\n"
        "Road Report: The crew graded Mill Road and patched the culvert on Ash Lane.\n"
        "Favour Grant: The community fund offered a grant for the hall.\n"
        "Opposition Petition: A petition against the quarry was received.\n"
        "Trash Day: The date was set for the first Saturday of June.\n"
    )
    titles = [title for _, title in _items(make_document, text)]
    assert "Favour Grant" in titles and "Opposition Petition" in titles


@pytest.mark.parametrize(
    ("heading", "number", "title"),
    [
        ("4. Old Business:", "4", "Old Business"),
        ("7) Public Comments: None", "7", "Public Comments"),
        ("12. Correspondence – Nil", "12", "Correspondence"),
    ],
)
def test_numbered_heading_loses_its_closing_colon_and_empty_disposition(make_document, heading, number, title):
    text = (
        "ELMWICK TOWNSHIP BOARD\n\nMinutes of March 3, 2031\n\n1. Call to Order\nThe meeting opened at 7 pm.\n\n"
        f"{heading}\nThe hall roof was discussed.\n\n13. Adjournment\nThe meeting closed at 8 pm.\n"
    )
    assert (number, title) in _items(make_document, text)



@pytest.mark.parametrize(
    ("first", "middle", "last"),
    [
        ("Hearing on a contract with the Ashby Consolidated Water", "Supply District No. 4 relating to the relocation of a",
         "main on Mill Road."),
        ("B12-31 Authorizing an agreement with the Curators of Ash", "Hollow College, on behalf of its Farm School, for the",
         "use of the show ground."),
    ],
)
def test_the_middle_line_of_a_bold_title_wrapped_over_three_is_no_item(make_document, first, middle, last):
    text = (
        "# Village of Ash Hollow\n\nMinutes, April 3, 2031\n\nPresent: Mayor Ann Vale, Trustees Lee and Hart.\n\n"
        f"**{first}**\n**{middle}**\n**{last}**\nThe clerk read the notice.\n"
        "**Road Report**\nThe grader was serviced.\n"
    )
    titles = [title for _, title in _items(make_document, text)]
    assert not any(title.startswith(middle.split()[0]) for title in titles)
    assert titles[-1] == "Road Report"


def test_a_short_bold_heading_after_a_bold_title_stays_an_item(make_document):
    """Near miss: a heading of its own after a bold title line does not end on a joining word."""
    text = (
        "# Village of Ash Hollow\n\nMinutes, April 3, 2031\n\nPresent: Mayor Ann Vale, Trustees Lee and Hart.\n\n"
        "**Hearing on the water rates for homes on the east side**\n**Road Report**\nThe grader was serviced.\n"
    )
    assert [title for _, title in _items(make_document, text)][-1] == "Road Report"


@pytest.mark.parametrize("heading", ["Public Comment:", "Budget &", "Consideration of the appointments to the library board:"])
def test_a_bold_heading_after_a_long_bold_title_is_no_middle_line(make_document, heading):
    """Near miss: a heading of its own closed by a colon, or too short to be a wrapped line's middle, after a long
    bold title stays an item."""
    text = (
        "# Village of Ash Hollow\n\nMinutes, April 3, 2031\n\nPresent: Mayor Ann Vale, Trustees Lee and Hart.\n\n"
        f"**Hearing on the water rates for homes on the east side of the river**\n**{heading}**\nNo one spoke.\n"
        "**Road Report**\nThe grader was serviced.\n"
    )
    titles = [title for _, title in _items(make_document, text)]
    assert titles[0] == "Hearing on the water rates for homes on the east side of the river"
    assert titles[-1] == "Road Report"


_SPECIAL_HEAD = (
    "MINUTES OF PROCEEDINGS AT SPECIAL MEETING OF DUNMORE COUNTY COUNCIL\n\n"
    "MEMBERS PRESENT:\n\nCouncillors Brady, Cahill, Doyle, Nolan.\n\n"
    "The Cathaoirleach stated that the meeting had been requisitioned by a number of Members as follows:\n\n"
)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_lines_of_a_motion_quoted_in_bold_and_its_signatures_are_no_items(make_document, gap):
    text = _SPECIAL_HEAD + (
        f"**“That Dunmore County Council call on the Minister for Transport to request**{gap}"
        f"**Coastline Rail to keep the station at Kilbarra open**{gap}"
        f"**pending a review of passenger numbers.”**{gap}"
        f"**Signed: Councillors A. Brady, C. Doyle, E. Nolan**{gap}"
        "Councillor Brady, in proposing the Motion, said the station served four parishes.\n\n"
        "**Road Closures**\n\nThe Director reported on the closures for the summer.\n"
    )
    assert _items(make_document, text) == [(None, "Road Closures")]


def test_a_bold_heading_after_a_closed_quotation_or_on_signage_stays_an_item(make_document):
    """Near miss: the quotation closed on its own line; "Signage" is no signature."""
    text = _SPECIAL_HEAD + (
        "**“That the Council repair the pier at Kilbarra.”**\n\n"
        "Councillor Doyle seconded the motion.\n\n"
        "**Signage at the Harbour**\n\nThe Engineer reported on the new signs.\n\n"
        "**Road Closures**\n\nThe Director reported on the closures for the summer.\n"
    )
    assert _items(make_document, text) == [(None, "Signage at the Harbour"), (None, "Road Closures")]
