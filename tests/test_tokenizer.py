"""The pipeline's tokenizer: spaCy's English tokenization (its exceptions and affixes), except
that whitespace runs are not exceptions and a figure's "m." / "k." does not swallow the full
stop closing a sentence."""

from __future__ import annotations

import re

import pytest

from minutesmine.nlp import FIGURE_SUFFIXES, _English, build, load
from minutesmine.nlp.affixes import needs_other_than

#: (text, tokens): rows of minutes shapes, each token as spaCy's English tokenizer gives it
TOKENS = [
    (
        "Cllr. Smith (Chair) said the U.K. grant, e.g. £1.5m, was agreed at 5pm.",
        [
            "Cllr",
            ".",
            "Smith",
            "(",
            "Chair",
            ")",
            "said",
            "the",
            "U.K.",
            "grant",
            ",",
            "e.g.",
            "£",
            "1.5",
            "m",
            ",",
            "was",
            "agreed",
            "at",
            "5",
            "pm",
            ".",
        ],
    ),
    (
        "Mr. Jones didn't attend; the meeting closed at 9 a.m. :)",
        ["Mr.", "Jones", "did", "n't", "attend", ";", "the", "meeting", "closed", "at", "9", "a.m.", ":)"],
    ),
    (
        "Item 3\n\nMinutes\xa0of the  meeting\r\nheld on 4 May.",
        [
            "Item",
            "3",
            "\n\n",
            "Minutes",
            "\xa0",
            "of",
            "the",
            " ",
            "meeting",
            "\r\n",
            "held",
            "on",
            "4",
            "May",
            ".",
        ],
    ),
    (
        'The council\'s "Step Up" programme -- a two-year pilot -- was noted.',
        [
            "The",
            "council",
            "'s",
            '"',
            "Step",
            "Up",
            '"',
            "programme",
            "--",
            "a",
            "two",
            "-",
            "year",
            "pilot",
            "--",
            "was",
            "noted",
            ".",
        ],
    ),
    (
        "(a) approve the report; (b) note the risks",
        ["(", "a", ")", "approve", "the", "report", ";", "(", "b", ")", "note", "the", "risks"],
    ),
    # a figure closing a sentence: the full stop is a token of its own
    ("It would overspend by £1.2m.", ["It", "would", "overspend", "by", "£", "1.2", "m", "."]),
    ("Members queried the £500k. Officers", ["Members", "queried", "the", "£", "500k", ".", "Officers"]),
    # URLs and e-mail addresses stay whole; infixes split words, not plain words and figures
    (
        "See www.example.gov.uk/minutes, email clerk@town.gov.uk; in-house 1/2 Section106 10km",
        [
            "See",
            "www.example.gov.uk/minutes",
            ",",
            "email",
            "clerk@town.gov.uk",
            ";",
            "in",
            "-",
            "house",
            "1/2",
            "Section106",
            "10",
            "km",
        ],
    ),
    # a long run without spaces and a non-ASCII letter stay whole
    ("Fosteringandadoptionservicesreview ſome", ["Fosteringandadoptionservicesreview", "ſome"]),
    ("", []),
    ("\n", ["\n"]),
    ("  ", ["  "]),
]


@pytest.fixture(scope="module", params=["blank", "built"])
def tokenizer(request: pytest.FixtureRequest):
    """The bare English language class and the built pipeline (which remembers its affixes)."""
    return _English.from_config({}).tokenizer if request.param == "blank" else build().tokenizer


@pytest.mark.parametrize(("text", "tokens"), TOKENS)
def test_tokens(tokenizer, text: str, tokens: list[str]) -> None:
    for _ in range(2):  # the second reading comes from the tokenizer's cache
        doc = tokenizer(text)
        assert [t.text for t in doc] == tokens
        assert doc.text == text


@pytest.mark.parametrize(
    ("text", "norms"),
    [
        ("didn't", ["do", "not"]),
        ("£5", ["$", "5"]),
        ("Mr. Jones", ["mr.", "jones"]),
    ],
)
def test_norms_are_spacys(tokenizer, text: str, norms: list[str]) -> None:
    assert [t.norm_ for t in tokenizer(text)] == norms


def test_only_plain_whitespace_and_figure_suffix_exceptions_dropped() -> None:
    import spacy

    ref = spacy.blank("en").tokenizer.rules
    rules = build().tokenizer.rules
    assert {"m.", "k."} == FIGURE_SUFFIXES
    assert set(ref) - set(rules) == {" ", "\t", "\n", *FIGURE_SUFFIXES}
    assert all(rules[k] == v for k, v in ref.items() if k in rules)


