"""Entity finders over plain text: figures (money, percentages, dates, periods, counts, phone
numbers), people and organisations named by cue patterns or by a head noun.

The finders work on a section's text with compiled regular expressions (fast, and no tagger
is needed); :mod:`minutesmine.nlp.components` turns their :class:`Found` results into spaCy
spans. All wording comes from the :class:`~minutesmine.nlp.lexicon.Lexicon`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from minutesmine.alternation import trie_alternation
from minutesmine.needles import Needles, fold_for_needles
from minutesmine.nlp import normalize as nz
from minutesmine.nlp.lexicon import Lexicon

__all__ = ["PRIORITY", "FigureFinder", "Found", "TextFinder", "resolve"]

#: Tie-break between overlapping entities of equal length (lower wins).
PRIORITY = {
    "PHONE": 0,
    "MONEY": 1,
    "PERCENT": 2,
    "DATE": 3,
    "PERIOD": 3,
    "QUANTITY": 4,
    "PERSON": 5,
    "ORG": 6,
    "SERVICE": 6,
    "ROLE": 7,
}


@dataclass
class Found:
    """One entity found in a text: character offsets, label, normalised value and unit."""

    start: int
    end: int
    label: str
    value: Any = None
    unit: str | None = None
    rank: int = 0  # extra tie-break: generic patterns rank below gazetteer matches

    @property
    def key(self) -> tuple[int, int, int]:
        return (-(self.end - self.start), PRIORITY.get(self.label, 9) + self.rank, self.start)


def resolve(found: list[Found]) -> list[Found]:
    """Non-overlapping entities: longest first, then by label priority; in text order.

    >>> r = resolve([Found(0, 7, "ORG"), Found(0, 35, "ORG"), Found(40, 45, "DATE")])
    >>> [(f.start, f.end) for f in r]
    [(0, 35), (40, 45)]
    """
    taken: list[Found] = []
    # the taken spans, sorted and disjoint: the only one that can overlap f is the last
    # starting before f.end (the ends rise with the starts)
    starts: list[int] = []
    ends: list[int] = []
    for f in sorted(found, key=_key):
        s, e = f.start, f.end
        if e <= s:
            continue
        i = bisect_left(starts, e)
        if i and ends[i - 1] > s:
            continue
        taken.append(f)
        starts.insert(i, s)
        ends.insert(i, e)
    return sorted(taken, key=_start)


def _key(f: Found) -> tuple[int, int, int]:
    return (-(f.end - f.start), PRIORITY.get(f.label, 9) + f.rank, f.start)


def _start(f: Found) -> int:
    return f.start


# ---------------------------------------------------------------- figures

_NUM = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_MONTH = (
    r"\b(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_WEEKDAY = r"(?:(?i:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
_MONTH_NAMES = [
    *("January", "February", "March", "April", "May", "June", "July", "August"),
    *("September", "October", "November", "December"),
]
#: a month name with a capital ("March", "MARCH"), for a day and month written without a year
_MONTH_CAP = r"\b(?:" + "|".join(f"{m}|{m.upper()}" for m in _MONTH_NAMES) + r")\b"
_ORD = r"(?i:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_SCALE_WORD = r"(?i:thousand|million|billion)\b"

_FIGURES = re.compile(
    "|".join(
        [
            # phone numbers: UK/Irish with a leading 0 or +44, and North American
            # (and a North American local number "664–2840" not followed by a unit word)
            r"(?P<phone>(?<![\w.,\-])\d{3}[-–]\d{4}(?![\d\-]|[ \t]+[a-z])"
            r"|(?<![\w.,])(?:\+\d{2,3}[ \t]?(?:\(0\)[ \t]?)?\d{2,4}|\(0\d{2,5}\)|0\d{2,5})"
            r"[ \t\-]?\d{3,4}[ \t\-]?\d{3,4}(?![\d])"
            r"|(?<!\d)\(\d{3}\)[ \t]?\d{3}[-.\s]\d{4}(?!\d)|(?<![\w.\-])\d{3}[-.]\d{3}[-.]\d{4}(?!\d))",
            # money: sign before, currency word after, or pence
            r"(?P<money>(?:£|€|(?:US|C|CA|A|NZ)?\$|\b(?i:gbp|eur|usd|cad)[ \t]?)[ \t]?"
            + _NUM
            + r"(?:[ \t]?(?i:thousand|million|billion|trillion|mn|bn)\b|(?i:m|k|bn|b)\b)?"
            r"|(?<![\w.,])" + _NUM + r"[ \t]?(?:(?i:thousand|million|billion|mn|bn|m|k)[ \t]?)?"
            r"(?i:pounds(?:[ \t]+sterling)?|euros?|dollars|sterling)\b"
            r"|(?<![\w.,£$€])\d+p\b)",
            # percentages, ranges included ("10-15%")
            r"(?P<percent>(?<![\w.,])"
            + r"(?:\d+[½¼¾]|"
            + _NUM
            + ")"
            + r"(?:[ \t]?[-–][ \t]?"
            + _NUM
            + r")?[ \t]?(?:%|(?i:per[ \t]?cent|percent)\b))",
            # dates
            r"(?P<iso>(?<![\w.,/\-])" + _YEAR + r"-[01]\d-[0-3]\d(?![\d\-]))",
            r"(?P<dnum>(?<![\w.,/\-])\d{1,2}(?:/\d{1,2}/(?:\d{4}|\d{2})|\.\d{1,2}\.\d{4}|-\d{1,2}-\d{4})(?![\d/]|\.\d))",
            r"(?P<fy>(?<![\w.,/])(?i:fy)[ \t]?\d{2}[ \t]?[/–\-][ \t]?\d{2}(?![\d%]|/\d))",
            r"(?P<period>(?<![\w.,/])(?:(?i:fy|financial[ \t]+year|academic[ \t]+year)[ \t]?)?"
            + _YEAR
            + r"[ \t]?[/–\-][ \t]?(?:"
            + _YEAR
            + r"|\d{2})(?![\d%]|/\d))",
            # days sharing a month (and year): "on 14, 15 and 16 May 2024"
            r"(?P<dlist2>(?<![\w.,\-])\d{1,2}"
            + _ORD
            + r"(?:[ \t]*,[ \t]*\d{1,2}"
            + _ORD
            + r")*"
            + r"(?:[ \t]*,?[ \t]+(?:and|&|to)[ \t]+|[ \t]*[-–—][ \t]*)\d{1,2}"  # "11th–13th October"
            + _ORD
            + r"[ \t]+(?:of[ \t]+)?"
            + _MONTH_CAP
            + r"(?:,?[ \t]+"
            + _YEAR
            + r")?(?!\d))",
            r"(?P<dmy>"
            + _WEEKDAY
            # "5 March", "5th of March", "31July", "25th-Jul-2018"
            + r"(?<![\w.,])\d{1,2}"
            + r"(?:(?:[ \t]?(?i:st|nd|rd|th))?\s+(?:(?i:day\s+of|of)\s+)?|(?=[A-Za-z])|(?i:st|nd|rd|th)?-)"
            + _MONTH[2:]
            + r"(?:,?\s+|-)"
            + _YEAR
            + r"(?!\d))",
            # a day and month without a year ("6th March", "Wednesday 17th January")
            r"(?P<dm>"
            + _WEEKDAY
            + r"(?<![\w.,\-])\d{1,2}"
            + _ORD
            + r"[ \t]+(?:of[ \t]+)?"
            + _MONTH_CAP
            + r")",
            # days sharing a month and year ("March 19, 27, 28, and 30, 2024", "June 23rd & 24th 2018")
            r"(?P<dlist>"
            + _WEEKDAY
            + _MONTH_CAP
            + r"\s+\d{1,2}"
            + _ORD
            + r"(?:(?:[ \t]*,[ \t]*(?:and[ \t]+|&[ \t]*)?|[ \t]+(?:and|&)[ \t]+|[ \t]*&[ \t]*)\d{1,2}"
            + _ORD
            + r"\b)+,?\s+"
            + _YEAR
            + r"(?!\d))",
            r"(?P<mdy>" + _WEEKDAY + _MONTH + r"\s+\d{1,2}(?i:st|nd|rd|th)?,?\s+" + _YEAR + r"(?!\d))",
            r"(?P<my>" + _MONTH + r",?\s+(?:of\s+)?" + _YEAR + r"(?![\d/]))",
            # a month and day without a year ("February 15th", "Thursday, February 15th")
            r"(?P<md>"
            + _WEEKDAY
            + _MONTH_CAP
            + r"[ \t]+\d{1,2}"
            + _ORD
            + r"(?![\w:.]\d|\d|[ \t]*(?i:am|pm|a\.m|p\.m)\b))",
            r"(?P<year>(?<![\w.,/£$€\-])(?:18\d{2}|" + _YEAR + r")(?![\w%+]|[.,/:\-–]\d|['’]s\b))",
            # any other number: a count when a unit follows
            r"(?P<num>(?<![\w.,/:#])(?<![A-Za-z]-)" + _NUM + r"(?:[ \t]?" + _SCALE_WORD + r")?"
            r"(?:[ \t]?[-–][ \t]?" + _NUM + r"(?:[ \t]?" + _SCALE_WORD + r")?)?)",
        ]
    )
)

#: Every figure holds a digit or a currency sign: matching starts only near one of these.
_ANCHOR = re.compile(r"[\d£€$]+")
#: Words that may open a figure before its first digit ("Thursday 15 ...", "January 15, ...",
#: "September 2018", "GBP 500", "FY 2023/24", "US$"), searched at the end of a short window.
_LEAD = re.compile(
    r"(?:\b(?i:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:" + _MONTH + r"\s+)?"
    r"|" + _MONTH + r",?\s+(?:of\s+)?"
    r"|\b(?i:gbp|eur|usd|cad)[ \t]?"
    r"|\b(?i:fy|financial[ \t]+year|academic[ \t]+year)[ \t]?"
    r"|\b(?:US|CA|NZ|C|A)(?=\$)"
    r"|[(+])$"
)

_LEAD_WORDS = frozenset(
    [
        *nz.MONTHS,
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "gbp",
        "eur",
        "usd",
        "cad",
        "fy",
        "year",
    ]
)


def _prev_words(text: str, start: int, n: int = 2) -> list[str]:
    """Up to ``n`` words just before ``start`` on the same line, without surrounding punctuation."""
    line = text[max(0, start - 40) : start]
    cut = line.rfind("\n")
    if cut >= 0:
        line = line[cut + 1 :]
    return [w.strip("().,:;'\"[]") for w in line.split()[-n:]]


def _may_lead(text: str, lo: int, pos: int) -> bool:
    """Whether a word that can open a figure ends just before ``pos`` (cheap test before _LEAD):
    one of the last three words of ``text[lo:pos]`` is a lead word (any case, trailing "." or
    ",") or ends in "US", "CA" or "NZ"; or "(", "+" or "$" comes just before."""
    if pos and text[pos - 1] in "(+$":
        return True
    for w in text[lo:pos].split()[-3:]:
        if w.lower().rstrip(".,") in _LEAD_WORDS or w.endswith(_LEAD_ENDS):
            return True
    return False


_LEAD_ENDS = ("US", "CA", "NZ")


_WORD = re.compile(r"[ \t]*(?:\n[ \t]*)?([^\W\d_][\w'’\-]*)")
_ATTACHED = re.compile(r"[^\W\d_]+")
_LINE_BULLETS = re.compile(r"[\s\-–•·*>()\[\]]*")
_SENT_BREAK = re.compile(r"[.!?][)\"'’”]*\s|\n\s*\n")
_CONNECT = re.compile(r"[ \t]*(?:[-–]|to|and|or)[ \t]*$")
_ADJECTIVE = re.compile(r"(?:al|ive|ous|ful|less|able|ible|ic|ary|ed|ish)$")
_NOUN_EXCEPTIONS = frozenset(
    [
        "referral",
        "hospital",
        "proposal",
        "clinic",
        "need",
        "library",
        "rental",
        "approval",
        "arrival",
        "individual",
        "proposal",
    ]
)
_TEMPORAL = frozenset(
    [
        "in",
        "since",
        "by",
        "during",
        "from",
        "until",
        "till",
        "to",
        "before",
        "after",
        "of",
        "for",
        "between",
        "and",
        "early",
        "late",
        "mid",
        "the",
        "summer",
        "spring",
        "autumn",
        "winter",
        "year",
        "end",
        "start",
        "beginning",
    ]
)
_TIME_UNITS = frozenset(["day", "week", "month", "year", "hour", "minute", "fortnight", "term", "night"])
#: The number (and written scale) at the start of a "num" match.
_FIRST_NUM = re.compile(_NUM + r"(?:[ \t]?" + _SCALE_WORD + ")?")
#: The first number of a percentage range ("10-15%").
_PERCENT_FROM = re.compile(r"(" + _NUM + r")[ \t]?[-–][ \t]?(?=\d)")
_NON_DIGITS = re.compile(r"\D")
#: "per/each/a ..." after a count's unit ("3 visits per week").
_UNIT_TAIL = re.compile(r"[ \t]+(?:per|each|a)[ \t]+((?:[^\W\d_][\w'’\-]*[ \t]*){1,3})")
_QUALIFIER = re.compile(
    r"\+|[ \t]+or[ \t]+(?:more|over|above|fewer|less|under)\b"
    r"|[ \t]?(?i:no)\.(?=[ \t])"  # the planning "number" mark: "52no. dwellings", "3 No. units"
)
#: five or more digits without separators: a postcode, ZIP or reference, not a count
_CODE = re.compile(r"\d{5,}")
#: "8½ per cent"
_FRACTIONS = str.maketrans({"½": ".5", "¼": ".25", "¾": ".75"})
_LIST_NUMBER = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+")
#: "old" after a unit makes an age; a number after a capitalised one makes it a label ("Year 7")
_AGE = re.compile(r"[ \t\-]+old\b")
_LABELLED = re.compile(r"[ \t]+\d")
_SHORT_INT = re.compile(r"\d{1,3}")
_DOT_CAPITAL = re.compile(r"\.?[ \t]+[A-Z]")
_NUMBERING_END = re.compile(r"[.)]|[ \t]+[A-Z]")
_LOWER_ASCII = re.compile("[a-z]")
_DECIMAL_OR_PERCENT = re.compile(r"[ \t]?(?:[:.]\d|%)")


def _is_day(v: float) -> bool:
    """Whether a bare number can be a day of the month.

    >>> _is_day(11), _is_day(32), _is_day(1.5)
    (True, False, False)
    """
    return v == int(v) and 1 <= v <= 31


def _is_plural(w: str, lex: Lexicon) -> bool:
    if w in ("children", "people", "staff", "men", "women", "personnel"):
        return True
    return (
        len(w) >= 3
        and w.endswith("s")
        and not w.endswith(("ss", "us", "is", "'s", "’s"))
        and w not in lex.stopwords
    )


def _starts_unit(lw: list[str], q: int, p: int, lex: Lexicon) -> bool:
    """Whether a known unit starts at word ``q`` and ends by the head ``p`` ("social worker
    vacancies", "FTE social workers"), so an adjective-like first word belongs to it."""
    return any(" ".join(lw[q:j]) in lex.units for j in range(q + 2, p + 2))


def _names_head(words: list[str], i: int) -> bool:
    """Whether a capitalised modifier opens a capitalised name of the unit ("25 Key
    Performance Indicators"), so it is kept."""
    run = words[i : i + 3]
    return len(run) > 1 and all(w[:1].isupper() and not w.isupper() for w in run[:2])


def _generic_unit(words: list[str], lw: list[str], i: int, lex: Lexicon) -> tuple[int, str] | None:
    """A plural noun within four words of ``words[i]`` with the nouns before it (adjectives
    dropped, up to three capitalised words kept): (words used, unit)."""
    n = len(lw)
    k = i
    while k < n and k < i + 4 and lw[k] not in lex.stopwords:
        k += 1
    for p in _heads(words, lw, i, k, lex):
        run: list[str] = []
        for q in range(p - 1, i - 1, -1):
            w = lw[q]
            titled = words[p].istitle() and words[q].istitle()  # "Key Performance Indicators"
            if _adjective(w, lex) and not titled and not _starts_unit(lw, q, p, lex):
                break
            if words[p][:1].islower() and (words[q][:1].isupper() or w in lex.modifiers):
                break  # a name or acronym before a common noun: "13 SEND cases" -> case
            run.insert(0, w)
        keep = 3 if words[p][:1].isupper() else 2
        return (p + 1, " ".join([*run[-keep:], nz.singular(lw[p])]))
    return None


def _heads(words: list[str], lw: list[str], i: int, k: int, lex: Lexicon) -> list[int]:
    """The head noun of a count's unit among ``words[i:k]``: the first plural, skipping a
    capitalised name ending in s when a common plural follows ("five Americorps VISTA
    volunteers"); as a list of at most one index."""
    plurals = [p for p in range(i, k) if _is_plural(lw[p], lex)]
    common = [p for p in plurals if words[p][:1].islower()]
    if common and not words[plurals[0]][:1].islower():
        plurals = common
    return plurals[:1]


def _adjective(w: str, lex: Lexicon) -> bool:
    """Whether a word before a count's head noun describes it rather than names it:
    modifiers, adjective endings, hyphenated compounds ("off-street") and participles
    ("rightsizing"), but not nouns in -ing that name things ("parking", "housing")."""
    if w in lex.modifiers or "-" in w:
        return True
    if w.endswith("ing"):
        return w not in lex.ing_nouns
    return len(w) > 4 and w not in _NOUN_EXCEPTIONS and bool(_ADJECTIVE.search(w))


def _implied_pattern(lex: Lexicon) -> re.Pattern[str] | None:
    """A metric noun, up to 6 words, then a linking phrase ending the text ("caseloads stood at ")."""
    if not lex.implied_units or not lex.implied_links:
        return None

    def phrase(p: str, num: str = "") -> str:
        return r"[ \t]+".join(num if w == "N" and num else re.escape(w) for w in p.split())

    nouns = "|".join(phrase(n) for n in sorted(lex.implied_units, key=len, reverse=True))
    links = "|".join(phrase(p, r"\d+(?:\.\d+)?") for p in sorted(lex.implied_links, key=len, reverse=True))
    return re.compile(
        r"(?<![\w\-])(?P<noun>" + nouns + r")(?![\w\-])"
        r"(?:,?[ \t]+[^\W\d_][\w'’\-]*){0,6}?,?[ \t]+(?:" + links + r")[ \t]+$",
        re.IGNORECASE,
    )


@dataclass
class _Num:
    start: int
    end: int
    value: int | float
    after_cue: bool


def _time_adverbial(lw: list[str], lex: Lexicon) -> bool:
    """Whether lower-cased ``lw`` (the words after a count) open a time adverbial such as
    "last year" or "next month" (``time_adverbials.txt``), which is not the count's unit.

    >>> from minutesmine.nlp.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> _time_adverbial(["last", "year"], lex), _time_adverbial(["following", "months"], lex)
    (True, True)
    >>> _time_adverbial(["years"], lex), _time_adverbial(["last", "places"], lex)
    (False, False)
    """
    if len(lw) < 2 or lw[0] not in lex.time_adverbials:
        return False
    return lex.units.get(lw[1]) in _TIME_UNITS


_YEAR_END = re.compile(r"\d{4}$")
_DAY = re.compile(r"(\d{1,2})(?i:st|nd|rd|th)?")
#: what may come between two dates of a range or list that share the later one's year
_DATE_GAP = re.compile(r"[\s,]*(?:(?:to|until|till|through|and|or|&|[-–—])[\s,]*)?")


def _date_list(t: str, start: int) -> list[Found]:
    """The dates of "March 19, 27, 28, and 30, 2024" or "14, 15 and 16 May" (matched text
    ``t`` at ``start``): each day with the month and the year written once (``--MM-DD``
    without a year)."""
    has_year = bool(_YEAR_END.search(t))
    month = next(nz.MONTHS[w.lower()] for w in re.findall(r"[A-Za-z]+", t) if w.lower() in nz.MONTHS)
    out = []
    for m in _DAY.finditer(t, 0, len(t) - 4 if has_year else len(t)):
        v = nz.iso_date(int(t[-4:]) if has_year else 2000, month, int(m.group(1)))
        if v and not has_year:
            v = "--" + v[5:]
        if v:
            s = start if not out else start + m.start()
            out.append(Found(s, start + m.end(), "DATE", v))
    if out:
        out[-1].end = start + len(t)  # the last day with the month and year: "12 July 2018"
    return out


def _share_years(text: str, out: list[Found]) -> None:
    """A date written without a year takes the year of the date that closes its range or
    list ("30 September to 28 October 2025", "6 and 12 March 2024")."""
    dates = sorted((f for f in out if f.label == "DATE"), key=_start)
    for f, nxt in reversed(list(pairwise(dates))):
        v, w = str(f.value), str(nxt.value)
        if not v.startswith("--") or w.startswith("--") or len(w) != 10:
            continue
        g = _DATE_GAP.match(text, f.end, nxt.start)
        if g and g.end() == nxt.start and nxt.start - f.end <= 12:
            f.value = w[:4] + v[1:]


def _number_word_value(words: list[str], table: dict[str, int]) -> int | None:
    """The value of number words: "twenty five" -> 25, "five hundred" -> 500.

    >>> t = {"five": 5, "twenty": 20, "hundred": 100, "two": 2}
    >>> _number_word_value(["twenty", "five"], t), _number_word_value(["five", "hundred"], t)
    (25, 500)
    >>> _number_word_value(["hundred"], t) is None, _number_word_value(["two", "five"], t) is None
    (True, True)
    """
    total = 0
    for i, w in enumerate(words):
        v = table[w.lower()]
        if v >= 100:
            if i == 0:
                return None
            total *= v
        elif i and (total % 10 or total < 20 or v >= 10):
            return None  # "two five", "twenty thirty"
        else:
            total += v
    return total


class FigureFinder:
    """MONEY, PERCENT, DATE, PERIOD, QUANTITY and PHONE entities of a text."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.implied = _implied_pattern(lex)
        #: cheap pre-test before the implied-unit pattern: some noun must occur in the window
        self.implied_keys = tuple(sorted({n.split()[0] for n in lex.implied_units}))
        word = trie_alternation(sorted(lex.number_words, key=len, reverse=True))
        #: counts in words, with the figure in brackets when given: "ten (10) minutes"
        self.number_words = re.compile(
            r"(?<![\w\-'’])(?P<w>(?i:" + word + r"(?:(?:[ \t]+|-)" + word + r"){0,2}))(?![\w\-'’])"
            r"(?:[ \t]*\((?P<d>\d{1,3}(?:,\d{3})+|\d+)\))?"
        )
        self.number_word_scan = LiteralScan(self.number_words)
        self.number_word_needles = Needles(w.lower() for w in lex.number_words)

    # -- counts

    def unit(self, words: list[str], value: float) -> tuple[int, str] | None:
        """How many of ``words`` (following a number) form its unit, and the unit.

        Modifiers ("key", "new") are skipped; the unit is a known unit (units lexicon or
        roles) or a plural noun with the nouns before it (adjectives dropped), whichever is
        longer. A known singular unit counts only after "1", for time units ("12 month
        programme"), or when it has several words.
        """
        lex = self.lex
        lw = [w.lower() for w in words]
        n = len(lw)
        if _time_adverbial(lw, lex):
            return None  # "fell to 22 last year": the time phrase belongs to the sentence
        i = 0
        while i < n and lw[i] in lex.modifiers and not _names_head(words, i):
            i += 1
        lexical: tuple[int, str] | None = None
        for j in range(i + 1):
            for k in range(min(n, j + lex.unit_max_words), j, -1):
                surface = " ".join(lw[j:k])
                u = lex.units.get(surface)
                if u is None:
                    continue
                if (
                    value == 1
                    or surface != u
                    or k - j > 1
                    or u in _TIME_UNITS
                    or _is_plural(surface, lex)
                    or words[k - 1].isupper()  # acronyms are invariant: "40 FTE"
                    or u in lex.measures  # "4 kg", "20 mph"
                ):
                    lexical = (k, u)
                break
            if lexical:
                break
        generic = _generic_unit(words, lw, i, lex)
        if lexical and (generic is None or lexical[0] >= generic[0]):
            return lexical
        return generic

    def _words(self, text: str, pos: int) -> list[tuple[str, int]]:
        out = []
        for _ in range(7):
            m = _WORD.match(text, pos)
            if not m or (m.group(1).isupper() and len(m.group(1)) > 1 and "\n" in text[pos : m.start(1)]):
                break  # a heading in capitals on the next line is not the unit
            out.append((m.group(1), m.end()))
            pos = m.end()
        return out

    def _count(self, text: str, start: int, end: int, value: float) -> tuple[int, str] | None:
        """(end, unit) of the count whose number spans ``start:end``, or None."""
        q = _QUALIFIER.match(text, end)  # "5 or more unrelated occupiers", "2,000+ residents"
        if q:
            end = q.end()
        m = _ATTACHED.match(text, end)
        if m:
            u = self.lex.units.get(m.group().lower())
            return (m.end(), u) if u else None
        ws = self._words(text, end)
        if not ws or any(w in self.lex.not_units for w, _ in ws[:3]):
            return None
        got = self.unit([w for w, _ in ws], value)
        if not got:
            return None
        k, unit = got
        stop = ws[k - 1][1]
        if _AGE.match(text, stop) or (ws[k - 1][0].istitle() and _LABELLED.match(text, stop)):
            return None  # an age ("7 years old") or a label ("30 Year 7 places")
        tail = _UNIT_TAIL.match(text, stop, stop + 60)  # as matching text[stop : stop + 60]
        if tail:
            words = tail.group(1).split()
            take = []
            for w in words:
                if w.lower() in self.lex.stopwords:
                    break
                take.append(w)
            if take and (tail.group().split()[0].lower() != "a" or take[0].lower() in _TIME_UNITS):
                stop = tail.start(1) + len(" ".join(take))
        return stop, unit

    def _is_label(self, text: str, start: int, words: list[str] | None = None) -> bool:
        """Whether the number at ``start`` is an identifier ("Item 6", "#3", "aged 19 to 21");
        ``words`` is ``_prev_words(text, start, 3)`` when already known."""
        if start and text[start - 1] in "#-":
            return True
        words = _prev_words(text, start, 3) if words is None else list(words)
        if words and words[-1].lower() in ("no", "nos") and len(words) > 1:
            words.pop()
        if not words:
            return False
        if self.lex.is_number_label(words[-1]):
            return True
        if (
            len(words) == 3
            and words[-1].lower() in ("to", "and", "or", "-", "–")
            and words[-2].isdigit()
            and self.lex.is_number_label(words[-3])
        ):
            return True  # the end of a labelled range: "aged 19 to 21", "Items 6 and 7"
        return len(words) > 1 and self.lex.is_number_label(f"{words[-2]} {words[-1]}")

    @staticmethod
    def _after_number(text: str, start: int, words: list[str] | None = None) -> bool:
        """Whether the number follows another number or code ("184358 55", "13 of 18", a table
        row "H0303 500,000"): an item number, page counter or table cell, not a count.
        ``words`` is ``_prev_words(text, start, 3)`` when already known."""
        if words is None:
            words = _prev_words(text, start, 3)
        if not words:
            return False
        before = text[max(0, start - 40) : start].rstrip()
        if before.endswith((".", ";", "!", "?")) and not _SHORT_INT.fullmatch(words[-1]):
            return False  # a sentence ended: "up 1.1%. 52,700 children" (but "3. 45" is numbering)
        if _LIST_NUMBER.fullmatch(text, text.rfind("\n", 0, start) + 1, start):
            return False  # a numbered paragraph's first figure: "2. 50 residents responded"
        if any(c.isdigit() for c in words[-1]):
            return True
        return len(words) > 1 and words[-1].lower() == "of" and words[-2].isdigit()

    def _is_section_number(self, text: str, start: int, end: int, num: str) -> bool:
        after = text[end : end + 3]
        if "." in num and _DOT_CAPITAL.match(after):
            return True
        line = text[text.rfind("\n", 0, start) + 1 : start]
        if _LINE_BULLETS.fullmatch(line):
            return bool(_NUMBERING_END.match(after) or ("." in num and not _LOWER_ASCII.search(num)))
        return False

    # -- everything

    def __call__(self, text: str, *, counts: bool = True) -> list[Found]:
        out: list[Found] = []
        bare: list[_Num] = []
        for m in self._matches(text):
            kind = m.lastgroup
            s, e = m.span()
            t = m.group()
            if kind == "phone":
                out.append(Found(s, e, "PHONE", _NON_DIGITS.sub("", t)))
            elif kind == "money":
                got = nz.money(t)
                if got:
                    out.append(Found(s, e, "MONEY", got[0], got[1]))
            elif kind == "percent":
                r = _PERCENT_FROM.match(t)
                if r:
                    out.append(Found(s, s + len(r.group(1)), "PERCENT", nz.parse_number(r.group(1))))
                    s += r.end()
                    t = t[r.end() :]
                v = nz.percent(t.translate(_FRACTIONS))
                if v is not None:
                    out.append(Found(s, e, "PERCENT", v))
            elif kind in ("iso", "dnum", "dmy", "mdy", "my"):
                v = nz.date(t)
                if v:
                    out.append(Found(s, e, "DATE", v))
            elif kind in ("dm", "md"):
                v = nz.day_month(t)
                if v:
                    out.append(Found(s, e, "DATE", v))
            elif kind in ("dlist", "dlist2") and not (kind == "dlist2" and self._is_label(text, s)):
                out += _date_list(t, s)
            elif kind in ("period", "fy"):
                v = nz.financial_year(t)
                if v:
                    out.append(Found(s, e, "PERIOD", v))
            elif kind == "year":
                self._year(text, s, e, t, out, counts)
            elif kind == "num" and counts:
                self._number(text, s, e, t, out, bare)
        if counts and bare:
            self._continue(text, out, bare)
        if counts:
            self._word_counts(text, out)
        _share_years(text, out)
        return out

    @staticmethod
    def _matches(text: str) -> list[re.Match[str]]:
        """What ``_FIGURES.finditer`` would find, trying the big pattern only near anchors."""
        out = []
        done = 0
        match = _FIGURES.match
        for a in _ANCHOR.finditer(text):
            pos = a.start()
            if pos < done:
                continue
            lo = max(done, pos - 32)
            m = None
            if lo < pos and _may_lead(text, lo, pos):
                lead = _LEAD.search(text, lo, pos)
                if lead:
                    m = match(text, lead.start())
            if m is None:
                m = match(text, pos)
            if m:
                out.append(m)
                done = m.end()
            else:
                done = a.end()
        return out

    def _year(self, text: str, s: int, e: int, t: str, out: list[Found], counts: bool) -> None:
        """A year-like number is a year ("the 2025 targets", "Act 2021 provides") unless it labels
        something ("Item 2019"); counts of two thousand are written with a comma."""
        words = _prev_words(text, s, 1)
        prev = words[0] if words else ""
        if self.lex.is_number_label(prev) and prev.lower() not in _TEMPORAL:
            return
        out.append(Found(s, e, "DATE", t))

    def _number(self, text: str, s: int, e: int, t: str, out: list[Found], bare: list[_Num]) -> None:
        first = _FIRST_NUM.match(t)
        assert first is not None
        value = nz.parse_number(first.group())
        words = _prev_words(text, s, 3)  # shared by the tests below
        if value is None or self._is_label(text, s, words) or _CODE.fullmatch(t):
            return
        if self._is_section_number(text, s, e, t):
            line = text[text.rfind("\n", 0, s) + 1 : s]
            unit = (
                None if _LINE_BULLETS.fullmatch(line) else self._implied_unit(text, _Num(s, e, value, False))
            )
            if unit and first.end() == len(t):
                out.append(Found(s, e, "QUANTITY", value, unit))  # "caseload was 17.8. The next"
            return
        if self._after_number(text, s, words):
            return
        got = self._count(text, s, e, value)
        if got:
            out.append(Found(s, got[0], "QUANTITY", value, got[1]))
            return
        if first.end() < len(t) or _ATTACHED.match(text, e) or _DECIMAL_OR_PERCENT.match(text, e):
            return
        # words[-1:] is _prev_words(text, s, 1)
        cue = bool(words and words[-1].lower() in self.lex.continuation_cues)
        bare.append(_Num(s, e, value, cue))

    def _word_counts(self, text: str, out: list[Found]) -> None:
        """Counts written as words: "two ambulances", "Eight indicators", "five (5) or more
        parking spaces". A lone "one" is a count only with its figure in brackets."""
        table = self.lex.number_words
        for m in self._number_word_matches(text):
            words = re.split(r"[ \t\-]+", m.group("w"))
            value: int | float | None = _number_word_value(words, table)
            if m.group("d"):
                value = nz.parse_number(m.group("d"))
            elif words == ["one"] or words == ["One"]:
                continue
            s, e = m.start(), m.end()
            if value is None or self._is_label(text, s) or self._refers_back(text, s):
                continue
            got = self._count(text, s, e, value)
            if not got or (not m.group("d") and got[1] in _TIME_UNITS):
                continue  # a duration in prose: "four years after", "within the next two weeks"
            if words[0].istitle() and text[e : got[0]].lstrip()[:1].isupper():
                continue  # a name: "Four Oaks", "Seven Sisters Road"
            out.append(Found(s, got[0], "QUANTITY", value, got[1]))

    def _number_word_matches(self, text: str) -> Iterator[re.Match[str]]:
        """``self.number_words.finditer(text)``, tried only where a number word starts (found
        in one pass over the lower-cased text, when that tells: see ``fold_for_needles``)."""
        low = fold_for_needles(text)
        if low is None or len(low) != len(text):
            return self.number_words.finditer(text)
        starts = [s for s, _ in self.number_word_needles.occurrences(low)]
        return self.number_word_scan.matches_at(text, starts)

    def _refers_back(self, text: str, start: int) -> bool:
        """Whether the word before a count in words points back ("the two cities")."""
        words = [w.lower() for w in _prev_words(text, start, 2)]
        if len(words) == 2 and words[1] == "in" and (words[0].isdigit() or words[0] in self.lex.number_words):
            return True  # a ratio: "one in four residents"
        return bool(words) and words[-1] in self.lex.number_word_determiners

    def _implied_unit(self, text: str, b: _Num) -> str | None:
        """The unit implied by a metric noun stating the bare number ``b``: "the average
        caseload for social workers was 17.8" -> "case" (``implied_units.txt``,
        ``implied_links.txt``). Years (1900-2099 without decimals) are never values."""
        if self.implied is None or (b.value == int(b.value) and 1900 <= b.value <= 2099):
            return None
        lo = max(0, b.start - 120)
        window = text[lo : b.start]
        low = window.lower()
        if not any(k in low for k in self.implied_keys):
            return None
        cut = max((m.end() for m in _SENT_BREAK.finditer(window)), default=0)
        window = window[cut:]
        m = self.implied.search(window)
        if not m:
            return None
        return self.lex.implied_units.get(re.sub(r"\s+", " ", m.group("noun").lower()))

    def _continue(self, text: str, out: list[Found], bare: list[_Num]) -> None:
        """Bare numbers that continue a count or percentage: "from 35 to 22 cases", "reduced to 13"."""
        by_start = sorted(out, key=lambda f: f.start)
        added = []
        for b in bare:
            nxt = next((f for f in by_start if f.start >= b.end), None)
            if nxt and nxt.start - b.end <= 6 and _CONNECT.match(text[b.end : nxt.start]):
                gap = text[b.end : nxt.start].strip()
                if nxt.label == "PERCENT":
                    # "from 10 to 15%", "10-15%"; not "1,231 or 4.1%" (a count, then its share)
                    if gap in ("to", "and", "-", "–") and b.value <= 100 and "," not in text[b.start : b.end]:
                        added.append(Found(b.start, b.end, "PERCENT", b.value))
                    continue
                if (
                    nxt.label == "DATE"
                    and _is_day(b.value)
                    and len(str(nxt.value)) == 10
                    and gap != "or"
                    and text[nxt.start].isdigit()  # "11 and 12 July", not "February 26 to July 16"
                    and not any(w.lower() in nz.MONTHS for w in _prev_words(text, b.start, 1))
                ):
                    # "on 11 and 12 July 2018": the first day shares the month and year
                    added.append(Found(b.start, b.end, "DATE", f"{nxt.value[:8]}{int(b.value):02d}"))
                    continue
                if nxt.label == "QUANTITY" and gap in ("to", "and", "or", "-", "–"):
                    added.append(Found(b.start, b.end, "QUANTITY", b.value, nxt.unit))
                    continue
            implied = self._implied_unit(text, b)
            if implied:
                added.append(Found(b.start, b.end, "QUANTITY", b.value, implied))
                continue
            if not b.after_cue:
                continue
            prev = None
            for f in by_start:
                if f.end > b.start:
                    break
                if f.label == "QUANTITY":
                    prev = f
            if prev is None or b.start - prev.end > 200 or _SENT_BREAK.search(text, prev.end, b.start):
                continue
            added.append(Found(b.start, b.end, "QUANTITY", b.value, prev.unit))
        out.extend(added)


# ---------------------------------------------------------------- fast regular expressions
#
# Python's regex engine scans quickly only to where a pattern's first character can match
# when the pattern starts with a literal, a character class or an alternation of literals;
# otherwise it tries the whole pattern at every position. The helpers below build
# alternations that start that way and find the anchors' candidate positions from their
# literal prefixes; each matches what the plain pattern matches (tests/test_nlp_rules.py).


def bounded_alternation(words: Iterable[str]) -> str:
    r"""A pattern matching what ``\b(?:w1|w2|...)`` does (words longest first), written so
    that the regex engine can skip to the words' first characters.

    For a word starting with a word character, ``\b`` before it means "no word character
    just before"; after consuming the first character that is the lookbehind ``(?<!\w.)``
    (``.`` matches the consumed character, which is no newline). Words starting otherwise
    keep the plain form.

    >>> bounded_alternation(["Board", "Boards", "Team"])
    '(?:B(?<!\\w.)(?:oard(?:s)?)|T(?<!\\w.)(?:eam))'
    >>> import re
    >>> [m.group() for m in re.finditer(bounded_alternation(["Board"]), "Board xBoard Board")]
    ['Board', 'Board']
    """
    words = sorted(set(words), key=len, reverse=True)
    if not words or not all(re.match(r"\w", w) for w in words):
        return r"\b(?:" + "|".join(re.escape(w) for w in words) + ")" if words else "(?!)"
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0], []).append(w[1:])
    return (
        "(?:"
        + "|".join(
            re.escape(c) + r"(?<!\w.)" + trie_alternation(rests) for c, rests in sorted(by_first.items())
        )
        + ")"
    )


