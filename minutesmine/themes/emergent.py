"""Emergent themes: recurring phrases outside the taxonomy, across meetings and years.

Across a whole store (or any collection of meetings), every 2-4 word phrase that does not
begin or end with a stopword and contains no digit is counted once per meeting. Phrases seen in
at least ``min_meetings`` meetings, not already matched by the taxonomy, not boilerplate (seen
in most meetings, or a stop phrase), are grouped with rapidfuzz (``token_set_ratio``) and
reported as ``emergent:<slug>`` themes with the meetings and years they occur in. Settings
and word lists live in ``models/emergent.json``.

>>> meetings = [
...     Meeting("a", "2018", ["Youth violence was discussed.", "Tackling youth violence."]),
...     Meeting("b", "2019", ["The youth violence strategy was noted."]),
...     Meeting("c", "2019", ["Caseloads remained high."]),
... ]
>>> [(t.id, t.meetings) for t in find_emergent(meetings)]
[('emergent:youth-violence', ['a', 'b'])]
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, Field
from rapidfuzz import fuzz

from minutesmine.assets import asset_path
from minutesmine.themes.match import Matcher, default_matcher
from minutesmine.themes.taxonomy import tokenize

__all__ = ["EmergentTheme", "Meeting", "find_emergent", "slugify"]

_SENTENCE_RE = re.compile(r"[.!?;:\n\u2022\u00b7]+")


@dataclass(frozen=True)
class Meeting:
    """One meeting (or document): its key, its year and its texts."""

    key: str
    year: str | None
    texts: list[str]


class EmergentTheme(BaseModel):
    """A recurring phrase outside the taxonomy."""

    id: str = Field(description="'emergent:<slug>'")
    label: str = Field(description="The most widespread phrase of the group")
    phrases: list[str] = Field(description="The grouped phrases, most widespread first")
    meetings: list[str] = Field(description="Keys of the meetings the phrases occur in")
    years: list[str] = Field(description="Years the phrases occur in")
    count: int = Field(description="Number of meetings")


@lru_cache(maxsize=1)
def _settings() -> dict[str, Any]:
    return json.loads(asset_path("emergent.json").read_text(encoding="utf-8"))


def slugify(phrase: str) -> str:
    """URL-safe slug of a phrase.

    >>> slugify("Return Home Interview's")
    'return-home-interview-s'
    """
    return re.sub(r"[^a-z0-9]+", "-", phrase.lower()).strip("-")


def _phrases(text: str, stop: frozenset[str], joiners: frozenset[str], max_n: int = 4) -> set[str]:
    """The candidate phrases of a text; a phrase does not run across a joiner ("and")."""
    out: set[str] = set()
    for sentence in _SENTENCE_RE.split(text):
        words = [w for w, _, _ in tokenize(sentence)]
        for i, first in enumerate(words):
            if first in stop or len(first) < 3 or not first.isalpha():
                continue
            for n in range(2, max_n + 1):
                if i + n > len(words):
                    break
                gram = words[i : i + n]
                if not all(w.isalpha() for w in gram):
                    break
                last = gram[-1]
                if gram[-1] in joiners:
                    break
                if last in stop or len(last) < 3:
                    continue
                out.add(" ".join(gram))
    return out


def find_emergent(
    meetings: Iterable[Meeting],
    *,
    min_meetings: int | None = None,
    limit: int | None = None,
    matcher: Matcher | None = None,
) -> list[EmergentTheme]:
    """Emergent themes of ``meetings``, most widespread first (see the module docstring)."""
    cfg = _settings()
    min_meetings = min_meetings or int(cfg.get("min_meetings", 2))
    limit = limit or int(cfg.get("limit", 30))
    stop = frozenset(cfg.get("stopwords", []))
    joiners = frozenset(cfg.get("joiners", []))
    stop_phrases = {" ".join(w for w, _, _ in tokenize(p)) for p in cfg.get("stop_phrases", [])}
    matcher = matcher or default_matcher()

    where: dict[str, set[str]] = defaultdict(set)
    years: dict[str, set[str]] = defaultdict(set)
    n_meetings = 0
    for m in meetings:
        n_meetings += 1
        seen: set[str] = set()
        for text in m.texts:
            seen |= _phrases(text, stop, joiners)
        for p in seen:
            where[p].add(m.key)
            if m.year:
                years[p].add(m.year)

    max_share = float(cfg.get("max_share", 0.6))
    share_floor = int(cfg.get("max_share_min_meetings", 10))
    frequent = {p for p, keys in where.items() if len(keys) >= min_meetings}
    # a phrase is a fragment when a longer phrase containing it occurs wherever it does
    # ("case per social" inside "case per social worker"): keep only the longer one
    fragment: set[str] = set()
    for q in frequent:
        words = q.split()
        for n in range(2, len(words)):
            for i in range(len(words) - n + 1):
                sub = " ".join(words[i : i + n])
                if sub in frequent and where[sub] <= where[q]:
                    fragment.add(sub)
    kept = []
    for p in sorted(frequent - fragment, key=lambda p: (-len(years[p]), -len(where[p]), -len(p.split()), p)):
        if any(f" {p} " in f" {sp} " or f" {sp} " in f" {p} " for sp in stop_phrases):
            continue
        if n_meetings >= share_floor and len(where[p]) > max_share * n_meetings:
            continue
        if any(sm.score >= 1.0 for sm in matcher.match(p).values()):  # a taxonomy theme already
            continue
        kept.append(p)

    groups: list[list[str]] = []
    for p in kept:
        for g in groups:
            if fuzz.token_set_ratio(p, g[0]) >= float(cfg.get("group_cutoff", 88)):
                g.append(p)
                break
        else:
            groups.append([p])

    out = []
    for g in groups[:limit]:
        keys = set().union(*(where[p] for p in g))
        yrs = set().union(*(years[p] for p in g))
        out.append(
            EmergentTheme(
                id=f"emergent:{slugify(g[0])}",
                label=g[0],
                phrases=g,
                meetings=sorted(keys),
                years=sorted(yrs),
                count=len(keys),
            )
        )
    return out


_SPLIT_SPAN_RE = re.compile(r"[^.!?;:\n\u2022\u00b7]+")


def phrase_spans(text: str, phrases: Iterable[str]) -> list[tuple[int, int]]:
    """Character spans of the pieces of ``text`` (split as phrases are found: at sentence and
    clause punctuation) holding any of ``phrases`` (word forms, as
    :attr:`EmergentTheme.phrases` gives them).

    >>> text = "Members asked about return home interviews. The Chair thanked officers."
    >>> [text[a:b] for a, b in phrase_spans(text, ["return home interview"])]
    ['Members asked about return home interviews']
    """
    wanted = [f" {p} " for p in phrases]
    out = []
    for m in _SPLIT_SPAN_RE.finditer(text):
        words = " ".join(w for w, _, _ in tokenize(m.group()))
        if words and any(p in f" {words} " for p in wanted):
            a, b = m.span()
            while a < b and text[a].isspace():
                a += 1
            out.append((a, b))
    return out
