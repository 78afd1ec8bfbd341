"""Score action tracking: the links minutebook makes between meetings against links written by reading them.

    python scripts/evaluate_tracking.py [SERIES_ROOT] [--record]  # default ../series_data (`make eval-tracking`)

SERIES_ROOT holds one folder per series (one body's consecutive meetings):
SERIES/docs/ with the minutes and SERIES/links.json with the expected links
(format: tests/data/tracking_series/links.json and the README beside the real
series). A root that is itself a series folder is scored alone.

Each series is loaded into a temporary database with the installed `minutebook`
command, and every row of v_action_history (the automatic links, whatever made
them) is read with the earlier action's file, lines and text. A found link
matches an expected one when its mention is in the same file and its lines
overlap the expected mention's lines (given as a range or found from a quoted
snippet), and its earlier action is in the expected file and its text and the
quoted snippet contain one another, or it overlaps the snippet's lines and
shares half the words of the shorter of the two. Each expected link is matched at most once.

Printed per series and overall: found, expected, matched, precision (a wrong
link is worse than a missing one), recall and status accuracy (the share of
matched links whose status is the expected one). `--record` writes the floors
tests/test_tracking_series.py holds the real series to, in
tests/tracking_ratchet.json (a series with no link found yet is held to the
precision aim, 0.95, whatever links are made later). Also printed: how many
expected links have their earlier action (and their later mention) among the
extracted action rows, and the counts per kind of link, so the recall within
reach is known.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from evaluate import find_minutebook, read_ratchet as read_floors  # scripts/evaluate.py, beside this one

REPO = Path(__file__).resolve().parent.parent
DEFAULT_ROOT = REPO.parent / "series_data"
RATCHET = REPO / "tests" / "tracking_ratchet.json"
LINKS_FILE = "links.json"
DOCS_DIR = "docs"
PRECISION_AIM = 0.95
"""The precision issue 13 asks for; the floor recorded while a series has no links found yet."""
SHARED_WORDS = 0.5
"""Share of the shorter wording's words an action row on the snippet's lines must share with it."""
STATUSES = frozenset({"open", "done", "carried_forward", "dropped"})

ACTIONS_SQL = """
    SELECT d.file_name, a.line_start, a.line_end, a.text
    FROM actions a
    JOIN meetings m ON m.id = a.meeting_id
    JOIN documents d ON d.id = m.document_id
"""
FOUND_SQL = """
    SELECT h.action_id, h.status, h.reason, h.file, h.line_start, h.line_end,
        d.file_name, a.line_start, a.line_end, a.text
    FROM v_action_history h
    JOIN actions a ON a.id = h.action_id
    JOIN meetings m ON m.id = a.meeting_id
    JOIN documents d ON d.id = m.document_id
"""

REQUESTS_SQL = """
    SELECT request_id, status, reason, mention_file, mention_line_start, mention_line_end,
        file, line_start, line_end, text
    FROM v_request_history
    WHERE status IS NOT NULL
