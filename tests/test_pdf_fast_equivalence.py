"""The fast PDF path's batched and vectorised steps against the simple one-line-at-a-time
versions they replace (kept here as references): same segments, lines, samples, cleaned
lines and table candidates, on the seed renderings, made PDFs and strings built to hit the
edge cases."""

from __future__ import annotations

import ctypes
import itertools
import random
import re
import sys
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as raw
import pytest
from paths import REAL, SEEDS

from minutesmine.readers import normalize, pdf
from minutesmine.readers import pdf_tables as pt

SEED_PDFS = sorted(SEEDS.glob("*.pdf"))
REAL_PDFS = sorted(REAL.glob("*.pdf")) if REAL.exists() else []


# --------------------------------------------------------------------------- references


def ref_segments(textpage: Any, height: float, styles: pdf._FontStyles) -> tuple[list[pdf._Seg], list[Any]]:
    """The per-line reader: pypdfium2 helpers and one raw call per character or rectangle."""
    tp = textpage.raw
    box = raw.FS_RECTF()
    left, top_, right, bottom_ = (ctypes.c_double() for _ in range(4))
    ltrb = [ctypes.byref(v) for v in (left, top_, right, bottom_)]

    def loose_at(i: int) -> tuple[float, float, float, float]:
        if not raw.FPDFText_GetLooseCharBox(tp, i, ctypes.byref(box)):
            return (0.0, 0.0, 0.0, 0.0)
        return (box.left, box.bottom, box.right, box.top)

    def rect_at(i: int) -> tuple[float, float, float, float]:
        raw.FPDFText_GetRect(tp, i, *ltrb)
        return (left.value, bottom_.value, right.value, top_.value)

    segs: list[pdf._Seg] = []
    spans = []
    text = textpage.get_text_range()
    for m in re.finditer(r"[^\r\n]+", text):
        chunk = m.group()
        if not chunk.strip():
            continue
        start, n = m.start(), len(chunk)
        samples = pdf._samples(chunk, start)
        boxes = sorted((loose_at(i) for i in samples), key=lambda b: b[3] - b[1])
        loose = boxes[len(boxes) // 2]
        top, bottom = height - loose[3], height - loose[1]
        size = (bottom - top) / 1.2
        if size <= 0.5:
            size = raw.FPDFText_GetFontSize(tp, samples[len(samples) // 2]) or 10.0
            top, bottom = height - loose[1] - size, height - loose[1]
        rects = [rect_at(i) for i in range(max(raw.FPDFText_CountRects(tp, start, n), 0))]
        if not rects:
            continue
        bold = all(styles.char_bold(textpage, i) for i in samples)
        spans.append((start, start + n, top, bottom))
        cuts = []
        for a, b in itertools.pairwise(rects):
            if b[0] - a[2] > pdf._TAB_GAP * size:
                idx = textpage.get_index(b[0] + 0.5, (b[1] + b[3]) / 2, 1.0, 1.0)
                if idx is not None and start < idx < start + n:
                    cuts.append((idx - start, a[2], b[0]))
        pos, seg_x0 = 0, min(r[0] for r in rects)
        for off, left_end, right_start in cuts:
            segs.append(pdf._Seg(seg_x0, left_end, top, bottom, chunk[pos:off], size, bold))
            pos, seg_x0 = off, right_start
        segs.append(pdf._Seg(seg_x0, max(r[2] for r in rects), top, bottom, chunk[pos:], size, bold))
    return segs, spans


def ref_group_lines(segs: list[pdf._Seg], page: int) -> list[pdf._Line]:
    """Line grouping recomputing each row's extent from its segments."""
    rows: list[list[pdf._Seg]] = []
    seen: set[tuple[int, int, str]] = set()
    for s in sorted(segs, key=lambda s: (round(s.top, 1), s.x0)):
        key = (round(s.x0), round(s.top), s.text)
        if key in seen:
            continue
        seen.add(key)
        for row in reversed(rows[-3:]):
            top, bottom = min(r.top for r in row), max(r.bottom for r in row)
            if min(bottom, s.bottom) - max(top, s.top) >= 0.5 * min(s.bottom - s.top, bottom - top):
                row.append(s)
                break
        else:
            rows.append([s])
    lines = []
    for row in rows:
        row.sort(key=lambda s: s.x0)
        size = pdf._line_size(row)
        parts: list[str] = []
        prev = None
        for s in row:
            if prev is not None:
                gap = s.x0 - prev.x1
                if gap > pdf._TAB_GAP * max(size, 4.0):
                    parts.append("\t")
                elif gap > 0.12 * size and not parts[-1].endswith(" ") and not s.text.startswith(" "):
                    parts.append(" ")
            parts.append(s.text)
            prev = s
        text = "".join(parts)
        if text.strip():
            lines.append(
                pdf._Line(
                    row[0].x0,
                    max(s.x1 for s in row),
                    min(s.top for s in row),
                    max(s.bottom for s in row),
                    text,
                    size,
                    all(s.bold for s in row if s.text.strip()),
                    page,
                )
            )
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    return lines


def ref_clean_line(line: str) -> str:
    """Every substitution on every line."""
    line = normalize._ZERO_WIDTH.sub("", line.translate(normalize._TRANSLATE))
    line = normalize._SPACES.sub(" ", line)
    line = re.sub(r" *\t[ \t]*", "\t", line).strip(" \t\r\n")
    line = normalize._MARKER_TAB.sub(r"\1 ", line)
    m = normalize._BULLET_RE.match(line)
    if m and len(line) > m.end():
        line = f"{normalize.BULLET} {line[m.end() :]}"
    return line


def ref_may_have_table(page: Any) -> bool:
    """Path segments counted object by object through pypdfium2's typed bindings."""
    total = 0
    stack: list[Any] = [None]
    while stack:
        form = stack.pop()
        n = raw.FPDFPage_CountObjects(page) if form is None else raw.FPDFFormObj_CountObjects(form)
        for i in range(max(n, 0)):
            obj = raw.FPDFPage_GetObject(page, i) if form is None else raw.FPDFFormObj_GetObject(form, i)
            kind = raw.FPDFPageObj_GetType(obj)
            if kind == raw.FPDF_PAGEOBJ_PATH:
                total += max(raw.FPDFPath_CountSegments(obj), 0)
            elif kind == raw.FPDF_PAGEOBJ_FORM:
                stack.append(obj)
    return total >= pt.MIN_SEGMENTS


def ref_page_edges(page: Any, height: float) -> list[pt.Edge]:
    """Edges read segment by segment through pypdfium2's typed bindings."""
    edges: list[pt.Edge] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    stack: list[tuple[Any, pt.Matrix]] = [(None, pt._IDENTITY)]
    paths = []
    while stack:
        form, outer = stack.pop()
        n = raw.FPDFPage_CountObjects(page) if form is None else raw.FPDFFormObj_CountObjects(form)
        for i in range(max(n, 0)):
            obj = raw.FPDFPage_GetObject(page, i) if form is None else raw.FPDFFormObj_GetObject(form, i)
            kind = raw.FPDFPageObj_GetType(obj)
            m = raw.FS_MATRIX()
            raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(m))
            matrix = (m.a, m.b, m.c, m.d, m.e, m.f)
            if kind == raw.FPDF_PAGEOBJ_PATH:
                paths.append((obj, pt._compose(matrix, outer)))
            elif kind == raw.FPDF_PAGEOBJ_FORM:
                stack.append((obj, pt._compose(matrix, outer)))
    for obj, (a, b, c, d, e, f) in paths:
        points: list[tuple[float, float]] = []
        closed = False
        for i in range(raw.FPDFPath_CountSegments(obj)):
            seg = raw.FPDFPath_GetPathSegment(obj, i)
            if not seg or not raw.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y)):
                continue
            if points and raw.FPDFPathSegment_GetType(seg) == raw.FPDF_SEGMENT_MOVETO:
                pt._polyline_edges(points, closed, edges)
                points, closed = [], False
            points.append((a * x.value + c * y.value + e, height - (b * x.value + d * y.value + f)))
            closed = closed or bool(raw.FPDFPathSegment_GetClose(seg))
        pt._polyline_edges(points, closed, edges)
    return edges


