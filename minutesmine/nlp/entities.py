"""Entities of a spaCy Doc as contract Entities (placeholder until the entities issue)."""

from __future__ import annotations

from spacy.tokens import Doc

from minutesmine.models import Entity


def doc_entities(doc: Doc, *, table: bool = False) -> list[Entity]:
    """The entities of ``doc`` with offsets into ``doc.text`` and normalised values.

    ``table`` marks a table's text: its cells are not QUANTITY.
    """
    return []
