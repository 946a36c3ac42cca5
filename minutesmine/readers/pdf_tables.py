"""Ruled tables from pypdfium2 page objects: pdfplumber's "lines" strategy without pdfminer.

pdfplumber finds a ruled table by interpreting the whole page in Python (~0.1 s a page).
This module gets the same rulings from pdfium's path objects in a few calls per path
segment (through :class:`Api`: pdfium's functions with integer handles, called through cffi
or ctypes) and runs the same geometry, so the fast PDF path finds the same tables:

1. **Edges** (:func:`page_edges`): every path object (also inside form XObjects) is walked
   segment by segment in page space. Each sub-path is a polyline (Bezier control points
   included, as pdfminer records them); each horizontal or vertical step of it is an edge,
   and a closed sub-path adds its closing side. A filled cell rectangle therefore gives its
   four sides and a thin filled rectangle (a rule drawn as a fill) two long edges that snap
   into one line.
2. **Grid** (:func:`find_grids`): edges shorter than 1pt are dropped; edges within 3pt of
   one another snap to their mean position; collinear edges with gaps under 3pt join; edges
   under 3pt are dropped. Intersections (3pt tolerance) give the grid's points; each point's
   smallest rectangle whose four sides are drawn is a cell; cells sharing a corner make one
   table (a table needs two cells or more). Rows are cells sharing a top, aligned on the
   table's distinct left edges, so a cell spanning two columns leaves ``None`` in the
   slot it covers.
3. **Text** (:func:`fill_grid`): a character belongs to a cell when its centre (of its loose
   box: the font's ascent to descent, like pdfminer's) lies inside it (left/top edges
   inclusive, right/bottom exclusive). Characters are taken in text-page order; whitespace
   and characters of other cells between two of a cell's characters separate words.

:func:`may_have_table` is the cheap test run first: a page whose path objects have fewer
than 8 segments in all (a page border, a single rule under a heading) cannot hold a ruled
table of two rows and two columns, so its edges are never read. A page drawing more than
50,000 segments (a map, a plan) is not searched either.

Tables match pdfplumber's ``find_tables()`` + ``extract()`` cell for cell on the seed and
real test PDFs (``tests/test_pdf_tables.py``). Known differences, none met in those files:
pdfplumber treats a diagonal two-point line as a vertical edge (here it is ignored), and
pdfminer's glyph boxes come from font metrics where pdfium's come from the font program,
so a character straddling a cell border may fall on the other side.
"""

from __future__ import annotations

import bisect
import ctypes
import functools
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import compress, repeat
from typing import Any

import numpy as np

__all__ = [
    "Edge",
    "Grid",
    "fill_grid",
    "find_grids",
    "find_tables",
    "may_have_table",
    "merge_edges",
    "page_edges",
]

SNAP = 3.0  # edges this close snap to one line (pdfplumber's snap_tolerance)
JOIN = 3.0  # collinear edges with a gap this small join (join_tolerance)
MIN_LENGTH = 3.0  # shorter merged edges are dropped (edge_min_length)
MIN_LENGTH_PREFILTER = 1.0  # shorter raw edges are dropped before merging
INTERSECT = 3.0  # an edge reaching this close to another crosses it (intersection_tolerance)
MIN_SEGMENTS = 8  # fewer path segments on a page cannot rule a 2x2 grid
MAX_SEGMENTS = 50_000  # more is a drawing (a map, a plan, a chart): not searched for tables
_SLACK = 4  # characters read either side of a text line (index drift, e.g. surrogates)
_FLAT = 0.01  # coordinates this close count as equal when judging an edge's orientation

Box = tuple[float, float, float, float]  # x0, top, x1, bottom (top-left origin, points)
Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


@dataclass(slots=True)
class Edge:
    """A horizontal (``"h"``) or vertical (``"v"``) ruling in top-left page coordinates.

    ``pos`` is the y of a horizontal edge or the x of a vertical one; ``lo``/``hi`` are its
    extent along the other axis.
    """

    orient: str
    pos: float
    lo: float
    hi: float

    @property
    def length(self) -> float:
        return self.hi - self.lo


