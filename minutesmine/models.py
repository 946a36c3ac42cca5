"""The extraction record: the public output contract as pydantic models.

``minutesmine.extract(path)`` returns a :class:`Document`; ``Document.model_dump(mode="json")``
is the JSON object that ``minutesmine extract`` writes, one per line. Field names follow
``design/contract.md``; fields may be added but never renamed or dropped.
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "Action",
    "AgendaItem",
    "Attendee",
    "Document",
    "Entity",
    "EntityLabel",
    "Exchange",
    "Meeting",
    "Motion",
    "MotionKind",
    "Outcome",
    "RecordedVote",
    "Section",
    "SectionKind",
    "Source",
    "Speech",
    "Table",
    "ThemeMention",
    "VoteCounts",
    "VoteValue",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class EntityLabel(str, Enum):
    """Entity labels; numeric labels carry a normalised ``value``."""

    MONEY = "MONEY"
    PERCENT = "PERCENT"
    DATE = "DATE"
    PERIOD = "PERIOD"
    QUANTITY = "QUANTITY"
    SERVICE = "SERVICE"
    ORG = "ORG"
    ROLE = "ROLE"
    PERSON = "PERSON"
    PHONE = "PHONE"


class SectionKind(str, Enum):
    """Kinds of section an agenda item's text is divided into."""

    purpose = "purpose"
    recommendation = "recommendation"
    minutes = "minutes"
    discussion = "discussion"
    question = "question"
    response = "response"
    conclusion = "conclusion"
    resolution = "resolution"
    action = "action"
    information_request = "information_request"
    report_section = "report_section"
    attendance = "attendance"
    table = "table"
    other = "other"


class Source(_Model):
    path: Annotated[str, Field(description="Path of the input file as given")]
    sha256: Annotated[str, Field(description="SHA-256 of the file's bytes (hex)")]
    format: Annotated[Literal["pdf", "html", "text"], Field(description="Input format")]
    pages: Annotated[int | None, Field(description="Page count (PDF only)")] = None
    ocr_pages: Annotated[
        list[int], Field(description="PDF pages (1-based) whose text was read by OCR (no text layer)")
    ] = Field(default_factory=list)


class Attendee(_Model):
    name: Annotated[str, Field(description="Name as written, e.g. 'Councillor Jane Smith'")]
    role: Annotated[str | None, Field(description="Role or office, e.g. 'Chair'")] = None
    status: Annotated[
        Literal["present", "apologies", "substitute", "in_attendance", "virtual", "absent"],
        Field(description="How the person attended"),
    ] = "present"


ProvenanceSource = Literal["document", "manifest", "path"]


class Meeting(_Model):
    council: Annotated[str | None, Field(description="Council, e.g. 'Croydon'")] = None
    committee: Annotated[str | None, Field(description="Committee or panel name")] = None
    date: Annotated[str | None, Field(description="Meeting date, YYYY-MM-DD")] = None
    attendees: Annotated[list[Attendee], Field(description="Attendance list")] = []
    provenance: Annotated[
        dict[str, ProvenanceSource],
        Field(description="Where council/committee/date came from: document, manifest or path"),
    ] = {}


class Speech(_Model):
    text: Annotated[str, Field(description="What was said, as minuted")]
    speaker: Annotated[
        str | None,
        Field(description="Who spoke, lower-cased: 'member', 'chair', 'officers', a role or a name"),
    ] = None


class Exchange(_Model):
    question: Annotated[Speech, Field(description="The member's question")]
    response: Annotated[Speech | None, Field(description="The answer; null when unanswered")] = None
    answered: Annotated[bool, Field(description="Whether the minutes record an answer")] = False


class Section(_Model):
    kind: Annotated[str, Field(description="Section kind (see SectionKind)")]
    heading: Annotated[str | None, Field(description="Heading as written, without its number")] = None
    number: Annotated[str | None, Field(description="Heading or paragraph number, e.g. '7'")] = None
    text: Annotated[str, Field(description="The section's text")]
    pages: Annotated[list[int], Field(description="PDF pages the section spans")] = []


class Table(_Model):
    caption: Annotated[str | None, Field(description="Caption, e.g. 'Table 1'")] = None
    header: Annotated[list[str], Field(description="Header cells")] = []
    rows: Annotated[list[list[str]], Field(description="Body rows, one list of cells each")] = []
    page: Annotated[int | None, Field(description="PDF page the table is on")] = None


class Action(_Model):
    text: Annotated[str, Field(description="The action as written")]
    owner: Annotated[str | None, Field(description="Who is to carry it out")] = None


class Entity(_Model):
    label: Annotated[str, Field(description="Entity label (see EntityLabel)")]
    text: Annotated[str, Field(description="Text as written")]
    start: Annotated[int, Field(description="Start character offset in its section's text")]
    end: Annotated[int, Field(description="End character offset in its section's text")]
    value: Annotated[
        float | int | str | None,
        Field(description="Normalised value: pounds, percent, ISO date, 'YYYY/YY', count, or canonical name"),
    ] = None
    unit: Annotated[str | None, Field(description="QUANTITY unit, singular lower-case")] = None
    item_index: Annotated[int | None, Field(description="Index of the item in Document.items")] = None
    section_index: Annotated[int | None, Field(description="Index of the section in its item")] = None


