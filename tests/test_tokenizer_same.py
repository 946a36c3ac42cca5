"""The pipeline's tokenizer (English exceptions minus the plain whitespace ones) makes
exactly the tokens of ``spacy.blank("en")``'s, only faster."""

from __future__ import annotations

import random

import spacy
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, LIKE_NUM, LOWER, NORM, ORTH, SHAPE, SPACY

from minutesmine.nlp import _English, build
from tests.paths import SEED_STEMS, SEEDS

ATTRS = [ORTH, NORM, SPACY, IDX, LOWER, SHAPE, IS_PUNCT, IS_SPACE, LIKE_NUM, LENGTH]
PIECES = [
    " ",
    "  ",
    "\n",
    "\t",
    "\n\n",
    " \n",
    "\xa0",
    "\u2014",
    "e.g.",
    "Mr.",
    "don't",
    "(a)",
    ":)",
    "Cllr.",
    "£1.5m",
    "5pm",
    "a.m.",
    "'s",
    "\\n",
    "\\t",
    "U.K.",
    "''",
    "--",
    "x",
    "Hello",
    "\r\n",
]


def _texts() -> list[str]:
    rng = random.Random(3)
    out = [(SEEDS / f"{stem}.txt").read_text(encoding="utf-8") for stem in SEED_STEMS]
    for _ in range(500):
        n = rng.randint(1, 25)
        out.append("".join(rng.choice(PIECES) + (" " if rng.random() < 0.5 else "") for _ in range(n)))
    return out


def test_same_tokens_as_blank_english() -> None:
    ref, new = spacy.blank("en").tokenizer, _English.from_config({}).tokenizer
    for _ in range(2):  # the second pass reads the tokenizers' caches
        for text in _texts():
            a, b = ref(text), new(text)
            assert a.to_array(ATTRS).tolist() == b.to_array(ATTRS).tolist(), repr(text[:80])
            assert [t.norm_ for t in a] == [t.norm_ for t in b]


def test_only_plain_whitespace_exceptions_dropped() -> None:
    ref = spacy.blank("en").tokenizer.rules
    rules = build().tokenizer.rules
    assert set(ref) - set(rules) == {" ", "\t", "\n"}
    assert all(rules[k] == v for k, v in ref.items() if k in rules)
