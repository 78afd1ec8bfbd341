"""Score the extractors: real documents against gold answers, or our own samples.

    python scripts/evaluate.py [SHARED] [--record]  # default ../shared (used by `make eval`)
    python scripts/evaluate.py --samples            # samples/ against samples/*.expected.json

The first form loads each document set of SHARED that has answers (the seeds,
SHARED/seeds with SHARED/gold, and the corpus of real documents,
SHARED/corpus/docs with SHARED/corpus/gold) into a temporary database with the
installed `minutebook` command, exports it and scores it with SHARED/score.py.
It prints the F1 of every field per set side by side, then the corpus's F1 per
document and field. `--record` raises the floors in tests/quality_ratchet.json
that tests/test_quality_ratchet.py holds every figure to. Without SHARED it
prints a message and exits 0, so `make eval` works anywhere.

The second form does the same over samples/ and scores with tests/scoring.py:
per sample and field the matched/got/want counts, then precision, recall and
F1 per field over all samples.
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
DEFAULT_SHARED = REPO.parent / "shared"
EXPECTED_SUFFIX = ".expected.json"
# The document sets of the shared folder: name -> (documents, answers).
SHARED_SETS = {"seeds": ("seeds", "gold"), "corpus": ("corpus/docs", "corpus/gold")}
# The floors tests/test_quality_ratchet.py holds each measured F1 to.
RATCHET = REPO / "tests" / "quality_ratchet.json"


def find_minutebook() -> str:
    """The `minutebook` command of this interpreter's environment, else the one on PATH."""
    beside = Path(sys.executable).with_name("minutebook")
    if beside.exists():
        return str(beside)
    found = shutil.which("minutebook")
    if found is None:
        raise SystemExit("minutebook is not installed: run `make test` or `pip install -e .` first")
    return found


def export_folder(folder: Path, workdir: Path) -> Path:
    """Ingest `folder` into a fresh database in `workdir`, export it, return the export's path."""
    command = find_minutebook()
    db = workdir / "evaluate.db"
    export = workdir / "export.json"
    loaded = subprocess.run([command, "--db", str(db), "ingest", "--quiet", str(folder)],
                            capture_output=True, text=True)
    if loaded.stdout.strip() or loaded.stderr.strip():
        # Failed files are reported but the rest are still scored: a failure costs recall.
        print((loaded.stdout + loaded.stderr).strip(), file=sys.stderr)
    if loaded.returncode not in (0, 1):
        raise SystemExit(f"minutebook ingest stopped with status {loaded.returncode}")
    exported = subprocess.run([command, "--db", str(db), "export", "-o", str(export)],
                              capture_output=True, text=True)
    if exported.returncode != 0:
        raise SystemExit(f"minutebook export failed:\n{exported.stdout}{exported.stderr}")
    return export


def read_export(path: Path) -> list[dict[str, Any]]:
    """Documents from an export file: one object, an array, or JSON lines."""
    text = path.read_text(encoding="utf-8").strip()
    if not text:
        return []
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError:
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    return parsed if isinstance(parsed, list) else [parsed]


def score_set(scorer: Path, export: Path, gold: Path) -> dict[str, Any]:
    """SHARED/score.py's figures for one export against one gold folder (its --json output)."""
    scored = subprocess.run([sys.executable, str(scorer), str(export), str(gold), "--json"],
                            capture_output=True, text=True)
    if scored.returncode != 0:
        raise SystemExit(f"{scorer} failed:\n{scored.stdout}{scored.stderr}")
    result: dict[str, Any] = json.loads(scored.stdout)
    return result


def measure_shared(shared: Path) -> dict[str, dict[str, Any]]:
    """Score every document set in `shared` that has documents, answers and the scorer.

    Returns {set name: score.py's JSON (fields, documents, overall_f1)} for the
    sets present, in SHARED_SETS order; {} when `shared` holds none of them.
    """
    scorer = shared / "score.py"
    if not scorer.is_file():
        return {}
    results: dict[str, dict[str, Any]] = {}
    for name, (docs, gold) in SHARED_SETS.items():
        if not ((shared / docs).is_dir() and (shared / gold).is_dir()):
            continue
        with tempfile.TemporaryDirectory(prefix=f"minutebook-eval-{name}-") as tmp:
            export = export_folder(shared / docs, Path(tmp))
            results[name] = score_set(scorer, export, shared / gold)
    return results


def _cell(figures: list[float] | None) -> str:
    return "     -" if figures is None else f"{figures[2]:>6.2f}"


