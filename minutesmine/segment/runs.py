"""Item numbering that runs through a document, and items run together on one line.

Text taken from a PDF without its line breaks (a US consent agenda flattened to one
paragraph: "38 Request of A to address Council (Communication) PLACED ON FILE 39 Request
of B ...") holds many agenda items in one line. The item numbers are the ones that run in
sequence through the document (38, 39, 40, ..., an asterisk or "S-" before some); a number
that does not continue the run ("$94,710", "Agenda 12", "2 of 18") is text. Each numbered
item is split onto a line of its own, its title cut before the bracketed document type
that follows it ("(Ordinance)", "(Second Reading Agenda 12)"), the rest on the next line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutesmine.segment.lines import Line

__all__ = ["MIN_RUN", "split_run_on"]

#: a run needs this many numbers in sequence, two of them inside one line, to be split
MIN_RUN = 4
#: an item number inside a line: after a space, optional "*" (emergency) or "S-" (substitute)
_INNER_NUMBER = re.compile(r"(?:(?<=\s)|^)\*?(?:[A-Z]-)?(\d{1,3})\s+(?=[A-Z][a-z]+\s)")
#: the bracketed document type after a title: "(Ordinance)", "(Report)", "(Second Reading Agenda 12)"
_TYPE_TAG = re.compile(r"\s\([A-Z][a-z]{3,}[^()]{0,160}\)")
#: lines shorter than this are not run-on
_LONG = 200


@dataclass(frozen=True, slots=True)
class _Hit:
    line: int
    start: int  # where the number (with its "*" or "S-") starts
    end: int  # where the title starts
    number: int


def _longest_run(hits: list[_Hit]) -> list[_Hit]:
    """The longest chain of hits numbered n, n+1, n+2, ... in document order."""
    best: dict[int, list[_Hit]] = {}
    for h in hits:
        prev = best.get(h.number - 1)
        chain = [*prev, h] if prev is not None else [h]
        if len(chain) > len(best.get(h.number, [])):
            best[h.number] = chain
    return max(best.values(), key=len, default=[])


def split_run_on(lines: list[Line]) -> list[Line]:
    """Split lines holding several items of the document's running numbering; a paragraph
    holding one is first joined into one line (its titles wrap over its lines).

    >>> text = ("Disposition: 38 Request of Ann Lee to address Council (Communication) PLACED ON FILE "
    ...         "39 Request of Bo Diaz to address Council (Communication) PLACED ON FILE "
    ...         "*40 Accept a grant of $9,000 from the State (Ordinance) (Y-5) 18435 "
    ...         "41 Pay claim of Jo Kim (Ordinance) (Y-5) 18436")
    >>> for ln in split_run_on([Line(text)])[:4]:
    ...     print(ln.text)
    Disposition:
    38 Request of Ann Lee to address Council
    (Communication)
    PLACED ON FILE
    """
    units = _paragraphs(lines)
    hits = [
        _Hit(k, m.start(), m.end(), int(m.group(1)))
        for k, ln in enumerate(units)
        if len(ln.text) >= _LONG and ln.table is None
        for m in _INNER_NUMBER.finditer(ln.text)
    ]
    run = _longest_run(hits)
    inner = [h for h in run if h.start > 0]
    if len(run) < MIN_RUN or len(inner) < 2:
        return lines
    by_line: dict[int, list[_Hit]] = {}
    for h in run:
        by_line.setdefault(h.line, []).append(h)
    out: list[Line] = []
    for k, ln in enumerate(units):
        cuts = by_line.get(k)
        out.extend(_split_line(ln, cuts) if cuts else ln.parts)
    return out


@dataclass(slots=True)
class _Unit:
    """A paragraph with a long line joined into one line, else one line."""

    text: str
    parts: list[Line]
    table: object = None


def _paragraphs(lines: list[Line]) -> list[_Unit]:
    out: list[_Unit] = []
    k = 0
    while k < len(lines):
        j = k + 1
        while j < len(lines) and lines[j].block == lines[k].block and not lines[j].first:
            j += 1
        group = lines[k:j]
        if len(group) > 1 and any(len(ln.text) >= _LONG for ln in group) and lines[k].table is None:
            out.append(_Unit(" ".join(ln.text for ln in group), group))
        else:
            out.extend(_Unit(ln.text, [ln], ln.table) for ln in group)
        k = j
    return out


def _split_line(unit: _Unit, cuts: list[_Hit]) -> list[Line]:
    """One line per item of the run, title apart from what follows it."""
    text, line = unit.text, unit.parts[0]
    out: list[Line] = []

    def add(part: str, first: bool, item: bool = False) -> None:
        part = part.strip()
        if part:
            out.append(Line(part, line.page, line.block, first, line.heading, line.bold, run_item=item))

    add(text[: cuts[0].start], line.first)
    for h, nxt in zip(cuts, [*cuts[1:], None], strict=True):
        seg = text[h.end : nxt.start if nxt else len(text)]
        tag = _TYPE_TAG.search(seg)
        title = seg[: tag.start()] if tag else seg
        add(f"{h.number} {title.strip()}", True, True)
        if tag:  # the document type, then what was done ("(Y-5) CONFIRMED"), a line each
            add(tag.group().strip(), False)
            add(seg[tag.end() :], False)
    return out
