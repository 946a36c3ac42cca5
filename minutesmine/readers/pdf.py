"""PDF reader: text with geometry -> lines -> paragraphs, tables and headings.

Two ways to get the text, one layout step after them:

* ``fast=True`` (default): pypdfium2 reads each page's text in one call, and each text line's
  geometry, size and boldness from a few of its characters (the calls made in bulk through
  :func:`~minutesmine.readers.pdf_tables.api`, the arithmetic over a page at a time with
  numpy: see :func:`_fast_segments`). Ruled tables come from the
  page's path objects (:mod:`minutesmine.readers.pdf_tables`: pdfplumber's "lines" strategy
  on pdfium's paths, the same cells as pdfplumber); a page with too few path segments to
  rule a grid is never searched. pdfplumber is not imported at all.
* ``fast=False``: pdfplumber's ``extract_words`` and its table finder on every page.

Both decide bold the same way, per font (:class:`_FontStyles`): the font's name
(``Arial-BoldMT``), else the weight class its embedded program states, else pdfium's
StemV-derived weight when plausible. The two modes give the same blocks on the seed
renderings and the real test PDFs (``tests/test_pdf_tables.py``).

The layout step is shared: words on one baseline become a line (a wide gap becomes a tab,
as in a cover sheet's ``LABEL:<tab>value`` row); running headers and footers (lines repeated
at the top or bottom of most pages, ``Page 3 of 7``, bare page numbers) are dropped; a
table found on a page replaces the lines inside it and becomes a table block in place;
lines are grouped into paragraphs at vertical gaps and at changes of size or boldness, and a
wrapped line (one whose next line's first word would not have fitted on it) is joined to the
next into one logical line, also when the words wrapped onto it are bold (``... as presented.
**Carried.**``); a paragraph may continue across a page break. A block is a heading when it
is one short logical line, bold or larger than the body text, and not the wrapped end of
the sentence before it.

Bad files raise :class:`~minutesmine.blocks.ReadError` with a short reason: ``empty file``,
``not a PDF``, ``corrupt or truncated PDF``, ``encrypted PDF (password required)``. Pages
with no text layer give the warning ``no text layer on pages 2-3: scanned?``; when no page
has any text the same message is raised as a ReadError (there is nothing to extract).
"""

from __future__ import annotations

import codecs
import ctypes
import functools
import itertools
import logging
import operator
import re
import struct
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

from minutesmine.blocks import Block, ReadError, ReadResult, TableData
from minutesmine.readers.normalize import BULLET, clean_line, fold, is_list_start, is_page_number
from minutesmine.readers.ocr import OCR_INSTALL_HINT, OcrMode, ocr_available, ocr_page
from minutesmine.readers.pdf_tables import api, find_tables, handle
from minutesmine.readers.text import _attach_captions
from minutesmine.readers.tidy import cover_sheets, join_split_tables, row_tables
from minutesmine.stamps import stamp_number

__all__ = ["page_ranges", "read_pdf"]

log = logging.getLogger(__name__)
logging.getLogger("pdfminer").setLevel(logging.ERROR)  # keep its chatter about odd fonts quiet

_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_MARGIN_BAND = 0.1  # top/bottom share of the page where running headers and footers live
_TAB_GAP = 1.6  # a gap wider than this many font sizes separates cells, not words


@dataclass(slots=True)
class _Seg:
    """A run of text on one baseline with its box (top-left origin, points)."""

    x0: float
    x1: float
    top: float
    bottom: float
    text: str
    size: float
    bold: bool = False


@dataclass(slots=True)
class _Line:
    x0: float
    x1: float
    top: float
    bottom: float
    text: str
    size: float
    bold: bool
    page: int
    table: TableData | None = None

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass
class _Page:
    number: int
    width: float
    height: float
    lines: list[_Line] = field(default_factory=list)
    has_text: bool = True


def page_ranges(pages: Iterable[int]) -> str:
    """Compact page list: ``[1, 2, 3, 5]`` -> ``"1-3, 5"``.

    >>> page_ranges([1, 2, 3, 5, 7, 8])
    '1-3, 5, 7-8'
    """
    out: list[str] = []
    nums = sorted(set(pages))
    i = 0
    while i < len(nums):
        j = i
        while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
            j += 1
        out.append(str(nums[i]) if i == j else f"{nums[i]}-{nums[j]}")
        i = j + 1
    return ", ".join(out)


# --------------------------------------------------------------------------- lines


def _line_size(row: list[_Seg]) -> float:
    """Font size of a line: the median over its characters, so a footnote mark or a
    superscript segment beside the text does not pull it down.

    >>> _line_size([_Seg(0, 5, 0, 5, "1", 6.0), _Seg(6, 90, 0, 10, "Members are advised", 10.0)])
    10.0
    """
    weighted = sorted((s.size, max(len(s.text.strip()), 1)) for s in row)
    half = sum(w for _, w in weighted) / 2
    seen = 0
    for size, w in weighted:
        seen += w
        if seen >= half:
            return size
    return weighted[-1][0]


def _seg_order(s: _Seg) -> tuple[float, float]:
    return (round(s.top, 1), s.x0)


_X0 = operator.attrgetter("x0")
_TOP_X0 = operator.attrgetter("top", "x0")


def _group_lines(segs: list[_Seg], page: int) -> list[_Line]:
    """Group segments sharing a baseline into lines, left to right; wide gaps become tabs.

    A segment joins the latest of the last three rows whose vertical extent (the lowest top
    to the highest bottom of its segments so far, kept as it grows) overlaps it by half the
    smaller height; text drawn twice at one place (a fake-bold effect) is kept once.
    """
    rows: list[list[_Seg]] = []
    tops: list[float] = []  # per row: min top of its segments
    bottoms: list[float] = []  # per row: max bottom
    seen: set[tuple[int, int, str]] = set()
    for s in sorted(segs, key=_seg_order):
        key = (round(s.x0), round(s.top), s.text)
        if key in seen:  # text drawn twice (a fake-bold effect)
            continue
        seen.add(key)
        s_top, s_bottom = s.top, s.bottom
        s_height = s_bottom - s_top
        n = len(rows)
        for j in range(n - 1, n - 4 if n > 3 else -1, -1):  # the last three rows, latest first
            top, bottom = tops[j], bottoms[j]
            # min() and max() of two, spelt out (the same values, faster)
            overlap = (s_bottom if s_bottom < bottom else bottom) - (s_top if s_top > top else top)
            height = bottom - top
            if overlap >= 0.5 * (height if height < s_height else s_height):
                rows[j].append(s)
                if s_top < top:
                    tops[j] = s_top
                if s_bottom > bottom:
                    bottoms[j] = s_bottom
                break
        else:
            rows.append([s])
            tops.append(s_top)
            bottoms.append(s_bottom)
    lines: list[_Line] = []
    for row, top, bottom in zip(rows, tops, bottoms, strict=True):
        if len(row) == 1:  # the common case: one segment is the line
            s = row[0]
            if s.text.strip():
                lines.append(_Line(s.x0, s.x1, top, bottom, s.text, s.size, s.bold, page))
            continue
        row.sort(key=_X0)
        size = _line_size(row)
        parts: list[str] = []
        prev: _Seg | None = None
        for s in row:
            if prev is not None:
                gap = s.x0 - prev.x1
                if gap > _TAB_GAP * max(size, 4.0):
                    parts.append("\t")
                elif gap > 0.12 * size and not parts[-1].endswith(" ") and not s.text.startswith(" "):
                    parts.append(" ")
            parts.append(s.text)
            prev = s
        text = "".join(parts)
        if not text.strip():
            continue
        lines.append(
            _Line(
                x0=row[0].x0,
                x1=max(s.x1 for s in row),
                top=top,
                bottom=bottom,
                text=text,
                size=size,
                bold=all(s.bold for s in row if s.text.strip()),
                page=page,
            )
        )
    lines.sort(key=_TOP_X0)
    return lines


# --------------------------------------------------------------------------- fast path


