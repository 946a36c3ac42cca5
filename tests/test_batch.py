"""Archive extraction: parallel equals serial, incremental skips, limits, crashes, dask."""

from __future__ import annotations

import json
import os
import shutil
import signal
import time
from pathlib import Path

import pytest
from paths import SEEDS
from processes import alive, descendants

from minutesmine import batch
from minutesmine.models import Document, Source
from minutesmine.pipeline import extract

TEXT_SEEDS = sorted(SEEDS.glob("*.txt"))


# ----------------------------------------------------------------- fakes (module level: picklable)


class FakeStore:
    """The store's interface as batch uses it: is_current(path, sha256) and add(doc, record_json)."""

    def __init__(self) -> None:
        self.docs: dict[str, Document] = {}
        self.added = 0

    def is_current(self, path: str, sha256: str) -> bool:
        doc = self.docs.get(path)
        return doc is not None and doc.source.sha256 == sha256

    def add(self, doc: Document, record_json: str | None = None) -> None:
        assert record_json is None or record_json == doc.model_dump_json()
        self.docs[doc.source.path] = doc
        self.added += 1

    def close(self) -> None:
        pass


def slow_on_marked(path: Path, *, fast: bool = True, manifest: object = None) -> Document:
    """The real pipeline, except files named *slow* take a minute (in short steps, like Python work)."""
    if "slow" in Path(path).name:
        for _ in range(600):
            time.sleep(0.1)
    return extract(path, fast=fast, manifest=manifest)


def stuck_on_marked(path: Path, *, fast: bool = True, manifest: object = None) -> Document:
    """Files named *stuck* ignore the soft time limit, as a call stuck in C code would."""
    if "stuck" in Path(path).name:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(60)
    return extract(path, fast=fast, manifest=manifest)


def crash_on_marked(path: Path, *, fast: bool = True, manifest: object = None) -> Document:
    """Files named *crash* kill the process, as a segfault in a C library would."""
    if "crash" in Path(path).name:
        os._exit(11)
    return extract(path, fast=fast, manifest=manifest)


def never_called(path: Path, *, fast: bool = True, manifest: object = None) -> Document:
    raise AssertionError(f"extractor called for {path}")


def fake_doc(path: Path, *, fast: bool = True, manifest: object = None) -> Document:
    return Document(source=Source(path=str(path), sha256="x", format="pdf", pages=1))


# ----------------------------------------------------------------- helpers


def records(outcomes: list[batch.Outcome]) -> dict[str, dict]:
    return {o.path.name: json.loads(o.record) for o in outcomes if o.record is not None}


def statuses(outcomes: list[batch.Outcome]) -> dict[str, str]:
    return {o.path.name: o.status for o in outcomes}


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """A copy of the text seeds (so tests may change files)."""
    folder = tmp_path / "archive"
    folder.mkdir()
    for p in TEXT_SEEDS:
        shutil.copy(p, folder / p.name)
    return folder


def make_pdf(path: Path, pages: int) -> Path:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    for i in range(pages):
        c.drawString(72, 720, f"Page {i + 1} of a long agenda pack")
        c.showPage()
    c.save()
    return path


# ----------------------------------------------------------------- tests


def test_parallel_records_equal_serial(archive: Path) -> None:
    serial = list(batch.run([archive], jobs=1))
    parallel = list(batch.run([archive], jobs=2))
    assert statuses(serial) == statuses(parallel) == {p.name: "extracted" for p in TEXT_SEEDS}
    assert records(serial) == records(parallel)
    # the records are the pipeline's own
    one = TEXT_SEEDS[0]
    expected = extract(archive / one.name).model_dump(mode="json")
    assert records(serial)[one.name] == expected


def test_outcome_counts_match_record(archive: Path) -> None:
    [outcome] = batch.run([archive / TEXT_SEEDS[0].name], jobs=1)
    doc = outcome.document()
    assert outcome.items == len(doc.items) and outcome.items > 0
    assert outcome.warnings == doc.warnings
    assert batch.record_line(outcome).endswith("}\n")


def test_rerun_with_store_skips_unchanged_and_force_reextracts(archive: Path) -> None:
    store = FakeStore()
    first = list(batch.run([archive], jobs=2, db=store))
    assert set(statuses(first).values()) == {"extracted"}
    assert store.added == len(TEXT_SEEDS)

    again = list(batch.run([archive], jobs=1, db=store, extractor=never_called))
    assert set(statuses(again).values()) == {"skipped"}
    assert all(o.record is None for o in again)
    assert store.added == len(TEXT_SEEDS)

    forced = list(batch.run([archive], jobs=1, db=store, force=True))
    assert set(statuses(forced).values()) == {"extracted"}
    assert store.added == 2 * len(TEXT_SEEDS)