# --------------------------------------------------------------------------- PDFs


def _made_pdf(path: Path) -> Path:
    """Bold and plain runs on one line, a superscript, a drop cap, text drawn twice (fake
    bold), cells far apart (tab cuts), a tiny and a scaled font, a ruled grid, odd paths,
    a form."""
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(path))
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 780, "1. A BOLD HEADING")
    c.setFont("Helvetica", 10)
    c.drawString(72, 760, "Plain text then ")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(150, 760, "bold words")
    c.setFont("Helvetica", 10)
    c.drawString(72, 740, "The 5")
    c.setFont("Helvetica", 6)
    c.drawString(99, 744, "th")
    c.setFont("Helvetica", 10)
    c.drawString(108, 740, "meeting of the committee was held on a Tuesday.")
    c.setFont("Times-Roman", 30)
    c.drawString(72, 700, "D")
    c.setFont("Times-Roman", 10)
    c.drawString(95, 710, "rop cap paragraph starts here and carries on.")
    for dx in (0, 0.3):
        c.setFont("Helvetica", 10)
        c.drawString(72 + dx, 680, "Fake bold drawn twice")
    c.setFont("Helvetica", 10)
    c.drawString(72, 660, "REPORT TO:")
    c.drawString(260, 660, "Children and Young People")
    c.drawString(420, 660, "Item 4")
    for y, runs in [(600, [(10, "m"), (6, "2")]), (580, [(18, "W"), (10, "x "), (7, "y"), (12, "z")])]:
        x = 300.0  # short lines of mixed sizes: an even number of samples
        for size, text in runs:
            c.setFont("Helvetica", size)
            c.drawString(x, y, text)
            x += c.stringWidth(text, "Helvetica", size)
    c.setFont("Helvetica", 3)
    c.drawString(72, 640, "tiny print at three points")
    c.saveState()
    c.translate(72, 620)
    c.scale(12, 12)
    c.setFont("Helvetica", 1)
    c.drawString(0, 0, "scaled one point font")
    c.restoreState()
    for i in range(4):
        c.line(72, 500 + i * 20, 372, 500 + i * 20)
    for x in (72, 200, 372):
        c.line(x, 500, x, 560)
    c.setFont("Helvetica", 9)
    for r, row in enumerate([["Service", "Number"], ["Care", "19"], ["Help", "7"]]):
        for x, text in zip((76, 204), row, strict=True):
            c.drawString(x, 546 - 20 * r, text)
    shape = c.beginPath()  # a closed two-point path, a curve, a rectangle and a lone move-to
    shape.moveTo(400, 500)
    shape.lineTo(500, 500)
    shape.close()
    shape.moveTo(400, 520)
    shape.curveTo(420, 540, 480, 540, 500, 520)
    shape.rect(400, 400, 60, 30)
    shape.moveTo(450, 450)
    c.drawPath(shape)
    c.beginForm("note")
    c.setFont("Helvetica-Oblique", 9)
    c.drawString(0, 0, "Text inside a form XObject \u2013 with a dash and \u201cquotes\u201d")
    c.endForm()
    c.saveState()
    c.translate(72, 450)
    c.doForm("note")
    c.restoreState()
    c.showPage()
    c.setFont("Helvetica", 10)
    c.drawString(72, 780, "A second page with one line.")
    c.showPage()
    c.showPage()  # an empty page
    c.save()
    return path


