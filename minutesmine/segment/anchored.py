"""A spaCy ``Matcher`` that only runs each pattern where it can match.

spaCy's :class:`~spacy.matcher.Matcher` starts every pattern at every token and evaluates
``IN``/``NOT_IN``/``REGEX`` constraints in Python, so its cost grows with patterns x tokens.
Cue patterns mostly need at least one token from a short word list ("asked", "officers",
"response"), and such tokens are rare. :class:`AnchoredMatcher` uses that, with the pattern
data itself as the only input (nothing is keyed on particular patterns):

1. Each token spec of a pattern gives a *necessary condition* on the token it consumes: its
   ``LOWER``/``ORTH``/``TEXT`` value or ``IN`` list, ``NOT_IN`` list, ``REGEX``, and boolean
   flags (``IS_PUNCT``...). Constraints it does not understand are left out, which only
   weakens the condition (a spec with none accepts any token).
2. A spec that must consume a token (no ``OP``, ``+``, ``{n,m}`` with n >= 1) is *required*.
   Per Doc, the required spec with the fewest candidate tokens is the pattern's anchor (a
   pattern whose required spec has no candidate token cannot match, and is skipped).
3. A match through an anchor token ``r`` lies in ``[r - before, r + after)``, the most tokens
   the specs before and after the anchor can take; a side with ``*``/``+`` extends while the
   tokens pass one of that side's conditions.
4. The pattern's own Matcher runs on the merged windows (Spans); token constraints only look
   at the token itself, so a Span yields exactly the Doc's matches inside it.
5. Several keys matching the same tokens are put in the order the full Matcher lists them,
   by running a Matcher of just those keys over the tied tokens plus the next token (how
   the Matcher orders states that start at one token does not depend on other patterns).

The result is the full Matcher's set of ``(key, start, end)`` matches, sorted by start and
end; matches with the same start and end come in the full Matcher's order.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> m = AnchoredMatcher(nlp.vocab)
>>> m.add("ASKED", [[{"LOWER": "members", "OP": "?"}, {"LOWER": {"IN": ["asked", "queried"]}}]])
>>> doc = nlp("Members asked why. The Chair queried it.")
>>> [(nlp.vocab.strings[k], doc[s:e].text) for k, s, e in m(doc)]
[('ASKED', 'Members asked'), ('ASKED', 'asked'), ('ASKED', 'queried')]
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.attrs import IDS, LOWER, ORTH
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

__all__ = ["AnchoredMatcher", "op_range"]

INF = math.inf
#: Windows of one pattern closer than this many tokens run as one Span (a Matcher call
#: costs about as much as matching a few tokens).
MERGE_GAP = 4
#: Above this share of the Doc, a pattern runs over the whole Doc in one call.
WHOLE_DOC_SHARE = 0.5
_TEXT_ATTRS = {"LOWER": LOWER, "ORTH": ORTH, "TEXT": ORTH}
_FLAG_NAMES = frozenset(k for k in IDS if k.startswith(("IS_", "LIKE_")) and k != "IS_SENT_START")


def op_range(op: str | None) -> tuple[int, float]:
    """Least and most tokens a token spec with operator ``op`` consumes.

    >>> [op_range(o) for o in (None, "?", "*", "+", "!", "{2}", "{0,3}", "{1,}", "{,4}")]
    [(1, 1), (0, 1), (0, inf), (1, inf), (1, 1), (2, 2), (0, 3), (1, inf), (0, 4)]
    """
    if op is None or op in ("!", "1"):
        return 1, 1
    if op == "?":
        return 0, 1
    if op == "*":
        return 0, INF
    if op == "+":
        return 1, INF
    m = re.fullmatch(r"\{(\d*)(,?)(\d*)\}", op)
    if m is None:
        return 0, INF  # unknown operator: assume nothing
    lo = int(m.group(1)) if m.group(1) else 0
    if not m.group(2):
        return lo, lo
    return lo, (int(m.group(3)) if m.group(3) else INF)


@dataclass(frozen=True)
class _Cond:
    """One necessary condition on a token: ``kind`` in, notin, regex or flag."""

    kind: str
    attr: int
    values: frozenset[int] = frozenset()
    regex: str | None = None
    flag: bool = True


@dataclass
class _Spec:
    """A pattern token spec: how many tokens it takes and what each must satisfy."""

    lo: int
    hi: float
    conds: tuple[_Cond, ...] = ()
    uid: int = -1  # same id for the same conditions (candidate cache key)
    lit: int = -1  # id of the first condition when it is an IN list (literal index)

    @property
    def required(self) -> bool:
        """Whether every match has a token that passes this spec's conditions."""
        return self.lo >= 1 and bool(self.conds)


