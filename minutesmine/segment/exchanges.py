"""Member questions paired with officer responses (placeholder until the structure issue)."""

from __future__ import annotations

from spacy.tokens import Doc

from minutesmine.models import Exchange


def find_exchanges(doc: Doc) -> list[Exchange]:
    """Questions and the responses that answer them, in order, from one narrative section."""
    return []