def _first_literals(rx: re.Pattern[str]) -> list[str] | None:
    r"""Non-empty strings one of which every match of ``rx`` starts with, as long as can be
    told, or None when that cannot be (a class of many characters, a flagged start, ...).

    The pattern is read from its start while what it matches there is one of a few strings
    (:func:`_prefixes`): a literal, an optional part, a branch, a class of a few characters;
    an assertion is passed over (``rx.match`` at a candidate checks it); a repeat adds one
    turn and ends the reading. A string that starts with another is left out (it adds no
    candidates), and so are starts found almost everywhere: one character, or a space and
    one character.

    >>> _first_literals(re.compile(r"(?:(?:lead|key)[ \t]+officers?|authors?|sponsor)\b"))
    ['author', 'key', 'lead', 'sponsor']
    >>> _first_literals(re.compile(r"\b(?:on[ \t]+the[ \t]+)?motion"))
    ['motion', 'on\t', 'on ']
    >>> _first_literals(re.compile(r"(?:re-?)?appoint"))
    ['appoint', 're-appoint', 'reappoint']
    >>> _first_literals(re.compile(r"\w+ said")) is None
    True
    """
    try:
        from re import _parser  # type: ignore[attr-defined]

        tree = _parser.parse(rx.pattern, rx.flags)
        if tree.state.flags & (re.IGNORECASE | re.LOCALE):
            return None
        found = _prefixes(list(tree.data), _parser)
    except Exception:  # another Python's parser: no shortcut, the plain pattern is used
        return None
    if found is None:
        return None
    lits = found[0] | found[1]
    if not lits or any(len(w) < 2 or (len(w) < 3 and w[0].isspace()) for w in lits):
        return None
    return sorted(w for w in lits if not any(v != w and w.startswith(v) for v in lits))


