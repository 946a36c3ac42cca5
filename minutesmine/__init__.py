"""minutesmine: council minutes and officer reports as structured, searchable data.

>>> import minutesmine
>>> doc = minutesmine.extract("corpus/seeds/003_648fdf308355ba26.txt")  # doctest: +SKIP
>>> doc.items[0].resolutions  # doctest: +SKIP
['That the update be noted.']
"""

from __future__ import annotations

__version__ = "0.1.0"

from minutesmine.models import (
    Action,
    AgendaItem,
    Attendee,
    Document,
    Entity,
    Exchange,
    Meeting,
    Section,
    Source,
    Speech,
    Table,
    ThemeMention,
)
from minutesmine.nlp import load
from minutesmine.pipeline import extract, extract_many
from minutesmine.store import Store

__all__ = [
    "Action",
    "AgendaItem",
    "Attendee",
    "Document",
    "Entity",
    "Exchange",
    "Meeting",
    "Section",
    "Source",
    "Speech",
    "Store",
    "Table",
    "ThemeMention",
    "__version__",
    "extract",
    "extract_many",
    "load",
]
