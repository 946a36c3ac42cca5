"""The spaCy pipeline: a blank English model plus minutesmine's rule components.

``load()`` returns the pipeline (cached per process). It is built from ``spacy.blank("en")``
with a sentencizer (spaCy's, computed from token arrays: :mod:`minutesmine.nlp.sentences`)
and the components registered in :mod:`minutesmine.nlp.components`
(figures, gazetteers, people, resolver), whose patterns and gazetteers are read from the
``models/`` assets. Entities end up in ``doc.ents`` and ``doc.spans["minutesmine"]`` with
normalised values in ``span._.value`` / ``span._.unit``; :func:`minutesmine.nlp.entities.doc_entities`
turns them into contract entities.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from minutesmine.nlp._startup import import_spacy

import_spacy()  # before any spaCy import: skips spaCy's command line (~0.2 s)

from spacy.attrs import ORTH  # noqa: E402
from spacy.lang.en import English, EnglishDefaults  # noqa: E402
from spacy.lang.en.tokenizer_exceptions import TOKENIZER_EXCEPTIONS  # noqa: E402
from spacy.language import Language  # noqa: E402

from minutesmine.nlp import components as _components  # noqa: E402  (registers the factories)
from minutesmine.nlp import lexattrs as _lexattrs  # noqa: E402
from minutesmine.nlp import sentences as _sentences  # noqa: E402, F401  (registers the sentencizer)
from minutesmine.nlp.affixes import gate_plain_words  # noqa: E402

__all__ = ["PIPE_NAMES", "VOCAB_GROWTH", "build", "load", "reload"]

#: Chunks the tokenizer keeps tokenized (spaCy's default is 10,000).
TOKENIZER_CACHE = 500_000

#: The rule components, in order.
PIPE_NAMES = ("minutesmine_figures", "minutesmine_gazetteer", "minutesmine_people", "minutesmine_resolve")


def _plain_space(string: str, substrings: list[dict[int, str]]) -> bool:
    """Whether a tokenizer exception only keeps a whitespace string as itself.

    >>> from spacy.attrs import NORM
    >>> _plain_space("\\n", [{ORTH: "\\n"}]), _plain_space("\\xa0", [{ORTH: "\\xa0", NORM: "  "}])
    (True, False)
    """
    return string.isspace() and substrings == [{ORTH: string}]


#: Longest section text the pipeline takes (spaCy's default is 1,000,000 characters).
MAX_TEXT = 50_000_000

#: Letters that follow an amount ("£10m", "£5k") and so must not swallow a sentence's full stop.
FIGURE_SUFFIXES = frozenset({"m.", "k."})


class _Defaults(EnglishDefaults):
    # spaCy's English exceptions for " ", "\t" and "\n" give the token the tokenizer makes
    # anyway, but any special case met in a text stops the tokenizer caching the rest of
    # that text (spaCy #1250), and every text has a newline: dropping them makes
    # tokenizing ~4x faster with the same tokens (tests/test_tokenizer.py).
    # "m." and "k." are kept whole as abbreviations, but in minutes they close a figure far
    # more often ("overspend by £1.2m. The Director ..."): split, the full stop ends the sentence.
    tokenizer_exceptions: ClassVar[dict[str, list[dict[int, str]]]] = {
        k: v for k, v in TOKENIZER_EXCEPTIONS.items() if not _plain_space(k, v) and k not in FIGURE_SUFFIXES
    }
    # spaCy's own values, without a Python loop for the plain words most new words are
    lex_attr_getters: ClassVar[dict[int, Callable[[str], Any]]] = {
        **EnglishDefaults.lex_attr_getters,
        **_lexattrs.LEX_ATTRS,
    }


class _English(English):
    """``spacy.blank("en")`` whose tokenizer keeps caching past whitespace tokens."""

    Defaults = _Defaults


def build(entities: str = "entities", gazetteers: str = "gazetteers") -> Language:
    """A fresh pipeline whose rule data come from the given ``models/`` folders."""
    nlp = _English.from_config({})
    # spaCy's 1,000,000-character limit guards its parser and NER (about 1 GB a 100,000
    # characters); this pipeline has neither, and a long section costs memory in proportion
    nlp.max_length = MAX_TEXT
    # spaCy caches the tokens of at most 10,000 distinct whitespace-separated chunks; past
    # that every new chunk goes through the affix rules on each occurrence (same tokens)
    nlp.tokenizer.max_cache_size = TOKENIZER_CACHE
    gate_plain_words(nlp.tokenizer)  # no URL or infix search in a word of letters and digits
    nlp.tokenizer = _components.TextKeepingTokenizer(nlp.tokenizer)
    nlp.add_pipe("minutesmine_sentencizer", name="sentencizer")  # spaCy's, through arrays
    cfg = {"entities": entities, "gazetteers": gazetteers}
    for name in PIPE_NAMES:
        nlp.add_pipe(name, config=cfg if name != "minutesmine_resolve" else {})
    return nlp


#: Strings the pipeline's vocabulary may gain before :func:`load` builds a fresh pipeline.
#: spaCy keeps every string it has seen (with its lexeme, the tokenizer's cached splits and
#: the rules' per-word tables), so a long-lived process reading new names and figures grows
#: by about 1 KB a new string; rebuilding costs ~0.5 s and bounds that to ~200 MB.
VOCAB_GROWTH = 200_000


class _Loaded:
    """The pipeline :func:`load` hands out, and its vocabulary's size when it was built."""

    nlp: Language | None = None
    base = 0


def load() -> Language:
    """The minutesmine pipeline (blank English + rules from ``models/``), cached per process.

    Built afresh once its vocabulary has grown by :data:`VOCAB_GROWTH` strings since it was
    built (see :func:`reload`), so ``extract()`` in a loop runs in bounded memory; a caller
    holding on to a pipeline (``extract(path, nlp=nlp)``) keeps that one.
    """
    nlp = _Loaded.nlp
    if nlp is None or len(nlp.vocab.strings) > _Loaded.base + VOCAB_GROWTH:
        nlp = reload()
    return nlp


def reload() -> Language:
    """Build the pipeline afresh and hand it out from now on (the old one is dropped)."""
    _Loaded.nlp = None  # let the old pipeline go before the new one is built
    nlp = build()
    _Loaded.nlp, _Loaded.base = nlp, len(nlp.vocab.strings)
    return nlp
