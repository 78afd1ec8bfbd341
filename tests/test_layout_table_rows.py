"""Rows of a table found from column alignment: a header row set apart does not make the rows under it padded, so
lines a name each beside each other stay rows of their own. Hand-made lines; every name is invented."""

from __future__ import annotations

from minutebook.ingest import layout
from minutebook.ingest.layout import PageLine, Segment

LEFT, RIGHT = 72.0, 288.0


def _line(top: float, *cells: str) -> PageLine:
    segments = tuple(Segment(x, x + 6 * len(text), text) for x, text in zip((LEFT, RIGHT), cells) if text)
    return PageLine("\t".join(cells), top, top + 9, 10.0, False, segments=segments)


def test_a_header_row_set_apart_leaves_each_line_under_it_a_row() -> None:
    block = [_line(150, "Present:", "Members of the Public"), _line(175, "Nora Oakes (NO)", "Dana Bright"),
             _line(190, "Jon Hood (JH)", "Hal Bright"), _line(205, "Carl Roth (CR)", "Ivy Lane")]
    rows = layout._build_table_rows(block, [LEFT, RIGHT], key="t", right=540.0)
    assert [row.cells for row in rows] == [
        ("Present:", "Members of the Public"), ("Nora Oakes (NO)", "Dana Bright"), ("Jon Hood (JH)", "Hal Bright"),
        ("Carl Roth (CR)", "Ivy Lane"),
    ]


def test_rows_padded_below_the_header_still_join_their_wrapped_lines() -> None:
    block = [_line(150, "Item", "Decision"), _line(175, "Play area", "Agreed to buy"),
             _line(187, "", "two new swings"), _line(205, "Footpaths", "Noted")]
    rows = layout._build_table_rows(block, [LEFT, RIGHT], key="t", right=540.0)
    assert [row.cells for row in rows] == [
        ("Item", "Decision"), ("Play area", "Agreed to buy two new swings"), ("Footpaths", "Noted"),
    ]
