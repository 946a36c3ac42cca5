"""Blocks -> logical lines: the unit the segmenter walks.

A :class:`Line` is one logical line of a block with the block's provenance (page, kind,
bold). Text is normalised (no-break spaces, markdown emphasis), page furniture repeated
at the top or bottom of several pages is dropped, and runs of tab-separated rows become
tables.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from minutesmine.blocks import Block, TableData
from minutesmine.segment.cues import strip_trailing_chrome

__all__ = ["Line", "clean", "to_lines"]

_SPACES = re.compile(r"[ \u00a0\u2007\u202f\u200b\ufeff]+")
#: the characters of ``_SPACES`` other than " "
_ODD_SPACES = ("\u00a0", "\u2007", "\u202f", "\u200b", "\ufeff")
_MD_EMPH = re.compile(r"^(\*{1,3}|_{2,3})(?P<body>.+?)\1$")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_TAB_SPACES = re.compile(r" ?\t ?")
_MD_BOLD = re.compile(r"\*{2,3}([^*]+)\*{2,3}")
#: "21." / "(4)" alone: an item number over its title, not a running head, however often a
#: page starts with one
_BARE_NUMBER = re.compile(r"\(?\d{1,3}[a-z]?[.)]")
#: "(Item 4)" under a printed-minutes title: an item reference, never a running head
_ITEM_REF_LINE = re.compile(r"\(?(?:agenda\s+)?item\s+(?:no\.?\s*)?\d{1,3}[a-z]?\)?\.?", re.I)


#: the ASCII letters and capitals, as bytes (for ``bytes.translate``)
_LETTERS = string.ascii_letters.encode("ascii")
_CAPITALS = string.ascii_uppercase.encode("ascii")


@dataclass(slots=True)
class Line:
    """One logical line and where it came from."""

    text: str
    page: int | None = None
    block: int = 0
    first: bool = True
    heading: bool = False
    bold: bool = False
    table: TableData | None = None
    #: the line opens an item of a numbering run split out of a run-on line (:mod:`.runs`)
    run_item: bool = False
    #: the block's typography (see :class:`~minutesmine.blocks.Block`): heading level, font
    #: size relative to the body text, indent in body-text character widths
    level: int | None = None
    size: float | None = None
    indent: float | None = None
    #: the line is its block's only line (a paragraph of one line: a heading in plain text)
    alone: bool = False
    #: the page the line's block ends on, when it runs on over page breaks (a joined table)
    last_page: int | None = None

    @property
    def caps(self) -> bool:
        """Whether the line is set in capitals ("DECLARATIONS OF INTEREST"): four letters or
        more, at least 80% of them capitals.

        >>> Line("MINUTES").caps, Line("Minutes").caps, Line("ÉTÉ ÀGÉ").caps, Line("A1 B").caps
        (True, False, True, False)
        """
        text = self.text
        if text.isascii():  # counted in C: the bytes left once the letters (capitals) go
            raw = text.encode("ascii")
            letters = len(raw) - len(raw.translate(None, _LETTERS))
            capitals = len(raw) - len(raw.translate(None, _CAPITALS))
        else:
            letters = sum(map(str.isalpha, text))
            capitals = sum(map(str.isupper, text))
        return letters >= 4 and capitals >= 0.8 * letters

    @property
    def emphasis(self) -> Emphasis:
        """How the line stands out from the body text."""
        if self.heading:
            return Emphasis.HEADING
        if self.bold:
            return Emphasis.BOLD
        if self.size is not None and self.size >= LARGER:
            return Emphasis.LARGER
        return Emphasis.NONE


#: relative font size from which a line stands out as larger than the body text
LARGER = 1.15


class Emphasis(Enum):
    """How a line stands out: heading markup, bold, a larger font, or not at all."""

    HEADING = "heading"
    BOLD = "bold"
    LARGER = "larger"
    NONE = "none"


_DROP_CAP = re.compile(r"((?:\(?\d{1,3}[a-z]?[.)]?\s+)?)([A-Z]) ([a-z]{2,})\b")
#: short words that do not make a line's title case
_SMALL = frozenset({"of", "and", "the", "for", "to", "in", "on", "at", "by", "with", "a", "an", "or"})


def mend_drop_cap(text: str) -> str:
    """Join a PDF drop cap to the rest of its word ("A pologies for Absence" -> "Apologies for
    Absence", "T he meeting opened" -> "The meeting opened"). "A" and "I" are words of their
    own, so they are joined only in a title-case line ("A report was noted" stays).

    >>> mend_drop_cap("A pologies for Absence"), mend_drop_cap("T he Chair welcomed Members")
    ('Apologies for Absence', 'The Chair welcomed Members')
    >>> mend_drop_cap("A report was presented to Members"), mend_drop_cap("J Smith")
    ('A report was presented to Members', 'J Smith')
    >>> mend_drop_cap("12. D eclarations of Interest")
    '12. Declarations of Interest'
    >>> mend_drop_cap("A regular meeting of the Township of Nipissing Council was held on Tuesday")
    'A regular meeting of the Township of Nipissing Council was held on Tuesday'

    """
    m = _DROP_CAP.match(text)
    if m is None:
        return text
    if m.group(2) in "AI":  # a word of its own unless a short title-case line follows
        rest = text[m.end() :]
        words = [w for w in rest.split() if w[:1].isalpha() and w.lower() not in _SMALL]
        if not words or len(rest.split()) > 10 or sum(w[0].isupper() for w in words) < 0.75 * len(words):
            return text
    return f"{m.group(1)}{m.group(2)}{text[m.start(3) :]}"


def clean(text: str) -> tuple[str, bool]:
    """Normalise one line; return it and whether markdown marked it bold or as a heading.

    >>> clean("**PRESENT IN THE CHAIR:**  Councillor D. McSweeney.")
    ('PRESENT IN THE CHAIR: Councillor D. McSweeney.', True)
    >>> clean("\\u00a01.\\u00a0\\u00a0 This Committee requests")
    ('1. This Committee requests', False)
    """
    if "  " in text or (not text.isascii() and any(c in text for c in _ODD_SPACES)):
        text = _SPACES.sub(" ", text)  # else each run of spaces is one " " already
    text = text.strip()
    if "\t" in text:
        text = _TAB_SPACES.sub("\t", text).strip("\t ")
    bold = False
    if text.startswith("#"):
        m = _MD_HEADING.match(text)
        if m:
            text, bold = text[m.end() :], True
    m = _MD_EMPH.match(text) if text.startswith(("*", "_")) else None
    if m and "*" not in m.group("body"):
        text, bold = m.group("body").strip(), True
    elif text.startswith("**") and "**" in text[2:]:
        # "**LABEL:** value": bold lead-in
        head, _, tail = text[2:].partition("**")
        text, bold = f"{head.strip()} {tail.strip()}".strip(), True
    if "**" in text:
        text = _MD_BOLD.sub(r"\1", text)
    if " " in text[1:7]:
        text = mend_drop_cap(text)
    return text.strip(), bold


def _tab_table(lines: list[str]) -> TableData | None:
    """A block whose lines are all tab-separated rows of 3+ cells is a table."""
    if len(lines) < 2:
        return None
    rows = [[c.strip() for c in ln.split("\t")] for ln in lines]
    if any(len(r) < 3 for r in rows):
        return None
    return TableData(header=rows[0], rows=rows[1:])


def _furniture(
    blocks: list[Block], cleaned_lines: Callable[[str], list[tuple[str, bool]]] | None = None
) -> set[str]:
    """Lines repeated near the top or bottom of several pages (running heads, footers);
    ``cleaned_lines`` gives a block's lines through :func:`clean` (default: each cleaned anew).
    A line repeated within one page is no furniture: a label over each of the page's entries
    ("Answer from the Mayor" over every answer of a two-page paper)."""
    if cleaned_lines is None:
        cleaned_lines = lambda text: [clean(ln) for ln in text.splitlines()]  # noqa: E731
    by_page: dict[int, list[str]] = {}
    for b in blocks:
        if b.page is None or b.kind == "table":
            continue
        for t, _ in cleaned_lines(b.text):
            if t:
                by_page.setdefault(b.page, []).append(t)
    if len(by_page) < 2:
        return set()
    from minutesmine.segment.cues import match_attendance, match_section

    seen: Counter[str] = Counter()
    for texts in by_page.values():
        edge = texts[:3] + texts[-2:]
        seen.update(
            {
                _furniture_key(t)
                for t in edge
                if len(t) < 120
                and not t.endswith(":")  # a lead-in to what follows: "That the Council:"
                and match_section(t) is None
                and match_attendance(t) is None
                and not _BARE_NUMBER.fullmatch(t)
                and not _ITEM_REF_LINE.fullmatch(t)
                and not _OUTCOME_LINE.match(t)
            }
        )
    need = max(2, round(0.3 * len(by_page)))
    found = {k for k, n in seen.items() if n >= need and k}
    if not found:
        return found
    for texts in by_page.values():
        found -= {key for t, n in Counter(texts).items() if n > 1 and (key := _furniture_key(t)) in found}
    return found


_DIGITS = re.compile(r"\d+")
#: a vote's outcome ending the text of two pages ("Carried", "CARRIED 5/2") is no page furniture
_OUTCOME_LINE = re.compile(r"(?:(?:the\s+)?motion\s+)?(?:carried|lost|defeated|withdrawn)\b", re.I)


def _furniture_key(text: str) -> str:
    return _DIGITS.sub("#", text.lower()).strip()


_PUNCT_ONLY = re.compile(r"[\s\u00b7\u2022.,;:*_-]*")


def to_lines(blocks: list[Block]) -> list[Line]:
    """Flatten blocks into logical lines, dropping empty lines and page furniture."""
    cleaned: dict[str, tuple[str, bool]] = {}  # each raw line is cleaned once

    def cleaned_lines(text: str) -> list[tuple[str, bool]]:
        out = []
        for ln in text.splitlines():
            got = cleaned.get(ln)
            if got is None:
                got = cleaned[ln] = clean(ln)
            out.append(got)
        return out

    furniture = _furniture(blocks, cleaned_lines)
    out: list[Line] = []
    for i, b in enumerate(blocks):
        if b.kind == "table" and b.table is not None:
            out.append(Line(b.text, b.page, i, True, False, b.bold, b.table, last_page=b.last_page))
            continue
        raw = [c for c in cleaned_lines(b.text) if c[0]]
        table = _tab_table([c[0] for c in raw]) if "\t" in b.text else None
        if table is not None:
            out.append(Line("\n".join(c[0] for c in raw), b.page, i, True, False, b.bold, table))
            continue
        first = True
        for text, md_bold in raw:
            text = strip_trailing_chrome(text)
            if not text or _PUNCT_ONLY.fullmatch(text):
                continue
            if furniture and b.page is not None and _furniture_key(text) in furniture:
                continue
            out.append(
                Line(
                    text,
                    b.page,
                    i,
                    first,
                    b.kind == "heading",
                    b.bold or md_bold,
                    level=b.level,
                    size=b.size,
                    indent=b.indent,
                    alone=len(raw) == 1,
                )
            )
            first = False
    return out
