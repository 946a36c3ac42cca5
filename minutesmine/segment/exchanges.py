"""Member questions and the responses that answer them, found sentence by sentence.

:func:`find_exchanges` reads one narrative section (a spaCy ``Doc`` from
:func:`minutesmine.nlp.load`) and returns its question/response exchanges in order. The cue
phrases are data: spaCy ``Matcher`` token patterns in ``models/cues/exchanges.jsonl`` with
shared word lists in ``models/cues/exchange_lexicon.jsonl``. The logic here only combines them:

1. The section is cut into *units*: ``doc.sents`` with bad splits mended ("Cllr. Smith"),
   and extra cuts at paragraph breaks, header lines ("REPLY:", "Question by ..."), bullets,
   a ";" at a line end and question lines that lost their full stop.
2. Each unit is classified (a :class:`UnitKind`) from the cue at its start (after openers
   such as "Also," or "In noting the report,"): a question ("A Member asked ...", "It was
   asked if ...", "Question by ..."), a request ("Members asked the Executive to ..."), a
   direct question on its own line ("What would be ...?"), a response ("Officers advised
   ...", "In response it was noted ...", "REPLY:"), both in one sentence ("In response to a
   question about X, officers stated ..."), a continuation ("She added ..."), a member's
   statement, an officer speaking, or neutral text.
3. :class:`_Pairer`, a small state machine (:class:`PairState`: idle, asked, answered,
   written reply) with one handler per unit kind, pairs them: consecutive question units by
   the same asker merge; a response runs to the end of its paragraph or the next question;
   "In response to the queries raised, ..." answers what was asked before it; numbered
   questions ("Members asked: 1. ... 2. ...") answered by points of the same numbers ("The
   Director responded to each: 1. ... 2. ...") give one exchange per number; a question
   nobody answers is kept with ``response=None`` unless its cue was weak ("Concern was
   raised ...").

Speakers are lower-cased: ``member``, ``chair``, ``officers``, a role as written ("strategic
director") or a name as written ("councillor smith"); ``None`` when unstated.

Quick paths, each giving what the full reading gives: a section with no "?", no capitalised
question word and no word a question cue needs, at distances a cue allows, has no exchange
(:meth:`_Cues.may_ask`); the question cues are matched first, the rest only when one is
found or a "?" or capitalised question word occurs
(:meth:`_Cues.match_if_asked`); a unit where no cue starts can only be a direct question
or neutral. Nothing found is kept between sections (no memo keyed on content).
"""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any, ClassVar, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, model_validator
from spacy.attrs import ORTH, SENT_START, SPACY
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from minutesmine.assets import read_jsonl
from minutesmine.models import Exchange, Speech
from minutesmine.segment.anchored import AnchoredMatcher
from minutesmine.segment.motions import starts_motion

__all__ = [
    "Cue",
    "CueRow",
    "LexiconRow",
    "PairState",
    "SpeakerKind",
    "UnitKind",
    "classify_unit",
    "find_exchanges",
    "find_exchanges_in",
    "load_cues",
    "normalise_speaker",
    "qa_table_columns",
    "table_exchanges",
]

CUE_FILE = ("cues", "exchanges.jsonl")
LEXICON_FILE = ("cues", "exchange_lexicon.jsonl")


class SpeakerKind(str, Enum):
    """Who a speaker phrase (a SPEAKER cue's ``kind``) names; a question's ``q_kind``."""

    MEMBER = "member"  # "A Member", "Members", "A number of Councillors"
    COMMITTEE = "committee"  # "The Committee", "The Panel"
    CHAIR = "chair"  # "The Chair", "The Chairman"
    OFFICERS = "officers"  # "Officers", "The officer"
    ROLE = "role"  # an officer or office holder by title: "The Strategic Director"
    NAME = "name"  # a person by name: "Councillor Smith", "Ms Patel"
    PUBLIC = "public"  # "A resident", "A member of the public"
    PRONOUN = "pronoun"  # "She", "He": the last asker or speaker
    PASSIVE = "passive"  # no stated asker ("It was asked ...", a direct question): never a cue's kind


#: Speaker kinds that may ask a question / give an answer.
ASKER_KINDS = frozenset(
    {
        SpeakerKind.MEMBER,
        SpeakerKind.COMMITTEE,
        SpeakerKind.CHAIR,
        SpeakerKind.ROLE,
        SpeakerKind.NAME,
        SpeakerKind.PUBLIC,
    }
)
RESPONDER_KINDS = frozenset({SpeakerKind.OFFICERS, SpeakerKind.ROLE, SpeakerKind.NAME})
#: Kinds that answer only with a reply verb ("responded", "explained") and a different asker.
REPLY_ONLY_KINDS = frozenset(
    {SpeakerKind.MEMBER, SpeakerKind.COMMITTEE, SpeakerKind.CHAIR, SpeakerKind.PUBLIC}
)
#: Speaker kinds whose statement may lead in to a direct question in the same paragraph
#: ("A Member welcomed the report. What would be done ...?"); a name only with a member honorific.
LEAD_IN_KINDS = frozenset({SpeakerKind.MEMBER, SpeakerKind.CHAIR, SpeakerKind.NAME})
#: The contract's speaker of a question with no stated asker: it is scored as a member's.
UNSTATED_ASKER = "member"
#: The contract's speaker string of the kinds that name no one in particular; the other kinds
#: are written as the phrase says (see :func:`normalise_speaker`).
CONTRACT_SPEAKER: dict[SpeakerKind | None, str] = {
    SpeakerKind.MEMBER: "member",
    SpeakerKind.COMMITTEE: "member",
    SpeakerKind.CHAIR: "chair",
    SpeakerKind.OFFICERS: "officers",
}
#: Unanswered neutral units allowed between a question and a strong response cue.
MAX_GAP = 2
KIND_PRIORITY = {
    SpeakerKind.OFFICERS: 7,
    SpeakerKind.CHAIR: 6,
    SpeakerKind.COMMITTEE: 5,
    SpeakerKind.PUBLIC: 5,
    SpeakerKind.MEMBER: 4,
    SpeakerKind.ROLE: 3,
    SpeakerKind.PRONOUN: 2,
    SpeakerKind.NAME: 1,
}
_PARA_BREAK = re.compile(r"\n[ \t\u00a0]*\n")


class Strength(str, Enum):
    """How much a cue says: a question or response on its own (strong), only when answered or
    beside a stronger cue (weak), a reply to the member who asked (reply), or a statement
    that informs without answering (info)."""

    strong = "strong"
    weak = "weak"
    reply = "reply"
    info = "info"


_STRENGTH_RANK = {Strength.strong: 2, Strength.reply: 2, Strength.weak: 1, Strength.info: 1}
#: Cue labels one of which a unit needs to be a question (see :meth:`_Cues.may_ask`).
QUESTION_LABELS = frozenset({"Q_PASSIVE", "Q_VERB", "Q_HEADER", "RESP_TO"})


# --------------------------------------------------------------------------- cue data


@dataclass(frozen=True)
class Cue:
    """One cue match in a Doc: ``label`` and the record's fields, over tokens ``start:end``."""

    label: str
    start: int
    end: int
    rec: dict[str, Any] = field(hash=False, compare=False)

    @property
    def kind(self) -> SpeakerKind | None:
        return self.rec.get("kind")

    @property
    def strength(self) -> Strength | None:
        got = self.rec.get("strength")
        return Strength(got) if got else None


def _expand(obj: Any, lex: dict[str, list[str]]) -> Any:
    """Replace ``"@name"`` word-list references in a token pattern by the list."""
    if isinstance(obj, str) and obj.startswith("@"):
        return lex[obj[1:]]
    if isinstance(obj, dict):
        return {k: _expand(v, lex) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_expand(v, lex) for v in obj]
    return obj


CueLabel = Literal[
    "SPEAKER",
    "Q_VERB",
    "Q_REQUEST",
    "R_VERB",
    "Q_PASSIVE",
    "R_PASSIVE",
    "R_OPENER",
    "RESP_TO",
    "Q_HEADER",
    "R_HEADER",
    "INTRO",
    "TOPIC",
]


class CueRow(BaseModel):
    """One row of ``models/cues/exchanges.jsonl``: a spaCy Matcher token pattern ("@name"
    stands for a word list of ``exchange_lexicon.jsonl``) and what a match means.

    Labels: SPEAKER who speaks (``kind``, a :class:`SpeakerKind`: member, committee, chair,
    officers, role, name, public, pronoun); Q_VERB a question verb after a speaker ("asked";
    ``strength`` strong, or weak: an exchange only when answered); Q_REQUEST "asked officers
    to ...", a request (wins over a shorter Q_VERB); R_VERB a response verb (``strength``
    reply: any responder, or info); Q_PASSIVE / R_PASSIVE a question / response with no stated
    speaker ("It was asked if", "In response it was noted"); R_OPENER "In response," opens a
    response; RESP_TO "In response to <question>, <response>" (``skip``: leading tokens not
    part of the question); Q_HEADER / R_HEADER the header lines "Question by X to Y" /
    "REPLY:"; INTRO openers skipped before the speaker ("Also,"); TOPIC "Regarding X," before
    the speaker.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    label: CueLabel
    pattern: list[dict[str, Any]]
    example: str | None = None
    note: str | None = None
    kind: SpeakerKind | None = None  # SPEAKER cues only, and never "passive"
    strength: Strength | None = None
    speaker: str | None = None  # the speaker a passive cue implies ("member", "officers")
    skip: int = 0
    askers: list[SpeakerKind] | None = None  # speaker kinds that may ask with this verb ("referred to")
    definite: bool = False  # "The Member", "the Councillor": refers back to the last asker
    colon: bool = False  # a header that includes its colon ("A:")
    alone: bool = False  # a header only alone on its line or before its colon ("Supplementary question")
    splits: bool = False  # a weak passive response that may still split a sentence after "and"
    anywhere: bool = False  # a passive response cue that counts later in a sentence too
    start_only: bool = False  # a question cue that counts only at the start of a sentence
    opens_response: bool = False  # a response verb that opens a response on its own ("In response")
    # a header line that only names who asks ("Asked by: X") or who is asked ("Portfolio holder:
    # Y"); the question itself follows under its own label ("Question: ..."); "asker_below": the
    # header names no one and the asker's name stands alone on the line below it, the question
    # under that ("Question No: 2024/0812" over "Priya Varma")
    names_line: Literal["asker", "addressee", "asker_below"] | None = None
    # a names_line header matched into the name that is its anchor ("Q.1 Cllr."): its label is
    # only its first label_len tokens, the speaker starts after them
    label_len: int | None = None

    @model_validator(mode="after")
    def _kind_of_speakers(self) -> CueRow:
        """A SPEAKER cue says who speaks (a kind other than "passive"); no other cue does."""
        if (self.label == "SPEAKER") != (self.kind is not None) or self.kind is SpeakerKind.PASSIVE:
            raise ValueError(f"{self.id}: a SPEAKER cue needs a speaker kind, and only a SPEAKER cue has one")
        return self


class LexiconRow(BaseModel):
    """One word list of ``models/cues/exchange_lexicon.jsonl`` (lower case)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    words: list[str]
    note: str | None = None


def load_cues() -> tuple[list[dict[str, Any]], dict[str, list[str]]]:
    """The cue records (patterns expanded) and the word lists, read from ``models/cues`` and
    validated (:class:`CueRow`, :class:`LexiconRow`)."""
    lex = {}
    for raw in read_jsonl(*LEXICON_FILE):
        row = LexiconRow.model_validate(raw)
        lex[row.name] = [w.lower() for w in row.words]
    recs = []
    for raw in read_jsonl(*CUE_FILE):
        r = CueRow.model_validate(raw).model_dump()
        r["pattern"] = _expand(r["pattern"], lex)
        recs.append(r)
    return recs, lex


#: Of a lexeme: text, lower, is_space, is_punct, like_num, is_lower and is_alpha, and for a
#: whitespace token whether it holds a blank line and a line break.
_Lex = tuple[str, str, bool, bool, bool, bool, bool, bool]


class _Cues:
    """The matcher built from the cue data, once per Vocab.

    An :class:`~minutesmine.segment.anchored.AnchoredMatcher`: the spaCy Matcher's matches
    (ties over the same tokens in its order), found only around the cues' required words.
    """

    _cache: ClassVar[dict[int, tuple[Vocab, _Cues]]] = {}

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.records, self.lexicon = load_cues()
        self.matcher = AnchoredMatcher(vocab)
        self.by_key: dict[int, dict[str, Any]] = {}
        for rec in self.records:
            self.matcher.add(rec["id"], [rec["pattern"]])
            self.by_key[vocab.strings[rec["id"]]] = rec
        self._lexemes: dict[int, _Lex] = {}
        self._separators: dict[tuple[int, ...], np.ndarray] = {}
        self.question_keys = frozenset(
            vocab.strings[r["id"]] for r in self.records if r["label"] in QUESTION_LABELS
        )
        self.ranks = ranks_of(self.by_key)
        self.other_keys = frozenset(self.by_key).difference(self.question_keys)
        self.enumerator_series = [
            self.lexicon[name] for name in ("enumerators_numeric", "enumerators_alpha", "enumerators_roman")
        ]
        self.plural_q_nouns = frozenset(w for w in self.lexicon["q_nouns"] if w.endswith("s"))
        self.question_mark = vocab.strings.add("?")
        # "?" and the capitalised question words: a direct question may have lost its "?"
        points = self.lexicon.get("point_question_openers", [])
        openers = self.lexicon.get("bare_question_openers", []) + points
        self.asking_words = (self.question_mark, *(vocab.strings.add(w.capitalize()) for w in openers))
        # a bulleted point's opener in lower case: "• whether the buses would continue – ..."
        self.point_openers = frozenset(vocab.strings.add(w) for w in points)
        self.bullets = frozenset(vocab.strings.add(b) for b in _BULLETS)

    def may_ask(self, orths: np.ndarray) -> bool:
        """Whether tokens with these ORTH and LOWER ids may hold a question; when not, they
        have no exchange.

        ``orths``: the tokens' ORTH ids. Every exchange starts from a question unit (see
        :func:`_pair`), and a unit is a question only through a cue with a
        :data:`QUESTION_LABELS` label (a question verb or passive, a question header, "In
        response to ...", which splits off a question) or as a direct question ending in a
        "?" token or opening with a capitalised question word (:func:`_direct_question`,
        :func:`_follow_on_questions`). So with neither and no such cue possible (see
        :meth:`AnchoredMatcher.may_match`) there is nothing to find.
        """
        words = orths.tolist()
        asks = self.matcher.may_match(self.question_keys, words, self.asking_words)
        return asks or self._bulleted_point(words)

    def _bulleted_point(self, orths: Sequence[int]) -> bool:
        """A bullet just before a lower-case point opener ("• whether ..."): a listed question."""
        openers, bullets = self.point_openers, self.bullets
        if openers.isdisjoint(orths) or bullets.isdisjoint(orths):
            return False
        return any(b in bullets and o in openers for b, o in itertools.pairwise(orths))

    @classmethod
    def for_vocab(cls, vocab: Vocab) -> _Cues:
        hit = cls._cache.get(id(vocab))
        if hit is None or hit[0] is not vocab:
            if len(cls._cache) >= 2:  # keep no pipeline alive that nlp.load() has replaced
                cls._cache.clear()
            hit = (vocab, cls(vocab))
            cls._cache[id(vocab)] = hit
        return hit[1]

    def match(self, tk: _Tokens) -> _Matches:
        """The cue matches in the tokens of ``tk``."""
        got = self._match(tk, need_question=False)
        assert got is not None
        return got

    def match_if_asked(self, tk: _Tokens) -> _Matches | None:
        """:meth:`match`, or ``None`` when the tokens hold no question cue and no "?" (so no
        exchange, see :meth:`may_ask`): the question cues are looked for first."""
        return self._match(tk, need_question=True)

    def _match(self, tk: _Tokens, need_question: bool) -> _Matches | None:
        matcher = self.matcher

        def tie_order(s: int, e: int, keys: list[int]) -> list[int]:
            return matcher.tie_order(tk.window, tk.orths, s, e, keys)

        scan = matcher.scan(tk.orths)
        found = matcher.find(tk.orths, tk.window, ties=False, keys=self.question_keys, scan=scan)
        asking = not set(self.asking_words).isdisjoint(tk.orths)
        if need_question and not found and not asking and not self._bulleted_point(tk.orths):
            return None
        found += matcher.find(tk.orths, tk.window, ties=False, keys=self.other_keys, scan=scan)
        found.sort(key=_span)  # by start and end (ties in no set order)
        return _Matches(found, self.ranks, self.lexicon, tie_order)

    def lexemes_of(self, orths: list[int]) -> list[_Lex]:
        """What the exchange finder reads of each token's lexeme (kept: Docs repeat words)."""
        known = self._lexemes
        new = set(orths).difference(known)
        if new:
            if len(known) > 500_000:
                known.clear()
                new = set(orths)
            vocab = self.vocab
            for o in new:
                lex = vocab[o]
                text = lex.orth_
                space = lex.is_space
                known[o] = (
                    text,
                    lex.lower_,
                    space,
                    lex.is_punct,
                    lex.like_num,
                    lex.is_lower and lex.is_alpha,
                    space and _PARA_BREAK.search(text) is not None,
                    space and "\n" in text,
                )
        return list(map(known.__getitem__, orths))

    def separator_row(self, cols: tuple[int, ...]) -> np.ndarray:
        """Attributes ``cols`` of the "\\n\\n" token put between Docs read as one; it starts a
        sentence."""
        row = self._separators.get(cols)
        if row is None:
            row = Doc(self.vocab, words=["\n\n"], spaces=[False]).to_array(list(cols))
            if SENT_START in cols:
                row[0, cols.index(SENT_START)] = 1
            self._separators[cols] = row
        return row