"""
"""Agenda requests taken up at a later meeting: linked like actions, the request standing for the earlier action."""


def series_root() -> Path:
    """The folder of real series: MINUTEBOOK_SERIES, else ../series_data beside the repository."""
    return Path(os.environ.get("MINUTEBOOK_SERIES") or DEFAULT_ROOT)


def _normal(text: str) -> str:
    """Text compared as words: lower case, punctuation and spacing folded."""
    return " ".join(re.findall(r"[a-z0-9£]+", text.lower()))


@dataclass(frozen=True, slots=True)
class Place:
    """A place in one file: its lines (document-wide numbers, as minutebook counts them) and a quoted snippet."""

    file: str
    lines: tuple[int, int] | None
    snippet: str | None


@dataclass(frozen=True, slots=True)
class Expected:
    mention: Place
    action: tuple[Place, ...]
    """Where the earlier action is recorded: several places when the minutes give it twice (prose and log)."""
    status: str
    kind: str


@dataclass(frozen=True, slots=True)
class Found:
    status: str
    reason: str | None
    file: str
    lines: tuple[int, int] | None
    action_file: str
    action_lines: tuple[int, int] | None
    action_text: str


@dataclass(slots=True)
class Score:
    found: int = 0
    expected: int = 0
    matched: int = 0
    status_right: int = 0
    recorded: int = 0
    """Expected links whose earlier action minutebook extracted as an action row (the most a linker can find)."""
    mention_rows: int = 0
    """Expected links whose later mention was also extracted as an action row (what an action-row linker reads)."""
    by_kind: dict[str, list[int]] = field(default_factory=dict)
    """Per kind of expected link: [expected, earlier action extracted, matched]."""
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.found += other.found
        self.expected += other.expected
        self.matched += other.matched
        self.status_right += other.status_right
        self.recorded += other.recorded
        self.mention_rows += other.mention_rows
        for kind, counts in other.by_kind.items():
            mine = self.by_kind.setdefault(kind, [0, 0, 0])
            for index, count in enumerate(counts):
                mine[index] += count

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def status_accuracy(self) -> float:
        return self.status_right / self.matched if self.matched else 1.0

    def figures(self) -> dict[str, float]:
        """The figures a floor is kept for. One measured over nothing is no measure: precision with no
        link found is held to the aim instead, status accuracy with no link matched is left out."""
        figures = {"precision": round(self.precision, 3) if self.found else PRECISION_AIM,
                   "recall": round(self.recall, 3)}
        if self.matched:
            figures["status_accuracy"] = round(self.status_accuracy, 3)
        return figures


def document_lines(path: Path) -> list[tuple[int, str]]:
    """The lines of one document as minutebook numbers them (number, text)."""
    from minutebook.ingest import parse_file

    return [(line.number, line.text) for line in parse_file(path).iter_lines()]


def locate(snippet: str, lines: list[tuple[int, str]]) -> tuple[int, int] | None:
    """The first and last line a quoted snippet runs over (it may cross line breaks).

    None when the snippet is not there, or is there more than once (it does not say which place it means).
    """
    wanted = _normal(snippet)
    if not wanted:
        return None
    joined = ""
    starts: list[tuple[int, int]] = []  # (offset in joined, line number)
    for number, text in lines:
        piece = _normal(text)
        if not piece:
            continue
        if joined:
            joined += " "
        starts.append((len(joined), number))
        joined += piece
    at = joined.find(wanted)
    if at < 0 or joined.find(wanted, at + 1) >= 0:
        return None
    end = at + len(wanted) - 1
    first = last = starts[0][1]
    for offset, number in starts:
        if offset <= at:
            first = number
        if offset <= end:
            last = number
    return first, last


def _place(entry: dict[str, Any], docs: Path, cache: dict[str, list[tuple[int, str]]]) -> Place:
    name = entry["file"]
    snippet = entry.get("snippet")
    lines = tuple(entry["lines"]) if entry.get("lines") else None
    if lines is None and snippet:
        if name not in cache:
            cache[name] = document_lines(docs / name)
        lines = locate(snippet, cache[name])
        if lines is None:
            raise SystemExit(f"{docs.parent.name}: snippet not found, or found twice, in {name}: {snippet!r}")
    return Place(file=name, lines=(lines[0], lines[1]) if lines else None, snippet=snippet)


def read_expected(folder: Path) -> list[Expected]:
    """The expected links of a series folder, every snippet placed on its lines."""
    data = json.loads((folder / LINKS_FILE).read_text(encoding="utf-8"))
    cache: dict[str, list[tuple[int, str]]] = {}
    expected = []
    for link in data["links"]:
        if link["status"] not in STATUSES:
            raise SystemExit(f"{folder.name}: unknown status {link['status']!r}")
        expected.append(Expected(
            mention=_place(link["mention"], folder / DOCS_DIR, cache),
            action=tuple(_place(place, folder / DOCS_DIR, cache)
                         for place in (link["action"] if isinstance(link["action"], list) else [link["action"]])),
            status=link["status"], kind=link.get("kind", "wording"),
        ))
    return expected


def load(folder: Path, workdir: Path) -> Path:
    """Ingest the series' documents into a fresh database in `workdir` and return its path."""
    db = workdir / "tracking.db"
    loaded = subprocess.run([find_minutebook(), "--db", str(db), "ingest", "--quiet", str(folder / DOCS_DIR)],
                            capture_output=True, text=True)
    if loaded.returncode not in (0, 1):
        raise SystemExit(f"minutebook ingest stopped with status {loaded.returncode}:\n{loaded.stderr}")
    return db


