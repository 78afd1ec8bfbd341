"""How fast minutebook loads PDFs, against the PDF libraries' own text extraction.

Writes N synthetic minutes PDFs (benchmarks/make_corpus.py; cached between
runs), then measures, each in a fresh process so peak memory is its own:

  (a) pdfplumber extract_text on every page
  (b) pypdfium2 get_text_range on every page
  (c) the whole `minutebook ingest` (parse, extract, store) with 1 worker
  (d) the same with one worker per core

and prints pages per second and peak resident memory (the measuring process
and, separately, the largest of its worker processes). Targets: (c) at least
5 x (a); (d) at least 1.8 x (c) on 2 cores; memory flat as N grows.

Then, when the shared folder of real documents is there (`--shared`, default
../shared beside the repository), the same (a), (b) and (c) over real PDFs:
every PDF under its corpus/docs and hard folders and the project's
samples/*.pdf, less the ones a reader refuses (no text layer, fonts without
a Unicode map, text drawn as outlines). Real documents are few (tens of
pages), so each mode reads them once untimed, to leave out start-up (imports,
spaCy, the first use of each word list), and then `--repeat` times timed.
Without the folder that part is left out.

    python benchmarks/bench_ingest.py            # N = 1000
    python benchmarks/bench_ingest.py --n 10000
    python benchmarks/bench_ingest.py --modes '' # real documents only
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_N = 1000
DEFAULT_CORPUS = Path(tempfile.gettempdir()) / "minutebook-bench-corpus"
MODES = {
    "a": "pdfplumber extract_text",
    "b": "pypdfium2 text",
    "c": "minutebook ingest, 1 worker",
    "d": "minutebook ingest, all cores",
}
REAL_MODES = "abc"
DEFAULT_SHARED = HERE.parent.parent / "shared"
REAL_FOLDERS = ("corpus/docs", "hard")
"""Folders of `--shared` whose PDFs are measured (recursively)."""
SAMPLES = HERE.parent / "samples"
DEFAULT_REPEAT = 3
SAMPLE_SECONDS = 0.2
TARGET_C_OVER_A = 5.0
TARGET_D_OVER_C = 1.8


def measure(mode: str, files: list[Path], scratch: Path) -> dict[str, float]:
    """Run one mode over `files` in this process; return pages and seconds."""
    started = time.perf_counter()
    pages = 0
    if mode == "a":
        import pdfplumber

        for path in files:
            with pdfplumber.open(path) as pdf:
                for page in pdf.pages:
                    page.extract_text()
                    page.close()  # pdfplumber caches page objects; this keeps memory flat
                    pages += 1
    elif mode == "b":
        import pypdfium2

        for path in files:
            pdf = pypdfium2.PdfDocument(path)
            try:
                for index in range(len(pdf)):
                    page = pdf[index]
                    textpage = page.get_textpage()
                    textpage.get_text_range()
                    textpage.close()
                    page.close()
                    pages += 1
            finally:
                pdf.close()
    else:
        from minutebook.load import load_paths
        from minutebook.store import Store

        workers = 1 if mode == "c" else (os.cpu_count() or 1)
        with Store(str(scratch / f"bench-{mode}.db")) as store:
            summary = load_paths([str(path) for path in files], store, workers=workers)
        if summary.failed:
            raise SystemExit(f"{len(summary.failed)} files failed, e.g. {summary.failed[0]}")
        pages = summary.pages
    return {"pages": pages, "seconds": time.perf_counter() - started}


def real_documents(shared: Path) -> list[Path]:
    """The real PDFs measured: those under `shared`'s REAL_FOLDERS, then samples/*.pdf."""
    files: list[Path] = []
    for folder in REAL_FOLDERS:
        files.extend(sorted((shared / folder).rglob("*.pdf")))
    files.extend(sorted(SAMPLES.glob("*.pdf")))
    return files


def readable(files: list[Path]) -> tuple[list[Path], list[str]]:
    """Split `files` into those every reader reads and a line for each one refused, with why."""
    import pdfplumber
    import pypdfium2

    from minutebook.errors import UnreadableDocument
    from minutebook.ingest import parse_file

    kept: list[Path] = []
    refused: list[str] = []
    for path in files:
        try:
            with pdfplumber.open(path):
                pass
            pypdfium2.PdfDocument(path).close()
            parse_file(path)
        except UnreadableDocument as err:
            refused.append(f"{path.name}: {err.kind}")
            continue
        except Exception as err:  # a reader that cannot open it at all
            refused.append(f"{path.name}: {type(err).__name__}")
            continue
        kept.append(path)
    return kept, refused


