"""Commands for scrutiny officers over a store: search, themes, timeline, show, emergent,
meetings, votes; and prune, which forgets files that are gone.

Each command opens a :class:`~minutesmine.store.Store`, calls one method and prints the result
as a table (default), JSON or CSV. Library errors become clear messages, never tracebacks.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import os
import sys
import textwrap
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from pydantic import BaseModel

from minutesmine.cli import main

if TYPE_CHECKING:
    from minutesmine.models import AgendaItem, Document

__all__ = ["emergent", "meetings", "prune", "search", "serve", "show", "themes", "timeline", "votes"]

FORMATS = ("table", "json", "csv")


def db_option(f: Callable[..., Any]) -> Callable[..., Any]:
    """``--db``: the store to read (default ``minutes.db`` or $MINUTESMINE_DB)."""
    return click.option(
        "--db",
        default="minutes.db",
        envvar="MINUTESMINE_DB",
        show_default=True,
        type=click.Path(dir_okay=False),
        help="SQLite store written by `minutesmine extract --db`.",
    )(f)


def output_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """``--db`` and ``--format``."""
    f = click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMATS),
        default="table",
        show_default=True,
        help="Output format.",
    )(f)
    return db_option(f)


def filter_options(*exclude: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The filters every query takes (less those named in ``exclude``)."""
    opts = {
        "council": click.option("--council", help="Council name (substring, case-insensitive)."),
        "committee": click.option("--committee", help="Committee name (substring, case-insensitive)."),
        "since": click.option(
            "--since", help="Meetings on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)."
        ),
        "until": click.option(
            "--until", help="Meetings on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)."
        ),
        "theme": click.option("--theme", help="Items tagged with this theme id (see `minutesmine themes`)."),
        "kind": click.option(
            "--kind", help="Section kind(s), comma-separated: question, response, resolution, minutes, ..."
        ),
    }

    def decorate(f: Callable[..., Any]) -> Callable[..., Any]:
        for name, opt in reversed(opts.items()):
            if name not in exclude:
                f = opt(f)
        return f

    return decorate


def require_store(db: str) -> None:
    """Fail with a hint when there is no store at ``db``."""
    if db != ":memory:" and not Path(db).exists():
        raise click.ClickException(f"no store at {db}; build one with: minutesmine extract FOLDER --db {db}")


def open_store(db: str) -> Any:
    """Open an existing store for queries, or fail with a hint."""
    from minutesmine.store import Store

    require_store(db)
    return Store(db, readonly=True)


def store_errors(f: Callable[..., Any]) -> Callable[..., Any]:
    """Turn the store's user errors into click errors (message, exit 1, no traceback)."""

    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from minutesmine.store import StoreError

        try:
            return f(*args, **kwargs)
        except StoreError as exc:
            raise click.ClickException(str(exc)) from None

    return wrapper


# -- rendering ------------------------------------------------------------------------------


def _bold(s: str) -> str:
    """Highlight **hits** in bold on a terminal; leave the markers otherwise."""
    if not sys.stdout.isatty() or os.environ.get("NO_COLOR"):
        return s
    parts = s.split("**")
    return "".join(click.style(p, bold=True) if k % 2 else p for k, p in enumerate(parts))


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, (list, tuple)):
        return "; ".join(_cell(x) for x in v)
    if isinstance(v, float):
        return f"{v:g}"
    return " ".join(str(v).split())


def table(
    rows: Sequence[dict[str, Any]], columns: Sequence[str], widths: dict[str, int] | None = None
) -> str:
    """A plain-text table; ``widths`` caps (and wraps) some columns.

    >>> print(table([{"a": 1, "b": "xy"}], ["a", "b"]))
    a  b
    -  --
    1  xy
    """
    widths = widths or {}
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    wrapped = [
        [
            textwrap.wrap(v, widths[c]) or [""] if c in widths else [v]
            for c, v in zip(columns, row, strict=True)
        ]
        for row in cells
    ]
    w = [max([len(c)] + [len(line) for row in wrapped for line in row[k]]) for k, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w[k]) for k, c in enumerate(columns)).rstrip()]
    lines.append("  ".join("-" * w[k] for k in range(len(columns))))
    for row in wrapped:
        for n in range(max(len(x) for x in row)):
            lines.append(
                "  ".join(
                    (row[k][n] if n < len(row[k]) else "").ljust(w[k]) for k in range(len(columns))
                ).rstrip()
            )
    return "\n".join(lines)


