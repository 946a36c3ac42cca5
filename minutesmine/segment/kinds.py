"""Document kinds: what a file is, decided from its own lines.

Evidence rows are data (``models/cues/document_types.jsonl``, validated on load): each
matches at the start of a line and gives one signal (minutes, report, agenda, question,
answer, speaker, transcript, not_council). :func:`classify` counts them once over the lines
(linear time) and weighs them:

* a verbatim transcript: most lines are speaker turns ("ADAMS: Good morning") or a
  transcript heading, and nothing reads like minutes;
* a written-question paper: numbered questions with replies and no minutes evidence;
* an agenda front sheet: an agenda heading or summons and no minutes evidence;
* an agenda pack: an agenda heading, then minutes or a report enclosed further on;
* an officer report: a cover sheet, or report wording and no minutes evidence; a document
  with no minutes evidence at all is never labelled minutes;
* not a council document (a repository README beside the files): no evidence of any of
  these, and lines that are file names, links, code or markdown table rows.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from minutesmine.assets import read_jsonl
from minutesmine.needles import Needles, fold_for_needles
from minutesmine.segment.cues import required_literals
from minutesmine.segment.lines import Line
from minutesmine.segment.numbering import is_title, item_number

__all__ = ["DocumentType", "Evidence", "classify", "evidence", "opens_as_agenda"]

#: lines counted as the head of a document (cover, title, front matter)
HEAD = 60
#: lines read for evidence; enough for any document's structure, bounded for big archives
READ = 4000


class DocumentType(str, Enum):
    """What a document is."""

    MINUTES = "minutes"
    REPORT = "report"
    AGENDA = "agenda"
    AGENDA_PACK = "agenda_pack"
    QUESTION_PAPER = "question_paper"
    TRANSCRIPT = "transcript"
    NOT_COUNCIL = "not_council"


class Signal(str, Enum):
    """What a line is evidence of."""

    MINUTES = "minutes"
    REPORT = "report"
    AGENDA = "agenda"
    QUESTION = "question"
    ANSWER = "answer"
    SPEAKER = "speaker"
    TRANSCRIPT = "transcript"
    NOT_COUNCIL = "not_council"


class Scope(str, Enum):
    """Where a row's matches count."""

    HEAD = "head"
    ANY = "any"


class EvidenceRow(BaseModel):
    """One row of ``document_types.jsonl``."""

    model_config = ConfigDict(extra="forbid")

    id: str
    signal: Signal
    scope: Scope
    pattern: str
    case_sensitive: bool = False


@dataclass(frozen=True)
class _Row:
    """An evidence row compiled: its regex, the words one of which each of its matches holds
    (lower case, :func:`required_literals`; None when it has none) and its signal."""

    regex: re.Pattern[str]
    needles: frozenset[str] | None
    signal: Signal
    anywhere: bool


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[_Row, ...], Needles]:
    """The rows in file order, and every row's needles."""
    rows = []
    for rec in read_jsonl("cues", "document_types.jsonl"):
        r = EvidenceRow.model_validate(rec)
        rx = re.compile(r.pattern, 0 if r.case_sensitive else re.IGNORECASE)
        rows.append(_Row(rx, required_literals(rx), r.signal, r.scope is Scope.ANY))
    return tuple(rows), Needles(n for r in rows if r.needles for n in r.needles)


def _signal(text: str, head: bool) -> Signal | None:
    """The signal of the first row (in file order) matching at the start of ``text``; rows
    that count only in a document's head are tried when ``head``. A row is tried only when
    the line holds one of its needles (each is looked for once)."""
    rows, needles = _rows()
    low = fold_for_needles(text)
    present = None if low is None else needles.present(low)
    for row in rows:
        if not (head or row.anywhere):
            continue
        if present is not None and row.needles is not None and present.isdisjoint(row.needles):
            continue
        if row.regex.match(text):
            return row.signal
    return None


@dataclass
class Evidence:
    """Signals counted over a document: in its head, after its head, and lines read."""

    head: Counter[Signal]
    late: Counter[Signal]
    lines: int
    first: dict[Signal, int] = field(default_factory=dict)  # line of each signal's first match

    def total(self, signal: Signal) -> int:
        return self.head[signal] + self.late[signal]


def evidence(lines: list[Line]) -> Evidence:
    """Count the signal of each line (the first row, in file order, that matches it)."""
    head: Counter[Signal] = Counter()
    late: Counter[Signal] = Counter()
    first: dict[Signal, int] = {}
    texts = [ln.text for ln in lines[:READ] if ln.table is None]
    for k, text in enumerate(texts):
        signal = _signal(text, k < HEAD)
        if signal is not None:
            (head if k < HEAD else late)[signal] += 1
            first.setdefault(signal, k)
    # a table's rows count only as file names and links (a README's "| m1.pdf | https://... |")
    listed = 0
    for row in (r for ln in lines[:READ] if ln.table is not None for r in ln.text.splitlines()):
        if _signal(row, head=False) is Signal.NOT_COUNCIL:
            listed += 1
    late[Signal.NOT_COUNCIL] += listed
    return Evidence(head, late, len(texts) + listed, first)


#: lines of a front sheet's title block ("Notice of Meeting and Agenda" under the council's name)
TITLE_BLOCK = 8


