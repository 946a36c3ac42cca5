"""`minutesmine show` and `search --format csv` print each thing once, and only what they say."""

from __future__ import annotations

import csv
import io

from click.testing import CliRunner

from minutesmine.cli import main
from minutesmine.store import Store


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_conclusions_are_printed_once(seed_store: str) -> None:
    with Store(seed_store, readonly=True) as store:
        refs = [
            f"{r['document_id']}/{r['idx']}"
            for r in store.execute(
                "SELECT i.document_id, i.idx FROM items i WHERE json_array_length(i.conclusions) > 0"
            )
        ]
        assert refs
        for ref in refs:
            _, doc, idx = store.get(ref)
            out = run("show", ref, "--db", seed_store)
            for conclusion in doc.items[idx].conclusions:
                first_words = " ".join(conclusion.split()[:6])
                assert out.count(first_words) == 1, (ref, first_words)


def test_figures_are_money_percentages_and_counts(seed_store: str) -> None:
    out = run("show", "4", "--db", seed_store)  # a whole document
    figures = out.split("  Figures\n", 1)[1]
    assert "(PERCENT)" in figures or "(QUANTITY)" in figures or "(MONEY)" in figures
    for label in ("(ROLE)", "(ORG)", "(SERVICE)", "(PERSON)", "(DATE)", "(PHONE)"):
        assert label not in figures


def test_search_csv_has_no_highlight_marks(seed_store: str) -> None:
    out = run("search", "foster carers", "--db", seed_store, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and all("**" not in r["snippet"] for r in rows)
    assert any("foster carers" in r["snippet"].lower() for r in rows)
    assert "**" in run("search", "foster carers", "--db", seed_store, "--format", "json")
