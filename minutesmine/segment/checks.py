"""Honest output: warnings for a parse that looks wrong.

A warning names what looks wrong so that a reader of the run summary (which counts them)
knows which documents to look at: minutes in which no item heading was found, one item
spanning most pages of a long document, an item whose "title" is a sentence.
"""

from __future__ import annotations

import re

from minutesmine.models import AgendaItem
from minutesmine.segment.cues import is_procedural
from minutesmine.segment.numbering import NARRATIVE_VERB, is_title

__all__ = ["parse_warnings"]

#: a document needs this many pages before one item covering most of them looks wrong
LONG_DOCUMENT = 6
#: the share of a long document's pages one item may span among several
MOST_PAGES = 0.6
#: minutes with this many lines and no item heading look wrong
MANY_LINES = 120

_SENTENCE_BREAK = re.compile(r"(?<![A-Z])[.!?]\s+[A-Z]")


def sentence_title(title: str) -> bool:
    """Whether an item's title reads as a sentence, not a heading.

    >>> sentence_title("Budget Monitoring Report"), sentence_title("Apologies for absence")
    (False, False)
    >>> sentence_title("The Chair welcomed everyone to the meeting. Apologies were noted.")
    True
    >>> sentence_title("Members discussed the proposal at length and agreed it was good.")
    True
    >>> sentence_title("It was then unanimously agreed that the Report on the Draft Budget, as")
    True
    """
    words = title.split()
    if is_title(title, lenient=True) or is_procedural(title):
        return False
    if _SENTENCE_BREAK.search(title) is not None or (title.endswith(".") and len(words) > 8):
        return True
    return len(words) >= 6 and NARRATIVE_VERB.search(title) is not None


def parse_warnings(items: list[AgendaItem], document_type: str, lines: int, pages: int | None) -> list[str]:
    """Warnings for the items found in a document of the given type."""
    out: list[str] = []
    if document_type == "minutes" and len(items) <= 1 and lines >= MANY_LINES:
        out.append(f"suspect structure: no agenda item headings found in {lines} lines of minutes")
    if pages and pages >= LONG_DOCUMENT and len(items) > 1:
        for it in items:
            if len(it.pages) >= MOST_PAGES * pages:
                span = f"{len(it.pages)} of {pages} pages"
                out.append(f"suspect structure: item {it.title[:60]!r} spans {span}")
    sentences = [it.title for it in items if sentence_title(it.title)]
    if sentences:
        first = sentences[0][:60]
        out.append(f"suspect structure: {len(sentences)} item title(s) read as a sentence: {first!r}")
    return out
