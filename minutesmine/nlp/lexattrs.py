"""spaCy's English lexical attributes, answered without a Python loop or frame for the plain
words most new words are.

spaCy computes every lexical attribute of a word the first time it meets it (about 25
functions, ~22 µs a word); an archive of minutes brings new names and figures on every
page. The functions here give the same value as spaCy's for every string
(``tests/test_tokenizer.py`` compares them) and hand anything but the plain case to spaCy's
own function:

- ``like_num`` of a word of letters alone is whether it is a number or ordinal word;
- ``like_url`` of a word of letters and digits alone is False (every URL form has a dot
  or "://");
- ``is_punct`` and ``is_currency`` of a word starting with a letter or a digit are False
  (no such character is punctuation or a currency sign);
- ``is_ascii`` is ``str.isascii``; ``is_bracket``, ``is_quote``, ``is_left_punct`` and
  ``is_right_punct`` are look-ups in the sets of spaCy's lists; ``lower``, ``prefix``,
  ``suffix`` and the ``is_alpha``-like tests are the ``str`` methods and item getters
  spaCy's one-line functions call (no Python frame at all).

(spaCy's ``word_shape`` loop is faster on short words than a ``translate`` and a regex.)

They are the pipeline language's ``lex_attr_getters`` (see :mod:`minutesmine.nlp`).
"""

from __future__ import annotations

from operator import itemgetter

from spacy import attrs
from spacy.lang import lex_attrs as spacy_lex_attrs
from spacy.lang.en import lex_attrs as en_lex_attrs

__all__ = ["LEX_ATTRS", "is_currency", "is_punct", "like_num", "like_url"]

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
    return False if text.isalnum() else spacy_lex_attrs.like_url(text)


def is_punct(text: str) -> bool:
    """spaCy's ``is_punct``.

    >>> is_punct("Councillor"), is_punct("..."), is_punct("")
    (False, True, True)
    """
    return False if text[:1].isalnum() else spacy_lex_attrs.is_punct(text)


def is_currency(text: str) -> bool:
    """spaCy's ``is_currency``.

    >>> is_currency("GBP"), is_currency("£"), is_currency("£5")
    (False, True, False)
    """
    return False if text[:1].isalnum() else spacy_lex_attrs.is_currency(text)


# fmt: off
#: spaCy's lists in ``spacy.lang.lex_attrs`` (compared with its functions in the tests)
BRACKETS = frozenset(("(", ")", "[", "]", "{", "}", "<", ">"))
QUOTES = frozenset(
    ('"', "'", "`", "«", "»", "‘", "’", "‚", "‛", "“", "”", "„", "‟", "‹", "›", "❮", "❯", "''", "``")
)
LEFT_PUNCT = frozenset(("(", "[", "{", "<", '"', "'", "«", "‘", "‚", "‛", "“", "„", "‟", "‹", "❮", "``"))
RIGHT_PUNCT = frozenset((")", "]", "}", ">", '"', "'", "»", "’", "”", "›", "❯", "''"))
# fmt: on

LEX_ATTRS = {
    attrs.LOWER: str.lower,
    attrs.PREFIX: itemgetter(0),
    attrs.SUFFIX: itemgetter(slice(-3, None)),
    attrs.IS_ALPHA: str.isalpha,
    attrs.IS_DIGIT: str.isdigit,
    attrs.IS_LOWER: str.islower,
    attrs.IS_UPPER: str.isupper,
    attrs.IS_TITLE: str.istitle,
    attrs.IS_SPACE: str.isspace,
    attrs.LIKE_NUM: like_num,
    attrs.LIKE_URL: like_url,
    attrs.IS_PUNCT: is_punct,
    attrs.IS_CURRENCY: is_currency,
    attrs.IS_ASCII: str.isascii,
    attrs.IS_BRACKET: BRACKETS.__contains__,
    attrs.IS_QUOTE: QUOTES.__contains__,
    attrs.IS_LEFT_PUNCT: LEFT_PUNCT.__contains__,
    attrs.IS_RIGHT_PUNCT: RIGHT_PUNCT.__contains__,
}
