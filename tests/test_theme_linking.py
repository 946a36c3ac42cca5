"""Theme linking on rows of minutes sentences: the themes each sentence mentions (phrase,
near, regex and fuzzy rules, a section's context), the figures attached, listings and
awkward spans; and the word tokens, regex screens and fuzzy bounds matching relies on."""

from __future__ import annotations

import re

import pytest

from minutesmine.assets import asset_path
from minutesmine.models import Entity
from minutesmine.pipeline import sentence_spans
from minutesmine.themes import link_text, load_taxonomy
from minutesmine.themes.match import (
    Matcher,
    _ascii_like,
    _needs,
    _sentence_words,
    _window_lengths,
    default_matcher,
)
from minutesmine.themes.taxonomy import span_words, token_arrays, tokenize

AGENCY = "£1.2m overspend on placements, 12 agency social workers, 3.5% vacancy rate."
RECRUIT = "Recruitment and retention of social workers \u2014 agency staff (interims) fell."
FOSTER = "Fostercarers were recruited, retention of foster carers improved."
ASKED = "Members asked about the number of foster carers and the use of agency staff."
EARLY = "Early help referrals, child protection plans, missing children and care leavers."
WORKLOAD = "Workload reduction for caseworkers: social work staff workload was reduced."
HELD = "Workers each held 22 cases; the team's average caseload of 19 children rose."
THANKED = "The fosterering households and care leaverss were thanked."

#: (section text, [(theme, sentence, matched, score)]) with the sentences the pipeline finds
LINKS = [
    (
        "The average caseload of 18 cases was reported.",
        [
            (
                "caseloads",
                "The average caseload of 18 cases was reported.",
                "average caseload of 18 cases",
                1.0,
            )
        ],
    ),
    (HELD, [("caseloads", HELD, "each held 22 cases; average caseload of 19 children", 1.0)]),
    (
        "Social workers carry 14 children per worker. Interims were used.",
        [
            ("caseloads", "Social workers carry 14 children per worker.", "14 children per worker", 1.0),
            ("agency_staff", "Interims were used.", "interims", 1.0),
        ],
    ),
    (
        "Case loads rose.  " + FOSTER,
        [
            ("caseloads", "Case loads rose.", "Case loads", 1.0),
            ("foster_carers", FOSTER, "Fostercarers were recruited; foster carers", 1.0),
            ("workforce", FOSTER, "recruited; retention", 0.6),
        ],
    ),
    (
        RECRUIT,
        [
            ("agency_staff", RECRUIT, "agency staff; interims", 1.0),
            ("recruitment_retention", RECRUIT, "Recruitment \u2026 staff; retention of social workers", 1.0),
            ("workforce", RECRUIT, "Recruitment and retention; agency staff", 1.0),
        ],
    ),
    (
        AGENCY,
        [
            ("agency_staff", AGENCY, "agency social workers", 1.0),
            ("budget", AGENCY, "overspend", 1.0),
            ("finance_budget", AGENCY, "overspend; rate", 1.0),
            ("placement_stability", AGENCY, "placements", 0.3),
            ("recruitment_retention", AGENCY, "social workers, 3.5% vacancy", 1.0),
            ("workforce", AGENCY, "vacancy", 0.4),
        ],
    ),
    (
        ASKED,
        [
            ("agency_staff", ASKED, "agency staff", 1.0),
            ("foster_carers", ASKED, "number of foster carers", 1.0),
            ("workforce", ASKED, "agency staff", 1.0),
        ],
    ),
    (WORKLOAD, [("caseloads", WORKLOAD, "Workload reduction; workload", 1.0)]),
    (
        EARLY,
        [
            ("care_leavers", EARLY, "care leavers", 1.0),
            ("child_protection", EARLY, "child protection", 1.0),
            ("early_help", EARLY, "Early help", 1.0),
            ("missing_children", EARLY, "missing children", 1.0),
            ("referrals_assessments", EARLY, "referrals", 0.6),
        ],
    ),
    # letters that lower-case to something else do not hide a rule's words
    (
        "The \u017focial worker carried 20 cases. Interims: three or more placements.",
        [
            ("caseloads", "The \u017focial worker carried 20 cases.", "carried 20 cases", 1.0),
            ("agency_staff", "Interims: three or more placements.", "interims", 1.0),
            ("placement_stability", "Interims: three or more placements.", "three or more placements", 1.0),
        ],
    ),
    (
        "AVERAGE OF 21 CHILDREN. \u0130stanbul was twinned.",
        [("caseloads", "AVERAGE OF 21 CHILDREN.", "average of 21 children", 1.0)],
    ),
    # misspellings matched fuzzily, scored by their closeness
    (
        "Recrutment and retension of staff was discussed.",
        [
            (
                "recruitment_retention",
                "Recrutment and retension of staff was discussed.",
                "Recrutment and retension",
                0.933,
            )
        ],
    ),
    (
        THANKED,
        [
            ("care_leavers", THANKED, "care leaverss", 0.909),
            ("foster_carers", THANKED, "fosterering households", 0.947),
        ],
    ),
    # no theme: "fostering" understanding is not foster care; a listing of names
    ("Fostering mutual understanding between twinned towns.", []),
    ("Present: Councillors Smith, Jones and Brown; Social Worker Ann Bell.", []),
    ("", []),
    ("   ", []),
    # "vacancies" is recruitment and retention in a section about social work, not elsewhere
    (
        "Social workers were discussed. Vacancies remained high.",
        [
            ("recruitment_retention", "Vacancies remained high.", "Vacancies", 0.5),
            ("workforce", "Vacancies remained high.", "Vacancies", 0.4),
        ],
    ),
    (
        "The library was discussed. Vacancies remained high.",
        [
            ("libraries_leisure_culture", "The library was discussed.", "library", 1.0),
            ("workforce", "Vacancies remained high.", "Vacancies", 0.4),
        ],
    ),
]


