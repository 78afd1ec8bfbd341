"""Loading many files at once: hash, skip what is stored, parse in workers, write one at a time.

The main process walks the paths, hashes each file and asks the store whether
it is new; new and changed files go to worker processes that parse and
extract them; the main process alone writes, one transaction per document, as
results arrive. Each file has a time limit: a worker that runs over it (or
dies) is replaced and only that file fails. Because a document is written in
one transaction and recognised again by its sha256 and path, a load that is
stopped at any moment, even by SIGKILL, can simply be run again.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import math
import multiprocessing
import os
import signal
import sys
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Literal, NamedTuple, Protocol

from .errors import AlreadyStored, MinutebookError, StoreUnavailable, UnreadableDocument

if TYPE_CHECKING:
    from multiprocessing.context import ForkServerContext, SpawnContext
    from multiprocessing.process import BaseProcess

    from .extract.records import Extraction
    from .extract.topics import TopicVocabulary
    from .ingest.ocr import OcrMode
    from .ingest.document import DocumentInfo, ParsedDocument

DEFAULT_FILE_TIMEOUT = 120.0
"""Seconds one file may take to parse and extract before it is given up (and, separately, to be hashed)."""
OCR_SHARE_OF_TIMEOUT = 0.5
"""Share of a file's time limit its OCR may take in all, so that a page OCR cannot finish costs only that page's text,
never the file: the rest of the reading and the extraction have the other half."""
WORKER_MEMORY_MB = 4096
"""Address space one worker process may use (RLIMIT_AS, where the platform has it); a file
that needs more fails as too_large and the worker is replaced."""
HASH_CHUNK_BYTES = 1 << 20
WORKER_STOP_GRACE = 5.0
"""Seconds a worker gets to exit after the last file before it is killed."""
WORKER_START_TIMEOUT = 300.0
"""Seconds a new worker may take to import its readers and build spaCy."""
WORKER_QUEUE_DEPTH = 2
"""Files handed to a worker at once: it starts the next while the writer stores the last."""
WORKER_PRELOAD = (
    "minutebook.ingest.pdf", "minutebook.ingest.html", "minutebook.ingest.text", "minutebook.extract.pipeline",
)
"""Modules the fork server imports once, so each new worker (and each
replacement for a stuck one) starts in a fraction of a second."""

Outcome = Literal["loaded", "unchanged", "copy", "failed"]
ParseFunction = Callable[..., "ParsedDocument"]
"""Reads one file: `parse(path, *, engine, password[, ocr])`, as `minutebook.ingest.parse_file` does
(`ocr`, an `OcrMode`, is passed only when it is not "auto")."""
ExtractFunction = Callable[..., "Extraction"]
"""Reads records from a document: `extract(document, *, spacy_model, topics)`, as
`minutebook.extract.pipeline.extract_document` does."""


class FileFailure(NamedTuple):
    """One file that did not load: where it is, a stable kind, and a one-line reason."""

    path: str
    kind: str
    reason: str


@dataclass(slots=True)
class LoadSummary:
    """What one load did, counted per file."""

    loaded: int = 0
    unchanged: int = 0
    copies: int = 0
    """Files whose bytes were already stored under another name."""
    failed: list[FileFailure] = field(default_factory=list)
    warnings: list[FileFailure] = field(default_factory=list)
    """Files that loaded, with what their reader warned about (kind "warning")."""
    thin: list[FileFailure] = field(default_factory=list)
    """Files loaded whose reading gave much less than their kind holds (see `extract.thin`)."""
    pages: int = 0
    """Pages in the documents loaded by this run."""
    seconds: float = 0.0
    interrupted: bool = False
    """The load was stopped by Ctrl-C; the counts say how far it got."""
    stopped: bool = False
    """`strict` stopped the load at its first failure."""

    @property
    def files(self) -> int:
        return self.loaded + self.unchanged + self.copies + len(self.failed)


class ProgressSink(Protocol):
    """Receives one call per file as the load settles it."""

    def update(self, path: str, outcome: Outcome, *, pages: int = 0, failure: FileFailure | None = None) -> None: ...


class LoadTarget(Protocol):
    """What a load needs from the store (`minutebook.store.Store` provides it)."""

    def document_state(self, path: str, sha256: str) -> str: ...

    def save_extraction(self, info: "DocumentInfo", extraction: "Extraction") -> int: ...

    def save_failure(
        self, *, path: str, name: str, reason: str, kind: str, sha256: str | None = None, format: str | None = None
    ) -> None: ...


class _Candidate(NamedTuple):
    path: str
    """Where the file is read from (a file name that is not UTF-8 keeps its bytes here)."""
    sha256: str
    name: str
    """The path as stored and printed: `path` with any byte that is not UTF-8 written as \\xNN."""


@dataclass(frozen=True, slots=True)
class _Settings:
    """Everything a worker needs to read files; picklable so spawned workers get it.

    Functions pickle as a reference to their module and name, so a worker
    imports them itself; None stands for minutebook's own reader, imported
    only in the process that reads files.
    """

    engine: str
    password: str | None
    ocr: OcrMode
    ocr_seconds: float
    """The time OCR may take over one file (`OCR_SHARE_OF_TIMEOUT` of its time limit)."""
    spacy_model: str | None
    topics_path: str | None
    parse_function: ParseFunction | None
    extract_function: ExtractFunction | None


# A worker's answer for one file: ("ok", DocumentInfo, Extraction, what it lacks) or
# ("failed", kind, reason); ("fatal", message) when the worker cannot start.
_Message = tuple[Any, ...]


class _StopLoad(Exception):
    """Raised inside the load to stop it at the first failure (`strict`)."""


class _FileTimeout(BaseException):
    """Raised by the in-process alarm; a BaseException so parsers' `except Exception` cannot swallow it."""


