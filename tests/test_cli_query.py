"""The query commands: search, themes, timeline, show, emergent (click CliRunner)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import minutesmine
from minutesmine.cli import main
from minutesmine.store import Store
from tests.paths import SEED_STEMS, SEEDS

QUERY_COMMANDS = ["search", "themes", "timeline", "show", "emergent"]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("cli") / "minutes.db"
    with Store(path) as s:
        for k, stem in enumerate(SEED_STEMS):
            doc = minutesmine.extract(SEEDS / f"{stem}.txt")
            doc.meeting = doc.meeting.model_copy(update={"date": f"{2016 + k}-05-01"})
            s.add(doc)
    return str(path)


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


@pytest.mark.parametrize("name", QUERY_COMMANDS)
def test_commands_have_help_with_an_example(name: str) -> None:
    cmd = main.commands[name]
    assert cmd.help and "Example: minutesmine " + name in cmd.help
    code, out = run(name, "--help")
    assert code == 0 and "--db" in out and "--format" in out


def test_search_table(db: str) -> None:
    code, out = run("search", "foster carers", "--db", db)
    assert code == 0
    assert SEED_STEMS[0] in out and SEED_STEMS[1] in out
    assert "**foster**" in out.lower()


def test_search_json_and_csv(db: str) -> None:
    code, out = run("search", '"foster carers"', "--db", db, "--format", "json")
    hits = json.loads(out)
    assert code == 0 and hits and {"ref", "snippet", "date", "item_title", "page"} <= set(hits[0])
    code, out = run("search", "caseloads", "--db", db, "--format", "csv", "--kind", "question")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and rows and all(r["kind"] == "question" for r in rows)


def test_search_sql_flag(db: str) -> None:
    code, out = run("search", "ofsted", "--db", db, "--sql", "--since", "2018")
    assert code == 0 and "MATCH ?" in out and '"2018"' in out


def test_search_syntax_error_is_a_message_not_a_traceback(db: str) -> None:
    result = CliRunner().invoke(main, ["search", '"foster', "--db", db])
    assert result.exit_code == 1
    assert "cannot parse search query" in result.output
    assert "Traceback" not in result.output and not isinstance(result.exception, SyntaxError)


def test_missing_store(tmp_path: Path) -> None:
    code, out = run("themes", "--db", str(tmp_path / "none.db"))
    assert code == 1 and "no store at" in out
    assert not (tmp_path / "none.db").exists()


def test_themes(db: str) -> None:
    code, out = run("themes", "--db", db)
    assert code == 0 and "caseloads" in out and "2016" in out and "total" in out
    code, out = run("themes", "--db", db, "--format", "json", "--by-council")
    rows = json.loads(out)
    assert {"theme", "label", "year", "council", "items", "meetings"} <= set(rows[0])


def test_timeline_caseloads(db: str) -> None:
    code, out = run("timeline", "caseloads", "--db", db)
    assert code == 0
    assert sum(stem in out for stem in SEED_STEMS) >= 4
    assert "Q (" in out and "A (" in out
    code, out = run("timeline", "caseloads", "--db", db, "--format", "json")
    entries = json.loads(out)
    assert [e["date"] for e in entries] == sorted(e["date"] for e in entries)
    code, out = run("timeline", "caseloads", "--db", db, "--format", "csv", "--since", "2019")
    assert code == 0 and all(r["date"] >= "2019" for r in csv.DictReader(io.StringIO(out)))


def test_timeline_unknown_theme(db: str) -> None:
    code, out = run("timeline", "nonsense", "--db", db)
    assert code == 1 and "unknown theme" in out


def test_show(db: str) -> None:
    code, out = run("show", "1/0", "--db", db)
    assert code == 0 and "[1/0]" in out and "themes:" in out
    code, out = run("show", SEED_STEMS[2], "--db", db, "--format", "json")
    assert code == 0 and json.loads(out)["source"]["path"].endswith(f"{SEED_STEMS[2]}.txt")
    code, out = run("show", "1/0", "--db", db, "--format", "json")
    assert set(json.loads(out)) == {"document", "meeting", "item"}
    code, out = run("show", "no-such-thing", "--db", db)
    assert code == 1 and "no stored document" in out


def test_emergent(db: str) -> None:
    code, out = run("emergent", "--db", db, "--format", "json", "--min-meetings", "2")
    found = json.loads(out)
    assert code == 0 and found and all(t["id"].startswith("emergent:") for t in found)
    code, out = run("emergent", "--db", db)
    assert code == 0 and "emergent:" in out
