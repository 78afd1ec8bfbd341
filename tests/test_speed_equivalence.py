"""Faster paths give what the plain ones gave: each is checked here against the plain way on invented input."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest


def test_trailing_owner_matches_as_it_did_with_backtracking_words() -> None:
    from minutebook.extract.actions import _TRAILING_OWNER

    # The same pattern with words that may be split: what the possessive words must still match.
    plain = re.compile(_TRAILING_OWNER.pattern.replace("*+", "*"))
    texts = [
        "The bins are to be emptied by Friday. Cllr. A. Rees/Clerk",
        "Quotes for the bus shelter were ongoing. Clerk",
        "Report to follow in 2024 Mr McDonald and the Clerk",
        "Costs were £50.00. Cllr. H. Rees",
        "Members agreed the budget. ALL",
        "The list was read out (item 4) Smith & Jones, Brown",
        "No owner after this sentence. then lower case words",
        "APPROVAL OF THE MINUTES. THE CHAIR SIGNED THEM AS A TRUE RECORD",
        "A TITLE IN CAPITALS ENDS. WITH EIGHT OR MORE WORDS IN CAPITALS ONE TWO THREE",
        "Works at 12 High Street. The Clerk/the Chair",
        "Done.\tKW, JS & RB\n",
    ]
    for text in texts:
        ours, theirs = _TRAILING_OWNER.search(text), plain.search(text)
        assert (ours and (ours.span(), ours.group("owner"))) == (theirs and (theirs.span(), theirs.group("owner")))


def test_trailing_owner_on_a_long_line_in_capitals() -> None:
    from minutebook.extract.actions import _TRAILING_OWNER

    # With words that could be split at every capital, this search tried every split of every word.
    line = "AN ORDINANCE OF THE CITY COUNCIL OF THE CITY OF ELMWOOD, 2022 ADOPTING BY REFERENCE " * 6
    found = _TRAILING_OWNER.search(line.strip() + " CODE")
    assert found is not None and found.group("owner") == "ADOPTING BY REFERENCE CODE"


def _place_linearly(box, tables) -> tuple[int, int, int] | None:
    middle_x, middle_y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    for table_index, table in enumerate(tables):
        x0, top, x1, bottom = table.bbox
        if not (x0 <= middle_x <= x1 and top <= middle_y <= bottom):
            continue
        for row_index, (row_box, cells) in enumerate(table.rows):
            if not row_box[1] <= middle_y < row_box[3]:
                continue
            for cell_index, cell in enumerate(cells):
                if cell is not None and cell[0] <= middle_x < cell[2] and cell[1] <= middle_y < cell[3]:
                    return table_index, row_index, cell_index
        return table_index, -1, -1
    return None


@pytest.mark.parametrize("seed", range(5))
def test_characters_are_placed_in_rows_as_a_scan_of_every_row_places_them(seed: int) -> None:
    from minutebook.ingest.pdf import _place_char, _RuledTable

    rng = random.Random(seed)
    tables = []
    for _ in range(2):
        rows = []
        top = rng.uniform(0, 50)
        for _ in range(rng.randint(1, 12)):
            height = rng.uniform(5, 30)
            # a merged cell makes its row reach into the next one
            bottom = top + height + (rng.uniform(0, 40) if rng.random() < 0.3 else 0)
            cells = [None if rng.random() < 0.15 else (x, top, x + 60, bottom) for x in (20, 80, 140)]
            rows.append(((20, top, 200, bottom), cells))
            top += height
        if seed == 4:
            rows.reverse()  # rows out of order: every row is tested, as before
        tables.append(_RuledTable(bbox=(20, rows[0][0][1], 200, max(row[0][3] for row in rows)), rows=rows))
    for _ in range(2000):
        x, y = rng.uniform(0, 220), rng.uniform(0, 400)
        box = (x - 2, y - 3, x + 2, y + 3)
        assert _place_char(box, tables) == _place_linearly(box, tables)


def test_rule_edges_skip_only_paths_too_small_to_hold_a_kept_edge(tmp_path: Path) -> None:
    import pypdfium2
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from minutebook.ingest.pdf import EDGE_MIN_LENGTH_PREFILTER, _edge_length, _iter_rule_edges, _PageFrame

    width, height = A4
    path = tmp_path / "rules-and-dots.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for row in range(6):
        pdf.rect(72, 700 - 20 * row, 400, 20)  # a ruled table
        pdf.rect(80, 705 - 20 * row, 0.6, 0.6, fill=1)  # a dot in each row: too small for any edge
    pdf.rect(300, 300, 0.4, 120, fill=1)  # a thin rule: long on one side only
    pdf.bezier(100, 100, 100, 140, 0.5, 0.5, 100.5, 100.5)  # a curve whose control points reach far
    pdf.line(100, 200, 100.8, 200)
    pdf.line(120, 200, 121.2, 200)
    pdf.showPage()
    pdf.save()

    document = pypdfium2.PdfDocument(str(path))
    try:
        page = document[0]
        every = [edge for edge in _iter_rule_edges(page, _PageFrame.of(page)) if _edge_length(edge) >= EDGE_MIN_LENGTH_PREFILTER]
        assert list(_iter_rule_edges(page, _PageFrame.of(page), min_length=EDGE_MIN_LENGTH_PREFILTER)) == every
        assert len(every) > 12
    finally:
        document.close()


def test_decisions_opening_lines_are_found_as_matching_each_rest_finds_them() -> None:
    from minutebook.extract.nlp import load_nlp
    from minutebook.extract.resolutions import _RestOpeners, load_resolution_rules, match_opener

    nlp = load_nlp(None)
    rules = load_resolution_rules(nlp)
    lines = [
        "Members discussed the grass cutting contract at length",
        "The Committee agreed to seek three quotes",
        "RESOLVED that the Clerk write to the contractor",
        "It was proposed by Cllr Penrose and agreed",
        "The minutes of the meeting held on 3 May were agreed",
        "Agreed as amended",
        "Noted",
        "The motion was put to the vote and carried",
        "Proposed by Mrs Whitlow, seconded by Mr Garside, carried",
        "Next meeting 4 June",
    ]
    rng = random.Random(7)
    for _ in range(60):
        chosen = [rng.choice(lines) for _ in range(rng.randint(2, 8))]
        separator = rng.choice(["\n", " "])
        text = separator.join(chosen)
        openers = _RestOpeners(text, rules, nlp)
        offset = 0
        for line in chosen:
            if offset:
                assert openers.at(offset) == match_opener(text[offset:], rules, nlp)
            offset += len(line) + len(separator)


def test_letters_are_counted_as_listing_them_counted() -> None:
    from minutebook.ingest import quality

    rng = random.Random(11)
    letters = re.compile(r"[^\W\d_]")
    for _ in range(500):
        text = "".join(chr(rng.choice([rng.randint(32, 127), rng.randint(128, 0x3000)])) for _ in range(80))
        assert len(quality._NOT_LETTERS.sub("", text)) == len(letters.findall(text))