def load_paths(
    paths: Iterable[str | Path],
    store: LoadTarget,
    *,
    workers: int | None = None,
    engine: str = "auto",
    password: str | None = None,
    ocr: OcrMode = "auto",
    force: bool = False,
    timeout: float = DEFAULT_FILE_TIMEOUT,
    spacy_model: str | None = None,
    topics_path: str | Path | None = None,
    strict: bool = False,
    progress: ProgressSink | None = None,
    parse_function: ParseFunction | None = None,
    extract_function: ExtractFunction | None = None,
) -> LoadSummary:
    """Load every file under `paths` into `store` and return what happened to each.

    `workers` processes parse and extract (default: one per core; 1 runs
    everything in this process). `parse_function` and `extract_function`
    swap in other readers (tests use slow or crashing ones); they must be
    module-level functions, so worker processes can import them. None (the
    default) means `minutebook.ingest.parse_file` and
    `minutebook.extract.pipeline.extract_document`, imported only where files
    are read, so a load with workers never loads spaCy in the writer.
    `ocr` says when scanned PDF pages are read by OCR (`minutebook.ingest.ocr.OcrMode`).
    Ctrl-C stops the load and returns the summary so far with `interrupted`.
    """
    if workers is None:
        workers = os.cpu_count() or 1
    if workers < 1:
        raise ValueError("workers must be at least 1")
    if ocr != "auto":
        from .ingest.ocr import check_ocr_mode

        check_ocr_mode(ocr)
    if not timeout > 0 or not math.isfinite(timeout):  # NaN fails every comparison
        raise ValueError("timeout must be a positive, finite number of seconds")
    started = time.perf_counter()
    summary = LoadSummary()
    settings = _Settings(
        engine=engine,
        password=password,
        ocr=ocr,
        ocr_seconds=timeout * OCR_SHARE_OF_TIMEOUT,
        spacy_model=spacy_model,
        topics_path=str(topics_path) if topics_path is not None else None,
        parse_function=parse_function,
        extract_function=extract_function,
    )
    # A bad topics file is the user's mistake, not a file's: refuse it before any work.
    _load_topics(settings.topics_path)
    writer = _Writer(store, summary, progress=progress, strict=strict)
    candidates = _iter_candidates(paths, store, writer=writer, force=force, timeout=timeout)
    try:
        # Workers and spaCy start only once some file needs reading, so a
        # re-run over a loaded archive costs no more than hashing it.
        first = next(candidates, None)
        if first is not None:
            pending = itertools.chain([first], candidates)
            if workers == 1:
                _load_in_process(pending, settings, writer, timeout=timeout)
            else:
                _load_with_workers(pending, settings, writer, workers=workers, timeout=timeout)
    except KeyboardInterrupt:
        summary.interrupted = True
    except _StopLoad:
        summary.stopped = True
    finally:
        summary.seconds = time.perf_counter() - started
    return summary


def iter_load_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Yield the files a load of `paths` would read (folders recursively)."""
    from .ingest import iter_files

    return iter_files(paths)


def count_load_files(paths: Iterable[str | Path]) -> int:
    """Count the files a load of `paths` would read, without keeping their names."""
    return sum(1 for _ in iter_load_files(paths))


def storable_path(path: str) -> str:
    """`path` as text any database and terminal accepts: bytes of a file name that are not UTF-8
    (a latin-1 name from an old archive) become \\xNN, the same way every run."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")
    return path


