"""Readers on the seed corpus, its PDF/HTML renderings and real documents from other councils."""

from __future__ import annotations

import difflib
import re
import shutil
import sys
from pathlib import Path

import pytest
from paths import ROOT, SEED_STEMS, SEEDS, real_doc

from minutesmine.readers import read
from minutesmine.readers.html import html_blocks
from minutesmine.readers.normalize import fold
from minutesmine.readers.text import read_text

RENDERINGS = [("pdf", True), ("pdf", False), ("html", True)]


def _paragraphs(path: Path, fast: bool = True) -> list[str]:
    return [fold(b.text) for b in read(path, fast=fast).blocks]


# --------------------------------------------------------------------------- parity


@pytest.mark.parametrize("suffix,fast", RENDERINGS, ids=["pdf-fast", "pdf-full", "html"])
@pytest.mark.parametrize("stem", SEED_STEMS)
def test_rendering_carries_the_seed_paragraphs(stem: str, suffix: str, fast: bool) -> None:
    ref = _paragraphs(SEEDS / f"{stem}.txt")
    got = _paragraphs(SEEDS / f"{stem}.{suffix}", fast)
    matcher = difflib.SequenceMatcher(a=ref, b=got, autojunk=False)
    assert matcher.ratio() >= 0.95, [op for op in matcher.get_opcodes() if op[0] != "equal"][:3]
    joined = "\n".join(got)
    missing = [p[:80] for p in ref if len(p) > 40 and p not in joined]
    assert not missing


@pytest.mark.parametrize("stem", SEED_STEMS)
def test_seed_pdf_is_multipage_without_running_header_or_footer(stem: str) -> None:
    result = read(SEEDS / f"{stem}.pdf")
    assert result.pages and result.pages >= 2
    assert {b.page for b in result.blocks} == set(range(1, result.pages + 1))
    text = result.text
    assert "Committee papers" not in text
    assert not re.search(r"Page \d+ of \d+", text)


def test_renderings_are_deterministic_and_up_to_date(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "corpus"))
    try:
        import build_renderings
    finally:
        sys.path.pop(0)
    stem = SEED_STEMS[3]
    shutil.copy(SEEDS / f"{stem}.txt", tmp_path / f"{stem}.txt")
    assert build_renderings.main(["build", str(tmp_path)]) == 0
    for suffix in ("pdf", "html"):
        assert (tmp_path / f"{stem}.{suffix}").read_bytes() == (SEEDS / f"{stem}.{suffix}").read_bytes()


# --------------------------------------------------------------------------- text


def test_text_table_becomes_table_block_with_caption() -> None:
    result = read_text(SEEDS / "004_4b7b9fef19c917e5.txt")
    tables = [b for b in result.blocks if b.kind == "table"]
    assert len(tables) == 1
    table = tables[0].table
    assert table is not None and table.caption == "Table 1"
    assert table.header[:2] == ["Service", "Number of managers"]
    assert table.rows[-1] == ["TOTAL", "77", "25", "52", "50", "27"]
    assert tables[0].text.splitlines()[1] == "Adolescent services\t10\t1\t9\t6\t4"
    assert "Table 1" not in [b.text for b in result.blocks]


