"""Readers: one per format, each turning a path into text blocks with provenance.

``read(path)`` picks the reader from the file's extension (and, for unknown extensions,
its first bytes) and returns a :class:`~minutesmine.blocks.ReadResult`; a file that cannot
be read at all raises :class:`~minutesmine.blocks.ReadError` with a one-line reason.
"""

from __future__ import annotations

from pathlib import Path

from minutesmine.blocks import ReadError, ReadResult

__all__ = ["SUPPORTED_SUFFIXES", "ReadError", "ReadResult", "detect_format", "read"]

PDF_SUFFIXES = {".pdf"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".text", ".md"}
SUPPORTED_SUFFIXES = PDF_SUFFIXES | HTML_SUFFIXES | TEXT_SUFFIXES


def detect_format(path: Path) -> str:
    """Return ``"pdf"``, ``"html"`` or ``"text"`` for a path, by extension then content."""
    suffix = path.suffix.lower()
    if suffix in PDF_SUFFIXES:
        return "pdf"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    try:
        head = path.read_bytes()[:1024]
    except OSError as exc:
        raise ReadError(f"cannot open: {exc.strerror or exc}") from exc
    if head.startswith(b"%PDF"):
        return "pdf"
    if b"<html" in head.lower() or b"<!doctype html" in head.lower():
        return "html"
    return "text"


def read(path: str | Path, *, fast: bool = True, ocr: str = "auto") -> ReadResult:
    """Read one file into blocks. ``fast`` selects the fast PDF text path; ``ocr`` (``auto``,
    ``always`` or ``never``, see :class:`~minutesmine.readers.ocr.OcrMode`) when PDF pages are OCR'd."""
    path = Path(path)
    fmt = detect_format(path)
    if fmt == "pdf":
        from minutesmine.readers.pdf import read_pdf

        return read_pdf(path, fast=fast, ocr=ocr)
    if fmt == "html":
        from minutesmine.readers.html import read_html

        return read_html(path)
    from minutesmine.readers.text import read_text

    return read_text(path)
