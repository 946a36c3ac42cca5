"""Exchanges found over a section's paragraphs read as one text (``find_exchanges_in`` takes
the paragraphs' Docs, a sentence break between two): rows of paragraphs with the exchanges
they hold, and the token, cue, unit and tie-breaking reading behind them."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.attrs import ORTH
from spacy.matcher import Matcher
from spacy.tokens import Doc

from minutesmine.segment.exchanges import _Cues, _Tokens, _units, classify_unit, find_exchanges_in

QUESTION_BY = "Question submitted by Councillor Smith"
POTHOLES = "What is the council doing about potholes?"
CONTRACT = "The Cabinet Member said a new contract had been let."


def _exchanges(nlp: Any, parts: list[str]) -> list[tuple[str, str | None, str | None, str | None, bool]]:
    return [
        (
            e.question.text,
            e.question.speaker,
            e.response.text if e.response else None,
            e.response.speaker if e.response else None,
            e.answered,
        )
        for e in find_exchanges_in([nlp(p) for p in parts])
    ]


@pytest.mark.parametrize(
    ("parts", "exchanges"),
    [
        (
            ["A Member asked why costs had risen.", "Officers advised that fuel prices had gone up."],
            [
                (
                    "A Member asked why costs had risen.",
                    "member",
                    "Officers advised that fuel prices had gone up.",
                    "officers",
                    True,
                )
            ],
        ),
        (
            ["Councillor Bell asked whether the library would close. The Director confirmed it would not."],
            [
                (
                    "Councillor Bell asked whether the library would close.",
                    "councillor bell",
                    "The Director confirmed it would not.",
                    "director",
                    True,
                )
            ],
        ),
        (
            [
                "Members welcomed the report.",
                "The Chair asked about the timetable.",
                "In response, the Head of Service said the work would finish in May.",
            ],
            [
                (
                    "The Chair asked about the timetable.",
                    "chair",
                    "In response, the Head of Service said the work would finish in May.",
                    "head of service",
                    True,
                )
            ],
        ),
        (  # a question header names the asker of the question in the next paragraph
            [QUESTION_BY, "Will the Leader meet residents?", "The Leader replied that she would."],
            [
                (
                    "Will the Leader meet residents?",
                    "councillor smith",
                    "The Leader replied that she would.",
                    "leader",
                    True,
                )
            ],
        ),
        (
            ["In response to a question about staffing, officers stated that two posts were vacant."],
            [
                (
                    "a question about staffing",
                    "member",
                    "officers stated that two posts were vacant.",
                    "officers",
                    True,
                )
            ],
        ),
        (  # a sentence's full stop at the start of the next paragraph
            ["A Member asked why costs rose", ". Officers advised that fuel prices had."],
            [
                (
                    "A Member asked why costs rose",
                    "member",
                    "Officers advised that fuel prices had.",
                    "officers",
                    True,
                )
            ],
        ),
        (  # "Cllr." and "£1.2m." inside the question
            ["Cllr. Bell asked why the £1.2m. overspend arose. Officers explained the cause."],
            [
                (
                    "Cllr. Bell asked why the £1.2m. overspend arose.",
                    "cllr. bell",
                    "Officers explained the cause.",
                    "officers",
                    True,
                )
            ],
        ),
        (
            ["It was queried whether the budget was sufficient.", "The report was noted."],
            [("It was queried whether the budget was sufficient.", "member", None, None, False)],
        ),
        (
            ["A Member asked why costs had risen."],
            [("A Member asked why costs had risen.", "member", None, None, False)],
        ),
        (["The report was noted.", "Officers advised that costs had risen."], []),  # an answer alone
        (  # a written reply names its speaker in its first sentence
            [QUESTION_BY, POTHOLES, "REPLY:", CONTRACT],
            [(POTHOLES, "councillor smith", CONTRACT, "cabinet member", True)],
        ),
    ],
)
def test_exchanges_in_paragraphs(nlp: Any, parts: list[str], exchanges: list[tuple]) -> None:
    assert _exchanges(nlp, parts) == exchanges


def test_a_written_reply_under_its_header_answers_the_question(nlp: Any) -> None:
    for parts in (
        [QUESTION_BY, POTHOLES, "REPLY:", CONTRACT],
        [QUESTION_BY, f"{POTHOLES}\n\nREPLY:\n\n{CONTRACT}"],
    ):
        [(question, asker, response, _speaker, answered)] = _exchanges(nlp, parts)
        assert (question, asker, response, answered) == (POTHOLES, "councillor smith", CONTRACT, True)


@pytest.mark.parametrize(
    ("parts", "units"),
    [
        (
            [QUESTION_BY, POTHOLES, "REPLY:", CONTRACT],
            [(QUESTION_BY, "qhead"), (POTHOLES, "dq"), ("REPLY:", "rhead"), (CONTRACT, "r")],
        ),
        (
            [
                "Members welcomed the report.",
                "The Chair asked about the timetable.",
                "In response, the Head of Service said the work would finish in May.",
            ],
            [
                ("Members welcomed the report.", "stmt"),
                ("The Chair asked about the timetable.", "q"),
                ("In response, the Head of Service said the work would finish in May.", "r"),
            ],
        ),
        (
            ["In response to a question about staffing, officers stated that two posts were vacant."],
            [("In response to a question about staffing, officers stated that two posts were vacant.", "qr")],
        ),
        (
            ["The report was noted.", "Officers advised that costs had risen."],
            [("The report was noted.", "neutral"), ("Officers advised that costs had risen.", "r")],
        ),
    ],
)
def test_units_of_paragraphs(nlp: Any, parts: list[str], units: list[tuple[str, str]]) -> None:
    docs = [nlp(p) for p in parts]
    cues = _Cues.for_vocab(docs[0].vocab)
    tk = _Tokens(docs, cues)
    m = cues.match(tk)
    assert [
        (tk.span_text(u.start, u.end), classify_unit(tk, u, m).kind.value) for u in _units(tk, m)
    ] == units


def test_tokens_of_paragraphs_read_as_one_text(nlp: Any) -> None:
    """The paragraphs' words with a "\\n\\n" token (starting a sentence) between two."""
    docs = [nlp(p) for p in (QUESTION_BY, "The Chair asked.", "Officers replied.")]
    tk = _Tokens(docs, _Cues.for_vocab(docs[0].vocab))
    words = [
        "Question",
        "submitted",
        "by",
        "Councillor",
        "Smith",
        "\n\n",
        "The",
        "Chair",
        "asked",
        ".",
        "\n\n",
        "Officers",
        "replied",
        ".",
    ]
    assert list(tk.text) == words
    assert tk.n == len(words)
    assert [tk.orths[i] == docs[0].vocab.strings[w] for i, w in enumerate(words)] == [True] * len(words)
    assert list(tk.lower) == [w.lower() for w in words]
    assert tk.ws == [" ", " ", " ", " ", "", "", " ", " ", "", "", "", " ", "", ""]
    assert tk.sents == [(0, 5), (5, 6), (6, 10), (10, 11), (11, 14)]
    assert [i for i, x in enumerate(tk.newline) if x] == [5, 10]
    assert [i for i, x in enumerate(tk.space) if x] == [5, 10]
    assert [i for i, x in enumerate(tk.punct) if x] == [9, 13]
    assert [i for i, x in enumerate(tk.lower_alpha) if x] == [1, 2, 8, 12]
    assert not any(tk.num)
    assert (
        tk.span_text(0, tk.n)
        == "Question submitted by Councillor Smith\n\nThe Chair asked.\n\nOfficers replied."
    )
    assert tk.span_text(2, 7) == "by Councillor Smith\n\nThe"


