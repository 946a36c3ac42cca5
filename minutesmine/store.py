"""The store: extraction records in SQLite, with full-text search over every section.

``Store(path)`` opens (or creates) an SQLite database in WAL mode. :meth:`Store.add` writes
one :class:`~minutesmine.models.Document` in one transaction, replacing any earlier record of
the same file, so an interrupted run loses nothing and a re-run can skip files whose sha256
is unchanged (:meth:`Store.is_current`). The database is plain SQLite: it opens as it is in
Datasette and sqlite-utils (which detect the FTS table), and every query method has a
``*_sql()`` twin or a documented table to query directly.

Meetings and documents (:mod:`minutesmine.identity`): files whose extracted text is the same
(case, punctuation and spacing aside: the txt, PDF and HTML renderings of one minutes, or a
copied folder) are one document, stored once, with one ``document_files`` row per file.
(The same text stated for two different meetings stays two documents.)
Documents of one council, committee (compared by its key) and date are one meeting; a
document without all three is a meeting of its own. Search, themes and timelines count
meetings, not files.

Schema (``docs/store.md`` has the same with examples)::

    meetings    id, key (unique: 'council|committee key|date', or 'document:<content>'),
                council, committee (as first written), committee_key, date, year
    documents   id, meeting_id, content_sha256, path, key, sha256, format (the
                file the record came from), pages, kind, council, committee, date
                (YYYY-MM-DD), year, title, n_items, status ('ok' | 'failed'), warnings
                (JSON list), errors (JSON list), record_json (the full extraction record),
                extracted_at (UTC ISO time)
    document_files  id, document_id, path (as given), key (absolute path, unique), sha256,
                format, added_at                          -- one row per file of a document
    items       id, document_id, idx (index in the record's items), number, title,
                title_key (the title as normal words), purpose, pages, themes,
                recommendations, resolutions, conclusions, actions,
                information_requests (JSON lists)
    item_themes item_id, document_id, theme, score          -- one row per theme of an item
    sections    id, document_id, item_id, idx (index in the item's sections, or null),
                origin ('section' | 'exchange' | 'resolution'), kind, heading, number, text,
                digest (of the text as normal words), page
    exchanges   id, document_id, item_id, idx, question, question_speaker, response,
                response_speaker, answered
    motions     id, document_id, item_id, idx, text, kind, mover, seconder, outcome,
                votes_for, votes_against, votes_abstain
    votes       id, document_id, motion_id, name, vote    -- one row per member per motion
    entities    id, document_id, item_id, section_id, label, text, start, end, value, unit
    mentions    id, document_id, item_id, section_id, theme, text, matched, score,
                figures (JSON list of entities)
    sections_fts  FTS5 over sections(heading, text), content="sections",
                  tokenize='porter unicode61', kept in sync by triggers

Exchanges' questions and responses, and the item's resolutions, are also indexed as sections
(``origin`` 'exchange' / 'resolution', kinds ``question`` / ``response`` / ``resolution``)
unless the item's own sections already hold the same text, so ``--kind question`` searches
what members asked.

Failed documents (``Document.errors``) are stored with ``status = 'failed'`` (and no meeting)
so they are reported (:meth:`Store.failures`), but :meth:`Store.is_current` is false for
them: the next run retries them.
"""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from pydantic import BaseModel, Field

from minutesmine.identity import (
    committee_key,
    content_digest,
    meeting_key,
    normal_words,
    section_digests,
    text_digest,
)
from minutesmine.store_meetings import MeetingRecords, MeetingSummary, PrunedFile, VoteRecord

if TYPE_CHECKING:
    from minutesmine.models import AgendaItem, Document
    from minutesmine.themes.emergent import EmergentTheme, Lexicon, Meeting

# The themes modules are imported by the methods that need them: opening a store (a re-run
# that skips every file, the ``--jobs N`` parent writing records) imports neither spaCy nor
# the theme matchers.

__all__ = [
    "QA",
    "DocumentSummary",
    "EmergentTheme",
    "Figure",
    "MeetingSummary",
    "PrunedFile",
    "SearchError",
    "SearchHit",
    "Store",
    "StoreError",
    "ThemeCount",
    "TimelineEntry",
    "VoteRecord",
]


def __getattr__(name: str) -> Any:
    """``EmergentTheme``, re-exported lazily (see the themes imports above)."""
    if name == "EmergentTheme":
        from minutesmine.themes.emergent import EmergentTheme

        return EmergentTheme
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: Version 2: meetings, document_files, documents.meeting_id / content_sha256, items.title_key,
#: sections.digest. A version-1 store is upgraded when opened for writing (records re-added).
SCHEMA_VERSION = 2
#: the emergent themes a timeline looks among for an ``emergent:`` id
EMERGENT_TIMELINE_LIMIT = 1000

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS meetings (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    council TEXT,
    committee TEXT,
    committee_key TEXT,
    date TEXT,
    year INTEGER
);
CREATE INDEX IF NOT EXISTS meetings_date ON meetings(date);
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER REFERENCES meetings(id),
    content_sha256 TEXT,
    path TEXT NOT NULL,
    key TEXT NOT NULL UNIQUE,
    sha256 TEXT NOT NULL,
    format TEXT,
    pages INTEGER,
    kind TEXT,
    council TEXT,
    committee TEXT,
    date TEXT,
    year INTEGER,
    title TEXT,
    n_items INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'ok',
    warnings TEXT NOT NULL DEFAULT '[]',
    errors TEXT NOT NULL DEFAULT '[]',
    record_json TEXT NOT NULL,
    extracted_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_date ON documents(date);
