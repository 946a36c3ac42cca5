"""Reading a PDF's text layer: the segments, lines and blocks of a made PDF whose pages hold
the shapes minutes have (bold and plain runs, a superscript, a drop cap, text drawn twice,
cells far apart, tiny and scaled fonts, a ruled table, odd paths, a form XObject, an empty
page) and of seed renderings; line grouping, text lines, line cleaning, hyphen ends and the
pdfium calls by handle, on rows of literal inputs."""

from __future__ import annotations

import ctypes
import sys
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as raw
import pytest
from paths import SEEDS

from minutesmine.readers import normalize, pdf
from minutesmine.readers import pdf_tables as pt


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
    return _made_pdf(tmp_path_factory.mktemp("made") / "made.pdf")


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


#: page 1 of the made PDF: (text, size to 0.1 pt, bold) of each segment
MADE_SEGMENTS = [
    ("1. A BOLD HEADING", 13.9, True),
    ("Plain text then bold words", 9.7, False),  # not bold throughout
    ("The 5th meeting of the committee was held on a Tuesday.", 9.7, False),  # the superscript inline
    ("Drop cap paragraph starts here and carries on.", 9.4, False),  # the drop cap joined
    ("Fake bold drawn twice", 9.7, False),  # read once
    ("REPORT TO: ", 9.7, False),  # cut at the wide gaps
    ("Children and Young People ", 9.7, False),
    ("Item 4", 9.7, False),
    ("m2", 9.7, False),
    ("Wx yz", 11.7, False),
    ("tiny print at three points", 2.9, False),
    ("scaled one point font", 11.7, False),  # one point scaled twelve times
    ("Service ", 8.8, False),
    ("Number", 8.8, False),
    ("Care ", 8.8, False),
    ("19", 8.8, False),
    ("Help ", 8.8, False),
    ("7", 8.8, False),
    ("Text inside a form XObject \u2013 with a dash and \u201cquotes\u201d", 8.8, False),
]
#: the character ranges of page 1's text lines
MADE_SPANS = [
    (0, 17), (19, 45), (47, 102), (104, 150), (152, 173), (175, 218), (220, 222),
    (224, 229), (231, 257), (259, 280), (282, 296), (298, 305), (307, 313), (315, 368),
]  # fmt: skip
MADE_LINES = [
    "1. A BOLD HEADING",
    "Plain text then bold words",
    "The 5th meeting of the committee was held on a Tuesday.",
    "Drop cap paragraph starts here and carries on.",
    "Fake bold drawn twice",
    "REPORT TO: \tChildren and Young People \tItem 4",
    "tiny print at three points",
    "scaled one point font",
    "m2",
    "Wx yz",
    "Service \tNumber",
    "Care \t19",
    "Help \t7",
    "Text inside a form XObject \u2013 with a dash and \u201cquotes\u201d",
]


def _page_segments(path: Path) -> list[tuple[list[pdf._Seg], list[tuple[int, int]]]]:
    """Each page's segments and text-line ranges, read page by page."""
    doc = pdfium.PdfDocument(path)
    out = []
    try:
        for i in range(len(doc)):
            page = doc[i]
            textpage = page.get_textpage()
            spans: list[Any] = []
            tp = pdf._TextPage(pdf.api(raw), pt.handle(textpage))
            segs = pdf._fast_segments(tp, page.get_size()[1], pdf._FontStyles(raw), spans)
            out.append((segs, [(s, e) for s, e, _top, _bottom in spans]))
            textpage.close()
            page.close()
    finally:
        doc.close()
    return out


def test_segments_of_the_made_pdf(made_pdf: Path, backend: str) -> None:
    (segs, spans), (segs2, spans2), (segs3, spans3) = _page_segments(made_pdf)
    assert [(s.text, round(s.size, 1), s.bold) for s in segs] == MADE_SEGMENTS
    assert spans == MADE_SPANS
    assert [(s.text, s.bold) for s in segs2] == [("A second page with one line.", False)]
    assert spans2 == [(0, 28)]
    assert (segs3, spans3) == ([], [])  # the empty page
    cells = {s.text: (round(s.x0), round(s.x1)) for s in segs}
    assert cells["REPORT TO: "] == (73, 132)
    assert cells["Children and Young People "] == (260, 382)
    assert cells["Item 4"] == (421, 447)


