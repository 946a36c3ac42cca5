"""Who undertook an action minuted in a sentence.

An action cue (``models/cues/actions.jsonl``) says where its owner is written
(:class:`OwnerFrom`): the words just before the cue ("The Director offered to ..."), the
sentence's subject ("In response, the Director of Housing, ... agreed to review ...";
"he agreed to ..." takes the role named before it, or the previous sentence's subject), the
clause after "that" ("it was agreed that the Senior Officer would meet ..."), or nobody
("It was also agreed to circulate the Motion").
"""

from __future__ import annotations

import re
from enum import Enum

__all__ = ["OwnerFrom", "clause_subject", "sentence_subject"]


class OwnerFrom(str, Enum):
    """Where an action cue's owner is written."""

    BEFORE = "before"  # the words before the cue
    SUBJECT = "subject"  # the sentence's subject (a pronoun: the role named before it)
    CLAUSE = "clause"  # the subject of the cue's "who" group ("agreed that X would")
    NONE = "none"  # impersonal: "It was agreed to ..."


#: an opening adverbial before the subject: "In response to the Members' concerns, "
_INTRO = re.compile(
    r"^(?:(?:in (?:response|reply|responding|answer)|at the (?:conclusion|end|close)|following|after|"
    r"having|on behalf)\b[^,]{0,160},\s*)+",
    re.I,
)
#: lower-case words that stay inside a title ("Director of Service, Environment and ...")
_CONNECT = frozenset({"of", "and", "for", "the", "&", "on", "to", "in", "at"})
_PRONOUN = re.compile(r"^(?:he|she|they)$", re.I)


def clause_subject(clause: str) -> str | None:
    """The subject a clause opens with: capitalised words and the small words inside a title.

    >>> clause_subject("In response, the Director of Regeneration, Sports and Recreation outlined it")
    'the Director of Regeneration, Sports and Recreation'
    >>> clause_subject("he agreed to review")
    'he'
    >>> clause_subject("it was noted") is None
    True
    >>> clause_subject("(The Director offered to circulate it.)")
    'The Director'
    """
    words = _INTRO.sub("", clause.strip().lstrip("(\u201c\"'[ ")).split()
    out: list[str] = []
    for w in words[:24]:
        bare = w.strip(",;:()\u201c\u201d\"'")
        if not bare:
            break
        if bare[0].islower() and bare.lower() not in _CONNECT and not (not out and _PRONOUN.match(bare)):
            break
        out.append(w)
        if _PRONOUN.match(bare):
            break
    while out and out[-1].strip(",;:").lower() in _CONNECT:
        out.pop()
    got = " ".join(out).strip(",;: ")
    return got or None


def sentence_subject(head: str, previous: str, role: re.Pattern[str] | None) -> str | None:
    """The owner for a cue whose owner is the sentence's subject: the sentence's opening
    subject when it names a role (a pronoun takes the previous sentence's), else None.

    >>> role = re.compile(r"\\b(?:Director|Mayor)\\b")
    >>> sentence_subject("the Director of Housing", "", role)
    'the Director of Housing'
    >>> sentence_subject("He", "In reply, the Mayor thanked them.", role)
    'the Mayor'
    >>> sentence_subject("Members", "", role) is None
    True
    """
    subject = clause_subject(head)
    if subject is not None and _PRONOUN.match(subject):
        subject = clause_subject(previous)
    if subject is None or (role is not None and not role.search(subject)):
        return None
    return subject
