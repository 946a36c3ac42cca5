"""Match taxonomy synonyms in one sentence: word forms first, then fuzzy variants.

A :class:`Matcher` indexes every rule of a :class:`~minutesmine.themes.taxonomy.Taxonomy` by
its first word (or word prefix), so a sentence costs one dictionary look-up per word. Fuzzy
matching (rapidfuzz) runs only around words that are not themselves words of any synonym but
share their first four letters with one, only on words no exact match claimed, and compares
the phrase with windows of about its length, spaces removed
("case loads" ~ "caseload", "fostercarers" ~ "foster carer").

:meth:`Matcher.match_sentences` matches all the sentences of a section at once: it sorts the
section's distinct words into those that may start a phrase, anchor a ``near`` rule or a
fuzzy variant, and then visits only the sentences holding such a word (or matching one of
the regex rules) and, in them, only those words. It finds what :meth:`Matcher.match` finds
sentence by sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from minutesmine.themes.taxonomy import Rule, Taxonomy, load_taxonomy, token_arrays, tokenize

__all__ = ["Hit", "Matcher", "Section", "SentenceMatch", "default_matcher"]

#: characters between two words that end a clause: fuzzy variants never span them
_BREAK_CHARS = frozenset(",;:.()[]!?\u2013\u2014|")


@dataclass(frozen=True)
class Hit:
    """One rule matched in a sentence, over words ``[first, last)``."""

    rule: Rule
    first: int
    last: int
    text: str  # the words as written
    weight: float
    claims: frozenset[int]  # word positions the hit covers


@dataclass(frozen=True)
class SentenceMatch:
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
    first = part[0]
    out = []
    for i in range(len(words) - n + 1):
        if _word_ok(first, words[i]) and all(_word_ok(p, words[i + k]) for k, p in enumerate(part[1:], 1)):
            out.append((i, i + n))
    return out


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
        self._cache: dict[tuple[tuple[str, ...], ...], bool] = {}

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
        self._fuzzy_cache: dict[tuple[str, str], tuple[tuple[Rule, float], ...]] = {}
        self._word_rules: dict[str, tuple[Rule, ...]] = {}  # word -> phrase rules it may start
        self._fuzzy_word: dict[str, bool] = {}  # word -> may start a fuzzy variant
        # words sorted once into the roles they may play (see match_sentences)
        self._sorted_words: set[str] = set()
        self._phrase_words: set[str] = set()  # may start a phrase rule
        self._near_words: set[str] = set()  # the word or its first four letters key a near rule
        self._fuzzy_words: set[str] = set()  # may anchor a fuzzy variant
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
        self._any_regex = _any_of([r.regex for r in self._regex if r.regex is not None])

    # -- exact word-form matching -------------------------------------------------------
    @staticmethod
    def _find(part: tuple[str, ...], words: list[str]) -> list[tuple[int, int]]:
        n = len(part)
        out = []
        for i in range(len(words) - n + 1):
            if all(_word_ok(p, words[i + k]) for k, p in enumerate(part)):
                out.append((i, i + n))
        return out

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

    def _phrase_hits(self, words: list[str], at: Sequence[int] | None = None) -> list[tuple[Rule, int, int]]:
        """Phrase rules matched in ``words``, trying only the positions ``at`` (ascending;
        default all: others start no rule)."""
        out = []
        for i in range(len(words)) if at is None else at:
            for rule in self._rules_at(words[i]):
                part = rule.parts[0]
                n = len(part)
                if i + n <= len(words) and all(_word_ok(p, words[i + k]) for k, p in enumerate(part)):
                    out.append((rule, i, i + n))
        return out

    def _near_hits(self, words: list[str], present: set[str]) -> list[tuple[Rule, frozenset[int]]]:
        out = []
        rules = [r for k in present & self._near.keys() for r in self._near[k]]
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
        """The anchor's rules closest to ``window`` (ties kept), cached per (anchor, window)."""
        key = (anchor, window)
        got = self._fuzzy_cache.get(key)
        if got is None:
            rules = self._fuzzy.get(anchor, [])
            found = process.extract(
                window,
                [r.fuzzy_key for r in rules],
                scorer=fuzz.ratio,
                score_cutoff=self.taxonomy.fuzzy_cutoff,
                limit=None,
            )
            top = max((sc for _, sc, _ in found), default=0.0)
            got = tuple((rules[idx], sc) for _, sc, idx in found if sc >= top)
            if len(self._fuzzy_cache) > 200_000:
                self._fuzzy_cache.clear()
            self._fuzzy_cache[key] = got
        return got

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
            for size in (1, 2, 3):
                for start in range(max(0, p - size + 1), min(p, n_words - size) + 1):
                    end = start + size
                    if size > 1 and any(k in claimed for k in range(start, end)):
                        continue
                    found = self._fuzzy_window(w[:4], "".join(words[start:end]))
                    if found and size > 1:
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
        return self._match(text, toks, [t[0] for t in toks], section)

    def _match(
        self,
        text: str,
        toks: list[tuple[str, int, int]],
        words: list[str],
        section: Section | None,
        phrase_at: Sequence[int] | None = None,
        fuzzy_at: Sequence[int] | None = None,
        near: bool = True,
        regex: bool = True,
    ) -> dict[str, SentenceMatch]:
        """:meth:`match` of a sentence's (non-empty) ``toks``; ``words`` are their words.
        The rest skips work known to find nothing: only the positions ``phrase_at`` can
        start a phrase and only ``fuzzy_at`` anchor a fuzzy variant (default: any), no near
        rule has its first part here (``near`` false), no regex rule matches (``regex`` false).
        """
        present: set[str] | None = None
        hits: list[Hit] = []

        def span_text(first: int, last: int) -> str:
            return text[toks[first][1] : toks[last - 1][2]]

        for rule, i, j in self._phrase_hits(words, phrase_at):
            hits.append(Hit(rule, i, j, span_text(i, j), rule.weight, frozenset(range(i, j))))
        if near:
            present = set(words) | {w[:4] for w in words}
            near_hits = self._near_hits(words, present)
        else:
            near_hits = []
        for rule, claims in near_hits:
            lo, hi = min(claims), max(claims) + 1
            pieces, prev = [], -2
            for k in sorted(claims):  # the parts as written, "…" over gaps of 3+ words
                if pieces and k <= prev + 3:
                    pieces[-1] = (pieces[-1][0], k)
                else:
                    pieces.append((k, k))
                prev = k
            shown = " … ".join(span_text(a, b + 1) for a, b in pieces)
            hits.append(Hit(rule, lo, hi, shown, rule.weight, claims))
        if regex and self._regex:
            base = toks[0][1]
            low = text[base : toks[-1][2]].lower()
            for rule in self._regex:
                assert rule.regex is not None
                for m in rule.regex.finditer(low):
                    a, b = m.start() + base, m.end() + base
                    idx = [k for k, (_, s, e) in enumerate(toks) if s < b and e > a]
                    if idx:
                        hits.append(Hit(rule, idx[0], idx[-1] + 1, m.group(), rule.weight, frozenset(idx)))
        claimed = {k for h in hits for k in h.claims}
        exact_rules = {h.rule for h in hits}
        if fuzzy_at is None or fuzzy_at:
            for rule, i, j, s in self._fuzzy_hits(
                words, claimed, exact_rules, lambda: _breaks(text, toks), fuzzy_at
            ):
                w = rule.weight * s / 100.0
                hits.append(Hit(rule, i, j, span_text(i, j), w, frozenset(range(i, j))))
        if not hits:
            return {}
        if any(h.rule.constrained for h in hits):
            if present is None:
                present = set(words) | {w[:4] for w in words}
            hits = [h for h in hits if not h.rule.constrained or self._allowed(h, words, present, section)]
        return self._combine(hits) if hits else {}

    # -- a section ----------------------------------------------------------------------
    def _sort_words(self, words: set[str]) -> None:
        """Record which roles the not yet seen ``words`` may play."""
        new = words - self._sorted_words
        if not new:
            return
        if len(self._sorted_words) > 200_000:
            for seen in (self._sorted_words, self._phrase_words, self._near_words, self._fuzzy_words):
                seen.clear()
        for w in new:
            if self._rules_at(w):
                self._phrase_words.add(w)
            if w in self._near or w[:4] in self._near:
                self._near_words.add(w)
            if self._may_be_fuzzy(w):
                self._fuzzy_words.add(w)
        self._sorted_words |= new

    def match_sentences(
        self, text: str, spans: Sequence[tuple[int, int]]
    ) -> Iterator[tuple[int, int, dict[str, SentenceMatch]]]:
        """``(start, end, match)`` for each sentence ``spans`` of ``text`` that matches a theme,
        in order: the same as ``match(text, Section(text), toks)`` for each sentence's tokens
        (those of ``text`` starting inside its span), without visiting the sentences and
        words that cannot match (see the module docstring).

        >>> text = "The Chair opened. Caseloads were high. Ofsted visited."
        >>> spans = [(0, 17), (18, 38), (39, 53)]
        >>> [(s, e, sorted(m)) for s, e, m in default_matcher().match_sentences(text, spans)]
        [(18, 38, ['caseloads']), (39, 53, ['ofsted_inspection'])]
        """
        words, starts, ends = token_arrays(text)
        if not words:
            return
        distinct = set(words)
        self._sort_words(distinct)
        phrase = distinct & self._phrase_words
        near = distinct & self._near_words
        fuzzy = distinct & self._fuzzy_words
        keep = phrase | near | fuzzy
        at = [k for k, w in enumerate(words) if w in keep] if keep else []
        phrase_at = [k for k in at if words[k] in phrase]
        near_at = [k for k in at if words[k] in near]
        fuzzy_at = [k for k in at if words[k] in fuzzy]
        any_regex = self._any_regex
        section = Section(text, words=words)
        for start, end in spans:
            a, b = bisect_left(starts, start), bisect_left(starts, end)
            if a >= b:
                continue
            lo = bisect_left(at, a)
            candidate = lo < len(at) and at[lo] < b
            regex = bool(self._regex) and (
                any_regex is None or any_regex.search(text[starts[a] : ends[b - 1]].lower()) is not None
            )
            if not (candidate or regex):
                continue
            found = self._match(
                text,
                list(zip(words[a:b], starts[a:b], ends[a:b], strict=True)),
                words[a:b],
                section,
                phrase_at=_within(phrase_at, a, b),
                fuzzy_at=_within(fuzzy_at, a, b),
                near=bool(_within(near_at, a, b)),
                regex=regex,
            )
            if found:
                yield start, end, found

    @staticmethod
    def _allowed(hit: Hit, words: list[str], present: set[str], section: Section | None) -> bool:
        """Whether a hit survives its rule's ``exclude`` phrases and finds its ``context``
        (``present``: the sentence's words and their first four letters)."""
        rule = hit.rule
        if rule.exclude:
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


def _within(positions: list[int], a: int, b: int) -> list[int]:
    """The ascending ``positions`` in ``[a, b)``, counted from ``a``.

    >>> _within([1, 4, 6, 9], 4, 9)
    [0, 2]
    """
    return [k - a for k in positions[bisect_left(positions, a) : bisect_left(positions, b)]]


def _any_of(patterns: list[re.Pattern[str]]) -> re.Pattern[str] | None:
    """One pattern matching wherever one of ``patterns`` does (their alternation), to skip a
    sentence none of them matches; None when they cannot be combined safely (different
    flags, groups that a back reference could number)."""
    if not patterns or len({p.flags for p in patterns}) != 1 or any(p.groups for p in patterns):
        return None
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), patterns[0].flags)
    except re.error:
        return None


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
