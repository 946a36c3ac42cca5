"""``minutesmine serve``: the store in a browser, on Datasette, with this package's plugin.

This package is a Datasette plugin (registered by :func:`make_datasette`, and through the
``datasette`` entry point when minutesmine is installed, so plain ``datasette minutes.db``
gets it too). It adds, for the first database that is a minutesmine store:

- ``/-/search``: plain words, phrases, ``£``/``'``/``-`` as typed, with filters and snippets;
- ``/-/themes`` and ``/-/themes/<theme id>``: a theme's mentions per year and figures over
  time as server-side SVG charts, and its questions, answers, resolutions and figures per
  meeting, each linked to its item and source page;
- ``/-/items/<document id>/<item index>``: an item laid out for reading;
- ``/-/documents/<document id>``: the source file (PDF pages open at ``#page=N``);
- a search box and links to every theme on the home page.

Nothing is fetched from the network: the pages use Datasette's own stylesheet and no scripts.
Needs the ``web`` extra: ``pip install 'minutesmine[web]'``.
"""

from __future__ import annotations

import asyncio
import mimetypes
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from datasette import hookimpl
from datasette.utils.asgi import Response

from minutesmine.store import Store, StoreError
from minutesmine.web import pages
from minutesmine.web.metadata import CANNED_QUERIES, metadata

__all__ = ["make_datasette", "run", "serve"]

_TYPES = {"pdf": "application/pdf", "html": "text/html; charset=utf-8", "text": "text/plain; charset=utf-8"}
#: Stored HTML pages are shown as they are, but may not load anything (scripts, images, fonts).
_SOURCE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def _store_db(datasette: Any) -> Any | None:
    """The first attached database that holds a minutesmine store (cached on the instance)."""
    cached = getattr(datasette, "_minutesmine_db", None)
    if cached is not None:
        return cached
    for db in datasette.databases.values():
        if db.path and not db.is_memory:
            try:
                Store(db.path, readonly=True).close()
            except StoreError:
                continue
            datasette._minutesmine_db = db
            return db
    return None


async def _with_store(datasette: Any, fn: Callable[[Store], Any]) -> Any:
    """Run ``fn(store)`` in a thread on a read-only Store of the served database."""
    db = _store_db(datasette)
    if db is None:
        raise StoreError("no minutesmine store is being served")

    def work() -> Any:
        with Store(db.path, readonly=True) as store:
            return fn(store)

    return await asyncio.to_thread(work)


async def _page(
    datasette: Any, request: Any, template: str, fn: Callable[[Store], dict[str, Any]]
) -> Response:
    """Render ``template`` with ``fn``'s context; a StoreError (unknown theme, item) is a 404 page."""
    try:
        ctx = await _with_store(datasette, fn)
    except StoreError as exc:
        return Response.html(
            await datasette.render_template("mm_error.html", {"message": str(exc)}, request=request),
            status=404,
        )
    ctx["mm_db"] = _store_db(datasette).name
    return Response.html(await datasette.render_template(template, ctx, request=request))


def _args(request: Any) -> dict[str, str]:
    return {k: request.args.get(k, "") for k in ("q", "page", *pages.FILTERS)}


async def search_view(datasette: Any, request: Any) -> Response:
    link = datasette.urls.path
    return await _page(
        datasette, request, "mm_search.html", lambda s: pages.search_page(s, _args(request), link)
    )


async def themes_view(datasette: Any, request: Any) -> Response:
    return await _page(datasette, request, "mm_themes.html", lambda s: {"themes": pages.theme_list(s)})


async def theme_view(datasette: Any, request: Any) -> Response:
    theme = request.url_vars["theme"]
    link = datasette.urls.path
    return await _page(
        datasette, request, "mm_theme.html", lambda s: pages.theme_page(s, theme, _args(request), link)
    )


async def item_view(datasette: Any, request: Any) -> Response:
    doc_id, idx = int(request.url_vars["doc"]), int(request.url_vars["idx"])
    link = datasette.urls.path
    return await _page(datasette, request, "mm_item.html", lambda s: pages.item_page(s, doc_id, idx, link))


async def document_view(datasette: Any, request: Any) -> Response:
    """The stored document's source file, if it is still where it was extracted from."""
    doc_id = int(request.url_vars["doc"])
    rows = await _with_store(
        datasette,
        lambda s: [dict(r) for r in s.execute("SELECT key, format FROM documents WHERE id = ?", (doc_id,))],
    )
    path = Path(rows[0]["key"]) if rows else None
    if path is None or not path.is_file():
        return Response.text(f"document {doc_id}: source file not found", status=404)
    kind = _TYPES.get(rows[0]["format"]) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    body = await asyncio.to_thread(path.read_bytes)
    return Response(body, content_type=kind, headers={"Content-Security-Policy": _SOURCE_CSP})


@hookimpl
def register_routes(datasette: Any) -> list[tuple[str, Callable[..., Awaitable[Response]]]]:
    return [
        (r"^/-/search$", search_view),
        (r"^/-/themes$", themes_view),
        (r"^/-/themes/(?P<theme>[^/]+)$", theme_view),
        (r"^/-/items/(?P<doc>[0-9]+)/(?P<idx>[0-9]+)$", item_view),
        (r"^/-/documents/(?P<doc>[0-9]+)$", document_view),
    ]


@hookimpl
def extra_template_vars(template: str, datasette: Any) -> Callable[[], Awaitable[dict[str, Any]]] | None:
    """The home page's theme links (``index.html``)."""
    if template != "index.html":
        return None

    async def inner() -> dict[str, Any]:
        if _store_db(datasette) is None:
            return {}
        return await _with_store(datasette, pages.home)

    return inner


@hookimpl
def canned_queries(datasette: Any, database: str) -> dict[str, dict[str, Any]] | None:
    """The theme queries (:data:`~minutesmine.web.metadata.CANNED_QUERIES`) on the store."""
    db = _store_db(datasette)
    return CANNED_QUERIES if db is not None and db.name == database else None


@hookimpl
def menu_links(datasette: Any) -> list[dict[str, str]]:
    return [
        {"href": datasette.urls.path("/-/search"), "label": "Search minutes"},
        {"href": datasette.urls.path("/-/themes"), "label": "Themes"},
    ]


def make_datasette(db: str | Path, **kwargs: Any) -> Any:
    """A Datasette instance over the store ``db`` with this plugin and the project's metadata."""
    import sys

    from datasette.app import Datasette
    from datasette.plugins import pm

    path = Path(db)
    Store(path, readonly=True).close()  # StoreError unless it is a store
    plugin = sys.modules[__name__]
    if not pm.is_registered(plugin):
        pm.register(plugin, name="minutesmine")
    return Datasette([str(path)], metadata=metadata(path.stem), **kwargs)


def run(ds: Any, *, host: str = "127.0.0.1", port: int = 8001) -> None:
    """Serve a Datasette instance (from :func:`make_datasette`) until interrupted."""
    import uvicorn

    uvicorn.run(ds.app(), host=host, port=port, log_level="warning")


def serve(db: str | Path, *, host: str = "127.0.0.1", port: int = 8001) -> None:
    """Serve the store ``db`` until interrupted."""
    run(make_datasette(db), host=host, port=port)
