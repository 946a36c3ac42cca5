"""Emergent-themes benchmark: a store of ~500 meetings, timed as `minutesmine emergent`.

    python benchmarks/emergent_bench.py [--documents 500] [--db PATH] [--reuse] [--top 20]

The seed documents (``corpus/seeds/*.txt``) and the real documents of
``../shared/corpus/real`` (when present) are extracted once. The store is then filled with
distinct meetings made from them: each keeps the council and committee of one source document,
a date of its own, most of that document's items (procedural ones included, so that leaving
them out is tested) with most of their paragraphs, and paragraphs taken from the items of the
other documents, with the figures in them changed, so that phrases recur across meetings
unevenly, as in a real archive, rather than in lock-step.

The source documents are also stored as they are, in a store of their own beside it.
For each store it runs ``minutesmine emergent --db STORE --format json`` in a fresh process on
one core (``taskset -c 0`` where there is one) and prints the wall and CPU time, the number of
documents, the top ``--top`` labels, whether any of them is a procedural phrase (the
benchmark's own list below, and the procedural item titles of ``models/cues/procedural.jsonl``)
and whether every label occurs verbatim (case-insensitively, whitespace collapsed) in the
stored texts.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import minutesmine  # noqa: E402
from minutesmine.models import Document, Section  # noqa: E402
from minutesmine.readers import SUPPORTED_SUFFIXES  # noqa: E402
from minutesmine.store import Store  # noqa: E402
from minutesmine.themes.procedural import is_procedural_item  # noqa: E402

REAL = ROOT.parent / "shared" / "corpus" / "real"

#: procedure and boilerplate of minutes, written independently of models/ (a label holding one
#: of these, word for word, is procedural)
PROCEDURAL = [
    "declaration of interest", "declarations of interest", "apologies for absence", "apology for absence",
    "correct record", "true record", "date of next meeting", "next meeting", "any other business",
    "minutes of the previous meeting", "minutes of the last meeting", "previous meeting", "last meeting",
    "exclusion of press and public", "press and public", "urgent business", "matters arising",
    "call to order", "roll call", "meeting closed", "meeting adjourned", "signed by the chair",
    "pecuniary interest", "prejudicial interest", "disclosable pecuniary", "notice of motion",
    "public questions", "chair's announcements", "approval of the agenda", "approval of minutes",
    "confirmation of minutes", "substitute members", "quorum",
]  # fmt: skip


def sources() -> list[Document]:
    """The seed and real documents, extracted (those that fail are left out)."""
    paths = sorted((ROOT / "corpus" / "seeds").glob("*.txt"))
    if REAL.is_dir():
        paths += sorted(p for p in REAL.iterdir() if p.suffix.lower() in SUPPORTED_SUFFIXES | {".md"})
    out = []
    for p in paths:
        try:
            doc = minutesmine.extract(p)
        except Exception as exc:  # a document the extractor refuses is no source
            print(f"  skipped {p.name}: {exc}", file=sys.stderr)
            continue
        if doc.items:
            out.append(doc)
    return out


def _vary_numbers(text: str, rng: random.Random) -> str:
    return re.sub(r"\b\d{1,3}\b", lambda m: str(max(1, int(m.group()) + rng.randint(-5, 5))), text)


def variant(docs: list[Document], k: int, rng: random.Random) -> Document:
    """The k-th meeting: most of one source's items and paragraphs, plus paragraphs of others."""
    base = docs[k % len(docs)]
    pool = [s for d in docs if d is not base for it in d.items for s in it.sections]
    items = []
    for it in base.items:
        if rng.random() > 0.8:
            continue
        own = [s for s in it.sections if rng.random() < 0.75]
        extra = rng.sample(pool, min(len(pool), rng.randint(0, 3))) if not it.procedural else []
        sections = [
            Section(kind=s.kind, heading=s.heading, text=_vary_numbers(s.text, rng)) for s in own + extra
        ]
        items.append(it.model_copy(update={"sections": sections, "exchanges": [], "motions": []}))
    year = 2010 + (k * 7) % 16
    date = f"{year}-{1 + k % 12:02d}-{1 + (k * 3) % 28:02d}"
    path = f"archive/{k:04d}/{Path(base.source.path).name}"
    src = base.source.model_copy(update={"path": path, "sha256": f"{k:064x}"})
    meeting = base.meeting.model_copy(update={"date": date})
    return base.model_copy(update={"source": src, "meeting": meeting, "items": items, "entities": []})


