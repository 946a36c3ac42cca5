"""The web pages (``minutesmine serve``) through Datasette's test client."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from click.testing import CliRunner

pytest.importorskip("datasette")

from minutesmine.cli import main
from minutesmine.store import Store
from minutesmine.themes.taxonomy import load_taxonomy
from minutesmine.web import make_datasette
from tests.web_helpers import (
    bars,
    expected_bars,
    expected_points,
    external_references,
    points,
    units,
)


@pytest.fixture(scope="module")
def ds(seed_store: str) -> Any:
    return make_datasette(seed_store)


def get(ds: Any, path: str) -> tuple[int, str, Any]:
    response = asyncio.run(ds.client.get(path))
    return response.status_code, response.text, response.headers


def test_home_page_has_a_search_box_and_every_theme(ds: Any, seed_store: str) -> None:
    code, html, _ = get(ds, "/")
    assert code == 200
    assert 'action="/-/search"' in html and 'name="q"' in html
    for theme in load_taxonomy().themes:
        assert f'href="/-/themes/{theme}"' in html
    assert 'href="/-/themes/emergent:' in html  # emergent themes are linked too
    n = sum(expected_bars(seed_store, "caseloads").values())
    assert f'href="/-/themes/caseloads">Caseloads</a>\n  <span class="mm-count">{n} items<' in html


@pytest.mark.parametrize(
    ("query", "marked"),
    [
        ("children's services", "children's"),
        ("£10.9m", "10.9m"),  # the tokenizer keeps "£" out of the token: £<mark>10.9m</mark>
        ("pre-proceedings", "pre-proceedings"),
        ('"foster carers" AND recruit*', "foster"),
    ],
)
def test_search_takes_text_as_typed_and_highlights_hits(ds: Any, query: str, marked: str) -> None:
    code, html, _ = get(ds, "/-/search?q=" + query.replace(" ", "+").replace("£", "%C2%A3"))
    assert code == 200 and 'id="search-error"' not in html
    assert 'class="hit"' in html
    assert f"<mark>{marked}".lower() in html.replace("&#39;", "'").lower()


def test_search_leads_to_the_theme_and_items(ds: Any) -> None:
    _, html, _ = get(ds, "/-/search?q=foster+carers")
    assert 'class="theme-link" href="/-/themes/foster_carers"' in html
    assert 'href="/-/items/' in html and 'href="/-/documents/' in html


def test_search_filters_narrow_the_hits(ds: Any, seed_store: str) -> None:
    _, everywhere, _ = get(ds, "/-/search?q=social+worker")
    _, croydon, _ = get(ds, "/-/search?q=social+worker&council=Croydon&since=2017&kind=minutes")
    assert everywhere.count('class="hit"') > croydon.count('class="hit"') > 0
    assert "<option selected>Croydon</option>" in croydon
    with Store(seed_store, readonly=True) as store:
        expected = store.search("social worker", council="Croydon", since="2017", kind="minutes", limit=50)
    assert croydon.count('class="hit"') == len(expected)


def test_a_bad_query_is_explained_not_an_error(ds: Any) -> None:
    code, html, _ = get(ds, '/-/search?q="unterminated')
    assert code == 200 and 'id="search-error"' in html and "cannot parse" in html
    code, html, _ = get(ds, "/-/search?q=x&since=last+year")
    assert code == 200 and "YYYY" in html


def test_theme_page_charts_match_the_store(ds: Any, seed_store: str) -> None:
    code, html, _ = get(ds, "/-/themes/caseloads")
    assert code == 200
    assert bars(html) == expected_bars(seed_store, "caseloads")
    assert points(html) == expected_points(seed_store, "caseloads") != set()
    assert units(html) == ["case"]  # 35 cases, then 22, then 13


@pytest.mark.parametrize(("theme", "unit"), [("budget", "£"), ("agency_staff", "%")])
def test_figures_chart_has_a_series_per_unit(ds: Any, seed_store: str, theme: str, unit: str) -> None:
    _, html, _ = get(ds, f"/-/themes/{theme}")
    assert unit in units(html)
    assert points(html) == expected_points(seed_store, theme) != set()


def test_theme_page_lists_each_meeting_in_date_order_with_links(ds: Any, seed_store: str) -> None:
    _, html, _ = get(ds, "/-/themes/caseloads")
    with Store(seed_store, readonly=True) as store:
        entries = store.timeline("caseloads")
    refs = [line.split('"')[0] for line in html.split('class="mm-entry" data-ref="')[1:]]
    assert refs == [e.ref for e in entries]
    assert html.count('class="question"') == sum(len(e.questions) for e in entries)
    assert "Resolved:" in html and "average caseload was 35 cases" in html
    for e in entries:
        doc, idx = e.ref.split("/")
        assert f'href="/-/items/{doc}/{idx}"' in html and f'href="/-/documents/{doc}' in html


def test_theme_page_filters_and_unknown_themes(ds: Any) -> None:
    _, html, _ = get(ds, "/-/themes/caseloads?council=Croydon")
    assert 'data-ref="' in html and "Slough" not in html.split('id="meetings"')[1]
    code, html, _ = get(ds, "/-/themes/no_such_theme")
    assert code == 404 and "unknown theme" in html


def test_emergent_theme_page(ds: Any, seed_store: str) -> None:
    with Store(seed_store, readonly=True) as store:
        emergent = store.emergent_themes()[0]
    code, html, _ = get(ds, f"/-/themes/{emergent.id}")
    assert code == 200 and 'class="mm-entry"' in html and 'class="bar"' in html


def test_item_page_is_laid_out_for_reading(ds: Any, seed_store: str) -> None:
    with Store(seed_store, readonly=True) as store:
        doc_id, doc, _ = store.get("1/0")
    code, html, _ = get(ds, f"/-/items/{doc_id}/0")
    item = doc.items[0]
    assert code == 200 and item.title in html.replace("&#39;", "'")
    assert html.count('<dd class="question">') == len(item.exchanges)
    assert 'href="/-/themes/caseloads"' in html and 'id="text"' in html
    assert get(ds, f"/-/items/{doc_id}/99")[0] == 404


def test_document_source_is_served_without_fetching_anything(ds: Any, seed_store: str) -> None:
    code, body, headers = get(ds, "/-/documents/1")
    assert code == 200 and "Agenda item" in body
    assert headers["content-type"].startswith("text/plain")
    assert "default-src 'none'" in headers["content-security-policy"]
    assert get(ds, "/-/documents/999")[0] == 404


@pytest.mark.parametrize(
    "path", ["/", "/-/search?q=foster+carers", "/-/themes", "/-/themes/caseloads", "/-/items/1/0"]
)
def test_pages_load_nothing_from_the_network(ds: Any, path: str) -> None:
    code, html, _ = get(ds, path)
    chart = '<svg xmlns="http://www.w3.org/2000/svg" class="chart'
    assert code == 200 and (chart in html) == path.startswith("/-/themes/")
    assert external_references(html) == []


def test_metadata_and_canned_queries(ds: Any, seed_store: str) -> None:
    code, body, _ = get(ds, "/minutes/theme_resolutions.json?theme=caseloads&_shape=array")
    rows = json.loads(body)
    with Store(seed_store, readonly=True) as store:
        expected = sum(len(e.resolutions) for e in store.timeline("caseloads"))
    assert code == 200 and len(rows) == expected > 0 and {"date", "council", "resolution"} <= set(rows[0])
    for name in ("theme_timeline", "theme_questions", "theme_figures"):
        code, body, _ = get(ds, f"/minutes/{name}.json?theme=caseloads&_shape=array")
        assert code == 200 and json.loads(body)
    _, html, _ = get(ds, "/minutes/documents")
    assert "One row per distinct content" in html and 'data-column="council"' in html
    _, body, _ = get(ds, "/minutes/documents.json")
    assert {"council", "committee", "year"} <= set(json.loads(body)["facet_results"])


def test_serve_command_refuses_a_missing_or_foreign_database(tmp_path) -> None:
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "no store at" in result.output
    other = tmp_path / "other.db"
    import sqlite3

    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    result = CliRunner().invoke(main, ["serve", "--db", str(other)])
    assert result.exit_code == 1 and "not a minutesmine store" in result.output


def test_theme_list_is_computed_again_when_the_store_changes(seed_store: str, tmp_path) -> None:
    from minutesmine.web.pages import theme_list

    copy = tmp_path / "copy.db"
    with Store(seed_store, readonly=True) as src:
        src.conn.execute("VACUUM INTO ?", (str(copy),))
    with Store(copy, readonly=True) as store:
        before = {t["id"]: t["n_items"] for t in theme_list(store)}
    with Store(copy) as store:
        path = store.execute("SELECT path FROM documents ORDER BY id LIMIT 1")[0]["path"]
        assert store.remove(path)
    with Store(copy, readonly=True) as store:
        after = {t["id"]: t["n_items"] for t in theme_list(store)}
    assert after["caseloads"] == before["caseloads"] - 1


def test_item_page_shows_a_reports_tables(ds: Any, seed_store: str) -> None:
    with Store(seed_store, readonly=True) as store:
        found = [
            (doc_id, i, item)
            for (doc_id,) in store.execute("SELECT id FROM documents WHERE kind = 'report'")
            for i, item in enumerate(store.get(str(doc_id))[1].items)
            if item.tables
        ]
    doc_id, i, item = found[0]
    _, html, _ = get(ds, f"/-/items/{doc_id}/{i}")
    assert html.count('class="rows-and-columns mm-table"') == len(item.tables)
    assert "The report" in html


def test_search_pages_through_the_hits(ds: Any, seed_store: str) -> None:
    from minutesmine.web.pages import PAGE_SIZE

    with Store(seed_store, readonly=True) as store:
        every = [h.ref for h in store.search("the", limit=1000)]
    assert PAGE_SIZE < len(every) <= 2 * PAGE_SIZE
    _, first, _ = get(ds, "/-/search?q=the")
    assert first.count('class="hit"') == PAGE_SIZE and 'id="next-page"' in first
    assert 'href="/-/search?q=the&amp;page=2"' in first
    _, second, _ = get(ds, "/-/search?q=the&page=2")
    assert 'id="prev-page"' in second and 'id="next-page"' not in second
    shown = [r.split('"')[0] for r in (first + second).split('class="hit" data-ref="')[1:]]
    assert sorted(shown) == sorted(every)
