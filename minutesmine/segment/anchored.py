"""A spaCy ``Matcher`` that only runs each pattern where it can match.

spaCy's :class:`~spacy.matcher.Matcher` starts every pattern at every token and evaluates
``IN``/``NOT_IN``/``REGEX`` constraints in Python, so its cost grows with patterns x tokens.
Cue patterns mostly need at least one token from a short word list ("asked", "officers",
"response"), and such tokens are rare. :class:`AnchoredMatcher` uses that, with the pattern
data itself as the only input (nothing is keyed on particular patterns):

1. Each token spec of a pattern gives a *necessary condition* on the token it consumes: its
   ``LOWER``/``ORTH``/``TEXT`` value or ``IN`` list, ``NOT_IN`` list, ``REGEX``, and boolean
   flags (``IS_PUNCT``...). Constraints it does not understand are left out, which only
   weakens the condition (a spec with none accepts any token). All of these read only the
   token's lexeme, so each lexeme's results are a bit mask over the distinct specs, computed
   once per lexeme (at first only the bits of required specs; the whole mask when a
   token next to an anchor is read).
2. A spec that must consume a token (no ``OP``, ``+``, ``{n,m}`` with n >= 1) is *required*.
   Required specs with a word list (``IN``, a literal) are the pattern's anchor specs (all
   its required specs when none has one). A pattern with an anchor spec that no token
   passes cannot match, and is skipped; otherwise the anchor spec with the fewest candidate
   tokens is the anchor, and its tokens without a candidate of each other anchor spec at a
   possible distance are dropped.
3. A match through an anchor token ``r`` lies in ``[r - before, r + after)``, the most tokens
   the specs before and after the anchor can take; a side with ``*``/``+`` extends while the
   tokens pass one of that side's conditions.
4. The pattern's own Matcher runs on the merged windows (Spans); token constraints only look
   at the token itself, so a Span yields exactly the Doc's matches inside it. Nothing found
   is kept between calls (no result keyed on the text).
5. Several keys matching the same tokens are put in the order the full Matcher lists them,
   by running a Matcher of just those keys over the tied tokens plus the next token (how
   the Matcher orders states that start at one token does not depend on other patterns).

The result is the full Matcher's set of ``(key, start, end)`` matches, sorted by start and
end; matches with the same start and end come in the full Matcher's order (or, on request,
in no set order, :meth:`AnchoredMatcher.tie_order` giving it where needed). Matches of
some keys only can be asked for, and :meth:`AnchoredMatcher.may_match` tells from the
tokens' ORTH ids alone (step 2 with word lists only) that some keys have none.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> m = AnchoredMatcher(nlp.vocab)
>>> m.add("ASKED", [[{"LOWER": "members", "OP": "?"}, {"LOWER": {"IN": ["asked", "queried"]}}]])
>>> doc = nlp("Members asked why. The Chair queried it.")
>>> [(nlp.vocab.strings[k], doc[s:e].text) for k, s, e in m(doc)]
[('ASKED', 'Members asked'), ('ASKED', 'asked'), ('ASKED', 'queried')]
"""

from __future__ import annotations

import functools
import math
import operator
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np
from spacy.attrs import IDS, LOWER, ORTH
from spacy.matcher import Matcher
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

__all__ = ["AnchoredMatcher", "Scan", "op_range"]

INF = math.inf
#: Windows of one pattern closer than this many tokens run as one Span (a Matcher call
#: costs about as much as matching a few tokens).
MERGE_GAP = 4
#: Above this share of the Doc, a pattern runs over the whole Doc in one call.
WHOLE_DOC_SHARE = 0.5
_TEXT_ATTRS = {"LOWER": LOWER, "ORTH": ORTH, "TEXT": ORTH}
_FLAG_NAMES = frozenset(k for k in IDS if k.startswith(("IS_", "LIKE_")) and k != "IS_SENT_START")
#: Pattern keys that read only the token's lexeme: a pattern using only these matches the
#: same in any two token sequences with the same ORTH ids.
_LEXEME_KEYS = frozenset({"ORTH", "TEXT", "LOWER", "LENGTH", "SHAPE", "PREFIX", "SUFFIX", "OP"}) | _FLAG_NAMES


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
    uid: int = -1  # same id for the same conditions (one bit in the lexeme masks)
    exact: bool = False  # the conditions are all the spec asks (no constraint left out)

    @property
    def required(self) -> bool:
        """Whether every match has a token that passes this spec's conditions."""
        return self.lo >= 1 and bool(self.conds)