def _parse_spec(spec: dict[str, Any]) -> _Spec:
    lo, hi = op_range(spec.get("OP"))
    if spec.get("OP") == "!":
        return _Spec(lo, hi)  # a negated spec: any token it does not match
    conds: list[_Cond] = []
    for key, value in spec.items():
        name = key.upper() if isinstance(key, str) else key
        if name == "OP":
            continue
        attr = _TEXT_ATTRS.get(name)
        if attr is not None:
            if isinstance(value, (str, int)) and not isinstance(value, bool):
                conds.append(_Cond("in", attr, frozenset({get_string_id(value)})))
            elif isinstance(value, dict):
                for pred, arg in value.items():
                    if pred == "IN" and isinstance(arg, list):
                        conds.append(_Cond("in", attr, frozenset(get_string_id(v) for v in arg)))
                    elif pred == "NOT_IN" and isinstance(arg, list):
                        conds.append(_Cond("notin", attr, frozenset(get_string_id(v) for v in arg)))
                    elif pred == "REGEX" and isinstance(arg, str):
                        conds.append(_Cond("regex", attr, regex=arg))
        elif isinstance(value, bool) and name in _FLAG_NAMES:
            conds.append(_Cond("flag", IDS[name], flag=value))
    # the most selective test first: a short IN list, then a regex, then the rest
    rank = {"in": 0, "regex": 1, "flag": 2, "notin": 3}
    conds.sort(key=lambda c: (rank[c.kind], len(c.values)))
    return _Spec(lo, hi, tuple(conds))


def _distance(specs: Sequence[_Spec], a: int, k: int) -> tuple[float, float]:
    """Least and most tokens between a token of spec ``a`` and one of spec ``k`` (k != a),
    signed (negative when ``k`` comes first).

    >>> specs = [_Spec(0, 4), _Spec(1, 1), _Spec(0, 1), _Spec(1, 2)]
    >>> _distance(specs, 1, 3), _distance(specs, 3, 1)
    ((1, 3), (-3, -1))
    """
    lo_k, hi_k = (a, k) if a < k else (k, a)
    between = specs[lo_k + 1 : hi_k]
    least = 1 + sum(s.lo for s in between)
    most = (specs[a].hi - 1) + sum(s.hi for s in between) + specs[k].hi
    return (least, most) if k > a else (-most, -least)


class _Side:
    """The specs that can take the tokens on one side of an anchor, and at most how many.

    ``union`` (attribute, values) is set when every such spec is one IN list on one
    attribute: a token then passes when its value is in the union."""

    def __init__(self, specs: list[_Spec], most: float) -> None:
        self.specs = specs
        self.most = most
        self.any = any(not sp.conds for sp in specs)
        attrs = {sp.conds[0].attr for sp in specs if sp.conds}
        simple = all(len(sp.conds) == 1 and sp.conds[0].kind == "in" for sp in specs)
        self.union: tuple[int, frozenset[int]] | None = None
        if specs and simple and len(attrs) == 1:
            self.union = (attrs.pop(), frozenset().union(*(sp.conds[0].values for sp in specs)))

    def extend(self, view: _DocView, r: int, step: int, limit: int) -> int:
        """From anchor ``r``, how far (exclusive bound) tokens can belong to the match."""
        j = r if step < 0 else r + 1
        if self.any:
            return limit
        if self.union is not None:
            col, values = view.cols[self.union[0]], self.union[1]
            if step < 0:
                while j > limit and col[j - 1] in values:
                    j -= 1
            else:
                while j < limit and col[j] in values:
                    j += 1
            return j
        if step < 0:
            while j > limit and any(view.test(sp, j - 1) for sp in self.specs):
                j -= 1
        else:
            while j < limit and any(view.test(sp, j) for sp in self.specs):
                j += 1
        return j


@dataclass
class _Pattern:
    key: int
    specs: list[_Spec]
    matcher: Matcher
    required: list[int]
    distance: dict[tuple[int, int], tuple[float, float]]
    req_lits: frozenset[int]  # IN lists a Doc must hold for the pattern to match
    sides: dict[int, tuple[_Side, _Side]]  # anchor spec -> (left, right)


def _sides(specs: list[_Spec], a: int) -> tuple[_Side, _Side]:
    """What may precede and follow a token of required spec ``a`` inside a match."""
    rep = [specs[a]] if specs[a].hi > 1 else []
    before = sum(s.hi for s in specs[:a]) + specs[a].hi - 1
    after = specs[a].hi + sum(s.hi for s in specs[a + 1 :])
    return _Side([*specs[:a], *rep], before), _Side([*rep, *specs[a + 1 :]], after)


