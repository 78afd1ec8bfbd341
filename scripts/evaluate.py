"""Score the extractors: real documents against gold answers, or our own samples.

    python scripts/evaluate.py [SHARED]            # default ../shared (used by `make eval`)
    python scripts/evaluate.py --samples           # samples/ against samples/*.expected.json

The first form loads SHARED/seeds into a temporary database with the installed
`minutebook` command, exports it and prints the output of SHARED/score.py
against SHARED/gold. It prints a message and exits 0 when SHARED is absent,
so `make eval` works on machines without the shared folder.

The second form does the same over samples/ and scores with tests/scoring.py:
per sample and field the matched/got/want counts, then precision, recall and
F1 per field over all samples.
"""

from __future__ import annotations

import argparse
import json
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


def evaluate_shared(shared: Path) -> int:
    """Score the seeds in `shared` with its own score.py; return an exit status."""
    seeds, gold, scorer = shared / "seeds", shared / "gold", shared / "score.py"
    if not (seeds.is_dir() and gold.is_dir() and scorer.is_file()):
        print(f"skipping evaluation: {shared} has no seeds/, gold/ and score.py")
        return 0
    with tempfile.TemporaryDirectory(prefix="minutebook-eval-") as tmp:
        export = export_folder(seeds, Path(tmp))
        scored = subprocess.run([sys.executable, str(scorer), str(export), str(gold)],
                                capture_output=True, text=True)
        print(scored.stdout, end="")
        if scored.returncode != 0:
            print(scored.stderr, end="", file=sys.stderr)
        return scored.returncode


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
    args = parser.parse_args(argv)
    if args.samples:
        return evaluate_samples()
    return evaluate_shared(args.shared.resolve())


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
