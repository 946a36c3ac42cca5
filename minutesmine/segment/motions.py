"""Motions and votes: who moved what, who seconded it, what became of it and how members voted.

:func:`find_motions` reads an item's text sentence by sentence, in one pass, and keeps one *open*
motion. Each sentence is tried against the forms in ``models/cues/``: ``motion_openers.jsonl``
(a mover, a seconder, the operative words), ``motion_outcomes.jsonl`` (carried, lost, counts) and
``motion_votes.jsonl`` (lists of members voting for, against, abstaining). What a sentence gives
is merged into the open motion when the motion lacks it, else a new motion starts. A motion
found with nothing but words ("That the report be noted.") is dropped: it is a resolution, not a
motion, unless a mover, a seconder, an outcome or a vote follows it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from minutesmine.assets import read_jsonl
from minutesmine.models import (
    AgendaItem,
    Motion,
    MotionKind,
    Outcome,
    RecordedVote,
    SectionKind,
    VoteCounts,
    VoteValue,
)
from minutesmine.needles import Needles
from minutesmine.nlp.lexicon import load_lexicon
from minutesmine.segment.cues import is_vote, required_literals
from minutesmine.segment.sections import colon_lead_in, is_recital

__all__ = ["Merge", "add_motions", "find_motions", "opener_rows", "outcome_rows", "vote_rows"]


class Merge(str, Enum):
    """How a sentence's findings join the open motion."""

    fill = "fill"  # only into fields the motion lacks; anything else starts a new motion
    restate = "restate"  # also into fields holding the same value (a record block after prose)
    append = "append"  # more words of the open motion, while nothing has been decided on it
    new = "new"  # always a motion of its own ("A recorded vote was taken on the officer recommendation:")


class _Row(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    pattern: str
    example: str
    expect: dict[str, str] = {}
    note: str | None = None  # why the form is read as it is (for readers of the rules)


class OpenerRow(_Row):
    merge: Merge = Merge.fill
    outcome: Outcome | None = None
    kind: MotionKind | None = None
    expects_mover: bool = False
    expects_text: bool = False
    joins_only: bool = False
    #: the sentence puts the main motion again after its amendment ("The main motion was then
    #: voted on."): what follows is said of that motion
    resumes: bool = False
    #: only when the open motion is an amendment ("The motion was then put to the vote")
    after_amendment: bool = False
    #: only under words just put that nobody seconded or decided yet, moved by nobody else
    #: ("ECC14/24 That the Committee receives ..." then "Pennington/Fraser")
    under_words: bool = False


class Target(str, Enum):
    """What an outcome or a vote list is about."""

    open = "open"  # the motion being read
    resolutions = "resolutions"  # every resolution point of the item
    item = "item"  # every motion of the item


class OutcomeRow(_Row):
    merge: Merge = Merge.fill
    outcome: Outcome | None = None
    kind: MotionKind | None = None
    target: Target = Target.open
    #: one division between the main motion and its amendment ("2 members voted for the
    #: amendment and 5 for the motion, and the motion was accordingly declared carried"):
    #: ``for`` counts the motion's votes, ``amendment_for`` the amendment's; the outcome word
    #: is said of the one ``said`` names, and the other has the opposite
    versus: bool = False
    #: the vote is minuted before the words it carried ("On being put to the vote, members voted
    #: 4 for, 0 against" over "RESOLVED: That ..."): a motion it starts takes the next sentence's words
    words_follow: bool = False


class VoteRow(_Row):
    vote: VoteValue
    scope: Target = Target.open
    #: whether the names listed count as the vote's tally (False: one member's vote put on
    #: record, "Councillor X requested that his vote against be recorded", not a division)
    tally: bool = True
    #: searched in the sentence that gives an outcome, not as a line of its own ("The motion
    #: carried 5-1, with Councilmember Ruiz voting no")
    after_outcome: bool = False
    #: the line is one member's name and vote ("Elaine Fenwick – Yes"): the name before the
    #: vote word is the list, though it has no label or title
    one_member: bool = False


class _WordRow(BaseModel):
    model_config = ConfigDict(extra="forbid")

    word: str
    outcome: Outcome
    example: str
    weak: bool = False
    #: a line that is only this word ("CARRIED", "The motion was lost.") ends the motion above it
    closes_unit: bool = False
    #: ... or only "and" and this word (the Irish "AND AGREED" over the quoted motion)
    closes_unit_after_and: bool = False
    #: the word decides only words already moved, seconded or voted on: bare words above it
    #: were not put ("Resolved" heading a ModernGov page's Minutes: after its Decision: points)
    decides_put_only: bool = False


@dataclass(frozen=True)
class Form:
    """A compiled row."""

    row: OpenerRow | OutcomeRow | VoteRow
    regex: re.Pattern[str]
    needles: frozenset[str] | None  # one of these is in every match (lower case); None: unknown
    anchored: bool = False  # the pattern matches at the start of a sentence only


class Forms(tuple[Form, ...]):
    """A family of forms in order, indexed by the required literals that screen them: a
    sentence is tried only against the forms whose literals it holds and those without."""

    def __new__(cls, forms: Iterable[Form]) -> Forms:
        return super().__new__(cls, forms)

    def __init__(self, forms: Iterable[Form]) -> None:
        super().__init__()
        self.unscreened_at = tuple(k for k, f in enumerate(self) if f.needles is None)
        self.unscreened = tuple(self[k] for k in self.unscreened_at)
        by_needle: dict[str, list[int]] = {}
        for k, form in enumerate(self):
            for needle in form.needles or ():
                by_needle.setdefault(needle, []).append(k)
        self.by_needle = {n: tuple(ks) for n, ks in by_needle.items()}

    def candidates(self, present: frozenset[str]) -> tuple[Form, ...]:
        """The forms, in order, that may match a sentence holding the literals ``present``."""
        picked = [k for n in present for k in self.by_needle.get(n, ())]
        if not picked:
            return self.unscreened
        return tuple(self[k] for k in sorted({*picked, *self.unscreened_at}))


def _macros() -> dict[str, str]:
    out: dict[str, str] = {}
    for rec in read_jsonl("cues", "motion_names.jsonl"):
        out[rec["id"]] = f"(?-i:{_expand(rec['pattern'], out)})"
    return out


def _expand(pattern: str, macros: dict[str, str]) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: macros.get(m.group(1), m.group(0)), pattern)


