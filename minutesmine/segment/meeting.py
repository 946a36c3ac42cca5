"""Meeting header: council, committee, date and attendance.

Each of council, committee and date comes from the first source that states it, and
``Meeting.provenance`` records which: the document's own header ("MINUTES of the meeting
of the X held on ...", "CORPORATE PARENTING PANEL – 10th December 2024", "REPORT TO: X
27 November 2018", "London Borough of X"), a sidecar manifest (CSV with path, council,
committee, date), the archive's folder and file names (``croydon/2018-11-27/...``) and,
for the council, the council the document mentions most often (councils gazetteer).
"""

from __future__ import annotations

import calendar
import csv
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from minutesmine.alternation import trie_alternation
from minutesmine.assets import asset_path, read_jsonl
from minutesmine.models import Attendee
from minutesmine.nlp.lexicon import load_lexicon, read_list
from minutesmine.segment.cues import (
    ambiguous_council_names,
    councils,
    is_role_line,
    match_attendance,
    may_match,
)
from minutesmine.segment.numbering import MONTHS, NARRATIVE_VERB, is_title

__all__ = [
    "Manifest",
    "ManifestError",
    "council_from_path",
    "embedded_attendees",
    "find_committee_date",
    "find_council",
    "find_dates",
    "labelled_meeting",
    "parse_attendees",
    "parse_date",
    "roll_call",
    "split_trailing_date",
    "tidy_name",
    "trie_alternation",
]

_MONTH_NUM = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_DAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
_ORD = r"(?:st|nd|rd|th)?"
_DATE_RES = [
    # 10th December 2024, 27 November 2018, 27TH JANUARY, 2025
    re.compile(
        rf"\b{_DAY}(?P<d>\d{{1,2}}){_ORD}(?:\s+day\s+of)?\s+(?P<m>{MONTHS})\.?,?\s+(?P<y>(?:19|20)\d\d)\b",
        re.I,
    ),
    # December 3, 2024 / Tuesday, April 2, 2024
    re.compile(rf"\b{_DAY}(?P<m>{MONTHS})\.?\s+(?P<d>\d{{1,2}}){_ORD},?\s+(?P<y>(?:19|20)\d\d)\b", re.I),
    # 2018-11-27
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<mn>\d\d)-(?P<d>\d\d)\b"),
    # 27/11/2018, 27.11.2018 (UK day first)
    re.compile(r"\b(?P<d>\d{1,2})[/.](?P<mn>\d{1,2})[/.](?P<y>(?:19|20)\d\d)\b"),
    # 2024 May 13 (year first: Calgary-style Alberta minutes, "HELD 2024 May 13 AT 9:30 AM")
    re.compile(
        rf"\b(?P<y>(?:19|20)\d\d)\s+(?P<m>{MONTHS})\.?\s+(?P<d>\d{{1,2}})\b(?![,.]?\s*(?:19|20)\d\d)", re.I
    ),
]

if not all("(?P<y>(?:19|20)\\d\\d)" in rx.pattern for rx in _DATE_RES):  # pragma: no cover
    raise ValueError("find_dates assumes every date pattern has a 19xx/20xx year")


def _word_values(name: str) -> dict[str, int]:
    """word -> value from a word<TAB>value list under ``models/entities``."""
    rows = (line.split("\t") for line in read_list(asset_path("entities", name)))
    return {word.strip().lower(): int(value) for word, value in rows}


_NUMBER_WORDS = _word_values("number_words.txt")
_UNITS = {w: v for w, v in _NUMBER_WORDS.items() if v < 20}
_TENS = {w: v for w, v in _NUMBER_WORDS.items() if 20 <= v < 100}
_ORDINALS = _word_values("ordinal_words.txt")
_SMALL = "|".join(w for w, v in _UNITS.items() if v < 10)
_SMALL_ORD = "|".join(w for w, v in _ORDINALS.items() if v < 10)
_WORD_NUM = rf"(?:(?:{'|'.join(_TENS)})(?:[- ](?:{_SMALL}))?|{'|'.join(_UNITS)})"
_WORD_ORD = rf"(?:(?:{'|'.join(_TENS)})[- ](?:{_SMALL_ORD})|{'|'.join(_ORDINALS)})"
#: "the seventh day of March in the year two thousand twenty-four" (US county board minutes)
_WORDED_DATE = re.compile(
    rf"\b(?P<d>{_WORD_ORD})\s+day\s+of\s+(?P<m>{MONTHS})\s*,?\s+(?:in\s+the\s+year\s+(?:of\s+)?)?"
    rf"(?P<y>two\s+thousand(?:\s+and)?(?:\s+{_WORD_NUM})?|nineteen\s+hundred(?:\s+and)?(?:\s+{_WORD_NUM})?)\b",
    re.I,
)


def _word_value(words: str) -> int:
    """ "twenty-four" -> 24, "seventh" -> 7, "twenty first" -> 21."""
    return sum(
        _TENS.get(w) or _UNITS.get(w) or _ORDINALS.get(w) or 0 for w in re.split(r"[- ]+", words.lower())
    )