class _DocView:
    """Token attribute columns of one Doc, positions by value and cached candidate lists."""

    def __init__(self, doc: Doc, owner: AnchoredMatcher) -> None:
        self.doc = doc
        self.n = len(doc)
        attrs = [LOWER, ORTH, *owner._flags]
        arr = doc.to_array(attrs)
        self.cols: dict[int, list[int]] = {a: arr[:, j].tolist() for j, a in enumerate(attrs)}
        self._owner = owner
        self._by_value: dict[int, dict[int, list[int]]] = {}
        self._present: dict[int, list[int]] | None = None
        self._cands: list[list[int] | None] = [None] * len(owner._spec_ids)
        self._regex_cache = owner._regex_cache
        self._strings = doc.vocab.strings

    def by_value(self, attr: int) -> dict[int, list[int]]:
        """Token value -> positions, for one attribute column."""
        d = self._by_value.get(attr)
        if d is None:
            d = self._by_value[attr] = {}
            for i, v in enumerate(self.cols[attr]):
                hit = d.get(v)
                if hit is None:
                    d[v] = [i]
                else:
                    hit.append(i)
        return d

    def present(self, lit: int) -> list[int]:
        """Token values in this Doc that are in literal list ``lit``."""
        return self.present_map().get(lit, [])

    def present_map(self) -> dict[int, list[int]]:
        """Literal list id -> the token values in this Doc that are in it."""
        if self._present is None:
            self._present = {}
            for attr, inverted in self._owner._inverted.items():
                for v in self.by_value(attr):
                    lits = inverted.get(v)
                    if lits is not None:
                        for k in lits:
                            got = self._present.get(k)
                            if got is None:
                                self._present[k] = [v]
                            else:
                                got.append(v)
        return self._present

    def passes(self, c: _Cond, v: int) -> bool:
        """Whether a token value ``v`` (of ``c.attr``) passes condition ``c``."""
        if c.kind == "in":
            return v in c.values
        if c.kind == "notin":
            return v not in c.values
        if c.kind == "flag":
            return bool(v) == c.flag
        assert c.regex is not None
        key = (c.regex, v)
        hit = self._regex_cache.get(key)
        if hit is None:
            hit = self._regex_cache[key] = re.search(c.regex, self._strings[v]) is not None
        return hit

    def test(self, spec: _Spec, i: int) -> bool:
        """Whether token ``i`` passes every condition of ``spec``."""
        return all(self.passes(c, self.cols[c.attr][i]) for c in spec.conds)

    def candidates(self, spec: _Spec) -> list[int]:
        """Sorted positions of the tokens that pass every condition of ``spec``."""
        got = self._cands[spec.uid]
        if got is not None:
            return got
        first, rest = spec.conds[0], spec.conds[1:]
        index = self.by_value(first.attr)
        lit = spec.lit >= 0
        values = self.present(spec.lit) if lit else [v for v in index if self.passes(first, v)]
        pos = [i for v in values for i in index[v]]
        if len(values) > 1:
            pos.sort()
        if rest:
            pos = [i for i in pos if all(self.passes(c, self.cols[c.attr][i]) for c in rest)]
        self._cands[spec.uid] = pos
        return pos


