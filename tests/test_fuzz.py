"""Fuzz suite: a few hundred seeded malformed inputs (tests/fuzz_inputs.py) through the batch
run, in this process: no traceback, no lost file (each one a record or a named failure), no
error longer than a line. The large campaign is benchmarks/robustness.py."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from fuzz_inputs import MUTATIONS, write_cases
from paths import SEEDS

from minutesmine import batch

#: Cases in the suite (every mutation about 15 times over the seed documents).
N_CASES = 200

#: What the pipeline says when one of its own stages raised: a bug, not a bad input.
BUG_MARKS = ("extraction failed", "unreadable: ", "segmenter error", "entities and themes not extracted")


@pytest.fixture(scope="module")
def fuzzed(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    sources = sorted(p for p in SEEDS.iterdir() if p.suffix in {".pdf", ".html", ".txt"})
    return write_cases(tmp_path_factory.mktemp("fuzz"), sources, N_CASES, seed=17)


def test_every_mutation_is_exercised(fuzzed: list[Path]) -> None:
    kinds = {p.stem.split("_", 1)[1] for p in fuzzed}
    assert kinds == set(MUTATIONS)


def test_fuzzed_inputs_give_a_record_or_a_named_failure(fuzzed: list[Path], caplog) -> None:
    caplog.set_level(logging.ERROR)
    outcomes = list(batch.run(fuzzed, jobs=1, time_limit=60))
    assert sorted(o.path for o in outcomes) == sorted(fuzzed)  # none lost, none twice
    tracebacks = [r.getMessage() for r in caplog.records if r.exc_info]
    assert tracebacks == []
    for o in outcomes:
        messages = [*o.errors, *o.warnings]
        assert o.record is not None, o.path
        assert all("\n" not in m and "Traceback" not in m for m in messages), (o.path, messages)
        assert not [m for m in messages if any(mark in m for mark in BUG_MARKS)], (o.path, messages)
        if o.status == "failed":
            assert o.errors and all(e.strip() for e in o.errors), o.path
        assert o.document().source.path == str(o.path)


def test_binary_and_empty_cases_fail_by_name(fuzzed: list[Path]) -> None:
    binary = [p for p in fuzzed if "_binary" in p.name and p.stat().st_size >= 65_536]
    outcomes = {o.path: o for o in batch.run(binary, jobs=1)}
    for path in binary:
        (error,) = outcomes[path].errors
        assert error.startswith(("binary content, not text", "not a PDF")), (path, error)
