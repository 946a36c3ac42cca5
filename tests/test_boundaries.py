"""Bad input at the boundaries gets a one-line message and loses nothing (issue: reliability).

Each row is a reproduction from the malformed-input campaign: a manifest row, a `--db` that is
not a store, a filter value.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from minutesmine.cli import main
from minutesmine.segment.meeting import Manifest, ManifestError
from minutesmine.store import Store, StoreError

MINUTES = "Minutes\n\n1. Budget\n\nRESOLVED that the report be noted.\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    a = tmp_path / "a"
    a.mkdir()
    for i in (1, 2, 3):
        (a / f"d{i}.txt").write_text(MINUTES, encoding="utf-8")
    return a


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.mark.parametrize("date", ["²⁰¹⁸-01-01", "next Tuesday", "2018/01/01", "٢٠١٨"])
def test_bad_manifest_date_skips_the_row_and_the_run_goes_on(folder: Path, tmp_path: Path, date: str) -> None:
    manifest = tmp_path / "m.csv"
    manifest.write_text(f"path,date\n{folder / 'd2.txt'},{date}\n", encoding="utf-8")
    db = tmp_path / "x.db"
    result = run("extract", str(folder), "--manifest", str(manifest), "--db", str(db), "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    assert "row skipped" in result.stderr and "Traceback" not in result.stderr
    with Store(db, readonly=True) as store:
        assert store.stats()["document_files"] == 3  # three files of one content: one document


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"path,date\n\xff\xfe\x00bad,2018\n", "not UTF-8"), (b"path,date\nx," + b"y" * 140_000 + b"\n", "CSV")],
)
def test_unreadable_manifest_is_one_line(tmp_path: Path, content: bytes, message: str) -> None:
    manifest = tmp_path / "m.csv"
    manifest.write_bytes(content)
    with pytest.raises(ManifestError, match=message):
        Manifest.load(manifest)


def _other_app_db(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("make", ["text", "random", "other_app", "empty"])
@pytest.mark.parametrize("command", ["search", "themes"])
def test_query_commands_refuse_what_is_not_a_store(tmp_path: Path, make: str, command: str) -> None:
    db = tmp_path / "x.db"
    if make == "text":
        db.write_text("just some notes\n", encoding="utf-8")
    elif make == "random":
        db.write_bytes(bytes(range(256)) * 64)
    elif make == "other_app":
        _other_app_db(db)
    else:
        db.write_bytes(b"")
    before = db.read_bytes()
    args = [command, "social", "--db", str(db)] if command == "search" else [command, "--db", str(db)]
    result = run(*args)
    assert result.exit_code == 1
    assert "Error:" in result.stderr and "Traceback" not in result.stderr
    assert db.read_bytes() == before  # nothing written: no table added, no WAL switch
    assert not Path(f"{db}-wal").exists()


def test_extract_refuses_another_applications_database(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "contacts.db"
    _other_app_db(db)
    with pytest.raises(StoreError, match="not a minutesmine store"):
        Store(db)
    result = run("extract", str(folder), "--db", str(db), "--jobs", "1")
    assert result.exit_code != 0 and "not a minutesmine store" in result.stderr
    conn = sqlite3.connect(db)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["contacts"]
    conn.close()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--limit", "99999999999999999999"], "--limit"),
        (["--limit", "-1"], "--limit"),
        (["--since", "abc"], "--since"),
        (["--until", "x"], "--until"),
    ],
)
def test_search_options_are_validated(folder: Path, tmp_path: Path, args: list[str], message: str) -> None:
    db = tmp_path / "x.db"
    assert run("extract", str(folder), "--db", str(db), "--jobs", "1").exit_code == 0
    result = run("search", "budget", "--db", str(db), *args)
    assert result.exit_code == 2 if "--limit" in args else result.exit_code == 1
    assert message in result.stderr and "Traceback" not in result.stderr


def test_texts_over_a_million_characters_are_annotated(tmp_path: Path) -> None:
    """spaCy's 1,000,000-character default (E088) guards models this pipeline does not have:
    a longer text is annotated to its end, with no traceback and nothing lost."""
    import minutesmine

    para = " ".join(["The committee discussed the report and the officers answered in turn."] * 10)
    body = "\n\n".join([para] * 1_500) + "\n\nThe final cost was £1.2m."
    path = tmp_path / "long.txt"
    path.write_text("Minutes of the Audit Committee\n\n1. Budget\n\n" + body, encoding="utf-8")
    assert path.stat().st_size > 1_000_000
    doc = minutesmine.extract(path)
    assert not any("E088" in w or "not extracted" in w for w in doc.warnings)
    assert [e.value for e in doc.entities if e.label == "MONEY"] == [1_200_000]
