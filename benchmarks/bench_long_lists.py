"""How extraction time grows with the length of a list of names.

Attendance registers, officers' lists and recorded votes are short in real minutes, but a clerk's archive may hold
a roll of several hundred (a full council's register, a petition's signatories pasted in). Each reader should cost
time in proportion to the list, not to its square. For each kind of list and each length N, this writes one text
document, reads it once untimed (start-up: spaCy, word lists) and then times `extract_document` on it, printing
seconds per N and the ratio of the longest to the shortest time beside the ratio of the lengths.

    python benchmarks/bench_long_lists.py                 # N = 100, 200, 400, 800, 1600
    python benchmarks/bench_long_lists.py --sizes 250 500 1000
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from minutebook.extract.pipeline import extract_document
from minutebook.ingest import parse_file

_FIRST = ("Ada", "Bram", "Cleo", "Dov", "Esme", "Finn", "Gail", "Hugo", "Iris", "Jory", "Kai", "Lena")
_LAST = ("Ashdown", "Brindle", "Corran", "Dunmere", "Elwick", "Fenlow", "Garside", "Holloway", "Ingram", "Jessop")


def _names(count: int, title: str = "") -> list[str]:
    """`count` different invented names: a number in each surname keeps them apart."""
    prefix = f"{title} " if title else ""
    return [f"{prefix}{_FIRST[i % len(_FIRST)]} {_LAST[i % len(_LAST)]}{i}" for i in range(count)]


# Each kind of list, as a whole document of N names.
_DOCUMENTS: dict[str, Callable[[int], str]] = {
    "present list, titled": lambda n: f"MINUTES\nPresent: {', '.join(_names(n, 'Councillor'))}.\n1. Item\n"
    "RESOLVED that the report be noted.\n",
    "present list with a vote": lambda n: f"MINUTES\nPresent: {', '.join(_names(n))}.\n1. Item\n"
    "Moved by Councillor Ashdown0. Hale and Voss voted no. Carried 4-1 (Kim opposed).\n",
    "officers as post (Mr. name)": lambda n: "MINUTES\nOFFICIALS IN ATTENDANCE: "
    + ", ".join(f"Director of Services {i} (Mr. {name})" for i, name in enumerate(_names(n))) + "\n1. Item\n",
    "apologies": lambda n: f"MINUTES\nApologies: {', '.join(_names(n, 'Cllr'))}\n1. Item\n",
    "recorded vote": lambda n: f"MINUTES\n1. Motion\nFor\nCouncillors {', '.join(_names(n))} ({n})\nAgainst\nNone\n",
    "roll call": lambda n: "MINUTES\n1. Item\nThe motion carried by the following roll call vote: "
    + "; ".join(f"Councilmember {name}: Aye" for name in _names(n)) + ".\n",
    # Hostile runs with no stop, where a pattern that may start anywhere must not read on to the end from each start.
    "labels with no stop": lambda n: "MINUTES\n1. Item\n" + "vote 1: " * (4 * n) + "\n",
    "initials and stops": lambda n: "MINUTES\n1. Item\n" + "a." * (8 * n) + " x Clerk to write.\n",
}


def _time_one(path: Path) -> float:
    document = parse_file(path)
    started = time.perf_counter()
    extract_document(document)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 200, 400, 800, 1600])
    args = parser.parse_args()
    sizes = sorted(args.sizes)
    with tempfile.TemporaryDirectory() as folder:
        warm = Path(folder) / "warm.txt"
        warm.write_text(_DOCUMENTS["present list, titled"](10), encoding="utf-8")
        _time_one(warm)
        print(f"{'list':30}" + "".join(f"{'N=' + str(n):>10}" for n in sizes) + f"{'time x':>9}{'N x':>6}")
        for kind, write in _DOCUMENTS.items():
            seconds = []
            for size in sizes:
                path = Path(folder) / f"list_{size}.txt"
                path.write_text(write(size), encoding="utf-8")
                seconds.append(_time_one(path))
            growth = seconds[-1] / max(seconds[0], 1e-6)
            print(f"{kind:30}" + "".join(f"{s:>9.2f}s" for s in seconds) + f"{growth:>9.1f}{sizes[-1] // sizes[0]:>6}")


if __name__ == "__main__":
    main()