def _worded_dates(text: str) -> list[tuple[int, int, str]]:
    """Dates written in words, as (start, end, ISO date).

    >>> _worded_dates("HELD THE SEVENTH DAY OF MARCH IN THE YEAR TWO THOUSAND TWENTY-FOUR")[0][2]
    '2024-03-07'
    >>> _worded_dates("the twenty-first day of July, nineteen hundred ninety")[0][2]
    '1990-07-21'
    """
    out = []
    for m in _WORDED_DATE.finditer(text):
        y = m.group("y").lower()
        tail = re.sub(r"^\S+\s+(?:thousand|hundred)(?:\s+and)?\s*", "", y)
        year = (2000 if y.startswith("two") else 1900) + (_word_value(tail) if tail else 0)
        month = _MONTH_NUM.get(m.group("m").lower())
        day = _word_value(m.group("d"))
        if month and 1 <= day <= 31:
            out.append((m.start(), m.end(), f"{year:04d}-{month:02d}-{day:02d}"))
    return out


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """Every full date in a text as (start, end, ISO date), in order.

    >>> [d for _, _, d in find_dates("held on Tuesday, December 3, 2024 and 10th December 2024")]
    ['2024-12-03', '2024-12-10']
    >>> find_dates("MONDAY, 27TH JANUARY, 2025, AT 3PM")[0][2]
    '2025-01-27'
    >>> find_dates("HELD 2024 May 13 AT 9:30 AM")[0][2]
    '2024-05-13'
    >>> [d for _, _, d in find_dates("On agenda: 3/17/2025; signed 08/07/2025")]
    ['2025-03-17', '2025-07-08']
    """
    hits: list[tuple[int, int, str]] = []
    if " day of " in text.lower():
        hits.extend(_worded_dates(text))
    if "19" not in text and "20" not in text:
        return hits  # every pattern has the year (?P<y>(?:19|20)\d\d)
    covered = bytearray(len(text))  # 1 inside a date found by an earlier pattern
    for rx in _DATE_RES:
        for m in rx.finditer(text):
            if covered[m.start()]:
                continue
            g = m.groupdict()
            month = int(g["mn"]) if g.get("mn") else _MONTH_NUM.get(g["m"].lower().rstrip("."))
            day, year = int(g["d"]), int(g["y"])
            if g.get("mn") and month > 12 >= day and "-" not in m.group(0):
                month, day = day, month  # "3/17/2025" can only be month first (US)
            if not month or not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
                continue  # no 31 February
            hits.append((m.start(), m.end(), f"{year:04d}-{month:02d}-{day:02d}"))
            covered[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    return sorted(hits)


def parse_date(text: str) -> str | None:
    """The first full date in a text as ISO, else None.

    >>> parse_date("CORPORATE PARENTING PANEL – 10th December 2024")
    '2024-12-10'
    """
    hits = find_dates(text)
    return hits[0][2] if hits else None


def split_trailing_date(text: str) -> tuple[str, str | None]:
    """Split "Children and Young People's Sub-Committee 27 November 2018" into name and date.

    >>> split_trailing_date("Children and Young People's Sub-Committee 27 November 2018")
    ("Children and Young People's Sub-Committee", '2018-11-27')
    >>> split_trailing_date("Audit Committee - Wednesday 18 November 2025 7:30 pm")
    ('Audit Committee', '2025-11-18')
    """
    hits = find_dates(text)
    if not hits:
        return text.strip(), None
    start, _end, iso = hits[-1]
    name = text[:start].rstrip(" ,;:|-\u2013\u2014\t")
    name = re.sub(r"\s+(?:on|held(?: on)?|of)$", "", name, flags=re.I).strip()
    return (name or text.strip()), iso


_BODY = re.compile(
    r"\b(?:sub-committee|committee|panel|board|cabinet|commission|forum|assembly|council|executive|"
    r"scrutiny|partnership|meeting of|commissioners['\u2019]?\s+court|"
    r"fire(?:\s+and\s+rescue)?\s+authority)\b",
    re.I,
)
#: (a Texas county's governing body is its "Commissioners Court"; a fire authority meets as itself)
_STRONG_BODY = re.compile(
    r"\b(?:sub-committee|committee|panel|board|cabinet|commission|forum|assembly|commissioners['\u2019]?\s+court)\b",
    re.I,
)
_HELD = re.compile(
    r"(?:minutes?\s+(?:of\s+)?(?:the\s+)?(?:proceedings\s+(?:at|of)\s+)?(?:an?\s+|the\s+)?(?:[a-z]+\s+){0,2}(?:meeting|session)\s+of\s+(?:the\s+)?"
    r"|^(?:at\s+)?(?:an?|the)\s+(?:[a-z]+\s+){0,2}meeting\s+of\s+(?:the\s+)?)"
    r"(?P<name>.+?)\s+(?:was\s+|will\s+be\s+|is\s+to\s+be\s+)?held\b(?P<rest>.*)$",
    re.I | re.S,
)
#: the body named before "meeting": "Minutes of the Kōwhai Ridge Local Board meeting held on ..."
_HELD_AFTER = re.compile(
    r"^minutes?\s+of\s+(?:the\s+|an?\s+)?(?P<name>[^,;:]{3,80}?)\s+meeting\s+held\b(?P<rest>.*)$", re.I | re.S
)
_HINT_TITLE = re.compile(
    r"^(?:agenda|minutes|decisions?)\s+(?:for|of)\s+(?P<name>.+?)\s+on\s+(?P<rest>.+)$", re.I
)
#: ModernGov issue/decision pages: "Meeting: 23/05/2022 - Children and Families Committee (Item 14)",
#: "Decided at meeting: 24/09/2021 - Governance Committee"
_MEETING_LABEL = re.compile(
    r"^(?:meeting|decided at meeting|meeting details)\s*:\s*(?P<date>[\w/.,\s]{6,40}?)\s+[-\u2013\u2014]\s+"
    r"(?P<name>[^()]{3,120}?)(?:\s*\((?:agenda\s+)?item\s+[^)]*\))?\s*$",
    re.I,
)
_DATE_LABEL = re.compile(r"^(?:date(?:\s+of\s+meeting)?|meeting\s+date)\s*[:\t]\s*(?P<rest>.+)$", re.I)


def tidy_name(name: str) -> str:
    """A body's name as a reader writes it: no "the" or "Agenda for" before it, capitals in title case."""
    name = re.sub(r"\s+", " ", name).strip(" ,;:-\u2013\u2014")
    name = re.sub(r"^(?:the)\s+", "", name, flags=re.I)
    # "Agenda for Children's Overview & Scrutiny Committee" (a ModernGov page title)
    name = re.sub(
        r"^(?:(?:draft\s+)?(?:agenda|minutes|decisions?)\s+(?:for|of)\s+(?:the\s+)?)", "", name, flags=re.I
    )
    if name.isupper():
        name = " ".join(
            w if len(w) <= 3 and w in {"SPC", "ICT", "NHS"} else w.capitalize() for w in name.split()
        )
        name = re.sub(r"\b(And|Of|The|For|In|On|To)\b", lambda m: m.group(1).lower(), name)
        name = re.sub(r"-([a-z])", lambda m: "-" + m.group(1).upper(), name)
    return name


def _strip_minutes(name: str) -> str:
    """Drop a trailing "Regular Meeting Minutes" / "Agenda" from a committee name.

    >>> _strip_minutes("East Palo Alto Planning Commission Regular Meeting Minutes")
    'East Palo Alto Planning Commission'
    """
    out = re.sub(
        r"\s+(?:(?:regular|special|ordinary|annual|extraordinary|budget)\s+)?(?:meeting\s+)?(?:minutes|agenda)$",
        "",
        name,
        flags=re.I,
    )
    return out or name


#: the full council of a US/Canadian city in its formal name: "the Council of the City of Portland, Oregon"
_COUNCIL_OF = re.compile(
    r"\bcouncil\s+of\s+the\s+(?P<tier>city|town|township|county|village|borough|municipality|district)\s+of\s+"
    r"(?P<name>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})",
    re.I,
)


def _full_council(name: str) -> str | None:
    """ "<Name> <Tier> Council" for the formal name of a full council, else None.

    >>> _full_council("Council of the City of Portland, Oregon")
    'Portland City Council'
    >>> _full_council("Official Publication of the Council of the City of Cleveland")
    'Cleveland City Council'
    """
    m = _COUNCIL_OF.search(name)
    if m is None:
        return None
    place = m.group("name") if not m.group("name").isupper() else m.group("name").title()
    return f"{place} {m.group('tier').title()} Council"


def find_committee_date(
    lines: list[str], hints: dict[str, str] | None = None
) -> tuple[str | None, str | None]:
    """Committee and meeting date stated in a document's opening lines, in its running
    header or its container hints; a full council's formal name ("the Council of the City of
    Portland") as "Portland City Council"."""
    committee, date = _committee_date(lines, hints)
    running = [ln for ln in (hints or {}).get("running_header", "").splitlines() if ln.strip()]
    if running and (committee is None or date is None):
        c2, d2 = _committee_date(running, None)
        committee, date = committee or c2, date or d2
    if committee is not None:
        committee = _full_council(committee) or _clean_committee(committee)
    return committee, date


_KIND_OF_MEETING = (
    r"(?:regular|special|ordinary|extraordinary|annual|adjourned|budget|statutory|full|general)"
)
_LEADING_MEETING = re.compile(
    rf"^(?:(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth)\s+)?(?:{_KIND_OF_MEETING}\s+)*"
    r"meeting\s+of\s+(?:the\s+)?",
    re.I,
)
_OF_COUNCIL = re.compile(
    r"^(?P<keep>.*\b(?i:committee|commission|panel|board|cabinet|forum))\s+of\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w'-]*\s+)+(?i:council)\b|(?i:city|county|borough|town|township|village)\s+of\s+[A-Z]).*$"
)
_MEETING_OF = re.compile(r"\bmeeting\s+of\s+(?:the\s+)?(?=\w)", re.I)
#: "Ordinary Meeting of Council" over the council's name ("Kooralin Shire Council"), the header's
#: lines joined: the meeting is of the council itself
_COUNCIL_NAMED_AFTER = re.compile(
    r"^(?P<keep>council)\s+(?:[A-Z][\w'\u2019-]*\s+){1,4}"
    r"(?:(?:shire|city|district|regional|county|borough|town|municipal)\s+)?council$",
    re.I,
)
#: "Monthly Meeting of the Members of the Ballinacree Municipal District": the body they sit on
_MEMBERS_OF = re.compile(r"^(?:members|councillors|councilors)\s+of\s+(?:the\s+)?(?=\w)", re.I)
_LEADING_MINUTES = re.compile(
    r"^(?:[\d/.-]+\s+)?(?:draft\s+)?(?:(?:minutes|agenda)\s+(?:of\s+(?:the\s+)?)?)?"
    r"(?:proceedings\s+of\s+(?:the\s+)?)?",
    re.I,
)
#: "City of Palo Alto City Council": the place before the body that is the meeting
_PLACE_BEFORE_BODY = re.compile(
    r"^(?:city|town|village|county|township|borough)\s+of\s+.+?\s+"
    r"(?=(?:city|town|village|county|township|borough)\s+(?:council|commission|board)\b)",
    re.I,
)
#: "Minutes of the Audit and Risk Committee" before "Meeting of Greenvale City Council"
_ENDS_IN_BODY = re.compile(r"\b(?:committee|commission|panel|board|cabinet|forum|council)\s*$", re.I)
_LEADING_KIND = re.compile(rf"^(?:{_KIND_OF_MEETING}\s+)+(?=(?:council|board|commission)\b)", re.I)
#: ("Meeting" is the body's own name in "Special Town Meeting", "Annual Parish Meeting")
_TRAILING_MEETING = re.compile(r"(?<!\btown)(?<!\bparish)\s+meeting(?:\s+held)?$|\s+held$", re.I)


def _clean_committee(name: str) -> str:
    """A committee name without the kind of meeting around it.

    >>> [_clean_committee(n) for n in ["3rd Meeting of the Audit Committee", "Regular Council",
    ...  "Ordinary Council Meeting held", "Regular Meeting of the Planning Commission"]]
    ['Audit Committee', 'Council', 'Council', 'Planning Commission']
    >>> _clean_committee("Overview and Scrutiny Committee of Oakshire County Council")
    'Overview and Scrutiny Committee'
    >>> [_clean_committee(n) for n in ["Minutes City Commission",
    ...  "10-28-2019 Minutes CITY OF SALEM, KANSAS REGULAR MEETING OF THE BOARD OF COMMISSIONERS"]]
    ['City Commission', 'Board of Commissioners']
    >>> [_clean_committee(n) for n in [
    ...  "Minutes of the Audit and Risk Committee Meeting of Greenvale City Council",
    ...  "CITY OF PALO ALTO CITY COUNCIL", "Proceedings of the City Council"]]
    ['Audit and Risk Committee', 'City Council', 'City Council']
    >>> _clean_committee("Monthly Meeting of the Members of the Ballinacree Municipal District")
    'Ballinacree Municipal District'
    >>> _clean_committee("Regular Board Meeting"), _clean_committee("Special Commission")
    ('Board', 'Commission')
    >>> _clean_committee("SPECIAL TOWN MEETING"), _clean_committee("Annual Parish Meeting")
    ('Special Town Meeting', 'Annual Parish Meeting')
    >>> _clean_committee("Ordinary Meeting of Council Kooralin Shire Council")
    'Council'
    """
    parts = _MEETING_OF.split(name.strip())
    name = parts[-1]  # "CITY OF SALEM REGULAR MEETING OF THE BOARD"
    if len(parts) > 1 and _ENDS_IN_BODY.search(parts[-2]):
        name = parts[-2]  # "Audit and Risk Committee Meeting of Greenvale City Council"
    name = _PLACE_BEFORE_BODY.sub("", name)
    name = _OF_COUNCIL.sub(r"\g<keep>", name)  # "Overview and Scrutiny Committee of Oakshire County Council"
    name = _COUNCIL_NAMED_AFTER.sub(r"\g<keep>", name)  # "Council" over "Kooralin Shire Council"
    out = _TRAILING_MEETING.sub("", _LEADING_MEETING.sub("", _LEADING_MINUTES.sub("", name)))
    out = _MEMBERS_OF.sub("", out)
    out = tidy_name(_LEADING_KIND.sub("", out))
    return out[:1].upper() + out[1:] if out else name


#: a kind of document or a room, not a body: "Committee papers — Agenda item", "Council Chamber"
_DOC_LABEL = re.compile(
    r"\b(?:committee|council|board|cabinet|panel)\s+(?:papers?|reports?|documents?|packs?|chamber|rooms?|offices)\b"
    r"|\b(?:town|city)\s+hall\b|\bcivic\s+(?:centre|center|offices)\b",
    re.I,
)
#: a line that dates the meeting named above it: "Minutes of the meeting held on Tuesday, 12 March 2024"
_DATE_LINE = re.compile(
    r"^(?:(?:draft\s+)?minutes|meeting|held|date|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I
)
_BULLET = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u00b7\uf0a7*-]|o\s)")
_TITLE_WORDS = re.compile(r"^(?:minutes|agenda|draft|notes|public|present|apologies)\b", re.I)


def _sentence_case_body(name: str) -> bool:
    """A heading printed in sentence case that ends in a body's word (a layout's heading style):
    "Northmoor and eastdale joint health overview and scrutiny committee".

    >>> _sentence_case_body("Northmoor and eastdale joint health scrutiny committee")
    True
    >>> _sentence_case_body("Report to committee."), _sentence_case_body("Audit Committee")
    (False, False)
    """
    words = name.split()
    return (
        2 <= len(words) <= 12
        and name[:1].isupper()
        and not any(c.isupper() for c in name[1:])
        and _STRONG_BODY.fullmatch(words[-1]) is not None
    )


def _title_case(name: str) -> str:
    """A sentence-case name as a reader writes a body's name: each word capitalised but the
    joining words ("Northmoor and Eastdale Joint Health Overview and Scrutiny Committee")."""
    return " ".join(w if w in _MINOR_WORDS else w[:1].upper() + w[1:] for w in name.split())


#: words a body's name keeps in lower case
_MINOR_WORDS = frozenset({"and", "of", "the", "for", "in", "on", "to", "with", "&"})


def _title_over_date(lines: list[str], date: str | None) -> tuple[str | None, str | None]:
    """A committee named without a body word: the title line over the date line at the top
    ("Amenities, Leisure and Community Services" / "Tuesday 13th March 2018"), or a header
    "<Name> Minutes | <date>".

    >>> _title_over_date(["Amenities and Leisure", "Tuesday 13th March 2018", "Town Hall"], None)
    ('Amenities and Leisure', '2018-03-13')
    >>> _title_over_date(["Amenities and Leisure Minutes | Tuesday 13th March 2018"], None)
    ('Amenities and Leisure', '2018-03-13')
    """
    for i, line in enumerate(lines[:4]):
        name, iso = split_trailing_date(line)
        if iso and name != line.strip() and _strip_minutes(name) != name:
            return _strip_minutes(name), date or iso
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        nxt_date = parse_date(nxt) if len(nxt) < 45 else None
        if (
            nxt_date
            and iso is None
            and len(line.split()) <= 10
            and not _TITLE_WORDS.match(line)
            and not line.rstrip().endswith((".", ":"))
            and (line.isupper() or is_title(line, lenient=True))
        ):
            return _strip_minutes(tidy_name(line)), date or nxt_date
    return None, date


def labelled_meeting(lines: list[str]) -> tuple[str, str] | None:
    """Committee and date of a ModernGov issue or decision page's meeting label, which may stand
    below the decision ("Decided at meeting: 08/07/2025 - Cabinet").

    >>> labelled_meeting(["Effective from: 18/07/2025", "Decided at meeting: 08/07/2025 - Cabinet"])
    ('Cabinet', '2025-07-08')
    """
    for line in lines:
        if line[:1] not in "MmDd":
            continue
        lm = _MEETING_LABEL.match(line)
        if lm and (iso := parse_date(lm.group("date"))):
            return tidy_name(lm.group("name")), iso
    return None


