"""Theme linking: taxonomy themes matched sentence by sentence (placeholder until the themes issue)."""

from __future__ import annotations

from spacy.tokens import Doc

from minutesmine.models import Entity, ThemeMention

__all__ = ["item_themes", "link_sentences"]


def link_sentences(
    doc: Doc, entities: list[Entity], item_index: int, section_index: int
) -> list[ThemeMention]:
    """Theme mentions in one section's Doc; each carries the entities inside its sentence."""
    return []


def item_themes(mentions: list[ThemeMention], title: str = "") -> list[str]:
    """The themes an item is about, weighing its mentions' evidence."""
    return []
