"""The exchange finder's fast paths give what the simple paths give.

``find_exchanges_in`` reads several Docs as one without building their merged Doc; the
simple path builds that Doc (the parts' words with a "\\n\\n" token that starts a sentence
between two parts) and reads it token by token. Both must give the same token lists, cue
matches and exchanges, on runs of seed paragraphs.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import pytest
from spacy.attrs import ORTH, SENT_START, SPACY
from spacy.matcher import Matcher
from spacy.tokens import Doc

from minutesmine.segment.exchanges import (
    _STRENGTH_RANK,
    KIND_PRIORITY,
    QUESTION_LABELS,
    _Cues,
    _find,
    _Tokens,
    find_exchanges,
    find_exchanges_in,
)
from tests.paths import SEEDS


def merged_doc(docs: list[Doc]) -> Doc:
    """The simple path: one Doc of the parts' words and sentence starts, a "\\n\\n" token
    (a sentence start) between two parts."""
    vocab = docs[0].vocab
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[np.ndarray] = []
    for d in docs:
        if words:
            words.append("\n\n")
            spaces.append(False)
            starts.append(np.ones((1, 1), dtype=np.uint64))
        arr = d.to_array([ORTH, SPACY, SENT_START])
        words.extend(vocab.strings[o] for o in arr[:, 0].tolist())
        spaces.extend((arr[:, 1] != 0).tolist())
        starts.append(arr[:, 2:])
    doc = Doc(vocab, words=words, spaces=spaces)
    doc.from_array([SENT_START], np.concatenate(starts))
    return doc


def _runs(nlp: Any, limit: int = 120) -> list[list[Doc]]:
    """Runs of 1 to 4 consecutive seed paragraphs (with a title Doc in front of some)."""
    paras: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        paras += [p for p in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if p.strip()]
    docs = list(nlp.pipe(paras[: limit * 2]))
    title = nlp("Question submitted by Councillor Smith")
    runs, k, size = [], 0, 1
    while k < len(docs) and len(runs) < limit:
        run = docs[k : k + size]
        runs.append([title, *run] if size == 3 else run)
        k += size
        size = size % 4 + 1
    return runs


@pytest.fixture(scope="module")
def runs(nlp: Any) -> list[list[Doc]]:
    got = _runs(nlp)
    assert len(got) > 50
    return got


def test_token_lists_are_the_merged_docs(runs: list[list[Doc]]) -> None:
    for docs in runs:
        doc = merged_doc(docs)
        tk = _Tokens(docs, _Cues.for_vocab(doc.vocab))
        assert tk.n == len(doc)
        assert tk.orths == [t.orth for t in doc]
        assert list(tk.text) == [t.text for t in doc]
        assert list(tk.lower) == [t.lower_ for t in doc]
        assert tk.ws == [t.whitespace_ for t in doc]
        assert list(tk.space) == [t.is_space for t in doc]
        assert list(tk.punct) == [t.is_punct for t in doc]
        assert list(tk.num) == [t.like_num for t in doc]
        assert list(tk.lower_alpha) == [t.is_lower and t.is_alpha for t in doc]
        assert list(tk.newline) == [t.is_space and "\n" in t.text for t in doc]
        assert tk.sents == [(s.start, s.end) for s in doc.sents]
        for s, e in [(0, len(doc)), (1, min(5, len(doc))), (len(doc) // 2, len(doc))]:
            assert tk.span_text(s, e) == doc[s:e].text


def test_cue_matches_across_parts_are_the_full_matchers(runs: list[list[Doc]]) -> None:
    """Windows that cross a part boundary are read from a Doc of their words."""
    vocab = runs[0][0].vocab
    cues = _Cues.for_vocab(vocab)
    full = Matcher(vocab)
    for rec in cues.records:
        full.add(rec["id"], [rec["pattern"]])
    for docs in runs:
        doc = merged_doc(docs)
        tk = _Tokens(docs, cues)
        assert sorted(set(cues.matcher.find(tk.orths, tk.window))) == sorted(set(full(doc)))


def test_window_of_a_part_and_across_parts(nlp: Any) -> None:
    a, b = nlp("The Chair asked."), nlp("Officers replied.")
    tk = _Tokens([a, b], _Cues.for_vocab(a.vocab))
    assert tk.window(0, len(a)) is a
    assert tk.window(1, 3).text == "Chair asked"
    across = tk.window(len(a) - 1, len(a) + 2)
    assert [t.text for t in across] == [".", "\n\n", "Officers"]


def test_exchanges_in_runs_are_the_merged_docs(runs: list[list[Doc]]) -> None:
    found = 0
    for docs in runs:
        want = [e.model_dump() for e in find_exchanges(merged_doc(docs))]
        got = [e.model_dump() for e in find_exchanges_in(docs)]
        assert got == want
        found += len(got)
    assert found > 10


def test_quick_no_question_test_skips_only_runs_without_exchanges(runs: list[list[Doc]]) -> None:
    """Runs that ``_Cues.may_ask`` rules out have no question cue and no exchange when read
    in full; some runs are ruled out."""
    cues = _Cues.for_vocab(runs[0][0].vocab)
    ruled_out = 0
    for docs in runs:
        arr = _Tokens.array(docs, cues)
        if cues.may_ask(arr[:, 0]):
            continue
        ruled_out += 1
        tk = _Tokens(docs, cues, arr)
        m = cues.match(tk)
        assert not {label for label, _ in m.starts()} & QUESTION_LABELS
        assert _find((tk, m)) == []
    assert ruled_out > 5


def test_runs_without_question_cues_are_not_matched_further(runs: list[list[Doc]]) -> None:
    """``match_if_asked`` gives the full matches, or ``None`` only for a run with no question
    cue, no "?" and no exchange."""
    cues = _Cues.for_vocab(runs[0][0].vocab)
    none = 0
    for docs in runs:
        tk = _Tokens(docs, cues)
        full = cues.match(tk)
        got = cues.match_if_asked(tk)
        if got is None:
            none += 1
            assert not {label for label, _ in full.starts()} & QUESTION_LABELS
            assert "?" not in tk.text
            assert _find((tk, full)) == []
        else:
            assert sorted(got.starts()) == sorted(full.starts())
    assert none > 5


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
    ],
)
def test_may_ask_table(nlp: Any, text: str, may_ask: bool) -> None:
    doc = nlp(text)
    cues = _Cues.for_vocab(doc.vocab)
    assert cues.may_ask(doc.to_array(ORTH)) is may_ask


def _longest_simple(
    found: list[tuple[int, int, int]], by_key: dict[int, dict[str, Any]], label: str, i: int, end: int | None
) -> tuple[int, int, str] | None:
    """The simple path: ``max`` over the matches in the full Matcher's order (ties included)."""
    cands = [(s, e, by_key[k]) for k, s, e in found if s == i and by_key[k]["label"] == label]
    cands = [c for c in cands if end is None or c[1] <= end]
    if not cands:
        return None
    if label == "SPEAKER":
        best = max(
            cands,
            key=lambda c: (c[1], bool(c[2].get("definite")), KIND_PRIORITY.get(c[2].get("kind") or "", 0)),
        )
    else:
        best = max(cands, key=lambda c: (c[1], _STRENGTH_RANK.get(c[2].get("strength") or "", 0)))
    return best[0], best[1], best[2]["id"]


