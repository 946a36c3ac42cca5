"""Find the input documents named on a command line: files, folders (recursive) and globs."""

from __future__ import annotations

import glob
from collections.abc import Iterable, Iterator
from pathlib import Path

from minutesmine.readers import SUPPORTED_SUFFIXES

__all__ = ["discover"]


def discover(specs: Iterable[str | Path]) -> Iterator[Path]:
    """Yield each input file once, in a stable order.

    A folder is searched recursively for supported extensions (``.pdf``, ``.html``,
    ``.htm``, ``.txt``, ``.md``); a named file is taken whatever its extension; a pattern
    with ``*``, ``?`` or ``[`` is expanded as a (recursive) glob. Hidden files are skipped.
    """
    seen: set[Path] = set()
    for spec in specs:
        spec = str(spec)
        if any(ch in spec for ch in "*?[") and not Path(spec).exists():
            candidates = [Path(p) for p in sorted(glob.glob(spec, recursive=True))]
        else:
            candidates = [Path(spec)]
        for cand in candidates:
            if cand.is_dir():
                found = sorted(
                    p
                    for p in cand.rglob("*")
                    if p.is_file()
                    and p.suffix.lower() in SUPPORTED_SUFFIXES
                    and not any(part.startswith(".") for part in p.relative_to(cand).parts)
                )
            else:
                found = [cand]
            for p in found:
                key = p.resolve()
                if key not in seen:
                    seen.add(key)
                    yield p