def _committee_date(lines: list[str], hints: dict[str, str] | None = None) -> tuple[str | None, str | None]:
    """Committee and meeting date stated in a document's opening lines (or its container hints).

    >>> find_committee_date(["CORPORATE PARENTING PANEL \u2013 10th December 2024"])
    ('Corporate Parenting Panel', '2024-12-10')
    >>> find_committee_date(["MINUTES of the meeting of the Audit Committee held on 24 September 2009"])
    ('Audit Committee', '2009-09-24')
    >>> find_committee_date(["MINUTE of Meeting of the EXECUTIVE COMMITTEE held in Kirkbrae on 5 March 2024"])
    ('Executive Committee', '2024-03-05')
    >>> find_committee_date(["PLANNING COMMISSION", "REGULAR MEETING MINUTES", "January 27, 2020, 7:00 p.m."])
    ('Planning Commission', '2020-01-27')
    >>> find_committee_date(["Issue", "Meeting: 23/05/2022 - Children and Families Committee (Item 14)"])
    ('Children and Families Committee', '2022-05-23')
    >>> find_committee_date(["At a MEETING of the ARDVALE INTEGRATION JOINT BOARD held on 24th April, 2024."])
    ('Ardvale Integration Joint Board', '2024-04-24')
    >>> find_committee_date(["Minutes from 29 January 2018 at Arc Bar & Board"])
    (None, '2018-01-29')
    >>> find_committee_date(["Minutes of the Ridge Local Board meeting held in Ridge on 19 June 2024"])
    ('Ridge Local Board', '2024-06-19')
    >>> find_committee_date(["Minutes of the regular session of Municipal Council held on June 11, 2024"])
    ('Municipal Council', '2024-06-11')
    >>> find_committee_date(["The Regular Meeting of the Town Board of the Town of Elm Ridge was held at the"
    ...                      " Town Hall on May 7, 2025"])
    ('Town Board', '2025-05-07')
    >>> find_committee_date(["MINUTES OF THE COMMISSIONERS COURT", "OF PECAN BEND COUNTY, TEXAS",
    ...                      "REGULAR SESSION", "TUESDAY, MAY 14, 2024"])
    ('Commissioners Court', '2024-05-14')
    """
    committee: str | None = None
    date: str | None = None
    if (labelled := labelled_meeting(lines[:40])) is not None:
        return labelled
    for k in range(min(len(lines), 12)):
        window = " ".join(lines[k : k + 3])
        m = _HELD.search(window) if may_match(_HELD, window) else None
        if (
            m is None
            and (after := _HELD_AFTER.match(lines[k])) is not None
            and _BODY.search(after.group("name"))
        ):
            m = after  # "Minutes of the Kōwhai Ridge Local Board meeting held in ... on 19 June 2024"
        if m and re.match(r"(?:this|that|its|our|their|said)\b", m.group("name"), re.I):
            m = None  # "the minutes of the meeting of this panel held on ..." is not a header
        if m:
            committee = _strip_minutes(tidy_name(m.group("name")))
            date = parse_date(m.group("rest")[:120])
            break
    for key in ("title", "subtitle"):
        hm = _HINT_TITLE.match((hints or {}).get(key, "").strip())
        if hm and committee is None:
            committee = tidy_name(hm.group("name"))
            date = date or parse_date(hm.group("rest"))
    best: tuple[int, int, str, str | None] | None = None
    for i, line in enumerate(lines[:40]):
        if len(line) > 140 or not _BODY.search(line) or _BULLET.match(line) or _DOC_LABEL.search(line):
            continue
        name, iso = split_trailing_date(line)
        if (
            len(name.split()) > 14
            or not _BODY.search(name)  # the body word was in what followed the date: a venue
            or name.endswith((".", ":"))
            or re.search(r"\b(?:was|were|is|are|will|has|had)\b", name)
            or NARRATIVE_VERB.search(name)  # "Todd Feinberg welcomed to SSA Commission"
            or re.match(r"^(?:to|that|and|in|the [a-z]+ (?:was|were))\b", name, re.I)
            or ":" in name
            or is_role_line(name)
            or not (
                name.isupper()
                or is_title(name, lenient=True)
                or is_title(name)
                or (i < 10 and _sentence_case_body(name))
            )
        ):
            continue
        if iso is None:
            for nxt in lines[i + 1 : i + 3]:
                if len(nxt) < 60 or (len(nxt) < 120 and _DATE_LINE.match(nxt)):
                    iso = parse_date(nxt)
                    if iso:
                        break
        rank = (2 if _STRONG_BODY.search(name) else 1) + (1 if iso else 0)
        if (full := _full_council(name)) is not None:
            name, rank = full, 3  # "Official Publication of the Council of the City of Cleveland"
        if best is None or rank > best[0]:
            best = (rank, i, name, iso)
    if best is not None:
        if committee is None or (best[0] >= 3 and not _STRONG_BODY.search(committee)):
            name = best[2]
            committee = _strip_minutes(tidy_name(_title_case(name) if _sentence_case_body(name) else name))
        date = date or best[3]
    if committee is None:
        committee, date = _title_over_date(lines, date)
    if date is None:
        for line in lines[:40]:
            dm = _DATE_LABEL.match(line)
            if dm and parse_date(dm.group("rest")):
                date = parse_date(dm.group("rest"))
                break
    if date is None:
        for line in lines[:6]:
            dating = len(line) < 60 or (len(line) < 120 and _DATE_LINE.match(line))
            if dating and (hits := find_dates(line)):
                date = hits[0][2]
                break
    return committee, date


# --- council -----------------------------------------------------------------------------

_EXPLICIT = [
    # "(London|Royal|Metropolitan|County) Borough of X": the qualifier adds nothing to the
    # name, and a pattern starting with a literal word is scanned for ~10x faster
    r"borough\s+of\s+(?P<a>{N})(?![\w-])",
    r"(?:city|county|district|council)\s+of\s+(?:the\s+)?(?:city\s+of\s+)?(?P<a>{N})(?![\w-])",
    r"(?<![\w-])(?P<a>{N})\s+"
    r"(?:(?:metropolitan|city|county|district|borough|city and county)\s+)*council\b",
]
#: kinds of council below the principal authorities: "Newport Town Council" is not Newport
#: City Council, though Newport is in the gazetteer
_LOCAL_KINDS = frozenset({"town", "parish", "community", "village"})
#: A body outside the gazetteer named in an explicit form: "City of East Palo Alto",
#: "Township of Nipissing", "County of Renfrew", "District Council of Mount Barker" (South
#: Australia), "Portland City Council". The name is 1-4
#: capitalised words; common words after "City of" ("City of Culture") are not names.
_GENERIC = re.compile(
    r"(?<![\w-])(?P<full>(?i:Municipality[ \t]+of[ \t]+the[ \t]+(?:County|District)|Township|City|Town|County"
    r"|Village|(?:(?:London|Royal|Metropolitan)[ \t]+)?Borough|Municipality|District|Shire|Region)"
    r"(?:[ \t]+(?i:Council))?[ \t]+(?i:of)[ \t]+(?P<n>[A-Z][\w'\u2019-]*"
    r"(?:[ \t]+(?!(?i:by|and|on|at|in|was|of|the|for|council|(?:city|town|county)[ \t]+council)\b)"
    r"[A-Z][\w'\u2019-]*){0,3}))"
    r"|(?<![\w-])(?P<n2>[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,3})"
    r"[ \t]+(?P<kind>(?i:City|Town|Township|County|Village|Parish|Shire|Regional|Community|District|Borough))"
    r"[ \t]+(?i:Council)\b"
    # US counties are governed by a board or commission: "Pine Hollow County Board of Supervisors"
    r"|(?<![\w-])(?P<n3>[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,3})[ \t]+(?i:County)[ \t]+"
    # ... or hears its zoning appeals: "Cedar Bluff County Board of Adjustment"
    r"(?i:Board[ \t]+of[ \t]+(?:Supervisors|Commissioners|Adjustment|Zoning[ \t]+Appeals)"
    r"|Commission(?:ers)?\b|Legislature)"
    # a header line naming the county and its state: "CYPRESS COUNTY, FLORIDA"
    r"|(?<![^\n])[ \t]*(?P<n4>[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,3})[ \t]+(?i:County),"
    r"[ \t]+[A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+)?[ \t]*(?=\n|\Z)"
    # an Irish municipal district meets as a body of its own: "Ballinacree Municipal District"
    r"|(?<![\w-])(?P<n5>[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,3})"
    r"[ \t]+(?i:Municipal[ \t]+District)\b"
)


@lru_cache(maxsize=1)
def _generic_stop() -> frozenset[str]:
    """Words that are not council names after "City of" (``councils_generic_stop.txt``)."""
    text = asset_path("gazetteers", "councils_generic_stop.txt").read_text(encoding="utf-8")
    return frozenset(ln.strip().lower() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


#: What every ``_GENERIC`` match contains, on the folded text: "<kind> of " or "<kind>
#: Council", lower case (a superset: "city of", "bown council" too); none spans a line. A
#: pattern that starts with a character set is scanned much faster.
_GENERIC_ANCHOR = re.compile(
    r"(?:[bcdmtv](?:ownship|ity|own|ounty|illage|orough|unicipality|istrict)|shire|region(?:al)?|parish|community)"
    r"[ \t]+(?:of[ \t]|council|board[ \t]+of|commission|legislature)|ounty,[ \t]|municipal[ \t]+district"
)


def _generic_matches(text: str, low: str | None = None) -> Iterator[re.Match[str]]:
    """``_GENERIC.finditer(text)``, searching only the lines of ``text`` in which its folded
    form ``low`` (see :func:`_folded`) has an anchor.

    Exact because a match lies within one line (it holds no newline), holds an anchor (its
    "<kind> of" or "<kind> Council", lower-cased in ``low``), and the search of a line sees
    the newline after it, so look-arounds at its ends judge as in the whole text.
    """
    if low is None:
        yield from _GENERIC.finditer(text)
        return
    done = 0
    for a in _GENERIC_ANCHOR.finditer(low):
        if a.start() < done:
            continue  # on a line already searched
        lo = text.rfind("\n", 0, a.start()) + 1
        hi = text.find("\n", a.end())
        hi = len(text) if hi < 0 else hi + 1
        while (m := _GENERIC.search(text, lo, hi)) is not None:
            yield m
            lo = m.end()
        done = hi


#: words a name in capitals runs over before "<kind> Council": "MEETING OF BRAMFORD TOWN COUNCIL"
_NAME_BREAK = frozenset({"of", "the", "meeting", "minutes", "agenda", "for", "at", "held"})


#: "<local kind> of <name>": a township, town or village council named after its place
_LOCAL_OF = re.compile(r"(?:the\s+)?(?:corporation\s+of\s+the\s+)?(?:township|town|village)\s+of\s", re.I)


def _generic_councils(text: str, forms: dict[str, str], low: str | None = None) -> Iterator[tuple[str, str]]:
    """(key, display name) of every council outside the gazetteer named in an explicit form.

    >>> [d for _, d in _generic_councils("the City of East Palo Alto and Portland City Council", {})]
    ['City of East Palo Alto', 'Portland City Council']
    >>> [d for _, d in _generic_councils("the City of East Palo Alto's Rules", {})]
    ['City of East Palo Alto']
    >>> list(_generic_councils("UK City of Culture 2025", {}))
    []
    >>> [d for _, d in _generic_councils("MEETING OF THE PINE HOLLOW COUNTY BOARD OF SUPERVISORS", {})]
    ['Pine Hollow County']
    >>> [d for _, d in _generic_councils("BOARD OF COMMISSIONERS\\nCYPRESS COUNTY, FLORIDA\\nMARCH 12", {})]
    ['Cypress County']
    >>> [d for _, d in _generic_councils("Meeting of the Members of the Ballinacree Municipal District", {})]
    ['Ballinacree Municipal District']
    >>> [d for _, d in _generic_councils("MUNICIPALITY OF THE DISTRICT OF SALTMARSH\\nMUNICIPAL COUNCIL", {})]
    ['Municipality of the District of Saltmarsh']
    >>> [d for _, d in _generic_councils("LONDON BOROUGH OF ASHGROVE\\nMINUTES OF THE BUDGET COUNCIL", {})]
    ['London Borough of Ashgrove']
    """
    stop = _generic_stop()
    for m in _generic_matches(text, low):
        name = m.group("n") or m.group("n2") or m.group("n3") or m.group("n4") or m.group("n5") or ""
        trailing = not m.group("n")  # the name before its kind
        words = name.split()
        cut = next((i for i, w in enumerate(words) if re.search(r"['\u2019]s$", w)), None)
        if cut is not None:  # "City of East Palo Alto's Rules"
            words = [*words[:cut], re.sub(r"['\u2019]s$", "", words[cut])]
        while words and words[0].lower() in stop and trailing:
            words = words[1:]  # "The Portland City Council"
        cut = [i for i, w in enumerate(words) if w.lower() in _NAME_BREAK] if trailing else []
        words = words[cut[-1] + 1 :] if cut else words  # "MEETING OF BRAMFORD TOWN COUNCIL"
        # a town or parish council, or a US county's board ("Harlow County Board of Commissioners"),
        # is itself even where a principal authority shares its place's name
        local = (bool(m.group("n2")) and m.group("kind").lower() in _LOCAL_KINDS) or bool(m.group("n3"))
        # "Township of Lincoln", "Town of Lincoln": a local body, though a city shares the name
        local = local or (bool(m.group("n")) and _LOCAL_OF.match(m.group("full")) is not None)
        if not words or words[0].lower() in stop or (" ".join(words).lower() in forms and not local):
            continue
        key = " ".join(words).lower()
        if m.group("n"):
            head = m.group("full")[: m.start("n") - m.start("full")]
            yield key, tidy_name(head + " ".join(words))
        elif m.group("n3") or m.group("n4"):
            county = " ".join(words)
            yield key, tidy_name(f"{county} COUNTY" if county.isupper() else f"{county} County")
        elif m.group("n5"):
            place = " ".join(words)
            kind = "MUNICIPAL DISTRICT" if place.isupper() else "Municipal District"
            yield key, tidy_name(f"{place} {kind}")
        else:
            name, kind = " ".join(words), m.group("kind")
            shown = f"{name} {kind.upper()} COUNCIL" if name.isupper() else f"{name} {kind} Council"
            yield key, tidy_name(shown)


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, str], str]:
    """Surface form (lower case) -> short name, and the alternation of every surface form
    (for the bare and explicit forms' regexes)."""
    forms: dict[str, str] = {}
    for name, aliases in councils():
        for form in (name, *aliases):
            forms.setdefault(form.lower(), name)
    return forms, trie_alternation(forms)


