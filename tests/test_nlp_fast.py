"""The entity pipeline's fast paths do exactly what the plain code they replaced does:
prefix-factored alternations, anchors scanned from their literals, ``resolve`` with bisect,
``doc.ents`` set through one array, and ``doc_entities`` reading extension data directly."""

from __future__ import annotations

import random
import re

import pytest
from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE
from spacy.tokens import Doc, Span

from minutesmine.models import Entity
from minutesmine.nlp.components import SPANS_KEY, _set_ents
from minutesmine.nlp.entities import doc_entities
from minutesmine.nlp.lexicon import load_lexicon
from minutesmine.nlp.rules import (
    Found,
    LiteralScan,
    TextFinder,
    _first_literals,
    bounded_alternation,
    listed_alternation,
    resolve,
    trie_alternation,
)
from tests.paths import SEEDS


def _seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def _matches(rx: re.Pattern[str], text: str) -> list[tuple[int, int, tuple[str | None, ...]]]:
    return [(m.start(), m.end(), m.groups()) for m in rx.finditer(text)]


def _random_words(rng: random.Random, letters: str, n: int) -> list[str]:
    return ["".join(rng.choice(letters) for _ in range(rng.randint(1, 4))) for _ in range(n)]


@pytest.mark.parametrize("seed", range(40))
def test_trie_alternation_is_the_longest_first_alternation(seed: int) -> None:
    rng = random.Random(seed)
    words = _random_words(rng, "ab.", rng.randint(1, 8))
    plain = "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"
    text = "".join(rng.choice("ab. ") for _ in range(80))
    # in contexts that backtrack into the alternation and that capture it
    for ctx in ("{}", "({})b", "(?:{})\\.", "x?({})+a"):
        assert _matches(re.compile(ctx.format(trie_alternation(words))), text) == _matches(
            re.compile(ctx.format(plain)), text
        )


@pytest.mark.parametrize(
    ("words", "trie"),
    [
        (["said", "stated"], True),  # no word is a prefix of another
        (["Mrs", "Mr"], True),  # longer first: as a trie tries them
        (["Mr", "Mrs"], False),  # "Mr" would be tried before "Mrs": kept as listed
    ],
)
def test_listed_alternation_keeps_the_listed_order(words: list[str], trie: bool) -> None:
    out = listed_alternation(words)
    assert (out == trie_alternation(words)) is trie
    text = "Mrs Smith said Mr Brown stated"
    plain = "|".join(re.escape(w) for w in words)
    for ctx in ("(?:{})", "(?:{}) ", "({})\\w*"):
        assert _matches(re.compile(ctx.format(out)), text) == _matches(re.compile(ctx.format(plain)), text)


@pytest.mark.parametrize("seed", range(40))
def test_bounded_alternation_is_a_word_boundary_before_the_alternation(seed: int) -> None:
    rng = random.Random(seed)
    words = _random_words(rng, "aB-", rng.randint(1, 6))
    plain = r"\b(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"
    text = "".join(rng.choice("aB- \n_") for _ in range(100))
    for tail in ("", r"\b"):
        fast = re.compile(bounded_alternation(words) + tail)
        assert _matches(fast, text) == _matches(re.compile(plain + tail), text)


def test_heads_pattern_matches_as_before() -> None:
    lex = load_lexicon()
    heads = sorted(lex.heads, key=len, reverse=True)
    plain = re.compile(r"\b(?:" + "|".join(re.escape(h) for h in heads) + r")\b")
    fast = TextFinder(lex).heads_re
    assert fast is not None
    for text in _seed_texts():
        assert _matches(fast, text) == _matches(plain, text)


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (r"(?:(?:lead|key)[ \t]+officers?|authors?|sponsor)\b", ["lead", "key", "author", "sponsor"]),
        (r"(?P<x>city|town(?:ship)?)[ \t]+of", ["city", "town"]),
        (r"[ \t]said", None),  # a character class first
        (r"(?:said)?x", None),  # an optional start
        (r"(?i:said)", None),  # case-insensitive
        (r"a|b", None),  # single characters become a class
        (r"\bsaid", None),  # an assertion first
    ],
)
def test_first_literals(pattern: str, literals: list[str] | None) -> None:
    assert _first_literals(re.compile(pattern)) == literals