def emit(models: Iterable[BaseModel] | Iterable[dict[str, Any]], fmt: str, columns: Sequence[str]) -> None:
    """Print records as JSON (a list) or CSV (``columns``)."""
    rows = [m.model_dump(mode="json") if isinstance(m, BaseModel) else m for m in models]
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        for r in rows:
            writer.writerow({c: _cell(r.get(c)) for c in columns})
        click.echo(buf.getvalue(), nl=False)


# -- commands -------------------------------------------------------------------------------


@main.command()
@click.argument("query")
@filter_options()
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 1000), help="Number of hits.")
@click.option("--sql", "show_sql", is_flag=True, help="Print the SQL instead of running it.")
@output_options
@store_errors
def search(query: str, limit: int, show_sql: bool, db: str, fmt: str, **filters: Any) -> None:
    """Full-text search over every section, best first, with highlighted snippets.

    QUERY is plain words as typed (punctuation kept: children's services, £10.9m; stemmed:
    "carers" finds "carer"), or SQLite FTS5 syntax when it has operators: "quoted phrases",
    AND / OR / NOT, prefix*. Each hit shows its REF for `minutesmine show`.

    Example: minutesmine search '"foster carers"' --db minutes.db --since 2018
    """
    with open_store(db) as store:
        if show_sql:
            sql, params = store.search_sql(query, limit=limit, **filters)
            click.echo(sql)
            click.echo(json.dumps(params))
            return
        hits = store.search(query, limit=limit, **filters)
    columns = ["ref", "date", "council", "committee", "item_title", "kind", "page", "document", "snippet"]
    if fmt == "csv":  # no highlight marks in a spreadsheet
        emit(
            [{**h.model_dump(mode="json"), "snippet": h.snippet.replace("**", "")} for h in hits],
            fmt,
            columns,
        )
        return
    if fmt != "table":
        emit(hits, fmt, columns)
        return
    if not hits:
        click.echo("no matches", err=True)
        return
    for h in hits:
        where = " · ".join(x for x in (h.date, h.council, h.committee) if x)
        page = f", p. {h.page}" if h.page else ""
        click.echo(click.style(f"[{h.ref}]", fg="cyan") + f" {where or 'undated'} — {h.item_title or ''}")
        click.echo(f"    {h.document}{page} ({h.kind})")
        for line in textwrap.wrap(h.snippet, 100):
            click.echo("    " + _bold(line))
        click.echo()


@main.command()
@filter_options("kind")
@click.option("--by-council", is_flag=True, help="Count per council as well as per year.")
@output_options
@store_errors
def themes(db: str, fmt: str, by_council: bool, **filters: Any) -> None:
    """Each theme's count of items per year (and per council with --by-council).

    Example: minutesmine themes --db minutes.db --by-council
    """
    with open_store(db) as store:
        counts = store.themes(by_council=by_council, **filters)
    columns = ["theme", "label", "year", "council", "items", "meetings"]
    if fmt != "table":
        emit(counts, fmt, columns if by_council else [c for c in columns if c != "council"])
        return
    if not counts:
        click.echo("no themed items", err=True)
        return
    years = sorted({c.year or "undated" for c in counts})
    pivot: dict[tuple[str, str | None], dict[str, Any]] = {}
    for c in counts:
        row = pivot.setdefault((c.theme, c.council), {"theme": c.theme, "council": c.council, "total": 0})
        row[c.year or "undated"] = c.items
        row["total"] += c.items
    rows = sorted(pivot.values(), key=lambda r: (-r["total"], r["theme"], r["council"] or ""))
    cols = ["theme", *(["council"] if by_council else []), *years, "total"]
    click.echo(table(rows, cols))


