"""What makes two files one document, and two documents one meeting (the store's identities).

- **Normal words**: text compared with case, punctuation, apostrophes, spacing and Unicode
  forms ignored, and "&" read as "and" (:func:`normal_words`).
- **Content**: a document's content digest is the SHA-256 of the normal words of its item
  titles and section texts, in order (:func:`content_digest`). The txt, PDF and HTML
  renderings of the same minutes read to the same words, so they are one document; the
  layout, the file bytes and the page furniture the readers drop do not count.
- **Meeting**: a council, a committee and a full date (YYYY-MM-DD). The committee name is
  compared by its key (:func:`committee_key`: normal words, then the rules of
  ``models/names/committee_words.jsonl``). A document without all three is a meeting of its
  own: nothing is merged on a guess.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from enum import Enum
from functools import lru_cache
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from minutesmine.assets import read_jsonl

if TYPE_CHECKING:
    from minutesmine.models import Document

__all__ = ["committee_key", "content_digest", "meeting_key", "normal_words", "section_digests", "text_digest"]

_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc`]")
_WORD = re.compile(r"\w+|[&+]")
_NON_WORD = re.compile(r"\W+")
_FULL_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)


class Place(str, Enum):
    """Where in a name a rule's words are replaced."""

    ANYWHERE = "anywhere"
    START = "start"
    END = "end"


class NameRule(BaseModel):
    """One row of ``models/names/committee_words.jsonl``."""

    model_config = ConfigDict(extra="forbid")

    id: str
    forms: list[str]
    becomes: str
    place: Place
    example: str
    key: str
    notes: str = ""


def _tokens(text: str) -> list[str]:
    text = _APOSTROPHES.sub("", unicodedata.normalize("NFKC", text).casefold())
    return _WORD.findall(text)


def normal_words(text: str | None) -> str:
    """``text`` as lower-case words: punctuation, apostrophes and spacing dropped, "&" read as "and".

    >>> normal_words("Children’s  Services: the\\nPLAN & budget")
    'childrens services the plan and budget'
    """
    text = _APOSTROPHES.sub("", unicodedata.normalize("NFKC", text or "").casefold())
    return _NON_WORD.sub(" ", text.replace("&", " and ").replace("+", " and ")).strip()


@lru_cache(maxsize=1)
def name_rules() -> tuple[NameRule, ...]:
    """The committee name rules, in file order."""
    return tuple(NameRule.model_validate(r) for r in read_jsonl("names", "committee_words.jsonl"))


def _replace(words: list[str], rule: NameRule) -> list[str]:
    new = rule.becomes.split()
    for form in sorted((f.split() for f in rule.forms), key=len, reverse=True):
        n = len(form)
        if rule.place is Place.START:
            if words[:n] == form and len(words) > n:
                return new + words[n:]
        elif rule.place is Place.END:
            if words[-n:] == form and len(words) > n:
                return words[:-n] + new
        else:
            k = 0
            out: list[str] = []
            while k < len(words):
                if words[k : k + n] == form:
                    out.extend(new)
                    k += n
                else:
                    out.append(words[k])
                    k += 1
            words = out
    return words


def committee_key(name: str | None) -> str | None:
    """A committee name as compared between documents (None for no name).

    >>> committee_key("Kingston & North Kingston Committee")
    'kingston and north kingston'
    >>> committee_key("Kingston and North Kingston committee")
    'kingston and north kingston'
    >>> committee_key("Licensing Sub-Committee"), committee_key("Licensing Committee")
    ('licensing sub', 'licensing')
    """
    words = _tokens(name or "")
    if not words:
        return None
    for rule in name_rules():
        words = _replace(words, rule)
    return " ".join(words) or None


def meeting_key(council: str | None, committee: str | None, date: str | None) -> str | None:
    """The meeting a document belongs to, as ``council|committee key|date``; None when one of
    the three is unknown (or the date is not a full date): such a document is its own meeting.

    >>> meeting_key("Kingston", "Kingston & North Kingston Committee", "2019-03-05")
    'kingston|kingston and north kingston|2019-03-05'
    >>> meeting_key("Kingston", None, "2019-03-05") is None
    True
    """
    council_words = normal_words(council)
    committee = committee_key(committee)
    if not council_words or not committee or not date or not _FULL_DATE.fullmatch(date):
        return None
    return f"{council_words}|{committee}|{date}"


def _digest(parts: Iterable[str]) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()


def text_digest(text: str | None) -> str:
    """A short digest of a text's normal words: equal for renderings of the same text.

    >>> text_digest("Foster carers were discussed.") == text_digest("foster  carers were discussed")
    True
    """
    return _digest([normal_words(text)])[:16]


_EMPTY = text_digest("")


def section_digests(doc: Document) -> list[list[str]]:
    """:func:`text_digest` of each section of each item."""
    return [[text_digest(s.text) for s in item.sections] for item in doc.items]


def content_digest(doc: Document, sections: list[list[str]] | None = None) -> str | None:
    """The digest of a document's content: its item titles as normal words and its sections'
    :func:`text_digest` (``sections``, when the caller has them), in order. None for a
    document without text (a failure), which is identical to nothing."""
    sections = section_digests(doc) if sections is None else sections
    parts = []
    for item, digests in zip(doc.items, sections, strict=True):
        parts.append(normal_words(item.title))
        parts.extend(d for d in digests if d != _EMPTY)
    if doc.errors or not any(parts):
        return None
    return _digest(parts)
