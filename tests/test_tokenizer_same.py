"""The pipeline's tokenizer (English exceptions minus the plain whitespace ones) makes
exactly the tokens of ``spacy.blank("en")``'s, only faster."""

from __future__ import annotations

import random

import pytest
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
    ref = spacy.blank("en").tokenizer
    news = [_English.from_config({}).tokenizer, build().tokenizer]  # build's remembers its affixes
    for _ in range(2):  # the second pass reads the tokenizers' caches
        for text in _texts():
            a = ref(text)
            for new in news:
                b = new(text)
                assert a.to_array(ATTRS).tolist() == b.to_array(ATTRS).tolist(), repr(text[:80])
                assert [t.norm_ for t in a] == [t.norm_ for t in b]


def test_only_plain_whitespace_and_figure_suffix_exceptions_dropped() -> None:
    from minutesmine.nlp import FIGURE_SUFFIXES

    ref = spacy.blank("en").tokenizer.rules
    rules = build().tokenizer.rules
    assert set(ref) - set(rules) == {" ", "\t", "\n", *FIGURE_SUFFIXES}
    assert all(rules[k] == v for k, v in ref.items() if k in rules)


def test_saved_tokenizer_loads_with_its_patterns() -> None:
    tokenizer = build().tokenizer
    assert build().tokenizer.from_bytes(tokenizer.to_bytes())("5pm.").text == "5pm."


@pytest.mark.parametrize(
    "text",
    [
        "Councillor Bell asked why the budget would overspend by £1.2m. The Director explained the cause.",
        "Members queried the £500k. Officers confirmed it was one-off.",
    ],
)
def test_a_figure_closing_a_sentence_ends_it(text: str) -> None:
    """"£1.2m." and "£500k." end their sentence (spaCy keeps "m." and "k." whole as abbreviations)."""
    doc = build()(text)
    assert len(list(doc.sents)) == 2
    [money] = [e.text for e in doc.ents if e.label_ == "MONEY"]
    assert money in ("£1.2m", "£500k")