def test_literal_scan_finds_what_finditer_finds() -> None:
    finder = TextFinder(load_lexicon())
    texts = _seed_texts()
    texts = [*texts, *(t.lower() for t in texts), "report report authors approved by by", ""]
    scanned = 0
    for _rec, scan, _before, _after in finder.anchored:
        scanned += scan.literals is not None
        for text in texts:
            assert [m.span() for m in scan.finditer(text)] == [m.span() for m in scan.rx.finditer(text)]
    assert scanned >= 3  # the cover-sheet, question and borough anchors start with words


@pytest.mark.parametrize("seed", range(20))
def test_literal_scan_random(seed: int) -> None:
    rng = random.Random(seed)
    rx = re.compile(r"(?:ab|a(?:ba)?|bb)(?:a|\b)")
    scan = LiteralScan(rx)
    assert scan.literals == ("a", "bb")
    text = "".join(rng.choice("ab ") for _ in range(200))
    assert [m.span() for m in scan.finditer(text)] == [m.span() for m in rx.finditer(text)]


def _resolve_plain(found: list[Found]) -> list[Found]:
    """``resolve`` as first written: every taken span checked for overlap."""
    taken: list[Found] = []
    occupied: list[tuple[int, int]] = []
    for f in sorted(found, key=lambda f: f.key):
        if f.end <= f.start or any(f.start < e and s < f.end for s, e in occupied):
            continue
        taken.append(f)
        occupied.append((f.start, f.end))
    return sorted(taken, key=lambda f: f.start)


@pytest.mark.parametrize("seed", range(200))
def test_resolve_is_the_plain_resolve(seed: int) -> None:
    rng = random.Random(seed)
    labels = ["MONEY", "DATE", "PERSON", "ORG", "ROLE", "OTHER"]
    found = []
    for _ in range(rng.randint(0, 25)):
        s = rng.randint(0, 60)
        found.append(Found(s, s + rng.randint(-1, 15), rng.choice(labels), rank=rng.randint(0, 2)))
    assert [id(f) for f in resolve(found)] == [id(f) for f in _resolve_plain(found)]


def _ent_state(doc: Doc) -> list[list[int]]:
    return doc.to_array([ENT_IOB, ENT_TYPE, ENT_KB_ID]).tolist()


def test_set_ents_is_the_ents_setter(nlp) -> None:
    texts = ["", "No entities here.", *(t[:3000] for t in _seed_texts())]
    for text in texts:
        doc = nlp(text)
        ents = list(doc.ents)
        for kb in (0, 7):  # a Doc whose tokens already hold kb ids keeps them outside entities
            a, b = nlp.make_doc(text), nlp.make_doc(text)
            for d in (a, b):
                for tok in d:
                    tok.ent_kb_id = kb
            a.ents = [Span(a, e.start, e.end, label=e.label) for e in ents]
            for e in ents:
                assert e.label  # spans made with a label, no kb_id
            _set_ents(b, [b.char_span(e.start_char, e.end_char, label=e.label_) for e in ents])
            assert _ent_state(a) == _ent_state(b)


def _doc_entities_plain(doc: Doc, table: bool) -> list[Entity]:
    """``doc_entities`` as first written: ``span._`` and ``span.text`` for every entity."""
    out = []
    for span in doc.spans.get(SPANS_KEY, doc.ents):
        if table and span.label_ == "QUANTITY":
            continue
        start, end = span._.chars or (span.start_char, span.end_char)
        text = span.text[start - span.start_char : end - span.start_char]
        out.append(
            Entity(label=span.label_, text=text, start=start, end=end, value=span._.value, unit=span._.unit)
        )
    return out


def test_doc_entities_as_plain(nlp) -> None:
    n = 0
    for text in _seed_texts():
        doc = nlp(text)
        for table in (False, True):
            plain = _doc_entities_plain(doc, table)
            assert doc_entities(doc, table=table, text=text) == plain
            assert doc_entities(doc, table=table) == plain
            n += len(plain)
    assert n > 100
    bare = nlp.make_doc("Costs rose by £5m in 2023.")  # no minutesmine spans: doc.ents
    assert doc_entities(bare) == _doc_entities_plain(bare, False) == []