def hash_file(path: str | Path) -> str:
    """Return the sha256 of a file's bytes, read in chunks so memory stays flat.

    Raises `UnreadableDocument` for what is not a regular file (a pipe, a
    device, a dangling link), so nothing here can block.
    """
    from .ingest.files import open_document_file

    digest = hashlib.sha256()
    with open_document_file(path) as handle:
        while chunk := handle.read(HASH_CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()


class _Writer:
    """The one place results reach the store and the summary."""

    def __init__(self, store: LoadTarget, summary: LoadSummary, *, progress: ProgressSink | None, strict: bool) -> None:
        self.store = store
        self.summary = summary
        self.progress = progress
        self.strict = strict

    def record(self, candidate: _Candidate, message: _Message) -> None:
        if message[0] == "ok":
            saved = self.save(candidate, message[1], message[2])
            if saved and len(message) > 3 and message[3]:
                self.warn_thin(candidate, message[1], message[2], message[3])
        else:
            self.fail(candidate.name, message[1], message[2], sha256=candidate.sha256)

    def save(self, candidate: _Candidate, info: "DocumentInfo", extraction: "Extraction") -> bool:
        """Store one file's extraction; False when the store refused it (the file is then failed)."""
        # The store keys documents on the path the load was given, whatever
        # name the parser chose to record.
        if info.path != candidate.name or info.sha256 != candidate.sha256:
            info = replace(info, path=candidate.name, name=Path(candidate.name).name, sha256=candidate.sha256)
        try:
            self.store.save_extraction(info, extraction)
        except AlreadyStored as err:  # another load running at the same time stored it first
            self.skip(candidate.name, "unchanged" if err.state == "unchanged" else "copy")
            return False
        except StoreUnavailable:
            raise  # read-only or locked: every other file would fail the same way
        except Exception as err:  # the store rolled this document back; the rest can go on
            self.fail(candidate.name, "store_error", f"could not be stored: {_describe(err)}", sha256=candidate.sha256)
            return False
        self.summary.loaded += 1
        self.summary.pages += info.pages
        self.summary.warnings += [FileFailure(candidate.name, "warning", warning) for warning in info.warnings]
        self._tell(candidate.name, "loaded", pages=info.pages)
        return True

    def warn_thin(self, candidate: _Candidate, info: "DocumentInfo", extraction: "Extraction", lacks: tuple[str, ...]) -> None:
        """Log beside a loaded file that its reading gave much less than its kind holds; the file stays loaded."""
        from .extract.thin import THIN_KIND

        pages = f"{info.pages} page{'s' if info.pages != 1 else ''}"
        reason = f"{', '.join(lacks)} in {pages} of {extraction.meeting.kind}: check the file against what was read"
        try:
            self.store.save_failure(path=candidate.name, name=Path(candidate.name).name, reason=reason, kind=THIN_KIND,
                                    sha256=candidate.sha256, format=info.format)
        except Exception:  # a warning that cannot be stored must not fail a file that loaded
            return
        self.summary.thin.append(FileFailure(candidate.name, THIN_KIND, reason))

    def skip(self, path: str, outcome: Outcome) -> None:
        if outcome == "unchanged":
            self.summary.unchanged += 1
        else:
            self.summary.copies += 1
        self._tell(path, outcome)

    def fail(self, path: str, kind: str, reason: str, *, sha256: str | None = None) -> None:
        failure = FileFailure(path, kind, reason)
        self.store.save_failure(path=path, name=Path(path).name, reason=reason, kind=kind, sha256=sha256)
        self.summary.failed.append(failure)
        self._tell(path, "failed", failure=failure)
        if self.strict:
            raise _StopLoad(reason)

    def _tell(self, path: str, outcome: Outcome, *, pages: int = 0, failure: FileFailure | None = None) -> None:
        if self.progress is not None:
            self.progress.update(path, outcome, pages=pages, failure=failure)


def _iter_candidates(
    paths: Iterable[str | Path], store: LoadTarget, *, writer: _Writer, force: bool, timeout: float
) -> Iterator[_Candidate]:
    """Yield the files that need reading; count the ones the store already has."""
    # Only hashes are kept (64 bytes a file), so two copies of one file in the
    # same run are caught even before the first is stored.
    seen: set[str] = set()
    for path in iter_load_files(paths):
        # Absolute, so the same file is the same document whatever folder the
        # load is run from (symlinks are kept as named).
        location = os.path.abspath(path)
        name = storable_path(location)
        try:
            with _deadline(timeout):
                sha256 = hash_file(path)
        except _FileTimeout:
            writer.fail(name, "timeout", f"reading its bytes gave up after {timeout:g} s (a stalled disk or "
                        "network share?); raise --timeout to allow more")
            continue
        except UnreadableDocument as err:
            writer.fail(name, err.kind, err.reason)
            continue
        except OSError as err:
            writer.fail(name, "unreadable", f"cannot be read: {err.strerror or err}")
            continue
        if force:
            yield _Candidate(location, sha256, name)
            continue
        state = store.document_state(name, sha256)
        if state == "unchanged":
            writer.skip(name, "unchanged")
        elif state == "copy" or sha256 in seen:
            writer.skip(name, "copy")
        else:
            seen.add(sha256)
            yield _Candidate(location, sha256, name)


class _FileProcessor:
    """Parses and extracts one file at a time with settings loaded once."""

    def __init__(self, settings: _Settings) -> None:
        self.settings = settings
        self.parse = settings.parse_function or _load_parser()
        self.extract = settings.extract_function or _load_pipeline(settings.spacy_model)
        self.topics = _load_topics(settings.topics_path)

    def process(self, path: str) -> _Message:
        try:
            options: dict[str, Any] = {"engine": self.settings.engine, "password": self.settings.password}
            if self.settings.ocr != "auto":  # only the real parser knows OCR; test stand-ins need not
                options["ocr"] = self.settings.ocr
            if self.settings.parse_function is None:
                options["ocr_seconds"] = self.settings.ocr_seconds
            document = self.parse(Path(path), **options)
        except UnreadableDocument as err:
            return ("failed", err.kind, err.reason)
        except MemoryError:
            return ("failed", "too_large", _MEMORY_REASON)
        except Exception as err:  # one bad file must never stop the load
            return ("failed", "parse_error", _describe(err))
        try:
            extraction = self.extract(document, spacy_model=self.settings.spacy_model, topics=self.topics)
        except MemoryError:
            return ("failed", "too_large", _MEMORY_REASON)
        except Exception as err:
            return ("failed", "extract_error", _describe(err))
        from .extract.thin import judge_thin

        return ("ok", document.info, extraction, tuple(judge_thin(extraction, document)))


def _load_parser() -> ParseFunction:
    from .ingest import parse_file

    return parse_file


def _load_pipeline(spacy_model: str | None) -> ExtractFunction:
    """The extractor pipeline, with its spaCy pipeline built now (once per process, not on the first file). It keeps
    going past a field whose reader fails: the field is left empty and the file loads with a warning naming it."""
    from .extract.nlp import load_nlp
    from .extract.pipeline import extract_document

    load_nlp(spacy_model)
    return functools.partial(extract_document, keep_going=True)


def _load_topics(topics_path: str | None) -> "TopicVocabulary | None":
    if topics_path is None:
        return None
    from .extract.topics import load_topics

    return load_topics(topics_path)


def _describe(err: BaseException) -> str:
    # A database error's own message, without the SQL statement and parameters SQLAlchemy appends.
    err = getattr(err, "orig", None) or err
    text = " ".join(str(err).split())
    return f"{type(err).__name__}: {text}" if text else type(err).__name__


_MEMORY_REASON = (
    f"ran out of memory reading it (a file may use up to {WORKER_MEMORY_MB} MB in a worker): "
    "check it is the right file, or split it"
)


def _timeout_reason(timeout: float) -> str:
    return f"gave up after {timeout:g} s (a pathological file?); raise --timeout to allow more"


def _load_in_process(candidates: Iterator[_Candidate], settings: _Settings, writer: _Writer, *, timeout: float) -> None:
    try:
        processor = _FileProcessor(settings)
    except MinutebookError:
        raise
    except Exception as err:
        raise MinutebookError(f"cannot start reading files: {_describe(err)}") from err
    for candidate in candidates:
        try:
            with _deadline(timeout), _fatal_errors_shown():
                message = processor.process(candidate.path)
        except _FileTimeout:
            message = ("failed", "timeout", _timeout_reason(timeout))
        writer.record(candidate, message)


@contextmanager
def _fatal_errors_shown() -> Iterator[None]:
    """While files are read in this process, a fatal crash in a C reader (an abort when memory
    runs out) prints Python's stack on stderr instead of ending the load without a word."""
    import faulthandler

    was_enabled = faulthandler.is_enabled()
    try:
        faulthandler.enable(file=sys.__stderr__ or sys.stderr)
    except (AttributeError, ValueError, OSError):  # no usable stderr (a test runner's capture)
        yield
        return
    try:
        yield
    finally:
        if not was_enabled:
            faulthandler.disable()


@contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Raise `_FileTimeout` in this thread after `seconds`, where the platform allows it."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def on_alarm(signum: int, frame: Any) -> None:
        raise _FileTimeout()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _run_worker(conn: Connection, settings: _Settings) -> None:
    """Worker process: say "ready", then answer each path from `conn` with one message; stop on None."""
    # The writer decides what Ctrl-C means; a worker just stops when told.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    limit_memory(WORKER_MEMORY_MB)
    try:
        processor = _FileProcessor(settings)
    except MinutebookError as err:
        conn.send(("fatal", str(err)))
        return
    except Exception as err:
        conn.send(("fatal", f"cannot start reading files: {_describe(err)}"))
        return
    conn.send(("ready",))
    while True:
        try:
            path = conn.recv()
        except EOFError:  # the writer has gone (killed): nothing left to do
            return
        if path is None:
            return
        message = processor.process(path)
        try:
            conn.send(message)
        except (EOFError, BrokenPipeError):
            return
        except Exception as err:  # e.g. a result that cannot be pickled
            conn.send(("failed", "worker_error", f"result could not be returned: {_describe(err)}"))


def limit_memory(megabytes: int) -> None:
    """Cap this process's address space, so a file that would take all memory raises MemoryError
    here (or kills only this worker) instead of the machine swapping; a no-op where unsupported."""
    try:
        import resource
    except ImportError:  # Windows
        return
    wanted = megabytes * 1024 * 1024
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            wanted = min(wanted, hard)
        resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))
    except (ValueError, OSError):
        pass  # a stricter limit is already in place


