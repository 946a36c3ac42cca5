"""Match taxonomy synonyms in one sentence: word forms first, then fuzzy variants.

A :class:`Matcher` indexes every rule of a :class:`~minutesmine.themes.taxonomy.Taxonomy` by
its first word (or word prefix), so a sentence costs one dictionary look-up per word. Fuzzy
matching (rapidfuzz) runs only around words that are not themselves words of any synonym but
share their first four letters with one, only on words no exact match claimed, and compares
the phrase with windows of about its length, spaces removed
("case loads" ~ "caseload", "fostercarers" ~ "foster carer").

:meth:`Matcher.match_sentences` matches all the sentences of a section at once and finds
what :meth:`Matcher.match` finds sentence by sentence: one look-up a word tells what it may
do (start a phrase, key a ``near`` rule whose other parts are in the section, anchor a fuzzy
variant whose window finds something); the phrase hits are found at those words; the regex
rules are screened by the literal text they need, found where it occurs in the section; and
the full match runs only on the sentences where a phrase, near, regex or fuzzy rule may
match. Fuzzy windows are looked up only when their length and their words' common letters
with the keys allow the cutoff. Nothing a section or sentence finds is kept for the next
(no result keyed on the text): the speed comes from the look-ups a word that skip the rest.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache, partial
from itertools import accumulate, compress
from operator import le
from re import _constants as _sre  # the opcodes of a parsed pattern (see _needs)
from re import _parser
from typing import NamedTuple

from rapidfuzz import fuzz, process
from rapidfuzz.distance import LCSseq

from minutesmine.themes.taxonomy import (
    Rule,
    Taxonomy,
    load_taxonomy,
    span_words,
    split_tokens,
    token_arrays,
    tokenize,
)

__all__ = ["Hit", "Matcher", "Section", "SentenceMatch", "default_matcher", "matcher_for"]

#: characters between two words that end a clause: fuzzy variants never span them
_BREAK_CHARS = frozenset(",;:.()[]!?\u2013\u2014|")


class Hit(NamedTuple):
    """One rule matched in a sentence, over words ``[first, last)``."""

    rule: Rule
    first: int
    last: int
    text: str  # the words as written
    weight: float
    claims: frozenset[int]  # word positions the hit covers


class SentenceMatch(NamedTuple):
    """A theme's evidence in one sentence."""

    theme: str
    score: float  # strongest hit + repeat_factor x the others, at most 1.0
    matched: str  # the matching words as written, "; "-separated
    hits: tuple[Hit, ...]


def _word_ok(pattern: str, word: str) -> bool:
    return word.startswith(pattern[:-1]) if pattern.endswith("*") else word == pattern


def _key(word: str) -> str:
    """Index key of a pattern word: the word itself, or its first four letters for a prefix."""
    return word[:-1][:4] if word.endswith("*") else word


def _occurrences(part: tuple[str, ...], words: Sequence[str]) -> list[tuple[int, int]]:
    """Where the phrase ``part`` occurs in ``words``, as word spans ``[start, end)``."""
    n = len(part)
    last = len(words) - n
    first = part[0]
    if first.endswith("*"):
        stem = first[:-1]
        starts = [i for i, w in enumerate(words) if w.startswith(stem) and i <= last]
    else:  # as [i for i, w in enumerate(words) if w == first and i <= last], scanned in C
        starts = []
        if first in words:
            i = -1
            while True:
                try:
                    i = words.index(first, i + 1, last + 1)
                except ValueError:
                    break
                starts.append(i)
    if n == 1:
        return [(i, i + 1) for i in starts]
    rest = part[1:]
    return [(i, i + n) for i in starts if all(_word_ok(p, words[i + k]) for k, p in enumerate(rest, 1))]


class _Role(NamedTuple):
    """What a word may do in a section (see :meth:`Matcher._role`)."""

    #: the phrase rules it starts (its first word fits the rule's): (rule, its number of
    #: words, its other words as a list when none is a prefix (*) word, else None, its
    #: other words)
    phrases: tuple[tuple[Rule, int, list[str] | None, tuple[str, ...]], ...]
    #: the words that may follow it in a phrase of ``phrases``, when they all have two or
    #: more words and no prefix second word (else None)
    seconds: frozenset[str] | None
    near: bool
    near_part: bool
    fuzzy: bool


class _Roles(dict[str, "_Role | None"]):
    """word -> :meth:`Matcher._role` of it, memoised; ``map(roles.__getitem__, words)`` runs in C."""

    def __init__(self, role: Callable[[str], _Role | None]) -> None:
        super().__init__()
        self._role = role

    def __missing__(self, word: str) -> _Role | None:
        if len(self) > 200_000:
            self.clear()
        got = self[word] = self._role(word)
        return got


class Section:
    """The words of the section around a sentence, tokenised only when a rule asks for its
    ``section_context``; look-ups are cached.

    >>> sec = Section("Caseloads were discussed. The social workers' vacancies were high.")
    >>> sec.has((('social', 'worker'),)), sec.has((('ofsted',),)), sec.has((('case*',),))
    (True, False, True)
    """

    def __init__(
        self, text: str, toks: list[tuple[str, int, int]] | None = None, words: list[str] | None = None
    ) -> None:
        self.text = text
        self._toks = toks  # the text's tokens, when the caller has them already
        self._word_list = words  # or just their words
        self._words: set[str] | None = None
        self._joined = ""
        self._cache: dict[tuple[tuple[str, ...], ...], bool] = {}  # this section's answers

    def has(self, phrases: tuple[tuple[str, ...], ...]) -> bool:
        """Whether any of ``phrases`` occurs in the section."""
        got = self._cache.get(phrases)
        if got is None:
            if self._words is None:
                words = self._word_list
                if words is None:
                    words = [t[0] for t in (self._toks if self._toks is not None else tokenize(self.text))]
                self._words = set(words)
                self._joined = " " + " ".join(words) + " "
            got = self._cache[phrases] = any(self._has(p) for p in phrases)
        return got

    def _has(self, part: tuple[str, ...]) -> bool:
        assert self._words is not None
        if len(part) == 1:
            w = part[0]
            if w.endswith("*"):
                return any(x.startswith(w[:-1]) for x in self._words)
            return w in self._words
        if not all(_key(p) in self._words or p.endswith("*") for p in part):
            return False
        pattern = " ".join(re.escape(p[:-1]) + r"\w*" if p.endswith("*") else re.escape(p) for p in part)
        return re.search(r" " + pattern + r" ", self._joined) is not None


