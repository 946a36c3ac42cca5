#!/usr/bin/env python3
"""Archive-scale extraction benchmark: pdfplumber alone vs ``minutesmine extract``.

    python benchmarks/extract_bench.py [--quick] [--jobs N] [--keep DIR] [--profile]

Builds an archive of distinct PDFs under a temporary folder (page ranges of the seed
renderings in ``corpus/seeds/*.pdf`` and of the real PDFs in ``../shared/corpus/real``
when present, one or two source documents per file, each file's words rewritten by
:mod:`fresh_pdf` so no two files share their text; filed as ``council/date/name.pdf``),
then times, each in a fresh process:

1. the baseline: pdfplumber ``extract_text()`` over every page;
2. ``minutesmine extract ARCHIVE --jobs 1`` and ``--jobs N`` (JSON Lines + a store);
3. ``--jobs N`` over half the archive (peak memory must not grow with the archive);
4. ``--jobs N`` again over the unchanged archive with the same store (everything skipped).

It prints pages/s and peak memory (resident set of the process and all its children)
for each run, the ratios the issue asks for, and last ``speedup_vs_pdfplumber=X``
(``--jobs 1`` against the baseline). ``--profile`` adds a per-stage breakdown and the
hottest functions of the pipeline on the source PDFs (cProfile).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpus" / "seeds"
REAL = ROOT.parent / "shared" / "corpus" / "real"

FULL = {"docs": 300, "pages": 1500}
QUICK = {"docs": 60, "pages": 300}

COUNCILS = ["croydon", "kingston", "merton", "bradford", "slough", "limerick", "nipissing", "portland"]


# --------------------------------------------------------------------------- the archive


@dataclass
class Source:
    path: Path
    pages: int


def sources() -> list[Source]:
    import pypdfium2 as pdfium

    found = sorted(SEEDS.glob("*.pdf")) + (sorted(REAL.glob("*.pdf")) if REAL.exists() else [])
    out = []
    for p in found:
        pdf = pdfium.PdfDocument(str(p))
        out.append(Source(p, len(pdf)))
        pdf.close()
    if not out:
        sys.exit(f"no source PDFs in {SEEDS} or {REAL}")
    return out


def build_archive(root: Path, target: dict[str, int], seed: int = 7) -> tuple[list[Path], int]:
    """Write at least ``target['docs']`` PDFs with ``target['pages']`` pages in all; two halves.

    Each file takes a contiguous page range (at least half) of one source document, and
    sometimes appends a range of a second one (an agenda pack), and its words are rewritten
    (:mod:`fresh_pdf`: new names, figures and dates, the rules' vocabulary kept), so every
    file is content no other file holds.
    """
    import pypdfium2 as pdfium
    from fresh_pdf import Rewriter, rewrite_pages, source_runs

    rng = random.Random(seed)
    srcs = sources()
    opened = {s.path: pdfium.PdfDocument(str(s.path)) for s in srcs}
    runs = {s.path: source_runs(s.path) for s in srcs}
    texts = [[r.text for page in pages for r in page] for pages in runs.values()]
    rewriter = Rewriter(texts, seed, ROOT / "models")
    seen: set[tuple] = set()
    files: list[Path] = []
    pages = 0
    i = 0
    try:
        while len(files) < target["docs"] or pages < target["pages"]:
            parts = _parts(rng, srcs)
            key = tuple(parts)
            if key in seen:
                continue
            seen.add(key)
            half = "a" if i % 2 == 0 else "b"
            council = COUNCILS[i % len(COUNCILS)]
            date = f"20{10 + i % 15:02d}-{1 + i % 12:02d}-{1 + i % 28:02d}"
            out = root / half / council / date / f"doc_{i:05d}.pdf"
            out.parent.mkdir(parents=True, exist_ok=True)
            new = pdfium.PdfDocument.new()
            new_runs = []
            for path, start, length in parts:
                new.import_pages(opened[path], list(range(start, start + length)))
                new_runs += runs[path][start : start + length]
            rewrite_pages(new, new_runs, rewriter)
            new.save(str(out))
            pages += len(new)
            new.close()
            files.append(out)
            i += 1
    finally:
        for pdf in opened.values():
            pdf.close()
    return files, pages


def _parts(rng: random.Random, srcs: list[Source]) -> list[tuple[Path, int, int]]:
    """One or two page ranges (each at least half its source) for an archive file."""
    parts = []
    for _ in range(1 if rng.random() < 0.6 else 2):
        s = rng.choice(srcs)
        length = rng.randint((s.pages + 1) // 2, s.pages)
        start = rng.randint(0, s.pages - length)
        parts.append((s.path, start, length))
    return parts


# --------------------------------------------------------------------------- measuring


@dataclass
class Run:
    name: str
    seconds: float
    cpu_seconds: float
    peak_mb: float
    returncode: int
    stderr: str


def _tree(pid: int, cpu: dict[int, float]) -> int:
    """Summed RSS of ``pid`` and its descendants; records each one's CPU time in ``cpu``."""
    import psutil

    try:
        proc = psutil.Process(pid)
        procs = [proc, *proc.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    total = 0
    for p in procs:
        with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied), p.oneshot():
            total += p.memory_info().rss
            t = p.cpu_times()
            cpu[p.pid] = max(cpu.get(p.pid, 0.0), t.user + t.system)
    return total


def measure(name: str, cmd: list[str], cwd: Path) -> Run:
    """Run ``cmd``: wall time, CPU time and the peak summed RSS of its process tree.

    CPU time (user + system over the tree) is the fairer single-core figure when other
    work shares the machine; wall time is what the parallel ratio needs.
    """
    import resource

    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    peak = [0]
    cpu: dict[int, float] = {}
    stop = threading.Event()
    try:
        import psutil  # noqa: F401

        def poll() -> None:
            while not stop.is_set():
                peak[0] = max(peak[0], _tree(proc.pid, cpu))
                stop.wait(0.05)

        poller = threading.Thread(target=poll, daemon=True)
        poller.start()
    except ImportError:  # fall back to the largest single child process
        poller = None
    _, err = proc.communicate()
    seconds = time.perf_counter() - start
    stop.set()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    direct = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if poller is not None:
        poller.join()
        # the child's own total is exact once reaped; workers are sampled (to within 50 ms)
        others = sum(v for k, v in cpu.items() if k != proc.pid)
        cpu_seconds = direct + others
    else:
        peak[0] = after.ru_maxrss * 1024
        cpu_seconds = direct
    return Run(name, seconds, cpu_seconds, peak[0] / 2**20, proc.returncode, err.decode("utf-8", "replace"))


def baseline_worker(list_file: Path) -> None:
    """Child-process mode: pdfplumber ``extract_text`` over every page of every listed PDF."""
    n = sum(plumber_text(Path(line)) for line in list_file.read_text().splitlines())
    print(f"{n} pages", file=sys.stderr)


def plumber_text(path: Path) -> int:
    """pdfplumber ``extract_text()`` over every page of a PDF (the baseline); its pages."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()  # drop pdfplumber's per-page caches
        return len(pdf.pages)


def chunk_worker(kind: str) -> None:
    """Child-process mode for the ``content:`` line: reads lines of tab-separated PDF paths on
    stdin and answers each with the CPU seconds it took over them, on stdout: ``plumber``
    runs pdfplumber ``extract_text()`` over every page; ``minutesmine`` runs ``extract()``
    (prepared as ``minutesmine extract`` prepares each extracting process: the pipeline loaded
    and the collector tuned, :func:`minutesmine.batch.prepare_process`; the first line is
    taken as the warm-up before answering "ready": what a worker pays once, the PDF reader's
    bindings and the rule families a PDF needs)."""
    if kind == "minutesmine":
        from minutesmine.batch import prepare_process
        from minutesmine.pipeline import extract

        prepare_process()

        def one(path: str) -> None:
            extract(Path(path))

    else:

        def one(path: str) -> None:
            plumber_text(Path(path))

    for line in sys.stdin:
        t = time.process_time()
        for path in line.rstrip("\n").split("\t"):
            one(path)
        print(time.process_time() - t, flush=True)


def content_ratio(files: list[Path], chunk: int = 4, rounds: int = 3) -> list[dict[str, float]]:
    """CPU ms a page of pdfplumber and of the pipeline on content not seen before, in
    ``rounds`` rounds (:func:`_content_round`), each in new worker processes: the content is
    new to each round's pipeline, and the median round's figure is not one slow spell's."""
    return [_content_round(files, chunk, also_seen=k == 0) for k in range(rounds)]


def _content_round(files: list[Path], chunk: int, also_seen: bool) -> dict[str, float]:
    """One round of :func:`content_ratio`: pdfplumber and the pipeline measured alternately on
    the same chunks of files (so the machine's slow and fast spells fall on both alike), then,
    when ``also_seen``, the pipeline again on the same files (content seen before)."""
    cmd = [sys.executable, __file__, "--chunk-worker"]
    procs = {
        k: subprocess.Popen([*cmd, k], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
        for k in ("plumber", "minutesmine")
    }

    def ask(kind: str, paths: list[Path]) -> float:
        proc = procs[kind]
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write("\t".join(map(str, paths)) + "\n")
        proc.stdin.flush()
        return float(proc.stdout.readline())

    try:
        warm, *rest = files
        ask("minutesmine", [warm])
        pages = sum(_pages(p) for p in rest)
        spent = {"plumber": 0.0, "unseen": 0.0, "seen": 0.0}
        for k in range(0, len(rest), chunk):
            part = rest[k : k + chunk]
            spent["plumber"] += ask("plumber", part)
            spent["unseen"] += ask("minutesmine", part)
        if also_seen:
            spent["seen"] = sum(ask("minutesmine", rest[k : k + chunk]) for k in range(0, len(rest), chunk))
    finally:
        for proc in procs.values():
            if proc.stdin is not None:
                proc.stdin.close()
            proc.wait()
    return {k: 1000 * v / pages for k, v in spent.items()}


# --------------------------------------------------------------------------- profiling


def profile(top: int = 25) -> None:
    """Per-stage time of the pipeline on the source PDFs, then the hottest functions."""
    import cProfile
    import pstats

    from minutesmine.models import Document
    from minutesmine.models import Source as Src
    from minutesmine.nlp import load
    from minutesmine.pipeline import annotate
    from minutesmine.readers import read
    from minutesmine.segment import segment

    nlp = load()
    srcs = sources()
    stages = {
        "read (fast PDF path)": 0.0,
        "segment": 0.0,
        "annotate (spaCy, entities, exchanges, themes)": 0.0,
    }
    pages = 0

    def one(path: Path) -> None:
        nonlocal pages
        t0 = time.perf_counter()
        result = read(path, fast=True)
        t1 = time.perf_counter()
        seg = segment(result, path)
        t2 = time.perf_counter()
        doc = Document(
            source=Src(path=str(path), sha256="", format="pdf", pages=result.pages),
            kind=seg.kind,
            meeting=seg.meeting,
            metadata=seg.metadata,
            items=seg.items,
        )
        annotate(doc, nlp)
        t3 = time.perf_counter()
        stages["read (fast PDF path)"] += t1 - t0
        stages["segment"] += t2 - t1
        stages["annotate (spaCy, entities, exchanges, themes)"] += t3 - t2
        pages += result.pages or 0

    for s in srcs:  # warm caches (gazetteers, matchers)
        one(s.path)
    for k in stages:
        stages[k] = 0.0
    pages = 0
    for _ in range(3):
        for s in srcs:
            one(s.path)
    total = sum(stages.values())
    print(f"\nwhere the time goes ({len(srcs)} source PDFs x 3, {pages} pages, {total:.2f} s):")
    for k, v in stages.items():
        print(f"  {k:<48} {v:7.2f} s  {100 * v / total:5.1f}%  {1000 * v / pages:6.1f} ms/page")

    prof = cProfile.Profile()
    prof.enable()
    for s in srcs:
        one(s.path)
    prof.disable()
    stats = pstats.Stats(prof)
    rows = []
    for (file, line, func), (_cc, _nc, tt, ct, _callers) in stats.stats.items():
        if "minutesmine" in file or "pdfplumber" in file or "spacy" in file:
            rows.append((ct, tt, f"{_short(file)}:{line}({func})"))
    print(f"\nhottest functions (cumulative s over one pass, {pages // 3} pages):")
    for ct, tt, where in sorted(rows, reverse=True)[:top]:
        print(f"  {ct:7.3f} cum {tt:7.3f} own  {where}")


def _short(file: str) -> str:
    m = re.search(r"(minutesmine/.*|site-packages/(.*))$", file)
    return (m.group(2) or m.group(1)) if m else file


# --------------------------------------------------------------------------- main


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="a smaller archive (about 6 minutes)")
    ap.add_argument(
        "--jobs", type=int, default=None, help="workers for the parallel run (default: all cores)"
    )
    ap.add_argument("--keep", type=Path, help="build the archive here and keep it")
    ap.add_argument(
        "--rounds", type=int, default=3, help="rounds of the content: figure (default 3; the median is shown)"
    )
    ap.add_argument("--profile", action="store_true", help="also profile the pipeline per stage")
    ap.add_argument("--baseline-worker", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--chunk-worker", choices=["plumber", "minutesmine"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.baseline_worker:
        baseline_worker(args.baseline_worker)
        return 0
    if args.chunk_worker:
        chunk_worker(args.chunk_worker)
        return 0

    from minutesmine.batch import default_jobs

    jobs = args.jobs or default_jobs()
    target = QUICK if args.quick else FULL
    work = Path(tempfile.mkdtemp(prefix="mm-bench-")) if args.keep is None else args.keep
    archive = work / "archive"
    if archive.exists():
        shutil.rmtree(archive)
    t = time.perf_counter()
    files, pages = build_archive(archive, target)
    half_files = [f for f in files if f.relative_to(archive).parts[0] == "a"]
    half_pages = sum(_pages(f) for f in half_files)
    print(
        f"archive: {len(files)} PDFs, {pages} pages ({len(half_files)} PDFs, {half_pages} pages in "
        f"{archive / 'a'}), built in {time.perf_counter() - t:.1f} s; {jobs} jobs; {os.cpu_count()} cpus; "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    listing = work / "files.txt"
    listing.write_text("\n".join(str(f) for f in files) + "\n")
    # bytecode for the package, as pip writes when it installs a wheel: an editable checkout
    # under PYTHONDONTWRITEBYTECODE=1 would otherwise compile every module on every run
    import compileall

    import minutesmine

    compileall.compile_dir(str(Path(minutesmine.__file__).parent), quiet=1)
    py = sys.executable
    cli = [py, "-m", "minutesmine", "extract"]
    runs: dict[str, Run] = {}

    def go(key: str, cmd: list[str], n_pages: int) -> Run:
        run = measure(key, cmd, ROOT)
        runs[key] = run
        summary = run.stderr.strip().splitlines()[-1] if run.stderr.strip() else ""
        wall, cpu = run.seconds, run.cpu_seconds
        print(
            f"{key:<34} {wall:7.1f} s {n_pages / wall:7.1f} pages/s | cpu {cpu:7.1f} s"
            f" {n_pages / cpu:7.1f} pages/cpu-s | peak {run.peak_mb:5.0f} MB | rc={run.returncode}  {summary}"
        )
        if run.returncode != 0:
            print(run.stderr[-2000:], file=sys.stderr)
        return run

    for db in work.glob("*.db*"):
        db.unlink()
    base = go("pdfplumber extract_text (baseline)", [py, __file__, "--baseline-worker", str(listing)], pages)
    one = go(
        "minutesmine extract --jobs 1",
        [*cli, str(archive), "--jobs", "1", "-o", str(work / "jobs1.jsonl"), "--db", str(work / "j1.db")],
        pages,
    )
    many = go(
        f"minutesmine extract --jobs {jobs}",
        [
            *cli,
            str(archive),
            "--jobs",
            str(jobs),
            "-o",
            str(work / "jobsN.jsonl"),
            "--db",
            str(work / "jN.db"),
        ],
        pages,
    )
    half = go(
        "  same, half the archive",
        [*cli, str(archive / "a"), "--jobs", str(jobs), "-o", str(work / "half.jsonl")],
        half_pages,
    )
    rerun = go(
        "  same, re-run unchanged (--db)",
        [*cli, str(archive), "--jobs", str(jobs), "--db", str(work / "jN.db")],
        pages,
    )
    _check_same(work / "jobs1.jsonl", work / "jobsN.jsonl")

    speedup = base.seconds / one.seconds
    print(
        f"jobs 1 vs baseline: wall {speedup:.2f}x, cpu {base.cpu_seconds / one.cpu_seconds:.2f}x "
        f"(load average now {os.getloadavg()[0]:.1f})"
    )
    print(f"parallel: --jobs {jobs} / --jobs 1 = {one.seconds / many.seconds:.2f}x")
    print(
        f"memory: peak {half.peak_mb:.0f} MB on half the archive, {many.peak_mb:.0f} MB on all of it "
        f"(x{many.peak_mb / half.peak_mb:.2f} as the archive doubles)"
    )
    share = 100 * rerun.seconds / many.seconds
    print(f"incremental: re-run {rerun.seconds:.1f} s = {share:.1f}% of the first run")
    # the pipeline alone, per page, on content the process has not seen, against pdfplumber
    # on the same files in turns; then on the same content again (what spaCy's tokenizer
    # cache and vocabulary give back)
    found = content_ratio(files, rounds=args.rounds)
    ratios = [r["plumber"] / r["unseen"] for r in found]
    ms = found[sorted(range(len(found)), key=ratios.__getitem__)[len(found) // 2]]  # the median round
    print(
        f"content: {ms['unseen']:.1f} ms/page (cpu) on archive PDFs not seen before,"
        f" {found[0]['seen']:.1f} seen before; pdfplumber {ms['plumber']:.1f} ms/page on the same files"
        f" in turns: {ms['plumber'] / ms['unseen']:.1f}x on unseen content"
        " (extraction only, no store or start-up; the median of"
        f" {len(found)} rounds in new processes: {', '.join(f'{r:.1f}x' for r in ratios)})"
    )
    print(f"unseen_content_vs_pdfplumber={ms['plumber'] / ms['unseen']:.1f}")
    if args.profile:
        profile()
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)
    print(f"speedup_vs_pdfplumber={speedup:.1f}")
    return 0 if all(r.returncode == 0 for r in runs.values()) else 1


def _pages(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def _check_same(a: Path, b: Path) -> None:
    """--jobs 1 and --jobs N must write the same records (in any order)."""

    def load(p: Path) -> list[str]:
        return sorted(json.dumps(json.loads(line), sort_keys=True) for line in p.read_text().splitlines())

    ra, rb = load(a), load(b)
    failures = sum(bool(json.loads(r)["errors"]) for r in ra)
    same = "identical" if ra == rb else "DIFFERENT"
    print(f"records: {len(ra)} (--jobs 1) vs {len(rb)} (--jobs N), {same}; {failures} failed documents")


if __name__ == "__main__":
    sys.exit(main())
