"""PDF reader: text with geometry -> lines -> paragraphs, tables and headings.

Two ways to get the text, one layout step after them:

* ``fast=True`` (default): pypdfium2 reads each page's text in one call, and each text line's
  geometry, size and boldness from a few of its characters. Ruled tables come from the
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

import ctypes
import itertools
import logging
import re
import statistics
import struct
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from minutesmine.blocks import Block, ReadError, ReadResult, TableData
from minutesmine.readers.normalize import BULLET, clean_line, fold, is_list_start, is_page_number
from minutesmine.readers.pdf_tables import find_tables
from minutesmine.readers.text import _attach_captions
from minutesmine.readers.tidy import cover_sheets, join_split_tables, row_tables

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


def _group_lines(segs: list[_Seg], page: int) -> list[_Line]:
    """Group segments sharing a baseline into lines, left to right; wide gaps become tabs."""
    rows: list[list[_Seg]] = []
    seen: set[tuple[int, int, str]] = set()
    for s in sorted(segs, key=lambda s: (round(s.top, 1), s.x0)):
        key = (round(s.x0), round(s.top), s.text)
        if key in seen:  # text drawn twice (a fake-bold effect)
            continue
        seen.add(key)
        placed = False
        for row in reversed(rows[-3:]):
            top = min(r.top for r in row)
            bottom = max(r.bottom for r in row)
            overlap = min(bottom, s.bottom) - max(top, s.top)
            if overlap >= 0.5 * min(s.bottom - s.top, bottom - top):
                row.append(s)
                placed = True
                break
        if not placed:
            rows.append([s])
    lines: list[_Line] = []
    for row in rows:
        row.sort(key=lambda s: s.x0)
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
                top=min(s.top for s in row),
                bottom=max(s.bottom for s in row),
                text=text,
                size=size,
                bold=all(s.bold for s in row if s.text.strip()),
                page=page,
            )
        )
    lines.sort(key=lambda ln: (ln.top, ln.x0))
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
    """

    def __init__(self, raw: Any) -> None:
        self.raw = raw
        self._by_font: dict[int, bool] = {}  # font handle -> bold, for the current page
        self._by_key: dict[tuple[str, int, int], bool] = {}  # (name, program size, weight)

    def new_page(self) -> None:
        """Forget font handles: pdfium may free a page's fonts and reuse their addresses."""
        self._by_font.clear()

    def font_name(self, font: Any) -> str:
        buf = ctypes.create_string_buffer(256)
        n = self.raw.FPDFFont_GetBaseFontName(font, buf, 256)
        return buf.value.decode("latin-1", "replace") if n else ""

    def bold(self, font: Any) -> bool:
        key = ctypes.cast(font, ctypes.c_void_p).value or 0
        known = self._by_font.get(key)
        if known is None:
            known = self._by_font[key] = self._decide(font)
        return known

    def _decide(self, font: Any) -> bool:
        raw = self.raw
        name = self.font_name(font)
        if _BOLD_NAME.search(name):
            return True
        size = ctypes.c_size_t()
        if not raw.FPDFFont_GetFontData(font, None, 0, ctypes.byref(size)):
            size.value = 0
        weight = raw.FPDFFont_GetWeight(font)
        key = (name, size.value, weight)
        known = self._by_key.get(key)
        if known is None:
            known = self._by_key[key] = self._from_program(font, size.value, weight)
        return known

    def _from_program(self, font: Any, size: int, weight: int) -> bool:
        if size:
            data = (ctypes.c_uint8 * size)()
            out = ctypes.c_size_t()
            if self.raw.FPDFFont_GetFontData(font, data, size, ctypes.byref(out)):
                stated = _sfnt_weight(bytes(data))
                if stated is not None:
                    return stated >= 600
        return 700 <= weight <= 1000

    def char_bold(self, textpage: Any, index: int) -> bool:
        """Whether the character at ``index`` of a pdfium text page is set in a bold font."""
        raw = self.raw
        obj = raw.FPDFText_GetTextObject(textpage.raw, index)
        font = raw.FPDFTextObj_GetFont(obj) if obj else None
        if font:
            return self.bold(font)
        buf = ctypes.create_string_buffer(128)
        flags = ctypes.c_int()
        n = raw.FPDFText_GetFontInfo(textpage.raw, index, buf, 128, ctypes.byref(flags))
        return bool(n) and bool(_BOLD_NAME.search(buf.value.decode("latin-1", "replace")))

    def page_fonts(self, page: Any) -> dict[str, bool]:
        """Font name -> bold for the text objects of a page (forms included)."""
        raw = self.raw
        out: dict[str, bool] = {}
        stack: list[Any] = [None]
        while stack:
            form = stack.pop()
            n = raw.FPDFPage_CountObjects(page) if form is None else raw.FPDFFormObj_CountObjects(form)
            for i in range(max(n, 0)):
                obj = raw.FPDFPage_GetObject(page, i) if form is None else raw.FPDFFormObj_GetObject(form, i)
                kind = raw.FPDFPageObj_GetType(obj) if obj else None
                if kind == raw.FPDF_PAGEOBJ_FORM:
                    stack.append(obj)
                elif kind == raw.FPDF_PAGEOBJ_TEXT:
                    font = raw.FPDFTextObj_GetFont(obj)
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


