"""Requests for information minuted as sentences ("... and requested a copy of the map").

The forms are data (``models/cues/requests.jsonl``, validated on load); the request's
text runs from the cue to the end of its sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from minutesmine.assets import read_jsonl
from minutesmine.needles import fold_for_needles
from minutesmine.segment.cues import required_literals

__all__ = ["RequestRow", "narrative_requests", "request_rows"]


class RequestRow(BaseModel):
    """One row of ``models/cues/requests.jsonl``."""

    model_config = ConfigDict(extra="forbid")

    id: str
    pattern: str
    example: str


@lru_cache(maxsize=1)
def request_rows() -> tuple[tuple[RequestRow, re.Pattern[str]], ...]:
    """The rows, validated, with their compiled patterns."""
    rows = [RequestRow.model_validate(rec) for rec in read_jsonl("cues", "requests.jsonl")]
    return tuple((row, re.compile(row.pattern, re.IGNORECASE)) for row in rows)


_SENT = re.compile(r"(?<=[.!?])(?<!\b[A-Z]\.)\s+(?=[A-Z\u201c\"(])")


@lru_cache(maxsize=1)
def _needles() -> frozenset[str] | None:
    """The cheap pre-check: words one of which a text holds wherever some row may match in it
    (each row's :func:`~minutesmine.segment.cues.required_literals`); None when a row has none."""
    out: set[str] = set()
    for _row, rx in request_rows():
        need = required_literals(rx)
        if need is None:
            return None
        out |= need
    return frozenset(out)


def narrative_requests(text: str) -> list[str]:
    """Requests for information in narrative text, one per sentence.

    >>> narrative_requests("The Panel thanked her. It requested a copy of the map for residents.")
    ['requested a copy of the map for residents.']
    >>> narrative_requests("Members requested clarity on the figures.")
    []
    """
    flat = " ".join(text.split())  # (as the rows search it: a needle may hold a space)
    needles, low = _needles(), fold_for_needles(flat)
    if needles is not None and low is not None and not any(n in low for n in needles):
        return []
    out = []
    for sent in _SENT.split(flat):
        for _row, rx in request_rows():
            m = rx.search(sent)
            if m is not None:
                out.append(sent[m.start() :].strip())
                break
    return out