def _span(match: tuple[int, int, int]) -> tuple[int, int]:
    return match[1], match[2]


def _rank(rec: dict[str, Any]) -> tuple[int, ...]:
    """How :meth:`_Matches.longest` ranks cues of the same label and length: a speaker by
    definiteness then kind, other cues by strength."""
    if rec["label"] == "SPEAKER":
        return (int(bool(rec.get("definite"))), KIND_PRIORITY.get(rec.get("kind") or "", 0))
    return (_STRENGTH_RANK.get(rec.get("strength") or "", 0),)


#: Per matcher key: its record's label, :func:`_rank` and the record.
_Ranks = dict[int, tuple[str, tuple[int, ...], dict[str, Any]]]


def ranks_of(by_key: dict[int, dict[str, Any]]) -> _Ranks:
    """The :data:`_Ranks` of the records by matcher key."""
    return {k: (rec["label"], _rank(rec), rec) for k, rec in by_key.items()}


class _Matches:
    """All cue matches of one Doc, indexed by label and start token.

    The :class:`Cue` objects are made when first asked for. Matches over the same tokens
    come in no set order: where that order decides (:meth:`longest`), it is asked of the
    matcher (``tie_order``)."""

    def __init__(
        self,
        found: list[tuple[int, int, int]],
        ranks: _Ranks,
        lexicon: dict[str, list[str]],
        tie_order: Callable[[int, int, list[int]], list[int]],
    ) -> None:
        self.lexicon = lexicon
        self._sets: dict[str, frozenset[str]] = {}
        self._tie_order = tie_order
        # (label, start) -> (end, rank), key, record of each match
        self._raw: dict[tuple[str, int], list[tuple[tuple[int, ...], int, dict[str, Any]]]] = {}
        raw = self._raw
        for key, s, e in found:
            label, rank, rec = ranks[key]
            got = raw.get((label, s))
            if got is None:
                raw[(label, s)] = [((e, *rank), key, rec)]
            else:
                got.append(((e, *rank), key, rec))
        self._cues: dict[tuple[int, int, int], Cue] = {}  # by start, end and key
        self._starts: dict[tuple[str, ...], list[int]] = {}
        self._start_set = {s for _k, s, _e in found}
        self._all_starts = sorted(self._start_set)

    def lexicon_set(self, name: str) -> frozenset[str]:
        """The word list ``name`` of the lexicon as a set."""
        got = self._sets.get(name)
        if got is None:
            got = self._sets[name] = frozenset(self.lexicon.get(name, []))
        return got

    def starts(self) -> Iterable[tuple[str, int]]:
        """(label, start) of every cue."""
        return self._raw.keys()

    def any_in(self, lo: int, hi: int) -> bool:
        """Whether any cue starts in tokens ``lo:hi``."""
        pos = self._all_starts
        j = bisect_left(pos, lo)
        return j < len(pos) and pos[j] < hi

    def starts_in(self, labels: tuple[str, ...], lo: int, hi: int) -> list[int]:
        """Tokens in ``lo:hi`` where a cue with one of ``labels`` starts, in order (a loop over
        the tokens that only acts on such cues need only visit these)."""
        pos = self._starts.get(labels)
        if pos is None:
            want = set(labels)
            pos = self._starts[labels] = sorted({i for label, i in self._raw if label in want})
        return pos[bisect_left(pos, lo) : bisect_left(pos, hi)]

    def longest(self, label: str, i: int, end: int | None = None) -> Cue | None:
        """The longest ``label`` cue starting at token ``i`` (and ending by ``end``); of
        equally long ones the highest ranked (see :func:`_rank`), and of those the first
        in the full Matcher's order (as ``max`` over the Matcher's list of matches)."""
        if i not in self._start_set:
            return None
        raw = self._raw.get((label, i))
        if raw is None:
            return None
        if end is not None:
            raw = [r for r in raw if r[0][0] <= end]
            if not raw:
                return None
        if len(raw) == 1:
            best = raw[0]
        else:
            top = max(r[0] for r in raw)
            tied = [r for r in raw if r[0] == top]
            best = tied[0]
            if len(tied) > 1:  # the same start and end: the Matcher's order decides
                order = self._tie_order(i, top[0], [r[1] for r in tied])
                best = min(tied, key=lambda r: order.index(r[1]))
        ckey = (i, best[0][0], best[1])
        cue = self._cues.get(ckey)
        if cue is None:
            cue = self._cues[ckey] = Cue(label, i, best[0][0], best[2])
        return cue


# --------------------------------------------------------------------------- speakers


def normalise_speaker(text: str, kind: SpeakerKind | None) -> str | None:
    """The contract's speaker string for a speaker phrase of a given kind.

    >>> normalise_speaker("A number of members", SpeakerKind.MEMBER)
    'member'
    >>> normalise_speaker("the Chair’s", SpeakerKind.CHAIR)
    'chair'
    >>> normalise_speaker("The Strategic Director", SpeakerKind.ROLE)
    'strategic director'
    >>> normalise_speaker("Councillor  Smith's", SpeakerKind.NAME)
    'councillor smith'
    >>> normalise_speaker("She", SpeakerKind.PRONOUN) is None
    True
    """
    label = CONTRACT_SPEAKER.get(kind)
    if label is not None:
        return label
    if kind == SpeakerKind.PRONOUN or not text:
        return None
    s = re.sub(r"\s+", " ", text).strip()
    s = re.sub(r"(?:[’']s?)$", "", s).strip()
    s = re.sub(r"^(?:the|a|an|our|its|one|another)\s+", "", s, flags=re.I)
    s = re.sub(r"[\s,;:(]+(?:and|&)?$", "", s).strip()
    return s.lower() or None


# --------------------------------------------------------------------------- units


@dataclass
class Unit:
    """A sentence-like stretch of tokens ``start:end`` in paragraph ``para``."""

    start: int
    end: int
    para: int


class _Tokens:
    """Per-token text and flags of one Doc, or of several Docs read as one, read once
    (spaCy Token objects are costly to make).

    Several Docs are joined with a separator token "\\n\\n" that starts a sentence, as if
    the Doc of their words with the parts' sentence starts had been made (that Doc itself
    is not built: the lists here are what the exchange finder reads).
    """

    _NUMBERING = re.compile(r"[ivxlc]+|[a-z]|[qa]\.?\d+")
    #: a label with its mark as one token: "a.", "ii)", "Q1.", "Q.1"
    _NUMBERED = re.compile(r"(?:[ivxlc]+|[a-z]|[qa]\.?\d+)[.)]|[qa]\.\d+")
    COLS = (ORTH, SPACY, SENT_START)

    def __init__(self, docs: Sequence[Doc], cues: _Cues, arr: np.ndarray | None = None) -> None:
        """``arr``: :meth:`array` of ``docs`` when already made."""
        self.docs = list(docs)
        self.vocab = self.docs[0].vocab
        self.offsets: list[int] = []  # first token of each part
        n = 0
        for d in self.docs:
            n += 1 if self.offsets else 0
            self.offsets.append(n)
            n += len(d)
        if arr is None:
            arr = self.array(self.docs, cues)
        self.n = n
        self.orths: list[int] = arr[:, 0].tolist()
        self._spacy = arr[:, 1]  # SPACY: 0 or 1
        # the rest are the lexemes' (see _Cues.lexemes_of)
        self.text: Sequence[str]
        self.lower: Sequence[str]
        self.space: Sequence[bool]
        self.punct: Sequence[bool]
        self.num: Sequence[bool]
        self.lower_alpha: Sequence[bool]  # is_lower and is_alpha
        self.brk: Sequence[bool]  # a whitespace token holding a blank line (a paragraph break)
        self.newline: Sequence[bool]  # a whitespace token holding a line break
        (
            self.text,
            self.lower,
            self.space,
            self.punct,
            self.num,
            self.lower_alpha,
            self.brk,
            self.newline,
        ) = zip(*cues.lexemes_of(self.orths), strict=True)
        self.sents = self._sentences(arr[:, 2])

    @classmethod
    def array(cls, docs: Sequence[Doc], cues: _Cues) -> np.ndarray:
        """Attributes :attr:`COLS` of the tokens of ``docs`` read as one (a row per token)."""
        if len(docs) == 1:
            return docs[0].to_array(list(cls.COLS))
        parts = []
        for d in docs:
            if parts:
                parts.append(cues.separator_row(cls.COLS))
            parts.append(d.to_array(list(cls.COLS)))
        return np.concatenate(parts)

    def _sentences(self, starts: np.ndarray) -> list[tuple[int, int]]:
        """``(start, end)`` of each sentence, as ``doc.sents`` (none without sentence starts)."""
        n = self.n
        if len(self.docs) == 1:
            doc = self.docs[0]
            if not doc.has_annotation("SENT_START"):
                return []
            if "sents" in doc.user_hooks:
                return [(s.start, s.end) for s in doc.sents]
        # a sentence starts at each token after the first whose SENT_START is 1
        bounds = [0, *(np.flatnonzero(starts[1:] == 1) + 1).tolist(), n]
        return list(itertools.pairwise(bounds))

    @functools.cached_property
    def ws(self) -> list[str]:
        """Each token's trailing whitespace: " " or "" (made when first asked for)."""
        return list(map(("", " ").__getitem__, self._spacy.tolist()))

    def window(self, s: int, e: int) -> Doc | Span:
        """Tokens ``s:e`` as a Doc or Span (for the cue Matchers): a part's own tokens when
        they lie in one part, else a Doc of their words."""
        for d, o in zip(self.docs, self.offsets, strict=True):
            if o <= s and e <= o + len(d):
                return d if (s - o, e - o) == (0, len(d)) else d[s - o : e - o]
        return Doc(self.vocab, words=self.text[s:e], spaces=[bool(w) for w in self.ws[s:e]])

    def span_text(self, s: int, e: int) -> str:
        """``doc[s:e].text``: the tokens' text with the whitespace between them."""
        if e <= s:
            return ""
        text, ws = self.text, self.ws
        return "".join([text[k] + ws[k] for k in range(s, e - 1)]) + text[e - 1]

    def last_words(self, start: int, end: int) -> tuple[int | None, int | None]:
        """The last and second-last non-space tokens in ``start:end``."""
        found: list[int] = []
        k = end - 1
        while k >= start and len(found) < 2:
            if not self.space[k]:
                found.append(k)
            k -= 1
        return (found[0] if found else None), (found[1] if len(found) > 1 else None)

    def ends_with_abbreviation(self, start: int, end: int, abbrevs: frozenset[str]) -> bool:
        """The stretch ends in an abbreviation ("Cllr.", "Cllr ."), so its "sentence" goes on."""
        k = end - 1
        while k >= start and self.space[k]:
            k -= 1
        if k < start or not self.text[k].endswith("."):
            return False  # both cases below need a last word ending in "."
        last, before = self.last_words(start, end)
        if last is None:
            return False
        if before is not None and self.text[last] == "." and self.lower[before] in abbrevs:
            return True
        return self.lower[last].rstrip(".") in abbrevs and self.text[last].endswith(".")

    def only_numbering(self, start: int, end: int) -> bool:
        """A "sentence" that is only a list number or bullet ("1.", "ii.", "(a)", "•")."""
        seen = False
        for k in range(start, end):
            if self.space[k]:
                continue
            seen = True
            if not (self.punct[k] or self.num[k] or self._NUMBERING.fullmatch(self.lower[k])):
                return False
        return seen


def _units(tk: _Tokens, m: _Matches) -> list[Unit]:
    """Sentences of the Doc, mended and cut at paragraph breaks and header lines."""
    merged = _mended_sentences(tk, m)
    cuts = _line_cuts(tk, m, merged) | _abbreviation_cuts(tk, m)
    bounds = sorted({b for s, e in merged for b in (s, e)} | cuts)
    breaks_before = list(itertools.accumulate(tk.brk, initial=0))  # paragraph breaks before a token
    units = []
    space, punct = tk.space, tk.punct
    label_from = -1  # start of a list label ("1.", "(a)") cut from its point by a line break
    for s, e in itertools.pairwise(bounds):
        # a unit needs a token that is neither space nor punctuation; its paragraph is that
        # of its first non-space token
        first = -1
        for k in range(s, e):
            if not space[k]:
                if first < 0:
                    first = k
                if not punct[k]:
                    break
        else:
            continue
        if tk.only_numbering(s, e) and not tk.brk[e - 1]:
            label_from = s if label_from < 0 else label_from
            continue
        if label_from >= 0:
            s, label_from = label_from, -1
            first = _first_of(tk, s, e)
        units.append(Unit(s, e, breaks_before[first]))
    return units


def _mended_sentences(tk: _Tokens, m: _Matches) -> list[list[int]]:
    """``[start, end]`` of the Doc's sentences, a bad split mended: after an abbreviation
    ("Cllr."), after bare numbering ("1."), before a "sentence" starting in lower case; never
    across a paragraph break."""
    abbrevs = m.lexicon_set("abbreviations")
    n = tk.n
    sents = tk.sents
    if not sents and n:
        sents = [(0, n)]
    merged: list[list[int]] = []
    space, brk = tk.space, tk.brk
    for s, e in sents:
        if merged:
            ps, pe = merged[-1]
            first = s
            while first < e and space[first]:
                first += 1
            # (the tests in order of cost; all are needed to mend)
            if (
                (first < e and tk.lower_alpha[first])
                or tk.only_numbering(ps, pe)
                or tk.ends_with_abbreviation(ps, pe, abbrevs)
            ) and not any(brk[k] for k in range(max(ps, pe - 2), min(s + 1, n))):
                merged[-1][1] = e
                continue
        merged.append([s, e])
    return merged


def _abbreviation_cuts(tk: _Tokens, m: _Matches) -> set[int]:
    """Tokens that open a sentence spaCy ran on after a whole-token abbreviation ending it
    ("... open after 10:00 p.m. Senior Planner Oyelaran responded ..."): a capitalised word
    after "p.m.", unless it is one a time goes on into ("6 p.m. Tuesday", "7 p.m. Eastern")."""
    ends = m.lexicon_set("line_end_abbreviations")
    goes_on = m.lexicon_set("abbreviation_continues")
    cuts: set[int] = set()
    for k in (k for k, w in enumerate(tk.lower) if w in ends):
        i = k + 1
        while i < tk.n and tk.space[i] and not tk.newline[i]:
            i += 1
        if i < tk.n and not tk.space[i] and tk.text[i][:1].isupper() and tk.lower[i] not in goes_on:
            cuts.add(i)
    return cuts


