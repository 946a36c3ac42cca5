"""Which of a fixed set of words a text holds, found in one pass (Aho-Corasick).

Rules gate their regexes on the words every match of theirs holds, their *needles*
(:func:`~minutesmine.segment.cues.required_literals`): a line is matched against a rule
only when it holds one of them. Over a hundred needles, a loop of ``needle in text``
tests costs ~20 µs a line, and a regex alternation of them finds only non-overlapping
occurrences ("seconded" hides "second"). pyahocorasick's automaton finds every
occurrence of every needle, overlapping or not, in one C pass over the text (~5 µs).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from operator import itemgetter

import ahocorasick

__all__ = ["Needles", "fold_for_needles"]

_WORD = itemgetter(1)  # the needle of an automaton hit (end, needle)
#: runs of ASCII characters (what is left when they are removed is the non-ASCII ones)
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")
#: a non-ASCII character that matches an ASCII letter ignoring case ("K" Kelvin, "ſ", "İ", "ı")
_ASCII_LETTER_I = re.compile(r"[a-z]", re.I)


def fold_for_needles(text: str) -> str | None:
    """``text.lower()`` when each match in ``text`` of a regex with an ASCII required literal
    (:func:`~minutesmine.segment.cues.required_literals`) puts that literal, lower case, in it; else None.

    That holds unless a non-ASCII character of ``text`` matches an ASCII letter ignoring case
    (the "ſ" of "ſhare" matches "share" under ``re.I`` but lower-cases to itself).

    >>> fold_for_needles("The Director OFFERED to"), fold_for_needles("\u017fhare")
    ('the director offered to', None)
    """
    if not text.isascii():
        for c in set(_ASCII_RUNS.sub("", text)):
            if _ASCII_LETTER_I.match(c):
                return None
    return text.lower()


class Needles:
    """A fixed set of needles (non-empty strings, matched as written: lower-case the text
    for lower-case needles).

    >>> n = Needles(["second", "seconded", "move"])
    >>> sorted(n.present("moved and seconded"))
    ['move', 'second', 'seconded']
    >>> n.present("Moved"), Needles([]).present("anything")
    (frozenset(), frozenset())
    """

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(w for w in words if w)
        self._automaton: ahocorasick.Automaton | None = None
        if self.words:
            automaton = ahocorasick.Automaton()
            for w in self.words:
                automaton.add_word(w, w)
            automaton.make_automaton()
            self._automaton = automaton

    def present(self, text: str) -> frozenset[str]:
        """The needles occurring in ``text``."""
        if self._automaton is None:
            return frozenset()
        return frozenset(map(_WORD, self._automaton.iter(text)))

    def occurrences(self, text: str) -> list[tuple[int, str]]:
        """``(start, needle)`` of every occurrence of a needle in ``text``, overlapping ones
        too, in order of where they end.

        >>> Needles(["on ", "motion", "on"]).occurrences("motion on ")
        [(0, 'motion'), (4, 'on'), (4, 'on '), (7, 'on'), (7, 'on ')]
        """
        if self._automaton is None:
            return []
        return [(end - len(w) + 1, w) for end, w in self._automaton.iter(text)]
