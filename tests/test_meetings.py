"""Meetings as records: one meeting once, however many files and renderings hold it.

`corpus/seeds` holds each of 5 minutes as txt, pdf and html: 15 files, 5 documents (one
content each), 5 meetings. Committee spellings, copied folders, recorded votes and pruning
are run through the command line (click CliRunner) on those files.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from minutesmine.cli import main
from minutesmine.identity import committee_key, meeting_key, name_rules
from minutesmine.models import AgendaItem, Document, Meeting, Motion, RecordedVote, Section, Source
from minutesmine.store import Store
from tests.paths import CORPUS, SEED_STEMS

COUNTED = ("meetings", "documents", "items", "sections", "exchanges", "entities", "mentions")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def counts(db: Path) -> dict[str, int]:
    with Store(db, readonly=True) as s:
        return s.stats()


@pytest.fixture(scope="module")
def corpus_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``corpus/`` copied (so files can be removed and copied again)."""
    dest = tmp_path_factory.mktemp("corpus") / "corpus"
    shutil.copytree(CORPUS / "seeds", dest / "seeds")
    return dest


@pytest.fixture(scope="module")
def db(corpus_copy: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("db") / "minutes.db"
    code, _, err = run("extract", str(corpus_copy), "--db", str(path), "--jobs", "1")
    assert code == 0 and "store: 5 meetings, 5 distinct documents in 15 files" in err, err
    return path


def test_the_corpus_is_five_meetings(db: Path) -> None:
    stats = counts(db)
    assert (stats["meetings"], stats["documents"], stats["document_files"]) == (5, 5, 15)
    code, out, _ = run("meetings", "--db", str(db), "--format", "json")
    meetings = json.loads(out)
    assert code == 0 and len(meetings) == 5
    assert all(m["documents"] == 1 and m["files"] == 3 for m in meetings)
    for m in meetings:  # the three renderings of one minutes, and only those
        assert len({Path(p).stem for p in m["paths"]}) == 1
        assert sorted(Path(p).suffix for p in m["paths"]) == [".html", ".pdf", ".txt"]


def test_resolutions_view_lists_each_point_once_per_meeting(db: Path) -> None:
    with Store(db, readonly=True) as s:
        rows = s.execute(
            "SELECT r.meeting_id, r.text, i.resolutions FROM resolutions r JOIN items i ON i.id = r.item_id"
        )
        points = sum(len(json.loads(r[0])) for r in s.execute("SELECT resolutions FROM items"))
    assert rows and len(rows) == points  # one row per point, the corpus' 15 files held once
    assert all(text in json.loads(points_json) for _, text, points_json in rows)


def test_the_record_kept_is_the_pdf_rendering(db: Path) -> None:
    with Store(db, readonly=True) as s:
        assert {r[0] for r in s.execute("SELECT format FROM documents")} == {"pdf"}


def test_extracting_twice_changes_no_count(db: Path, corpus_copy: Path) -> None:
    before = counts(db)
    code, _, err = run("extract", str(corpus_copy), "--db", str(db), "--jobs", "1")
    assert code == 0 and "15 skipped (unchanged)" in err
    assert counts(db) == before


def test_a_copied_folder_adds_paths_only(db: Path, corpus_copy: Path, tmp_path: Path) -> None:
    before = counts(db)
    copy = tmp_path / "copy"
    shutil.copytree(corpus_copy, copy)
    code, _, err = run("extract", str(copy), "--db", str(db), "--jobs", "1")
    assert code == 0, err
    after = counts(db)
    assert {t: after[t] for t in COUNTED} == {t: before[t] for t in COUNTED}
    assert after["document_files"] == before["document_files"] + 15
    # the copy's files are gone again: pruning forgets them and nothing else
    shutil.rmtree(copy)
    code, out, err = run("prune", "--db", str(db))
    assert code == 0 and out.count("removed: ") == 15 and "0 documents" in err
    assert counts(db) == before


def test_search_hits_are_not_repeated_per_format(db: Path, tmp_path: Path) -> None:
    code, out, _ = run("search", "foster carers", "--db", str(db), "--format", "json")
    hits = json.loads(out)
    assert code == 0 and hits
    assert len({(h["meeting_id"], h["item_title"], h["snippet"]) for h in hits}) == len(hits)
    # as many hits as over the text renderings alone
    text_only = tmp_path / "text.db"
    files = [str(CORPUS / "seeds" / f"{stem}.txt") for stem in SEED_STEMS]
    assert run("extract", *files, "--db", str(text_only), "--jobs", "1")[0] == 0
    code, out, _ = run("search", "foster carers", "--db", str(text_only), "--format", "json")
    assert len(json.loads(out)) == len(hits)
    code, out, _ = run("themes", "--db", str(db), "--format", "json")
    code_t, out_t, _ = run("themes", "--db", str(text_only), "--format", "json")
    assert code == code_t == 0 and json.loads(out) == json.loads(out_t)  # items and meetings counted once


def test_prune_dry_run_then_prune(db: Path, corpus_copy: Path) -> None:
    before = counts(db)
    stem = SEED_STEMS[0]
    for suffix in (".txt", ".html", ".pdf"):
        (corpus_copy / "seeds" / f"{stem}{suffix}").unlink()
    (corpus_copy / "seeds" / f"{SEED_STEMS[1]}.pdf").unlink()  # another rendering keeps it
    code, out, err = run("prune", "--db", str(db), "--dry-run")
    assert code == 0 and out.count("would remove: ") == 4 and "1 documents" in err
    assert counts(db) == before
    code, out, err = run("prune", "--db", str(db))
    assert code == 0 and "removed them, 1 documents and 1 meetings" in err
    after = counts(db)
    assert (after["meetings"], after["documents"], after["document_files"]) == (4, 4, 11)
    with Store(db, readonly=True) as s:  # the pdf went: the document's main file is another
        (row,) = s.execute("SELECT path FROM documents WHERE path LIKE ?", (f"%{SEED_STEMS[1]}%",))
        assert Path(row[0]).exists()


# -- committee names and meeting keys -----------------------------------------------------


@pytest.mark.parametrize("rule", name_rules(), ids=lambda r: r.id)
def test_each_committee_rule_example_gives_its_key(rule) -> None:
    assert committee_key(rule.example) == rule.key


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Kingston & North Kingston Committee", "Kingston and North Kingston committee", True),
        ("Children and Young People's Sub-Committee", "CHILDREN AND YOUNG PEOPLES SUB COMMITTEE", True),
        ("Licensing Sub-Committee", "Licensing Committee", False),
        ("Planning Committee", "Planning", True),
        ("Cabinet", "The Cabinet", True),
        ("Health & Wellbeing Board", "Health and Well-being Board", False),
    ],
)
def test_committee_spellings(a: str, b: str, same: bool) -> None:
    assert (committee_key(a) == committee_key(b)) is same


