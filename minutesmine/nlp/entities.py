"""Entities of a spaCy Doc as contract :class:`~minutesmine.models.Entity` records."""

from __future__ import annotations

from spacy.tokens import Doc

from minutesmine.models import Entity
from minutesmine.nlp.components import SPANS_KEY

__all__ = ["doc_entities"]


def doc_entities(doc: Doc, *, table: bool = False) -> list[Entity]:
    """The entities of ``doc`` with offsets into ``doc.text`` and normalised values.

    ``table`` marks a table's text: its cells are not QUANTITY (dates and money still are).
    """
    spans = doc.spans.get(SPANS_KEY, doc.ents)
    out = []
    for span in spans:
        if table and span.label_ == "QUANTITY":
            continue
        value = span._.value
        unit = span._.unit
        start, end = span._.chars or (span.start_char, span.end_char)
        text = span.text[start - span.start_char : end - span.start_char]
        out.append(
            Entity(
                label=span.label_,
                text=text,
                start=start,
                end=end,
                value=value,
                unit=unit,
            )
        )
    return out
