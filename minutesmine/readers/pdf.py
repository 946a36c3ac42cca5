"""PDF reader: text with geometry -> lines -> paragraphs, tables and headings.

Two ways to get the text, one layout step after them:

* ``fast=True`` (default): pypdfium2 reads each page's text in one call, and each text line's
  geometry from its character rectangles (a few calls per line). pdfplumber's table finder
  runs only on pages whose text looks tabular (several lines split into columns).
* ``fast=False``: pdfplumber's ``extract_words`` (with font names, so bold lines become
  headings) and its table finder on every page.

The layout step is shared: words on one baseline become a line (a wide gap becomes a tab,
as in a cover sheet's ``LABEL:<tab>value`` row); running headers and footers (lines repeated
at the top or bottom of most pages, ``Page 3 of 7``, bare page numbers) are dropped; a
table found on a page replaces the lines inside it and becomes a table block in place;
lines are grouped into paragraphs at vertical gaps, and a wrapped line (one whose next
line's first word would not have fitted on it) is joined to the next into one logical line;
a paragraph may continue across a page break.

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
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from minutesmine.blocks import Block, ReadError, ReadResult, TableData
from minutesmine.readers.normalize import BULLET, clean_line, fold, is_list_start, is_page_number
from minutesmine.readers.text import _attach_captions

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
        size = statistics.median(s.size for s in row)
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


def _font_bold(textpage: Any, raw: Any, index: int) -> bool:
    weight = raw.FPDFText_GetFontWeight(textpage.raw, index)
    if weight >= 600:
        return True
    buf = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    n = raw.FPDFText_GetFontInfo(textpage.raw, index, buf, 128, ctypes.byref(flags))
    return bool(n) and bool(_BOLD_NAME.search(buf.value.decode("latin-1", "replace")))


def _fast_segments(page: Any, textpage: Any, raw: Any, height: float) -> Iterator[_Seg]:
    """One segment per pdfium text line, split where a wide gap separates two cells."""
    text = textpage.get_text_range()
    for m in re.finditer(r"[^\r\n]+", text):
        chunk = m.group()
        if not chunk.strip():
            continue
        start, n = m.start(), len(chunk)
        first = start + (len(chunk) - len(chunk.lstrip()))
        last = start + len(chunk.rstrip()) - 1
        mid = start + n // 2
        while mid > first and chunk[mid - start].isspace():
            mid -= 1
        loose = textpage.get_charbox(mid, loose=True)  # mid-line: not a bullet or a drop cap
        top, bottom = height - loose[3], height - loose[1]
        # the loose box spans the font's ascent to descent: a font size that survives
        # scaled text matrices (where the nominal size is often 1)
        size = (bottom - top) / 1.2
        if size <= 0.5:
            size = raw.FPDFText_GetFontSize(textpage.raw, mid) or 10.0
            top, bottom = height - loose[1] - size, height - loose[1]
        rects = [textpage.get_rect(i) for i in range(textpage.count_rects(start, n))]
        if not rects:
            continue
        bold = _font_bold(textpage, raw, first) and _font_bold(textpage, raw, last)
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


def _looks_tabular(lines: list[_Line]) -> bool:
    """Two consecutive lines split into three or more cells each."""
    run = 0
    for line in lines:
        run = run + 1 if line.text.count("\t") >= 2 else 0
        if run >= 2:
            return True
    return False


def _count_rules(page: Any, raw: Any) -> int:
    """Number of path objects on a page (rulings, cell borders, shapes)."""
    n = raw.FPDFPage_CountObjects(page.raw)
    return sum(
        1
        for i in range(n)
        if raw.FPDFPageObj_GetType(raw.FPDFPage_GetObject(page.raw, i)) == raw.FPDF_PAGEOBJ_PATH
    )


# --------------------------------------------------------------------------- tables


def _clean_cell(cell: str | None) -> str:
    return clean_line(" ".join((cell or "").split()))


def _plumber_tables(plumber_page: Any) -> list[tuple[tuple[float, float, float, float], TableData]]:
    found: list[tuple[tuple[float, float, float, float], TableData]] = []
    for t in plumber_page.find_tables():
        grid = [[_clean_cell(c) for c in row] for row in t.extract()]
        grid = [r for r in grid if any(r)]
        if len(grid) < 2 or max(len(r) for r in grid) < 2:
            continue
        # drop columns that are empty in every row (merged-cell artefacts)
        keep = [j for j in range(max(len(r) for r in grid)) if any(j < len(r) and r[j] for r in grid)]
        grid = [[r[j] if j < len(r) else "" for j in keep] for r in grid]
        found.append((tuple(t.bbox), TableData(header=grid[0], rows=grid[1:])))
    return found


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


def _read_fast(doc: Any, path: Path, warnings: list[str]) -> list[_Page]:
    import pypdfium2.raw as raw

    pages: list[_Page] = []
    plumber = None
    try:
        for i in range(len(doc)):
            page = doc[i]
            width, height = page.get_size()
            textpage = page.get_textpage()
            try:
                segs = list(_fast_segments(page, textpage, raw, height))
            finally:
                textpage.close()
            p = _Page(i + 1, width, height, _group_lines(segs, i + 1), has_text=bool(segs))
            # pdfplumber finds tables from rulings: ask it only where text falls into
            # columns and the page draws enough paths to rule a grid
            tabular = (
                _looks_tabular(p.lines) or sum("\t" in ln.text for ln in p.lines) >= 3
            ) and _count_rules(page, raw) >= 4
            if tabular:
                if plumber is None:
                    import pdfplumber

                    plumber = pdfplumber.open(path)
                try:
                    _place_tables(p, _plumber_tables(plumber.pages[i]))
                except Exception as exc:  # a table finder failure loses the table, not the page
                    log.debug("table finder failed on page %d: %s", i + 1, exc)
                    warnings.append(f"table detection failed on page {i + 1}")
            page.close()
            pages.append(p)
    finally:
        if plumber is not None:
            plumber.close()
    return pages


_CID = re.compile(r"\(cid:(\d+)\)")
_CID_BULLETS = {"127", "149", "183"}  # slots fonts without a ToUnicode map use for bullets


def _uncid(text: str) -> str:
    """Replace pdfminer's ``(cid:N)`` for glyphs it could not map: bullets kept, others dropped.

    >>> _uncid("(cid:127)"), _uncid("a(cid:3)b")
    ('\u2022', 'ab')
    """
    return _CID.sub(lambda m: "\u2022" if m.group(1) in _CID_BULLETS else "", text)


def _read_full(path: Path, warnings: list[str]) -> list[_Page]:
    import pdfplumber

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
            segs = [
                _Seg(
                    float(w["x0"]),
                    float(w["x1"]),
                    float(w["top"]),
                    float(w["bottom"]),
                    _uncid(w["text"]),
                    float(w.get("size") or 10.0),
                    bool(_BOLD_NAME.search(w.get("fontname") or "")),
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


def _paragraphs(pages: list[_Page]) -> list[Block]:
    all_lines = [ln for p in pages for ln in p.lines]
    doc_right = _right_edge(all_lines)
    rights = {
        p.number: _right_edge(p.lines) if sum(len(ln.text) >= 20 for ln in p.lines) >= 8 else doc_right
        for p in pages
    }
    pitch = _pitch(pages)
    blocks: list[Block] = []
    cur: list[list[_Line]] = []  # logical lines, each a list of physical lines

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
            heading = bold and len(texts) == 1 and len(texts[0]) <= 200
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
        if prev is not None:
            if line.page != prev.page:
                # a paragraph or a list carries on over a page break
                carries = _wrapped(prev, line, rights[prev.page]) or (
                    len(cur) >= 2  # a list packed without gaps so far
                    and _marker_kind(line.text) is not None
                    and _marker_kind(cur[-1][0].text)
                    == _marker_kind(cur[-2][0].text)
                    == _marker_kind(line.text)
                )
                new_para = not carries or line.bold != prev.bold
            else:
                expected = pitch * max(prev.size, line.size)
                new_para = (
                    line.top - prev.top > 1.25 * expected
                    or line.top < prev.top - 1.0  # a new column
                    or abs(line.size - prev.size) > 0.15 * max(prev.size, 1.0)
                    or line.bold != prev.bold
                )
        if new_para:
            flush()
            cur = [[line]]
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

    ``fast`` uses pypdfium2 for text (pdfplumber only on table pages); ``fast=False``
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
        pages = _read_fast(doc, path, warnings) if fast else None
    finally:
        if fast:
            doc.close()
    if not fast:
        doc.close()
        pages = _read_full(path, warnings)
    assert pages is not None
    if _truncated(data):
        warnings.append("truncated PDF (no end-of-file marker): text may be incomplete")
    empty = [p.number for p in pages if not p.has_text]
    if empty and len(empty) == len(pages):
        raise ReadError(f"no text layer on pages {page_ranges(empty)}: scanned?")
    if empty:
        warnings.append(f"no text layer on pages {page_ranges(empty)}: scanned?")
    _strip_running(pages)
    blocks = _attach_captions(_paragraphs(pages))
    return ReadResult(blocks=blocks, format="pdf", pages=n_pages, warnings=warnings)
