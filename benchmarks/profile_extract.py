#!/usr/bin/env python3
"""Throughput and hot spots of ``minutesmine.extract()`` on the bundled and real corpora.

    python benchmarks/profile_extract.py [--rounds 3] [--top 30] [--no-profile]
                                         [--formats txt,pdf,html] [--no-real] [PATH ...]

Groups timed (each after one warm-up pass, so the spaCy pipeline and the cached rule data
are loaded): the seed renderings ``corpus/seeds/*.<fmt>`` for each ``--formats`` entry, and
the real documents in ``../shared/corpus/real`` when that folder exists (or the PATHs
given). For each group it prints characters of text per second of CPU time, where the text
is what the pipeline works on (the sections' text in the extracted record), split by stage
(read, segment, annotate). Then, unless ``--no-profile``, a cProfile of ``extract()`` over
the txt seeds and the real documents, listing the ``--top`` functions by cumulative time.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpus" / "seeds"
REAL = ROOT.parent / "shared" / "corpus" / "real"


def real_documents() -> list[Path]:
    """The real documents in ``../shared/corpus/real`` (empty when absent), README excluded."""
    if not REAL.is_dir():
        return []
    return sorted(p for p in REAL.iterdir() if p.is_file() and p.name.lower() != "readme.md")


def text_chars(paths: Sequence[Path]) -> int:
    """Characters of section text ``extract()`` yields for ``paths``."""
    from minutesmine.pipeline import extract

    total = 0
    for p in paths:
        doc = extract(p)
        total += sum(len(s.text) for item in doc.items for s in item.sections)
    return total


def stage_times(paths: Sequence[Path], rounds: int) -> dict[str, float]:
    """CPU seconds per stage (read, segment, annotate) over ``rounds`` passes of ``paths``."""
    from minutesmine.models import Document, Source
    from minutesmine.pipeline import annotate
    from minutesmine.readers import read
    from minutesmine.segment import segment

    times = {"read": 0.0, "segment": 0.0, "annotate": 0.0}
    for _ in range(rounds):
        for p in paths:
            t0 = time.process_time()
            result = read(p)
            t1 = time.process_time()
            seg = segment(result, p)
            t2 = time.process_time()
            doc = Document(
                source=Source(path=str(p), sha256="", format=result.format),
                kind=seg.kind,  # type: ignore[arg-type]
                meeting=seg.meeting,
                metadata=seg.metadata,
                items=seg.items,
            )
            annotate(doc)
            t3 = time.process_time()
            times["read"] += t1 - t0
            times["segment"] += t2 - t1
            times["annotate"] += t3 - t2
    return times


def timed(fn: Callable[[], object]) -> float:
    """CPU seconds ``fn()`` takes."""
    t0 = time.process_time()
    fn()
    return time.process_time() - t0


def report_group(name: str, paths: Sequence[Path], rounds: int) -> None:
    """Print the end-to-end and per-stage rates of ``extract()`` over ``paths``."""
    from minutesmine.pipeline import extract

    if not paths:
        return
    chars = text_chars(paths)  # also the warm-up pass
    total = timed(lambda: [extract(p) for _ in range(rounds) for p in paths])
    stages = stage_times(paths, rounds)
    n = chars * rounds
    rate = n / total if total else float("inf")
    print(f"{name}: {len(paths)} files, {chars:,} chars of text, {rounds} rounds")
    print(f"  extract()  {total:6.2f} s  {rate:12,.0f} chars/s  ({rate / 1e6:.3f} MB/s)")
    for stage, secs in stages.items():
        srate = n / secs if secs else float("inf")
        print(f"  {stage:<9}  {secs:6.2f} s  {srate:12,.0f} chars/s")


def profile(paths: Sequence[Path], rounds: int, top: int) -> None:
    """cProfile ``extract()`` over ``paths`` and print the ``top`` functions by cumulative time."""
    from minutesmine.pipeline import extract

    if not paths:
        return
    for p in paths:  # warm-up outside the profile
        extract(p)
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(rounds):
        for p in paths:
            extract(p)
    prof.disable()
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf)
    stats.strip_dirs().sort_stats("cumulative").print_stats(top)
    print(f"cProfile of extract() over {len(paths)} files x {rounds} rounds (cumulative):")
    print("\n".join(line for line in buf.getvalue().splitlines() if line.strip()))


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments, time each group, then profile."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", type=Path, help="documents to time instead of the real corpus")
    ap.add_argument("--rounds", type=int, default=3, help="passes over each group")
    ap.add_argument("--top", type=int, default=30, help="functions to list from the profile")
    ap.add_argument("--formats", default="txt", help="seed renderings to time, comma-separated")
    ap.add_argument("--no-real", action="store_true", help="skip ../shared/corpus/real")
    ap.add_argument("--no-profile", action="store_true", help="timings only")
    a = ap.parse_args(argv)

    from minutesmine.nlp import load

    load()
    for fmt in [f.strip() for f in a.formats.split(",") if f.strip()]:
        report_group(f"seeds *.{fmt}", sorted(SEEDS.glob(f"*.{fmt}")), a.rounds)
    others = list(a.paths) or ([] if a.no_real else real_documents())
    report_group("documents" if a.paths else "real documents", others, a.rounds)
    if not a.no_profile:
        profile(sorted(SEEDS.glob("*.txt")) + others, a.rounds, a.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
