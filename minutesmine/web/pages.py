"""What the plugin's pages show, read from a store (synchronous: the routes run these in a thread).

Each function returns the template context of one page; links are made by the ``link``
callable (Datasette's ``urls.path``), so a base URL is honoured.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable
from html import escape
from typing import Any
from urllib.parse import urlencode

from markupsafe import Markup

from minutesmine.store import SearchError, Store, StoreError, TimelineEntry
from minutesmine.web.charts import Point, bar_chart, series_chart

__all__ = [
    "FILTERS",
    "PAGE_SIZE",
    "figure_series",
    "highlight",
    "home",
    "item_page",
    "search_page",
    "theme_list",
    "theme_page",
]

Link = Callable[[str], str]

#: Hits per search page.
PAGE_SIZE = 25

#: The filters of the search and theme pages (query-string names = Store filter names).
FILTERS = ("council", "committee", "since", "until", "theme", "kind")


def highlight(snippet: str) -> Markup:
    """A snippet with its ``**hits**`` as ``<mark>``, everything else escaped.

    >>> str(highlight("the **foster** carers <b>"))
    'the <mark>foster</mark> carers &lt;b&gt;'
    """
    parts = snippet.split("**")
    return Markup(
        "".join(
            f"<mark>{escape(p, quote=False)}</mark>" if k % 2 else escape(p, quote=False)
            for k, p in enumerate(parts)
        )
    )


def _options(store: Store) -> dict[str, list[str]]:
    """Values offered by the filter drop-downs."""

    def column(sql: str) -> list[str]:
        return [str(r[0]) for r in store.execute(sql) if r[0] is not None]

    return {
        "council": column("SELECT DISTINCT council FROM documents ORDER BY council"),
        "committee": column("SELECT DISTINCT committee FROM documents ORDER BY committee"),
        "year": column("SELECT DISTINCT year FROM documents ORDER BY year"),
        "theme": column("SELECT DISTINCT theme FROM item_themes ORDER BY theme"),
        "kind": column("SELECT DISTINCT kind FROM sections WHERE kind IS NOT NULL ORDER BY kind"),
    }


def _taxonomy() -> Any:
    from minutesmine.themes.taxonomy import load_taxonomy

    return load_taxonomy()


def _version(path: str) -> tuple[int, ...]:
    """When the store file (and its WAL) last changed: a new extraction changes it."""
    return tuple(os.stat(p).st_mtime_ns if os.path.exists(p) else 0 for p in (path, path + "-wal"))


_THEMES: dict[tuple[str, bool], tuple[tuple[int, ...], list[dict[str, Any]]]] = {}


def theme_list(store: Store, *, emergent: bool = True) -> list[dict[str, Any]]:
    """Every taxonomy theme (with its item and meeting counts), then the emergent themes;
    computed again only when the store has changed (finding emergent themes reads every text)."""
    key, version = (store.path, emergent), _version(store.path)
    cached = _THEMES.get(key)
    if cached is None or cached[0] != version:
        _THEMES[key] = cached = (version, _theme_list(store, emergent=emergent))
    return [dict(t) for t in cached[1]]


def _theme_list(store: Store, *, emergent: bool) -> list[dict[str, Any]]:
    tax = _taxonomy()
    counts: dict[str, dict[str, int]] = {}
    for c in store.themes():
        n = counts.setdefault(c.theme, {"n_items": 0, "n_meetings": 0})
        n["n_items"] += c.items
        n["n_meetings"] += c.meetings
    out = [
        {
            "id": t,
            "label": th.label,
            "description": th.description,
            **counts.get(t, {"n_items": 0, "n_meetings": 0}),
        }
        for t, th in tax.themes.items()
    ]
    out.sort(key=lambda r: (-r["n_items"], r["label"]))
    if emergent:
        for e in store.emergent_themes():
            out.append(
                {
                    "id": e.id,
                    "label": e.label,
                    "description": "Emergent: " + ", ".join(e.phrases[:4]),
                    "n_items": None,
                    "n_meetings": len(e.meetings),
                    "emergent": True,
                }
            )
    return out


def home(store: Store) -> dict[str, Any]:
    """The home page's search box and theme links."""
    return {"mm_themes": theme_list(store)}