def _load(name: str, model: type[_Row]) -> Forms:
    macros = _macros()
    out = []
    for rec in read_jsonl("cues", name):
        row = model.model_validate(rec)
        rx = re.compile(_expand(row.pattern, macros), re.IGNORECASE)
        needles = required_literals(rx)  # a very short literal is too common to scan for
        screen = needles if needles and min(map(len, needles)) >= 3 else None
        out.append(Form(row, rx, screen, anchored=row.pattern.startswith("^")))
    return Forms(out)


@lru_cache(maxsize=1)
def opener_rows() -> Forms:
    """Forms that put a motion (``models/cues/motion_openers.jsonl``)."""
    return _load("motion_openers.jsonl", OpenerRow)


@lru_cache(maxsize=1)
def outcome_rows() -> Forms:
    """Forms that state an outcome (``models/cues/motion_outcomes.jsonl``)."""
    return _load("motion_outcomes.jsonl", OutcomeRow)


@lru_cache(maxsize=1)
def vote_rows() -> Forms:
    """Labels of lists of members by vote (``models/cues/motion_votes.jsonl``)."""
    return _load("motion_votes.jsonl", VoteRow)


@lru_cache(maxsize=1)
def line_vote_rows() -> Forms:
    """The vote rows read as lines of their own (not those searched in an outcome's sentence)."""
    return Forms(f for f in vote_rows() if not f.row.after_outcome)  # type: ignore[union-attr]


@lru_cache(maxsize=1)
def _word_rows() -> dict[str, _WordRow]:
    rows = [_WordRow.model_validate(r) for r in read_jsonl("cues", "motion_outcome_words.jsonl")]
    return {r.word: r for r in rows}


def outcome_words() -> dict[str, Outcome]:
    """Outcome word -> outcome (``models/cues/motion_outcome_words.jsonl``)."""
    return {w: r.outcome for w, r in _word_rows().items()}


@lru_cache(maxsize=1)
def _outcome_only() -> re.Pattern[str]:
    """A line that is only an outcome ("CARRIED", "Motion Lost", "LOST 2/3", "AND AGREED"): it
    closes its unit (the words are the rows of ``motion_outcome_words.jsonl`` with
    ``closes_unit``, or ``closes_unit_after_and``)."""
    words = "|".join(sorted(re.escape(w) for w, r in _word_rows().items() if r.closes_unit))
    after_and = "|".join(sorted(re.escape(w) for w, r in _word_rows().items() if r.closes_unit_after_and))
    return re.compile(
        rf"^and\s+(?:{after_and})\s*[:.]?$|"
        rf"^(?:(?:the\s+)?motion\s+(?:was\s+)?(?:declared\s+)?)?(?:{words})(?:\s+unanimously)?"
        r"(?:\s+by\s+(?:an?\s+)?\w+\s+majority)?(?:\s*\(?\d{1,3}\s*(?:/|-|to)\s*\d{1,3}\)?)?"  # "LOST 2/3"
        r"\s*[.!]?$",
        re.IGNORECASE,
    )


def _weak(m: re.Match[str]) -> bool:
    """Whether the outcome word matched also heads plain decisions ("Agreed.", "Resolved:")."""
    word = _group(m, "o", "o2")
    row = _word_rows().get(word.lower()) if word else None
    return row is not None and row.weak


def _put_only(m: re.Match[str]) -> bool:
    """Whether the outcome word matched decides only a motion already put ("Resolved")."""
    word = _group(m, "o", "o2")
    row = _word_rows().get(word.lower()) if word else None
    return row is not None and row.decides_put_only


@lru_cache(maxsize=1)
def _amendment() -> re.Pattern[str]:
    words = [r["pattern"] for r in read_jsonl("cues", "motion_amendments.jsonl")]
    return re.compile("|".join(f"(?:{w})" for w in words), re.IGNORECASE)


@lru_cache(maxsize=1)
def _reference() -> re.Pattern[str]:
    rows = [r["pattern"] for r in read_jsonl("cues", "motion_references.jsonl")]
    return re.compile("|".join(f"(?:{w})" for w in rows), re.IGNORECASE)