@pytest.mark.parametrize(("text", "mentions"), LINKS)
def test_link_text(nlp, text: str, mentions: list[tuple[str, str, str, float]]) -> None:
    got = link_text(text, sentence_spans(nlp(text), text), [], 4, 2)
    assert [(m.theme, m.text, m.matched, m.score) for m in got] == mentions
    assert all((m.item_index, m.section_index, m.figures) == (4, 2, []) for m in got)


def test_figures_in_a_sentence_are_attached_to_its_mentions() -> None:
    text = "Three or more placements in a year: 9% of children looked after. Budget up 9%."
    ents = [
        Entity(label="PERCENT", text="9%", start=36, end=38, value=9),
        Entity(label="PERCENT", text="9%", start=76, end=78, value=9),  # another sentence
        Entity(label="PERSON", text="Three", start=0, end=5, value="Three"),  # not a figure
    ]
    got = link_text(text, [(0, 65), (66, 79)], ents, 3, None)
    assert [(m.theme, m.matched, m.score, [(e.text, e.start) for e in m.figures]) for m in got] == [
        ("corporate_parenting", "looked after", 0.3, [("9%", 36)]),
        ("placement_stability", "three or more placements", 1.0, [("9%", 36)]),
    ]
    assert {(m.item_index, m.section_index) for m in got} == {(3, None)}


CASELOADS_FOSTER = "Caseloads rose. Foster carers were recruited."


