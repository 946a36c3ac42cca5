"""Emergent themes: recurring phrases outside the taxonomy, across meetings and years.

Across a whole store (or any collection of meetings), every phrase of 2-4 words inside a
clause is counted once per meeting, its words compared by their lemma (lemminflect's English
lexicon: "foster carers" and "foster carer" are one phrase, "improvement plans" and
"improvement plan" too). A phrase may not begin or end with a stopword, may hold a linker
("quality of life") but no other stopword, and holds no digit. Phrases seen in at least
``min_meetings`` meetings, not procedure or boilerplate (``emergent_stop_phrases.jsonl``, or
seen in most meetings), not a name (written with every word capitalised), not a fragment of a
longer phrase and not already matched by the taxonomy, are grouped (a phrase joins the
phrase before it whose words hold its own or are among them) and reported as
``emergent:<slug>`` themes, most widespread first. A label is the phrase as the documents
write it: the most frequent of its written forms, read back from the texts, so it is always
words of the documents, never a made-up stem. Settings and word lists live in
``models/emergent.json`` and ``models/emergent_stop_phrases.jsonl``.

>>> meetings = [
...     Meeting("a", "2018", ["Youth violence was discussed.", "Tackling youth violence."]),
...     Meeting("b", "2019", ["The youth violence strategy was noted."]),
...     Meeting("c", "2019", ["Caseloads remained high."]),
... ]
>>> [(t.id, t.label, t.meetings) for t in find_emergent(meetings)]
[('emergent:youth-violence', 'youth violence', ['a', 'b'])]
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from minutesmine.assets import asset_path, read_jsonl
from minutesmine.themes.match import Matcher, default_matcher

__all__ = ["EmergentTheme", "Lexicon", "Meeting", "find_emergent", "phrase_spans", "slugify"]

#: the tokens of a text: runs of word characters, apostrophes and hyphens, and each other
#: character but a plain space (punctuation, line breaks and tabs: no phrase runs across
#: them). A word is a token of letters (any script) with inner apostrophes or hyphens
#: ("children's", "co-ordinator"); any other token (a number, "carers'", "-") is no word.
_TOKEN_RE = re.compile(r"[\w'’-]+|[^\w ]")
#: what stands between two words of one phrase in the text
_GAP = "(?: +|-)"
#: characters that may not touch a phrase found in the text
_JOINING = frozenset("'’-_")


@dataclass(frozen=True)
class Meeting:
    """One meeting (or document): its key, its year, its texts and how it is named to a
    reader ("Council / Committee / date"; the key when not given)."""

    key: str
    year: str | None
    texts: list[str]
    label: str = ""

    @property
    def name(self) -> str:
        return self.label or self.key


class EmergentTheme(BaseModel):
    """A recurring phrase outside the taxonomy."""

    id: str = Field(description="'emergent:<slug>' (the slug of the label)")
    label: str = Field(description="The phrase as the documents most often write it")
    phrases: list[str] = Field(
        description="The label and the main phrases grouped with it, as written, most widespread first"
    )
    meetings: list[str] = Field(description="The meetings the phrases occur in: council / committee / date")
    years: list[str] = Field(description="Years the phrases occur in")
    count: int = Field(description="Number of meetings")
    keys: list[str] = Field(default_factory=list, exclude=True, description="Keys of the meetings")
    forms: list[str] = Field(default_factory=list, exclude=True, description="The phrases' lemmas")


class Settings(BaseModel):
    """``models/emergent.json`` (see its ``about``)."""

    model_config = ConfigDict(extra="forbid")

    about: str = ""
    min_meetings: int = 2
    max_share: float = 0.6
    max_share_min_meetings: int = 10
    max_name_share: float = 0.8
    fragment_share: float = 0.75
    limit: int = 30
    sample_meetings: int = 12
    linkers: list[str]
    substantive_kinds: list[str]
    stopwords: list[str]


class StopPhrase(BaseModel):
    """A row of ``models/emergent_stop_phrases.jsonl``: procedure or boilerplate."""

    model_config = ConfigDict(extra="forbid")

    phrase: str
    notes: str = ""


@lru_cache(maxsize=1)
def settings() -> Settings:
    """The emergent-theme settings (``models/emergent.json``)."""
    return Settings.model_validate(json.loads(asset_path("emergent.json").read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def _stop_phrases() -> tuple[str, ...]:
    return tuple(StopPhrase.model_validate(r).phrase for r in read_jsonl("emergent_stop_phrases.jsonl"))


def slugify(phrase: str) -> str:
    """URL-safe slug of a phrase.

    >>> slugify("Return Home Interview's")
    'return-home-interview-s'
    """
    return re.sub(r"[^a-z0-9]+", "-", phrase.lower()).strip("-")


# -- words -----------------------------------------------------------------------------------

#: a word no phrase may hold
_STOP = 0


@dataclass
class Lexicon:
    """The words of one run: each written word (as found) → its lemma (a linker as itself),
    or ``_STOP``.

    A noun's lemma is lemminflect's ("carers" → "carer", "children's" → "child", "focuses" →
    "focus"; a hyphenated word's parts, as if written apart: "co-ordinators" → "co
    ordinator"); another known word is kept as written, lowercased; a word lemminflect does
    not know is lemmatised as a noun by its rules. Whether a word may begin or end a phrase
    is the class of its lemma (see :class:`_Role`): a phrase ends on a noun, never begins on
    a verb ("seeking funding", "conditions contained" are no phrases).
    """

    stop: frozenset[str]
    linkers: frozenset[str]
    #: written token → lemma, or _STOP
    words: _Words = field(init=False)
    #: lemma → the written forms (lowercased) seen for it
    forms: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def __post_init__(self) -> None:
        self.words = _Words(self._entry)

    @classmethod
    def default(cls) -> Lexicon:
        cfg = settings()
        return cls(frozenset(cfg.stopwords), frozenset(cfg.linkers))

    def __getitem__(self, word: str) -> str | int:
        """The lemma of a written token (or ``_STOP``)."""
        return self.words[word]

    def _entry(self, word: str) -> str | int:
        low = word.lower().replace("’", "'")
        if low in self.linkers:
            return _Inner(low)
        if not _is_word(low):
            return _STOP
        base = low[:-2] if low.endswith("'s") else low
        if base in self.stop or low in self.stop:
            return _STOP
        *head, last = [p for p in base.split("-") if p]
        lemma, role = _lemma(last)
        self.forms[lemma].add(low if not head else last)
        for part in head:  # "co-ordinators": the lemmas "co ordinator", as if written apart
            self.forms[part].add(part)
        lemma = " ".join([*head, lemma])
        first = _lemma(head[0])[1] if head else role
        if first is _Role.GERUND and word[0].isupper():
            first = _Role.NOUN  # "Strengthening Families", "Parking Services": part of a name
        return _EDGES[first in _STARTS, role in _ENDS](lemma)

    def key(self, text: str) -> str:
        """The lemmas of a phrase, space-separated (stopwords as written).

        >>> Lexicon.default().key("The Children's Improvement Plans")
        'the child improvement plan'
        """
        out = []
        for w in _TOKEN_RE.findall(text):
            got = self[w]
            out.append(got if isinstance(got, str) else w.lower())
        return " ".join(out)


def _is_word(token: str) -> bool:
    """Whether a (lower-cased) token is a word: letters with inner apostrophes or hyphens.

    >>> [_is_word(t) for t in ("co-ordinator", "children's", "carers'", "a4", "-", "x")]
    [True, True, False, False, False, False]
    """
    if len(token) < 2 or token[0] in "'-" or token[-1] in "'-":
        return False
    return token.replace("'", "").replace("-", "").isalpha()


class _Words(dict[str, "str | int"]):
    """Written token → lemma (or ``_STOP``), each looked up once (``__missing__``)."""

    def __init__(self, entry: Callable[[str], str | int]) -> None:
        super().__init__()
        self.entry = entry

    def __missing__(self, word: str) -> str | int:
        got = self[word] = self.entry(word)
        return got


class _NoStart(str):
    """A lemma that may end a phrase but not begin one (a gerund: "seeking")."""


class _NoEnd(str):
    """A lemma that may begin a phrase but not end one (a modifier: "available")."""


class _Inner(str):
    """A lemma that may neither begin nor end a phrase (a verb, an adverb, a linker)."""


class _Role(Enum):
    """What a word can be, as far as a phrase's edges go."""

    NOUN = "noun"  # a noun or a word lemminflect does not know
    GERUND = "gerund"  # only a verb's -ing form ("safeguarding"): may end a phrase, not begin one
    MODIFIER = "modifier"  # an adjective or a participle: may begin a phrase, not end it
    VERB = "verb"  # only a verb (not a gerund) or only an adverb: neither begins nor ends one


#: the roles of a word that may begin a phrase, and those of a word that may end one
_STARTS = frozenset({_Role.NOUN, _Role.MODIFIER})
_ENDS = frozenset({_Role.NOUN, _Role.GERUND})
#: the class of a lemma by whether its word may begin and end a phrase
_EDGES: dict[tuple[bool, bool], type[str]] = {
    (True, True): str,
    (False, True): _NoStart,
    (True, False): _NoEnd,
    (False, False): _Inner,
}


def _lemma(word: str) -> tuple[str, _Role]:
    """A word's lemma (a noun's where it can be one) and its role at a phrase's edges.

    >>> [_lemma(w) for w in ("carers", "safeguarding", "dated", "contain")]  # doctest: +NORMALIZE_WHITESPACE
    [('carer', <_Role.NOUN: 'noun'>), ('safeguarding', <_Role.GERUND: 'gerund'>),
     ('dated', <_Role.MODIFIER: 'modifier'>), ('contain', <_Role.VERB: 'verb'>)]
    """
    from lemminflect import getAllLemmas, getLemma

    readings = getAllLemmas(word)
    for pos in ("NOUN", "PROPN"):
        if pos in readings:
            return readings[pos][0], _Role.NOUN
    if not readings:
        return getLemma(word, upos="NOUN")[0], _Role.NOUN
    if "VERB" in readings and word.endswith("ing") and readings["VERB"][0] != word:
        return word, _Role.GERUND
    if "ADJ" in readings:
        return word, _Role.MODIFIER
    return word, _Role.VERB


# -- counting --------------------------------------------------------------------------------


def _phrases(text: str, lex: Lexicon, out: list[str], max_n: int = 4) -> None:
    """Append the candidate phrases (as lemma keys) of ``text`` to ``out``."""
    keys: list[str | int] = list(map(lex.words.__getitem__, _TOKEN_RE.findall(text)))
    n = len(keys)
    for i, first in enumerate(keys):
        kind = first.__class__
        if kind is not str and kind is not _NoEnd:
            continue
        for j in range(i + 1, min(i + max_n, n)):
            kind = keys[j].__class__
            if kind is int:
                break
            if kind is str or kind is _NoStart:
                out.append(" ".join(keys[i : j + 1]))  # type: ignore[arg-type]


@dataclass
class _Counts:
    """Per phrase key: the meetings (indices) it occurs in and its number of occurrences."""

    meetings: list[Meeting]
    where: dict[str, list[int]]
    occurrences: Counter[str]


def _count(meetings: Iterable[Meeting], lex: Lexicon) -> _Counts:
    kept: list[Meeting] = []
    where: dict[str, list[int]] = defaultdict(list)
    occurrences: Counter[str] = Counter()
    for m in meetings:
        index = len(kept)
        kept.append(m)
        found: list[str] = []
        for text in m.texts:
            _phrases(text, lex, found)
        occurrences.update(found)
        for key in set(found):
            where[key].append(index)
    return _Counts(kept, where, occurrences)


# -- choosing --------------------------------------------------------------------------------


@dataclass
class _Reading:
    """How a phrase is written in (a sample of) its meetings."""

    label: str
    name_share: float


def _read_back(key: str, meetings: list[Meeting], lex: Lexicon) -> _Reading | None:
    """The phrase ``key`` as written in ``meetings``' texts: its most frequent written form,
    in lower case when it is written so, else as most often written inside a sentence; and
    the share of its occurrences written as a name (every word capitalised). None if not
    found."""
    pattern = _written_pattern(key, lex)
    written: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    for m in meetings:
        text = "\n".join(m.texts)
        low = text.lower()
        if len(low) != len(text):  # a letter whose lower case is longer: search as written
            low = text
        for hit in pattern.finditer(low):
            a, b = hit.span()
            if (a and (low[a - 1].isalnum() or low[a - 1] in _JOINING)) or (
                b < len(low) and (low[b].isalnum() or low[b] in _JOINING)
            ):
                continue  # part of a longer word
            form = re.sub(" +", " ", text[a:b])
            written[form] += 1
            before = text[max(0, a - 3) : a].rstrip()[-1:]
            if before and (before.isalnum() or before in ",;("):
                inside[form] += 1
    if not written:
        return None
    lowered: Counter[str] = Counter()
    for form, n in written.items():
        lowered[form.lower()] += n
    best = lowered.most_common(1)[0][0]
    cased = [(n, form) for form, n in inside.items() if form.lower() == best]
    label = best if best in written or not cased else max(cased)[1]
    named = sum(n for form, n in written.items() if _is_name(form, lex))
    return _Reading(label, named / sum(written.values()))


def _written_pattern(key: str, lex: Lexicon) -> re.Pattern[str]:
    """A regex finding the phrase ``key`` in lower-cased text, in any of its words' forms."""
    parts = []
    for word in key.split():
        forms = sorted(lex.forms.get(word) or {word}, key=len, reverse=True)
        parts.append("(?:" + "|".join(re.escape(f).replace("'", "['’]") for f in forms) + ")")
    return re.compile(_GAP.join(parts))


def _is_name(written: str, lex: Lexicon) -> bool:
    """Whether a phrase as written is a name: every word but a linker capitalised."""
    words = [w for w in written.split() if w.lower() not in lex.linkers]
    return all(w[0].isupper() for w in words)


def _fragments(counts: _Counts, frequent: set[str], share: float) -> set[str]:
    """Phrases most of whose occurrences are inside one phrase a word longer ("families
    model" inside "Strengthening Families model")."""
    longest: dict[str, int] = {}
    for key in frequent:
        words = key.split()
        if len(words) < 3:
            continue
        n = counts.occurrences[key]
        for sub in (" ".join(words[1:]), " ".join(words[:-1])):
            if n > longest.get(sub, 0):
                longest[sub] = n
    return {k for k in frequent if longest.get(k, 0) >= share * counts.occurrences[k]}


def _covered(key: str, stop_keys: list[str]) -> bool:
    """Whether a phrase holds a stop phrase or is part of one (both as lemma keys)."""
    padded = f" {key} "
    return any(f" {s} " in padded or padded in f" {s} " for s in stop_keys)


def find_emergent(
    meetings: Iterable[Meeting],
    *,
    min_meetings: int | None = None,
    limit: int | None = None,
    matcher: Matcher | None = None,
    wanted: str | None = None,
) -> list[EmergentTheme]:
    """The first ``limit`` emergent themes of ``meetings``, most widespread first (see the
    module docstring); with ``wanted`` (a theme id), no more once that one is found.
    ``meetings`` are read one at a time (a generator may report progress as it goes)."""
    cfg = settings()
    limit = limit or cfg.limit
    matcher = matcher or default_matcher()
    lex = Lexicon.default()
    counts = _count(meetings, lex)
    stop_keys = [lex.key(p) for p in _stop_phrases()]
    groups = _Groups()
    for key in _ranked(counts, min_meetings or cfg.min_meetings, cfg):
        if _covered(key, stop_keys):
            continue
        group = groups.find(key)
        if group is not None:
            group.append(key)
            continue
        if len(groups.leaders) >= limit or (wanted and wanted in groups.ids):
            continue  # enough themes: the rest only join theirs
        reading = _read_back(key, _sample(counts, key, cfg.sample_meetings), lex)
        if reading is None or reading.name_share > cfg.max_name_share:
            continue
        if any(sm.score >= 1.0 for sm in matcher.match(reading.label).values()):
            continue  # a taxonomy theme already
        groups.add(key, reading.label)
    return [_theme(g, groups.labels, counts, lex) for g in groups.leaders]


def _ranked(counts: _Counts, min_meetings: int, cfg: Settings) -> list[str]:
    """The phrases seen in enough meetings (and not in most of them), fragments left out,
    by the number of years, then meetings, then occurrences they have."""
    n_meetings = len(counts.meetings)
    ceiling = n_meetings + 1
    if n_meetings >= cfg.max_share_min_meetings:
        ceiling = int(cfg.max_share * n_meetings) + 1
    frequent = {k for k, w in counts.where.items() if min_meetings <= len(w) < ceiling}
    frequent -= _fragments(counts, frequent, cfg.fragment_share)
    years = [m.year for m in counts.meetings]

    def rank(key: str) -> tuple[int, int, int, int, str]:
        w = counts.where[key]
        return (-len({years[i] for i in w} - {None}), -len(w), -counts.occurrences[key], -len(key), key)

    return sorted(frequent, key=rank)


def _sample(counts: _Counts, key: str, n: int) -> list[Meeting]:
    """Up to ``n`` of the meetings ``key`` occurs in, spread over them."""
    where = counts.where[key]
    step = max(1, len(where) // n)
    return [counts.meetings[i] for i in where[::step][:n]]


class _Groups:
    """Groups of phrases, each led by a phrase that was read back: a phrase joins the first
    group whose leading phrase's words hold all of its words or are all among them
    ("youth violence strategy" and "youth violence"; "contextual-safeguarding hub" and
    "contextual safeguarding hub")."""

    def __init__(self) -> None:
        self.leaders: list[list[str]] = []
        self.by_word: dict[str, list[tuple[frozenset[str], list[str]]]] = defaultdict(list)
        self.labels: dict[str, str] = {}
        self.ids: set[str] = set()

    def find(self, key: str) -> list[str] | None:
        words = _word_set(key)
        for word in words:
            for leading, g in self.by_word.get(word, ()):
                if leading <= words or words <= leading:
                    return g
        return None

    def add(self, key: str, label: str) -> None:
        group = [key]
        self.leaders.append(group)
        self.labels[key] = label
        self.ids.add(f"emergent:{slugify(label)}")
        words = _word_set(key)
        for word in words:
            self.by_word[word].append((words, group))


def _word_set(key: str) -> frozenset[str]:
    return frozenset(key.split()) - frozenset(settings().linkers)


def _theme(group: list[str], labels: dict[str, str], counts: _Counts, lex: Lexicon) -> EmergentTheme:
    """The theme of a group: its label, each phrase as written, its meetings and years."""
    # the phrases joined to the leading one that are widespread enough to name it too
    floor = len(counts.where[group[0]]) / 4
    shown = [k for k in group if len(counts.where[k]) >= floor][:8]
    phrases = [labels.get(k) or _written(k, counts, lex) for k in shown]
    indices = sorted(set().union(*(counts.where[k] for k in group)))
    meetings = [counts.meetings[i] for i in indices]
    label = labels[group[0]]
    return EmergentTheme(
        id=f"emergent:{slugify(label)}",
        label=label,
        phrases=list(dict.fromkeys(phrases)),
        meetings=[m.name for m in meetings],
        years=sorted({m.year for m in meetings if m.year}),
        count=len(meetings),
        keys=[m.key for m in meetings],
        forms=group,
    )


def _written(key: str, counts: _Counts, lex: Lexicon) -> str:
    reading = _read_back(key, _sample(counts, key, 3), lex)
    return reading.label if reading else key


# -- finding the phrases again ---------------------------------------------------------------

_SPLIT_SPAN_RE = re.compile(r"[^.!?;:\n\u2022\u00b7]+")


def phrase_spans(text: str, forms: Iterable[str], lex: Lexicon | None = None) -> list[tuple[int, int]]:
    """Character spans of the pieces of ``text`` (split at sentence and clause punctuation)
    holding any of ``forms`` (lemma keys, as :attr:`EmergentTheme.forms` gives them).

    >>> text = "Members asked about return home interviews. The Chair thanked officers."
    >>> [text[a:b] for a, b in phrase_spans(text, ["return home interview"])]
    ['Members asked about return home interviews']
    """
    lex = lex or Lexicon.default()
    wanted = [f" {p} " for p in forms]
    out = []
    for m in _SPLIT_SPAN_RE.finditer(text):
        words = f" {lex.key(m.group())} "
        if any(p in words for p in wanted):
            a, b = m.span()
            while a < b and text[a].isspace():
                a += 1
            out.append((a, b))
    return out