def test_cues_found_in_paragraphs(nlp: Any) -> None:
    docs = [nlp(p) for p in (QUESTION_BY, "The Chair asked.", "Officers replied.")]
    cues = _Cues.for_vocab(docs[0].vocab)
    tk = _Tokens(docs, cues)
    found = {(docs[0].vocab.strings[k], s, e) for k, s, e in cues.matcher.find(tk.orths, tk.window)}
    assert sorted(found) == [
        ("qh_question_by", 0, 3),
        ("qv_verb", 8, 9),
        ("rv_reply", 12, 13),
        ("spk_chair", 6, 8),
        ("spk_chair", 7, 8),
        ("spk_honorific_name", 3, 5),
        ("spk_member", 3, 4),
        ("spk_officers", 11, 12),
        ("spk_role", 3, 4),
        ("spk_role", 6, 8),
        ("spk_role", 7, 8),
        ("spk_role_name", 3, 5),
    ]
    assert sorted(cues.match(tk).starts()) == [
        ("Q_HEADER", 0),
        ("Q_VERB", 8),
        ("R_VERB", 12),
        ("SPEAKER", 3),
        ("SPEAKER", 6),
        ("SPEAKER", 7),
        ("SPEAKER", 11),
    ]


def test_window_of_a_part_and_across_parts(nlp: Any) -> None:
    a, b = nlp("The Chair asked."), nlp("Officers replied.")
    tk = _Tokens([a, b], _Cues.for_vocab(a.vocab))
    assert tk.window(0, len(a)) is a
    assert tk.window(1, 3).text == "Chair asked"
    across = tk.window(len(a) - 1, len(a) + 2)
    assert [t.text for t in across] == [".", "\n\n", "Officers"]


