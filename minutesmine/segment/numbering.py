"""Numbering: item numbers, list-point markers and whether a line reads like a title."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["MONTHS", "Point", "is_title", "item_number", "point_marker", "split_inline_points"]

MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_ROMAN = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"}
_BULLETS = (
    "\u2022\u00b7\u25cf\u25aa\u25a0\u25e6\u25cb\u2023\u2219\u2043\u27a2\u2713\uf0b7\uf0a7*\u2013\u2014-"
)
_STOP = {
    "of",
    "and",
    "the",
    "for",
    "to",
    "in",
    "on",
    "a",
    "an",
    "at",
    "by",
    "with",
    "from",
    "or",
    "into",
    "&",
    "-",
    "\u2013",
    "\u2014",
    "vs",
    "v",
    "per",
    "as",
    "via",
    "its",
    "their",
    "under",
    "upon",
    "de",
    # te reo Māori particles in bilingual New Zealand headings ("Te Whakaāe o te hui o mua")
    "o",
    "te",
    "ngā",
    "nga",
    "ki",
    "me",
    "mō",
}


@dataclass(frozen=True, slots=True)
class Point:
    """A list-point marker at the start of a line."""

    style: str  # bullet, decimal, decimal2, roman, alpha, ALPHA
    label: str  # "3", "1.2", "ii", "b", "" for bullets
    rest: str  # the text after the marker


_POINT_RES = [
    ("decimal2", re.compile(r"^[-\u2013\u2022\u00b7]?\s*(\d{1,3}\.\d{1,2}(?:\.\d{1,2})?)\.?(?:\s+|$)(.*)$")),
    ("decimal", re.compile(r"^\(?(\d{1,3})[.)](?!\d)\s*(.*)$")),
    ("decimal", re.compile(r"^\((\d{1,3})\)\s*(.*)$")),
    ("letter", re.compile(r"^\(?([ivxIVX]{1,4}|[a-zA-Z])[.)]\s+(.*)$")),
    ("letter", re.compile(r"^\(([ivxIVX]{1,4}|[a-zA-Z])\)\s*(.*)$")),
    ("letter", re.compile(r"^\(?([ivxIVX]{1,4}|[a-zA-Z])[.)]$")),
]


_O_BULLET = re.compile(r"^o\s+[A-Z]")
_LETTER_MARKER = re.compile(r"^\(?[A-Za-z]{1,4}[.)]")


@lru_cache(maxsize=4096)  # pure, and asked again for the same line
def roman_value(label: str) -> int | None:
    """The value of a capital Roman numeral up to XXXIX ("IV" -> 4), else None.

    >>> roman_value("XIV"), roman_value("IIII"), roman_value("A")
    (14, None, None)
    """
    if not label or not re.fullmatch(r"X{0,3}(?:IX|IV|V?I{0,3})", label):
        return None
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for a, b in zip(label, [*label[1:], ""], strict=True):
        total += -values[a] if b and values[b] > values[a] else values[a]
    return total


def point_marker(text: str) -> Point | None:
    """The list-point marker a line starts with, if any.

    >>> point_marker("1.   This Committee requests that")
    Point(style='decimal', label='1', rest='This Committee requests that')
    >>> point_marker("ii. The Safeguarding boards to attend")
    Point(style='roman', label='ii', rest='The Safeguarding boards to attend')
    >>> point_marker("\\u00b7 The stability of placements had improved").style
    'bullet'
    >>> point_marker("(B) That the Audit Committee notes").style
    'ALPHA'
    >>> point_marker("2018 was a good year") is None
    True
    """
    text = text.strip()
    if text[:1].isalpha() and "." not in text[1:6] and ")" not in text[1:6]:
        # a letter opens a marker only as its label, with "." or ")" within five characters
        return Point("bullet", "", text[1:].strip()) if _O_BULLET.match(text) else None
    m = _POINT_RES[0][1].match(text)
    if m:
        return Point("decimal2", m.group(1), m.group(2).strip())
    if text and text[0] in _BULLETS and (len(text) == 1 or text[1] in " \t"):
        return Point("bullet", "", text[1:].strip())
    if _O_BULLET.match(text):
        return Point("bullet", "", text[1:].strip())
    for style, rx in _POINT_RES:
        m = rx.match(text)
        if not m:
            continue
        label, rest = m.group(1), (m.group(2) if m.lastindex and m.lastindex >= 2 else "")
        if style == "letter":
            if label.lower() in _ROMAN and label.lower() not in {"c", "d", "l", "m"}:
                style = "roman"
            else:
                style = "alpha" if label.islower() else "ALPHA"
            # "A Member asked" / "I will" are words, not markers
            if not _LETTER_MARKER.match(text):
                return None
        return Point(style, label, rest.strip())
    return None


def split_inline_points(text: str) -> list[str] | None:
    """Split "1.1 Note a 1.2 Note b 1.3 Note c" (numbered points run into one line).

    Returns None unless at least two consecutive sub-numbers are found.

    >>> split_inline_points("1.1 Note the plan 1.2 Note the posts 1.3 Note the actions")
    ['Note the plan', 'Note the posts', 'Note the actions']
    >>> split_inline_points("(A) That X is noted. (B) That Y is noted.")
    ['That X is noted.', 'That Y is noted.']
    """
    for rx, nxt in (
        (re.compile(r"(?:(?<=\s)|^)(\d{1,2})\.(\d{1,2})\s+"), lambda a, b: (a, str(int(b) + 1))),
        (re.compile(r"(?:(?<=\s)|^)\(([a-hA-H])\)\s+"), None),
        (re.compile(r"(?:(?<=\s)|^)\((\d{1,2})\)\s+"), None),
    ):
        hits = list(rx.finditer(text))
        if len(hits) < 2:
            continue
        keep = [hits[0]]
        for h in hits[1:]:
            prev = keep[-1]
            if nxt is not None:
                ok = (h.group(1), h.group(2)) == nxt(prev.group(1), prev.group(2))
            else:
                ok = ord(h.group(1)[-1]) == ord(prev.group(1)[-1]) + 1
            if ok:
                keep.append(h)
        if len(keep) < 2:
            continue
        parts = []
        for a, b in zip(keep, [*keep[1:], None], strict=True):
            parts.append(text[a.end() : b.start() if b else len(text)].strip())
        return [p for p in parts if p]
    return None


_ITEM_RES = [
    re.compile(
        r"^(?:agenda\s+)?item\s+(?:no\.?\s*)?(\d{1,3}[a-z]?(?:\s?\([a-z0-9]{1,4}\))?)\s*[:.)\u2013\u2014-]?\s*(.*)$",
        re.I,
    ),
    re.compile(
        r"^min(?:ute)?\.?\s+(?:no\.?\s*)?(\d{1,4}(?:/\d{1,4})?[a-z]?)\s*[:.)\u2013\u2014-]?\s*(.*)$", re.I
    ),
    re.compile(r"^(\d{1,4}/\d{2,4})\.?\s+(.+)$"),
    # town and parish councils prefix the minute number with their committee: "C.45/24", "FC 23/045"
    re.compile(r"^([A-Z]{1,5}[.\s]?\d{1,4}/\d{2,4})\.?\s+(\S.*)$"),
    # US minutes number items in capital Roman numerals: "IV. PUBLIC COMMENT"
    re.compile(r"^((?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))[.)]\s+(.+)$"),
    # Irish Strategic Policy Committees code their items with the committee's letters and a
    # dash before the title: "HSC.1 – Minutes of Housing SPC Meeting", "EP.4 – A.O.B."
    re.compile(r"^([A-Z]{1,5}\.\d{1,3})\s+[\u2013\u2014-]\s+(\S.*)$"),
    # Scottish boards number items in capital Roman numerals before a heading in capitals,
    # without a stop: "IV FINANCIAL MONITORING POSITION AS AT FEBRUARY 2024"
    re.compile(r"^((?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))\s+((?=[A-Z]{2})[^a-z]{4,})$"),
    # committee-prefixed minute numbers: "CPP/17/39", "CYP/15/24 Evacuation Procedure"
    re.compile(r"^([A-Z]{1,6}/\d{1,4}(?:/\d{2,4})?)\.?(?:\s+(.*))?$"),
    # Irish minutes number items "1.0", "2.0" over their points "1.1", "1.2"
    re.compile(r"^(\d{1,3})\.0\.?\s+(\S.*)$"),
    # a US sub-item lettered onto its item's number, closed by a full stop: "1A. City Council
    # Meeting Minutes" (a "3D Printing" title has no stop)
    re.compile(r"^(\d{1,3}[A-Z])[.)]\s+(\S.*)$"),
    # a US sub-item lettered after its item's number and a stop: "4.A. CONDITIONAL USE PERMIT",
    # "4.a. Approval of the Draft Minutes" (both closed by a stop)
    re.compile(r"^(\d{1,3}\.[A-Za-z])\.\s+(\S.*)$"),
    # "10.4 RESOLVED" is a paragraph number, not item 10 titled "4 RESOLVED"
    re.compile(r"^(\d{1,3}[a-z]?(?:\s?\([a-z0-9]{1,4}\))?)(?:[.):](?!\d)\s*|\s+)(.*)$"),
    # a number in brackets, as "4)": "(4) TAXI LICENSING POLICY REVIEW", "(5) Work Programme"
    re.compile(r"^\((\d{1,3})\)\s+(\S.*)$"),
    # minute numbers that run into the thousands ("1772. Chairman (Agenda item 2)"), closed by
    # a full stop or bracket; a year ("2016. ...") is not one
    re.compile(r"^((?!19\d\d|20\d\d)[1-9]\d{3})[.)](?!\d)\s*(.*)$"),
]


def item_number(text: str) -> tuple[str, str] | None:
    """Split an item heading into (number, title); the title may be empty.

    >>> item_number("44. Apologies for absence")
    ('44', 'Apologies for absence')
    >>> item_number("Item 3: Budget Monitoring")
    ('3', 'Budget Monitoring')
    >>> item_number("7(b) Highways Programme")
    ('7(b)', 'Highways Programme')
    >>> item_number("Minute 23 Declarations of Interest")
    ('23', 'Declarations of Interest')
    >>> item_number("44/18 Work Programme")
    ('44/18', 'Work Programme')
    >>> item_number("29.")
    ('29', '')
    >>> item_number("10.4 RESOLVED: That the Cabinet:-") is None
    True
    >>> item_number("CPP/17/39 Care Leavers Offer"), item_number("CYP/15/24")
    (('CPP/17/39', 'Care Leavers Offer'), ('CYP/15/24', ''))
    >>> item_number("C/24/15 Budget Monitoring")
    ('C/24/15', 'Budget Monitoring')
    >>> item_number("1A. City Council Meeting Minutes"), item_number("3D Printing Pilot")
    (('1A', 'City Council Meeting Minutes'), None)
    >>> item_number("4.A. CONDITIONAL USE PERMIT CUP-2024-03"), item_number("4.a. Approval of Minutes")
    (('4.A', 'CONDITIONAL USE PERMIT CUP-2024-03'), ('4.a', 'Approval of Minutes'))
    >>> item_number("IV. PUBLIC COMMENT"), item_number("VI DELAYED DISCHARGE PERFORMANCE")
    (('IV', 'PUBLIC COMMENT'), ('VI', 'DELAYED DISCHARGE PERFORMANCE'))
    >>> item_number("I am pleased to report") is None, item_number("I APOLOGIES FOR ABSENCE")
    (True, ('I', 'APOLOGIES FOR ABSENCE'))
    >>> item_number("1772. Chairman (Agenda item 2)"), item_number("2016. A year")
    (('1772', 'Chairman (Agenda item 2)'), None)
    >>> item_number("HSC.2 \u2013 Housing Delivery Update")
    ('HSC.2', 'Housing Delivery Update')
    >>> item_number("(4) TAXI LICENSING POLICY REVIEW"), item_number("(5) Work Programme")
    (('4', 'TAXI LICENSING POLICY REVIEW'), ('5', 'Work Programme'))
    """
    text = text.strip()
    for rx in _ITEM_RES:
        m = rx.match(text)
        if m:
            return m.group(1).replace(" ", ""), _LEAD_DASH.sub("", (m.group(2) or "").strip())
    return None


#: a dash between an item number and its title ("5 – Budget Monitoring")
_LEAD_DASH = re.compile(r"^[\u2013\u2014-]\s+")


_DATE_LIKE = re.compile(
    rf"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{MONTHS})\b[\s,]*(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s*)?\d{{4}}\b",
    re.I,
)


#: a finite verb of minuted narrative: a heading holding one reads as a sentence
NARRATIVE_VERB = re.compile(
    r"\b(?:was|were|had|has been|have been|agreed|noted|resolved|asked|said|stated|advised|welcomed)\b", re.I
)

_VERBISH = re.compile(
    r"\b(?:was|were|is|are|be|been|being|had|has|have|would|will|should|could|may|must|shall|"
    r"noted|agreed|asked|said|stated|advised|confirmed|that|this|these|there|it|we|our|they|he|she)\b",
    re.I,
)


#: words a title in capitals may run to ("24/0456/FUL - LAND NORTH OF STATION ROAD, ... - ERECTION
#: OF 46 DWELLINGS WITH ASSOCIATED ACCESS AND OPEN SPACE"); other titles stop at 18
_CAPS_TITLE_WORDS = 30


def is_title(text: str, lenient: bool = False) -> bool:
    """Whether a line reads like an agenda item title (short, capitalised, not a sentence).

    ``lenient`` also accepts short sentence-case titles ("Apologies for absence"), for lines
    that something else already marks as headings (a number alone, a bold or heading block).

    >>> is_title("Children's Social Care - Verbal Update"), is_title("DECLARATIONS OF INTEREST")
    (True, True)
    >>> is_title("The positive outcome of the Ofsted meeting was welcomed")
    False
    >>> is_title("SEPTEMBER 2009"), is_title("REPLY:")
    (False, False)
    >>> is_title("Apologies for absence"), is_title("Apologies for absence", lenient=True)
    (False, True)
    >>> is_title("| Circulate Briefing on SEND Transport | Director of Children's Services |")
    False
    """
    text = text.strip()
    words = text.split()
    if not words or len(words) > _CAPS_TITLE_WORDS or len(text) > 220 or len(text) < 3:
        return False
    if text.endswith((":", ";", ",")) or _DATE_LIKE.match(text):
        return False
    if text.startswith("|") or text.endswith("|"):
        return False  # a table row's cells: "CYP/24/02 | Circulate briefing | Director |"
    first = next((c for c in text if c.isalnum()), "")
    if not first or (first.isalpha() and not first.isupper()):
        return False
    letters = list(filter(str.isalpha, text))
    if not letters:
        return False
    upper = sum(map(str.isupper, letters)) / len(letters)
    if upper >= 0.8 and len(letters) >= 3:
        return True  # a title in capitals may be long: a planning application, a US agenda caption
    if len(words) > 18 or len(text) > 160:
        return False
    if lenient and len(words) <= 8 and not text.endswith((".", "?", "!")) and not _VERBISH.search(text):
        return True
    if text.endswith(".") and (len(words) > 6 or re.search(r"\b[a-z]{3,}\.$", text) is None):
        return False
    content = [
        w for w in words if w.lower().strip("().,'\u2019") not in _STOP and any(c.isalpha() for c in w)
    ]
    if not content:
        return False
    caps = sum(1 for w in content if w.lstrip("('\"\u2018\u201c")[:1].isupper())
    return caps / len(content) >= 0.6
