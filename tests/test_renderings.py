"""Renderings of seed 004 made by other tools (fixtures in tests/fixtures/renderings).

``chromium_cover_sheet.pdf``: Chromium print-to-PDF of a page with the seed's cover sheet as
a bordered two-column table and its data table. ``libreoffice_html_report.pdf``: LibreOffice
``--convert-to pdf`` of the seed's HTML rendering (unruled table, one paragraph per row).
"""

from __future__ import annotations

from pathlib import Path

from minutesmine.readers import read

FIXTURES = Path(__file__).parent / "fixtures" / "renderings"
ROWS = [
    ["Adolescent services", "10", "1", "9", "6", "4"],
    ["Care planning", "19", "6", "13", "9", "10"],
    ["Children with disabilities", "7", "4", "3", "4", "3"],
    ["Corporate parenting", "22", "7", "15", "17", "5"],
    ["Early Help", "7", "1", "6", "6", "1"],
    ["SPOC and assessments", "12", "6", "6", "8", "4"],
    ["TOTAL", "77", "25", "52", "50", "27"],
]


def test_ruled_cover_sheet_reads_as_label_rows() -> None:
    blocks = read(FIXTURES / "chromium_cover_sheet.pdf").blocks
    cover = next(b for b in blocks if b.text.startswith("REPORT TO:"))
    assert cover.kind == "text"
    assert "SUBJECT:\tImprovement Plan update" in cover.text.split("\n")
    tables = [b.table for b in blocks if b.kind == "table"]
    assert len(tables) == 1 and tables[0] is not None
    assert tables[0].rows == ROWS


def test_unruled_table_from_rows_of_cells() -> None:
    blocks = read(FIXTURES / "libreoffice_html_report.pdf").blocks
    tables = [b.table for b in blocks if b.kind == "table" and b.table is not None]
    assert any(all(r in [t.header, *t.rows] for r in ROWS) for t in tables)