def test_longest_cue_with_ties_left_unordered_is_the_simple_paths(runs: list[list[Doc]]) -> None:
    """Matches over the same tokens are put in the Matcher's order only where ``longest``
    needs it; it picks the cue that ``max`` over the fully ordered matches picks."""
    cues = _Cues.for_vocab(runs[0][0].vocab)
    tied = 0
    for docs in runs:
        tk = _Tokens(docs, cues)
        found = cues.matcher.find(tk.orths, tk.window)
        m = cues.match(tk)
        spans: dict[tuple[int, int], int] = {}
        for _k, s, e in found:
            spans[(s, e)] = spans.get((s, e), 0) + 1
        tied += sum(1 for v in spans.values() if v > 1)
        for label, i in list(m.starts()):
            ends = sorted({e for _k, s, e in found if s == i})
            for end in [None, *ends, i + 1]:
                c = m.longest(label, i, end)
                got = None if c is None else (c.start, c.end, c.rec["id"])
                assert got == _longest_simple(found, cues.by_key, label, i, end)
    assert tied > 5


def test_longest_of_equal_cues_follows_the_matchers_order(nlp: Any) -> None:
    """Cues of one label, length and rank: the first in the full Matcher's order wins, whatever
    order the matches are handed over in."""
    from minutesmine.segment.anchored import AnchoredMatcher
    from minutesmine.segment.exchanges import _Matches, ranks_of

    recs = [
        {
            "id": "t_plain",
            "label": "SPEAKER",
            "kind": "chair",
            "pattern": [{"LOWER": "the"}, {"LOWER": "chair"}],
        },
        {
            "id": "t_opt",
            "label": "SPEAKER",
            "kind": "chair",
            "pattern": [{"LOWER": "the", "OP": "?"}, {"LOWER": "chair"}, {"LOWER": "x", "OP": "?"}],
        },
        {
            "id": "t_in",
            "label": "SPEAKER",
            "kind": "chair",
            "pattern": [{"LOWER": {"IN": ["the", "a"]}}, {"LOWER": "chair"}],
        },
    ]
    for order in (recs, recs[::-1], [recs[1], recs[0], recs[2]]):
        full, anchored = Matcher(nlp.vocab), AnchoredMatcher(nlp.vocab)
        by_key = {}
        for r in order:
            full.add(r["id"], [r["pattern"]])
            anchored.add(r["id"], [r["pattern"]])
            by_key[nlp.vocab.strings[r["id"]]] = r
        doc = nlp("Then the Chair asked.")
        found = full(doc)
        orths = [t.orth for t in doc]

        def tie_order(
            s: int, e: int, keys: list[int], doc: Doc = doc, orths: list[int] = orths, am: Any = anchored
        ) -> list[int]:
            return am.tie_order(lambda a, b: doc[a:b], orths, s, e, keys)

        for handed in (found, found[::-1]):
            m = _Matches(handed, ranks_of(by_key), {}, tie_order)
            c = m.longest("SPEAKER", 1)
            assert c is not None
            assert (c.start, c.end, c.rec["id"]) == _longest_simple(found, by_key, "SPEAKER", 1, None)


def test_units_without_cues_are_classified_as_in_full(runs: list[list[Doc]]) -> None:
    """``classify_unit`` skips its cue tests for a unit where no cue starts; reading it in
    full gives the same."""
    from minutesmine.segment.exchanges import _Matches, _units, classify_unit

    class Full(_Matches):
        def any_in(self, lo: int, hi: int) -> bool:
            return True

    cues = _Cues.for_vocab(runs[0][0].vocab)
    quick = 0
    for docs in runs:
        tk = _Tokens(docs, cues)
        m = cues.match(tk)
        full = cues.match(tk)
        full.__class__ = Full
        for u in _units(tk, m):
            quick += not m.any_in(u.start, u.end)
            assert classify_unit(tk, u, m) == classify_unit(tk, u, full)
    assert quick > 50


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
