"""What the web tests read back from a page: chart data, links, external references."""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict

from minutesmine.store import Store

_BAR = re.compile(r'<rect class="bar" data-year="([^"]*)" data-series="([^"]*)" data-count="(\d+)"')
_POINT = re.compile(r'<circle class="point" data-date="([^"]*)" data-value="([^"]*)"')
_SERIES = re.compile(r'<g class="series" data-unit="([^"]*)"')
#: A resource a page would fetch from elsewhere (scripts, stylesheets, images, fonts, CSS url()).
_EXTERNAL = re.compile(r'(?:src|href)="(?:https?:)?//[^"]*"[^>]*>|url\((?:["\']?)(?:https?:)?//', re.I)


def bars(html: str) -> dict[str, int]:
    """The bar chart's items per year (summed over councils), bars of zero left out."""
    out: dict[str, int] = defaultdict(int)
    for year, _, n in _BAR.findall(html):
        out[year] += int(n)
    return {y: n for y, n in out.items() if n}


def points(html: str) -> set[tuple[str, float]]:
    """The figures chart's (date, value) points."""
    return {(d, float(v)) for d, v in _POINT.findall(html)}


def units(html: str) -> list[str]:
    return _SERIES.findall(html)


def expected_bars(db: str, theme: str) -> dict[str, int]:
    """Items on ``theme`` per meeting year, straight from the store's tables."""
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "SELECT COALESCE(CAST(d.year AS TEXT), 'undated'), COUNT(DISTINCT t.item_id) FROM item_themes t"
        " JOIN documents d ON d.id = t.document_id WHERE t.theme = ? GROUP BY d.year",
        (theme,),
    ).fetchall()
    conn.close()
    return dict(rows)


def expected_points(db: str, theme: str) -> set[tuple[str, float]]:
    """The numeric figures the store's timeline quotes on ``theme`` at dated meetings."""
    with Store(db, readonly=True) as store:
        return {
            (e.date, float(f.value))
            for e in store.timeline(theme)
            for f in e.figures
            if e.date and isinstance(f.value, (int, float)) and not isinstance(f.value, bool)
        }


def external_references(html: str) -> list[str]:
    """Tags and CSS that load something from another host: only ``<a href>`` (Datasette's
    footer links to datasette.io) and ``<link rel="alternate">`` (not fetched) may be absolute."""
    found = []
    for m in _EXTERNAL.finditer(html):
        start = html.rfind("<", 0, m.start())
        tag = html[start : m.end()].lower()
        if not (tag.startswith("<a ") or tag.startswith('<link rel="alternate"')):
            found.append(html[start : m.end()][:200])
    return found
