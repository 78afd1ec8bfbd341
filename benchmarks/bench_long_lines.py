"""How reading time grows with one very long line: the regular expressions' guard against backtracking.

PDFs turned to text pad lines with thousands of spaces, and some publishers run a whole roll or a whole page onto one
line. A pattern with nested repetition can then take time in the square of the line's length (or worse), which is
minutes on one file. The tests read each of these lines for what comes out of it; this script measures their time. For
each case and each pad length N it reads the line once untimed (start-up: spaCy, word lists), then times it, printing
CPU seconds per N and the ratio of the longest time to the shortest beside the ratio of the lengths. A reader that
stays linear keeps the two ratios close; one that is quadratic shows the square of the length ratio.

    python benchmarks/bench_long_lines.py                   # pads of 10,000 and 20,000 characters
    python benchmarks/bench_long_lines.py --sizes 5000 40000
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable

from minutebook.extract.actions import _MOVED_BY_BEFORE, _listed_authority, _titles_a_report
from minutebook.extract.items import _SENTENCE_INSIDE, _SENTENCE_START, _find_stopped_paragraphs, _run_in_title
from minutebook.extract.kind import _MINUTES_TITLE, _PLAN_CUES
from minutebook.extract.meeting import (
    _KIND_OF_ASSOCIATION,
    _PLACES_IN_COLUMNS,
    _START_TIME,
    _tidy_body,
    extract_meeting,
)
from minutebook.ingest.document import make_document


def _header(text: str) -> Callable[[int], None]:
    """A case reading the meeting's header from `text` with "{pad}" as a run of N spaces."""
    return lambda n: extract_meeting(make_document(text.replace("{pad}", " " * n)), kind="minutes") and None