def _bare_pattern(names: str) -> str:
    """A bare mention of any council: one surface form, not inside a longer word."""
    return r"(?<![\w-])(" + names + r")(?![\w-])"


@lru_cache(maxsize=1)
def _bare_re() -> re.Pattern[str]:
    """The bare mentions ignoring case (for text that cannot be folded, see :func:`_folded`)."""
    return re.compile(_bare_pattern(_gazetteer()[1]), re.I)


@lru_cache(maxsize=1)
def _explicit_res() -> list[re.Pattern[str]]:
    names = _gazetteer()[1]
    return [re.compile(p.replace("{N}", names), re.I) for p in _EXPLICIT]


@lru_cache(maxsize=1)
def _folded_res() -> tuple[re.Pattern[str], list[re.Pattern[str]]]:
    """The bare and explicit council regexes without ``re.I``, for text folded by
    :func:`_folded` (their letters are all lower case)."""
    names = _gazetteer()[1]
    bare = _bare_pattern(names)
    explicit = [p.replace("{N}", names) for p in _EXPLICIT]
    for pattern in (bare, *explicit):
        letters = re.sub(r"\\.|\(\?P<\w+>", "", pattern)
        if letters != letters.lower():
            raise ValueError(f"a council regex has upper-case letters: {pattern[:80]}")
    return re.compile(bare), [re.compile(p) for p in explicit]


#: runs of ASCII characters (what is left when they are removed is the non-ASCII ones)
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")


@lru_cache(maxsize=1)
def _fold_guard() -> re.Pattern[str] | None:
    """Characters that could match a letter of the council regexes case-insensitively (ASCII
    letters and the forms' other letters, ``re.I``); None when one of those other letters
    matches an ASCII character case-insensitively (then folding is never exact)."""
    extra = sorted({c for f in _gazetteer()[0] for c in f if not c.isascii()})
    for c in extra:
        if any(re.fullmatch(re.escape(c), chr(a), re.I) for a in range(128)):
            return None
    return re.compile("[a-z" + "".join(re.escape(c) for c in extra) + "]", re.I)


def _folded(text: str) -> str | None:
    """``text.lower()`` when the case-sensitive council regexes (:func:`_folded_res`) find
    on it exactly what the ``re.I`` ones find on ``text``, else None.

    That holds when lower-casing changes ASCII letters only (every other character is its
    own lower case, so offsets and ``\\w``/``\\s`` classes are unchanged) and no non-ASCII
    character could match a pattern letter case-insensitively (``_fold_guard``: not "İ",
    "ı", "ſ", "K" (Kelvin), "Ô" ...): then an ASCII character matches a letter under ``re.I``
    exactly when its lower case equals it, and a non-ASCII one matches nothing cased either way.

    >>> _folded("Bradford Council – 3 May"), _folded("KELVIN \u212a"), _folded("Caf\u00e9")
    ('bradford council – 3 may', None, 'café')
    """
    if text.isascii():
        return text.lower()
    guard = _fold_guard()
    if guard is None:
        return None
    for c in set(_ASCII_RUNS.sub("", text)):
        if c.lower() != c or guard.match(c):
            return None
    return text.lower()


@lru_cache(maxsize=1)
def _longest_form() -> int:
    """Characters in the longest council surface form (none may contain "council")."""
    forms = _gazetteer()[0]
    if any("council" in f for f in forms):
        raise ValueError("a council surface form contains 'council': _name_council_matches is not exact")
    return max(map(len, forms), default=0)


_COUNCIL_WORD = re.compile(r"council", re.I)
#: an ambiguous name that is the first word of a longer proper name ("Sutton Coldfield", "Kingston
#: Hospital"), not the council's: a capitalised word follows that is not a council's kind
_LONGER_NAME = re.compile(
    r"[ \t]+(?!(?:Council|Borough|City|County|District|Metropolitan|Town|Royal)\b)[A-Z][a-z]"
)
_ORDINAL_BEFORE = re.compile(r"\b(?:first|second|third|final)\s+$", re.I)
#: a person's name or title just before a council name: "Dr Martin Dudley", "Cllr Barnet"
_PERSON_BEFORE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Professor|Prof|Sir|Dame|Rev|Deputy|Alderman)\.?"
    r"|(?<![\w'\u2019-])(?!(?:The|In|At|For|And|Of|To|From|By|With|Across|Within|Greater|Whole|All|Visit|"
    r"Team|Our|Inner|Outer|Central|Royal|Old|New|Metropolitan|Borough|City|County|London)\b)"
    r"[A-Z][a-z]+)[ \t]+$"
)
#: Characters that can be neither in a "<name> (Metropolitan ...) Council" gap (white space
#: and qualifier words) nor letters: the gap before "Council" cannot reach back past one.
_GAP_BARRIER = re.compile(r"[^\s\w]|[\d_]")


def _name_council_matches(
    rx: re.Pattern[str], text: str, longest: int, word: re.Pattern[str] = _COUNCIL_WORD
) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for the "<name> ... Council" explicit form, searching only the
    stretches that end at a "council" (``word``) and reach back to the last character the gap
    cannot hold, plus the longest name (``longest`` characters).

    Exact because every match ends with "council", no name contains "council", and the gap
    between name and "council" is white space and qualifier words only. The last barrier is
    looked for only after the previous stretch's end: when there is none there, the stretch
    starts at or before that end either way and the two merge.
    """
    regions: list[list[int]] = []
    for c in word.finditer(text):
        lo = max(0, c.start() - longest - 400)
        if regions and regions[-1][1] > lo:
            lo = regions[-1][1]
            barriers = list(_GAP_BARRIER.finditer(text, lo, c.start()))
            lo = max(0, barriers[-1].end() - longest) if barriers else lo
        else:
            barriers = list(_GAP_BARRIER.finditer(text, lo, c.start()))
            lo = max(0, barriers[-1].end() - longest) if barriers else 0
        hi = min(len(text), c.end() + 1)
        if regions and lo <= regions[-1][1]:
            regions[-1][1] = max(regions[-1][1], hi)
        else:
            regions.append([lo, hi])
    pos = 0
    for lo, hi in regions:
        while True:
            m = rx.search(text, max(pos, lo), hi)
            if m is None:
                break
            yield m
            pos = m.end()


_COUNCIL_LOW = re.compile("council")
_NEW_BEFORE = re.compile(r"\bNew\s+$")


@lru_cache(maxsize=1)
def _place_after() -> re.Pattern[str]:
    """A street or place word after a council's name (``place_words.txt``): " Road", " Hill"."""
    words = sorted(load_lexicon().place_words)  # whole words before \b: their order does not matter
    return re.compile(r"[ \t]+(?:" + "|".join(map(re.escape, words)) + r")\b")


def find_council(text: str, header: str = "") -> tuple[str | None, bool]:
    """The council a document is from, and whether it is stated explicitly.

    Explicit forms ("London Borough of Croydon", "Bradford Council") anywhere count three
    times a bare mention; bare mentions of ambiguous names ("Reading", "Kerry") count half,
    and only when repeated or the council is also named explicitly, never in capitals or
    after an ordinal ("Second Reading").
    A body outside the gazetteer in an explicit form ("Township of Nipissing", "City of East
    Palo Alto", "Portland City Council") is used as written unless a gazetteer council is
    named explicitly or mentioned more often.

    >>> find_council("It was noted that Bradford Council and its partners ...")
    ('Bradford', True)
    >>> find_council("... put Slough above the national average ...")
    ('Slough', False)
    >>> find_council("Kerry Crichlow, Programme Director")
    (None, False)
    >>> find_council("Minutes", header="THE CITY OF PORTLAND By Karla Moore-Love")
    ('City of Portland', True)
    >>> find_council("PASSED TO SECOND READING; Reading of the ordinance", "CITY OF PORTLAND, OREGON")
    ('City of Portland', True)
    >>> find_council("Sunbury Council"), find_council("Borough of Bradfordshire")[0]
    ((None, False), 'Borough of Bradfordshire')

    A council named explicitly in the document's own header (its first short lines) wins over
    every body the text mentions; a council named with another tier than the one the document
    calls itself ("Birmingham City Council" in minutes that say "the Town Council") is another
    body; such a document is then placed by its venue ("Oakfield Town Hall").

    >>> find_council("Birmingham City Council said.", "Royal Oakfield Town Council Meeting 3 May 2017")
    ('Royal Oakfield Town Council', True)
    >>> find_council("by the Town Council. Birmingham City Council is responsible.", "Oakfield Town Hall")
    ('Oakfield Town Council', True)
    """
    top = "\n".join(ln for ln in _before_attendance(header.splitlines()[:_HEADER_LINES]) if len(ln) <= 160)
    if top:
        found = _score_council(top, "")
        body = _header_body(top, text)
        if found[1] and not (body is not None and found[0] is not None and _longer_name(body, found[0])):
            return found
        if body is not None:
            return body, True
    return _score_council(text, header)


def _before_attendance(lines: list[str]) -> list[str]:
    """The header's lines before its attendance list: the councils members are listed with
    ("D. Harrow (Calder District Council)") are not the document's own.

    >>> _before_attendance(["Wyeshire Police and Crime Panel", "Present: Cllr A (Calder Council)"])
    ['Wyeshire Police and Crime Panel']
    """
    for k, line in enumerate(lines):
        if k and match_attendance(line) is not None:
            return lines[:k]
    return lines


def _longer_name(body: str, council: str) -> bool:
    """Whether a header's body ("North Halton Borough Council") is a council whose name has
    more words before the gazetteer council's ("Halton") and then only its kind: another
    council, not that one.

    >>> _longer_name("North Halton Borough Council", "Halton")
    True
    >>> _longer_name("East Devon District Council", "East Devon")
    False
    >>> _longer_name("Bradford Metropolitan District Council", "Bradford")
    False
    """
    words, name = body.lower().split(), council.lower().split()
    for k in range(1, len(words) - len(name)):
        if words[k : k + len(name)] == name:
            return " ".join(words[k + len(name) :]) in _body_kinds()
    return False


