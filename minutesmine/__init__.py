"""minutesmine: council minutes and officer reports as structured, searchable data.

>>> import minutesmine
>>> doc = minutesmine.extract("corpus/seeds/003_648fdf308355ba26.txt")  # doctest: +SKIP
>>> doc.items[0].resolutions  # doctest: +SKIP
['That the update be noted.']
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
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

# Imported on first use (module ``__getattr__``), so that a command that extracts nothing (a
# re-run over an unchanged archive, the ``--jobs N`` parent) never imports spaCy, and one that
# reads no record never builds the contract models.
_MODELS = (
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
    "Table",
    "ThemeMention",
)
_LAZY = {
    **dict.fromkeys(_MODELS, "minutesmine.models"),
    "load": "minutesmine.nlp",
    "extract": "minutesmine.pipeline",
    "extract_many": "minutesmine.pipeline",
    "Store": "minutesmine.store",
}

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


def __getattr__(name: str) -> Any:
    """The contract models, ``load``, ``extract``, ``extract_many`` and ``Store``, imported on
    first use."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    if module in ("minutesmine.nlp", "minutesmine.pipeline"):
        import_module("minutesmine.nlp")  # spaCy is first imported through minutesmine.nlp
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