@dataclass(slots=True)
class _Worker:
    process: "BaseProcess"
    conn: Connection
    ready: bool = False
    """The worker has loaded its readers; a file's clock starts only after that."""
    start_by: float = 0.0
    tasks: list[_Candidate] = field(default_factory=list)
    """Files sent and not yet answered, in the order the worker reads them."""
    deadline: float = 0.0
    """When the first of `tasks` runs out of time."""

    @property
    def task(self) -> _Candidate | None:
        """The file the worker is reading now."""
        return self.tasks[0] if self.tasks else None

    @property
    def waits(self) -> list[Any]:
        return [self.conn, self.process.sentinel]


def _worker_context() -> "ForkServerContext | SpawnContext":
    """Fork server where the platform has one, else spawn.

    Workers never fork the writer itself (which holds a database connection
    and perhaps threads): a fork server is a clean process that has only
    imported the readers, and spawn starts from nothing.
    """
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(list(WORKER_PRELOAD))
        return context
    return multiprocessing.get_context("spawn")


class _WorkerPool:
    """Worker processes, each with its own pipe, so one can be killed without the others."""

    def __init__(self, size: int, settings: _Settings) -> None:
        self.context = _worker_context()
        self.settings = settings
        self.workers: list[_Worker] = []
        for _ in range(size):
            self.workers.append(self._start())

    def _start(self) -> _Worker:
        parent_conn, child_conn = self.context.Pipe()
        process = self.context.Process(
            target=_run_worker, args=(child_conn, self.settings), name="minutebook-worker", daemon=True
        )
        with _sigint_ignored():
            process.start()
        # The parent must drop its copy of the child's end, or a dead
        # worker's pipe would never read as closed.
        child_conn.close()
        return _Worker(process=process, conn=parent_conn, start_by=time.monotonic() + WORKER_START_TIMEOUT)

    def assign(self, worker: _Worker, candidate: _Candidate, timeout: float) -> None:
        if not worker.tasks:
            # A queued file's clock starts only when the file before it is answered.
            worker.deadline = time.monotonic() + timeout
        worker.tasks.append(candidate)
        try:
            worker.conn.send(candidate.path)
        except OSError:
            pass  # the worker has died; the wait loop sees its pipe close and reports the file

    def replace(self, worker: _Worker) -> None:
        """Kill `worker` (stuck or dead) and start a fresh one in its place."""
        _kill(worker)
        self.workers[self.workers.index(worker)] = self._start()

    def close(self, *, graceful: bool) -> None:
        if graceful:
            for worker in self.workers:
                try:
                    worker.conn.send(None)
                except OSError:
                    pass
            stop_by = time.monotonic() + WORKER_STOP_GRACE
            for worker in self.workers:
                worker.process.join(max(0.0, stop_by - time.monotonic()))
        for worker in self.workers:
            _kill(worker)