@lru_cache(maxsize=1)
def _body_kinds() -> frozenset[str]:
    """The kinds of local body (``local_body_kinds.txt``), lower case."""
    text = asset_path("gazetteers", "local_body_kinds.txt").read_text(encoding="utf-8")
    return frozenset(ln.strip().lower() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


@lru_cache(maxsize=1)
def _body_kind_re() -> re.Pattern[str]:
    """A header line that is a local body's name: "<Name> <Kind>( #N)" (``local_body_kinds.txt``)."""
    kinds = _body_kinds()
    alts = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(kinds, key=len, reverse=True))
    return re.compile(
        rf"^(?:the\s+)?(?P<name>(?:[A-Z][\w'\u2019.&-]*\s+(?:(?:and|upon|on)\s+(?=[A-Z]))?){{1,5}}(?i:{alts})(?:\s*#\s*\d+)?)"
        r"(?:\s+(?:(?:regular|special|ordinary|annual)\s+)?(?:meeting\s+)?(?:minutes|agenda))?$"
    )


def _header_body(top: str, text: str = "") -> str | None:
    """A header line naming a local body of a known kind ("Lincoln Square Special Service Area #21").

    >>> _header_body("Riverside Special Service Area #12\\nCommission Meeting Minutes")
    'Riverside Special Service Area #12'
    >>> _header_body("Carrick and Dunmore Council\\nReport by Chief Officer")
    'Carrick and Dunmore Council'
    """
    lines = [split_trailing_date(line.strip())[0] for line in top.splitlines()]
    for k, line in enumerate(lines):
        body = _body_line(line, text)
        if body is None and k + 1 < len(lines) and _body_line(lines[k + 1], text) is None:
            body = _body_line(f"{line} {lines[k + 1]}", text)  # a name wrapped over two lines
        if body is not None:
            return body
    return None


def names_local_body(line: str) -> bool:
    """Whether a line is only a local body's name ("Marbury Council", "Westmarch Combined Fire
    Authority"): a document's own header, not an item's title.

    >>> names_local_body("Marbury Council"), names_local_body("Harbour Car Park Charges 2025/26")
    (True, False)
    """
    return _body_line(line.strip(), "") is not None


def _body_line(line: str, text: str) -> str | None:
    """The local body a header line names, as written or, for a heading printed in sentence
    case ("Greater wexmoor authority"), in the case the text writes its words."""
    rx = _body_kind_re()
    for candidate in (line, _proper_case(line, text)):
        m = rx.match(candidate) if candidate else None
        if m and m.group("name").split()[0].lower() not in _NOT_A_PLACE:
            return tidy_name(m.group("name"))
    return None


#: lower-case words a body's name may hold ("Carrick and Dunmore Council"; ``_body_kind_re``)
_NAME_JOINERS = frozenset({"and", "upon", "on"})
#: a capitalised word after a lower-case word in running text: a proper noun's own case
_MID_SENTENCE = r"(?<=[a-z,;] ){}\b"


def _proper_case(line: str, text: str) -> str | None:
    """A sentence-case heading with each later word capitalised where ``text`` writes it so
    mid-sentence (a place's name), and a body's kind capitalised; None when a word is not
    (the heading is then no "<Name> <Kind>" line).

    >>> _proper_case("Greater wexmoor authority", "routes in outer Wexmoor. The Authority")
    'Greater Wexmoor Authority'
    >>> _proper_case("Report to council", "reported to Council") is None
    True
    """
    words = line.split()
    if len(words) < 2 or not words[0][:1].isupper() or any(c.isupper() for c in line[1:]):
        return None
    kind = next((n for n in range(4, 0, -1) if " ".join(words[-n:]) in _body_kinds()), 0)
    if not kind:
        return None
    out = [words[0]]
    for word in words[1 : len(words) - kind]:
        if word in _NAME_JOINERS:
            out.append(word)
            continue
        proper = word[:1].upper() + word[1:]
        if proper not in text or not re.search(_MID_SENTENCE.format(re.escape(proper)), text):
            return None
        out.append(proper)
    return " ".join([*out, *(w.capitalize() for w in words[len(words) - kind :])])


#: first words of "<words> Council" that name a kind of meeting or tier, not a place
_NOT_A_PLACE = frozenset(
    {"regular", "ordinary", "special", "extraordinary", "annual", "full", "general", "budget", "statutory"}
    | {"city", "town", "county", "borough", "district", "parish", "council"}
    | {"the", "minutes", "agenda", "draft"}
    # a function, not a place, before "Authority": "Local Planning Authority", "Licensing Authority"
    | {"local", "planning", "licensing", "highway", "highways", "housing", "education", "transport"}
    | {"waste", "unitary", "fire", "police", "health", "competent", "relevant", "lead", "supervisory"}
)


#: how many of the header's first lines are the document's own header (title, body, date, venue)
_HEADER_LINES = 10
#: the document calling its own council by tier alone: "the Town Council", "this Parish Council"
_SELF_TIER = re.compile(
    r"\b(?:the|this|our)\s+(?P<tier>Town|Parish|Community|City|County|District|Borough|Shire|Village|Township)"
    r"\s+Council\b"
)
#: a venue naming the place: "Oakfield Town Hall", "Riverside Civic Centre"
_VENUE = re.compile(
    r"^(?:the\s+)?(?P<place>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})\s+"
    r"(?:Town Hall|Civic Centre|Civic Offices|Council Offices|Council House|Council Chamber|"
    r"Guildhall|City Hall)\b",
    re.M,
)


def _self_tier(text: str) -> str | None:
    """The tier a document calls its own council by ("Town" for "the Town Council"), if any."""
    tiers = Counter(m.group("tier") for m in _SELF_TIER.finditer(text))
    return tiers.most_common(1)[0][0] if tiers else None


#: tiers below the principal councils: their documents name the principal council as another body
_LOCAL_TIERS = frozenset({"Town", "Parish", "Community", "Village"})


def _other_tier(name: str, text: str, tier: str | None) -> bool:
    """Whether the council ``name`` is only ever named with another tier than ``tier``, the
    local tier the document calls itself by ("the Town Council")."""
    if tier not in _LOCAL_TIERS:
        return False
    named = {m.group(1) for m in re.finditer(rf"\b{re.escape(name)}\s+(\w+)\s+Council\b", text)}
    return bool(named) and tier not in named


