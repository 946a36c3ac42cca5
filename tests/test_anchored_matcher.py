"""AnchoredMatcher gives exactly spaCy's Matcher results (same matches; ties in its order)."""

from __future__ import annotations

import random
import re
from typing import Any

import pytest
import spacy
from spacy.matcher import Matcher
from spacy.tokens import Doc

from minutesmine.segment.anchored import AnchoredMatcher
from minutesmine.segment.exchanges import load_cues
from tests.paths import REAL, SEEDS


def _by_span(matches: list[tuple[int, int, int]]) -> dict[tuple[int, int], list[int]]:
    """(start, end) -> keys in first-seen order (the order ties are broken in)."""
    out: dict[tuple[int, int], list[int]] = {}
    for key, s, e in matches:
        keys = out.setdefault((s, e), [])
        if key not in keys:
            keys.append(key)
    return out


def _both(vocab: Any, patterns: list[tuple[str, list[dict[str, Any]]]]) -> tuple[Matcher, AnchoredMatcher]:
    full, anchored = Matcher(vocab), AnchoredMatcher(vocab)
    for key, pattern in patterns:
        full.add(key, [pattern])
        anchored.add(key, [pattern])
    return full, anchored


def _assert_same(full: Matcher, anchored: AnchoredMatcher, doc: Doc) -> None:
    want, got = _by_span(full(doc)), _by_span(anchored(doc))
    assert got == want, doc.text[:200]


def _paragraphs(paths: list) -> list[str]:
    out = []
    for p in paths:
        text = p.read_text(encoding="utf-8", errors="replace")
        out += [t for t in re.split(r"\n\s*\n", text) if t.strip()]
    return out


@pytest.fixture(scope="module")
def cue_matchers(nlp: Any) -> tuple[Matcher, AnchoredMatcher]:
    records, _ = load_cues()
    return _both(nlp.vocab, [(r["id"], r["pattern"]) for r in records])


def test_exchange_cues_on_seed_paragraphs(nlp: Any, cue_matchers: tuple[Matcher, AnchoredMatcher]) -> None:
    paras = _paragraphs(sorted(SEEDS.glob("*.txt")))
    assert paras
    for doc in nlp.pipe(paras):
        _assert_same(*cue_matchers, doc)


def test_exchange_cues_on_whole_seed_documents(
    nlp: Any, cue_matchers: tuple[Matcher, AnchoredMatcher]
) -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        _assert_same(*cue_matchers, nlp(path.read_text(encoding="utf-8")))


def test_exchange_cues_on_real_documents(nlp: Any, cue_matchers: tuple[Matcher, AnchoredMatcher]) -> None:
    paths = sorted(p for p in REAL.glob("*") if p.suffix in (".txt", ".md")) if REAL.exists() else []
    if not paths:
        pytest.skip("../shared/corpus/real absent")
    for doc in nlp.pipe(_paragraphs(paths)):
        _assert_same(*cue_matchers, doc)


WORDS = [
    "the",
    "The",
    "a",
    "member",
    "Members",
    "asked",
    "officers",
    "said",
    "that",
    ",",
    ".",
    "-",
    "(",
    ")",
    "Smith",
    "Dr",
    "Chair",
    "of",
    "to",
    "and",
    "in",
    "response",
    "REPLY",
    ":",
    "very",
    "also",
    "\n\n",
]
SPECS: list[dict[str, Any]] = [
    {"LOWER": "the"},
    {"LOWER": {"IN": ["member", "members"]}},
    {"ORTH": {"IN": [",", "."]}},
    {"LOWER": {"IN": ["asked", "said"]}},
    {"TEXT": {"REGEX": "^[A-Z]"}},
    {"TEXT": {"REGEX": "^[A-Z]"}, "LOWER": {"NOT_IN": ["the", "chair"]}},
    {"LOWER": {"NOT_IN": ["that", "to"]}, "IS_PUNCT": False},
    {"IS_PUNCT": True},
    {"ORTH": "-"},
    {},
    {"LOWER": {"IN": ["very", "also"]}},
    {"IS_SPACE": True},
]
OPS = [None, None, None, "?", "*", "+", "!", "{0,2}", "{1,3}", "{2}", "{,2}", "{1,}"]


def test_random_patterns_and_texts() -> None:
    """Every operator and condition kind, on random token sequences."""
    nlp = spacy.blank("en")
    rng = random.Random(11)
    for _round in range(40):
        patterns = []
        for k in range(rng.randint(1, 6)):
            pattern = []
            for _ in range(rng.randint(1, 4)):
                spec = dict(rng.choice(SPECS))
                op = rng.choice(OPS)
                if op is not None:
                    spec["OP"] = op
                pattern.append(spec)
            if all(s.get("OP") in ("?", "*", "{0,2}", "{,2}") for s in pattern):
                pattern.append({"LOWER": "of"})  # spaCy rejects all-optional patterns
            patterns.append((f"P{k % 3}", pattern))
        full, anchored = _both(nlp.vocab, patterns)
        for _ in range(10):
            words = [rng.choice(WORDS) for _ in range(rng.randint(1, 60))]
            doc = Doc(nlp.vocab, words=words)
            _assert_same(full, anchored, doc)