def _matching_themes(query: str, themes: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Themes whose label or id is what was typed ("foster carers" -> foster_carers)."""
    norm = " ".join(re.findall(r"\w+", query.lower()))
    if not norm:
        return []
    return [
        t
        for t in themes
        if norm in (t["label"].lower(), t["id"].replace("_", " "))
        or (len(norm) > 3 and norm in t["label"].lower())
    ]


def search_page(store: Store, args: dict[str, str], link: Link) -> dict[str, Any]:
    """Hits for the query ``q`` under the filters, with highlighted snippets."""
    q = args.get("q", "").strip()
    filters = {k: args[k].strip() for k in FILTERS if args.get(k, "").strip()}
    ctx: dict[str, Any] = {"q": q, "filters": filters, "options": _options(store), "hits": [], "error": None}
    ctx["theme_labels"] = {t: _taxonomy().label(t) for t in ctx["options"]["theme"]}
    if not q:
        return ctx
    ctx["themes"] = _matching_themes(q, theme_list(store, emergent=False))
    page_no = int(args["page"]) if args.get("page", "").isdigit() and int(args["page"]) > 0 else 1
    try:  # one hit more than a page: is there a next page?
        hits = store.search(q, limit=PAGE_SIZE + 1, offset=(page_no - 1) * PAGE_SIZE, **filters)
    except (SearchError, StoreError) as exc:
        ctx["error"] = str(exc)
        return ctx
    ctx.update(page_no=page_no, first=(page_no - 1) * PAGE_SIZE + 1, more=len(hits) > PAGE_SIZE)
    hits = hits[:PAGE_SIZE]
    query = urlencode({"q": q, **filters})
    ctx["next_url"] = link(f"/-/search?{query}&page={page_no + 1}") if ctx["more"] else None
    ctx["prev_url"] = link(f"/-/search?{query}&page={page_no - 1}") if page_no > 1 else None
    pages = _item_pages(store, {(h.document_id, h.item_index) for h in hits})
    for h in hits:
        page = h.page or (pages.get((h.document_id, h.item_index)) or [None])[0]
        ctx["hits"].append(
            {
                **h.model_dump(),
                "snippet_html": highlight(h.snippet),
                "page": page,
                "item_url": link(f"/-/items/{h.document_id}/{h.item_index}"),
                "source_url": _source_url(link, h.document_id, page),
            }
        )
    return ctx


def _source_url(link: Link, doc_id: int, page: int | None) -> str:
    return link(f"/-/documents/{doc_id}") + (f"#page={page}" if page else "")


def _item_pages(store: Store, refs: Iterable[tuple[int, int]]) -> dict[tuple[int, int], list[int]]:
    """The PDF pages of items, by (document id, item index)."""
    out = {}
    for doc_id, idx in refs:
        row = store.execute("SELECT pages FROM items WHERE document_id = ? AND idx = ?", (doc_id, idx))
        out[(doc_id, idx)] = json.loads(row[0]["pages"]) if row and row[0]["pages"] else []
    return out


def figure_series(entries: Iterable[TimelineEntry]) -> dict[str, list[Point]]:
    """The numeric figures of a timeline, one series per unit (£, %, or a count's unit),
    each figure once per item; undated meetings are left out (no place on a time axis)."""
    series: dict[str, list[Point]] = {}
    for e in entries:
        seen = set()
        for f in e.figures:
            if not e.date or isinstance(f.value, str) or f.value is None or isinstance(f.value, bool):
                continue
            unit = {"MONEY": "£", "PERCENT": "%"}.get(f.label) or f.unit or "count"
            if (unit, f.text, f.value) in seen:
                continue
            seen.add((unit, f.text, f.value))
            series.setdefault(unit, []).append(
                Point(e.date, float(f.value), f"{f.text} — {f.sentence}", e.ref)
            )
    return series


def theme_page(store: Store, theme: str, args: dict[str, str], link: Link) -> dict[str, Any]:
    """A theme's story: mentions per year, figures over time, and each meeting's entries."""
    tax = _taxonomy()
    filters = {k: args[k].strip() for k in FILTERS if k not in ("theme", "kind") and args.get(k, "").strip()}
    entries = store.timeline(theme, **filters)  # StoreError for an unknown theme
    counts = [
        (c.year or "undated", c.council, c.items)
        for c in store.themes(theme=theme, by_council=True, **filters)
    ]
    if not counts:  # emergent themes have no item_themes rows: count the timeline's items
        per: dict[tuple[str, str | None], int] = {}
        for e in entries:
            key = ((e.date or "")[:4] or "undated", e.council)
            per[key] = per.get(key, 0) + 1
        counts = [(y, c, n) for (y, c), n in sorted(per.items(), key=lambda kv: (kv[0][0], kv[0][1] or ""))]
    if len({c for _, c, _ in counts}) < 2:
        counts = _merge_councils(counts)
    series = figure_series(entries)
    pages = _item_pages(store, {(int(e.ref.split("/")[0]), e.item_index) for e in entries})
    rows = []
    for e in entries:
        doc_id = int(e.ref.split("/")[0])
        item_pages = pages.get((doc_id, e.item_index)) or []
        rows.append(
            {
                "e": e,
                "figures": list({(f.text, f.sentence): f for f in e.figures}.values()),  # each once
                "item_url": link(f"/-/items/{doc_id}/{e.item_index}"),
                "pages": item_pages,
                "source_url": _source_url(link, doc_id, item_pages[0] if item_pages else None),
            }
        )
    th = tax.themes.get(theme)
    return {
        "theme": theme,
        "label": tax.label(theme),
        "description": th.description if th else "",
        "filters": filters,
        "options": _options(store),
        "rows": rows,
        "counts": counts,
        "bar_svg": Markup(bar_chart(counts, label="items")) if counts else "",
        "series_svg": Markup(series_chart(series)) if series else "",
        "undated_figures": sum(1 for e in entries if not e.date and e.figures),
    }


def _merge_councils(counts: list[tuple[str, str | None, int]]) -> list[tuple[str, str | None, int]]:
    """One series when there is one council (or none): counts per year only."""
    per: dict[str, int] = {}
    for year, _, n in counts:
        per[year] = per.get(year, 0) + n
    return [(y, None, n) for y, n in per.items()]


def item_page(store: Store, doc_id: int, idx: int, link: Link) -> dict[str, Any]:
    """One agenda item laid out for reading."""
    _, doc, _ = store.get(f"{doc_id}/{idx}")
    item = doc.items[idx]
    tax = _taxonomy()
    figures = [e for e in doc.entities if e.item_index == idx and e.label in tax.figure_labels]
    return {
        "doc_id": doc_id,
        "idx": idx,
        "doc": doc,
        "item": item,
        "figures": figures,
        "themes": [(t, tax.label(t), link(f"/-/themes/{t}")) for t in item.themes],
        "source_url": _source_url(link, doc_id, item.pages[0] if item.pages else None),
        "n_items": len(doc.items),
        "prev_url": link(f"/-/items/{doc_id}/{idx - 1}") if idx > 0 else None,
        "next_url": link(f"/-/items/{doc_id}/{idx + 1}") if idx + 1 < len(doc.items) else None,
    }
