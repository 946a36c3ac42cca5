"""Paths of the bundled corpus and, when present, ../shared; shared fixtures live in conftest."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEEDS = CORPUS / "seeds"
GOLD = CORPUS / "gold"
SHARED = ROOT.parent / "shared"
REAL = SHARED / "corpus" / "real"
SEED_STEMS = sorted(p.stem for p in GOLD.glob("*.json"))


def real_doc(name: str) -> Path:
    """Path of a real document in ../shared/corpus/real; skips the test when absent."""
    path = REAL / name
    if not path.exists():
        pytest.skip(f"{path} not available (../shared absent)")
    return path