def _line_cuts(tk: _Tokens, m: _Matches, merged: list[list[int]]) -> set[int]:
    """Tokens inside the sentences where a new unit starts: a header line ("REPLY:"), the
    line after a blank line, a colon or a header, a new list point, a question line that lost
    its mark."""
    headers = _header_line_starts(tk, m)
    cuts: set[int] = set()
    # only line breaks and header starts act below: visit just those tokens
    special = sorted(headers.union(itertools.compress(range(tk.n), tk.newline)))
    for s, e in merged:
        line_has_header = s in headers
        line_first = _first_of(tk, s, e) if _at_line_start(tk, s) else -1
        for i in special[bisect_left(special, s) : bisect_left(special, e)]:
            if i in headers:
                line_has_header = True
                if i > s:
                    cuts.add(i)
            if not tk.newline[i]:
                continue
            j = i - 1
            while j >= s and tk.space[j]:
                j -= 1
            prev_colon = j >= s and tk.text[j] == ":"
            if (
                tk.brk[i]
                or prev_colon
                or line_has_header
                or _line_starts_point(tk, m, j, i + 1)
                or _bare_question_ends(tk, m, line_first, j, i + 1)
                or _question_label_line(tk, line_first, j)
                or _label_value_line(tk, line_first, j, i + 1)
                or _after_bullet_point(tk, line_first, i + 1)
                or _after_numbered_heading(tk, m, line_first, j, i + 1)
            ):
                cuts.add(i + 1)
            line_has_header = False
            line_first = _first_of(tk, i + 1, e)
    return cuts


#: Marks that open a list point on a new line.
_BULLETS = frozenset("•·▪●○◦■□➢►-–*")


def _line_starts_point(tk: _Tokens, m: _Matches, last: int, i: int) -> bool:
    """The line starting at token ``i`` is a new point although no full stop ends the line
    before (whose last word is token ``last``): a bullet, a capital after ";" ("...
    amenities;\\nA resident asked ...", "... at 6:13 p.m.\\nCouncilmember Salinas asked ..."), or
    a question opener after a line that ends in a content word ("... in future years\\nWhy was
    there ...?")."""
    while i < tk.n and tk.space[i]:
        i += 1
    if i >= tk.n or last < 0:
        return False
    if tk.text[i] in _BULLETS:
        return True
    if tk.text[last] == ";" and _opens_with_label(tk, i):  # "...;\n(b) how long ..."
        return True
    if not tk.text[i][:1].isupper():
        return False
    if tk.text[last] == ";" or tk.lower[last] in m.lexicon_set("line_end_abbreviations"):
        return True
    if tk.lower[i] not in m.lexicon_set("interrogative_openers") or tk.punct[last]:
        return False
    return tk.lower[last] not in m.lexicon_set("line_end_continues")


def _after_bullet_point(tk: _Tokens, first: int, nxt: int) -> bool:
    """The line from token ``first`` is a bulleted point with no full stop ("• landowner
    co-funding has been lower than expected") and the next line (from ``nxt``) opens with a
    capital and no bullet ("Cr Pennington asked ..."): the list has ended, that line opens its
    own unit."""
    if first < 0 or tk.text[first] not in _BULLETS:
        return False
    k = _first_of(tk, nxt, tk.n) if nxt < tk.n else -1
    return k >= 0 and tk.text[k][:1].isupper()


#: a sub-item's number opening a line ("61.3", "4.12")
_SUB_NUMBER = re.compile(r"^\d{1,3}\.\d{1,2}$")


def _after_numbered_heading(tk: _Tokens, m: _Matches, first: int, last: int, nxt: int) -> bool:
    """The line from token ``first`` to ``last`` is a sub-item's numbered heading with no full
    stop ("61.3 24/503402/OUT Land east of Pound Lane - Outline application") and the next line
    (from ``nxt``) opens with a capital ("Cllr Shah asked ..."): that line opens its own unit. A
    line ending in a word that goes on ("... the report of the" "Director ...") is wrapped."""
    if first < 0 or last <= first or not _SUB_NUMBER.match(tk.text[first]):
        return False
    if tk.punct[last] or tk.lower[last] in m.lexicon_set("line_end_continues"):
        return False
    k = _first_of(tk, nxt, tk.n) if nxt < tk.n else -1
    return k >= 0 and tk.text[k][:1].isupper()


def _question_label_line(tk: _Tokens, first: int, last: int) -> bool:
    """The line from token ``first`` to ``last`` is only a question's numbered label
    ("QUESTION 1" over "Ms Grieve asked whether ...", Victorian public question time): the
    next line opens its own unit."""
    if first < 0 or last < first or last - first > 4 or not tk.lower[first].startswith("q"):
        return False
    return _QUESTION_LABEL.match("".join(tk.text[k] + tk.ws[k] for k in range(first, last + 1))) is not None


def _label_value_line(tk: _Tokens, first: int, last: int, nxt: int) -> bool:
    """The line from token ``first`` to ``last`` is a labelled value with no full stop ("Author:
    Lisa Marr, Policy Advisor", "File Number: 2404-117" over a report's discussion in NZ
    minutes) and the next line (from ``nxt``) opens with a capital: that line opens its own unit."""
    if first < 0 or last <= first or tk.punct[last]:
        return False
    colon = next((k for k in range(first + 1, min(first + _LABEL_TOKENS, last)) if tk.text[k] == ":"), -1)
    if colon < 0 or not tk.text[first][:1].isupper():
        return False
    k = _first_of(tk, nxt, tk.n) if nxt < tk.n else -1
    return k >= 0 and tk.text[k][:1].isupper()


#: tokens a label may take before its colon at a line's start ("File Number:")
_LABEL_TOKENS = 4


def _first_of(tk: _Tokens, s: int, e: int) -> int:
    """First non-space token in ``s:e`` (-1 when none)."""
    return next((k for k in range(s, e) if not tk.space[k]), -1)


def _bare_question_ends(tk: _Tokens, m: _Matches, first: int, last: int, nxt: int) -> bool:
    """The line from token ``first`` to ``last`` is a question that lost its mark ("What
    level of savings was anticipated\nIn May a potential ..."): it opens with a capitalised
    question word, ends in a content word, and the next line (from ``nxt``) starts with a
    capital."""
    if first < 0 or last <= first or tk.punct[last] or nxt >= tk.n:
        return False
    if not tk.text[first][:1].isupper() or tk.lower[first] not in m.lexicon_set("bare_question_openers"):
        return False
    if tk.lower[last] in m.lexicon_set("line_end_continues"):
        return False
    k = _first_of(tk, nxt, min(tk.n, nxt + 4))
    return k >= 0 and tk.text[k][:1].isupper()


def _at_line_start(tk: _Tokens, i: int) -> bool:
    j = i - 1
    while j >= 0 and tk.space[j] and "\n" not in tk.text[j]:
        j -= 1
    if j < 0:
        return True
    return "\n" in tk.text[j]  # (a token's trailing whitespace, tk.ws[j], is " " or "")


def _header_line_starts(tk: _Tokens, m: _Matches) -> set[int]:
    """Token indices where a Q_HEADER / R_HEADER line begins."""
    out = set()
    for label, i in m.starts():
        q_head = label == "Q_HEADER" and _at_line_start(tk, i) and _q_header_ok(tk, m, i)
        if q_head or (label == "R_HEADER" and _r_header_at(tk, m, i)):
            out.add(i)
    return out


def _q_header_ok(tk: _Tokens, m: _Matches, i: int) -> bool:
    """A question header counts where it starts, unless its row wants it alone on its line
    ("Supplementary question" heads the asking; "Supplementary question Cllr Hall asked" does not)."""
    c = m.longest("Q_HEADER", i)
    if c is not None and c.rec.get("names_line") in ("asker", "addressee"):
        return m.longest("SPEAKER", _label_end(c)) is not None  # "Q.1 Cllr. X", not "Q1. What ...?"
    if c is None or not c.rec.get("alone"):
        return True
    j = c.end
    return j >= tk.n or tk.text[j] == ":" or (tk.space[j] and "\n" in tk.text[j])


def _label_end(c: Cue) -> int:
    """Where a header's label ends: its match, or its row's first ``label_len`` tokens."""
    n = c.rec.get("label_len")
    return c.start + n if n else c.end


def _r_header_at(tk: _Tokens, m: _Matches, i: int) -> bool:
    """A reply header starts at token ``i``: at a line start, or in capitals (or a label of
    several words) with its colon after a sentence whose line break was lost ("... freezing
    weather. REPLY: ...", "... refunded? Reply to part (a): ...")."""
    if not _r_header_ok(tk, m, i):
        return False
    if _at_line_start(tk, i):
        return True
    j = i - 1
    while j >= 0 and tk.space[j]:
        j -= 1
    c = m.longest("R_HEADER", i)
    if c is None:
        return False
    # in capitals, or a label of several words with its colon ("Reply to part (a):")
    long_label = bool(c.rec.get("colon")) and c.end - c.start >= 4
    caps = (tk.text[i].isupper() and len(tk.text[i]) > 1) or long_label
    colon = bool(c.rec.get("colon")) or (c.end < tk.n and tk.text[c.end] == ":")
    return caps and colon and j >= 0 and tk.text[j] in (".", ")", "?", "!")


def _r_header_ok(tk: _Tokens, m: _Matches, i: int) -> bool:
    """A "Reply"/"Answer" header stands alone on its line or is followed by ":" (or "by X:")."""
    c = m.longest("R_HEADER", i)
    if c is None:
        return False
    j = c.end
    if c.rec.get("colon"):
        return True
    if j >= tk.n or tk.text[j] in (":", "-", "–"):  # (a token's trailing space is " " or "")
        return True
    if tk.space[j] and "\n" in tk.text[j]:
        return True
    if tk.lower[j] in ("by", "from", "of"):
        k = j + 1
        while k < tk.n and k < j + 10 and "\n" not in tk.text[k] and tk.text[k] != ":":
            k += 1
        return k < tk.n and (tk.text[k] == ":" or "\n" in tk.text[k])
    return False


# --------------------------------------------------------------------------- classification


class UnitKind(Enum):
    """What one unit of a section says (see :func:`classify_unit`)."""

    QUESTION = "q"  # "A Member asked ...", "It was queried whether ..."
    FOLLOW_ON = "contq"  # the last asker's further question: "She also asked ...", "They queried ..."
    REQUEST = "req"  # "Members asked the Executive to consider ...": a question only when answered
    QUESTION_HEADER = "qhead"  # "Question submitted by Councillor X (to Y)"
    DIRECT = "dq"  # a direct question on its own line: "What would be the effect ...?"
    RESPONSE = "r"  # "Officers advised ...", "In response, ...", "It was explained ..."
    REPLY_HEADER = "rhead"  # "REPLY:", "Answer"
    QUESTION_RESPONSE = "qr"  # both: "In response to a question about X, officers stated ..."
    CONTINUATION = "cont"  # "He added ...": goes on with whatever was being said
    STATEMENT = "stmt"  # a member speaking without asking: "Members welcomed the report."
    OFFICER_SAYS = "said"  # an officer speaking with no response verb: an answer only right after a question
    NEUTRAL = "neutral"  # anything else


#: Unit kinds that open a question.
ASKING = frozenset(
    {
        UnitKind.QUESTION,
        UnitKind.QUESTION_RESPONSE,
        UnitKind.QUESTION_HEADER,
        UnitKind.DIRECT,
        UnitKind.REQUEST,
    }
)


class PairState(Enum):
    """Where the pairing stands (see :class:`_Pairer`)."""

    IDLE = "idle"  # no question open
    ASKED = "asked"  # a question waits for its answer
    ANSWERED = "answered"  # an answer runs on (to the paragraph's end, or a list's end)
    WRITTEN_REPLY = "written_reply"  # a "REPLY:" text runs to the next header or the minutes' narrative


@dataclass
class UnitInfo:
    """What one unit is (its :class:`UnitKind`), the question and response spans in it and
    who speaks."""

    kind: UnitKind
    unit: Unit
    q_range: tuple[int, int] | None = None
    r_range: tuple[int, int] | None = None
    q_speaker: str | None = None
    q_kind: SpeakerKind | None = None
    r_speaker: str | None = None
    strength: Strength = Strength.strong
    anywhere: bool = False  # the cue was not at the start of the unit
    hint: str | None = None  # responder named by a "Question ... to X" header
    definite: bool = False  # "The Member", "She": refers back to the last asker
    attach: bool = False  # "In response to the queries raised, ...": answers the open question
    noted: bool = False  # "Members noted that ...": what members were told, after a question
    heading: tuple[int, int] | None = None  # a question header line: the question when no text follows
    interrogative: bool = False  # neutral text worded as a question ("How was ...?", "Were there ...")
    plural: bool = False  # a statement of "Members" / "Councillors" (the minutes' narrative, not a reply)
    speaks: bool = False  # a statement with a speech verb ("The Chairman reported that ...")
    refers_back: bool = False  # "In response to the queries raised": what was asked is said before
    member_speaks: bool = False  # "Councillor Galvin acknowledged ...": who a later "He queried" is
    declined: bool = False  # "Reply: Deferred to the next meeting.": a reply label over no answer
    asker_below: bool = False  # a question header whose asker is named alone on the next line


def _skip_intro(tk: _Tokens, m: _Matches, i: int, end: int) -> int:
    """First token after bullets, numbering and openers such as "Also," or "In response,"."""
    for _ in range(6):
        start = i
        while i < end and (tk.space[i] or (tk.punct[i] and tk.text[i] != "(") or _list_label(tk, m, i, end)):
            i += 1
        if i < end and tk.text[i] == "(" and i + 2 < end and tk.text[i + 2] == ")":
            i += 3
            continue
        intro = m.longest("INTRO", i, end)
        if intro is not None and m.longest("RESP_TO", i, end) is None:
            nxt = intro.end
            if nxt < end and m.longest("R_PASSIVE", i, end) is None:
                i = nxt
        if i == start:
            break
    return i


def _list_label(tk: _Tokens, m: _Matches, i: int, end: int) -> bool:
    """Token ``i`` numbers a list point ("1", "ii" before "." or ")", "a." or "Q1" as one
    token), unless a name starts there: "J. Wilson", "A. Patel" open with an initial."""
    if tk.num[i]:
        return True
    numbered = (
        i + 1 < end and tk.text[i + 1] in (".", ")") and _Tokens._NUMBERING.fullmatch(tk.lower[i]) is not None
    ) or _Tokens._NUMBERED.fullmatch(tk.lower[i]) is not None
    return numbered and m.longest("SPEAKER", i, end) is None


#: dashes that set off a label or a parenthetical
_DASHES = ("–", "—")


def _after_speaker(tk: _Tokens, m: _Matches, j: int, end: int, parenthetical: bool) -> int:
    """Token after adverbs (and, optionally, a parenthetical) following a speaker phrase."""
    adverbs = set(m.lexicon.get("adverbs", []))
    for _ in range(3):
        if parenthetical and j < end and tk.text[j] in ("(", ",", "–", "-"):
            # "(…)", ", …," or "– … –"; a group after a comma may close with a dash ("Maureen
            # Kettle, Garforth Community Association – Asked ...")
            close = {"(": (")",), ",": (",", *_DASHES), "–": ("–",), "-": ("-",)}[tk.text[j]]
            k = j + 1
            while k < end and k < j + 12 and tk.text[k] not in close:
                k += 1
            if k < end and k < j + 12 and tk.text[k] in close:
                j = k + 1
                continue
        if parenthetical and (k := _affiliation_end(tk, j, end)) > j:
            j = k  # "Frank Odell of the Smithfield District asked ..."
            continue
        if j < end and tk.lower[j] in adverbs and tk.lower[j] not in ("had", "has", "have"):
            j += 1
            continue
        if j < end and tk.lower[j] in ("had", "has", "have") and j + 1 < end and tk.lower[j + 1] != "been":
            j += 1
            continue
        break
    return j


def _affiliation_end(tk: _Tokens, j: int, end: int) -> int:
    """The token after a speaker's place or body written without commas ("of the Smithfield
    District", "of Elm Street", "of Oak Valley Residents Association"): "of", an optional
    "the" and one to four capitalised words; ``j`` itself when there is none."""
    if j >= end or tk.lower[j] != "of":
        return j
    k = j + 1 + (j + 1 < end and tk.lower[j + 1] == "the")
    first = k
    while k < end and k < first + 4 and tk.text[k][:1].isupper():
        k += 1
    return k if k > first else j