@pytest.mark.parametrize(
    ("text", "may_ask"),
    [
        ("The report was noted.", False),
        ("Officers advised that costs had risen.", False),  # a response alone is no exchange
        ("A Member asked why costs had risen.", True),
        ("What would happen next?", True),
        ("In response to a question, officers said no.", True),
        ("Question by Councillor Smith", True),
        ("Concern was raised about parking.", True),
        ("• whether the buses would run on Sundays – officers said they would.", True),  # a listed question
        ("The report set out how the scheme would work and when it would start.", False),
    ],
)
def test_may_ask_table(nlp: Any, text: str, may_ask: bool) -> None:
    doc = nlp(text)
    cues = _Cues.for_vocab(doc.vocab)
    assert cues.may_ask(doc.to_array(ORTH)) is may_ask


@pytest.mark.parametrize(
    ("parts", "asked"),
    [
        (["The report was noted.", "Officers advised that costs had risen."], False),
        (["Members welcomed the report.", "Costs had risen."], False),
        (["The report was noted.", "What would happen next?"], True),  # a "?" is enough
        (["A Member asked why costs had risen."], True),
    ],
)
def test_paragraphs_without_question_cues_are_not_matched_further(
    nlp: Any, parts: list[str], asked: bool
) -> None:
    """``match_if_asked``: ``None`` for paragraphs with no question cue and no "?", else
    every cue match."""
    docs = [nlp(p) for p in parts]
    cues = _Cues.for_vocab(docs[0].vocab)
    tk = _Tokens(docs, cues)
    got = cues.match_if_asked(tk)
    assert (got is not None) is asked
    if got is not None:
        assert sorted(got.starts()) == sorted(cues.match(tk).starts())


CHAIR_CUES = {
    "t_plain": [{"LOWER": "the"}, {"LOWER": "chair"}],
    "t_opt": [{"LOWER": "the", "OP": "?"}, {"LOWER": "chair"}, {"LOWER": "x", "OP": "?"}],
    "t_in": [{"LOWER": {"IN": ["the", "a"]}}, {"LOWER": "chair"}],
}


@pytest.mark.parametrize(
    ("order", "first"),
    [
        (["t_plain", "t_opt", "t_in"], "t_plain"),
        (["t_in", "t_opt", "t_plain"], "t_in"),
        (["t_opt", "t_plain", "t_in"], "t_plain"),
    ],
)
def test_longest_of_equal_cues_follows_the_matchers_order(nlp: Any, order: list[str], first: str) -> None:
    """Cues of one label, length and rank over "the Chair": the first of spaCy's Matcher's
    matches wins, whatever order the matches are handed over in."""
    from minutesmine.segment.anchored import AnchoredMatcher
    from minutesmine.segment.exchanges import _Matches, ranks_of

    full, anchored = Matcher(nlp.vocab), AnchoredMatcher(nlp.vocab)
    by_key = {}
    for name in order:
        rec = {"id": name, "label": "SPEAKER", "kind": "chair", "pattern": CHAIR_CUES[name]}
        full.add(name, [rec["pattern"]])
        anchored.add(name, [rec["pattern"]])
        by_key[nlp.vocab.strings[name]] = rec
    doc = nlp("Then the Chair asked.")
    found = full(doc)
    assert nlp.vocab.strings[found[0][0]] == first  # spaCy's order
    orths = [t.orth for t in doc]

    def tie_order(s: int, e: int, keys: list[int], doc: Doc = doc) -> list[int]:
        return anchored.tie_order(lambda a, b: doc[a:b], orths, s, e, keys)

    for handed in (found, found[::-1]):
        c = _Matches(handed, ranks_of(by_key), {}, tie_order).longest("SPEAKER", 1)
        assert c is not None
        assert (c.start, c.end, c.rec["id"]) == (1, 3, first)


def test_exchanges_of_a_repeated_reading_are_copies_of_the_first(nlp: Any) -> None:
    """Tokens read before give a copy of what was found then: equal, not the same objects,
    and untouched by changes made to an earlier answer."""
    text = "A Member asked why costs rose. Officers advised that fuel prices had."
    first = find_exchanges_in([nlp(text)])
    assert first and first[0].answered
    want = [e.model_dump() for e in first]
    first[0].question.text = "changed by the caller"
    again = find_exchanges_in([nlp(text)])
    assert [e.model_dump() for e in again] == want
    assert again[0] is not first[0]
    other = find_exchanges_in([nlp(text.replace("fuel", "energy"))])
    assert other[0].response is not None and "energy" in other[0].response.text
