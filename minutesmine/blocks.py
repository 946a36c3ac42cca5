"""Text blocks: what a reader hands to the segmenter.

A reader turns a file into an ordered list of :class:`Block` s. A block is one paragraph
(a run of logical lines: a wrapped PDF paragraph is re-flowed into one line, a cover-sheet
row or bullet stays a line of its own), a heading, or a table. Every block keeps its
provenance: the PDF page it is on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["text", "heading", "table"]


@dataclass(slots=True)
class TableData:
    """A table as a reader found it: header cells and body rows."""

    header: list[str]
    rows: list[list[str]]
    caption: str | None = None


@dataclass(slots=True)
class Block:
    """One paragraph, heading or table of a document, in reading order.

    ``text`` holds logical lines joined by ``"\\n"``; for a table it holds the rows with
    cells joined by tabs, so the table's text can still be searched and tagged.
    """

    text: str
    page: int | None = None
    kind: BlockKind = "text"
    table: TableData | None = None
    bold: bool = False
    #: heading level where the format has one: HTML h1-h6 and ModernGov/CMIS title classes,
    #: Markdown ``#`` (1 = outermost)
    level: int | None = None
    #: font size relative to the document's body text (PDF): 1.0 body, 1.3 a larger heading
    size: float | None = None
    #: left indent in body-text character widths from the text's left edge (PDF)
    indent: float | None = None
    #: the page a block that runs on over page breaks ends on (a table joined across pages)
    last_page: int | None = None


@dataclass(slots=True)
class ReadResult:
    """Everything a reader learned from one file."""

    blocks: list[Block]
    format: Literal["pdf", "html", "text"]
    pages: int | None = None
    warnings: list[str] = field(default_factory=list)
    #: Metadata the container itself states (e.g. an HTML page's title or DC.date meta).
    hints: dict[str, str] = field(default_factory=dict)
    #: PDF pages whose text was read by OCR (1-based).
    ocr_pages: list[int] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(b.text for b in self.blocks)


class ReadError(Exception):
    """A file could not be read at all (corrupt, encrypted, empty...). The message says why."""