def test_empty_doc_and_no_patterns() -> None:
    nlp = spacy.blank("en")
    m = AnchoredMatcher(nlp.vocab)
    assert m(nlp("Members asked.")) == []
    m.add("X", [[{"LOWER": "asked"}]])
    assert m(nlp("")) == []
    assert len(m) == 1


def test_may_match_is_false_only_without_matches() -> None:
    """``may_match`` never says no where the full Matcher finds a match of those keys; and it
    does say no for some sequences (the test can fail both ways)."""
    nlp = spacy.blank("en")
    rng = random.Random(5)
    said_no = 0
    for _round in range(40):
        patterns = []
        for k in range(rng.randint(1, 5)):
            pattern = []
            for _ in range(rng.randint(1, 3)):
                spec = dict(rng.choice(SPECS))
                op = rng.choice(OPS)
                if op is not None:
                    spec["OP"] = op
                pattern.append(spec)
            if all(s.get("OP") in ("?", "*", "{0,2}", "{,2}") for s in pattern):
                pattern.append({"LOWER": "of"})
            patterns.append((f"P{k}", pattern))
        full, anchored = _both(nlp.vocab, patterns)
        for _ in range(10):
            doc = Doc(nlp.vocab, words=[rng.choice(WORDS) for _ in range(rng.randint(1, 8))])
            found = {nlp.vocab.strings[k] for k, _, _ in full(doc)}
            orths = [t.orth for t in doc]
            for key, _ in patterns:
                if not anchored.may_match([nlp.vocab.strings[key]], orths):
                    said_no += 1
                    assert key not in found, (key, doc.text)
    assert said_no > 50


@pytest.mark.parametrize(
    ("text", "keys", "expected"),
    [
        ("Members asked why.", ["ASKED"], True),
        ("MEMBERS ASKED WHY.", ["ASKED"], True),  # LOWER
        ("Members noted the report.", ["ASKED"], False),
        ("The Chair replied.", ["ASKED", "REPLY"], True),
        ("The Chair spoke.", ["ASKED", "REPLY"], False),
        ("They sought advice.", ["SOUGHT"], False),  # needs both "sought" and "further"
        ("They sought further advice.", ["SOUGHT"], True),
        ("Further, they sought advice.", ["SOUGHT"], False),  # in the wrong order
        ("They sought more and further advice.", ["SOUGHT"], False),  # too far apart
        ("They sought, further advice.", ["SOUGHT"], True),  # close enough: may (but does not) match
        ("Question:", ["QCOLON"], True),
        ("question:", ["QCOLON"], False),  # ORTH
    ],
)
def test_may_match_table(text: str, keys: list[str], expected: bool) -> None:
    nlp = spacy.blank("en")
    m = AnchoredMatcher(nlp.vocab)
    m.add("ASKED", [[{"LOWER": "members", "OP": "?"}, {"LOWER": {"IN": ["asked", "queried"]}}]])
    m.add("REPLY", [[{"LOWER": {"IN": ["replied", "responded"]}}]])
    m.add("SOUGHT", [[{"LOWER": "sought"}, {"IS_PUNCT": False, "OP": "?"}, {"LOWER": "further"}]])
    m.add("QCOLON", [[{"ORTH": {"IN": ["Question", "Q"]}}, {"ORTH": ":"}]])
    doc = nlp(text)
    ids = [nlp.vocab.strings[k] for k in keys]
    assert m.may_match(ids, [t.orth for t in doc]) is expected


def test_lexeme_masks_worked_out_together_are_each_lexemes(nlp: Any) -> None:
    """``_new_masks`` (a condition at a time over many lexemes) == ``_lexeme_mask`` of each."""
    records, _ = load_cues()
    m = AnchoredMatcher(nlp.vocab)
    for r in records:
        m.add(r["id"], [r["pattern"]])
    m._build_index()
    words = {t.orth for text in _paragraphs(sorted(SEEDS.glob("*.txt"))) for t in nlp.make_doc(text)}
    orths = sorted(words)
    assert len(orths) > 1000
    got = m._new_masks(orths)
    assert got == [m._lexeme_mask(o) for o in orths]
    assert sum(1 for g in got if g) > 100


def test_required_spec_masks_worked_out_alone_are_the_full_masks_bits(nlp: Any) -> None:
    """New lexemes get only their required specs' bits at first (the whole mask when a
    window needs it): those bits are the whole mask's."""
    records, _ = load_cues()
    m = AnchoredMatcher(nlp.vocab)
    for r in records:
        m.add(r["id"], [r["pattern"]])
    m._build_index()
    words = {t.orth for text in _paragraphs(sorted(SEEDS.glob("*.txt"))) for t in nlp.make_doc(text)}
    orths = sorted(words)
    required = m._new_masks(orths, required_only=True)
    assert required == [m._lexeme_mask(o) & m._required_bits for o in orths]
    assert sum(1 for r in required if r) > 100