def _question_verb(m: _Matches, j: int, end: int) -> Cue | None:
    """A question verb at ``j`` unless a longer request cue ("asked X to ...") starts there."""
    q = m.longest("Q_VERB", j, None)
    req = m.longest("Q_REQUEST", j, None)
    if q is None or (req is not None and req.end > q.end):
        return None
    return q


def _speaker_verb(
    tk: _Tokens, m: _Matches, i: int, end: int, parenthetical: bool
) -> tuple[Cue, Cue | None, Cue | None] | None:
    """A speaker phrase at ``i`` and the question or response verb right after it."""
    sp = m.longest("SPEAKER", i, end)
    if sp is None:
        return None
    j = _after_speaker(tk, m, sp.end, end, parenthetical)
    if j >= end:
        return sp, None, None
    return sp, _question_verb(m, j, end), m.longest("R_VERB", j, end)


def _asker_allowed(tk: _Tokens, m: _Matches, sp: Cue, qv: Cue) -> bool:
    """A question cue limited to some askers ("askers" in its record): "referred to" asks only
    from a member, the chair or a councillor by name, never from an officer presenting.

    A name counts only with a member's honorific ("Councillor Grant").
    """
    askers = qv.rec.get("askers")
    if not askers:
        return True
    if sp.kind not in askers:
        return False
    if sp.kind is SpeakerKind.NAME:
        return tk.lower[sp.start] in set(m.lexicon.get("member_honorifics", []))
    return True


def _responder_ok(sp: Cue, rv: Cue, asker_kind: SpeakerKind | None) -> bool:
    kind = sp.kind
    if kind in RESPONDER_KINDS:
        return True
    if kind is SpeakerKind.PRONOUN:
        return rv.strength is Strength.reply
    if kind in REPLY_ONLY_KINDS:
        return rv.strength is Strength.reply and asker_kind is not None and asker_kind != kind
    return False


def _response_start(
    tk: _Tokens, m: _Matches, lo: int, end: int, asker_kind: SpeakerKind | None, need_split: bool
) -> tuple[int, str | None] | None:
    """First response cue in ``lo:end`` (a responder + verb, or a passive response).

    With ``need_split`` the cue must follow a conjunction or comma ("... and officers
    responded that ...", "..., to which the Director replied ...").
    """
    split_words = set(m.lexicon.get("split_words", []))
    for k in m.starts_in(("R_PASSIVE", "SPEAKER", "R_VERB"), lo, end):  # nothing found elsewhere
        if need_split:
            prev = tk.lower[k - 1] if k > 0 else ""
            if prev not in split_words:
                continue
        rp = m.longest("R_PASSIVE", k, end)
        if rp is not None and (
            not need_split or rp.strength is Strength.strong or bool(rp.rec.get("splits"))
        ):
            return k, rp.rec.get("speaker")
        sv = _speaker_verb(tk, m, k, end, parenthetical=not need_split)
        if sv is not None:
            sp, _, rv = sv
            if rv is not None and (
                _responder_ok(sp, rv, asker_kind or SpeakerKind.MEMBER)
                or (not need_split and sp.kind is SpeakerKind.PRONOUN)
            ):
                return k, normalise_speaker(sp_text(tk, sp), sp.kind)
        rvi = m.longest("R_VERB", k, end)
        if rvi is not None and rvi.rec.get("opens_response"):
            return k, None
    return None


def sp_text(tk: _Tokens, c: Cue) -> str:
    return tk.span_text(c.start, c.end)


#: a decimal paragraph number opening a unit ("7.3"), not part of what was said
_PARAGRAPH_NUMBER = re.compile(r"\d{1,3}\.\d{1,3}")


def _trim(tk: _Tokens, s: int, e: int, m: _Matches) -> tuple[int, int]:
    """Drop leading/trailing spaces, punctuation and dangling conjunctions."""
    tail = {"and", "but", "to", "which", "whereupon", "so", "then", "in", "response", "reply", "answer"}
    while s < e and (tk.space[s] or (tk.punct[s] and tk.text[s] not in ("(", "“", '"', "‘"))):
        s += 1
    if s + 1 < e and _PARAGRAPH_NUMBER.fullmatch(tk.text[s]) and tk.text[s + 1][:1].isupper():
        s += 1  # a numbered paragraph's number ("25.3 Councillor Ingleby asked ...")
    while e > s and (
        tk.space[e - 1]
        or (tk.punct[e - 1] and tk.text[e - 1] not in (")", "?", "”", '"', "’", "."))
        or tk.lower[e - 1] in tail
    ):
        e -= 1
    return s, e


def _split_response(tk: _Tokens, m: _Matches, info: UnitInfo, lo: int) -> UnitInfo:
    """Split "question ... and officers responded that ..." inside one unit."""
    u = info.unit
    hit = _response_start(tk, m, lo, u.end, info.q_kind, need_split=True)
    if hit is None:
        return info
    k, speaker = hit
    info.kind = UnitKind.QUESTION_RESPONSE
    info.q_range = _trim(tk, u.start, k, m)
    info.r_range = _trim(tk, k, u.end, m)
    info.r_speaker = speaker
    return info


def _direct_question(tk: _Tokens, u: Unit, m: _Matches, i: int) -> bool:
    """ "What would be the effect ...?" — an interrogative line of its own: it starts a line
    with a question opener (or its last clause does: "... – could the Audit Commission
    advise?"), and ends in "?" before a line break or the next such question; or, with no
    "?", it is a whole line of some length opening with a capitalised question word (a Q&A
    list whose questions lost their marks: "What level of savings was anticipated")."""
    space = tk.space
    last = u.end - 1
    while last >= u.start and space[last]:
        last -= 1
    if last < u.start or i >= u.end or not _at_line_start(tk, _first_token(tk, u)):
        return False
    openers = m.lexicon_set("interrogative_openers")
    if tk.text[last] != "?":
        return _bare_question_line(tk, u, i, last, m.lexicon_set("bare_question_openers"))
    if _form_answer_below(tk, last, m.lexicon_set("form_answers")):
        return False  # "Is this a Key Decision?" over "No": a form's field and its value
    after = last + 1
    while after < tk.n and tk.space[after] and "\n" not in tk.text[after]:
        after += 1
    if (
        after < tk.n
        and not tk.space[after]
        and not (tk.text[after][:1].isupper() and tk.lower[after] in openers)
    ):
        return False
    if tk.lower[i] in openers:
        return True
    return any(tk.text[k] in ("–", "—", "-", ",") and tk.lower[k + 1] in openers for k in range(i, last - 1))


def _form_answer_below(tk: _Tokens, last: int, answers: frozenset[str]) -> bool:
    """Whether the line after the question ending at ``last`` is one word of ``answers``
    ("Yes", "No", "N/A") standing alone."""
    k = last + 1
    while k < tk.n and tk.space[k] and not tk.newline[k]:
        k += 1
    if k >= tk.n or not tk.newline[k]:
        return False
    while k < tk.n and tk.space[k]:
        k += 1
    end = k
    while (
        end < tk.n
        and not tk.space[end]
        and (end == k or tk.text[end] in ("/", ".") or tk.text[end - 1] == "/")
    ):
        end += 1
    word = "".join(tk.text[k:end]).rstrip(".").lower()
    return word in answers and (end >= tk.n or tk.newline[end])


def _bare_question_line(tk: _Tokens, u: Unit, i: int, last: int, openers: frozenset[str]) -> bool:
    """A line of seven or more words opening with a capitalised question word and ending
    without punctuation at a line break (see :func:`_direct_question`)."""
    if tk.punct[last] or not tk.text[i][:1].isupper() or tk.lower[i] not in openers:
        return False
    if any(tk.newline[k] for k in range(i, last)):
        return False
    after = last + 1
    if after < tk.n and not tk.newline[after]:
        return False
    words = [tk.text[k] for k in range(i, last + 1) if not tk.space[k] and not tk.punct[k]]
    capitals = sum(w[:1].isupper() for w in words[1:])
    return len(words) >= 7 and capitals * 2 < len(words)  # a Title Case line is a heading


def _asked(
    tk: _Tokens, m: _Matches, u: Unit, verb: Cue, speaker: str | None, kind: SpeakerKind, definite: bool
) -> UnitInfo:
    """A unit whose speaker asks (question ``verb``), split where a response begins after it;
    a note that questions were asked and answered, with neither stated, is neutral."""
    if _summary_note(tk, m, u, verb):
        return UnitInfo(UnitKind.NEUTRAL, u)
    info = UnitInfo(
        UnitKind.FOLLOW_ON if definite else UnitKind.QUESTION,
        u,
        q_range=_trim(tk, u.start, u.end, m),
        q_speaker=speaker,
        q_kind=kind,
        strength=verb.strength or Strength.strong,
        definite=definite,
    )
    return _split_response(tk, m, info, verb.end)


def _possessive_speaker(tk: _Tokens, m: _Matches, lo: int, hi: int) -> bool:
    """Tokens ``lo:hi`` open with a speaker in the possessive: "Members' concerns"."""
    sp = m.longest("SPEAKER", lo, hi)
    if sp is None:
        return False
    return tk.text[sp.end - 1].endswith(("’", "'", "’s", "'s")) or (
        sp.end < hi and tk.text[sp.end] in ("’", "'", "’s", "'s")
    )


def _summary_note(tk: _Tokens, m: _Matches, u: Unit, verb: Cue) -> bool:
    """ "Members asked questions on several aspects, which were responded to by the
    Director", "Members asked a number of questions and the following points were noted:",
    "Members asked questions and a summary of those questions and answers follows.": the question
    verb's object is a plural "questions" and the same sentence says they were answered or
    noted, or that they are set out next."""
    nouns = m.lexicon_set("summary_nouns")
    k = next((k for k in range(verb.start, min(u.end, verb.end + 4)) if tk.lower[k] in nouns), None)
    if k is None:
        return False
    answered = m.lexicon_set("r_passive_strong") | m.lexicon_set("summary_passives")
    heads = m.lexicon_set("summary_announcements")
    h = next((h for h in range(k + 1, u.end) if tk.lower[h] in heads), None)
    if h is not None and not m.lexicon_set("summary_announce_verbs").isdisjoint(tk.lower[h + 1 : u.end]):
        return True
    return any(
        tk.lower[j] in ("was", "were") and tk.lower[j + 2 if tk.space[j + 1] else j + 1] in answered
        for j in range(k + 1, u.end - 2)
    )


def classify_unit(tk: _Tokens, u: Unit, m: _Matches) -> UnitInfo:
    """What one unit says: a question, a response, both, a continuation, ... (see UnitInfo).

    The readers below are tried in order, each on the unit after its openers ("Also,"); the
    first that recognises the unit decides. Those after the topic reader read after "In
    relation to X," too. A unit none of them recognises is a direct question or neutral.
    """
    i = _skip_intro(tk, m, u.start, u.end)
    if i >= u.end:
        return UnitInfo(UnitKind.NEUTRAL, u)
    if not m.any_in(u.start, u.end):
        # no cue starts in the unit, so every cue test below finds nothing (they all look
        # for cues starting in u.start:u.end): only a direct question is left
        return _direct_or_neutral(tk, u, m, i)
    for read in _CUE_READERS:
        info = read(tk, m, u, i)
        if info is not None:
            return info
    i = _after_topic(tk, m, i, u.end)
    for read in _SPEAKER_READERS:
        info = read(tk, m, u, i)
        if info is not None:
            return info
    return _direct_or_neutral(tk, u, m, i)


def _question_header_unit(tk: _Tokens, m: _Matches, u: Unit, i: int) -> UnitInfo | None:
    """A header line "Question by X to Y" / "Q:" (at a line start)."""
    qh = m.longest("Q_HEADER", u.start if _at_line_start(tk, u.start) else i, u.end)
    if qh is None and _at_line_start(tk, i):
        qh = m.longest("Q_HEADER", i, u.end)
    if qh is not None and _at_line_start(tk, qh.start) and _q_header_ok(tk, m, qh.start):
        return _header_question(tk, m, u, qh)
    return None


def _reply_header_unit(tk: _Tokens, m: _Matches, u: Unit, i: int) -> UnitInfo | None:
    """A header "REPLY:", "Answer by X:", "A1." and the text after it on its line."""
    first = _first_of(tk, u.start, u.end)
    at = first if m.longest("R_HEADER", first, u.end) is not None else i  # "A1." is also a list label
    rh = m.longest("R_HEADER", at, u.end)
    if rh is None or not _r_header_at(tk, m, at):
        return None
    j = _label_end(rh)  # "Reply to part (a):": the answer keeps its part's marker
    speaker = None
    if j < u.end and tk.lower[j] in ("by", "from", "of"):
        sp = m.longest("SPEAKER", j + 1, u.end)
        if sp is not None:
            speaker = normalise_speaker(sp_text(tk, sp), sp.kind)
            j = sp.end
    elif (named := _header_speaker_line(tk, m, j, u.end)) is not None:
        speaker, j = named
    s, e = _trim(tk, j, u.end, m)
    if speaker is None and e > s:
        speaker = _opening_responder(tk, m, s, e)
    if e > s and _declines(tk, m, s, e):
        return UnitInfo(UnitKind.REPLY_HEADER, u, r_speaker=speaker, declined=True)
    return UnitInfo(UnitKind.REPLY_HEADER, u, r_range=(s, e) if e > s else None, r_speaker=speaker)


def _declines(tk: _Tokens, m: _Matches, s: int, e: int) -> bool:
    """A reply label's text that gives no answer ("Deferred to the November meeting.", "No reply
    had been received ..."): it opens with a phrase of the lexicon list ``unanswered_replies``."""
    if tk.lower[s] not in m.lexicon_set("unanswered_reply_starts"):
        return False  # a cheap check on the first word before the phrases
    head = " ".join(tk.lower[s : min(e, s + 4)])
    return any(head.startswith(p) for p in m.lexicon_set("unanswered_replies"))


def _opening_responder(tk: _Tokens, m: _Matches, s: int, e: int) -> str | None:
    """Who answers when a reply label's text opens with them and a verb of answering
    ("Response: The Director Infrastructure advised that ...", "Answer: Officers confirmed ...")."""
    found = _response_start(tk, m, s, e, None, need_split=False)
    if found is None:
        return None
    k, speaker = found
    lead = k == s or (k == s + 1 and tk.lower[s] == "the")
    return speaker if lead else None


def _header_speaker_line(tk: _Tokens, m: _Matches, j: int, end: int) -> tuple[str, int] | None:
    """ "Response: Councillor Mark Jenkins, Cabinet Member for Highways" on a line of its own:
    who answers, and the token after the line (where the answer's text starts)."""
    if j < end and tk.text[j] == ":":
        j += 1
    while j < end and tk.text[j].isspace() and "\n" not in tk.text[j]:
        j += 1
    sp = m.longest("SPEAKER", j, end)
    if sp is None or sp.start != j:
        return None
    k = next((k for k in range(sp.end, min(end, sp.end + 12)) if "\n" in tk.text[k]), None)
    speaker = normalise_speaker(sp_text(tk, sp), sp.kind)
    if k is None or speaker is None:
        return None
    return speaker, k + 1


def _resp_to_unit(tk: _Tokens, m: _Matches, u: Unit, i: int) -> UnitInfo | None:
    """ "In response to a question about X, officers stated ..." (see :func:`_resp_to`)."""
    rt = m.longest("RESP_TO", i, u.end)
    return _resp_to(tk, m, u, rt) if rt is not None else None


def _passive_unit(tk: _Tokens, m: _Matches, u: Unit, i: int) -> UnitInfo | None:
    """A passive cue at the start: "It was asked if ...", "It was explained that ..."."""
    qp = m.longest("Q_PASSIVE", i, u.end)
    rp = m.longest("R_PASSIVE", i, u.end)
    if qp is not None and _lists_questions(tk, m, u, i, qp.end):
        return UnitInfo(UnitKind.NEUTRAL, u)
    if rp is not None and (qp is None or rp.end >= qp.end):
        r_range = _trim(tk, u.start, u.end, m)
        speaker = rp.rec.get("speaker")
        return UnitInfo(
            UnitKind.RESPONSE, u, r_range=r_range, r_speaker=speaker, strength=rp.strength or Strength.strong
        )
    if qp is None:
        return None
    return _passive_question(tk, m, u, qp, anywhere=False)