@main.command()
@click.argument("theme")
@filter_options("theme")
@output_options
@store_errors
def timeline(theme: str, db: str, fmt: str, **filters: Any) -> None:
    """Per meeting in date order, what came up on THEME: council, committee, date, item, the
    questions asked and answers given, the resolutions and the figures quoted. THEME is a
    taxonomy theme or an emergent theme's id from `minutesmine emergent`.

    Example: minutesmine timeline caseloads --db minutes.db --council Croydon
    """
    with open_store(db) as store:
        entries = store.timeline(theme, **filters)
    if fmt == "csv":
        rows = []
        for e in entries:
            d = e.model_dump(mode="json")
            d["questions"] = [f"Q: {q.question} A: {q.response or '(no answer)'}" for q in e.questions]
            d["figures"] = [f"{f.text}" for f in e.figures]
            rows.append(d)
        cols = [
            "ref",
            "date",
            "council",
            "committee",
            "item_title",
            "questions",
            "resolutions",
            "figures",
            "document",
        ]
        emit(rows, fmt, cols)
        return
    if fmt == "json":
        emit(entries, fmt, [])
        return
    if not entries:
        click.echo(f"no items on {theme}", err=True)
        return
    wrap = functools.partial(textwrap.fill, width=100, subsequent_indent="      ")
    for e in entries:
        head = " · ".join(x for x in (e.date or "undated", e.council, e.committee) if x)
        click.echo(click.style(head, bold=True))
        click.echo(f"  [{e.ref}] {e.item_title or ''}  ({e.document})")
        for q in e.questions:
            click.echo(wrap(f"    Q ({q.asker or 'member'}): {q.question}"))
            if q.response:
                click.echo(wrap(f"    A ({q.responder or 'officers'}): {q.response}"))
            else:
                click.echo("    A: (no answer minuted)")
        if not e.questions:
            for m in e.mentions[:3]:
                click.echo(wrap(f"    - {m}"))
        for f in e.figures:
            unit = f" {f.unit}" if f.unit and f.label == "QUANTITY" else ""
            click.echo(wrap(f"    # {f.text} ({f.label} {f.value}{unit}) — {f.sentence}"))
        for r in e.resolutions:
            click.echo(wrap(f"    Resolved: {r}"))
        click.echo()


#: Entity labels listed under "Figures" by `show` (the taxonomy's figure labels).
FIGURE_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY"})


def _shown(entries: Sequence[str], texts: Sequence[str]) -> bool:
    """Whether every entry is already in ``texts`` (the sections `show` printed), spacing aside.

    >>> _shown(["The report was noted."], ["Resolved:\\n1. The report  was noted."])
    True
    >>> _shown(["A"], [])
    False
    """
    if not texts:
        return False
    printed = " ".join(" ".join(t.split()) for t in texts)
    return all(" ".join(e.split()) in printed for e in entries)


@main.command()
@click.argument("ref")
@output_options
@store_errors
def show(ref: str, db: str, fmt: str) -> None:
    """One item (or a whole document) laid out for reading.

    REF is a document id, an item ref '12/3' (as search and timeline print), a path, or a
    file name stem with an optional '#<item index>'.

    Example: minutesmine show 12/0 --db minutes.db
    """
    with open_store(db) as store:
        doc_id, doc, idx = store.get(ref)
    items = [(idx, doc.items[idx])] if idx is not None else list(enumerate(doc.items))
    if fmt == "json":
        _show_json(doc, idx)
    elif fmt == "csv":
        rows = [
            {"ref": f"{doc_id}/{i}", "kind": s.kind, "heading": s.heading, "text": s.text}
            for i, it in items
            for s in it.sections
        ]
        emit(rows, fmt, ["ref", "kind", "heading", "text"])
    else:
        _show_table(doc_id, doc, items)


def _show_json(doc: Document, idx: int | None) -> None:
    """`show --format json`: the document's record, or the item's with its document and meeting."""
    if idx is None:
        out = doc.model_dump(mode="json")
    else:
        out = {
            "document": doc.source.path,
            "meeting": doc.meeting.model_dump(mode="json"),
            "item": doc.items[idx].model_dump(mode="json"),
        }
    click.echo(json.dumps(out, indent=2, ensure_ascii=False))


#: A paragraph of `show`'s table layout: wrapped at 100 columns, indented two spaces.
_para = functools.partial(textwrap.fill, width=100, initial_indent="  ", subsequent_indent="  ")


def _show_heading(title: str) -> None:
    """A bold heading within an item, after a blank line."""
    click.echo()
    click.echo(click.style(f"  {title}", bold=True))


def _show_table(doc_id: int, doc: Document, items: Sequence[tuple[int, AgendaItem]]) -> None:
    """`show`'s reading layout: the meeting and document, then each item."""
    m = doc.meeting
    click.echo(
        click.style(" · ".join(x for x in (m.date, m.council, m.committee) if x) or "undated", bold=True)
    )
    click.echo(f"{doc.source.path} ({doc.kind})")
    for i, it in items:
        click.echo()
        num = f"{it.number}. " if it.number else ""
        click.echo(click.style(f"[{doc_id}/{i}] {num}{it.title}", bold=True))
        if it.themes:
            click.echo(f"  themes: {', '.join(it.themes)}")
        if it.purpose:
            click.echo(_para(f"Purpose: {it.purpose}"))
        _show_sections(it)
        _show_lists(it)
        _show_exchanges(it)
        figures = [e for e in doc.entities if e.item_index == i and e.label in FIGURE_LABELS]
        if figures:
            _show_heading("Figures")
            click.echo(_para("; ".join(f"{e.text} ({e.label})" for e in figures)))


