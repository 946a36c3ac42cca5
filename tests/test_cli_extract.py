"""`minutesmine extract`: outputs, summary, failures by name, --strict, --db re-runs, limits."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from paths import SEEDS

from minutesmine.cli import main

TEXT_SEEDS = sorted(SEEDS.glob("*.txt"))


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    folder.mkdir()
    for p in TEXT_SEEDS[:3]:
        shutil.copy(p, folder / p.name)
    return folder


def invoke(*args: str):
    return CliRunner().invoke(main, ["extract", *args], catch_exceptions=False)


def summary(stderr: str) -> str:
    return stderr.strip().splitlines()[-1]


def test_output_file_one_record_per_document(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = invoke(str(archive), "-o", str(out), "--jobs", "2")
    assert result.exit_code == 0, result.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    paths = sorted(json.loads(line)["source"]["path"] for line in lines)
    assert paths == sorted(str(archive / p.name) for p in TEXT_SEEDS[:3])
    assert result.stdout == ""
    n_items = sum(len(json.loads(line)["items"]) for line in lines)
    assert summary(result.stderr).startswith(f"3 documents, {n_items} items, ")
    assert summary(result.stderr).endswith("0 failures, 0 skipped (unchanged)")


def test_stdout_is_jsonl(archive: Path) -> None:
    result = invoke(str(archive / TEXT_SEEDS[0].name), "-o", "-", "--jobs", "1")
    assert result.exit_code == 0
    [line] = result.stdout.splitlines()
    assert json.loads(line)["source"]["format"] == "text"
    # without -o (and without --db) records go to stdout too
    assert invoke(str(archive / TEXT_SEEDS[0].name), "--jobs", "1").stdout == result.stdout


def test_bad_file_is_named_and_strict_fails(archive: Path, tmp_path: Path) -> None:
    bad = archive / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 not a pdf at all")
    out = tmp_path / "out.jsonl"
    result = invoke(str(archive), "-o", str(out), "--jobs", "1")
    assert result.exit_code == 0
    failed = [line for line in result.stderr.splitlines() if line.startswith("failed: ")]
    assert len(failed) == 1 and str(bad) in failed[0]
    assert "1 failures" in summary(result.stderr)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["source"]["path"] for r in records if r["errors"]] == [str(bad)]

    strict = invoke(str(archive), "-o", str(out), "--jobs", "1", "--strict")
    assert strict.exit_code == 1


def test_only_failures_exit_nonzero(tmp_path: Path) -> None:
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 not a pdf at all")
    result = invoke(str(bad), "-o", str(tmp_path / "o.jsonl"))
    assert result.exit_code == 1
    assert summary(result.stderr).startswith("0 documents, 0 items, 0 warnings, 1 failures")


def test_no_documents_found(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(tmp_path)])
    assert result.exit_code != 0
    assert "no documents found" in result.stderr


def test_page_and_time_limits_reported(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "pack.pdf"
    c = canvas.Canvas(str(pdf))
    for i in range(6):
        c.drawString(72, 720, f"Page {i + 1}")
        c.showPage()
    c.save()
    shutil.copy(TEXT_SEEDS[0], tmp_path / TEXT_SEEDS[0].name)
    result = invoke(str(tmp_path), "-o", str(tmp_path / "o.jsonl"), "--page-limit", "5", "--jobs", "1")
    assert result.exit_code == 0
    assert f"failed: {pdf}: skipped: 6 pages, over the page limit of 5" in result.stderr


def test_db_rerun_skips_unchanged_and_force(archive: Path, tmp_path: Path) -> None:
    pytest.importorskip("minutesmine.store")
    from minutesmine.store import Store

    db = tmp_path / "minutes.db"
    first = invoke(str(archive), "--db", str(db), "--jobs", "2")
    assert first.exit_code == 0, first.stderr
    assert first.stdout == ""  # --db without -o writes only the database
    assert summary(first.stderr).endswith("0 failures, 0 skipped (unchanged)")
    with Store(db) as store:
        assert all(store.is_current(str(archive / p.name), _sha(archive / p.name)) for p in TEXT_SEEDS[:3])

    again = invoke(str(archive), "--db", str(db), "-o", str(tmp_path / "again.jsonl"))
    assert again.exit_code == 0
    assert summary(again.stderr) == "0 documents, 0 items, 0 warnings, 0 failures, 3 skipped (unchanged)"
    assert (tmp_path / "again.jsonl").read_text() == ""

    forced = invoke(str(archive), "--db", str(db), "--force", "--jobs", "1")
    assert summary(forced.stderr).startswith("3 documents")


def _sha(path: Path) -> str:
    from minutesmine.pipeline import sha256_file

    return sha256_file(path)


def test_help_ends_with_example() -> None:
    result = CliRunner().invoke(main, ["extract", "--help"])
    for option in ("--jobs", "--db", "--force", "--manifest", "--time-limit", "--page-limit", "--dask"):
        assert option in result.stdout
    assert "Example: minutesmine extract corpus/ -o out.jsonl" in result.stdout


def test_manifest_supplies_meeting_details_in_parallel(archive: Path, tmp_path: Path) -> None:
    name = TEXT_SEEDS[0].name
    manifest = tmp_path / "meetings.csv"
    manifest.write_text(
        f"path,council,committee,date\narchive/{name},Testshire County Council,Scrutiny Panel,2019-02-03\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    result = invoke(str(archive), "-o", str(out), "--jobs", "2", "--manifest", str(manifest))
    assert result.exit_code == 0, result.stderr
    records = {Path(r["source"]["path"]).name: r for r in map(json.loads, out.read_text().splitlines())}
    meeting = records[name]["meeting"]
    # the document's own details win; the manifest fills what it leaves out
    from_manifest = {k for k, v in meeting["provenance"].items() if v == "manifest"}
    assert from_manifest
    expected = {"council": "Testshire County Council", "committee": "Scrutiny Panel", "date": "2019-02-03"}
    assert all(meeting[k] == expected[k] for k in from_manifest)
    others = [r for n, r in records.items() if n != name]
    assert all("manifest" not in r["meeting"]["provenance"].values() for r in others)


def test_failed_file_not_retried_unchanged_unless_asked(archive: Path, tmp_path: Path) -> None:
    db = tmp_path / "minutes.db"
    bad = archive / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 this is not really a pdf")
    first = invoke(str(archive), "--db", str(db), "--jobs", "1")
    assert summary(first.stderr).endswith("1 failures, 0 skipped (unchanged)")

    again = invoke(str(archive), "--db", str(db), "--jobs", "1")
    assert f"not retried (failed before, unchanged): {bad}: " in again.stderr
    assert summary(again.stderr) == (
        "0 documents, 0 items, 0 warnings, 0 failures, 3 skipped (unchanged), "
        "1 failed before (unchanged; --retry-failed)"
    )
    assert invoke(str(archive), "--db", str(db), "--strict").exit_code == 1

    retried = invoke(str(archive), "--db", str(db), "--retry-failed")
    assert f"failed: {bad}: " in retried.stderr
    assert summary(retried.stderr).endswith("1 failures, 3 skipped (unchanged)")

    bad.write_bytes(TEXT_SEEDS[0].with_suffix(".pdf").read_bytes())  # replaced by a good PDF
    fixed = invoke(str(archive), "--db", str(db))
    assert summary(fixed.stderr).startswith("1 documents, ")
    assert summary(fixed.stderr).endswith(" 0 failures, 3 skipped (unchanged)")


@pytest.mark.parametrize("strict", [False, True], ids=["default", "strict"])
def test_unchanged_rerun_exits_as_the_run_before(archive: Path, tmp_path: Path, strict: bool) -> None:
    db = tmp_path / "minutes.db"
    (archive / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    flags = ["--strict"] if strict else []
    first = invoke(str(archive), "--db", str(db), "--jobs", "1", *flags)
    again = invoke(str(archive), "--db", str(db), "--jobs", "1", *flags)
    assert first.exit_code == again.exit_code == (1 if strict else 0), again.stderr
    assert "1 failed before (unchanged" in again.stderr


def test_archive_where_nothing_can_be_read_exits_1_every_time(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "noise.txt").write_bytes(bytes(range(256)) * 64)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    db = tmp_path / "minutes.db"
    first = invoke(str(folder), "--db", str(db), "--jobs", "1")
    again = invoke(str(folder), "--db", str(db), "--jobs", "1")
    assert first.exit_code == again.exit_code == 1
    assert "binary content, not text (11% control bytes)" in first.stderr
