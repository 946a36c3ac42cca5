"""Archive-scale extraction: many documents, in parallel, incrementally, within limits.

:func:`run` is what ``minutesmine extract`` drives. The parent process discovers the
files, hashes them and asks the store which are already current (unchanged files are
*skipped*); the rest are extracted in this process (``jobs=1``), in a pool of worker
processes (``jobs>1``) or on a dask.distributed cluster (``dask="tcp://host:8786"``).
Every finished document comes back to the parent as a JSON line, in completion order,
and is written to the store there: one writer, a bounded number of documents in
flight, so memory stays flat however large the archive.

One pathological document cannot stall or sink a run: a per-document time limit and a
page limit turn it into a *failed* outcome whose record carries ``errors``, and a worker
process that dies (a crash in a C library) is replaced, the documents it was holding
are retried one at a time, and only the one that kills a worker on its own is failed.

>>> seed = Path(__file__).parents[1] / "corpus" / "seeds" / "003_648fdf308355ba26.txt"
>>> outcomes = list(run([seed], jobs=1))
>>> [(o.status.value, o.path.name) for o in outcomes]
[('extracted', '003_648fdf308355ba26.txt')]
>>> outcomes[0].document().source.format
'text'
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import hashlib
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from minutesmine.models import Document
    from minutesmine.segment.meeting import Manifest

__all__ = [
    "DEFAULT_PAGE_LIMIT",
    "DEFAULT_TIME_LIMIT",
    "Options",
    "Outcome",
    "TimeLimitExceeded",
    "default_jobs",
    "run",
    "time_limit",
]

log = logging.getLogger(__name__)

#: Seconds one document may take before it is abandoned and reported.
DEFAULT_TIME_LIMIT = 300.0
#: Documents with more pages than this are reported and skipped without being read.
DEFAULT_PAGE_LIMIT = 2000
#: A worker still busy this long after its soft time limit (stuck in C code) is killed.
HARD_LIMIT_GRACE = 30.0
#: Worker processes are replaced after this many documents (bounds slow leaks).
MAX_TASKS_PER_CHILD = 500
#: A process whose resident memory passes this many MB after a document is relieved: pool
#: workers are replaced (the pool is renewed once the documents in flight are back), the
#: in-process run builds a fresh pipeline and returns freed memory to the system.
MEMORY_LIMIT_MB = 768


class Status(str, Enum):
    """What became of an input file."""

    extracted = "extracted"  # ``record`` holds the document
    failed = "failed"  # ``record`` holds a document whose ``errors`` say why
    skipped = "skipped"  # unchanged since the store's copy: no record


Extractor = Callable[..., "Document"]


@dataclass(slots=True)
class Outcome:
    """What happened to one input file.

    ``status`` is :class:`Status` ``extracted`` (``record`` holds the document), ``failed``
    (``record`` holds a document whose ``errors`` say why; ``errors`` repeats them) or
    ``skipped`` (unchanged since the store's copy; no record). A skipped file with ``errors`` failed
    before, unchanged (``errors`` are the stored ones); ``retry_failed`` extracts it again.
    """

    path: Path
    status: Status
    record: str | None = None
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    items: int = 0
    pages: int | None = None
    seconds: float = 0.0
    #: Peak resident memory (MB) of the process that extracted it, as it finished (None if not measured).
    peak_rss_mb: float | None = None
    #: The record as a Document, when it was extracted in this process (else parsed on demand).
    parsed: Document | None = field(default=None, repr=False, compare=False)

    def document(self) -> Document:
        """The record as a :class:`~minutesmine.models.Document` (parsed on demand)."""
        if self.parsed is not None:
            return self.parsed
        if self.record is None:
            raise ValueError(f"{self.path}: no record ({self.status})")
        from minutesmine.models import Document

        return Document.model_validate_json(self.record)


@dataclass(slots=True)
class Options:
    """Per-document settings shipped once to every worker."""

    fast: bool = True
    manifest: Manifest | None = None
    #: When PDF pages are OCR'd: ``auto``, ``always`` or ``never`` (the real pipeline only).
    ocr: str = "auto"
    time_limit: float | None = DEFAULT_TIME_LIMIT
    page_limit: int | None = DEFAULT_PAGE_LIMIT
    #: A pool worker still busy this long after ``time_limit`` (stuck in C code) is killed.
    hard_grace: float = HARD_LIMIT_GRACE
    #: Resident MB past which a process is relieved (see :data:`MEMORY_LIMIT_MB`); None: never.
    memory_limit_mb: float | None = MEMORY_LIMIT_MB
    #: a user's taxonomy files, added to the shipped themes (paths: cheap to ship to workers)
    taxonomy: tuple[str, ...] = ()
    #: ``extract(path, *, fast, manifest) -> Document``; ``None`` is the real pipeline.
    #: Must be a module-level function so it can be sent to worker processes.
    extractor: Extractor | None = None


def default_jobs() -> int:
    """The number of cores this process may use (at least 1)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


# --------------------------------------------------------------------------- time limit


class TimeLimitExceeded(BaseException):
    """Raised inside a document's extraction when its time limit expires.

    A ``BaseException`` (like ``KeyboardInterrupt``), so the pipeline's own ``except
    Exception`` guards, which keep a partial record when one stage has a bug, never swallow it.
    """


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`TimeLimitExceeded` in the calling thread after ``seconds``.

    On the main thread this uses ``SIGALRM`` (an interval timer); on any other thread
    (a dask worker's executor) it raises the exception asynchronously in that thread.
    Either way the exception arrives between Python bytecodes, so a long call inside a C
    library finishes first (pool workers add a hard limit for that case). ``None`` or
    ``0`` means no limit.

    >>> with time_limit(5):
    ...     sum(range(10))
    45
    >>> import time
    >>> try:
    ...     with time_limit(0.05):
    ...         time.sleep(1)
    ... except TimeLimitExceeded as exc:
    ...     print("stopped:", exc)
    stopped: timed out after 0.05 s
    """
    if not seconds or seconds <= 0:
        yield
        return
    message = f"timed out after {seconds:g} s"
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):

        def _alarm(signum: int, frame: object) -> None:
            raise TimeLimitExceeded(message)

        previous = signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        return

    target = threading.get_ident()
    lock = threading.Lock()
    state = {"active": True}

    def _fire() -> None:
        with lock:
            if state["active"]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(
                    ctypes.c_ulong(target), ctypes.py_object(TimeLimitExceeded)
                )

    timer = threading.Timer(seconds, _fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["active"] = False
        timer.cancel()


# --------------------------------------------------------------------------- one document


def _pdf_page_count(path: Path) -> int | None:
    """Page count of a PDF (cheap: pypdfium2 reads only the page tree), None if unreadable."""
    try:
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(path))
    except Exception:
        return None  # the reader reports why (encrypted, corrupt...)
    try:
        return len(pdf)
    finally:
        pdf.close()


def _holds_pdf(path: Path) -> bool:
    """Whether the file's content is a PDF, whatever its name (readers decide by content)."""
    from minutesmine.readers import ReadError, detect_format

    try:
        return detect_format(path) == "pdf"
    except ReadError:
        return False


def _failed_record(path: Path, sha256: str | None, errors: list[str], pages: int | None) -> str:
    """A record for a document that could not be extracted: its source and why."""
    from minutesmine.readers import ReadError, detect_format

    if sha256 is None:
        try:
            sha256 = sha256_file(path)
        except OSError:
            sha256 = ""
    try:
        fmt = detect_format(path)
    except ReadError:
        fmt = "text"
    from minutesmine.models import Document, Source

    source = Source(path=str(path), sha256=sha256, format=fmt, pages=pages)  # type: ignore[arg-type]
    return Document(source=source, errors=errors).model_dump_json()


def extract_one(
    path: str | Path, options: Options, sha256: str | None = None, keep_document: bool = False
) -> dict[str, Any]:
    """Extract one document under ``options``' limits; never raises for a bad document.

    Returns a small dict (cheap to send between processes): ``record`` (the Document as
    a JSON string), ``errors``, ``warnings``, ``items``, ``pages`` and ``seconds``; with
    ``keep_document`` (in-process runs), ``document`` too: the Document the record was made
    from, so that storing it does not parse the record again.
    """
    path = Path(path)
    start = time.perf_counter()
    pages: int | None = None
    if options.page_limit and _holds_pdf(path):
        pages = _pdf_page_count(path)
        if pages is not None and pages > options.page_limit:
            errors = [f"skipped: {pages} pages, over the page limit of {options.page_limit}"]
            return _summary(_failed_record(path, sha256, errors, pages), errors, [], 0, pages, start)
    try:
        with time_limit(options.time_limit):
            if options.extractor is None:
                from minutesmine.pipeline import extract

                doc = extract(
                    path,
                    fast=options.fast,
                    manifest=options.manifest,
                    taxonomy=options.taxonomy,
                    ocr=options.ocr,
                )
            else:
                doc = options.extractor(path, fast=options.fast, manifest=options.manifest)
            record = doc.model_dump_json()
    except TimeLimitExceeded as exc:
        errors = [str(exc) or f"timed out after {options.time_limit:g} s"]
        return _summary(_failed_record(path, sha256, errors, pages), errors, [], 0, pages, start)
    except Exception as exc:  # the pipeline catches reader errors; this is a bug elsewhere
        log.exception("extracting %s failed", path)
        errors = [f"extraction failed: {type(exc).__name__}: {exc}"]
        return _summary(_failed_record(path, sha256, errors, pages), errors, [], 0, pages, start)
    result = _summary(record, list(doc.errors), list(doc.warnings), len(doc.items), doc.source.pages, start)
    if keep_document:
        result["document"] = doc
    return result


def is_skip(errors: list[str]) -> bool:
    """Whether a document's errors say it was left out on purpose because it is not a
    council document (a README beside the files), not that extracting it failed.

    >>> is_skip(["skipped: not a council document: no minutes"]), is_skip(["timed out"]), is_skip([])
    (True, False, False)
    """
    return bool(errors) and all(e.startswith("skipped: not a council document") for e in errors)


def _summary(
    record: str, errors: list[str], warnings: list[str], items: int, pages: int | None, start: float
) -> dict[str, Any]:
    return {
        "record": record,
        "errors": errors,
        "warnings": warnings,
        "items": items,
        "pages": pages,
        "seconds": time.perf_counter() - start,
        "rss_mb": rss_mb(),
        "peak_rss_mb": peak_rss_mb(),
    }


def _outcome(path: Path, result: dict[str, Any]) -> Outcome:
    return Outcome(
        path=path,
        status=Status.failed if result["errors"] else Status.extracted,
        record=result["record"],
        errors=result["errors"],
        warnings=result["warnings"],
        items=result["items"],
        pages=result["pages"],
        seconds=result["seconds"],
        peak_rss_mb=result.get("peak_rss_mb"),
        parsed=result.get("document"),
    )


def _crashed(path: Path, sha256: str | None, reason: str) -> Outcome:
    errors = [reason]
    return Outcome(
        path=path, status=Status.failed, record=_failed_record(path, sha256, errors, None), errors=errors
    )


# --------------------------------------------------------------------------- memory


def rss_mb() -> float | None:
    """This process's resident memory now, in MB (None where /proc is not available)."""
    try:
        with open("/proc/self/statm", "rb") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return None


def peak_rss_mb() -> float | None:
    """The peak resident memory of this process so far, in MB."""
    try:
        import resource
    except ImportError:  # not Unix
        return None
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def over_memory_limit(result: dict[str, Any], options: Options) -> bool:
    """Whether the process that produced ``result`` ended it above ``options.memory_limit_mb``."""
    rss = result.get("rss_mb")
    return bool(options.memory_limit_mb and rss and rss > options.memory_limit_mb)


def relieve_memory() -> None:
    """Give back what a long in-process run has gathered: a fresh spaCy pipeline (the old
    vocabulary, tokenizer cache and rule tables go), a full collection, and freed heap pages
    returned to the system (glibc's ``malloc_trim``)."""
    from minutesmine.nlp import reload

    reload()
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


# --------------------------------------------------------------------------- worker processes

_WORKER_OPTIONS: Options | None = None
_WATCH: dict[str, float | None] = {"deadline": None}


def _init_worker(options: Options) -> None:
    """Pool initializer: keep the options, load the spaCy pipeline once, arm the hard limit."""
    global _WORKER_OPTIONS
    _WORKER_OPTIONS = options
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    parent = os.getppid()
    _die_with_parent()
    prepare_process(options)
    threading.Thread(target=_watchdog, args=(parent,), name="minutesmine-watchdog", daemon=True).start()


#: ``prctl`` option: the signal a process gets when its parent dies (Linux).
PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when the process that forked it dies (a ``kill -9`` of
    ``minutesmine extract`` takes the forkserver with it, and so its workers); elsewhere the
    watchdog's polling of the parent's id does it, within a second."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def _watchdog(parent: int) -> None:
    """Exit when the batch's process is gone (the forkserver stays up while its workers do,
    so they would outlive a ``kill -9`` of the run), and kill this worker if a document
    overruns its time limit by ``Options.hard_grace``.

    The soft limit cannot interrupt a call stuck in C code; the parent sees the worker die,
    replaces it and reports the document that killed it.
    """
    run = multiprocessing.parent_process()  # the process running the batch (the forkserver's client)
    while True:
        time.sleep(0.5)
        if os.getppid() != parent or (run is not None and not run.is_alive()):
            os._exit(0)  # the run it worked for has ended
        deadline = _WATCH["deadline"]
        if deadline is not None and time.monotonic() > deadline:
            os._exit(70)


def _pool_task(path: str, sha256: str | None) -> dict[str, Any]:
    options = _WORKER_OPTIONS or Options()
    if options.time_limit:
        _WATCH["deadline"] = time.monotonic() + options.time_limit + options.hard_grace
    try:
        return extract_one(path, options, sha256)
    finally:
        _WATCH["deadline"] = None


def _dask_task(path: str, sha256: str | None, options: Options) -> dict[str, Any]:
    return extract_one(path, options, sha256)


def _mp_context() -> multiprocessing.context.BaseContext:
    """forkserver where available (fork-safe, and workers fork from a warm server), else spawn."""
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        # the server builds the pipeline once; workers forked from it inherit it
        ctx.set_forkserver_preload(["minutesmine.pipeline", "minutesmine.batch", "minutesmine.nlp.preload"])
        return ctx
    return multiprocessing.get_context("spawn")


# --------------------------------------------------------------------------- planning

Task = tuple[Path, "str | None"]


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file's bytes (as :func:`minutesmine.pipeline.sha256_file`, without spaCy).

    >>> import tempfile
    >>> with tempfile.NamedTemporaryFile(delete=False) as fh:
    ...     _ = fh.write(b"abc")
    >>> sha256_file(Path(fh.name))[:16]
    'ba7816bf8f01cfea'
    """
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _plan(
    paths: Iterable[Path], store: Any, force: bool, retry_failed: bool = False
) -> Iterator[Task | Outcome]:
    """Tasks to dispatch, and a ``skipped`` outcome for each file the store has already:
    unchanged and extracted, or (unless ``retry_failed``) unchanged and failed before."""
    failed_before = getattr(store, "failed_before", None)
    for path in paths:
        sha: str | None = None
        if store is not None:
            try:
                sha = sha256_file(path)
            except OSError:
                sha = None
            if sha is not None and not force:
                if store.is_current(str(path), sha):
                    yield Outcome(path=path, status=Status.skipped)
                    continue
                errors = None if retry_failed or failed_before is None else failed_before(str(path), sha)
                if errors is not None:
                    yield Outcome(path=path, status=Status.skipped, errors=errors)
                    continue
        yield (path, sha)


#: Young-generation threshold of the garbage collector while extracting (Python's default is
#: 700): the pipeline allocates many short-lived objects and makes few reference cycles.
GC_THRESHOLD0 = 20_000


def _tune_gc() -> tuple[tuple[int, int, int], bool]:
    """Fewer, cheaper garbage collections for the rest of a batch: the objects alive now (the
    loaded pipeline, its vocabulary and caches) are frozen out of the collector's scans and
    young collections run every :data:`GC_THRESHOLD0` allocations. About 2% of a run's
    CPU time. Returns what :func:`_restore_gc` needs to undo it."""
    old = gc.get_threshold()
    froze = gc.get_freeze_count() == 0  # else the caller manages frozen objects: leave them be
    if froze:
        gc.freeze()
    gc.set_threshold(max(GC_THRESHOLD0, old[0]), old[1], old[2])
    return old, froze


def _restore_gc(state: tuple[tuple[int, int, int], bool]) -> None:
    old, froze = state
    gc.set_threshold(*old)
    if froze:
        gc.unfreeze()


def prepare_process(options: Options | None = None) -> tuple[tuple[int, int, int], bool]:
    """What an extracting process does once before its first document, in the CLI's serial
    run and in each pool worker alike: load the pipeline (:func:`_load_pipeline`) and tune the
    collector for the rest of the run (:func:`_tune_gc`; :func:`_restore_gc` undoes that with
    the state returned). Also for scripts that call :func:`~minutesmine.pipeline.extract`
    over many documents in one process."""
    _load_pipeline(options or Options())
    return _tune_gc()


def _load_pipeline(options: Options) -> None:
    """Load the spaCy pipeline now (once per process), unless a custom extractor is used."""
    if options.extractor is None:
        import minutesmine.pipeline  # noqa: F401  (import cost is not the first document's)
        from minutesmine.nlp import load
        from minutesmine.themes.match import matcher_for
        from minutesmine.themes.taxonomy import resolve_taxonomy

        load()
        matcher_for(resolve_taxonomy(options.taxonomy))  # nor the taxonomy's


def _serial(plan: Iterator[Task | Outcome], options: Options) -> Iterator[Outcome]:
    old: tuple[tuple[int, int, int], bool] | None = None  # set once extraction starts
    try:
        for entry in plan:
            if isinstance(entry, Outcome):
                yield entry
                continue
            if old is None:  # not before there is something to extract (a re-run skips all)
                old = prepare_process(options)
            path, sha = entry
            result = extract_one(path, options, sha, keep_document=True)
            if over_memory_limit(result, options):
                relieve_memory()
            yield _outcome(path, result)
    finally:
        if old is not None:
            _restore_gc(old)


def _pooled(plan: Iterator[Task | Outcome], options: Options, jobs: int) -> Iterator[Outcome]:
    """Dispatch to a process pool, a bounded number in flight, yielding in completion order."""
    dispatch = _PoolDispatch(plan, options, jobs)
    try:
        yield from dispatch.outcomes()
    finally:
        dispatch.pool.shutdown(wait=True, cancel_futures=True)


class _PoolDispatch:
    """The state of :func:`_pooled`: the pool, the tasks in flight (at most ``2 × jobs``), and
    the *suspects*, tasks a worker was holding when it died, which are retried one at a time
    (``alone``) so that only a task that kills a worker on its own is failed. When a worker
    ends a document over the memory limit, the pool is renewed (``renew``) once the documents
    in flight are back."""

    def __init__(self, plan: Iterator[Task | Outcome], options: Options, jobs: int) -> None:
        self.plan = plan
        self.options = options
        self.jobs = jobs
        self.ctx = _mp_context()
        self.limit = jobs * 2
        self.inflight: dict[Future[dict[str, Any]], Task] = {}
        self.suspects: deque[Task] = deque()  # tasks held by a worker that died: retried alone
        self.alone = False  # the only task in flight is a suspect
        self.exhausted = False
        self.renew = False  # a worker passed the memory limit: renew the pool once in-flight work is back
        self.pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.jobs,
            mp_context=self.ctx,
            initializer=_init_worker,
            initargs=(self.options,),
            max_tasks_per_child=MAX_TASKS_PER_CHILD,
        )

    def outcomes(self) -> Iterator[Outcome]:
        """Every outcome of the plan: fill the pool, collect what finishes, until all is back."""
        while True:
            if self.renew and not self.inflight:
                self.pool.shutdown(wait=True)
                self.pool, self.renew = self._new_pool(), False
            yield from self._fill()
            if not self.inflight:
                if self.suspects:
                    continue
                break
            yield from self._collect()

    def _fill(self) -> Iterator[Outcome]:
        """Submit tasks up to the bound (none while a suspect runs alone or the pool awaits
        renewal), passing on the plan's ``skipped`` outcomes as they come."""
        while not self.renew and not self.alone and len(self.inflight) < self.limit:
            entry = self._next_entry()
            if entry is None:
                break
            if isinstance(entry, Outcome):
                yield entry
                continue
            self.inflight[self.pool.submit(_pool_task, str(entry[0]), entry[1])] = entry

    def _next_entry(self) -> Task | Outcome | None:
        """The next thing to submit: a suspect once nothing else is in flight (it then runs
        alone), else the plan's next entry; None when there is nothing to submit now."""
        if self.suspects:
            if self.inflight:
                return None  # let the rest finish, then run the suspect on its own
            self.alone = True
            return self.suspects.popleft()
        if self.exhausted:
            return None
        entry = next(self.plan, None)
        if entry is None:
            self.exhausted = True
        return entry

    def _collect(self) -> Iterator[Outcome]:
        """Wait for at least one task and yield the outcomes of those finished; tasks lost
        with a dead worker go to :meth:`_after_crash`."""
        done, _ = wait(self.inflight, return_when=FIRST_COMPLETED)
        broken: list[Task] = []
        for fut in done:
            task = self.inflight.pop(fut)
            try:
                result = fut.result()
            except BrokenProcessPool:
                broken.append(task)
            except Exception as exc:  # e.g. a result that could not be pickled
                yield _crashed(task[0], task[1], f"extraction failed: {type(exc).__name__}: {exc}")
            else:
                self.renew = self.renew or over_memory_limit(result, self.options)
                yield _outcome(task[0], result)
        if broken:
            yield from self._after_crash(broken)
        self.alone = False if not self.inflight else self.alone

    def _after_crash(self, broken: list[Task]) -> Iterator[Outcome]:
        """A worker died: replace the pool, and fail the task that ran alone, or make every
        task that was in flight a suspect."""
        broken.extend(self.inflight.values())
        self.inflight.clear()
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._new_pool()
        if self.alone and len(broken) == 1:
            path, sha = broken[0]
            reason = "worker process died (crashed, or stuck past the time limit)"
            log.warning("%s: %s", path, reason)
            yield _crashed(path, sha, reason)
        else:
            self.suspects.extend(broken)


def _distributed(plan: Iterator[Task | Outcome], options: Options, address: Any) -> Iterator[Outcome]:
    """Dispatch to a dask.distributed cluster (an address or a ``Client``), bounded."""
    try:
        from distributed import Client, as_completed
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise RuntimeError("--dask needs dask.distributed: pip install 'minutesmine[dask]'") from exc

    own = not isinstance(address, Client)
    client = Client(address) if own else address
    try:
        workers = max(1, sum(client.nthreads().values()))
        limit = workers * 2
        [shared] = client.scatter([options], broadcast=True)
        pending: dict[Any, Task] = {}
        queue = as_completed()

        def submit(task: Task) -> None:
            fut = client.submit(_dask_task, str(task[0]), task[1], shared, pure=False)
            pending[fut] = task
            queue.add(fut)

        for entry in plan:
            if isinstance(entry, Outcome):
                yield entry
                continue
            submit(entry)
            if len(pending) >= limit:
                yield from _dask_collect(next(queue), pending)
        for fut in queue:
            yield from _dask_collect(fut, pending)
    finally:
        if own:
            client.close()


def _dask_collect(fut: Any, pending: dict[Any, Task]) -> Iterator[Outcome]:
    task = pending.pop(fut)
    try:
        result = fut.result()
    except Exception as exc:  # KilledWorker, a worker that lost its process, ...
        yield _crashed(task[0], task[1], f"extraction failed on the cluster: {type(exc).__name__}: {exc}")
    else:
        yield _outcome(task[0], result)
    finally:
        fut.release()


# --------------------------------------------------------------------------- the driver


def _dispatch(
    plan: Iterator[Task | Outcome], options: Options, jobs: int | None, dask: Any
) -> Iterator[Outcome]:
    """The outcomes of ``plan``: on a dask cluster when ``dask`` names one, else in this
    process (one job) or in a pool of ``jobs`` worker processes (``None``: all cores)."""
    if dask is not None:
        return _distributed(plan, options, dask)
    if (jobs or default_jobs()) <= 1:
        return _serial(plan, options)
    return _pooled(plan, options, jobs or default_jobs())


def _open_store(db: Any) -> tuple[Any, bool]:
    if db is None:
        return None, False
    if isinstance(db, (str, os.PathLike)):
        from minutesmine.store import Store

        return Store(db), True
    return db, False


def run(
    paths: Iterable[str | Path],
    *,
    jobs: int | None = None,
    db: Any = None,
    force: bool = False,
    fast: bool = True,
    manifest: Manifest | None = None,
    time_limit: float | None = DEFAULT_TIME_LIMIT,
    page_limit: int | None = DEFAULT_PAGE_LIMIT,
    dask: Any = None,
    extractor: Extractor | None = None,
    hard_grace: float = HARD_LIMIT_GRACE,
    retry_failed: bool = False,
    ocr: str = "auto",
    taxonomy: Iterable[str | Path] = (),
    memory_limit_mb: float | None = MEMORY_LIMIT_MB,
) -> Iterator[Outcome]:
    """Extract every document under ``paths`` (files, folders, globs), yielding outcomes.

    ``jobs``: worker processes (``None``: all cores; ``1``: in this process). ``db``: a
    store (path or :class:`~minutesmine.store.Store`); files it holds with the same
    sha256 are skipped unless ``force`` (files that failed, unchanged, too, unless
    ``retry_failed``: a time-out is not paid again on every run), and every new record is
    added to it here, in the calling process. ``dask``: a scheduler address (or ``distributed.Client``) to
    run on instead of local processes. ``time_limit`` (seconds) and ``page_limit`` bound
    each document; ``None`` disables them (a pool worker stuck in C code ``hard_grace``
    seconds past the time limit is killed). ``extractor`` replaces the pipeline's
    ``extract`` (a module-level function, for tests and custom pipelines). ``ocr``: when PDF
    pages are read with Tesseract (``auto``: pages without a text layer, when it is installed).
    ``taxonomy``: a user's taxonomy files, added to the shipped themes. ``memory_limit_mb``:
    resident memory past which pool workers are replaced and an in-process run builds a fresh
    pipeline (:data:`MEMORY_LIMIT_MB`; ``None``: never).

    Outcomes arrive in completion order; a failed document's outcome (and record) says
    why, by name, and the run goes on.
    """
    from minutesmine.discover import discover

    options = Options(
        fast=fast,
        manifest=manifest,
        ocr=ocr,
        time_limit=time_limit,
        page_limit=page_limit,
        hard_grace=hard_grace,
        extractor=extractor,
        taxonomy=tuple(str(p) for p in taxonomy),
        memory_limit_mb=memory_limit_mb,
    )
    store, own_store = _open_store(db)
    try:
        outcomes = _dispatch(_plan(discover(paths), store, force, retry_failed), options, jobs, dask)
        with contextlib.ExitStack() as group:
            if store is not None and hasattr(store, "grouped"):
                group.enter_context(store.grouped())  # commits at most once a second
            for outcome in outcomes:
                if store is not None and outcome.record is not None:
                    store.add(outcome.document(), record_json=outcome.record)
                yield outcome
    finally:
        if own_store:
            store.close()


def count_pages(outcomes: Iterable[Outcome]) -> int:
    """Total pages of the documents in ``outcomes`` (PDFs only; others count 0).

    >>> done = Outcome(Path("a.pdf"), Status.extracted, pages=3)
    >>> count_pages([done, Outcome(Path("b.txt"), Status.skipped)])
    3
    """
    return sum(o.pages or 0 for o in outcomes)


def record_line(outcome: Outcome) -> str:
    """The outcome's record as one JSON Lines line (with its newline).

    >>> import json
    >>> o = Outcome(Path("a.txt"), Status.failed, record=json.dumps({"errors": ["x"]}))
    >>> record_line(o)
    '{"errors": ["x"]}\\n'
    """
    if outcome.record is None:
        raise ValueError(f"{outcome.path}: no record ({outcome.status})")
    return outcome.record + "\n"
