"""The fast PDF path's ruled-table finder (pypdfium2 paths) against pdfplumber's ``find_tables``,
and the fast path's bold and heading decisions."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pdfplumber
import pypdfium2 as pdfium
import pypdfium2.raw as raw
import pytest
from paths import SEEDS, real_doc

from minutesmine.readers import pdf_tables as pt
from minutesmine.readers import read
from minutesmine.readers.normalize import fold

Cells = list[list[str | None]]


def _norm(grid: Cells) -> Cells:
    return [[None if c is None else " ".join(c.split()) for c in row] for row in grid]


def plumber_tables(path: Path) -> list[list[tuple[tuple[float, ...], Cells]]]:
    """Per page: pdfplumber's tables as (bbox, cells)."""
    with pdfplumber.open(path) as pdf:
        return [[(tuple(t.bbox), _norm(t.extract())) for t in page.find_tables()] for page in pdf.pages]


def fast_tables(path: Path) -> list[list[tuple[tuple[float, ...], Cells]]]:
    """Per page: the pdfium finder's tables as (bbox, cells)."""
    doc = pdfium.PdfDocument(path)
    out = []
    try:
        for page in doc:
            textpage = page.get_textpage()
            height = page.get_size()[1]
            out.append([(bbox, _norm(grid)) for bbox, grid in pt.find_tables(raw, page, textpage, height)])
            textpage.close()
            page.close()
    finally:
        doc.close()
    return out


def assert_same_tables(path: Path) -> int:
    """Same tables, cell for cell, on every page; returns how many tables there were."""
    ours, theirs = fast_tables(path), plumber_tables(path)
    assert len(ours) == len(theirs)
    for number, (mine, ref) in enumerate(zip(ours, theirs, strict=True), start=1):
        assert [cells for _, cells in mine] == [cells for _, cells in ref], f"page {number}"
        for (a, _), (b, _) in zip(mine, ref, strict=True):
            assert max(abs(x - y) for x, y in zip(a, b, strict=True)) < 1.0, f"page {number} bbox"
    return sum(len(p) for p in theirs)


# --------------------------------------------------------------------------- PDFs made here


def _build(path: Path, flowables: list[Any]) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    SimpleDocTemplate(str(path), pagesize=A4).build(flowables)
    return path


def _table(data: list[list[str]], style: list[tuple[Any, ...]], widths: list[float] | None = None) -> Any:
    from reportlab.platypus import Table, TableStyle

    table = Table(data, colWidths=widths)
    table.setStyle(TableStyle(style))
    return table


DATA = [
    ["Service", "Number of managers", "Locum", "Salaried"],
    ["Adolescent services", "10", "1", "9"],
    ["Care planning", "19", "6", "13"],
    ["TOTAL", "29", "7", "22"],
]


def _grid_pdf(tmp_path: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, Spacer

    body = getSampleStyleSheet()["BodyText"]
    return _build(
        tmp_path / "grid.pdf",
        [
            Paragraph("A paragraph before the table, long enough to wrap onto a second line " * 3, body),
            Spacer(1, 12),
            _table(DATA, [("GRID", (0, 0), (-1, -1), 0.5, colors.black)]),
            Spacer(1, 12),
            Paragraph("Text after the table.", body),
        ],
    )


def _make(tmp_path: Path, kind: str) -> Path:
    """Ruled tables drawn the ways real producers draw them."""
    from reportlab.lib import colors

    black = colors.black
    if kind == "grid":
        return _grid_pdf(tmp_path)
    if kind == "header_rules_only":  # booktabs style: horizontal rules only, no cell grid
        style = [
            ("LINEABOVE", (0, 0), (-1, 0), 1, black),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, black),
            ("LINEBELOW", (0, -1), (-1, -1), 1, black),
        ]
        return _build(tmp_path / f"{kind}.pdf", [_table(DATA, style)])
    if kind == "spans":  # a header cell over two columns and a row label over two rows
        data = [
            ["Service", "Staff", "", "Joined"],
            ["", "Locum", "Salaried", "since 2017"],
            ["Care planning", "6", "13", "10"],
            ["", "1", "2", "3"],
            ["Early Help", "1", "6", "1"],
        ]
        style = [
            ("GRID", (0, 0), (-1, -1), 0.5, black),
            ("SPAN", (1, 0), (2, 0)),
            ("SPAN", (0, 0), (0, 1)),
            ("SPAN", (0, 2), (0, 3)),
        ]
        return _build(tmp_path / f"{kind}.pdf", [_table(data, style)])
    if kind == "filled":  # shaded header, box and inner rules, cell backgrounds as filled rects
        style = [
            ("BOX", (0, 0), (-1, -1), 1, black),
            ("INNERGRID", (0, 0), (-1, -1), 0.25, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.whitesmoke]),
        ]
        return _build(tmp_path / f"{kind}.pdf", [_table(DATA, style)])
    if kind == "two_tables":  # two tables on one page, the second with wrapped cell text
        from reportlab.lib.styles import getSampleStyleSheet
        from reportlab.platypus import Paragraph, Spacer

        body = getSampleStyleSheet()["BodyText"]
        long = [
            ["Argument", "Officer's comment"],
            [
                Paragraph("Traffic congestion: objectors believe the crossing will slow traffic.", body),
                Paragraph("The road is subject to a 20mph limit; speeds often exceed it.", body),
            ],
        ]
        grid = [("GRID", (0, 0), (-1, -1), 0.5, black)]
        return _build(
            tmp_path / f"{kind}.pdf",
            [_table(DATA, grid), Spacer(1, 24), _table(long, grid, widths=[200, 200])],
        )
    if kind == "form_xobject":  # the grid drawn in a scaled, moved form XObject
        from reportlab.pdfgen.canvas import Canvas

        path = tmp_path / f"{kind}.pdf"
        c = Canvas(str(path))
        c.beginForm("grid")
        for i in range(4):
            c.line(0, i * 20, 240, i * 20)
        for x in (0, 100, 170, 240):
            c.line(x, 0, x, 60)
        c.setFont("Helvetica", 9)
        for r, row in enumerate([["Service", "Locum", "Salaried"], ["Care", "6", "13"], ["Help", "1", "6"]]):
            for x, text in zip((4, 104, 174), row, strict=True):
                c.drawString(x, 60 - 20 * r - 14, text)
        c.endForm()
        c.saveState()
        c.translate(80, 500)
        c.scale(1.5, 1.5)
        c.doForm("grid")
        c.restoreState()
        c.showPage()
        c.save()
        return path
    raise ValueError(kind)


