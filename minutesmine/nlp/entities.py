"""Entities of a spaCy Doc as contract :class:`~minutesmine.models.Entity` records."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span

from minutesmine.models import Document, Entity
from minutesmine.nlp.components import SPANS_KEY
from minutesmine.nlp.rules import TextFinder

__all__ = ["attendee_people", "doc_entities", "fill_years", "title_entities"]


def doc_entities(doc: Doc, *, table: bool = False, text: str | None = None) -> list[Entity]:
    """The entities of ``doc`` with offsets into ``doc.text`` and normalised values.

    ``table`` marks a table's text: its cells are not QUANTITY (dates and money still are).
    ``text``, when given, is ``doc.text`` (which spaCy otherwise rebuilds from the tokens).

    The extension values are read from ``doc.user_data`` under the keys ``span._`` reads
    (``("._.", name, start_char, end_char)``, default None), without an ``Underscore``
    object per read.
    """
    # not doc.spans.get(SPANS_KEY, doc.ents): that builds doc.ents every time
    spans = doc.spans[SPANS_KEY] if SPANS_KEY in doc.spans else doc.ents  # noqa: SIM401
    data = doc.user_data
    out = []
    for span in spans:
        label = span.label_
        if table and label == "QUANTITY":
            continue
        sc, ec = span.start_char, span.end_char
        value = data.get(("._.", "value", sc, ec))
        unit = data.get(("._.", "unit", sc, ec))
        start, end = data.get(("._.", "chars", sc, ec)) or (sc, ec)
        out.append(
            Entity(
                label=label,
                text=_slice(span, text, start, end),
                start=start,
                end=end,
                value=value,
                unit=unit,
            )
        )
    return out


def _slice(span: Span, text: str | None, start: int, end: int) -> str:
    """``span.text[start - span.start_char : end - span.start_char]``, from ``text`` (the
    doc's text) when the offsets lie inside the span."""
    sc, ec = span.start_char, span.end_char
    if text is not None and sc <= start <= end <= ec:
        return text[start:end]
    if sc <= start <= end <= ec:
        return span.text[start - sc : end - sc]
    # a span cut to whole tokens ("%" of "40%-50%") starts after its entity
    return (text if text is not None else span.doc.text)[start:end]


def fill_years(entities: list[Entity], year: str | None) -> list[Entity]:
    """Dates written without a year (value ``--MM-DD``: "6th March", "February 15th") take
    ``year`` (the meeting's), else the year most of the document's full dates give; they are
    dropped when neither is known.

    >>> def e(): return [Entity(label="DATE", text="6th March", start=0, end=9, value="--03-06")]
    >>> [x.value for x in fill_years(e(), "2018")], fill_years(e(), None)
    (['2018-03-06'], [])
    """
    if not any(e.label == "DATE" and str(e.value).startswith("--") for e in entities):
        return entities
    if year is None:
        years = Counter(str(e.value)[:4] for e in entities if e.label == "DATE" and len(str(e.value)) == 10)
        year = years.most_common(1)[0][0] if years else None
    out = []
    for e in entities:
        if e.label == "DATE" and str(e.value).startswith("--"):
            if year is None:
                continue
            e.value = f"{year}{str(e.value)[1:]}"
        out.append(e)
    return out


#: Where an attendance entry's name ends: its role in brackets or after a dash or comma.
_ATTENDEE_PIECES = re.compile(r"[()\[\];,–—]|\s-\s")


def attendee_people(doc: Document, finder: TextFinder) -> list[Entity]:
    """PERSON entities wherever a section names someone the attendance lists name ("Grant
    Miles" once listed as present is a person in every section), not overlapping the
    entities already found; ``finder`` is the people component's name finder."""
    names = set()
    for a in doc.meeting.attendees:
        for piece in _ATTENDEE_PIECES.split(a.name):
            for m in finder.name_re.finditer(piece):
                name = finder.valid_name(m.group(), False, cued=True)
                if name and " " in name:
                    names.add(name)
    if not names:
        return []
    taken: dict[tuple[int | None, int | None], list[tuple[int, int]]] = {}
    for e in doc.entities:
        taken.setdefault((e.item_index, e.section_index), []).append((e.start, e.end))
    out = []
    for i, item in enumerate(doc.items):
        for j, section in enumerate(item.sections):
            spans = taken.get((i, j), [])
            for s, e in name_spans(section.text, names):
                if any(s < b and a < e for a, b in spans):
                    continue
                name = section.text[s:e]
                found = Entity(label="PERSON", text=name, start=s, end=e, value=name)
                found.item_index, found.section_index = i, j
                out.append(found)
    return out


def name_spans(text: str, names: set[str]) -> list[tuple[int, int]]:
    """Where ``text`` names one of ``names`` as whole words, left to right, the longest name
    where several start: the matches of ``(?<!\\w)(?:name|...)(?!\\w)`` (names longest first),
    found with ``str.find`` (a document's names are too many and too new to compile).

    >>> name_spans("Ann Lee and Ann Lee-Ray met Ann Leeds; Ann Lee Ray.", {"Ann Lee", "Ann Lee Ray"})
    [(0, 7), (12, 19), (39, 50)]
    """
    longest: dict[int, int] = {}  # start -> end of the longest name found there
    for name in names:
        s = text.find(name)
        while s >= 0:
            e = s + len(name)
            if not (_word_char(text, s - 1) or _word_char(text, e)) and longest.get(s, -1) < e:
                longest[s] = e
            s = text.find(name, s + 1)
    out: list[tuple[int, int]] = []
    for s in sorted(longest):
        if not out or s >= out[-1][1]:
            out.append((s, longest[s]))
    return out


def _word_char(text: str, k: int) -> bool:
    """Whether ``text[k]`` is a character of ``\\w`` (False outside the text)."""
    return 0 <= k < len(text) and (text[k].isalnum() or text[k] == "_")


def title_entities(doc: Document, nlp: Language) -> list[Entity]:
    """Entities of the items' titles ("MINUTES OF THE MEETING HELD ON 23 JUNE 2009",
    "Budget 2024-25"): ``section_index`` None, offsets into the title. The titles are read
    as one text, a blank line apart (one pass of the pipeline, not one per title)."""
    starts, pieces, pos = [], [], 0
    for item in doc.items:
        starts.append(pos)
        pieces.append(item.title)
        pos += len(item.title) + 2
    if not any(pieces):
        return []
    text = "\n\n".join(pieces)
    out = []
    for e in doc_entities(nlp(text), text=text):
        i = bisect_right(starts, e.start) - 1
        if e.end > starts[i] + len(pieces[i]):
            continue
        e.start, e.end = e.start - starts[i], e.end - starts[i]
        e.item_index, e.section_index = i, None
        out.append(e)
    return out
