"""The entity pipeline's building blocks on rows of minutes shapes: the alternations its
patterns are built from, literal-anchored scanning, overlap resolution, ``doc.ents``,
``doc_entities``, the sentencizer (spaCy's rule), sentence spans and plain numbers."""

from __future__ import annotations

import re

import pytest
from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE

from minutesmine.nlp.components import _set_ents
from minutesmine.nlp.entities import doc_entities
from minutesmine.nlp.lexicon import load_lexicon
from minutesmine.nlp.normalize import parse_number
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


def _matches(pattern: str, text: str) -> list[tuple[int, int, tuple[str | None, ...]]]:
    return [(m.start(), m.end(), m.groups()) for m in re.finditer(pattern, text)]


@pytest.mark.parametrize(
    ("words", "context", "text", "matches"),
    [
        (
            ["Mr", "Mrs", "Ms"],
            "{}",
            "Mrs Smith, Mr Brown and Ms Green",
            [(0, 3, ()), (11, 13, ()), (24, 26, ())],
        ),
        (
            ["Cllr", "Councillor", "Councillors"],
            r"(?:{})\b",
            "Councillors Bell and Councillor Ash; Cllr Oak",
            [(0, 11, ()), (21, 31, ()), (37, 41, ())],
        ),
        # the longest word first, backtracking to a shorter one where the context needs it
        (["a", "ab", "abb"], "({})b", "abbb ab a", [(0, 4, ("abb",)), (5, 7, ("a",))]),
        (["a", "a.", "ab"], r"(?:{})\.", "a.. ab. a.", [(0, 3, ()), (4, 7, ()), (8, 10, ())]),
        (["ab", "a", "b"], "x?({})+a", "xababa ba", [(0, 6, ("ab",)), (7, 9, ("b",))]),
    ],
)
def test_trie_alternation_matches_the_longest_word(
    words: list[str], context: str, text: str, matches: list[tuple[int, int, tuple[str, ...]]]
) -> None:
    assert _matches(context.format(trie_alternation(words)), text) == matches


@pytest.mark.parametrize(
    ("words", "pattern", "matches"),
    [
        (["said", "stated"], "(?:s(?:aid|tated))", [(10, 14, ()), (24, 30, ())]),
        (["Mrs", "Mr"], "(?:Mr(?:s)?)", [(0, 3, ()), (15, 17, ())]),
        (["Mr", "Mrs"], "Mr|Mrs", [(0, 2, ()), (15, 17, ())]),  # kept as listed: "Mr" is tried first
    ],
)
def test_listed_alternation_keeps_the_listed_order(
    words: list[str], pattern: str, matches: list[tuple[int, int, tuple[str, ...]]]
) -> None:
    assert listed_alternation(words) == pattern
    assert _matches(f"(?:{listed_alternation(words)})", "Mrs Smith said Mr Brown stated") == matches


@pytest.mark.parametrize(
    ("words", "tail", "text", "matches"),
    [
        (["Ward", "Wards"], "", "Wards, Ward. Edwards", [(0, 5, ()), (7, 11, ())]),
        (["co-op", "Co"], "", "The co-op and Co-op, Cobalt co_op", [(4, 9, ()), (14, 16, ()), (21, 23, ())]),
        (["co-op", "Co"], r"\b", "The co-op and Co-op, Cobalt co_op", [(4, 9, ()), (14, 16, ())]),
        (["aB", "aB-"], "", "aB- xaB aB-c _aB", [(0, 3, ()), (8, 11, ())]),
        (["aB", "aB-"], r"\b", "aB- xaB aB-c _aB", [(0, 2, ()), (8, 11, ())]),
    ],
)
def test_bounded_alternation_starts_at_a_word_boundary(
    words: list[str], tail: str, text: str, matches: list[tuple[int, int, tuple[str, ...]]]
) -> None:
    assert _matches(bounded_alternation(words) + tail, text) == matches


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        (
            "The Oakfield Youth Hub and Oakfield Academy reported to the Board; "
            "the Boards of Smith & Co agreed.",
            ["Hub", "Academy", "Board", "Boards", "Co"],
        ),
        ("Hubbub at the Councillors' hub; Council-run Centres", ["Council"]),
        ("BOARD board Boardroom", []),
    ],
)
def test_head_nouns_found(text: str, heads: list[str]) -> None:
    heads_re = TextFinder(load_lexicon()).heads_re
    assert heads_re is not None
    assert [m.group() for m in heads_re.finditer(text)] == heads


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (
            r"(?:(?:lead|key)[ \t]+officers?|authors?|sponsor)\b",
            ["author", "key", "lead", "sponsor"],  # a class after a word ends it
        ),
        (
            r"(?P<x>city|town(?:ship)?)[ \t]+of",
            ["city", "town"],  # "township" starts with "town"
        ),
        (
            r"(?:re-?)?(?:appoint|co-?opt)",
            [
                "appoint",
                "co-opt",
                "coopt",
                "re-appoint",
                "re-co-opt",
                "re-coopt",
                "reappoint",
                "reco-opt",
                "recoopt",
            ],
        ),
        (r"[ \t]said", ["\tsaid", " said"]),  # a class of a few characters, then a word
        (r"[ \t](?:a|c)", None),  # ... then single letters: found almost everywhere
        (r"[^ \t]said", None),  # a negated class
        (r"\w+ said", None),  # a class of many characters
        (r"(?:on[ \t]+the[ \t]+)?motion", ["motion", "on\t", "on "]),  # an optional start
        (r"(?:said)?", None),  # ... and nothing after it: may match empty
        (r"(?i:said)", None),  # case-insensitive
        (r"a|b", None),  # single characters: found almost everywhere
        (r"x{2,}y", None),  # a repeat's one turn, one character
        (r"\b(?:moved|seconded)\b", ["moved", "seconded"]),  # an assertion first
    ],
)
def test_first_literals(pattern: str, literals: list[str] | None) -> None:
    assert _first_literals(re.compile(pattern)) == literals