@lru_cache(maxsize=1)
def _located_re() -> re.Pattern[str]:
    """A capitalised place after a word that locates something in it ("in Oakfield",
    "throughout Royal Oakfield"; ``place_prepositions.txt``); the place's words are not
    capitalised function words ("Oakfield In Bloom" is "Oakfield")."""
    text = asset_path("gazetteers", "place_prepositions.txt").read_text(encoding="utf-8")
    words = [w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")]
    word = r"[A-Z][a-z'\u2019-]+"
    return re.compile(
        r"\b(?:" + "|".join(map(re.escape, words)) + r")\s+"
        rf"(?P<place>(?!{_NOT_PLACE_WORDS}){word}(?:[ \t]+(?!{_NOT_PLACE_WORDS}){word}){{0,2}})"
    )


#: capitalised words that do not begin or continue a place's name
_NOT_PLACE_WORDS = (
    r"(?:In|And|Of|The|For|On|At|To|January|February|March|April|May|June|July|August|September"
    r"|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


def _place_council(text: str, tier: str | None) -> str | None:
    """ "<Place> <Tier> Council" for a town or parish council's paper that calls its council by
    tier alone ("the Town Council") and names no council: the place it locates things in
    ("in Oakfield", "across Oakfield") at least twice and names most often, at least three times.

    >>> _place_council("grants across Oakfield for the Town Council. Oakfield Art Trail in Oakfield.", "Town")
    'Oakfield Town Council'
    >>> _place_council("a parkrun in Oakfield and in Mere Park", "Town") is None
    True
    """
    if tier not in _LOCAL_TIERS:
        return None
    located = Counter(m.group("place") for m in _located_re().finditer(text))
    named = {
        place: len(re.findall(rf"(?<![\w-]){re.escape(place)}(?![\w-])", text))
        for place, n in located.items()
        if n >= 2
    }
    ranked = sorted(named.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return f"{ranked[0][0]} {tier} Council"


def _venue_council(header: str, tier: str | None) -> str | None:
    """ "<Place> <Tier> Council" from a header venue line, when the document names its tier."""
    m = _VENUE.search(header) if tier is not None else None
    return f"{m.group('place')} {tier} Council" if m else None


#: a council's mail or web domain: "x@croydon.gov.uk", "democracy.sutton.gov.uk" after "://" or
#: "www.", "www.limerick.ie", "kingston.moderngov.co.uk": the label before the public-sector suffix
_DOMAIN = re.compile(
    r"(?:@|\bwww\.|://)(?:[a-z0-9-]+\.)*?(?P<slug>[a-z][a-z0-9-]*)\."
    r"(?:gov\.uk|gov\.scot|gov\.wales|llyw\.cymru|ie|moderngov\.co\.uk)\b",
    re.I,
)
_DOMAIN_SUFFIXES = (".gov.uk", ".gov.scot", ".gov.wales", ".llyw.cymru", ".ie", ".moderngov.co.uk")


@lru_cache(maxsize=1)
def _domain_labels() -> dict[str, str]:
    """Gazetteer councils by their names and aliases written as a domain label runs them
    together ("Kingston" -> "kingston", "Barking & Dagenham" -> "barkingdagenham")."""
    out: dict[str, str] = {}
    for name, aliases in councils():
        for form in (name, *aliases):
            out.setdefault(re.sub(r"[^a-z0-9]", "", form.lower()), name)
    return out


def _domain_councils(text: str) -> Iterator[str]:
    """Councils whose web or e-mail domain the text gives.

    >>> list(_domain_councils("Contact: committee.services@merton.gov.uk or https://democracy.merton.gov.uk"))
    ['Merton', 'Merton']
    >>> list(_domain_councils("www.limerick.ie; kingston.moderngov.co.uk; jo@nhs.net; jo@example.ie"))
    ['Limerick City and County']
    """
    low = text.lower()
    if not any(suffix in low for suffix in _DOMAIN_SUFFIXES):
        return
    slugs, labels = _path_slugs()[0], _domain_labels()
    for m in _DOMAIN.finditer(text):
        slug = m.group("slug").lower()
        name = slugs.get(slug) or labels.get(slug.replace("-", ""))
        if name is not None:
            yield name


def _score_council(text: str, header: str) -> tuple[str | None, bool]:
    """:func:`find_council` on one text, without the header-first rule."""
    forms = _gazetteer()[0]
    ambiguous = ambiguous_council_names()
    score: Counter[str] = Counter()
    explicit: set[str] = set()
    # the regexes run case-sensitively on the lower-cased text when that is exact (faster)
    low = _folded(text)
    subject, word = (text, _COUNCIL_WORD) if low is None else (low, _COUNCIL_LOW)
    if low is not None:
        rx, explicit_res = _folded_res()
    else:
        rx, explicit_res = _bare_re(), _explicit_res()
    for k, erx in enumerate(explicit_res):
        found = (
            _name_council_matches(erx, subject, _longest_form(), word) if k == 2 else erx.finditer(subject)
        )
        for m in found:
            name = forms[m.group("a").lower()]
            score[name] += 3
            explicit.add(name)
    vague: Counter[str] = Counter()
    for m in rx.finditer(subject):
        form = text[m.start() : m.end()]  # the whole match is group 1, as written
        if not form[0].isupper() or _NEW_BEFORE.search(text[max(0, m.start() - 4) : m.start()]):
            continue
        if _PERSON_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            continue  # "Dr Martin Dudley" is a person
        if _place_after().match(text, m.end()):
            continue  # "Gloucester Road", "Kingston Hill": a street or a place
        if form.lower() not in ambiguous:
            score[forms[form.lower()]] += 1
        elif (
            not form.isupper()
            and not _ORDINAL_BEFORE.search(text, max(0, m.start() - 12), m.start())
            and not _LONGER_NAME.match(text, m.end())
        ):
            vague[forms[form.lower()]] += 1  # not "SECOND READING", "Sutton Coldfield", "Reading Station"
    for name, n in vague.items():
        if n >= 2 or name in explicit:  # an ambiguous name repeated is weak evidence
            score[name] += n / 2
    for name in _domain_councils(text):
        score[name] += 1  # an officer's "@kingston.gov.uk": the council's own domain
    tier = _self_tier(text)
    for name in [n for n in explicit if _other_tier(n, text, tier)]:
        explicit.discard(name)  # another body: "Birmingham City Council" in Town Council minutes
        del score[name]
    best = max(score.items(), key=lambda kv: (kv[1], kv[0] in explicit)) if score else None
    if best is not None and best[0] in explicit:
        return best[0], True
    firm = [n for n in score if n not in vague or n in explicit]  # named unambiguously
    venue = None if firm else _venue_council("\n".join(header.splitlines()[:_HEADER_LINES]), tier)
    if venue is not None:
        return venue, True
    # a body outside the gazetteer in an explicit form outweighs bare gazetteer mentions
    generic: Counter[str] = Counter()
    shown: dict[str, str] = {}
    hlow = _folded(header) if low is not None else None
    both = f"{header}\n{text}"
    for key, display in _generic_councils(both, forms, f"{hlow}\n{low}" if hlow is not None else None):
        generic[key] += 3
        if key not in shown or (" of " in display and " of " not in shown[key]):
            shown[key] = display  # "City of X" over "X City Council"
    if generic:
        key, n = generic.most_common(1)[0]
        if best is None or n >= best[1]:
            return shown[key], True
    return (best[0], False) if best is not None else (_place_council(text, tier), False)


@lru_cache(maxsize=1)
def _path_slugs() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """Slug of every surface form -> council, and the (slug, council) pairs a longer path
    part may contain (longest first; short and ambiguous slugs left out)."""
    forms = _gazetteer()[0]
    slugs = {re.sub(r"[^a-z0-9]+", "-", f).strip("-"): name for f, name in forms.items()}
    ambiguous = ambiguous_council_names()
    inner = tuple(
        (s, name)
        for s, name in sorted(slugs.items(), key=lambda kv: -len(kv[0]))
        if len(s) > 3 and s not in ambiguous
    )
    return slugs, inner


def council_from_path(path: Path) -> str | None:
    """A council named by one of the path's folders or its file name.

    >>> council_from_path(Path("archive/croydon/2018-11-27/minutes.pdf"))
    'Croydon'
    >>> council_from_path(Path("kingston-upon-thames_2024.pdf"))
    'Kingston upon Thames'
    """
    slugs, inner = _path_slugs()
    rank = _inner_rank()
    for part in reversed(path.parts):
        slug = _NON_SLUG.sub("-", part.lower()).strip("-")
        if slug in slugs:
            return slugs[slug]
        # the first of ``inner`` (longest first) that is a run of the slug's hyphen-separated
        # words: the same as testing f"-{s}-" in f"-{slug}-" for each in turn
        words = slug.split("-")
        found = [
            rank[run]
            for i in range(len(words))
            for j in range(i + 1, len(words) + 1)
            if (run := "-".join(words[i:j])) in rank
        ]
        if found:
            return inner[min(found)][1]
    return None


_NON_SLUG = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1)
def _inner_rank() -> dict[str, int]:
    """Position of each slug in ``_path_slugs()[1]`` (the first, when repeated)."""
    rank: dict[str, int] = {}
    for k, (s, _) in enumerate(_path_slugs()[1]):
        rank.setdefault(s, k)
    return rank


def date_from_path(path: Path) -> str | None:
    """A meeting date in the path (``2018-11-27``, ``20181127``, ``27-11-2018``).

    >>> date_from_path(Path("croydon/2018-11-27/minutes.pdf"))
    '2018-11-27'
    """
    s = str(path)
    m = re.search(r"(?<!\d)((?:19|20)\d\d)[-_.]?(\d\d)[-_.]?(\d\d)(?!\d)", s)
    if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    m = re.search(r"(?<!\d)(\d\d)[-_.](\d\d)[-_.]((?:19|20)\d\d)(?!\d)", s)
    if m and 1 <= int(m.group(2)) <= 12:
        return f"{m.group(3)}-{m.group(2)}-{m.group(1)}"
    return parse_date(re.sub(r"[-_]+", " ", path.stem))


# --- attendance --------------------------------------------------------------------------

_TITLES = r"(?:mr|mrs|ms|miss|dr|prof|professor|cllr|clr|cr|councillor|sir|dame|lord|lady|rev)\.?"
_PLURAL_PREFIX = re.compile(
    r"^(?:(?:acting|deputy|county|borough|district|town|parish|city)\s+)?(?:councillors|councilors|cllrs\.?|members"
    r"|commissioners|aldermen|directors|trustees|supervisors|council\s*members|board\s+members)\s*[:\-\u2013]?\s+",
    re.I,
)


def members_label(text: str) -> bool:
    """Whether a line opens with a label for members inside an attendance list ("County
    Councillors: C. Doyle, E. Fahy"), not a label of something else ("Venue: ...").

    >>> members_label("County Councillors: C. Doyle, E. Fahy"), members_label("Venue: Town Hall")
    (True, False)
    >>> members_label("Councilmembers Nora Vance, Hector Ruiz")
    True
    >>> members_label("Councillors - C. Boland, M. Cusack")  # Irish minutes: "PRESENT: Councillors - ..."
    True
    """
    return _PLURAL_PREFIX.match(text) is not None


_BRACKETS = re.compile(r"\([^)]*\)")
#: a part of a list that is prose, not a person: a figure, a bullet, or several ordinary words
_NOT_A_NAME = re.compile(
    r"\d|[\u2022\uf0a7]|(?:\b(?!(?:of|the|and|for|de|van|von|da|le|la|du|del|der)\b)[a-z]{2,}\b.*){2}"
)


#: a label for a group of the names that follow it: "Members", "Elected Members", "Officers"
_GROUP_LABEL = re.compile(
    r"(?:elected\s+)?(?:members|councillors|councilors|councilmembers|commissioners|trustees|officers|staff)"
    r"\s*:?",
    re.I,
)
_AND = re.compile(r"\s+(?:and|AND)\s+")  # "AND" in a list written in capitals
#: the characters at which :func:`_split_names` may do something other than keep the character
_NAME_SPLIT_CHARS = re.compile(r"[(),;\s]")


def _split_names(text: str) -> list[str]:
    """Split a list of people on commas, semicolons and "and", outside brackets.

    Walks ``text`` visiting only brackets, separators and white space: other characters are
    only kept in the current name.

    >>> _split_names("Cllr A (Chair, Vice), B and C; D  and  (E and F)")
    ['Cllr A (Chair, Vice)', 'B', 'C', 'D', '(E and F)']
    """
    parts: list[str] = []
    depth = 0
    start = 0  # the current name is text[start:i]
    skip = 0  # characters before this were taken by an " and "
    for hit in _NAME_SPLIT_CHARS.finditer(text):
        i = hit.start()
        if i < skip:
            continue
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(depth - 1, 0)  # a stray ")" closes nothing
        elif depth == 0:
            if c in ",;":
                parts.append(text[start:i])
                start = i + 1
            elif (m := _AND.match(text, i)) is not None and text[start:i].strip():
                parts.append(text[start:i])
                start = skip = m.end()
    parts.append(text[start:])
    return [p.strip(" .\t") for p in parts if p.strip(" .\t")]


_LIST_BREAK = re.compile(r"(?<=[a-z]{3})(?<!Prof)(?<!Revd)(?<!Capt)(?<!Cllr)(?<!Cllrs)\.\s+(?=[A-Z])")
#: "Mac Cafferty (Chair) Appich (Opposition Spokesperson)": a name's bracket closes it
#: a name with its role in brackets, and the council it sits for in a second pair (a joint committee)
_BRACKETED = re.compile(r"^(?P<out>[^()]+?)\s*\((?P<in>[^()]+)\)\s*(?:\((?P<also>[^()]+)\)\s*)?$")
_BRACKET_BREAK = re.compile(r"(?<=\))\s+(?=[A-Z][a-z])")
_IN_THE_CHAIR = re.compile(r"^(.+?)\s*[(,]?\s*in the chair\)?$", re.I)
#: "The Mayor (Councillor Bexley) in the Chair Councillors Anand, Felix ...": the chair's words
#: end a list (its lines joined by a space)
_CHAIR_BREAK = re.compile(r"(?<=\b[Ii]n the [Cc]hair)\s+(?=[A-Z])")
#: "Aldermen A, B and C Councillors D, E": a plural title starts the next list (two lines joined)
_PLURAL_BREAK = re.compile(r"(?<=[a-z])(?<!\band)\s+(?=(?:Councillors|Councilors|Aldermen|Cllrs)\s+[A-Z])")


#: a roll call's closing word ("Commissioners Hale and Ruiz present") or count ("..., 5")
#: a status after a name: "... were present", "Regional Chair Henderson attended for part of the meeting",
#: "CAO Dana Whitford was present" (its "and acted as secretary" split off at the "and")
_TRAILING_STATUS = re.compile(
    r"\s+(?:(?:(?:was|were)\s+(?:also\s+)?)?(?:present|in attendance)"
    r"|attended\s+(?:for\s+)?part\s+of\s+the\s+meeting)\.?$",
    re.I,
)
#: a role standing alone after a name: "Mayor Adams, Presiding"
_ROLE_ONLY = re.compile(
    r"^(?:presiding|(?:vice[- ])?chair(?:man|woman|person)?|in the chair|clerk|(?:recording )?secretary)$"
    # whom a joint board's member sits for: "Colin STRACHAN, Nominated by Ardvale City Council"
    r"|^(?:nominated|appointed)\s+by\s|^representing\s",
    re.I,
)


def _name_role_pairs(text: str, status: str, role: str | None) -> list[Attendee]:
    """A list of "Name, Role" pairs separated by semicolons ("Karla Moore-Love, Clerk of the
    Council; Ben Walters, City Attorney; and Ron Willis, Sergeant at Arms."), else [].

    >>> pairs = _name_role_pairs("Ann Lee, Clerk; and Bo Kim, City Attorney.", "present", None)
    >>> [(a.name, a.role) for a in pairs]
    [('Ann Lee', 'Clerk'), ('Bo Kim', 'City Attorney')]
    """
    segments = [re.sub(r"^(?:and|&)\s+", "", p.strip(" .\t")) for p in text.split(";") if p.strip(" .\t")]
    if len(segments) < 2 or any(p.count(",") != 1 or "(" in p for p in segments):
        return []
    out = []
    for seg in segments:
        name, _, prole = (x.strip() for x in seg.partition(","))
        if _title_only(name) and _PERSONAL_NAME.match(prole):
            name, prole = prole, name  # "Supervisor, Walter J. Brennan": the title first
        if not name[:1].isupper() or len(name.split()) > 5 or " and " in name or not prole[:1].isalpha():
            return []
        out.append(Attendee(name=name, role=prole or role, status=status))  # type: ignore[arg-type]
    return out


#: a person's name written in full: capitalised words and initials ("Walter J. Brennan")
_PERSONAL_NAME = re.compile(r"^[A-Z][a-z'\u2019-]+(?:\s+(?:[A-Z]\.|[A-Z][a-z'\u2019-]+)){1,3}$")


def _title_only(text: str) -> bool:
    """Whether ``text`` is only a title or an office ("Supervisor", "Councilwoman", "Town Clerk"),
    written before its holder's name in a "Title, Name" list.

    >>> _title_only("Councilman"), _title_only("Town Clerk"), _title_only("Walter J. Brennan")
    (True, True, False)
    """
    titles = load_lexicon().person_titles
    return text in titles or _job_title(text) or _office_re().match(f"{text} Name") is not None


_HEAD_COUNT = re.compile(r"^\s*\d{1,3}\s*[-\u2013]\s+(?=[A-Z])")


def parse_attendees(text: str, status: str, role: str | None = None) -> list[Attendee]:
    """People in an attendance list, with roles from brackets.

    >>> text = "Councillor Wilson in the chair. Councillors Bainbridge and Cawsey."
    >>> [(a.name, a.role) for a in parse_attendees(text, "present")]
    [('Councillor Wilson', 'Chair'), ('Bainbridge', None), ('Cawsey', None)]

    >>> text = "Dave Roberts (Chairman), Councillors Angela Caldara and Corinna Edge."
    >>> [(a.name, a.role) for a in parse_attendees(text, "present")]
    [('Dave Roberts', 'Chairman'), ('Angela Caldara', None), ('Corinna Edge', None)]
    >>> text = "Director General (Dr. P. Daly), Collins (B)"
    >>> [(a.name, a.role) for a in parse_attendees(text, "in_attendance")]
    [('Dr. P. Daly', 'Director General'), ('Collins (B)', None)]
    >>> text = "Mayor Adams, Presiding; Commissioners Fish, Fritz and Saltzman, 5."
    >>> [(a.name, a.role) for a in parse_attendees(text, "present")]
    [('Adams', 'Mayor, Presiding'), ('Fish', None), ('Fritz', None), ('Saltzman', None)]
    >>> [a.name for a in parse_attendees("Commissioners Hale and Ruiz present", "present")]
    ['Hale', 'Ruiz']
    >>> text = "Councillor Mac Cafferty (Chair) Appich (Opposition Lead) and Bell (Group Lead)."
    >>> [(a.name, a.role) for a in parse_attendees(text, "present")]
    [('Councillor Mac Cafferty', 'Chair'), ('Appich', 'Opposition Lead'), ('Bell', 'Group Lead')]
    >>> [a.name for a in parse_attendees("6 - Mayor Ann Corbett, Alderman Joan Pike", "present")]
    ['Ann Corbett', 'Alderman Joan Pike']
    """
    text = _HEAD_COUNT.sub("", text)  # Legistar: "Present: 6 - Mayor Ann Corbett, ..."
    paired = _name_role_pairs(text, status, role)
    if paired:
        return paired
    out: list[Attendee] = []
    pending: str | None = None  # a job title written before its holder ("Cathaoirleach, Cllr A. Byrne")
    named = False  # the last part was a person
    # "Councillor Wilson in the chair. Councillors Bainbridge, Cawsey ...": two lists
    text = _PLURAL_BREAK.sub(", ", text)  # "... and W Patterson Councillors R Breen, ..."
    text = _BRACKET_BREAK.sub(", ", _LIST_BREAK.sub(", ", _CHAIR_BREAK.sub(", ", text)))
    parts = [_PLURAL_PREFIX.sub("", _TRAILING_STATUS.sub("", p)).strip() for p in _split_names(text)]
    parts = _rejoin_titles(parts, text)
    for k, part in enumerate(parts):
        if _GROUP_LABEL.fullmatch(part):
            continue  # "Members" over the names under it (a grid of role | names)
        job = _job_title(part)
        if job and parts[k + 1 : k + 2] and parts[k + 1].startswith(f"{part} "):
            continue  # "Mayor" over "Mayor Grant Pomare": the holder carries the role
        if job and out and out[-1].role and _titled(parts[k + 1 : k + 2]):
            pending, named = part, False  # "Mayor A. Lee", "Deputy Mayor", "Cr B. Kerr": a grid's label
            continue
        if out and (
            _ROLE_ONLY.match(part) or (job and named)
        ):  # "Mayor Adams, Presiding"; "J. Kerr, Director"
            out[-1].role = f"{out[-1].role}, {part}" if out[-1].role else part
            named = False
            continue
        if job and _titled(parts[k + 1 : k + 2]):  # "Cathaoirleach, Councillor A. Byrne"
            pending, named = part, False
            continue
        chair = _IN_THE_CHAIR.match(part)
        if chair:
            part = chair.group(1)
        part = re.sub(r"^(?:and|&|the)\s+", "", part)
        bare = _BRACKETS.sub("", part)  # a long role in brackets is no prose: "A. Hart (Cabinet Member ...)"
        if not part or len(bare.split()) > 9 or not part[0].isupper() or _NOT_A_NAME.search(bare):
            continue
        name, prole = part, (role or "Chair") if chair else role
        m = _BRACKETED.match(part)
        if m and len(m.group("in").strip()) > 3:
            inside, outside = m.group("in").strip(), m.group("out").strip()
            if re.match(rf"^{_TITLES}\s", inside, re.I) or re.match(r"^[A-Z]\.\s?[A-Z]", inside):
                name, prole = inside, outside
            else:
                name, prole = outside, inside
            if m.group("also"):  # "Councillor G Ashdown (Chair) (Northmoor City Council)": role, council
                prole = f"{prole}, {m.group('also').strip()}"
        if not re.search(r"[A-Z][a-z'\u2019]+|[A-Z]{2,}", name) or re.search(
            r"\b(?:none|nil|no apologies)\b", name, re.I
        ):
            continue
        office, name = _split_office(name)
        prole = ", ".join(r for r in (pending, office, prole) if r) or None  # "Mayor Ann Lee (presiding)"
        out.append(Attendee(name=name, role=prole, status=status))  # type: ignore[arg-type]
        # a role standing for a person names no one; nor does one word ("Procurement" of
        # "Director – Finance and Procurement" split at its "and")
        pending, named = None, not _job_title(part) and (len(name.split()) > 1 or _titled([part]))
    return out


@lru_cache(maxsize=1)
def _roles() -> tuple[frozenset[str], frozenset[str]]:
    """The roles gazetteer lower-cased: every role and alias ("chief executive", "head of
    legal services"), and its one-word roles ("director", "administrator", "cathaoirleach"),
    the head words of a job title."""
    names: set[str] = set()
    for line in asset_path("gazetteers", "roles.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            names.update(w.strip() for w in re.split(r"[\t|]", line) if w.strip() and not w.strip().isupper())
    folded = {n.lower() for n in names} - {"councillor", "councillors", "member"}
    return frozenset(folded), frozenset(n for n in folded if " " not in n)


_OF_FIELD = re.compile(r"\s(?:of|for|[\u2013\u2014-])\s")
_BARE_WORD = re.compile(r"^[A-Z][a-z][\w'\u2019-]*$")


def _rejoin_titles(parts: list[str], text: str) -> list[str]:
    """Parts of a list split at an "and" inside a job title put back together ("Director –
    Finance and Procurement", "Head of Planning and Regeneration").

    >>> text = "Director of Finance and Procurement, Jo Kerr"
    >>> _rejoin_titles(["Director of Finance", "Procurement", "Jo Kerr"], text)
    ['Director of Finance and Procurement', 'Jo Kerr']
    """
    out: list[str] = []
    for part in parts:
        prev = out[-1] if out else ""
        if (
            prev
            and _BARE_WORD.match(part)
            and not _job_title(part)
            and _OF_FIELD.search(prev)
            and _job_title(prev)
            and f"{prev} and {part}" in text
        ):
            out[-1] = f"{prev} and {part}"
        else:
            out.append(part)
    return out


def _titled(parts: list[str]) -> bool:
    """Whether the next part of a list is a person written with a title or initial (not a
    role with its holder in brackets: "Democratic Services Officer (J. Kerr)")."""
    return (
        bool(parts)
        and "(" not in parts[0]
        and re.search(rf"\b[A-Z]\.|^{_TITLES}\s", parts[0], re.I) is not None
    )


_NOT_A_TITLE = re.compile(rf"\d|\(|\b[A-Z]\.|^{_TITLES}\s", re.I)


def _job_title(part: str) -> bool:
    """Whether a part of an attendance list is a job title standing alone, written after its
    holder ("Mr. J. Kerr, Director of Services, Ms. L. Moss, Meetings Administrator") or
    before ("Cathaoirleach, Councillor A. Byrne, presiding"): no initial or title, and its
    head word (before "of"/"for", else its last word) is a role of the roles gazetteer.

    >>> [_job_title(t) for t in ("Director of Services", "Meetings Administrator", "Chief Executive")]
    [True, True, True]
    >>> _job_title("Ms. L. Moss"), _job_title("Councillor Fahy"), _job_title("Hogan")
    (False, False, False)
    """
    if not part or _NOT_A_TITLE.search(part) or not part[0].isupper():
        return False
    whole, heads = _roles()
    words = re.split(r"\s+(?:of|for|to|[\u2013\u2014-])\s+", part, maxsplit=1)[0].split()
    head = words[-1].lower().rstrip(".,")
    return part.lower().rstrip(".,") in whole or (
        len(words) <= 4 and (head in heads or head.rstrip("s") in heads)
    )


def name_role_lines(lines: list[str]) -> str | None:
    """One board member a line, each "Name, job title, organisation" (a health and wellbeing
    board's or a partnership's attendance), as one list of "Name (role)" parts; None when the
    lines are not in that form (most of them giving a job title after the name's comma).

    >>> name_role_lines(["Dr Amy Hart, Clinical Director, NHS Calder", "Jo Venn, Chief Executive",
    ...                  "Supt Dale Ross, Calder Police"])
    'Dr Amy Hart (Clinical Director, NHS Calder); Jo Venn (Chief Executive); Supt Dale Ross (Calder Police)'
    >>> name_role_lines(["Councillors A Smith, B Jones", "C Brown, D White", "E Green, F Black"]) is None
    True
    """
    if len(lines) < 3 or any("," not in t or t.endswith(",") for t in lines):
        return None
    pairs = [(name.strip(), role.strip()) for name, _, role in (t.partition(",") for t in lines)]
    if any(not 1 <= len(name.split()) <= 6 or not name[:1].isupper() for name, _ in pairs):
        return None
    if sum(_job_title(role.split(",")[0].strip()) for _, role in pairs) * 2 <= len(pairs):
        return None
    bare = [role.replace("(", "").replace(")", "") for _, role in pairs]
    parts = (name if "(" in name else f"{name} ({role})" for (name, _), role in zip(pairs, bare, strict=True))
    return "; ".join(parts)


def name_over_role_lines(lines: list[str]) -> str | None:
    """A two-column attendance table read one cell a line (a Scottish board's web page): each
    member's name over their role, under the column headers ("Members" over "Role"), or without
    them when most second lines are job titles; as one list of "Name (role)" parts, else None.

    >>> name_over_role_lines(["Members", "Role", "Ann LEE (Chairperson)", "Nominated by Health Board",
    ...                       "Bo KIM", "Chief Officer"])
    'Ann LEE (Chairperson); Bo KIM (Chief Officer)'
    >>> name_over_role_lines(["Karen LOUDON", "Head of Service", "Iain PETRIE", "Service Manager",
    ...                       "Ann LEE, Chairperson, in the Chair."])
    'Karen LOUDON (Head of Service); Iain PETRIE (Service Manager); Ann LEE, Chairperson, in the Chair.'
    >>> name_over_role_lines(["Councillor A Smith", "Councillor B Jones"]) is None
    True
    """
    headed = len(lines) > 2 and _column(lines[:1], "name") == 0 and _column(lines[1:2], "role") == 0
    body = lines[2:] if headed else lines
    # the cells end where a sentence follows the table ("Ann LEE, Chairperson, in the Chair.")
    cut = next((k for k, t in enumerate(body) if "," in t or "\t" in t), len(body))
    body, after = body[:cut], body[cut:]
    if len(body) < 4 or len(body) % 2:
        return None
    pairs = list(zip(body[::2], body[1::2], strict=True))
    if any(
        not 1 <= len(name.split()) <= 6 or not name[:1].isupper() or _job_title(name) for name, _ in pairs
    ):
        return None
    if not headed and sum(_job_title(role) for _, role in pairs) * 2 < len(pairs):
        return None  # at least half the second lines are job titles
    bare = [role.replace("(", "").replace(")", "") for _, role in pairs]
    cells = (name if "(" in name else f"{name} ({role})" for (name, _), role in zip(pairs, bare, strict=True))
    return "; ".join([*cells, *after])


#: "Meetings Administrator: Shane Dunne", "Directors of Service: Tadhg Nolan, Kevin Stone."
_ROLE_LABEL = re.compile(r"^(?P<role>[A-Z][\w'\u2019&,-]*(?:\s+[\w'\u2019&,-]+){0,5})\s*:\s+(?P<names>\S.*)$")


def role_labelled(line: str, status: str) -> list[Attendee] | None:
    """The people of a "Job title: names" line of an attendance list (Irish minutes list their
    officials so), each with that role; None when the line is not one.

    >>> [(a.name, a.role) for a in role_labelled("Directors of Service: Ann Nolan, Kevin Stone.", "present")]
    [('Ann Nolan', 'Directors of Service'), ('Kevin Stone', 'Directors of Service')]
    >>> role_labelled("Venue: Council Chamber", "present") is None
    True
    """
    m = _ROLE_LABEL.match(line.strip())
    if m is None or not _job_title(m.group("role")):
        return None
    return parse_attendees(m.group("names"), status, m.group("role"))


@lru_cache(maxsize=1)
def _office_re() -> re.Pattern[str]:
    """An office written before a name (``office_titles.txt``): "Deputy Mayor Tom Hale"."""
    text = asset_path("gazetteers", "office_titles.txt").read_text(encoding="utf-8")
    titles = sorted((t.strip() for t in text.splitlines() if t.strip() and not t.startswith("#")), key=len)
    alts = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in reversed(titles))
    return re.compile(rf"^(?P<office>{alts})\s+(?P<name>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.()-]*)*)$")


def _split_office(name: str) -> tuple[str | None, str]:
    """(office, name) of "Mayor Jane Doe"; (None, name) when no office leads.

    >>> _split_office("Deputy Mayor Tom Hale"), _split_office("Councillor Amy Reed")
    (('Deputy Mayor', 'Tom Hale'), (None, 'Councillor Amy Reed'))
    """
    m = _office_re().match(name)
    return (m.group("office"), m.group("name")) if m else (None, name)


_SENTENCE_GAP = re.compile(r"(?<=[.;:])\s+(?=[A-Z])")
_LIST_END = re.compile(r"(?<=[a-z0-9])(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bSt)(?<!\bMrs)\.(?:\s|$)")


#: Characters after a sentence start read for an attendance list embedded in a header paragraph.
LIST_WINDOW = 5_000


def embedded_attendees(lines: list[str]) -> list[Attendee]:
    """Attendees of the lists opened inside a header paragraph ("... AT 9:30 A.M. THOSE PRESENT
    WERE: Mayor Adams, Presiding; Commissioners Fish and Fritz, 3. ...") or stated as a sentence
    ("Mayor Dodd and Commissioners Reed and Moss were present.").

    >>> text = "A MEETING WAS HELD AT 9:30 A.M. THOSE PRESENT WERE: Mayor Adams, Presiding; Commissioners"
    >>> [a.name for a in embedded_attendees([text, "Fish and Fritz, 3.", "Commissioner Fish arrived late."])]
    ['Adams', 'Fish', 'Fritz']
    >>> text = "It was held at 7 p.m. Mayor Jo Dodd and Commissioners Reed and Moss were present."
    >>> found = embedded_attendees([text, "Also present were the City Manager Ron Fehr and 9 staff."])
    >>> [(a.name, a.status) for a in found][::3]
    [('Jo Dodd', 'present'), ('City Manager Ron Fehr', 'in_attendance')]
    >>> text = "Minutes of the session held on March 10th, 2025 at which were present Councillors Ann Roy"
    >>> more = "and Kim Doyle forming quorum under the chairmanship of Mayor Denis Paré."
    >>> found = embedded_attendees([text, more])
    >>> [(a.name, a.role) for a in found]
    [('Ann Roy', None), ('Kim Doyle', None), ('Denis Paré', 'Mayor, Chair')]
    """
    text = " ".join(lines)
    out: list[Attendee] = []
    for gap in [None, *_SENTENCE_GAP.finditer(text)]:
        start = gap.end() if gap is not None else 0
        hit = match_attendance(text[start : start + LIST_WINDOW])  # not text[start:]: quadratic
        if hit is not None:
            rest, status, role = hit[1], hit[0].label, hit[0].role
        elif (sm := _PRESENT_SENTENCE.match(text, start)) is not None:
            rest, status, role = sm.group("names"), "present", None
        else:
            continue
        end = _LIST_END.search(rest)
        out.extend(parse_attendees(rest[: end.start()] if end else rest, status, role))
    if not out and "present" in text and (qm := _PRESENT_AT_WHICH.search(text)) is not None:
        out.extend(parse_attendees(qm.group("names"), "present"))
        if qm.group("chair"):
            out.extend(parse_attendees(qm.group("chair"), "present", "Chair"))
    return out


#: attendance inside the opening sentence of Quebec minutes: "... at which were present
#: Councillors A, B and C forming quorum under the chairmanship of Mayor D."
_PRESENT_AT_WHICH = re.compile(
    r"\bat\s+which\s+(?:were|are)\s+present\s*:?\s+(?:the\s+following\s+)?(?P<names>[^.;:]{2,400}?)"
    r",?\s+(?:all\s+members\s+of\s+[^.;]{0,60}?)?(?:and\s+)?forming\s+(?:a\s+)?quorum"
    r"(?:\s+under\s+the\s+(?:chairmanship|presidency)\s+of\s+(?:the\s+)?(?P<chair>[^.;,]{2,80}))?",
    re.I,
)


#: attendance stated as a sentence: "Mayor Dodd and Commissioners Reed and Moss were present."
_PRESENT_SENTENCE = re.compile(
    r"(?P<names>(?:Mayor|Chair|Chairman|Chairperson|President|Reeve|Commissioners?|Councill?ors?|"
    r"Council\s+Members?|Members?|Trustees?|Aldermen|Supervisors|Directors)\s[^.;:]{2,300}?)\s+"
    r"(?:were|was)\s+(?:all\s+)?present\b"
)


class RollCallRow(BaseModel):
    """One row of ``models/cues/roll_call.jsonl``: a column header or a status value."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    column: Literal["name", "status", "role"] | None = None
    value: str | None = None
    pattern: str | None = None
    status: Literal["present", "apologies", "substitute", "in_attendance", "virtual", "absent"] | None = None


@lru_cache(maxsize=1)
def _roll_call() -> tuple[dict[str, re.Pattern[str]], list[tuple[re.Pattern[str], str]]]:
    """Column header patterns by column, and (status cell pattern, status) pairs."""
    rows = [RollCallRow.model_validate(r) for r in read_jsonl("cues", "roll_call.jsonl")]
    columns = {r.column: re.compile(rf"^(?:{r.pattern})$", re.I) for r in rows if r.column and r.pattern}
    values = [(re.compile(rf"^(?:{r.value})$", re.I), r.status) for r in rows if r.value and r.status]
    return columns, values


def _column(header: list[str], column: str) -> int | None:
    """Which cell of a table's header row names ``column`` (``roll_call.jsonl``), if any."""
    rx = _roll_call()[0][column]
    return next((i for i, c in enumerate(header) if rx.match(c.strip())), None)


def roll_call(header: list[str], rows: list[list[str]], status: str | None = None) -> list[Attendee]:
    """Attendees of a roll-call table (a name column and a status column), else []; or, under
    an attendance opener that gives their ``status``, of a table of names and roles (a Scottish
    board's "Members | Role").

    >>> rows = [["Ann Lee", "Commissioner", "Present"], ["Bo Kim", "Chair", "Late"], ["Cy Ng", "", "Absent"]]
    >>> [(a.name, a.role, a.status) for a in roll_call(["Attendee Name", "Title", "Status"], rows)]
    [('Ann Lee', 'Commissioner', 'present'), ('Bo Kim', 'Chair', 'present'), ('Cy Ng', None, 'absent')]
    >>> rows = [["Ann LEE (Chairperson)", "Nominated by Health Board"], ["Bo KIM", "Chief Officer"]]
    >>> [(a.name, a.role, a.status) for a in roll_call(["Members", "Role"], rows, "present")]
    [('Ann LEE', 'Chairperson, Nominated by Health Board', 'present'), ('Bo KIM', 'Chief Officer', 'present')]
    """
    values = _roll_call()[1]
    name_at, status_at, role_at = (_column(header, c) for c in ("name", "status", "role"))
    if name_at is None or (status_at is None and (status is None or role_at is None)):
        return []
    out = []
    for row in rows:
        if max(name_at, status_at or 0) >= len(row) or not row[name_at].strip():
            continue
        said = (
            status
            if status_at is None
            else next((st for rx, st in values if rx.match(row[status_at].strip())), None)
        )
        if said is None:
            continue
        name, role = (
            row[name_at].strip(),
            (row[role_at].strip() or None) if role_at is not None and role_at < len(row) else None,
        )
        if (m := _BRACKETED.match(name)) is not None and not m.group("also"):  # "Ann LEE (Chairperson)"
            name, role = m.group("out").strip(), ", ".join(r for r in (m.group("in").strip(), role) if r)
        out.append(Attendee(name=name, role=role, status=said))  # type: ignore[arg-type]
    return out


# --- manifest ----------------------------------------------------------------------------


#: An ISO date at year, month or day precision, ASCII digits only.
_MANIFEST_DATE = re.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?", re.ASCII)


class ManifestError(ValueError):
    """A manifest file that cannot be read at all (the message is one line)."""


@dataclass
class Manifest:
    """A sidecar CSV (path, council, committee, date) giving meeting details per file.

    Rows are matched by the exact path as written, the resolved path, or the file name.
    """

    rows: dict[str, dict[str, str]] = field(default_factory=dict)
    by_name: dict[str, dict[str, str]] = field(default_factory=dict)

    #: Problems found while loading: one line per skipped row ("m.csv line 3: date ...").
    errors: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, csv_path: str | Path) -> Manifest:
        """Read a manifest; relative paths in it are relative to the CSV's folder.

        A row with a bad date is skipped and named in :attr:`errors`; a file that is not
        UTF-8 CSV raises :class:`ManifestError` with a one-line reason.
        """
        csv_path = Path(csv_path)
        man = cls()
        try:
            with csv_path.open(newline="", encoding="utf-8-sig") as fh:
                for rec in csv.DictReader(fh):
                    man._add_row(csv_path, rec, fh)
        except UnicodeDecodeError as exc:
            raise ManifestError(f"{csv_path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
        except csv.Error as exc:
            raise ManifestError(f"{csv_path}: not a readable CSV manifest ({exc})") from None
        except OSError as exc:
            raise ManifestError(f"{csv_path}: {exc.strerror or exc}") from None
        return man

    def _add_row(self, csv_path: Path, rec: dict[str | None, str | None], fh: Any) -> None:
        rec_ = {(k or "").strip().lower(): (v if isinstance(v, str) else "").strip() for k, v in rec.items()}
        raw = rec_.get("path", "")
        if not raw:
            return
        row = {k: rec_[k] for k in ("council", "committee", "date") if rec_.get(k)}
        if "date" in row and not _MANIFEST_DATE.fullmatch(row["date"]):
            line = getattr(fh, "line_num", None) or "?"
            self.errors.append(
                f"{csv_path} row for {raw[:80]}: date {row['date'][:40]!r} is not YYYY, YYYY-MM or "
                f"YYYY-MM-DD (line {line}); row skipped"
            )
            return
        self.rows[raw] = row
        p = Path(raw)
        full = p if p.is_absolute() else csv_path.parent / p
        self.rows[str(full.resolve())] = row
        self.by_name.setdefault(p.name, row)

    def lookup(self, path: Path) -> dict[str, str] | None:
        """The manifest row for a path, or None."""
        path = Path(path)
        for key in (str(path), str(path.resolve())):
            if key in self.rows:
                return self.rows[key]
        return self.by_name.get(path.name)