class _Roled(NamedTuple):
    """What the words of a section may do (:meth:`Matcher._scan_roles`)."""

    phrase_hits: dict[int, list[tuple[Rule, int, int]]]  # sentence -> hits (its positions)
    near_at: list[tuple[int, int]]  # (word, sentence) of words keying a near rule
    near_parts: set[str]  # words keying a near rule's other parts
    fuzzy_at: list[int]  # words that may anchor a fuzzy variant


class _Matching:
    """A sentence being matched: its text, words, and tokens and word set made when asked."""

    def __init__(
        self, text: str, toks_of: Callable[[], list[tuple[str, int, int]]], words: list[str]
    ) -> None:
        self.text = text
        self.words = words
        self._toks_of = toks_of
        self._toks: list[tuple[str, int, int]] | None = None
        self._present: set[str] | None = None

    def tokens(self) -> list[tuple[str, int, int]]:
        if self._toks is None:
            self._toks = self._toks_of()
        return self._toks

    def span_text(self, first: int, last: int) -> str:
        """Words ``[first, last)`` as written."""
        toks = self.tokens()
        return self.text[toks[first][1] : toks[last - 1][2]]

    def present(self) -> set[str]:
        """The sentence's words and their first four letters."""
        if self._present is None:
            self._present = set(self.words) | {w[:4] for w in self.words}
        return self._present