def _sfnt_weight(data: bytes) -> int | None:
    """Weight class a TrueType/OpenType font program states (OS/2 ``usWeightClass``).

    ``head.macStyle``'s bold bit counts as 700 when there is no OS/2 table; a Type 1
    program's ``/Weight (Bold)`` as 700. None when the program says nothing usable.

    >>> import struct
    >>> def sfnt(tag, table):
    ...     head = struct.pack(">IHHHH", 0x00010000, 1, 0, 0, 0)
    ...     return head + struct.pack(">4sIII", tag, 0, 28, len(table)) + table
    >>> _sfnt_weight(sfnt(b"OS/2", struct.pack(">HHH", 4, 500, 700)))
    700
    >>> _sfnt_weight(sfnt(b"head", bytes(44) + struct.pack(">H", 1)))
    700
    >>> _sfnt_weight(b"%!PS-AdobeFont-1.0: Foo /Weight (Bold) def"), _sfnt_weight(b"junk")
    (700, None)
    """
    if data[:4] in (b"\x00\x01\x00\x00", b"OTTO", b"true") and len(data) >= 12:
        (count,) = struct.unpack_from(">H", data, 4)
        tables = {}
        for k in range(min(count, 64)):
            at = 12 + 16 * k
            if at + 16 > len(data):
                break
            tag, _, offset, length = struct.unpack_from(">4sIII", data, at)
            tables[tag] = (offset, length)
        os2 = tables.get(b"OS/2")
        if os2 and os2[1] >= 6 and os2[0] + 6 <= len(data):
            (weight,) = struct.unpack_from(">H", data, os2[0] + 4)
            if 1 <= weight <= 1000:
                return weight
        head = tables.get(b"head")
        if head and head[1] >= 46 and head[0] + 46 <= len(data):
            (style,) = struct.unpack_from(">H", data, head[0] + 44)
            return 700 if style & 1 else 400
        return None
    m = re.search(rb"/Weight\s*\((\w+)\)", data[:4096])
    if m:
        return 700 if _BOLD_NAME.search(m.group(1).decode("latin-1")) else 400
    return None


class _FontStyles:
    """Which of a document's fonts are bold, decided once per pdfium font.

    A font is bold when its name says so (``Arial-BoldMT``, ``Tahoma-Bold``), else when its
    embedded program does (OS/2 weight class >= 600: subset fonts are often called just
    ``CIDFont+F3``), else when pdfium's weight is 700-1000. pdfium derives that weight from
    the descriptor's StemV, which producers fill carelessly (3952 for a regular face, 380
    for Arial Bold), so it is the last resort and values above 1000 are ignored.

    Handles (fonts, text objects, text pages) may be given as pypdfium2 objects, raw
    pointers or ints (:func:`~minutesmine.readers.pdf_tables.handle`); the calls go through
    :func:`~minutesmine.readers.pdf_tables.api`.
    """

    def __init__(self, raw: Any) -> None:
        self.raw = raw
        self.fast = api(raw)
        self._by_font: dict[int, bool] = {}  # font handle -> bold, for the current page
        self._by_key: dict[tuple[str, int, int], bool] = {}  # (name, program size, weight)

    def new_page(self) -> None:
        """Forget font handles: pdfium may free a page's fonts and reuse their addresses."""
        self._by_font.clear()

    def font_name(self, font: Any) -> str:
        buf = ctypes.create_string_buffer(256)
        n = self.fast.FPDFFont_GetBaseFontName(handle(font), ctypes.addressof(buf), 256)
        return buf.value.decode("latin-1", "replace") if n else ""

    def bold(self, font: Any) -> bool:
        key = handle(font)
        known = self._by_font.get(key)
        if known is None:
            known = self._by_font[key] = self._decide(key)
        return known

    def _decide(self, font: int) -> bool:
        fast = self.fast
        name = self.font_name(font)
        if _BOLD_NAME.search(name):
            return True
        size = ctypes.c_size_t()
        if not fast.FPDFFont_GetFontData(font, 0, 0, ctypes.addressof(size)):
            size.value = 0
        weight = fast.FPDFFont_GetWeight(font)
        key = (name, size.value, weight)
        known = self._by_key.get(key)
        if known is None:
            known = self._by_key[key] = self._from_program(font, size.value, weight)
        return known

    def _from_program(self, font: int, size: int, weight: int) -> bool:
        if size:
            data = (ctypes.c_uint8 * size)()
            out = ctypes.c_size_t()
            if self.fast.FPDFFont_GetFontData(font, ctypes.addressof(data), size, ctypes.addressof(out)):
                stated = _sfnt_weight(bytes(data))
                if stated is not None:
                    return stated >= 600
        return 700 <= weight <= 1000

    def char_bold(self, textpage: Any, index: int) -> bool:
        """Whether the character at ``index`` of a pdfium text page is set in a bold font:
        its text object's font's boldness (:meth:`bold`), else (no object or no font) the
        font name pdfium reports for the character."""
        tp = handle(textpage)
        obj = self.fast.FPDFText_GetTextObject(tp, index)
        font = self.fast.FPDFTextObj_GetFont(obj) if obj else None
        return self.bold(font) if font else self._named_bold(tp, index)

    def lines_bold(
        self, tps: list[int], samples: list[int], bounds: list[int], lines: list[int]
    ) -> list[bool]:
        """Whether each of ``lines`` (on text pages ``tps``) is bold:
        ``all(char_bold(tp, i) for i in s)`` over its sample indices
        ``s = samples[bounds[j] : bounds[j + 1]]``.

        The text objects and fonts of the lines' first samples are read with one ``map``
        each (a null object has a null font), then those of the other samples of the lines
        whose first is bold. The fonts are judged line by line in the same order as the
        ``all()`` above, stopping at a line's first plain sample.
        """
        fast = self.fast
        get_object, get_font = fast.FPDFText_GetTextObject, fast.FPDFTextObj_GetFont
        firsts = [samples[bounds[j]] for j in lines]
        fonts = list(map(get_font, map(get_object, tps, firsts)))
        by_font = self._by_font
        out = []
        rest: list[tuple[int, int, int]] = []  # (place in ``lines``, line, text page)
        for k, (j, tp, font, first) in enumerate(zip(lines, tps, fonts, firsts, strict=True)):
            if font:
                bold = by_font.get(font)
                if bold is None:
                    bold = self.bold(font)
            else:
                bold = self._named_bold(tp, first)
            out.append(bold)
            if bold and bounds[j + 1] - bounds[j] > 1:
                rest.append((k, j, tp))
        if not rest:
            return out
        # the other samples of lines starting bold; judged in the order all() would judge them
        others = [samples[bounds[j] + 1 : bounds[j + 1]] for _, j, _ in rest]
        flat = list(itertools.chain.from_iterable(others))
        flat_tps = [tp for (_, _, tp), indices in zip(rest, others, strict=True) for _ in indices]
        fonts = list(map(get_font, map(get_object, flat_tps, flat)))
        at = 0
        for (k, _, tp), indices in zip(rest, others, strict=True):
            n = len(indices)
            for index, font in zip(indices, fonts[at : at + n], strict=True):
                if font:
                    bold = by_font.get(font)
                    if bold is None:
                        bold = self.bold(font)
                else:
                    bold = self._named_bold(tp, index)
                if not bold:
                    out[k] = False
                    break
            at += n
        return out

    def _named_bold(self, textpage: int, index: int) -> bool:
        buf = ctypes.create_string_buffer(128)
        flags = ctypes.c_int()
        at = ctypes.addressof
        n = self.fast.FPDFText_GetFontInfo(textpage, index, at(buf), 128, at(flags))
        return bool(n) and bool(_BOLD_NAME.search(buf.value.decode("latin-1", "replace")))

    def page_fonts(self, page: Any) -> dict[str, bool]:
        """Font name -> bold for the text objects of a page (forms included)."""
        fast = self.fast
        page = handle(page)
        out: dict[str, bool] = {}
        stack: list[int | None] = [None]
        while stack:
            form = stack.pop()
            if form is None:
                n, get = fast.FPDFPage_CountObjects(page), partial(fast.FPDFPage_GetObject, page)
            else:
                n, get = fast.FPDFFormObj_CountObjects(form), partial(fast.FPDFFormObj_GetObject, form)
            for i in range(max(n, 0)):
                obj = get(i)
                kind = fast.FPDFPageObj_GetType(obj) if obj else None
                if kind == fast.FPDF_PAGEOBJ_FORM:
                    stack.append(obj)
                elif kind == fast.FPDF_PAGEOBJ_TEXT:
                    font = fast.FPDFTextObj_GetFont(obj)
                    if font:
                        name = self.font_name(font)
                        out[name] = out.get(name, False) or self.bold(font)
        return out