@dataclass(slots=True)
class Grid:
    """One table's cells as rows; ``None`` where a spanning cell covers the slot."""

    bbox: Box
    rows: list[list[Box | None]]


# --------------------------------------------------------------------------- pdfium calls


class Api:
    """pdfium functions taking and returning plain integers for handles and pointers.

    pypdfium2's raw bindings declare handles as typed ctypes pointers, so every call
    converts its arguments and wraps the handle it returns in a new pointer object; a page
    makes over a thousand calls. Here each function is the raw binding of the same name
    (same address; same signature with every pointer, handle or buffer, passed and returned
    as an integer address, 0 or None for NULL) called through cffi when it is installed (it
    comes with pdfplumber's cryptography) and through ctypes otherwise: a cffi call costs
    about half as much. Output buffers are passed by address (``ctypes.addressof``). Build
    it with :func:`api`.
    """

    def __init__(self, raw: Any, backend: str | None = None) -> None:
        self.raw = raw
        self.ffi: Any = None
        if backend != "ctypes":
            try:
                import cffi

                self.ffi = cffi.FFI()
            except ImportError:
                if backend == "cffi":
                    raise
        self.backend = "ctypes" if self.ffi is None else "cffi"

    def __getattr__(self, name: str) -> Any:
        bound = getattr(self.raw, name)
        if not hasattr(bound, "argtypes"):  # a constant or a type, not a function
            setattr(self, name, bound)
            return bound
        address = ctypes.cast(bound, ctypes.c_void_p).value
        argtypes = bound.argtypes or ()
        decl = None if self.ffi is None else _c_decl(bound.restype, argtypes)
        if decl is not None:
            fn = self.ffi.cast(decl, address)
        else:
            fn = ctypes.CFUNCTYPE(_plain(bound.restype), *map(_plain, argtypes))(address)
        setattr(self, name, fn)  # built once per name
        return fn


def _is_pointer(kind: Any) -> bool:
    return isinstance(kind, type) and (
        issubclass(kind, ctypes._Pointer) or kind in (ctypes.c_void_p, ctypes.c_char_p, ctypes.c_wchar_p)
    )


def _plain(kind: Any) -> Any:
    """``c_void_p`` for a pointer type, the type itself otherwise."""
    return ctypes.c_void_p if _is_pointer(kind) else kind


_C_TYPES = {
    ctypes.c_int: "int",
    ctypes.c_uint: "unsigned int",
    ctypes.c_long: "long",
    ctypes.c_ulong: "unsigned long",
    ctypes.c_longlong: "long long",
    ctypes.c_ulonglong: "unsigned long long",
    ctypes.c_short: "short",
    ctypes.c_ushort: "unsigned short",
    ctypes.c_float: "float",
    ctypes.c_double: "double",
}


def _c_decl(restype: Any, argtypes: Any) -> str | None:
    """cffi's function-pointer type for a ctypes signature, each pointer as ``uintptr_t``
    (same size, passed in the same registers); None for a type not mapped here.

    >>> _c_decl(ctypes.c_int, (ctypes.POINTER(ctypes.c_float), ctypes.c_double))
    'int(*)(uintptr_t, double)'
    >>> _c_decl(None, ())
    'void(*)(void)'
    """

    def name(kind: Any) -> str | None:
        return "uintptr_t" if _is_pointer(kind) else _C_TYPES.get(kind)

    res = "void" if restype is None else name(restype)
    args = [name(kind) for kind in argtypes]
    if res is None or None in args:
        return None
    return f"{res}(*)({', '.join(args) or 'void'})"  # type: ignore[arg-type]