class Matcher:
    """Finds a taxonomy's themes in sentences (see the module docstring)."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self._exact: dict[str, list[Rule]] = defaultdict(list)  # first word -> phrase rules
        self._prefix: dict[str, list[Rule]] = defaultdict(list)  # 4-letter prefix -> phrase rules
        self._near: dict[str, list[Rule]] = defaultdict(list)  # first part's key -> rules
        self._regex: list[Rule] = []
        self._fuzzy: dict[str, list[Rule]] = defaultdict(list)  # 4-letter anchor -> rules
        self._vocab: set[str] = set()  # every word of every rule: known, so never fuzzy
        self._word_rules: dict[str, tuple[Rule, ...]] = {}  # word -> phrase rules it may start
        self._fuzzy_word: dict[str, bool] = {}  # word -> may start a fuzzy variant
        # word -> the roles it may play in a section (see match_sentences), one look-up a word
        self._roles = _Roles(self._role)
        for theme in taxonomy.themes.values():
            for rule in theme.rules:
                if rule.kind == "phrase":
                    first = rule.parts[0][0]
                    (self._prefix if first.endswith("*") else self._exact)[_key(first)].append(rule)
                    if rule.fuzzy_key:
                        for anchor in {w[:4] for w in rule.parts[0] if len(w) >= 4}:
                            self._fuzzy[anchor].append(rule)
                elif rule.kind == "near":
                    self._near[_key(rule.parts[0][0])].append(rule)
                else:
                    self._regex.append(rule)
                self._vocab.update(w for part in rule.parts for w in part if not w.endswith("*"))
        # the words of a phrase without a prefix (*) word, compared as one list
        self._plain: dict[Rule, list[str] | None] = {
            r: None if any(w.endswith("*") for w in r.parts[0]) else list(r.parts[0])
            for rules in (*self._exact.values(), *self._prefix.values())
            for r in rules
        }
        self._fuzzy_len: dict[str, tuple[float, float] | None] = {}  # word -> window lengths
        self._commons: dict[tuple[str, str], int] = {}  # (word, anchor) -> see _common
        self._cutoff = min(taxonomy.fuzzy_cutoff, 100.0) - 1e-6  # a hair below, for bounds
        self._regex_needs = [(r, _needs(r.regex)) for r in self._regex if r.regex is not None]
        self._constrained = frozenset(r for t in taxonomy.themes.values() for r in t.rules if r.constrained)
        self._regex_unscreened = any(needs is None for _, needs in self._regex_needs)
        self._near_order = {k: n for n, k in enumerate(self._near)}  # the taxonomy's order
        # near rules: the keys of their parts after the first, by their first part's key
        self._near_rest: dict[str, list[tuple[str, ...]]] = {
            k: [tuple(_key(p[0]) for p in r.parts[1:]) for r in rules] for k, rules in self._near.items()
        }
        self._near_part_keys = frozenset(k for rests in self._near_rest.values() for r in rests for k in r)

    # -- exact word-form matching -------------------------------------------------------
    @staticmethod
    def _find(part: tuple[str, ...], words: list[str]) -> list[tuple[int, int]]:
        return _occurrences(part, words)

    def _rules_at(self, word: str) -> tuple[Rule, ...]:
        """Phrase rules whose first word (or prefix) fits ``word``, exact ones first (cached)."""
        got = self._word_rules.get(word)
        if got is None:
            if len(self._word_rules) > 200_000:
                self._word_rules.clear()
            got = self._word_rules[word] = (*self._exact.get(word, ()), *self._prefix.get(word[:4], ()))
        return got

    def _may_be_fuzzy(self, word: str) -> bool:
        """Whether ``word`` can anchor a fuzzy variant: not a synonym word, sharing the first
        four letters with one (cached)."""
        got = self._fuzzy_word.get(word)
        if got is None:
            if len(self._fuzzy_word) > 200_000:
                self._fuzzy_word.clear()
            got = not (len(word) < 4 or word in self._vocab or word[:4] not in self._fuzzy)
            self._fuzzy_word[word] = got
        return got

    def _fuzzy_lengths(self, word: str) -> tuple[float, float] | None:
        """The lengths (letters) a window of words including ``word`` (which may anchor a
        fuzzy variant) may have to reach ``fuzzy_cutoff`` with one of its anchor's rules;
        None: no window can (cached). See :func:`_window_lengths`."""
        got = self._fuzzy_len.get(word, False)
        if got is False:
            if len(self._fuzzy_len) > 200_000:
                self._fuzzy_len.clear()
            keys = [r.fuzzy_key for r in self._fuzzy[word[:4]] if r.fuzzy_key]
            got = self._fuzzy_len[word] = _window_lengths(word, keys, self.taxonomy.fuzzy_cutoff)
        return got  # type: ignore[return-value]

    def _phrase_hits(
        self, words: list[str], at: Sequence[int] | None = None, end: int | None = None
    ) -> list[tuple[Rule, int, int]]:
        """Phrase rules matched in ``words[:end]``, trying only the positions ``at``
        (ascending; default all: others start no rule)."""
        out = []
        plain = self._plain
        if end is None:
            end = len(words)
        for i in range(end) if at is None else at:
            for rule in self._rules_at(words[i]):
                part = rule.parts[0]
                n = len(part)
                if i + n <= end and (
                    words[i : i + n] == plain[rule]
                    if plain[rule] is not None
                    else all(_word_ok(p, words[i + k]) for k, p in enumerate(part))
                ):
                    out.append((rule, i, i + n))
        return out

    def _near_hits(self, words: list[str], present: set[str]) -> list[tuple[Rule, frozenset[int]]]:
        out = []
        # in taxonomy order (not a set's, which varies with string hashing): ties between
        # near hits in ``_combine`` then resolve the same way in every process
        keys = present & self._near.keys()
        if not keys:
            return out
        rules = [r for k in sorted(keys, key=self._near_order.__getitem__) for r in self._near[k]]
        for rule in rules:
            if not all(_key(p[0]) in present for p in rule.parts[1:]):
                continue
            spans = [self._find(p, words) for p in rule.parts]
            if not all(spans):
                continue
            best: tuple[int, frozenset[int]] | None = None
            # the closest combination: try each occurrence of the first part as an anchor
            for a0, a1 in spans[0]:
                chosen = [(a0, a1)]
                for occ in spans[1:]:
                    chosen.append(min(occ, key=lambda s, a=a0: abs(s[0] - a)))
                lo = min(s[0] for s in chosen)
                hi = max(s[1] for s in chosen)
                if hi - lo - 1 <= rule.window and len({s[0] for s in chosen}) == len(chosen):
                    claims = frozenset(k for s in chosen for k in range(s[0], s[1]))
                    if best is None or hi - lo < best[0]:
                        best = (hi - lo, claims)
            if best:
                out.append((rule, best[1]))
        return out

    # -- fuzzy variants -----------------------------------------------------------------
    def _fuzzy_window(self, anchor: str, window: str) -> tuple[tuple[Rule, float], ...]:
        """The anchor's rules closest to ``window`` (ties kept)."""
        rules = self._fuzzy.get(anchor, [])
        found = process.extract(
            window,
            [r.fuzzy_key for r in rules],
            scorer=fuzz.ratio,
            score_cutoff=self.taxonomy.fuzzy_cutoff,
            limit=None,
        )
        top = max((sc for _, sc, _ in found), default=0.0)
        return tuple((rules[idx], sc) for _, sc, idx in found if sc >= top)

    def _fuzzy_hits(
        self,
        words: list[str],
        claimed: set[int],
        exact_rules: set[Rule],
        breaks: Callable[[], set[int]] = set,
        at: Sequence[int] | None = None,
    ) -> list[tuple[Rule, int, int, float]]:
        """Fuzzy variants; a window of several words never spans a clause break
        (``breaks()``: positions of words preceded by a comma, full stop, dash ...).
        ``at``: the positions (ascending) of the words that may anchor one, if known."""
        best: dict[Rule, tuple[float, int, int]] = {}
        n_words = len(words)
        cut: set[int] | None = None
        for p in range(n_words) if at is None else at:
            w = words[p]
            if p in claimed or (at is None and not self._may_be_fuzzy(w)):
                continue
            for start, end, found in self._windows(words, p):  # those that find something
                if end - start > 1:
                    if any(k in claimed for k in range(start, end)):
                        continue
                    if cut is None:
                        cut = breaks()
                    if any(k in cut for k in range(start + 1, end)):
                        continue
                for rule, score in found:
                    if rule in exact_rules:
                        continue
                    if rule not in best or score > best[rule][0]:
                        best[rule] = (score, start, end)
        return [(rule, s, e, score) for rule, (score, s, e) in best.items()]

    def _windows(
        self, words: list[str], p: int, first: int = 0, stop: int | None = None
    ) -> list[tuple[int, int, tuple[tuple[Rule, float], ...]]]:
        """The windows ``[start, end)`` of one to three of ``words[first:stop]`` around
        ``words[p]`` (a word that may anchor a fuzzy variant; by size, then start) that find
        something, and what.

        A window whose length (letters) is outside ``_fuzzy_lengths``, or whose words
        share too few letters with the keys (``_common``), finds nothing: it is not looked
        up (or is remembered as finding nothing)."""
        w = words[p]
        lengths = self._fuzzy_lengths(w)
        if lengths is None:
            return []
        lo, hi = lengths
        n_words = len(words) if stop is None else stop
        # the windows' lengths from their words' (-1: no such word), in the order of _WINDOWS
        n0 = len(w)
        l1 = len(words[p - 1]) if p - 1 >= first and p >= 1 else -1
        l2 = len(words[p - 2]) if l1 >= 0 and p - 2 >= first and p >= 2 else -1
        r1 = len(words[p + 1]) if p + 1 < n_words else -1
        r2 = len(words[p + 2]) if r1 >= 0 and p + 2 < n_words else -1
        spans = []
        if lo <= n0 <= hi:
            spans.append((p, p + 1))
        if l1 >= 0 and lo <= l1 + n0 <= hi:
            spans.append((p - 1, p + 1))
        if r1 >= 0 and lo <= n0 + r1 <= hi:
            spans.append((p, p + 2))
        if l2 >= 0 and lo <= l2 + l1 + n0 <= hi:
            spans.append((p - 2, p + 1))
        if l1 >= 0 and r1 >= 0 and lo <= l1 + n0 + r1 <= hi:
            spans.append((p - 1, p + 2))
        if r2 >= 0 and lo <= n0 + r1 + r2 <= hi:
            spans.append((p, p + 3))
        if not spans:
            return []
        anchor = w[:4]
        out = []
        for start, end in spans:
            window = w if end - start == 1 else "".join(words[start:end])
            # the window's longest common subsequence with a key is at most the sum of its
            # words': when even that cannot reach the cutoff, it finds nothing
            common = sum(self._common(u, anchor) for u in words[start:end])
            if 200 * common < self._cutoff * (len(window) + common):
                continue
            found = self._fuzzy_window(anchor, window)
            if found:
                out.append((start, end, found))
        return out

    def _common(self, word: str, anchor: str) -> int:
        """The longest common subsequence of ``word`` with one of the fuzzy keys of
        ``anchor`` (cached). A string of ``n`` letters sharing at most ``c`` of them with a
        key of ``m`` letters has ``fuzz.ratio`` ``200 c / (n + m)`` at most ``200 c / (n + c)``."""
        key = (word, anchor)
        got = self._commons.get(key)
        if got is None:
            if len(self._commons) > 200_000:
                self._commons.clear()
            got = max(
                (LCSseq.similarity(word, r.fuzzy_key) for r in self._fuzzy[anchor] if r.fuzzy_key), default=0
            )
            self._commons[key] = got
        return got

    # -- a sentence -----------------------------------------------------------------------
    def match(
        self, text: str, section: Section | None = None, toks: list[tuple[str, int, int]] | None = None
    ) -> dict[str, SentenceMatch]:
        """Each theme's evidence in ``text`` (one sentence, or a title); ``section`` (the
        text around it) serves rules whose context may be anywhere in the section. ``toks``
        (the sentence's tokens, :func:`~minutesmine.themes.taxonomy.tokenize`) may be given
        with offsets into ``text``, which is then the whole text the sentence is part of.

        A hit of a rule with a ``context`` counts only when the context is there, and one
        with an ``exclude`` phrase overlapping or near it does not count at all.

        >>> m = default_matcher().match("Members asked about the number of foster carers.")
        >>> m["foster_carers"].score, m["foster_carers"].matched
        (1.0, 'number of foster carers')
        >>> "foster_carers" in default_matcher().match("Twinning was about fostering mutual understanding.")
        False
        """
        if toks is None:
            toks = tokenize(text)
        if not toks:
            return {}
        return self._match(text, lambda: toks, [t[0] for t in toks], section)

    def scores(self, text: str) -> tuple[tuple[str, float], ...]:
        """``(theme, score)`` for each theme :meth:`match` finds in ``text``, in its order.

        >>> default_matcher().scores("Fostering Service: recruitment of foster carers")[0]
        ('foster_carers', 1.0)
        """
        return tuple((theme, sm.score) for theme, sm in self.match(text).items())

    def _match(
        self,
        text: str,
        toks_of: Callable[[], list[tuple[str, int, int]]],
        words: list[str],
        section: Section | None,
        phrase_hits: list[tuple[Rule, int, int]] | None = None,
        fuzzy_at: Sequence[int] | None = None,
        near: bool = True,
        regex: bool = True,
    ) -> dict[str, SentenceMatch]:
        """:meth:`match` of a sentence's ``words`` (not none); ``toks_of()``: their tokens
        (called when needed). The rest may say what is known already: the phrase hits
        (``_phrase_hits(words)``), the only positions that may anchor a fuzzy variant
        (default: any); that no near rule has its first part here (``near`` false), that
        no regex rule matches (``regex`` false).
        """
        sent = _Matching(text, toks_of, words)
        if phrase_hits is None:
            phrase_hits = self._phrase_hits(words)
        hits = [
            Hit(rule, i, j, sent.span_text(i, j), rule.weight, frozenset(range(i, j)))
            for rule, i, j in phrase_hits
        ]
        if near:
            hits += self._near_sentence_hits(sent, sent.present())
        if regex and self._regex:
            hits += self._regex_sentence_hits(sent)
        if fuzzy_at is None or fuzzy_at:
            hits += self._fuzzy_sentence_hits(sent, hits, fuzzy_at)
        hits = self._kept(hits, sent, section)
        return self._combine(hits) if hits else {}

    def _near_sentence_hits(self, sent: _Matching, present: set[str]) -> list[Hit]:
        """Near rules matched in the sentence, each shown as its parts as written ("…" over
        gaps of 3+ words)."""
        out = []
        for rule, claims in self._near_hits(sent.words, present):
            pieces: list[tuple[int, int]] = []
            prev = -2
            for k in sorted(claims):
                if pieces and k <= prev + 3:
                    pieces[-1] = (pieces[-1][0], k)
                else:
                    pieces.append((k, k))
                prev = k
            shown = " … ".join(sent.span_text(a, b + 1) for a, b in pieces)
            out.append(Hit(rule, min(claims), max(claims) + 1, shown, rule.weight, claims))
        return out

    def _regex_sentence_hits(self, sent: _Matching) -> list[Hit]:
        """Regex rules matched in the sentence's lower-cased text, over the words they touch."""
        toks = sent.tokens()
        base = toks[0][1]
        low = sent.text[base : toks[-1][2]].lower()
        starts: list[int] = []
        ends: list[int] = []
        out = []
        for rule in self._regex:
            assert rule.regex is not None
            for m in rule.regex.finditer(low):
                a, b = m.start() + base, m.end() + base
                if not ends:
                    starts[:] = [t[1] for t in toks]
                    ends[:] = [t[2] for t in toks]
                # the tokens overlapping [a, b): those ending after a and starting before b
                idx = range(bisect_right(ends, a), bisect_left(starts, b))
                if idx:
                    out.append(Hit(rule, idx[0], idx[-1] + 1, m.group(), rule.weight, frozenset(idx)))
        return out

    def _fuzzy_sentence_hits(
        self, sent: _Matching, hits: list[Hit], fuzzy_at: Sequence[int] | None
    ) -> list[Hit]:
        """Fuzzy variants of rules not matched exactly, over words no hit claims."""
        claimed = {k for h in hits for k in h.claims}
        exact_rules = {h.rule for h in hits}
        found = self._fuzzy_hits(
            sent.words, claimed, exact_rules, lambda: _breaks(sent.text, sent.tokens()), fuzzy_at
        )
        return [
            Hit(rule, i, j, sent.span_text(i, j), rule.weight * s / 100.0, frozenset(range(i, j)))
            for rule, i, j, s in found
        ]

    def _kept(self, hits: list[Hit], sent: _Matching, section: Section | None) -> list[Hit]:
        """The hits that pass their rule's exclusions and context, and are not inside a
        capitalised name (unless the rule allows it)."""
        if not hits:
            return hits
        constrained = self._constrained
        if any(h.rule in constrained for h in hits):
            present = sent.present()
            hits = [
                h for h in hits if h.rule not in constrained or self._allowed(h, sent.words, present, section)
            ]
        if any(not h.rule.in_names for h in hits):
            toks = sent.tokens()
            hits = [h for h in hits if h.rule.in_names or not _in_name(sent.text, toks, h.first, h.last)]
        return hits

    # -- a section ----------------------------------------------------------------------
    def _section_regex_needs(self, low: str) -> list[list[frozenset[str]]] | None:
        """What the regex rules that may match in ``low`` (a lower-cased text) need (see
        :func:`_needs`), or None when that cannot tell (a rule has no need found, or the
        text has a non-ASCII character that a pattern's ASCII letter may match ignoring
        case: "ſ")."""
        if not self._regex:
            return []
        if not low.isascii() and any(_ascii_like(c) for c in set(_NON_ASCII.findall(low))):
            return None
        out = []
        for _rule, needs in self._regex_needs:
            if needs is None:
                return None
            if _has_all(needs, low):
                out.append(needs)
        return out

    def _role(self, word: str) -> _Role | None:
        """What ``word`` may do in a section (None: nothing): the phrase rules it may start
        (:meth:`_rules_at`), whether it or its first four letters key a near rule's first
        part or another of its parts, and whether it may anchor a fuzzy variant."""
        phrases = tuple(
            (rule, len(part), None if any(p.endswith("*") for p in part[1:]) else list(part[1:]), part[1:])
            for rule in self._rules_at(word)
            if _word_ok((part := rule.parts[0])[0], word)
        )
        seconds = None
        if phrases and all(n > 1 and not rest[0].endswith("*") for _, n, _, rest in phrases):
            seconds = frozenset(rest[0] for _, _, _, rest in phrases)
        near = word in self._near or word[:4] in self._near
        near_part = word in self._near_part_keys or word[:4] in self._near_part_keys
        fuzzy = self._may_be_fuzzy(word) and self._fuzzy_lengths(word) is not None
        if phrases or near or near_part or fuzzy:
            return _Role(phrases, seconds, near, near_part, fuzzy)
        return None

    def _near_keys(self, firsts: set[str], parts: set[str]) -> set[str]:
        """The keys of near rules whose first part's key is a word of ``firsts`` (or its
        first four letters) and whose other parts' keys are all words of ``parts`` (or their
        first four letters): in a section without them, no near rule can match."""
        present = parts | {w[:4] for w in parts}
        near_rest = self._near_rest
        return {
            k
            for k in (firsts | {w[:4] for w in firsts}) & near_rest.keys()
            if any(all(p in present for p in rest) for rest in near_rest[k])
        }

    def match_sentences(
        self, text: str, spans: Sequence[tuple[int, int]]
    ) -> Iterator[tuple[int, int, dict[str, SentenceMatch]]]:
        """``(start, end, match)`` for each sentence ``spans`` of ``text`` that matches a theme,
        in order: the same as ``match(text, Section(text), toks)`` for each sentence's tokens
        (those of ``text`` starting inside its span), without visiting the sentences and
        words that cannot match (see :meth:`_match_sentences`).

        >>> text = "The Chair opened. Caseloads were high. Ofsted visited."
        >>> spans = [(0, 17), (18, 38), (39, 53)]
        >>> [(s, e, sorted(m)) for s, e, m in default_matcher().match_sentences(text, spans)]
        [(18, 38, ['caseloads']), (39, 53, ['ofsted_inspection'])]
        """
        return self._match_sentences(text, spans)

    def _match_sentences(
        self, text: str, spans: Sequence[tuple[int, int]]
    ) -> Iterator[tuple[int, int, dict[str, SentenceMatch]]]:
        """:meth:`match_sentences`, worked out.

        One look-up a word (``_roles``) tells what it may do: start a phrase rule (then
        ``_phrase_hits`` at that word finds the same hits as over the whole sentence), key a
        near rule (whose other parts' keys must then be in the section, else ``_near_hits``
        finds nothing), anchor a fuzzy variant (kept when a window around it finds something
        in its sentence: ``_fuzzy_hits`` skips the others); a word with none of these roles
        changes none of these look-ups (a near rule's other parts are looked for only where
        its first part's key is).
        """
        sentences, words, toks_of, reads = _sentence_words(text, spans)
        if not words:
            return
        found = self._scan_roles(words, sentences)
        near_in = self._near_sentences(words, found)
        regex_in = self._regex_sentences(text, reads)
        todo = set(found.phrase_hits) | near_in | regex_in
        if found.fuzzy_at:  # sentences where nothing else may match but a fuzzy variant
            last = [b for _, _, _, b in sentences]  # sentence of word k: bisect_right(last, k)
            todo.update(bisect_right(last, k) for k in found.fuzzy_at)
        section = Section(text)
        for n_sent in sorted(todo):
            start, end, a, b = sentences[n_sent]
            matched = self._match(
                text,
                partial(toks_of, n_sent),
                words[a:b],
                section,
                phrase_hits=found.phrase_hits.get(n_sent, []),
                fuzzy_at=_within(found.fuzzy_at, a, b),
                near=n_sent in near_in,
                regex=n_sent in regex_in,
            )
            if matched:
                yield start, end, matched

    def _scan_roles(self, words: list[str], sentences: list[_Sentence]) -> _Roled:
        """One pass over the words that play a role (``_roles``): the phrase hits of each
        sentence, the words keying near rules, and the words that may anchor a fuzzy variant."""
        roles = list(map(self._roles.__getitem__, words))
        out = _Roled({}, [], set(), [])
        n_sent, a, b = -1, 0, 0
        for k in compress(range(len(words)), roles):
            while k >= b:
                n_sent += 1
                a, b = sentences[n_sent][2:]
            role = roles[k]
            assert role is not None
            seconds = role.seconds
            if seconds is None or (k + 1 < b and words[k + 1] in seconds):
                for rule, n, plain, rest in role.phrases:  # as _phrase_hits(words, (k,), b)
                    if n == 1 or (
                        k + n <= b
                        and (
                            words[k + 1 : k + n] == plain
                            if plain is not None
                            else all(_word_ok(p, words[k + i]) for i, p in enumerate(rest, 1))
                        )
                    ):
                        out.phrase_hits.setdefault(n_sent, []).append((rule, k - a, k - a + n))
            if role.near:
                out.near_at.append((k, n_sent))
            if role.near_part:
                out.near_parts.add(words[k])
            if role.fuzzy and self._windows(words, k, a, b):  # else _fuzzy_hits skips it
                out.fuzzy_at.append(k)
        return out

    def _near_sentences(self, words: list[str], found: _Roled) -> set[int]:
        """The sentences where a near rule may match: its first part's key is there and all
        its other parts' keys are in the section."""
        if not found.near_at:
            return set()
        keys = self._near_keys({words[k] for k, _ in found.near_at}, found.near_parts)
        if not keys:
            return set()
        return {n for k, n in found.near_at if words[k] in keys or words[k][:4] in keys}

    def _regex_sentences(self, text: str, reads: list[tuple[int, int]]) -> set[int]:
        """The sentences (indexes) where a regex rule may match (see :func:`_needs`);
        ``reads``: for each sentence, a stretch of ``text`` holding all its words.

        A sentence may match when its stretch of the lower-cased text holds each need of a
        rule (and then so does the section: :meth:`_section_regex_needs`). The sentences
        holding a rule's first need are found from where that need occurs in the section,
        the same as lower-casing each stretch when the lower-cased text has the length of
        the text, character for character, and the stretches follow each other without
        overlapping."""
        if not self._regex:
            return set()
        low = text.lower()
        if (
            self._regex_unscreened
            or len(low) != len(text)
            or (not low.isascii() and any(_ascii_like(c) for c in set(_NON_ASCII.findall(low))))
        ):
            return self._regex_sentences_plain(text, low, reads)
        out: set[int] = set()
        starts: list[int] = []
        for _rule, need in self._regex_needs:
            assert need is not None
            for x in need[0]:
                i = low.find(x)
                if i >= 0 and not starts:
                    starts = [s for s, _ in reads]
                    if not all(map(le, [e for _, e in reads[:-1]], starts[1:])):
                        return self._regex_sentences_plain(text, low, reads)
                while i >= 0:
                    n = bisect_right(starts, i) - 1
                    if n >= 0 and n not in out:
                        start, end = reads[n]
                        if i + len(x) <= end and _has_all_in(need, low, start, end):
                            out.add(n)
                    i = low.find(x, i + 1)
        return out

    def _regex_sentences_plain(self, text: str, low: str, reads: list[tuple[int, int]]) -> set[int]:
        """:meth:`_regex_sentences` sentence by sentence (``low``: ``text`` lower-cased)."""
        needs = self._section_regex_needs(low)
        if needs is None:
            return set(range(len(reads)))
        return {
            n
            for n, (start, end) in enumerate(reads)
            if any(_has_all(need, text[start:end].lower()) for need in needs)
        }

    @staticmethod
    def _allowed(hit: Hit, words: list[str], present: set[str], section: Section | None) -> bool:
        """Whether a hit survives its rule's ``exclude`` phrases and finds its ``context``
        (``present``: the sentence's words and their first four letters)."""
        rule = hit.rule
        if rule.exclude and not rule.exclude_keys.isdisjoint(present):
            lo, hi = hit.first - rule.exclude_window, hit.last + rule.exclude_window
            for part in rule.exclude:
                if _key(part[0]) not in present:
                    continue
                if any(s < hi and e > lo for s, e in _occurrences(part, words)):
                    return False
        if not (rule.context or rule.section_context):
            return True
        for part in rule.context:
            if _key(part[0]) not in present:
                continue
            for s, e in _occurrences(part, words):
                if not any(k in hit.claims for k in range(s, e)):
                    return True
        return bool(rule.section_context) and section is not None and section.has(rule.section_context)

    def _combine(self, hits: list[Hit]) -> dict[str, SentenceMatch]:
        by_theme: dict[str, list[Hit]] = defaultdict(list)
        for h in hits:
            by_theme[h.rule.theme].append(h)
        out = {}
        rf = self.taxonomy.repeat_factor
        for theme, hs in by_theme.items():
            if len(hs) == 1:  # as below: the hit is kept, its weight is the score
                h = hs[0]
                out[theme] = SentenceMatch(theme, round(min(1.0, h.weight), 3), h.text, (h,))
                continue
            hs.sort(key=lambda h: (-h.weight, -(h.last - h.first), h.first))
            kept: list[Hit] = []
            taken: set[int] = set()
            for h in hs:
                if h.claims & taken:
                    continue
                kept.append(h)
                taken |= h.claims
            score = kept[0].weight + rf * sum(h.weight for h in kept[1:])
            kept.sort(key=lambda h: h.first)
            out[theme] = SentenceMatch(
                theme=theme,
                score=round(min(1.0, score), 3),
                matched="; ".join(h.text for h in kept),
                hits=tuple(kept),
            )
        return out


