"""The segmenter's fast paths find exactly what the plain code they replace finds: council
regexes on folded text, anchored generic-council search, required-word pre-filters,
the sentence split, the attendee-name split, the line cleaner and the date finder."""

from __future__ import annotations

import random
import re

import pytest

from minutesmine.segment import cues, lines, meeting, sections
from minutesmine.segment.cues import (
    action_cues,
    fold_for_needles,
    may_match,
    required_literals,
)
from tests.paths import SEEDS

#: characters that break naive lower-casing: each matches an ASCII letter under re.I, or
#: lower-cases to something else, or both
_TRICKY = ["\u0130", "\u0131", "\u017f", "\u212a", "\u00d4", "\u00f4", "\u00c9", "\u00e9", "\u2013", "\u2019"]


def _seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def _random_texts(pieces: list[str], n: int, seed: int, length: int = 60) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, length))) for _ in range(n)]


_COUNCIL_PIECES = [
    "Bradford",
    "BRADFORD",
    "bradford",
    "Bury",
    "Bury St Edmunds",
    "Reading",
    "Second ",
    "Kingston upon Thames",
    "Dún Laoghaire-Rathdown",
    "Ynys Môn",
    "YNYS MÔN",
    "Slough",
    "New ",
    "Dr ",
    "Cllr ",
    " Council",
    " council",
    " City Council",
    " Metropolitan Borough Council",
    "London Borough of ",
    "Borough of ",
    "City of ",
    "CITY OF ",
    "Township of ",
    "County of ",
    "Portland",
    "East Palo Alto",
    "Nipissing",
    "The ",
    " and ",
    " of ",
    " ",
    "  ",
    "\t",
    "\n",
    ",",
    ".",
    "'s",
    "-",
    "1",
]


def _council_texts() -> list[str]:
    plain = _random_texts(_COUNCIL_PIECES, 500, 11)
    return _seed_texts() + plain + _random_texts(_COUNCIL_PIECES + _TRICKY, 300, 12, 20)


def test_folded_is_lower_case_only_when_safe() -> None:
    assert meeting._folded("Borough of BRADFORD – 3 May") == "borough of bradford – 3 may"
    for c in ["\u0130", "\u0131", "\u017f", "\u212a", "\u00d4", "\u00c9"]:
        assert meeting._folded(f"Bradford {c}") is None, c
    for c in ["\u00e9", "\u2013", "\u2019", "\u00e8"]:
        assert meeting._folded(f"Bradford {c}") == f"bradford {c}", c


@pytest.mark.parametrize("k", [0, 1, 2])
def test_explicit_council_regexes_on_folded_text(k: int) -> None:
    slow = meeting._explicit_res()[k]
    fast = meeting._folded_res()[1][k]
    longest = meeting._longest_form()
    for text in _council_texts():
        low = meeting._folded(text)
        if low is None:
            continue
        want = [(m.span(), m.group("a").lower()) for m in slow.finditer(text)]
        if k == 2:
            found = meeting._name_council_matches(fast, low, longest, meeting._COUNCIL_LOW)
        else:
            found = fast.finditer(low)
        assert [(m.span(), m.group("a")) for m in found] == want, text[:100]


def test_bare_council_regex_on_folded_text() -> None:
    slow = meeting._bare_re()
    fast = meeting._folded_res()[0]
    seen = 0
    for text in _council_texts():
        low = meeting._folded(text)
        if low is None:
            continue
        seen += 1
        assert [m.span() for m in fast.finditer(low)] == [m.span() for m in slow.finditer(text)]
    assert seen > 150


def test_find_council_same_with_and_without_folding(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _council_texts()
    headers = ["", "CITY OF PORTLAND, OREGON", "Township of Nipissing \u2013 Council", "\u0130stanbul"]
    fast = [meeting.find_council(t, headers[i % 4]) for i, t in enumerate(texts)]
    monkeypatch.setattr(meeting, "_folded", lambda text: None)
    slow = [meeting.find_council(t, headers[i % 4]) for i, t in enumerate(texts)]
    assert fast == slow
    assert sum(1 for c, _ in fast if c) > 100  # the table exercises councils found


def test_generic_matches_only_on_anchored_lines() -> None:
    for text in _council_texts():
        low = meeting._folded(text)
        want = [(m.span(), m.groupdict()) for m in meeting._GENERIC.finditer(text)]
        got = [(m.span(), m.groupdict()) for m in meeting._generic_matches(text, low)]
        assert got == want, text[:100]


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"(?<!was )\b(?:offered|promised)\s+to\s+\w+", re.I, {"offered", "promised"}),
        (r"\bwould\s+(?:provide|send)\s+members", 0, {"members"}),  # the longest run
        (r"\bagreed\s+to\b", re.I, {"agreed"}),
        (r"(?:proposed|provided)", 0, {"posed", "vided"}),  # after the common prefix "pro"
        (r"(?:abc|x\d)", 0, {"abc", "x"}),
        (r"(?:a|)bc", 0, {"bc"}),
        (r"MEETING of", re.I, {"meeting of"}),
        (r"\d+|x", 0, None),  # one branch requires nothing
        (r"[ab]+", 0, None),
        (r"caf\u00e9", 0, None),  # only ASCII words are used
    ],
)
def test_required_literals_table(pattern: str, flags: int, expected: set[str] | None) -> None:
    got = required_literals(re.compile(pattern, flags))
    assert got == (frozenset(expected) if expected is not None else None)