@functools.cache
def api(raw: Any, backend: str | None = None) -> Api:
    """The :class:`Api` over a raw bindings module (``pypdfium2.raw``), one per process;
    ``backend`` (``"cffi"``, ``"ctypes"``) forces one (the tests compare them)."""
    return Api(raw, backend)


def handle(obj: Any) -> int:
    """The address of a pdfium handle: a pypdfium2 helper object, a raw pointer or an int."""
    obj = getattr(obj, "raw", obj)
    if isinstance(obj, int):
        return obj
    return ctypes.cast(obj, ctypes.c_void_p).value or 0


# --------------------------------------------------------------------------- reading paths


def _matrix(fast: Api, obj: int) -> Matrix:
    m = fast.raw.FS_MATRIX()
    if not fast.FPDFPageObj_GetMatrix(obj, ctypes.addressof(m)):
        return _IDENTITY
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _compose(inner: Matrix, outer: Matrix) -> Matrix:
    """``inner`` then ``outer`` (PDF row-vector convention).

    >>> _compose((1, 0, 0, 1, 5, 0), (2, 0, 0, 2, 0, 1))
    (2, 0, 0, 2, 10, 1)
    """
    a, b, c, d, e, f = inner
    a2, b2, c2, d2, e2, f2 = outer
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def _path_objects(fast: Api, page: int) -> Iterator[tuple[int, Matrix]]:
    """Path objects of a page, also inside form XObjects, with the form's matrix to page space.

    Each container's objects and their types are read with ``map`` and its paths picked
    with ``compress`` (no Python loop per object). A container's paths come in drawing
    order, then its forms' (the last form first, as a stack of forms to search).
    """
    path_type, form_type = fast.FPDF_PAGEOBJ_PATH, fast.FPDF_PAGEOBJ_FORM
    get_type = fast.FPDFPageObj_GetType
    stack: list[tuple[int | None, Matrix, int]] = [(None, _IDENTITY, 0)]
    while stack:
        form, outer, depth = stack.pop()
        if form is None:
            n = max(fast.FPDFPage_CountObjects(page), 0)
            objs = list(map(fast.FPDFPage_GetObject, repeat(page, n), range(n)))
        else:
            n = max(fast.FPDFFormObj_CountObjects(form), 0)
            objs = list(map(fast.FPDFFormObj_GetObject, repeat(form, n), range(n)))
        types = list(map(get_type, objs))  # a null object's type is unknown (0)
        if path_type in types:
            yield from zip(compress(objs, map(path_type.__eq__, types)), repeat(outer))
        if form_type in types and depth < 8:  # searched once this container is done
            for obj in compress(objs, map(form_type.__eq__, types)):
                stack.append((obj, _compose(_matrix(fast, obj), outer), depth + 1))


def _page_paths(fast: Api, page: int) -> tuple[list[tuple[int, Matrix]], list[int]]:
    """The page's path objects (see :func:`_path_objects`) and each one's segment count."""
    paths = list(_path_objects(fast, page))
    return paths, list(map(fast.FPDFPath_CountSegments, [obj for obj, _ in paths]))


def may_have_table(raw: Any, page: Any) -> bool:
    """Cheap test: do the page's path objects have enough segments to rule a 2x2 grid?"""
    _, counts = _page_paths(api(raw), handle(page))
    return _enough(counts)


def _enough(counts: list[int]) -> bool:
    return sum(n for n in counts if n > 0) >= MIN_SEGMENTS


def _polyline_edges(points: list[tuple[float, float]], closed: bool, out: list[Edge]) -> None:
    """Append the horizontal and vertical steps of a polyline (top-left coordinates) to ``out``.

    >>> out = []; _polyline_edges([(0, 0), (4, 0), (4, 2)], True, out)
    >>> [(e.orient, e.pos, e.lo, e.hi) for e in out]
    [('h', 0, 0, 4), ('v', 4, 0, 2)]
    """
    if len(points) < 2:
        return
    if closed and len(points) > 2:
        points = [*points, points[0]]
    x0, y0 = points[0]
    for x1, y1 in points[1:]:
        dx, dy = abs(x0 - x1), abs(y0 - y1)
        if dy <= _FLAT and dx > _FLAT:
            out.append(Edge("h", y0, min(x0, x1), max(x0, x1)))
        elif dx <= _FLAT and dy > _FLAT:
            out.append(Edge("v", x0, min(y0, y1), max(y0, y1)))
        x0, y0 = x1, y1


