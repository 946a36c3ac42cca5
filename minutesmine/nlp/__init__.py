"""The spaCy pipeline: a blank English model plus minutesmine's rule components.

``load()`` returns the pipeline (cached per process). It is built from ``spacy.blank("en")``
with a sentencizer and the components registered in :mod:`minutesmine.nlp.components`
(figures, gazetteers, people, resolver), whose patterns and gazetteers are read from the
``models/`` assets. Entities end up in ``doc.ents`` and ``doc.spans["minutesmine"]`` with
normalised values in ``span._.value`` / ``span._.unit``; :func:`minutesmine.nlp.entities.doc_entities`
turns them into contract entities.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from minutesmine.nlp import components as _components  # registers the factories

__all__ = ["PIPE_NAMES", "build", "load"]

#: The rule components, in order.
PIPE_NAMES = ("minutesmine_figures", "minutesmine_gazetteer", "minutesmine_people", "minutesmine_resolve")


def build(entities: str = "entities", gazetteers: str = "gazetteers") -> Language:
    """A fresh pipeline whose rule data come from the given ``models/`` folders."""
    nlp = spacy.blank("en")
    nlp.tokenizer = _components.TextKeepingTokenizer(nlp.tokenizer)
    nlp.add_pipe("sentencizer")
    cfg = {"entities": entities, "gazetteers": gazetteers}
    for name in PIPE_NAMES:
        nlp.add_pipe(name, config=cfg if name != "minutesmine_resolve" else {})
    return nlp


@lru_cache(maxsize=1)
def load() -> Language:
    """The minutesmine pipeline (blank English + rules from ``models/``), cached."""
    return build()
