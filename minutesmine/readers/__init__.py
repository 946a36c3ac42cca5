"""Readers: one per format, each turning a path into text blocks with provenance.

``read(path)`` picks the reader from the file's content (:func:`detect_format`, the one place
that decides: a PDF named ``.txt`` is read as a PDF, an HTML page in a ``.txt`` as HTML, UTF-16
text as text) and returns a :class:`~minutesmine.blocks.ReadResult`; a file that cannot be read
at all (empty, binary, corrupt) raises :class:`~minutesmine.blocks.ReadError` with a one-line reason.
"""

from __future__ import annotations

from pathlib import Path

from minutesmine.blocks import ReadError, ReadResult
from minutesmine.readers.sniff import HEAD_BYTES, Kind, Sniffed, named_kind, sniff

__all__ = ["SUPPORTED_SUFFIXES", "ReadError", "ReadResult", "detect_format", "read", "sniff_file"]

PDF_SUFFIXES = {".pdf"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".text", ".md"}
SUPPORTED_SUFFIXES = PDF_SUFFIXES | HTML_SUFFIXES | TEXT_SUFFIXES


def sniff_file(path: Path) -> Sniffed:
    """What the file holds, from its first bytes (:func:`~minutesmine.readers.sniff.sniff`)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(HEAD_BYTES)
    except OSError as exc:
        raise ReadError(f"cannot open: {exc.strerror or exc}") from exc
    return sniff(head, path.suffix.lower())


def _refusal(sniffed: Sniffed, path: Path) -> ReadError:
    """The one-line error for a file no reader takes (empty or binary)."""
    if sniffed.kind is Kind.EMPTY:
        return ReadError("empty file")
    from minutesmine.readers.sniff import binary_reason

    with path.open("rb") as fh:
        reason = binary_reason(fh.read(HEAD_BYTES)) or "binary content, not text"
    if named_kind(path.suffix.lower()) is Kind.PDF:
        return ReadError(f"not a PDF (no %PDF header; {reason})")
    return ReadError(reason)


def detect_format(path: Path) -> str:
    """``"pdf"``, ``"html"`` or ``"text"``: what the file holds, whatever its name says.
    Raises :class:`ReadError` for a file that is empty, binary or cannot be opened."""
    sniffed = sniff_file(path)
    if sniffed.kind in (Kind.EMPTY, Kind.BINARY):
        raise _refusal(sniffed, path)
    return sniffed.kind.value


def read(path: str | Path, *, fast: bool = True, ocr: str = "auto") -> ReadResult:
    """Read one file into blocks. ``fast`` selects the fast PDF text path; ``ocr`` (``auto``,
    ``always`` or ``never``, see :class:`~minutesmine.readers.ocr.OcrMode`) when PDF pages are
    OCR'd. A file whose content is not what its name says gets a warning naming both."""
    path = Path(path)
    sniffed = sniff_file(path)
    if sniffed.kind in (Kind.EMPTY, Kind.BINARY):
        raise _refusal(sniffed, path)
    named = named_kind(path.suffix.lower())
    result = _read_as(path, sniffed, fast, ocr)
    if named is not None and named is not sniffed.kind:
        what, name = sniffed.kind.value.upper(), named.value.upper()
        result.warnings.insert(0, f"read as {what}: the content is not {name}")
    return result


def _read_as(path: Path, sniffed: Sniffed, fast: bool, ocr: str) -> ReadResult:
    if sniffed.kind is Kind.PDF:
        from minutesmine.readers.pdf import read_pdf

        return read_pdf(path, fast=fast, ocr=ocr)
    if sniffed.kind is Kind.HTML:
        from minutesmine.readers.html import read_html

        return read_html(path)
    from minutesmine.readers.text import read_text

    return read_text(path)