def page_edges(raw: Any, page: Any, height: float) -> list[Edge]:
    """Horizontal and vertical edges of every path on a page, top-left origin.

    A page drawing more than :data:`MAX_SEGMENTS` path segments gives none.
    """
    fast = api(raw)
    return _edges(fast, *_page_paths(fast, handle(page)), height)


def _edges(fast: Api, paths: list[tuple[int, Matrix]], counts: list[int], height: float) -> list[Edge]:
    """:func:`page_edges` over paths already listed, with their segment counts.

    A path's segments, their points (into one buffer), types and close flags are each read
    with one ``map``; a segment that cannot be read or has no point is skipped.
    """
    if sum(n for n in counts if n > 0) > MAX_SEGMENTS:
        return []
    edges: list[Edge] = []
    moveto = fast.FPDF_SEGMENT_MOVETO
    get_segment, get_point = fast.FPDFPath_GetPathSegment, fast.FPDFPathSegment_GetPoint
    get_type, get_close = fast.FPDFPathSegment_GetType, fast.FPDFPathSegment_GetClose
    room = max([n for n in counts if n >= 2], default=0)
    xy = (ctypes.c_float * (2 * room))()
    xs = [ctypes.addressof(xy) + 8 * k for k in range(room)]
    ys = [x + 4 for x in xs]
    for (obj, outer), n in zip(paths, counts, strict=True):
        if n < 2:
            continue
        a, b, c, d, e, f = _compose(_matrix(fast, obj), outer)
        segs = list(map(get_segment, repeat(obj, n), range(n)))
        oks = list(map(get_point, segs, xs, ys))
        kinds = list(map(get_type, segs))
        closes = list(map(get_close, segs))
        values = xy[: 2 * n]
        points: list[tuple[float, float]] = []
        closed = False
        for k in range(n):
            if not segs[k] or not oks[k]:
                continue
            if points and kinds[k] == moveto:
                _polyline_edges(points, closed, edges)
                points, closed = [], False
            sx, sy = values[2 * k], values[2 * k + 1]
            points.append((a * sx + c * sy + e, height - (b * sx + d * sy + f)))
            if closes[k]:
                closed = True
        _polyline_edges(points, closed, edges)
    return edges


# --------------------------------------------------------------------------- grid


def _snap(edges: list[Edge], tolerance: float) -> None:
    """Move edges whose positions chain within ``tolerance`` to their mean (in place).

    >>> es = [Edge("h", 10.0, 0, 5), Edge("h", 11.0, 0, 5), Edge("h", 20.0, 0, 5)]
    >>> _snap(es, 3.0); [e.pos for e in es]
    [10.5, 10.5, 20.0]
    """
    values = sorted({e.pos for e in edges})
    cluster_of: dict[float, int] = {}
    k = 0
    for i, v in enumerate(values):
        if i and v > values[i - 1] + tolerance:
            k += 1
        cluster_of[v] = k
    sums: dict[int, list[float]] = {}
    for e in edges:
        acc = sums.setdefault(cluster_of[e.pos], [0.0, 0.0])
        acc[0] += e.pos
        acc[1] += 1
    for e in edges:
        total, count = sums[cluster_of[e.pos]]
        e.pos = total / count


