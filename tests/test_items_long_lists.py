"""A numbered list under an item that runs past the item's own number, from short inline minutes.

Parish minutes list the correspondence received under one item ("7. Correspondence", then "1. County newsletter" …
"12. Letter re. street lights"); the list's "8.", "9." … are letters, not items, when the true "8." follows further on.
"""

from __future__ import annotations

import pytest

from minutebook.extract.items import extract_items


def _items(make_document, text, name="inline.txt"):
    return [(item.number, item.title) for item in extract_items(make_document(text, name=name))]


def _minutes(mark: str, gap: str) -> str:
    letters = [
        "County newsletter", "Rural speed initiative", "Funding leaflets", "Road safety campaign",
        "Register of common land", "Transport plan consultation", "Bus timetable changes", "Village halls bulletin",
        "Footpath survey", "Tree warden scheme",
    ]
    listed = gap.join(f"{n}{mark} {title}\n" for n, title in enumerate(letters, 1))
    return gap.join([
        "MINUTES OF ASHCOMBE PARISH COUNCIL MEETING HELD ON 4TH MAY 2031\n",
        "Present: Cllr A Reed (Chair), Cllr B Lowe, Cllr C Marsh\n",
        f"1{mark} Apologies for Absence\n", "None received.\n",
        f"2{mark} Minutes\n", "The minutes were approved.\n",
        f"3{mark} Correspondence\n", listed,
        f"4{mark} Planning\n", "No applications were received.\n",
        f"5{mark} Date of next meeting\n", "1st June 2031.\n",
    ])


@pytest.mark.parametrize(
    ("mark", "gap"), [(".", "\n"), (")", "")]
)
def test_a_list_under_correspondence_runs_past_the_items_number(make_document, mark, gap):
    # paragraphs parted by blank lines (text exported from a web page), or one to a line
    assert _items(make_document, _minutes(mark, gap)) == [
        ("1", "Apologies for Absence"), ("2", "Minutes"), ("3", "Correspondence"), ("4", "Planning"),
        ("5", "Date of next meeting"),
    ]


def test_the_next_number_with_none_further_on_is_the_item(make_document):
    # look-alike: the list stops at "2." and "3. Finance" follows it; no "3." further on, so "3." is the item itself
    text = (
        "1. Opening Items\nThe chair opened the meeting.\n2. Correspondence\nThe clerk listed:\n"
        "1. Letter from Elmside Library\n2. Letter from Fern Road Residents\n3. Finance\nThe accounts were noted.\n"
        "4. Close\nThe meeting closed at 9 pm.\n"
    )
    assert [number for number, _ in _items(make_document, text)] == ["1", "2", "3", "4"]


@pytest.mark.parametrize(("open_", "close", "sub"), [("", ")", "{}{}"), ("(", ")", "{} ({})")])
def test_a_lettered_part_going_on_as_a_sentence_keeps_its_letter(make_document, open_, close, sub):
    # "a)" … "c)" titled with a dash, then "d)" written as a sentence: the letter going on vouches for the part
    text = (
        "MINUTES OF BRAMLEY PARISH COUNCIL MEETING\nHeld on 6 June 2031 in the Village Hall\n"
        "1. Apologies\nNone received.\n"
        "2. Matters Arising:\n"
        f"{open_}a{close} Bus Shelter - the glass panel has been replaced.\n"
        f"{open_}b{close} Grit Bins - the bins are to be refilled in October.\n"
        f"{open_}c{close} Village Sign - the repainting is booked for July.\n"
        f"{open_}d{close} Potholes near the school entrance have not yet been repaired and the Clerk is to chase.\n"
        f"{open_}e{close} Notice Board - a new lock has been fitted.\n"
        "3. Planning\nNo applications.\n"
    )
    parts = [("a", "Bus Shelter"), ("b", "Grit Bins"), ("c", "Village Sign"),
             ("d", "Potholes near the school entrance"), ("e", "Notice Board")]
    assert _items(make_document, text) == [
        ("1", "Apologies"), ("2", "Matters Arising"),
        *[(sub.format("2", letter), title) for letter, title in parts],
        ("3", "Planning"),
    ]


def test_a_first_letter_written_as_a_sentence_is_still_a_note(make_document):
    # look-alike: "a) The hedge was cut back." opening a list under an item is a note, not a part
    text = (
        "1. Apologies\nNone received.\n2. Matters Arising:\n"
        "a) The hedge on Mill Lane was cut back by the contractor.\n"
        "b) The bench at the green was repaired by volunteers.\n"
        "3. Planning\nNo applications.\n"
    )
    assert [number for number, _ in _items(make_document, text)] == ["1", "2", "3"]
