"""Minutes lines -> agenda items.

An item starts at a line that reads like an item heading: a number in one of the styles
councils use ("44.", "44/18", "Minute 23", "7(b)", "Item 3:", "1 DECLARATIONS OF INTEREST",
a number alone with the title on the next line, a title with "(Item 4)" under it) followed
by a title, or an unnumbered bold/heading line before any numbered item. Numbered lines that
continue a list ("RESOLVED:" then "1. ...") or go back in the numbering without heading
emphasis are list points or sub-items, not items. A page with no item headings at all (a
ModernGov agenda-item page) is one item whose title is its first title-like line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum

from minutesmine.nlp.lexicon import load_lexicon
from minutesmine.segment.cues import (
    is_procedural,
    is_vote,
    item_label,
    match_attendance,
    match_section,
    opening_ceremony,
    opens_meeting,
    opens_with_case_reference,
    procedural_anywhere,
    report_heading_kind,
)
from minutesmine.segment.groups import Children, children_of
from minutesmine.segment.lines import Emphasis, Line
from minutesmine.segment.meeting import names_local_body, split_trailing_date
from minutesmine.segment.numbering import NARRATIVE_VERB, is_title, item_number, point_marker, roman_value
from minutesmine.segment.runs import split_run_on
from minutesmine.segment.sections import LIST_KINDS

__all__ = ["ItemDraft", "find_items", "strip_page_ref"]

_ITEM_REF = re.compile(
    r"\s*\((?:agenda\s+)?item\s+(?:no\.?\s*)?(\d{1,3}[a-z]?(?:\([a-z0-9]+\))?)\)\s*$", re.I
)
#: a committee-prefixed minute number ("PLA21/24")
_MINUTE_REF = r"[A-Z]{1,5}\.?\s?\d{1,4}/\d{2,4}"
#: ... alone on the line under its title ("APOLOGIES" over "PLA21/24", as some borough
#: committees print their minutes)
_MINUTE_REF_LINE = re.compile(_MINUTE_REF)
#: ... joined onto its title's last line when the title wrapped ("... CHURCH LANE, ELMBURY PLA25/24")
_TRAILING_MINUTE_REF = re.compile(rf"(?P<title>[^a-z]{{4,}}?)\s+(?P<ref>{_MINUTE_REF})")
#: a page reference after an agenda entry's title: "Minutes (Pages 1 - 6)", "(Page 7)"
_PAGE_REF = re.compile(r"\s*\((?:pages?|pp?\.)\s*\d{1,4}(?:\s*[-\u2013]\s*\d{1,4})?\)\s*$", re.I)


def strip_page_ref(title: str) -> str:
    """A title without the page reference an agenda prints after it.

    >>> strip_page_ref("Minutes of the Previous Meeting (Pages 1 - 6)")
    'Minutes of the Previous Meeting'
    """
    return _PAGE_REF.sub("", title).strip()


_GENERIC = re.compile(
    r"^(?:minutes|agenda|draft minutes|official minutes|report|decisions?|notes"
    r"|(?:record|notice|schedule|register)\s+of\s+(?:(?:cabinet|executive|key)\s+)?decisions?"
    r"|agenda,? (?:and |decisions,? and )?(?:draft )?(?:minutes|decisions))$",
    re.I,
)


@dataclass
class ItemDraft:
    """An item's heading and body lines."""

    title: str
    number: str | None = None
    head: list[Line] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)


@dataclass
class _Cand:
    index: int
    number: str | None
    title: str
    consumed: int
    strong: bool
    numbered: bool
    rest: str = ""  # text after an inline title ("219 APOLOGIES – There were none.")
    #: a title taken under a bare number only for its shape: an item only as the next number
    loose: bool = False
    #: numbered by a letter ("A. ..."): a sub-item only in a run right under its item
    lettered: bool = False
    #: opened by an item label ("IN RE: ..."): an item wherever it stands
    labelled: bool = False
    #: an agenda caption written as a sentence: an item only as the run's next number
    caption: bool = False
    #: a title-case paragraph of one line with no markup (plain text): an item only in minutes
    #: with no numbered items, after their attendance list
    plain: bool = False


#: words a title line cannot end on unless the title goes on over the next line
_STOP_WORDS = ("of", "and", "the", "for", "to", "in", "on", "a", "an", "at", "by", "with", "from", "or")

_DASH_SPLIT = re.compile(r"\s+[\u2013\u2014-]\s+")


def inline_title(text: str) -> tuple[str, str] | None:
    """Split "DECLARATIONS OF INTEREST – There were none." into a capitals title and the
    text after it; a title-like middle part before a second dash stays in the title.

    >>> inline_title("PUBLIC REQUESTS TO SPEAK – There were no public requests.")
    ('PUBLIC REQUESTS TO SPEAK', 'There were no public requests.')
    >>> inline_title("(28) SCRUTINY OVERVIEW – Safeguarding Children on Election Days – The chair opened.")
    ('SCRUTINY OVERVIEW – Safeguarding Children on Election Days', 'The chair opened.')
    >>> inline_title("The report was noted – see above.") is None
    True
    """
    parts = _DASH_SPLIT.split(text, maxsplit=2)
    if len(parts) < 2:
        return None
    head = re.sub(r"^\(\d{1,3}\)\s*", "", parts[0]).strip()
    letters = [c for c in head if c.isalpha()]
    if len(letters) < 4 or sum(c.isupper() for c in letters) < 0.8 * len(letters):
        return None
    sep = _DASH_SPLIT.search(text)
    assert sep is not None
    if len(parts) == 3 and is_title(parts[1]) and not parts[1].endswith("."):
        return f"{head} {sep.group().strip()} {parts[1].strip()}", parts[2].strip()
    return head, text[sep.end() :].strip()