def merge_edges(edges: list[Edge], snap: float = SNAP, join: float = JOIN) -> list[Edge]:
    """Snap nearby parallel edges together, join collinear ones, drop short ones.

    >>> merged = merge_edges([Edge("h", 10, 0, 50), Edge("h", 11, 52, 90), Edge("v", 0, 10, 11)])
    >>> [(e.orient, e.pos, e.lo, e.hi) for e in merged]
    [('h', 10.5, 0, 90)]
    """
    kept = [Edge(e.orient, e.pos, e.lo, e.hi) for e in edges if e.length >= MIN_LENGTH_PREFILTER]
    for orient in ("v", "h"):
        _snap([e for e in kept if e.orient == orient], snap)
    kept.sort(key=lambda e: (e.orient, e.pos, e.lo))
    out: list[Edge] = []
    for _, group in itertools.groupby(kept, key=lambda e: (e.orient, e.pos)):
        joined: list[Edge] = []
        for e in group:
            if joined and e.lo <= joined[-1].hi + join:
                joined[-1].hi = max(joined[-1].hi, e.hi)
            else:
                joined.append(e)
        out.extend(joined)
    return [e for e in out if e.length >= MIN_LENGTH]


def _intersections(
    edges: list[Edge], tol: float = INTERSECT
) -> dict[tuple[float, float], tuple[set[int], set[int]]]:
    """Grid points ``(x, y)`` -> (ids of vertical edges, ids of horizontal edges) through them."""
    vs = sorted((i for i, e in enumerate(edges) if e.orient == "v"), key=lambda i: edges[i].pos)
    xs = [edges[i].pos for i in vs]
    points: dict[tuple[float, float], tuple[set[int], set[int]]] = {}
    for hi, h in enumerate(edges):
        if h.orient != "h":
            continue
        start = bisect.bisect_left(xs, h.lo - tol)
        end = bisect.bisect_right(xs, h.hi + tol)
        for vi in vs[start:end]:
            v = edges[vi]
            if v.lo <= h.pos + tol and v.hi >= h.pos - tol:
                vset, hset = points.setdefault((v.pos, h.pos), (set(), set()))
                vset.add(vi)
                hset.add(hi)
    return points


def _cells(points: dict[tuple[float, float], tuple[set[int], set[int]]]) -> list[Box]:
    """Each point's smallest rectangle whose sides are drawn (pdfplumber's search order)."""
    by_x: dict[float, list[tuple[float, float]]] = {}
    by_y: dict[float, list[tuple[float, float]]] = {}
    for p in sorted(points):
        by_x.setdefault(p[0], []).append(p)
        by_y.setdefault(p[1], []).append(p)

    def vertical(p: tuple[float, float], q: tuple[float, float]) -> bool:
        return bool(points[p][0] & points[q][0])

    def horizontal(p: tuple[float, float], q: tuple[float, float]) -> bool:
        return bool(points[p][1] & points[q][1])

    cells: list[Box] = []
    for pt in sorted(points):
        below = [q for q in by_x[pt[0]] if q[1] > pt[1]]
        right = [q for q in by_y[pt[1]] if q[0] > pt[0]]
        found = None
        for b in below:
            if not vertical(pt, b):
                continue
            for r in right:
                if not horizontal(pt, r):
                    continue
                corner = (r[0], b[1])
                if corner in points and vertical(corner, r) and horizontal(corner, b):
                    found = (pt[0], pt[1], corner[0], corner[1])
                    break
            if found:
                break
        if found:
            cells.append(found)
    return cells


def _tables(cells: list[Box]) -> list[list[Box]]:
    """Group cells sharing a corner into tables, top to bottom; single cells are dropped."""
    corners_of = {c: ((c[0], c[1]), (c[0], c[3]), (c[2], c[1]), (c[2], c[3])) for c in cells}
    by_corner: dict[tuple[float, float], list[Box]] = {}
    for c, corners in corners_of.items():
        for p in corners:
            by_corner.setdefault(p, []).append(c)
    seen: set[Box] = set()
    groups: list[list[Box]] = []
    for cell in cells:
        if cell in seen:
            continue
        seen.add(cell)
        group, todo = [cell], [cell]
        while todo:
            for p in corners_of[todo.pop()]:
                for other in by_corner[p]:
                    if other not in seen:
                        seen.add(other)
                        group.append(other)
                        todo.append(other)
        groups.append(group)
    groups.sort(key=lambda t: min((c[1], c[0]) for c in t))
    return [g for g in groups if len(g) > 1]


