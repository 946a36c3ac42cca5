"""Gold-score floors on the seeds and the real documents, so a quality regression fails CI.

The figures come from ``benchmarks/quality.py`` (recorded in ``benchmarks/README.md``); the real
corpus is skipped when ``../shared`` is absent. A floor sits a little under the measured figure:
raising it is part of any change that improves a field.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest

from tests.paths import quality_benchmark

quality = quality_benchmark()

#: Every seed field must hold this F1 (recall where precision is not scored).
SEED_FLOOR = 0.98

#: Real-corpus floors: field -> (statistic, floor).
REAL_FLOORS: dict[str, tuple[str, float]] = {
    "item titles": ("recall", 0.95),
    "resolutions": ("f1", 0.90),
    "recommendations": ("f1", 0.90),
    "actions": ("f1", 0.80),
    "information_requests": ("recall", 0.95),
    "exchanges": ("f1", 0.90),
    "question speakers": ("precision", 0.95),
    "motions": ("f1", 0.90),
    "motion movers": ("precision", 0.95),
    "motion outcomes": ("precision", 0.95),
    "vote counts": ("precision", 0.95),
    "recorded votes": ("recall", 0.95),
    "report metadata": ("recall", 0.95),
    "report headings": ("recall", 0.95),
    "meeting committee": ("recall", 0.95),
    "meeting council": ("recall", 0.95),
    "meeting date": ("recall", 0.95),
    "attendees": ("recall", 0.95),
    "entities MONEY": ("f1", 0.98),
    "entities DATE": ("f1", 0.95),
    "entities PERCENT": ("f1", 0.95),
    "entities QUANTITY": ("f1", 0.88),
    "entities ORG": ("recall", 0.89),
    "entities PERSON": ("recall", 0.93),
    "local themes": ("f1", 0.80),
    "table cells": ("recall", 0.95),
}


def _need_shared() -> None:
    if not quality.SCORER.exists():
        pytest.skip("../shared/eval/score.py not available")


@cache
def _scores(corpus: str) -> dict[str, Any]:
    paths, gold = quality.corpora()[corpus]
    return quality.score_corpus(paths, gold)["fields"]


def _stat(row: dict[str, Any], which: str) -> float | None:
    if which == "f1" and row["f1"] is None:
        return row["recall"]
    return row[which]


@pytest.mark.parametrize("fmt", quality.SEED_CORPORA)
def test_seed_fields_hold(fmt: str) -> None:
    _need_shared()
    fields = _scores(f"seeds {fmt}")
    low = {
        k: _stat(r, "f1")
        for k, r in fields.items()
        if (_stat(r, "f1") or 0.0) < SEED_FLOOR and r["tp"] + r["fn"] > 0
    }
    assert not low, f"seed {fmt} fields under {SEED_FLOOR}: {low}"


@pytest.mark.parametrize("field", sorted(REAL_FLOORS))
def test_real_field_floor(field: str) -> None:
    _need_shared()
    if not quality.REAL_GOLD.is_dir():
        pytest.skip("../shared/corpus/real not available")
    which, floor = REAL_FLOORS[field]
    value = _stat(_scores("real")[field], which)
    assert value is not None and value >= floor, f"real {field} {which} {value} < {floor}"


def test_documents_found() -> None:
    """Every gold file has a document to score (the corpus layout has not drifted)."""
    _need_shared()
    for name, (paths, gold) in quality.corpora().items():
        assert len(paths) == len(list(Path(gold).glob("*.json"))), name


#: The held-out forms rendered as PDF and HTML (``quality.py --renderings``) must read about as
#: well as their text: the readers hold on the forms' layouts (the renderer's font lacks macrons
#: and draws two-column tables as label rows, which costs a little), and so do the forms printed in
#: the other page layouts of ``benchmarks/layouts.py``.
RENDERED_FLOOR = 0.97


@pytest.mark.parametrize("fmt", ["pdf", "html", "pdf (margin)", "pdf (serif)", "pdf (compact)"])
def test_held_out_forms_rendered(fmt: str, tmp_path: Path) -> None:
    _need_shared()
    paths, gold = quality.rendered_forms(tmp_path)[f"held-out forms as {fmt}"]
    micro = quality.micro_f1(quality.score_corpus(paths, gold)["fields"])
    assert micro >= RENDERED_FLOOR, f"held-out forms as {fmt}: micro-F1 {micro:.3f} < {RENDERED_FLOOR}"