@pytest.mark.parametrize(
    ("lines", "header", "rows"),
    [
        # a plain-text export: cells separated by " | "
        (
            ["Ref | Action | Owner | Status", "CYP/23/14 | Provide data | Head of Service | Complete"],
            ["Ref", "Action", "Owner", "Status"],
            [["CYP/23/14", "Provide data", "Head of Service", "Complete"]],
        ),
        # a Markdown table: framed rows and a rule row under the header
        (
            ["| Year | Net effect |", "|---|---:|", "| 2024/25 | £127,000 |"],
            ["Year", "Net effect"],
            [["2024/25", "£127,000"]],
        ),
        # two columns without a frame: three or more rows of "label | value"
        (
            ["Resources | Capital cost of £1.45m", "Legal | None", "Risk | Costs may rise"],
            ["Resources", "Capital cost of £1.45m"],
            [["Legal", "None"], ["Risk", "Costs may rise"]],
        ),
    ],
    ids=["text_pipes", "markdown", "two_columns"],
)
def test_pipe_tables_become_table_blocks(
    tmp_path: Path, lines: list[str], header: list[str], rows: list[list[str]]
) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text("Intro paragraph.\n\n" + "\n".join(lines) + "\n\nThe log was noted.\n", encoding="utf-8")
    (table,) = [b.table for b in read_text(path).blocks if b.kind == "table"]
    assert table is not None and (table.header, table.rows) == (header, rows)


def test_two_unframed_pipe_lines_are_no_table(tmp_path: Path) -> None:
    """Two "a | b" lines are too few to be a table without a frame ("Home | Meetings")."""
    path = tmp_path / "minutes.txt"
    text = "Home | Meetings\nCabinet | 4 June 2024\n\nThe minutes were approved.\n"
    path.write_text(text, encoding="utf-8")
    assert "table" not in [b.kind for b in read_text(path).blocks]


def test_a_pipe_inside_a_sentence_is_no_table(tmp_path: Path) -> None:
    """ "the Arts Officer | Creative Ireland Co-ordinator": two cells on lines of prose are text."""
    path = tmp_path / "minutes.txt"
    path.write_text(
        "Circulated, report of the Arts Officer | Creative Ireland Co-ordinator, dated 21st March,\n"
        "| Creative Ireland Co-ordinator dated 21st March, 2025.\n",
        encoding="utf-8",
    )
    assert [b.kind for b in read_text(path).blocks] == ["text"]


def test_text_cover_sheet_rows_stay_text_and_tags_are_removed() -> None:
    result = read_text(SEEDS / "004_4b7b9fef19c917e5.txt")
    cover = next(b for b in result.blocks if b.text.startswith("REPORT TO:"))
    assert cover.kind == "text"
    assert cover.text.splitlines()[1] == "SUBJECT:\tImprovement Plan update"
    assert "<ul" not in result.text and "\u00a0" not in result.text


@pytest.mark.parametrize(
    "stem,expected",
    [
        ("003_648fdf308355ba26", "\u2022 The stability of placements had improved"),
        ("002_c46ae17d4d13ab26", "\u2022 It was encouraging that children"),
        ("004_4b7b9fef19c917e5", "\u2022 2.1 One year into the improvement journey"),
        ("001_f8f0ab2e16e3712b", "1. This Committee requests that the next Improvement Plan"),
    ],
)
def test_text_bullets_and_numbers_normalised(stem: str, expected: str) -> None:
    lines = [line for b in read_text(SEEDS / f"{stem}.txt").blocks for line in b.text.splitlines()]
    assert any(line.startswith(expected) for line in lines)


def test_text_quotes_folded_to_ascii() -> None:
    text = read_text(SEEDS / "000_5b79e3178bf18c50.txt").text
    assert "Children's Improvement Plan" in text
    assert "\u2019" not in text


def test_markdown_headings_rules_and_links() -> None:
    result = read(real_doc("limerick_ccc_ordinary_meeting_minutes_2025-01-27.md"))
    headings = [b.text for b in result.blocks if b.kind == "heading"]
    assert "Recent Storms" in headings and "REPLY:" in headings
    assert not any("**" in b.text or b.text.strip() == "---" for b in result.blocks)
    assert "Original file" not in result.text
    assert result.blocks[-1].page and result.blocks[-1].page > 5
    # hard-wrapped, double-spaced lines are re-flowed into paragraphs
    assert any(b.text.startswith("At the outset") and "recent storms" in b.text for b in result.blocks)