def test_changed_file_is_reextracted(archive: Path) -> None:
    store = FakeStore()
    list(batch.run([archive], jobs=1, db=store))
    changed = archive / TEXT_SEEDS[1].name
    changed.write_text(changed.read_text(encoding="utf-8") + "\nA late addendum.\n", encoding="utf-8")
    again = statuses(list(batch.run([archive], jobs=1, db=store)))
    assert again.pop(changed.name) == "extracted"
    assert set(again.values()) == {"skipped"}
    assert store.docs[str(changed)].source.sha256 == batch_sha(changed)


def batch_sha(path: Path) -> str:
    from minutesmine.pipeline import sha256_file

    return sha256_file(path)


@pytest.mark.parametrize("jobs", [1, 2])
def test_time_limit_reports_and_moves_on(archive: Path, jobs: int) -> None:
    slow = archive / "slow_minutes.txt"
    shutil.copy(TEXT_SEEDS[0], slow)
    start = time.monotonic()
    outcomes = list(batch.run([archive], jobs=jobs, time_limit=5.0, extractor=slow_on_marked))
    assert time.monotonic() - start < 40
    by_name = {o.path.name: o for o in outcomes}
    bad = by_name.pop("slow_minutes.txt")
    assert bad.status == "failed"
    assert bad.errors == ["timed out after 5 s"]
    assert json.loads(bad.record)["errors"] == bad.errors
    assert json.loads(bad.record)["source"]["path"] == str(slow)
    assert {o.status for o in by_name.values()} == {"extracted"}, [o.errors for o in by_name.values()]


def test_hard_limit_kills_a_worker_stuck_in_c(archive: Path) -> None:
    stuck = archive / "stuck_minutes.txt"
    shutil.copy(TEXT_SEEDS[0], stuck)
    start = time.monotonic()
    outcomes = list(batch.run([archive], jobs=2, time_limit=4.0, hard_grace=1.0, extractor=stuck_on_marked))
    assert time.monotonic() - start < 45
    result = statuses(outcomes)
    assert result.pop("stuck_minutes.txt") == "failed"
    assert set(result.values()) == {"extracted"}, [o.errors for o in outcomes]
    [bad] = [o for o in outcomes if o.status == "failed"]
    assert "worker process died" in bad.errors[0]


def test_worker_crash_fails_only_that_document(archive: Path) -> None:
    crash = archive / "crash_minutes.txt"
    shutil.copy(TEXT_SEEDS[0], crash)
    outcomes = list(batch.run([archive], jobs=2, extractor=crash_on_marked))
    result = statuses(outcomes)
    assert len(outcomes) == len(TEXT_SEEDS) + 1
    assert result.pop("crash_minutes.txt") == "failed"
    assert set(result.values()) == {"extracted"}
    # the survivors' records are complete documents
    assert all(doc["items"] for doc in records(outcomes).values() if not doc["errors"])


def test_page_limit_skips_long_pdf_without_reading_it(tmp_path: Path) -> None:
    long_pdf = make_pdf(tmp_path / "pack.pdf", pages=12)
    [outcome] = batch.run([long_pdf], jobs=1, page_limit=10, extractor=never_called)
    assert outcome.status == "failed"
    assert outcome.pages == 12
    assert "12 pages, over the page limit of 10" in outcome.errors[0]
    record = outcome.document()
    assert record.source.format == "pdf" and record.source.pages == 12
    [ok] = batch.run([long_pdf], jobs=1, page_limit=12, extractor=fake_doc)
    assert ok.status == "extracted"
    renamed = long_pdf.rename(tmp_path / "pack.txt")  # the content decides, not the name
    [outcome] = batch.run([renamed], jobs=1, page_limit=10, extractor=never_called)
    assert "12 pages, over the page limit of 10" in outcome.errors[0]


def test_unreadable_document_is_failed_by_name(tmp_path: Path, archive: Path) -> None:
    bad = archive / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 this is not really a pdf")
    outcomes = list(batch.run([archive], jobs=2))
    result = {o.path.name: o for o in outcomes}
    assert result["broken.pdf"].status == "failed"
    assert result["broken.pdf"].errors
    assert result["broken.pdf"].document().errors == result["broken.pdf"].errors
    assert sum(o.status == "extracted" for o in outcomes) == len(TEXT_SEEDS)


def test_time_limit_context_off_main_thread() -> None:
    import threading

    seen: list[str] = []

    def work() -> None:
        try:
            with batch.time_limit(0.2):
                for _ in range(100):
                    time.sleep(0.05)
            seen.append("finished")
        except batch.TimeLimitExceeded:
            seen.append("stopped")

    t = threading.Thread(target=work)
    t.start()
    t.join(10)
    assert seen == ["stopped"]