def measure_real(mode: str, files: list[Path], scratch: Path, repeat: int) -> dict[str, float]:
    """Read `files` once untimed (start-up), then `repeat` times timed; pages, wall and CPU seconds of the timed runs.

    Whole ingest stores each run in a fresh database, made before its clock starts.
    """
    if mode in ("a", "b"):
        measure(mode, files, scratch)
    else:
        from minutebook.load import load_paths
        from minutebook.store import Store

        with Store(str(scratch / "warm.db")) as store:
            load_paths([str(path) for path in files], store, workers=1)
    pages = 0
    seconds = 0.0
    cpu = 0.0
    for run in range(repeat):
        if mode in ("a", "b"):
            cpu_before = time.process_time()
            result = measure(mode, files, scratch)
            cpu += time.process_time() - cpu_before
            pages += int(result["pages"])
            seconds += result["seconds"]
            continue
        with Store(str(scratch / f"real-{run}.db")) as store:
            started = time.perf_counter()
            cpu_before = time.process_time()
            summary = load_paths([str(path) for path in files], store, workers=1)
            cpu += time.process_time() - cpu_before
            seconds += time.perf_counter() - started
        if summary.failed:
            raise SystemExit(f"{len(summary.failed)} files failed, e.g. {summary.failed[0]}")
        pages += summary.pages
    return {"pages": pages, "seconds": seconds, "cpu_seconds": cpu}


def cpu_seconds() -> float:
    """User and system CPU time of this process and its finished children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


class DescendantSampler:
    """Polls /proc for this process's descendants (workers, fork server): peak memory and CPU time.

    Workers started through a fork server are not our children, so
    getrusage(RUSAGE_CHILDREN) never sees them; on Linux /proc does.
    """

    def __init__(self, interval: float = SAMPLE_SECONDS) -> None:
        self.interval = interval
        self.peak_mb = 0.0
        self.cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> "DescendantSampler":
        if Path("/proc/self/stat").exists():
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    @property
    def cpu_seconds(self) -> float:
        return sum(self.cpu.values())

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def sample(self) -> None:
        tick = os.sysconf("SC_CLK_TCK")
        parents: dict[int, int] = {}
        times: dict[int, float] = {}
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            fields = stat[stat.rindex(")") + 2:].split()
            parents[int(entry.name)] = int(fields[1])
            times[int(entry.name)] = (int(fields[11]) + int(fields[12])) / tick
        mine = {os.getpid()}
        grew = True
        while grew:
            found = {pid for pid, parent in parents.items() if parent in mine} - mine
            grew = bool(found)
            mine |= found
        mine.discard(os.getpid())
        for pid in mine:
            self.cpu[pid] = max(self.cpu.get(pid, 0.0), times.get(pid, 0.0))
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            for line in status.splitlines():
                if line.startswith("VmHWM:"):
                    self.peak_mb = max(self.peak_mb, int(line.split()[1]) / 1024)


def peak_memory_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest finished child, in MB."""
    # ru_maxrss is kilobytes on Linux and bytes on macOS.
    unit = 1024 * 1024 if sys.platform == "darwin" else 1024
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / unit
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / unit
    return own, children


def run_child(mode: str, corpus: Path, n: int, *extra: str) -> dict[str, Any]:
    """Measure `mode` in a fresh interpreter, so its peak memory is not mixed with another mode's."""
    output = subprocess.run(
        [sys.executable, __file__, "--measure", mode, "--corpus", str(corpus), "--n", str(n), *extra],
        check=True, capture_output=True, text=True,
    ).stdout
    result: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    return result