def _order(number: str) -> tuple[int, str] | None:
    """Sort key of an item number: "7(b)" -> (7, "(b)"), "44/19" -> (44, "/19")."""
    m = re.match(r"(\d+)(.*)", number)
    if m:
        return int(m.group(1)), m.group(2)
    roman = re.match(r"([IVX]+)(.*)", number)
    value = roman_value(roman.group(1)) if roman else None
    return (value, roman.group(2)) if roman and value else None


def _list_context(lines: list[Line], i: int) -> bool:
    """Whether line i follows a list opener ("RESOLVED:", "... as follows:") or list point."""
    if i == 0:
        return False
    prev = lines[i - 1].text
    if prev.rstrip().endswith(":") or prev.rstrip().endswith("\u2013"):
        return True
    marker = match_section(prev)
    if marker is not None and marker[0].label in LIST_KINDS and not marker[1]:
        return True
    pm, cur = point_marker(prev), point_marker(lines[i].text)
    return bool(
        pm
        and cur
        and pm.style == cur.style
        and pm.label.isdigit()
        and cur.label.isdigit()
        and int(cur.label) == int(pm.label) + 1
    )


def _candidate(lines: list[Line], i: int) -> _Cand | None:
    """The item heading line i opens, if any: a marked sub-item, a numbered heading, a title
    over its "(Item 4)" reference, or an unnumbered heading."""
    if not _may_head(lines[i].text) and not _prose_under_heading(lines, i) and not _over_minute_ref(lines, i):
        return None
    marked = _marked_sub_item(lines, i)
    if marked is not None:
        return marked
    num = item_number(lines[i].text)
    if num is not None:
        return _numbered(lines, i, *num)
    return _titled_by_reference(lines, i) or _unnumbered(lines, i)


def _prose_under_heading(lines: list[Line], i: int) -> bool:
    """ "Apologies" alone as its paragraph over a sentence ("An apology was reported on behalf
    of Councillor Kerr."), in minutes whose items are unnumbered headings: an item, not a list
    of names under an attendance heading."""
    line, nxt = lines[i], lines[i + 1] if i + 1 < len(lines) else None
    return (
        line.alone
        and nxt is not None
        and nxt.alone
        and is_procedural(line.text)
        and _body(nxt.text)
        and nxt.text.rstrip().endswith(".")
        and item_number(line.text) is None
    )


def _over_minute_ref(lines: list[Line], i: int) -> bool:
    """A line over a minute number alone ("APOLOGIES" over "PLA21/24"): a heading, though its
    words also open an attendance list."""
    return i + 1 < len(lines) and _MINUTE_REF_LINE.fullmatch(lines[i + 1].text.strip()) is not None


def _may_head(text: str) -> bool:
    """Whether a line can head an item at all: not a section opener ("RESOLVED:"), an
    attendance list, a tabbed table row or a vote tally label ("For", "Against")."""
    return not (
        match_section(text) is not None or match_attendance(text) is not None or "\t" in text or is_vote(text)
    )


def _marked_sub_item(lines: list[Line], i: int) -> _Cand | None:
    """A decimal ("5.1 ...") or lettered ("A. ...") sub-item heading set apart from the text."""
    line = lines[i]
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    over_label = nxt is not None and nxt.block == line.block and _LABEL_OPENS.match(nxt.text) is not None
    sub = _sub_item(line, over_label, line.text[:1].isdigit() and _under_parent(lines, i))
    if sub is not None:
        return _Cand(i, sub[0], sub[1], 1, True, True)
    lettered = _lettered_item(line)
    if lettered is not None:
        return _Cand(i, lettered[0], lettered[1], 1, True, True, lettered=True)
    return None


def _numbered(lines: list[Line], i: int, number: str, title: str) -> _Cand | None:
    """A line opening with an item number: its title inline, or on the next line(s) under a
    number alone; a run-on agenda's description also opens its text (figures in it)."""
    if lines[i].run_item:
        return _Cand(i, number, title, 1, True, True, rest=title)
    if not title:
        return _title_under_number(lines, i, number)
    return _inline_numbered(lines, i, number, title)


def _title_under_number(lines: list[Line], i: int, number: str) -> _Cand | None:
    """A number alone on its line ("29.") and the title under it: a heading-like line
    ("Land Management." in ModernGov pages), or a capitalised phrase over up to three lines
    taken only for its shape (``loose``: an item only as the next number)."""
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if nxt is None or match_section(nxt.text) is not None:
        return None
    t = _ITEM_REF.sub("", nxt.text).strip()
    bare = t[:-1] if t.endswith(".") and not t.endswith("..") and len(t.split()) <= 12 else t
    if is_title(bare, lenient=True) or is_procedural(t):
        return _Cand(i, number, t, 2, True, True)
    whole = _wrapped_title(lines, _Cand(i, number, t, 2, True, True))
    if not _named_under_number(whole.title):
        return None
    whole.loose = True
    return whole