def test_a_meeting_needs_council_committee_and_full_date() -> None:
    assert meeting_key("Kingston", "Planning", "2019-03") is None
    assert meeting_key(None, "Planning", "2019-03-05") is None
    assert meeting_key("Kingston", "Planning", "2019-03-05") == "kingston|planning|2019-03-05"


def minutes(
    path: str, text: str, committee: str | None, date: str | None, motion: Motion | None = None
) -> Document:
    item = AgendaItem(
        title="Youth services",
        sections=[Section(kind="minutes", text=text)],
        motions=[motion] if motion else [],
    )
    return Document(
        source=Source(path=path, sha256=str(abs(hash(path + text))).rjust(64, "0"), format="text"),
        meeting=Meeting(council="Kingston", committee=committee, date=date),
        items=[item],
    )


def test_committee_spellings_make_one_meeting(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    with Store(db) as s:
        s.add(
            minutes(
                "a/minutes.txt",
                "The youth offer was reviewed.",
                "Kingston & North Kingston Committee",
                "2019-03-05",
            )
        )
        s.add(
            minutes(
                "a/pack.txt",
                "Agenda pack: the youth offer report.",
                "Kingston and North Kingston committee",
                "2019-03-05",
            )
        )
        s.add(
            minutes(
                "b/minutes.txt",
                "The youth offer was reviewed again.",
                "Kingston and North Kingston",
                "2019-06-05",
            )
        )
        # no date: each such document is a meeting of its own, even with one committee
        s.add(minutes("c/one.txt", "Undated note one on youth.", "Kingston & North Kingston Committee", None))
        s.add(minutes("c/two.txt", "Undated note two on youth.", "Kingston & North Kingston Committee", None))
    code, out, _ = run("meetings", "--db", str(db), "--format", "json")
    meetings = json.loads(out)
    assert [m["documents"] for m in meetings] == [2, 1, 1, 1]
    code, out, _ = run("meetings", "--db", str(db), "--committee", "Kingston and North", "--format", "json")
    assert len(json.loads(out)) == 4  # the '&' spelling is found by the 'and' one
    code, out, _ = run(
        "search", "youth", "--db", str(db), "--committee", "kingston & north", "--format", "json"
    )
    assert code == 0 and len(json.loads(out)) == 5


def test_votes_command_filters(tmp_path: Path) -> None:
    def motion(against: str) -> Motion:
        return Motion(
            text="That the youth offer be approved.",
            mover="Cllr Ash",
            seconder="Cllr Birch",
            outcome="carried",
            votes={"for": 2, "against": 1},
            recorded=[
                RecordedVote(name="Councillor Ash", vote="for"),
                RecordedVote(name="Councillor Birch", vote="for"),
                RecordedVote(name=against, vote="against"),
            ],
        )

    db = tmp_path / "v.db"
    with Store(db) as s:
        s.add(minutes("a/m.txt", "Debate on youth.", "Cabinet", "2019-03-05", motion("Councillor Cole")))
        # the same meeting's minutes as another file whose text differs: its votes are not listed twice
        s.add(
            minutes(
                "a/m.html",
                "Debate on youth services.",
                "The Cabinet",
                "2019-03-05",
                motion("Councillor Cole"),
            )
        )
        s.add(minutes("b/m.txt", "Youth again.", "Cabinet", "2021-01-12", motion("Councillor Dunn")))
    code, out, _ = run("votes", "--db", str(db), "--format", "json")
    assert code == 0 and len(json.loads(out)) == 6
    code, out, _ = run("votes", "--db", str(db), "--member", "ash", "--format", "json")
    rows = json.loads(out)
    assert [r["date"] for r in rows] == ["2019-03-05", "2021-01-12"] and {r["vote"] for r in rows} == {"for"}
    code, out, _ = run("votes", "--db", str(db), "--vote", "against", "--since", "2020", "--format", "csv")
    (row,) = list(csv.DictReader(io.StringIO(out)))
    assert row["name"] == "Councillor Dunn" and row["outcome"] == "carried" and row["mover"] == "Cllr Ash"
    code, out, _ = run("votes", "--db", str(db), "--council", "Nowhere")
    assert code == 0 and out == ""
    code, out, _ = run("votes", "--db", str(db), "--committee", "cabinet", "--until", "2019")
    assert "Councillor Cole" in out and "Councillor Dunn" not in out
