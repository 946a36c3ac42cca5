"""Segmentation: text blocks -> meeting, agenda items and typed sections.

``segment(result, path)`` is the entry point; it returns a :class:`Segmented` holding the
document kind, the meeting header, the report cover sheet and the agenda items (with their
sections, recommendations, conclusions, resolutions, actions, information requests and
tables filled in). Member questions and officer responses are found later, sentence by
sentence, by :func:`minutesmine.segment.exchanges.find_exchanges` on the spaCy ``Doc`` of
each narrative section.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from minutesmine.blocks import ReadResult
from minutesmine.models import AgendaItem, Meeting, Section
from minutesmine.segment.meeting import Manifest

__all__ = ["NARRATIVE_KINDS", "Segmented", "segment"]

#: Section kinds whose sentences are searched for questions and responses.
NARRATIVE_KINDS = frozenset({"minutes", "discussion", "other"})


@dataclass
class Segmented:
    kind: str = "minutes"
    meeting: Meeting = field(default_factory=Meeting)
    metadata: dict[str, str] = field(default_factory=dict)
    items: list[AgendaItem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def segment(result: ReadResult, path: Path | None = None, manifest: Manifest | None = None) -> Segmented:
    """Placeholder until the structure issue lands: one item holding every block."""
    blocks = [b for b in result.blocks if b.text.strip()]
    title = blocks[0].text.splitlines()[0] if blocks else (path.stem if path else "")
    sections = [Section(kind="minutes", text=b.text, pages=[b.page] if b.page else []) for b in blocks]
    return Segmented(items=[AgendaItem(title=title, sections=sections)])