def test_lines_of_the_made_pdf(made_pdf: Path) -> None:
    (segs, _), _, _ = _page_segments(made_pdf)
    lines = pdf._group_lines(segs, 1)
    assert [ln.text for ln in lines] == MADE_LINES
    assert [ln.text for ln in lines if ln.bold] == ["1. A BOLD HEADING"]
    assert {ln.page for ln in lines} == {1}


def test_pages_read_together(made_pdf: Path, backend: str) -> None:
    """:func:`pdf._pages_segments` over all of a document's open pages at once."""
    fast = pdf.api(raw)
    doc = pdfium.PdfDocument(made_pdf)
    pages = [doc[i] for i in range(len(doc))]
    textpages = [page.get_textpage() for page in pages]
    wrapped = [pdf._TextPage(fast, pt.handle(tp)) for tp in textpages]
    together = pdf._pages_segments(wrapped, [p.get_size()[1] for p in pages], pdf._FontStyles(raw))
    assert [[s.text for s in segs] for segs, _spans in together] == [
        [text for text, _size, _bold in MADE_SEGMENTS],
        ["A second page with one line."],
        [],
    ]
    assert [(s, e) for s, e, _top, _bottom in together[0][1]] == MADE_SPANS
    for tp in textpages:
        tp.close()
    for page in pages:
        page.close()
    doc.close()


MADE_BLOCKS = [
    ("1. A BOLD HEADING", 1, "heading", True),
    ("Plain text then bold words\nThe 5th meeting of the committee was held on a Tuesday.", 1, "text", False),
    ("Drop cap paragraph starts here and carries on.", 1, "text", False),
    ("Fake bold drawn twice\nREPORT TO:\tChildren and Young People\tItem 4", 1, "text", False),
    ("tiny print at three points", 1, "text", False),
    ("scaled one point font", 1, "heading", False),
    ("m2", 1, "text", False),
    ("Wx yz", 1, "heading", False),
    ("Service\tNumber\nCare\t19\nHelp\t7", 1, "table", False),
    ('Text inside a form XObject \u2013 with a dash and "quotes"', 1, "text", False),
    ("A second page with one line.", 2, "text", False),
]


