"""Decisions minuted in narrative sentences, without a RESOLVED label.

"On the proposal of X, seconded by Y, the date of the meeting was re-fixed ...", "The
Motion was proposed by X, seconded by Y, and adopted." (after the motion's own text),
"Minutes from the March meeting approved - J. Ortiz (motion)", and plain outcomes ("The
Committee received and noted the Work Programme.") that count only where the item has no
labelled resolution. The forms are data: ``models/cues/outcomes.jsonl``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from minutesmine.assets import read_jsonl
from minutesmine.segment.numbering import point_marker

__all__ = [
    "Field",
    "Narrative",
    "Outcome",
    "OutcomeRow",
    "Role",
    "When",
    "narrative_decisions",
    "outcome_examples",
    "outcome_rows",
]


class Role(str, Enum):
    """What a matching sentence does."""

    DECISION = "decision"  # the text is a resolution
    MOTION = "motion"  # a motion is put; remembered until adopted
    ADOPTS = "adopts"  # the last motion put was carried


class Field(str, Enum):
    """Which list a decision goes to."""

    RESOLUTION = "resolution"
    RECOMMENDATION = "recommendation"  # an officer's recommendation put to the meeting


class When(str, Enum):
    """Where a decision counts."""

    ALWAYS = "always"
    UNLABELLED = "unlabelled"  # only in an item without a labelled resolution


@dataclass(frozen=True, slots=True)
class Outcome:
    """One narrative decision form."""

    id: str
    regex: re.Pattern[str]
    role: Role
    when: When
    field: Field = Field.RESOLUTION


@dataclass
class Narrative:
    """Decisions found in an item's narrative, by when they count."""

    always: list[str] = field(default_factory=list)
    unlabelled: list[str] = field(default_factory=list)
    recommendations: list[str] = field(default_factory=list)


class OutcomeRow(BaseModel):
    """One row of ``models/cues/outcomes.jsonl`` as written (validated on load)."""

    model_config = ConfigDict(extra="forbid")

    id: str
    role: Role
    when: When
    field: Field = Field.RESOLUTION
    pattern: str
    case_sensitive: bool = False
    example: str

    def compile(self) -> Outcome:
        flags = 0 if self.case_sensitive else re.IGNORECASE
        return Outcome(self.id, re.compile(self.pattern, flags), self.role, self.when, self.field)


@lru_cache(maxsize=1)
def outcome_rows() -> tuple[Outcome, ...]:
    """The forms of ``models/cues/outcomes.jsonl``, in file order."""
    return tuple(OutcomeRow.model_validate(rec).compile() for rec in read_jsonl("cues", "outcomes.jsonl"))


def outcome_examples() -> list[tuple[str, str]]:
    """Each row's id and example sentence (for the tests)."""
    return [(rec["id"], rec["example"]) for rec in read_jsonl("cues", "outcomes.jsonl")]


#: a sentence break, not after an initial ("Z. Maiorca")
_SENT = re.compile(r"(?<=[.!?])(?<!\b[A-Z]\.)\s+(?=[A-Z\u201c\"(])")
#: words one of which every form needs (a fast test before the regexes)
_NEEDLES = (
    "second",
    "propos",
    "moti",
    "move",
    "note",
    "approv",
    "adopt",
    "endors",
    "ratif",
    "receiv",
    "minutes",
    "accept",
    "carried",
    "agreed",
    "recommend",
    "authori",
    "select",
    "award",
    "confirm",
)
_QUOTES = "\u201c\u201d\"\u2018\u2019'"


def _sentences(paragraphs: list[str]) -> list[str]:
    """Paragraphs split into sentences, each without a leading bullet or number."""
    out = []
    for para in paragraphs:
        for sent in _SENT.split(para):
            pm = point_marker(sent)
            out.append(pm.rest if pm is not None and pm.rest else sent)
    return out


_ENDS = (".", "!", "?", ";", "\u201d", '"')


def _text(m: re.Match[str]) -> str:
    got = m.groupdict().get("text")
    return (got if got is not None else m.group(0)).strip().strip(_QUOTES).strip()


def narrative_decisions(paragraphs: list[str]) -> Narrative:
    """Resolutions stated in an item's narrative paragraphs.

    >>> n = narrative_decisions(["I will move that this Council write to the Minister about bins.",
    ...     "The Motion was proposed by Councillor Reid, seconded by Councillor Okafor, and adopted."])
    >>> n.always
    ['this Council write to the Minister about bins.']
    >>> narrative_decisions(["The Committee noted the decision progress update."]).unlabelled
    ['The Committee noted the decision progress update.']
    >>> narrative_decisions(["The Committee noted that costs had risen."]).unlabelled
    []
    """
    out = Narrative()
    low = " ".join(paragraphs).lower()
    if not any(n in low for n in _NEEDLES):
        return out
    motion: str | None = None
    open_motion = False  # the motion's text runs on into the next line ("... the Department of,")
    for sent in _sentences(paragraphs):
        if open_motion and motion is not None:
            motion = f"{motion} {sent}"
            open_motion = not sent.endswith(_ENDS)
            continue
        low = sent.lower()
        if not any(n in low for n in _NEEDLES):
            continue  # no form can match a sentence without one of these words
        for row in outcome_rows():
            m = row.regex.match(sent)
            if m is None:
                continue
            if row.role is Role.MOTION:
                motion = _text(m)
                open_motion = not sent.endswith(_ENDS)
            elif row.role is Role.ADOPTS:
                if motion:
                    out.always.append(motion)
                motion = None
            elif row.field is Field.RECOMMENDATION:
                out.recommendations.append(_text(m))
            else:
                (out.always if row.when is When.ALWAYS else out.unlabelled).append(_text(m))
            break
    return out