def _inline_numbered(lines: list[Line], i: int, number: str, title: str) -> _Cand | None:
    """A number and its title on one line ("44. Verbal Update", "219 APOLOGIES – There
    were none."); a "(Item 4)" line under it is part of the heading."""
    line = lines[i]
    emphasis = line.emphasis is not Emphasis.NONE
    ref = _ITEM_REF.search(title)
    title = strip_page_ref(_ITEM_REF.sub("", title))
    upper = title.isupper() and sum(c.isalpha() for c in title) >= 4
    if title.endswith(":") and (upper or emphasis) and is_title(title[:-1].rstrip(), lenient=True):
        title = title[:-1].rstrip()  # Irish "1. MINUTES OF THE ORDINARY MEETING HELD ON 2ND SEPTEMBER:"
    if names_a_member(title):
        return None  # "1. Councillor Kowalchuk" over "Topic: ...": who asked in Question Period
    if not (is_title(title) or is_procedural(title) or (emphasis and is_title(title, lenient=True))):
        split = inline_title(title)
        if split is not None:
            return _Cand(i, number, split[0], 1, True, True, rest=split[1])
        if not (line.alone and _caption(title)):
            return None
        return _Cand(i, number, title, 1, False, True, caption=True)
    consumed = 1
    if i + 1 < len(lines) and _ITEM_REF.fullmatch(lines[i + 1].text):
        consumed = 2
    elif upper and ref is None:
        title, consumed = _capitals_over_lines(lines, i, title)
    return _Cand(i, number, title, consumed, bool(emphasis or upper), True)


def _caption(text: str) -> bool:
    """Whether a numbered paragraph of one line is an agenda caption written as a sentence
    (US county boards: "3. Approve the minutes of the March 26, 2024 meeting. (No general fund
    impact) (Clerk of the Board)"): capitalised, one sentence ending in a full stop before any
    bracketed notes, no narrative verb and no subject opening it ("22 October 2009" is none).

    >>> _caption("Approve agreement No. 24-0456 with Valley Partners. (No general fund impact) (Health)")
    True
    >>> _caption("The Committee noted the report."), _caption("Members asked about it. It was agreed.")
    (False, False)
    >>> _caption("October 2009"), _caption("That future plans include a column.")
    (False, False)
    """
    words = text.split()
    sentence = _BRACKETED.sub("", text).rstrip()
    return (
        len(words) <= _CAPTION_WORDS
        and text[:1].isupper()
        and sentence.endswith(".")
        and NARRATIVE_VERB.search(text) is None
        and _VERB_START.match(text) is None
        and _RESOLUTION_WORDS.match(text) is None
        and _SENTENCE_BREAK.search(sentence) is None
    )


#: a resolution's words ("That future Improvement Plans ..."), no agenda caption
_RESOLUTION_WORDS = re.compile(r"^that\b", re.I)
#: words an agenda caption written as a sentence may run to
_CAPTION_WORDS = 60
_BRACKETED = re.compile(r"\s*\([^()]*\)")


#: a surname or initial after a member's title: "Kowalchuk", "J.", "G-C.", "O'Malley"
_NAME_WORD = re.compile(r"^(?:[A-Z](?:-[A-Z])?\.|[A-Z][a-z]+(?:[-'\u2019][A-Z]?[a-z]+)?)$")


def names_a_member(title: str) -> bool:
    """Whether a numbered line only names a member (a title, then one to three initials or
    names): the numbered list of who asked in a Question Period, not an item.

    >>> names_a_member("Councillor Kowalchuk"), names_a_member("Councillor G-C. Carra")
    (True, True)
    >>> names_a_member("Councillor Call for Action"), names_a_member("Mayor's Report")
    (False, False)
    """
    title = title.strip()
    head = next((t for t in load_lexicon().person_titles if title.startswith(f"{t} ")), None)
    if head is None:
        return False
    rest = title[len(head) :].split()
    return 1 <= len(rest) <= 3 and all(_NAME_WORD.match(w) for w in rest)


def _capitals_over_lines(lines: list[Line], i: int, title: str) -> tuple[str, int]:
    """A capitals heading wrapped over lines or pages up to its "(Agenda item 4)" reference
    ("4 AUDITED ... RESOURCES" / "JUDGEMENT (Agenda item 4)"): the whole title and the lines
    it takes."""
    for k in (1, 2):
        if i + k < len(lines) and _ITEM_REF.search(lines[i + k].text):
            extra = [ln.text for ln in lines[i + 1 : i + k + 1]]
            joined = _ITEM_REF.sub("", " ".join(extra)).strip()
            if joined.isupper() and len(joined) < 100:
                return f"{title} {joined}", k + 1
            break
    return title, 1


def _titled_by_reference(lines: list[Line], i: int) -> _Cand | None:
    """A title line with "(Item 4)" on the next line (ModernGov printed minutes), or a title
    wrapped over two lines set alike ("... Quarter" / "3 2023/24") over it; or a title over its
    minute number alone ("APOLOGIES" over "PLA21/24")."""
    if _over_minute_ref(lines, i):
        title = lines[i].text.strip()
        return _Cand(i, lines[i + 1].text.strip(), title, 2, True, True) if _titled_by_ref(title) else None
    tm = _TRAILING_MINUTE_REF.fullmatch(lines[i].text.strip())
    if tm is not None and _wrapped_with_ref(tm["title"]):
        return _Cand(i, tm["ref"], tm["title"], 1, True, True)
    for k in (1, 2):
        if i + k >= len(lines):
            return None
        m = _ITEM_REF.fullmatch(lines[i + k].text)
        if m is not None:
            title = " ".join(ln.text for ln in lines[i : i + k])
            return _Cand(i, m.group(1), title, k + 1, True, True) if _titled_by_ref(title) else None
        if not _wraps_onto(lines[i], lines[i + 1]):
            return None
    return None