@pytest.mark.parametrize(
    "kind,expected",
    [
        ("grid", 1),
        ("header_rules_only", 0),
        ("spans", 1),
        ("filled", 1),
        ("two_tables", 2),
        ("form_xobject", 1),
    ],
)
def test_fast_finder_matches_pdfplumber_on_made_tables(tmp_path: Path, kind: str, expected: int) -> None:
    path = _make(tmp_path, kind)
    assert assert_same_tables(path) == expected


def test_spanning_cells_leave_empty_slots(tmp_path: Path) -> None:
    (page,) = fast_tables(_make(tmp_path, "spans"))
    ((_, cells),) = page
    assert cells[0] == ["Service", "Staff", None, "Joined"]  # the span covers the Salaried slot
    assert cells[1] == [None, "Locum", "Salaried", "since 2017"]  # the row label spans two rows
    assert cells[2][0] == "Care planning" and cells[3][0] is None


def test_form_xobject_table_is_in_page_coordinates(tmp_path: Path) -> None:
    (page,) = fast_tables(_make(tmp_path, "form_xobject"))
    ((bbox, cells),) = page
    assert cells == [["Service", "Locum", "Salaried"], ["Care", "6", "13"], ["Help", "1", "6"]]
    height = 841.89
    assert bbox[0] == pytest.approx(80) and bbox[2] == pytest.approx(80 + 1.5 * 240)
    assert bbox[3] == pytest.approx(height - 500, abs=0.5)


# --------------------------------------------------------------------------- seed and real PDFs


def test_fast_finder_matches_pdfplumber_on_seed_004() -> None:
    assert assert_same_tables(SEEDS / "004_4b7b9fef19c917e5.pdf") == 1


@pytest.mark.parametrize("stem", ["000_5b79e3178bf18c50", "001_f8f0ab2e16e3712b", "003_648fdf308355ba26"])
def test_seed_pdfs_without_tables_are_not_candidates(stem: str) -> None:
    doc = pdfium.PdfDocument(SEEDS / f"{stem}.pdf")
    try:
        assert not any(pt.may_have_table(raw, page.raw) for page in doc)
    finally:
        doc.close()


REAL_PDFS = {
    "eastpaloalto_ca_planning_commission_minutes_2020-01-27.pdf": 5,
    "kingston_report_coombe_lane_west_zebra_crossing.pdf": 4,
    "kingston_report_manorgate_road_petition.pdf": 1,
    "merton_audit_committee_2009-10-22_agenda_pack_extract.pdf": 0,
    "nipissing_township_council_minutes_2024-04-02.pdf": 0,
    "nipissing_township_council_minutes_2024-12-03.pdf": 0,
}


@pytest.mark.parametrize("name,expected", REAL_PDFS.items())
def test_fast_finder_matches_pdfplumber_on_real_pdfs(name: str, expected: int) -> None:
    # pdfplumber's count includes one-column boxes (East Palo Alto's vote records, a
    # framed note in Manorgate) that the reader then drops as not tabular
    assert assert_same_tables(real_doc(name)) == expected