def test_may_match_never_rules_out_a_match() -> None:
    rxs = [
        *(c.regex for c in action_cues()),
        meeting._HELD,
        meeting._BODY,
        re.compile(r"\bskip\b", re.I),
        re.compile(r"kilns?", re.I),
    ]
    pieces = ["offered", "OFFERED", "o\u017ffered", "to ", "would", "WOULD", "agreed", "share", "\u017fhare"]
    pieces += [
        "provide",
        "the committee",
        "meeting",
        "Minutes of the ",
        " held ",
        "kiln",
        "\u212ailn",
        " ",
        ".",
    ]
    pieces += ["skip", "\u017fkip", "The Director ", "Council", "I", "\u0130", "\u0131"]
    for text in _random_texts(pieces, 3000, 5, 12):
        for rx in rxs:
            if rx.search(text):
                assert may_match(rx, text), (rx.pattern[:40], text)
    assert fold_for_needles("\u017fhare") is None
    assert not may_match(re.compile("share", re.I), "the plan")


def _narrative_actions_plain(text: str) -> list[tuple[str, str | None]]:
    """The loop :func:`sections.narrative_actions` had before its pre-filters."""
    out = []
    sents = sections._SENT.split(text)
    for k, sent in enumerate(sents):
        for cue in action_cues():
            m = cue.regex.search(sent)
            if not m:
                continue
            found, owner = sections.cue_owner(cue, sent, m, sents[k - 1] if k else "")
            if not found:
                continue
            out.append((sent.strip(), owner))
            break
    return out


def test_narrative_actions_same_as_plain_loop() -> None:
    pieces = [
        "The Director ",
        "The Head of Service ",
        "Cllr Smith ",
        "Officers ",
        "offered to circulate the data",
        "OFFERED TO SEND notes",
        "was offered to ",
        "agreed to provide ",
        "would provide members ",
        "would share the committee ",
        "would bring a report to the next meeting",
        "undertook to report back",
        "o\u017ffered to send",
        "\u017fhare",
        ". ",
        "! ",
        ", and ",
        " which ",
        "(",
        "\u201c",
        "\n",
    ]
    texts = _seed_texts() + _random_texts(pieces, 1500, 9, 14)
    hits = 0
    for text in texts:
        got = [(a.text, a.owner) for a in sections.narrative_actions(text)]
        assert got == _narrative_actions_plain(text), text[:120]
        hits += bool(got)
    assert hits > 100


def test_split_sentences_same_as_lookbehind_split() -> None:
    pieces = ["He left", ".", "!", "?", " ", "  ", "\n", "\t", "She", "(x)", "\u201cQ", '"A', "a", "B", "..."]
    pieces += ["4.4 ", "- ", "1.2. ", ";", ":", "\u2022 "]  # numbered paragraphs and bullets on new lines
    for text in _seed_texts() + _random_texts(pieces, 3000, 2, 30):
        assert sections.split_sentences(text) == sections._SENT.split(text), text


def test_split_names_same_as_character_loop() -> None:
    pieces = [
        "Cllr A",
        "B",
        " and ",
        "and",
        "andy",
        " AND ",
        "  ",
        "\t",
        "\n",
        "(",
        ")",
        ",",
        ";",
        ".",
        "\u00a0",
    ]
    for text in _random_texts(pieces, 5000, 4, 25):
        assert meeting._split_names(text) == meeting._split_names_simple(text), repr(text)


def test_clean_same_as_always_collapsing_spaces() -> None:
    def plain(text: str) -> tuple[str, bool]:
        return lines.clean(lines._SPACES.sub(" ", text))

    pieces = [
        "a",
        "B",
        " ",
        "  ",
        "\u00a0",
        "\u2007",
        "\u202f",
        "\u200b",
        "\ufeff",
        "\t",
        "**",
        "#",
        "_",
        "\u2013",
    ]
    for text in _random_texts(pieces, 5000, 6, 20):
        assert lines.clean(text) == plain(text), repr(text)


def test_find_dates_same_without_year_prefilter() -> None:
    def plain(text: str) -> list[tuple[int, int, str]]:
        hits: list[tuple[int, int, str]] = []
        for rx in meeting._DATE_RES:
            for m in rx.finditer(text):
                if any(s <= m.start() < e for s, e, _ in hits):
                    continue
                g = m.groupdict()
                month = int(g["mn"]) if g.get("mn") else meeting._MONTH_NUM.get(g["m"].lower().rstrip("."))
                day, year = int(g["d"]), int(g["y"])
                if not month or not 1 <= month <= 12 or not 1 <= day <= 31:
                    continue
                hits.append((m.start(), m.end(), f"{year:04d}-{month:02d}-{day:02d}"))
        return sorted(hits)

    pieces = [
        "1",
        "2",
        "0",
        "9",
        "/",
        ".",
        "-",
        " ",
        "May ",
        "10th ",
        "3 ",
        "December ",
        "2024",
        "1999",
        ", ",
        "2020",
    ]
    texts = _random_texts(pieces, 4000, 8, 12)
    assert sum(bool(plain(t)) for t in texts) > 30
    for text in texts:
        assert meeting.find_dates(text) == plain(text), text


def test_cue_families_have_needles() -> None:
    """The action cues are pre-filtered (a cue without required words is searched always)."""
    assert all(n is not None for n in cues.action_needles())
