"""Paths of the bundled corpus and, when present, ../shared; shared fixtures live in conftest."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

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


def quality_benchmark() -> ModuleType:
    """``benchmarks/quality.py`` as a module (a script, not a package): the corpora and the
    shared gold scorer, for tests that score extractions."""
    spec = importlib.util.spec_from_file_location("minutesmine_quality", ROOT / "benchmarks" / "quality.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
