"""Part stamps: the line an agenda pack prints at the top of each enclosed document's first
page to say which agenda item it belongs to ("Agenda Item 4"; "Eitem Agenda 4" in Welsh
packs). Rows of ``models/cues/part_stamps.jsonl``; the PDF reader keeps these lines though
they sit where running headers do, and :mod:`minutesmine.segment.parts` cuts packs at them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from minutesmine.assets import read_jsonl

__all__ = ["StampRow", "stamp_number", "stamp_rows"]


class StampRow(BaseModel):
    """One row of ``part_stamps.jsonl``: a line that opens an enclosed document."""

    model_config = ConfigDict(extra="forbid")

    id: str
    pattern: str
    example: str
    #: a bare stamp ("Item 4") is one only in a file whose head is an agenda front sheet
    agenda_only: bool = False
    notes: str = ""


@lru_cache(maxsize=1)
def stamp_rows() -> tuple[tuple[StampRow, re.Pattern[str]], ...]:
    """The stamp forms, each with its compiled pattern (matched against a whole line)."""
    rows = [StampRow.model_validate(r) for r in read_jsonl("cues", "part_stamps.jsonl")]
    return tuple((r, re.compile(rf"(?:{r.pattern})\s*$", re.I)) for r in rows)


def stamp_number(text: str, agenda: bool = True) -> str | None:
    """The agenda item number a part stamp gives, or None when the line is no stamp; the
    bare forms count only in a file under an agenda front sheet (``agenda``).

    >>> stamp_number("Agenda Item 4"), stamp_number("Eitem Agenda 7b"), stamp_number("Agenda item 4 is late.")
    ('4', '7b', None)
    >>> stamp_number("Item 4"), stamp_number("Item 4", agenda=False)
    ('4', None)
    """
    if len(text) > 40:
        return None
    for row, rx in stamp_rows():
        if row.agenda_only and not agenda:
            continue
        m = rx.match(text.strip())
        if m is not None:
            return m.group("number")
    return None
