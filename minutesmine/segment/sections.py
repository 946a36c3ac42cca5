"""An agenda item's lines -> typed sections, and the list entries inside them.

The assembler walks an item's lines in order. A line matching a section marker
(``models/cues/sections.jsonl``: "Minutes:", "Recommended –", "RESOLVED:", "Conclusions",
"Request for Information", "ACTION:" ...) opens a section of that kind; an attendance
opener ("PRESENT:") opens an attendance section; tables become table sections. In list
sections (recommendations, conclusions, resolutions, information requests, discussion
points, actions) each numbered, lettered or bulleted point becomes its own entry; a plain
paragraph after the list returns to the narrative.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from minutesmine.blocks import TableData
from minutesmine.models import Action, AgendaItem, Section, Table
from minutesmine.nlp.lexicon import load_lexicon
from minutesmine.segment.cues import (
    Cue,
    action_cues,
    action_needles,
    ends_decision,
    fold_for_needles,
    is_purpose,
    is_vote,
    match_attendance,
    match_section,
    standalone_resolution,
)
from minutesmine.segment.lines import Line
from minutesmine.segment.meeting import members_label, role_labelled
from minutesmine.segment.numbering import Point, point_marker, split_inline_points
from minutesmine.segment.outcomes import narrative_decisions
from minutesmine.segment.owners import OwnerFrom, clause_subject, sentence_subject
from minutesmine.segment.requests import narrative_requests

__all__ = [
    "LIST_KINDS",
    "Draft",
    "assemble",
    "cue_owner",
    "dedupe",
    "fill_item",
    "is_recital",
    "lead_in",
    "narrative_actions",
]

#: Section kinds whose points become list entries.
LIST_KINDS = frozenset(
    {"recommendation", "conclusion", "resolution", "information_request", "discussion", "action"}
)

_CONTINUES = re.compile(
    r"^[\"'\u201c\u2018(]?"
    r"(?:that\b|and that\b|and\b|or\b|now,? therefore\b|and whereas\b|whereas\b|be it\b|further\b)",
    re.I,
)
#: a resolution's further point, written emphatically: "AND THAT, the Budget be adopted"
_AND_THAT = re.compile(
    r"^[\"\u201c]?(?:AND(?: FURTHER)? THAT|And (?:[Ff]urther )?[Tt]hat|FURTHER THAT|Further,? [Tt]hat)\b"
)
_MID_AND_THAT = re.compile(r"(?<=\S)(?<!\bAND)\s+(?=(?:AND(?: FURTHER)?|FURTHER) THAT\b)")
_CAPS_THAT = re.compile(r"^[\"\u201c]?(?:AND(?: FURTHER)?|FURTHER) THAT\b")
#: a resolution's next point as Canadian boards print it: the point before ends "; and", the
#: next opens with "THAT" in capitals
_THAT_AFTER_AND = re.compile(r";\s*(?:and|or)?\s*$", re.I)
_CAPS_THAT_ALONE = re.compile(r"^[\"\u201c]?THAT\b")
#: a mover's or seconder's line inside a resolution block: who moved it, not what was decided
_MOVER_LABEL = re.compile(
    r"^(?:(?:moved|seconded|proposed|mover|seconder)(?:\s+by)?\s*:\s*\S.{0,80}"
    r"|(?:moved|proposed)\s+by\s+[^:;]{2,80}?(?:,?\s*(?:and\s+)?seconded\s+by\s+[^:;]{2,80}?)?\s*:?)$",
    re.I,
)
#: a list of the members who voted, under a resolution's movers ("VOTES: AYE \u2013 Brennan, Kowal",
#: "NAY \u2013 0"): how it was decided, not what
_VOTE_LIST = re.compile(
    r"^(?:(?:roll\s+call\s+)?votes?\s*:\s*)?(?:ayes?|nays?|noes|yeas?)\s*[:\-\u2013]\s*\S", re.I
)
#: a resolution's recital ("WHEREAS the lowest tender exceeds the budget; AND WHEREAS ..."): the
#: grounds the decision gives, not what was decided (that follows "NOW THEREFORE")
_RECITAL = re.compile(r"^[\"\u201c]?(?:and\s+)?whereas\b", re.I)
_OPERATIVE = re.compile(r"\b(?:now,?\s+)?therefore,?\s+(?:be\s+it\s+resolved,?\s+(?:that\b,?\s*)?)?", re.I)


def is_recital(text: str) -> bool:
    """Whether a resolution's entry or sentence is a recital ("WHEREAS ...", "AND WHEREAS ...").

    >>> is_recital("WHEREAS, the property has been posted"), is_recital("THAT the Board approve")
    (True, False)
    """
    return _RECITAL.match(text) is not None


def _without_recitals(entries: list[str]) -> list[str]:
    """A resolution's entries without their recitals: an entry opening "WHEREAS" keeps only what
    follows its "NOW THEREFORE" ("WHEREAS X has served ...; NOW THEREFORE the Council appoints X
    ..." -> "the Council appoints X ..."), or goes when the decided words are elsewhere.

    >>> _without_recitals(["WHEREAS A; AND WHEREAS B; NOW THEREFORE the Council appoints C.", "WHEREAS D;"])
    ['the Council appoints C.']
    """
    out = []
    for e in entries:
        if is_recital(e):
            ends = [m.end() for m in _OPERATIVE.finditer(e)]
            e = e[ends[-1] :].strip() if ends else ""
        if e:
            out.append(e)
    return out


#: a lead-in with no verb and no colon: "RECOMMENDATION: That the Board" then "(a) note ..."
#: ("That:" alone over its numbered points: Tasmanian committee minutes)
_BARE_LEAD_IN = re.compile(r"^[Tt]hat(?:\s+(?:the\s+)?(?:[A-Z][\w&'\u2019-]*\s*){1,6})?$")


def colon_lead_in(entry: str) -> bool:
    """A bare lead-in ending in a colon ("That the Council:", "That the Committee:-"): what
    follows it, lettered or not, is what was decided.

    >>> colon_lead_in("That the Council:"), colon_lead_in("That the report be noted:"), colon_lead_in("That:")
    (True, False, True)
    """
    entry = entry.rstrip()
    return entry.endswith((":", ":-")) and _BARE_LEAD_IN.match(entry.rstrip(":-\u2013 ")) is not None


def lead_in(entry: str) -> bool:
    """An entry that only introduces the points after it ("That the Cabinet:-", "That the Board")."""
    return _LEAD_IN.search(entry) is not None or _BARE_LEAD_IN.match(entry.strip()) is not None


#: a resolution's own number in brackets before its words ("(46) That we recommend to Council:"):
#: a list's first point is numbered 1, not 10 or more
_RESOLUTION_NUMBER = re.compile(r"^\((?:[1-9]\d{1,3})\)\s+(?-i:That|THAT)\b")
_LEAD_IN = re.compile(r"(?::\s*[-\u2013\u2014]?|[\u2013\u2014]|,)\s*$")
_TERMINAL = (".", "!", "?", ":", ";", "\u201d", '"', "\u2019", ")")
#: Markdown block-quote marks before a line's text ("> ", ">" alone); "> 18 weeks" is a figure
_QUOTE_MARK = re.compile(r"^\s*(?:>(?=\s|$)(?!\s*\d)\s*)+")
_CAPTION = re.compile(r"^(?:table|figure|chart)\s+\d+[a-z]?\b.{0,100}$", re.I)


_BLANKS = re.compile(r"[ \t]+")
_NOT_WORD = re.compile(r"[^\w\s]|_")


@dataclass
class Draft:
    """A section being assembled."""

    kind: str
    lines: list[Line] = field(default_factory=list)
    heading: str | None = None
    number: str | None = None
    cue: Cue | None = None
    entries: list[str] = field(default_factory=list)
    style: str | None = None
    table: TableData | None = None
    status: str | None = None  # attendance status
    role: str | None = None  # attendance role for everyone listed
    #: the number of the paragraph the marker opened ("5. RESOLVED that:"): the next
    #: paragraph ("6.") ends the list
    para: Point | None = None
    #: the label of the list's last point ("b"), to resume the list after a paragraph
    last_label: str | None = None
    #: a closing line ("Carried.") ended the section
    closed: bool = False

    @property
    def text(self) -> str:
        return "\n".join(ln.text for ln in self.lines)

    @property
    def pages(self) -> list[int]:
        pages = {ln.page for ln in self.lines if ln.page is not None}
        for ln in self.lines:  # a table joined across pages is on each of them
            if ln.page is not None and ln.last_page is not None:
                pages.update(range(ln.page, ln.last_page + 1))
        return sorted(pages)

    def add_entry(self, text: str) -> None:
        if text.strip():
            self.entries.append(_BLANKS.sub(" ", text).strip())

    def extend_entry(self, text: str) -> None:
        if self.entries:
            self.entries[-1] = f"{self.entries[-1]} {text.strip()}".strip()
        else:
            self.add_entry(text)


class Assembler:
    """Feed lines in order; :meth:`finish` returns the drafts."""

    def __init__(self, base: str = "minutes", preamble: str | None = None) -> None:
        #: kind for narrative lines outside any marked section
        self.base = base
        #: "purpose" when the item's minutes follow a "Minutes:" marker: its first paragraph
        #: is the purpose and the rest of the agenda text before the marker is "other"
        self.preamble = preamble
        self.drafts: list[Draft] = []
        self.seen_marker = False
        #: the paragraph number standing before the next line, if any
        self.para: Point | None = None
        #: an empty quoted line (">") stood before the next line: it opens a paragraph
        self.quote_break = False

    @property
    def current(self) -> Draft | None:
        return self.drafts[-1] if self.drafts else None

    def open(self, kind: str, line: Line | None = None, **kw: object) -> Draft:
        d = Draft(kind=kind, **kw)  # type: ignore[arg-type]
        if line is not None:
            d.lines.append(line)
        self.drafts.append(d)
        return d

    def feed(self, line: Line) -> None:
        if _QUOTE_MARK.match(line.text):
            # a Markdown call-out ("> Moved by: Cllr X", ">", "> That ..."): its marks are
            # markup, and an empty quoted line ends a paragraph
            text = _QUOTE_MARK.sub("", line.text)
            if not text:
                self.quote_break = True
                return
            line = replace(line, text=text, first=line.first or self.quote_break)
        self.quote_break = False
        pm = point_marker(line.text)
        split = _mid_decision(line)
        if split is not None:
            self._feed(split[0])
            self.para = pm  # "2. Members asked ... RESOLVED that:": paragraph 2's decision
            self._feed(split[1])
        else:
            self._feed(line)
        # "5." alone on its line, then "RESOLVED that ...": the number of the next paragraph
        self.para = pm if pm is not None and not pm.rest and pm.style != "bullet" else None

    def _feed(self, line: Line) -> None:
        cur = self.current
        if line.table is not None:
            d = self.open("table", line, table=line.table)
            if self.base == "minutes":
                d.entries = table_decisions(line.table)
            return
        if cur is not None and cur.kind == "table" and _CAPTION.match(line.text) and cur.table is not None:
            cur.table.caption = cur.table.caption or line.text
            cur.lines.append(line)
            return
        if (
            cur is not None
            and cur.cue is not None
            and cur.cue.entry == "line"
            and re.match(r"^[A-Z][A-Z /]{2,30}:", line.text)
        ):
            cur.lines.append(line)  # "RESULT: APPROVED" then "MOTION BY:", "AYES:", "ABSENT:" vote lines
            return
        att = match_attendance(line.text)
        if (
            att is not None
            and cur is not None
            and cur.kind not in LIST_KINDS
            and cur.lines
            and _VOTE_LABEL.match(cur.lines[-1].text)
        ):
            cur.lines.append(line)  # "Aye: 5 - ..." "Nay: 0" "Excused: 1 - ...": the vote's absentees
            return
        if att is not None:
            cue, _rest = att
            self.open("attendance", line, status=cue.label, role=cue.role)
            return
        marker = match_section(line.text)
        if marker is not None:
            self._marker(line, *marker)
            return
        if cur is not None and cur.kind == "attendance" and _names_continue(cur, line):
            cur.lines.append(line)
            return
        if cur is not None and cur.kind in LIST_KINDS and self._list_line(cur, line):
            return
        if cur is not None and cur.kind == "purpose" and not self.seen_marker and _same_paragraph(cur, line):
            cur.lines.append(line)
            return
        if cur is not None and cur.kind == "purpose" and cur.cue is not None and len(cur.lines) == 1:
            cur.lines.append(line)  # "Purpose:" then its text
            return
        if self._resume_list(line):
            return
        if line.first and (self.seen_marker or self.preamble != "purpose") and cur is not None:
            cue = standalone_resolution(line.text)
            if cue is not None:
                self._marker(line, Cue(cue.id, "resolution", cue.regex), line.text)
                return
        self._narrative(line)

    def _resume_list(self, line: Line) -> bool:
        """The next point of a list an explanatory paragraph interrupted ("a) That the
        orchestra be commissioned", a paragraph on the programme, "b) That ..."): it joins
        that list, and the paragraph stays narrative."""
        if line.first and _AND_THAT.match(line.text):
            # "AND THAT the Scheme be adopted" after a table: the resolution's next point
            d = next((x for x in reversed(self.drafts) if x.kind == "resolution"), None)
            if d is not None and d.style == "plain" and d.entries and d is not self.current:
                d.lines.append(line)
                d.add_entry(line.text)
                return True
        pm = point_marker(line.text)
        if pm is None or not pm.rest or len(self.drafts) < 2:
            return False
        d = self.drafts[-2]
        if d.kind not in LIST_KINDS or d.style != pm.style or d.last_label is None:
            return False
        if not _follows(Point(pm.style, d.last_label, ""), pm) or self.drafts[-1].kind != self.base:
            return False
        d.lines.append(line)
        d.add_entry(pm.rest)
        d.last_label = pm.label
        return True

    def _marker(self, line: Line, cue: Cue, rest: str) -> None:
        self.seen_marker = True
        cur = self.current
        kind = cue.label
        if (
            cur is not None
            and cur.kind == kind == "resolution"
            and cur.style == "plain"
            and len(cur.entries) == 1
            and lead_in(cur.entries[0])
        ):
            # "Decision:" "Having considered ..., Cabinet noted the report and," "RESOLVED to"
            cur.entries = []
        if (
            cur is not None
            and cur.kind == kind == "resolution"
            and not cur.entries
            and cur.cue is not None
            and not cur.cue.join
            and not cue.join
        ):
            # "Decision:" then "RESOLVED that:" - one section; "DECISION" then "NOTED."
            cur.lines.append(line)
            if cue.entry == "line":
                cur.add_entry(line.text)
            else:
                self._first_entry(cur, rest)
            return
        d = self.open(kind, line, cue=cue)
        pm = point_marker(line.text)
        if pm is not None and pm.style != "bullet" and not line.text.startswith(rest or "\0"):
            d.para = pm
        elif pm is None:
            d.para = self.para
        if kind == "action":
            if rest:
                d.add_entry(rest)
        elif cue.entry == "line":
            d.add_entry(line.text)
        elif kind in LIST_KINDS:
            self._first_entry(d, rest)

    def _first_entry(self, d: Draft, rest: str) -> None:
        if not rest or re.fullmatch(r"(?:that|to|as follows|the following)\s*:?", rest, re.I):
            return
        parts = split_inline_points(rest)
        if parts and not _points_inside_clause(rest, parts[0]):
            # "(a) That members be thanked, and (b) that the report be approved"
            d.style = "inline"
            for p in parts:
                d.add_entry(p)
            return
        pm = point_marker(rest)
        if pm is not None and pm.rest:
            d.style, d.last_label = pm.style, pm.label
            d.add_entry(pm.rest)
            return
        d.style = "plain"
        d.add_entry(rest)

    def _list_line(self, d: Draft, line: Line) -> bool:
        """Add a line to a list section; False when the list has ended."""
        cue = d.cue
        prev = d.lines[-1]
        if d.kind == "resolution" and (is_vote(line.text) or _VOTE_LABEL.match(line.text)):
            d.lines.append(line)  # "Voting: unanimous", "For (5): Mayor A, ..." after the points
            return True
        if d.kind == "resolution" and is_vote(prev.text) and point_marker(line.text) is None:
            return False  # the vote closed the point; plain text after it is narrative
        if d.closed or (d.kind == "resolution" and d.entries and ends_decision(line.text)):
            return False  # "Clerk to action." after the resolution: who carries it out
        closes = cue is not None and not cue.join and cue.end is not None and cue.end.match(line.text)
        if closes and d.entries:
            # "Carried." / "Motion Defeated": closes the motion, is not one of its points
            d.lines.append(line)
            d.closed = True
            return True
        if cue is not None and cue.join:
            if cue.end is not None and cue.end.search(prev.text):
                return False
            d.lines.append(line)
            if cue.entry != "line":
                self._join_line(d, line)
            return True
        if cue is not None and cue.entry == "line":
            # "RESULT: APPROVED" followed by the vote lines
            if re.match(r"^[A-Z][A-Z /]{2,30}:", line.text):
                d.lines.append(line)
                return True
            return False
        pm = point_marker(line.text) or _colon_letter(line.text)
        if pm is not None and d.para is not None and _follows(d.para, pm):
            return False  # the next numbered paragraph of the minutes
        if pm is not None and not d.entries and _RESOLUTION_NUMBER.match(line.text):
            d.lines.append(line)  # "(46) That we recommend to Council:": the resolution's own number
            self._first_entry(d, pm.rest)
            return True
        if pm is not None:
            if d.style in (None, pm.style) or (d.style == "plain" and not d.entries):
                d.style, d.last_label = pm.style, pm.label
                d.lines.append(line)
                if pm.rest:
                    d.add_entry(pm.rest)
                else:
                    d.entries.append("")
                return True
            if d.style == "plain" and len(d.entries) == 1 and lead_in(d.entries[0]):
                # "RESOLVED: That the Cabinet:-" / "For the reasons set out in the report: -"
                # introduces the points; the points are the entries
                d.entries, d.style, d.last_label = [], pm.style, pm.label
                d.lines.append(line)
                d.add_entry(pm.rest)
                return True
            if d.style in ("plain", "inline"):
                return False
            d.lines.append(line)  # a sub-point of the current point
            d.extend_entry(line.text)
            return True
        if d.kind == "action" and d.entries:
            return False
        if not d.entries:
            d.lines.append(line)
            self._first_entry(d, line.text)
            return True
        if (
            d.style == "plain"
            and _AND_THAT.match(line.text)
            and (
                line.first
                or line.text.isupper()
                or _CAPS_THAT.match(line.text)
                or prev.text.rstrip().endswith(";")  # "That Report X be received;" "And that ..."
            )
        ) or (d.style == "plain" and _THAT_AFTER_AND.search(prev.text) and _CAPS_THAT_ALONE.match(line.text)):
            # (Canadian boards: "THAT the Board approve ...; and" then "THAT students ...")
            d.lines.append(line)  # "AND THAT ..." opens the resolution's next point
            d.add_entry(line.text)
            return True
        if _label_over_one_sentence(d, line):
            return False  # "Recommended Action:" / "Approve the minutes." then the narrative
        if _sole_point_of_lead_in(d, line):
            # "That the Council:" then one unlettered paragraph ("Accepts the apology from ..."):
            # the paragraph is what was decided, the lead-in only introduces it
            d.lines.append(line)
            d.entries = []
            d.add_entry(line.text)
            return True
        if d.entries[-1] == "" or _same_paragraph(d, line) or not prev.text.rstrip().endswith(_TERMINAL):
            d.lines.append(line)
            d.extend_entry(line.text)
            return True
        if _CONTINUES.match(line.text):
            d.lines.append(line)
            if d.style == "plain":
                d.add_entry(line.text)
            else:
                d.extend_entry(line.text)
            return True
        return False

    @staticmethod
    def _join_line(d: Draft, line: Line) -> None:
        """A line under a resolution number ("Resolution number KR/2024/61"): who moved it is
        no part of it, the outcome closes it, and its lettered or numbered points ("a) ...")
        are entries of their own (the lead-in "That the Board:" before them is not)."""
        if _MOVER_LABEL.match(line.text) or (d.cue is not None and d.cue.end and d.cue.end.match(line.text)):
            return
        pm = point_marker(line.text)
        if pm is not None and pm.rest and pm.style != "bullet":
            if d.entries and d.entries[-1].rstrip().endswith(":") and len(d.entries[-1]) < 120:
                d.entries.pop()  # "That the Kōwhai Ridge Local Board:" introduced the points
            d.add_entry(pm.rest)
            return
        d.extend_entry(line.text)

    def _narrative(self, line: Line) -> None:
        cur = self.current
        kind = self.base
        if not self.seen_marker:
            if cur is None and (self.preamble == "purpose" or is_purpose(line.text)):
                self.open("purpose", line)
                return
            if self.preamble == "purpose":
                kind = "other"  # agenda text before the "Minutes:" marker
        if (
            cur is not None
            and cur.kind == kind
            and (cur.cue is None or kind in ("minutes", "report_section"))
        ):
            cur.lines.append(line)
        else:
            self.open(kind, line)

    def finish(self) -> list[Draft]:
        for k, d in enumerate(self.drafts):
            d.entries = [e for e in d.entries if e.strip()]
            if d.kind == "resolution":  # "Moved by: Councillor Mah" under "Resolution No. 2024-88"
                kept = [e for e in d.entries if not _MOVER_LABEL.match(e) and not _VOTE_LIST.match(e)]
                d.entries = _without_recitals(kept)
            if d.cue is not None and d.cue.reject is not None and d.cue.reject.search(d.lines[-1].text):
                d.entries = []  # "... Deferred.": the motion did not pass
            if d.kind == "resolution" and d.style == "plain" and (d.cue is None or not d.cue.join):
                # "... (Item 3) AND THAT the Council makes a scheme ...": run-on points
                d.entries = [p.strip() for e in d.entries for p in _MID_AND_THAT.split(e) if p.strip()]
            if (
                d.kind == "resolution"
                and d.style == "decimal2"
                and d.cue is not None
                and d.cue.id == "decision"
                and any(x.kind == "resolution" for x in self.drafts[k + 1 :])
            ):
                # "Decisions:" over the minute's numbered paragraphs (17.1 ... 17.4 Resolved -):
                # the paragraphs are the minutes, the later "Resolved" is the decision
                d.kind, d.entries = "minutes", []
        return self.drafts


#: a decision cue after a sentence inside a paragraph: "Members asked about the overspend.
#: RESOLVED that:", "... were discussed. It was resolved to defer the item."
_MID_DECISION = re.compile(
    r"(?<=[.!?])\s+(?=(?:(?:It|it) was (?:unanimously |further )?)?"
    r"(?:RESOLVED\b|Resolved\s*(?:[:\u2013\u2014-]|that\b|to\b)|resolved (?:that|to)\b|AGREED\b)"
    r"|ACTIONS?\s*:)"
    # Irish minutes run the decision on after its proposer and seconder, with no full stop:
    # "It was proposed by Cllr. X Seconded by Cllr. Y And Resolved: That ..."
    r"|(?<=\S)\s+(?=(?:And|AND) (?:Resolved|RESOLVED|Agreed|AGREED)\b"
    r"\s*[:\u2013\u2014-]?\s*[\"\u201c]?(?:That|THAT|To)\b)"
)


_MID_WORDS = ("esolved", "ESOLVED", "AGREED", "Agreed", "ACTION")


def _mid_decision(line: Line) -> tuple[Line, Line] | None:
    """A line split where a decision cue starts mid-paragraph, or None.

    >>> head, tail = _mid_decision(Line("Members asked about costs. RESOLVED that the report be noted."))
    >>> head.text, tail.text, tail.first
    ('Members asked about costs.', 'RESOLVED that the report be noted.', False)
    >>> _mid_decision(Line("The Cabinet resolved to note it.")) is None
    True
    """
    if not any(w in line.text for w in _MID_WORDS):
        return None
    m = _MID_DECISION.search(line.text)
    if m is None:
        return None
    head, tail = line.text[: m.start()], line.text[m.end() :]
    return replace(line, text=head), replace(line, text=tail, first=False)


_POINTS_LEAD_IN = re.compile(r"(?::\s*[-\u2013\u2014]?|\b(?:that|resolved|agreed))\s*$", re.I)
_POINT_LABEL_END = re.compile(r"\(?[\w.]{1,4}\)?\s*$")


def _points_inside_clause(text: str, first: str) -> bool:
    """Whether inline points sit inside one resolution's clause ("That the disposal be
    approved ..., subject to (1) ... and (2) ...") rather than making the resolution
    ("(a) That X be noted, and (b) that Y be approved").

    >>> _points_inside_clause("That the sale of the house at 12 Ash Row to J. Smith be approved, subject "
    ...     "to (1) an exchange; and (2) no mortgage.", "an exchange; and")
    True
    >>> _points_inside_clause("(a) That X be noted, and (b) that Y be approved", "That X be noted, and")
    False
    """
    head = _POINT_LABEL_END.sub("", text[: max(text.find(first), 0)]).strip()
    return len(head) > 60 and not _POINTS_LEAD_IN.search(head)


def _follows(para: Point, pm: Point) -> bool:
    """Whether point ``pm`` is the paragraph after ``para`` ("5." then "6.", "(b)" then "(c)").

    >>> _follows(Point("decimal", "5", ""), Point("decimal", "6", "Next"))
    True
    >>> _follows(Point("decimal", "5", ""), Point("decimal", "1", "a point"))
    False
    """
    if pm.style != para.style:
        return False
    if para.label.isdigit() and pm.label.isdigit():
        return int(pm.label) == int(para.label) + 1
    if len(para.label) == 1 and len(pm.label) == 1 and para.style in ("alpha", "ALPHA"):
        return ord(pm.label) == ord(para.label) + 1
    return False


#: the column of a minutes table that records what was decided on each row
_DECISION_COLUMN = re.compile(
    r"(?:committee\s+)?(?:decision|outcome|resolution|resolved|recommendation|result|disposition)s?\s*:?",
    re.I,
)


def table_decisions(table: TableData) -> list[str]:
    """The cells of a minutes table's decision column ("Recommendation", "Decision", "Outcome"):
    one resolution per row (grant applications: "Approved. Meets the criteria ...").

    >>> table_decisions(TableData(header=["Applicant", "Amount", "Decision"],
    ...                           rows=[["Scouts", "£500", "Approved."], ["Club", "£900", ""]]))
    ['Approved.']
    """
    col = next((k for k, h in enumerate(table.header) if _DECISION_COLUMN.fullmatch(h.strip())), None)
    if col is None:
        return []
    cells = [_BLANKS.sub(" ", row[col]).strip() for row in table.rows if len(row) > col and row[col].strip()]
    if table.header[col].strip() in cells:
        return []  # no header row: "Resolution" is a row's type, as in the rows below it
    return cells


_COLON_LETTER = re.compile(r"^([A-H])\s*:\s+(\S.*)$")


def _colon_letter(text: str) -> Point | None:
    """A capital letter and colon opening a list point ("A:  Welcomes the plan"), read only
    inside list sections (elsewhere "A:" is an answer).

    >>> _colon_letter("B:        Agrees the recommendations.")
    Point(style='ALPHA', label='B', rest='Agrees the recommendations.')
    """
    m = _COLON_LETTER.match(text)
    return Point("ALPHA", m.group(1), m.group(2).strip()) if m else None


def _label_over_one_sentence(d: Draft, line: Line) -> bool:
    """Whether a recommendation under a label alone on its line ("Recommended Action:" over
    "Approve the minutes.", US action minutes) ended with its one line: a full stop ends that
    line and a capital opens the next, which is the minutes' narrative though no blank line
    parts them."""
    if d.kind != "recommendation" or d.style != "plain" or len(d.lines) != 2 or len(d.entries) != 1:
        return False
    head = d.lines[0].text.rstrip()
    label = match_section(head)
    if label is None or not head.endswith(":") or len(label[1].split()) > 2:
        return False
    return d.lines[1].text.rstrip().endswith(".") and line.text[:1].isupper()


def _sole_point_of_lead_in(d: Draft, line: Line) -> bool:
    """Whether line is the one unlettered point under a resolution's bare lead-in ending in a
    colon ("That the Council:" over "Accepts the apology from Cr Tairoa.", NZ minutes).

    >>> lead = Draft("resolution", style="plain", entries=["That the Council:"])
    >>> _sole_point_of_lead_in(lead, Line("Accepts the apology from Cr Ben Tairoa."))
    True
    >>> _sole_point_of_lead_in(lead, Line("the meeting then adjourned"))
    False
    """
    if d.kind != "resolution" or d.style != "plain" or len(d.entries) != 1:
        return False
    text = line.text.rstrip()
    return colon_lead_in(d.entries[0]) and text[:1].isupper() and text.endswith((".", ";"))


def _same_paragraph(d: Draft, line: Line) -> bool:
    prev = d.lines[-1]
    return prev.block == line.block and not line.first


#: a line of a recorded vote ("Aye: 5 - ...", "NOES: Lee", "Against (2)"): absentees listed
#: after it belong to the vote, not to the meeting's attendance
_VOTE_LABEL = re.compile(
    r"^(?:ayes?|nays?|noes|yeas?|for|against|abstain\w*|abstentions?)\s*[:(\-\u2013]", re.I
)
#: a paragraph opening with a label of its own ("Karakia T\u012bmatanga:", "Venue:")
_OTHER_LABEL = re.compile(r"^[A-Z][^\s:,.]*(?:\s+[A-Z\u0100-\u017f][^\s:,.]*){0,3}\s*:\s*\S")


def _names_continue(d: Draft, line: Line) -> bool:
    """Whether a line continues an attendance list (a wrapped list of names).

    >>> d = Draft("attendance", [Line("o Commissioners Absent: Ann Vale, Rob Ash")])
    >>> _names_continue(d, Line("\u2022 Minutes approved \u2013 A. Vale (motion), R. Ash", first=False))
    False
    >>> d = Draft("attendance", [Line("Present"), Line("Councillor Fiona Grant", block=1)])
    >>> _names_continue(d, Line("Karakia T\u012bmatanga: Given by Councillor Walker", block=2))
    False
    >>> _names_continue(Draft("attendance", [Line("PRESENT")]), Line("Chairperson: Aroha Tane", block=1))
    True
    """
    opener, pm = point_marker(d.lines[0].text), point_marker(line.text)
    if opener is not None and pm is not None and line.text[:1] != d.lines[0].text[:1]:
        return False  # "o Absent: ..." then "\u2022 Minutes approved ...": the outer list resumes
    if _same_paragraph(d, line):
        return True
    if (
        _OTHER_LABEL.match(line.text)
        and match_attendance(line.text) is None
        and not members_label(line.text)
        and role_labelled(line.text, "present") is None  # "Chairperson: Aroha Tane" is one
    ):
        return False  # a new paragraph "Karakia T\u012bmatanga: ..." after the names: not a name
    if not d.lines[-1].text.rstrip().endswith("."):
        return True
    words = [w for w in re.findall(r"[A-Za-z][\w'\u2019.-]*", line.text)]
    if not words or len(line.text) > 400:
        return False
    caps = sum(w[0].isupper() for w in words) / len(words)
    return caps >= 0.6 and ("," in line.text or "(" in line.text)


def assemble(lines: list[Line], base: str = "minutes", preamble: str | None = None) -> list[Draft]:
    """Typed section drafts for one item's lines (see :class:`Assembler`)."""
    asm = Assembler(base=base, preamble=preamble)
    for line in lines:
        asm.feed(line)
    return asm.finish()


_SENT = re.compile(
    r"(?<=[.!?])\s+(?=[A-Z\u201c\"(])"
    r"|(?<=[.!?;:\-\u2013])\s*\n\s*(?=(?:\d{1,3}(?:\.\d{1,2})+\.?|[-\u2022*\u2013])\s)"
)
#: the same split points, found from the punctuation (a pattern that starts with a character
#: set is scanned much faster than one that starts with a look-behind)
_SENT_FAST = re.compile(r"[.!?](\s+)(?=[A-Z\u201c\"(])")
#: a line that opens a numbered paragraph or a bullet after a line ending in punctuation:
#: "... action plan." then "4.4 The Cabinet Member undertook ...", "... close;" then "- Members agreed"
_POINT_LINE = re.compile(r"[.!?;:\-\u2013](\s*\n\s*)(?=(?:\d{1,3}(?:\.\d{1,2})+\.?|[-\u2022*\u2013])\s)")


#: a paragraph number or bullet opening a sentence: not part of who undertook the action
_LEADING_POINT = re.compile(r"^(?:\d{1,3}(?:\.\d{1,2})+\.?|[-\u2022*\u2013])\s+")
#: a label line over a written answer: "Response", "Supplementary response", "Reply:", "Answer
#: from the Mayor"
_QA_LABEL_LINE = re.compile(
    r"^(?:[A-Z][\w'\u2019-]*\s+){0,3}(?:response|reply|answer)"
    r"(?:[ \t]+(?:from|by)(?:[ \t]+[\w'\u2019-]+){1,5})?\s*:?\n",
    re.I,
)


def split_sentences(text: str) -> list[str]:
    """``_SENT.split(text)``, and a cut before a numbered paragraph or a bullet on a new line:
    a split point is a whole run of white space after ".", "!" or "?" and before a capital,
    quote or bracket (a run cannot start inside another run, so each ``_SENT`` match is the
    white space of one ``_SENT_FAST`` match, and the reverse), or the line break before
    "4.4 " or "- " after a line ending in punctuation.

    A person's title before its full stop ("Mr.", "Cllr.": ``person_titles.txt``) ends no
    sentence.

    >>> split_sentences("He left.  She stayed! (Then) why? no")
    ['He left.', 'She stayed!', '(Then) why? no']
    >>> split_sentences("It was included.\\n4.4 The Director undertook to write;\\n- Members agreed.")
    ['It was included.', '4.4 The Director undertook to write;', '- Members agreed.']
    >>> split_sentences("Mr. Smith left. Dr. Patel stayed.")
    ['Mr. Smith left.', 'Dr. Patel stayed.']
    """
    cuts = sorted({m.span(1) for rx in (_SENT_FAST, _POINT_LINE) for m in rx.finditer(text)})
    out = []
    prev = 0
    titles = _titles()
    for start, end in cuts:
        if start < prev or (text[start - 1] == "." and _word_before(text, start - 1) in titles):
            continue
        out.append(text[prev:start])
        prev = end
    out.append(text[prev:])
    return out


_LAST_WORD = re.compile(r"[A-Za-z]+$")


def _word_before(text: str, end: int) -> str:
    """The letters that end ``text[:end]`` ("" when a letter does not end it)."""
    m = _LAST_WORD.search(text[max(0, end - 16) : end])
    return m.group() if m else ""


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """One-word person titles (the lexicon's, from ``person_titles.txt``), as written."""
    return frozenset(t for t in load_lexicon().person_titles if " " not in t)


#: words that make an owner candidate a clause ("the Director pointed out that a solution")
_CLAUSE = re.compile(
    r"\b(?:that|which|said|pointed|noted|advised|confirmed|explained|stated|was|were|is|are|had|has)\b"
)


def narrative_actions(text: str) -> list[Action]:
    """Undertakings minuted in narrative text ("The Director offered to circulate ...").

    >>> text = "The Chair thanked officers. The Director offered to circulate the data."
    >>> [a.owner for a in narrative_actions(text)]
    ['The Director']
    >>> text = "The Head of Service would provide an updated plan at the next meeting."
    >>> [a.owner for a in narrative_actions(text)]
    ['The Head of Service']
    >>> narrative_actions("The new hub would provide support to families at the next stage.")
    []
    """
    out: list[Action] = []
    # cues whose required words (if known) are in the text; per sentence, the same test
    low = fold_for_needles(text)
    cues = [
        (cue, needles if low is not None else None)
        for cue, needles in zip(action_cues(), action_needles(), strict=True)
        if low is None or needles is None or any(n in low for n in needles)
    ]
    if not cues:
        return out
    # "4.4 The Director ...", and a question paper's label line over the answer ("Supplementary response")
    sents = [_QA_LABEL_LINE.sub("", _LEADING_POINT.sub("", s.strip())) for s in split_sentences(text)]
    for k, sent in enumerate(sents):
        low_sent = sent.lower() if low is not None else ""
        for cue, needles in cues:
            if needles is not None and not any(n in low_sent for n in needles):
                continue  # no match can lack all of them
            m = cue.regex.search(sent)
            if not m:
                continue
            found, owner = cue_owner(cue, sent, m, sents[k - 1] if k else "")
            if not found:
                continue  # "The new service would provide support": no one undertook anything
            out.append(Action(text=sent.strip(), owner=owner))
            break
    return out


def decision_actions(points: list[str]) -> list[Action]:
    """Decisions that a named person do something, by the action cues searched in decisions.

    >>> points = ["That Ben Lockett circulate the plan to members.", "That the report be noted."]
    >>> [a.owner for a in decision_actions(points)]
    ['Ben Lockett']
    """
    cues = [c for c in action_cues() if c.in_decisions]
    out: list[Action] = []
    for point in points:
        for cue in cues:
            m = cue.regex.search(point)
            if m is None:
                continue
            found, owner = cue_owner(cue, point, m, "")
            if found:
                out.append(Action(text=point.strip(), owner=owner))
                break
    return out


def cue_owner(cue: Cue, sent: str, m: re.Match[str], previous: str) -> tuple[bool, str | None]:
    """Whether a matched action cue records an undertaking, and its owner (see
    :class:`~minutesmine.segment.owners.OwnerFrom`); a bracket or quote opening the
    sentence is not part of the owner's name."""
    head = sent[: m.start()].strip().lstrip("(\u201c\"'[ ")
    if cue.owner_from is OwnerFrom.NONE:
        return True, None
    if cue.owner_from is OwnerFrom.CLAUSE:
        raw = (m.groupdict().get("who") or "").strip()
        who = clause_subject(raw) or (raw if cue.owner is not None and cue.owner.fullmatch(raw) else None)
        return True, who if who and (cue.owner is None or cue.owner.search(who)) else None
    if cue.owner_from is OwnerFrom.SUBJECT:
        subject = sentence_subject(head, previous, cue.owner)
        return subject is not None, subject
    parts = re.split(r",\s*|\b(?:and|but|who|which)\s+", head) if head else [""]
    before = parts[-1].strip()
    if cue.owner is not None:
        # the shortest run of trailing clauses naming a role: "The Head of Service,
        # Sufficiency & Permanency would provide ..."
        fits = [", ".join(parts[-k:]).strip() for k in range(1, min(3, len(parts)) + 1)]
        before = next((f for f in fits if cue.owner.search(f) and not _CLAUSE.search(f)), "")
        if not before:
            return False, None
    return True, before or None


def fill_item(item: AgendaItem, drafts: list[Draft], narrative_kinds: frozenset[str]) -> AgendaItem:
    """Turn drafts into the item's sections and list fields."""
    rows: list[str] = []  # decisions of a minutes table's rows: two rows decided alike are two
    for d in drafts:
        if not d.lines:
            continue
        text = d.text
        item.sections.append(
            Section(kind=d.kind, heading=d.heading, number=d.number, text=text, pages=d.pages)
        )
        if d.kind == "table" and d.table is not None:
            item.resolutions.extend(d.entries)  # a minutes table's decision column
            rows.extend(d.entries)
            item.tables.append(
                Table(
                    caption=d.table.caption,
                    header=list(d.table.header),
                    rows=[list(r) for r in d.table.rows],
                    page=d.lines[0].page,
                )
            )
        elif d.kind == "purpose" and item.purpose is None:
            body = " ".join(ln.text for ln in d.lines[1:]) if d.heading else d.lines[0].text
            if d.heading is None and match_section(body) is not None and len(d.lines) > 1:
                body = d.lines[1].text
            item.purpose = body.strip() or None
        elif d.kind == "recommendation":
            if not restates(d.entries, item.recommendations):
                item.recommendations.extend(d.entries)
        elif d.kind == "conclusion":
            item.conclusions.extend(d.entries)
        elif d.kind == "resolution":
            item.resolutions.extend(d.entries)
            item.actions.extend(decision_actions(d.entries))
        elif d.kind == "information_request":
            item.information_requests.extend(d.entries)
        elif d.kind == "action":
            for e in d.entries:
                item.actions.append(Action(text=e, owner=_owner(e)))
        if d.kind in narrative_kinds:
            item.actions.extend(narrative_actions(text))
            item.information_requests.extend(narrative_requests(text))
    _narrative_resolutions(item, [_paragraphs(d) for d in drafts if d.lines and d.kind in narrative_kinds])
    for name in ("recommendations", "conclusions", "resolutions", "information_requests"):
        setattr(item, name, dedupe(getattr(item, name), rows if name == "resolutions" else ()))
    kept = set(dedupe([a.text for a in item.actions]))
    actions: list[Action] = []
    for a in item.actions:
        if a.text in kept:
            kept.discard(a.text)
            actions.append(a)
    item.actions = actions
    item.pages = sorted({p for s in item.sections for p in s.pages})
    return item


def _paragraphs(d: Draft) -> list[str]:
    """A draft's lines joined into its paragraphs (a block's lines run on, up to a line
    opening a point)."""
    out: list[str] = []
    prev: Line | None = None
    for ln in d.lines:
        wrapped = prev is not None and _wrapped(prev, ln)
        prev = ln
        if out and (not ln.first or wrapped) and point_marker(ln.text) is None:
            out[-1] = f"{out[-1]} {ln.text}"
        else:
            out.append(ln.text)
    return out


def _wrapped(prev: Line, line: Line) -> bool:
    """Whether a line continues the previous one's sentence across a block break (a PDF or
    Markdown line per block): the previous is a long line, not a heading, ending mid-sentence."""
    text = prev.text.rstrip()
    return len(text) >= 50 and not (prev.bold or prev.heading) and not text.endswith(_PARA_ENDS)


_PARA_ENDS = (".", "!", "?", ":", ";", "\u201d", '"')


def _narrative_resolutions(item: AgendaItem, sections: list[list[str]]) -> None:
    """Add the decisions minuted in narrative sentences; plain outcomes ("The Committee
    noted the update.") only where the item has no labelled resolution."""
    labelled = bool(item.resolutions)
    for paragraphs in sections:
        found = narrative_decisions(paragraphs)
        item.resolutions.extend(found.always)
        head = _fold(item.title or "")[:40]
        # an item's own title ("Accept a grant of $9,000 from ...") restated is not a recommendation
        item.recommendations.extend(
            r for r in found.recommendations if len(head) < 10 or not _fold(r).startswith(head)
        )
        if not labelled:
            item.resolutions.extend(found.unlabelled)


_WORD = re.compile(r"[a-z]{4,}")
#: words every recommendation uses, which say nothing about what it recommends
_RESTATE_STOP = frozenset(
    {
        "that",
        "this",
        "with",
        "from",
        "have",
        "been",
        "will",
        "would",
        "should",
        "report",
        "committee",
        "council",
        "recommended",
        "recommendation",
        "recommendations",
        "note",
        "noted",
        "approve",
        "approved",
        "agree",
        "agreed",
        "above",
        "following",
        "set",
        "out",
        "being",
        "which",
        "their",
        "there",
    }
)


def _stems(text: str) -> set[str]:
    return {w[:6] for w in _WORD.findall(text.lower()) if w not in _RESTATE_STOP}


def restates(entries: list[str], earlier: list[str]) -> bool:
    """Whether a section's recommendations restate earlier ones in other words (a report's body
    repeating its summary): no more points than before, and each one mostly says what was said
    (a longer list after a one-line summary spells it out, and counts).

    >>> first = ["the result of the consultation be noted;", "the crossing be approved, residents told."]
    >>> restates(["Note the consultation result.", "Residents to be told of the crossing decision."], first)
    True
    >>> restates(["That the orchestra be commissioned to play."], first)
    False
    >>> restates(["the crossing be approved", "the consultation be noted", "residents be told"], first)
    False
    """
    if not earlier or not entries or len(entries) > len(earlier):
        return False
    said = set().union(*(_stems(e) for e in earlier))
    for entry in entries:
        words = _stems(entry)
        if not words or len(words & said) < 0.5 * len(words):
            return False
    return True


def _fold(text: str) -> str:
    """Text folded for comparing entries: lower case, letters and digits, single spaces.

    >>> _fold("The  report be NOTED;")
    'the report be noted'
    """
    return " ".join(_NOT_WORD.sub(" ", text.lower()).split())


def _same_entry(a: str, b: str) -> bool:
    """Whether two folded entries say the same thing: equal, or the shorter one is contained
    in the longer and is most of it (a "Decision:" block repeated in the minutes, with a
    trailing "Voting: unanimous" or "; and")."""
    short, long = sorted((a, b), key=len)
    return bool(short) and short in long and len(short) >= 0.8 * len(long)


def dedupe(entries: list[str], rows: Sequence[str] = ()) -> list[str]:
    """List entries without repeats; of two near-identical entries the longer is kept, in
    the first one's place. Entries that are ``rows`` (a table's cells, one a row) are each
    kept: two rows decided alike ("Approved.") are two decisions.

    >>> dedupe(["the report be noted; and", "X be approved.", "The report be noted.", "Y"])
    ['the report be noted; and', 'X be approved.', 'Y']
    >>> dedupe(["the grant to the Club be approved", "the grant to the Club be approved. Carried."])
    ['the grant to the Club be approved. Carried.']
    >>> dedupe(["Note the report", "Note the report and agree the plan for 2025/26 onwards"])
    ['Note the report', 'Note the report and agree the plan for 2025/26 onwards']
    >>> dedupe(["£500 approved. Meets the criteria.", "Approved. Meets the criteria.", "Approved."], rows=[
    ...     "£500 approved. Meets the criteria.", "Approved. Meets the criteria.", "Approved."])
    ['£500 approved. Meets the criteria.', 'Approved. Meets the criteria.', 'Approved.']
    """
    out: list[str] = []
    folded: list[str] = []
    left = Counter(rows)
    for e in entries:
        f = _fold(e)
        if left[e] > 0:
            left[e] -= 1
            out.append(e)
            folded.append(f)
            continue
        k = next((i for i, g in enumerate(folded) if _same_entry(f, g)), None)
        if k is None:
            out.append(e)
            folded.append(f)
        elif len(f) > len(folded[k]):
            out[k], folded[k] = e, f
    return out


_OWNER_TAG = re.compile(
    r"\((?:owner|lead(?: officer)?|responsible(?: officer)?|action by|by)\s*[:\-\u2013]\s*([^()]{2,80})\)",
    re.I,
)


def _owner(entry: str) -> str | None:
    """The owner of an "ACTION: owner" entry: a tagged owner "(Owner: X)", else the text
    before a dash or "to", else the whole.

    >>> _owner("Strategic Director, Children's Services")
    "Strategic Director, Children's Services"
    >>> _owner("Head of Service to circulate the data")
    'Head of Service'
    >>> _owner("Investigate whether transitions can be added to the work plan. (Owner: Scrutiny Officer)")
    'Scrutiny Officer'
    """
    tag = _OWNER_TAG.search(entry)
    if tag:
        return tag.group(1).strip().rstrip(".") or None
    head = re.split(r"\s+[\u2013\u2014-]\s+|\s*:\s+|\s+to\s+(?=[a-z])", entry, maxsplit=1)[0].strip()
    return head.rstrip(".") or None