CREATE INDEX IF NOT EXISTS documents_council ON documents(council);
CREATE INDEX IF NOT EXISTS documents_meeting ON documents(meeting_id);
CREATE INDEX IF NOT EXISTS documents_content ON documents(content_sha256);
CREATE TABLE IF NOT EXISTS document_files (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    key TEXT NOT NULL UNIQUE,
    sha256 TEXT NOT NULL,
    format TEXT,
    added_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS document_files_document ON document_files(document_id);
CREATE TABLE IF NOT EXISTS items (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    number TEXT,
    title TEXT,
    title_key TEXT,
    purpose TEXT,
    pages TEXT NOT NULL DEFAULT '[]',
    themes TEXT NOT NULL DEFAULT '[]',
    recommendations TEXT NOT NULL DEFAULT '[]',
    resolutions TEXT NOT NULL DEFAULT '[]',
    conclusions TEXT NOT NULL DEFAULT '[]',
    actions TEXT NOT NULL DEFAULT '[]',
    information_requests TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX IF NOT EXISTS items_document ON items(document_id);
CREATE VIEW IF NOT EXISTS resolutions AS
    SELECT i.id AS item_id, i.document_id, d.meeting_id, CAST(r.key AS INTEGER) AS idx, r.value AS text
    FROM items i JOIN documents d ON d.id = i.document_id, json_each(i.resolutions) r;
CREATE TABLE IF NOT EXISTS item_themes (
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    theme TEXT NOT NULL,
    score REAL,
    PRIMARY KEY (item_id, theme)
);
CREATE INDEX IF NOT EXISTS item_themes_theme ON item_themes(theme, item_id);
CREATE INDEX IF NOT EXISTS item_themes_document ON item_themes(document_id);
CREATE TABLE IF NOT EXISTS sections (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    idx INTEGER,
    origin TEXT NOT NULL DEFAULT 'section',
    kind TEXT,
    heading TEXT,
    number TEXT,
    text TEXT NOT NULL,
    digest TEXT,
    page INTEGER
);
CREATE INDEX IF NOT EXISTS sections_item ON sections(item_id);
CREATE INDEX IF NOT EXISTS sections_document ON sections(document_id);
CREATE TABLE IF NOT EXISTS exchanges (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    question TEXT NOT NULL,
    question_speaker TEXT,
    response TEXT,
    response_speaker TEXT,
    answered INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS exchanges_item ON exchanges(item_id);
CREATE INDEX IF NOT EXISTS exchanges_document ON exchanges(document_id);
CREATE TABLE IF NOT EXISTS motions (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT,
    mover TEXT,
    seconder TEXT,
    outcome TEXT,
    votes_for INTEGER,
    votes_against INTEGER,
    votes_abstain INTEGER
);
CREATE INDEX IF NOT EXISTS motions_item ON motions(item_id);
CREATE INDEX IF NOT EXISTS motions_document ON motions(document_id);
CREATE TABLE IF NOT EXISTS votes (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    motion_id INTEGER NOT NULL REFERENCES motions(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    vote TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS votes_motion ON votes(motion_id);
CREATE INDEX IF NOT EXISTS votes_name ON votes(name);
CREATE TABLE IF NOT EXISTS entities (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    item_id INTEGER REFERENCES items(id) ON DELETE CASCADE,
    section_id INTEGER REFERENCES sections(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    text TEXT NOT NULL,
    start INTEGER,
    "end" INTEGER,
    value,
    unit TEXT
);
CREATE INDEX IF NOT EXISTS entities_item ON entities(item_id);
CREATE INDEX IF NOT EXISTS entities_document ON entities(document_id);
CREATE INDEX IF NOT EXISTS entities_section ON entities(section_id);
CREATE TABLE IF NOT EXISTS mentions (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    item_id INTEGER REFERENCES items(id) ON DELETE CASCADE,
    section_id INTEGER REFERENCES sections(id) ON DELETE CASCADE,
    theme TEXT NOT NULL,
    text TEXT NOT NULL,
    matched TEXT,
    score REAL,
    figures TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX IF NOT EXISTS mentions_item ON mentions(item_id, theme);
CREATE INDEX IF NOT EXISTS mentions_theme ON mentions(theme);
CREATE INDEX IF NOT EXISTS mentions_document ON mentions(document_id);
CREATE INDEX IF NOT EXISTS mentions_section ON mentions(section_id);
CREATE VIRTUAL TABLE IF NOT EXISTS sections_fts USING fts5(
    heading, text, content="sections", content_rowid="id", tokenize='porter unicode61'
);
CREATE TRIGGER IF NOT EXISTS sections_ai AFTER INSERT ON sections BEGIN
    INSERT INTO sections_fts(rowid, heading, text) VALUES (new.id, new.heading, new.text);
END;
CREATE TRIGGER IF NOT EXISTS sections_ad AFTER DELETE ON sections BEGIN
    INSERT INTO sections_fts(sections_fts, rowid, heading, text)
        VALUES ('delete', old.id, old.heading, old.text);
END;
CREATE TRIGGER IF NOT EXISTS sections_au AFTER UPDATE ON sections BEGIN
    INSERT INTO sections_fts(sections_fts, rowid, heading, text)
        VALUES ('delete', old.id, old.heading, old.text);
    INSERT INTO sections_fts(rowid, heading, text) VALUES (new.id, new.heading, new.text);
END;
"""


#: A meeting date's year: four ASCII digits (``str.isdigit`` also takes superscripts).
_YEAR = re.compile(r"[0-9]{4}(?![0-9])", re.ASCII)


class StoreError(Exception):
    """A problem the user can fix (bad reference, unknown theme, ...): shown without traceback."""


class SearchError(StoreError):
    """The full-text query could not be parsed."""


# -- result models ------------------------------------------------------------------------


class SearchHit(BaseModel):
    """One section matching a search, best first."""

    section_id: int
    meeting_id: int | None = None
    document_id: int
    item_id: int
    ref: str = Field(description="'<document id>/<item index>': pass to `minutesmine show`")
    document: str = Field(description="Source path")
    council: str | None = None
    committee: str | None = None
    date: str | None = None
    item_index: int
    item_title: str | None = None
    kind: str | None = None
    heading: str | None = None
    page: int | None = None
    snippet: str = Field(description="Matching text, hits between ** **")
    rank: float = Field(description="bm25 rank (lower is better)")


class ThemeCount(BaseModel):
    """How many items (and meetings) took up a theme in a year (and council)."""

    theme: str
    label: str
    year: str | None = None
    council: str | None = None
    items: int
    meetings: int


class Figure(BaseModel):
    """A figure quoted in a sentence on a theme."""

    label: str
    text: str
    value: float | int | str | None = None
    unit: str | None = None
    sentence: str


class QA(BaseModel):
    """A question asked and the answer given."""

    question: str
    asker: str | None = None
    response: str | None = None
    responder: str | None = None
    answered: bool = False


class TimelineEntry(BaseModel):
    """One item on a theme, at one meeting."""

    ref: str
    meeting_id: int | None = None
    document: str
    council: str | None = None
    committee: str | None = None
    date: str | None = None
    item_index: int
    item_title: str | None = None
    score: float | None = None
    questions: list[QA] = []
    resolutions: list[str] = []
    figures: list[Figure] = []
    mentions: list[str] = Field(default=[], description="Sentences on the theme")


class DocumentSummary(BaseModel):
    """A stored document."""

    id: int
    meeting_id: int | None = None
    path: str = Field(description="The main file (the one the record was extracted from, while it exists)")
    sha256: str
    files: int = Field(default=1, description="Files with this content (renderings, copies)")
    kind: str | None = None
    council: str | None = None
    committee: str | None = None
    date: str | None = None
    n_items: int = 0
    status: str = "ok"
    errors: list[str] = []


# -- helpers ------------------------------------------------------------------------------


def _key(path: str | Path) -> str:
    """Identity of a source file: its absolute path."""
    return str(Path(path).expanduser().resolve())


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _year(date: str | None) -> int | None:
    return int(date[:4]) if date and _YEAR.match(date) else None


#: Which rendering of one content a document's record is taken from: a PDF's record has page
#: numbers, HTML keeps headings; the others follow.
FORMAT_RANK = ("pdf", "html", "text")


def _preference(meeting: str | None, fmt: str | None) -> tuple[int, int]:
    """Which of the renderings of one content gives the document's record (lower first): one
    that states its meeting (council, committee and date), then by :data:`FORMAT_RANK`."""
    return (meeting is None, FORMAT_RANK.index(fmt) if fmt in FORMAT_RANK else len(FORMAT_RANK))


#: A record's content digest (None: no content) and its sections' text digests, per item.
_Digests = tuple[str | None, list[list[str]]]


@dataclass
class _RowIds:
    """The row ids of a document's items (by index) and sections (by item and section index),
    which its entities and mentions point to."""

    items: dict[int, int] = field(default_factory=dict)
    sections: dict[tuple[int, int], int] = field(default_factory=dict)


def _statements(script: str) -> list[str]:
    """The SQL statements of ``script`` (``executescript`` would commit the transaction)."""
    out, buf = [], ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    return out


def _j(x: Any) -> str:
    return json.dumps(x, ensure_ascii=False)


def _value(v: Any) -> Any:
    return v if v is None or isinstance(v, (int, float, str)) else str(v)


def _row(r: sqlite3.Row) -> dict[str, Any]:
    return dict(zip(r.keys(), tuple(r), strict=True))


class _Shown(NamedTuple):
    """What a timeline's ``kind`` filter shows: the kinds named (none: everything), and
    whether questions, resolutions and mentions are shown."""

    kinds: set[str]
    questions: bool
    resolutions: bool
    mentions: bool

    def excludes(self, section_kind: str | None) -> bool:
        """Whether the sentences of a section of this kind are left out (another kind named)."""
        return bool(self.kinds) and self.mentions and section_kind not in self.kinds

    def keeps(self, entry: TimelineEntry) -> bool:
        """Whether an item's entry is listed: always unless kinds are named, then when it
        shows a question, a sentence or (if shown) a resolution."""
        return not self.kinds or bool(
            entry.questions or entry.mentions or (self.resolutions and entry.resolutions)
        )


def _wanted(kind: str | None) -> _Shown:
    """A timeline's ``kind`` filter: the kinds, and whether questions, resolutions and
    mentions are shown.

    >>> shown = _wanted("minutes, resolution")
    >>> shown.questions, shown.resolutions, shown.mentions
    (False, True, True)
    >>> shown.excludes("minutes"), shown.excludes("discussion"), _wanted(None).excludes("discussion")
    (False, True, False)
    >>> entry = TimelineEntry(ref="1/0", document="a.pdf", item_index=0, resolutions=["Noted."])
    >>> _wanted("question").keeps(entry), _wanted("resolution").keeps(entry), _wanted(None).keeps(entry)
    (False, True, True)
    """
    kinds = {k.strip() for k in kind.split(",")} if kind else set()
    want_q = not kinds or bool(kinds & {"question", "response"})
    want_r = not kinds or "resolution" in kinds
    want_m = not kinds or bool(kinds - {"question", "response", "resolution"})
    return _Shown(kinds, want_q, want_r, want_m)


@dataclass(frozen=True)
class _Phrases:
    """An emergent theme's phrases as :meth:`Store.timeline` looks for them: the lemma forms,
    the lexicon that keys text like them, and the entity labels quoted as figures."""

    forms: list[str]
    lex: Lexicon
    figure_labels: frozenset[str]

    def spans(self, text: str) -> list[tuple[int, int]]:
        """The spans of ``text`` holding one of the phrases (see :func:`phrase_spans`)."""
        from minutesmine.themes.emergent import phrase_spans

        return phrase_spans(text, self.forms, self.lex)


def _figure(f: Mapping[str, Any], sentence: str) -> Figure:
    """A figure quoted in ``sentence``, from a mention's JSON figure or an ``entities`` row."""
    return Figure(
        label=f["label"], text=f["text"], value=f.get("value"), unit=f.get("unit"), sentence=sentence
    )


def _timeline_entry(r: sqlite3.Row, score: float | None = None) -> TimelineEntry:
    """An empty timeline entry for an item row (document and item columns)."""
    return TimelineEntry(
        ref=f"{r['document_id']}/{r['idx']}",
        meeting_id=r["meeting_id"],
        document=r["path"],
        council=r["council"],
        committee=r["committee"],
        date=r["date"],
        item_index=r["idx"],
        item_title=r["title"],
        score=score,
    )


def _item_at_meeting(r: sqlite3.Row) -> tuple[Any, Any]:
    """An item's identity across the files of its meeting: the meeting and the title's words."""
    return (r["meeting_id"], r["title_key"] or f"#{r['item_id']}")


def _extend(kept: list[Any], more: list[Any], key: Any) -> None:
    seen = {key(x) for x in kept}
    for x in more:
        if key(x) not in seen:
            kept.append(x)
            seen.add(key(x))


def _one_per_meeting(entries: list[tuple[tuple[Any, Any], TimelineEntry]]) -> list[TimelineEntry]:
    """One timeline entry per item of a meeting: the first file's, with what the meeting's
    other files add to it (texts compared as normal words)."""
    kept: dict[tuple[Any, Any], TimelineEntry] = {}
    for key, e in entries:
        first = kept.setdefault(key, e)
        if first is e:
            continue
        _extend(first.questions, e.questions, lambda q: normal_words(q.question))
        _extend(first.resolutions, e.resolutions, normal_words)
        _extend(first.mentions, e.mentions, normal_words)
        _extend(first.figures, e.figures, lambda f: (f.text, normal_words(f.sentence)))
        if e.score is not None:
            first.score = max(first.score or e.score, e.score)
    return list(kept.values())


def _qa(ex: sqlite3.Row) -> QA:
    """An ``exchanges`` row as a question and its answer."""
    return QA(
        question=ex["question"],
        asker=ex["question_speaker"],
        response=ex["response"],
        responder=ex["response_speaker"],
        answered=bool(ex["answered"]),
    )


#: A search longer than this, or with more distinct terms, is refused (its cost grows with both).
MAX_QUERY_CHARS = 20_000
MAX_QUERY_TERMS = 32
#: Wall-clock budget of one search query.
SEARCH_SECONDS = 2.0

_FTS_OPERATOR = re.compile(r'["*()^]|\b(?:AND|OR|NOT|NEAR)\b')


def fts_query(query: str) -> str:
    """The FTS5 query for what a user typed.

    Plain words are matched as typed, punctuation included (``children's services``,
    ``£10.9m``): a word with punctuation is quoted. A query that uses FTS5 syntax
    (quotes, ``AND``/``OR``/``NOT``/``NEAR``, ``prefix*``, parentheses) is passed on as it is;
    a repeated word counts once.

    >>> print(fts_query("children's services £10.9m"))
    "children's" services "£10.9m"
    >>> print(fts_query('"foster carers" AND recruit*'))
    "foster carers" AND recruit*
    >>> print(fts_query("foster " * 500))
    foster
    """
    text = query.strip()
    if not text:
        raise SearchError("empty search query")
    if len(text) > MAX_QUERY_CHARS:
        raise SearchError(f"search query of {len(text):,} characters; the limit is {MAX_QUERY_CHARS:,}")
    words = list(dict.fromkeys(text.split()))  # a repeated word adds nothing but cost
    if len(words) > MAX_QUERY_TERMS:
        raise SearchError(f"search query of {len(words)} distinct words; the limit is {MAX_QUERY_TERMS}")
    if _FTS_OPERATOR.search(text):
        return text
    return " ".join(w if w.isalnum() else '"' + w.replace('"', '""') + '"' for w in words)


@contextlib.contextmanager
def _time_budget(conn: sqlite3.Connection, seconds: float) -> Iterator[None]:
    """Interrupt any statement on ``conn`` that runs past ``seconds`` (OperationalError)."""
    deadline = time.monotonic() + seconds
    conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 20_000)
    try:
        yield
    finally:
        conn.set_progress_handler(None, 0)


_FILTER_DATE = re.compile(r"[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?", re.ASCII)


def _checked_date(d: str, name: str) -> str:
    """A filter date as given, or a :class:`StoreError` naming the option."""
    d = d.strip()
    if not _FILTER_DATE.fullmatch(d):
        raise StoreError(f"--{name} {d[:40]!r}: expected a date as YYYY, YYYY-MM or YYYY-MM-DD")
    return d


def _like_literal(text: str) -> str:
    """``text`` for a LIKE pattern with ESCAPE '\\': its own % and _ match only themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _until(d: str) -> str:
    """An inclusive upper bound for a partial date: '2018' -> '2018-12-31'."""
    if len(d) == 4:
        return d + "-12-31"
    if len(d) == 7:
        return d + "-31"
    return d


_FTS_ERRORS = ("fts5", "syntax error", "no such column", "unterminated", "unknown special query")


class Store(MeetingRecords):
    """Extraction records in SQLite with FTS5 search (see the module docstring for the schema).

    >>> import minutesmine, tempfile, os
    >>> with minutesmine.Store(":memory:") as store:
    ...     store.stats()["documents"]
    0
    """

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        """Open (or, unless ``readonly``, create) the store at ``path``.

        A file that is not a minutesmine store (another application's database, a text
        file) raises :class:`StoreError` before anything is written to it; ``readonly``
        opens an existing store for queries only.
        """
        self.path = str(path)
        self._group: float | None = None  # inside grouped(): when its transaction began
        self._group_seconds = 1.0
        try:
            self.conn = self._connect(readonly)
            version = self._check_identity(readonly)
            if not readonly:
                self._prepare(version)
        except (sqlite3.DatabaseError, StoreError) as exc:
            if hasattr(self, "conn"):
                self.conn.close()
            if isinstance(exc, StoreError):
                raise
            raise StoreError(f"{self.path}: not a usable minutesmine store ({exc})") from None

    def _connect(self, readonly: bool) -> sqlite3.Connection:
        if readonly and self.path != ":memory:":
            uri = Path(self.path).expanduser().resolve().as_uri() + "?mode=ro"
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        else:
            if self.path != ":memory:":
                Path(self.path).expanduser().parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        return conn

    def _check_identity(self, readonly: bool) -> int | None:
        """Refuse a database that holds tables but not this store's schema marker, or a store
        of another schema version that cannot be upgraded here. Returns the store's version
        (None for a new file)."""
        tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables and not readonly:
            return None  # a new (or empty) file: the schema is created next
        marker = None
        if "meta" in tables:
            row = self.conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            marker = row[0] if row else None
        if marker is None:
            what = "an empty database" if not tables else "a database of another application"
            raise StoreError(f"{self.path} is not a minutesmine store ({what}); nothing was changed")
        version = int(marker) if str(marker).isdigit() else -1
        if version > SCHEMA_VERSION or version < 1:
            raise StoreError(
                f"{self.path} is a minutesmine store of schema {marker}, which this version"
                f" (schema {SCHEMA_VERSION}) cannot read; nothing was changed"
            )
        if version < SCHEMA_VERSION and readonly:
            raise StoreError(
                f"{self.path} is a minutesmine store of schema {version} (before meetings);"
                f" this version reads schema {SCHEMA_VERSION}. Upgrade it in place, keeping every"
                f" record: minutesmine prune --db {self.path} --dry-run"
            )
        return version

    def _prepare(self, version: int | None) -> None:
        """Pragmas and schema of a store opened for writing (upgrading an older store)."""
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.conn.execute("PRAGMA busy_timeout=10000")
        if version is not None and version < SCHEMA_VERSION:
            self._upgrade()
            return
        self.conn.executescript(SCHEMA)
        self.conn.execute(
            "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
        )

    def _upgrade(self) -> None:
        """Rebuild an older store in this schema from its records (``record_json`` holds each
        document whole), in one transaction: files of one content become one document, and
        documents are grouped into meetings."""
        from minutesmine.models import Document

        with self._transaction():
            rows = self.conn.execute("SELECT key, record_json FROM documents ORDER BY id").fetchall()
            tables = [
                r[0]
                for r in self.conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sections_fts_%'"
                    " AND name != 'meta' ORDER BY rowid DESC"  # tables that refer to others first
                )
            ]
            for trigger in ("sections_ai", "sections_ad", "sections_au"):
                self.conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
            for t in tables:
                self.conn.execute(f'DROP TABLE IF EXISTS "{t}"')
            for statement in _statements(SCHEMA):
                self.conn.execute(statement)
            for key, record in rows:
                self._add(Document.model_validate_json(record), record, key=key)
            self.conn.execute(
                "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
            )

    # -- lifecycle ------------------------------------------------------------------------
    def close(self) -> None:
        """Close the database (checkpointing the WAL)."""
        if self.conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("PRAGMA optimize")
            self.conn.close()
            self.conn = None  # type: ignore[assignment]

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        """Run any SQL (for ``search_sql()`` output or ad-hoc queries) and return the rows."""
        return self.conn.execute(sql, params).fetchall()

    # -- writing --------------------------------------------------------------------------
    def is_current(self, path: str, sha256: str) -> bool:
        """Whether the store holds a successful record of this file with this content hash."""
        row = self.conn.execute(
            "SELECT 1 FROM document_files f JOIN documents d ON d.id = f.document_id"
            " WHERE f.key = ? AND f.sha256 = ? AND d.status = 'ok'",
            (_key(path), sha256),
        ).fetchone()
        return row is not None

    def failed_before(self, path: str, sha256: str) -> list[str] | None:
        """The errors of a failed record of this file with this content hash; None when the
        store has no such record (a file that failed is not retried unchanged by default)."""
        row = self.conn.execute(
            "SELECT d.errors FROM document_files f JOIN documents d ON d.id = f.document_id"
            " WHERE f.key = ? AND f.sha256 = ? AND d.status = 'failed'",
            (_key(path), sha256),
        ).fetchone()
        if row is None:
            return None
        errors = json.loads(row[0]) if row[0] else []
        return [str(e) for e in errors] or ["failed"]

    def remove(self, path: str) -> bool:
        """Delete the record of a file (its document, when it was the document's only file,
        and the meeting left without documents); true if there was one."""
        with self._transaction():
            return self._detach(_key(path))

    def _transaction(self) -> Any:
        store = self

        class _Tx:
            nested = False

            def __enter__(self) -> None:
                self.nested = store.conn.in_transaction  # inside grouped(): a savepoint
                store.conn.execute("SAVEPOINT tx" if self.nested else "BEGIN IMMEDIATE")

            def __exit__(self, exc_type: object, *rest: object) -> None:
                if self.nested:
                    if exc_type:
                        store.conn.execute("ROLLBACK TO tx")
                    store.conn.execute("RELEASE tx")
                else:
                    store.conn.execute("ROLLBACK" if exc_type else "COMMIT")

        return _Tx()

    def add(self, doc: Document, record_json: str | None = None) -> int:
        """Write one record in one transaction, replacing any earlier record of the same file.

        ``record_json``: the record as JSON (``doc.model_dump_json()``), when the caller has
        it already. Returns the new document id. Inside :meth:`grouped`, the record is a
        savepoint of the group's transaction.
        """
        if self._group is None:
            with self._transaction():
                return self._add(doc, record_json)
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")
            self._group = time.monotonic()
        with self._transaction():  # nested: a savepoint
            doc_id = self._add(doc, record_json)
        if time.monotonic() - self._group >= self._group_seconds:
            self.conn.execute("COMMIT")
        return doc_id

    @contextlib.contextmanager
    def grouped(self, seconds: float = 1.0) -> Iterator[Store]:
        """Within the block, :meth:`add` commits at most every ``seconds`` (and at the end)
        rather than once per record: fewer commits, and fewer segments for the full-text
        index to merge, when adding many records. Each record is still all or nothing; an
        interruption loses at most the last ``seconds`` of records (they are not in the
        store, so a re-run extracts them again).
        """
        if self._group is not None:  # already grouped: one group
            yield self
            return
        self._group, self._group_seconds = 0.0, seconds
        try:
            yield self
        finally:
            self._group = None
            if self.conn is not None and self.conn.in_transaction:
                self.conn.execute("COMMIT")

    def _add(self, doc: Document, record_json: str | None = None, key: str | None = None) -> int:
        """Write ``doc`` as the record of its file (``key``: its absolute path).

        A record whose content is already stored (:func:`~minutesmine.identity.content_digest`)
        is not stored again: the file joins that document (``document_files``). The stored
        record is replaced only by a rendering that is preferred to it (:func:`_preference`)
        or by a new extraction of the file it came from.
        """
        key = key or _key(doc.source.path)
        sections = section_digests(doc)
        digest = content_digest(doc, sections)
        same = self._same_content(doc, digest)
        if same is None:
            self._detach(key)
            return self._insert(doc, record_json, key, (digest, sections))
        held = self.conn.execute("SELECT document_id FROM document_files WHERE key = ?", (key,)).fetchone()
        if held is not None and held[0] != same["id"]:
            self._detach(key)
        m = doc.meeting
        mine = _preference(meeting_key(m.council, m.committee, m.date), doc.source.format)
        theirs = _preference(meeting_key(same["council"], same["committee"], same["date"]), same["format"])
        if key == same["key"] or mine < theirs:
            self._rewrite(same["id"], doc, record_json, key, (digest, sections))
        else:
            self._add_file(same["id"], doc, key)
        return int(same["id"])

    def _same_content(self, doc: Document, digest: str | None) -> sqlite3.Row | None:
        """The stored document with ``doc``'s content, unless the two state different
        meetings (both with council, committee and date, and those differ): the same text
        filed for two meetings (a template, a tiny record) is two documents."""
        if digest is None:
            return None
        m = doc.meeting
        mine = meeting_key(m.council, m.committee, m.date)
        for row in self.conn.execute(
            "SELECT id, key, format, council, committee, date FROM documents WHERE content_sha256 = ?"
            " ORDER BY id",
            (digest,),
        ):
            theirs = meeting_key(row["council"], row["committee"], row["date"])
            if mine is None or theirs is None or mine == theirs:
                return row
        return None

    def _add_file(self, doc_id: int, doc: Document, key: str) -> None:
        """Record ``key`` as one of the files of document ``doc_id`` (or update its hash)."""
        self.conn.execute(
            "INSERT INTO document_files (document_id, path, key, sha256, format, added_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET document_id = excluded.document_id,"
            " path = excluded.path, sha256 = excluded.sha256, format = excluded.format",
            (doc_id, doc.source.path, key, doc.source.sha256, doc.source.format, _now()),
        )

    def _rewrite(
        self, doc_id: int, doc: Document, record_json: str | None, key: str, digests: _Digests
    ) -> None:
        """Replace document ``doc_id``'s record by ``doc`` (from file ``key``), keeping its id
        and its other files."""
        files = self.conn.execute(
            "SELECT path, key, sha256, format, added_at FROM document_files"
            " WHERE document_id = ? AND key != ?",
            (doc_id, key),
        ).fetchall()
        old_meeting = self.conn.execute(
            "SELECT meeting_id FROM documents WHERE id = ?", (doc_id,)
        ).fetchone()[0]
        self.conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
        self._insert(doc, record_json, key, digests, doc_id=doc_id)
        self.conn.executemany(
            "INSERT INTO document_files (document_id, path, key, sha256, format, added_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(doc_id, *tuple(f)) for f in files],
        )
        self._drop_if_empty(old_meeting)

    def _detach(self, key: str) -> bool:
        """Take file ``key`` off its document: the document goes when it has no file left
        (and its meeting when it has no document left); otherwise another of its files
        becomes its main file. True if the store had the file."""
        row = self.conn.execute(
            "SELECT f.document_id, d.key, d.meeting_id FROM document_files f"
            " JOIN documents d ON d.id = f.document_id WHERE f.key = ?",
            (key,),
        ).fetchone()
        if row is None:
            return False
        doc_id, main_key, meeting_id = row
        self.conn.execute("DELETE FROM document_files WHERE key = ?", (key,))
        other = self.conn.execute(
            "SELECT path, key, sha256, format FROM document_files WHERE document_id = ? ORDER BY id LIMIT 1",
            (doc_id,),
        ).fetchone()
        if other is None:
            self.conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
            self._drop_if_empty(meeting_id)
        elif main_key == key:
            self.conn.execute(
                "UPDATE documents SET path = ?, key = ?, sha256 = ?, format = ? WHERE id = ?",
                (*tuple(other), doc_id),
            )
        return True

    def _drop_if_empty(self, meeting_id: int | None) -> None:
        if meeting_id is not None:
            self.conn.execute(
                "DELETE FROM meetings WHERE id = ? AND NOT EXISTS"
                " (SELECT 1 FROM documents WHERE meeting_id = ?)",
                (meeting_id, meeting_id),
            )

    def _meeting(self, doc: Document, digest: str | None, key: str) -> int | None:
        """The id of the meeting ``doc`` belongs to (created if new); None for a failure."""
        if doc.errors:
            return None
        m = doc.meeting
        mkey = meeting_key(m.council, m.committee, m.date) or f"document:{digest or key}"
        self.conn.execute(
            "INSERT INTO meetings (key, council, committee, committee_key, date, year)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO NOTHING",
            (mkey, m.council, m.committee, committee_key(m.committee), m.date, _year(m.date)),
        )
        return int(self.conn.execute("SELECT id FROM meetings WHERE key = ?", (mkey,)).fetchone()[0])

    def _insert(
        self, doc: Document, record_json: str | None, key: str, digests: _Digests, doc_id: int | None = None
    ) -> int:
        """Insert ``doc`` as a new document (with id ``doc_id`` if given), its file and its rows.
        ``digests``: the content digest and the sections' text digests."""
        digest = digests[0]
        c = self.conn
        m = doc.meeting
        title = doc.metadata.get("subject") or (doc.items[0].title if doc.items else None)
        cur = c.execute(
            "INSERT INTO documents (id, meeting_id, content_sha256, path, key, sha256, format, pages, kind,"
            " council, committee, date, year, title, n_items, status, warnings, errors, record_json,"
            " extracted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                doc_id,
                self._meeting(doc, digest, key),
                digest,
                doc.source.path,
                key,
                doc.source.sha256,
                doc.source.format,
                doc.source.pages,
                doc.kind,
                m.council,
                m.committee,
                m.date,
                _year(m.date),
                title,
                len(doc.items),
                "failed" if doc.errors else "ok",
                _j(doc.warnings),
                _j(doc.errors),
                doc.model_dump_json() if record_json is None else record_json,
                _now(),
            ),
        )
        doc_id = int(cur.lastrowid or 0)
        self._add_file(doc_id, doc, key)
        self._add_rows(doc_id, doc, digests[1])
        return doc_id

    def _add_rows(self, doc_id: int, doc: Document, digests: list[list[str]]) -> None:
        """The items, sections, exchanges, motions, entities and mentions of a document."""
        ids = _RowIds()
        themes_scores = self._item_scores(doc)
        for i, item in enumerate(doc.items):
            item_id = self._add_item(doc_id, i, item, themes_scores.get(i, {}))
            for j, section_id in enumerate(self._add_sections(doc_id, item_id, item, digests[i])):
                ids.sections[(i, j)] = section_id
            self._add_derived(doc_id, item_id, item)
            self._add_motions(doc_id, item_id, item)
            self._add_exchanges(doc_id, item_id, item)
            ids.items[i] = item_id
        self._add_entities(doc_id, doc, ids)
        self._add_mentions(doc_id, doc, ids)

    def _add_sections(self, doc_id: int, item_id: int, item: AgendaItem, digests: list[str]) -> list[int]:
        """One ``sections`` row per section of the item (``digests``: their text digests); their ids."""
        ids = []
        for j, s in enumerate(item.sections):
            page = s.pages[0] if s.pages else None
            row = (doc_id, item_id, j, s.kind, s.heading, s.number, s.text, digests[j], page)
            cur = self.conn.execute(
                "INSERT INTO sections (document_id, item_id, idx, origin, kind, heading, number,"
                " text, digest, page) VALUES (?, ?, ?, 'section', ?, ?, ?, ?, ?, ?)",
                row,
            )
            ids.append(int(cur.lastrowid or 0))
        return ids

    def _add_exchanges(self, doc_id: int, item_id: int, item: AgendaItem) -> None:
        """One ``exchanges`` row per question of the item, with its answer."""
        for k, ex in enumerate(item.exchanges):
            self.conn.execute(
                "INSERT INTO exchanges (document_id, item_id, idx, question, question_speaker,"
                " response, response_speaker, answered) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    doc_id,
                    item_id,
                    k,
                    ex.question.text,
                    ex.question.speaker,
                    ex.response.text if ex.response else None,
                    ex.response.speaker if ex.response else None,
                    int(ex.answered),
                ),
            )

    def _add_entities(self, doc_id: int, doc: Document, ids: _RowIds) -> None:
        """One ``entities`` row per entity, tied to its item and section rows where it has them."""
        self.conn.executemany(
            'INSERT INTO entities (document_id, item_id, section_id, label, text, start, "end", value, unit)'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    doc_id,
                    ids.items.get(e.item_index) if e.item_index is not None else None,
                    ids.sections.get((e.item_index, e.section_index))  # type: ignore[arg-type]
                    if e.item_index is not None and e.section_index is not None
                    else None,
                    e.label,
                    e.text,
                    e.start,
                    e.end,
                    _value(e.value),
                    e.unit,
                )
                for e in doc.entities
            ],
        )

    def _add_mentions(self, doc_id: int, doc: Document, ids: _RowIds) -> None:
        """One ``mentions`` row per theme mention, with the figures quoted in its sentence."""
        self.conn.executemany(
            "INSERT INTO mentions (document_id, item_id, section_id, theme, text, matched, score, figures)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    doc_id,
                    ids.items.get(mn.item_index),
                    ids.sections.get((mn.item_index, mn.section_index))
                    if mn.section_index is not None
                    else None,
                    mn.theme,
                    mn.text,
                    mn.matched,
                    mn.score,
                    _j(
                        [
                            f.model_dump(mode="json", exclude={"item_index", "section_index"})
                            for f in mn.figures
                        ]
                    ),
                )
                for mn in doc.mentions
            ],
        )

    @staticmethod
    def _item_scores(doc: Document) -> dict[int, dict[str, float]]:
        from minutesmine.themes import item_theme_scores

        by_item: dict[int, list[Any]] = defaultdict(list)
        for mn in doc.mentions:
            by_item[mn.item_index].append(mn)
        return {i: item_theme_scores(by_item.get(i, []), item.title) for i, item in enumerate(doc.items)}

    def _add_item(self, doc_id: int, i: int, item: AgendaItem, scores: dict[str, float]) -> int:
        c = self.conn
        cur = c.execute(
            "INSERT INTO items (document_id, idx, number, title, title_key, purpose, pages, themes,"
            " recommendations, resolutions, conclusions, actions, information_requests)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                doc_id,
                i,
                item.number,
                item.title,
                normal_words(item.title),
                item.purpose,
                _j(item.pages),
                _j(item.themes),
                _j(item.recommendations),
                _j(item.resolutions),
                _j(item.conclusions),
                _j([a.model_dump(mode="json") for a in item.actions]),
                _j(item.information_requests),
            ),
        )
        item_id = int(cur.lastrowid or 0)
        c.executemany(
            "INSERT OR IGNORE INTO item_themes (item_id, document_id, theme, score) VALUES (?, ?, ?, ?)",
            [(item_id, doc_id, t, scores.get(t)) for t in item.themes],
        )
        return item_id

    def _add_motions(self, doc_id: int, item_id: int, item: AgendaItem) -> None:
        """One ``motions`` row per motion, one ``votes`` row per member per recorded vote."""
        for k, m in enumerate(item.motions):
            cur = self.conn.execute(
                "INSERT INTO motions (document_id, item_id, idx, text, kind, mover, seconder, outcome,"
                " votes_for, votes_against, votes_abstain) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    doc_id,
                    item_id,
                    k,
                    m.text,
                    m.kind.value,
                    m.mover,
                    m.seconder,
                    m.outcome.value if m.outcome else None,
                    m.votes.for_,
                    m.votes.against,
                    m.votes.abstain,
                ),
            )
            motion_id = int(cur.lastrowid or 0)
            self.conn.executemany(
                "INSERT INTO votes (document_id, motion_id, name, vote) VALUES (?, ?, ?, ?)",
                [(doc_id, motion_id, r.name, r.vote.value) for r in m.recorded],
            )

    def _add_derived(self, doc_id: int, item_id: int, item: AgendaItem) -> None:
        """Index exchanges and resolutions as sections unless the item's sections hold them."""
        have: dict[str, set[str]] = defaultdict(set)
        for s in item.sections:
            have[s.kind].add(" ".join(s.text.split()))
        rows = []

        def add(origin: str, kind: str, text: str | None) -> None:
            if text and " ".join(text.split()) not in have[kind]:
                rows.append((doc_id, item_id, origin, kind, text, text_digest(text)))
                have[kind].add(" ".join(text.split()))

        for ex in item.exchanges:
            add("exchange", "question", ex.question.text)
            if ex.response:
                add("exchange", "response", ex.response.text)
        for r in item.resolutions:
            add("resolution", "resolution", r)
        self.conn.executemany(
            "INSERT INTO sections (document_id, item_id, origin, kind, text, digest)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )

    # -- filters --------------------------------------------------------------------------
    @staticmethod
    def _filters(
        *,
        council: str | None = None,
        committee: str | None = None,
        since: str | None = None,
        until: str | None = None,
        theme: str | None = None,
        kind: str | None = None,
        item_col: str = "i.id",
        kind_col: str | None = "s.kind",
    ) -> tuple[list[str], list[Any]]:
        where, params = [], []
        if council:
            where.append("d.council LIKE ? ESCAPE '\\'")
            params.append(f"%{_like_literal(council)}%")
        if committee:  # as written, or as compared between documents ('&' / 'and', ...)
            where.append(
                "(d.committee LIKE ? ESCAPE '\\' OR d.meeting_id IN"
                " (SELECT id FROM meetings WHERE committee_key LIKE ? ESCAPE '\\'))"
            )
            params += [f"%{_like_literal(committee)}%", f"%{_like_literal(committee_key(committee) or '')}%"]
        if since:
            where.append("d.date >= ?")
            params.append(_checked_date(since, "since"))
        if until:
            where.append("d.date <= ?")
            params.append(_until(_checked_date(until, "until")))
        if theme:
            where.append(f"EXISTS (SELECT 1 FROM item_themes t WHERE t.item_id = {item_col} AND t.theme = ?)")
            params.append(theme)
        if kind and kind_col:
            kinds = [k.strip() for k in kind.split(",") if k.strip()]
            where.append(f"{kind_col} IN ({', '.join('?' for _ in kinds)})")
            params.extend(kinds)
        return where, params

    # -- search ---------------------------------------------------------------------------
    def search_sql(
        self,
        query: str,
        *,
        council: str | None = None,
        committee: str | None = None,
        since: str | None = None,
        until: str | None = None,
        theme: str | None = None,
        kind: str | None = None,
        limit: int = 20,
        offset: int = 0,
        scan: int | None = None,
    ) -> tuple[str, list[Any]]:
        """The SQL and parameters :meth:`search` runs (FTS5 ``MATCH``, ranked by bm25).

        ``query`` is what the user typed; :func:`fts_query` turns it into the MATCH string.
        A text found in several files of one meeting (the same item title and text as normal
        words: ``items.title_key``, ``sections.digest``) is one hit, the best ranked; the
        page is found among the ``scan`` best-ranked matches (default 4 × (limit + offset);
        -1: all of them), so ranking stays a top-N read of the index.
        """
        query = fts_query(query)
        where, params = self._filters(
            council=council, committee=committee, since=since, until=until, theme=theme, kind=kind
        )
        if not kind:  # exchanges and resolutions are copies of section text: only for --kind
            where.append("s.origin = 'section'")
        # Rank first (rowids only, joining just what the filters need), then keep one hit per
        # meeting, item and text, then build snippets for the page of hits: snippet() over
        # every match would dominate on common words.
        need_d = any(re.search(r"\bd\.", w) for w in where)
        ranked = (
            "SELECT sections_fts.rowid AS id, sections_fts.rank AS rank FROM sections_fts"
            " JOIN sections s ON s.id = sections_fts.rowid"
            + (" JOIN documents d ON d.id = s.document_id" if need_d else "")
            + " WHERE sections_fts MATCH ?"
            + "".join(" AND " + w.replace("i.id", "s.item_id") for w in where)
            + " ORDER BY sections_fts.rank LIMIT ?"
        )
        once = (
            "SELECT r.id, r.rank, ROW_NUMBER() OVER (PARTITION BY d.meeting_id, i.title_key, s.digest"
            " ORDER BY r.rank, r.id) AS nth FROM ranked r JOIN sections s ON s.id = r.id"
            " JOIN items i ON i.id = s.item_id JOIN documents d ON d.id = s.document_id"
        )
        sql = (
            f"WITH ranked AS ({ranked}), once AS ({once}),"
            " hits AS (SELECT id, rank FROM once WHERE nth = 1 ORDER BY rank LIMIT ? OFFSET ?)"
            " SELECT s.id AS section_id, d.meeting_id, s.document_id, s.item_id, i.idx AS item_index,"
            " i.title AS item_title, s.kind, s.heading, s.page, d.path AS document, d.council,"
            " d.committee, d.date,"
            " (SELECT snippet(sections_fts, 1, '**', '**', ' … ', 24) FROM sections_fts"
            "  WHERE sections_fts MATCH ? AND sections_fts.rowid = hits.id) AS snippet,"
            " hits.rank AS rank"
            " FROM hits"
            " JOIN sections s ON s.id = hits.id"
            " JOIN items i ON i.id = s.item_id"
            " JOIN documents d ON d.id = s.document_id"
            " ORDER BY hits.rank"
        )
        scan = 4 * (limit + offset) if scan is None else scan
        return sql, [query, *params, scan, limit, offset, query]

    def search(self, query: str, **filters: Any) -> list[SearchHit]:
        """Sections matching an FTS5 query (words, "phrases", AND/OR/NOT, prefix*), best first.

        Filters: council, committee (substrings), since, until (dates, inclusive; '2018' and
        '2018-03' work), theme (an item theme), kind (section kind, comma-separated), limit.
        Raises :class:`SearchError` for a query FTS5 cannot parse.
        """
        sql, params = self.search_sql(query, **filters)
        try:
            with _time_budget(self.conn, SEARCH_SECONDS):
                rows = self.conn.execute(sql, params).fetchall()
                if len(rows) < filters.get("limit", 20):  # a short page: look past the scanned matches
                    sql, params = self.search_sql(query, **{**filters, "scan": -1})
                    rows = self.conn.execute(sql, params).fetchall()
        except sqlite3.OperationalError as exc:
            msg = str(exc)
            if "interrupted" in msg.lower():
                raise SearchError(
                    f"search stopped after {SEARCH_SECONDS:g} s: use fewer or rarer words, or a filter"
                ) from None
            if any(k in msg.lower() for k in _FTS_ERRORS):
                raise SearchError(
                    f'cannot parse search query {query!r} ({msg}). Use words, "quoted phrases", '
                    "AND / OR / NOT and prefix*; put words with punctuation in double quotes."
                ) from None
            raise
        return [SearchHit(ref=f"{r['document_id']}/{r['item_index']}", **_row(r)) for r in rows]

    # -- themes ---------------------------------------------------------------------------
    def themes(
        self,
        *,
        council: str | None = None,
        committee: str | None = None,
        since: str | None = None,
        until: str | None = None,
        theme: str | None = None,
        by_council: bool = False,
        **_: Any,
    ) -> list[ThemeCount]:
        """Each theme's count of items (and meetings) per year, and per council if asked.

        Counts are of meetings, not files: an item is counted once per meeting (by its title
        as normal words) however many files of the meeting hold it."""
        where, params = self._filters(
            council=council, committee=committee, since=since, until=until, kind_col=None
        )
        if theme:
            where.append("t.theme = ?")
            params.append(theme)
        cols = "t.theme, CAST(d.year AS TEXT) AS year" + (", d.council" if by_council else "")
        sql = (
            f"SELECT {cols}, COUNT(DISTINCT d.meeting_id || '/' || COALESCE(i.title_key, i.id)) AS items,"
            " COUNT(DISTINCT d.meeting_id) AS meetings"
            " FROM item_themes t JOIN items i ON i.id = t.item_id JOIN documents d ON d.id = t.document_id"
            + (" WHERE " + " AND ".join(where) if where else "")
            + f" GROUP BY {cols.replace(' AS year', '').replace('CAST(d.year AS TEXT)', 'd.year')}"
            " ORDER BY t.theme, d.year" + (", d.council" if by_council else "")
        )
        from minutesmine.themes.taxonomy import load_taxonomy

        tax = load_taxonomy()
        out = []
        for r in self.conn.execute(sql, params):
            out.append(
                ThemeCount(
                    theme=r["theme"],
                    label=tax.label(r["theme"]),
                    year=r["year"],
                    council=r["council"] if by_council else None,
                    items=r["items"],
                    meetings=r["meetings"],
                )
            )
        return out

    def timeline(
        self,
        theme: str,
        *,
        council: str | None = None,
        committee: str | None = None,
        since: str | None = None,
        until: str | None = None,
        kind: str | None = None,
        limit: int | None = None,
        **_: Any,
    ) -> list[TimelineEntry]:
        """Items on ``theme`` per meeting in date order: the questions asked and answers given
        on the theme, the resolutions, the figures quoted and the sentences on the theme.

        ``kind`` narrows what is shown: ``question``/``response`` (exchanges only),
        ``resolution`` (resolutions only), or another section kind (mentions from it).
        """
        from minutesmine.themes.taxonomy import load_taxonomy

        tax = load_taxonomy()
        if theme not in tax.themes and not self._holds_theme(theme):
            if theme.startswith("emergent:"):
                return self._emergent_timeline(
                    theme,
                    council=council,
                    committee=committee,
                    since=since,
                    until=until,
                    kind=kind,
                    limit=limit,
                )
            raise StoreError(f"unknown theme {theme!r}; known: {', '.join(tax.themes)}")
        where, params = self._filters(
            council=council, committee=committee, since=since, until=until, kind_col=None
        )
        sql = (
            "SELECT i.id AS item_id, i.idx, i.title, i.title_key, i.resolutions, d.id AS document_id,"
            " d.meeting_id, d.path, d.council, d.committee, d.date, t.score"
            " FROM item_themes t JOIN items i ON i.id = t.item_id JOIN documents d ON d.id = i.document_id"
            " WHERE t.theme = ?"
            + "".join(" AND " + w for w in where)
            + " ORDER BY d.date IS NULL, d.date, d.id, i.idx"
        )
        if limit:
            sql += f" LIMIT {int(limit)}"
        shown = _wanted(kind)
        from minutesmine.themes.match import default_matcher

        matcher = default_matcher()
        out = []
        for r in self.conn.execute(sql, [theme, *params]).fetchall():
            entry = self._theme_entry(r, theme, shown, matcher)
            if shown.keeps(entry):
                out.append((_item_at_meeting(r), entry))
        return _one_per_meeting(out)

    def _holds_theme(self, theme: str) -> bool:
        """Whether some stored item has ``theme`` (a theme of a user's taxonomy, say)."""
        return bool(
            self.conn.execute("SELECT 1 FROM item_themes WHERE theme = ? LIMIT 1", (theme,)).fetchone()
        )

    def _item_exchanges(self, item_id: int) -> list[sqlite3.Row]:
        """The ``exchanges`` rows of an item, in order."""
        return self.conn.execute(
            "SELECT * FROM exchanges WHERE item_id = ? ORDER BY idx", (item_id,)
        ).fetchall()

    def _theme_entry(self, r: sqlite3.Row, theme: str, shown: _Shown, matcher: Any) -> TimelineEntry:
        """The timeline entry of an item row on a taxonomy theme: the exchanges the theme's
        matcher finds it in, the resolutions, and its mentions with their figures."""
        entry = _timeline_entry(r, score=r["score"])
        if shown.questions:
            for ex in self._item_exchanges(r["item_id"]):
                text = f"{ex['question']} {ex['response'] or ''}"
                if theme in matcher.match(text):
                    entry.questions.append(_qa(ex))
        if shown.resolutions:
            entry.resolutions = json.loads(r["resolutions"] or "[]")
        msql = (
            "SELECT m.text, m.figures, s.kind FROM mentions m LEFT JOIN sections s ON s.id = m.section_id"
            " WHERE m.item_id = ? AND m.theme = ? ORDER BY m.id"
        )
        for mrow in self.conn.execute(msql, (r["item_id"], theme)):
            if shown.excludes(mrow["kind"]):
                continue
            if shown.mentions:
                entry.mentions.append(mrow["text"])
            if shown.mentions or shown.questions:
                entry.figures.extend(_figure(f, mrow["text"]) for f in json.loads(mrow["figures"]))
        return entry

    def _emergent_timeline(
        self,
        theme: str,
        *,
        council: str | None,
        committee: str | None,
        since: str | None,
        until: str | None,
        kind: str | None,
        limit: int | None,
    ) -> list[TimelineEntry]:
        """:meth:`timeline` for an emergent theme (an id from :meth:`emergent_themes`, found
        again under the same filters): the items whose title, sections or exchanges hold one
        of its phrases, with the sentences, figures, questions and resolutions, as for a
        taxonomy theme (no score: emergent themes are not weighed per item)."""
        from minutesmine.themes.emergent import Lexicon
        from minutesmine.themes.taxonomy import load_taxonomy

        found = self._find_emergent(theme, council=council, committee=committee, since=since, until=until)
        lex = Lexicon.default()
        doc_ids = sorted({int(k.split(":", 1)[0]) for k in found.keys})
        shown = _wanted(kind)
        phrases = _Phrases(found.forms, lex, load_taxonomy().figure_labels)
        rows = self.conn.execute(  # every document of the meetings the phrases recur in
            "SELECT i.id AS item_id, i.idx, i.title, i.title_key, i.resolutions, d.id AS document_id,"
            " d.meeting_id, d.path, d.council, d.committee, d.date"
            " FROM items i JOIN documents d ON d.id = i.document_id WHERE d.meeting_id IN"
            f" (SELECT meeting_id FROM documents WHERE id IN ({','.join('?' * len(doc_ids))}))"
            " ORDER BY d.date IS NULL, d.date, d.id, i.idx",
            doc_ids,
        ).fetchall()
        out: list[tuple[tuple[Any, Any], TimelineEntry]] = []
        for r in rows:
            entry = self._emergent_entry(r, phrases, shown)
            if entry is not None and shown.keeps(entry):
                out.append((_item_at_meeting(r), entry))
        return _one_per_meeting(out)[:limit] if limit else _one_per_meeting(out)

    def _find_emergent(self, theme: str, **filters: str | None) -> EmergentTheme:
        """The emergent theme of id ``theme`` among the first :data:`EMERGENT_TIMELINE_LIMIT`
        under ``filters``, or a :class:`StoreError`."""
        found = [
            e
            for e in self.emergent_themes(**filters, limit=EMERGENT_TIMELINE_LIMIT, wanted=theme)
            if e.id == theme
        ]
        if not found:
            raise StoreError(
                f"unknown theme {theme!r}: no such emergent theme in this store with these filters"
                f" among the first {EMERGENT_TIMELINE_LIMIT} (`minutesmine emergent` lists them)"
            )
        return found[0]

    def _emergent_entry(self, r: sqlite3.Row, phrases: _Phrases, shown: _Shown) -> TimelineEntry | None:
        """The timeline entry of an item row on an emergent theme, or None when neither its
        title, nor its sections, nor its exchanges hold one of the phrases."""
        entry = _timeline_entry(r)
        in_title = bool(phrases.spans(r["title"] or ""))
        in_sections = self._emergent_sections(entry, r["item_id"], phrases, shown)
        in_exchanges = False
        for ex in self._item_exchanges(r["item_id"]):
            if phrases.spans(f"{ex['question']}\n{ex['response'] or ''}"):
                in_exchanges = True
                if shown.questions:
                    entry.questions.append(_qa(ex))
        if not (in_title or in_sections or in_exchanges):
            return None
        if shown.resolutions:
            entry.resolutions = json.loads(r["resolutions"] or "[]")
        return entry

    def _emergent_sections(
        self, entry: TimelineEntry, item_id: int, phrases: _Phrases, shown: _Shown
    ) -> bool:
        """Add to ``entry`` the sentences of the item's sections that hold a phrase, and the
        figures quoted in them; whether any section holds one."""
        on_theme = False
        for sec in self.conn.execute(
            "SELECT id, kind, text FROM sections WHERE item_id = ? AND origin = 'section' ORDER BY idx",
            (item_id,),
        ).fetchall():
            spans = phrases.spans(sec["text"])
            on_theme = on_theme or bool(spans)
            if not spans or shown.excludes(sec["kind"]) or not (shown.mentions or shown.questions):
                continue
            ents = self.conn.execute(
                'SELECT label, text, value, unit, start, "end" FROM entities'
                " WHERE section_id = ? ORDER BY start",
                (sec["id"],),
            ).fetchall()
            for a, b in spans:
                sentence = sec["text"][a:b].strip()
                if shown.mentions:
                    entry.mentions.append(sentence)
                entry.figures.extend(
                    _figure(dict(e), sentence)
                    for e in ents
                    if e["label"] in phrases.figure_labels and e["start"] >= a and e["end"] <= b
                )
        return on_theme

    def emergent_themes(
        self,
        *,
        council: str | None = None,
        committee: str | None = None,
        since: str | None = None,
        until: str | None = None,
        min_meetings: int | None = None,
        limit: int | None = None,
        progress: Callable[[int, int], None] | None = None,
        wanted: str | None = None,
        **_: Any,
    ) -> list[EmergentTheme]:
        """Recurring phrases outside the taxonomy across the stored meetings (see
        :mod:`minutesmine.themes.emergent`), each meeting named by council, committee and
        date; the texts of its several documents count for it once (not as meetings).
        ``progress(done, total)`` is called as meetings are read; ``wanted``: stop once the
        theme of that id is found (see :func:`find_emergent`)."""
        where, params = self._filters(
            council=council, committee=committee, since=since, until=until, kind_col=None
        )
        where.append("d.status = 'ok'")
        docs = self.conn.execute(
            "SELECT d.id, d.meeting_id, d.path, d.year, d.council, d.committee, d.date"
            " FROM documents d WHERE " + " AND ".join(where) + " ORDER BY d.date IS NULL, d.date, d.id",
            params,
        ).fetchall()
        by_meeting: dict[int, list[sqlite3.Row]] = defaultdict(list)
        for d in docs:
            by_meeting[d["meeting_id"]].append(d)

        from minutesmine.themes.emergent import find_emergent, settings

        kinds = settings().substantive_kinds
        groups = list(by_meeting.values())

        def meetings() -> Iterator[Meeting]:
            for done, group in enumerate(groups, 1):  # the files of one meeting: its texts once
                yield self._emergent_meeting(group, kinds)
                if progress is not None:  # the meeting has been read when the next is asked for
                    progress(done, len(groups))

        return find_emergent(meetings(), min_meetings=min_meetings, limit=limit, wanted=wanted)

    def _emergent_meeting(self, docs: Sequence[sqlite3.Row], kinds: Sequence[str]) -> Meeting:
        """One stored meeting (its documents) as :func:`find_emergent` reads it: the substantive
        sections and titles of its items that are not procedural (apologies, minutes ...), each
        text once, named after its first document."""
        from minutesmine.themes.emergent import Meeting
        from minutesmine.themes.procedural import is_procedural_item

        texts: dict[str, None] = {}
        for doc in docs:
            rows = self.conn.execute("SELECT id, title FROM items WHERE document_id = ?", (doc["id"],))
            items = {r[0]: r[1] for r in rows if not is_procedural_item(r[1])}
            for item_id, text in self.conn.execute(
                "SELECT item_id, text FROM sections WHERE document_id = ? AND origin = 'section'"
                f" AND kind IN ({','.join('?' * len(kinds))})",
                (doc["id"], *kinds),
            ):
                if item_id in items:
                    texts.setdefault(text)
            texts.update(dict.fromkeys(t for t in items.values() if t))
        doc = docs[0]
        body = [p for p in (doc["council"], doc["committee"]) if p] or [Path(doc["path"]).name]
        name = " / ".join([*body, doc["date"]] if doc["date"] else body)
        year = str(doc["year"]) if doc["year"] else None
        return Meeting(f"{doc['id']}:{doc['path']}", year, list(texts), name)

    # -- documents ------------------------------------------------------------------------
    def documents(self, *, failed: bool | None = None) -> list[DocumentSummary]:
        """Stored documents (``failed=True``: only failures)."""
        sql = (
            "SELECT *, (SELECT COUNT(*) FROM document_files f WHERE f.document_id = d.id) AS files"
            " FROM documents d"
        )
        if failed is not None:
            sql += " WHERE status = ?"
        sql += " ORDER BY date IS NULL, date, id"
        args = ("failed" if failed else "ok",) if failed is not None else ()
        return [
            DocumentSummary(
                id=r["id"],
                meeting_id=r["meeting_id"],
                path=r["path"],
                sha256=r["sha256"],
                files=r["files"],
                kind=r["kind"],
                council=r["council"],
                committee=r["committee"],
                date=r["date"],
                n_items=r["n_items"],
                status=r["status"],
                errors=json.loads(r["errors"]),
            )
            for r in self.conn.execute(sql, args)
        ]

    def failures(self) -> list[DocumentSummary]:
        """Documents that could not be extracted (retried by the next run)."""
        return self.documents(failed=True)

    def get(self, ref: str) -> tuple[int, Document, int | None]:
        """A stored record by reference: document id ('12'), item ('12/3' or '12#3'), a path
        or file stem (optionally with '#<item index>'). Returns (id, record, item index)."""
        ref = ref.strip()
        item: int | None = None
        m = re.fullmatch(r"(.+?)[/#](\d+)", ref)
        base = ref
        if m and (m.group(1).isdigit() or "#" in ref):
            base, item = m.group(1), int(m.group(2))
        row = None
        if base.isdigit():
            row = self.conn.execute(
                "SELECT id, record_json FROM documents WHERE id = ?", (int(base),)
            ).fetchone()
        if row is None:
            row = self.conn.execute(
                "SELECT d.id, d.record_json FROM document_files f JOIN documents d ON d.id = f.document_id"
                " WHERE f.path = ? OR f.key = ?",
                (base, _key(base)),
            ).fetchone()
        if row is None:
            rows = self.conn.execute(
                "SELECT d.id, d.record_json, d.path FROM documents d WHERE EXISTS (SELECT 1 FROM"
                " document_files f WHERE f.document_id = d.id AND f.path LIKE ?) ORDER BY d.id",
                (f"%{base}%",),
            ).fetchall()
            if len(rows) > 1:
                listed = ", ".join(f"{r['id']} ({r['path']})" for r in rows[:5])
                raise StoreError(f"{ref!r} matches {len(rows)} documents: {listed}; use a document id")
            row = rows[0] if rows else None
        if row is None:
            raise StoreError(f"no stored document matches {ref!r}")
        from minutesmine.models import Document

        doc = Document.model_validate_json(row["record_json"])
        if item is not None and not 0 <= item < len(doc.items):
            raise StoreError(f"document {row['id']} has {len(doc.items)} items; no item {item}")
        return int(row["id"]), doc, item

    def stats(self) -> dict[str, int]:
        """Row counts of the main tables."""
        out = {}
        tables = (
            "meetings",
            "documents",
            "document_files",
            "items",
            "sections",
            "exchanges",
            "motions",
            "votes",
        )
        for t in (*tables, "entities", "mentions"):
            out[t] = self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
        return out