def _lists_questions(tk: _Tokens, m: _Matches, u: Unit, lo: int, hi: int) -> bool:
    """ "The following supplementary questions were asked:": a note that lists the questions
    after it (a plural question noun before the passive verb, and a colon at the end)."""
    nouns = m.lexicon_set("q_nouns")
    return _ends_with_colon(tk, u) and any(
        tk.lower[k] in nouns and tk.lower[k].endswith("s") for k in range(lo, hi)
    )


def _passive_question(tk: _Tokens, m: _Matches, u: Unit, qp: Cue, anywhere: bool) -> UnitInfo:
    """A question with no stated asker (scored as a member's), split where a response begins."""
    info = UnitInfo(
        UnitKind.QUESTION,
        u,
        q_range=_trim(tk, u.start, u.end, m),
        q_speaker=UNSTATED_ASKER,
        q_kind=SpeakerKind.PASSIVE,
        strength=qp.strength or Strength.strong,
        anywhere=anywhere,
    )
    return _split_response(tk, m, info, qp.end)


def _later_cue_unit(tk: _Tokens, m: _Matches, u: Unit, i: int) -> UnitInfo | None:
    """A passive question or response cue later in the unit ("The data was also questioned")."""
    for k in m.starts_in(("Q_PASSIVE", "R_PASSIVE"), i, u.end):
        qp = m.longest("Q_PASSIVE", k, u.end)
        if qp is not None and _lists_questions(tk, m, u, i, qp.end):
            return UnitInfo(UnitKind.NEUTRAL, u)  # "The following supplementary questions were asked:"
        if qp is not None and not qp.rec.get("start_only"):
            return _passive_question(tk, m, u, qp, anywhere=True)
        rp = m.longest("R_PASSIVE", k, u.end)
        if rp is not None and rp.rec.get("anywhere"):
            r_range = _trim(tk, u.start, u.end, m)
            speaker = rp.rec.get("speaker")
            return UnitInfo(
                UnitKind.RESPONSE,
                u,
                r_range=r_range,
                r_speaker=speaker,
                strength=Strength.weak,
                anywhere=True,
            )
    return None


@dataclass
class _Speaking:
    """A speaker phrase at a unit's start and the question / response verb after it."""

    sp: Cue
    qv: Cue | None  # a question verb the speaker may ask with (see _asker_allowed)
    rv: Cue | None
    kind: SpeakerKind
    speaker: str | None  # as the contract writes it (normalise_speaker)
    definite: bool  # "She", "The Member": refers back to the last asker
    member: bool  # a name with a member's honorific: "Councillor Grant"


def _speaker_unit(tk: _Tokens, m: _Matches, u: Unit, i: int) -> UnitInfo | None:
    """A speaker at the start: "A Member asked", "Officers advised", "She added"."""
    sv = _speaker_verb(tk, m, i, u.end, parenthetical=True)
    if sv is None:
        return None
    sp, qv, rv = sv
    kind = sp.kind
    assert kind is not None  # a SPEAKER cue's (see CueRow)
    s = _Speaking(
        sp,
        qv if qv is not None and _asker_allowed(tk, m, sp, qv) else None,
        rv,
        kind,
        normalise_speaker(sp_text(tk, sp), kind),
        kind is SpeakerKind.PRONOUN or bool(sp.rec.get("definite")),
        kind is SpeakerKind.NAME and tk.lower[sp.start] in m.lexicon_set("member_honorifics"),
    )
    for read in (_speaker_asks, _speaker_answers, _pronoun_goes_on, _asker_goes_on, _officer_speaks):
        info = read(tk, m, u, s)
        if info is not None:
            return info
    return None


def _speaker_asks(tk: _Tokens, m: _Matches, u: Unit, s: _Speaking) -> UnitInfo | None:
    """ "A Member asked ..."; "Councillor Brown noted that ... and asked for a timetable"."""
    if s.qv is not None and (s.kind in ASKER_KINDS or s.kind is SpeakerKind.PRONOUN):
        if _first_of(tk, s.qv.end, u.end) < 0:
            return None  # "MEMBER QUESTIONS", "Public Questions": a title, nothing is asked
        return _asked(tk, m, u, s.qv, s.speaker, s.kind, s.definite)
    if s.rv is not None and s.member:
        q_later = _later_question(tk, m, s.sp.end, u.end)  # a member's next point
        if q_later is not None:
            return _asked(tk, m, u, q_later, s.speaker, s.kind, s.definite)
    return None


def _answered_question_from(tk: _Tokens, m: _Matches, u: Unit, s: _Speaking) -> UnitInfo | None:
    """ "Cllr Woodman responded to a question from Cllr Redman about disabled parking bays": an
    answer minuted with the question it answered and who asked it (not the answer's words)."""
    j = s.rv.end if s.rv is not None else u.end
    if j >= u.end or tk.lower[j] != "to":
        return None
    nouns = m.lexicon_set("q_nouns")
    k = next((k for k in range(j + 1, min(u.end, j + 5)) if tk.lower[k] in nouns), None)
    if k is None or k + 2 >= u.end or tk.lower[k + 1] not in ("from", "by"):
        return None
    asker = m.longest("SPEAKER", k + 2, u.end)
    if asker is None:
        return None
    return UnitInfo(
        UnitKind.QUESTION_RESPONSE,
        u,
        q_range=_trim(tk, j + 1, u.end, m),
        r_range=_trim(tk, u.start, u.end, m),
        q_speaker=normalise_speaker(sp_text(tk, asker), asker.kind),
        q_kind=asker.kind,
        r_speaker=s.speaker,
    )


def _speaker_answers(tk: _Tokens, m: _Matches, u: Unit, s: _Speaking) -> UnitInfo | None:
    """ "Officers advised ...", "The Director stated ..."; a member only with a reply verb."""
    if s.rv is None:
        return None
    if (info := _answered_question_from(tk, m, u, s)) is not None:
        return info
    r_range = _trim(tk, u.start, u.end, m)
    if s.kind in RESPONDER_KINDS:
        strength = s.rv.strength or Strength.info
        return UnitInfo(
            UnitKind.RESPONSE,
            u,
            r_range=r_range,
            r_speaker=s.speaker,
            strength=strength,
            member_speaks=s.member,
        )
    if s.kind in REPLY_ONLY_KINDS and s.rv.strength is Strength.reply:
        return UnitInfo(
            UnitKind.RESPONSE, u, r_range=r_range, r_speaker=s.speaker, strength=Strength.reply, q_kind=s.kind
        )
    return None


def _pronoun_goes_on(tk: _Tokens, m: _Matches, u: Unit, s: _Speaking) -> UnitInfo | None:
    """ "She added ...", "He also asked ..." (a question verb later: the asker's next question)."""
    if s.kind is not SpeakerKind.PRONOUN:
        return None
    q_later = _later_question(tk, m, s.sp.end, u.end)
    if q_later is not None:
        q_range = _trim(tk, u.start, u.end, m)
        info = UnitInfo(UnitKind.FOLLOW_ON, u, q_range=q_range, q_kind=s.kind, definite=True)
        return _split_response(tk, m, info, q_later.end)
    reply = s.rv is not None and s.rv.strength is Strength.reply
    return UnitInfo(
        UnitKind.CONTINUATION, u, r_speaker=None, strength=Strength.reply if reply else Strength.info
    )


def _asker_goes_on(tk: _Tokens, m: _Matches, u: Unit, s: _Speaking) -> UnitInfo | None:
    """One who may ask, with no question verb right after: "A member referred to X and asked
    if ...", a request ("Members asked the Executive to consider ..."), or a statement."""
    if s.kind not in ASKER_KINDS:
        return None
    q_later = _later_question(tk, m, s.sp.end, u.end)
    if q_later is not None:
        return _asked(tk, m, u, q_later, s.speaker, s.kind, s.definite)
    req = m.longest("Q_REQUEST", _after_speaker(tk, m, s.sp.end, u.end, True), u.end)
    if (
        req is not None
        and s.kind in (SpeakerKind.MEMBER, SpeakerKind.CHAIR, SpeakerKind.PUBLIC)
        and tk.lower[req.start] in m.lexicon_set("request_verbs")
    ):
        # a question only when a response follows
        q_range = _trim(tk, u.start, u.end, m)
        info = UnitInfo(
            UnitKind.REQUEST, u, q_range=q_range, q_speaker=s.speaker, q_kind=s.kind, strength=Strength.weak
        )
        return _split_response(tk, m, info, req.end)
    if s.kind not in (SpeakerKind.MEMBER, SpeakerKind.COMMITTEE, SpeakerKind.CHAIR, SpeakerKind.PUBLIC):
        return None
    rv = s.rv
    noted = (
        rv is not None
        and tk.lower[rv.start] in m.lexicon_set("noted_verbs")
        and rv.end < u.end
        and tk.lower[rv.end] in m.lexicon_set("noted_clause_starts")
    )
    return UnitInfo(
        UnitKind.STATEMENT,
        u,
        q_range=_trim(tk, u.start, u.end, m),
        q_speaker=s.speaker,
        q_kind=s.kind,
        noted=noted and s.kind is not SpeakerKind.CHAIR,
        plural=_plural_members(tk, m, s.sp),
        speaks=rv is not None and not _courtesy(tk, m, s.sp, u.end),
    )


def _officer_speaks(tk: _Tokens, m: _Matches, u: Unit, s: _Speaking) -> UnitInfo | None:
    """ "The Overview and Scrutiny Officer was aware that ...": an officer speaking right
    after a question answers it, whatever the verb."""
    if (
        s.kind not in (SpeakerKind.OFFICERS, SpeakerKind.ROLE)
        or s.qv is not None
        or _courtesy(tk, m, s.sp, u.end)
    ):
        return None
    r_range = _trim(tk, u.start, u.end, m)
    return UnitInfo(UnitKind.OFFICER_SAYS, u, r_range=r_range, r_speaker=s.speaker, strength=Strength.weak)


_UnitReader = Callable[[_Tokens, _Matches, Unit, int], "UnitInfo | None"]


#: What :func:`classify_unit` tries first, in order: header lines, "In response to X, ...",
#: "In response, ...", passive cues at the start.
def _received_from_unit(tk: _Tokens, m: _Matches, u: Unit, i: int) -> UnitInfo | None:
    """ "Two questions had been received from Mrs Janet Hollis, briefly summarised as follows:",
    "one question had been received from a member of the public, Mr R. Denholm:": the
    questions after it, asked by the person named; "The Leader received a question from
    Councillor X regarding ...": X's question (see :func:`_received_question`)."""
    if not _ends_with_colon(tk, u):
        return _received_question(tk, m, u, i) or _submitted_question(tk, m, u, i)
    nouns = m.lexicon_set("q_nouns")
    for k in range(i, u.end - 2):
        if (
            tk.lower[k] == "received"
            and tk.lower[k + 1] == "from"
            and any(tk.lower[j] in nouns for j in range(i, k))
        ):
            sp = m.longest("SPEAKER", _first_of(tk, k + 2, u.end), u.end)
            if sp is None:
                return None
            sp = _apposed_name(tk, m, sp, u.end) or sp
            return UnitInfo(
                UnitKind.QUESTION,
                u,
                q_range=_trim(tk, u.start, u.end, m),
                q_speaker=normalise_speaker(sp_text(tk, sp), sp.kind),
                q_kind=sp.kind,
            )
    return None


def _apposed_name(tk: _Tokens, m: _Matches, sp: Cue, end: int) -> Cue | None:
    """The name that follows one who may ask, after a comma, up to the end of the unit but
    for its closing punctuation: "a member of the public, Mr R. Denholm:" (the name's cue)."""
    if sp.kind is SpeakerKind.NAME or sp.end >= end or tk.text[sp.end] != ",":
        return None
    named = m.longest("SPEAKER", _first_of(tk, sp.end + 1, end), end)
    if named is None or named.kind is not SpeakerKind.NAME:
        return None
    rest = range(named.end, end)
    return named if all(tk.space[k] or tk.text[k] in (":", ",", ".") for k in rest) else None


def _received_question(tk: _Tokens, m: _Matches, u: Unit, i: int) -> UnitInfo | None:
    """ "The Leader received a question from Councillor X regarding ...": a speaker, "received",
    a question noun (with its quantifier) and "from" the asker; the question is what follows
    "received" and who received it answers."""
    receiver = m.longest("SPEAKER", i, u.end)
    if receiver is None or receiver.end + 3 >= u.end or tk.lower[receiver.end] != "received":
        return None
    k = receiver.end + 1
    quantifiers = m.lexicon_set("q_quantifiers")
    while k < u.end and k < receiver.end + 4 and tk.lower[k] in quantifiers:
        k += 1
    if k + 1 >= u.end or tk.lower[k] not in m.lexicon_set("q_nouns") or tk.lower[k + 1] != "from":
        return None
    asker = m.longest("SPEAKER", k + 2, u.end)
    if asker is None or asker.kind not in ASKER_KINDS:
        return None
    return UnitInfo(
        UnitKind.QUESTION,
        u,
        q_range=_trim(tk, receiver.end + 1, u.end, m),
        q_speaker=normalise_speaker(sp_text(tk, asker), asker.kind),
        q_kind=asker.kind,
        hint=normalise_speaker(sp_text(tk, receiver), receiver.kind),
    )


def _submitted_question(tk: _Tokens, m: _Matches, u: Unit, i: int) -> UnitInfo | None:
    """ "A question had been submitted by Councillor Bramley, who asked what progress ...": a
    question noun submitted by one who may ask, who asks later in the sentence; the question is
    the unit and that member asked it."""
    nouns = m.lexicon_set("q_nouns")
    k = next((k for k in range(i + 1, min(u.end, i + 3)) if tk.lower[k] in nouns), None)
    if k is None or tk.lower[i] not in m.lexicon_set("q_quantifiers"):
        return None  # "Question submitted by X" heads its question: a header, read as one
    k += 1
    aux = k
    auxiliaries = m.lexicon_set("submission_auxiliaries")
    while k < u.end and tk.lower[k] in auxiliaries:
        k += 1
    if k == aux or k + 2 >= u.end or tk.lower[k] not in m.lexicon_set("submission_verbs"):
        return None
    if tk.lower[k + 1] not in ("by", "from"):
        return None
    asker = m.longest("SPEAKER", k + 2, u.end)
    if asker is None or asker.kind not in ASKER_KINDS:
        return None
    if not m.starts_in(("Q_VERB",), asker.end, u.end):
        return None  # "A question had been submitted by Mr Jones and he read it out": not said
    return UnitInfo(
        UnitKind.QUESTION,
        u,
        q_range=_trim(tk, u.start, u.end, m),
        q_speaker=normalise_speaker(sp_text(tk, asker), asker.kind),
        q_kind=asker.kind,
    )


_CUE_READERS: tuple[_UnitReader, ...] = (
    _received_from_unit,
    _question_header_unit,
    _reply_header_unit,
    _resp_to_unit,
    lambda tk, m, u, i: _response_opener(tk, m, u),
    _passive_unit,
)
#: Then, after a topic ("In relation to X,"): a speaker at the start, passive cues later on.
_SPEAKER_READERS: tuple[_UnitReader, ...] = (_speaker_unit, _later_cue_unit)


def _courtesy(tk: _Tokens, m: _Matches, sp: Cue, end: int) -> bool:
    """The speaker thanks, welcomes or congratulates ("The Mayor thanked the Members"): not an
    answer to what was asked before."""
    j = _after_speaker(tk, m, sp.end, end, parenthetical=True)
    return j < end and tk.lower[j] in m.lexicon_set("courtesy_verbs")


def _plural_members(tk: _Tokens, m: _Matches, sp: Cue) -> bool:
    """The speaker phrase ends in a plural member word: "Members", "The Councillors"."""
    last = tk.lower[sp.end - 1]
    return last.endswith("s") and last in m.lexicon_set("member_words")


