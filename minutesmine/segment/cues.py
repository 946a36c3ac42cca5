"""Cue phrases for segmentation, loaded from ``models/cues/*.jsonl`` and compiled once.

Every cue is data: a regular expression matched at the start of a line (or, for narrative
actions, anywhere in a sentence) plus the label it gives. New council wordings become new
rows in the JSONL files, not new code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

try:  # the regex parser: re._parser from Python 3.11, sre_parse before
    import re._parser as _sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre_parse  # type: ignore[no-redef]

from minutesmine.assets import asset_path, read_jsonl
from minutesmine.needles import fold_for_needles
from minutesmine.segment.owners import OwnerFrom

__all__ = [
    "Cue",
    "action_cues",
    "action_needles",
    "attendance_cues",
    "chrome_cues",
    "councils",
    "cover_labels",
    "fold_for_needles",
    "is_chrome",
    "is_role_line",
    "is_vote",
    "match_attendance",
    "match_section",
    "may_match",
    "not_committee_cues",
    "purpose_cues",
    "report_heading_kind",
    "required_literals",
    "section_cues",
    "standalone_resolution",
    "strip_trailing_chrome",
    "vote_cues",
]


@dataclass(frozen=True, slots=True)
class Cue:
    """One compiled cue: its id, the label it gives and its options."""

    id: str
    label: str
    regex: re.Pattern[str]
    join: bool = False
    entry: str | None = None
    role: str | None = None
    end: re.Pattern[str] | None = None
    owner: re.Pattern[str] | None = None  # narrative actions: the owner must match this
    anywhere: bool = False  # procedural titles: an item even unnumbered among numbered items
    #: a section's last line matching this records a motion that did not pass ("Deferred.",
    #: "Motion Defeated"): its text is not a resolution
    reject: re.Pattern[str] | None = None
    owner_from: OwnerFrom = OwnerFrom.BEFORE  # narrative actions: where the owner is written
    #: narrative actions: a line opening with this cue ends a decision's text before it
    #: ("RESOLVED – that the Clerk write ..." then "Clerk to action.")
    ends_decision: bool = False
    #: narrative actions: also searched in the item's decisions ("Agreed:- That Ben Lockett
    #: circulate the action plan"): a decision that a named person do something
    in_decisions: bool = False
    #: procedural titles: an unnumbered heading over the attendance list ("ROLL CALL" over
    #: "PRESENT: ...") is an item, though items are numbered after it
    opens_meeting: bool = False
    #: procedural titles: a ceremony said at the opening ("Pledge of Allegiance.", a prayer):
    #: an opening heading over it still holds the attendance list that follows it
    opening_ceremony: bool = False


def _compile(pattern: str, case_sensitive: bool = False, whole: bool = False) -> re.Pattern[str]:
    flags = 0 if case_sensitive else re.IGNORECASE
    return re.compile(f"(?:{pattern})\\s*$" if whole else pattern, flags)


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


#: a repeat this long at a pattern's start skips ahead over the text ("[^.]{0,160}?")
_SKIP_AHEAD = 20


@dataclass(frozen=True)
class _Family:
    """A cue family, matched as one: its cues combined in one regex (:func:`_build_combined`),
    but those whose pattern opens by skipping ahead over the text ("[^.]{0,160}?\\bthe
    following ..."), which would be tried at every character of every line: those are tried
    alone, only on lines holding their required words (:func:`required_literals`), and only
    when no cue before them matches."""

    cues: tuple[Cue, ...]
    gated: tuple[int, ...]  # the cues that skip ahead and have required words, in order
    needs: tuple[frozenset[str], ...]  # ... their required words
    combined: re.Pattern[str] | None  # the others, or None when they cannot be combined

    def first(self, text: str) -> tuple[Cue, int] | None:
        """The first cue, in order, whose regex matches at the start of ``text``, and where
        its match ends."""
        if self.combined is None:
            for c in self.cues:
                m = c.regex.match(text)
                if m:
                    return c, m.end()
            return None
        m = self.combined.match(text)
        best = int(m.lastgroup[1:]) if m is not None and m.lastgroup is not None else len(self.cues)
        low = fold_for_needles(text) if self.gated and self.gated[0] < best else ""
        for k, need in zip(self.gated, self.needs, strict=True):
            if k >= best:
                break
            if low is not None and not any(n in low for n in need):
                continue  # (each tried when the words cannot be told: see fold_for_needles)
            g = self.cues[k].regex.match(text)
            if g:
                return self.cues[k], g.end()
        return (self.cues[best], m.end()) if m is not None and best < len(self.cues) else None


def _family(cues: tuple[Cue, ...]) -> _Family:
    """A cue family's :class:`_Family`, built once per tuple (keyed by identity: hashing the
    cues on every call would cost more than the matching)."""
    hit = _COMBINED.get(id(cues))
    if hit is None or hit.cues is not cues:
        if len(_COMBINED) > 64:
            _COMBINED.clear()
        gated = [(k, _gate(c.regex)) for k, c in enumerate(cues)]
        kept = [(k, need) for k, need in gated if need is not None]
        hit = _COMBINED[id(cues)] = _Family(
            cues,
            tuple(k for k, _ in kept),
            tuple(need for _, need in kept),
            _build_combined(cues, {k for k, _ in kept}),
        )
    return hit


_COMBINED: dict[int, _Family] = {}


def _gate(rx: re.Pattern[str]) -> frozenset[str] | None:
    """The required words of a pattern that opens by skipping ahead (past optional words, a
    repeat of :data:`_SKIP_AHEAD` or more), when they are words (3 letters or more); else None.

    >>> sorted(_gate(re.compile(r"(?:the )?[^.]{0,60}?\\brequested the following", re.I)))
    ['requested the following']
    >>> _gate(re.compile(r"resolved\\s*:", re.I)) is None
    True
    """
    try:
        parsed = list(_sre_parse.parse(rx.pattern, rx.flags))
    except Exception:  # pragma: no cover - a pattern this parser reads differently
        return None
    for op, av in parsed:
        if op not in (_sre_parse.MAX_REPEAT, _sre_parse.MIN_REPEAT):
            return None
        low, high, _ = av
        if high >= _SKIP_AHEAD:
            need = required_literals(rx)
            return need if need and min(map(len, need)) >= 3 else None
        if low > 0:
            return None
    return None


def _build_combined(
    cues: tuple[Cue, ...], left_out: set[int] | frozenset[int] = frozenset()
) -> re.Pattern[str] | None:
    """One regex trying every cue in order (``(?P<_k>...)`` per cue, its own case flag), but
    those ``left_out``.

    ``match`` on it finds the first cue, in order, that matches at the start, ending where
    that cue's own match ends; None when a pattern cannot be combined (global inline flags).
    """
    parts = []
    for k, c in enumerate(cues):
        if _GLOBAL_FLAGS.search(c.regex.pattern):
            return None
        if k in left_out:
            continue
        flag = "(?i:" if c.regex.flags & re.IGNORECASE else "(?:"
        parts.append(f"(?P<_{k}>{flag}{c.regex.pattern}))")
    try:
        return re.compile("|".join(parts)) if parts else re.compile("(?!)")
    except re.error:
        return None


#: Longest text whose :func:`first_match` answer is remembered while its document is
#: segmented (a line, not a paragraph: a paragraph is asked about once).
MEMO_TEXT = 300

_Answers = dict[tuple[int, str], "tuple[Cue, int] | None"]
_DOCUMENT_ANSWERS: ContextVar[_Answers | None] = ContextVar("minutesmine_cue_answers", default=None)


@contextmanager
def one_document() -> Iterator[None]:
    """Remember :func:`first_match` answers while one document is segmented, and forget
    them after it: the segmenter asks about most of a document's lines several times
    (is it chrome, an attendance opener, a section cue ...), and nothing is kept from one
    document to the next."""
    token = _DOCUMENT_ANSWERS.set({})
    try:
        yield
    finally:
        _DOCUMENT_ANSWERS.reset(token)


def first_match(cues: tuple[Cue, ...], text: str) -> tuple[Cue, int] | None:
    """The first cue (in order) whose regex matches at the start of ``text``, and where its
    match ends; one regex search instead of one per cue.

    >>> cue, end = first_match(section_cues(), "Resolved:  That the update be noted.")
    >>> cue.label, end
    ('resolution', 9)
    """
    answers = _DOCUMENT_ANSWERS.get()
    if answers is None or len(text) > MEMO_TEXT:
        return _first_match(cues, text)
    key = (id(cues), text)
    if key in answers:
        return answers[key]
    answers[key] = got = _first_match(cues, text)
    return got


def _first_match(cues: tuple[Cue, ...], text: str) -> tuple[Cue, int] | None:
    return _family(cues).first(text)


def _cues(name: str, label_key: str, whole: bool = False) -> tuple[Cue, ...]:
    out = []
    for i, rec in enumerate(read_jsonl("cues", name)):
        out.append(
            Cue(
                id=rec.get("id", f"{name}:{i}"),
                label=rec.get(label_key, ""),
                regex=_compile(rec["pattern"], rec.get("case_sensitive", False), whole),
                join=rec.get("join", False),
                entry=rec.get("entry"),
                role=rec.get("role"),
                end=_compile(rec["end"]) if rec.get("end") else None,
                owner=_compile(rec["owner"]) if rec.get("owner") else None,
                anywhere=rec.get("anywhere", False),
                reject=_compile(rec["reject"]) if rec.get("reject") else None,
                owner_from=OwnerFrom(rec.get("owner_from", "before")),
                ends_decision=rec.get("ends_decision", False),
                in_decisions=rec.get("in_decisions", False),
                opens_meeting=rec.get("opens_meeting", False),
                opening_ceremony=rec.get("opening_ceremony", False),
            )
        )
    return tuple(out)


@lru_cache(maxsize=1)
def section_cues() -> tuple[Cue, ...]:
    """Section markers (``models/cues/sections.jsonl``), label = section kind."""
    return _cues("sections.jsonl", "kind")


@lru_cache(maxsize=1)
def standalone_cues() -> tuple[Cue, ...]:
    """Unlabelled resolution paragraphs (``models/cues/standalone_resolutions.jsonl``)."""
    return _cues("standalone_resolutions.jsonl", "id")


def standalone_resolution(line: str) -> Cue | None:
    """The cue of an unlabelled resolution paragraph ("That the report be noted."), if any.

    >>> standalone_resolution("That the verbal update be noted.").id
    'that_be_verbed'
    >>> standalone_resolution("That, whilst the aims are supported, costs be considered.") is None
    True
    >>> standalone_resolution("that the report be noted") is None
    True
    """
    if not line.startswith("That"):
        return None
    hit = first_match(standalone_cues(), line)
    return hit[0] if hit is not None else None


@lru_cache(maxsize=1)
def chrome_cues() -> tuple[Cue, ...]:
    """Boilerplate lines to drop (``models/cues/chrome.jsonl``), matched as whole lines."""
    return _cues("chrome.jsonl", "id", whole=True)


@lru_cache(maxsize=1)
def purpose_cues() -> tuple[Cue, ...]:
    """Openers of an agenda item's purpose line (``models/cues/purpose.jsonl``)."""
    return _cues("purpose.jsonl", "id")


