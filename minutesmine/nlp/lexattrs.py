"""spaCy's English lexical attributes ``like_num`` and ``like_url``, answered without a
Python loop for the plain words most new words are.

spaCy computes every lexical attribute of a word the first time it meets it (about 25
functions, ~30 µs a word); an archive of minutes brings new names and figures on every
page. These two loop in Python over lists or over the word (2-3 µs a word); the functions
here give the same value as spaCy's for every string (``tests/test_tokenizer.py`` compares
them) and hand anything but the plain case to spaCy's own function:

- ``like_num`` of a word of letters alone is whether it is a number or ordinal word;
- ``like_url`` of a word of letters and digits alone is False (every URL form has a dot
  or "://").

(spaCy's ``word_shape`` loop is faster on short words than a ``translate`` and a regex.)

They are the pipeline language's ``lex_attr_getters`` (see :mod:`minutesmine.nlp`).
"""

from __future__ import annotations

from spacy.attrs import LIKE_NUM, LIKE_URL
from spacy.lang.en import lex_attrs as en_lex_attrs
from spacy.lang.lex_attrs import like_url as spacy_like_url

__all__ = ["LEX_ATTRS", "like_num", "like_url"]

_NUMBER_WORDS = frozenset(en_lex_attrs._num_words) | frozenset(en_lex_attrs._ordinal_words)


def like_num(text: str) -> bool:
    """spaCy's English ``like_num``.

    >>> like_num("Twelve"), like_num("twelfth"), like_num("Twelvefold"), like_num("1,200")
    (True, True, False, True)
    """
    if text.isalpha():
        return text.lower() in _NUMBER_WORDS
    return en_lex_attrs.like_num(text)


def like_url(text: str) -> bool:
    """spaCy's ``like_url``.

    >>> like_url("wwwexamplecom"), like_url("www.example.com"), like_url("example.org")
    (False, True, True)
    """
    return False if text.isalnum() else spacy_like_url(text)


LEX_ATTRS = {LIKE_NUM: like_num, LIKE_URL: like_url}