ROLE_LINE = "Lead officer: key officers, the report authors and sponsor; leader said"


@pytest.mark.parametrize(
    ("pattern", "text", "literals", "found"),
    [
        (
            r"(?:(?:lead|key)[ \t]+officers?|authors?|sponsor)\b",
            ROLE_LINE,
            ("author", "key", "lead", "sponsor"),
            [(14, 26), (39, 46), (51, 58)],  # "key officers", "authors", "sponsor"
        ),
        (r"[ \t]said", ROLE_LINE, ("\tsaid", " said"), [(66, 71)]),
        (r"\w+[ \t]said", ROLE_LINE, None, [(60, 71)]),  # no literal start: scanned as it is
        (
            r"\b(?:on the )?motion",
            "promotion; on the motion; motion",
            ("motion", "on the motion"),
            [(11, 24), (26, 32)],
        ),
        (
            r"(?:xab|xa(?:ba)?|bb)(?:a|\b)",  # candidates inside a match are passed over
            "xabba bba xaab b xab xabab",
            ("bb", "xa"),
            [(2, 5), (6, 9), (10, 13), (17, 20), (21, 25)],
        ),
        (r"(?:xab|xa(?:ba)?|bb)(?:a|\b)", "", ("bb", "xa"), []),
    ],
)
def test_literal_scan(
    pattern: str, text: str, literals: tuple[str, ...] | None, found: list[tuple[int, int]]
) -> None:
    scan = LiteralScan(re.compile(pattern))
    assert scan.literals == literals
    assert [m.span() for m in scan.finditer(text)] == found


@pytest.mark.parametrize(
    ("found", "kept"),
    [
        (
            [Found(0, 7, "ORG"), Found(0, 35, "ORG"), Found(40, 45, "DATE")],
            [(0, 35, "ORG"), (40, 45, "DATE")],
        ),
        # the same length: the label of higher priority (MONEY over QUANTITY), then the earlier
        ([Found(10, 15, "QUANTITY"), Found(10, 15, "MONEY")], [(10, 15, "MONEY")]),
        ([Found(12, 17, "DATE"), Found(10, 15, "DATE")], [(10, 15, "DATE")]),
        # a generic pattern ranks below a gazetteer match of the same label and length
        ([Found(0, 6, "ORG", rank=1), Found(0, 6, "SERVICE")], [(0, 6, "SERVICE")]),
        # touching spans both kept; empty and reversed spans dropped
        (
            [Found(5, 9, "PERSON"), Found(0, 5, "ROLE"), Found(3, 3, "DATE"), Found(8, 2, "MONEY")],
            [(0, 5, "ROLE"), (5, 9, "PERSON")],
        ),
        # a long span hides the shorter ones inside and across it
        (
            [Found(2, 6, "PERSON"), Found(0, 20, "ORG"), Found(18, 25, "DATE"), Found(25, 30, "DATE")],
            [(0, 20, "ORG"), (25, 30, "DATE")],
        ),
        ([], []),
    ],
)
def test_resolve_keeps_non_overlapping_longest(found: list[Found], kept: list[tuple[int, int, str]]) -> None:
    assert [(f.start, f.end, f.label) for f in resolve(found)] == kept