#: most characters a class at a pattern's start may hold to be read as literals
_FEW_CHARS = 4
#: most literals a pattern's start is read as (beyond, the scan tries too many places)
_MANY_LITERALS = 64

#: the strings a piece of a pattern matches at its start: ``(open, closed)``, ``open`` the
#: whole strings it may match (what follows it goes on from them), ``closed`` strings it may
#: start with (what follows is not known); None when not told
_Starts = tuple[set[str], set[str]] | None


def _prefixes(items: list[Any], parser: Any, started: bool = False) -> _Starts:
    """The starts (:data:`_Starts`) of a sequence of pattern pieces, read piece by piece;
    ``started``: whether a word of three or more characters comes before them."""
    opened, closed = {""}, set()
    for op, av in items:
        got = _piece_prefixes(op, av, parser, started or min(map(len, opened)) >= 3)
        if got is None:
            return set(), closed | opened
        more, ends = got
        grown = {a + b for a in opened for b in more}
        ended = {a + b for a in opened for b in ends}
        if len(grown) + len(ended) + len(closed) > _MANY_LITERALS:
            return set(), closed | opened
        opened, closed = grown, closed | ended
        if not opened:
            break
    return opened, closed


def _piece_prefixes(op: Any, av: Any, parser: Any, started: bool) -> _Starts:
    """The starts of one piece. A class is read only at the start or after a short word ("on
    the"): after a longer word, a space or a tab tells little more and doubles the strings
    to look for."""
    if op is parser.LITERAL:
        return {chr(av)}, set()
    if op is parser.AT:  # zero-width: a match starts where what follows does
        return {""}, set()
    if op is parser.IN:
        if started or len(av) > _FEW_CHARS or any(o is not parser.LITERAL for o, _ in av):
            return None
        return {chr(code) for _, code in av}, set()
    if op is parser.SUBPATTERN:
        _group, add_flags, del_flags, sub_pattern = av
        return None if add_flags or del_flags else _prefixes(list(sub_pattern.data), parser, started)
    if op is parser.BRANCH:
        found = [_prefixes(list(alt.data), parser, started) for alt in av[1]]
        if any(f is None for f in found):
            return None
        return set().union(*(f[0] for f in found if f)), set().union(*(f[1] for f in found if f))
    if op in (parser.MAX_REPEAT, parser.MIN_REPEAT):
        low, high, body = av
        got = _prefixes(list(body.data), parser, started)
        if got is None:
            return None
        skip = {""} if low == 0 else set()
        if high <= 1:  # optional, or once
            return got[0] | skip, got[1]
        return skip, got[0] | got[1]  # one turn, then not known
    return None


