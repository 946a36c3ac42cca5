"""The pipeline's tokenizer: spaCy's English tokenization (its exceptions and affixes), except
that whitespace runs are not exceptions and a figure's "m." / "k." does not swallow the full
stop closing a sentence."""

from __future__ import annotations

import re
from typing import Any

import pytest
from spacy.attrs import IS_PUNCT, LIKE_NUM, LIKE_URL

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


def test_prefix_suffix_url_and_infix_patterns_skip_plain_words() -> None:
    """spaCy's English URL, infix and prefix patterns need a character other than a letter
    or a digit, its suffixes a character other than a letter, so the built tokenizer does
    not search such words."""
    tokenizer = build().tokenizer
    names = ("url_match", "infix_finditer", "suffix_search", "prefix_search")
    gates = [getattr(tokenizer, name).__self__ for name in names]
    assert [type(g).__name__ for g in gates] == ["PlainWordGate"] * 4
    assert [g.plain for g in gates] == [str.isalnum, str.isalnum, str.isalpha, str.isalnum]
    assert tokenizer.prefix_search("US$5") is not None
    assert tokenizer.prefix_search("(a)") is not None
    assert tokenizer.prefix_search("US5") is None
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


def _spacy_lex_attrs() -> dict[int, Any]:
    """spaCy's own English getters of the attributes ``lexattrs`` answers."""
    from spacy.lang.en import English
    from spacy.lang.lex_attrs import LEX_ATTRS

    from minutesmine.nlp import lexattrs

    getters = {**LEX_ATTRS, **English.Defaults.lex_attr_getters}  # as spaCy's create_vocab
    return {k: getters[k] for k in lexattrs.LEX_ATTRS}


@pytest.mark.parametrize("word", LEX_WORDS)
def test_lexical_attributes_are_spacys(word: str) -> None:
    """Every attribute ``lexattrs`` answers, as spaCy's own functions give it, on words of
    minutes and on random strings of letters, figures, punctuation, quotes and symbols."""
    import random
    import string

    from minutesmine.nlp import lexattrs

    spacys = _spacy_lex_attrs()
    rng = random.Random(word)
    pool = string.ascii_letters + string.digits + ".,/:-+~±@_'’£$%()[]«»“”`ÉßſİK² \t"
    mixed = ["".join(rng.choice(pool) for _ in range(rng.randint(1, 12))) for _ in range(200)]
    for w in [word, *mixed] if word else mixed:
        for attr, ours in lexattrs.LEX_ATTRS.items():
            assert ours(w) == spacys[attr](w), (attr, w)
    if word:
        lex = load().vocab[word]
        assert (lex.like_num, lex.like_url, lex.is_punct) == tuple(
            spacys[a](word) for a in (LIKE_NUM, LIKE_URL, IS_PUNCT)
        )


def test_listed_lexical_attributes_are_spacys_on_every_character() -> None:
    """The attributes read from lists, from a word's first character or by a ``str`` method,
    as spaCy gives them for every single character and for each two-character item of its
    lists."""
    from minutesmine.nlp import lexattrs

    spacys = _spacy_lex_attrs()
    pairs = {w for words in (lexattrs.QUOTES, lexattrs.LEFT_PUNCT, lexattrs.RIGHT_PUNCT) for w in words}
    words = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF] + sorted(pairs) + ["£5", "(a"]
    for attr, ours in lexattrs.LEX_ATTRS.items():
        if attr in (LIKE_NUM, LIKE_URL):
            continue  # words, not characters: the test above
        theirs = spacys[attr]
        assert [w for w in words if ours(w) != theirs(w)] == [], attr