@pytest.fixture(scope="module")
def made_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _made_pdf(tmp_path_factory.mktemp("fast") / "made.pdf")


def _pdfs(made: Path) -> list[Path]:
    return [made, *SEED_PDFS, *REAL_PDFS]


# --------------------------------------------------------------------------- tests


def test_segments_and_spans_match_the_per_line_reader(made_pdf: Path, backend: str) -> None:
    pages = 0
    for path in _pdfs(made_pdf):
        doc = pdfium.PdfDocument(path)
        try:
            for i in range(len(doc)):
                page = doc[i]
                textpage = page.get_textpage()
                height = page.get_size()[1]
                ref_styles, styles = pdf._FontStyles(raw), pdf._FontStyles(raw)
                expected = ref_segments(textpage, height, ref_styles)
                spans: list[Any] = []
                fast_tp = pdf._TextPage(pdf.api(raw), pt.handle(textpage))
                got = pdf._fast_segments(fast_tp, height, styles, spans)
                assert (got, spans) == expected, f"{path.name} page {i + 1}"
                pages += 1
                textpage.close()
                page.close()
        finally:
            doc.close()
    assert pages >= 3


def test_made_pdf_exercises_the_edge_cases(made_pdf: Path) -> None:
    doc = pdfium.PdfDocument(made_pdf)
    page = doc[0]
    textpage = page.get_textpage()
    segs, _ = ref_segments(textpage, page.get_size()[1], pdf._FontStyles(raw))
    texts = [s.text.strip() for s in segs]
    assert any(s.bold for s in segs) and not all(s.bold for s in segs)
    assert {"REPORT TO:", "Children and Young People", "Item 4"} <= set(texts)  # cut at wide gaps
    assert "The 5th meeting of the committee was held on a Tuesday." in texts  # superscript
    assert {"Service", "Number", "19"} <= set(texts)  # table cells
    assert min(s.size for s in segs) < 4  # the tiny print
    textpage.close()
    page.close()
    doc.close()