def _wrapped_with_ref(title: str) -> bool:
    """Whether a title before a minute number on its line is a heading long enough to have
    wrapped onto the number's line ("RESOLUTION ARC 24/01" is a label and its number)."""
    return len(title) >= _WRAP_MIN and match_section(title) is None and _titled_by_ref(title)


def _wraps_onto(line: Line, nxt: Line) -> bool:
    """Whether a heading line may go on over the next: both set alike (bold, heading), the
    first long enough to have wrapped (or stopping mid-phrase) and no sentence, the second
    short ("**PART 1 – PUBLIC**" over "**Minutes**" is two headings)."""
    return (
        line.emphasis is not Emphasis.NONE
        and nxt.emphasis is line.emphasis
        and not line.text.endswith((".", ":"))
        and (len(line.text) >= _WRAP_MIN or _open_ended(line.text))
        and len(nxt.text) <= 60
    )


#: characters a heading line holds before it can have wrapped onto the next
_WRAP_MIN = 35


def _unnumbered(lines: list[Line], i: int) -> _Cand | None:
    """An unnumbered heading: bold or heading markup on a title ("Public Questions:" over
    its text), or a procedural title standing alone as its block ("Apologies for Absence");
    :func:`_unnumbered_in_place` later keeps it only where unnumbered headings are items."""
    line = lines[i]
    text = line.text
    if point_marker(text) is not None:
        return None
    if (labelled := item_label(text)) is not None and is_title(labelled, lenient=True):
        return _Cand(i, None, labelled, 1, True, False, labelled=True)
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    emphasis = line.emphasis is not Emphasis.NONE
    standalone = line.first and (nxt is None or nxt.block != line.block)
    if (emphasis or line.caps) and text.endswith(":") and is_procedural(text[:-1]):
        return _Cand(i, None, text[:-1].strip(), 1, True, False)  # "VOTES OF SYMPATHY:" over its text
    if line.caps and line.first and is_procedural(text):
        return _Cand(i, None, text.strip(), 1, True, False)  # "ROLL CALL" with "PRESENT: ..." run on under it
    if (
        (emphasis and is_title(text, lenient=True))
        or (standalone and is_procedural(text))
        or (line.heading and standalone and _long_heading(text))
    ):
        return _Cand(i, None, _ITEM_REF.sub("", text).strip(), 1, True, False)
    if standalone and line.alone and _plain_title(text) and nxt is not None and _body(nxt.text):
        return _Cand(i, None, text.strip(), 1, False, False, plain=True)  # "Revenue Estimates 2024/25"
    return None


def _plain_title(text: str) -> bool:
    """A plain-text heading: a title of two words or more, no sentence, no label or cue.

    >>> _plain_title("Revenue Estimates 2024/25"), _plain_title("Amendment"), _plain_title("Chairperson")
    (True, False, False)
    """
    return (
        len(text.split()) >= 2
        and not text.rstrip().endswith((".", ":", "?", "!"))
        and is_title(text)
        and match_section(text) is None
        and match_attendance(text) is None
    )


def _body(text: str) -> bool:
    """Whether a line reads as body text under a heading: a sentence of several words."""
    return len(text.split()) >= 6 and text[:1].isupper()


_OPEN_END = re.compile(
    r"(?:\b(?:" + "|".join(sorted(w for w in _STOP_WORDS)) + r")|[-\u2013\u2014,&(/]|\b[A-Z]\.)$", re.I
)


def _open_ended(title: str) -> bool:
    """Whether a title line stops mid-phrase, so the next line goes on with it: it ends on a
    function word ("... John Moran and"), a hyphen or dash ("Cappamore-"), a comma, an
    initial ("T. O'Sullivan, E.") or inside an open bracket ("(to be referred to").

    >>> _open_ended("Notice of Motion submitted by the Mayor, John Moran and")
    True
    >>> _open_ended("Question submitted by Councillor M. Donoghue (to be referred to")
    True
    >>> _open_ended("Question submitted by Councillor B. Collins"), _open_ended("Budget 2025")
    (False, False)
    """
    return _OPEN_END.search(title) is not None or title.count("(") > title.count(")")


def _wrapped_title(lines: list[Line], c: _Cand) -> _Cand:
    """Join the lines a wrapped title goes on over (up to three) onto it."""
    title, k = c.title, c.index + c.consumed
    while _open_ended(title) and k < len(lines) and k < c.index + c.consumed + 3:
        nxt = lines[k].text
        if (
            len(nxt) > 120
            or (nxt.endswith((".", ":", "?")) and not re.search(r"\b[A-Z]\.$", nxt))
            or match_section(nxt) is not None
            or item_number(nxt) is not None
            or point_marker(nxt) is not None
        ):
            break
        glue = "" if title.endswith("-") and nxt[:1].isupper() else " "
        title, k = f"{title}{glue}{nxt}", k + 1
    if k == c.index + c.consumed:
        return c
    return _Cand(c.index, c.number, title, k - c.index, c.strong, c.numbered)


def _titled_by_ref(text: str) -> bool:
    """Whether a line over "(Item 4)" is that item's title (the reference marks it as one).

    >>> _titled_by_ref("Minutes of the meeting held on 22 November 2023")
    True
    """
    return is_title(text, lenient=True) or is_procedural(text) or _named_under_number(text)


