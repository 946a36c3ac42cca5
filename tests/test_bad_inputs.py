"""Bad inputs: each gives a clear ReadError or a warning, and the CLI names every one."""

from __future__ import annotations

import json
import os
import random
import shutil
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from paths import SEEDS
from reportlab.pdfgen.canvas import Canvas

from minutesmine.blocks import ReadError
from minutesmine.cli import main
from minutesmine.pipeline import extract
from minutesmine.readers import read

GOOD_PDF = SEEDS / "003_648fdf308355ba26.pdf"


def _text_pdf(path: Path, **kwargs: object) -> Path:
    canvas = Canvas(str(path), invariant=1, **kwargs)
    canvas.drawString(72, 700, "Resolved: That the update be noted.")
    canvas.save()
    return path


def _shapes_pdf(path: Path, pages: int = 2) -> Path:
    canvas = Canvas(str(path), invariant=1)
    for _ in range(pages):
        canvas.rect(100, 100, 300, 300, fill=1)
        canvas.circle(300, 600, 50)
        canvas.showPage()
    canvas.save()
    return path


def make_bad_inputs(folder: Path) -> dict[str, str]:
    """Write one file per failure mode; returns file name -> expected reason (a substring)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "random.pdf").write_bytes(os.urandom(4096).replace(b"%PDF", b"xxxx"))
    data = GOOD_PDF.read_bytes()
    (folder / "truncated.pdf").write_bytes(data[: len(data) // 2])
    _text_pdf(folder / "encrypted.pdf", encrypt="secret")
    _shapes_pdf(folder / "scanned.pdf")
    (folder / "empty.txt").write_bytes(b"  \n\n ")
    return {
        "empty.pdf": "empty file",
        "random.pdf": "not a PDF",
        "truncated.pdf": "corrupt or truncated PDF",
        "encrypted.pdf": "encrypted PDF (password required)",
        "scanned.pdf": "no text layer on pages 1-2: scanned?",
        "empty.txt": "empty file",
    }


@pytest.mark.parametrize("fast", [True, False], ids=["fast", "full"])
def test_bad_pdfs_raise_read_error_with_reason(tmp_path: Path, fast: bool) -> None:
    expected = make_bad_inputs(tmp_path)
    for name, reason in expected.items():
        with pytest.raises(ReadError) as info:
            read(tmp_path / name, fast=fast)
        assert reason in str(info.value), name


def test_partly_scanned_pdf_warns_about_the_pages(tmp_path: Path) -> None:
    canvas = Canvas(str(tmp_path / "mixed.pdf"), invariant=1)
    canvas.drawString(72, 700, "Minutes of the meeting.")
    canvas.showPage()
    canvas.rect(100, 100, 300, 300, fill=1)
    canvas.showPage()
    canvas.save()
    result = read(tmp_path / "mixed.pdf")
    assert result.warnings == ["no text layer on pages 2: scanned?"]
    assert result.blocks[0].text == "Minutes of the meeting."


def test_pdf_under_another_name_and_text_named_pdf(tmp_path: Path) -> None:
    (tmp_path / "notes.pdf").write_text("Minutes of the meeting\n\nRESOLVED noted.\n", encoding="utf-8")
    notes = read(tmp_path / "notes.pdf")  # the content decides: text named .pdf is read as text
    assert notes.format == "text" and "RESOLVED noted." in notes.text
    assert notes.warnings == ["read as TEXT: the content is not PDF"]
    shutil.copy(GOOD_PDF, tmp_path / "report.bin")  # unknown extension: sniffed as PDF
    assert read(tmp_path / "report.bin").format == "pdf"


@pytest.mark.parametrize("suffix", [".txt", ".html", ".md"])
def test_pdf_named_as_text_or_html_is_read_as_pdf(tmp_path: Path, suffix: str) -> None:
    shutil.copy(GOOD_PDF, tmp_path / f"report{suffix}")
    result = read(tmp_path / f"report{suffix}")
    assert result.format == "pdf" and result.pages == 2 and "Resolved" in result.text
    assert result.warnings[0] == f"read as PDF: the content is not {'HTML' if suffix == '.html' else 'TEXT'}"


def test_html_page_in_a_txt_is_read_as_html_and_tags_in_text_stay_text(tmp_path: Path) -> None:
    page = "<!DOCTYPE html>\n<html><body><h2>1. Budget</h2><p>RESOLVED: noted.</p></body></html>"
    (tmp_path / "saved.txt").write_text(page, encoding="utf-8")
    result = read(tmp_path / "saved.txt")
    assert result.format == "html" and [b.kind for b in result.blocks] == ["heading", "text"]
    (tmp_path / "notes.txt").write_text("The <b>budget</b> was noted.\n", encoding="utf-8")
    assert read(tmp_path / "notes.txt").format == "text"
    (tmp_path / "plain.html").write_text("Minutes of the meeting, no markup at all.\n", encoding="utf-8")
    assert read(tmp_path / "plain.html").format == "text"


@pytest.mark.parametrize("suffix", [".txt", ".html", ".md", ".bin"])
def test_random_bytes_are_refused_quickly_in_one_line(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"noise{suffix}"
    path.write_bytes(random.Random(7).randbytes(1_000_000))
    start = time.perf_counter()
    with pytest.raises(ReadError, match=r"^binary content, not text \(1\d% control bytes\)$"):
        read(path)
    assert time.perf_counter() - start < 5
    doc = extract(path)
    assert doc.errors == [f"binary content, not text ({doc.errors[0].split('(')[1]}"] and not doc.items


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-8-sig"])
@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_utf16_and_utf32_text_is_read_in_both_formats(tmp_path: Path, codec: str, suffix: str) -> None:
    body = "Minutes of the Caf\u00e9 Committee\n\n1. Budget \u00a310m\n\nRESOLVED: noted.\n"
    if suffix == ".html":
        body = "<html><body><p>" + body.replace("\n\n", "</p><p>") + "</p></body></html>"
    path = tmp_path / f"wide{suffix}"
    path.write_bytes(body.encode(codec))
    result = read(path)
    assert result.format == suffix[1:].replace("txt", "text") and not result.warnings
    assert "Caf\u00e9 Committee" in result.text and "\u00a310m" in result.text and "\x00" not in result.text


@pytest.mark.parametrize("suffix", [".html", ".txt"])
def test_undecodable_bytes_warn_and_decode(tmp_path: Path, suffix: str) -> None:
    body = (
        b"<html><body><p>Caf\xe9 \x81 budget \x96 \xa310m</p></body></html>"
        if suffix == ".html"
        else (b"Caf\xe9 \x81 budget \x96 \xa310m\n")
    )
    path = tmp_path / f"page{suffix}"
    path.write_bytes(body)
    result = read(path)
    assert "Caf\u00e9" in result.text and "\u00a310m" in result.text and "\u2013" in result.text
    assert result.warnings == ["not valid UTF-8: decoded as cp1252 (1 undecodable bytes replaced)"]


def test_html_declared_charset_is_used(tmp_path: Path) -> None:
    path = tmp_path / "latin.html"
    path.write_bytes(
        b'<html><head><meta charset="windows-1252"></head><body><p>\x93Quoted\x94 \xa35</p></body></html>'
    )
    result = read(path)
    assert result.text == '"Quoted" \u00a35' and not result.warnings


def test_cli_names_every_bad_file_and_extracts_the_good_one(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    expected = make_bad_inputs(folder)
    (folder / "bad.html").write_bytes(b"<html><body><p>Minutes \x81 of the meeting</p></body></html>")
    shutil.copy(GOOD_PDF, folder / "good.pdf")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["extract", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    output = result.output + (result.stderr if result.stderr_bytes is not None else "")
    assert "Traceback" not in output
    for name, reason in expected.items():
        line = next((ln for ln in output.splitlines() if name in ln), "")
        assert reason in line, (name, output)
    assert "bad.html" in output and "undecodable" in output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(expected) + 2
    good = next(r for r in records if r["source"]["path"].endswith("good.pdf"))
    assert good["errors"] == [] and good["source"]["pages"] == 2
    assert "Resolved" in json.dumps(good["items"])
    bad = {Path(r["source"]["path"]).name: r["errors"] for r in records}
    assert all(bad[name] and reason in bad[name][0] for name, reason in expected.items())
