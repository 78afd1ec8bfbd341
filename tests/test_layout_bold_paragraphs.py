"""A paragraph set in bold at body size (a motion, a resolution) is bold text, not a run of headings, while a title
wrapped over two lines keeps its heading level. Hand-made lines; every name is invented."""

from __future__ import annotations

from minutebook.ingest.layout import BOLD_HEADING_LEVEL, PageLine, Segment, build_rows

LEFT, RIGHT = 72.0, 540.0


def _line(text: str, top: float, *, bold: bool = False, x0: float = LEFT, x1: float | None = None) -> PageLine:
    right = x1 if x1 is not None else min(RIGHT, x0 + 5.5 * len(text))
    return PageLine(text, top, top + 10, 10.0, bold, segments=(Segment(x0, right, text),))


def _levels(lines: list[PageLine]) -> list[int | None]:
    return [row.heading for row in build_rows(lines, 10.0)]


def test_a_bold_motion_wrapped_over_full_lines_is_no_heading() -> None:
    lines = [
        _line("STREET REPAIRS", 100),
        _line("The clerk reported on the potholes in Main Street and the cost of repairs this year.", 114, x1=RIGHT),
        _line("A motion to award the paving contract to Elm Paving for $45,000,", 128, bold=True, x1=RIGHT - 8),
        _line("seconded by Council Member Hale. Motion carried.", 142, bold=True),
        _line("Old Business", 170, bold=True),
        _line("There was no old business.", 184),
    ]
    assert _levels(lines) == [None, None, None, None, BOLD_HEADING_LEVEL, None]


def test_a_bold_resolution_ending_on_a_short_lower_case_line_is_no_heading() -> None:
    lines = [
        _line("Members agreed the following and the Clerk was asked to write to the owner of the", 100, bold=True,
              x1=RIGHT),
        _line("field.", 114, bold=True),
        _line("Some text under it that runs to the edge of the page like any other line of minutes.", 128, x1=RIGHT),
    ]
    assert _levels(lines) == [None, None, None]


def test_a_title_wrapped_short_of_the_edge_keeps_its_level() -> None:
    lines = [
        _line("Minutes of a Meeting held on Tuesday 5 March 2031", 100, bold=True, x1=330),
        _line("at 7.00 pm in the Village Hall", 114, bold=True, x1=240),
        _line("Present: Ann Lee, Bo Day and the text of the minutes running on to the right edge.", 128, x1=RIGHT),
    ]
    assert _levels(lines) == [BOLD_HEADING_LEVEL, BOLD_HEADING_LEVEL, None]
