"""Theme linking's fast paths find what the simple, sentence-by-sentence matching finds.

``link_text`` matches a section's sentences at once (``Matcher.match_sentences``), skipping
the sentences and words that cannot match; the reference here is the plain loop over the
sentences with ``Matcher.match`` on each sentence's tokens. The bounds and screens behind
the skipping (tokenisation without offsets, regex literals, fuzzy window lengths and
common letters) are checked against brute force on tables of inputs.
"""

from __future__ import annotations

import re
from bisect import bisect_left

import pytest
from rapidfuzz import fuzz

from minutesmine.assets import asset_path
from minutesmine.models import Entity, ThemeMention
from minutesmine.themes import is_listing, link_text, load_taxonomy
from minutesmine.themes.match import (
    Matcher,
    Section,
    _ascii_like,
    _needs,
    _sentence_words,
    _window_lengths,
    default_matcher,
)
from minutesmine.themes.taxonomy import TOKEN_RE, normalise_word, span_words, token_arrays, tokenize
from tests.paths import SEEDS

TRICKY = [
    "",
    "   ",
    "Caseloads",
    "The average caseload of 18 cases was reported. Each held 25 cases on average.",
    "Workers each held 22 cases; the team's average caseload of 19 children rose.",
    "Social workers carry 14 children per worker. Interims were used.",
    "Three or more placements in a year: 9% of children looked after.",
    "Case loads rose.  Fostercarers were recruited, retention of foster carers improved.",
    "Recruitment and retention of social workers — agency staff (interims) fell.",
    "The ſocial worker's caseload; ıt was high. Children’s services’ Ofsted judgement.",
    "£1.2m overspend on placements, 12 agency social workers, 3.5% vacancy rate.",
    "ab'cd5 don't's O'Brien-Smith ‘quoted’ carers' review 2023/24 ABC123def",
    "Fostering mutual understanding between twinned towns. Vacancy abatement applied.",
    "Members asked about the number of foster carers and the use of agency staff.",
    "Workload reduction for caseworkers: social work staff workload was reduced.",
    "Caf\u00e9 caseloads n\u00e4ive placements \u00c5ngstr\u00f6m Kelvin \u212a case\u2019s \u0130stanbul",
    "Early help referrals, child protection plans, missing children and care leavers.",
    "Our fostr carers and socail workers: case laods, recrutment and retension of staff.",
    "The caseloadss of socialworkers, agencystaff and fosterering households; care leaverss.",
]


def _seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def _examples() -> list[str]:
    """The taxonomy's example sentences, as sections of a few sentences each."""
    sentences = [s for t in load_taxonomy().themes.values() for v in t.examples.values() for s in v]
    return [" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)]


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"[^.!?;\n]+[.!?;]?", text)]