class _ProceduralRow(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    pattern: str
    example: str
    note: str


@lru_cache(maxsize=1)
def procedural_rows() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """(id, regex, example) of motions about the meeting's conduct (adjourn, suspend standing
    orders, closure): recorded as motions, never copied into the item's resolutions."""
    rows = [_ProceduralRow.model_validate(r) for r in read_jsonl("cues", "motion_procedural.jsonl")]
    return tuple((r.id, re.compile(r.pattern, re.IGNORECASE), r.example) for r in rows)


def is_procedural_motion(text: str) -> bool:
    """Whether a motion's words are about the meeting's own conduct.

    >>> is_procedural_motion("to take an adjournment for fifteen minutes")
    True
    >>> is_procedural_motion("That the report be noted")
    False
    """
    return any(rx.search(text) for _, rx, _ in procedural_rows())


@dataclass
class Draft:
    """A motion being read."""

    text: str | None = None
    kind: MotionKind = MotionKind.motion
    mover: str | None = None
    seconder: str | None = None
    outcome: Outcome | None = None
    counts: dict[str, int] = field(default_factory=dict)  # as written
    named: dict[str, int] = field(default_factory=dict)  # names listed per vote
    recorded: list[RecordedVote] = field(default_factory=list)
    expects_mover: bool = False
    expects_text: bool = False
    unanimous: bool = False
    #: decided before its words were read ("Resolved (Cr A / Cr B)" over them): a later bare
    #: outcome of the same value ("Carried") restates it
    preset: bool = False

    def substantial(self) -> bool:
        """Whether anything beyond words was minuted (a mover, seconder, outcome or vote)."""
        return bool(self.mover or self.seconder or self.outcome or self.counts or self.named or self.recorded)

    def to_motion(self, fallback: str) -> Motion:
        counts = {**self.named, **self.counts}
        if self.unanimous and "against" not in counts:
            counts["against"] = 0
        outcome = self.outcome
        if outcome is None and counts.get("for") is not None and counts.get("against") is not None:
            outcome = Outcome.carried if counts["for"] > counts["against"] else Outcome.lost
        return Motion(
            text=self.text or fallback,
            kind=self.kind,
            mover=self.mover,
            seconder=self.seconder,
            outcome=outcome,
            votes=VoteCounts.model_validate(counts),
            recorded=self.recorded,
        )


# ---------------------------------------------------------------- text -> sentences

_MARKUP = re.compile(r"^(?:\s*(?:>|[-*\u2022\u25aa\u25cf\u2013o](?=\s)|#+|\*\*|__)\s*)+|\*\*|__")
_NUMBERED = re.compile(r"^(?:\(?[0-9]{1,2}[.)]|\(?[a-z]{1,2}\)|\([ivx]{1,4}\))\s+")
#: a motion's words that are a lead-in and its first numbered point ("That Council: 1. Adopts ...")
_POINTS_AFTER_LEAD_IN = re.compile(r":\s*(?:\(?[0-9]{1,2}[.)]|\(?[a-z]{1,2}\))\s+\S")
_LABEL_LINE = re.compile(
    r"^[A-Z][A-Za-z ]{0,24}:|^\(?\d{1,2}[.)]\s|^\([a-z]{1,2}\)\s"
    r"|^[\"\u201c]?(?:That|THAT|Moved|Seconded|Proposed|Carried|CARRIED|RESOLVED|Resolved"
    r"|(?:I|We) (?:will|shall) move|Motion|MOTION|(?:Be|BE) (?:it|IT)\b"
    r"|(?:Now|NOW),? (?:therefore|THEREFORE)|Whereas|WHEREAS"
    r"|(?:And|AND) (?:Resolved|RESOLVED|Agreed|AGREED))\b"
)
#: a line ending in an initial or title does not end a sentence ("seconded by Councillor E." "O'Donovan")
_INITIAL = re.compile(r"(?:^|\s)(?:[A-Z]|Cllr|Cr|Mr|Mrs|Ms|Dr|St)\.$")
#: the most characters an ``_INITIAL`` match spans (" Cllr.")
_INITIAL_SPAN = 6
_SHORT_LABEL = re.compile(r"^[A-Z][A-Za-z ]{0,24}:\s*[^\s,]+(?:\s+[^\s,]+){0,3}$")
#: a line of capitalised words and a colon only ("Council:"): a label, or the last words of a
#: lead-in wrapped after the name it opens (``_WRAPPED_NAME``)
_BARE_LABEL = re.compile(r"^[A-Z][A-Za-z ]{0,24}:$")
#: a lead-in cut inside the name it ends with ("... recommends that Kahurangi Regional" over
#: "Council:"): "that" then capitalised words to the end of the line
_WRAPPED_NAME = re.compile(r"\bthat(?:\s+[A-Z][\w'\u2019-]*)+$")
#: the characters of a unit's end read for ``_WRAPPED_NAME``
_WRAPPED_SPAN = 120
_ENDS = (".", ":", ";", "!", "?", '"', "\u201d")
_SENTENCE = re.compile(
    r"(?<=[.!?])(?<!\b[A-Z]\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bCllr\.)(?<!\bCr\.)"
    r"(?<!\bNo\.)(?<!\bCo\.)(?<!\bSt\.)(?<!\bProf\.)[\"\u201d'\u2019]?\s+(?=[A-Z\"\u201c(])"
)


#: a line ending in a word that needs more after it ("... recommends that") is no heading
_OPEN_WORD_END = re.compile(r"\b(?:that|the|of|to|for|with|by|from|and|or|a|an)$", re.I)


def _heading_like(line: str) -> bool:
    """A short line of mostly capitalised words with no full stop ("Date for March Meeting")."""
    words = line.split()
    if "," in line or ":" in line or line.endswith("-") or len(words) > 8 or _CONTINUES.search(line):
        return False
    if _OPEN_WORD_END.search(line):
        return False  # "ECC15/24 The Committee recommends that" wrapped over "Kahurangi Regional Council:"
    if _LABEL_LINE.match(line):
        return False
    return sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


def _opens_unit(line: str) -> bool:
    """Whether a line starts a unit even after a line without a full stop (a list point): it
    opens a list of votes ("Yeas: ...") or is itself a motion's opening ("Supervisor Lane moved
    the Board adopt ..."). The line's required literals are found once for both."""
    present = needles_in(line)
    if any(f.regex.match(line) for f in line_vote_rows().candidates(present)):
        return True
    return any(f.anchored and f.regex.match(line) for f in opener_rows().candidates(present))


def starts_motion(line: str) -> bool:
    """Whether a line opens with a motion form ("Proposed Cllr A, seconded Cllr B", "Motion by
    Webb, second by Haskins, ...", "It was moved by ..."): the narrative before it has ended."""
    return any(f.regex.match(line) for f in opener_rows().candidates(needles_in(line)))


def units(text: str) -> list[list[str]]:
    """The text as lines of sentences: markup stripped, a line that does not end a sentence
    joined to the next unless that one opens a bullet, a label or a clause.

    >>> units("Proposed by Cllr A;\\nYeas: Smith,\\nJones.\\nCarried. Next item.")
    [['Proposed by Cllr A;'], ['Yeas: Smith, Jones.'], ['Carried.', 'Next item.']]
    """
    lines: list[str] = []
    closed = True
    cut = scanned = 0  # the last sentence of ``lines[-1]`` starts at ``cut``, read up to ``scanned``
    for raw in text.splitlines():
        line = _MARKUP.sub("", raw).strip()
        if not line:
            continue
        fresh = (
            closed
            or _REFERENCE_ONLY.match(line) is not None
            or line != raw.strip()
            or _LABEL_LINE.match(line) is not None
            or (line[:1].isupper() and _heading_like(lines[-1]))
            or _opens_unit(line)
            # "Against the motion: Crs A, B" then "The motion was declared CARRIED."
            or _outcome_only().match(line) is not None
        ) and (closed or not _wrapped_lead_in(lines, line))
        if lines and not fresh:
            lines[-1] = f"{lines[-1]} {line}"
        else:
            lines.append(line.replace("\t", " "))
            cut = scanned = 0
        last = lines[-1]
        closed = _closes_unit(raw, last)
        if not closed:  # "... Street. LOST 2/3": an outcome alone after the last full stop
            cut, scanned = _last_cut(last, scanned, cut), len(last)
            closed = _outcome_only().match(last[cut:].strip()) is not None
    return [[s.strip() for s in _SENTENCE.split(line) if s.strip()] for line in lines]


def _wrapped_lead_in(lines: list[str], line: str) -> bool:
    """Whether ``line`` ends a lead-in that wrapped inside its name ("ECC15/24 The Committee
    recommends that Kahurangi Regional" over "Council:"), not a label of its own.

    >>> _wrapped_lead_in(["The Committee recommends that Kahurangi Regional"], "Council:")
    True
    >>> _wrapped_lead_in(["Lindqvist/Tuhoe"], "For:"), _wrapped_lead_in(["It was agreed that"], "Note: x")
    (False, False)
    """
    return (
        bool(lines)
        and _BARE_LABEL.match(line) is not None
        and _WRAPPED_NAME.search(lines[-1], max(0, len(lines[-1]) - _WRAPPED_SPAN)) is not None
    )


def _last_cut(unit: str, scanned: int, cut: int) -> int:
    """Where the last piece of ``_SENTENCE.split(unit)`` starts, given ``cut``, where it
    started in ``unit[:scanned]`` (the unit before lines were joined to it). That text ends
    with no white space, so a split that runs into what was joined starts at its last
    character at the earliest (a closing quote: '... agreed." Carried'): the splits from
    there are the new ones. Reading only what was joined keeps a paragraph of many wrapped
    lines linear.

    >>> unit = 'He said "agreed." Carried'
    >>> _last_cut(unit, len('He said "agreed."'), 0), _SENTENCE.split(unit)[-1]
    (18, 'Carried')
    """
    for m in _SENTENCE.finditer(unit, max(0, scanned - 1)):
        cut = m.end()
    return cut


def _closes_unit(raw: str, last: str) -> bool:
    """Whether the unit ``last`` (``raw``: its last line as read) is complete, short of an
    outcome after its last full stop: a tab-separated row, a sentence end (not an initial:
    "Cllr A."), a count ("Cole. (3)"), a lone point or reference, a short label line
    ("Seconded: Cllr B"), a vote tally ("Voting: For: 4 Against: 6 Abstentions: 1" over "The
    motion was LOST.")."""
    return (
        "\t" in raw
        or (last.endswith(_ENDS) and _INITIAL.search(last, max(0, len(last) - _INITIAL_SPAN)) is None)
        or (last.endswith(_COUNT_LAST) and _COUNT_END.search(last) is not None)
        or _POINT_ONLY.match(last) is not None
        or _REFERENCE_ONLY.match(last) is not None
        or (_SHORT_LABEL.match(last) is not None and _CONTINUES.search(last) is None)
        or is_vote(last)
    )


# ---------------------------------------------------------------- sentence -> findings


@lru_cache(maxsize=1)
def _needles() -> Needles:
    """Every required literal of every form."""
    forms = (*opener_rows(), *outcome_rows(), *vote_rows())
    return Needles(n for f in forms if f.needles for n in f.needles)


def needles_in(sentence: str) -> frozenset[str]:
    """The forms' required literals present in a sentence (found in one scan)."""
    return _needles().present(sentence.lower())


def _first(
    forms: Forms, sentence: str, present: frozenset[str] | None = None
) -> tuple[Form, re.Match[str]] | None:
    present = needles_in(sentence) if present is None else present
    for form in forms.candidates(present):
        m = form.regex.search(sentence)
        if m is not None:
            return form, m
    return None


def _group(m: re.Match[str], *names: str) -> str | None:
    found = m.groupdict()
    for n in names:
        if found.get(n):
            return found[n].strip()
    return None


_AND_REST = re.compile(r"^(?:,\s*)?and\s+(?=(?:was\s+|duly\s+|then\s+)?\w+)", re.I)


def _counts_in(text: str) -> dict[str, int]:
    """The vote count of a row that gives only a count ("by 9 votes to 3", "(For 5, Against 1)")."""
    for form in outcome_rows():
        m = form.regex.search(text)
        if m is not None and _group(m, "o", "o2", "o3") is None and (counts := _counts(m)):
            return counts
    return {}


def _counts_agree(cur: Draft, m: re.Match[str], row: OutcomeRow) -> bool:
    """A count with no outcome word after a motion decided without one ("RESOLVED: That ..."
    then "Vote: For 6, Against 0, Abstain 1"): the count of that decision."""
    counts = _counts(m)
    if cur.counts or _outcome(m, row) is not None or "for" not in counts or "against" not in counts:
        return False
    carried = counts["for"] > counts["against"]
    return cur.outcome is (Outcome.carried if carried else Outcome.lost)


def _vote_tail(text: str) -> tuple[Form, re.Match[str]] | None:
    """The whole of ``text`` is a vote with no outcome word ("all in favour", "5 in favour,
    1 against"): what was decided is implied by the vote."""
    hit = _first(outcome_rows(), text)
    if hit is None or hit[1].start() != 0 or _group(hit[1], "o", "o2") is not None:
        return None
    return hit if not text[hit[1].end() :].strip(" .;,") else None


def _outcome(m: re.Match[str], row: OpenerRow | OutcomeRow) -> Outcome | None:
    word = _group(m, "o", "o2", "o3")
    if word is not None:
        return outcome_words().get(word.lower(), row.outcome)
    return row.outcome


#: a division between a motion and its amendment: what the one not named in the outcome had
_OPPOSITE = {Outcome.carried: Outcome.lost, Outcome.lost: Outcome.carried}


def _counts(m: re.Match[str]) -> dict[str, int]:
    return {k: n for k in ("for", "against", "abstain") if (n := _count(_group(m, k))) is not None}


#: a count of nobody, as minutes write it ("ten Members voted for the proposal and none against")
_NOBODY = frozenset({"none", "nil", "no"})


def _count(value: str | None) -> int | None:
    """A vote count written in figures or as a word ("seven"), else None.

    >>> _count("12"), _count("Seven"), _count("none"), _count("several")
    (12, 7, 0, None)
    """
    if value is None:
        return None
    if value.isdigit():
        return int(value)
    word = value.lower()
    return 0 if word in _NOBODY else load_lexicon().number_words.get(word)


_DANGLING = re.compile(r"[\s,;]+(?:and|but|or)(?:\s+(?:the|set|said|this|that|it))?\s*$", re.I)


def _name(name: str | None) -> str | None:
    """A name as written, a hyphen split over a line break rejoined ("Hickey- O'Mara")."""
    return _BROKEN_HYPHEN.sub("-", name) if name else None


_BROKEN_HYPHEN = re.compile(r"(?<=\w)- (?=[A-Z])")


def _clean_text(text: str) -> str:
    text = _DANGLING.sub("", _NUMBERED.sub("", text.strip().lstrip('"\u201c')))
    return text.strip().strip('"\u201c\u201d').strip()


# ---------------------------------------------------------------- the reader


@dataclass
class _Reader:
    title: str
    drafts: list[Draft] = field(default_factory=list)
    previous: str | None = None  # the last sentence that was not a motion form
    voting: VoteValue | None = None  # the vote list that the next sentence may continue
    growing: Draft | None = None  # a motion whose words go on in the current line
    resolved: Outcome | None = None  # what a decision table says of the item's resolutions
    present: frozenset[str] = frozenset()  # required literals in the sentence being read
    decided: Draft | None = None  # the motion whose outcome the last sentence gave
    echo_of: Draft | None = None  # the motion the previous sentence decided (while reading one)
    focus: Draft | None = None  # an earlier motion put again after its amendment
    #: words of a decision that joined no motion ("It was RESOLVED to object ..." with nobody
    #: moving it yet): a proposer and vote on the next line are theirs
    unjoined: str | None = None
    words_above: str | None = None  # ``unjoined`` of the sentence before the one being read

    @property
    def open(self) -> Draft | None:
        if self.focus is not None:
            return self.focus
        return self.drafts[-1] if self.drafts else None

    def _add(self, draft: Draft) -> None:
        self.focus = None
        self.drafts.append(draft)

    def _resume(self) -> bool:
        """Put the last undecided main motion before the open one back in focus."""
        earlier = self.drafts[:-1]
        main = next((d for d in reversed(earlier) if d.kind is MotionKind.motion and d.outcome is None), None)
        self.focus = main
        return main is not None

    def read_line(self, sentences: list[str]) -> None:
        grow = self.growing
        numbered = grow and grow.text and _NUMBERED.match(" ".join(sentences[:2]))  # "2." "Requests ..."
        # words go on into a lettered point ("that this Council" "(a) calls on"), or into the
        # points of a list after a lead-in ("... recommends that Council:" "1. Approves ...",
        # "That Council: 1. Adopts ..." "2. Requests ...")
        words = grow.text if grow and grow.text else ""
        lettered = numbered and (
            not words.endswith(_ENDS) or words.endswith(":") or _POINTS_AFTER_LEAD_IN.search(words)
        )
        if not (lettered or (grow and grow.text and colon_lead_in(grow.text))):
            self.growing = None  # ... or after a lead-in: "That the Council:" "Accepts the apology from ..."
        for sentence in sentences:
            self.read(sentence)

    def read(self, sentence: str) -> None:
        self.present = needles_in(sentence)
        self.echo_of, self.decided = self.decided, None
        self.words_above, self.unjoined = self.unjoined, None
        if self._vote_list(sentence) or self._opener(sentence) or self._outcome(sentence, None, self.present):
            return
        cur = self.open
        if self.growing is not None and self.growing is cur and cur.text:
            cur.text = f"{cur.text} {sentence}"
        elif cur is not None and cur.expects_text and cur.text is None and not is_recital(sentence):
            cur.text, cur.expects_text = _clean_text(sentence), False
            self.growing = cur
        else:
            self.previous = sentence

    def _opener(self, sentence: str) -> bool:
        hit = _first(opener_rows(), sentence, self.present)
        if hit is None:
            return False
        form, m = hit
        row = form.row
        assert isinstance(row, OpenerRow)
        if row.resumes:
            cur = self.open
            if row.after_amendment and (cur is None or cur.kind is not MotionKind.amendment):
                return False
            if not self._resume():
                return False
            rest = sentence[m.end() :].strip()
            if rest:  # "... put to the vote and was carried (For 38, ...)", "... put and CARRIED."
                self._outcome(f" {rest}", self.open)
            return True
        cur = self.open
        if row.under_words and not (
            cur and cur.text and not (cur.seconder or cur.outcome) and _same(cur.mover, _group(m, "mover"))
        ):
            return False
        if row.joins_only and not (
            cur and (cur.mover or cur.seconder) and not cur.text and (not cur.outcome or cur.preset)
        ):
            self.unjoined = _clean_text(t) if (t := _group(m, "text")) else None
            return False
        before = sentence[: m.start()].strip()
        if before and cur is not None and cur.outcome is None:
            self._outcome(before, cur)  # "(Y-5) ... Motion to accept ...": the last motion's outcome
        found = Draft(
            text=_clean_text(t) if (t := _group(m, "text")) else None,
            mover=_name(_group(m, "mover")),
            seconder=_name(_group(m, "seconder", "seconder2", "seconder3")),
            outcome=_outcome(m, row),
            expects_mover=row.expects_mover,
            expects_text=row.expects_text and not _group(m, "text"),
        )
        found.preset = found.outcome is not None and found.text is None
        found.counts = _counts(m)  # "Upon motion by A, seconded by B, the Board voted 5-0 to ..."
        if found.text and (o := _first(outcome_rows(), f" {found.text}")) is not None:
            found.text = _clean_text(found.text[: max(o[1].start() - 1, 0)]).rstrip(" ;,.") or None
            self._apply_outcome(found, o[1], o[0].row)  # type: ignore[arg-type]
        elif found.text and (vote := _vote_tail(found.text)) is not None:
            # "Proposed Cllr A, seconded Cllr B, all in favour." then "RESOLVED that ...": the
            # vote is minuted before the words, which the resolution gives
            found.text, found.preset = None, True
            self._apply_outcome(found, vote[1], vote[0].row)  # type: ignore[arg-type]
            if self.words_above and (found.mover or found.seconder):
                # ... unless the words came first: "It was RESOLVED to submit No Objection." then
                # "Proposed Cllr A, seconded Cllr B, all in favour." (English parish planning)
                found.text, found.preset, found.expects_text = self.words_above, False, False
        if row.kind is not None or _amendment().search(sentence):
            found.kind = row.kind or MotionKind.amendment
        if found.text and _reference().match(found.text):
            found.text = None
            self._take_up(found)
        else:
            self._merge(found, row.merge)
        if found.text is not None and m.end("text") >= len(sentence.rstrip(' .;"\u201d')):
            self.growing = self.open  # the words end the sentence: the next one may go on with them
        rest = _AND_REST.sub("", sentence[m.end() :].strip())  # "... seconded by X and carried."
        if rest:
            self._outcome(rest, self.open)
        self.voting = None
        return True

    def _take_up(self, found: Draft) -> None:
        """A sentence pointing back ("the Recommendation was agreed"): its mover and outcome go
        to the words just read when nobody moved them yet, else it starts its own motion."""
        cur = self.open
        if cur is not None and cur.text and not (cur.mover or cur.seconder or cur.outcome):
            cur.mover, cur.seconder, cur.outcome = found.mover, found.seconder, found.outcome
        else:
            self._merge(found, Merge.fill)

    def _merge(self, found: Draft, how: Merge) -> None:
        cur = self.open
        decided = cur is not None and bool(cur.outcome or cur.counts or cur.named)
        moved = cur is not None and bool(cur.mover or cur.seconder)
        going = cur is not None and bool(cur.text) and (moved or cur.expects_mover) and not decided
        if how is Merge.append and cur is not None and going:
            cur.text = f"{cur.text} {found.text}"
            return
        if cur is None or how is Merge.new or not _fits(cur, found, how):
            self._add(found)
            return
        cur.text = cur.text or found.text
        cur.mover = cur.mover or found.mover
        cur.seconder = cur.seconder or found.seconder
        cur.outcome = cur.outcome or found.outcome
        cur.expects_mover = cur.expects_mover and cur.mover is None
        cur.expects_text = (cur.expects_text or found.expects_text) and cur.text is None
        cur.counts = {**found.counts, **cur.counts}
        cur.unanimous = cur.unanimous or found.unanimous
        if found.kind is MotionKind.amendment:
            cur.kind = found.kind

    def _outcome(self, sentence: str, target: Draft | None, present: frozenset[str] | None = None) -> bool:
        """Read an outcome ("Carried", "The motion was lost (For 3, Against 5)") into ``target``
        or the open motion; ``present``: the sentence's required literals when known."""
        hit = _first(outcome_rows(), sentence, present)
        if hit is None:
            return False
        form, m = hit
        row = form.row
        assert isinstance(row, OutcomeRow)
        if row.target is Target.resolutions:
            self.resolved = self.resolved or _outcome(m, row)
            return True
        if row.versus and self._versus(m, row):
            return True
        cur = target or self.open
        if cur is not None and not cur.substantial() and _put_only(m):
            return False  # "Resolved" over the next decision's points: the words above were not put
        restating = row.merge is Merge.restate and cur is not None and not cur.counts
        restating = restating or (cur is not None and _counts_agree(cur, m, row))
        if cur is None or (
            cur.outcome is not None and not restating and target is None and not self._echo(cur, m, row)
        ):
            if _weak(m) and row.outcome is None and row.merge is not Merge.restate:
                return False
            prefix = _clean_text(sentence[: m.start()])
            text = prefix if len(prefix.split()) >= 3 else self.previous
            if row.merge is Merge.restate or row.words_follow or (text and text.startswith("(")):
                text = None  # a record block or a bracketed note ("(Ordinance)"): the item's motion
            text = _group(m, "text") or text  # "... (For 5, Against 3) it was RESOLVED: That ..."
            cur = Draft(text=_clean_text(text) if text else None, expects_text=row.words_follow and not text)
            self._add(cur)
        self._apply_outcome(cur, m, row)
        self.decided = cur
        if row.kind is not None:
            cur.kind = row.kind
        self.voting = None
        rest = sentence[m.end() :]
        said_again = form.needles is not None and not form.needles.isdisjoint(needles_in(rest))
        if target is None and not form.anchored and said_again:
            self._outcome(rest, None)  # "(Y-5) (Y-5)": the amendment's vote, then the motion's
        self._named_in_outcome(sentence, cur)
        if not cur.counts and (count := _counts_in(rest)):
            cur.counts = count  # "... the motion was carried by 9 votes to 3."
        return True

    def _versus(self, m: re.Match[str], row: OutcomeRow) -> bool:
        """A division between the open amendment and the main motion before it: each takes
        its count; the one named takes the outcome, the other the opposite."""
        amendment = self.open
        outcome = _outcome(m, row)
        if amendment is None or amendment.kind is not MotionKind.amendment or outcome not in _OPPOSITE:
            return False
        if not self._resume():
            return False
        main = self.open
        assert main is not None
        main.counts = {**_counts(m), **main.counts}
        if (n := _group(m, "amendment_for")) is not None:
            amendment.counts = {"for": int(n), **amendment.counts}
        named, other = (amendment, main) if _group(m, "said") == "amendment" else (main, amendment)
        named.outcome = named.outcome or outcome
        other.outcome = other.outcome or _OPPOSITE[outcome]
        self.decided = main
        return True

    @staticmethod
    def _named_in_outcome(sentence: str, cur: Draft) -> None:
        """Members named in the outcome's sentence: "..., with Councilmember Ruiz voting no"."""
        for form in vote_rows():
            row = form.row
            assert isinstance(row, VoteRow)
            if row.after_outcome and (m := form.regex.search(sentence)) is not None:
                _add_names(cur, row.vote, _group(m, "names") or "", None, row.tally)

    def _echo(self, cur: Draft, m: re.Match[str], row: OutcomeRow) -> bool:
        """Whether an outcome only repeats the open motion's ("The Motion on being put to the
        meeting was carried unanimously." then "Carried"): the same outcome, no counts, said
        right after the last one or of a motion decided before its words; a count may come
        with it when the motion has none ("..., all ayes." then "Motion carried 6-0.")."""
        same = _outcome(m, row) in (None, cur.outcome) and not (_counts(m) and cur.counts)
        return same and cur is self.open and (cur is self.echo_of or cur.preset)

    @staticmethod
    def _apply_outcome(cur: Draft, m: re.Match[str], row: OutcomeRow) -> None:
        cur.outcome = cur.outcome or _outcome(m, row)
        cur.counts = {**_counts(m), **cur.counts}
        cur.unanimous = cur.unanimous or bool(_group(m, "u"))

    def _vote_list(self, sentence: str) -> bool:
        hit = _first(line_vote_rows(), sentence, self.present)
        cur = self.open
        if hit is None:
            if self.voting is not None and cur is not None and _looks_like_names(sentence):
                _add_names(cur, self.voting, sentence, None)
                self.voting = self.voting if _CONTINUES.search(sentence) else None
                return True
            self.voting = None
            return False
        form, m = hit
        row = form.row
        assert isinstance(row, VoteRow)
        if row.scope is Target.item:
            for d in self.drafts:
                _add_names(d, row.vote, _group(m, "names") or "", None)
            return bool(self.drafts)
        if cur is None or (row.vote is VoteValue.absent and not cur.recorded):
            return False
        amended = cur.kind is MotionKind.amendment and cur.outcome is not None
        # the amendment LOST, then a division "For the motion: Crs ...": the main motion's vote
        if amended and _FOR_THE_MOTION.match(sentence) and self._resume():
            cur = self.open
            assert cur is not None
        count = _group(m, "count", "count2")
        names = _group(m, "names") or ""
        listed = _LISTED.match(sentence[: m.start("names")]) or _TRAILING_COUNT.search(names)
        if not (count or listed or row.one_member or _NAMED.match(names)):
            return False  # "For Information", "Against this background": no list of members
        _add_names(cur, row.vote, names, int(count) if count else None, row.tally)
        # names may follow on the next lines, unless the count says there are none ("NAY – 0")
        nobody = count is not None and int(count) == 0
        self.voting = row.vote if (not names and not nobody) or _CONTINUES.search(names) else None
        return True


#: a vote list labelled as the motion's ("For the motion:", "Against the motion:")
_FOR_THE_MOTION = re.compile(r"^(?:for|against)\s+the\s+motion\b", re.I)
#: a vote list is labelled with a colon or dash, or names its members by title, or is empty
_LISTED = re.compile(r".*[:\-\u2013]\s*$")
_NAMED = re.compile(
    r"$|(?:none|nil|there\s+(?:were|was)\s+no)\b|(?:(?:acting|deputy)\s+)?(?:councillors?|councilors?|cllrs?"
    r"|crs?|directors?|commissioners?|members?|trustees?|aldermen|alderman|mr|mrs|ms|dr)\b",
    re.I,
)


def _same(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    fa, fb = a.lower(), b.lower()
    return fa in fb or fb in fa


def _fits(cur: Draft, found: Draft, how: Merge) -> bool:
    """Whether what a sentence found belongs to the open motion."""
    if how is Merge.restate:
        return (
            _same(cur.mover, found.mover)
            and _same(cur.seconder, found.seconder)
            and not (cur.text and found.text)
            and (cur.outcome is None or found.outcome in (None, cur.outcome))
        )
    if found.text and cur.text:
        return False
    if found.mover and (cur.mover or (cur.text and not cur.expects_mover)):
        return False
    if found.seconder and cur.seconder:
        return False
    if found.outcome and cur.outcome and found.outcome is not cur.outcome:
        return False
    return not (cur.outcome and found.mover)


_CONTINUES = re.compile(r"(?:,|\band|&)\s*$")
_NONE = re.compile(r"^(?:none|nil|nobody|no\s+one|there\s+(?:were|was)\s+no\b|0\b)", re.I)
_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&)\s*")
#: a resolution's number alone on its line, over its words ("2024/061", "C24/117")
#: (Quebec: year, month and number, "2025-03-041", "2013-12-R177")
_REFERENCE_ONLY = re.compile(r"^(?:(?:[A-Z]{1,5})?\d{2,4}/\d{1,5}|(?:19|20)\d\d-\d\d-[A-Z]?\d{1,4})$")
_POINT_ONLY = re.compile(r"^\(?(?:[a-z]{1,2}|[ivx]{1,4}|\d{1,2})[.)]$")  # "(g)" alone on its line
_COUNT_END = re.compile(r"(?:\(\s*\d{1,3}\s*\)|\.{2,}\s*\d{1,3})\s*\.?\s*$")  # "Cole. (3)", "Reid ..... 24"
#: what a unit (no white space at its end) ends with when ``_COUNT_END`` finds a count
_COUNT_LAST = (")", ".", *"0123456789")
_TRAILING_COUNT = re.compile(r"(?:\(\s*(\d{1,3})\s*\)|\.{2,}\s*(\d{1,3})|(?<=[a-z.] )(\d{1,3}))\s*\.?\s*$")
_TITLES = re.compile(
    r"^(?:(?:acting|deputy)\s+)?(?:councillors|councilors|cllrs|crs|directors|commissioners|members|trustees|aldermen)\s+",
    re.I,
)


def _looks_like_names(sentence: str) -> bool:
    parts = [p for p in _SPLIT.split(sentence.rstrip(".")) if p]
    return bool(parts) and all(p[:1].isupper() and len(p.split()) <= 4 for p in parts)


def _add_names(cur: Draft, vote: VoteValue, names: str, count: int | None, tally: bool = True) -> None:
    names = names.strip()
    if tc := _TRAILING_COUNT.search(names):
        count = count if count is not None else int(next(g for g in tc.groups() if g))
        names = names[: tc.start()]
    people = [] if _NONE.match(names) else [p.strip(" .") for p in _SPLIT.split(names) if p.strip(" .")]
    people = [_TITLES.sub("", _name(p) or "") for p in people]
    cur.recorded.extend(RecordedVote(name=p, vote=vote) for p in people if p)
    if vote is VoteValue.absent or not tally:
        return
    key = vote.value
    if count is not None:
        cur.counts[key] = count
    elif people or _NONE.match(names):
        cur.named[key] = cur.named.get(key, 0) + len(people)


def find_motions(text: str, title: str = "", resolutions: list[str] | None = None) -> list[Motion]:
    """The motions and amendments put in an item's text, in order.

    >>> [(m.text, m.mover, m.seconder, m.outcome.value) for m in find_motions(
    ...     "Moved by Cr A. Smith\\nSeconded by Cr B. Jones\\nThat the report be received.\\nCARRIED")]
    [('That the report be received.', 'Cr A. Smith', 'Cr B. Jones', 'carried')]
    """
    reader = _Reader(title=title)
    for line in units(vote_lines(text)):
        reader.read_line(line)
    drafts = [d for d in reader.drafts if d.substantial() and (d.text or title)]
    if reader.resolved is not None:
        said = [_fold(d.text) for d in drafts if d.text]
        for r in resolutions or []:
            if not any(_fold(r) in s or s in _fold(r) for s in said):
                drafts.append(Draft(text=r, outcome=reader.resolved))
    return [d.to_motion(title) for d in drafts]


def vote_columns(table: str) -> str:
    """A recorded vote laid out as a table of columns headed by the votes ("For", "Against",
    "Abstain"; tab-separated rows, names below each) as the vote lists minutes write in lines;
    any other table as it is.

    >>> print(vote_columns("For\\tAgainst\\nCllr Ann Lee\\tCllr Bo Kim\\nCllr Cy Ng\\t"))
    For: Cllr Ann Lee, Cllr Cy Ng
    Against: Cllr Bo Kim
    """
    rows = [r.split("\t") for r in table.split("\n")]
    head = [c.strip() for c in rows[0]]
    if len(head) < 2 or len(rows) < 2:
        return table
    for cell in head:
        hit = _first(line_vote_rows(), cell)
        if hit is None or hit[1].start() > 0 or _group(hit[1], "names"):
            return table
    columns = [[r[k].strip() for r in rows[1:] if k < len(r) and r[k].strip()] for k in range(len(head))]
    return "\n".join(
        f"{label}: {', '.join(names) or 'None'}" for label, names in zip(head, columns, strict=True)
    )


def vote_lines(text: str) -> str:
    """A recorded vote minuted as a label alone on its line over one name a line ("Yes" /
    "Councillor Ann Lee" / "Councillor Bo Kim" / "No" / ...) as the vote lists minutes write in
    lines; any other text as it is.

    >>> print(vote_lines("Carried on the following recorded vote:\\nYes\\nCouncillor Ann Lee\\n"
    ...                  "Regional Chair Bo Kim\\nNo\\nCouncillor Cy Ng\\nMembers Absent: None"))
    Carried on the following recorded vote:
    Yes: Councillor Ann Lee, Regional Chair Bo Kim
    No: Councillor Cy Ng
    Members Absent: None
    """
    out: list[str] = []
    listing: list[str] = []  # the open list: its label, then its names
    for line in text.split("\n"):
        s = line.strip()
        if len(s) <= _LABEL_MAX and _bare_vote_label(s):
            out.extend(_vote_list_line(listing))
            listing = [s]
        elif listing and len(s.split()) <= _NAME_WORDS and _titled_name().fullmatch(s):
            listing.append(s)
        else:
            out.extend(_vote_list_line(listing))
            listing = []
            out.append(line)
    out.extend(_vote_list_line(listing))
    return "\n".join(out)


#: characters a vote label alone on its line may hold ("Yes", "Against", "Abstain"); words a
#: member's name on its own line may hold ("Regional Chair Ann Henderson")
_LABEL_MAX = 12
_NAME_WORDS = 6


def _bare_vote_label(line: str) -> bool:
    """Whether a line is only a vote list's label ("Yes", "No", "For", "Against"): with a colon
    after it, it opens a vote list naming nobody."""
    hit = _first(line_vote_rows(), f"{line}:")
    return hit is not None and hit[1].start() == 0 and not _group(hit[1], "names")


@lru_cache(maxsize=1)
def _titled_name() -> re.Pattern[str]:
    """A member named with a title ("Councillor Abara", "Regional Chair Henderson", "Cr J. Pike"):
    one line of a vote list written one name a line."""
    macros = _macros()
    return re.compile(_expand(r"(?={title}\s){name}", macros))


def _vote_list_line(listing: list[str]) -> list[str]:
    """An open list of names under its label as one line ("Yes: A, B"); a label with no names
    under it stays as it was written."""
    if len(listing) < 2:
        return listing
    return [f"{listing[0]}: {', '.join(listing[1:])}"]


def add_motions(item: AgendaItem) -> None:
    """Fill ``item.motions`` from its sections; a carried motion's words join its resolutions,
    unless they are about the meeting's conduct (adjourn, suspend standing orders), only lead
    in to points the item's resolutions already hold ("That Council:"), or are the item's own
    title (a disposition such as "(Y-5)" is then the resolution); a lost or withdrawn motion's
    words leave them."""
    # a section's end ends a sentence that runs on to it ("\t" closes a unit): an attendance
    # list's last name does not run into the first motion under it
    text = "\t\n".join(vote_columns(s.text) if s.kind == "table" else s.text for s in item.sections)
    item.motions = find_motions(text, item.title, item.resolutions)
    # words put as a motion that was then lost or withdrawn (its outcome minuted past its
    # section, after a division) were not resolved
    failed = {_fold(m.text) for m in item.motions if m.outcome in (Outcome.lost, Outcome.withdrawn)}
    if failed:
        item.resolutions = [r for r in item.resolutions if _fold(r) not in failed]
    folded = [_fold(r) for r in item.resolutions]
    resolved = len(item.resolutions)
    title = _fold(item.title)[:60]
    for m in item.motions:
        if _resolved_next(item, m):
            continue  # "the motion was put to the vote and was CARRIED", then "RESOLVED – That ..."
        if m.outcome is Outcome.carried and not is_procedural_motion(m.text) and not m.text.endswith(":"):
            f = _fold(m.text)
            if title and (f.startswith(title) or title.startswith(f[:60])):
                continue  # the item's own words: its disposition is the resolution
            head = f[:80]  # a resolution holding the motion's opening words already states it
            if f and not any(head in r or r in f for r in folded if r):
                item.resolutions.extend(_points(m.text))
                folded.append(f)
    if 0 < resolved < len(item.resolutions):  # motions' words after the resolved sections' points
        item.resolutions = in_text_order(item.resolutions, text)


def in_text_order(points: list[str], text: str) -> list[str]:
    """Resolution points in the order their words come in ``text`` (a carried motion's words,
    added after the item's resolved sections, may come before them: "Councilman Stiles made a
    motion ... to approve the minutes" above "RESOLUTION #118 ... BE IT RESOLVED, ..."); a point
    not found keeps its place after those found.

    >>> in_text_order(["b is resolved", "a was moved"], "X: a was moved. Y: b is resolved.")
    ['a was moved', 'b is resolved']
    """
    flat = " ".join(text.split())  # a point's lines were joined with spaces
    size = len(flat)

    def at(point: str) -> int:
        k = flat.find(" ".join(point.split())[:80])
        return k if k >= 0 else size

    return sorted(points, key=at)


_POINT_SPLIT = re.compile(r"\s+(?=\(?(?:[0-9]{1,2}[.)]|[a-z]\))\s)")


def _points(text: str) -> list[str]:
    """A carried motion's words as resolution points: a lead-in and its numbered points
    ("That Council: 1. Adopts the Strategy. 2. Requests a report.") give one point each.

    >>> _points("That Council: 1. Adopts the Strategy. 2. Requests a report.")
    ['Adopts the Strategy.', 'Requests a report.']
    """
    lead = _POINTS_AFTER_LEAD_IN.search(text)
    if lead is None or not colon_lead_in(text[: lead.start() + 1]):
        return [text]
    parts = _POINT_SPLIT.split(" " + text[lead.start() + 1 :])
    return [_NUMBERED.sub("", p.strip()) for p in parts if p.strip()]


#: a section that minutes a decision in its own words: "RESOLVED – That ...", "It was resolved that ...",
#: "DECIDED: That ...", or a Scottish "Decision" heading over "The Committee agreed:- ..."
_RESOLVED_OPENING = re.compile(
    r"^\s*(?:(?:and\s+|it\s+was\s+)?(?:resolved|decided)\b\s*[-\u2013\u2014:,]?\s*[\w(]|decisions?\s*(?:\n|:))",
    re.IGNORECASE,
)


def _resolved_next(item: AgendaItem, motion: Motion) -> bool:
    """The section right after the one that holds the motion's words is the item's own
    "RESOLVED ..." (the decision minuted in its words, not the motion's)."""
    head = motion.text[:60]
    at = next((k for k, s in enumerate(item.sections) if head and head in s.text), None)
    if at is None or at + 1 >= len(item.sections) or item.sections[at].kind == SectionKind.resolution.value:
        return False
    nxt = item.sections[at + 1]
    return nxt.kind == SectionKind.resolution.value and _RESOLVED_OPENING.match(nxt.text) is not None


def _fold(text: str) -> str:
    """Lower-case words only, without an opening "that" ("THAT Council receive ..." and
    "Council receive ..." are the same words)."""
    return _LEADING_THAT.sub("", re.sub(r"[^\w]+", " ", text.lower()).strip())


_LEADING_THAT = re.compile(r"^(?:and\s+)?(?:further\s+)?that\s+")