def _parse_spec(spec: dict[str, Any]) -> _Spec:
    lo, hi = op_range(spec.get("OP"))
    if spec.get("OP") == "!":
        return _Spec(lo, hi)  # a negated spec: any token it does not match
    conds: list[_Cond] = []
    exact = True
    for key, value in spec.items():
        name = key.upper() if isinstance(key, str) else key
        if name == "OP":
            continue
        got = _conds(name, value)
        exact = exact and got is not None
        conds += got or []
    # the most selective test first: a short IN list, then a regex, then the rest
    rank = {"in": 0, "regex": 1, "flag": 2, "notin": 3}
    conds.sort(key=lambda c: (rank[c.kind], len(c.values)))
    return _Spec(lo, hi, tuple(conds), exact=exact and bool(conds))


def _conds(name: Any, value: Any) -> list[_Cond] | None:
    """The conditions of one key of a token spec; None when it asks more than they say."""
    attr = _TEXT_ATTRS.get(name)
    if attr is None:
        if isinstance(value, bool) and name in _FLAG_NAMES:
            return [_Cond("flag", IDS[name], flag=value)]
        return None
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        return [_Cond("in", attr, frozenset({get_string_id(value)}))]
    if not isinstance(value, dict):
        return None
    out = []
    for pred, arg in value.items():
        if pred == "IN" and isinstance(arg, list):
            out.append(_Cond("in", attr, frozenset(get_string_id(v) for v in arg)))
        elif pred == "NOT_IN" and isinstance(arg, list):
            out.append(_Cond("notin", attr, frozenset(get_string_id(v) for v in arg)))
        elif pred == "REGEX" and isinstance(arg, str):
            out.append(_Cond("regex", attr, regex=arg))
        else:
            return None
    return out


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

    ``mask`` has the bits of those specs (see :meth:`AnchoredMatcher._lexeme_mask`): a token
    can belong to this side when its lexeme's mask shares a bit with it (see
    :meth:`AnchoredMatcher._windows`)."""

    def __init__(self, specs: list[_Spec], most: float) -> None:
        self.specs = specs
        self.most = most
        self.any = any(not sp.conds for sp in specs)
        self.mask = 0
        for sp in specs:
            self.mask |= 1 << sp.uid


@dataclass
class _Pattern:
    key: int
    specs: list[_Spec]
    matcher: Matcher
    required: list[int]  # its anchor specs (required specs; see the module docstring)
    distance: dict[tuple[int, int], tuple[float, float]]
    req_uids: frozenset[int]  # specs a Doc must have a token for, for the pattern to match
    sides: dict[int, tuple[_Side, _Side]]  # anchor spec -> (left, right)
    lexical: bool  # every key reads only the lexeme
    # each anchor spec whose first condition is a word list: its index and that condition
    word_lists: list[tuple[int, _Cond]]
    req_uids_list: list[tuple[int, int]]  # (index, uid) of each anchor spec
    others: dict[int, list[tuple[int, float, float]]]  # anchor -> (uid, distance) of the others

    @property
    def one_token(self) -> int | None:
        """The uid of the pattern's one spec when the pattern is a single token whose
        conditions say all it asks ("asked", {"LOWER": {"IN": [...]}}): its matches are the
        tokens passing that spec, with no Matcher run."""
        if len(self.specs) != 1:
            return None
        sp = self.specs[0]
        return sp.uid if sp.exact and sp.lo == sp.hi == 1 else None


def _lexical(pattern: list[dict[str, Any]]) -> bool:
    """Whether every token spec of ``pattern`` reads only lexeme attributes.

    >>> _lexical([{"LOWER": "asked"}, {"IS_PUNCT": True, "OP": "?"}]), _lexical([{"POS": "VERB"}])
    (True, False)
    """
    return all(isinstance(k, str) and k.upper() in _LEXEME_KEYS for spec in pattern for k in spec)


def _sides(specs: list[_Spec], a: int) -> tuple[_Side, _Side]:
    """What may precede and follow a token of required spec ``a`` inside a match."""
    rep = [specs[a]] if specs[a].hi > 1 else []
    before = sum(s.hi for s in specs[:a]) + specs[a].hi - 1
    after = specs[a].hi + sum(s.hi for s in specs[a + 1 :])
    return _Side([*specs[:a], *rep], before), _Side([*rep, *specs[a + 1 :]], after)


def _span(match: tuple[int, int, int]) -> tuple[int, int]:
    return match[1], match[2]


def _list_tokens(
    orths: Sequence[int] | np.ndarray, distinct: set[int], bits: list[int]
) -> Callable[[int], list[int]]:
    """For :meth:`AnchoredMatcher.may_match`: a function of an IN list's bit giving the tokens
    (sorted) whose lexeme the list holds; ``bits``: the list bits of each ORTH id in
    ``distinct``, in its order. Each ORTH id's tokens are looked up once, when first needed."""
    col = np.asarray(orths, dtype=np.uint64)
    where: dict[int, list[int]] = {}  # ORTH id -> its tokens
    held: list[tuple[int, int]] = []  # (ORTH id, bits) of the tokens some list holds

    def tokens(bit: int) -> list[int]:
        if not held:
            held.extend((o, b) for o, b in zip(distinct, bits, strict=True) if b)
        out: list[int] = []
        for o in [o for o, b in held if b & bit]:
            at = where.get(o)
            if at is None:
                at = where[o] = np.flatnonzero(col == np.uint64(o)).tolist()
            out += at
        return sorted(out)

    return tokens