@lru_cache(maxsize=1)
def attendance_cues() -> tuple[Cue, ...]:
    """Attendance list openers (``models/cues/attendance.jsonl``), label = status."""
    return _cues("attendance.jsonl", "status")


@lru_cache(maxsize=1)
def action_cues() -> tuple[Cue, ...]:
    """Narrative undertakings (``models/cues/actions.jsonl``), searched within sentences."""
    return _cues("actions.jsonl", "id")


def ends_decision(line: str) -> bool:
    """Whether a line opens with an action that ends the decision before it ("Clerk to action.").

    >>> ends_decision("Clerk to action."), ends_decision("The Clerk reported on the grant.")
    (True, False)
    """
    return any(c.ends_decision and c.regex.match(line) for c in action_cues())


@lru_cache(maxsize=1)
def action_needles() -> tuple[frozenset[str] | None, ...]:
    """For each of :func:`action_cues`, words one of which every match of its regex holds
    (lower case, see :func:`required_literals`), or None."""
    return tuple(required_literals(c.regex) for c in action_cues())


def required_literals(rx: re.Pattern[str]) -> frozenset[str] | None:
    """ASCII strings (lower case) one of which every match of ``rx`` contains, ignoring case;
    None when none can be read off the pattern. The most selective choice among the runs
    of literal characters and alternations of such runs in the pattern's top-level sequence.

    >>> sorted(required_literals(re.compile(r"(?<!was )\\b(?:offered|promised)\\s+to\\s+\\w+", re.I)))
    ['offered', 'promised']
    >>> sorted(required_literals(re.compile(r"\\bwould\\s+(?:provide|send)")))
    ['would']
    >>> required_literals(re.compile(r"\\d+|x")) is None
    True
    """
    try:
        parsed = _sre_parse.parse(rx.pattern, rx.flags)
    except Exception:  # pragma: no cover - a pattern this parser reads differently
        return None
    got = _required(list(parsed))
    if got is None or not all(w.isascii() and w for w in got):
        return None
    return frozenset(w.lower() for w in got)