def _samples(chunk: str, start: int) -> list[int]:
    """Text-page indices of up to five non-space characters spread over a line.

    >>> _samples("  ab cd  ", 10), _samples("a bcdefgh ij", 0)
    ([12, 13, 15, 16], [0, 3, 6, 8, 11])
    """
    first = len(chunk) - len(chunk.lstrip())
    last = len(chunk.rstrip()) - 1
    out: list[int] = []
    for q in range(5):
        i = first + round((last - first) * q / 4)
        while i > first and chunk[i].isspace():
            i -= 1
        if not out or start + i > out[-1]:
            out.append(start + i)
    return out


_SPACE_LIMIT = 0x3001  # every character str.isspace() accepts is below U+3001 (tested)


@functools.cache
def _space_table() -> np.ndarray:
    """``str.isspace()`` by code point below :data:`_SPACE_LIMIT`, then False (for the rest)."""
    return np.array([chr(c).isspace() for c in range(_SPACE_LIMIT)] + [False], dtype=bool)


@dataclass(slots=True)
class _TextLines:
    r"""The non-blank pdfium text lines of a page and their sample characters.

    ``starts``/``ends`` (end exclusive) are each line's text-page indices (a line is a
    maximal run without ``\r``/``\n`` that has a non-space character). ``samples`` holds
    every line's sample indices in turn (:meth:`line`): line ``j``'s are
    ``_samples(text[starts[j]:ends[j]], starts[j])``.
    """

    starts: list[int]
    ends: list[int]
    samples: list[int]
    counts: np.ndarray  # samples per line
    offsets: np.ndarray  # where each line's samples begin in ``samples``
    bounds: list[int]  # the same offsets, then the number of samples

    def line(self, j: int) -> list[int]:
        """Line ``j``'s sample indices."""
        return self.samples[self.bounds[j] : self.bounds[j + 1]]


def _text_lines(text: str) -> _TextLines:
    r"""Lines and samples of a page's text, computed over the whole text with numpy.

    Same result as :func:`_samples` over each chunk of ``re.finditer(r"[^\r\n]+", text)``
    with a non-space character: a sample is the nearest non-space at or before the point
    ``first + round((last - first) * q / 4)`` (q = 0..4) of the line, repeats dropped.

    >>> t = _text_lines("  ab cd  \r\n \r\na bcdefgh ij")
    >>> t.starts, t.ends, [t.line(j) for j in range(len(t.starts))]
    ([0, 14], [9, 26], [[2, 3, 5, 6], [14, 17, 20, 22, 25]])
    """
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    solid = np.flatnonzero(~_space_table().take(codes, mode="clip"))  # non-space positions
    if not len(solid):
        return _TextLines([], [], [], np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), [0])
    bounds = np.concatenate(([-1], np.flatnonzero((codes == 13) | (codes == 10)), [len(codes)]))
    starts, ends = bounds[:-1] + 1, bounds[1:]
    # a line's first non-space: the first one at or after its start, if before its end
    first_at = np.searchsorted(solid, starts)
    filled = solid[np.minimum(first_at, len(solid) - 1)] < ends
    filled &= first_at < len(solid)
    starts, ends = starts[filled], ends[filled]
    firsts = solid[first_at[filled]]
    lasts = solid[np.searchsorted(solid, ends) - 1]
    points = firsts[:, None] + np.rint((lasts - firsts)[:, None] * np.arange(5) / 4).astype(np.int64)
    picks = solid[np.searchsorted(solid, points, side="right") - 1]  # last non-space at or before
    keep = np.ones(picks.shape, dtype=bool)
    keep[:, 1:] = picks[:, 1:] > picks[:, :-1]
    counts = keep.sum(axis=1)
    ends_at = np.cumsum(counts)
    offsets = ends_at - counts
    bounds = [0, *ends_at.tolist()]
    return _TextLines(starts.tolist(), ends.tolist(), picks[keep].tolist(), counts, offsets, bounds)


