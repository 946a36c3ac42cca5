"""Skipping the tokenizer's infix and URL rules on plain words, with the same tokens.

spaCy's tokenizer tries its URL pattern and its infix pattern on every chunk it has not
met before (a word, once its prefixes and suffixes are split off). English's infixes are
punctuation and symbols between letters ("in-house", "1/2"), and a URL has a dot, so
neither can match a chunk of letters and digits alone (``str.isalnum``), which most words
are; the two searches are still about 7 µs a new chunk. :func:`gate_plain_words` puts a
:class:`PlainWordGate` in front of a pattern when :func:`needs_other_than_alnum` proves
that every match of it holds some other character; a pattern it cannot prove that of is
left as it is.

The gate keeps the pattern (``.pattern``), so a saved pipeline stores the same patterns
as spaCy's own ``finditer``/``match`` would (and loads them back ungated: same tokens).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from spacy.tokenizer import Tokenizer

__all__ = ["PlainWordGate", "gate_plain_words", "needs_other_than_alnum"]


class PlainWordGate:
    """``rx.match`` and ``rx.finditer`` that answer at once for a chunk of letters and
    digits alone (no match, no infixes), for a pattern that cannot match one."""

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        self.pattern = rx.pattern  # what spaCy's tokenizer serialises

    def match(self, string: str) -> re.Match[str] | None:
        return None if string.isalnum() else self.rx.match(string)

    def finditer(self, string: str) -> Iterator[re.Match[str]]:
        return iter(()) if string.isalnum() else self.rx.finditer(string)


def gate_plain_words(tokenizer: Tokenizer) -> None:
    """Gate the tokenizer's ``url_match`` and ``infix_finditer`` (see the module)."""
    url = _pattern_of(tokenizer.url_match)
    if url is not None and needs_other_than_alnum(url):
        tokenizer.url_match = PlainWordGate(url).match
    infix = _pattern_of(tokenizer.infix_finditer)
    if infix is not None and needs_other_than_alnum(infix):
        tokenizer.infix_finditer = PlainWordGate(infix).finditer


def _pattern_of(method: Callable[..., Any] | None) -> re.Pattern[str] | None:
    owner = getattr(method, "__self__", None)
    return owner if isinstance(owner, re.Pattern) else None


def needs_other_than_alnum(rx: re.Pattern[str]) -> bool:
    r"""Whether every match of ``rx`` holds a character that is not a letter or a digit
    (proved from the parsed pattern; False when it cannot be told).

    >>> needs_other_than_alnum(re.compile(r"(?<=[a-z])[-/](?=[a-z])|\.\.+"))
    True
    >>> needs_other_than_alnum(re.compile(r"(?:[a-z0-9]+\.)+[a-z]{2,}"))
    True
    >>> needs_other_than_alnum(re.compile(r"\w+@?")), needs_other_than_alnum(re.compile(r"x?"))
    (False, False)
    """
    try:
        from re import _parser  # type: ignore[attr-defined]

        tree = _parser.parse(rx.pattern, rx.flags)
        if tree.state.flags & (re.IGNORECASE | re.LOCALE):
            return False
        return not _alnum_only(list(tree.data), _parser)
    except Exception:  # another Python's parser: not proved
        return False


def _alnum_only(items: list[Any], parser: Any) -> bool:
    """Whether a sequence of pattern pieces may match a string of letters and digits only
    (the empty string included); True whenever that is not ruled out."""
    return all(_piece_alnum_only(op, av, parser) for op, av in items)


def _piece_alnum_only(op: Any, av: Any, parser: Any) -> bool:
    if op is parser.LITERAL:
        return chr(av).isalnum()
    if op is parser.IN:
        return _class_has_alnum(av, parser)
    if op is parser.SUBPATTERN:
        return _alnum_only(list(av[3].data), parser)
    if op is parser.BRANCH:
        return any(_alnum_only(list(alt.data), parser) for alt in av[1])
    if op in (parser.MAX_REPEAT, parser.MIN_REPEAT):
        low, _high, body = av
        return low == 0 or _alnum_only(list(body.data), parser)
    return True  # assertions, any character, back references ...: not ruled out


def _class_has_alnum(members: list[Any], parser: Any) -> bool:
    """Whether a character class may hold a letter or a digit (a negated or categorised
    class may)."""
    for op, av in members:
        if op is parser.LITERAL and chr(av).isalnum():
            return True
        if op is parser.RANGE and any(chr(c).isalnum() for c in range(av[0], av[1] + 1)):
            return True
        if op not in (parser.LITERAL, parser.RANGE):
            return True
    return False
