"""Agenda groups: which numbered headings hold sub-items that are items of their own.

Rows are data (``models/cues/item_groups.jsonl``), validated on load.
"""

from __future__ import annotations

import re
from enum import Enum
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from minutesmine.assets import read_jsonl

__all__ = ["Children", "children_of"]


class Children(str, Enum):
    """What the sub-items numbered afresh under a group heading are."""

    ITEMS = "items"  # "5. SPECIAL PRESENTATIONS" / "1. Election of Chair": each one an item
    POINTS = "points"  # "4. CONSENT CALENDAR" / "1. Minutes of ...": points of the one item


class GroupRow(BaseModel):
    """One row of ``item_groups.jsonl``."""

    model_config = ConfigDict(extra="forbid")

    id: str
    pattern: str
    children: Children


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[re.Pattern[str], Children], ...]:
    rows = [GroupRow.model_validate(r) for r in read_jsonl("cues", "item_groups.jsonl")]
    return tuple((re.compile(f"(?:{r.pattern})\\s*$", re.I), r.children) for r in rows)


def children_of(title: str) -> Children:
    """What the sub-items under a group heading titled ``title`` are.

    >>> children_of("SPECIAL PRESENTATIONS").value, children_of("APPROVAL OF CONSENT CALENDAR").value
    ('items', 'points')
    """
    for rx, children in _rows():
        if rx.match(title.strip()):
            return children
    return Children.ITEMS