def _line_boxes(
    fast: Any, tps: list[int], heights: list[float], lines: _TextLines
) -> tuple[list[float], list[float], list[float]]:
    """Each line's top, bottom and font size from its samples' loose boxes (line ``j`` is
    on the text page ``tps[j]`` of height ``heights[j]``).

    The loose box spans the font's ascent to descent: a font size that survives scaled
    text matrices (where the nominal size is often 1). The box of median height among a
    line's samples (the middle one of the boxes stably sorted by height) is the line's:
    not a bullet, a drop cap or a superscript "th". A box pdfium cannot give counts as
    all zeros; a size of 0.5 or less gives way to pdfium's font size of the middle sample.
    """
    flat = lines.samples
    n = len(flat)
    counts, offsets = lines.counts, lines.offsets
    buffer = (ctypes.c_float * (4 * n))()  # FS_RECTF each: left, top, right, bottom
    base = ctypes.addressof(buffer)
    sample_tps = _repeat_each(tps, lines)
    oks = list(map(fast.FPDFText_GetLooseCharBox, sample_tps, flat, range(base, base + 16 * n, 16)))
    values = np.frombuffer(buffer, dtype=np.float32).reshape(-1, 4).astype(np.float64)
    if not all(oks):
        values[np.array(oks) == 0] = 0.0
    tops, bottoms = values[:, 1], values[:, 3]
    box_heights = tops - bottoms
    if np.isnan(box_heights).any():  # NaN does not order: sort each line's boxes as a list would
        hs = box_heights.tolist()
        mid = [
            sorted(range(at, at + k), key=hs.__getitem__)[k // 2]
            for at, k in zip(offsets.tolist(), counts.tolist(), strict=True)
        ]
    else:
        line_of = np.repeat(np.arange(len(counts)), counts)
        mid = np.lexsort((np.arange(n), box_heights, line_of))[offsets + counts // 2]
    lo, hi = bottoms[mid], tops[mid]
    height = np.array(heights, dtype=np.float64)
    top, bottom = height - hi, height - lo
    size = (bottom - top) / 1.2
    tops_out, bottoms_out, sizes = top.tolist(), bottom.tolist(), size.tolist()
    for j in np.flatnonzero(size <= 0.5).tolist():
        samples = lines.line(j)
        size_j = sizes[j] = fast.FPDFText_GetFontSize(tps[j], samples[len(samples) // 2]) or 10.0
        low = float(lo[j])
        tops_out[j], bottoms_out[j] = heights[j] - low - size_j, heights[j] - low
    return tops_out, bottoms_out, sizes


def _repeat_each(values: list[int], lines: _TextLines) -> list[int]:
    """``values[j]`` once for each of line ``j``'s samples, line after line."""
    return np.repeat(np.array(values, dtype=np.int64), lines.counts).tolist()


def _line_rects(fast: Any, tps: list[int], lines: _TextLines) -> tuple[list[int], np.ndarray]:
    """Each line's number of text rectangles, and all of them (rows of left, top, right,
    bottom), line after line (line ``j`` is on text page ``tps[j]``). pdfium keeps the
    rectangles of the range counted last, so a line's are read right after counting them,
    each into the next four slots of one buffer.

    A failed ``FPDFText_GetRect`` repeats the last rectangle read from the same text page
    (zeros before the first), as reading each page's into the same four variables would.
    A text page cannot have more rectangles than characters (a ValueError, never seen).
    """
    count_rects, get_rect = fast.FPDFText_CountRects, fast.FPDFText_GetRect
    starts, ends = lines.starts, lines.ends
    data = (ctypes.c_double * (4 * (sum(ends) - sum(starts))))()
    base = ctypes.addressof(data)
    at = base  # address of the next rectangle's slot
    failed: list[tuple[int, int]] = []  # (slot pdfium did not fill, its page's first slot)
    per_line: list[int] = []
    room: dict[int, int] = {}  # text page -> characters in its lines (a page's lines are together)
    for tp, start, end in zip(tps, starts, ends, strict=True):
        room[tp] = room.get(tp, 0) + end - start
    page_tp, page_first, page_end = None, 0, 0
    for tp, start, end in zip(tps, starts, ends, strict=True):
        if tp != page_tp:  # a new page: room for as many rectangles as it has characters
            page_tp, page_first, page_end = tp, at, at + 32 * room[tp]
        nr = count_rects(tp, start, end - start)
        if nr <= 0:
            per_line.append(0)
            continue
        if at + 32 * nr > page_end:  # never seen: more rectangles than characters
            raise ValueError(f"{nr} text rectangles for {end - start} characters")
        for k in range(nr):
            if not get_rect(tp, k, at, at + 8, at + 16, at + 24):
                failed.append(((at - base) // 32, (page_first - base) // 32))
            at += 32
        per_line.append(nr)
    used = (at - base) // 32
    for slot, first in failed:  # in order, so a run of failures repeats the one read before it
        data[4 * slot : 4 * slot + 4] = data[4 * slot - 4 : 4 * slot] if slot > first else [0.0] * 4
    return per_line, np.frombuffer(data, dtype=np.float64, count=4 * used).reshape(-1, 4)


def _pages_segments(
    textpages: list[_TextPage], heights: list[float], styles: _FontStyles
) -> list[tuple[list[_Seg], list[tuple[int, int, float, float]]]]:
    """Each page's segments and spans: :func:`_fast_segments` of several open text pages
    at once, their texts taken as one (joined by ``"\\n"``, so no line spans two pages).
    The pages must stay open until this returns (their fonts are judged once for all)."""
    out: list[tuple[list[_Seg], list[tuple[int, int, float, float]]]] = [([], []) for _ in textpages]
    if not textpages:
        return out
    fast = textpages[0].fast
    texts = [t.get_text_range() for t in textpages]
    text = "\n".join(texts)
    lines = _text_lines(text)
    if not lines.starts:
        return out
    # each line's page, and the text-page indices of its characters and samples
    page_at = np.cumsum([0] + [len(t) + 1 for t in texts[:-1]])
    line_page = np.searchsorted(page_at, lines.starts, side="right") - 1
    line_at = page_at[line_page]
    g_starts, g_ends = lines.starts, lines.ends
    local = _TextLines(
        (np.array(g_starts) - line_at).tolist(),
        (np.array(g_ends) - line_at).tolist(),
        (np.array(lines.samples, dtype=np.int64) - np.repeat(line_at, lines.counts)).tolist(),
        lines.counts,
        lines.offsets,
        lines.bounds,
    )
    pages_of = line_page.tolist()
    all_tps = [t.raw for t in textpages]
    tps = [all_tps[k] for k in pages_of]
    line_top, line_bottom, line_size = _line_boxes(fast, tps, [heights[k] for k in pages_of], local)
    per_line, box = _line_rects(fast, tps, local)
    if not len(box):
        return out
    lefts, rights = box[:, 0], box[:, 2]
    counts = np.array(per_line)
    drawn = np.flatnonzero(counts).tolist()  # lines with rectangles
    if np.isnan(lefts).any() or np.isnan(rights).any():  # NaN: min/max as Python's would
        ls, rs = lefts.tolist(), rights.tolist()
        ats = (np.cumsum(counts) - counts).tolist()
        x0s = [min(ls[ats[j] : ats[j] + per_line[j]]) for j in drawn]
        x1s = [max(rs[ats[j] : ats[j] + per_line[j]]) for j in drawn]
    else:
        ats = (np.cumsum(counts) - counts)[drawn]
        x0s = np.minimum.reduceat(lefts, ats).tolist()
        x1s = np.maximum.reduceat(rights, ats).tolist()
    # split at wide gaps between consecutive rectangles of a line
    starts, ends = local.starts, local.ends
    rect_line = np.repeat(np.arange(len(counts)), counts)
    wide = lefts[1:] - rights[:-1] > _TAB_GAP * np.array(line_size)[rect_line[1:]]
    cuts: dict[int, list[tuple[int, float, float]]] = {}  # line -> (char offset, x1 before, x0 after)
    for k in (np.flatnonzero(wide & (rect_line[1:] == rect_line[:-1])) + 1).tolist():
        j = int(rect_line[k])
        left, top, _, bottom = box[k].tolist()
        idx = textpages[pages_of[j]].get_index(left + 0.5, (bottom + top) / 2, 1.0, 1.0)
        if idx is not None and starts[j] < idx < ends[j]:
            cuts.setdefault(j, []).append((idx - starts[j], float(box[k - 1, 2]), left))
    bolds = styles.lines_bold([tps[j] for j in drawn], local.samples, local.bounds, drawn)
    for j, x0, x1, bold in zip(drawn, x0s, x1s, bolds, strict=True):
        start, end = starts[j], ends[j]
        chunk = text[g_starts[j] : g_ends[j]]
        top, bottom, size = line_top[j], line_bottom[j], line_size[j]
        segs, spans = out[pages_of[j]]
        spans.append((start, end, top, bottom))
        cut = cuts.get(j)
        if cut is None:
            segs.append(_Seg(x0, x1, top, bottom, chunk, size, bold))
            continue
        pos = 0
        seg_x0 = x0
        for off, left_end, right_start in cut:
            segs.append(_Seg(seg_x0, left_end, top, bottom, chunk[pos:off], size, bold))
            pos, seg_x0 = off, right_start
        segs.append(_Seg(seg_x0, x1, top, bottom, chunk[pos:], size, bold))
    return out


def _fast_segments(
    textpage: _TextPage,
    height: float,
    styles: _FontStyles,
    spans: list[tuple[int, int, float, float]] | None = None,
) -> list[_Seg]:
    """One segment per pdfium text line, split where a wide gap separates two cells.

    ``spans`` collects each line's ``(first index, end index, top, bottom)``.

    A line's top, bottom and size come from its sample characters' loose boxes
    (:func:`_text_lines`, :func:`_line_boxes`), its extent and the gaps where it splits
    from its text rectangles (:func:`_line_rects`; a line without any is dropped), its
    boldness from its samples' fonts (:meth:`_FontStyles.lines_bold`). pdfium is called
    through the integer-handle bindings (:func:`~minutesmine.readers.pdf_tables.api`), each
    kind of call mapped over the lines (or a line) into one buffer; the arithmetic runs on
    numpy arrays, with the same float operations as one line at a time.
    :func:`_pages_segments` does this for several pages at once.
    """
    [(segs, found)] = _pages_segments([textpage], [height], styles)
    if spans is not None:
        spans.extend(found)
    return segs


# --------------------------------------------------------------------------- tables


def _clean_cell(cell: str | None) -> str:
    return clean_line(" ".join((cell or "").split()))


def _merge_split_columns(cells: list[list[str]]) -> list[list[str]]:
    """Join neighbouring columns that no row fills both of.

    A header shaded with padded fill rectangles adds rulings that only the header row has,
    so the finder gives the header and the body different column slots (``["", "Name"]``
    over ``["Andrei Garcia", ""]``): such pairs are one column.

    >>> _merge_split_columns([["", "Name", "", "Title"], ["Ann", "", "Clerk", ""]])
    [['Name', 'Title'], ['Ann', 'Clerk']]
    >>> _merge_split_columns([["For", "Against"], ["x", ""], ["", "x"]])
    [['For', 'Against'], ['x', ''], ['', 'x']]
    """
    j = 0
    while j + 1 < len(cells[0]):
        if all(not (r[j] and r[j + 1]) for r in cells):
            cells = [[*r[:j], r[j] or r[j + 1], *r[j + 2 :]] for r in cells]
        else:
            j += 1
    return cells


def _table_data(
    bbox: tuple[float, float, float, float], grid: list[list[str | None]]
) -> tuple[tuple[float, float, float, float], TableData] | None:
    """A found grid as TableData: empty rows and always-empty columns dropped, columns split
    by a header's padding joined; None for a grid of one row or one column."""
    cells = [[_clean_cell(c) for c in row] for row in grid]
    cells = [r for r in cells if any(r)]
    if len(cells) < 2 or max(len(r) for r in cells) < 2:
        return None
    width = max(len(r) for r in cells)
    # drop columns that are empty in every row (merged-cell artefacts)
    keep = [j for j in range(width) if any(j < len(r) and r[j] for r in cells)]
    cells = _merge_split_columns([[r[j] if j < len(r) else "" for j in keep] for r in cells])
    if len(cells[0]) < 2:
        return None
    return bbox, TableData(header=cells[0], rows=cells[1:])


def _plumber_tables(plumber_page: Any) -> list[tuple[tuple[float, float, float, float], TableData]]:
    """Tables by pdfplumber's finder (full mode)."""
    found = (_table_data(tuple(t.bbox), t.extract()) for t in plumber_page.find_tables())
    return [t for t in found if t is not None]


def _fast_tables(
    raw: Any, page: Any, textpage: Any, height: float, spans: list[tuple[int, int, float, float]]
) -> list[tuple[tuple[float, float, float, float], TableData]]:
    """Tables by the pdfium ruling finder (fast mode): the same grids as pdfplumber's."""
    return _grid_tables(find_tables(raw, page, textpage, height, spans))


def _grid_tables(
    grids: Iterable[tuple[tuple[float, float, float, float], list[list[str | None]]]],
) -> list[tuple[tuple[float, float, float, float], TableData]]:
    """Found grids (bbox, cell texts) as tables, leaving out those :func:`_table_data` rejects."""
    found = (_table_data(bbox, grid) for bbox, grid in grids)
    return [t for t in found if t is not None]


def _inside(line: _Line, bbox: tuple[float, float, float, float]) -> bool:
    cx, cy = (line.x0 + line.x1) / 2, (line.top + line.bottom) / 2
    return bbox[0] - 1 <= cx <= bbox[2] + 1 and bbox[1] - 1 <= cy <= bbox[3] + 1


def _place_tables(page: _Page, tables: list[tuple[tuple[float, float, float, float], TableData]]) -> None:
    """Put each table in place of the lines inside it; lines stay sorted by (top, x0) (as
    :func:`_group_lines` gives them, so a page without tables is left as it is)."""
    if not tables:
        return
    for bbox, table in tables:
        page.lines = [ln for ln in page.lines if not _inside(ln, bbox)]
        text = "\n".join("\t".join(r) for r in [table.header, *table.rows])
        page.lines.append(
            _Line(bbox[0], bbox[2], bbox[1], bbox[3], text, 0.0, False, page.number, table=table)
        )
    page.lines.sort(key=_TOP_X0)


# --------------------------------------------------------------------------- opening


def _open_pdfium(path: Path) -> Any:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"cannot open: {exc.strerror or exc}") from exc
    if not data.strip():
        raise ReadError("empty file")
    if b"%PDF-" not in data[:1024]:
        raise ReadError("not a PDF (no %PDF header)")
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == raw.FPDF_ERR_PASSWORD:
            raise ReadError("encrypted PDF (password required)") from exc
        if code == raw.FPDF_ERR_SECURITY:
            raise ReadError("encrypted PDF (unsupported security handler)") from exc
        raise ReadError("corrupt or truncated PDF (cannot be parsed)") from exc
    if len(doc) == 0:
        raise ReadError("corrupt or truncated PDF (no pages)")
    return doc, data


def _truncated(data: bytes) -> bool:
    return b"%%EOF" not in data[-2048:]


# --------------------------------------------------------------------------- page readers


def _pdfium_error(message: str) -> Exception:
    """The ``PdfiumError`` pypdfium2's helpers raise for the same failure."""
    from pypdfium2 import PdfiumError

    return PdfiumError(message)


class _TextPage:
    """A pdfium text page held by its raw handle, with the pypdfium2 ``PdfTextPage`` methods
    the fast path uses (same results). pypdfium2's helper objects cost more to make and
    close (finalizers, parent links) than reading the text does on a small page.
    """

    __slots__ = ("fast", "raw", "text")

    def __init__(self, fast: Any, raw: int) -> None:
        self.fast = fast
        self.raw = raw
        self.text: str | None = None  # the page's text, once read (the table finder reads it too)

    def count_chars(self) -> int:
        n = self.fast.FPDFText_CountChars(self.raw)
        if n == -1:
            raise _pdfium_error("Failed to get character count.")
        return n

    def _active_range(self, start: int, end: int) -> tuple[int, int, int, int] | None:
        """Text indices of the first and last characters in ``[start, end]`` that have one,
        and how many were skipped at each end (pypdfium2's ``_get_active_text_range``)."""
        to_text = self.fast.FPDFText_GetTextIndexFromCharIndex
        left = right = 0
        while start <= end:
            t_start = to_text(self.raw, start)
            if t_start == -1:
                start, left = start + 1, left + 1
                continue
            t_end = to_text(self.raw, end)
            if t_end == -1:
                end, right = end - 1, right + 1
                continue
            return t_start, t_end, left, right
        return None

    def get_text_range(self) -> str:
        """The whole page's text (``PdfTextPage.get_text_range()``), kept as ``text``."""
        count = self.count_chars()
        active = self._active_range(0, count - 1)
        if not active:
            self.text = ""
            return ""
        t_start, t_end, left, right = active
        buffer = (ctypes.c_ushort * (t_end + 2 - t_start))()
        out = self.fast.FPDFText_GetText(self.raw, left, count - left - right, ctypes.addressof(buffer))
        self.text = codecs.decode(memoryview(buffer)[: out - 1], "utf-16-le", errors="ignore")
        return self.text

    def get_index(self, x: float, y: float, x_tol: float, y_tol: float) -> int | None:
        """Index of the character at or near a point, None if there is none."""
        index = self.fast.FPDFText_GetCharIndexAtPos(self.raw, x, y, x_tol, y_tol)
        if index == -1:
            return None
        if index == -3:
            raise _pdfium_error("An error occurred on attempt to get char index by pos.")
        return index


_CHUNK = 16  # pages held open at once: their text lines are read together


def _read_fast(doc: Any, warnings: list[str]) -> list[_Page]:
    """Pages by pdfium: text lines (:func:`_pages_segments`), ruled tables (:func:`_fast_tables`).

    Pages and text pages are opened and closed by raw handle (:class:`_TextPage`), as
    ``doc[i]`` and ``page.get_textpage()`` would (the document has no form environment),
    :data:`_CHUNK` pages at a time, so that the per-call overheads of reading their lines
    (numpy, the font cache) are paid once per chunk; each page is then laid out alone.
    """
    import pypdfium2.raw as raw

    fast = api(raw)
    styles = _FontStyles(raw)
    doc_handle = handle(doc)
    pages: list[_Page] = []
    count = len(doc)
    for first in range(0, count, _CHUNK):
        opened: list[tuple[int, int]] = []  # (page, text page)
        try:
            sizes: list[tuple[float, float]] = []
            for i in range(first, min(first + _CHUNK, count)):
                page = fast.FPDF_LoadPage(doc_handle, i)
                if not page:
                    raise _pdfium_error("Failed to load page.")
                tp = fast.FPDFText_LoadPage(page)
                if not tp:
                    fast.FPDF_ClosePage(page)
                    raise _pdfium_error("Failed to load text page.")
                opened.append((page, tp))
                sizes.append((fast.FPDF_GetPageWidthF(page), fast.FPDF_GetPageHeightF(page)))
            styles.new_page()  # the chunk's fonts stay alive until its pages close
            textpages = [_TextPage(fast, tp) for _, tp in opened]
            found = _pages_segments(textpages, [height for _, height in sizes], styles)
            for k, ((page, _), textpage, (width, height), (segs, spans)) in enumerate(
                zip(opened, textpages, sizes, found, strict=True)
            ):
                number = first + k + 1
                p = _Page(number, width, height, _group_lines(segs, number), has_text=bool(segs))
                try:
                    # ruled tables from the page's paths (pages without enough paths cost little)
                    _place_tables(p, _fast_tables(raw, page, textpage, height, spans))
                except Exception as exc:  # a table finder failure loses the table, not the page
                    log.debug("table finder failed on page %d: %s", number, exc)
                    warnings.append(f"table detection failed on page {number}")
                pages.append(p)
        finally:
            for page, tp in reversed(opened):
                fast.FPDFText_ClosePage(tp)
                fast.FPDF_ClosePage(page)
    return pages


_CID = re.compile(r"\(cid:(\d+)\)")
_CID_BULLETS = {"127", "149", "183"}  # slots fonts without a ToUnicode map use for bullets


def _uncid(text: str) -> str:
    """Replace pdfminer's ``(cid:N)`` for glyphs it could not map: bullets kept, others dropped.

    >>> _uncid("(cid:127)"), _uncid("a(cid:3)b")
    ('\u2022', 'ab')
    """
    return _CID.sub(lambda m: "\u2022" if m.group(1) in _CID_BULLETS else "", text)


def _read_full(path: Path, doc: Any, warnings: list[str]) -> list[_Page]:
    import pdfplumber
    import pypdfium2.raw as raw

    styles = _FontStyles(raw)
    pages: list[_Page] = []
    with pdfplumber.open(path) as pdf:
        for i, pp in enumerate(pdf.pages):
            try:
                tables = _plumber_tables(pp)
                words = pp.extract_words(extra_attrs=["fontname", "size"], keep_blank_chars=False)
            except Exception as exc:
                warnings.append(f"page {i + 1} unreadable: {type(exc).__name__}")
                pages.append(_Page(i + 1, float(pp.width), float(pp.height), has_text=False))
                continue
            # bold by the same font decision as the fast path (pdfium knows the font programs)
            fonts: dict[str, bool] = {}
            if i < len(doc):
                page = doc[i]
                styles.new_page()
                fonts = styles.page_fonts(page.raw)
                page.close()
            segs = [
                _Seg(
                    float(w["x0"]),
                    float(w["x1"]),
                    float(w["top"]),
                    float(w["bottom"]),
                    _uncid(w["text"]),
                    float(w.get("size") or 10.0),
                    fonts.get(w.get("fontname") or "", bool(_BOLD_NAME.search(w.get("fontname") or ""))),
                )
                for w in words
            ]
            p = _Page(
                i + 1, float(pp.width), float(pp.height), _group_lines(segs, i + 1), has_text=bool(segs)
            )
            _place_tables(p, tables)
            pages.append(p)
    return pages


# --------------------------------------------------------------------------- layout


_DIGITS = re.compile(r"\d+")


def _strip_running(pages: list[_Page]) -> list[str]:
    """Drop page numbers and lines repeated at the top or bottom of most pages; return the
    repeated lines dropped from the top of the first page (the document's running header). A
    header repeats at the top and a footer at the bottom: a line at the foot of one page and
    the head of the next ("Answer from the Mayor" in a two-page paper) is the text's own."""

    def key(ln: _Line, p: _Page) -> str:
        return ("t" if ln.top < p.height / 2 else "b") + _DIGITS.sub("#", fold(ln.text))

    def bands(p: _Page) -> list[_Line]:
        body = [ln for ln in p.lines if ln.table is None]
        top = [ln for ln in body[:5] if ln.bottom <= _MARGIN_BAND * 1.5 * p.height]
        bottom = [ln for ln in body[-5:] if ln.top >= (1 - _MARGIN_BAND * 1.5) * p.height]
        return top + [ln for ln in bottom if ln not in top]

    banded = [[(ln, key(ln, p)) for ln in bands(p)] for p in pages]  # each page's, once
    counts: Counter[str] = Counter()
    exact: Counter[str] = Counter()
    for band in banded:
        counts.update({k for _, k in band})
        exact.update({fold(ln.text) for ln, _ in band})
    need = max(2, (len(pages) + 1) // 2)
    running: list[str] = []
    for p, band in zip(pages, banded, strict=True):
        drop = {
            id(ln)
            for ln, k in _edge_most(band, p.height)
            if len(pages) > 1 and counts[k] >= need and not _part_stamp(ln.text, exact, need)
        } | {id(ln) for ln, _ in band if is_page_number(ln.text.replace("\t", " "))}
        if drop:
            if not running:
                running = [ln.text for ln in p.lines[:5] if id(ln) in drop and not is_page_number(ln.text)]
            p.lines = [ln for ln in p.lines if id(ln) not in drop]
    return running


def _edge_most(band: list[tuple[_Line, str]], height: float) -> list[tuple[_Line, str]]:
    """A page's header and footer lines, each text once: the copy nearest the page's edge. A
    council's name printed as the running header and again as the first page's title under it
    is the header once and the title once.

    >>> head = _Line(70.0, 300.0, 40.0, 50.0, "Ashby Council", 9.0, False, 1)
    >>> title = _Line(70.0, 300.0, 70.0, 84.0, "Ashby Council", 13.0, True, 1)
    >>> [ln.top for ln, _ in _edge_most([(head, "k"), (title, "k")], 842.0)]
    [40.0]
    """
    seen: set[tuple[bool, str]] = set()
    out: list[tuple[_Line, str]] = []
    top = [(ln, k) for ln, k in band if ln.top < height / 2]
    bottom = [(ln, k) for ln, k in band if ln.top >= height / 2]
    for ln, k in sorted(top, key=lambda t: t[0].top) + sorted(bottom, key=lambda t: -t[0].bottom):
        if (ln.top < height / 2, k) not in seen:
            seen.add((ln.top < height / 2, k))
            out.append((ln, k))
    return out


def _part_stamp(text: str, exact: Counter[str], need: int) -> bool:
    """Whether a line in the header band is an agenda pack's part stamp ("Agenda Item 4" on
    an enclosed document's first page): kept, unless the same stamp heads most pages (a
    report's own running header)."""
    return stamp_number(text) is not None and exact[fold(text)] < need


def _right_edge(lines: list[_Line]) -> float:
    xs = sorted(ln.x1 for ln in lines if ln.table is None and len(ln.text) >= 20)
    if not xs:
        xs = sorted(ln.x1 for ln in lines if ln.table is None) or [0.0]
    return xs[int(0.9 * (len(xs) - 1))]


def _char_width(line: _Line) -> float:
    return max((line.x1 - line.x0) / max(len(line.text), 1), 0.2 * line.size, 1.0)


def _wrapped(a: _Line, b: _Line, right: float) -> bool:
    """Whether line ``a`` ended only because ``b``'s first word did not fit on it."""
    need = _first_word_need(b)
    return need is not None and a.x1 + need > right - 0.5 * _char_width(a)


def _first_word_need(b: _Line, char_width: float | None = None) -> float | None:
    """Room ``b``'s first word (and a space) takes; None when ``b`` cannot be a wrapped line
    (no words, or it starts a list item). ``char_width`` is ``_char_width(b)`` if known."""
    words = b.text.split(None, 1)  # split() splits at tabs too
    if not words or is_list_start(b.text.strip()):
        return None
    return (len(words[0]) + 1) * (_char_width(b) if char_width is None else char_width)


def _marker_kind(text: str) -> str | None:
    """``"bullet"``, ``"number"`` or None: what kind of list item a line starts.

    >>> _marker_kind("- Report up to"), _marker_kind("3. CHILDREN'S PLAN"), _marker_kind("Officers")
    ('bullet', 'number', None)
    """
    line = clean_line(text[:16])
    if not is_list_start(line):
        return None
    return "bullet" if line.startswith(BULLET) else "number"


def _letter_hyphen_end(text: str) -> bool:
    """Whether a line ends in a letter and a hyphen (a word split at the line end), before
    an optional final newline.

    >>> [_letter_hyphen_end(t) for t in ["well-", "a -", "x-\\n", "-", "5-", "ab", "caf\u00e9-"]]
    [True, False, True, False, False, False, True]
    """
    if text.endswith("\n"):
        text = text[:-1]
    return len(text) >= 2 and text[-1] == "-" and text[-2].isalpha()


#: a line opening with a short label and its colon: "Nays: ...", "Seconded by: ...", "Absent: ...",
#: or a label in capitals: "PORTFOLIO: ...", "WARDS AFFECTED: ..."
_LABEL_START = re.compile(r"[A-Z][a-z]+(?: [a-z]+){0,2}:\s|[A-Z][A-Z&'/-]+(?: [A-Z][A-Z&'/-]+){0,3}:\s")
#: a label in title case ("Report Author: ...", "Wards Affected: ..."): a line of its own after
#: another labelled line (a cover sheet's rows), not after a sentence
_TITLE_LABEL_START = re.compile(r"[A-Z][a-z]+(?: (?:[A-Z][a-z]+|of|and|for)){0,3}:\s")
#: a line of labelled values ending in a label whose value wrapped: "... NOES: VANCE. ABSENT:"
_LIST_LABEL_END = re.compile(r"\w+:\s+\S.*[.;,]\s+[A-Z][\w-]*(?: [A-Z][\w-]*)?:\s*$")
#: a label alone on its line, over what follows: "Recommended Action:", "Background:"
_LABEL_ALONE = re.compile(r"[A-Z][\w'\u2019-]*(?: (?:[A-Z][\w'\u2019-]*|of|and|for|the|to|on|in|&|/)){0,4}:")
#: a line that opens with a label of either kind
_LABEL_ROW = re.compile(f"{_LABEL_START.pattern}|{_TITLE_LABEL_START.pattern}")


def _opens_page_heading(before: str, line: _Line, right: float) -> bool:
    """Whether a page's first line is a heading of its own, not the sentence of the page before
    carried on: that sentence ended, and the line is short and in title case.

    >>> ln = _Line(85, 269, 82, 94, "California Environmental Quality Act", 11.5, False, 2)
    >>> _opens_page_heading("... the regional transportation authority.", ln, 484)
    True
    >>> _opens_page_heading("... shared equally between the", ln, 484)
    False
    """
    if not before.rstrip().endswith((".", "!", "?")) or line.x1 > right - 0.25 * (right - line.x0):
        return False
    words = line.text.split()
    if not 1 <= len(words) <= 10 or line.text.rstrip().endswith((".", ",", ";")):
        return False
    return all(w[:1].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words)


#: small words a title keeps in lower case: "Reasons for the Recommendation"
_TITLE_SMALL_WORDS = frozenset(
    {"of", "and", "for", "the", "to", "on", "in", "a", "an", "at", "by", "with", "or", "&"}
)


def _in_capitals(text: str) -> bool:
    """Whether a line is set in capitals: two words or more, every letter a capital.

    >>> _in_capitals("285. ADRODDIAD Y CYNGHORYDD SIR / COUNTY COUNCILLOR'S REPORT"), _in_capitals("PCC")
    (True, False)
    """
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and len(text.split()) >= 2 and all(c.isupper() for c in letters)


def _own_line(text: str, nxt: str) -> bool:
    """``nxt`` is a line of its own, though ``text`` before it ran to the margin: what a colon
    introduces ("... and Resolved:" then "\u201cThat ...", "... by the following vote:" then
    "Aye: 4 - ..."), or a short label in capitals after a sentence ("... at Lot 12 Minnie
    Street." then "LOST 2/3", "CARRIED UNANIMOUSLY"). A word in lower case wrapped after a
    sentence ("... as published." then "Carried.") stays on its line.

    >>> _own_line("Seconded by Councillor Walsh and Resolved:", "\u201cThat the Plan be adopted")
    True
    >>> _own_line("The motion carried by the following vote:", "Aye: 4 - Alvarez and Park")
    True
    >>> _own_line("That Council refuse the application.", "LOST 2/3")
    True
    >>> _own_line("Yeas: Mayor Thornbury, Councillor Mah, Councillor Price", "Nays: Councillor Beaulieu")
    True
    >>> _own_line("REPORTING OFFICER: Executive Director, Environment and", "PORTFOLIO: Environment")
    True
    >>> _own_line("Report Author: Jo Bell, Head of Highways and Transport", "Wards Affected: All")
    True
    >>> _own_line("as recommended by the Head of Highways and the Head of", "Legal Services: that the")
    False
    >>> _own_line("1B. Award of Construction Contract for the Quito Road Sidewalk", "Recommended Action:")
    True
    >>> _own_line("Office and Landfill", "Sites will be as follows:")
    False
    >>> _own_line("285. ADRODDIAD Y CYNGHORYDD SIR / COUNTY COUNCILLOR'S REPORT", "County Cllr Rees said")
    True
    >>> _own_line("MOVED TO AWARD A CONSTRUCTION CONTRACT IN THE AMOUNT OF $642,300 AND", "AUTHORIZE IT.")
    False
    >>> _own_line("6.2 PLANNING APPLICATION YR-2023/611 - 14 LYREBIRD LANE,", "SASSAFRAS")
    False
    >>> _own_line("MOTION PASSED. AYES: RUIZ, TRAN. NOES: VANCE. ABSENT:", "NONE.")
    False
    >>> _own_line("That the minutes be adopted as published.", "Carried.")
    False
    >>> _own_line("The Director explained the reasons for the", "DELAY in the programme")
    False
    """
    end, first = text.rstrip()[-1:], nxt.lstrip()[:1]
    if end == ":":
        if _LIST_LABEL_END.search(text):
            return False  # "AYES: A, B. NOES: C. ABSENT:" then "NONE.": the last label's value
        return first in "\u201c\"'\u2018" or first.isupper()
    if _LABEL_START.match(nxt.lstrip()):
        return True  # "Yeas: A, B, C" then "Nays: D": a labelled line of its own
    if _LABEL_ALONE.fullmatch(nxt.strip()):
        return True  # "Recommended Action:" alone: a label over what follows
    if _in_capitals(text) and any(c.islower() for c in nxt) and nxt.lstrip()[:1].isupper():
        return True  # "285. COUNTY COUNCILLOR'S REPORT" then "County Cllr Rees reported ...": a title
    if _TITLE_LABEL_START.match(nxt.lstrip()) and _LABEL_ROW.match(text.lstrip()):
        return True  # "Report Author: Jo Bell" then "Wards Affected: All"
    if end not in (".", "!", "?") or not 0 < len(nxt.split()) <= 4:
        return False
    letters = [c for c in nxt if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _join(text: str, nxt: str) -> str:
    if text.endswith(("\x02", "\u00ad")):
        return text[:-1] + nxt
    if _letter_hyphen_end(text) and nxt[:1].islower():
        return text + nxt
    return f"{text} {nxt}"


def _pitch(pages: list[_Page]) -> float:
    """Typical distance between the tops of consecutive body lines (the line pitch)."""
    pitches = []
    for p in pages:
        body = [ln for ln in p.lines if ln.table is None]
        for a, b in itertools.pairwise(body):
            d = b.top - a.top
            if 0 < d < 3 * max(a.size, 1.0) and abs(a.size - b.size) < 0.5:
                pitches.append(d / max(a.size, 1.0))
    if not pitches:
        return 1.25
    return _line_step(sorted(pitches))


def _line_step(pitches: list[float]) -> float:
    """The line step among sorted line-to-line distances (in font sizes): the lower quartile,
    not the median, since in minutes of one- and two-line paragraphs the gaps between
    paragraphs outnumber the steps inside them; and where those gaps fill even the lower
    quartile (a page of one-line paragraphs, names and headings, spaced apart) the cluster of
    steps well under it, if a tenth of the distances or more fall there.

    >>> _line_step([1.2, 1.2, 1.2, 1.9, 1.9, 1.9, 1.9, 1.9, 1.9, 1.9, 1.9, 1.9])
    1.2
    >>> _line_step([1.2, 1.9, 1.9, 1.9, 1.9, 1.9, 1.9, 1.9, 1.9, 1.9, 1.9, 1.9])
    1.9
    >>> _line_step([1.2, 1.2, 1.25, 1.3, 1.9, 1.9, 1.9])
    1.2
    """
    quartile = pitches[(len(pitches) - 1) // 4]
    under = [d for d in pitches if d < quartile / 1.25]
    if len(under) >= max(3, len(pitches) // 10):
        return under[len(under) // 2]
    return quartile


def _body_size(lines: list[_Line]) -> float:
    """Font size of most of the text (by characters): headings stand out against it."""
    sizes: Counter[float] = Counter()
    for ln in lines:
        if ln.table is None:
            sizes[round(ln.size * 2) / 2] += len(ln.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _paragraphs(pages: list[_Page]) -> list[Block]:
    """Paragraph, heading and table blocks from the pages' lines (see the module docstring).

    Each line's character width and what its first word needs (:func:`_wrapped`) are worked
    out once, into lists by line number; the loop keeps line numbers.
    """
    all_lines = [ln for p in pages for ln in p.lines]
    doc_right = _right_edge(all_lines)
    rights = {
        p.number: _right_edge(p.lines) if sum(len(ln.text) >= 20 for ln in p.lines) >= 8 else doc_right
        for p in pages
    }
    pitch = _pitch(pages)
    body = _body_size(all_lines)
    left = min((ln.x0 for ln in all_lines if ln.table is None), default=0.0)  # the text's left edge
    # per line: _char_width(ln) and, for a text line, _first_word_need(ln) (spelt out)
    width: list[float] = []
    needs: list[float | None] = []
    for ln in all_lines:
        text = ln.text
        w = max((ln.x1 - ln.x0) / max(len(text), 1), 0.2 * ln.size, 1.0)
        width.append(w)
        if ln.table is None:
            words = text.split(None, 1)
            needs.append(None if not words or is_list_start(text.strip()) else (len(words[0]) + 1) * w)
        else:
            needs.append(None)

    blocks: list[Block] = []
    cur: list[list[int]] = []  # logical lines, each a list of physical line numbers
    cur_continues = False  # the current block's first line wraps on from the previous block

    def flush() -> None:
        nonlocal cur
        if not cur:
            return
        texts = []
        for logical in cur:
            text = all_lines[logical[0]].text
            for k in logical[1:]:
                text = _join(text, all_lines[k].text)
            texts.append(clean_line(text))
        texts = [t for t in texts if t]
        if texts:
            physical = [all_lines[k] for logical in cur for k in logical]
            bold = all(ln.bold for ln in physical)
            # a heading stands out (bold, or larger than the body text), is one short
            # logical line and does not carry on a sentence wrapped from the line before
            larger = min(ln.size for ln in physical) > 1.15 * body
            heading = (bold or larger) and len(texts) == 1 and len(texts[0]) <= 200 and not cur_continues
            first = physical[0]
            blocks.append(
                Block(
                    "\n".join(texts),
                    page=first.page,
                    kind="heading" if heading else "text",
                    bold=bold,
                    size=round(min(ln.size for ln in physical) / body, 2) if body else None,
                    indent=round((first.x0 - left) / (0.5 * body), 1) if body else None,
                )
            )
        cur = []

    prev: _Line | None = None
    p = -1  # prev's number
    for i, line in enumerate(all_lines):
        if line.table is not None:
            flush()
            blocks.append(Block(line.text, page=line.page, kind="table", table=line.table))
            prev = None
            continue
        new_para = prev is None
        continues = False  # this line carries on prev's sentence (prev ran to the margin)
        need = needs[i]
        if prev is not None:
            same_size = abs(line.size - prev.size) <= 0.15 * max(prev.size, 1.0)
            if line.page != prev.page:
                # a paragraph or a list carries on over a page break
                continues = (
                    same_size
                    and need is not None
                    and prev.x1 + need > rights[prev.page] - 0.5 * width[p]
                    and not _opens_page_heading(prev.text, line, rights[line.page])
                )
                if continues:
                    carries = True
                elif len(cur) >= 2:  # a list packed without gaps so far
                    kind = _marker_kind(line.text)
                    carries = (
                        kind is not None
                        and _marker_kind(all_lines[cur[-1][0]].text)
                        == _marker_kind(all_lines[cur[-2][0]].text)
                        == kind
                    )
                else:
                    carries = False
            else:
                expected = pitch * max(prev.size, line.size)
                carries = (
                    line.top - prev.top <= 1.25 * expected
                    and line.top >= prev.top - 1.0  # not a new column
                    and same_size
                )
                continues = (
                    carries and need is not None and prev.x1 + need > rights[line.page] - 0.5 * width[p]
                )
            # a change to or from bold starts a new paragraph (a heading, a label), except
            # bold words wrapped onto the next line of a plain sentence ("... Carried.")
            # (a bold line set larger than the sentence before it is a title, not its end)
            wrapped_bold = line.bold and continues and line.size <= 1.08 * prev.size
            new_para = not carries or (line.bold != prev.bold and not wrapped_bold)
        if new_para:
            flush()
            cur = [[i]]
            cur_continues = continues
        else:
            logical = cur[-1]
            head = all_lines[logical[0]]
            if "\t" in head.text and len(logical) == 1:
                fits_column = line.x0 > head.x0 + 2 * width[i]
            else:
                fits_column = len(logical) == 1 or line.x0 >= all_lines[logical[1]].x0 - 2 * width[i]
            last = logical[-1]
            if (
                need is not None
                and all_lines[last].x1 + need > rights[line.page] - 0.5 * width[last]
                and fits_column
                and not _own_line(all_lines[last].text, line.text)
            ):
                logical.append(i)
            else:
                cur.append([i])
        prev, p = line, i
    flush()
    return blocks


# --------------------------------------------------------------------------- entry point


def read_pdf(path: Path, *, fast: bool = True, ocr: str = "auto") -> ReadResult:
    """Read a PDF into blocks with page numbers.

    ``fast`` uses pypdfium2 for text and tables; ``fast=False``
    uses pdfplumber throughout. Raises :class:`ReadError` (and nothing else) for a file
    that cannot be read: empty, not a PDF, corrupt or truncated, encrypted, or with no
    text layer on any page (``"no text layer on pages 1-3: scanned?"``). A document with
    some image-only pages is read, with that message as a warning.

    ``ocr`` (:class:`~minutesmine.readers.ocr.OcrMode`): ``auto`` reads pages without a text
    layer with Tesseract when it is installed, ``always`` every page, ``never`` none; OCR'd
    pages are listed in ``ocr_pages`` and named, with their mean word confidence, in a warning.
    """
    path = Path(path)
    mode = OcrMode(ocr)
    try:
        return _read_pdf(path, fast, mode)
    except ReadError:
        raise
    except Exception as exc:
        log.debug("reading %s failed", path, exc_info=True)
        raise ReadError(f"unreadable PDF ({type(exc).__name__}: {str(exc)[:120]})") from exc


def _read_pdf(path: Path, fast: bool, mode: OcrMode) -> ReadResult:
    doc, data = _open_pdfium(path)
    warnings: list[str] = []
    try:
        n_pages = len(doc)
        pages = _read_fast(doc, warnings) if fast else _read_full(path, doc, warnings)
        ocr_pages = _ocr(doc, pages, mode, warnings)
    finally:
        doc.close()
    if _truncated(data):
        warnings.append("truncated PDF (no end-of-file marker): text may be incomplete")
    empty = [p.number for p in pages if not p.has_text]
    hint = "" if not empty or mode is OcrMode.NEVER or ocr_available() else f"; {OCR_INSTALL_HINT}"
    if empty and len(empty) == len(pages):
        raise ReadError(f"no text layer on pages {page_ranges(empty)}: scanned?{hint}")
    if empty:
        warnings.append(f"no text layer on pages {page_ranges(empty)}: scanned?{hint}")
    running = _strip_running(pages)
    blocks = _attach_captions(join_split_tables(row_tables(cover_sheets(_paragraphs(pages)))))
    hints = {"running_header": "\n".join(running)} if running else {}
    return ReadResult(
        blocks=blocks, format="pdf", pages=n_pages, warnings=warnings, hints=hints, ocr_pages=ocr_pages
    )


def _ocr(doc: Any, pages: list[_Page], mode: OcrMode, warnings: list[str]) -> list[int]:
    """OCR the pages ``mode`` asks for, in place; the numbers of the pages read."""
    wanted = [p for p in pages if mode is OcrMode.ALWAYS or (mode is OcrMode.AUTO and not p.has_text)]
    if not wanted or not ocr_available():
        return []
    done: list[int] = []
    confidence: list[float] = []
    for page in wanted:
        try:
            read = ocr_page(doc[page.number - 1])
        except Exception as exc:  # a time-out or a Tesseract failure loses the page, not the file
            warnings.append(f"OCR failed on page {page.number} ({type(exc).__name__}: {str(exc)[:80]})")
            continue
        if not read.words:  # a page of shapes or a blank scan: still a page without text
            continue
        segs = [_Seg(w.x0, w.x1, w.top, w.bottom, w.text, w.size, w.bold) for w in read.words]
        page.lines = _group_lines(segs, page.number)
        _place_tables(page, _grid_tables(read.tables))
        page.has_text = bool(page.lines)
        done.append(page.number)
        confidence.extend(w.confidence for w in read.words)
    if done:
        mean = sum(confidence) / len(confidence) if confidence else 0.0
        warnings.append(f"OCR on pages {page_ranges(done)} (mean word confidence {mean:.0f}%)")
    return done
