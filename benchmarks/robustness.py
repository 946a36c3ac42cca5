"""Robustness campaign: thousands of malformed inputs, kill -9 during a store run, a huge query.

    python benchmarks/robustness.py [--cases 10000] [--jobs 2] [--budget SECONDS] [--kills 10]
    python benchmarks/robustness.py --quick        # 300 cases, 3 kills: a few minutes

1. **Campaign.** ``--cases`` inputs made from the seed and real corpus documents by
   ``tests/fuzz_inputs.py`` (byte flips, truncations, garbage behind %PDF, encrypted PDFs,
   broken HTML, binary content named as text, UTF-16/32, empty files, wrong names, splices,
   NUL bytes, long lines) go through ``batch.run`` with ``--jobs`` workers into a store. Each
   case is written just before it is dispatched and deleted once its outcome is back, so
   disk use stays flat; ``--budget`` stops dispatching after that many seconds. Printed:
   tracebacks (a stage of the pipeline raised: its guard's message), lost files (no
   outcome, or no row in the store), duplicated rows, hangs (timed out or a worker killed),
   peak resident memory per worker process.
2. **Crash test.** ``extract --db`` over a folder of documents is killed with SIGKILL at a
   random moment ``--kills`` times, each time resumed; after each kill the store is checked
   (``PRAGMA integrity_check``, the FTS index's ``integrity-check``, duplicated documents) and
   no worker may outlive its parent; a last run to the end must leave every file in the
   store once.
3. **Query.** A 5,000-term query over the crash test's store: returns or stops, and how long.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fuzz_inputs import cases  # noqa: E402
from processes import alive, descendants  # noqa: E402

from minutesmine import batch  # noqa: E402

SEEDS = ROOT / "corpus" / "seeds"
REAL = ROOT.parent / "shared" / "corpus" / "real"
SUFFIXES = {".pdf", ".html", ".txt", ".md"}
#: What the pipeline writes when one of its own stages raised (a bug, not a bad input).
BUG_MARKS = ("extraction failed", "unreadable: ", "segmenter error", "entities and themes not extracted")
HANG_MARKS = ("timed out", "worker process died")


def sources() -> list[Path]:
    """The documents the inputs are made from: the seeds and, where present, the real corpus."""
    found = [p for folder in (SEEDS, REAL) if folder.is_dir() for p in sorted(folder.iterdir())]
    return [p for p in found if p.suffix in SUFFIXES]


# --------------------------------------------------------------------------- 1. campaign


def _dispatch(folder: Path, n: int, seed: int, budget: float | None, made: list[Path]) -> Iterator[Path]:
    start = time.monotonic()
    for case in cases(sources(), n, seed):
        if budget and time.monotonic() - start > budget:
            return
        path = folder / f"{case.name}{case.suffix}"
        path.write_bytes(case.data)
        made.append(path)
        yield path


def campaign(n: int, jobs: int, seed: int, budget: float | None, time_limit: float) -> dict[str, object]:
    from minutesmine.store import Store

    made: list[Path] = []
    seen: Counter[Path] = Counter()
    tracebacks: list[str] = []
    hangs: list[str] = []
    peak: list[float] = []
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="mm-campaign-") as tmp:
        folder = Path(tmp)
        db = folder / "campaign.db"
        with Store(db) as store:
            inputs = _dispatch(folder, n, seed, budget, made)
            for o in batch.run(inputs, jobs=jobs, db=store, time_limit=time_limit):
                seen[o.path] += 1
                messages = [*o.errors, *o.warnings]
                tracebacks += [f"{o.path.name}: {m}" for m in messages if any(k in m for k in BUG_MARKS)]
                hangs += [f"{o.path.name}: {m}" for m in o.errors if any(k in m for k in HANG_MARKS)]
                if o.peak_rss_mb:
                    peak.append(o.peak_rss_mb)
                o.path.unlink(missing_ok=True)
                if len(made) % 1000 == 0:
                    print(f"  ... {len(made)} cases, {time.perf_counter() - start:.0f} s", file=sys.stderr)
        rows = _rows_by_path(db)
    lost = [p for p in made if seen[p] == 0 or rows.get(str(p), 0) == 0]
    return {
        "cases": len(made),
        "seconds": time.perf_counter() - start,
        "tracebacks": tracebacks,
        "lost": lost,
        "duplicated": [p for p in made if seen[p] > 1 or rows.get(str(p), 0) > 1],
        "hangs": hangs,
        "peak_rss_mb": max(peak, default=0.0),
    }


def _rows_by_path(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        # a file is a row of document_files (several files of one content share one document);
        # a failed document's file may have no such row
        return dict(
            conn.execute(
                "SELECT path, COUNT(*) FROM (SELECT path FROM document_files UNION ALL"
                " SELECT path FROM documents d WHERE NOT EXISTS"
                " (SELECT 1 FROM document_files f WHERE f.key = d.key)) GROUP BY path"
            ).fetchall()
        )
    finally:
        conn.close()


# --------------------------------------------------------------------------- 2. crash test


def _archive(folder: Path, copies: int) -> list[Path]:
    """``copies`` documents made distinct by a line (text, HTML) or bytes after the end (PDF)."""
    folder.mkdir(parents=True, exist_ok=True)
    base = [p for p in sources() if p.stat().st_size < 400_000]
    out = []
    for i in range(copies):
        src = base[i % len(base)]
        data = src.read_bytes()
        tail = f"\n% copy {i}\n" if src.suffix == ".pdf" else f"\n\nCopy {i} of the minutes.\n"
        path = folder / f"{i:03d}_{src.name}"
        path.write_bytes(data + tail.encode())
        out.append(path)
    return out


def _check_store(db: Path) -> list[str]:
    """What is wrong with the store after a kill (nothing: an empty list)."""
    if not db.exists():
        return []
    conn = sqlite3.connect(db)
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        try:
            conn.execute("INSERT INTO sections_fts(sections_fts) VALUES('integrity-check')")
        except sqlite3.DatabaseError as exc:
            problems.append(f"FTS: {exc}")
        dupes = conn.execute("SELECT key FROM documents GROUP BY key HAVING COUNT(*) > 1").fetchall()
        problems += [f"duplicated: {k}" for (k,) in dupes]
        return problems
    finally:
        conn.close()


def crash_test(kills: int, copies: int, jobs: int, seed: int) -> dict[str, object]:
    rng = random.Random(seed)
    results: list[str] = []
    orphans = 0
    with tempfile.TemporaryDirectory(prefix="mm-crash-") as tmp:
        folder, db = Path(tmp) / "archive", Path(tmp) / "minutes.db"
        files = _archive(folder, copies)
        command = [sys.executable, "-m", "minutesmine", "extract", str(folder), "--db", str(db)]
        command += ["--jobs", str(jobs)]
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        start = time.perf_counter()  # how long a whole run takes, in a store of its own
        subprocess.run(
            [*command[:-4], "--db", str(Path(tmp) / "timing.db"), *command[-2:]], env=env, check=False
        )
        whole = time.perf_counter() - start
        results.append(f"a whole run takes {whole:.1f} s: kills at random moments within it")
        for k in range(kills):
            # once the store holds every file, --force: each run rewrites documents as it is killed
            again = ["--force"] if len(_rows_by_path(db) if db.exists() else {}) == len(files) else []
            proc = subprocess.Popen(
                [*command, *again], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            moment = rng.uniform(0.4, 1.2) * whole  # a loaded machine runs slower than it timed
            time.sleep(moment)
            family = descendants(proc.pid)
            finished = proc.poll() is not None
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and any(alive(p) for p in family):
                time.sleep(0.2)
            left = [p for p in family if alive(p)]
            orphans += len(left)
            for p in left:  # this benchmark's own processes, by id
                os.kill(p, signal.SIGKILL)
            stored = len(_rows_by_path(db)) if db.exists() else 0
            problems = _check_store(db)
            results.append(
                f"kill {k + 1}{' --force' if again else ''} at {moment:.1f} s"
                f"{' (run had ended)' if finished else ''}: {stored} stored, "
                f"{len(left)} workers left, {'; '.join(problems) or 'integrity ok'}"
            )
        final = subprocess.run(command, env=env, capture_output=True, text=True, timeout=3600)
        rows = _rows_by_path(db)
        query = _huge_query(db)
    return {
        "kills": results,
        "orphans": orphans,
        "final_exit": final.returncode,
        "lost": [p for p in files if rows.get(str(p), 0) == 0],
        "duplicated": [p for p in files if rows.get(str(p), 0) > 1] + _check_store(db),
        "query": query,
    }


# --------------------------------------------------------------------------- 3. query


def _huge_query(db: Path) -> list[str]:
    """5,000 terms (over the length cap), and as many as the cap lets through."""
    from minutesmine.store import Store, StoreError

    out = []
    for n in (5000, 2800):
        query = " ".join(["foster"] * n)
        start = time.perf_counter()
        try:
            with Store(db, readonly=True) as store:
                hits = store.search(query)
            what = f"returned {len(hits)} hits"
        except StoreError as exc:
            what = f"stopped: {exc}"
        out.append(f"{n} terms: {what} in {time.perf_counter() - start:.2f} s")
    return out


# --------------------------------------------------------------------------- report


def _report(title: str, got: dict[str, object]) -> None:
    print(f"\n{title}")
    for key, value in got.items():
        if isinstance(value, list):
            print(f"  {key}: {len(value)}")
            for v in value[:20]:
                print(f"    {v}")
        elif isinstance(value, float):
            print(f"  {key}: {value:.1f}")
        else:
            print(f"  {key}: {value}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=batch.default_jobs())
    parser.add_argument("--budget", type=float, default=None, help="seconds of dispatching (then stop)")
    parser.add_argument("--time-limit", type=float, default=60.0, help="per document")
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--copies", type=int, default=60, help="documents in the crash test's archive")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--quick", action="store_true", help="300 cases and 3 kills")
    parser.add_argument("--skip-campaign", action="store_true")
    args = parser.parse_args()
    if args.quick:
        args.cases, args.kills, args.copies = min(args.cases, 300), min(args.kills, 3), min(args.copies, 30)
    print(f"robustness: {args.cases} cases, --jobs {args.jobs}, {args.kills} kills, {args.copies} documents")
    if not args.skip_campaign:
        _report("campaign", campaign(args.cases, args.jobs, args.seed, args.budget, args.time_limit))
    _report("crash test (kill -9, resume)", crash_test(args.kills, args.copies, args.jobs, args.seed))


if __name__ == "__main__":
    main()