class LiteralScan:
    """``rx.finditer(text)``, trying ``rx`` only where one of its first literals occurs.

    The candidates are where the literals occur, found in one pass (:class:`Needles`, much
    faster than the regex engine trying the pattern at every position), or given by
    :class:`LiteralScans`; ``rx.match`` at each candidate in order, skipping those inside
    the last match, is what ``finditer`` does at those positions, and no match can start
    elsewhere. Patterns without literal starts are scanned as they are.
    """

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        lits = _first_literals(rx)
        self.literals = tuple(lits) if lits else None
        self._needles = Needles(self.literals or ())

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.literals is None:
            return self.rx.finditer(text)
        return self.matches_at(text, [start for start, _ in self._needles.occurrences(text)])

    def matches_at(self, text: str, cands: list[int]) -> Iterator[re.Match[str]]:
        """The matches starting at the candidates ``cands`` (every start of a first literal
        in ``text``, in any order), as :meth:`finditer` gives them."""
        match = self.rx.match
        pos = 0
        for q in sorted(cands):
            if q < pos:
                continue
            m = match(text, q)
            if m is not None:
                yield m
                pos = m.end() if m.end() > q else q + 1


class LiteralScans:
    """The ``finditer`` of several :class:`LiteralScan` over one text, their candidates found
    together in one pass (:class:`~minutesmine.needles.Needles`) instead of a pass a scan: a
    dozen scans look for a hundred literals.

    >>> scans = LiteralScans([LiteralScan(re.compile(r"(?:co-?)?opt\\w*")), LiteralScan(re.compile(r"\\w+"))])
    >>> [[m.group() for m in found] for found in scans.finditer("co-opted, opt")]
    [['co-opted', 'opt'], ['co', 'opted', 'opt']]
    """

    def __init__(self, scans: Sequence[LiteralScan]) -> None:
        self.scans = tuple(scans)
        by_literal: dict[str, list[int]] = {}
        for k, scan in enumerate(self.scans):
            for lit in scan.literals or ():
                by_literal.setdefault(lit, []).append(k)
        self._by_literal = by_literal
        self._needles = Needles(by_literal)

    def finditer(self, text: str) -> list[Iterator[re.Match[str]]]:
        """Each scan's ``finditer(text)``, in order."""
        cands: list[list[int]] = [[] for _ in self.scans]
        by_literal = self._by_literal
        for start, lit in self._needles.occurrences(text):
            for k in by_literal[lit]:
                cands[k].append(start)
        return [
            scan.rx.finditer(text) if scan.literals is None else scan.matches_at(text, found)
            for scan, found in zip(self.scans, cands, strict=True)
        ]