def _direct_or_neutral(tk: _Tokens, u: Unit, m: _Matches, i: int) -> UnitInfo:
    """A unit with no other cue: a direct question (see :func:`_direct_question`) or neutral."""
    if _direct_question(tk, u, m, i):
        return UnitInfo(
            UnitKind.DIRECT,
            u,
            q_range=_trim(tk, i, u.end, m),  # without its list label ("Q1.", "2.")
            q_speaker=UNSTATED_ASKER,
            q_kind=SpeakerKind.PASSIVE,
            strength=Strength.weak,
        )
    first = _first_token(tk, u)
    if (
        (tk.text[i][:1].isupper() or (first < i and tk.text[first] in _BULLETS))
        and tk.lower[i] in m.lexicon_set("point_question_openers")
        and _at_line_start(tk, first)
    ):
        # a list point "• Whether the bins would arrive before April – officers confirmed ..."
        # (a bulleted point may start in lower case: "• whether the Sunday buses would continue")
        q_range = _trim(tk, u.start, u.end, m)
        info = UnitInfo(
            UnitKind.QUESTION,
            u,
            q_range=q_range,
            q_speaker=UNSTATED_ASKER,
            q_kind=SpeakerKind.PASSIVE,
            strength=Strength.weak,
        )
        return _split_response(tk, m, info, i + 1)
    asks = _ends_with_question_mark(tk, u) or (
        tk.text[i][:1].isupper() and tk.lower[i] in m.lexicon_set("interrogative_openers")
    )
    return UnitInfo(UnitKind.NEUTRAL, u, interrogative=asks)


def _after_topic(tk: _Tokens, m: _Matches, i: int, end: int) -> int:
    """After "In relation to X" / "Regarding X", the speaker that asks or answers (else ``i``)."""
    tp = m.longest("TOPIC", i, end)
    sp = m.longest("SPEAKER", i, end)
    if tp is None or (sp is not None and sp.end >= tp.end - 1):
        return i  # a speaker opens the unit; not "Youth Provision – Maureen Kettle, ... – Asked"
    dashed = tk.text[tp.end - 2] in _DASHES  # the topic's dash: the speaker's group runs to the next
    for k in range(tp.end - 1 if dashed else tp.end + 1, min(end, tp.end + 16)):
        if tk.text[k] in (".", ";", "?"):
            break
        sv = _speaker_verb(tk, m, k, end, parenthetical=dashed)
        if (
            sv is not None
            and (sv[1] is not None or sv[2] is not None)
            and tk.lower[k - 1] not in ("of", "the")
        ):
            return k
    return i


def _response_opener(tk: _Tokens, m: _Matches, u: Unit) -> UnitInfo | None:
    """A unit opening with "In response," / "In reply," / "Responding,": a response."""
    i = u.start
    while i < u.end and (tk.space[i] or tk.punct[i]):
        i += 1
    op = m.longest("R_OPENER", i, u.end)
    if op is None:
        return None
    j = op.end
    speaker = None
    sp = m.longest("SPEAKER", j, u.end)
    if sp is not None and (sp.kind in RESPONDER_KINDS or sp.kind is SpeakerKind.CHAIR):
        speaker = normalise_speaker(sp_text(tk, sp), sp.kind)
    else:
        rp = m.longest("R_PASSIVE", j, u.end)
        speaker = rp.rec.get("speaker") if rp is not None else None
    return UnitInfo(
        UnitKind.RESPONSE,
        u,
        r_range=_trim(tk, u.start, u.end, m),
        r_speaker=speaker,
        strength=Strength.strong,
    )


def _later_question(tk: _Tokens, m: _Matches, lo: int, end: int) -> Cue | None:
    """A question verb later in a sentence whose subject is the speaker at its start."""
    for k in m.starts_in(("SPEAKER", "R_PASSIVE", "Q_VERB"), lo, end):  # nothing found elsewhere
        if m.longest("SPEAKER", k, end) is not None and tk.lower[k - 1] not in ("and", ","):
            sp = m.longest("SPEAKER", k, end)
            if sp is not None and (sp.kind in RESPONDER_KINDS or sp.kind is SpeakerKind.PRONOUN):
                j = _after_speaker(tk, m, sp.end, end, False)
                # a new subject ("..., the Director said"), not an object ("thanked the officer")
                if j < end and (
                    m.longest("R_VERB", j, end) is not None or _question_verb(m, j, end) is not None
                ):
                    return None
        if m.longest("R_PASSIVE", k, end) is not None:
            return None
        q = _question_verb(m, k, end)
        if q is not None and not q.rec.get("start_only"):
            prev = tk.lower[k - 1] if k > 0 else ""
            if prev in ("and", ",", "also", "further", "then", "but", "specifically", "particularly"):
                return q
    return None


def _resp_to(tk: _Tokens, m: _Matches, u: Unit, rt: Cue) -> UnitInfo | None:
    """ "In response to <question>, <response>" in one unit."""
    cut = _resp_to_cut(tk, m, u, rt)
    if cut is None:
        return None
    k, r_speaker = cut
    q_range = _trim(tk, rt.start + int(rt.rec.get("skip", 0)), k, m)
    r_range = _trim(tk, k, u.end, m)
    if q_range[1] <= q_range[0] or r_range[1] <= r_range[0]:
        return None
    q_speaker, q_kind, only_asker = _resp_to_asker(tk, m, q_range)
    np_words = set(tk.lower[q_range[0] : q_range[1]])
    topical = np_words & {"about", "on", "regarding", "concerning", "whether", "why", "how", "what", "if"}
    words = [w for w in tk.lower[q_range[0] : q_range[1]] if w.strip()]
    # "the queries raised", "Members' concerns", "concerns raised": what was asked is not said
    refers_back = tk.lower[q_range[0]] in m.lexicon_set("back_references") or (
        len(words) <= 4
        and words[0] in m.lexicon_set("q_nouns") | m.lexicon_set("summary_nouns")
        and q_kind is SpeakerKind.PASSIVE  # "questions from Members" says who asked: asked anew
    )  # "the queries raised", "concerns raised", "comments and questions"
    generic = refers_back or (len(words) <= 4 and _possessive_speaker(tk, m, q_range[0], q_range[1]))
    # "In response to a Member's question, ...": a question of its own, not the one asked before
    another = tk.lower[q_range[0]] in ("a", "an", "another")
    return UnitInfo(
        UnitKind.QUESTION_RESPONSE,
        u,
        q_range=q_range,
        r_range=r_range,
        q_speaker=q_speaker,
        q_kind=q_kind,
        r_speaker=r_speaker,
        attach=(generic and not topical and not another) or only_asker,
        plural=any(w in m.lexicon_set("q_nouns") and w.endswith("s") for w in words),
        refers_back=refers_back,
    )


def _resp_to_cut(tk: _Tokens, m: _Matches, u: Unit, rt: Cue) -> tuple[int, str | None] | None:
    """Where the response of "In response to <question>, <response>" starts, and its speaker:
    at the responder, or else after the first comma; ``None`` with neither."""
    hit = _response_start(tk, m, rt.end, u.end, SpeakerKind.MEMBER, need_split=False)
    comma = next((k for k in range(rt.end, u.end) if tk.text[k] == ","), None)
    if hit is not None and (comma is None or hit[0] <= comma + 1 or tk.text[hit[0] - 1] == ","):
        return hit  # the response starts at the responder: "..., officers stated" / "... it was noted"
    if comma is None:
        return None
    # "In response to X, the Director of A, B and C referred ...": cut at the first comma
    k, r_speaker = comma + 1, None
    sp = m.longest("SPEAKER", _skip_intro(tk, m, k, u.end), u.end)
    if sp is not None and (sp.kind in RESPONDER_KINDS or sp.kind is SpeakerKind.CHAIR):
        r_speaker = normalise_speaker(sp_text(tk, sp), sp.kind)
    elif hit is not None:
        r_speaker = hit[1]
    return k, r_speaker


def _resp_to_asker(
    tk: _Tokens, m: _Matches, q_range: tuple[int, int]
) -> tuple[str | None, SpeakerKind | None, bool]:
    """Who asked the question of "In response to <question>, ..." (tokens ``q_range``), its
    kind, and whether the asker is all that is said ("Responding to Cr Walsh, ..."): one who
    may ask before a question noun ("Councillor Ahmed's question") or after "from"/"by";
    else no stated asker."""
    q_nouns = set(m.lexicon.get("q_nouns", []))
    for j in m.starts_in(("SPEAKER",), q_range[0], q_range[1]):
        sp = m.longest("SPEAKER", j, q_range[1])
        if sp is None or sp.kind not in ASKER_KINDS:
            continue
        k = sp.end
        while k < q_range[1] and tk.text[k] in ("’", "'", "’s", "'s"):
            k += 1
        asks = k < q_range[1] and tk.lower[k] in q_nouns
        named = sp.end >= q_range[1]  # "Responding to Cr Walsh, ...": the asker is all that is said
        if asks or named or (j > 0 and tk.lower[j - 1] in ("from", "by")):
            return normalise_speaker(sp_text(tk, sp), sp.kind), sp.kind, named and j == q_range[0]
    return UNSTATED_ASKER, SpeakerKind.PASSIVE, False


_NONE_RECEIVED = re.compile(
    r"(?:^|\n)\s*(?:minutes\s*:\s*)?(?:there\s+(?:were|was|had\s+been)\s+no\b|no\s+(?:\w+\s+){0,3}"
    r"(?:questions?|statements?|petitions?)\s+(?:had\s+been|have\s+been|were|was)\b|none\b)",
    re.I,
)


def _addressee_name(tk: _Tokens, m: _Matches, j: int, end: int) -> tuple[str, Cue] | None:
    """The named holder after an office in a header's "to" part, ending its line: ", Councillor
    Daniel Okafor" after "to the Cabinet Member for Housing" (the name and its cue), else None."""
    if j + 1 >= end or tk.text[j] != ",":
        return None
    sp = m.longest("SPEAKER", j + 1, end)
    if sp is None or sp.start != j + 1 or sp.kind is not SpeakerKind.NAME:
        return None
    if sp.end < tk.n and not (sp.end >= end or (tk.space[sp.end] and "\n" in tk.text[sp.end])):
        return None
    name = normalise_speaker(sp_text(tk, sp), sp.kind)
    return (name, sp) if name else None


def _asks_colon_line_end(tk: _Tokens, m: _Matches, j: int, end: int) -> int | None:
    """ "asked:" closing its line after a header's asker: the token after the colon (the
    question follows on the next line), else None."""
    qv = m.longest("Q_VERB", j, end)
    k = qv.end if qv is not None else j
    if qv is None or k >= tk.n or tk.text[k] != ":":
        return None
    if k + 1 < tk.n and not (tk.space[k + 1] and "\n" in tk.text[k + 1]) and k + 1 < end:
        return None
    return k + 1


def _asker_line_colon(tk: _Tokens, j: int, end: int) -> int | None:
    """Where the question starts when the header line goes on after the asker's name and ends
    with a colon ("Question from Mr X of Wattle Flat:", "... on behalf of the Residents'
    Association:"): after that line; ``None`` when the line does not end so near."""
    for k in range(j, min(end, j + 12)):
        if "\n" in tk.text[k]:
            return k + 1 if k > j and tk.text[k - 1] == ":" else None
    return None


def _header_question(tk: _Tokens, m: _Matches, u: Unit, qh: Cue) -> UnitInfo:
    """ "Question (submitted) by A (to B)" / "Question to B from A" / "Q:"."""
    asker, hint, kind = None, None, None
    j = _label_end(qh)
    names_line = qh.rec.get("names_line")
    direction = "to" if names_line == "addressee" else tk.lower[j - 1]
    for _ in range(2):
        sp = m.longest("SPEAKER", j, u.end)
        if sp is None:
            break
        name = normalise_speaker(sp_text(tk, sp), sp.kind)
        if direction == "to":
            hint = name
            if (named := _addressee_name(tk, m, sp.end, u.end)) is not None:
                hint, sp = named  # "to the Cabinet Member for Housing, Councillor Daniel Okafor"
        else:
            asker, kind = name, sp.kind
        j = sp.end
        if j < u.end and tk.lower[j] in ("to", "by", "from"):
            direction = tk.lower[j]
            j += 1
        else:
            break
    plural = "questions" in tk.lower[qh.start : qh.end]
    # "Questions from Members": a section's title
    group = kind in (SpeakerKind.MEMBER, SpeakerKind.COMMITTEE, SpeakerKind.PUBLIC)
    if (plural and (asker is None or group)) or _NONE_RECEIVED.search(tk.span_text(j, min(tk.n, u.end + 12))):
        # "QUESTIONS TO ASK WHEN SCRUTINISING ..." / "Questions from the public" with none asked
        return UnitInfo(UnitKind.NEUTRAL, u)
    # "Supplementary question: Councillor Hall asked ...": the text after a colon is the question,
    # unless the asker's "asked:" ends the line ("Question No. 1: Councillor Fahy asked:")
    start = qh.end if tk.text[qh.end - 1] == ":" else j
    colon = next((k for k in range(qh.start, qh.end) if tk.text[k] == ":"), None)
    if asker is None and hint is None and colon is not None:
        start = colon + 1  # "Question: To ask the Chief Executive ...": no one named after "to"
    if asker is not None and (after := _asks_colon_line_end(tk, m, j, u.end)) is not None:
        start = after
    elif asker is not None and start == j and (after := _asker_line_colon(tk, j, u.end)) is not None:
        start = after  # "Question from Mr X of Y:" then the question on the next line
    body = _trim(tk, start, u.end, m)
    if _bracketed_note(tk, *body):
        body = (start, start)  # "... Councillor X (to be referred to the District)": no question yet
    below = names_line == "asker_below"
    if below or (names_line and (asker or hint)):
        body = (start, start)  # "Asked by: X": the question follows under its own label
    return UnitInfo(
        UnitKind.QUESTION_HEADER,
        u,
        q_range=body if body[1] > body[0] else None,
        heading=None if below or (names_line and (asker or hint)) else _trim(tk, u.start, u.end, m),
        q_speaker=asker or UNSTATED_ASKER,
        q_kind=kind or SpeakerKind.PASSIVE,
        hint=hint,
        asker_below=below,
    )


def _bracketed_note(tk: _Tokens, s: int, e: int) -> bool:
    """Tokens ``s:e`` are one bracketed note: "(" first and the first ")" last."""
    if e - s < 2 or tk.text[s] != "(" or tk.text[e - 1] != ")":
        return False
    return ")" not in tk.text[s + 1 : e - 1]


# --------------------------------------------------------------------------- pairing


@dataclass
class _Open:
    q: list[tuple[int, int]]
    q_speaker: str | None
    q_kind: SpeakerKind | None
    strength: Strength
    r: list[tuple[int, int]] = field(default_factory=list)
    r_speaker: str | None = None
    answered: bool = False
    gap: int = 0
    header: bool = False
    r_header: bool = False
    hint: str | None = None
    para: int = 0
    direct: bool = False
    listing: bool = False  # the response ends "...:" and its list items follow
    q_listing: bool = False  # the question ends "... as follows:": its first point is what was asked
    heading: tuple[int, int] | None = None  # "Question submitted by X": the text when no question follows
    shared: list[int] = field(default_factory=list)  # earlier unanswered questions this response answers
    request: bool = False  # "The Chair asked the Committee to approve ...": a body's "agreed" is no answer
    # numbered points of a listed question ("Members asked: 1. ... 2. ...") and of its answer,
    # each as (label, text span): answered point by point when the labels agree
    q_points: list[tuple[str, tuple[int, int]]] = field(default_factory=list)
    r_points: list[tuple[str, tuple[int, int]]] = field(default_factory=list)


def _text(tk: _Tokens, ranges: list[tuple[int, int]]) -> str:
    if not ranges:
        return ""
    s = min(a for a, _ in ranges)
    e = max(b for _, b in ranges)
    return tk.span_text(s, e).strip() if e > s else ""


def _mergeable(cur: _Open, info: UnitInfo) -> bool:
    if info.kind == UnitKind.FOLLOW_ON or info.definite:
        return True
    if info.q_kind is SpeakerKind.PASSIVE and info.kind != UnitKind.QUESTION_HEADER:
        return cur.q_kind is SpeakerKind.PASSIVE or cur.q_kind in ASKER_KINDS
    return (
        info.q_kind in (SpeakerKind.NAME, SpeakerKind.ROLE)
        and info.q_speaker is not None
        and info.q_speaker == cur.q_speaker
    )


def _span_of(info: UnitInfo) -> tuple[int, int]:
    return info.unit.start, info.unit.end