class Scan(NamedTuple):
    """Of a token sequence: each token's spec mask, and the tokens passing each required spec."""

    masks: list[int | None]  # None: not yet worked out (see AnchoredMatcher._mask)
    cands: dict[int, list[int]]


#: A window getter: tokens ``start:end`` of the matched sequence as a Doc or Span.
Window = Callable[[int, int], Doc | Span]


class _ConditionTests:
    """Which lexemes pass each condition, for :meth:`AnchoredMatcher._new_masks`: the
    lexemes' attribute ``values`` (per attribute, one value per lexeme index), each condition
    (by its bit) tested at most once per lexeme."""

    __slots__ = ("compiled", "strings", "tested", "texts", "values")

    def __init__(
        self, values: dict[int, list[int]], strings: StringStore, compiled: dict[str, re.Pattern[str]]
    ) -> None:
        self.values = values
        self.strings = strings
        self.compiled = compiled  # the matcher's compiled REGEX conditions (added to here)
        self.texts: dict[int, list[str]] = {}  # per attribute, the strings of its values
        self.tested: dict[int, tuple[set[int], set[int]]] = {}  # per condition: lexemes tested, passed

    def passing(self, cbit: int, c: _Cond, ks: set[int]) -> set[int]:
        """Of the lexemes ``ks``, those that pass condition ``c`` (whose bit is ``cbit``)."""
        got = self.tested.get(cbit)
        if got is None:
            got = self.tested[cbit] = (set(), set())
        done, ok = got
        todo = ks - done if done else ks
        if todo:
            ok |= self._passed(c, todo)
            done |= todo
        return ks & ok

    def _passed(self, c: _Cond, todo: set[int]) -> set[int]:
        """Of the lexemes ``todo`` (not tested yet), those that pass ``c``."""
        vals = self.values[c.attr]
        if c.kind == "in" or c.kind == "notin":
            inside = c.values
            got = {k for k in todo if vals[k] in inside}
            return got if c.kind == "in" else todo - got
        if c.kind == "flag":
            flag = c.flag
            return {k for k in todo if bool(vals[k]) == flag}
        assert c.regex is not None
        rx = self.compiled.get(c.regex)
        if rx is None:
            rx = self.compiled[c.regex] = re.compile(c.regex)
        strs = self.texts.get(c.attr)
        if strs is None:
            strs = self.texts[c.attr] = [self.strings[v] for v in vals]
        search = rx.search
        return {k for k in todo if search(strs[k]) is not None}


