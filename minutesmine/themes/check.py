"""``minutesmine taxonomy check``: validate taxonomy files and run their example sentences.

A file is checked as it will be used: added to the shipped themes. Each of its themes'
``positive`` examples, read as one item's text, must give the item that theme; each
``negative`` example must not.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from pydantic import ValidationError

from minutesmine.models import ThemeMention
from minutesmine.themes.match import Matcher, matcher_for
from minutesmine.themes.taxonomy import Taxonomy, load_taxonomies, merge_taxonomies, read_taxonomy

__all__ = ["check_files", "example_problems", "sentence_themes"]


def sentence_themes(sentence: str, matcher: Matcher) -> list[str]:
    """The themes an item whose whole text is ``sentence`` gets (no title).

    >>> from minutesmine.themes.match import default_matcher
    >>> sentence_themes("The zebra crossing on the High Street was approved.", default_matcher())
    ['highways_transport']
    """
    from minutesmine.themes import item_themes

    mentions = [
        ThemeMention(theme=theme, item_index=0, text=sentence, matched=sm.matched, score=sm.score)
        for theme, sm in matcher.match(sentence).items()
    ]
    return item_themes(mentions, "", matcher.taxonomy)


def example_problems(theme_ids: Iterable[str], taxonomy: Taxonomy) -> tuple[list[str], int]:
    """The examples of ``theme_ids`` that ``taxonomy`` gets wrong, as messages, and how
    many examples were run."""
    matcher = matcher_for(taxonomy)
    problems, n = [], 0
    for tid in theme_ids:
        theme = taxonomy.themes[tid]
        for polarity in ("positive", "negative"):
            for sentence in theme.examples.get(polarity, []):
                n += 1
                got = sentence_themes(sentence, matcher)
                if (tid in got) != (polarity == "positive"):
                    problems.append(
                        f"{tid}: {polarity} example {'missed' if polarity == 'positive' else 'matched'}: "
                        f"{sentence!r} (themes: {', '.join(got) or 'none'})"
                    )
    return problems, n


def check_files(files: Iterable[str | Path]) -> tuple[list[str], int]:
    """Problems of each taxonomy file (invalid structure, or examples that fail when the
    file is added to the shipped themes), and the number of examples run."""
    problems: list[str] = []
    total = 0
    for f in files:
        try:
            own = read_taxonomy(f)  # read now: the file may have changed since it was loaded
            merged = merge_taxonomies([load_taxonomies(), own])
        except ValidationError as exc:
            problems += [f"{f}: {'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()]
            continue
        except (ValueError, OSError) as exc:
            problems.append(f"{f}: {exc}")
            continue
        found, n = example_problems(own.themes, merged)
        problems += [f"{f}: {p}" for p in found]
        total += n
    return problems, total
