"""Theme linking: the taxonomy (``models/taxonomy.json``) matched sentence by sentence.

:func:`link_sentences` turns every sentence of a section that matches a theme into a
:class:`~minutesmine.models.ThemeMention` carrying the sentence, the matched words, the
strength of the evidence (0-1) and the figures (entities) inside the sentence.
:func:`item_themes` then weighs an item's mentions: a theme is the item's when its evidence
reaches the theme's threshold, so a passing "foster care" in an adoption item does not tag
it ``foster_carers`` while a discussion of foster carer recruitment does.
Recurring phrases outside the taxonomy are found across a store by
:mod:`minutesmine.themes.emergent`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from minutesmine.models import Entity, ThemeMention
from minutesmine.themes.match import Matcher, default_matcher, matcher_for
from minutesmine.themes.procedural import is_procedural_item
from minutesmine.themes.taxonomy import Taxonomy, load_taxonomies, load_taxonomy

if TYPE_CHECKING:  # annotations only: storing themes (Store.add) does not import spaCy
    from spacy.tokens import Doc

__all__ = [
    "Matcher",
    "Taxonomy",
    "is_listing",
    "is_procedural_item",
    "item_theme_scores",
    "item_themes",
    "link_sentences",
    "link_text",
    "load_taxonomies",
    "load_taxonomy",
    "matcher_for",
]


def _figures(entities: list[Entity], start: int, end: int, labels: frozenset[str]) -> list[Entity]:
    """The figures (entities with a label in ``labels``) inside ``[start, end)``."""
    return [e.model_copy() for e in entities if e.start >= start and e.end <= end and e.label in labels]


#: a "sentence" of at least this many words, nearly all capitalised, is a listing of names
LISTING_MIN_WORDS = 12
LISTING_CAPITALISED = 0.7
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")


def is_listing(sentence: str) -> bool:
    """Whether a sentence is a listing of names rather than prose: a directory of
    departments and officers, a list of documents or committees, a contents page. Theme
    words in it name bodies and services; they do not discuss them.

    >>> is_listing("DEPT. OF PUBLIC HEALTH – Jane Roe, Director, Room 19 Air Quality – John Doe, "
    ...            "Commissioner Environment – Ann Poe, Manager")
    True
    >>> is_listing("The Committee noted that Housing Services had reduced the use of temporary "
    ...            "accommodation in Northfield and Eastwood.")
    False
    """
    words = _WORD_RE.findall(sentence)
    if len(words) < LISTING_MIN_WORDS:
        return False
    return sum(w[0].isupper() for w in words) >= LISTING_CAPITALISED * len(words)


def link_text(
    text: str,
    spans: list[tuple[int, int]],
    entities: list[Entity],
    item_index: int,
    section_index: int | None,
    matcher: Matcher | None = None,
) -> list[ThemeMention]:
    """Theme mentions for the sentences ``spans`` (character offsets) of ``text``; each
    carries the figures (MONEY, PERCENT, QUANTITY entities: ``figure_labels``) in its sentence.

    >>> from minutesmine.models import Entity
    >>> text = "Officers said the average caseload was 35 cases. The Chair thanked them."
    >>> ents = [Entity(label="QUANTITY", text="35 cases", start=39, end=47, value=35, unit="case")]
    >>> [(m.theme, m.matched, [f.value for f in m.figures])
    ...  for m in link_text(text, [(0, 48), (49, 72)], ents, 0, 0)]
    [('caseloads', 'caseload', [35])]
    """
    matcher = matcher or default_matcher()
    out = []
    labels = matcher.taxonomy.figure_labels
    candidates = [e for e in entities if e.label in labels]  # as _figures, sentence by sentence
    # as ``matcher.match(text, Section(text), toks)`` for each sentence's tokens
    for start, end, found in matcher.match_sentences(text, spans):
        sentence = text[start:end]
        if is_listing(sentence):
            continue
        figures = _figures(candidates, start, end, labels) if candidates else []
        for theme, sm in sorted(found.items()):
            out.append(
                ThemeMention(
                    theme=theme,
                    item_index=item_index,
                    section_index=section_index,
                    text=sentence.strip(),
                    matched=sm.matched,
                    score=sm.score,
                    figures=[f for f in figures],
                )
            )
    return out


def link_sentences(
    doc: Doc, entities: list[Entity], item_index: int, section_index: int
) -> list[ThemeMention]:
    """Theme mentions in one section's Doc; each carries the entities inside its sentence."""
    if doc.has_annotation("SENT_START"):
        spans = [(s.start_char, s.end_char) for s in doc.sents]
    else:
        spans = [(0, len(doc.text))]
    return link_text(doc.text, spans, entities, item_index, section_index)


def item_theme_scores(
    mentions: list[ThemeMention], title: str = "", taxonomy: Taxonomy | None = None
) -> dict[str, float]:
    """Each theme's evidence in an item: its sentences' scores, a repeat of the same words
    counting ``repeat_factor`` (and not at all after ``max_repeats`` sentences: one word
    said over and over is still one word), plus ``title_weight`` x the title's score.

    >>> from minutesmine.models import ThemeMention as M
    >>> ms = [M(theme="foster_carers", item_index=0, text="s", matched="foster care", score=0.4)]
    >>> item_theme_scores(ms, "Adoption Service Annual Report")
    {'foster_carers': 0.4}
    """
    taxonomy = taxonomy or load_taxonomy()
    rf = taxonomy.repeat_factor
    seen: dict[tuple[str, str], int] = defaultdict(int)
    totals: dict[str, float] = defaultdict(float)
    for m in mentions:
        key = (m.theme, (m.matched or m.text).lower())
        theme = taxonomy.themes.get(m.theme)
        if theme is None or seen[key] < theme.max_repeats:
            totals[m.theme] += (m.score if m.score is not None else 1.0) * (rf if seen[key] else 1.0)
        seen[key] += 1
    if title:
        matcher = matcher_for(taxonomy)
        for theme, score in matcher.scores(title):
            totals[theme] += taxonomy.title_weight * score
    return {t: round(v, 3) for t, v in totals.items()}


def item_themes(mentions: list[ThemeMention], title: str = "", taxonomy: Taxonomy | None = None) -> list[str]:
    """The themes an item is about, strongest first, weighing its mentions' evidence.

    Taxonomy themes need their threshold; ``emergent:`` mentions are kept as they are.

    >>> from minutesmine.models import ThemeMention as M
    >>> ms = [M(theme="agency_staff", item_index=0, text="s", matched="agency staff", score=1.0),
    ...       M(theme="foster_carers", item_index=0, text="t", matched="fostering", score=0.4)]
    >>> item_themes(ms)
    ['agency_staff']
    >>> item_themes([], "Fostering Service: recruitment of foster carers")
    ['foster_carers']
    """
    taxonomy = taxonomy or load_taxonomy()
    scores = item_theme_scores(mentions, title, taxonomy)
    top: dict[str, float] = defaultdict(float)  # each family's strongest evidence
    for theme, score in scores.items():
        if (t := taxonomy.themes.get(theme)) is not None:
            top[t.family] = max(top[t.family], score)
    keep = []
    for theme, score in scores.items():
        t = taxonomy.themes.get(theme)
        if (t is None and theme.startswith("emergent:")) or (
            t is not None and score >= t.threshold - 1e-9 and score >= t.min_share * top[t.family] - 1e-9
        ):
            keep.append((score, theme))
    return [theme for _, theme in sorted(keep, key=lambda x: (-x[0], x[1]))]
