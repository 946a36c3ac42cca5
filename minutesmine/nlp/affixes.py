"""Skipping the tokenizer's prefix, suffix, infix and URL rules on plain words, same tokens.

spaCy's tokenizer tries its prefix, suffix, URL and infix patterns on every chunk it has
not met before (a word, once its prefixes and suffixes are split off). English's infixes
are punctuation and symbols between letters ("in-house", "1/2") and a URL has a dot, so
neither can match a chunk of letters and digits alone (``str.isalnum``); its prefixes are
punctuation and symbols, or currencies written with one ("US$"), so none can either; its
suffixes are punctuation, or units and currencies after a digit ("10km"), so none can match
a chunk of letters alone (``str.isalpha``). Most words are such chunks, and the four
searches cost about 14 µs a new one. :func:`gate_plain_words` puts a :class:`PlainWordGate`
in front of a pattern when :func:`needs_other_than` proves it cannot match such a chunk; a
pattern it cannot prove that of is left as it is.

The gate keeps the pattern (``.pattern``), so a saved pipeline stores the same patterns
as spaCy's own ``finditer``/``match`` would (and loads them back ungated: same tokens).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from spacy.tokenizer import Tokenizer

try:
    from re import _parser  # type: ignore[attr-defined]  # the pattern parser re itself uses
except ImportError:  # another Python: nothing is proved, nothing gated
    _parser = None

__all__ = ["PlainWordGate", "gate_plain_words", "needs_other_than"]


class PlainWordGate:
    """``rx.match``, ``rx.search`` and ``rx.finditer`` that answer at once (no match) for a
    chunk whose characters all pass ``plain`` (``str.isalnum`` or ``str.isalpha``), for a
    pattern that cannot match in such a chunk."""

    def __init__(self, rx: re.Pattern[str], plain: Callable[[str], bool]) -> None:
        self.rx = rx
        self.plain = plain
        self.pattern = rx.pattern  # what spaCy's tokenizer serialises

    def match(self, string: str) -> re.Match[str] | None:
        return None if self.plain(string) else self.rx.match(string)

    def search(self, string: str) -> re.Match[str] | None:
        return None if self.plain(string) else self.rx.search(string)

    def finditer(self, string: str) -> Iterator[re.Match[str]]:
        return iter(()) if self.plain(string) else self.rx.finditer(string)


#: the tokenizer's patterns gated, and how each is called
_GATED = (
    ("url_match", "match"),
    ("infix_finditer", "finditer"),
    ("suffix_search", "search"),
    ("prefix_search", "search"),
)


def gate_plain_words(tokenizer: Tokenizer) -> None:
    """Gate the tokenizer's ``url_match``, ``infix_finditer``, ``suffix_search`` and
    ``prefix_search`` (see the module): on words of letters and digits when no match can be
    one, else on words of letters when none can be one, else not at all.

    Each pattern set makes spaCy reload its ~1,300 special cases, so they are taken out while
    the patterns change and put back once (as ``Tokenizer.from_bytes`` does)."""
    gates = {}
    for name, call in _GATED:
        rx = _pattern_of(getattr(tokenizer, name))
        pieces = _pieces(rx) if rx is not None else None
        if rx is None or pieces is None:
            continue
        plain = next((p for p in (str.isalnum, str.isalpha) if not _may_be_plain(pieces, p)), None)
        if plain is not None:
            gates[name] = getattr(PlainWordGate(rx, plain), call)
    if not gates:
        return
    rules = tokenizer.rules
    tokenizer.rules = {}
    for name, gated in gates.items():
        setattr(tokenizer, name, gated)
    tokenizer.rules = rules


def _pattern_of(method: Callable[..., Any] | None) -> re.Pattern[str] | None:
    owner = getattr(method, "__self__", None)
    return owner if isinstance(owner, re.Pattern) else None


def needs_other_than(rx: re.Pattern[str], plain: Callable[[str], bool]) -> bool:
    r"""Whether no match of ``rx`` can be found in a string whose characters all pass
    ``plain``: each match holds, or a lookaround it needs looks at, a character that does
    not (proved from the parsed pattern; False when it cannot be told).

    >>> needs_other_than(re.compile(r"(?<=[a-z])[-/](?=[a-z])|\.\.+"), str.isalnum)
    True
    >>> needs_other_than(re.compile(r"(?:[a-z0-9]+\.)+[a-z]{2,}"), str.isalnum)
    True
    >>> needs_other_than(re.compile(r"(?<=[0-9])km$"), str.isalnum), needs_other_than(
    ...     re.compile(r"(?<=[0-9])km$"), str.isalpha)
    (False, True)
    >>> needs_other_than(re.compile(r"\w+@?"), str.isalnum), needs_other_than(re.compile(r"x?"), str.isalnum)
    (False, False)
    """
    pieces = _pieces(rx)
    return pieces is not None and not _may_be_plain(pieces, plain)


def _pieces(rx: re.Pattern[str]) -> list[Any] | None:
    """The parsed pattern's top-level pieces; None when it ignores case or cannot be read."""
    try:
        tree = _parser.parse(rx.pattern, rx.flags)
    except Exception:  # another Python's parser: not proved
        return None
    return None if tree.state.flags & (re.IGNORECASE | re.LOCALE) else list(tree.data)


def _may_be_plain(items: list[Any], plain: Callable[[str], bool]) -> bool:
    """Whether a sequence of pattern pieces may match (the empty string included) inside a
    string whose characters all pass ``plain``; True whenever that is not ruled out."""
    return all(_piece_may_be_plain(op, av, plain) for op, av in items)


def _piece_may_be_plain(op: Any, av: Any, plain: Callable[[str], bool]) -> bool:
    if op is _parser.LITERAL:
        return plain(chr(av))
    if op is _parser.IN:
        return _class_may_be_plain(av, plain)
    if op is _parser.SUBPATTERN:
        return _may_be_plain(list(av[3].data), plain)
    if op is _parser.BRANCH:
        return any(_may_be_plain(list(alt.data), plain) for alt in av[1])
    if op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT):
        low, _high, body = av
        return low == 0 or _may_be_plain(list(body.data), plain)
    if op is _parser.ASSERT:  # a lookaround that must see characters: inside the string
        return _may_be_plain(list(av[1].data), plain)
    return True  # negative lookarounds, anchors, any character ...: not ruled out


def _class_may_be_plain(members: list[Any], plain: Callable[[str], bool]) -> bool:
    """Whether a character class may hold a character passing ``plain`` (a negated or
    categorised class may)."""
    for op, av in members:
        if op is _parser.LITERAL and plain(chr(av)):
            return True
        if op is _parser.RANGE and any(plain(chr(c)) for c in range(av[0], av[1] + 1)):
            return True
        if op not in (_parser.LITERAL, _parser.RANGE):
            return True
    return False