# ---------------------------------------------------------------- sentencizer and numbers

_SENT_PIECES = ["Costs", "rose", ".", "!", "?", "...", ")", "(", '"', "”", "-", "—", "5", "\n", "。", "e.g."]


def _sent_texts() -> list[str]:
    rng = random.Random(7)
    out = ["", ".", "A", "A.", ". A", "Hi!) Then? (No.) “Yes.” Fine", *(t[:4000] for t in _seed_texts())]
    for _ in range(300):
        out.append(" ".join(rng.choice(_SENT_PIECES) for _ in range(rng.randint(1, 30))))
    return out


def _sent_state(doc: Doc) -> list[int]:
    return [t.sent_start for t in doc]


@pytest.mark.parametrize("overwrite", [False, True])
@pytest.mark.parametrize("punct_chars", [None, [".", ")"], ["。", "-"]])
def test_sentencizer_is_spacys(nlp, overwrite: bool, punct_chars: list[str] | None) -> None:
    from spacy.pipeline import Sentencizer as SpacySentencizer

    from minutesmine.nlp.sentences import Sentencizer

    ours = Sentencizer(nlp.vocab, punct_chars=punct_chars, overwrite=overwrite)
    ref = SpacySentencizer(punct_chars=punct_chars, overwrite=overwrite)
    rng = random.Random(11)
    for text in _sent_texts():
        a, b = nlp.make_doc(text), nlp.make_doc(text)
        if len(a) > 2 and rng.random() < 0.3:  # some starts set before: kept unless overwrite
            i = rng.randrange(1, len(a))
            a[i].is_sent_start = b[i].is_sent_start = rng.random() < 0.5
        assert _sent_state(ours(a)) == _sent_state(ref(b)), text[:80]


def test_sentencizer_punct_chars_follow_their_setting(nlp) -> None:
    from minutesmine.nlp.sentences import Sentencizer

    ours = Sentencizer(nlp.vocab)
    assert ours.punct_chars == frozenset(ours.default_punct_chars)
    text = "One; two. Three; four"
    assert [s.text for s in ours(nlp.make_doc(text)).sents] == ["One; two.", "Three; four"]
    ours.from_bytes(Sentencizer(nlp.vocab, punct_chars=[";"]).to_bytes())
    assert [s.text for s in ours(nlp.make_doc(text)).sents] == ["One;", "two. Three;", "four"]


def test_pipeline_sentencizer_is_ours(nlp) -> None:
    from minutesmine.nlp.sentences import Sentencizer

    assert isinstance(nlp.get_pipe("sentencizer"), Sentencizer)


@pytest.mark.parametrize(
    "digits", ["0", "7", "007", "2024", "123456789012345", "1234567890123456", "99999999999999999", "٣"]
)
def test_parse_number_plain_digits(digits: str) -> None:
    from minutesmine.nlp.normalize import parse_number

    # a trailing space takes the general path (it is stripped there)
    assert parse_number(digits) == parse_number(digits + " ")
    assert type(parse_number(digits)) is type(parse_number(digits + " "))


def test_stored_sentence_spans_are_those_of_doc_sents(nlp) -> None:
    from minutesmine.nlp.sentences import SENTS_KEY, stored_spans
    from minutesmine.pipeline import sentence_spans

    for text in _sent_texts():
        doc = nlp(text)
        plain = [(s.start_char, s.end_char) for s in doc.sents] if len(doc) else [(0, 0)]
        assert (SENTS_KEY in doc.user_data) is (len(doc) > 0)
        assert sentence_spans(doc, text) == plain  # from the sentencizer's arrays
        assert SENTS_KEY not in doc.user_data
        assert sentence_spans(doc, text) == plain  # from the token arrays
    doc = nlp("One. Two.")
    with doc.retokenize() as retokenizer:  # a changed Doc: its kept spans are not used
        retokenizer.merge(doc[0:2])
    assert stored_spans(doc) is None
