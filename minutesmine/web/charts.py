"""Server-side SVG charts for the web pages: no scripts, no fonts, nothing fetched.

Every mark carries its data as ``data-*`` attributes (and a ``<title>`` tooltip), so a test,
or a reader with the developer tools open, can check the chart against the store.

>>> svg = bar_chart([("2016", "Croydon", 2), ("2017", "Croydon", 1)])
>>> svg.count("<rect class=\\"bar\\""), 'data-count="2"' in svg
(2, True)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

__all__ = ["PALETTE", "Point", "bar_chart", "series_chart"]

#: Colour-blind-safe (Okabe–Ito) colours, one per council or unit.
PALETTE = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#000000")

_FONT = 'font-family="sans-serif" font-size="12"'


def _a(value: object) -> str:
    """An attribute value, escaped."""
    return escape(str(value), quote=True)


def _nice_max(v: float) -> float:
    """A round axis maximum at or above ``v`` (1, 2, 5 x 10^n).

    >>> _nice_max(7), _nice_max(35), _nice_max(0)
    (10, 50, 1)
    """
    if v <= 0:
        return 1
    step = 1
    while step * 10 <= v:
        step *= 10
    while step > v * 10:
        step /= 10
    for m in (1, 2, 5, 10):
        if m * step >= v:
            return m * step
    return 10 * step


def _num(v: float) -> str:
    """A figure for an axis or tooltip: 12, 1.5, 10.9m, 2.3bn.

    >>> _num(35), _num(10_900_000), _num(0.5)
    ('35', '10.9m', '0.5')
    """
    for div, suffix in ((1e9, "bn"), (1e6, "m"), (1e4, "k")):
        if abs(v) >= div:
            return f"{v / div:.3g}{suffix}" if suffix != "k" else f"{v / 1e3:.3g}k"
    return f"{v:.3g}" if v != int(v) else str(int(v))


def _legend(names: Sequence[str], x: float, y: float) -> list[str]:
    out = []
    for k, name in enumerate(names):
        colour = PALETTE[k % len(PALETTE)]
        out.append(
            f'<g class="legend-entry" transform="translate({x},{y + 18 * k})">'
            f'<rect width="12" height="12" fill="{colour}"/>'
            f'<text x="18" y="11" {_FONT}>{escape(name)}</text></g>'
        )
    return out


def bar_chart(
    rows: Sequence[tuple[str, str | None, int]], *, width: int = 720, height: int = 240, label: str = "items"
) -> str:
    """Bars of (year, series, count) rows: one group per year, one bar per series (council)."""
    years = sorted({r[0] for r in rows})
    series = sorted({r[1] or "" for r in rows})
    counts = {(r[0], r[1] or ""): r[2] for r in rows}
    top = _nice_max(max((r[2] for r in rows), default=0))
    legend_w = 160 if len(series) > 1 else 0
    left, right, top_pad, bottom = 40, 10 + legend_w, 10, 30
    plot_w, plot_h = width - left - right, height - top_pad - bottom
    group_w = plot_w / max(len(years), 1)
    bar_w = group_w * 0.8 / max(len(series), 1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart bar-chart" role="img" width="{width}"'
        f' height="{height}" viewBox="0 0 {width} {height}"><title>{escape(label)} per year</title>'
    ]
    parts += _y_axis(left, top_pad, plot_w, plot_h, 0, top)
    for yi, year in enumerate(years):
        gx = left + yi * group_w
        parts.append(
            f'<text x="{gx + group_w / 2:.1f}" y="{height - 10}" text-anchor="middle" {_FONT}>'
            f"{escape(year)}</text>"
        )
        for si, name in enumerate(series):
            n = counts.get((year, name), 0)
            h = plot_h * n / top
            x = gx + group_w * 0.1 + si * bar_w
            tip = f"{year}{' · ' + name if name else ''}: {n} {label}"
            parts.append(
                f'<rect class="bar" data-year="{_a(year)}" data-series="{_a(name)}" data-count="{n}"'
                f' x="{x:.1f}" y="{top_pad + plot_h - h:.1f}" width="{bar_w:.1f}" height="{h:.1f}"'
                f' fill="{PALETTE[si % len(PALETTE)]}"><title>{escape(tip)}</title></rect>'
            )
    if legend_w:
        parts += _legend(series, width - legend_w + 10, top_pad)
    parts.append("</svg>")
    return "".join(parts)


def _y_axis(left: float, top: float, plot_w: float, plot_h: float, lo: float, hi: float) -> list[str]:
    """Horizontal grid lines with labels at the bottom, middle and top of the scale (no middle
    line when it would fall between two whole numbers of a small count scale)."""
    out = []
    for frac in (0, 0.5, 1) if hi - lo != 1 else (0, 1):
        y = top + plot_h * (1 - frac)
        out.append(
            f'<line x1="{left}" x2="{left + plot_w}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ccc"/>'
            f'<text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end" {_FONT}>'
            f"{_num(lo + (hi - lo) * frac)}</text>"
        )
    return out


@dataclass(frozen=True)
class Point:
    """One figure quoted at a meeting: its date, value, and what to show on hover."""

    date: str
    value: float
    text: str
    ref: str = ""


def _days(date: str) -> int:
    """Days since year 0 of a YYYY[-MM[-DD]] date (for the time axis)."""
    parts = [int(p) for p in date.split("-")] + [1, 1]
    return parts[0] * 372 + (parts[1] - 1) * 31 + parts[2] - 1


def series_chart(series: dict[str, list[Point]], *, width: int = 720, panel_h: int = 120) -> str:
    """Figures over time, one panel (own scale) and colour per series (unit), on one time axis."""
    names = list(series)
    points = [p for ps in series.values() for p in ps]
    if not points:
        return ""
    d0, d1 = min(_days(p.date) for p in points), max(_days(p.date) for p in points)
    span = max(d1 - d0, 1)
    left, right, gap, bottom = 60, 20, 26, 24
    height = len(names) * (panel_h + gap) + bottom
    plot_w = width - left - right
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart series-chart" role="img" width="{width}"'
        f' height="{height}" viewBox="0 0 {width} {height}"><title>Figures quoted over time</title>'
    ]
    for k, name in enumerate(names):
        parts += _panel(name, series[name], k, left, k * (panel_h + gap) + gap, plot_w, panel_h, d0, span)
    first, last = min(int(p.date[:4]) for p in points), max(int(p.date[:4]) for p in points)
    years = [str(y) for y in range(first, last + 1)]
    for year in years:
        x = left + plot_w * (_days(f"{year}-01-01") - d0) / span if len(years) > 1 else left + plot_w / 2
        x = min(max(x, left), left + plot_w)
        parts.append(f'<text x="{x:.1f}" y="{height - 6}" text-anchor="middle" {_FONT}>{year}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _panel(
    name: str,
    points: list[Point],
    k: int,
    left: float,
    top: float,
    plot_w: float,
    plot_h: float,
    d0: int,
    span: int,
) -> list[str]:
    """One series: a titled panel with its own y scale, a line through its points in date order."""
    colour = PALETTE[k % len(PALETTE)]
    lo = min(0.0, *(p.value for p in points))
    hi = _nice_max(max(p.value for p in points))
    out = [
        f'<g class="series" data-unit="{_a(name)}">',
        f'<text x="{left}" y="{top - 8}" font-weight="bold" {_FONT} fill="{colour}">{escape(name)}</text>',
    ]
    out += _y_axis(left, top, plot_w, plot_h, lo, hi)
    xy = []
    for p in sorted(points, key=lambda p: p.date):
        x = left + plot_w * (_days(p.date) - d0) / span if span > 1 else left + plot_w / 2
        y = top + plot_h * (1 - (p.value - lo) / (hi - lo))
        xy.append((x, y, p))
    if len(xy) > 1:
        line = " ".join(f"{x:.1f},{y:.1f}" for x, y, _ in xy)
        out.append(f'<polyline points="{line}" fill="none" stroke="{colour}" stroke-width="2"/>')
    for x, y, p in xy:
        out.append(
            f'<circle class="point" data-date="{_a(p.date)}" data-value="{p.value:g}" data-ref="{_a(p.ref)}"'
            f' cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{colour}">'
            f"<title>{escape(p.date)}: {escape(p.text)}</title></circle>"
        )
    out.append("</g>")
    return out