@pytest.mark.parametrize(
    "name",
    [
        "limerick_ccc_budget_meeting_minutes_2024-11-29.md",
        "limerick_ccc_ordinary_meeting_minutes_2025-03-31.md",
        "portland_or_city_council_minutes_2011-01-12_raw.txt",
    ],
)
def test_real_text_documents_read(name: str) -> None:
    result = read(real_doc(name))
    assert len(result.blocks) >= 5
    assert not result.warnings


# --------------------------------------------------------------------------- HTML


def test_moderngov_items_are_numbered_headings_in_order() -> None:
    result = read(real_doc("kingston_moderngov_ieListDocuments_CId711_MId10221_2026-01-15.html"))
    numbers = [
        int(m.group(1))
        for b in result.blocks
        if b.kind == "heading" and (m := re.match(r"(\d+)\. \S", b.text))
    ]
    assert numbers[:9] == list(range(54, 63))
    assert numbers == sorted(numbers)
    assert "54. Public Question Time" in [b.text for b in result.blocks]
    assert result.hints["DC.date"] == "2026-01-15"
    assert "Agenda for Kingston" in result.hints["DC.title"]
    text = result.text
    assert "Calendar" not in text.split("54. Public Question Time")[0]  # menus dropped
    assert "Minutes:" in [b.text for b in result.blocks]
    assert "gtm.js" not in text and "PDF 99 KB" not in text


def test_moderngov_second_page() -> None:
    result = read(real_doc("kingston_moderngov_agenda_irrelevant.html"))
    numbers = [
        int(b.text.split(".")[0]) for b in result.blocks if b.kind == "heading" and b.text[:2].isdigit()
    ]
    assert numbers == list(range(29, 39))


@pytest.mark.parametrize(
    "html,expected",
    [
        ("<p>One<br>Two</p>", [("text", "One\nTwo")]),
        ("<p><strong>Conclusions</strong></p><p>Text</p>", [("heading", "Conclusions"), ("text", "Text")]),
        ("<ul><li>a</li><li>b</li></ul>", [("text", "\u2022 a\n\u2022 b")]),
        ('<ol type="i"><li>x</li><li>y</li></ol>', [("text", "i. x\nii. y")]),
        ('<ol start="3"><li>x</li></ol>', [("text", "3. x")]),
        ("<h3>Title</h3><script>var a;</script><nav>Menu</nav>", [("heading", "Title")]),
        (
            "<table><tr><td>SUBJECT:</td><td>Plan</td></tr><tr><td>WARDS:</td><td>All</td></tr></table>",
            [("text", "SUBJECT:\tPlan\nWARDS:\tAll")],
        ),
        (
            "<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>",
            [("table", "A\tB\n1\t2")],
        ),
        ("<p>54.</p><p>Petitions</p>", [("heading", "54. Petitions")]),
        ("<p>It\u2019s\u00a0 here\n  now</p>", [("text", "It's here now")]),
        # a site banner is chrome; a header of text (eScribe's meeting header) is content
        (
            '<header><a href="/">Home</a><form><input name="q"></form></header><p>Minutes</p>',
            [("text", "Minutes")],
        ),
        (
            '<header><a href="/">Home</a> <a href="/m">Meetings</a></header><p>Minutes</p>',
            [("text", "Minutes")],
        ),
        ('<header id="page-header"><p>Committee papers</p></header><p>Minutes</p>', [("text", "Minutes")]),
        (
            '<header class="AgendaHeader"><div>Regular Council</div><div>Present:</div>'
            "<ul><li>Mayor H. Lefebvre</li></ul></header>",
            [("text", "Regular Council"), ("text", "Present:"), ("text", "\u2022 Mayor H. Lefebvre")],
        ),
    ],
)
def test_html_examples(html: str, expected: list[tuple[str, str]]) -> None:
    blocks, _ = html_blocks(f"<html><body>{html}</body></html>")
    assert [(b.kind, b.text) for b in blocks] == expected