#: a sentence: its span (start, end) and the range ``[a, b)`` of its words
_Sentence = tuple[int, int, int, int]


def _sentence_words(
    text: str, spans: Iterable[tuple[int, int]]
) -> tuple[list[_Sentence], list[str], Callable[[int], list[tuple[str, int, int]]], list[tuple[int, int]]]:
    """The sentences ``spans`` of ``text`` that have words, their words ``words[a:b]`` one
    sentence after the other (each sentence's ``a`` is the previous one's ``b``), and
    ``toks_of(k)``: the tokens of the k-th of these sentences, and for each sentence a
    stretch ``(start, end)`` of the text that holds its words.

    A sentence's words are the words of ``tokenize(text)`` that start inside its span:
    :func:`~minutesmine.themes.taxonomy.span_words` reads them without their offsets,
    which are counted only when asked for, unless a span ends inside a word; then the
    text is tokenised once and each sentence takes a copy of its words.

    >>> text = "Foster carers. None!  Ofsted visits"
    >>> sents, words, toks_of, reads = _sentence_words(text, [(0, 14), (15, 20), (22, 35)])
    >>> sents
    [(0, 14, 0, 2), (15, 20, 2, 3), (22, 35, 3, 5)]
    >>> words, toks_of(2)
    (['foster', 'carer', 'none', 'ofsted', 'visit'], [('ofsted', 22, 28), ('visit', 29, 35)])
    """
    spans = list(spans)
    got = span_words(text, spans)
    if got is not None:
        sentences, words = got

        def toks_of(k: int) -> list[tuple[str, int, int]]:
            s, e, a, b = sentences[k]
            # gap, word, gap, ..., word, gap: running sums of their lengths are the offsets
            offsets = list(accumulate(map(len, split_tokens(text[s:e])), initial=s))
            return list(zip(words[a:b], offsets[1:-1:2], offsets[2::2], strict=True))

        return sentences, words, toks_of, [(s, e) for s, e, _, _ in sentences]
    sentences = []
    reads = []  # a sentence's last word may end after its span
    ranges = []  # each sentence's words in ``tokenize(text)``
    words: list[str] = []
    every, starts, ends = token_arrays(text)
    for s, e in spans:
        a, b = bisect_left(starts, s), bisect_left(starts, e)
        if a < b:
            sentences.append((s, e, len(words), len(words) + b - a))
            words += every[a:b]
            ranges.append((a, b))
            reads.append((s, max(e, ends[b - 1])))

    def global_toks(k: int) -> list[tuple[str, int, int]]:
        a, b = ranges[k]
        return list(zip(every[a:b], starts[a:b], ends[a:b], strict=True))

    return sentences, words, global_toks, reads