class ThemeMention(_Model):
    theme: Annotated[str, Field(description="Theme id from the taxonomy, or 'emergent:<slug>'")]
    item_index: Annotated[int, Field(description="Index of the item in Document.items")]
    section_index: Annotated[int | None, Field(description="Index of the section in its item")] = None
    text: Annotated[str, Field(description="The sentence that mentions the theme")]
    matched: Annotated[str | None, Field(description="The words that matched the theme")] = None
    score: Annotated[float | None, Field(description="Match strength, 0-1")] = None
    figures: Annotated[list[Entity], Field(description="Figures quoted in the sentence")] = []


class MotionKind(str, Enum):
    """Whether a proposal is a substantive motion or an amendment to one."""

    motion = "motion"
    amendment = "amendment"


class Outcome(str, Enum):
    """What became of a motion."""

    carried = "carried"
    lost = "lost"
    withdrawn = "withdrawn"
    deferred = "deferred"


class VoteValue(str, Enum):
    """How one member voted (or that they were absent for the vote)."""

    for_ = "for"
    against = "against"
    abstain = "abstain"
    absent = "absent"


class VoteCounts(_Model):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, serialize_by_alias=True)

    for_: Annotated[int | None, Field(alias="for", description="Votes for")] = None
    against: Annotated[int | None, Field(description="Votes against")] = None
    abstain: Annotated[int | None, Field(description="Abstentions")] = None


class RecordedVote(_Model):
    name: Annotated[str, Field(description="Member's name as written")]
    vote: Annotated[VoteValue, Field(description="for, against, abstain or absent")]


class Motion(_Model):
    text: Annotated[str, Field(description="The operative words, e.g. 'That the report BE RECEIVED'")]
    kind: Annotated[MotionKind, Field(description="motion or amendment")] = MotionKind.motion
    mover: Annotated[str | None, Field(description="Who moved (proposed) it, as written")] = None
    seconder: Annotated[str | None, Field(description="Who seconded it, as written")] = None
    outcome: Annotated[Outcome | None, Field(description="carried, lost, withdrawn or deferred")] = None
    votes: Annotated[VoteCounts, Field(description="Vote counts")] = VoteCounts()
    recorded: Annotated[list[RecordedVote], Field(description="Recorded votes by name")] = []


class AgendaItem(_Model):
    number: Annotated[str | None, Field(description="Item number as the source numbers it")] = None
    pages: Annotated[list[int], Field(description="PDF pages the item spans")] = []
    title: Annotated[str, Field(description="Item title")]
    purpose: Annotated[str | None, Field(description="One-line purpose or summary")] = None
    recommendations: Annotated[list[str], Field(description="One entry per recommendation")] = []
    exchanges: Annotated[list[Exchange], Field(description="Member questions with responses")] = []
    conclusions: Annotated[list[str], Field(description="One entry per conclusion")] = []
    resolutions: Annotated[list[str], Field(description="One entry per resolution point")] = []
    actions: Annotated[list[Action], Field(description="Actions with owners")] = []
    motions: Annotated[list[Motion], Field(description="Motions and amendments put to the meeting")] = []
    information_requests: Annotated[list[str], Field(description="Requests for information")] = []
    sections: Annotated[list[Section], Field(description="Full text in order, typed")] = []
    tables: Annotated[list[Table], Field(description="Tables in the item")] = []
    themes: Annotated[list[str], Field(description="Theme ids of the item's mentions")] = []
    procedural: Annotated[
        bool,
        Field(description="Apologies, declarations, minutes, next meeting: no themes or emergent phrases"),
    ] = False


class Document(_Model):
    source: Annotated[Source, Field(description="The input file")]
    kind: Annotated[Literal["minutes", "report"], Field(description="Minutes or officer report")] = "minutes"
    document_type: Annotated[
        Literal["minutes", "report", "agenda", "agenda_pack", "question_paper", "transcript", "not_council"],
        Field(
            description="The finer kind: minutes, officer report, agenda front sheet, agenda pack, "
            "written-question paper, verbatim transcript, or not a council document"
        ),
    ] = "minutes"
    meeting: Annotated[Meeting, Field(description="Meeting the document belongs to")] = Meeting()
    metadata: Annotated[dict[str, str], Field(description="Report cover sheet, snake_case keys")] = {}
    items: Annotated[list[AgendaItem], Field(description="Agenda items in order")] = []
    entities: Annotated[list[Entity], Field(description="Every entity, with offsets")] = []
    mentions: Annotated[list[ThemeMention], Field(description="Sentences linked to themes")] = []
    warnings: Annotated[list[str], Field(description="Problems met while extracting")] = []
    errors: Annotated[list[str], Field(description="Fatal problems: nothing could be extracted")] = []