def _show_sections(it: AgendaItem) -> None:
    """An item's sections, each under its kind (and heading), paragraph by paragraph."""
    for s in it.sections:
        click.echo()
        label = s.kind + (f": {s.heading}" if s.heading else "")
        click.echo(click.style(f"  {label}", underline=True))
        for para in s.text.split("\n"):
            if para.strip():
                click.echo(_para(para))


def _show_lists(it: AgendaItem) -> None:
    """An item's recommendations, resolutions, conclusions, requests and actions, each list
    unless its sections already printed it."""
    for title, kind, entries in (
        ("Recommendations", "recommendation", it.recommendations),
        ("Resolved", "resolution", it.resolutions),
        ("Conclusions", "conclusion", it.conclusions),
        ("Requests for information", "information_request", it.information_requests),
        ("Actions", "action", [a.text + (f" ({a.owner})" if a.owner else "") for a in it.actions]),
    ):
        if entries and not _shown(entries, [s.text for s in it.sections if s.kind == kind]):
            _show_heading(title)
            for e in entries:
                click.echo(_para(f"- {e}"))


def _show_exchanges(it: AgendaItem) -> None:
    """An item's questions and answers, each with who asked and who answered."""
    if not it.exchanges:
        return
    _show_heading("Questions and answers")
    for ex in it.exchanges:
        click.echo(_para(f"Q ({ex.question.speaker or 'member'}): {ex.question.text}"))
        answer = ex.response.text if ex.response else "(no answer minuted)"
        who = ex.response.speaker if ex.response and ex.response.speaker else "officers"
        click.echo(_para(f"A ({who}): {answer}"))


@main.command()
@filter_options("theme", "kind")
@click.option("--min-meetings", type=int, help="Meetings a phrase must occur in (default from models/).")
@click.option("--limit", type=click.IntRange(1, 100_000), help="Number of themes to list.")
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show progress on stderr (default: when stderr is a terminal).",
)
@output_options
@store_errors
def emergent(
    db: str, fmt: str, min_meetings: int | None, limit: int | None, progress: bool | None, **filters: Any
) -> None:
    """Recurring phrases outside the taxonomy, grouped, with the meetings (council /
    committee / date) they occur in. Procedural items and boilerplate are left out; each
    label is the phrase as the minutes write it.

    Example: minutesmine emergent --db minutes.db --min-meetings 3
    """
    show = sys.stderr.isatty() if progress is None else progress
    with open_store(db) as store, _Progress("reading meetings", show) as bar:
        found = store.emergent_themes(min_meetings=min_meetings, limit=limit, progress=bar.update, **filters)
    if fmt != "table":
        emit(found, fmt, ["id", "label", "count", "years", "phrases", "meetings"])
        return
    if not found:
        click.echo("no emergent themes", err=True)
        return
    rows = [{**t.model_dump(), "meetings": _first(t.meetings, 3), "years": _span(t.years)} for t in found]
    columns = ["label", "count", "years", "meetings", "id"]
    click.echo(table(rows, columns, {"label": 30, "meetings": 60}))


def _first(names: list[str], n: int) -> str:
    """The first ``n`` names and how many more there are.

    >>> _first(["a", "b", "c", "d"], 2)
    'a; b; (+2 more)'
    """
    more = f"; (+{len(names) - n} more)" if len(names) > n else ""
    return "; ".join(names[:n]) + more


def _span(years: list[str]) -> str:
    """Years as a span when there are more than two.

    >>> _span(["2018", "2019", "2021"]), _span(["2018", "2019"])
    ('2018-2021 (3)', '2018; 2019')
    """
    return f"{years[0]}-{years[-1]} ({len(years)})" if len(years) > 2 else "; ".join(years)


