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

import re
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
    >>> [is_procedural_item(t) for t in ("Apologies and Declaration of Interests", "Apologies and Housing",
    ...                                  "Apologies for absence and substitutions")]
    [True, False, True]
    """
    if not title:
        return False
    title = title.strip()
    if _procedural_part(title):
        return True
    parts = [p for p in _JOINED.split(title) if p]
    return len(parts) > 1 and all(_procedural_part(p) for p in parts)


#: Titles that join procedural business ("Apologies and Declarations of Interest",
#: "Apologies, Substitutions & Declarations"): each part must be procedural
_JOINED = re.compile(r"\s*(?:,|;|&|/|\band\b)\s*", re.IGNORECASE)


def _procedural_part(text: str) -> bool:
    got = first_match(procedural_cues(), text)
    return got is not None and got[0].label not in _substantive_ids()
