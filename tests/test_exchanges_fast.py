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
        if cues.may_ask(arr[:, 0].tolist(), arr[:, 3].tolist()):
            continue
        ruled_out += 1
        tk = _Tokens(docs, cues, arr)
        m = cues.match(tk)
        assert not {label for label, _ in m.starts()} & QUESTION_LABELS
        assert _find((tk, m)) == []
    assert ruled_out > 5


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
    assert cues.may_ask([t.orth for t in doc], [t.lower for t in doc]) is may_ask