#: (not after "No." in a case or file reference: "Case No. BOA-24-07: An application filed by ...")
_SENTENCE_BREAK = re.compile(r"(?<![A-Z])(?<!\bNo)[.!?]\s+[A-Z]")


def _named_under_number(text: str) -> bool:
    """Whether a line under a bare item number ("29.") is its title though too long or too
    lower-case for a heading: one capitalised phrase of at most 40 words, not a sentence
    ("Notice of Motion submitted by the Municipal District of X – Councillors J. Ryan
    (Proposer), B. Collins").

    >>> _named_under_number("Question submitted by Councillor M. Donoghue (to be referred to District)")
    True
    >>> _named_under_number("The Committee considered the report. It was noted.")
    False
    """
    words = text.split()
    return (
        0 < len(words) <= 40
        and text[0].isupper()
        and not text.endswith((".", ":", ";", ","))
        and _SENTENCE_BREAK.search(text) is None
        and _VERB_START.match(text) is None
    )


#: a line opening with a label: "Question: ...", "Moved: Cr A", "Officer Recommendation: That ..."
_LABEL_OPENS = re.compile(r"[A-Z][A-Za-z]+(?:[ \t][A-Za-z]+)?[ \t]*:[ \t]*\S")

#: a line opening with a subject and verb is narrative, not a title
_VERB_START = re.compile(r"^(?:the|it|this|there|members?|he|she|they|we|i)\s", re.I)


def _under_parent(lines: list[Line], i: int) -> bool:
    """Line i ("5.1 Water and Sewer Rate Adjustment") follows its parent item's heading line
    ("5. PUBLIC HEARINGS") in the same block: minutes printed with no blank lines.

    >>> _under_parent([Line("5. PUBLIC HEARINGS"), Line("5.1 Water Rates")], 1)
    True
    >>> _under_parent([Line("4. MINUTES"), Line("5.1 Water Rates")], 1)
    False
    """
    prev, pm = lines[i - 1] if i > 0 else None, point_marker(lines[i].text)
    if prev is None or prev.block != lines[i].block or pm is None or pm.style != "decimal2":
        return False
    num = item_number(prev.text)
    return num is not None and bool(num[1]) and num[0] == pm.label.split(".")[0]


def _sub_item(line: Line, over_label: bool = False, under_parent: bool = False) -> tuple[str, str] | None:
    """A sub-item heading set apart from the text ("## 5.1 Minor Hockey - Ice Time Request" in
    an eScribe export, a bold "8.1 DEVELOPMENT APPLICATION DA2023/145" in Australian minutes):
    its number and title; in plain text, a title-case line standing alone as its paragraph
    ("6.1 Ordinance No. 1188 Establishing Short-Term Rental Regulations") or opening one whose
    next line opens with a label (``over_label``: "3.1 Cr Lim – Jetty Road" over "Question:
    ...") or right under its parent's heading (``under_parent``: "5.1 Water Rates" under "5.
    PUBLIC HEARINGS" with no blank line). A plain "10.4 The Committee noted ..." is a paragraph
    number, and the numbering (:class:`_Numbering`) keeps a sub-item only under its own item.

    >>> _sub_item(Line("5.1 Minor Hockey Association - Ice Time Request", heading=True))
    ('5.1', 'Minor Hockey Association - Ice Time Request')
    >>> _sub_item(Line("10.4 RESOLVED: That the Cabinet:-", heading=True)) is None
    True
    >>> _sub_item(Line("6.1 Second Quarter Financial Report", alone=True))
    ('6.1', 'Second Quarter Financial Report')
    >>> _sub_item(Line("6.1 Second Quarter Financial Report", alone=False)) is None
    True
    >>> _sub_item(Line("4.0 APOLOGIES")) is None
    True
    >>> _sub_item(Line("4.1 Expense statement", alone=True))
    ('4.1', 'Expense statement')
    """
    plain = line.emphasis is Emphasis.NONE and not line.caps
    if plain and not (line.first and (line.alone or over_label)) and not under_parent:
        return None
    pm = point_marker(line.text)
    if pm is None or pm.style != "decimal2" or not pm.rest or match_section(pm.rest) is not None:
        return None
    if pm.label.endswith(".0"):
        return None  # "4.0 APOLOGIES": item 4 itself (numbered over its points 4.1, 4.2)
    # a paragraph of its own reads as a heading in sentence case too ("4.1 Expense statement"),
    # unless it leads into what follows ("5.2 During the ensuing discussion -")
    alone = line.alone and not pm.rest.endswith(_LEAD_IN_ENDS)
    return (pm.label, pm.rest) if is_title(pm.rest, lenient=not plain or alone) else None


#: the last characters of a line that leads into the lines after it
_LEAD_IN_ENDS = ("-", "\u2013", "\u2014", ":")