def _awkward_spans(text: str) -> list[tuple[int, int]]:
    """Spans that end inside words, overlap, are empty or reach beyond the text."""
    n = len(text)
    return [(0, n // 3 + 1), (n // 4, n // 2), (n // 2, n // 2), (n // 2 + 1, n + 5), (3, 2)]


def _reference_link_text(
    text: str, spans: list[tuple[int, int]], entities: list[Entity], i: int, j: int | None
) -> list[ThemeMention]:
    """The plain loop: each sentence's tokens (those of ``text`` starting in its span)
    matched by ``Matcher.match``."""
    matcher = default_matcher()
    out = []
    toks = tokenize(text)
    starts = [t[1] for t in toks]
    section = Section(text, toks)
    for start, end in spans:
        sentence = text[start:end]
        if not sentence.strip() or is_listing(sentence):  # a listing of names: no mentions
            continue
        found = matcher.match(text, section, toks[bisect_left(starts, start) : bisect_left(starts, end)])
        labels = matcher.taxonomy.figure_labels
        figures = [e for e in entities if e.start >= start and e.end <= end and e.label in labels]
        for theme, sm in sorted(found.items()):
            out.append(
                ThemeMention(
                    theme=theme,
                    item_index=i,
                    section_index=j,
                    text=sentence.strip(),
                    matched=sm.matched,
                    score=sm.score,
                    figures=list(figures),
                )
            )
    return out


CASES = [(t, "sentences") for t in TRICKY + _examples()] + [(t, "awkward") for t in TRICKY]


@pytest.mark.parametrize(("text", "spans"), CASES)
def test_link_text_finds_what_the_plain_loop_finds(text: str, spans: str) -> None:
    sp = _sentence_spans(text) if spans == "sentences" else _awkward_spans(text)
    ents = [
        Entity(label="PERCENT", text="9%", start=m.start(), end=m.end(), value=9)
        for m in re.finditer("9%", text)
    ]
    assert link_text(text, sp, ents, 1, 2) == _reference_link_text(text, sp, ents, 1, 2)


def test_link_text_on_the_seed_minutes() -> None:
    texts = _seed_texts()
    assert texts
    found = 0
    for text in texts:
        for spans in (_sentence_spans(text), [(0, len(text))]):
            got = link_text(text, spans, [], 0, None)
            assert got == _reference_link_text(text, spans, [], 0, None)
            found += len(got)
    assert found > 20  # the seeds are about children's services: themes are found


@pytest.mark.parametrize("text", [*TRICKY, *_seed_texts()[:3]])
def test_token_columns_and_span_words_are_tokenize(text: str) -> None:
    ref = [(normalise_word(m.group()), m.start(), m.end()) for m in TOKEN_RE.finditer(text)]
    assert tokenize(text) == ref
    assert list(zip(*token_arrays(text), strict=True)) == ref
    spans = _sentence_spans(text)
    got = span_words(text, spans)
    assert got is not None
    sentences, words = got
    starts = [t[1] for t in ref]
    expected = []
    for s, e in spans:
        ws = [t[0] for t in ref[bisect_left(starts, s) : bisect_left(starts, e)]]
        if ws:
            expected.append(ws)
    assert [words[a:b] for _, _, a, b in sentences] == expected


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
    ("char", "like"), [("\u017f", True), ("\u0131", True), ("\u00e9", False), ("\u00a3", False)]
)
def test_ascii_like(char: str, like: bool) -> None:
    assert _ascii_like(char) is like


def test_window_lengths_bound_fuzz_ratio() -> None:
    """Any string containing the word that reaches the cutoff with a key has a length
    inside the word's bounds (checked on the fuzzy keys and their variants)."""
    matcher = default_matcher()
    cutoff = matcher.taxonomy.fuzzy_cutoff
    checked = 0
    for rules in matcher._fuzzy.values():
        keys = [r.fuzzy_key for r in rules if r.fuzzy_key]
        for key in keys:
            variants = {key, key + "s", key[:-1], key[1:], key[:3] + "x" + key[3:], key + "ing", key[:-2]}
            for x in variants:
                for cut in range(4, len(x) + 1):
                    word = x[:cut]
                    if not any(fuzz.ratio(x, k) >= cutoff for k in keys):
                        continue
                    bounds = _window_lengths(word, keys, cutoff)
                    assert bounds is not None, (word, x)
                    assert bounds[0] <= len(x) <= bounds[1], (word, x, bounds)
                    checked += 1
    assert checked > 100


def test_windows_find_what_every_window_finds() -> None:
    """``Matcher._windows`` (length and common-letter bounds) against looking up every
    window of one to three words around each fuzzy anchor (with a matcher of its own,
    whose look-ups no bound has answered)."""
    matcher, brute_force = Matcher(load_taxonomy()), Matcher(load_taxonomy())
    texts = [*TRICKY, *_seed_texts()]
    seen = found_some = 0
    for text in texts:
        for s, e in _sentence_spans(text):
            words = [t[0] for t in tokenize(text[s:e])]
            for p, w in enumerate(words):
                if not matcher._may_be_fuzzy(w):
                    continue
                brute = []
                for size in (1, 2, 3):
                    for start in range(max(0, p - size + 1), min(p, len(words) - size) + 1):
                        found = brute_force._fuzzy_window(w[:4], "".join(words[start : start + size]))
                        if found:
                            brute.append((start, start + size, found))
                assert matcher._windows(words, p) == brute, (text[s:e], w)
                seen += 1
                found_some += bool(brute)
    assert seen > 50
    assert found_some >= 5


REGEX_SECTIONS = [
    *REGEX_HITS,
    " ".join(REGEX_HITS),
    "The average caseload of 18 cases. Each held 25 cases. Carried on average 17 children.",
    "Average of twenty children. Workers held meetings; 12 cases per worker were reported.",
    "The \u017focial worker carried 20 cases. Interims: three or more placements.",
    "AVERAGE OF 21 CHILDREN. \u0130nterims HELD 9 CASES.",
    *TRICKY,
]


@pytest.mark.parametrize("text", REGEX_SECTIONS)
@pytest.mark.parametrize("spans", ["sentences", "awkward", "whole"])
def test_regex_sentences_are_those_holding_a_rules_needs(text: str, spans: str) -> None:
    """``_regex_sentences`` (needs found where they occur in the section) against checking
    each sentence's own lower-cased stretch for every need of every rule; and every
    sentence where a regex rule matches is among them."""
    matcher = default_matcher()
    sp = {"sentences": _sentence_spans(text), "awkward": _awkward_spans(text), "whole": [(0, len(text))]}[
        spans
    ]
    _, _, _, reads = _sentence_words(text, sp)
    got = matcher._regex_sentences(text, reads)
    plain = {
        n
        for n, (s, e) in enumerate(reads)
        if any(
            all(any(x in text[s:e].lower() for x in need) for need in needs)
            for _, needs in matcher._regex_needs
        )
    }
    assert plain <= got
    if text.isascii():
        assert got == plain
    for n, (s, e) in enumerate(reads):
        if any(r.regex is not None and r.regex.search(text[s:e].lower()) for r, _ in matcher._regex_needs):
            assert n in got, text[s:e]


@pytest.mark.parametrize("text", [*TRICKY, *_examples(), *_seed_texts()[:3]])
def test_roles_find_the_phrase_hits(text: str) -> None:
    """The phrase hits ``match_sentences`` reads from each word's role (its rules, screened
    by the next word) are ``_phrase_hits`` of each sentence."""
    matcher = default_matcher()
    sp = _sentence_spans(text)
    sentences, words, _, _ = _sentence_words(text, sp)
    for _, _, a, b in sentences:
        ws = words[a:b]
        expected = matcher._phrase_hits(ws)
        got = []
        for k, w in enumerate(ws):
            role = matcher._roles[w]
            if role is None:
                assert not matcher._phrase_hits(ws, (k,))
                continue
            for rule, n, _, rest in role.phrases:
                if k + n <= len(ws) and all(
                    (ws[k + i] == p if not p.endswith("*") else ws[k + i].startswith(p[:-1]))
                    for i, p in enumerate(rest, 1)
                ):
                    assert role.seconds is None or ws[k + 1] in role.seconds
                    got.append((rule, k, k + n))
        assert got == expected


def test_a_section_read_again_finds_the_same() -> None:
    """What a caller does with what it got changes nothing read later (nothing is kept)."""
    matcher = Matcher(load_taxonomy(asset_path("taxonomy.json")))  # the children's themes
    text = "Caseloads were high. Foster carers were recruited."
    spans = [(0, 20), (21, 50)]
    first = list(matcher.match_sentences(text, spans))
    assert [sorted(m) for _, _, m in first] == [["caseloads"], ["foster_carers"]]
    first[0][2].clear()  # a caller's copy
    again = list(matcher.match_sentences(text, [list(s) for s in spans]))
    assert [sorted(m) for _, _, m in again] == [["caseloads"], ["foster_carers"]]


def test_a_sentence_needing_its_section_is_matched_in_each_section() -> None:
    """A sentence whose theme needs its section's context ("vacancies" in a section about
    social workers) finds it in one section and not in another."""
    matcher = Matcher(load_taxonomy())
    sentence = "Vacancies remained high."
    with_context = "Social workers were discussed. " + sentence
    without = "The library was discussed. " + sentence
    for text in (with_context, without, with_context, "Caseloads rose. " + sentence):
        spans = _sentence_spans(text)
        assert link_text(text, spans, [], 0, 0, matcher) == _reference_link_text(text, spans, [], 0, 0)
    themes = [
        [m.theme for m in link_text(t, _sentence_spans(t), [], 0, 0, matcher)]
        for t in (with_context, without)
    ]
    assert "recruitment_retention" in themes[0]
    assert "recruitment_retention" not in themes[1]