def test_text_page_by_handle_reads_as_pypdfium2(made_pdf: Path, backend: str) -> None:
    for path in _pdfs(made_pdf)[:4]:
        doc = pdfium.PdfDocument(path)
        for page in doc:
            textpage = page.get_textpage()
            fast_tp = pdf._TextPage(pt.api(raw), pt.handle(textpage))
            assert fast_tp.get_text_range() == textpage.get_text_range()
            assert fast_tp.count_chars() == textpage.count_chars()
            for x, y in [(80, 780), (100, 700), (300, 300), (-5, -5)]:
                assert fast_tp.get_index(x, y, 1.0, 1.0) == textpage.get_index(x, y, 1.0, 1.0)
            textpage.close()
        doc.close()


def test_group_lines_matches_the_reference_on_random_rows() -> None:
    rng = random.Random(7)
    for _ in range(300):
        segs = []
        for _ in range(rng.randint(0, 30)):
            top = rng.choice([100.0, 100.4, 101.0, 112.0, 113.5, 130.0, 131.2]) + rng.random() * 2
            x0 = rng.choice([50.0, 120.0, 300.0, 301.0]) + rng.random() * 40
            height = rng.choice([2.0, 10.0, 12.0, 30.0])
            text = rng.choice(["Item", " ", "", "Members", " noted", "3.", "x"])
            segs.append(
                pdf._Seg(x0, x0 + 5 * len(text), top, top + height, text, height / 1.2, rng.random() < 0.3)
            )
        assert pdf._group_lines(list(segs), 4) == ref_group_lines(list(segs), 4)


TEXTS = [
    "",
    "\r\n",
    "   \r\n\t\r\n",
    "a",
    " a ",
    "  ab cd  \r\n \r\na bcdefgh ij",
    "x\r\n\r\ny",
    "\u3000wide\u3000space\u3000",
    "tab\there\r\n\u00a0\u00a0\r\nnbsp\u00a0line\u00a0",
    "\ud83d\ude00 emoji line \U0001f600 end",
    "line with a \x0b vertical tab\rcarriage only\nnewline only",
    "abcdefghijklmnopqrstuvwxyz" * 5,
]


def _ref_lines(text: str) -> tuple[list[int], list[int], list[list[int]]]:
    starts, ends, samples = [], [], []
    for m in re.finditer(r"[^\r\n]+", text):
        if m.group().strip():
            starts.append(m.start())
            ends.append(m.end())
            samples.append(pdf._samples(m.group(), m.start()))
    return starts, ends, samples


def _random_texts(n: int) -> list[str]:
    rng = random.Random(11)
    alphabet = [
        "a",
        "b",
        " ",
        " ",
        "\t",
        "\r",
        "\n",
        "\r\n",
        "\u00a0",
        "\u2003",
        "\u3000",
        "\u0085",
        "\x1c",
        "é",
        "\u200b",
    ]
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(n)]


@pytest.mark.parametrize("text", TEXTS + _random_texts(400))
def test_text_lines_match_samples_line_by_line(text: str) -> None:
    text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "ignore")  # as pdfium's text
    got = pdf._text_lines(text)
    starts, ends, samples = _ref_lines(text)
    assert (got.starts, got.ends, [got.line(j) for j in range(len(got.starts))]) == (starts, ends, samples)


def test_space_table_covers_every_space_character() -> None:
    spaces = [c for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    assert max(spaces) < pdf._SPACE_LIMIT
    table = pdf._space_table()
    assert [c for c in range(pdf._SPACE_LIMIT + 1) if table[c]] == spaces
    assert not table[pdf._SPACE_LIMIT]


CLEAN_CASES = [
    "",
    "  plain  words  ",
    "\u00a0 \u2018Step\u00a0Up\u2019  programme ",
    "\u00b7\u00a0 The stability",
    " - 2.1 One year into",
    "1.\tFor several years",
    "REPORT TO:\tChildren \t",
    "zero\u200bwidth\u00adsoft",
    "form\x0bfeed\fhere",
    "\u201cQuoted\u201d \u2013 dash \u2212 minus",
    "\u2022",
    "-",
    "a)\tsub point",
    "\t\t",
]


def _random_lines(n: int) -> list[str]:
    rng = random.Random(5)
    alphabet = [
        *"ab1.-*( )\t\r\n",
        *map(chr, normalize._TRANSLATE),
        "\u200b",
        "\u00ad",
        "\u2003",
        "\u2022",
        "\uf0b7",
        "é",
    ]
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10))) for _ in range(n)]