@pytest.mark.parametrize(
    ("title", "site"),
    [
        (
            "Agenda for Cabinet on Tuesday, 9th July, 2024 | Harrowfield Borough Council",
            "Harrowfield Borough Council",
        ),
        ("Meetings | Cabinet | Westmoor Council", "Westmoor Council"),
        ("Agenda for Cabinet on Tuesday, 9th July, 2024 - Modern Council", None),
    ],
)
def test_html_title_site_name_is_the_running_header(title: str, site: str | None) -> None:
    _, hints = html_blocks(f"<html><head><title>{title}</title></head><body><p>Minutes</p></body></html>")
    assert hints.get("running_header") == site


def test_html_seed_has_table_with_caption() -> None:
    result = read(SEEDS / "004_4b7b9fef19c917e5.html")
    table = next(b for b in result.blocks if b.kind == "table").table
    assert table is not None and table.caption == "Table 1" and len(table.rows) == 7
    assert result.hints["title"] == "Improvement Plan update"


# --------------------------------------------------------------------------- PDF


@pytest.mark.parametrize("fast", [True, False], ids=["fast", "full"])
def test_seed_pdf_table_and_cover_sheet(fast: bool) -> None:
    result = read(SEEDS / "004_4b7b9fef19c917e5.pdf", fast=fast)
    tables = [b for b in result.blocks if b.kind == "table"]
    assert len(tables) == 1
    table = tables[0].table
    assert table is not None and table.caption == "Table 1"
    assert table.header[-1] == "Joined since 1/9/17"
    assert ["Care planning", "19", "6", "13", "9", "10"] in table.rows
    cover = result.blocks[1].text.splitlines()
    assert cover[0] == "REPORT TO:\tChildren and Young People's Sub-Committee 27 November 2018"
    assert cover[2].startswith("LEAD OFFICER:\tEleni Ioannides") and cover[2].endswith("Department")
    assert not any("Adolescent services" in b.text for b in result.blocks if b.kind != "table")


def test_full_mode_finds_bold_headings() -> None:
    headings = [
        b.text for b in read(SEEDS / "004_4b7b9fef19c917e5.pdf", fast=False).blocks if b.kind == "heading"
    ]
    assert "2. EXECUTIVE SUMMARY" in headings and "10. EQUALITIES IMPACT" in headings


@pytest.mark.parametrize("fast", [True, False], ids=["fast", "full"])
@pytest.mark.parametrize(
    "name,min_blocks",
    [
        ("nipissing_township_council_minutes_2024-04-02.pdf", 20),
        ("nipissing_township_council_minutes_2024-12-03.pdf", 30),
        ("eastpaloalto_ca_planning_commission_minutes_2020-01-27.pdf", 25),
        ("merton_audit_committee_2009-10-22_agenda_pack_extract.pdf", 60),
        ("kingston_report_manorgate_road_petition.pdf", 50),
        ("kingston_report_coombe_lane_west_zebra_crossing.pdf", 30),
    ],
)
def test_real_pdfs_have_text_on_every_page(name: str, min_blocks: int, fast: bool) -> None:
    result = read(real_doc(name), fast=fast)
    assert not result.warnings
    assert len(result.blocks) >= min_blocks
    assert {b.page for b in result.blocks} == set(range(1, (result.pages or 0) + 1))
    assert not any(re.fullmatch(r"(Page )?\d+( of \d+)?", b.text) for b in result.blocks)


def test_wrapped_pdf_lines_are_reflowed() -> None:
    result = read(real_doc("kingston_report_manorgate_road_petition.pdf"))
    para = next(b.text for b in result.blocks if b.text.startswith("1. the introduction of traffic"))
    assert "\n" not in para and para.endswith("be approved;")
    bullets = next(b.text for b in result.blocks if b.text.startswith("\u2022 Through traffic volume"))
    assert bullets.splitlines()[1] == "\u2022 Excessive traffic speed"