def test_real_table_cells() -> None:
    pages = fast_tables(real_doc("eastpaloalto_ca_planning_commission_minutes_2020-01-27.pdf"))
    # the shaded header's padded fill rectangles give it column slots of its own
    header, first = pages[0][0][1][:2]
    assert header[:5] == ["", "Attendee Name", "", "", "Title"] and first[:4] == [
        "Andrei Garcia",
        None,
        None,
        "Commissioner",
    ]
    blocks = read(real_doc("eastpaloalto_ca_planning_commission_minutes_2020-01-27.pdf")).blocks
    attendance = next(b.table for b in blocks if b.table is not None)
    assert attendance.header == ["Attendee Name", "Title", "Status", "Arrived"]
    assert attendance.rows[0] == ["Andrei Garcia", "Commissioner", "Late", "7:08 p.m."]
    assert attendance.rows[2] == ["Uriel Hernandez", "Commissioner", "Absent", ""]
    blocks = read(real_doc("kingston_report_coombe_lane_west_zebra_crossing.pdf")).blocks
    tables = [b.table for b in blocks if b.table is not None]
    assert tables[0].header == ["Happy (%)", "Unhappy (%)", "Neutral (%)"]
    assert tables[0].rows == [["32", "44", "24"]]
    assert tables[2].header == ["Argument", "Officer's Comment"]


# --------------------------------------------------------------------------- pieces


def test_page_without_enough_paths_is_never_a_table_page(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "box.pdf"
    c = Canvas(str(path))
    c.drawString(72, 700, "Minutes of the meeting")
    c.showPage()
    c.rect(40, 40, 500, 760)  # a page border: one rectangle
    c.line(72, 690, 300, 690)  # a rule under a heading
    c.drawString(72, 700, "Minutes of the meeting")
    c.showPage()
    c.save()
    doc = pdfium.PdfDocument(path)
    try:
        assert [pt.may_have_table(raw, page.raw) for page in doc] == [False, False]
    finally:
        doc.close()


def test_drawing_with_too_many_segments_is_not_searched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _make(tmp_path, "grid")
    assert sum(map(len, fast_tables(path))) == 1
    monkeypatch.setattr(pt, "MAX_SEGMENTS", 12)
    assert sum(map(len, fast_tables(path))) == 0


def test_grid_from_edges_with_a_spanning_cell() -> None:
    h = [pt.Edge("h", y, 0, 200) for y in (0, 20, 40)]
    v = [pt.Edge("v", 0, 0, 40), pt.Edge("v", 200, 0, 40), pt.Edge("v", 100, 20, 40)]  # row 1 spans
    (grid,) = pt.find_grids(h + v)
    assert grid.bbox == (0, 0, 200, 40)
    assert grid.rows == [[(0, 0, 200, 20), None], [(0, 20, 100, 40), (100, 20, 200, 40)]]
    assert pt.find_grids(h) == []  # rules without verticals make no cells


def test_nearby_rules_snap_and_collinear_pieces_join() -> None:
    edges = [pt.Edge("h", 10.0, 0, 50), pt.Edge("h", 12.0, 51, 100), pt.Edge("h", 30.0, 0, 100)]
    merged = pt.merge_edges(edges)
    assert [(e.pos, e.lo, e.hi) for e in merged] == [(11.0, 0, 100), (30.0, 0, 100)]


def test_fast_read_does_not_import_pdfplumber() -> None:
    code = (
        "import sys; from minutesmine.readers import read; "
        f"r = read({str(SEEDS / '004_4b7b9fef19c917e5.pdf')!r}); "
        "assert any(b.kind == 'table' for b in r.blocks); print('pdfplumber' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --------------------------------------------------------------------------- bold and headings


def _blocks(name: str, fast: bool) -> list[tuple[str, bool, str]]:
    return [(b.kind, b.bold, fold(b.text)) for b in read(real_doc(name), fast=fast).blocks]


def test_bold_comes_from_the_font_program_not_pdfiums_stemv_weight() -> None:
    # fonts named CIDFont+F1..F3; pdfium's StemV weights are 3524-3952 for all three
    blocks = read(real_doc("nipissing_township_council_minutes_2024-04-02.pdf")).blocks
    assert not all(b.bold for b in blocks)
    headings = [b.text for b in blocks if b.kind == "heading"]
    assert "R2024-070 S. Kirkey, T. Butler:" in headings and "Committee Reports:" in headings
    assert not any(h.startswith(("and recent sink holes", "public;", "Carried")) for h in headings)
    para = next(b for b in blocks if b.text.startswith("AND WHEREAS with low water levels"))
    assert para.kind == "text" and "\n" not in para.text
    assert para.text.endswith("posing a danger to the travelling public;")


def test_bold_word_wrapped_onto_a_line_of_its_own_stays_in_its_sentence() -> None:
    blocks = read(real_doc("nipissing_township_council_minutes_2024-12-03.pdf")).blocks
    assert "Carried." not in [b.text for b in blocks]
    assert any(re.search(r"be adopted as published\. Carried\.$", b.text) for b in blocks)


@pytest.mark.parametrize("name", sorted(REAL_PDFS))
def test_fast_and_full_modes_give_the_same_blocks(name: str) -> None:
    assert _blocks(name, True) == _blocks(name, False)


def test_seed_renderings_same_blocks_in_both_modes() -> None:
    for path in sorted(SEEDS.glob("*.pdf")):
        fast = [(b.kind, b.bold, fold(b.text)) for b in read(path).blocks]
        full = [(b.kind, b.bold, fold(b.text)) for b in read(path, fast=False).blocks]
        assert fast == full, path.name