def _rows(cells: list[Box]) -> list[list[Box | None]]:
    """Cells by top, each row aligned on the table's distinct left edges."""
    xs = sorted({c[0] for c in cells})
    rows: list[list[Box | None]] = []
    for _, row_cells in itertools.groupby(sorted(cells, key=lambda c: (c[1], c[0])), key=lambda c: c[1]):
        by_x = {c[0]: c for c in row_cells}
        rows.append([by_x.get(x) for x in xs])
    return rows


def find_grids(edges: list[Edge]) -> list[Grid]:
    """Tables ruled by ``edges``: merge, intersect, find cells, group them, split into rows."""
    merged = merge_edges(edges)
    if sum(e.orient == "h" for e in merged) < 2 or sum(e.orient == "v" for e in merged) < 2:
        return []
    grids = []
    for cells in _tables(_cells(_intersections(merged))):
        bbox = (
            min(c[0] for c in cells),
            min(c[1] for c in cells),
            max(c[2] for c in cells),
            max(c[3] for c in cells),
        )
        grids.append(Grid(bbox, _rows(cells)))
    return grids


# --------------------------------------------------------------------------- text


def _page_chars(
    raw: Any, textpage: Any, height: float, ranges: list[tuple[int, int]] | None = None
) -> list[tuple[int, str, float, float]]:
    """(index, character, centre x, centre y) of visible characters, top-left origin.

    ``ranges`` limits the scan to those character index ranges (end exclusive). A
    character is left out when pdfium has no code for it (0, 0xFFFE, 0xFFFF), it is white
    space or it has no loose box; pdfium's ``\x02`` (a hyphen at a line end) reads ``-``.
    The codes and loose boxes are each read with one ``map`` (into one buffer) and
    filtered with numpy.
    """
    fast = api(raw)
    tp = handle(textpage)
    count = textpage.count_chars() if hasattr(textpage, "count_chars") else fast.FPDFText_CountChars(tp)
    indices: list[int] | range = range(count)
    if ranges is not None:
        indices = sorted({i for lo, hi in ranges for i in range(max(lo, 0), min(hi, count))})
    n = len(indices)
    boxes = (ctypes.c_float * (4 * n))()  # FS_RECTF: left, top, right, bottom
    base = ctypes.addressof(boxes)
    codes = _codes(fast, tp, indices, getattr(textpage, "text", None), count)
    oks = np.fromiter(
        map(fast.FPDFText_GetLooseCharBox, repeat(tp, n), indices, range(base, base + 16 * n, 16)),
        dtype=bool,
        count=n,
    )
    coded = (codes != 0) & (codes != 0xFFFE) & (codes != 0xFFFF)
    codes = np.where(codes == 2, 0x2D, codes)  # "-"
    chars = list(map(chr, codes[coded].tolist()))  # chr() raises on a code beyond U+10FFFF
    seen = np.zeros(n, dtype=bool)
    seen[coded] = ~np.fromiter(map(str.isspace, chars), dtype=bool, count=len(chars))
    keep = seen & oks
    values = np.frombuffer(boxes, dtype=np.float32).reshape(-1, 4)[keep].astype(np.float64)
    cx = ((values[:, 0] + values[:, 2]) / 2).tolist()
    cy = (height - (values[:, 1] + values[:, 3]) / 2).tolist()
    kept = np.flatnonzero(keep)
    shown = [chars[k] for k in np.flatnonzero(keep[coded]).tolist()]
    return list(zip(np.asarray(indices)[kept].tolist(), shown, cx, cy, strict=True))


