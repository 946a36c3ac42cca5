"""Procedural agenda items: apologies, declarations of interest, minutes of the last
meeting, date of next meeting, urgent business, call to order, adjournment, approval of
the agenda. They are marked on the item (``AgendaItem.procedural``) and left out of theme
linking and emergent discovery: a declaration naming a housing association does not make
the item about housing.

The titles are the rows of ``models/cues/procedural.jsonl`` (whole-line patterns); a row
with ``"substantive": true`` names an item that is procedural in form but carries business
(matters arising, public questions, a work programme), so it is themed like any other.
"""

from __future__ import annotations

from functools import lru_cache

from minutesmine.assets import read_jsonl
from minutesmine.segment.cues import first_match, procedural_cues

__all__ = ["is_procedural_item"]


@lru_cache(maxsize=1)
def _substantive_ids() -> frozenset[str]:
    """Ids of the procedural-title rows whose items carry business."""
    return frozenset(r["id"] for r in read_jsonl("cues", "procedural.jsonl") if r.get("substantive"))


def is_procedural_item(title: str | None) -> bool:
    """Whether an item titled ``title`` is procedural (and so has no themes).

    >>> [is_procedural_item(t) for t in ("Apologies for Absence", "Matters Arising", "Housing Allocations")]
    [True, False, False]
    """
    if not title:
        return False
    got = first_match(procedural_cues(), title.strip())
    return got is not None and got[0].label not in _substantive_ids()