class AnchoredMatcher:
    """Same matches as ``spacy.matcher.Matcher`` with the same patterns, found by anchors.

    Supports ``add(key, patterns)`` (no callbacks or greedy filtering) and ``__call__(doc)``
    returning ``(key, start, end)`` tuples.
    """

    def __init__(self, vocab: Vocab, merge_gap: int = MERGE_GAP) -> None:
        self.vocab = vocab
        self.merge_gap = merge_gap
        self._patterns: list[_Pattern] = []
        self._raw: list[tuple[int, list[dict[str, Any]]]] = []
        self._flags: list[int] = []
        self._spec_ids: dict[tuple[_Cond, ...], int] = {}
        self._lit_ids: dict[_Cond, int] = {}
        # attribute -> token value -> ids of the literal lists holding it
        self._inverted: dict[int, dict[int, list[int]]] = {}
        self._tie_matchers: dict[tuple[int, ...], Matcher] = {}
        self._regex_cache: dict[tuple[str, int], bool] = {}

    def __len__(self) -> int:
        return len(self._raw)

    def add(self, key: str | int, patterns: Iterable[list[dict[str, Any]]]) -> None:
        """Add token patterns under ``key`` (a string or its hash), one Matcher per pattern."""
        k = self.vocab.strings.add(key) if isinstance(key, str) else key
        for pattern in patterns:
            m = Matcher(self.vocab)
            m.add(k, [pattern])
            specs = [_parse_spec(s) for s in pattern]
            required = [j for j, s in enumerate(specs) if s.required]
            for sp in specs:
                self._register(sp)
            dist = {(a, b): _distance(specs, a, b) for a in required for b in required if a != b}
            lits = frozenset(specs[j].lit for j in required if specs[j].lit >= 0)
            sides = {a: _sides(specs, a) for a in required}
            self._patterns.append(_Pattern(k, specs, m, required, dist, lits, sides))
            self._raw.append((k, pattern))
        self._tie_matchers.clear()

    def _register(self, spec: _Spec) -> None:
        """Give a spec its candidate-cache id and index its first IN list."""
        spec.uid = self._spec_ids.setdefault(spec.conds, len(self._spec_ids))
        for c in spec.conds:
            if c.kind == "flag" and c.attr not in self._flags:
                self._flags.append(c.attr)
        if spec.conds and spec.conds[0].kind == "in":
            first = spec.conds[0]
            lit = self._lit_ids.get(first)
            if lit is None:
                lit = self._lit_ids[first] = len(self._lit_ids)
                inverted = self._inverted.setdefault(first.attr, {})
                for v in first.values:
                    inverted.setdefault(v, []).append(lit)
            spec.lit = lit

    # ------------------------------------------------------------------ per Doc

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Every match in ``doc`` as ``(key, start, end)``, by start and end."""
        if not len(doc) or not self._patterns:
            return []
        if len(self._regex_cache) > 200_000:
            self._regex_cache.clear()
        view = _DocView(doc, self)
        present = view.present_map().keys()
        found: dict[tuple[int, int, int], None] = {}
        for p in self._patterns:
            if not p.req_lits <= present:
                continue  # a required word list has no token in this Doc
            for s, e in self._windows(p, view):
                for key, ms, me in p.matcher(doc[s:e] if (s, e) != (0, view.n) else doc):
                    found[(key, ms + s, me + s)] = None
        return self._order(doc, list(found))

    def _anchors(self, p: _Pattern, view: _DocView) -> tuple[int, list[int]]:
        """The anchor spec of ``p`` in this Doc and its positions that can be in a match:
        every other required spec has a candidate at a possible distance."""
        specs = p.specs
        for k in p.required:  # cheap rejection: a required word list absent from the Doc
            if specs[k].lit >= 0 and not view.present(specs[k].lit):
                return k, []
        cands = {k: view.candidates(specs[k]) for k in p.required}
        a = min(p.required, key=lambda k: len(cands[k]))
        if not cands[a]:
            return a, []
        others = [(cands[k], *p.distance[(a, k)]) for k in p.required if k != a]
        if not others:
            return a, cands[a]
        keep = []
        for r in cands[a]:
            for pos, lo, hi in others:
                j = bisect_left(pos, r + lo)
                if j == len(pos) or pos[j] > r + hi:
                    break
            else:
                keep.append(r)
        return a, keep

    def _windows(self, p: _Pattern, view: _DocView) -> list[tuple[int, int]]:
        """Merged token windows of ``view`` where pattern ``p`` can match."""
        n = view.n
        if not p.required:
            return [(0, n)]
        a, pos = self._anchors(p, view)
        if not pos:
            return []
        left, right = p.sides[a]
        out: list[tuple[int, int]] = []
        for r in pos:
            # a match's tokens before/after the anchor each pass one of that side's specs
            s = left.extend(view, r, -1, 0 if left.most == INF else max(0, r - int(left.most)))
            e = right.extend(view, r, 1, n if right.most == INF else min(n, r + int(right.most)))
            if out and s <= out[-1][1] + self.merge_gap:
                if e > out[-1][1]:
                    out[-1] = (out[-1][0], e)
            else:
                out.append((s, e))
        if sum(e - s for s, e in out) > WHOLE_DOC_SHARE * n:
            return [(0, n)]
        return out

    # ------------------------------------------------------------------ ties

    def _order(self, doc: Doc, found: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
        """Sort by (start, end); keys sharing a start and end in the full Matcher's order."""
        groups: dict[tuple[int, int], list[int]] = {}
        for key, s, e in found:
            groups.setdefault((s, e), []).append(key)
        out: list[tuple[int, int, int]] = []
        for (s, e), keys in sorted(groups.items()):
            if len(keys) > 1:
                keys = self._tie_order(doc, s, e, keys)
            out.extend((k, s, e) for k in keys)
        return out

    def _tie_order(self, doc: Doc, s: int, e: int, keys: list[int]) -> list[int]:
        ids = tuple(sorted(set(keys)))
        m = self._tie_matchers.get(ids)
        if m is None:
            m = Matcher(self.vocab)
            for k, pattern in self._raw:
                if k in ids:
                    m.add(k, [pattern])
            self._tie_matchers[ids] = m
        ranked: list[int] = []
        for k, ms, me in m(doc[s : min(e + 1, len(doc))]):
            if ms == 0 and me == e - s and k not in ranked:
                ranked.append(k)
        return ranked + [k for k in keys if k not in ranked]