class AnchoredMatcher:
    """Same matches as ``spacy.matcher.Matcher`` with the same patterns, found by anchors.

    Supports ``add(key, patterns)`` (no callbacks or greedy filtering), ``__call__(doc)``
    returning ``(key, start, end)`` tuples, and :meth:`find` over a token sequence given
    by its ORTH ids (e.g. several Docs read as one).

    Every condition the anchors use (``LOWER``/``ORTH``/``TEXT`` values, ``REGEX``, flags) is
    a property of the token's lexeme, so each lexeme's results are computed once, as a bit
    mask over the distinct token specs, and kept (lexeme attributes are set when spaCy makes
    the lexeme).
    """

    def __init__(self, vocab: Vocab, merge_gap: int = MERGE_GAP) -> None:
        self.vocab = vocab
        self.merge_gap = merge_gap
        self._patterns: list[_Pattern] = []
        self._raw: list[tuple[int, list[dict[str, Any]]]] = []
        self._flags: list[int] = []
        self._spec_ids: dict[tuple[_Cond, ...], int] = {}
        self._tie_matchers: dict[tuple[int, ...], Matcher] = {}
        self._compiled: dict[str, re.Pattern[str]] = {}
        # per lexeme (ORTH id): bit mask of the specs it passes, and the required specs among them
        self._masks: dict[int, int] = {}
        self._reqs: dict[int, tuple[int, ...]] = {}
        self._index_built = False
        self._lexical_keys: dict[int, bool] = {}  # key -> all its patterns are lexical
        self._cond_bits: dict[_Cond, int] = {}
        # keys -> per pattern under them, the bits of the word lists its anchor specs start with
        self._needs: dict[frozenset[int], list[tuple[int, _Pattern]]] = {}
        # keys -> per lexeme (ORTH id): bits of the IN lists holding it (see may_match)
        self._listed: dict[frozenset[int], dict[int, int]] = {}
        self._numbered: dict[frozenset[int], list[tuple[int, _Pattern]]] = {}  # keys -> its patterns

    def __len__(self) -> int:
        return len(self._raw)

    @property
    def lexical(self) -> bool:
        """Whether every pattern reads only the tokens' lexemes (so that two token sequences
        with the same ORTH ids have the same matches)."""
        return all(self._lexical_keys.values())

    def add(self, key: str | int, patterns: Iterable[list[dict[str, Any]]]) -> None:
        """Add token patterns under ``key`` (a string or its hash), one Matcher per pattern."""
        k = self.vocab.strings.add(key) if isinstance(key, str) else key
        for pattern in patterns:
            m = Matcher(self.vocab)
            m.add(k, [pattern])
            specs = [_parse_spec(s) for s in pattern]
            required = [j for j, s in enumerate(specs) if s.required]
            # word lists make good anchors; a broad spec (a regex, NOT_IN) only when there is none
            required = [j for j in required if specs[j].conds[0].kind == "in"] or required
            for sp in specs:
                self._register(sp)
            dist = {(a, b): _distance(specs, a, b) for a in required for b in required if a != b}
            uids = frozenset(specs[j].uid for j in required)
            sides = {a: _sides(specs, a) for a in required}
            lexical = _lexical(pattern)
            self._lexical_keys[k] = self._lexical_keys.get(k, True) and lexical
            firsts = [(j, specs[j].conds[0]) for j in required]
            lists = [(j, c) for j, c in firsts if c.kind == "in"]
            req = [(j, specs[j].uid) for j in required]
            others = {a: [(specs[b].uid, *dist[(a, b)]) for b in required if b != a] for a in required}
            self._patterns.append(
                _Pattern(k, specs, m, required, dist, uids, sides, lexical, lists, req, others)
            )
            self._raw.append((k, pattern))
        self._tie_matchers.clear()
        self._numbered.clear()
        self._index_built = False

    def _register(self, spec: _Spec) -> None:
        """Give a spec its id (one bit in the lexeme masks) and note the flags it reads."""
        spec.uid = self._spec_ids.setdefault(spec.conds, len(self._spec_ids))
        for c in spec.conds:
            if c.kind == "flag" and c.attr not in self._flags:
                self._flags.append(c.attr)

    # ------------------------------------------------------------------ per lexeme

    def _build_index(self) -> None:
        """Index the specs for :meth:`_lexeme_mask` (after the last ``add``).

        Each distinct condition gets a bit. IN lists are looked up by value; the other
        conditions are tested when a spec needs them, once per lexeme."""
        cond_bits: dict[_Cond, int] = {}
        for conds in self._spec_ids:
            for c in conds:
                cond_bits.setdefault(c, 1 << len(cond_bits))
        self._cond_bits = cond_bits
        self._needs.clear()
        # attribute -> value -> bits of the IN lists holding it
        self._in_bits: dict[int, dict[int, int]] = {}
        self._in_all = sum(bit for c, bit in cond_bits.items() if c.kind == "in")
        for c, bit in cond_bits.items():
            if c.kind == "in":
                index = self._in_bits.setdefault(c.attr, {})
                for v in c.values:
                    index[v] = index.get(v, 0) | bit
        # specs (id, their conditions) by the bit of their first condition when it is an IN
        # list (only a lexeme in that list can pass them); the rest are free
        self._by_first: dict[int, list[tuple[int, tuple[tuple[int, _Cond], ...]]]] = {}
        self._free: list[tuple[int, tuple[tuple[int, _Cond], ...]]] = []
        for conds, uid in self._spec_ids.items():
            tests = tuple((cond_bits[c], c) for c in conds)
            if conds and conds[0].kind == "in":
                self._by_first.setdefault(cond_bits[conds[0]], []).append((uid, tests))
            else:
                self._free.append((uid, tests))
        required = {p.specs[j].uid for p in self._patterns for j in p.required}
        self._required_bits = sum(1 << u for u in required)
        self._req_free = [(uid, tests) for uid, tests in self._free if uid in required]
        self._req_by_first = {
            bit: got
            for bit, specs in self._by_first.items()
            if (got := [(uid, tests) for uid, tests in specs if uid in required])
        }
        self._masks.clear()
        self._reqs.clear()
        self._listed.clear()
        self._index_built = True

    def _passes(self, c: _Cond, values: dict[int, int]) -> bool:
        """Whether a lexeme with attribute ``values`` passes condition ``c``."""
        v = values[c.attr]
        if c.kind == "in":
            return v in c.values
        if c.kind == "notin":
            return v not in c.values
        if c.kind == "flag":
            return bool(v) == c.flag
        assert c.regex is not None
        rx = self._compiled.get(c.regex)
        if rx is None:
            rx = self._compiled[c.regex] = re.compile(c.regex)
        return rx.search(self.vocab.strings[v]) is not None

    def _lexeme_mask(self, orth: int) -> int:
        """Bit ``uid`` set for each spec whose conditions the lexeme ``orth`` passes."""
        lex = self.vocab[orth]
        values = {ORTH: orth, LOWER: lex.lower}
        for f in self._flags:
            values[f] = int(lex.check_flag(f))
        in_passed = 0
        for attr, index in self._in_bits.items():
            in_passed |= index.get(values[attr], 0)
        # conditions known to pass / fail for this lexeme (IN lists: all known)
        passed, failed = in_passed, self._in_all & ~in_passed
        specs = list(self._free)
        rest = in_passed
        while rest:
            low = rest & -rest
            specs.extend(self._by_first.get(low, ()))
            rest ^= low
        mask = 0
        strings = self.vocab.strings
        for uid, tests in specs:
            for bit, c in tests:
                if passed & bit:
                    continue
                if failed & bit:
                    break
                # as _passes (inline: this runs for every condition of every new lexeme)
                v = values[c.attr]
                kind = c.kind
                if kind == "notin":
                    ok = v not in c.values
                elif kind == "regex":
                    rx = self._compiled.get(c.regex)  # type: ignore[arg-type]
                    ok = rx.search(strings[v]) is not None if rx is not None else self._passes(c, values)
                else:
                    ok = self._passes(c, values)
                if ok:
                    passed |= bit
                else:
                    failed |= bit
                    break
            else:
                mask |= 1 << uid
        return mask

    def _new_masks(self, orths: list[int], required_only: bool = False) -> list[int]:
        """:meth:`_lexeme_mask` of each lexeme in ``orths``, worked out a condition at a time
        over all of them (one comprehension per condition instead of a loop per lexeme).
        With ``required_only``, only the bits of required specs (``& _required_bits``).

        A spec's bit is set for the lexemes that pass all its conditions: those in its first
        condition's IN list (or all, when that is not an IN list), kept while they pass the
        next ones. Each condition is tested at most once per lexeme (:class:`_ConditionTests`).
        """
        values = self._attribute_values(orths)
        passing = _ConditionTests(values, self.vocab.strings, self._compiled).passing
        masks = [0] * len(orths)
        for uid, conds, ks in self._spec_candidates(values, required_only):
            for cbit, c in conds:
                ks = passing(cbit, c, ks)
                if not ks:
                    break
            bit = 1 << uid
            for k in ks:
                masks[k] |= bit
        return masks

    def _attribute_values(self, orths: list[int]) -> dict[int, list[int]]:
        """Per attribute the conditions read (ORTH, LOWER, each flag), its value for each lexeme."""
        lexemes = [self.vocab[o] for o in orths]
        values: dict[int, list[int]] = {ORTH: orths, LOWER: [lx.lower for lx in lexemes]}
        for f in self._flags:
            values[f] = [int(lx.check_flag(f)) for lx in lexemes]
        return values

    def _spec_candidates(
        self, values: dict[int, list[int]], required_only: bool
    ) -> Iterable[tuple[int, tuple[tuple[int, _Cond], ...], set[int]]]:
        """Per spec (of the required ones only, with ``required_only``): its uid, the conditions
        left to test and the lexemes (indices) to test them on. A spec whose first condition is
        an IN list comes only for the lexemes in that list, with its other conditions; the
        others come for all lexemes, with all their conditions."""
        free, by_first = (
            (self._req_free, self._req_by_first) if required_only else (self._free, self._by_first)
        )
        everyone = set(range(len(values[ORTH])))
        for uid, tests in free:
            yield uid, tests, everyone
        for first, hits in self._in_hits(values).items():
            for uid, tests in by_first.get(first, ()):
                yield uid, tests[1:], set(hits)

    def _in_hits(self, values: dict[int, list[int]]) -> dict[int, list[int]]:
        """Per IN condition (by its bit), the lexemes (indices) its list holds."""
        in_hits: dict[int, list[int]] = {}
        for attr, index in self._in_bits.items():
            for k, v in enumerate(values[attr]):
                b = index.get(v)
                while b:
                    low = b & -b
                    in_hits.setdefault(low, []).append(k)
                    b ^= low
        return in_hits

    def _lexemes(self, orths: list[int]) -> tuple[list[int | None], list[tuple[int, ...]]]:
        """Per token: the spec mask of its lexeme (``None`` when not yet worked out: see
        :meth:`_mask`) and the required specs it passes.

        The required specs are worked out for each new lexeme; the whole mask, which only
        the tokens next to an anchor need, when first asked for.
        """
        if not self._index_built:
            self._build_index()
        masks, reqs = self._masks, self._reqs
        new = set(orths).difference(reqs)
        if new:
            if len(reqs) > 500_000:
                masks.clear()
                reqs.clear()
                new = set(orths)
            for o, r in zip(new, self._new_masks(list(new), required_only=True), strict=True):
                uids = []
                while r:
                    low = r & -r
                    uids.append(low.bit_length() - 1)
                    r ^= low
                reqs[o] = tuple(uids)
        return list(map(masks.get, orths)), list(map(reqs.__getitem__, orths))

    def _mask(self, orth: int) -> int:
        """The spec mask of lexeme ``orth`` (kept)."""
        got = self._masks.get(orth)
        if got is None:
            got = self._masks[orth] = self._lexeme_mask(orth)
        return got

    # ------------------------------------------------------------------ quick test

    def may_match(
        self, keys: Iterable[int], orths: Sequence[int] | np.ndarray, words: Iterable[int] = ()
    ) -> bool:
        """Whether a pattern under ``keys`` may match in a token sequence with these ORTH ids
        (or one of the ORTH ids ``words`` occurs in it).

        ``False`` only when :meth:`find` gives none of ``keys``' matches: each such pattern
        has an anchor spec whose word list (``IN`` or a literal, its first condition) holds
        none of the tokens, or no tokens of its word-list anchor specs lie at distances a
        match allows (as :meth:`_anchors`). Of each lexeme it reads only which lists hold
        it: a cheap test before reading a sequence at all.
        """
        if not self._index_built:
            self._build_index()
        want = frozenset(keys)
        needs = self._needs_of(want)
        # per lexeme, the bits of the lists these patterns need (kept per key set)
        listed = self._listed.get(want)
        if listed is None or len(listed) > 500_000:
            listed = self._listed[want] = {}
        distinct = set(orths.tolist() if isinstance(orths, np.ndarray) else orths)
        if not distinct.isdisjoint(words):
            return True
        new = distinct.difference(listed)
        if new:
            relevant = functools.reduce(operator.or_, (need for need, _ in needs), 0)
            for o in new:
                listed[o] = self._listed_bits(o) & relevant
        bits = list(map(listed.__getitem__, distinct))
        got = functools.reduce(operator.or_, bits, 0)
        tokens = _list_tokens(orths, distinct, bits)
        for need, p in needs:
            if need & ~got:
                continue  # an anchor spec's word list holds none of the tokens
            if len(p.word_lists) < 2 or self._lists_within_reach(p, tokens):
                return True
        return False

    def _needs_of(self, want: frozenset[int]) -> list[tuple[int, _Pattern]]:
        """Per pattern under the keys ``want``: the bits of the IN lists its required specs
        start with, and the pattern (kept per key set)."""
        needs = self._needs.get(want)
        if needs is None:
            needs = self._needs[want] = []
            for p in self._patterns:
                if p.key in want:
                    firsts = [p.specs[j].conds[0] for j in p.required]
                    needs.append((sum({self._cond_bits[c] for c in firsts if c.kind == "in"}), p))
        return needs

    def _lists_within_reach(self, p: _Pattern, tokens: Callable[[int], list[int]]) -> bool:
        """Whether some token of the anchor's word list has a token of each of ``p``'s other
        word-list specs at a distance a match allows; ``tokens(bit)``: the tokens (sorted)
        that the IN list with that bit holds."""
        pos = {j: tokens(self._cond_bits[c]) for j, c in p.word_lists}
        a = min(pos, key=lambda j: len(pos[j]))
        others = [(pos[k], *p.distance[(a, k)]) for k in pos if k != a]
        for r in pos[a]:
            for other, lo, hi in others:
                j = bisect_left(other, r + lo)
                if j == len(other) or other[j] > r + hi:
                    break
            else:
                return True
        return False

    def _listed_bits(self, orth: int) -> int:
        """Bits of the IN lists that hold the lexeme ``orth`` (its ORTH or LOWER id)."""
        lex = self.vocab[orth]
        got = 0
        for attr, index in self._in_bits.items():
            got |= index.get(orth if attr == ORTH else lex.lower, 0)
        return got

    # ------------------------------------------------------------------ per Doc

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Every match in ``doc`` as ``(key, start, end)``, by start and end."""
        n = len(doc)
        if not n or not self._patterns:
            return []

        def window(s: int, e: int) -> Doc | Span:
            return doc if (s, e) == (0, n) else doc[s:e]

        return self.find(doc.to_array(ORTH).tolist(), window)

    def scan(self, orths: list[int]) -> Scan:
        """What :meth:`find` reads of a token sequence: its tokens' spec masks and, per
        required spec, the tokens that pass it."""
        masks, reqs = self._lexemes(orths)
        cands: dict[int, list[int]] = {}
        for i, req in enumerate(reqs):
            if req:
                for u in req:
                    got = cands.get(u)
                    if got is None:
                        cands[u] = [i]
                    else:
                        got.append(i)
        return Scan(masks, cands)

    def find(
        self,
        orths: list[int],
        window: Window,
        ties: bool = True,
        keys: frozenset[int] | None = None,
        scan: Scan | None = None,
    ) -> list[tuple[int, int, int]]:
        """Every match in the token sequence ``orths`` (ORTH ids), by start and end.

        ``window(s, e)`` gives tokens ``s:e`` as a Doc or Span of this vocab (the pattern
        Matchers run on it); ``window(0, len(orths))`` may be asked for. With ``ties``
        false, keys matching the same tokens come in no set order (:meth:`tie_order` gives
        it where needed). ``keys``: only the matches of these keys. ``scan``: the
        :meth:`scan` of ``orths`` when already made.
        """
        n = len(orths)
        if not n or not self._patterns:
            return []
        masks, cands = scan if scan is not None else self.scan(orths)
        present = cands.keys()
        found: dict[tuple[int, int, int], None] = {}
        patterns = self._numbered.get(keys) if keys is not None else None
        if patterns is None:
            patterns = [(k, p) for k, p in enumerate(self._patterns) if keys is None or p.key in keys]
            if keys is not None:
                self._numbered[keys] = patterns
        for _number, p in patterns:
            if not p.req_uids <= present:
                continue  # a required spec has no token in this sequence
            single = p.one_token
            if single is not None:
                for r in cands[single]:
                    found[(p.key, r, r + 1)] = None
                continue
            for s, e in self._windows(p, cands, masks, orths):
                for key, ms, me in p.matcher(window(s, e)):
                    found[(key, ms + s, me + s)] = None
        if not ties:
            return sorted(found, key=_span)
        return self._order(window, orths, list(found))

    def _anchors(self, p: _Pattern, cands: dict[int, list[int]]) -> tuple[int, list[int]]:
        """The anchor spec of ``p`` (of its required specs, the first with the fewest
        candidates) and its positions that can be in a match: every other required spec
        has a candidate at a possible distance."""
        req = p.req_uids_list
        a, ua = req[0]
        if len(req) == 1:
            return a, cands[ua]
        least = len(cands[ua])
        for j, u in req:
            if len(cands[u]) < least:
                a, ua, least = j, u, len(cands[u])
        pos = cands[ua]
        others = [(cands[u], lo, hi) for u, lo, hi in p.others[a]]
        keep = []
        for r in pos:
            for got, lo, hi in others:
                j = bisect_left(got, r + lo)
                if j == len(got) or got[j] > r + hi:
                    break
            else:
                keep.append(r)
        return a, keep

    def _windows(
        self, p: _Pattern, cands: dict[int, list[int]], masks: list[int | None], orths: list[int]
    ) -> list[tuple[int, int]]:
        """Merged token windows where pattern ``p`` can match: around each anchor token, as
        far as the tokens can belong to a match (see :class:`_Side`)."""
        n = len(orths)
        if not p.required:
            return [(0, n)]
        a, pos = self._anchors(p, cands)
        if not pos:
            return []
        left, right = p.sides[a]
        lmask, rmask = left.mask, right.mask
        lany, rany = left.any, right.any
        lmost = -1 if left.most == INF else int(left.most)
        rmost = -1 if right.most == INF else int(right.most)
        gap = self.merge_gap
        out: list[tuple[int, int]] = []
        last_e = -gap - 1
        for r in pos:
            # a match's tokens before/after the anchor each pass one of that side's specs
            # (see _Side)
            limit = 0 if lmost < 0 else max(0, r - lmost)
            if lany:
                s = limit
            else:
                s = r
                while s > limit:
                    mk = masks[s - 1]
                    if mk is None:
                        mk = masks[s - 1] = self._mask(orths[s - 1])
                    if not mk & lmask:
                        break
                    s -= 1
            limit = n if rmost < 0 else min(n, r + rmost)
            if rany:
                e = limit
            else:
                e = r + 1
                while e < limit:
                    mk = masks[e]
                    if mk is None:
                        mk = masks[e] = self._mask(orths[e])
                    if not mk & rmask:
                        break
                    e += 1
            if s <= last_e + gap and out:
                if e > last_e:
                    out[-1] = (out[-1][0], e)
                    last_e = e
            else:
                out.append((s, e))
                last_e = e
        if sum(e - s for s, e in out) > WHOLE_DOC_SHARE * n:
            return [(0, n)]
        return out

    # ------------------------------------------------------------------ ties

    def _order(
        self, window: Window, orths: list[int], found: list[tuple[int, int, int]]
    ) -> list[tuple[int, int, int]]:
        """Sort by (start, end); keys sharing a start and end in the full Matcher's order."""
        groups: dict[tuple[int, int], list[int]] = {}
        for key, s, e in found:
            groups.setdefault((s, e), []).append(key)
        out: list[tuple[int, int, int]] = []
        for (s, e), keys in sorted(groups.items()):
            if len(keys) > 1:
                keys = self.tie_order(window, orths, s, e, keys)
            out.extend((k, s, e) for k in keys)
        return out

    def tie_order(self, window: Window, orths: list[int], s: int, e: int, keys: list[int]) -> list[int]:
        """``keys``, each matching tokens ``s:e`` of the sequence, in the full Matcher's order."""
        ids = tuple(sorted(set(keys)))
        stop = min(e + 1, len(orths))
        m = self._tie_matchers.get(ids)
        if m is None:
            m = Matcher(self.vocab)
            for k, pattern in self._raw:
                if k in ids:
                    m.add(k, [pattern])
            self._tie_matchers[ids] = m
        ranked = []
        for k, ms, me in m(window(s, stop)):
            if ms == 0 and me == e - s and k not in ranked:
                ranked.append(k)
        return ranked + [k for k in keys if k not in ranked]
