"""Search benchmark: build a store of >= 100,000 sections and time searches over it.

    python benchmarks/search_bench.py [--sections 100000] [--db PATH] [--runs 5]

The seed documents are extracted once; the store is then filled with varied copies of their
records: each copy gets a council, committee and date of its own and a random selection of
the seeds' sections in a shuffled order, with the figures in them changed, so terms are
spread as in a real archive rather than repeated in lock-step. Prints the build time, the
search latency (median and p95 over the query set, each run ``--runs`` times) and the size
of the database on disk per 1,000 sections.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import minutesmine  # noqa: E402
from minutesmine.models import AgendaItem, Document  # noqa: E402
from minutesmine.store import Store  # noqa: E402

COUNCILS = [
    "Croydon", "Bradford", "Slough", "Kingston", "Merton", "Leeds", "Sheffield", "Bristol", "Norfolk",
    "Kent", "Essex", "Camden", "Hackney", "Lambeth", "Barnet", "Derby", "Luton", "Medway", "Sefton",
    "Wirral",
]  # fmt: skip
COMMITTEES = [
    "Children and Young People Scrutiny Sub-Committee", "Corporate Parenting Panel", "Cabinet",
    "Children's Services Improvement Board", "Overview and Scrutiny Committee", "Education Panel",
]  # fmt: skip

QUERIES: list[tuple[str, dict[str, str]]] = [
    ("foster carers", {}),
    ('"foster carers"', {}),
    ("caseload", {}),
    ("caseloads", {"council": "Croydon"}),
    ('"agency staff"', {}),
    ("locum*", {}),
    ("recruitment AND retention", {}),
    ("ofsted", {"since": "2020"}),
    ('"early help"', {"theme": "early_help"}),
    ("social worker", {}),
    ("missing children", {}),
    ("exclusions", {"kind": "minutes"}),
    ("budget", {}),
    ('"monitoring visit"', {"until": "2018"}),
    ("care leavers", {"committee": "Corporate Parenting"}),
    ("supervision OR oversight", {}),
    ("workloads", {"theme": "caseloads"}),
    ("rescinding", {}),
    ("safeguarding board", {}),
    ("apprenticeship", {}),
]


def seed_documents() -> list[Document]:
    paths = sorted((ROOT / "corpus" / "seeds").glob("*.txt"))
    return [minutesmine.extract(p) for p in paths]


def _vary_numbers(text: str, rng: random.Random) -> str:
    return re.sub(r"\b\d{1,2}\b", lambda m: str(max(1, int(m.group()) + rng.randint(-3, 3))), text)


def variant(seeds: list[Document], k: int, rng: random.Random) -> Document:
    """A plausible new meeting record made from the seeds' items and sections."""
    base = seeds[k % len(seeds)]
    pool = [(it, s) for d in seeds for it in d.items for s in it.sections]
    items = []
    for n_item in range(rng.randint(1, 3)):
        it0 = base.items[n_item % len(base.items)] if base.items else None
        own = list(it0.sections) if it0 else []
        keep = [s for s in own if rng.random() < 0.7]
        extra = [s for _, s in rng.sample(pool, min(len(pool), rng.randint(3, 12)))]
        sections = [s.model_copy(update={"text": _vary_numbers(s.text, rng)}) for s in keep + extra]
        rng.shuffle(sections)
        items.append(
            AgendaItem(
                title=(it0.title if it0 else "Item") + f" ({k})",
                sections=sections,
                themes=list(it0.themes) if it0 else [],
                exchanges=list(it0.exchanges) if it0 else [],
                resolutions=list(it0.resolutions) if it0 else [],
            )
        )
    year = 2014 + k % 11
    date = f"{year}-{1 + k % 12:02d}-{1 + k % 28:02d}"
    council = COUNCILS[k % len(COUNCILS)]
    committee = COMMITTEES[(k // len(COUNCILS)) % len(COMMITTEES)]
    src = base.source.model_copy(
        update={"path": f"archive/{council}/{date}/doc{k}.txt", "sha256": f"{k:064x}"}
    )
    meeting = base.meeting.model_copy(update={"council": council, "committee": committee, "date": date})
    return Document(source=src, kind=base.kind, meeting=meeting, items=items)


def build(db: Path, target: int, rng: random.Random) -> tuple[int, float]:
    seeds = seed_documents()
    t0 = time.perf_counter()
    with Store(db) as store:
        k = 0
        while store.stats()["sections"] < target:
            for _ in range(200):
                store.add(variant(seeds, k, rng))
                k += 1
        n = store.stats()["sections"]
        store.conn.execute("INSERT INTO sections_fts(sections_fts) VALUES ('optimize')")
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return n, time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sections", type=int, default=100_000, help="Sections to build (at least).")
    ap.add_argument("--db", type=Path, help="Database path (default: a temporary file, removed after).")
    ap.add_argument("--runs", type=int, default=5, help="Runs of each query.")
    ap.add_argument("--reuse", action="store_true", help="Reuse --db if it exists instead of rebuilding.")
    a = ap.parse_args()
    tmp = None
    if a.db is None:
        tmp = tempfile.TemporaryDirectory()
        a.db = Path(tmp.name) / "bench.db"
    rng = random.Random(7)
    if a.reuse and a.db.exists():
        with Store(a.db) as store:
            n = store.stats()["sections"]
        print(f"reusing {a.db}: {n} sections")
    else:
        for suffix in ("", "-wal", "-shm"):
            Path(str(a.db) + suffix).unlink(missing_ok=True)
        n, secs = build(a.db, a.sections, rng)
        print(f"built {n} sections in {secs:.1f} s ({n / secs:.0f} sections/s)")
    times: list[float] = []
    per_query: list[tuple[float, int, str]] = []
    with Store(a.db) as store:
        for q, f in QUERIES:  # warm the page cache once
            store.search(q, **f)
        for q, f in QUERIES:
            qt = []
            for _ in range(a.runs):
                t = time.perf_counter()
                hits = store.search(q, limit=20, **f)
                qt.append((time.perf_counter() - t) * 1000)
            times.extend(qt)
            per_query.append((statistics.median(qt), len(hits), f"{q} {f or ''}".strip()))
    size = sum(os.path.getsize(str(a.db) + s) for s in ("", "-wal") if os.path.exists(str(a.db) + s))
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    for ms, nh, label in sorted(per_query, reverse=True):
        print(f"  {ms:7.2f} ms  {nh:3d} hits  {label}")
    print(
        f"search latency over {len(times)} searches:"
        f" median {statistics.median(times):.2f} ms, p95 {p95:.2f} ms"
    )
    print(f"size on disk: {size / 1e6:.1f} MB, {size / 1e6 / n * 1000:.2f} MB per 1,000 sections")
    if tmp:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