class _Pairer:
    """Pairs classified units into exchanges: a small state machine (:class:`PairState`)
    whose step for each unit is the handler of its :class:`UnitKind` (:attr:`HANDLERS`)."""

    def __init__(self, tk: _Tokens, infos: list[UnitInfo]) -> None:
        self.tk, self.infos = tk, infos
        self.out: list[Exchange] = []
        self.paras: dict[int, int] = {}  # paragraph of each exchange's question, by index in out
        self.cur: _Open | None = None
        self.last_asker: tuple[str | None, SpeakerKind | None] = (None, None)
        self.before: UnitInfo | None = None  # the unit before the current one

    @property
    def state(self) -> PairState:
        cur = self.cur
        if cur is None:
            return PairState.IDLE
        if not cur.answered:
            return PairState.ASKED
        return PairState.WRITTEN_REPLY if cur.r_header else PairState.ANSWERED

    def run(self) -> list[Exchange]:
        for info in self.infos:
            self.step(info)
            self.before = info
        self.close()
        return self.out

    def step(self, info: UnitInfo) -> None:
        if self._takes_listing(info) or self._takes_answer_point(info) or self._attaches(info):
            return
        if (
            info.kind
            in (UnitKind.QUESTION, UnitKind.QUESTION_RESPONSE, UnitKind.QUESTION_HEADER, UnitKind.STATEMENT)
            and info.q_speaker is not None
        ):
            self.last_asker = (info.q_speaker, info.q_kind)
        elif info.member_speaks:
            self.last_asker = (info.r_speaker, SpeakerKind.NAME)
        elif info.kind in (UnitKind.RESPONSE, UnitKind.OFFICER_SAYS) and info.r_speaker is not None:
            # "She asked the Councillor ...": an officer asking
            self.last_asker = (None, SpeakerKind.OFFICERS)
        if self.state is PairState.ANSWERED and _opens_motion_line(self.tk, info.unit):
            self.close()  # "Proposed Cllr A, seconded Cllr B, ..." after an answer: the answer has ended
            return
        if self.state is PairState.WRITTEN_REPLY:
            if not _ends_written_reply(info):
                cur = self.cur
                if not cur.r and cur.r_speaker is None:  # type: ignore[union-attr]
                    # "Response:" alone on its line, then "Councillor Jenkins confirmed ..."
                    cur.r_speaker = info.r_speaker
                cur.r.append(_span_of(info))  # type: ignore[union-attr]
                return
            if info.kind is UnitKind.STATEMENT:
                self.close()  # the minutes go on after a written reply: "Members welcomed the Motion."
                return
        self.HANDLERS[info.kind](self, info)

    # ------------------------------------------------------------------ open and close

    def new(self, info: UnitInfo) -> _Open:
        header = info.kind is UnitKind.QUESTION_HEADER
        return _Open(
            q=[info.q_range] if info.q_range else [],
            q_speaker=info.q_speaker,
            q_kind=info.q_kind,
            strength=Strength.strong if header else info.strength,
            header=header,
            hint=info.hint,
            para=info.unit.para,
            direct=info.kind is UnitKind.DIRECT,
            q_listing=info.kind is UnitKind.QUESTION and _ends_with_colon(self.tk, info.unit),
            heading=info.heading,
            request=info.kind is UnitKind.REQUEST,
        )

    def close(self) -> None:
        cur, tk, out = self.cur, self.tk, self.out
        self.cur = None
        if cur is None:
            return
        if not cur.q and cur.heading:
            cur.q = [cur.heading]
        if not cur.q or (not cur.answered and cur.strength is Strength.weak):
            return
        if cur.answered and len(cur.q_points) > 1 and _labels(cur.q_points) == _labels(cur.r_points):
            self._close_point_by_point(cur)
            return
        q = Speech(text=_text(tk, cur.q), speaker=cur.q_speaker)
        r_text = _text(tk, cur.r) if cur.answered else ""
        r = Speech(text=r_text, speaker=cur.r_speaker) if r_text else None
        if q.text:
            self.paras[len(out)] = cur.para
            out.append(Exchange(question=q, response=r, answered=r is not None))
        for k in cur.shared if r is not None else ():
            out[k] = Exchange(question=out[k].question, response=r.model_copy(), answered=True)

    def answer(self, info: UnitInfo, span: tuple[int, int] | None, speaker: str | None) -> None:
        cur = self.cur
        assert cur is not None
        cur.answered, cur.r, cur.r_speaker = True, [span] if span else [], speaker
        cur.listing = _ends_with_colon(self.tk, info.unit)

    def unanswered_run(self, para: int) -> list[int]:
        """Indices of the unanswered questions just closed in paragraph ``para``."""
        out, k = self.out, len(self.out)
        while k > 0 and out[k - 1].response is None and self.paras.get(k - 1) == para:
            k -= 1
        return list(range(k, len(out)))

    # ------------------------------------------------------------------ before the kind's handler

    def _close_point_by_point(self, cur: _Open) -> None:
        """One exchange per numbered question, answered by the answer's point of that number."""
        tk = self.tk
        for (_, q_span), (_, r_span) in zip(cur.q_points, cur.r_points, strict=True):
            q = Speech(text=_text(tk, [q_span]), speaker=cur.q_speaker)
            r = Speech(text=_text(tk, [r_span]), speaker=cur.r_speaker)
            if q.text and r.text:
                self.paras[len(self.out)] = cur.para
                self.out.append(Exchange(question=q, response=r, answered=True))

    def _takes_listing(self, info: UnitInfo) -> bool:
        """ "Members asked questions as follows:" then its points: the first whatever it is,
        and each numbered point after it ("1. Whether ...", "2. How many ...")."""
        cur = self.cur
        if self.state is not PairState.ASKED or not cur.q_listing:  # type: ignore[union-attr]
            return False
        assert cur is not None
        point = _point_label(self.tk, info.unit)
        if (
            point is not None
            and info.kind in LISTED_QUESTION_KINDS
            and info.q_kind in (None, SpeakerKind.PASSIVE)
        ):
            label, body = point
            cur.q.append(_span_of(info))
            cur.q_points.append((label, (body, info.unit.end)))
            return True
        cur.q_listing = False
        if cur.q_points or info.kind not in (UnitKind.NEUTRAL, UnitKind.STATEMENT, UnitKind.CONTINUATION):
            return False
        cur.q.append(_span_of(info))
        return True

    def _takes_answer_point(self, info: UnitInfo) -> bool:
        """ "The Director responded to each: 1. ... 2. ...": a numbered point of an answer
        to numbered questions."""
        cur = self.cur
        if self.state is not PairState.ANSWERED or not cur.listing or not cur.q_points:  # type: ignore[union-attr]
            return False
        assert cur is not None
        point = _point_label(self.tk, info.unit)
        if point is None or info.kind not in LISTED_ANSWER_KINDS:
            return False
        label, body = point
        cur.r.append(_span_of(info))
        cur.r_points.append((label, (body, info.unit.end)))
        return True

    def _attaches(self, info: UnitInfo) -> bool:
        """ "In response to the queries raised, the Director ...": answers what was asked
        before (the open question, the member's statement just before, or adds to the answer
        given); with nothing before it, what was asked is unknown and it is dropped."""
        if info.kind is not UnitKind.QUESTION_RESPONSE or not info.attach:
            return False
        cur, before = self.cur, self.before
        if self.state is PairState.ASKED and cur.gap <= MAX_GAP:  # type: ignore[union-attr]
            self.answer(info, _span_of(info), info.r_speaker)  # the answer with its "In response to ..."
            if info.plural:  # "In response to the Members' queries": all of the run's questions
                cur.shared = self.unanswered_run(cur.para)  # type: ignore[union-attr]
        elif (
            before is not None
            and before.kind is UnitKind.STATEMENT
            and before.q_kind in (SpeakerKind.MEMBER, SpeakerKind.COMMITTEE, SpeakerKind.NAME)
        ):
            # "Some members commented that ... In response to the concerns expressed, ..."
            self.close()
            self.cur = self.new(before)
            self.answer(info, _span_of(info), info.r_speaker)
        elif cur is not None and cur.answered and cur.gap <= MAX_GAP:
            cur.r.append(_span_of(info))
        elif not info.refers_back:
            return False  # "In response to Members' questions, ...": a question of its own
        return True

    # ------------------------------------------------------------------ one handler per unit kind

    def on_question(self, info: UnitInfo) -> None:
        cur, kind = self.cur, info.kind
        if kind is UnitKind.DIRECT and self.state is PairState.ASKED and (cur.header or cur.direct):  # type: ignore[union-attr]
            cur.q.append(info.q_range or _span_of(info))  # type: ignore[union-attr]
            return
        if kind is not UnitKind.QUESTION_HEADER and self._fills_bare_header(info):
            return
        if kind is UnitKind.QUESTION_HEADER and self._joins_bare_header(info):
            return
        if (
            kind in (UnitKind.QUESTION, UnitKind.QUESTION_RESPONSE, UnitKind.REQUEST)
            and self.state is PairState.ASKED
            and cur.gap == 0  # type: ignore[union-attr]
            and not cur.header  # type: ignore[union-attr]
            and _mergeable(cur, info)  # type: ignore[arg-type]
        ):
            if info.q_range:
                cur.q.append(info.q_range)  # type: ignore[union-attr]
            if cur.strength is Strength.weak and info.strength is Strength.strong:  # type: ignore[union-attr]
                cur.strength = Strength.strong  # type: ignore[union-attr]
        else:
            if self.state is PairState.ANSWERED and _lead_in_only(self.cur):  # type: ignore[arg-type]
                self.cur = None  # "... the Mayor responded as follows:" over points that ask
            self.close()
            self.cur = self.new(info)
        if kind is UnitKind.QUESTION_RESPONSE and info.r_range:
            self.answer(info, info.r_range, info.r_speaker)

    def _fills_bare_header(self, info: UnitInfo) -> bool:
        """ "Supplementary question:" alone on its line, then "Councillor Evans asked ...": the
        question under a bare header is that header's question, asked by whoever it names."""
        cur = self.cur
        if self.state is not PairState.ASKED or not cur.header or cur.q or info.q_range is None:  # type: ignore[union-attr]
            return False
        cur.q.append(info.q_range)  # type: ignore[union-attr]
        if cur.q_kind is SpeakerKind.PASSIVE and info.q_speaker is not None:  # type: ignore[union-attr]
            cur.q_speaker, cur.q_kind = info.q_speaker, info.q_kind  # type: ignore[union-attr]
        if info.kind is UnitKind.QUESTION_RESPONSE and info.r_range:
            self.answer(info, info.r_range, info.r_speaker)
        return True

    def _joins_bare_header(self, info: UnitInfo) -> bool:
        """ "Asked by: Councillor X", "Portfolio holder: Councillor Y", "Question: ..." on lines
        of their own: one question's labelled lines, joined while its text has not come (an
        unnamed label only: a header naming another asker is another question)."""
        cur = self.cur
        if self.state is not PairState.ASKED or info.q_kind is not SpeakerKind.PASSIVE:
            return False
        assert cur is not None
        if not cur.header or cur.q:
            return False
        if info.q_range:
            cur.q.append(info.q_range)
        cur.hint = cur.hint or info.hint
        cur.heading = cur.heading or info.heading
        return True

    def on_follow_on(self, info: UnitInfo) -> None:
        cur = self.cur
        if self.state is PairState.ASKED and cur.gap <= MAX_GAP:  # type: ignore[union-attr]
            if info.q_range:
                cur.q.append(info.q_range)  # type: ignore[union-attr]
            return
        asker, akind = info.q_speaker, info.q_kind
        if asker is None:
            asker, akind = (cur.q_speaker, cur.q_kind) if cur is not None else self.last_asker
        self.close()
        if akind is SpeakerKind.OFFICERS:
            return  # an officer's question to a member is no member question
        self.cur = self.new(info)  # (with no earlier asker, who "He" is stays unstated)
        self.cur.q_speaker, self.cur.q_kind = asker, akind
        if info.r_range:
            self.answer(info, info.r_range, info.r_speaker)

    def on_response(self, info: UnitInfo) -> None:
        cur, kind = self.cur, info.kind
        if cur is None:
            return
        if cur.answered:
            if info.r_range:
                cur.r.append(info.r_range)
            return
        if info.declined:
            cur.strength = Strength.strong  # kept, with no answer
            self.close()
            return
        if info.r_range is None and kind is UnitKind.REPLY_HEADER:
            self.answer(info, None, info.r_speaker or cur.hint)
            cur.r_header = True
            return
        weak = info.strength is Strength.weak or info.anywhere
        if cur.header and kind is UnitKind.RESPONSE and weak:
            cur.q.append(_span_of(info))  # still the written question
            return
        if (
            kind is UnitKind.RESPONSE
            and info.q_kind is not None
            and (info.q_kind == cur.q_kind or cur.request)
        ):
            cur.gap += 1  # a member "responding" to a member, a body agreeing to a request: no answer
            return
        if kind is UnitKind.RESPONSE and info.r_speaker is not None and info.r_speaker == cur.q_speaker:
            cur.gap += 1  # the asker's own next point
            return
        if cur.gap > MAX_GAP:
            self.close()
            return
        if weak and cur.gap > 0:
            cur.gap += 1
            return
        speaker = info.r_speaker if kind is UnitKind.RESPONSE else (info.r_speaker or cur.hint)
        self.answer(info, info.r_range, speaker)
        cur.r_header = kind is UnitKind.REPLY_HEADER

    def on_continuation(self, info: UnitInfo) -> None:
        cur = self.cur
        if cur is None:
            return
        if cur.answered:
            cur.r.append(_span_of(info))
        elif info.strength is Strength.reply and cur.gap <= MAX_GAP:
            self.answer(info, _span_of(info), None)
        else:
            cur.q.append(_span_of(info))

    def on_statement(self, info: UnitInfo) -> None:
        cur = self.cur
        if cur is None:
            return
        if cur.answered:
            self.close()
        elif (info.noted and cur.gap == 0) or (
            cur.direct and _at_line_start(self.tk, _first_token(self.tk, info.unit))
        ):
            # "Clarification was sought on X. The Committee noted that ...": what members
            # were told; or the paragraph after a direct question
            self.answer(info, _span_of(info), None)
        elif (
            info.speaks
            and info.q_kind is SpeakerKind.CHAIR
            and cur.q_kind is not SpeakerKind.CHAIR
            and cur.gap == 0
        ):
            # "A Member questioned why ... The Chairman reported that ...": the chair answers
            self.answer(info, _span_of(info), CONTRACT_SPEAKER[SpeakerKind.CHAIR])
        else:
            cur.gap += 1

    def on_officer_says(self, info: UnitInfo) -> None:
        cur = self.cur
        if self.state is PairState.ASKED and cur.gap == 0 and not cur.header:  # type: ignore[union-attr]
            self.answer(info, info.r_range, info.r_speaker)
        else:
            self.on_neutral(info)

    def on_neutral(self, info: UnitInfo) -> None:
        cur, tk = self.cur, self.tk
        if cur is None:
            return
        span = _span_of(info)
        if cur.answered:
            if cur.r_header or cur.listing or info.unit.para == _last_para(self.infos, cur, tk):
                cur.r.append(span)
            else:
                self.close()
        elif cur.header or (cur.direct and info.interrogative):
            cur.q.append(span)  # a written question's text; a direct question's second part
        elif cur.direct and _at_line_start(tk, _first_token(tk, info.unit)):
            self.answer(info, span, None)
        else:
            cur.gap += 1
            if cur.gap > MAX_GAP:
                self.close()

    HANDLERS: ClassVar[dict[UnitKind, Callable[[_Pairer, UnitInfo], None]]] = {
        UnitKind.QUESTION: on_question,
        UnitKind.QUESTION_RESPONSE: on_question,
        UnitKind.QUESTION_HEADER: on_question,
        UnitKind.DIRECT: on_question,
        UnitKind.REQUEST: on_question,
        UnitKind.FOLLOW_ON: on_follow_on,
        UnitKind.RESPONSE: on_response,
        UnitKind.REPLY_HEADER: on_response,
        UnitKind.CONTINUATION: on_continuation,
        UnitKind.STATEMENT: on_statement,
        UnitKind.OFFICER_SAYS: on_officer_says,
        UnitKind.NEUTRAL: on_neutral,
    }