# ---------------------------------------------------------------- people and organisations

#: Endings of common nouns that are not surnames ("Membership", "Development", "Resolution").
_NOT_NAME_ENDINGS = ("ship", "ment", "tion", "sion", "ness", "ance", "ence", "ity", "ism", "ings")
#: an acronym in brackets just after a name: "(LSRCC)", "(CBSO)"
_DEFINED = re.compile(r"[ \t]*\(([A-Z][A-Za-z&]*[A-Z])\)")
_SPLIT_LIST = re.compile(r"[ \t]*(?:[,;]|\band\b|&)[ \t]*")
_PAREN = re.compile(r"\([^)]*\)")
_CONNECTORS = frozenset(["and", "of", "for", "&", "the", "on", "in", "upon"])


def listed_alternation(words: Iterable[str]) -> str:
    r"""``"|".join(re.escape(w) for w in words)`` (tried in the order listed), as a trie when
    that is the same: the words that fit at one position are prefixes of one another, and a
    trie tries them longest first, so it is when every word comes before its prefixes.

    >>> listed_alternation(["said", "stated"]), listed_alternation(["set", "set out"])
    ('(?:s(?:aid|tated))', 'set|set\\ out')
    """
    words = list(words)
    for i, w in enumerate(words):
        if any(v != w and v.startswith(w) for v in words[i + 1 :]):
            return "|".join(re.escape(v) for v in words) or "(?!)"
    return trie_alternation(words)