def test_set_ents_marks_entity_tokens_and_keeps_other_kb_ids(nlp) -> None:
    doc = nlp.make_doc("Councillor Bell asked about £5m in May 2024.")
    for tok in doc:
        tok.ent_kb_id = 7
    _set_ents(doc, [doc.char_span(11, 15, label="PERSON"), doc.char_span(35, 43, label="DATE")])
    assert [(e.text, e.label_) for e in doc.ents] == [("Bell", "PERSON"), ("May 2024", "DATE")]
    rows = doc.to_array([ENT_IOB, ENT_KB_ID]).tolist()
    # IOB: 3 begins, 1 inside, 2 outside; entity tokens lose the kb id, the others keep it
    assert rows == [[2, 7], [3, 0], [2, 7], [2, 7], [2, 7], [2, 7], [2, 7], [2, 7], [3, 0], [1, 0], [2, 7]]
    assert doc.to_array([ENT_TYPE]).tolist()[0] == 0
    _set_ents(doc, [])
    assert list(doc.ents) == []


DIRECTOR = "Director of Children's Services"


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        (
            "Councillor Bell asked why the budget would overspend by £1.2m. "
            "The Director explained the cause.",
            [
                ("PERSON", "Councillor Bell", "Bell", None),
                ("MONEY", "£1.2m", 1200000, None),
                ("ROLE", "Director", "Director", None),
            ],
        ),
        (
            "Report author: Jane Smith, Head of Finance",
            [
                ("ROLE", "Report author", "Officer", None),
                ("PERSON", "Jane Smith", "Jane Smith", None),
                ("ROLE", "Head of Finance", "Head", None),
            ],
        ),
        (
            "A question from Councillor Amir Khan was answered by the Leader.",
            [
                ("ROLE", "Councillor", "Councillor", None),
                ("PERSON", "Amir Khan", "Amir Khan", None),
                ("ROLE", "Leader", "Leader of the Council", None),
            ],
        ),
        (
            "Caseloads averaged 18 children per worker; 12% of posts were vacant.",
            [("QUANTITY", "18 children per worker", 18, "child"), ("PERCENT", "12%", 12, None)],
        ),
        (
            "Members noted that the Oakfield Youth Hub had opened.",
            [("SERVICE", "Oakfield Youth Hub", "Oakfield Youth Hub", None)],
        ),
        ("Costs rose by £5m in 2023.", [("MONEY", "£5m", 5000000, None), ("DATE", "2023", "2023", None)]),
        ("No entities here.", []),
        ("", []),
        pytest.param(
            "The London Borough of Croydon and Bradford Council signed the agreement on 3 May 2024.",
            [
                ("ORG", "London Borough of Croydon", "London Borough of Croydon", None),
                ("ORG", "Bradford Council", "Bradford Council", None),
                ("DATE", "3 May 2024", "2024-05-03", None),
            ],
            marks=pytest.mark.xfail(strict=True, reason="two councils joined by 'and' are two ORGs"),
        ),
        pytest.param(
            f"Lead officer: Sam Green ({DIRECTOR})",
            [
                ("ROLE", "Lead officer", "Officer", None),
                ("PERSON", "Sam Green", "Sam Green", None),
                ("ROLE", DIRECTOR, DIRECTOR, None),
            ],
            marks=pytest.mark.xfail(strict=True, reason="a role's title is not also a SERVICE"),
        ),
    ],
)
def test_doc_entities(nlp, text: str, entities: list[tuple]) -> None:
    doc = nlp(text)
    got = [(e.label, e.text, e.value, e.unit) for e in doc_entities(doc, text=text)]
    assert got == entities
    assert [(e.label, e.text, e.value, e.unit) for e in doc_entities(doc)] == entities
    assert all(text[e.start : e.end] == e.text for e in doc_entities(doc))


def test_doc_entities_in_a_table_leave_out_quantities(nlp) -> None:
    doc = nlp("Caseloads averaged 18 children per worker; 12% of posts were vacant.")
    assert [(e.label, e.text) for e in doc_entities(doc, table=True)] == [("PERCENT", "12%")]


def test_doc_entities_of_a_bare_doc_are_its_ents(nlp) -> None:
    assert doc_entities(nlp.make_doc("Costs rose by £5m in 2023.")) == []