#: Kinds of a numbered point that lists a question after "Members asked:" / an answer after
#: "Officers responded to each:".
LISTED_QUESTION_KINDS = frozenset(
    {UnitKind.NEUTRAL, UnitKind.STATEMENT, UnitKind.CONTINUATION, UnitKind.DIRECT, UnitKind.QUESTION}
)
LISTED_ANSWER_KINDS = frozenset(
    {UnitKind.NEUTRAL, UnitKind.STATEMENT, UnitKind.CONTINUATION, UnitKind.RESPONSE, UnitKind.OFFICER_SAYS}
)


def _point_label(tk: _Tokens, u: Unit) -> tuple[str, int] | None:
    """The list label a unit opens with ("1.", "2)", "(b)", "iii.") and the token after it."""
    k = _first_of(tk, u.start, u.end)
    if k < 0 or not _opens_with_label(tk, k, u.end):
        return None
    k += int(tk.text[k] == "(")
    body = _first_of(tk, k + 2, u.end)
    return (tk.lower[k], body) if body >= 0 else None


def _opens_with_label(tk: _Tokens, k: int, end: int | None = None) -> bool:
    """Tokens from ``k`` are a list label: "1." / "2)" / "(b)" / "iii." (a number of at most
    two digits, a letter or a roman numeral)."""
    end = tk.n if end is None else end
    opened = tk.text[k] == "("
    k += int(opened)
    if k + 1 >= end:
        return False
    word, nxt = tk.lower[k], tk.text[k + 1]
    closed = nxt == ")" or (not opened and nxt == ".")
    numeral = (word.isdigit() and len(word) <= 2) or _Tokens._NUMBERING.fullmatch(word) is not None
    return closed and numeral


def _labels(points: list[tuple[str, tuple[int, int]]]) -> list[str]:
    return [label for label, _ in points]


def _pair(tk: _Tokens, infos: list[UnitInfo]) -> list[Exchange]:
    """The exchanges of classified units, in order (see :class:`_Pairer`)."""
    return _Pairer(tk, infos).run()


def _opens_motion_line(tk: _Tokens, u: Unit) -> bool:
    """The unit starts a line with a motion form ("Motion by Webb, second by Haskins, ...")."""
    first = _first_token(tk, u)
    if not _at_line_start(tk, first):
        return False
    return starts_motion(tk.span_text(first, u.end))


def _lead_in_only(cur: _Open) -> bool:
    """An answer that is only the lead-in to a list ("In response to questions asked by the
    Committee, the Mayor responded as follows:") and a new question comes next: the list's
    points ask and answer for themselves, so the lead-in is no exchange."""
    return cur.listing and len(cur.r) == 1 and not cur.r_points


def _ends_written_reply(info: UnitInfo) -> bool:
    """A unit after which a written reply ("REPLY:" and its text) no longer runs: the next
    header, or the minutes' own narrative of members speaking or asking."""
    if info.kind in (UnitKind.QUESTION_HEADER, UnitKind.REPLY_HEADER, UnitKind.QUESTION, UnitKind.FOLLOW_ON):
        return True
    return info.kind == UnitKind.STATEMENT and info.plural and not info.noted


def _ends_with_colon(tk: _Tokens, u: Unit) -> bool:
    """The unit ends in ":" (a list of points follows)."""
    k = u.end - 1
    while k >= u.start and tk.space[k]:
        k -= 1
    return k >= u.start and tk.text[k] in (":", ":-")


def _first_token(tk: _Tokens, u: Unit) -> int:
    return next((k for k in range(u.start, u.end) if not tk.space[k]), u.start)


def _last_para(infos: list[UnitInfo], cur: _Open, tk: _Tokens) -> int:
    """Paragraph of the last unit already in the open exchange's response."""
    if not cur.r:
        return cur.para
    end = max(b for _, b in cur.r)
    for info in infos:
        if info.unit.start < end <= info.unit.end:
            return info.unit.para
    return cur.para


def _ends_with_question_mark(tk: _Tokens, u: Unit) -> bool:
    k = u.end - 1
    while k >= u.start and tk.space[k]:
        k -= 1
    return k >= u.start and tk.text[k] == "?"


def _lead_in_asker(tk: _Tokens, m: _Matches, info: UnitInfo) -> tuple[str | None, SpeakerKind | None] | None:
    """(speaker, kind) when ``info`` is a member's statement that can lead in to a direct
    question: "A Member welcomed the report.", "Councillor Smith thanked officers."."""
    if info.kind == UnitKind.STATEMENT and info.q_kind in LEAD_IN_KINDS:
        return info.q_speaker, info.q_kind
    if info.kind != UnitKind.NEUTRAL:
        return None
    i = _skip_intro(tk, m, info.unit.start, info.unit.end)
    sp = m.longest("SPEAKER", i, info.unit.end) if i < info.unit.end else None
    if (
        sp is None
        or sp.start != i
        or sp.kind is not SpeakerKind.NAME
        or SpeakerKind.NAME not in LEAD_IN_KINDS
    ):
        return None
    if tk.lower[sp.start] not in set(m.lexicon.get("member_honorifics", [])):
        return None  # a bare name may be an officer presenting
    return normalise_speaker(sp_text(tk, sp), SpeakerKind.NAME), SpeakerKind.NAME


def _follow_on_questions(tk: _Tokens, m: _Matches, infos: list[UnitInfo]) -> list[UnitInfo]:
    """Direct questions that follow a member's lead-in statement in the same paragraph: "A
    Member welcomed the report. What would be done to recruit more foster carers?" is that
    member's (weak) question, kept when a response follows. An officer's rhetorical question
    inside a presentation has no member lead-in and stays neutral."""
    out: list[UnitInfo] = []
    asker: tuple[str | None, SpeakerKind | None] | None = None  # lead-in of the current run of questions
    chained = False
    for k, info in enumerate(infos):
        prev = infos[k - 1] if k else None
        same_para = prev is not None and prev.unit.para == info.unit.para
        if info.kind == UnitKind.NEUTRAL and same_para and _ends_with_question_mark(tk, info.unit):
            lead = asker if chained else _lead_in_asker(tk, m, prev)  # type: ignore[arg-type]
            if lead is not None:
                out.append(
                    UnitInfo(
                        UnitKind.QUESTION,
                        info.unit,
                        q_range=_trim(tk, info.unit.start, info.unit.end, m),
                        q_speaker=lead[0],
                        q_kind=lead[1],
                        strength=Strength.weak,
                        definite=chained,  # a second question joins the first
                    )
                )
                asker, chained = lead, True
                continue
        asker, chained = None, False
        out.append(info)
    return out


# --------------------------------------------------------------------------- entry point


def find_exchanges(doc: Doc) -> list[Exchange]:
    """Questions and the responses that answer them, in order, from one narrative section.

    >>> import spacy
    >>> nlp = spacy.blank("en"); _ = nlp.add_pipe("sentencizer")
    >>> ex = find_exchanges(nlp("A Member asked why costs rose. Officers advised that fuel prices had."))
    >>> ex[0].question.speaker, ex[0].response.speaker, ex[0].answered
    ('member', 'officers', True)
    """
    if not len(doc):
        return []
    return _split_points(_find_quick([doc]), doc.vocab)


def find_exchanges_in(docs: Sequence[Doc]) -> list[Exchange]:
    """Exchanges across consecutive sections (or heading + text Docs) of one agenda item.

    Use it where a question and its reply sit in different sections, e.g. a heading
    "Question submitted by Councillor X" and a "REPLY:" heading each with their own text.
    The Docs are joined with paragraph breaks and read as one section: as
    :func:`find_exchanges` of the Doc of their words with a "\\n\\n" token that starts a
    sentence between two parts (only the tokens and sentence starts are read, so that Doc
    is not built: see :class:`_Tokens`).
    """
    docs = [d for d in docs if len(d)]
    if not docs:
        return []
    return _split_points([ex for ex in _find_quick(docs) if not _label_only(ex)], docs[0].vocab)


def _split_points(found: list[Exchange], vocab: Vocab) -> list[Exchange]:
    """The exchanges with each one asking several numbered questions inline split by point
    (:func:`_split_numbered`)."""
    cues = _Cues.for_vocab(vocab)
    return [part for ex in found for part in _split_numbered(ex, cues.enumerator_series, cues.plural_q_nouns)]


def _enumerated(text: str, series: Sequence[Sequence[str]]) -> tuple[str, list[str]] | None:
    """A text holding inline numbered points of one series ("... two questions: (1) how ...; and
    (2) whether ..."): its lead-in and the points, without the markers and the joining "; and";
    ``None`` with fewer than two points in order."""
    for markers in series:
        if markers[0] not in text or markers[1] not in text:
            continue  # a cheap check before looking for the points in order
        cuts, at = [], 0
        for mark in markers:
            k = text.find(mark, at)
            if k < 0:
                break
            cuts.append(k)
            at = k + len(mark)
        if len(cuts) >= 2:
            ends = [*cuts[1:], len(text)]
            points = [text[k + len(markers[n]) : e] for n, (k, e) in enumerate(zip(cuts, ends, strict=True))]
            return text[: cuts[0]], [_POINT_TAIL.sub("", p).strip().lstrip(":").lstrip() for p in points]
    return None


#: what joins one inline point to the next or ends the last: "; and", ";", ", or", "."
_POINT_TAIL = re.compile(r"[\s;,.]*(?:\b(?:and|or)\b)?[\s;,.]*$")


def _announces_several(lead: str, plurals: frozenset[str]) -> bool:
    """Whether the words before a question's first point name several questions ("asked two
    questions:", "raised the following queries")."""
    return any(w in plurals for w in re.findall(r"[a-z]+", lead.lower()))


def _split_numbered(ex: Exchange, series: Sequence[Sequence[str]], plurals: frozenset[str]) -> list[Exchange]:
    """One exchange per numbered point of a question whose lead-in names several questions
    ("Councillor X asked two questions: (1) ...; and (2) ..."), each with the answer's point of
    the same number when the answer is numbered the same way ("In reply, ... said (1) ...; and
    (2) ..."), else the whole answer; and of a question in parts answered part by part, the
    answer opening with its first part ("Reply to part (a): ... Reply to part (b): ...")."""
    q = _enumerated(ex.question.text, series)
    if q is None:
        return [ex]
    r = _enumerated(ex.response.text, series) if ex.response is not None else None
    same = r is not None and len(r[1]) == len(q[1])
    if not (_announces_several(q[0], plurals) or (same and not r[0].strip())):  # type: ignore[index]
        return [ex]  # "I will ask (a) how much ... (b) ...": one question in parts, answered as one
    out = []
    for n, point in enumerate(q[1]):
        resp = ex.response
        if same and resp is not None:
            resp = Speech(text=r[1][n], speaker=resp.speaker)
        out.append(
            Exchange(
                question=Speech(text=point, speaker=ex.question.speaker), response=resp, answered=ex.answered
            )
        )
    return out


def qa_table_columns(header: Sequence[str], vocab: Vocab) -> tuple[int, int] | None:
    """The question and answer columns of a minutes table of members' questions ("Question |
    Response", "Query | Answer"): header cells in the lexicon lists ``table_question_headers`` and
    ``table_response_headers``; ``None`` unless the table has both."""
    lex = _Cues.for_vocab(vocab).lexicon
    folded = [re.sub(r"[\s:]+", " ", h).strip().lower() for h in header]

    def column(name: str) -> int | None:
        words = lex.get(name, [])
        return next((k for k, h in enumerate(folded) if h in words), None)

    q, r = column("table_question_headers"), column("table_response_headers")
    return (q, r) if q is not None and r is not None and q != r else None


def table_exchanges(cells: Sequence[tuple[Doc, Doc | None]]) -> list[Exchange]:
    """One exchange per row of a question table, given the Docs of its question and answer
    cells: the pair as :func:`find_exchanges_in` reads it ("Cr X asked ..." then "The Manager
    advised ..."), or, when that finds no single exchange, the cells as they are."""
    out: list[Exchange] = []
    for q, r in cells:
        found = find_exchanges_in([q, r] if r is not None else [q])
        if len(found) == 1 and found[0].answered == (r is not None):
            out += found
            continue
        response = Speech(text=r.text.strip()) if r is not None else None
        out.append(Exchange(question=Speech(text=q.text.strip()), response=response, answered=r is not None))
    return out


#: a question paper's heading ("Question 3", "Q.3:") is not itself a question
_QUESTION_LABEL = re.compile(
    r"^(?:(?:written|oral|public|supplementary)\s+)?(?:question|q)\.?\s*(?:no\.?\s*)?\d{1,3}[.:]?$",
    re.IGNORECASE,
)


def _label_only(ex: Exchange) -> bool:
    """An unanswered "question" that is only a question paper's numbered heading."""
    return ex.response is None and _QUESTION_LABEL.match(ex.question.text.strip()) is not None


def _find_quick(docs: Sequence[Doc]) -> list[Exchange]:
    """``_find(_read(docs))``, or ``[]`` at once when the tokens cannot hold a question
    (:meth:`_Cues.may_ask`)."""
    cues = _Cues.for_vocab(docs[0].vocab)
    arr = _Tokens.array(docs, cues)
    if not cues.may_ask(arr[:, 0]):
        return []
    tk = _Tokens(docs, cues, arr)
    m = cues.match_if_asked(tk)
    return [] if m is None else _find((tk, m))


def _read(docs: Sequence[Doc]) -> tuple[_Tokens, _Matches]:
    """The token lists and cue matches of non-empty Docs read as one."""
    cues = _Cues.for_vocab(docs[0].vocab)
    tk = _Tokens(docs, cues)
    return tk, cues.match(tk)


def _infos(tk: _Tokens, m: _Matches) -> list[UnitInfo]:
    infos = _titled_askers(tk, m, [classify_unit(tk, u, m) for u in _units(tk, m)])
    return _follow_on_questions(tk, m, _askers_below(tk, m, infos))


def _name_alone(tk: _Tokens, m: _Matches, u: Unit) -> str | None:
    """The person a unit names and nothing else ("Priya Varma" alone on its line), else None."""
    first = _first_of(tk, u.start, u.end)
    sp = m.longest("SPEAKER", first, u.end) if first >= 0 else None
    if sp is None or sp.start != first or sp.kind is not SpeakerKind.NAME:
        return None
    if any(not tk.space[k] for k in range(sp.end, u.end)):
        return None
    return normalise_speaker(sp_text(tk, sp), sp.kind)


def _askers_below(tk: _Tokens, m: _Matches, infos: list[UnitInfo]) -> list[UnitInfo]:
    """A question header naming no one ("Question No: 2024/0812") over a line that is only a
    name ("Priya Varma"): that person asks the question below, and the name line is no text."""
    if not any(i.asker_below for i in infos):
        return infos
    out: list[UnitInfo] = []
    skip = False
    for k, info in enumerate(infos):
        if skip:
            skip = False
            continue
        nxt = infos[k + 1] if k + 1 < len(infos) else None
        name = None
        if info.asker_below and nxt is not None and nxt.kind is UnitKind.NEUTRAL:
            name = _name_alone(tk, m, nxt.unit)
        if name is not None:
            info, skip = replace(info, q_speaker=name, q_kind=SpeakerKind.NAME), True
        out.append(info)
    return out


def _titled_askers(tk: _Tokens, m: _Matches, infos: list[UnitInfo]) -> list[UnitInfo]:
    """Unnamed question labels ("Question: ...") under a heading that opens with the member who
    asked ("3.1 Cr Nankivell – Jetty Road Footpath"): that member's questions."""
    if not infos or infos[0].unit.para != 0 or not any(i.q_speaker == UNSTATED_ASKER for i in infos):
        return infos
    lead = _lead_in_asker(tk, m, infos[0])
    if lead is None:
        return infos
    return [
        replace(i, q_speaker=lead[0], q_kind=lead[1])
        if i.kind == UnitKind.QUESTION_HEADER and i.q_speaker == UNSTATED_ASKER
        else i
        for i in infos
    ]


def _find(read: tuple[_Tokens, _Matches]) -> list[Exchange]:
    tk, m = read
    return _pair(tk, _infos(tk, m))


def explain(doc: Doc) -> list[tuple[str, str, str | None, str | None]]:
    """Debug view: each unit's class, text and speakers."""
    if not len(doc):
        return []
    tk, m = _read([doc])
    out = []
    for info in _infos(tk, m):
        u = info.unit
        out.append((info.kind.value, tk.span_text(u.start, u.end).strip(), info.q_speaker, info.r_speaker))
    return out