@pytest.mark.parametrize("chunk", [1, 3, 16])
def test_blocks_of_the_made_pdf(made_pdf: Path, monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    """The blocks do not depend on how many pages are held open at once."""
    monkeypatch.setattr(pdf, "_CHUNK", chunk)
    got = pdf.read_pdf(made_pdf)
    assert [(b.text, b.page, b.kind, b.bold) for b in got.blocks] == MADE_BLOCKS
    [table] = [b.table for b in got.blocks if b.table is not None]
    assert (table.header, table.rows) == (["Service", "Number"], [["Care", "19"], ["Help", "7"]])
    assert got.pages == 3
    assert got.warnings == ["no text layer on pages 3: scanned?"]


SEED_001 = sorted(SEEDS.glob("001_*.pdf"))
SEED_004 = sorted(SEEDS.glob("004_*.pdf"))


@pytest.mark.skipif(not SEED_004, reason="seed renderings absent")
def test_lines_of_a_seed_report(backend: str) -> None:
    """A cover sheet: labels and values far apart read as tab-separated cells."""
    (segs, _), *_ = _page_segments(SEED_004[0])
    assert [(ln.text, round(ln.size, 1), ln.bold) for ln in pdf._group_lines(segs, 1)[:5]] == [
        ("Committee papers \u2014 Improvement Plan update", 8.8, False),
        ("For General Release", 11.2, False),
        ("REPORT TO: \tChildren and Young People's Sub-Committee 27 November", 11.2, False),
        ("2018", 11.2, False),
        ("SUBJECT: \tImprovement Plan update", 11.2, False),
    ]


@pytest.mark.skipif(not SEED_001, reason="seed renderings absent")
def test_bold_heading_of_a_seed_report() -> None:
    (segs, _), *_ = _page_segments(SEED_001[0])
    lines = pdf._group_lines(segs, 1)
    assert [(ln.text, ln.bold) for ln in lines[3:5]] == [
        ("MONITORING OF THE CHILDREN'S SOCIAL CARE IMPROVEMENT PLAN", True),
        (
            "The report of the Strategic Director of Children\u2019s Services (Document \u201cAA\u201d) will",
            False,
        ),
    ]


def _tables(path: Path, page_no: int, by_handle: bool) -> list[Any]:
    doc = pdfium.PdfDocument(path)
    page = doc[page_no]
    textpage = page.get_textpage()
    height = page.get_size()[1]
    if by_handle:
        got = pt.find_tables(raw, pt.handle(page), pdf._TextPage(pt.api(raw), pt.handle(textpage)), height)
    else:
        got = pt.find_tables(raw, page, textpage, height)
    textpage.close()
    page.close()
    doc.close()
    return got


@pytest.mark.parametrize("by_handle", [False, True])
def test_tables_of_the_made_pdf(made_pdf: Path, backend: str, by_handle: bool) -> None:
    [(bbox, cells)] = _tables(made_pdf, 0, by_handle)
    assert [round(v) for v in bbox] == [72, 282, 372, 342]
    assert cells == [["Service", "Number"], ["Care", "19"], ["Help", "7"]]
    assert _tables(made_pdf, 1, by_handle) == []


@pytest.mark.skipif(not SEED_004, reason="seed renderings absent")
def test_table_of_a_seed_report(backend: str) -> None:
    [(_bbox, cells), *_] = _tables(SEED_004[0], 2, True)
    assert cells[:3] == [
        [
            "Service",
            "Number of managers",
            "Locum",
            "Salaried",
            "In post prior to 1/9/17",
            "Joined since 1/9/17",
        ],
        ["Adolescent services", "10", "1", "9", "6", "4"],
        ["Care planning", "19", "6", "13", "9", "10"],
    ]


def test_table_candidates_and_edges(made_pdf: Path, backend: str) -> None:
    """A page with a ruled grid may hold a table; pages without paths do not."""
    doc = pdfium.PdfDocument(made_pdf)
    got = []
    for page in doc:
        height = page.get_size()[1]
        may = pt.may_have_table(raw, page.raw)
        assert pt.may_have_table(raw, pt.handle(page)) is may
        got.append((may, len(pt.page_edges(raw, page, height))))
    doc.close()
    # page 1: the grid's 4 rules and 3 columns, the closed two-point path, the curve and rectangle
    assert got == [(True, 14), (False, 0), (False, 0)]


def test_text_page_by_handle(made_pdf: Path, backend: str) -> None:
    doc = pdfium.PdfDocument(made_pdf)
    pages = [doc[i] for i in range(len(doc))]
    tps = [page.get_textpage() for page in pages]
    fast = [pdf._TextPage(pt.api(raw), pt.handle(tp)) for tp in tps]
    text = fast[0].get_text_range()
    assert text.startswith("1. A BOLD HEADING\r\nPlain text then bold words\r\nThe 5th meeting")
    assert text.endswith("Text inside a form XObject \u2013 with a dash and \u201cquotes\u201d")
    assert [f.count_chars() for f in fast] == [368, 28, 0]
    assert [f.get_text_range() for f in fast[1:]] == ["A second page with one line.", ""]
    at = [fast[0].get_index(x, y, 1.0, 1.0) for x, y in [(75, 785), (155, 763), (265, 663), (400, 300)]]
    assert at == [0, 35, 186, None]
    assert [text[i] for i in at[:3] if i is not None] == ["1", "b", "C"]  # "1.", "bold", "Children"
    assert fast[1].get_index(80, 780, 1.0, 1.0) == 1
    for tp in tps:
        tp.close()
    doc.close()


S = pdf._Seg


@pytest.mark.parametrize(
    ("segs", "lines"),
    [
        (  # a gap wider than 1.6 font sizes: cells
            [S(50, 100, 100, 112, "REPORT TO:", 10), S(130, 170, 100, 112, "Children", 10)],
            [("REPORT TO:\tChildren", 50, 170, 100, 112, False)],
        ),
        (  # a narrow gap: a space
            [S(50, 90, 100, 112, "Members", 10), S(93, 120, 100, 112, "noted", 10)],
            [("Members noted", 50, 120, 100, 112, False)],
        ),
        ([S(50, 60, 100, 112, "Ite", 10), S(60, 65, 100, 112, "m", 10)], [("Item", 50, 65, 100, 112, False)]),
        (  # two rows, in reading order
            [S(50, 90, 112, 124, "second", 10), S(50, 90, 100, 112, "first", 10)],
            [("first", 50, 90, 100, 112, False), ("second", 50, 90, 112, 124, False)],
        ),
        (  # rows overlapping by more than half a height: one line
            [S(50, 90, 100, 112, "left", 10), S(95, 130, 101, 113, "right", 10)],
            [("left right", 50, 130, 100, 113, False)],
        ),
        (  # a superscript
            [
                S(50, 60, 100, 112, "The 5", 10),
                S(60, 66, 97, 104, "th", 6),
                S(68, 120, 100, 112, "meeting", 10),
            ],
            [("The 5th meeting", 50, 120, 97, 112, False)],
        ),
        (  # text drawn twice, a fraction of a point apart: once
            [S(50, 90, 100, 112, "Fake bold", 10), S(50.3, 90.3, 100, 112, "Fake bold", 10)],
            [("Fake bold", 50, 90, 100, 112, False)],
        ),
        (  # bold when every segment with text is bold
            [
                S(50, 90, 100, 112, "Bold", 10, True),
                S(92, 94, 100, 112, " ", 10, False),
                S(94, 120, 100, 112, "head", 10, True),
                S(50, 90, 120, 132, "Bold", 10, True),
                S(95, 120, 120, 132, "plain", 10, False),
            ],
            [("Bold head", 50, 120, 100, 112, True), ("Bold plain", 50, 120, 120, 132, False)],
        ),
        ([S(50, 90, 100, 112, "   ", 10), S(50, 90, 120, 132, "", 10)], []),  # blank rows dropped
        ([], []),
    ],
)
def test_group_lines(segs: list[pdf._Seg], lines: list[tuple]) -> None:
    got = pdf._group_lines(list(segs), 4)
    assert [(ln.text, ln.x0, ln.x1, ln.top, ln.bottom, ln.bold) for ln in got] == lines
    assert {ln.page for ln in got} <= {4}


@pytest.mark.parametrize(
    ("text", "starts", "ends", "samples"),
    [
        ("", [], [], []),
        ("\r\n", [], [], []),
        ("   \r\n\t\r\n", [], [], []),  # blank lines are no lines
        ("a", [0], [1], [[0]]),
        (" a ", [0], [3], [[1]]),  # samples skip white space
        ("  ab cd  \r\n \r\na bcdefgh ij", [0, 14], [9, 26], [[2, 3, 5, 6], [14, 17, 20, 22, 25]]),
        ("x\r\n\r\ny", [0, 5], [1, 6], [[0], [5]]),
        ("\u3000wide\u3000space\u3000", [0], [12], [[1, 3, 4, 8, 10]]),
        (
            "tab\there\r\n\u00a0\u00a0\r\nnbsp\u00a0line\u00a0",
            [0, 14],
            [8, 24],
            [[0, 2, 4, 5, 7], [14, 16, 17, 20, 22]],
        ),
        (
            "line with a \x0b vertical tab\rcarriage only\nnewline only",
            [0, 27, 41],
            [26, 40, 53],
            [[0, 6, 10, 19, 25], [27, 30, 33, 36, 39], [41, 44, 47, 49, 52]],
        ),
        ("abcdefghijklmnopqrstuvwxyz" * 5, [0], [130], [[0, 32, 64, 97, 129]]),  # five samples at most
        ("\u00e9\u0085b\x1c", [0], [4], [[0, 2]]),
    ],
)
def test_text_lines(text: str, starts: list[int], ends: list[int], samples: list[list[int]]) -> None:
    got = pdf._text_lines(text)
    assert (got.starts, got.ends, [got.line(j) for j in range(len(got.starts))]) == (starts, ends, samples)


def test_space_table_covers_every_space_character() -> None:
    spaces = [c for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    assert max(spaces) < pdf._SPACE_LIMIT
    table = pdf._space_table()
    assert [c for c in range(pdf._SPACE_LIMIT + 1) if table[c]] == spaces
    assert not table[pdf._SPACE_LIMIT]


@pytest.mark.parametrize(
    ("line", "cleaned"),
    [
        ("", ""),
        ("  plain  words  ", "plain words"),
        ("\u00a0 \u2018Step\u00a0Up\u2019  programme ", "'Step Up' programme"),
        ("\u00b7\u00a0 The stability", "\u2022 The stability"),
        (" - 2.1 One year into", "\u2022 2.1 One year into"),
        ("\uf0b7 Bullet from a symbol font", "\u2022 Bullet from a symbol font"),
        ("* star item", "\u2022 star item"),
        ("1.\tFor several years", "1. For several years"),
        ("a)\tsub point", "a) sub point"),
        ("REPORT TO:\tChildren \t", "REPORT TO:\tChildren"),
        ("zero\u200bwidth\u00adsoft", "zerowidthsoft"),
        ("form\x0bfeed\fhere", "form feed here"),
        ("\u201cQuoted\u201d \u2013 dash \u2212 minus", '"Quoted" \u2013 dash - minus'),
        ("\u2022", "\u2022"),  # a bullet alone stays
        ("-", "-"),
        ("\t\t", ""),
    ],
)
def test_clean_line(line: str, cleaned: str) -> None:
    assert normalize.clean_line(line) == cleaned


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("well-", True),
        ("Cabinet mem-", True),
        ("x-\n", True),
        ("co-\n", True),
        ("a -", False),  # a dash, not a hyphen
        ("x-\n\n", False),
        ("-", False),
        ("5-", False),
        ("ab", False),
        ("", False),
        ("the new caf\u00e9-", True),  # "café-bar" split at the line end
    ],
)
def test_letter_hyphen_end(text: str, ends: bool) -> None:
    """Whether a line ends with a word split at a hyphen."""
    assert pdf._letter_hyphen_end(text) is ends