def test_suffix_url_and_infix_patterns_skip_plain_words() -> None:
    """spaCy's English URL and infix patterns need a character other than a letter or a
    digit, its suffixes a character other than a letter, so the built tokenizer does not
    search such words."""
    tokenizer = build().tokenizer
    gates = [m.__self__ for m in (tokenizer.url_match, tokenizer.infix_finditer, tokenizer.suffix_search)]
    assert [type(g).__name__ for g in gates] == ["PlainWordGate"] * 3
    assert [g.plain for g in gates] == [str.isalnum, str.isalnum, str.isalpha]
    assert list(tokenizer.infix_finditer("in-house")) != []
    assert list(tokenizer.infix_finditer("inhouse")) == []
    assert tokenizer.url_match("example.com") is not None
    assert tokenizer.suffix_search("10km") is not None
    assert tokenizer.suffix_search("km") is None


@pytest.mark.parametrize(
    ("pattern", "plain", "proved"),
    [
        (r"(?<=[a-z])[-/](?=[a-z])|\.\.+", str.isalnum, True),  # each branch takes a punctuation mark
        (r"(?:[a-z0-9]+\.)+[a-z]{2,}", str.isalnum, True),  # a host name: a dot, at least once
        (r"(?<=[0-9])(?:km|kg)$|\.$", str.isalpha, True),  # a unit after a digit; a full stop
        (r"(?<=[0-9])(?:km|kg)$", str.isalnum, False),  # ... and "10km" is letters and digits
        (r"(?<![0-9])km$", str.isalpha, False),  # a negative lookbehind: not ruled out
        (r"[a-z]+(?:\.[a-z]+)*", str.isalnum, False),  # the dotted part may be left out
        (r"\w+[@.]?", str.isalnum, False),
        (r"[^a-z]", str.isalpha, False),  # a negated class: not proved
        (r"(?i)[-/]", str.isalnum, False),  # ignoring case: not read
        (r"x?", str.isalnum, False),  # the empty match
    ],
)
def test_needs_other_than(pattern: str, plain, proved: bool) -> None:
    assert needs_other_than(re.compile(pattern), plain) is proved


def test_saved_tokenizer_loads_with_its_patterns() -> None:
    tokenizer = build().tokenizer
    assert [t.text for t in build().tokenizer.from_bytes(tokenizer.to_bytes())("5pm.")] == ["5", "pm", "."]


@pytest.mark.parametrize(
    ("text", "sentences", "money"),
    [
        (
            "Councillor Bell asked why the budget would overspend by £1.2m. "
            "The Director explained the cause.",
            [
                "Councillor Bell asked why the budget would overspend by £1.2m.",
                "The Director explained the cause.",
            ],
            "£1.2m",
        ),
        (
            "Members queried the £500k. Officers confirmed it was one-off.",
            ["Members queried the £500k.", "Officers confirmed it was one-off."],
            "£500k",
        ),
    ],
)
def test_a_figure_closing_a_sentence_ends_it(text: str, sentences: list[str], money: str) -> None:
    """ "£1.2m." and "£500k." end their sentence (spaCy keeps "m." and "k." whole as abbreviations)."""
    doc = build()(text)
    assert [s.text for s in doc.sents] == sentences
    assert [e.text for e in doc.ents if e.label_ == "MONEY"] == [money]


#: words of the shapes minutes hold: names, figures, references, URLs, e-mail addresses
LEX_WORDS = [
    "Councillor",
    "twelve",
    "Twelfth",
    "Twelvefold",
    "1,200",
    "-5",
    "±3",
    "1/2",
    "2024/25",
    "21st",
    "£1.5m",
    "www.example.gov.uk",
    "https://x",
    "clerk@town.gov.uk",
    "example.org",
    "Ms",
    "ſeven",
    "Ünal",
    "İzmir",
    "aaaaaaa",
    "MMMMMM",
    "x" * 120,
    "Ref:A/12-3",
    "10:30am",
    "",
]


@pytest.mark.parametrize("word", LEX_WORDS)
def test_lexical_attributes_are_spacys(word: str) -> None:
    """``like_num`` and ``like_url`` as spaCy's own functions give them."""
    import random
    import string

    from spacy.lang.en.lex_attrs import like_num
    from spacy.lang.lex_attrs import like_url

    from minutesmine.nlp import lexattrs

    pairs = [(lexattrs.like_num, like_num), (lexattrs.like_url, like_url)]
    rng = random.Random(word)
    pool = string.ascii_letters + string.digits + ".,/:-+~±@_'’£$%()ÉßſİK² \t"
    mixed = ["".join(rng.choice(pool) for _ in range(rng.randint(1, 12))) for _ in range(200)]
    for w in [word, *mixed] if word else mixed:
        for ours, spacys in pairs:
            assert ours(w) == spacys(w), (ours.__name__, w)
    if word:
        lex = load().vocab[word]
        assert (lex.like_num, lex.like_url) == (like_num(word), like_url(word))