def _lettered_item(line: Line) -> tuple[str, str] | None:
    """A lettered sub-item under an item ("A. Resolution 2024-12 Approving a Contract" under
    "V. NEW BUSINESS"): its letter and title; the numbering keeps it only in a run A, B, C
    that starts right under its item.

    >>> _lettered_item(Line("A. Resolution 2024-12 Approving a Contract for Resurfacing"))
    ('A', 'Resolution 2024-12 Approving a Contract for Resurfacing')
    >>> _lettered_item(Line("(a) the report be noted")) is None
    True

    A US caption standing alone as its paragraph may end with a full stop ("A. Resolution
    2024-043 Approving the Capital Improvement Program."); the title keeps it, as printed. Such
    a caption must read as a title in full, not only leniently: "A. Lindqvist spoke about the
    trail." is a sentence opening with an initial.

    >>> _lettered_item(Line("B. Introduction of Ordinance 2812 Establishing a Permit Program.", alone=True))
    ('B', 'Introduction of Ordinance 2812 Establishing a Permit Program.')
    """
    pm = point_marker(line.text)
    if pm is None or pm.style != "ALPHA" or line.text.startswith("(") or not pm.rest:
        return None
    if match_section(pm.rest) is not None:
        return None
    captioned = line.first and line.alone and pm.rest.endswith(".") and not pm.rest.endswith("..")
    caption = captioned and (is_title(pm.rest[:-1]) or _case_caption(pm.rest))
    if not (is_title(pm.rest, lenient=True) or caption):
        return None
    return pm.label, pm.rest


def _case_caption(text: str) -> bool:
    """A public hearing's case caption as a sentence ("Case No. BOA-24-07: An application filed
    by H. Petersen for approval of a 12-foot variance ... located at 7714 County Road 19."):
    its case reference, then one sentence an agenda caption may be."""
    return opens_with_case_reference(text) and _caption(text)


def _long_heading(text: str) -> bool:
    """Whether a heading-markup line can be an item title though it reads like a sentence
    ("To take the minutes of the meeting held on 3 November as a correct record", "Public
    speaking requests, if any."): one sentence of at most 30 words, not a label.

    >>> _long_heading("Public speaking requests, if any."), _long_heading("Minutes:")
    (True, False)
    >>> _long_heading("The Chair welcomed everyone. Apologies were noted.")
    False
    """
    words = text.split()
    return (
        0 < len(words) <= 30
        and len(text) <= 250
        and text[0].isupper()
        and not text.endswith(":")
        and re.search(r"[.!?]\s+[A-Z]", text) is None
        and NARRATIVE_VERB.search(text) is None
    )


def find_items(lines: list[Line], contents: bool = False) -> tuple[list[Line], list[ItemDraft]]:
    """Split a minutes document's lines into a preamble and agenda items; ``contents``: the
    document is an agenda, whose list of headings with nothing between them is its items."""
    lines = split_run_on(lines)
    cands: list[_Cand] = []
    run = _Numbering(contents=contents)
    i = 0
    while i < len(lines):
        c = _candidate(lines, i)
        if c is None:
            i += 1
            continue
        if c.numbered:
            c = run.decide(lines, i, c, cands)
            if c is None:
                i += 1
                continue
        if not c.rest:
            c = _wrapped_title(lines, c)
        cands.append(c)
        i = c.index + c.consumed
    cands = _unnumbered_in_place(lines, cands)
    cands = cands if contents else _drop_contents_lists(cands)
    if not cands:
        return _single_item(lines)
    preamble = lines[: cands[0].index]
    items = []
    for c, nxt in zip(cands, [*cands[1:], None], strict=True):
        end = nxt.index if nxt else len(lines)
        body = lines[c.index + c.consumed : end]
        if c.rest:
            h = lines[c.index]
            body = [Line(c.rest, h.page, h.block, False, False, False), *body]
        items.append(
            ItemDraft(
                title=c.title,
                number=c.number,
                head=lines[c.index : c.index + c.consumed],
                lines=body,
            )
        )
    return preamble, items


class _Step(Enum):
    """How a numbered heading stands to the numbering run so far."""

    NEXT = "next"  # continues the run (or starts it)
    SUB_ITEM = "sub_item"  # the next sub-item of a group ("2." after "1." under "7. INFORMATIONAL ITEMS")
    GROUP_START = "group_start"  # "1." right under a group heading: the group's first sub-item
    MISPRINT = "misprint"  # "6" between 55 and 57
    POINT = "point"  # a list point or paragraph number inside an item