def read_found(db: Path) -> list[Found]:
    """Every row of v_action_history with its earlier action's file, lines and text, and every agenda
    request taken up (v_request_history) with the request's."""
    with sqlite3.connect(db) as connection:
        rows = connection.execute(FOUND_SQL).fetchall()
        try:
            rows += connection.execute(REQUESTS_SQL).fetchall()
        except sqlite3.OperationalError:  # a minutebook from before agenda requests
            pass
    return [Found(status=status, reason=reason, file=file,
                  lines=(start, end if end is not None else start) if start is not None else None,
                  action_file=action_file,
                  action_lines=(a_start, a_end if a_end is not None else a_start) if a_start is not None else None,
                  action_text=text or "")
            for (_id, status, reason, file, start, end, action_file, a_start, a_end, text) in rows]


def _overlap(one: tuple[int, int] | None, other: tuple[int, int] | None) -> bool:
    return one is not None and other is not None and one[0] <= other[1] and other[0] <= one[1]


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]{3,}", text.lower()))


def _same_action(file: str, lines: tuple[int, int] | None, text: str, expected: Place) -> bool:
    """True when an action row (file, lines, text) is the one recorded at the expected place.

    With a snippet, the row's text and the snippet must contain one another, or the row must overlap the
    snippet's lines and share at least half of the shorter one's words: a row whose evidence covers the
    whole paragraph is not every action in it.
    """
    if file != expected.file:
        return False
    if not expected.snippet:
        return _overlap(lines, expected.lines)
    mine, theirs = _normal(text), _normal(expected.snippet)
    if mine and theirs and (mine in theirs or theirs in mine):
        return True
    if not _overlap(lines, expected.lines):
        return False
    row_words, snippet_words = _words(text), _words(expected.snippet)
    shorter = min(len(row_words), len(snippet_words))
    return shorter > 0 and len(row_words & snippet_words) >= SHARED_WORDS * shorter


def matches(found: Found, expected: Expected) -> bool:
    """True when the found link is the expected one: the same mention and the same earlier action."""
    return (found.file == expected.mention.file and _overlap(found.lines, expected.mention.lines)
            and any(_same_action(found.action_file, found.action_lines, found.action_text, place)
                    for place in expected.action))


def read_actions(db: Path) -> list[tuple[str, tuple[int, int] | None, str]]:
    """Every action row of the database: file, lines and text."""
    with sqlite3.connect(db) as connection:
        rows = connection.execute(ACTIONS_SQL).fetchall()
    return [(file, (start, end if end is not None else start) if start is not None else None, text or "")
            for file, start, end, text in rows]


def score(found: list[Found], expected: list[Expected],
          actions: list[tuple[str, tuple[int, int] | None, str]] | None = None) -> Score:
    """Match found links to expected ones (each at most once) and count.

    With `actions` (every action row extracted), also count the expected links whose earlier
    action is among them: a linker between action rows can find no other.
    """
    result = Score(found=len(found), expected=len(expected))
    is_recorded = [any(_same_action(*action, place) for action in actions or [] for place in link.action)
                   for link in expected]
    result.recorded = sum(is_recorded)
    result.mention_rows = sum(any(file == link.mention.file and _overlap(lines, link.mention.lines)
                                  for file, lines, _text in actions or [])
                              for link in expected)
    matched = [False] * len(expected)
    unused = list(range(len(expected)))
    for link in found:
        hit = next((index for index in unused if matches(link, expected[index])), None)
        if hit is None:
            result.wrong.append(f"{link.file}:{link.lines} -> {link.action_file}:{link.action_lines} "
                                f"{link.action_text[:60]!r} ({link.reason})")
            continue
        unused.remove(hit)
        matched[hit] = True
        result.matched += 1
        result.status_right += link.status == expected[hit].status
    result.missed = [f"{expected[index].mention.file}:{expected[index].mention.lines} -> "
                     f"{expected[index].action[0].file}:{expected[index].action[0].lines} [{expected[index].kind}]"
                     for index in unused]
    for index, link in enumerate(expected):
        counts = result.by_kind.setdefault(link.kind, [0, 0, 0])
        counts[0] += 1
        counts[1] += is_recorded[index]
        counts[2] += matched[index]
    return result


