"""OCR speed: pages per second on one core for scanned renderings of the seed PDFs.

    python benchmarks/ocr_bench.py [--dpi 200] [--repeat 1]

Rasterises every page of ``corpus/seeds/*.pdf`` at ``--dpi`` into image-only PDFs (as a
scanner would), then extracts them with ``--jobs 1`` in this process (Tesseract limited to one
thread with ``OMP_THREAD_LIMIT=1``), and prints pages, wall and CPU seconds (this process and
Tesseract's) and pages per second. Needs Tesseract (``apt-get install tesseract-ocr``).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)  # the tesseract processes
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dpi", type=int, default=200, help="scan resolution of the rendered images")
    ap.add_argument("--repeat", type=int, default=1, help="extract the scans this many times")
    args = ap.parse_args(argv)
    os.environ["OMP_THREAD_LIMIT"] = "1"

    from test_ocr import rasterize  # the tests' scanner

    import minutesmine
    from minutesmine.readers.ocr import ocr_available

    if not ocr_available():
        print("Tesseract is not installed (apt-get install tesseract-ocr)", file=sys.stderr)
        return 1
    minutesmine.load()  # the spaCy pipeline, outside the timing
    with tempfile.TemporaryDirectory() as tmp:
        seeds = sorted((ROOT / "corpus" / "seeds").glob("*.pdf"))
        scans = [rasterize(p, Path(tmp) / p.name, dpi=args.dpi) for p in seeds]
        pages = 0
        wall, cpu = time.perf_counter(), _cpu()
        for _ in range(args.repeat):
            for doc in minutesmine.extract_many(scans):
                pages += len(doc.source.ocr_pages)
        wall, cpu = time.perf_counter() - wall, _cpu() - cpu
    print(f"ocr pages={pages} dpi={args.dpi} wall_s={wall:.1f} cpu_s={cpu:.1f}")
    print(f"ocr_pages_per_second={pages / wall:.2f} (wall) {pages / cpu:.2f} (per CPU-second)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