@dataclass
class _Numbering:
    """The item numbering of one document as it is read: the last item number, and the last
    sub-item number while inside a group whose sub-items are items."""

    last: tuple[int, str] | None = None
    sub: int | None = None
    parent: str | None = None
    #: items so far numbered by a number alone on the line over the title ("29." / title)
    bare_items: int = 0
    #: an agenda: numbered lines one after another are its items, not a list's points
    contents: bool = False

    def step(self, lines: list[Line], i: int, c: _Cand, cands: list[_Cand]) -> _Step:
        if c.lettered and c.number is not None:
            return self._letter_step(i, ord(c.number) - ord("A") + 1, cands)
        n = _order(c.number or "")
        if n is None:
            return _Step.NEXT
        emphatic = c.strong and lines[i].emphasis is not Emphasis.NONE
        if self.sub is not None and n == (self.sub + 1, "") and emphatic:
            return _Step.SUB_ITEM
        listed = _list_context(lines, i) and not _heading_under_item(c, cands)
        if not c.strong and not self.contents and listed:
            return _Step.POINT
        if "." in (c.number or "") and not lines[i].heading and not self._group_led(lines[i], n):
            return _Step.POINT  # "4.2 ..." set apart, but not under item 4
        if c.caption and n != ((self.last[0] if self.last else 0) + 1, ""):
            return _Step.POINT  # a sentence numbered out of the run's order: a paragraph
        if c.loose and self.last is not None and not (self.bare_items and n[0] == self.last[0] + 1):
            return _Step.POINT  # "5." over a line of a paragraph where items are not numbered so
        inline = c.consumed == 1 or not lines[i].text.strip().rstrip(".").isdigit()
        if not (inline and self.last is not None and n <= self.last):
            return _Step.NEXT
        prev = cands[-1] if cands else None
        if (
            n == (1, "")
            and emphatic
            and prev is not None
            and prev.numbered
            and prev.index + prev.consumed == i
            and children_of(prev.title) is Children.ITEMS
        ):
            return _Step.GROUP_START
        if emphatic and _misprint(lines, i, self.last):
            return _Step.MISPRINT
        return _Step.POINT

    def _group_led(self, line: Line, n: tuple[int, str]) -> bool:
        """Whether a sub-item number ("7.1") is an item here: under its own item, or a paragraph
        of its own numbered past the last item, its item's number standing for a group heading
        ("5 Confirmation of Minutes", then "Reports - Policy and Strategy" over "7.1 Annual Plan")."""
        if self.last is None:
            return False
        return n[0] == self.last[0] or (line.alone and n[0] > self.last[0])

    def _letter_step(self, i: int, ordinal: int, cands: list[_Cand]) -> _Step:
        """A lettered line is a sub-item only as the next letter of a run that starts ("A")
        right under an item whose sub-items are items."""
        if self.sub is not None and ordinal == self.sub + 1:
            return _Step.SUB_ITEM
        prev = cands[-1] if cands else None
        if ordinal != 1 or prev is None:
            return _Step.POINT
        if prev.numbered and prev.index + prev.consumed == i and children_of(prev.title) is Children.ITEMS:
            return _Step.GROUP_START
        if not prev.numbered and opens_meeting(prev.title) and i - prev.index <= _OPENING_REACH:
            return _Step.GROUP_START  # "CALL TO ORDER" then "A. Roll Call", "B. Pledge of Allegiance"
        return _Step.POINT

    def decide(self, lines: list[Line], i: int, c: _Cand, cands: list[_Cand]) -> _Cand | None:
        """The candidate to keep (a sub-item numbered under its group), or None."""
        step = self.step(lines, i, c, cands)
        if step is _Step.POINT:
            return None
        letter = c.number if c.lettered else None
        if step is _Step.GROUP_START:  # the group heading stays an item, with no text of its own
            self.parent, self.sub = cands[-1].number, 1
            number = _sub_number(self.parent, letter or "1")
            return _Cand(c.index, number, c.title, c.consumed, True, True, c.rest, lettered=c.lettered)
        if step is _Step.SUB_ITEM:
            assert self.sub is not None
            self.sub += 1
            label = letter or str(self.sub)
            number = _sub_number(self.parent, label)
            return _Cand(c.index, number, c.title, c.consumed, True, True, c.rest, lettered=c.lettered)
        self.sub = None
        if step is _Step.MISPRINT:
            assert self.last is not None
            self.last = (self.last[0] + 1, "")
        else:
            self.last = _order(c.number or "") or self.last
        if c.consumed >= 2 and lines[c.index].text.strip().rstrip(".").isdigit():
            self.bare_items += 1
        return c


#: lines from an unnumbered opening heading ("CALL TO ORDER") to the "A." of its lettered run
_OPENING_REACH = 3


def _heading_under_item(c: _Cand, cands: list[_Cand]) -> bool:
    """Whether a numbered procedural title follows right under the item heading before it, that
    item with nothing under it ("1. Roll Call" then "2. Declarations of Pecuniary Interest"):
    the next item, not a list's second point."""
    prev = cands[-1] if cands else None
    under = prev is not None and prev.numbered and prev.index + prev.consumed == c.index
    return under and is_procedural(c.title)


def _sub_number(parent: str | None, label: str) -> str:
    """A sub-item's number under its group's ("7" and "A" -> "7.A"); under an unnumbered
    opening heading the letter alone."""
    return f"{parent}.{label}" if parent else label


def _top_letter(c: _Cand) -> bool:
    """A lettered item under an unnumbered opening heading ("A. Roll Call"), numbered "A"."""
    return c.lettered and c.number is not None and "." not in c.number


def _misprint(lines: list[Line], i: int, last: tuple[int, str], reach: int = 400) -> bool:
    """Whether the numbered heading at line i stands where item last+1 should: the next
    numbered heading after it is numbered last+2 ("55", "6 Community Grants", "57")."""
    for k in range(i + 1, min(len(lines), i + reach)):
        num = item_number(lines[k].text)
        if num is None or not num[1] or lines[k].emphasis is Emphasis.NONE:
            continue
        return _order(num[0]) == (last[0] + 2, "")
    return False


