"""spaCy's rule-based sentencizer, computed from token arrays.

:class:`Sentencizer` sets exactly the sentence starts of :class:`spacy.pipeline.Sentencizer`
(``tests/test_nlp_rules.py`` holds rows of them), without a ``Token`` object per token as its
``predict`` makes: a sentence starts at the first token and at each token that is neither
punctuation nor a sentence-final character ("." "!" "?" ...) and follows, past any other
punctuation, a sentence-final character. Whether a token's text is one of ``punct_chars`` is
a lexeme flag (set once per word of the vocabulary), so one ``Doc.to_array`` reads all that
is needed (the loop runs over its integers), and one ``Doc.from_array`` writes the starts.

The same arrays give the sentences' character spans, which the sentencizer keeps in
``doc.user_data`` for :func:`minutesmine.pipeline.sentence_spans` (:func:`stored_spans`), so
that the token arrays are read once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

import numpy
from spacy.attrs import IDX, IS_PUNCT, LENGTH, SENT_START
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
        arr = doc.to_array([self.flag, IS_PUNCT, SENT_START, IDX, LENGTH])
        starts = [0, *_starts(arr[:, 0], arr[:, 1]).tolist()]
        values = numpy.full(n, _NOT_START, dtype=numpy.uint64)
        values[starts] = 1
        preset = arr[:, 2]
        if not self.overwrite and (preset[0] > 1 or preset[1:].any()):
            # starts already set stay (the tokenizer sets token 0's: 1)
            values = numpy.where(preset != 0, preset, values)
            starts = [0, *(numpy.flatnonzero(values[1:] == 1) + 1).tolist()]
        doc.from_array([SENT_START], values)
        idx = arr[:, 3]
        ends = idx + arr[:, 4]
        lasts = [s - 1 for s in starts[1:]]
        lasts.append(n - 1)
        doc.user_data[SENTS_KEY] = (n, list(zip(idx[starts].tolist(), ends[lasts].tolist(), strict=True)))
        return doc


def _starts(final: numpy.ndarray, punct: numpy.ndarray) -> numpy.ndarray:
    """The tokens spaCy's sentencizer starts a sentence at, but the first: a word (neither
    ``punct`` nor ``final``, a sentence-final character) with a final character between it
    and the word before it. Both arrays hold 0 or 1 a token (``uint64``, as ``Doc.to_array``
    gives them); a handful of whole-array steps, as their fixed cost is most of a short doc's.

    >>> flags = lambda *bits: numpy.array(bits, dtype=numpy.uint64)
    >>> _starts(flags(0, 0, 1, 0, 0, 0, 1, 0, 0, 1), flags(0, 0, 0, 0, 1, 0, 1, 1, 0, 0)).tolist()
    [3, 8]
    """
    words = ((final | punct) == 0).nonzero()[0]
    finals = numpy.zeros(len(final) + 1, dtype=numpy.uint64)  # finals[k]: finals before token k
    numpy.cumsum(final, out=finals[1:])
    before = finals[numpy.concatenate(([0], words))]  # ... before each word, after a leading 0
    return words[before[1:] > before[:-1]]


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