#: codes a page's text may show in place of a character's own: pdfium's U+FFFE for a
#: generated hyphen (code 2) and for no code, 0, U+FFFF, a surrogate of a character
#: beyond U+FFFF
_ASK = ((0, 0), (0xD800, 0xDFFF), (0xFFFE, 0xFFFF))


def _codes(fast: Api, tp: int, indices: list[int] | range, text: str | None, count: int) -> np.ndarray:
    """The characters' codes (``FPDFText_GetUnicode``), read off the page's ``text`` when it
    holds one character per index (pdfium's text is the characters in index order), each
    code in :data:`_ASK` asked for; without such a text, each asked for."""
    n = len(indices)
    if text is None or len(text) != count:
        return np.fromiter(map(fast.FPDFText_GetUnicode, repeat(tp, n), indices), dtype=np.int64, count=n)
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)[
        np.asarray(indices, dtype=np.int64)
    ]
    ask = np.zeros(n, dtype=bool)
    for low, high in _ASK:
        ask |= (codes >= low) & (codes <= high)
    for k in np.flatnonzero(ask).tolist():
        codes[k] = fast.FPDFText_GetUnicode(tp, indices[k])
    return codes


def _within(chars: list[tuple[int, str, float, float]], box: Box) -> list[tuple[int, str, float, float]]:
    """The characters whose centre lies in ``box`` (left/top inclusive, right/bottom exclusive)."""
    x0, top, x1, bottom = box
    return [c for c in chars if x0 <= c[2] < x1 and top <= c[3] < bottom]


def fill_grid(grid: Grid, chars: list[tuple[int, str, float, float]]) -> list[list[str | None]]:
    """Cell texts of a grid (``None`` for covered slots), words separated by single spaces."""
    table_chars = _within(chars, grid.bbox)
    out: list[list[str | None]] = []
    for row in grid.rows:
        cells = [c for c in row if c is not None]
        row_box = (
            min(c[0] for c in cells),
            min(c[1] for c in cells),
            max(c[2] for c in cells),
            max(c[3] for c in cells),
        )
        row_chars = _within(table_chars, row_box)
        texts: list[str | None] = []
        for cell in row:
            if cell is None:
                texts.append(None)
                continue
            parts: list[str] = []
            last = None
            for idx, ch, _, _ in _within(row_chars, cell):
                if last is not None and idx != last + 1:
                    parts.append(" ")
                parts.append(ch)
                last = idx
            texts.append("".join(parts))
        out.append(texts)
    return out


def find_tables(
    raw: Any,
    page: Any,
    textpage: Any,
    height: float,
    lines: list[tuple[int, int, float, float]] | None = None,
) -> list[tuple[Box, list[list[str | None]]]]:
    """Ruled tables of a pypdfium2 page: ``(bbox, rows of cell texts)``, top to bottom.

    ``page`` and ``textpage`` are pypdfium2 objects or raw handles (pointers or ints).
    ``bbox`` is ``(x0, top, x1, bottom)`` with a top-left origin; a slot covered by a
    spanning cell is ``None``. Returns ``[]`` at once on a page without enough paths
    (:func:`may_have_table`; the page's objects are listed once for that test and the edges).
    ``lines`` (the caller's text lines as ``(first index, end index, top, bottom)``), when
    given, limits the characters read to the lines that reach into a table.
    """
    fast = api(raw)
    paths, counts = _page_paths(fast, handle(page))
    if not _enough(counts):
        return []
    grids = find_grids(_edges(fast, paths, counts, height))
    if not grids:
        return []
    ranges = None
    if lines is not None:
        ranges = [
            (lo - _SLACK, hi + _SLACK)
            for lo, hi, top, bottom in lines
            if any(top <= g.bbox[3] and bottom >= g.bbox[1] for g in grids)
        ]
    chars = _page_chars(raw, textpage, height, ranges)
    return [(g.bbox, fill_grid(g, chars)) for g in grids]