class _Progress:
    """A progress bar on stderr (click's on a terminal; a line per tenth elsewhere), fed
    ``update(done, total)``; nothing when not shown."""

    def __init__(self, label: str, show: bool) -> None:
        self.label, self.show = label, show
        self.bar: Any = None
        self.tenth = 0

    def __enter__(self) -> _Progress:
        return self

    def update(self, done: int, total: int) -> None:
        if not self.show:
            return
        if sys.stderr.isatty():
            if self.bar is None:
                self.bar = click.progressbar(length=total, label=self.label, file=sys.stderr).__enter__()
            self.bar.update(done - self.bar.pos)
        elif done * 10 // max(total, 1) > self.tenth or done == total:
            self.tenth = done * 10 // max(total, 1)
            click.echo(f"{self.label}: {done}/{total}", err=True)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)


@main.command()
@filter_options("theme", "kind")
@output_options
@store_errors
def meetings(db: str, fmt: str, **filters: Any) -> None:
    """Meetings in date order (a council, a committee and a date), with how many documents
    (minutes, agenda pack, ...) and files (the same minutes as PDF, HTML and text, copies)
    the store holds of each. A document without a committee or a date is a meeting of its own.

    Example: minutesmine meetings --db minutes.db --committee "Children and Young People"
    """
    with open_store(db) as store:
        found = store.meetings(**filters)
    columns = ["id", "date", "council", "committee", "documents", "files", "items", "paths"]
    if fmt != "table":
        emit(found, fmt, columns)
        return
    if not found:
        click.echo("no meetings", err=True)
        return
    click.echo(table([m.model_dump() for m in found], columns[:-1], {"committee": 40}))


@main.command()
@click.option("--member", help="Member's name as minuted (substring, case-insensitive).")
@click.option(
    "--vote",
    "vote",
    type=click.Choice(["for", "against", "abstain", "absent"]),
    help="Only votes of this kind.",
)
@filter_options("theme", "kind")
@output_options
@store_errors
def votes(db: str, fmt: str, member: str | None, vote: str | None, **filters: Any) -> None:
    """Recorded votes, one row per member per motion, in meeting order: who voted how on
    what, the motion's mover, seconder and outcome.

    Example: minutesmine votes --db minutes.db --member Smith --since 2023
    """
    with open_store(db) as store:
        found = store.votes(member=member, vote=vote, **filters)
    columns = [
        "ref",
        "date",
        "council",
        "committee",
        "name",
        "vote",
        "outcome",
        "mover",
        "seconder",
        "motion",
    ]
    if fmt != "table":
        emit(found, fmt, [*columns, "item_title", "document"])
        return
    if not found:
        click.echo("no recorded votes", err=True)
        return
    click.echo(table([v.model_dump() for v in found], columns, {"motion": 60, "committee": 30}))


@main.command()
@click.option("--dry-run", is_flag=True, help="List what would be removed; change nothing.")
@db_option
@store_errors
def prune(db: str, dry_run: bool) -> None:
    """Remove from the store the files that are no longer on disk: a document goes with its
    last file, a meeting with its last document. Other files of the same content keep it.

    Example: minutesmine prune --db minutes.db --dry-run
    """
    from minutesmine.store import Store

    require_store(db)
    with Store(db) as store:
        before = store.stats()
        gone = store.prune(dry_run=dry_run)
        after = store.stats()
    verb = "would remove" if dry_run else "removed"
    for f in gone:
        tail = f" (document {f.document_id}, which has no other file)" if f.document_removed else ""
        click.echo(f"{verb}: {f.path}{tail}")
    docs = sum(f.document_removed for f in gone)
    meetings = "" if dry_run else f" and {before['meetings'] - after['meetings']} meetings"
    click.echo(f"{len(gone)} files gone: {verb} them, {docs} documents{meetings}", err=True)


@main.command()
@click.option(
    "--port", default=8001, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on."
)
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to listen on (this machine only)."
)
@db_option
@store_errors
def serve(db: str, port: int, host: str) -> None:
    """Browse the store in a browser (Datasette): search, themes over the years, items.

    Pages: / (search box, every theme), /-/search, /-/themes/<theme id>, /-/items/<doc>/<item>,
    and Datasette's tables and canned queries. Needs: pip install 'minutesmine[web]'.

    Example: minutesmine serve --db minutes.db --port 8001
    """
    require_store(db)
    try:
        from minutesmine import web
    except ImportError as exc:
        raise click.ClickException(
            f"serve needs Datasette ({exc.name} is missing): pip install 'minutesmine[web]'"
        ) from None
    ds = web.make_datasette(db)
    click.echo(f"serving {db} on http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    web.run(ds, host=host, port=port)
