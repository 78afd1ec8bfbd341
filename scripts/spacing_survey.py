"""Flag PDFs whose words the reader breaks apart or runs together, without a dictionary.

Usage: python scripts/spacing_survey.py [--engine auto|pdfplumber|pdfium] [--show N] [--json OUT] PDF_OR_DIR ...

Each document is judged against its own words (its vocabulary), so no word list is needed:

- split: two to four neighbouring tokens whose letters joined make a word the document
  uses elsewhere, while a piece is not such a word ("A pologies", "W elcom e").
- letter runs: three or more bare single letters in a row ("C o u n c i l").
- lone letters: single letters other than "a", "A", "I" (list markers carry a bracket or a
  stop and are not counted), per thousand tokens.
- joined: a long token met once whose two halves are each words the document uses
  at least twice ("Councillorsresolved"); compounds ("whereupon") make a little noise.

A document is flagged when it has split words, letter runs or joined words above a small
floor, or many lone letters. For the flagged documents the PDF Producer and the fonts of
the pages are listed, to see which producers and fonts are behind them.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

_TOKEN = re.compile(r"[A-Za-z\u00c0-\u024f'\u2019]+")
LONE_PER_THOUSAND = 8.0
SPLIT_FLOOR = 2
JOINED_FLOOR = 3


def measure(text: str) -> dict[str, object]:
    """Spacing figures for one document's text."""
    # words are runs of letters; single letters are counted only where white space stands them alone
    # ("(a)", "C.C.C." and "J." are not lone letters)
    raw = text.split()
    tokens = [core for core in (match.group().strip("'\u2019") for match in _TOKEN.finditer(text)) if core]
    bare = [token for token in raw if _TOKEN.fullmatch(token)]
    lower = [token.lower() for token in tokens]
    vocab = Counter(lower)
    split: list[str] = []
    index = 0
    while index < len(tokens) - 1:
        found = 0
        for width in (4, 3, 2):
            pieces = lower[index:index + width]
            if len(pieces) < width:
                continue
            joined = "".join(pieces)
            if len(joined) >= 4 and vocab.get(joined, 0) >= 1 and any(
                vocab[piece] <= 1 or len(piece) == 1 and piece not in ("a", "i") for piece in pieces
            ) and any(len(piece) <= 3 for piece in pieces):
                split.append(" ".join(tokens[index:index + width]))
                found = width
                break
        index += found or 1
    runs: list[str] = []
    run: list[str] = []
    for token in raw + [""]:
        if len(token) == 1 and token.isalpha():
            run.append(token)
            continue
        if len(run) >= 3:
            runs.append(" ".join(run))
        run = []
    lone = [token for token in bare if len(token) == 1 and token not in ("a", "A", "I")]
    joined_words: list[str] = []
    for token, low in zip(tokens, lower):
        if len(low) < 9 or vocab[low] > 1:
            continue
        for cut in range(3, len(low) - 2):
            head, tail = low[:cut], low[cut:]
            if vocab.get(head, 0) >= 2 and vocab.get(tail, 0) >= 2 and len(tail) >= 3:
                joined_words.append(token)
                break
    total = max(len(tokens), 1)
    lone_rate = 1000 * len(lone) / total
    flagged = len(split) >= SPLIT_FLOOR or bool(runs) or len(joined_words) >= JOINED_FLOOR or (
        lone_rate >= LONE_PER_THOUSAND and len(lone) >= 5
    )
    return {
        "tokens": len(tokens), "split": split, "runs": runs, "lone": len(lone), "lone_rate": round(lone_rate, 1),
        "joined": joined_words, "broken": len(split) + sum(len(r.split()) for r in runs) + len(joined_words),
        "flagged": flagged,
    }


def producer_and_fonts(path: Path) -> tuple[str, list[str]]:
    import pdfplumber

    try:
        with pdfplumber.open(str(path)) as pdf:
            meta = pdf.metadata or {}
            producer = " / ".join(str(meta.get(key, "")) for key in ("Producer", "Creator") if meta.get(key))
            fonts: Counter[str] = Counter()
            for page in pdf.pages[:3]:
                fonts.update(char.get("fontname", "") for char in page.chars)
            return producer, [f"{name}:{count}" for name, count in fonts.most_common(4)]
    except Exception as err:  # a damaged file: the survey goes on
        return f"unreadable ({type(err).__name__})", []


def main(argv: list[str] | None = None) -> int:
    from minutebook.errors import UnreadableDocument
    from minutebook.ingest import parse_file

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--engine", default="auto")
    parser.add_argument("--show", type=int, default=4, help="examples shown per flagged document")
    parser.add_argument("--json", type=Path, help="write every document's figures here")
    args = parser.parse_args(argv)
    files = sorted(p for path in args.paths for p in ([path] if path.is_file() else path.rglob("*.pdf")))
    results = {}
    for path in files:
        try:
            document = parse_file(path, engine=args.engine)
        except UnreadableDocument as err:
            results[str(path)] = {"error": err.kind}
            continue
        except Exception as err:  # a survey reports and goes on
            results[str(path)] = {"error": type(err).__name__}
            continue
        figures = measure("\n".join(line.text for line in document.lines))
        if figures["flagged"]:
            figures["producer"], figures["fonts"] = producer_and_fonts(path)
        results[str(path)] = figures
    read = [r for r in results.values() if "error" not in r]
    flagged = {p: r for p, r in results.items() if r.get("flagged")}
    for path, figures in sorted(flagged.items(), key=lambda item: -int(item[1]["broken"])):  # type: ignore[call-overload]
        print(f"{figures['broken']:5} {path}")
        print(f"      producer: {figures['producer']}; fonts: {', '.join(figures['fonts'])}")  # type: ignore[arg-type]
        print(f"      lone {figures['lone']} ({figures['lone_rate']}/1000)  split {figures['split'][:args.show]}"  # type: ignore[index]
              f"  runs {figures['runs'][:args.show]}  joined {figures['joined'][:args.show]}")  # type: ignore[index]
    print(f"documents {len(files)}, read {len(read)}, flagged {len(flagged)}, broken words "
          f"{sum(int(r['broken']) for r in read)} (split {sum(len(r['split']) for r in read)}, "  # type: ignore[arg-type]
          f"letter runs {sum(len(r['runs']) for r in read)}, joined {sum(len(r['joined']) for r in read)}), "  # type: ignore[arg-type]
          f"lone letters {sum(int(r['lone']) for r in read)}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