def test_dask_local_cluster_writes_same_records(archive: Path) -> None:
    distributed = pytest.importorskip("distributed")
    serial = records(list(batch.run([archive], jobs=1)))
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        outcomes = list(batch.run([archive], dask=cluster.scheduler_address))
        assert records(outcomes) == serial
        # a Client works too, and the time limit holds on a worker thread
        slow = archive / "slow_minutes.txt"
        shutil.copy(TEXT_SEEDS[0], slow)
        again = {
            o.path.name: o
            for o in batch.run([archive], dask=client, time_limit=3.0, extractor=slow_on_marked)
        }
        assert again["slow_minutes.txt"].errors == ["timed out after 3 s"]
        assert sum(o.status == "extracted" for o in again.values()) == len(TEXT_SEEDS)


def test_fast_and_full_pdf_paths_score_the_same_on_gold(tmp_path: Path) -> None:
    """The fast PDF path must not cost accuracy: same gold score as pdfplumber throughout."""
    import importlib.util

    from paths import GOLD, SHARED

    scorer_path = SHARED / "eval" / "score.py"
    pdfs = sorted(SEEDS.glob("*.pdf"))
    if not scorer_path.exists() or not pdfs:
        pytest.skip("needs ../shared/eval/score.py and the seed PDF renderings")
    spec = importlib.util.spec_from_file_location("minutesmine_gold_scorer", scorer_path)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)

    scores = {}
    for mode, fast in (("fast", True), ("full", False)):
        out = tmp_path / f"{mode}.jsonl"
        with out.open("w", encoding="utf-8") as fh:
            for outcome in batch.run(pdfs, jobs=2, fast=fast):
                assert outcome.status == "extracted", outcome.errors
                fh.write(batch.record_line(outcome))
        scores[mode] = scorer.score(GOLD, out)
    assert scores["fast"]["records"] == scores["full"]["records"] == len(pdfs)
    assert scores["fast"]["fields"] == scores["full"]["fields"]


def test_serial_run_restores_the_garbage_collector(archive: Path) -> None:
    import gc

    before, frozen = gc.get_threshold(), gc.get_freeze_count()
    seen: list[tuple[int, int, int]] = []
    for outcome in batch.run([archive], jobs=1):
        assert outcome.status == "extracted"
        seen.append(gc.get_threshold())
    assert seen and all(t[0] >= batch.GC_THRESHOLD0 for t in seen)  # tuned while extracting
    assert gc.get_threshold() == before and gc.get_freeze_count() == frozen


def test_workers_exit_when_the_parent_is_killed(tmp_path: Path) -> None:
    """kill -9 of ``minutesmine extract`` leaves no worker process behind."""
    import subprocess
    import sys

    script = tmp_path / "slow_run.py"
    script.write_text(
        "import sys, time\n"
        "from pathlib import Path\n"
        "from minutesmine import batch\n"
        "def slow(path, **kw):\n"
        "    time.sleep(60)\n"
        "if __name__ == '__main__':\n"
        "    paths = [Path(sys.argv[1])] * 4\n"
        "    for _ in batch.run(paths, jobs=2, extractor=slow, time_limit=None): pass\n",
        encoding="utf-8",
    )
    (tmp_path / "doc.txt").write_text("Minutes\n", encoding="utf-8")
    parent = subprocess.Popen([sys.executable, str(script), str(tmp_path / "doc.txt")], cwd=tmp_path)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(descendants(parent.pid)) < 3:
            time.sleep(0.2)  # the forkserver and two workers
        family = descendants(parent.pid)
        assert len(family) >= 3, family
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(alive(p) for p in family):
        time.sleep(0.2)
    assert not [p for p in family if alive(p)]


@pytest.mark.parametrize("jobs", [1, 2], ids=["in-process", "pool"])
def test_processes_over_the_memory_limit_are_relieved_and_nothing_is_lost(archive: Path, jobs: int) -> None:
    """A limit every document passes: the pool is renewed (in-process: a fresh pipeline) after
    each, and every document still comes back once."""
    from minutesmine import nlp

    before = nlp.load()
    outcomes = list(batch.run([archive], jobs=jobs, extractor=fake_doc, memory_limit_mb=1))
    assert sorted(o.path.name for o in outcomes) == sorted(p.name for p in archive.iterdir())
    assert all(o.status == "extracted" and o.peak_rss_mb for o in outcomes)
    assert (nlp.load() is before) == (jobs > 1)


def test_pipeline_is_rebuilt_once_its_vocabulary_has_grown(monkeypatch: pytest.MonkeyPatch) -> None:
    from minutesmine import nlp

    first = nlp.load()
    monkeypatch.setattr(nlp, "VOCAB_GROWTH", 1_000)
    first(" ".join(f"novel{i}word" for i in range(2_000)))
    assert nlp.load() is not first
    assert nlp.load() is nlp.load()