def _kill(worker: _Worker) -> None:
    if worker.process.is_alive():
        worker.process.kill()
    worker.process.join()
    worker.conn.close()


@contextmanager
def _sigint_ignored() -> Iterator[None]:
    """Start children with SIGINT ignored so Ctrl-C reaches only the writer, which then stops them."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _load_with_workers(
    candidates: Iterator[_Candidate], settings: _Settings, writer: _Writer, *, workers: int, timeout: float
) -> None:
    pool = _WorkerPool(workers, settings)
    graceful = False
    # Files queued behind one that a stuck or dead worker took down with it, to be read again.
    requeued: list[_Candidate] = []
    try:
        exhausted = False
        while True:
            # A short queue per worker (WORKER_QUEUE_DEPTH files) keeps memory
            # flat and the worker busy while the writer stores; each file's
            # clock starts when the worker reaches it.
            for worker in pool.workers:
                while worker.ready and len(worker.tasks) < WORKER_QUEUE_DEPTH:
                    candidate = requeued.pop(0) if requeued else None
                    if candidate is None and not exhausted:
                        candidate = next(candidates, None)
                        exhausted = candidate is None
                    if candidate is None:
                        break
                    pool.assign(worker, candidate, timeout)
            busy = [worker for worker in pool.workers if worker.task is not None]
            if exhausted and not busy and not requeued:
                break
            watched = busy if exhausted else [w for w in pool.workers if w.task is not None or not w.ready]
            soonest = min(worker.deadline if worker.task is not None else worker.start_by for worker in watched)
            wait([handle for worker in watched for handle in worker.waits], timeout=max(0.0, soonest - time.monotonic()))
            for worker in watched:
                if worker.task is None:
                    _check_start(worker)
                else:
                    requeued.extend(_settle(pool, worker, writer, timeout=timeout))
        graceful = True
    finally:
        pool.close(graceful=graceful)


def _check_start(worker: _Worker) -> None:
    """Mark a starting worker ready, or stop the load if workers cannot start at all."""
    if worker.conn.poll():
        try:
            message = worker.conn.recv()
        except (EOFError, OSError):
            message = ("fatal", f"a worker process died while starting ({_exit_cause(worker.process)})")
        if message[0] == "ready":
            worker.ready = True
            return
        raise MinutebookError(message[1])
    if not worker.process.is_alive():
        raise MinutebookError(f"a worker process died while starting ({_exit_cause(worker.process)})")
    if time.monotonic() >= worker.start_by:
        raise MinutebookError(f"a worker process did not start within {WORKER_START_TIMEOUT:g} s")


def _settle(pool: _WorkerPool, worker: _Worker, writer: _Writer, *, timeout: float) -> list[_Candidate]:
    """Store a finished worker's result, or fail its file if it died or ran out of time.

    Returns the files that were queued behind a file that took its worker
    down: they were never read and go to another worker.
    """
    candidate = worker.task
    assert candidate is not None  # only busy workers are settled
    if worker.conn.poll():
        try:
            message = worker.conn.recv()
        except (EOFError, OSError):
            message = None
        if message is not None:
            worker.tasks.pop(0)
            if worker.tasks:
                worker.deadline = time.monotonic() + timeout
            writer.record(candidate, message)
            return []
    elif worker.process.is_alive():
        if time.monotonic() < worker.deadline:
            return []
        queued = worker.tasks[1:]
        pool.replace(worker)
        writer.fail(candidate.name, "timeout", _timeout_reason(timeout), sha256=candidate.sha256)
        return queued
    reason = (
        f"the worker reading this file died ({_exit_cause(worker.process)}); "
        "the file may be malformed or too large"
    )
    queued = worker.tasks[1:]
    pool.replace(worker)
    writer.fail(candidate.name, "crash", reason, sha256=candidate.sha256)
    return queued


def _exit_cause(process: "BaseProcess") -> str:
    process.join(WORKER_STOP_GRACE)
    exitcode = process.exitcode
    if exitcode is not None and exitcode < 0:
        try:
            return signal.Signals(-exitcode).name
        except ValueError:
            return f"signal {-exitcode}"
    return f"exit status {exitcode}"