def score_series(folder: Path) -> Score:
    """Load one series folder and score its links."""
    expected = read_expected(folder)
    with tempfile.TemporaryDirectory(prefix="minutebook-tracking-") as workdir:
        db = load(folder, Path(workdir))
        found, actions = read_found(db), read_actions(db)
    return score(found, expected, actions)


def series_folders(root: Path) -> list[Path]:
    """The series folders under `root` (or `root` itself when it is one)."""
    if (root / LINKS_FILE).is_file():
        return [root]
    if not root.is_dir():
        return []
    return sorted(path for path in root.iterdir() if (path / LINKS_FILE).is_file() and (path / DOCS_DIR).is_dir())


def measure(root: Path) -> dict[str, Score]:
    """Every series under `root` scored, plus "overall"; empty when there is none."""
    results = {folder.name: score_series(folder) for folder in series_folders(root)}
    if results:
        overall = Score()
        for result in results.values():
            overall.add(result)
        results["overall"] = overall
    return results


def read_ratchet() -> dict[str, dict[str, float]]:
    """The recorded floors: {series: {figure: value}}."""
    return read_floors(RATCHET)


def record(results: dict[str, Score]) -> None:
    """Raise the floors the ratchet test holds to the measured figures (a floor never goes down)."""
    floors = read_ratchet()
    for name, result in results.items():
        recorded = floors.setdefault(name, {})
        for figure, value in result.figures().items():
            recorded[figure] = max(value, recorded.get(figure, 0.0))
    RATCHET.write_text(json.dumps(floors, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"floors written to {RATCHET}")


def report(results: dict[str, Score], verbose: bool) -> None:
    print(f"{'series':24} {'found':>5} {'expect':>6} {'match':>5} {'prec':>6} {'recall':>6} {'status':>6} "
          f"{'action':>6} {'as row':>6}")
    for name, result in results.items():
        precision = f"{result.precision:6.2f}" if result.found else f"{'-':>6}"  # no link found: no precision
        status = f"{result.status_accuracy:6.2f}" if result.matched else f"{'-':>6}"
        print(f"{name:24} {result.found:5d} {result.expected:6d} {result.matched:5d} "
              f"{precision} {result.recall:6.2f} {status} {result.recorded:6d} {result.mention_rows:6d}")
    print("(action: expected links whose earlier action was extracted as an action row;"
          " as row: whose later mention was too)")
    print(f"\n{'series':24} {'kind':20} {'expect':>6} {'action':>6} {'match':>5}")
    for name, result in results.items():
        for kind, (count, recorded, matched) in sorted(result.by_kind.items()):
            print(f"{name:24} {kind:20} {count:6d} {recorded:6d} {matched:5d}")
    if verbose:
        for name, result in results.items():
            for line in result.wrong:
                print(f"  {name} wrong: {line}")
            for line in result.missed:
                print(f"  {name} missed: {line}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", nargs="?", type=Path, default=None,
                        help="folder of series (default: $MINUTEBOOK_SERIES or ../series_data)")
    parser.add_argument("--record", action="store_true", help="write the figures to tests/tracking_ratchet.json")
    parser.add_argument("-v", "--verbose", action="store_true", help="list wrong and missed links")
    args = parser.parse_args(argv)
    root = args.root or series_root()
    results = measure(root)
    if not results:
        print(f"no series found under {root} (each needs docs/ and {LINKS_FILE}); nothing to score")
        return 0
    report(results, args.verbose)
    if args.record:
        record(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
