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
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from minutesmine.blocks import ReadResult
from minutesmine.models import AgendaItem, Attendee, Meeting
from minutesmine.segment.checks import parse_warnings
from minutesmine.segment.cues import is_chrome, match_attendance, one_document
from minutesmine.segment.items import ItemDraft, find_items
from minutesmine.segment.kinds import DocumentType, classify, opens_as_agenda
from minutesmine.segment.lines import Line, to_lines
from minutesmine.segment.meeting import (
    Manifest,
    council_from_path,
    date_from_path,
    embedded_attendees,
    find_committee_date,
    find_council,
    labelled_meeting,
    name_over_role_lines,
    name_role_lines,
    names_local_body,
    parse_attendees,
    role_labelled,
    roll_call,
)
from minutesmine.segment.motions import add_motions
from minutesmine.segment.numbering import item_number
from minutesmine.segment.parts import Pack, pack_items, split_pack
from minutesmine.segment.report import build_report, is_report
from minutesmine.segment.sections import Draft, assemble, fill_item

__all__ = ["NARRATIVE_KINDS", "Manifest", "Segmented", "segment"]

#: Section kinds whose sentences are searched for questions and responses.
NARRATIVE_KINDS = frozenset({"minutes", "discussion"})


@dataclass
class Segmented:
    """What segmentation learned about one document."""

    kind: str = "minutes"
    #: the finer kind (:class:`~minutesmine.segment.kinds.DocumentType`)
    document_type: str = "minutes"
    meeting: Meeting = field(default_factory=Meeting)
    metadata: dict[str, str] = field(default_factory=dict)
    items: list[AgendaItem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


_MINUTES_MARKER = re.compile(r"^minutes\s*:\s*$", re.I)


def segment(result: ReadResult, path: Path | None = None, manifest: Manifest | None = None) -> Segmented:
    """Divide a read document into its meeting header, agenda items and typed sections."""
    with one_document():  # cue answers are remembered for this document's lines only
        return _segment(result, path, manifest)


def _segment(result: ReadResult, path: Path | None, manifest: Manifest | None) -> Segmented:
    all_lines = to_lines(result.blocks)
    lines = [ln for ln in all_lines if ln.table is not None or not is_chrome(ln.text)]
    out = Segmented()
    committee = date = None
    no_committee = False  # a report addressed to an officer deciding alone names no committee
    header: list[str] = []
    if not lines:
        out.warnings.append("no text to segment")
        drafts_by_item: list[tuple[AgendaItem, list[Draft]]] = []
    elif (dtype := classify(lines, is_report(lines))) is DocumentType.NOT_COUNCIL:
        out.document_type = dtype.value
        out.warnings.append(NOT_COUNCIL_WARNING)
        return out
    elif (pack := _pack(lines, dtype)) is not None:
        out.document_type = DocumentType.AGENDA_PACK.value
        drafts_by_item = pack_items(pack)
        header = [ln.text for ln in pack.front][:60]
    elif dtype in REPORT_TYPES:
        out.kind, out.document_type = "report", dtype.value
        rep = build_report(lines)
        out.metadata = rep.metadata
        committee, date = rep.committee, rep.date
        no_committee = rep.decided_alone
        item = AgendaItem(title=rep.title or (path.stem if path else ""))
        drafts_by_item = [(item, rep.drafts)]
        header = [ln.text for ln in lines[:40]]
    else:
        out.document_type = dtype.value
        contents = dtype is DocumentType.AGENDA  # a front sheet's list of items is the agenda
        preamble, items = find_items(lines, contents) if dtype not in WHOLE_TYPES else _whole(lines)
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
        opened: str | None = None  # the status of an attendance opener standing just above a table
        for d in drafts:
            if d.kind == "attendance" and d.status:
                out.meeting.attendees.extend(_attendees(d))
            elif d.kind == "table" and d.table is not None:
                out.meeting.attendees.extend(roll_call(d.table.header, d.table.rows, opened))
            opened = d.status if d.kind == "attendance" and len(d.lines) == 1 else None
    if out.kind == "minutes" and not any(a.status == "present" for a in out.meeting.attendees):
        known = {a.name for a in out.meeting.attendees}
        embedded = embedded_attendees(raw_header[:HEADER_PARAGRAPH_LINES])
        out.meeting.attendees.extend(a for a in embedded if a.name not in known)
    out.warnings.extend(parse_warnings(out.items, out.document_type, len(lines), result.pages))
    if committee is None or date is None:
        if out.kind == "minutes" and out.document_type not in WHOLE_TYPES:
            # an item's own title ("Corporate Parenting Panel Work Programme") is not the meeting
            # (a transcript's or question paper's one item is titled by its first line, the header's)
            titles = {it.title for it in out.items}
            header = [h for h in header if strip_number(h) not in titles]
        c2, d2 = find_committee_date(header if out.kind == "minutes" else raw_header, result.hints)
        if (c2 is None or d2 is None) and (labelled := labelled_meeting(raw_header)) is not None:
            c2, d2 = labelled  # "Decided at meeting: 08/07/2025 - Cabinet" below a decision
        if d2 is None and out.kind == "minutes":
            c2, d2 = _dated_below(raw_header[:15], result.hints, c2)
        committee, date = committee or (None if no_committee else c2), date or d2
    _fill_meeting(out.meeting, result, lines, header, committee, date, path, manifest)
    return out


#: kinds segmented as one report item; kinds kept whole as one item of narrative text (a
#: written-question paper's questions and answers are then paired like minuted ones)
REPORT_TYPES = frozenset({DocumentType.REPORT})
#: the opening lines read for attendance written inside the header's paragraphs (Quebec minutes
#: put the province, the regional county and the municipality over the opening sentence)
HEADER_PARAGRAPH_LINES = 8
WHOLE_TYPES = frozenset({DocumentType.TRANSCRIPT, DocumentType.QUESTION_PAPER})
NOT_COUNCIL_WARNING = "not a council document: no minutes, report, agenda or question structure"


def _pack(lines: list[Line], dtype: DocumentType) -> Pack | None:
    """The pack's front sheet and enclosed parts, when the file is an agenda pack."""
    if dtype in WHOLE_TYPES:
        return None
    agenda = dtype in (DocumentType.AGENDA, DocumentType.AGENDA_PACK) or opens_as_agenda(lines)
    return split_pack(lines, agenda_head=agenda)


def _whole(lines: list[Line]) -> tuple[list[Line], list[ItemDraft]]:
    """A verbatim transcript or a question paper: one item of text, not split at its speaker
    or question lines."""
    title = lines[0].text[:120] if lines else ""
    return [], [ItemDraft(title=title, head=lines[:1], lines=lines[1:])]


def strip_number(line: str) -> str:
    """A heading line without its item number ("14 Ofsted Update" -> "Ofsted Update")."""
    num = item_number(line)
    return num[1] if num is not None and num[1] else line


_QUOTE = re.compile(r"^\s*(?:>\s*)+")
_BULLET_START = re.compile(r"^\s*(?:[\u2022\u25e6\u25aa\u25cf\uf0a7*]|o\s+[A-Z])")
_EMBEDDED_OPENER = re.compile(r"(?<=[.;])\s+(?=[A-Z][A-Za-z ]{2,30}:)")


def _bullets(lines: list[Line]) -> Iterator[re.Match[str]]:
    """The bullet mark each line opens with, if any."""
    for ln in lines:
        if (m := _BULLET_START.match(ln.text)) is not None:
            yield m


def _attendees(d: Draft) -> list[Attendee]:
    """People in an attendance section; a paragraph holding several lists
    ("Present: ... Staff: ...") is split at each opener."""
    first = _QUOTE.sub("", d.lines[0].text) if d.lines else ""
    opener = match_attendance(first)
    kept = [opener[1] if opener is not None and not opener[1] else first] if d.lines else []
    # "MEMBERS PRESENT:" alone, then "• Councillor Baker," one a bullet: the bullets are the list
    bullet = None if opener is None or opener[1] else next((m.group() for m in _bullets(d.lines[1:2])), None)
    labelled: list[Attendee] = []
    for ln in d.lines[1:]:
        if (people := role_labelled(_QUOTE.sub("", ln.text), d.status or "present")) is not None:
            labelled.extend(people)  # "Meetings Administrator: Shane Dunne"
            continue
        mark = _BULLET_START.match(ln.text)
        if mark and bullet is not None and mark.group().strip() == bullet.strip():
            kept.append(ln.text[mark.end() :].strip())
            continue
        if mark and match_attendance(ln.text) is None:
            break  # "• Meeting called to order": the list has ended
        if line := _QUOTE.sub("", ln.text).strip():
            kept.append(line)
    # one person a line ("> Mayor Jane Doe" / "> Kris Lee, Clerk"): the lines are the separators
    per_line = len(kept) > 2 and all(len(t.split()) <= 8 and not t.endswith(",") for t in kept[1:])
    text = "; ".join(kept) if per_line else " ".join(kept)
    if per_line and (cells := name_over_role_lines(kept[1:])) is not None:
        text = f"{kept[0]}; {cells}" if kept[0] else cells  # "Members" / "Role" / "Ann LEE" / "Chief Officer"
    if not per_line and (roles := name_role_lines(kept[1:])) is not None:
        text = f"{kept[0]}; {roles}" if kept[0] else roles  # "Dr A. Hart, Clinical Director, NHS ..."
    out: list[Attendee] = []
    status, role = d.status or "present", d.role
    for k, part in enumerate(_EMBEDDED_OPENER.split(text)):
        opener = match_attendance(part)
        if opener is not None:
            status, role, part = opener[0].label, opener[0].role, opener[1]
        elif k > 0:
            break  # narrative after the lists
        out.extend(parse_attendees(part, status, role))
    return out + labelled


def _dated_below(
    raw_header: list[str], hints: dict[str, str], committee: str | None
) -> tuple[str | None, str | None]:
    """The meeting dated below a short preamble that names only the council ("Record of
    Decisions" / "Marbury Council" over the decision's title, then "Cabinet on 11 March 2025."):
    the body dated there replaces the council's own name, which is no committee."""
    c3, d3 = find_committee_date(raw_header, hints)
    if d3 is None:
        return committee, None
    if c3 is not None and (committee is None or names_local_body(committee)):
        return c3, d3
    return committee, d3


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
    running = [ln for ln in result.hints.get("running_header", "").splitlines() if ln.strip()]
    council, explicit = find_council(full, "\n".join([*running, *header[:30]]))
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