def _fast_segments(
    textpage: Any,
    raw: Any,
    height: float,
    styles: _FontStyles,
    spans: list[tuple[int, int, float, float]] | None = None,
) -> Iterator[_Seg]:
    """One segment per pdfium text line, split where a wide gap separates two cells.

    ``spans`` collects each line's ``(first index, end index, top, bottom)``.
    """
    tp = textpage.raw
    box = raw.FS_RECTF()
    pbox = ctypes.byref(box)
    left, top_, right, bottom_ = (ctypes.c_double() for _ in range(4))
    ltrb = (ctypes.byref(left), ctypes.byref(top_), ctypes.byref(right), ctypes.byref(bottom_))
    loose_box, get_rect = raw.FPDFText_GetLooseCharBox, raw.FPDFText_GetRect
    count_rects = raw.FPDFText_CountRects

    def loose_at(i: int) -> tuple[float, float, float, float]:
        if not loose_box(tp, i, pbox):
            return (0.0, 0.0, 0.0, 0.0)
        return (box.left, box.bottom, box.right, box.top)

    def rect_at(i: int) -> tuple[float, float, float, float]:
        get_rect(tp, i, *ltrb)
        return (left.value, bottom_.value, right.value, top_.value)

    text = textpage.get_text_range()
    for m in re.finditer(r"[^\r\n]+", text):
        chunk = m.group()
        if not chunk.strip():
            continue
        start, n = m.start(), len(chunk)
        samples = _samples(chunk, start)
        # the loose box spans the font's ascent to descent: a font size that survives
        # scaled text matrices (where the nominal size is often 1). The median of a few
        # characters is the line's: not a bullet, a drop cap or a superscript "th".
        boxes = sorted((loose_at(i) for i in samples), key=lambda b: b[3] - b[1])
        loose = boxes[len(boxes) // 2]
        top, bottom = height - loose[3], height - loose[1]
        size = (bottom - top) / 1.2
        if size <= 0.5:
            size = raw.FPDFText_GetFontSize(textpage.raw, samples[len(samples) // 2]) or 10.0
            top, bottom = height - loose[1] - size, height - loose[1]
        rects = [rect_at(i) for i in range(max(count_rects(tp, start, n), 0))]
        if not rects:
            continue
        bold = all(styles.char_bold(textpage, i) for i in samples)
        if spans is not None:
            spans.append((start, start + n, top, bottom))
        # split at wide gaps between consecutive rectangles
        cuts: list[tuple[int, float, float]] = []  # (char offset, x1 before, x0 after)
        for a, b in itertools.pairwise(rects):
            if b[0] - a[2] > _TAB_GAP * size:
                idx = textpage.get_index(b[0] + 0.5, (b[1] + b[3]) / 2, 1.0, 1.0)
                if idx is not None and start < idx < start + n:
                    cuts.append((idx - start, a[2], b[0]))
        x0 = min(r[0] for r in rects)
        x1 = max(r[2] for r in rects)
        pos = 0
        seg_x0 = x0
        for off, left_end, right_start in cuts:
            yield _Seg(seg_x0, left_end, top, bottom, chunk[pos:off], size, bold)
            pos, seg_x0 = off, right_start
        yield _Seg(seg_x0, x1, top, bottom, chunk[pos:], size, bold)


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
    found = (_table_data(bbox, grid) for bbox, grid in find_tables(raw, page, textpage, height, spans))
    return [t for t in found if t is not None]


def _inside(line: _Line, bbox: tuple[float, float, float, float]) -> bool:
    cx, cy = (line.x0 + line.x1) / 2, (line.top + line.bottom) / 2
    return bbox[0] - 1 <= cx <= bbox[2] + 1 and bbox[1] - 1 <= cy <= bbox[3] + 1


def _place_tables(page: _Page, tables: list[tuple[tuple[float, float, float, float], TableData]]) -> None:
    for bbox, table in tables:
        page.lines = [ln for ln in page.lines if not _inside(ln, bbox)]
        text = "\n".join("\t".join(r) for r in [table.header, *table.rows])
        page.lines.append(
            _Line(bbox[0], bbox[2], bbox[1], bbox[3], text, 0.0, False, page.number, table=table)
        )
    page.lines.sort(key=lambda ln: (ln.top, ln.x0))


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


def _read_fast(doc: Any, warnings: list[str]) -> list[_Page]:
    import pypdfium2.raw as raw

    styles = _FontStyles(raw)
    pages: list[_Page] = []
    for i in range(len(doc)):
        page = doc[i]
        styles.new_page()
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            spans: list[tuple[int, int, float, float]] = []
            segs = list(_fast_segments(textpage, raw, height, styles, spans))
            p = _Page(i + 1, width, height, _group_lines(segs, i + 1), has_text=bool(segs))
            try:
                # ruled tables from the page's paths (pages without enough paths cost nothing)
                _place_tables(p, _fast_tables(raw, page, textpage, height, spans))
            except Exception as exc:  # a table finder failure loses the table, not the page
                log.debug("table finder failed on page %d: %s", i + 1, exc)
                warnings.append(f"table detection failed on page {i + 1}")
        finally:
            textpage.close()
            page.close()
        pages.append(p)
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


def _strip_running(pages: list[_Page]) -> None:
    """Drop page numbers and lines repeated at the top or bottom of most pages."""

    def key(text: str) -> str:
        return re.sub(r"\d+", "#", fold(text))

    def bands(p: _Page) -> list[_Line]:
        body = [ln for ln in p.lines if ln.table is None]
        top = [ln for ln in body[:5] if ln.bottom <= _MARGIN_BAND * 1.5 * p.height]
        bottom = [ln for ln in body[-5:] if ln.top >= (1 - _MARGIN_BAND * 1.5) * p.height]
        return top + [ln for ln in bottom if ln not in top]

    counts: Counter[str] = Counter()
    for p in pages:
        counts.update({key(ln.text) for ln in bands(p)})
    need = max(2, (len(pages) + 1) // 2)
    for p in pages:
        drop = {
            id(ln)
            for ln in bands(p)
            if (len(pages) > 1 and counts[key(ln.text)] >= need) or is_page_number(ln.text.replace("\t", " "))
        }
        p.lines = [ln for ln in p.lines if id(ln) not in drop]


def _right_edge(lines: list[_Line]) -> float:
    xs = sorted(ln.x1 for ln in lines if ln.table is None and len(ln.text) >= 20)
    if not xs:
        xs = sorted(ln.x1 for ln in lines if ln.table is None) or [0.0]
    return xs[int(0.9 * (len(xs) - 1))]


def _char_width(line: _Line) -> float:
    return max((line.x1 - line.x0) / max(len(line.text), 1), 0.2 * line.size, 1.0)


def _wrapped(a: _Line, b: _Line, right: float) -> bool:
    """Whether line ``a`` ended only because ``b``'s first word did not fit on it."""
    words = b.text.replace("\t", " ").split()
    if not words or is_list_start(b.text.strip()):
        return False
    need = (len(words[0]) + 1) * _char_width(b)
    return a.x1 + need > right - 0.5 * _char_width(a)


def _marker_kind(text: str) -> str | None:
    """``"bullet"``, ``"number"`` or None: what kind of list item a line starts.

    >>> _marker_kind("- Report up to"), _marker_kind("3. CHILDREN'S PLAN"), _marker_kind("Officers")
    ('bullet', 'number', None)
    """
    line = clean_line(text[:16])
    if not is_list_start(line):
        return None
    return "bullet" if line.startswith(BULLET) else "number"


def _join(text: str, nxt: str) -> str:
    if text.endswith(("\x02", "\u00ad")):
        return text[:-1] + nxt
    if re.search(r"[A-Za-z]-$", text) and nxt[:1].islower():
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
    return statistics.median(pitches) if pitches else 1.25


def _body_size(lines: list[_Line]) -> float:
    """Font size of most of the text (by characters): headings stand out against it."""
    sizes: Counter[float] = Counter()
    for ln in lines:
        if ln.table is None:
            sizes[round(ln.size * 2) / 2] += len(ln.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _paragraphs(pages: list[_Page]) -> list[Block]:
    all_lines = [ln for p in pages for ln in p.lines]
    doc_right = _right_edge(all_lines)
    rights = {
        p.number: _right_edge(p.lines) if sum(len(ln.text) >= 20 for ln in p.lines) >= 8 else doc_right
        for p in pages
    }
    pitch = _pitch(pages)
    body = _body_size(all_lines)
    blocks: list[Block] = []
    cur: list[list[_Line]] = []  # logical lines, each a list of physical lines
    cur_continues = False  # the current block's first line wraps on from the previous block

    def flush() -> None:
        nonlocal cur
        if not cur:
            return
        texts = []
        for logical in cur:
            text = logical[0].text
            for ln in logical[1:]:
                text = _join(text, ln.text)
            texts.append(clean_line(text))
        texts = [t for t in texts if t]
        if texts:
            physical = [ln for logical in cur for ln in logical]
            bold = all(ln.bold for ln in physical)
            # a heading stands out (bold, or larger than the body text), is one short
            # logical line and does not carry on a sentence wrapped from the line before
            larger = min(ln.size for ln in physical) > 1.15 * body
            heading = (bold or larger) and len(texts) == 1 and len(texts[0]) <= 200 and not cur_continues
            blocks.append(
                Block("\n".join(texts), page=cur[0][0].page, kind="heading" if heading else "text", bold=bold)
            )
        cur = []

    prev: _Line | None = None
    for line in all_lines:
        if line.table is not None:
            flush()
            blocks.append(Block(line.text, page=line.page, kind="table", table=line.table))
            prev = None
            continue
        new_para = prev is None
        continues = False  # this line carries on prev's sentence (prev ran to the margin)
        if prev is not None:
            same_size = abs(line.size - prev.size) <= 0.15 * max(prev.size, 1.0)
            if line.page != prev.page:
                # a paragraph or a list carries on over a page break
                continues = same_size and _wrapped(prev, line, rights[prev.page])
                carries = continues or (
                    len(cur) >= 2  # a list packed without gaps so far
                    and _marker_kind(line.text) is not None
                    and _marker_kind(cur[-1][0].text)
                    == _marker_kind(cur[-2][0].text)
                    == _marker_kind(line.text)
                )
            else:
                expected = pitch * max(prev.size, line.size)
                carries = (
                    line.top - prev.top <= 1.25 * expected
                    and line.top >= prev.top - 1.0  # not a new column
                    and same_size
                )
                continues = carries and _wrapped(prev, line, rights[line.page])
            # a change to or from bold starts a new paragraph (a heading, a label), except
            # bold words wrapped onto the next line of a plain sentence ("... Carried.")
            new_para = not carries or (line.bold != prev.bold and not (line.bold and continues))
        if new_para:
            flush()
            cur = [[line]]
            cur_continues = continues
        else:
            logical = cur[-1]
            cont_x = logical[1].x0 if len(logical) > 1 else None
            fits_column = cont_x is None or line.x0 >= cont_x - 2 * _char_width(line)
            if "\t" in logical[0].text and len(logical) == 1:
                fits_column = line.x0 > logical[0].x0 + 2 * _char_width(line)
            if _wrapped(logical[-1], line, rights[line.page]) and fits_column:
                logical.append(line)
            else:
                cur.append([line])
        prev = line
    flush()
    return blocks


# --------------------------------------------------------------------------- entry point


def read_pdf(path: Path, *, fast: bool = True) -> ReadResult:
    """Read a PDF into blocks with page numbers.

    ``fast`` uses pypdfium2 for text and tables; ``fast=False``
    uses pdfplumber throughout. Raises :class:`ReadError` (and nothing else) for a file
    that cannot be read: empty, not a PDF, corrupt or truncated, encrypted, or with no
    text layer on any page (``"no text layer on pages 1-3: scanned?"``). A document with
    some image-only pages is read, with that message as a warning.
    """
    path = Path(path)
    try:
        return _read_pdf(path, fast)
    except ReadError:
        raise
    except Exception as exc:
        log.debug("reading %s failed", path, exc_info=True)
        raise ReadError(f"unreadable PDF ({type(exc).__name__}: {str(exc)[:120]})") from exc


def _read_pdf(path: Path, fast: bool) -> ReadResult:
    doc, data = _open_pdfium(path)
    warnings: list[str] = []
    try:
        n_pages = len(doc)
        pages = _read_fast(doc, warnings) if fast else _read_full(path, doc, warnings)
    finally:
        doc.close()
    if _truncated(data):
        warnings.append("truncated PDF (no end-of-file marker): text may be incomplete")
    empty = [p.number for p in pages if not p.has_text]
    if empty and len(empty) == len(pages):
        raise ReadError(f"no text layer on pages {page_ranges(empty)}: scanned?")
    if empty:
        warnings.append(f"no text layer on pages {page_ranges(empty)}: scanned?")
    _strip_running(pages)
    blocks = _attach_captions(join_split_tables(row_tables(cover_sheets(_paragraphs(pages)))))
    return ReadResult(blocks=blocks, format="pdf", pages=n_pages, warnings=warnings)