#: the windows around a word as (offset of the first word, size), in the order they are tried
_WINDOWS = ((0, 1), (-1, 2), (0, 2), (-2, 3), (-1, 3), (0, 3))


def _within(positions: list[int], a: int, b: int) -> list[int]:
    """The ascending ``positions`` in ``[a, b)``, counted from ``a``.

    >>> _within([1, 4, 6, 9], 4, 9)
    [0, 2]
    """
    return [k - a for k in positions[bisect_left(positions, a) : bisect_left(positions, b)]]


def _window_lengths(word: str, keys: list[str], cutoff: float) -> tuple[float, float] | None:
    """The lengths ``n`` a string containing ``word`` may have to reach ``fuzz.ratio`` >=
    ``cutoff`` with one of ``keys``, as an interval (None: no length). The ratio of strings
    of lengths ``n`` and ``m`` with a longest common subsequence ``c`` is ``200 c / (n + m)``;
    ``c`` is at most ``min(n, m)`` and, for a string that adds ``n - len(word)`` letters to
    ``word``, at most ``lcs(word, key) + n - len(word)``.

    >>> _window_lengths("caseloads", ["caseload"], 90)
    (9, 9.77...)
    >>> _window_lengths("comment", ["caseload"], 90) is None
    True
    """
    if cutoff <= 0:
        return 0.0, float("inf")
    c = min(cutoff, 100.0) - 1e-6  # a hair wider than the exact bounds
    n0 = len(word)
    lo, hi = float("inf"), -1.0
    for key in keys:
        m = len(key)
        common = LCSseq.similarity(word, key)
        shortest = max(n0, c * m / (200 - c), (c * m + 200 * (n0 - common)) / (200 - c))
        longest = m * (200 - c) / c
        if shortest <= longest:
            lo, hi = min(lo, shortest), max(hi, longest)
    return (lo, hi) if hi >= 0 else None