def print_shared(results: dict[str, dict[str, Any]]) -> None:
    """Per-field F1 of every set side by side, then each document of every set but the seeds."""
    names = list(results)
    fields = list(dict.fromkeys(f for result in results.values() for f in result["fields"]))
    print(f"{'F1':<16}" + "".join(f"{name:>10}" for name in names))
    for field in fields:
        print(f"{field:<16}" + "".join(f"{_cell(results[n]['fields'].get(field)):>10}" for n in names))
    print(f"{'overall':<16}" + "".join(f"{results[n]['overall_f1']:>10.3f}" for n in names))
    for name in names:
        if name == "seeds":
            continue
        documents = results[name]["documents"]
        columns = [f for f in fields if any(f in scores for scores in documents.values())]
        print(f"\n{name}: F1 per document (- where the field is not scored)")
        print(f"{'':<58}" + "".join(f"{_abbreviate(f):>7}" for f in columns))
        for document, scores in documents.items():
            print(f"{document[:57]:<58}" + "".join(f"{_cell(scores.get(f)):>7}" for f in columns))


def _abbreviate(field: str) -> str:
    return field if len(field) <= 6 else field[:5] + "."


def record_ratchet(results: dict[str, dict[str, Any]], path: Path = RATCHET) -> None:
    """Write each set's per-field F1 as the new floor the ratchet test holds (raises only)."""
    floors = read_ratchet(path)
    for name, result in results.items():
        recorded = floors.setdefault(name, {})
        for field, (_precision, _recall, f1) in result["fields"].items():
            measured = math.floor(f1 * 1000) / 1000
            recorded[field] = max(measured, recorded.get(field, 0.0))
    path.write_text(json.dumps(floors, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def read_ratchet(path: Path = RATCHET) -> dict[str, dict[str, float]]:
    """The recorded floors: {set name: {field: F1}}."""
    if not path.is_file():
        return {}
    floors: dict[str, dict[str, float]] = json.loads(path.read_text(encoding="utf-8"))
    return floors


def evaluate_shared(shared: Path, *, record: bool = False) -> int:
    """Score the seeds and the corpus in `shared`, print the tables; return an exit status."""
    results = measure_shared(shared)
    if not results:
        print(f"skipping evaluation: {shared} has no documents with answers and score.py")
        return 0
    print_shared(results)
    if record:
        record_ratchet(results)
        print(f"\nrecorded the floors in {RATCHET.relative_to(REPO)}")
    return 0


def _load_scoring() -> Any:
    sys.path.insert(0, str(REPO / "tests"))
    import scoring  # tests/scoring.py: the scorer the sample tests use

    return scoring


def evaluate_samples() -> int:
    """Score samples/ against samples/*.expected.json and print a table; return an exit status."""
    scoring = _load_scoring()
    expected = {}
    for path in sorted(SAMPLES.glob(f"*{EXPECTED_SUFFIX}")):
        answer = json.loads(path.read_text(encoding="utf-8"))
        expected[answer["file"]] = answer
    if not expected:
        print("no samples/*.expected.json files to score")
        return 0
    with tempfile.TemporaryDirectory(prefix="minutebook-samples-") as tmp:
        documents = {document["file"]: document for document in read_export(export_folder(SAMPLES, Path(tmp)))}
    fields = [*scoring.SCALAR_FIELDS, *scoring.WORDY_FIELDS, *scoring.LIST_FIELDS]
    totals = {field: [0, 0, 0] for field in fields}
    for file, answer in expected.items():
        got = documents.get(file, {"file": file})
        if file not in documents:
            print(f"{file}: NOT EXPORTED")
        scores = scoring.score_document(got, answer)
        cells = []
        for field in fields:
            score = scores[field]
            totals[field][0] += score.matched
            totals[field][1] += score.got
            totals[field][2] += score.want
            if field in scoring.LIST_FIELDS:
                cells.append(f"{field}={score.matched}/{score.got}/{score.want}")
            elif score.f1 < 1:
                cells.append(f"{field}=WRONG({got.get(field)!r})")
        print(f"{file}: " + "  ".join(cells))
    print()
    print(f"{'field':<14}{'precision':>10}{'recall':>8}{'F1':>7}")
    f1s = []
    for field in fields:
        total = scoring.FieldScore(*totals[field])
        f1s.append(total.f1)
        print(f"{field:<14}{total.precision:>10.3f}{total.recall:>8.3f}{total.f1:>7.3f}")
    print(f"overall F1: {sum(f1s) / len(f1s):.3f}")
    return 0


def main(argv: list[str]) -> int:
    """Parse the arguments and run one of the two evaluations."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("shared", nargs="?", type=Path, default=DEFAULT_SHARED,
                        help="the shared folder with seeds/, gold/ and score.py (default: ../shared)")
    parser.add_argument("--samples", action="store_true",
                        help="score samples/ against samples/*.expected.json instead")
    parser.add_argument("--record", action="store_true",
                        help="raise the floors in tests/quality_ratchet.json to today's figures")
    args = parser.parse_args(argv)
    if args.samples:
        return evaluate_samples()
    return evaluate_shared(args.shared.resolve(), record=args.record)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