@pytest.mark.parametrize(
    ("spans", "mentions"),
    [
        ([(0, 16)], [("caseloads", "Caseloads rose.", "Caseloads")]),
        ([(11, 22)], []),  # from inside "Caseloads" to inside "carers"
        ([(22, 22)], []),  # empty
        ([(3, 2)], []),  # reversed
        (  # beyond the text, from the second word of "Foster carers"
            [(23, 50)],
            [
                ("adult_social_care", "carers were recruited.", "carers"),
                ("workforce", "carers were recruited.", "recruited"),
            ],
        ),
        (  # overlapping
            [(0, 15), (5, 30)],
            [
                ("caseloads", "Caseloads rose.", "Caseloads"),
                ("foster_carers", "oads rose. Foster carers", "Foster carers"),
            ],
        ),
    ],
)
def test_link_text_on_awkward_spans(
    spans: list[tuple[int, int]], mentions: list[tuple[str, str, str]]
) -> None:
    got = link_text(CASELOADS_FOSTER, spans, [], 0, None)
    assert [(m.theme, m.text, m.matched) for m in got] == mentions


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        (
            "The social worker's caseload; Children\u2019s services\u2019 Ofsted judgement 2023/24.",
            [
                ("the", 0, 3),
                ("social", 4, 10),
                ("worker", 11, 19),
                ("caseload", 20, 28),
                ("child", 30, 40),
                ("service", 41, 49),
                ("ofsted", 51, 57),
                ("judgement", 58, 67),
                ("2023", 68, 72),
                ("24", 73, 75),
            ],
        ),
        (
            "ab'cd5 carers' review ABC123def",
            [("ab", 0, 5), ("5", 5, 6), ("carer", 7, 13), ("review", 15, 21), ("abc123def", 22, 31)],
        ),
        ("", []),
        ("   ", []),
    ],
)
def test_tokenize(text: str, tokens: list[tuple[str, int, int]]) -> None:
    assert tokenize(text) == tokens
    assert list(zip(*token_arrays(text), strict=True)) == tokens


@pytest.mark.xfail(strict=True, reason="a word with a non-ASCII letter is one word, not cut at the letter")
def test_a_word_with_a_non_ascii_letter_is_one_token() -> None:
    text = "Caf\u00e9 n\u00e4ive \u017focial \u0130stanbul"
    assert [(s, e) for _, s, e in tokenize(text)] == [(0, 4), (5, 10), (11, 17), (18, 26)]


def test_span_words_are_each_sentences_words() -> None:
    sentences, words = span_words(CASELOADS_FOSTER, [(0, 15), (15, 16), (16, 45)]) or ([], [])
    assert words == ["caseload", "rose", "foster", "carer", "were", "recruited"]
    assert sentences == [(0, 15, 0, 2), (16, 45, 2, 6)]  # a span without words is left out


@pytest.mark.parametrize(
    ("text", "spans"),
    [("Foster carers", [(0, 8)]), ("don't", [(0, 3)]), ("ab", [(-1, 2)]), ("ab", [(0, 9)])],
)
def test_span_words_declines_spans_that_cut_words(text: str, spans: list[tuple[int, int]]) -> None:
    assert span_words(text, spans) is None


REGEX_HITS = [
    "the average caseload of about 18.5 open cases",
    "an average of 20 children",
    "12 cases per social worker",
    "3 children per practitioner",
    "each holding approximately 21 allocated cases",
    "carried on average 17 children",
    "interims",
    "three or more placements",
]


def test_regex_needs_are_in_every_match() -> None:
    rules = [r for t in load_taxonomy().themes.values() for r in t.rules if r.regex is not None]
    assert len(rules) >= 5
    matched = 0
    for rule in rules:
        assert rule.regex is not None
        needs = _needs(rule.regex)
        assert needs, rule.source
        for text in REGEX_HITS:
            for m in rule.regex.finditer(text.lower()):
                matched += 1
                assert all(any(n in m.group() for n in need) for need in needs), (rule.source, text)
    assert matched >= len(REGEX_HITS)


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        (r"abc", [["abc"]]),
        (r"a(?:bc|de)f", [["bc", "de"], ["a"], ["f"]]),
        (r"x*y", [["y"]]),
        (r"(?:ab)+c", [["ab"], ["c"]]),
        (r"\d+|[a-z]", None),
        (r"caf\u00e9", [["caf"]]),
    ],
)
def test_regex_needs_table(pattern: str, needs: list[list[str]] | None) -> None:
    got = _needs(re.compile(pattern, re.IGNORECASE))
    assert (None if got is None else sorted(sorted(n) for n in got)) == (
        None if needs is None else sorted(sorted(n) for n in needs)
    )