_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)


def _needs(pattern: re.Pattern[str]) -> list[frozenset[str]] | None:
    """Lower-case ASCII strings any match of ``pattern`` contains: a list of sets, each of
    which has a member in the match (its literal runs, the alternatives of a branch, the
    contents of groups and of repeats of one or more); None when none is found.

    >>> [sorted(n) for n in _needs(re.compile(r"[0-9]+ (?:cases|pupils) per (?:social )?worker"))]
    [['worker'], ['cases', 'pupils'], [' per '], [' ']]
    """
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # a pattern the parser of this Python reads differently
        return None
    needs = list(dict.fromkeys(_seq_needs(parsed)))
    # the longest first: the likeliest to be missing, so that a check stops early
    return sorted(needs, key=lambda need: -min(map(len, need))) or None


def _seq_needs(items: Iterable[tuple[object, object]]) -> list[frozenset[str]]:
    out: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _sre.LITERAL and isinstance(av, int) and av < 128:
            run.append(chr(av).lower())
            continue
        if run:
            out.append(frozenset({"".join(run)}))
            run = []
        if op is _sre.SUBPATTERN:
            out.extend(_seq_needs(av[-1]))  # type: ignore[index]
        elif op is _sre.ATOMIC_GROUP:
            out.extend(_seq_needs(av))  # type: ignore[arg-type]
        elif op in _REPEATS and av[0] >= 1:  # type: ignore[index]
            out.extend(_seq_needs(av[2]))  # type: ignore[index]
        elif op is _sre.BRANCH:
            alternatives = [_seq_needs(b) for b in av[1]]  # type: ignore[index]
            if all(alternatives):
                # each alternative's longest need: one of them is in the match
                out.append(frozenset().union(*(max(a, key=lambda n: min(map(len, n))) for a in alternatives)))
    if run:
        out.append(frozenset({"".join(run)}))
    return out