@pytest.mark.parametrize("line", CLEAN_CASES + _random_lines(600))
def test_clean_line_matches_every_substitution(line: str) -> None:
    assert normalize.clean_line(line) == ref_clean_line(line)


@pytest.mark.parametrize("text", ["well-", "a -", "x-\n", "x-\n\n", "-", "5-", "é-", "ab", "", "co-\n"])
def test_letter_hyphen_end_is_the_regex(text: str) -> None:
    assert pdf._letter_hyphen_end(text) == bool(re.search(r"[A-Za-z]-$", text))


def test_table_candidates_edges_and_tables_by_handle(made_pdf: Path, backend: str) -> None:
    seen_table = False
    edge_count = 0
    for path in _pdfs(made_pdf):
        doc = pdfium.PdfDocument(path)
        for page in doc:
            assert pt.may_have_table(raw, page.raw) == ref_may_have_table(page.raw)
            assert pt.may_have_table(raw, pt.handle(page)) == ref_may_have_table(page.raw)
            height = page.get_size()[1]
            edges = pt.page_edges(raw, page, height)
            assert edges == ref_page_edges(page.raw, height), f"{path.name}"
            edge_count += len(edges)
            textpage = page.get_textpage()
            helpers = pt.find_tables(raw, page, textpage, height)
            handles = pt.find_tables(
                raw, pt.handle(page), pdf._TextPage(pt.api(raw), pt.handle(textpage)), height
            )
            assert helpers == handles
            seen_table = seen_table or bool(helpers)
            textpage.close()
        doc.close()
    assert seen_table and edge_count > 20


def _address(fn: Any) -> int:
    if isinstance(fn, ctypes._CFuncPtr):
        return ctypes.cast(fn, ctypes.c_void_p).value or 0
    import cffi

    return int(cffi.FFI().cast("uintptr_t", fn))


@pytest.mark.parametrize("backend", ["cffi", "ctypes"])
def test_api_functions_are_the_raw_functions(backend: str) -> None:
    pytest.importorskip(backend)
    fast = pt.Api(raw, backend)
    assert fast.backend == backend
    for name in ["FPDFText_GetTextObject", "FPDFText_GetRect", "FPDFText_GetCharIndexAtPos", "FPDF_LoadPage"]:
        assert _address(getattr(fast, name)) == _address(getattr(raw, name))
    assert fast.FPDF_PAGEOBJ_PATH == raw.FPDF_PAGEOBJ_PATH


@pytest.fixture(params=["cffi", "ctypes"])
def backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a test with the pdfium calls made through cffi, then through ctypes."""
    pytest.importorskip(request.param)
    fast = pt.Api(raw, request.param)

    def forced(_raw: Any, _backend: str | None = None) -> pt.Api:
        return fast

    monkeypatch.setattr(pt, "api", forced)
    monkeypatch.setattr(pdf, "api", forced)
    return request.param


def test_pages_read_together_match_pages_read_alone(made_pdf: Path, backend: str) -> None:
    """:func:`pdf._pages_segments` over all of a document's open pages at once gives each
    page the segments and spans :func:`pdf._fast_segments` gives it alone."""
    fast = pdf.api(raw)
    checked = 0
    for path in _pdfs(made_pdf):
        doc = pdfium.PdfDocument(path)
        pages = [doc[i] for i in range(len(doc))]
        textpages = [page.get_textpage() for page in pages]
        heights = [page.get_size()[1] for page in pages]
        wrapped = [pdf._TextPage(fast, pt.handle(tp)) for tp in textpages]
        together = pdf._pages_segments(wrapped, heights, pdf._FontStyles(raw))
        for tp, height, (segs, spans) in zip(wrapped, heights, together, strict=True):
            alone: list[Any] = []
            assert pdf._fast_segments(tp, height, pdf._FontStyles(raw), alone) == segs
            assert alone == spans
            checked += 1
        for tp in textpages:
            tp.close()
        for page in pages:
            page.close()
        doc.close()
    assert checked >= 3


def test_read_in_chunks_matches_read_page_by_page(made_pdf: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The blocks do not depend on how many pages :func:`pdf._read_fast` holds open at once."""
    paths = [made_pdf, *SEED_PDFS[:6], *REAL_PDFS[:4]]
    monkeypatch.setattr(pdf, "_CHUNK", 1)
    one = [pdf.read_pdf(p) for p in paths]
    monkeypatch.setattr(pdf, "_CHUNK", 3)
    assert [pdf.read_pdf(p) for p in paths] == one