# Each case: a name and what to run for a pad (or repeat) of N. The lines are the ones that made a pattern backtrack
# before it was mended (see the tests named in each group).
_CASES: dict[str, Callable[[int], object]] = {
    # tests/test_meeting.py: header lines padded with spaces.
    "venue after 'held at', padded": _header("Minutes of the meeting held at the Village Hall{pad}x on 4 March 2031\n"
                                             "Present: Ann Ross\n"),
    "body after 'meeting of', padded": _header("Minutes of the meeting of the Elmton Council{pad}x\nPresent: Ann Ross\n"),
    "venue label, padded": _header("Venue: Elmton Hall{pad}x\nPresent: Ann Ross\n"),
    "dateline with place, padded": _header("4 March 2031 at 7pm at the Elmton Hall{pad}x\nPresent: Ann Ross\n"),
    "summary banner, padded": _header("ELMWICK COUNCIL\nSUMMARY{pad}MINUTES{pad}x\nCITY COUNCIL\n"),
    "time range split by spaces": _header("ELMWICK COUNCIL\n4 March 2031 at{pad}7{pad}pm{pad}in{pad}the Hall\n"),
    "next meeting heading, padded": _header("ELMWICK COUNCIL\nMinutes 4 March 2031\nPresent: A Ash\n"
                                            "## Next Meeting:{pad}\n{pad}4 April 2031\n"),
    "address with telephone, padded": _header("4 March 2031\nElmbury Hall, Mill Lane  Tel{pad}x\nPresent: Ann Ross\n"),
    "banner run into a sentence": _header("4 March 2031\nELMBURY PARISH COUNCIL{pad}The meeting x\nPresent: Ann Ross\n"),
    # tests/test_meeting_district_boards.py: the opening sentence of a special district's minutes.
    "'met in regular session', padded": _header(
        "HOLLOW CREEK SANITARY DISTRICT\nMINUTES\nMarch 3, 2031\n"
        "The Board met in regular session at 5{pad}p.m.{pad},{pad}at{pad}628{pad}W. 19th Street\n"
    ),
    "'convened … at its regular place', padded": _header(
        "HOLLOW CREEK SANITARY DISTRICT\nMINUTES\nMarch 3, 2031\nThe District Board convened in a regular session,"
        "{pad}at its regular place of meeting,{pad}12 Elm Place{pad}x\n"
    ),
    # tests/test_meeting.py: the body's trailing meeting words.
    "body's trailing words, padded": lambda n: _tidy_body("Elmbury Parish Council" + " " * n + "x"),
    # tests/test_meeting_called_to_order.py: the call to order and a district's towns set in columns.
    "call to order over a long name": lambda n: _START_TIME.search("called the " + "Elm " * (n // 4) + "to order at 7 pm"),
    "towns in columns": lambda n: _PLACES_IN_COLUMNS.match("Elm" + "    Elm" * (n // 7) + " x"),
    # tests/test_kind.py: a record's title and a plan's budget headings.
    "record title, padded": lambda n: _MINUTES_TITLE.search("Elmwick Council" + " " * n + "x\n"),
    "record title, commas": lambda n: _MINUTES_TITLE.search(", " * (n // 2) + "\n"),
    "budget headings": lambda n: _PLAN_CUES[-1].search("Budget" + "   Actual" * (n // 9) + "   Balance\n"),
    # tests/test_meeting_venue_forms.py: a place after each year of a long dateline.
    "place after each year of a dateline": lambda n: _header(
        "Town of Quillbrook\nThe meeting was held on March 4, " + "2031, Ab " * (n // 9) + ";\nPresent: Ada Ferrow\n"
    )(0),
    # tests/test_meeting_body_mastheads.py: a kind of association repeated (it backtracked exponentially once).
    "kind of association repeated": lambda n: _KIND_OF_ASSOCIATION.match("Homeowners " * (n // 400)
                                                                          + "Committee"),
    # tests/test_items_numbered_paragraphs.py: a numbered line of initials.
    "numbered line of initials": lambda n: _find_stopped_paragraphs(
        (document := make_document("Minutes\n1. " + "A. " * (n // 3) + "end\n")).lines, len(document.lines)
    ),
    # tests/test_margin_owners.py, tests/test_actions_not_tasks.py: a report's heading beside its presenter, a mover at
    # the line's foot, a listed grant of authority.
    "report headings, lettered": lambda n: _titles_a_report("Notes " + "A) Parks and Ways " * (n // 18) + "B) Roads"),
    "report heading, padded": lambda n: _titles_a_report("A." + " " * n + "x"),
    "'Moved by' at a line's foot, padded": lambda n: _MOVED_BY_BEFORE.search("Moved" + " " * n + "x"),
    "'Moved by' repeated": lambda n: _MOVED_BY_BEFORE.search("Moved by " * (n // 9) + "x"),
    "grant of authority after a label, padded": lambda n: _listed_authority("RESOLVED:" + " " * n + "x"),
    # tests/test_items.py, tests/test_items_flattened_runs.py: where a run-in title gives way to its minutes. Not
    # mended: clean_text collapses a run of spaces before a document's lines reach them, but a bare run of spaces is
    # quadratic in each (the first "\s+(?=…)" alternatives, and the "… NAME MOVED" substitution).
    "sentence start after a title, padded": lambda n: _SENTENCE_START.search("a" + " " * n + "b"),
    "sentence start, office and names": lambda n: _SENTENCE_START.search(" Commissioner Ann" * (n // 17)),
    "sentence inside a title, words": lambda n: _SENTENCE_INSIDE.search("abc " * (n // 4)),
    "capitals run-in title, padded": lambda n: _run_in_title("A" + " " * n + "B then"),
    "capitals run-in title before MOVED": lambda n: _run_in_title("AB " * (n // 3) + "MOVED to approve"),
}


def _cpu_seconds(case: Callable[[int], object], n: int) -> float:
    started = time.process_time()
    case(n)
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 20_000], help="pad lengths, in characters")
    args = parser.parse_args()
    sizes = sorted(args.sizes)
    print(f"load average {os.getloadavg()[0]:.2f}; CPU seconds per pad length; length ratio {sizes[-1] / sizes[0]:.1f}")
    print(f"{'case':42}" + "".join(f"{n:>10}" for n in sizes) + f"{'ratio':>9}")
    for name, case in _CASES.items():
        case(sizes[0])  # untimed: start-up
        seconds = [_cpu_seconds(case, n) for n in sizes]
        ratio = seconds[-1] / seconds[0] if seconds[0] > 0 else float("nan")
        print(f"{name:42}" + "".join(f"{s:10.3f}" for s in seconds) + f"{ratio:9.1f}")


if __name__ == "__main__":
    main()