def _required(items: list) -> set[str] | None:
    """The best required set of a parsed sequence: each literal run, each alternation whose
    every branch has a required set, each group's own best."""
    options: list[set[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _sre_parse.LITERAL:
            run.append(chr(av))
            continue
        if run:
            options.append({"".join(run)})
            run = []
        if op is _sre_parse.BRANCH:
            alts = [_required(list(alt)) for alt in av[1]]
            if all(a is not None for a in alts):
                options.append(set().union(*alts))  # type: ignore[arg-type]
        elif op is _sre_parse.SUBPATTERN:
            sub = _required(list(av[-1]))
            if sub is not None:
                options.append(sub)
    if run:
        options.append({"".join(run)})
    if not options:
        return None
    return max(options, key=lambda o: (min(map(len, o)), -len(o)))


@lru_cache(maxsize=256)
def _needles(rx: re.Pattern[str]) -> frozenset[str] | None:
    return required_literals(rx)


def may_match(rx: re.Pattern[str], text: str) -> bool:
    """False when ``rx`` cannot match anywhere in ``text`` because ``text`` lacks every one of
    its required words (:func:`required_literals`); a cheap test before a costly search.

    >>> rx = re.compile(r"\\bmeeting\\s+of\\b", re.I)
    >>> may_match(rx, "The MEETING of the Panel"), may_match(rx, "Panel minutes")
    (True, False)
    """
    needles = _needles(rx)
    if needles is None:
        return True
    low = fold_for_needles(text)
    return low is None or any(n in low for n in needles)


@lru_cache(maxsize=1)
def report_heading_cues() -> tuple[Cue, ...]:
    """Unnumbered report headings (``models/cues/report_headings.jsonl``), whole lines."""
    return _cues("report_headings.jsonl", "kind", whole=True)


@lru_cache(maxsize=1)
def item_label_cues() -> tuple[Cue, ...]:
    """Labels that open an unnumbered item heading (``models/cues/item_labels.jsonl``)."""
    return _cues("item_labels.jsonl", "id")


def item_label(line: str) -> str | None:
    """The title of a labelled item heading ("IN RE: CONSENT AGENDA" -> "CONSENT AGENDA").

    >>> item_label("IN RE: CONSENT AGENDA"), item_label("Consent Agenda")
    ('CONSENT AGENDA', None)
    """
    hit = first_match(item_label_cues(), line)
    return line[hit[1] :].strip() or None if hit is not None else None


@lru_cache(maxsize=1)
def case_reference_cues() -> tuple[Cue, ...]:
    """Case references that open a hearing's caption (``models/cues/case_references.jsonl``)."""
    return _cues("case_references.jsonl", "id")


def opens_with_case_reference(text: str) -> bool:
    """Whether a caption opens with a case reference ("Case No. BOA-24-07: An application ...").

    >>> opens_with_case_reference("Case No. BOA-24-07: An application filed by H. Petersen")
    True
    >>> opens_with_case_reference("Casework update")
    False
    """
    return first_match(case_reference_cues(), text) is not None


@lru_cache(maxsize=1)
def procedural_cues() -> tuple[Cue, ...]:
    """Procedural item titles (``models/cues/procedural.jsonl``), matched as whole lines."""
    return _cues("procedural.jsonl", "id", whole=True)


@lru_cache(maxsize=1)
def not_committee_cues() -> tuple[Cue, ...]:
    """Header lines naming a role, not a body (``models/cues/not_committee.jsonl``)."""
    return _cues("not_committee.jsonl", "id")


def is_role_line(line: str) -> bool:
    """Whether a header line names a role or person rather than a committee.

    >>> is_role_line("Clerk of the Council"), is_role_line("Children's Scrutiny Panel")
    (True, False)
    """
    return first_match(not_committee_cues(), line.strip()) is not None


@lru_cache(maxsize=1)
def vote_cues() -> tuple[Cue, ...]:
    """Vote-tally lines (``models/cues/votes.jsonl``), matched as whole lines."""
    return _cues("votes.jsonl", "id", whole=True)


def is_vote(line: str) -> bool:
    """Whether a line records a vote tally rather than text or a heading.

    >>> is_vote("Abstentions"), is_vote("Voting: unanimous"), is_vote("Forward Plan")
    (True, True, False)
    """
    return first_match(vote_cues(), line.strip()) is not None


def is_procedural(title: str) -> bool:
    """Whether a title names a procedural item (apologies, declarations, minutes...).

    >>> is_procedural("Apologies for absence"), is_procedural("Budget Monitoring")
    (True, False)
    """
    return first_match(procedural_cues(), title.strip()) is not None


def opens_meeting(title: str) -> bool:
    """Whether a title names an item that opens the meeting over its attendance list
    ("ROLL CALL", "CALL TO ORDER": ``opens_meeting`` rows).

    >>> opens_meeting("ROLL CALL"), opens_meeting("Minutes of the meeting held on 12 March 2024")
    (True, False)
    """
    hit = first_match(procedural_cues(), title.strip())
    return hit is not None and hit[0].opens_meeting


def opening_ceremony(title: str) -> bool:
    """Whether a title names a ceremony said at a meeting's opening (``opening_ceremony`` rows).

    >>> opening_ceremony("Pledge of Allegiance."), opening_ceremony("Apologies")
    (True, False)
    """
    hit = first_match(procedural_cues(), title.strip())
    return hit is not None and hit[0].opening_ceremony


def procedural_anywhere(title: str) -> bool:
    """Whether a title names an item that is one wherever it stands, numbered or not
    ("Emergency Motion" taken between items 4 and 5).

    >>> procedural_anywhere("Emergency Motion"), procedural_anywhere("Apologies")
    (True, False)
    """
    hit = first_match(procedural_cues(), title.strip())
    return hit is not None and hit[0].anywhere


@lru_cache(maxsize=1)
def cover_labels() -> dict[str, str]:
    """Cover-sheet label (lower case) -> metadata key (``models/cues/cover_sheet.jsonl``)."""
    return {rec["label"].lower(): rec["key"] for rec in read_jsonl("cues", "cover_sheet.jsonl")}


def match_section(line: str) -> tuple[Cue, str] | None:
    """The section marker a line starts with, and the rest of the line after it.

    >>> cue, rest = match_section("Resolved:  That the update be noted.")
    >>> cue.label, rest
    ('resolution', 'That the update be noted.')
    >>> match_section("The Chair thanked officers.") is None
    True
    >>> match_section("17.4  Resolved \u2013 That the terms of reference be endorsed.")[1]
    'That the terms of reference be endorsed.'
    >>> match_section("5.  RESOLVED that the report be noted.")[1]
    'that the report be noted.'
    >>> match_section("1. Recommendations") is None
    True
    """
    hit = first_match(section_cues(), line)
    if hit is None and line[:1].isdigit():
        # a paragraph number before the marker: "1.5  RESOLVED - That ...", "17.4 Resolved -"
        m = _PARA_NUMBER.match(line)
        if m is not None:
            line = line[m.end() :]
            hit = first_match(section_cues(), line)
    if hit is None and line[:1] in _PARA_OPENERS:
        # a numbered paragraph of printed minutes: "5. RESOLVED that ...", "(2) It was AGREED"
        m = _PARA_POINT.match(line)
        if m is not None:
            hit = first_match(section_cues(), line[m.end() :])
            if hit is not None and hit[0].label in _PARA_KINDS:
                line = line[m.end() :]
            else:
                hit = None
    if hit is None:
        return None
    cue, end = hit
    return cue, line[end:].lstrip(" \t-\u2013\u2014:,.").rstrip()


#: or a resolution's own number ("101/2024 RESOLVED (A Lee/B Roe) Carried", NT regional councils)
_PARA_NUMBER = re.compile(r"\d{1,3}\.\d{1,2}\.?\s+|\d{1,4}/\d{4}\s+(?=(?-i:[A-Z]{4}))")
#: a paragraph's own number or letter: "5. ", "(2) ", "3) ", "(b) ", "iv. "
_PARA_POINT = re.compile(
    r"(?:\(?\d{1,3}[.)]|\(\d{1,3}\)|\(?(?:[a-h]|[ivx]{1,4})\))\s+|(?:[ivx]{1,4}|[a-h])\.\s+"
)
_PARA_OPENERS = frozenset("0123456789(abcdefghivx")
#: section kinds a numbered paragraph can open: decisions minuted as paragraphs (a numbered
#: "1. Recommendations" is a report heading, left to the report reader)
_PARA_KINDS = frozenset({"resolution", "action", "information_request"})


@lru_cache(maxsize=1)
def _trailing_chrome() -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    """One regex for link chrome at a line's end (``models/cues/trailing_chrome.jsonl``) and
    the endings such a line can have."""
    recs = read_jsonl("cues", "trailing_chrome.jsonl")
    parts = [f"(?:{rec['pattern']})" for rec in recs]
    tails = tuple(t for rec in recs for t in rec.get("tails", []))
    if not parts:
        return None, ()
    return re.compile(rf"(?:\s*(?:{'|'.join(parts)}))+\s*$", re.IGNORECASE), tails


def strip_trailing_chrome(line: str) -> str:
    """A line without the link icon text and file size after it; a line that is nothing but
    chrome is returned unchanged (whole-line chrome is dropped by :func:`is_chrome`).

    >>> strip_trailing_chrome("Minutes pdf icon PDF 100 KB")
    'Minutes'
    >>> strip_trailing_chrome("6 Corporate Parenting Arrangements PDF 155 KB")
    '6 Corporate Parenting Arrangements'
    >>> strip_trailing_chrome("Budget Report (PDF, 1.2 MB)"), strip_trailing_chrome("PDF 9 KB")
    ('Budget Report', 'PDF 9 KB')
    >>> strip_trailing_chrome("The grant rose by 5 KB")
    'The grant rose by 5 KB'
    """
    rx, tails = _trailing_chrome()
    if rx is None or len(line) < 4 or not line[-8:].rstrip(" .)").lower().endswith(tails):
        return line
    m = rx.search(line, max(0, len(line) - 90))
    if m is None or m.start() == 0:
        return line
    return line[: m.start()].rstrip()


def is_chrome(line: str) -> bool:
    """Whether a line is page chrome or boilerplate.

    >>> is_chrome("Supporting documents:"), is_chrome("Minutes:")
    (True, False)
    """
    return first_match(chrome_cues(), line) is not None


#: a block-quote mark or a bullet before an opener ("> **Present:**", "o Commissioners Present:")
_LEAD_BULLET = re.compile(
    r"^\s*(?:>\s*)*(?:[\u2022\u25e6\u25aa\u25cf\u00b7\uf0a7*\u2013-]|o(?=\s+[A-Z]))?\s*"
)


def match_attendance(line: str) -> tuple[Cue, str] | None:
    """The attendance opener a line starts with, and the list after it.

    >>> cue, rest = match_attendance("PRESENT: Dave Roberts (Chairman), Danny Connellan.")
    >>> cue.label, rest
    ('present', 'Dave Roberts (Chairman), Danny Connellan.')
    >>> match_attendance("1.2 Apologies")[0].label, match_attendance("1.2 Apologies for Absence Report")
    ('apologies', None)
    """
    line = _LEAD_BULLET.sub("", line, count=1)
    hit = first_match(attendance_cues(), line)
    if hit is None:
        # "1.1 Present" / "1.2 Apologies" over the names: the parts of an attendance record
        numbered = _SUB_NUMBER.match(line)
        hit = first_match(attendance_cues(), line[numbered.end() :]) if numbered else None
        if hit is None or not _BARE_OPENER_END.fullmatch(line[numbered.end() + hit[1] :]):
            return None
        return hit[0], ""
    cue, end = hit
    return cue, line[end:].lstrip(" \t-\u2013\u2014:").rstrip()


#: a sub-item number before an attendance opener standing alone ("1.1 Present:")
_SUB_NUMBER = re.compile(r"^\d{1,2}\.[1-9]\d?\.?\s+")  # not "4.0 APOLOGIES", item 4's own number
_BARE_OPENER_END = re.compile(r"\s*:?\s*")


def is_purpose(line: str) -> bool:
    """Whether a line reads like an agenda item's purpose.

    >>> is_purpose("To update the Committee on the Improvement Plan")
    True
    """
    return first_match(purpose_cues(), line) is not None


def report_heading_kind(line: str) -> str | None:
    """Section kind for a known unnumbered report heading, else None.

    >>> report_heading_kind("Purpose of Report"), report_heading_kind("Recommendation(s)")
    ('purpose', 'recommendation')
    """
    text = line.strip().rstrip(":").strip()
    hit = first_match(report_heading_cues(), text)
    return hit[0].label if hit is not None else None


@lru_cache(maxsize=1)
def councils() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Councils gazetteer: (short name, aliases) per line of ``models/gazetteers/councils.txt``."""
    out = []
    for line in asset_path("gazetteers", "councils.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, aliases = line.partition("\t")
        out.append((name.strip(), tuple(a.strip() for a in aliases.split("|") if a.strip())))
    return tuple(out)


@lru_cache(maxsize=1)
def ambiguous_council_names() -> frozenset[str]:
    """Surface forms that count only in an explicit council form (``councils_ambiguous.txt``)."""
    path = asset_path("gazetteers", "councils_ambiguous.txt")
    return frozenset(
        ln.strip().lower()
        for ln in path.read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("#")
    )