def _unnumbered_in_place(lines: list[Line], cands: list[_Cand]) -> list[_Cand]:
    """Keep unnumbered headings only where they are items.

    With numbered items present, an unnumbered heading is an item only before the first
    numbered one and after the attendance list (Irish minutes: "Recent Storms", "Votes of
    Sympathy"); elsewhere it is a sub-heading, a page title or a vote label. Headings with
    no text under them, and generic words ("Minutes", "Agenda"), are never items.
    """
    numbered = [c for c in cands if c.numbered]
    ranked = [c for c in numbered if not _top_letter(c)]  # "A. Roll Call" precedes the numbering
    first_numbered = ranked[0].index if ranked else len(lines)
    attendance_at = next((k for k, ln in enumerate(lines) if match_attendance(ln.text) is not None), None)
    sub_items = _deeper_headings_are_items(lines, numbered)
    out = []
    parent: _Cand | None = None
    for k, c in enumerate(cands):
        if c.numbered or c.labelled:
            out.append(c)
            parent = c
            continue
        if k + 1 < len(cands) and _top_letter(cands[k + 1]):
            out.append(c)  # the opening heading over its lettered run
            parent = c
            continue
        # the text under a heading goes on past the ceremonies said at the opening ("CALL TO
        # ORDER" over "Pledge of Allegiance." and the roll call)
        after = (x.index for x in cands[k + 1 :] if x.numbered or not opening_ceremony(x.title))
        under = next(after, len(lines))
        after_attendance = attendance_at is not None and c.index > attendance_at
        # "Minutes" is a page title, save as a heading below the attendance of unnumbered minutes
        if under <= c.index + c.consumed or (_GENERIC.match(c.title) and (numbered or not after_attendance)):
            continue
        before_first = attendance_at is not None and attendance_at < c.index < first_numbered
        # "ROLL CALL" / "CALL TO ORDER" over the attendance list, before the numbered items
        holds_attendance = attendance_at is not None and c.index < attendance_at < min(under, first_numbered)
        before_first = before_first or (holds_attendance and opens_meeting(c.title))
        if c.plain and (numbered or attendance_at is None or c.index < attendance_at):
            continue  # a plain line is a heading only in unnumbered minutes, below their attendance
        if not numbered and attendance_at is not None and c.index < attendance_at and not before_first:
            continue  # the title block over unnumbered minutes' attendance list, not an item
        sub_item = sub_items and parent is not None and _deeper(lines[c.index], lines[parent.index])
        if numbered and not before_first and not procedural_anywhere(c.title) and not sub_item:
            continue
        out.append(c)
    return out


def _deeper(line: Line, parent: Line) -> bool:
    """Whether a heading sits a level below its numbered item's heading ("## ..." under
    "# 6. Consent Items", an HTML h3 under an h2)."""
    return line.heading and line.level is not None and parent.level is not None and line.level > parent.level


def _deeper_headings_are_items(lines: list[Line], numbered: list[_Cand]) -> bool:
    """Whether a document's unnumbered headings below its numbered items are sub-items (an
    eScribe export's "## Minutes of the Regular Meeting of ..." under "# 6. Consent Items")
    rather than sub-headings: decided once per document, sub-headings when any of them is
    a section label ("## Background", "## Discussion", "## Decision")."""
    found = False
    for k, parent in enumerate(numbered):
        end = numbered[k + 1].index if k + 1 < len(numbered) else len(lines)
        for line in lines[parent.index + parent.consumed : end]:
            if not _deeper(line, lines[parent.index]) or point_marker(line.text) is not None:
                continue
            if match_section(line.text) is not None or report_heading_kind(line.text) is not None:
                return False
            found = True
    return found


def _drop_contents_lists(cands: list[_Cand]) -> list[_Cand]:
    """Drop runs of 3+ headings with nothing between them (an agenda's list of contents);
    the last of a run is kept, since the text after it belongs to it. A group heading over
    its first sub-item ("7. INFORMATIONAL ITEMS" then "7.1 Stipends") ends a run: it is
    structure, not contents."""
    out: list[_Cand] = []
    run: list[_Cand] = []
    for c in cands:
        adjacent = run and c.index == run[-1].index + run[-1].consumed and not run[-1].rest
        if adjacent and not _child_of(c, run[-1]):
            run.append(c)
            continue
        out.extend(run if len(run) < 3 else run[-1:])
        run = [c]
    out.extend(run if len(run) < 3 else run[-1:])
    return out


def _child_of(c: _Cand, parent: _Cand) -> bool:
    """Whether c is numbered as a sub-item of parent ("7.1" under "7")."""
    return bool(c.number and parent.number and c.number.startswith(f"{parent.number}."))


def _single_item(lines: list[Line]) -> tuple[list[Line], list[ItemDraft]]:
    """No item headings: one item titled by its first title-like line."""
    for i, line in enumerate(lines[:8]):
        text = line.text
        if match_section(text) is not None or match_attendance(text) is not None:
            break
        if _GENERIC.match(text) or names_local_body(text):
            continue  # "Record of Decisions", "Marbury Council": the paper's and its council's names
        if is_procedural(text):
            return lines[:i], [
                ItemDraft(title=_ITEM_REF.sub("", text).strip(), head=[line], lines=lines[i + 1 :])
            ]
        if split_trailing_date(text)[1] is not None and len(text) <= 140:
            continue  # "Children's Scrutiny Panel - Wednesday 6th December 2023": the meeting
        if re.match(r"^[A-Z][\w ]{1,20}:\s", text) or point_marker(text) is not None:
            continue  # "Venue: Civic Centre", "Contact: ...", a bullet under the title
        if text.endswith(":") and is_title(text.rstrip(": "), lenient=True):
            text = text.rstrip(": ")  # "Next Steps and Forward Plan:" over its bullets
        if is_title(text, lenient=True):
            return lines[:i], [
                ItemDraft(title=_ITEM_REF.sub("", text).strip(), head=[line], lines=lines[i + 1 :])
            ]
    title = lines[0].text[:120] if lines else ""
    return [], [ItemDraft(title=title, lines=lines)]
