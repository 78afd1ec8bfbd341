"""Minutes written as numbered paragraphs whose title runs in up to the first full stop (small boards, associations).

Every document here is invented; the family is written in several forms, with near misses.
"""

from __future__ import annotations


from minutebook.extract.items import _find_stopped_paragraphs, extract_items, split_sections


def _items(make_document, text):
    return [(item.number, item.title) for item in extract_items(make_document(text))]


_BRACKETED = (
    "Maple Hollow Owners Association\nMarch 3, 2031\nBoard Meeting Minutes\n"
    "Members Attending: Tove Brandt (President), Ilse Marek (Treasurer), Owen Pike\n"
    "1) Lot 12, fence height change. Owner submitted a request form and the board\n"
    "approved it subject to the neighbours' consent.\n"
    "2) Pond aerator. The pump failed in February. Owen to get two quotes.\n"
    "• Quote from the usual supplier.\n"
    "• Quote from a second supplier.\n"
    "3) Ways to remind owners about the rules before they start work on\n"
    "their homes. Board agreed to send a postcard each spring.\n"
    "i. Spring – landscaping upkeep.\n"
    "ii. Fall – lighting.\n"
    "4) Ilse presented the budget and dues collection status.\n"
    "Two lots remain unpaid.\n"
    "5) Snow removal. No complaints this winter.\n"
)


def test_bracketed_numbers_with_titles_run_in_to_the_full_stop(make_document):
    assert _items(make_document, _BRACKETED) == [
        ("1", "Lot 12, fence height change"),
        ("2", "Pond aerator"),
        ("3", "Ways to remind owners about the rules before they start work on their homes"),
        ("4", "Ilse presented the budget and dues collection status"),
        ("5", "Snow removal"),
    ]


def test_a_decision_hangs_on_its_numbered_paragraph(make_document):
    document = make_document(_BRACKETED)
    sections = split_sections(document, extract_items(document))
    third = next(section for section in sections if section.item is not None and section.item.number == "3")
    assert "Board agreed to send a postcard" in third.text


def test_dotted_and_parenthesised_numbers_with_a_dash_or_colon(make_document):
    text = (
        "Friends of Wren Park\nCommittee Minutes, 9 June 2031\n"
        "Present: Ada Rook, Lars Fenn, Mia Quill\n"
        "(1) Welcome – Ada opened the meeting and thanked members for coming.\n"
        "(2) Treasurer's report: the balance stands at $1,204. Mia reported two new members.\n"
        "(3) Plant sale. The sale raised $310. Lars will book the hall again.\n"
        "(4) Bench plaques. Mr. Fenn has the wording ready.\n"
    )
    assert _items(make_document, text) == [
        ("1", "Welcome"),
        ("2", "Treasurer's report"),
        ("3", "Plant sale"),
        ("4", "Bench plaques"),
    ]


def test_a_list_starting_again_inside_a_paragraph_is_passed_over(make_document):
    text = (
        "Ridge Lane Parents Club\nMinutes of 4 May 2031\n"
        "1. Book fair. The fair raised $800.\n"
        "2. Field day. Volunteers are needed for:\n"
        "1. Sack race.\n"
        "2. Relay.\n"
        "3. Teacher gifts. Cards will go out in June.\n"
        "4. Next meeting. To be held on 8 June.\n"
    )
    assert _items(make_document, text) == [
        ("1", "Book fair"), ("2", "Field day"), ("3", "Teacher gifts"), ("4", "Next meeting"),
    ]


def test_three_numbered_sentences_are_no_items(make_document):
    """Near miss: a short numbered list with nothing else around it is not the minutes' structure."""
    text = (
        "Notes of a site visit, 2 July 2031\n"
        "1. The gate hinge is broken.\n"
        "2. The path needs gravel.\n"
        "3. The sign has faded.\n"
    )
    assert _items(make_document, text) == []


def test_numbered_paragraphs_do_not_replace_headed_items(make_document):
    """Near miss: minutes whose items are headed keep them; numbered points under an item stay its text."""
    text = (
        "#### 4. Highways\n\n"
        "1. The verge on Mill Lane needs cutting. The clerk will ask the county.\n\n"
        "2. Potholes. Two were reported on Station Road.\n\n"
        "3. Signs. The new sign is up.\n\n"
        "4. Gritting. The bin is full.\n\n"
        "#### 5. Finance\n\nPayments were approved.\n"
    )
    assert _items(make_document, text) == [("4", "Highways"), ("5", "Finance")]


def test_a_paragraph_titled_with_a_colon_or_a_year_does_not_stop_the_run(make_document):
    text = (
        "Cedar Bluff Homeowners Association\nBoard Meeting Minutes\nMay 12, 2031\n"
        "Members Attending: Rhea Moss (President), Ivo Dane, Pia Lund\n"
        "1) 2031 Budget proposal. Noted items:\n"
        "a. Water costs fall this year.\n"
        "b. Legal fees were offset by fines.\n"
        "2) Lot 7: Submitted a request for a shed.\n"
        "• Board reviewed and approved the request.\n"
        "3) Entrance sign needs repainting. Ivo got one quote.\n"
        "4) A volunteer is needed to attend the county meeting to be\n"
        "held in June. Pia will go.\n"
        "5) Street parking. Board to send a reminder.\n"
    )
    assert _items(make_document, text) == [
        ("1", "2031 Budget proposal"),
        ("2", "Lot 7"),
        ("3", "Entrance sign needs repainting"),
        ("4", "A volunteer is needed to attend the county meeting to be held in June"),
        ("5", "Street parking"),
    ]


def test_a_title_line_without_a_stop_does_not_take_the_next_sentence(make_document):
    text = (
        "Oak Run Garden Club\nMinutes, 3 March 2031\n"
        "1. Seed swap\nThe swap will be on 2 April.\n"
        "2. Plant sale. Tables are booked.\n"
        "3. Treasurer's report. Balance is $420.\n"
        "4. Speakers. Ann will ask the county agent.\n"
    )
    assert _items(make_document, text)[0] == ("1", "Seed swap")


def test_a_numbered_list_introduced_by_a_colon_is_no_items(make_document):
    """Near miss: numbered sentences after a label closed by a colon ("Action items:", "The board agreed:") are one
    list the minutes introduce, not the paragraphs their matters are minuted in."""
    text = (
        "Elm Ridge Owners Association\nBoard Meeting Minutes, May 3, 2031\nPresent: Ann Vale, Bo Reed, Cy Dunn\n"
        "The meeting was called to order at 7 pm by Ann Vale.\n{label}\n"
        "1. Ann to call the fence contractor. Due by June 1.\n"
        "2. Bo to send the dues notice. Due by May 15.\n"
        "3. Cy to get quotes for the pond aerator. Two quotes needed.\n"
        "4. Ann to book the hall. For the annual meeting.\n"
        "Meeting adjourned at 8:30 pm.\n"
    )
    assert _items(make_document, text.format(label="Action items:")) == []
    assert _items(make_document, text.format(label="The board agreed on the following:")) == []


def test_a_long_numbered_line_of_initials_is_read_in_linear_time(make_document):
    # Every stop on the line follows an initial, so each is looked behind: only the word before it may be read.
    document = make_document("Minutes\n1. " + "A. " * 20_000 + "end\n")
    _find_stopped_paragraphs(document.lines, len(document.lines))  # its time: benchmarks/bench_long_lines.py