def opens_as_agenda(lines: list[Line]) -> bool:
    """Whether the file's title block reads as an agenda front sheet, though the enclosed
    minutes and reports after it outweigh it (a short pack).

    >>> opens_as_agenda([Line("Ardmorven Council"), Line("Notice of Meeting and Agenda")])
    True
    """
    return any(_signal(ln.text, True) is Signal.AGENDA for ln in lines[:TITLE_BLOCK] if ln.table is None)


def classify(lines: list[Line], has_cover: bool) -> DocumentType:
    """What the document is (``has_cover``: a report cover sheet opens it).

    >>> def doc(*texts):
    ...     return [Line(t) for t in texts]
    >>> classify(doc("Minutes of the Audit Committee", "Present: Cllr A", "RESOLVED that"), False).value
    'minutes'
    >>> classify(doc("Q1 from Cllr A", "Reply: yes", "Question 2", "Answer: no", "Question 3"), False).value
    'question_paper'
    >>> classify(doc("| file | path |", "| a.pdf | x |", "See https://example.org"), False).value
    'not_council'
    """
    ev = evidence(lines)
    minutes = ev.total(Signal.MINUTES)
    if _transcript(ev, minutes):
        return DocumentType.TRANSCRIPT
    if minutes == 0 and _questions_outweigh(ev):
        return DocumentType.QUESTION_PAPER
    if _cover_outweighs(ev, has_cover) or (ev.head[Signal.MINUTES] == 0 and _report_head(ev, minutes)):
        return DocumentType.REPORT
    if ev.head[Signal.AGENDA] and (ev.late[Signal.REPORT] >= 2 or _minutes_late(ev)):
        return DocumentType.AGENDA_PACK
    if minutes >= 1:
        return DocumentType.MINUTES
    if _question_paper(ev):
        return DocumentType.QUESTION_PAPER
    if ev.head[Signal.AGENDA]:
        return DocumentType.AGENDA
    council = sum(ev.total(s) for s in (Signal.REPORT, Signal.QUESTION, Signal.ANSWER, Signal.SPEAKER))
    if council == 0 and ev.total(Signal.NOT_COUNCIL) >= max(3, 0.3 * ev.lines):
        return DocumentType.NOT_COUNCIL
    if ev.total(Signal.REPORT) == 0 and _numbered_headings(lines) >= MIN_AGENDA:
        return DocumentType.MINUTES  # numbered agenda items, though no wording says minutes
    return DocumentType.REPORT


#: numbered questions that make a paper a question paper, with at least one reply
MIN_QUESTIONS = 3


def _question_paper(ev: Evidence) -> bool:
    """Numbered questions and a reply to at least one of them."""
    return ev.total(Signal.QUESTION) >= MIN_QUESTIONS and ev.total(Signal.ANSWER) >= 1


def _questions_outweigh(ev: Evidence) -> bool:
    """A question paper under a report's cover labels ("Report No: 4", "Subject: Questions to
    the Mayor" over "Question No: 2024/0812" ... "Answer from the Mayor"): its questions and
    replies outnumber the report wording, so the cover does not make it a report."""
    report = ev.total(Signal.REPORT)
    return _question_paper(ev) and min(ev.total(Signal.QUESTION), ev.total(Signal.ANSWER)) > report


#: numbered item headings that make a document without report wording read as minutes
MIN_AGENDA = 3


def _numbered_headings(lines: list[Line]) -> int:
    """Lines that read as a numbered item heading ("4. Budget Monitoring", or "21." alone
    over a title line)."""
    n = 0
    for k, ln in enumerate(lines[:READ]):
        num = item_number(ln.text) if ln.table is None else None
        if num is None:
            continue
        title = num[1] or (lines[k + 1].text if k + 1 < len(lines) else "")
        if is_title(title, lenient=not num[1]):
            n += 1
    return n


#: report wording in the head that makes a document without a cover table a report
REPORT_HEAD = 3


def _report_head(ev: Evidence, minutes: int) -> bool:
    """Report wording opens the document ("Agenda Item 166", "Purpose of Report", "Council is
    recommended to") and outweighs anything that reads like minutes."""
    return ev.head[Signal.REPORT] >= REPORT_HEAD and minutes <= ev.total(Signal.REPORT)


def _cover_outweighs(ev: Evidence, has_cover: bool) -> bool:
    """A cover sheet opens the document and its head reads as a report: nothing like minutes,
    or report wording first and more than twice the minutes-like lines after it (a
    recommendation "THAT the report be received" under the cover reads like a resolution)."""
    head_minutes = ev.head[Signal.MINUTES]
    if not has_cover or head_minutes == 0:
        return has_cover
    opens = ev.first.get(Signal.REPORT, HEAD) < ev.first.get(Signal.MINUTES, HEAD)
    return opens and ev.head[Signal.REPORT] > 2 * head_minutes


def _transcript(ev: Evidence, minutes: int) -> bool:
    """Speaker turns on most lines (or a transcript heading) and little minutes evidence."""
    turns = ev.total(Signal.SPEAKER)
    heading = ev.head[Signal.TRANSCRIPT] > 0
    return turns >= 20 and minutes <= turns // 10 and (turns >= 0.4 * ev.lines or heading)


def _minutes_late(ev: Evidence) -> bool:
    """Minutes enclosed after the head: an attendance list and a decision further on, while
    the head itself holds none."""
    return ev.head[Signal.MINUTES] == 0 and ev.late[Signal.MINUTES] >= 2