def build(db: Path, n: int, rng: random.Random) -> float:
    """The archive of ``n`` meetings at ``db``, and the source documents as extracted at
    :func:`sources_db` (``emergent`` over the real documents themselves)."""
    t0 = time.perf_counter()
    docs = sources()
    print(f"extracted {len(docs)} source documents in {time.perf_counter() - t0:.1f} s")
    with Store(sources_db(db)) as store:
        for doc in docs:
            store.add(doc)
    with Store(db) as store:
        for k in range(n):
            store.add(variant(docs, k, rng))
    return time.perf_counter() - t0


def sources_db(db: Path) -> Path:
    return db.with_name(db.stem + "-sources.db")


def stored_text(db: Path) -> str:
    """Every section text and item title of the store, lowercased, whitespace collapsed."""
    with Store(db) as store:
        rows = store.execute("SELECT text FROM sections UNION ALL SELECT coalesce(title, '') FROM items")
    return re.sub(r"\s+", " ", "\n".join(r[0] for r in rows).lower())


def procedural(label: str) -> bool:
    low = f" {label.lower()} "
    return is_procedural_item(label) or any(f" {p} " in low for p in PROCEDURAL)


def run_emergent(db: Path, top: int) -> tuple[float, float, list[dict]]:
    """Wall and CPU seconds of `minutesmine emergent` in a fresh process, and its themes."""
    cmd = [sys.executable, "-m", "minutesmine", "emergent", "--db", str(db), "--format", "json"]
    cmd += ["--limit", str(top)]
    if shutil.which("taskset"):
        cmd = ["taskset", "-c", "0", *cmd]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": "1"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return wall, cpu, json.loads(done.stdout)


def report(name: str, db: Path, top: int, runs: int) -> bool:
    """Print the timing and the checks of ``emergent`` over the store ``db``; whether both
    checks pass."""
    with Store(db) as store:
        n_docs = store.stats()["documents"]
    timed = [run_emergent(db, top) for _ in range(runs)]
    wall, cpu = min(t[0] for t in timed), min(t[1] for t in timed)
    found = timed[0][2]
    text = stored_text(db)
    print(f"\n## {name}")
    for t in found:
        where = "; ".join(t["meetings"][:2]) + (" ..." if len(t["meetings"]) > 2 else "")
        print(f"  {t['count']:4d}  {t['label']:<34}  {where[:90]}")
    labels = [t["label"] for t in found]
    flagged = [lb for lb in labels if procedural(lb)]
    absent = [lb for lb in labels if lb.lower() not in text]
    print(f"documents: {n_docs}")
    how = f"best of {runs}; `minutesmine emergent` in a fresh process on one core"
    print(f"time: {wall:.2f} s wall, {cpu:.2f} s CPU ({how})")
    print(f"top {len(labels)} procedural: {'yes ' + str(flagged) if flagged else 'no'}")
    print(f"every label verbatim in the documents: {'no ' + str(absent) if absent else 'yes'}")
    return not flagged and not absent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--documents", type=int, default=500, help="Meetings to build.")
    ap.add_argument("--db", type=Path, help="Database path (default: a temporary file, removed after).")
    ap.add_argument("--reuse", action="store_true", help="Reuse --db if it exists instead of rebuilding.")
    ap.add_argument("--top", type=int, default=20, help="Themes to list and check.")
    ap.add_argument("--runs", type=int, default=3, help="Timed runs (the best is reported).")
    a = ap.parse_args()
    tmp = None
    if a.db is None:
        tmp = tempfile.TemporaryDirectory()
        a.db = Path(tmp.name) / "emergent.db"
    if a.reuse and a.db.exists():
        print(f"reusing {a.db}")
    else:
        for suffix in ("", "-wal", "-shm"):
            Path(str(a.db) + suffix).unlink(missing_ok=True)
        print(f"built the store in {build(a.db, a.documents, random.Random(11)):.1f} s")
    ok = report("the source documents as extracted", sources_db(a.db), a.top, a.runs)
    ok = report(f"an archive of {a.documents} meetings made from them", a.db, a.top, a.runs) and ok
    if tmp:
        tmp.cleanup()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