BRACKETS = "Hi!) Then? (No.) \u201cYes.\u201d Fine"
ELLIPSIS = "Costs rose... Members asked why?! The Chair (Cllr Bell) replied."


@pytest.mark.parametrize("overwrite", [False, True])
@pytest.mark.parametrize(
    ("text", "punct_chars", "sentences"),
    [
        # spaCy's rule: a sentence ends after its punctuation and any punctuation following it
        (BRACKETS, None, ["Hi!)", "Then? (", "No.) \u201c", "Yes.\u201d", "Fine"]),
        (ELLIPSIS, None, ["Costs rose... Members asked why?!", "The Chair (Cllr Bell) replied."]),
        (
            "Item 1 \u2014 5 ... e.g. costs rose.\nNext",
            None,
            ["Item 1 \u2014 5 ... e.g. costs rose.", "\nNext"],
        ),
        ("\u672c\u65e5\u3002\u4f1a\u8b70", None, ["\u672c\u65e5\u3002\u4f1a\u8b70"]),
        (BRACKETS, [".", ")"], ["Hi!)", "Then? (No.) \u201c", "Yes.\u201d", "Fine"]),
        (ELLIPSIS, [".", ")"], ["Costs rose... Members asked why?! The Chair (Cllr Bell)", "replied."]),
        (BRACKETS, ["\u3002", "-"], [BRACKETS]),
    ],
)
def test_sentencizer(
    nlp, text: str, punct_chars: list[str] | None, overwrite: bool, sentences: list[str]
) -> None:
    from minutesmine.nlp.sentences import Sentencizer

    sentencizer = Sentencizer(nlp.vocab, punct_chars=punct_chars, overwrite=overwrite)
    assert [s.text for s in sentencizer(nlp.make_doc(text)).sents] == sentences


@pytest.mark.parametrize(
    ("overwrite", "sentences"),
    [
        (False, ["The Chair asked why. Officers said", "costs rose"]),  # starts set before are kept
        (True, ["The Chair asked why.", "Officers said costs rose"]),
    ],
)
def test_sentencizer_keeps_starts_set_before_unless_overwriting(
    nlp, overwrite: bool, sentences: list[str]
) -> None:
    from minutesmine.nlp.sentences import Sentencizer

    doc = nlp.make_doc("The Chair asked why. Officers said costs rose")
    doc[5].is_sent_start = False  # "Officers"
    doc[7].is_sent_start = True  # "costs"
    assert [s.text for s in Sentencizer(nlp.vocab, overwrite=overwrite)(doc).sents] == sentences


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
    ("digits", "value"),
    [
        ("0", 0),
        ("7", 7),
        ("007", 7),
        ("2024", 2024),
        ("123456789012345", 123456789012345),
        ("1234567890123456", 1234567890123456),
        ("\u0663", 3),  # an Arabic-Indic digit
        ("1,234", 1234),
        ("3.5", 3.5),
        ("twelve", None),
        ("99999999999999999", 99999999999999999),  # a 17-digit whole number, exactly
        ("1,234,567,890,123,456,789", 1234567890123456789),
    ],
)
def test_parse_number(digits: str, value: float | None) -> None:
    for text in (digits, digits + " "):  # a trailing space is stripped
        got = parse_number(text)
        assert got == value
        assert type(got) is type(value)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Members noted the £500k. Officers confirmed.", [(0, 24), (25, 44)]),
        (BRACKETS, [(0, 4), (5, 12), (12, 18), (18, 23), (24, 28)]),
        ("Item 1 \u2014 5 ... e.g. costs rose.\nNext", [(0, 31), (31, 36)]),
        (". A", [(0, 1), (2, 3)]),
        ("A.", [(0, 2)]),
        ("", [(0, 0)]),
    ],
)
def test_sentence_spans(nlp, text: str, spans: list[tuple[int, int]]) -> None:
    from minutesmine.nlp.sentences import SENTS_KEY
    from minutesmine.pipeline import sentence_spans

    doc = nlp(text)
    assert (SENTS_KEY in doc.user_data) is bool(text)  # kept by the sentencizer
    assert sentence_spans(doc, text) == spans  # read from what the sentencizer kept
    assert SENTS_KEY not in doc.user_data
    assert sentence_spans(doc, text) == spans  # read from the tokens
    assert [(s.start_char, s.end_char) for s in doc.sents] == (spans if text else [])


def test_a_retokenized_doc_does_not_use_its_kept_sentences(nlp) -> None:
    from minutesmine.nlp.sentences import stored_spans

    doc = nlp("One. Two.")
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    assert stored_spans(doc) is None
