"""Throughput of the minutesmine spaCy pipeline on the seed corpus text (one core).

    python benchmarks/nlp_bench.py [--mb 4] [--min-mbps 1.0]

The seeds' text is split into paragraphs (as the segmenter hands sections to the pipeline),
repeated to about ``--mb`` megabytes and run through ``minutesmine.load()`` with
``nlp.pipe``; the script prints characters per second, overall and per component, and exits
non-zero when the overall rate is below ``--min-mbps`` (MB/s of text).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus_paragraphs() -> list[str]:
    """Paragraphs of every seed text (``corpus/seeds/*.txt``)."""
    paras = []
    for path in sorted((ROOT / "corpus" / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        paras += [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return paras


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=4.0, help="megabytes of text to process")
    ap.add_argument("--min-mbps", type=float, default=1.0, help="fail below this many MB/s")
    a = ap.parse_args()

    from minutesmine.nlp import load

    nlp = load()
    paras = corpus_paragraphs()
    size = sum(map(len, paras))
    texts = paras * max(1, int(a.mb * 1_000_000 / size))
    chars = sum(map(len, texts))
    list(nlp.pipe(texts[:200]))  # warm up

    t0 = time.process_time()
    n_ents = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=256))
    total = time.process_time() - t0
    rate = chars / total
    print(f"pipeline {nlp.pipe_names}")
    print(f"{chars:,} chars in {len(texts):,} sections, {n_ents:,} entities, {total:.2f} s")
    print(f"throughput {rate:,.0f} chars/s ({rate / 1e6:.2f} MB/s)")

    docs = [nlp.make_doc(t) for t in texts[: len(paras) * 10]]
    sub = sum(len(d.text) for d in docs)
    for name, proc in nlp.pipeline:
        t0 = time.process_time()
        for d in docs:
            proc(d)
        dt = time.process_time() - t0
        print(f"  {name:24} {sub / dt:14,.0f} chars/s")
    if rate < a.min_mbps * 1e6:
        print(f"below {a.min_mbps} MB/s", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
