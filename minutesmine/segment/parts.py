"""Agenda packs: one file holding a meeting's agenda, the previous meeting's minutes and the
officer reports, each enclosed document stamped on its first page with the agenda item it
belongs to ("Agenda Item 4"; "Eitem Agenda 4" in Welsh packs).

:func:`split_pack` cuts a pack at those stamps (:mod:`minutesmine.stamps`)
into its front sheet and its enclosed parts. Each part is then segmented as what it is:
a report is one agenda item with its cover sheet and numbered headings, enclosed minutes are
their own items. The contract has no field for parts, so a part is told by its items: the
agenda list titles every item of the pack, and an item with an enclosed part carries it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from minutesmine.models import AgendaItem
from minutesmine.segment.cues import is_procedural
from minutesmine.segment.items import find_items, strip_page_ref
from minutesmine.segment.kinds import DocumentType, classify
from minutesmine.segment.lines import Line
from minutesmine.segment.numbering import item_number
from minutesmine.segment.report import build_report, is_report
from minutesmine.segment.sections import Draft, assemble
from minutesmine.stamps import stamp_number

__all__ = ["Pack", "Part", "agenda_list", "pack_items", "split_pack"]


@dataclass
class Part:
    """An enclosed document: the agenda item it is stamped with and its lines."""

    number: str
    lines: list[Line] = field(default_factory=list)


@dataclass
class Pack:
    """A pack's front sheet (cover and agenda list) and its enclosed parts, in order."""

    front: list[Line]
    parts: list[Part]


#: stamps a file needs to be read as a pack without an agenda heading
MIN_STAMPS = 2


def split_pack(lines: list[Line], agenda_head: bool) -> Pack | None:
    """Cut a pack at its part stamps, or None when the file is not a pack: it needs stamps
    of two agenda items, or one after an agenda front sheet (``agenda_head``). A report that
    opens with its own stamp ("Agenda Item 166" over its title), or stamps its appendix
    with the same item, is no pack."""
    stamps = [
        (k, n) for k, ln in enumerate(lines) if ln.table is None and (n := stamp_number(ln.text, agenda_head))
    ]
    if not stamps or stamps[0][0] == 0 or (len({n for _, n in stamps}) < MIN_STAMPS and not agenda_head):
        return None
    parts = []
    for (k, number), nxt in zip(stamps, [*stamps[1:], (len(lines), "")], strict=True):
        parts.append(Part(number, lines[k + 1 : nxt[0]]))
    return Pack(lines[: stamps[0][0]], parts)


def agenda_list(front: list[Line]) -> list[tuple[str | None, str]]:
    """The agenda items a front sheet lists, (number, title) without page references; a
    standing item printed unnumbered above the numbered ones ("Apologies", "Declarations of
    Interest" on a Scottish notice of meeting) is an item without a number.

    >>> agenda_list([Line("AGENDA"), Line("4. Internal Audit Progress Report (Pages 5 - 12)")])
    [('4', 'Internal Audit Progress Report')]
    >>> agenda_list([Line("Apologies"), Line("Apologies from members."), Line("1. Minute 3 - 6")])
    [(None, 'Apologies'), ('1', 'Minute')]
    """
    out: list[tuple[str | None, str]] = []
    standing: list[tuple[str | None, str]] = []
    for line in front:
        num = item_number(line.text)
        if num is not None and num[1] and num[0] not in {n for n, _ in out}:
            out.append((num[0], _BARE_PAGES.sub("", strip_page_ref(num[1]))))
        elif num is None and not out and is_procedural(line.text):
            standing.append((None, line.text.strip()))
    return [*standing, *out] if out else out


#: a bare page range after a front sheet's agenda entry ("Minute of Previous Meeting 3 - 6");
#: three digits at most, so a title's year range ("2024 - 2025") stays
_BARE_PAGES = re.compile(r"\s+\d{1,3}\s*[-\u2013]\s*\d{1,3}\s*$")


def pack_items(pack: Pack) -> list[tuple[AgendaItem, list[Draft]]]:
    """A pack's items in agenda order, each with its drafts: an item with no enclosed part
    is its agenda title alone; an enclosed report is its item, cover sheet and numbered
    headings included; enclosed minutes are their header (under the agenda item they are
    stamped with) and then their own items."""
    agenda = agenda_list(pack.front)
    titles = {n: t for n, t in agenda if n is not None}
    by_number: dict[str, list[Part]] = {}
    for part in pack.parts:
        by_number.setdefault(part.number, []).append(part)
    entries = [*agenda, *((n, None) for n in by_number if n not in titles)]
    out: list[tuple[AgendaItem, list[Draft]]] = []
    for number, title in entries:
        parts = by_number.get(number, []) if number is not None else []
        if not parts:
            out.append((AgendaItem(title=title or "", number=number), []))
        for part in parts:
            out.extend(_part_items(part, titles.get(part.number)))
    return out


def _part_items(part: Part, listed: str | None) -> list[tuple[AgendaItem, list[Draft]]]:
    """One enclosed part segmented as what it is (report, or minutes and anything else)."""
    lines = part.lines
    if classify(lines, is_report(lines)) is DocumentType.REPORT:
        rep = build_report(lines)
        return [
            (
                AgendaItem(title=listed or rep.title or f"Agenda Item {part.number}", number=part.number),
                rep.drafts,
            )
        ]
    preamble, drafts = find_items(lines)
    head = AgendaItem(
        title=listed or (preamble[0].text if preamble else f"Agenda Item {part.number}"), number=part.number
    )
    out = [(head, assemble(preamble, base="other"))]
    for it in drafts:
        out.append((AgendaItem(title=it.title, number=it.number), assemble(it.lines, base="minutes")))
    return out