@pytest.mark.parametrize(
    ("text", "spans", "candidates"),
    [
        (
            "Each held 25 cases. Interims were used. The library opened.",
            [(0, 19), (20, 39), (40, 59)],
            {0, 1},
        ),
        ("AVERAGE OF 21 CHILDREN. \u0130nterims HELD 9 CASES.", [(0, 23), (24, 46)], {0, 1}),
        ("The \u017focial worker carried 20 cases.", [(0, 35)], {0}),
        ("Nothing here.", [(0, 13)], set()),
    ],
)
def test_regex_rules_are_tried_on_sentences_holding_their_words(
    text: str, spans: list[tuple[int, int]], candidates: set[int]
) -> None:
    matcher = default_matcher()
    _, _, _, reads = _sentence_words(text, spans)
    assert matcher._regex_sentences(text, reads) == candidates


@pytest.mark.parametrize(
    ("char", "like"), [("\u017f", True), ("\u0131", True), ("\u00e9", False), ("\u00a3", False)]
)
def test_ascii_like(char: str, like: bool) -> None:
    assert _ascii_like(char) is like


@pytest.mark.parametrize(
    ("word", "keys", "shortest", "longest"),
    [
        ("fost", ["fostercarer", "fosterparent"], 9, 14),
        ("recr", ["recruitmentandretention"], 19, 28),
        ("case", ["caseload"], 7, 9),
        ("casel", ["caseload"], 7, 9),
    ],
)
def test_fuzzy_window_lengths(word: str, keys: list[str], shortest: int, longest: int) -> None:
    """The lengths of the run of words that may reach the fuzzy cutoff with a key."""
    bounds = _window_lengths(word, keys, default_matcher().taxonomy.fuzzy_cutoff)
    assert bounds is not None
    lo, hi = bounds
    assert [n for n in range(40) if lo <= n <= hi] == list(range(shortest, longest + 1))


def test_a_word_sharing_no_start_with_a_key_has_no_window() -> None:
    assert _window_lengths("zzzz", ["caseload"], default_matcher().taxonomy.fuzzy_cutoff) is None


def test_a_section_read_again_finds_the_same() -> None:
    """What a caller does with what it got changes nothing read later (nothing is kept)."""
    matcher = Matcher(load_taxonomy(asset_path("taxonomy.json")))  # the children's themes
    text = "Caseloads were high. Foster carers were recruited."
    spans = [(0, 20), (21, 50)]
    first = list(matcher.match_sentences(text, spans))
    assert [(s, e, sorted(m)) for s, e, m in first] == [(0, 20, ["caseloads"]), (21, 50, ["foster_carers"])]
    first[0][2].clear()  # a caller's copy
    again = list(matcher.match_sentences(text, [list(s) for s in spans]))
    assert [sorted(m) for _, _, m in again] == [["caseloads"], ["foster_carers"]]


@pytest.mark.parametrize(
    ("text", "themes"),
    [
        ("Social workers were discussed. Vacancies remained high.", ["recruitment_retention", "workforce"]),
        ("The library was discussed. Vacancies remained high.", ["workforce"]),
        ("Caseloads rose. Vacancies remained high.", ["recruitment_retention", "workforce"]),
    ],
)
def test_a_sentence_needing_its_section_is_matched_in_each_section(text: str, themes: list[str]) -> None:
    """A sentence whose theme needs its section's context ("vacancies" in a section about
    social workers) finds it in one section and not in another, with one matcher."""
    matcher = Matcher(load_taxonomy())
    cut = text.index("Vacancies")
    for _ in range(2):
        got = link_text(text, [(0, cut - 1), (cut, len(text))], [], 0, 0, matcher)
        assert [m.theme for m in got if m.text == "Vacancies remained high."] == themes