def load_average() -> str:
    try:
        return ", ".join(f"{value:.1f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


def report_real(args: argparse.Namespace) -> None:
    """Measure (a)-(c) on the real documents and print them as the synthetic figures are printed."""
    if not args.shared.is_dir():
        print(f"\nno folder {args.shared}: real documents not measured")
        return
    files = real_documents(args.shared)
    listing = args.corpus / "real-documents.json"
    listing.parent.mkdir(parents=True, exist_ok=True)
    probe = run_child("list", args.corpus, args.n, "--files", json.dumps([str(path) for path in files]))
    listing.write_text(json.dumps(probe["kept"]))
    kept = [Path(path) for path in probe["kept"]]
    print(f"\nreal documents: {len(kept)} PDFs of {len(files)} "
          f"(under {', '.join(REAL_FOLDERS)} of {args.shared} and samples/), "
          f"read once untimed, then {args.repeat} times timed; load average {load_average()}")
    for line in probe["refused"]:
        print(f"   skipped, a reader refuses it: {line}")
    if not kept:
        return
    print(f"{'':3}{'measurement':32}{'pages':>7}{'seconds':>9}{'pages/s':>9}{'CPU s':>8}{'pages/CPU s':>12}"
          f"{'peak MB':>9}")
    rates: dict[str, tuple[float, float]] = {}
    for mode in REAL_MODES:
        result = run_child(mode, args.corpus, args.n, "--real", str(listing), "--repeat", str(args.repeat))
        rate, cpu_rate = result["pages"] / result["seconds"], result["pages"] / result["cpu_seconds"]
        rates[mode] = (rate, cpu_rate)
        print(f"({mode}) {MODES[mode]:31}{result['pages']:>7.0f}{result['seconds']:>9.1f}{rate:>9.1f}"
              f"{result['cpu_seconds']:>8.1f}{cpu_rate:>12.1f}{result['peak_mb']:>9.0f}")
    ratio, cpu_ratio = (rates["c"][0] / rates["a"][0], rates["c"][1] / rates["a"][1])
    print(f"(c)/(a) = {ratio:.2f} in pages/s, {cpu_ratio:.2f} in pages per CPU second (target >= "
          f"{TARGET_C_OVER_A:g}): {'met' if min(ratio, cpu_ratio) >= TARGET_C_OVER_A else 'MISSED'}; "
          f"load average {load_average()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=DEFAULT_N, help=f"files in the corpus (default {DEFAULT_N})")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="where the PDFs are cached")
    parser.add_argument("--modes", default="abcd", help="which measurements to run (default abcd)")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED,
                        help="the shared folder of real documents (default ../shared beside the repository)")
    parser.add_argument("--repeat", type=int, default=DEFAULT_REPEAT,
                        help=f"timed reads of the real documents (default {DEFAULT_REPEAT})")
    parser.add_argument("--measure", choices=[*sorted(MODES), "list"], help=argparse.SUPPRESS)
    parser.add_argument("--real", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--files", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.measure == "list":
        kept, refused = readable([Path(path) for path in json.loads(args.files)])
        print(json.dumps({"kept": [str(path) for path in kept], "refused": refused}))
        return
    if args.measure and args.real:
        real = [Path(path) for path in json.loads(args.real.read_text())]
        with tempfile.TemporaryDirectory() as scratch:
            result = measure_real(args.measure, real, Path(scratch), args.repeat)
        result["peak_mb"] = peak_memory_mb()[0]
        print(json.dumps(result))
        return
    if not args.modes:
        report_real(args)
        return

    sys.path.insert(0, str(HERE))
    from make_corpus import write_corpus

    corpus = args.corpus / f"n{args.n}"
    files = write_corpus(corpus, args.n)
    if args.measure:
        with tempfile.TemporaryDirectory() as scratch, DescendantSampler() as workers:
            cpu_before = cpu_seconds()
            result = measure(args.measure, files, Path(scratch))
            workers.sample()
            result["cpu_seconds"] = cpu_seconds() - cpu_before + workers.cpu_seconds
        result["peak_mb"], peak_child_mb = peak_memory_mb()
        result["peak_child_mb"] = max(peak_child_mb, workers.peak_mb)
        print(json.dumps(result))
        return

    print(f"{args.n} files in {corpus}, {os.cpu_count()} cores; load average {load_average()}")
    # CPU seconds show how much of the wall time was work; on a busy machine
    # pages per CPU second is the steadier figure for (a)-(c).
    print(f"{'':3}{'measurement':32}{'pages':>7}{'seconds':>9}{'pages/s':>9}{'CPU s':>8}{'pages/CPU s':>12}"
          f"{'peak MB':>9}{'worker MB':>10}")
    rates: dict[str, float] = {}
    for mode in args.modes:
        result = run_child(mode, args.corpus, args.n)
        rate = result["pages"] / result["seconds"]
        rates[mode] = rate
        worker = f"{result['peak_child_mb']:.0f}" if mode == "d" else "-"
        cpu = result["cpu_seconds"]
        print(f"({mode}) {MODES[mode]:31}{result['pages']:>7.0f}{result['seconds']:>9.1f}{rate:>9.1f}"
              f"{cpu:>8.1f}{result['pages'] / cpu:>12.1f}{result['peak_mb']:>9.0f}{worker:>10}")
    if "a" in rates and "c" in rates:
        ratio = rates["c"] / rates["a"]
        print(f"(c)/(a) = {ratio:.2f} (target >= {TARGET_C_OVER_A:g}): {'met' if ratio >= TARGET_C_OVER_A else 'MISSED'}")
    if "c" in rates and "d" in rates:
        ratio = rates["d"] / rates["c"]
        print(f"(d)/(c) = {ratio:.2f} (target >= {TARGET_D_OVER_C:g} on 2 cores): "
              f"{'met' if ratio >= TARGET_D_OVER_C else 'MISSED'}")
    report_real(args)


if __name__ == "__main__":
    main()
