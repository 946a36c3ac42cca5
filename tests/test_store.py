"""The SQLite store: schema, incremental adds, FTS sync, search, themes, timeline."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import minutesmine
from minutesmine.models import AgendaItem, Document, Entity, Exchange, Meeting, Section, Source, Speech
from minutesmine.models import ThemeMention as TM
from minutesmine.store import SearchError, Store, StoreError
from tests.paths import SEED_STEMS, SEEDS

DATES = ["2017-11-27", "2018-03-05", "2019-01-15", "2020-10-06", "2021-06-30"]


@pytest.fixture(scope="module")
def seed_records() -> list[Document]:
    docs = []
    for stem, date in zip(SEED_STEMS, DATES, strict=True):
        doc = minutesmine.extract(SEEDS / f"{stem}.txt")
        doc.meeting = doc.meeting.model_copy(
            update={"date": date, "council": doc.meeting.council or "Croydon"}
        )
        docs.append(doc)
    return docs


@pytest.fixture(scope="module")
def store(seed_records, tmp_path_factory) -> Store:
    s = Store(tmp_path_factory.mktemp("store") / "minutes.db")
    for d in seed_records:
        s.add(d)
    yield s
    s.close()


def fts_in_sync(s: Store) -> bool:
    s.conn.execute("INSERT INTO sections_fts(sections_fts, rank) VALUES ('integrity-check', 1)")
    n_fts = s.conn.execute("SELECT COUNT(*) FROM sections_fts").fetchone()[0]
    return n_fts == s.stats()["sections"]


def tiny(
    path: str = "x/tiny.txt", sha: str = "a" * 64, text: str = "Foster carers were discussed."
) -> Document:
    item = AgendaItem(
        title="Fostering",
        sections=[Section(kind="minutes", text=text)],
        exchanges=[
            Exchange(
                question=Speech(text="A Member asked about caseloads.", speaker="member"),
                response=Speech(text="Officers said the average caseload was 18.", speaker="officers"),
                answered=True,
            )
        ],
        resolutions=["That the report be noted."],
        themes=["foster_carers"],
    )
    ent = Entity(label="QUANTITY", text="18", start=0, end=2, value=18, item_index=0, section_index=0)
    mention = TM(theme="foster_carers", item_index=0, section_index=0, text=text, figures=[ent])
    return Document(
        source=Source(path=path, sha256=sha, format="text"),
        meeting=Meeting(council="Testshire", committee="Panel", date="2016-02-01"),
        items=[item],
        entities=[ent],
        mentions=[mention],
    )


# -- schema and writing ---------------------------------------------------------------------


def test_schema_tables_and_wal(store: Store) -> None:
    names = {r[0] for r in store.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    assert {"documents", "items", "item_themes", "sections", "exchanges", "entities", "mentions"} <= names
    assert "sections_fts" in names
    assert store.execute("PRAGMA journal_mode")[0][0] == "wal"
    assert store.stats()["documents"] == len(SEED_STEMS)
    assert fts_in_sync(store)


def test_sqlite_utils_detects_the_fts_table(store: Store) -> None:
    sqlite_utils = pytest.importorskip("sqlite_utils")
    db = sqlite_utils.Database(store.path)
    assert db["sections"].detect_fts() == "sections_fts"
    assert db["documents"].count == len(SEED_STEMS)


def test_record_json_round_trips(store: Store, seed_records) -> None:
    doc_id, doc, item = store.get(SEED_STEMS[0])
    assert item is None
    assert doc == seed_records[0]
    assert store.get(f"{doc_id}/0")[2] == 0
    assert store.get(f"{SEED_STEMS[0]}#0")[0] == doc_id


def test_get_errors(store: Store) -> None:
    with pytest.raises(StoreError, match="no stored document"):
        store.get("nothing-like-this")
    with pytest.raises(StoreError, match="no item 99"):
        store.get("1/99")


def test_is_current_and_replace(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as s:
        s.add(tiny())
        assert s.is_current("x/tiny.txt", "a" * 64)
        assert not s.is_current("x/tiny.txt", "b" * 64)
        assert not s.is_current("x/other.txt", "a" * 64)
        before = s.stats()
        s.add(tiny(sha="b" * 64, text="Caseloads were discussed."))  # the file changed
        assert s.stats() == before  # replaced, not duplicated
        assert s.is_current("x/tiny.txt", "b" * 64) and not s.is_current("x/tiny.txt", "a" * 64)
        assert s.search("caseloads") and not s.search('"foster carers"')
        assert fts_in_sync(s)
        assert s.remove("x/tiny.txt") and s.stats()["sections"] == 0 and fts_in_sync(s)


def test_is_current_uses_the_absolute_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with Store(tmp_path / "s.db") as s:
        s.add(tiny(path="x/tiny.txt"))
        assert s.is_current(str(tmp_path / "x" / "tiny.txt"), "a" * 64)


def test_failed_documents_are_recorded_but_retried(tmp_path: Path) -> None:
    bad = Document(source=Source(path="x/bad.pdf", sha256="c" * 64, format="pdf"), errors=["encrypted"])
    with Store(tmp_path / "s.db") as s:
        s.add(bad)
        assert [d.errors for d in s.failures()] == [["encrypted"]]
        assert not s.is_current("x/bad.pdf", "c" * 64)


def test_an_interrupted_add_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(tmp_path / "s.db") as s:
        s.add(tiny())
        before = s.stats()

        def boom(*a: object, **k: object) -> None:
            raise RuntimeError("disk on fire")

        monkeypatch.setattr(Store, "_add_derived", boom)
        with pytest.raises(RuntimeError):
            s.add(tiny(sha="d" * 64))
        assert s.stats() == before
        assert s.is_current("x/tiny.txt", "a" * 64)
    with sqlite3.connect(tmp_path / "s.db") as c:  # and it is on disk for other readers
        assert c.execute("SELECT sha256 FROM documents").fetchall() == [("a" * 64,)]


def test_exchanges_and_resolutions_are_searchable_by_kind(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as s:
        s.add(tiny())
        qs = s.search("caseloads", kind="question")
        assert [h.kind for h in qs] == ["question"]
        assert s.search("caseload", kind="response")[0].snippet.startswith("Officers said")
        assert s.search("noted", kind="resolution")
        assert not s.search("caseloads")  # copies are not repeated in plain searches
        (mention,) = s.execute("SELECT figures FROM mentions")
        assert '"value": 18' in mention[0]
        assert s.execute("SELECT section_id IS NOT NULL FROM entities")[0][0] == 1


# -- search ---------------------------------------------------------------------------------


def test_search_finds_the_seeds_discussing_foster_carers(store: Store) -> None:
    hits = store.search("foster carers")
    docs = {Path(h.document).stem for h in hits}
    assert {SEED_STEMS[0], SEED_STEMS[1]} <= docs
    assert all("**" in h.snippet for h in hits)
    assert hits == sorted(hits, key=lambda h: h.rank)
    assert hits[0].ref.count("/") == 1 and hits[0].date in DATES


def test_search_filters(store: Store) -> None:
    assert {h.date for h in store.search("social", since="2019")} <= {d for d in DATES if d >= "2019"}
    assert {h.date for h in store.search("social", until="2018")} <= {d for d in DATES if d <= "2018-12-31"}
    assert store.search("social", council="nowhere") == []
    tagged = store.search("social", theme="foster_carers")
    assert tagged and {Path(h.document).stem for h in tagged} <= {SEED_STEMS[0], SEED_STEMS[1]}
    assert len(store.search("social", limit=3)) == 3


def test_search_sql_is_separate_from_running_it(store: Store) -> None:
    sql, params = store.search_sql("caseloads", council="Croydon", limit=5)
    assert "sections_fts MATCH ?" in sql and "d.council LIKE ?" in sql
    assert params[0] == "caseloads" and "%Croydon%" in params and 5 in params
    rows = store.execute(sql, params)
    assert len(rows) == len(store.search("caseloads", council="Croydon", limit=5))


@pytest.mark.parametrize("query", ['"unterminated', "foo AND", "(", "NOT"])
def test_search_syntax_errors_are_clear(store: Store, query: str) -> None:
    with pytest.raises(SearchError, match="cannot parse search query"):
        store.search(query)


def test_empty_query(store: Store) -> None:
    with pytest.raises(SearchError, match="empty"):
        store.search("  ")


# -- themes and timeline --------------------------------------------------------------------


def test_themes_count_items_per_year(store: Store) -> None:
    counts = store.themes()
    case = {c.year: c.items for c in counts if c.theme == "caseloads"}
    assert sum(case.values()) >= 4
    assert set(case) <= {d[:4] for d in DATES}
    assert all(c.label for c in counts)
    by_council = store.themes(by_council=True)
    assert all(c.council is not None for c in by_council if c.theme == "caseloads")
    assert store.themes(since="2030") == []


def test_timeline_caseloads_lists_the_seeds_in_date_order(store: Store) -> None:
    entries = store.timeline("caseloads")
    stems = [Path(e.document).stem for e in entries]
    assert len(set(stems) & set(SEED_STEMS)) >= 4
    dates = [e.date for e in entries]
    assert dates == sorted(dates)
    assert any(e.questions for e in entries)  # what was asked and answered on caseloads
    for e in entries:
        assert e.mentions or e.questions


def test_timeline_figures(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as s:
        s.add(tiny())
        (e,) = s.timeline("foster_carers")
        assert [f.value for f in e.figures] == [18]
        assert e.resolutions == ["That the report be noted."]
        assert e.questions == []  # the exchange is about caseloads, not fostering
        assert s.timeline("foster_carers", kind="resolution")[0].mentions == []


def test_timeline_unknown_theme(store: Store) -> None:
    with pytest.raises(StoreError, match="unknown theme"):
        store.timeline("not_a_theme")


def test_emergent_themes_from_the_store(store: Store) -> None:
    found = store.emergent_themes(min_meetings=2)
    assert found and all(t.id.startswith("emergent:") and t.count >= 2 for t in found)
    assert all(len(t.meetings) == t.count == len(t.keys) for t in found)
    assert not any(t.id == "emergent:caseload" for t in found)


def test_timeline_of_an_emergent_theme(store: Store) -> None:
    from minutesmine.themes.emergent import Lexicon

    lex = Lexicon.default()
    theme = store.emergent_themes(min_meetings=2)[0]
    entries = store.timeline(theme.id)
    # every meeting the phrase recurs in, and only those
    assert {e.ref.split("/")[0] for e in entries} == {k.split(":")[0] for k in theme.keys}

    def holds(text: str) -> bool:
        return any(f" {p} " in f" {lex.key(text)} " for p in theme.forms)

    for e in entries:
        assert e.score is None
        assert e.mentions or e.questions or holds(e.item_title or "")
        assert all(holds(m) for m in e.mentions)
        assert all(f.sentence in e.mentions for f in e.figures)
    questions_only = store.timeline(theme.id, kind="question")
    assert all(e.questions and not e.mentions for e in questions_only)
    with pytest.raises(StoreError, match="no such emergent theme"):
        store.timeline("emergent:not-a-recurring-phrase")


def test_grouped_adds_commit_together_and_each_record_is_atomic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "g.db"
    s = Store(db)
    other = sqlite3.connect(db)
    with s.grouped(seconds=3600):
        s.add(tiny("x/a.txt", text="Foster carers were discussed (a)."))
        s.add(tiny("x/b.txt", text="Foster carers were discussed (b)."))
        assert other.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 0  # not yet committed

        def boom(*args: object) -> None:  # fails half-way through a record
            raise RuntimeError("disk on fire")

        with monkeypatch.context() as m:
            m.setattr(s, "_add_derived", boom)
            with pytest.raises(RuntimeError):
                s.add(tiny("x/c.txt", text="Foster carers were discussed (c)."))
        assert s.remove("x/a.txt")  # other writes inside a group work too
    assert sorted(r[0] for r in other.execute("SELECT path FROM documents")) == ["x/b.txt"]
    assert fts_in_sync(s)
    with s.grouped(seconds=0):  # commits after every record
        s.add(tiny("x/d.txt", text="Foster carers were discussed (d)."))
        assert other.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 2
    other.close()
    s.close()


# -- queries as typed, and bounded ------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    ["children's services", "£10.9m", "in-house", "social-worker caseloads", "Ofsted: judgement", "S.106"],
)
def test_plain_queries_with_punctuation_run(store: Store, typed: str) -> None:
    """What a user types without operators runs as words, punctuation and all (no FTS5 error)."""
    assert isinstance(store.search(typed), list)


def test_repeated_terms_count_once(store: Store) -> None:
    import time

    started = time.monotonic()
    hits = store.search(" ".join(["social"] * 2000), limit=3)
    assert len(hits) == 3 and time.monotonic() - started < 2.0


@pytest.mark.parametrize(
    ("query", "message"),
    [(" ".join(f"word{i}" for i in range(40)), "distinct words"), ("x" * 30_000, "characters")],
)
def test_oversized_queries_are_refused(store: Store, query: str, message: str) -> None:
    with pytest.raises(SearchError, match=message):
        store.search(query)


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"since": "abc"}, "--since"),
        ({"until": "x"}, "--until"),
        ({"since": "²⁰¹⁸"}, "--since"),
        ({"until": "2018-13"}, "--until"),
    ],
)
def test_bad_filter_dates_are_refused(store: Store, filters: dict[str, str], message: str) -> None:
    with pytest.raises(StoreError, match=message):
        store.search("social", **filters)


def test_like_wildcards_in_filters_match_themselves(store: Store) -> None:
    assert store.search("social", council="%") == []
    assert store.search("social", council="_") == []


def test_motions_and_votes_tables(tmp_path: Path) -> None:
    from minutesmine.models import Motion, RecordedVote

    doc = tiny()
    doc.items[0].motions = [
        Motion(
            text="That the report be noted.",
            mover="Cllr Ash",
            seconder="Cllr Birch",
            outcome="carried",
            votes={"for": 2, "against": 1},
            recorded=[
                RecordedVote(name="Ash", vote="for"),
                RecordedVote(name="Birch", vote="for"),
                RecordedVote(name="Cole", vote="against"),
            ],
        )
    ]
    with Store(tmp_path / "m.db") as s:
        s.add(doc)
        row = s.execute("SELECT mover, outcome, votes_for, votes_against FROM motions")[0]
        assert tuple(row) == ("Cllr Ash", "carried", 2, 1)
        counts = s.execute("SELECT vote, count(*) FROM votes GROUP BY 1 ORDER BY 1")
        assert [tuple(r) for r in counts] == [("against", 1), ("for", 2)]
        s.add(doc)  # replacing the document replaces its motions and votes
        assert s.execute("SELECT count(*) FROM votes")[0][0] == 3


def test_a_version_1_store_is_upgraded_when_opened_for_writing(tmp_path: Path) -> None:
    db = tmp_path / "v1.db"
    with sqlite3.connect(db) as c:  # the version-1 layout: a document per file, no meetings
        c.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        c.execute("INSERT INTO meta VALUES ('schema_version', '1')")
        c.execute(
            "CREATE TABLE documents (id INTEGER PRIMARY KEY, path TEXT, key TEXT UNIQUE, record_json TEXT)"
        )
        c.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, document_id INTEGER REFERENCES documents(id))")
        for name in ("a.txt", "a.html", "b.txt"):
            doc = tiny(
                f"x/{name}", text="Foster carers were discussed." + (" Again." if name == "b.txt" else "")
            )
            c.execute(
                "INSERT INTO documents (path, key, record_json) VALUES (?, ?, ?)",
                (name, str(tmp_path / name), doc.model_dump_json()),
            )
    with pytest.raises(StoreError, match=r"schema 1.*minutesmine prune --db"):
        Store(db, readonly=True)
    with Store(db) as s:
        stats = s.stats()
        assert (stats["documents"], stats["document_files"], stats["meetings"]) == (2, 3, 1)
        assert s.execute("SELECT value FROM meta WHERE key = 'schema_version'")[0][0] == "2"
        assert s.is_current(str(tmp_path / "a.html"), "a" * 64)  # the stored key, not the record's path
        assert len(s.search("foster carers")) == 2 and fts_in_sync(s)
    with sqlite3.connect(db) as c:
        c.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="schema 3, which this version"):
        Store(db)


def test_files_of_one_content_are_one_document(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as s:
        first = s.add(tiny("x/a.txt"))
        assert s.add(tiny("x/a.html", sha="b" * 64)) == first  # same words, another file
        assert s.stats()["documents"] == 1 and s.stats()["document_files"] == 2
        assert s.is_current("x/a.html", "b" * 64) and s.get("x/a.html")[0] == first
        # the first file changes: it becomes a document of its own, the other keeps the old text
        s.add(tiny("x/a.txt", sha="c" * 64, text="Caseloads were discussed."))
        assert s.stats()["documents"] == 2
        assert [r[0] for r in s.execute("SELECT path FROM documents WHERE id = ?", (first,))] == ["x/a.html"]
        assert s.remove("x/a.html") and s.stats()["documents"] == 1 and fts_in_sync(s)


def test_one_text_for_two_meetings_is_two_documents(tmp_path: Path) -> None:
    def dated(path: str, fmt: str, date: str | None) -> Document:
        doc = tiny(path)
        doc.source = doc.source.model_copy(update={"format": fmt})
        doc.meeting = doc.meeting.model_copy(update={"date": date})
        return doc

    with Store(tmp_path / "s.db") as s:
        s.add(dated("x/jan.txt", "text", "2016-01-05"))
        s.add(dated("x/feb.txt", "text", "2016-02-02"))  # a template filed for another meeting
        assert (s.stats()["documents"], s.stats()["meetings"]) == (2, 2)
        # a rendering that does not state its date joins one; the record kept states it
        s.add(dated("x/jan.html", "html", None))
        assert (s.stats()["documents"], s.stats()["document_files"]) == (2, 3)
        assert {r[0] for r in s.execute("SELECT date FROM meetings")} == {"2016-01-05", "2016-02-02"}
        assert {r[0] for r in s.execute("SELECT format FROM documents")} == {"text"}
