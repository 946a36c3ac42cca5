"""spaCy's English lexical attributes ``like_num``, ``like_url`` and ``shape``, answered
without a Python loop for the plain words most new words are.

spaCy computes every lexical attribute of a word the first time it meets it (about 25
functions, ~30 µs a word); an archive of minutes brings new names and figures on every
page. Three of those functions loop in Python over the word or over lists: these give the
same value as spaCy's for every string (``tests/test_tokenizer.py`` compares them) and
hand anything but the plain case to spaCy's own function:

- ``like_num`` of a word of letters alone is whether it is a number or ordinal word;
- ``like_url`` of a word of letters and digits alone is False (every URL form has a dot
  or "://");
- ``word_shape`` of an ASCII word maps its characters with one ``translate`` and keeps at
  most four of a run, as spaCy's loop does.

They are the pipeline language's ``lex_attr_getters`` (see :mod:`minutesmine.nlp`).
"""

from __future__ import annotations

import re
import string

from spacy.attrs import LIKE_NUM, LIKE_URL, SHAPE
from spacy.lang.en import lex_attrs as en_lex_attrs
from spacy.lang.lex_attrs import like_url as spacy_like_url
from spacy.lang.lex_attrs import word_shape as spacy_word_shape

__all__ = ["LEX_ATTRS", "like_num", "like_url", "word_shape"]

_NUMBER_WORDS = frozenset(en_lex_attrs._num_words) | frozenset(en_lex_attrs._ordinal_words)
_SHAPES = str.maketrans(
    string.ascii_uppercase + string.ascii_lowercase + string.digits,
    "X" * 26 + "x" * 26 + "d" * 10,
)
_LONG_RUN = re.compile(r"(.)\1{4,}", re.S)
#: longest word spaCy gives a shape of its characters (longer: "LONG")
_SHAPED = 100


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


def word_shape(text: str) -> str:
    """spaCy's ``word_shape``.

    >>> word_shape("Councillor"), word_shape("2024/25"), word_shape("£1.5m")
    ('Xxxxx', 'dddd/dd', '£d.dx')
    """
    if len(text) >= _SHAPED or not text.isascii():
        return spacy_word_shape(text)
    return _LONG_RUN.sub(r"\1\1\1\1", text.translate(_SHAPES))


LEX_ATTRS = {LIKE_NUM: like_num, LIKE_URL: like_url, SHAPE: word_shape}
