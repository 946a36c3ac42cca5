"""Requests for information minuted as sentences ("... and requested a copy of the map").

The forms are data (``models/cues/requests.jsonl``, validated on load); the request's
text runs from the cue to the end of its sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from minutesmine.assets import read_jsonl

__all__ = ["RequestRow", "narrative_requests", "request_rows"]


class RequestRow(BaseModel):
    """One row of ``models/cues/requests.jsonl``."""

    model_config = ConfigDict(extra="forbid")

    id: str
    pattern: str
    example: str
    needles: tuple[str, ...] = ()  # literals, lower-cased, one of which a matching text holds


@lru_cache(maxsize=1)
def request_rows() -> tuple[tuple[RequestRow, re.Pattern[str]], ...]:
    """The rows, validated, with their compiled patterns."""
    rows = [RequestRow.model_validate(rec) for rec in read_jsonl("cues", "requests.jsonl")]
    return tuple((row, re.compile(row.pattern, re.IGNORECASE)) for row in rows)


_SENT = re.compile(r"(?<=[.!?])(?<!\b[A-Z]\.)\s+(?=[A-Z\u201c\"(])")
_NEEDLES = ("request", "asked", "sought")


@lru_cache(maxsize=1)
def _needles() -> tuple[str, ...]:
    """The cheap pre-check: the common verbs and the literals rows name ("please")."""
    return tuple(dict.fromkeys(_NEEDLES + tuple(n for row, _ in request_rows() for n in row.needles)))


def narrative_requests(text: str) -> list[str]:
    """Requests for information in narrative text, one per sentence.

    >>> narrative_requests("The Panel thanked her. It requested a copy of the map for residents.")
    ['requested a copy of the map for residents.']
    >>> narrative_requests("Members requested clarity on the figures.")
    []
    """
    low = text.lower()
    if not any(n in low for n in _needles()):
        return []
    out = []
    for sent in _SENT.split(" ".join(text.split())):
        for _row, rx in request_rows():
            m = rx.search(sent)
            if m is not None:
                out.append(sent[m.start() :].strip())
                break
    return out
