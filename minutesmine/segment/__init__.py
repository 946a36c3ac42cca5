"""Segmentation: text blocks -> meeting, agenda items and typed sections.

``segment(result, path)`` is the entry point; it returns a :class:`Segmented` holding the
document kind, the meeting header, the report cover sheet and the agenda items (with their
sections, recommendations, conclusions, resolutions, actions, information requests and
tables filled in). Member questions and officer responses are found later, sentence by
sentence, by :func:`minutesmine.segment.exchanges.find_exchanges` on the spaCy ``Doc`` of
each narrative section.

The steps, one module each: :mod:`.lines` (blocks -> clean logical lines),
:mod:`.report` (cover sheet and numbered headings of an officer report), :mod:`.items`
(minutes -> agenda items), :mod:`.sections` (an item's lines -> typed sections and list
entries) and :mod:`.meeting` (council, committee, date, attendance, manifest). Cue phrases
are data in ``models/cues/``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from minutesmine.blocks import ReadResult
from minutesmine.models import AgendaItem, Attendee, Meeting
from minutesmine.segment.cues import is_chrome, match_attendance
from minutesmine.segment.items import find_items
from minutesmine.segment.lines import Line, to_lines
from minutesmine.segment.meeting import (
    Manifest,
    council_from_path,
    date_from_path,
    find_committee_date,
    find_council,
    parse_attendees,
)
from minutesmine.segment.motions import add_motions
from minutesmine.segment.numbering import item_number
from minutesmine.segment.report import build_report, is_report
from minutesmine.segment.sections import Draft, assemble, fill_item

__all__ = ["NARRATIVE_KINDS", "Manifest", "Segmented", "segment"]

#: Section kinds whose sentences are searched for questions and responses.
NARRATIVE_KINDS = frozenset({"minutes", "discussion"})


@dataclass
class Segmented:
    """What segmentation learned about one document."""

    kind: str = "minutes"
    meeting: Meeting = field(default_factory=Meeting)
    metadata: dict[str, str] = field(default_factory=dict)
    items: list[AgendaItem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


_MINUTES_MARKER = re.compile(r"^minutes\s*:\s*$", re.I)


def segment(result: ReadResult, path: Path | None = None, manifest: Manifest | None = None) -> Segmented:
    """Divide a read document into its meeting header, agenda items and typed sections."""
    all_lines = to_lines(result.blocks)
    lines = [ln for ln in all_lines if ln.table is not None or not is_chrome(ln.text)]
    out = Segmented()
    committee = date = None
    header: list[str] = []
    if not lines:
        out.warnings.append("no text to segment")
        drafts_by_item: list[tuple[AgendaItem, list[Draft]]] = []
    elif is_report(lines):
        out.kind = "report"
        rep = build_report(lines)
        out.metadata = rep.metadata
        committee, date = rep.committee, rep.date
        item = AgendaItem(title=rep.title or (path.stem if path else ""))
        drafts_by_item = [(item, rep.drafts)]
        header = [ln.text for ln in lines[:40]]
    else:
        preamble, items = find_items(lines)
        drafts_by_item = []
        for it in items:
            has_minutes = any(_MINUTES_MARKER.match(ln.text) for ln in it.lines)
            drafts = assemble(it.lines, base="minutes", preamble="purpose" if has_minutes else None)
            drafts_by_item.append((AgendaItem(title=it.title, number=it.number), drafts))
        if preamble and drafts_by_item:
            pre = assemble(preamble, base="other")
            item, drafts = drafts_by_item[0]
            drafts_by_item[0] = (item, [*pre, *drafts])
        header = [ln.text for ln in preamble][:60]
    raw_header = [ln.text for ln in all_lines[:60] if not is_chrome(ln.text)]
    if len(header) < 3:
        header = raw_header[:15]
    for item, drafts in drafts_by_item:
        fill_item(item, drafts, NARRATIVE_KINDS)
        add_motions(item)
        out.items.append(item)
        for d in drafts:
            if d.kind == "attendance" and d.status:
                out.meeting.attendees.extend(_attendees(d))
    if committee is None or date is None:
        if out.kind == "minutes":
            # an item's own title ("Corporate Parenting Panel Work Programme") is not the meeting
            titles = {it.title for it in out.items}
            header = [h for h in header if strip_number(h) not in titles]
        c2, d2 = find_committee_date(header if out.kind == "minutes" else raw_header, result.hints)
        committee, date = committee or c2, date or d2
    _fill_meeting(out.meeting, result, lines, header, committee, date, path, manifest)
    return out


def strip_number(line: str) -> str:
    """A heading line without its item number ("14 Ofsted Update" -> "Ofsted Update")."""
    num = item_number(line)
    return num[1] if num is not None and num[1] else line


_EMBEDDED_OPENER = re.compile(r"(?<=[.;])\s+(?=[A-Z][A-Za-z ]{2,30}:)")


def _attendees(d: Draft) -> list[Attendee]:
    """People in an attendance section; a paragraph holding several lists
    ("Present: ... Staff: ...") is split at each opener."""
    text = " ".join(ln.text for ln in d.lines)
    out: list[Attendee] = []
    status, role = d.status or "present", d.role
    for k, part in enumerate(_EMBEDDED_OPENER.split(text)):
        opener = match_attendance(part)
        if opener is not None:
            status, role, part = opener[0].label, opener[0].role, opener[1]
        elif k > 0:
            break  # narrative after the lists
        out.extend(parse_attendees(part, status, role))
    return out


def _fill_meeting(
    meeting: Meeting,
    result: ReadResult,
    lines: list[Line],
    header: list[str],
    committee: str | None,
    date: str | None,
    path: Path | None,
    manifest: Manifest | None,
) -> None:
    """Council, committee and date from the document, else manifest, else path; with provenance."""
    full = "\n".join(ln.text for ln in lines)
    council, explicit = find_council(full, "\n".join(header[:30]))
    row = (manifest.lookup(path) if manifest is not None and path is not None else None) or {}
    prov = meeting.provenance
    if committee:
        meeting.committee, prov["committee"] = committee, "document"
    elif row.get("committee"):
        meeting.committee, prov["committee"] = row["committee"], "manifest"
    if date:
        meeting.date, prov["date"] = date, "document"
    elif row.get("date"):
        meeting.date, prov["date"] = row["date"], "manifest"
    elif path is not None and (pd := date_from_path(path)):
        meeting.date, prov["date"] = pd, "path"
    path_council = council_from_path(path) if path is not None else None
    if council and explicit:
        meeting.council, prov["council"] = council, "document"
    elif row.get("council"):
        meeting.council, prov["council"] = row["council"], "manifest"
    elif path_council:
        meeting.council, prov["council"] = path_council, "path"
    elif council:
        meeting.council, prov["council"] = council, "document"