def _address(fn: Any) -> int:
    if isinstance(fn, ctypes._CFuncPtr):
        return ctypes.cast(fn, ctypes.c_void_p).value or 0
    import cffi

    return int(cffi.FFI().cast("uintptr_t", fn))


@pytest.mark.parametrize("name", ["cffi", "ctypes"])
def test_api_functions_are_the_raw_functions(name: str) -> None:
    pytest.importorskip(name)
    fast = pt.Api(raw, name)
    assert fast.backend == name
    for fn in ["FPDFText_GetTextObject", "FPDFText_GetRect", "FPDFText_GetCharIndexAtPos", "FPDF_LoadPage"]:
        assert _address(getattr(fast, fn)) == _address(getattr(raw, fn))
    assert fast.FPDF_PAGEOBJ_PATH == raw.FPDF_PAGEOBJ_PATH


def test_running_header_that_is_also_the_title(tmp_path: Path) -> None:
    """A council's name printed small as every page's running header and again as the first
    page's title under it: the header goes, the title stays."""
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "header_title.pdf"
    c = Canvas(str(path))
    for page in (1, 2, 3):
        c.setFont("Helvetica", 9)
        c.drawString(350, 800, "ASHBY BOROUGH COUNCIL")
        c.setFont("Helvetica", 11)
        y = 760
        if page == 1:
            c.setFont("Helvetica-Bold", 11)
            c.drawString(72, y, "ASHBY BOROUGH COUNCIL")
            c.setFont("Helvetica", 11)
            y -= 30
        c.drawString(72, y, f"The committee considered the report on page {page} of the minutes.")
        c.drawString(290, 40, f"Page {page}")
        c.showPage()
    c.save()
    texts = [b.text for b in pdf.read_pdf(path).blocks]
    assert texts[0] == "ASHBY BOROUGH COUNCIL"
    assert sum("ASHBY" in t for t in texts) == 1
    assert not any(t.startswith("Page") for t in texts)


def test_a_line_at_one_page_foot_and_the_next_page_head_is_kept() -> None:
    """A running header repeats at the top of the pages and a footer at the bottom: the same
    words at the foot of page 1 and the head of page 2 ("Answer from the Mayor" over an answer
    that starts the next page) are the text's own; the header at the top of both is dropped."""

    def line(top: float, text: str, page: int) -> Any:
        return pdf._Line(70.0, 400.0, top, top + 12.0, text, 10.0, False, page)

    label = "Answer from the Mayor"
    pages = [
        pdf._Page(1, 595.0, 842.0, [line(30.0, "Committee papers", 1), line(790.0, label, 1)]),
        pdf._Page(2, 595.0, 842.0, [line(30.0, "Committee papers", 2), line(80.0, label, 2)]),
    ]
    assert pdf._strip_running(pages) == ["Committee papers"]
    assert [[ln.text for ln in p.lines] for p in pages] == [[label], [label]]