def _has_all(needs: list[frozenset[str]], text: str) -> bool:
    """Whether ``text`` has a member of each of ``needs``."""
    return all(any(n in text for n in need) for need in needs)


def _has_all_in(needs: list[frozenset[str]], text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` has a member of each of ``needs``."""
    return all(any(text.find(n, start, end) >= 0 for n in need) for need in needs)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=4096)
def _ascii_like(char: str) -> bool:
    """Whether a regex ignoring case may match ``char`` with an ASCII character ("ſ": "s")."""
    return any(re.fullmatch(re.escape(chr(x)), char, re.IGNORECASE) for x in range(128))


def _capitalised(text: str, tok: tuple[str, int, int]) -> bool:
    return text[tok[1] : tok[1] + 1].isupper()


def _in_name(text: str, toks: list[tuple[str, int, int]], first: int, last: int) -> bool:
    """Whether words ``[first, last)`` are written as part of a capitalised name: they are
    capitalised and so is the word before them (not across a clause break) or after them.

    >>> from minutesmine.themes.taxonomy import tokenize
    >>> text = "A stabbing outside the shop in Bridge Road. The road was closed."
    >>> toks = tokenize(text)
    >>> _in_name(text, toks, 7, 8), _in_name(text, toks, 9, 10)
    (True, False)
    """
    if not all(_capitalised(text, toks[k]) for k in range(first, last)):
        return False
    before = first > 0 and _capitalised(text, toks[first - 1])
    if before and _BREAK_CHARS.isdisjoint(text[toks[first - 1][2] : toks[first][1]]):
        return True
    return (
        last < len(toks)
        and _capitalised(text, toks[last])
        and text[toks[last - 1][2] : toks[last][1]].isspace()
    )


def _breaks(text: str, toks: list[tuple[str, int, int]]) -> set[int]:
    """Positions of the words that follow a clause-breaking character.

    >>> from minutesmine.themes.taxonomy import tokenize
    >>> text = "a skilled workforce, strategic location"
    >>> sorted(_breaks(text, tokenize(text)))
    [3]
    """
    return {k for k in range(1, len(toks)) if not _BREAK_CHARS.isdisjoint(text[toks[k - 1][2] : toks[k][1]])}


@lru_cache(maxsize=1)
def default_matcher() -> Matcher:
    """The matcher of the shipped taxonomy (cached)."""
    return Matcher(load_taxonomy())


#: the matchers of taxonomies other than the shipped one, by the taxonomy's identity
_MATCHERS: dict[int, tuple[Taxonomy, Matcher]] = {}


def matcher_for(taxonomy: Taxonomy | None) -> Matcher:
    """The matcher of ``taxonomy`` (None: the shipped one), built once per taxonomy object
    (:func:`~minutesmine.themes.taxonomy.load_taxonomies` returns the same object for the
    same files)."""
    if taxonomy is None or taxonomy is load_taxonomy():
        return default_matcher()
    got = _MATCHERS.get(id(taxonomy))
    if got is None or got[0] is not taxonomy:
        if len(_MATCHERS) >= 8:
            _MATCHERS.clear()
        got = _MATCHERS[id(taxonomy)] = (taxonomy, Matcher(taxonomy))
    return got[1]
