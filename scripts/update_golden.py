"""Rewrite the exact-comparison snapshots samples/<name>.export.json.

    python scripts/update_golden.py            # every sample with an expected answer
    python scripts/update_golden.py NAME ...   # only these samples (name without suffix)

Loads samples/ into a temporary database with the installed `minutebook`
command (the same route tests/test_samples.py uses), exports it, and writes
each sample's export, without machine-dependent keys, beside the sample.
Run it only when a change in the export is intended, then review the diff:
tests/test_samples.py compares the export with these files exactly.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
EXPECTED_SUFFIX = ".expected.json"
SNAPSHOT_SUFFIX = ".export.json"
# Keep in step with MACHINE_KEYS in tests/test_samples.py.
MACHINE_KEYS = ("path",)

sys.path.insert(0, str(REPO / "scripts"))
from evaluate import export_folder, read_export


def write_snapshot(name: str, document: dict) -> Path:
    """Write one sample's export as its snapshot and return the snapshot's path."""
    target = SAMPLES / f"{name}{SNAPSHOT_SUFFIX}"
    kept = {key: value for key, value in document.items() if key not in MACHINE_KEYS}
    target.write_text(json.dumps(kept, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return target


def main(argv: list[str]) -> int:
    """Export the samples and write the snapshots; return an exit status."""
    wanted = set(argv)
    samples: dict[str, str] = {}
    for path in sorted(SAMPLES.glob(f"*{EXPECTED_SUFFIX}")):
        name = path.name[: -len(EXPECTED_SUFFIX)]
        if not wanted or name in wanted:
            samples[name] = json.loads(path.read_text(encoding="utf-8"))["file"]
    unknown = wanted - set(samples)
    if unknown:
        print(f"no expected answer for: {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="minutebook-golden-") as tmp:
        documents = {document["file"]: document for document in read_export(export_folder(SAMPLES, Path(tmp)))}
    status = 0
    for name, file in samples.items():
        if file not in documents:
            print(f"{file}: not exported, snapshot left as it was", file=sys.stderr)
            status = 1
            continue
        print(write_snapshot(name, documents[file]))
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