def _expand(pattern: str, macros: dict[str, str]) -> str:
    for _ in range(6):
        new = re.sub(r"\{([A-Z][A-Z0-9]*)\}", lambda m: macros.get(m.group(1), m.group()), pattern)
        if new == pattern:
            break
        pattern = new
    return pattern


#: a capitalised word, where a given name may stand (its capital first, then the look behind
#: it: the regex engine then skips to capitals)
_CAP_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ](?<![\w'’.&-][A-ZÀ-ÖØ-Þ])[a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?")
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")
_WORD_THEN_CAPITAL = re.compile(r"(\S+)[ \t]+[A-Z]")
_NEXT_WORD = re.compile(r"[ \t]+([A-Z][a-z]+)\b")


class TextFinder:
    """PERSON (cue patterns), ORG/SERVICE (head nouns, "London Borough of X") in a text."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        macros = dict(lex.macros)
        macros["TITLES"] = listed_alternation(lex.person_titles)
        macros["VERBS"] = listed_alternation(lex.speech_verbs)
        self.macros = macros
        self.patterns: list[tuple[dict[str, Any], re.Pattern[str]]] = []
        self.anchored: list[
            tuple[dict[str, Any], LiteralScan, re.Pattern[str] | None, re.Pattern[str] | None]
        ] = []
        for rec in lex.patterns:
            if "anchor" in rec:
                before, after = rec.get("before"), rec.get("after")
                self.anchored.append(
                    (
                        rec,
                        LiteralScan(re.compile(_expand(rec["anchor"], macros))),
                        re.compile(_expand(before, macros)) if before else None,
                        re.compile(_expand(after, macros)) if after else None,
                    )
                )
            else:
                self.patterns.append((rec, re.compile(_expand(rec["pattern"], macros))))
        self.anchor_scans = LiteralScans([scan for _, scan, _, _ in self.anchored])
        self.name_re = re.compile(_expand("{NAME}", macros))
        #: after a given name: a surname, maybe after an initial ("Keith D. Scheurman") ...
        self.one_name = re.compile(_expand(r"(?:[ \t]+{INITIAL})?[ \t]+{NAMEWORD}(?![\w'’&-])", macros))
        #: ... or a second given name and a surname ("Mary Ann Moore")
        self.two_names = re.compile(_expand(r"[ \t]+{NAMEWORD}[ \t]+{NAMEWORD}(?![\w'’&-])", macros))
        self.title_re = re.compile(r"(?:" + macros["TITLES"] + r")\.?[ \t]+")
        #: as ``\b(?:head|...)\b`` with the heads longest first
        self.heads_re = re.compile(bounded_alternation(lex.heads) + r"\b") if lex.heads else None
        self.single_roles = frozenset(
            s.lower()
            for g in lex.gazetteers
            if g.label == "ROLE"
            for name, aliases in g.entries
            for s in (name, *aliases)
            if " " not in s
        )
        #: words that name a role ("Chief" of "Chief Executive", not "Young" of "... Young People")
        self.role_words = frozenset(
            w.lower()
            for g in lex.gazetteers
            if g.label == "ROLE"
            for name, aliases in g.entries
            for s in (name, *aliases)
            for w in re.split(r"\b(?:of|for)\b", s)[0].split()
        ) | frozenset(p.lower() for p in (*lex.role_prefixes, *lex.person_titles))
        self.before_role = re.compile(
            _expand(
                r"(?P<ent>{NAME2})(?:,|[ \t]*\()[ \t]*(?:(?i:the)[ \t]+)?(?:[A-Za-z][\w'’&\-]*[ \t]+){0,3}$",
                macros,
            )
        )
        self.before_org = re.compile(
            _expand(r"(?P<ent>{NAME2})(?:[ \t]*\(|,)[ \t]*(?:(?i:the)[ \t]+)?$", macros)
        )
        self.after_role = re.compile(
            _expand(
                r"(?:,[ \t]*|[ \t]+[–—\-][ \t]+|[ \t]+)(?:(?:{TITLES})\.?[ \t]+)?(?P<ent>{NAME2})[ \t]*"
                r"(?=[,.;:(\n]|$|[ \t]+(?:and|who)\b|[ \t]+(?:{VERBS})\b)",
                macros,
            )
        )

    # -- names

    def valid_name(self, name: str, titled: bool, cued: bool = False) -> str | None:
        """The name cleaned of non-name words, or None when it is not a person's name.
        ``cued``: the name stands where only a name can (an attendance list, "Name (Role)"),
        so one of its words may also be a common word ("Grant Miles", "Shelley Young")."""
        lex = self.lex
        words = name.split()
        if cued and (got := self._cued_name(words)):
            return got

        def bad(w: str) -> bool:
            if len(w.rstrip(".")) == 1 and w.isupper():
                return False  # an initial, even "A" ("Councillor A L Dodwell")
            lw = w.lower().rstrip(".").removesuffix("'s").removesuffix("’s")
            if lw in lex.not_names or (len(lw) > 6 and lw.endswith(_NOT_NAME_ENDINGS)):
                return True
            return "-" in lw and any(p in lex.not_names for p in lw.split("-"))

        initials_then_surname = len(words) > 1 and all(len(w.rstrip(".")) == 1 for w in words[:-1])
        while words and bad(words[-1]) and not (initials_then_surname and words[-1][:1].isupper()):
            words.pop()  # ... but "M Grant" keeps a surname that is also a word
        if titled:
            if not words or bad(words[0]):
                return None
        else:
            while words and (words[0].lower() in lex.stopwords or bad(words[0])):
                words.pop(0)
            if len(words) < 2 or any(bad(w) for w in words):
                return None
        if all(len(w.rstrip(".")) == 1 for w in words):
            return None  # initials only: "M" of "Cllr M Grant" once "Grant" is dropped
        out = " ".join(words)
        if out.lower() in lex.gazetteer_phrases:
            return None
        return out

    def _cued_name(self, words: list[str]) -> str | None:
        """Two to four capitalised words with at most one common word, which names no role
        ("Will Bateman", but not "Fire Chief")."""
        lex = self.lex
        lw = [w.lower().rstrip(".,") for w in words]
        if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
            return None
        parts = [p for w in lw for p in w.split("-")]
        common = [w for w in parts if w in lex.not_names or w in lex.stopwords or w in self.role_words]
        if len(common) > 1 or any(w in self.role_words for w in common):
            return None
        if lw[-1].endswith(_NOT_NAME_ENDINGS) and len(lw[-1]) > 6:
            return None
        out = " ".join(words).rstrip(".,")
        return None if out.lower() in lex.gazetteer_phrases else out

    def _list(
        self, text: str, start: int, body: str, stop_at_invalid: bool, titled: bool, cued: bool = False
    ) -> list[Found]:
        out = []
        pieces = re.split(r"[ \t]*;[ \t]*", body) if ";" in body else None
        if pieces is None:
            pieces = _SPLIT_LIST.split(body)
        pos = 0
        for piece in pieces:
            at = body.find(piece, pos)
            pos = at + len(piece)
            p = _PAREN.sub(lambda m: " " * len(m.group()), piece)
            lead = len(p) - len(p.lstrip())
            p = p.strip()
            t = self.title_re.match(p)
            shift = t.end() if t else 0
            m = self.name_re.match(p, shift)
            ok = None
            if m:
                rest = p[m.end() :].strip()
                if not rest or not stop_at_invalid or rest.startswith(("(", ",", "-", "–")):
                    ok = self.valid_name(m.group(), titled or bool(t), cued)
            if ok is None:
                if stop_at_invalid:
                    break
                continue
            s = start + at + lead + shift + m.group().find(ok.split()[0])
            out.append(Found(s, s + len(ok), "PERSON", ok))
        return out

    def _matches(self, text: str) -> list[tuple[dict[str, Any], re.Match[str], int | None]]:
        """Matches of every pattern record (keyword-filtered, at word starts)."""
        low = text.lower()
        out = []
        for rec, rx in self.patterns:
            keys = rec.get("keywords")
            if keys and not any(k in low for k in keys):
                continue
            for m in rx.finditer(text):
                if m.start() and text[m.start() - 1].isalnum():
                    continue
                out.append((rec, m, None))
        if len(low) != len(text):  # lower() changed the length (rare Unicode): no safe offsets
            return out
        found = self.anchor_scans.finditer(low)
        for (rec, _, before, after), anchors in zip(self.anchored, found, strict=True):
            window = int(rec.get("window", 80))
            capitalised = rec.get("capitalised_anchor")
            for a in anchors:
                s = a.start()
                if (s and text[s].isalnum() and text[s - 1].isalnum()) or (
                    capitalised and not text[s].isupper()
                ):
                    continue
                m = None
                if before is not None:
                    m = before.search(text, max(0, s - window), s)
                elif after is not None:
                    m = after.match(text, a.end())
                if m and not (rec.get("not_given_named") and self._given_named_at(text, m.start("ent"))):
                    out.append((rec, m, s if rec.get("include_anchor") else None))
        return out

    def _given_named_at(self, text: str, start: int) -> bool:
        """Whether ``text`` at ``start`` opens with a given name and a capitalised word ("Sarah
        Jenkins"): a person, for a record whose entity may not be one (``not_given_named``)."""
        m = _WORD_THEN_CAPITAL.match(text, start)
        return m is not None and m.group(1) in self.lex.given_names

    def _people(self, text: str) -> list[Found]:
        out: list[Found] = []
        for rec, m, anchor_start in self._matches(text):
            label = rec.get("label", "PERSON")
            titled = bool(rec.get("titled"))
            for g, val in m.groupdict().items():
                if val is None:
                    continue
                if g.startswith("list"):
                    stop = bool(rec.get("stop_at_invalid"))
                    out += self._list(text, m.start(g), val, stop, titled, bool(rec.get("cued")))
                elif g.startswith("ent"):
                    s = m.start(g)
                    if label != "PERSON":
                        if anchor_start is not None:
                            s = anchor_start
                        e = m.end(g) - (2 if text.endswith(("'s", "’s"), s, m.end(g)) else 0)
                        out.append(Found(s, e, label, text[s:e], rank=1))
                        continue
                    name = self.valid_name(val, titled, bool(rec.get("cued")))
                    if name is None:
                        continue
                    s += val.find(name)
                    e = s + len(name)
                    if " " not in name and "title" in m.re.groupindex and m.start("title") < s:
                        s = m.start("title")
                    out.append(Found(s, e, "PERSON", name))
        return out

    def people_before_roles(
        self, text: str, roles: list[tuple[int, int]], orgs: list[tuple[int, int]] = ()
    ) -> list[Found]:
        """People named next to a role or organisation: "Name, Role" and "Name (Role)" in lists
        and cover sheets, "the Role, Name, said", "Name (Organisation)"."""
        out = []
        for s, e in roles:
            mark = max(text.rfind(",", max(0, s - 50), s), text.rfind("(", max(0, s - 50), s))
            if mark >= 0 and len(text[mark + 1 : s].split()) <= 3:
                out += self._name(self.before_role.search(text, max(0, s - 90), s))
            out += self._name(self.after_role.match(text, e))
        for s, _ in orgs:
            if max(text.rfind("(", max(0, s - 10), s), text.rfind(",", max(0, s - 4), s)) >= 0:
                out += self._name(self.before_org.search(text, max(0, s - 70), s))
        return out

    def defined_acronyms(self, text: str, named: list[Found]) -> list[Found]:
        """An acronym defined in brackets after a name ("Birmingham City Council (BCC)") names
        the same body or service wherever the text uses it; its value is the full name."""
        defined: dict[str, Found] = {}
        for f in sorted(named, key=lambda f: f.start - f.end):  # the longest name first
            m = _DEFINED.match(text, f.end)
            if not m or m.group(1) in defined:
                continue
            initials = {w[:1] for w in text[max(0, f.start - 60) : f.end].split()}
            if m.group(1)[0] in initials:
                defined[m.group(1)] = f
        out = []
        for acronym, f in defined.items():
            full = text[f.start : f.end]
            rx = re.compile(r"(?<![\w\-])" + re.escape(acronym) + r"(?![\w\-])")
            out += [Found(a.start(), a.end(), f.label, full, rank=1) for a in rx.finditer(text)]
        return out

    def _name(self, m: re.Match[str] | None) -> list[Found]:
        if not m:
            return []
        name = self.valid_name(m.group("ent"), False, cued=True)
        if not name:
            return []
        ns = m.start("ent") + m.group("ent").find(name)
        return [Found(ns, ns + len(name), "PERSON", name)]

    # -- organisations by head noun

    def _heads(self, text: str) -> list[Found]:
        if self.heads_re is None:
            return []
        lex = self.lex
        out = []
        for m in self.heads_re.finditer(text):
            hs, he = m.span()
            if not hs or text[hs - 1] != " ":
                continue
            seg = text[max(0, hs - 90) : hs - 1]
            cut = seg.rfind("\n")
            if cut >= 0:
                seg = seg[cut + 1 :]
            pos = hs - 1
            first = -1
            n = 0
            crossed_of = False
            for part in reversed(seg.split(" ")):
                start = pos - len(part)
                pos = start - 1
                if not part:
                    continue
                lw = part.lower()
                if part[0] in "(\"'‘“" and len(part) > 1 and part[1].isupper() and part[-1] not in ",.;:)!?":
                    first = start + 1  # "(Redditch Borough Council)": the bracket opens the name
                    break
                if lw in _CONNECTORS:
                    if lw == "and" and text[start + len(part) + 1 : start + len(part) + 5] == "the ":
                        break  # "Claire Smith and the Council": "and the" joins two things
                    crossed_of = crossed_of or lw == "of"
                    n += 1
                elif (
                    part[0].isupper()
                    and part[-1] not in ",.;:)!?"
                    and lw not in lex.stopwords
                    and lw not in self.single_roles
                    and lw not in nz.MONTHS
                    and not (part.isupper() and len(part) > 5)
                    and not (crossed_of and lw in lex.not_names)
                ):
                    first = start
                    crossed_of = False
                    n += 1
                else:
                    break
                if n >= 7:
                    break
            if first >= 0:
                first = self._strip_leading(text, first, hs)
            if 0 <= first < hs:
                out.append(Found(first, he, lex.heads[m.group()], text[first:he], rank=2))
        return out

    def _strip_leading(self, text: str, first: int, head: int) -> int:
        """Start of an organisation name without a leading modifier or connector ("Last Committee")."""
        while first < head:
            end = text.find(" ", first, head)
            if end < 0:
                break
            lw = text[first:end].lower()
            if (
                lw in _CONNECTORS
                or (lw in self.lex.modifiers and lw != "new")
                or (len(lw) > 4 and lw.endswith("ed"))  # "Based on the Committee"
            ):
                first = end + 1
            else:
                break
        return first

    def __call__(self, text: str) -> list[Found]:
        return self._people(text) + self._given_named(text) + self._heads(text)

    # -- people by a given name

    def _given_named(self, text: str) -> list[Found]:
        """People named by a given name (``given_names.txt``) and a surname, anywhere: "Declan
        Hannon", "Keith D. Scheurman", "Mary Ann Moore". Not after "the", nor before a head noun
        or a place word ("the Florence Nightingale Hospital", "Albert Road"); the name must pass
        :meth:`valid_name` whole. Cue patterns and organisations win over it where they overlap."""
        lex = self.lex
        out: list[Found] = []
        for m in _CAP_WORD.finditer(text) if lex.given_names else ():
            if m.group() not in lex.given_names or (out and m.start() < out[-1].end):
                continue
            if _THE_BEFORE.search(text, max(0, m.start() - 5), m.start()):
                continue
            second = _CAP_WORD.match(text, m.end() + 1)
            two = second is not None and second.group() in lex.given_names
            tail = self.two_names.match(text, m.end()) if two else None
            tail = tail or self.one_name.match(text, m.end())
            if tail is None:
                continue
            nxt = _NEXT_WORD.match(text, tail.end())
            last = tail.group().split()[-1]
            if any(w in lex.heads or w in lex.place_words for w in (last, nxt.group(1) if nxt else "")):
                continue
            end = tail.end()
            if nxt and (more := _CAP_WORD.match(text, nxt.start(1))) and more.end() == nxt.end():
                longer = text[m.start() : more.end()]  # a third name: "Ann Clare Oakar"
                end = more.end() if self.valid_name(longer, titled=False) == longer else end
            name = text[m.start() : end]
            if self.valid_name(name, titled=False) == name:
                out.append(Found(m.start(), end, "PERSON", name, rank=1))
        return out
