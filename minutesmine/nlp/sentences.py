"""spaCy's rule-based sentencizer, computed from token arrays.

:class:`Sentencizer` sets exactly the sentence starts of :class:`spacy.pipeline.Sentencizer`
(``tests/test_nlp_rules.py`` holds rows of them), without a ``Token`` object per token as its
``predict`` makes: a sentence starts at the first token and at each token that is neither
punctuation nor a sentence-final character ("." "!" "?" ...) and follows, past any other
punctuation, a sentence-final character. Whether a token's text is one of ``punct_chars`` is
a lexeme flag (set once per word of the vocabulary), so one ``Doc.to_array`` reads all that
is needed (the loop runs over its integers), and one ``Doc.from_array`` writes the starts.

The sentences' first and last tokens give their character spans, which the sentencizer keeps in
``doc.user_data`` for :func:`minutesmine.pipeline.sentence_spans` (:func:`stored_spans`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import compress
from typing import Any

import numpy
from spacy.attrs import IS_PUNCT, SENT_START
from spacy.language import Language
from spacy.pipeline import Sentencizer as SpacySentencizer
from spacy.tokens import Doc
from spacy.vocab import Vocab

__all__ = ["SENTS_KEY", "Sentencizer", "stored_spans"]

#: ``doc.user_data`` key of the sentences' character spans: ``(len(doc), spans)``.
SENTS_KEY = "minutesmine_sents"

#: ``SENT_START`` of a token that does not start a sentence (-1), as ``Doc.to_array`` gives it.
_NOT_START = numpy.uint64(2**64 - 1)


class InSet:
    """A lexeme flag getter: whether a word is one of ``chars`` (picklable, unlike a lambda)."""

    def __init__(self, chars: Iterable[str]) -> None:
        self.chars = frozenset(chars)

    def __call__(self, string: str) -> bool:
        return string in self.chars


def _free_flag(vocab: Vocab) -> int:
    """The highest lexeme flag id (1-63) without a getter in ``vocab``."""
    for flag in range(63, 0, -1):
        if flag not in vocab.lex_attr_getters:
            return flag
    raise ValueError("no free lexeme flag")


def stored_spans(doc: Doc) -> list[tuple[int, int]] | None:
    """The character spans of the doc's sentences kept by :class:`Sentencizer` (taken out of
    ``doc.user_data``), or None. They are those of ``doc.sents`` unless the sentence starts
    were changed after the sentencizer, which the pipeline's components do not do."""
    kept = doc.user_data.pop(SENTS_KEY, None)
    if kept is None or kept[0] != len(doc):
        return None
    return kept[1]


class Sentencizer(SpacySentencizer):
    """:class:`spacy.pipeline.Sentencizer` (same configuration and result) whose ``__call__``
    reads the tokens through arrays (``predict`` and ``set_annotations`` are spaCy's)."""

    def __init__(self, vocab: Vocab, name: str = "sentencizer", **kwargs: Any) -> None:
        self.vocab = vocab
        self.flag = _free_flag(vocab)
        super().__init__(name, **kwargs)  # sets punct_chars (the flag) through the property

    @property
    def punct_chars(self) -> frozenset[str]:
        return self._punct_chars

    @punct_chars.setter
    def punct_chars(self, chars: Iterable[str]) -> None:
        # frozen, so that the lexeme flag cannot go stale; set again -> flag set again
        self._punct_chars = frozenset(chars)
        self.vocab.add_flag(InSet(self._punct_chars), self.flag)

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            return self._set(doc)
        except Exception as e:  # as spaCy's sentencizer
            error_handler(self.name, self, [doc], e)
            return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        """The docs through :meth:`__call__` (spaCy's ``pipe`` would take ``predict``)."""
        for doc in stream:
            yield self(doc)

    def _set(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        arr = doc.to_array([self.flag, IS_PUNCT, SENT_START])
        final, punct, preset = arr.T.tolist()
        starts = _starts(final, punct)
        values = numpy.empty(n, dtype=numpy.uint64)
        values.fill(_NOT_START)
        for k in starts:  # (faster than fancy indexing for a handful)
            values[k] = 1
        if not self.overwrite and (preset[0] > 1 or any(preset[1:])):
            # starts already set stay (the tokenizer sets token 0's: 1)
            values = numpy.where(arr[:, 2] != 0, arr[:, 2], values)
            starts = [0, *(numpy.flatnonzero(values[1:] == 1) + 1).tolist()]
        doc.from_array([SENT_START], values)
        doc.user_data[SENTS_KEY] = (n, _spans(doc, starts))
        return doc


def _starts(final: list[int], punct: list[int]) -> list[int]:
    """The tokens spaCy's sentencizer starts a sentence at: the first, and each word (neither
    ``punct`` nor ``final``, a sentence-final character) with a final character between it
    and the word before it. Both lists hold 0 or 1 a token; the loop steps from one final
    character to the word after it, so a doc costs its sentences, not its tokens.

    >>> _starts([0, 0, 1, 0, 0, 0, 1, 0, 0, 1], [0, 0, 0, 0, 1, 0, 1, 1, 0, 0])
    [0, 3, 8]
    """
    n = len(final)
    starts = [0]
    k = 0  # the first token not yet read
    for f in compress(range(n), final):
        if f < k:
            continue  # a final character in the run before the word found last
        k = f + 1
        while k < n and (final[k] or punct[k]):
            k += 1
        if k < n:
            starts.append(k)
    return starts


def _spans(doc: Doc, starts: list[int]) -> list[tuple[int, int]]:
    """The character spans of the sentences starting at ``starts`` (token indices)."""
    ends = [s - 1 for s in starts[1:]]
    ends.append(len(doc) - 1)
    out = []
    for s, e in zip(starts, ends, strict=True):
        last = doc[e]
        out.append((doc[s].idx, last.idx + len(last)))
    return out


@Language.factory(
    "minutesmine_sentencizer",
    assigns=["token.is_sent_start", "doc.sents"],
    default_config={
        "punct_chars": None,
        "overwrite": False,
        "scorer": {"@scorers": "spacy.senter_scorer.v1"},
    },
    default_score_weights={"sents_f": 1.0, "sents_p": 0.0, "sents_r": 0.0},
)
def make_sentencizer(
    nlp: Language, name: str, punct_chars: list[str] | None, overwrite: bool, scorer: Callable | None
) -> Sentencizer:
    """Factory of :class:`Sentencizer`."""
    return Sentencizer(nlp.vocab, name, punct_chars=punct_chars, overwrite=overwrite, scorer=scorer)
