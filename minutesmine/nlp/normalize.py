"""Normalisers: written figures -> the contract's values.

Each function is small, pure and takes the text of one entity as written:

========================  ===================================  ==========================
normaliser                example                              result
========================  ===================================  ==========================
:func:`parse_number`      ``"4,798"``, ``"7.2 million"``         ``4798``, ``7200000``
:func:`money`             ``"£10.9m"``, ``"€4.2m"``              ``(10900000, None)``,
                                                               ``(4200000, "EUR")``
:func:`percent`           ``"20 per cent"``                    ``20``
:func:`quantity`          ``"22 cases per social worker"``     ``(22, "case")``
:func:`singular`          ``"heads of service"``               ``"head of service"``
:func:`date`              ``"1/9/17"``, ``"April 2018"``         ``"2017-09-01"``, ``"2018-04"``
:func:`financial_year`    ``"2023/2024"``                      ``"2023/24"``
========================  ===================================  ==========================

They return ``None`` when the text is not a value of their kind, so they double as
validators. The entity finders (:mod:`minutesmine.nlp.rules`) locate the spans; these
functions only interpret them.
"""

from __future__ import annotations

import datetime as _dt
import re

__all__ = [
    "MONTHS",
    "date",
    "day_month",
    "financial_year",
    "iso_date",
    "money",
    "parse_number",
    "percent",
    "quantity",
    "singular",
]

#: Month names and abbreviations (lower case) -> month number.
MONTHS: dict[str, int] = {}
for _i, _name in enumerate(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ],
    start=1,
):
    MONTHS[_name] = _i
    MONTHS[_name[:3]] = _i
MONTHS["sept"] = 9

#: Multipliers written after a number.
SCALES: dict[str, int] = {
    "k": 1_000,
    "thousand": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "mil": 1_000_000,
    "million": 1_000_000,
    "millions": 1_000_000,
    "b": 1_000_000_000,
    "bn": 1_000_000_000,
    "billion": 1_000_000_000,
    "billions": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}

#: Currency signs and words -> ISO code; pounds sterling map to ``None`` (the contract's default).
CURRENCIES: dict[str, str | None] = {
    "£": None,
    "gbp": None,
    "pound": None,
    "pounds": None,
    "sterling": None,
    "pounds sterling": None,
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "c$": "CAD",
    "ca$": "CAD",
    "cad": "CAD",
}

_NUM = re.compile(r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)")
_SCALE = re.compile(r"^\s*(?P<scale>thousand|millions?|billions?|trillion|mn|mil|bn|[kmb])\b", re.I)

#: Irregular plurals -> singular (lower case).
IRREGULAR: dict[str, str] = {
    "children": "child",
    "people": "person",
    "persons": "person",
    "men": "man",
    "women": "woman",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "analyses": "analysis",
    "criteria": "criterion",
    "data": "data",
    "staff": "staff",
    "series": "series",
    "species": "species",
    "premises": "premises",
    "hrs": "hour",
    "mins": "minute",
    "yrs": "year",
    "wks": "week",
}

_KEEP_S = re.compile(r"(?:ss|us|is|ics|ous|news)$")


def _clean(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u2009", " ").strip()


def _tidy(x: float) -> int | float:
    """An integral float as int, else rounded to 6 places.

    >>> _tidy(10900000.000000002), _tidy(0.25)
    (10900000, 0.25)
    """
    r = round(x, 6)
    return int(r) if r == int(r) else r


def parse_number(text: str) -> int | float | None:
    """The number at the start of ``text``, with thousands separators and a written scale.

    >>> parse_number("4,798")
    4798
    >>> parse_number("7.2 million")
    7200000
    >>> parse_number("10.9m"), parse_number("381k"), parse_number("1.2bn")
    (10900000, 381000, 1200000000)
    >>> parse_number("75.2"), parse_number("0.7")
    (75.2, 0.7)
    >>> parse_number("cases") is None
    True
    >>> parse_number("007"), parse_number("12345678901234567890"), parse_number("1,234,567,890,123,456,789")
    (7, 12345678901234567890, 1234567890123456789)
    """
    if text.isascii() and text.isdigit():
        return int(text)
    text = _clean(text)
    m = _NUM.match(text)
    if not m:
        return None
    digits = m.group("num").replace(",", "")
    s = _SCALE.match(text[m.end() :])
    if s is None and digits.isdigit():
        return int(digits)  # a whole number, exactly (a float keeps 15-17 digits)
    value = float(digits)
    if s:
        value *= SCALES[s.group("scale").lower()]
    return _tidy(value)


def money(text: str) -> tuple[int | float, str | None] | None:
    """Amount and currency of a written sum: ``(value, None)`` for pounds, else an ISO code.

    >>> money("£10.9m")
    (10900000, None)
    >>> money("£25,000"), money("£0.7m"), money("£381k")
    ((25000, None), (700000, None), (381000, None))
    >>> money("1.2 billion pounds"), money("£1.2bn"), money("£3.5 million")
    ((1200000000, None), (1200000000, None), (3500000, None))
    >>> money("€4.2m"), money("$1,200"), money("€926.6million")
    ((4200000, 'EUR'), (1200, 'USD'), (926600000, 'EUR'))
    >>> money("50p"), money("GBP 500"), money("£911.000")
    ((0.5, None), (500, None), (911000, None))
    >>> money("41%") is None
    True
    """
    text = _clean(text)
    m = re.match(r"(?i)(?P<cur>£|€|us\$|c\$|ca\$|\$|gbp|eur|usd|cad)\s*", text)
    if m:
        body = text[m.end() :]
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", body):
            body = body.replace(".", ",")  # a full stop for a thousands separator: "£911.000"
        value = parse_number(body)
        return None if value is None else (value, CURRENCIES[m.group("cur").lower()])
    m = re.match(
        r"(?i)(?P<body>.*?)\s*(?P<cur>pounds sterling|pounds?|euros?|dollars?|sterling|p|pence)$", text
    )
    if not m:
        return None
    value = parse_number(m.group("body"))
    if value is None:
        return None
    cur = m.group("cur").lower()
    if cur in ("p", "pence"):
        return _tidy(value / 100), None
    return value, CURRENCIES[cur]


def percent(text: str) -> int | float | None:
    """The number of a percentage.

    >>> percent("41%"), percent("20 per cent"), percent("75.2%"), percent("12 percent")
    (41, 20, 75.2, 12)
    >>> percent("41") is None
    True
    """
    text = _clean(text)
    if not re.search(r"(?i)(?:%|\bper\s?cent\b|\bpercent\b)$", text):
        return None
    return parse_number(text)


def singular(phrase: str) -> str:
    """A unit phrase in the singular, lower case: the head noun is de-pluralised.

    The head is the last word, or the word before ``of``/``per``/``in`` in phrases like
    "heads of service".

    >>> singular("cases"), singular("Days"), singular("priorities"), singular("children")
    ('case', 'day', 'priority', 'child')
    >>> singular("team managers"), singular("heads of service"), singular("doctor appointments")
    ('team manager', 'head of service', 'doctor appointment')
    >>> singular("boxes"), singular("analysis"), singular("staff"), singular("hrs")
    ('box', 'analysis', 'staff', 'hour')
    >>> singular("children in care"), singular("looked after children")
    ('child in care', 'looked after child')
    """
    words = _clean(phrase).lower().split()
    if not words:
        return ""
    head = len(words) - 1
    for i, w in enumerate(words):
        if w in ("of", "in", "per", "on", "with") and i > 0:
            head = i - 1
            break
    words[head] = _singular_word(words[head])
    return " ".join(words)


def _singular_word(w: str) -> str:
    if w in IRREGULAR:
        return IRREGULAR[w]
    if len(w) <= 3 or not w.endswith("s") or _KEEP_S.search(w):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if re.search(r"(?:ches|shes|xes|sses|zzes)$", w):
        return w[:-2]
    return w[:-1]


def quantity(text: str) -> tuple[int | float, str] | None:
    """Count and singular unit of ``"<number> [modifier] <unit>"`` (modifiers are not dropped here).

    A trailing ``per <thing>`` is a rate, not part of the unit; a range keeps its lower bound.

    >>> quantity("35 cases"), quantity("22 cases per social worker"), quantity("10days")
    ((35, 'case'), (22, 'case'), (10, 'day'))
    >>> quantity("4,798 pupils"), quantity("7.2 million doctor appointments")
    ((4798, 'pupil'), (7200000, 'doctor appointment'))
    >>> quantity("6 heads of service"), quantity("3-6 months")
    ((6, 'head of service'), (3, 'month'))
    >>> quantity("35") is None
    True
    """
    text = _clean(text)
    m = re.match(
        r"(?i)(?P<num>[\d.,]+(?:\s*(?:thousand|million|billion))?)(?:\s*[-–]\s*[\d.,]+)?\s*(?P<unit>[a-z].*)$",
        text,
    )
    if not m:
        return None
    value = parse_number(m.group("num"))
    unit = re.split(r"(?i)\s+(?:per|a|an|each)\s+", m.group("unit"), maxsplit=1)[0]
    if value is None or not unit:
        return None
    return value, singular(unit)


def _year(y: str) -> int:
    n = int(y)
    if len(y) == 2:
        n += 2000 if n < 70 else 1900
    return n


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    try:
        if day is not None and month is not None:
            return _dt.date(year, month, day).isoformat()
        if month is not None:
            return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None
    except ValueError:
        return None
    return f"{year:04d}"


_MONTH_RE = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE_FORMS = [
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})$"),
    re.compile(r"(?P<a>\d{1,2})[/.\-](?P<b>\d{1,2})[/.\-](?P<y>\d{4}|\d{2})$"),
    re.compile(
        r"(?i)(?:[a-z]+day,?\s+)?(?:the\s+)?(?P<d>\d{1,2})(?:(?:st|nd|rd|th)?\s+(?:day\s+of\s+|of\s+)?|(?=[a-z])|(?:st|nd|rd|th)?-)"
        + _MONTH_RE
        + r"(?:,?\s+|-)(?P<y>\d{4})$"
    ),
    re.compile(
        r"(?i)(?:[a-z]+day,?\s+)?" + _MONTH_RE + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})$"
    ),
    re.compile(
        r"(?i)(?:(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+|mid-?\s*|early\s+|late\s+)?"
        + _MONTH_RE
        + r",?\s+(?:of\s+)?(?P<y>\d{4})$"
    ),
    re.compile(r"(?i)(?:in\s+|since\s+|by\s+)?(?P<y>\d{4})$"),
]


def iso_date(year: int, month: int, day: int) -> str | None:
    """``YYYY-MM-DD``, or None when there is no such day.

    >>> iso_date(2024, 3, 30), iso_date(2024, 2, 30) is None
    ('2024-03-30', True)
    """
    return _iso(year, month, day)


_DAY_MONTH = re.compile(
    r"(?i)(?:[a-z]+day,?\s+)?(?:(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + _MONTH_RE
    + r"|"
    + _MONTH_RE.replace("mon>", "mon2>")
    + r"\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?)$"
)


def day_month(text: str) -> str | None:
    """A day and month written without a year as ``--MM-DD`` (ISO 8601's form without the
    year, which the pipeline fills from the meeting's date).

    >>> day_month("6th March"), day_month("Thursday, February 15th"), day_month("31 June") is None
    ('--03-06', '--02-15', True)
    """
    m = _DAY_MONTH.match(_clean(text))
    if not m:
        return None
    mon, d = (m.group("mon"), m.group("d")) if m.group("mon") else (m.group("mon2"), m.group("d2"))
    month = MONTHS[mon.lower().rstrip(".")]
    return "--" + iso[5:] if (iso := _iso(2000, month, int(d))) else None  # 2000: a leap year


_ORDINAL_SPACE = re.compile(r"(?<=\d)[ \t]+(?=(?i:st|nd|rd|th)\b)")


def date(text: str) -> str | None:
    """ISO date at the precision written: day, month or year. Numeric dates are UK day-first
    unless only a month-first reading is valid.

    >>> date("5 March 2018"), date("10th December 2024"), date("Thursday 15 January 2026")
    ('2018-03-05', '2024-12-10', '2026-01-15')
    >>> date("31July 2023"), date("25th-Jul-2018")
    ('2023-07-31', '2018-07-25')
    >>> date("April 2018"), date("end of October 2018"), date("Sept. 2019"), date("October of 2020")
    ('2018-04', '2018-10', '2019-09', '2020-10')
    >>> date("1/9/17"), date("31/03/2025"), date("2024-12-03"), date("12/31/2025")
    ('2017-09-01', '2025-03-31', '2024-12-03', '2025-12-31')
    >>> date("January 15, 2026"), date("27TH JANUARY, 2025"), date("15th January, 2026")
    ('2026-01-15', '2025-01-27', '2026-01-15')
    >>> date("2nd day of April, 2024"), date("16 th December 2017")
    ('2024-04-02', '2017-12-16')
    >>> date("in 2017"), date("2016")
    ('2017', '2016')
    >>> date("31 February 2018") is None, date("June") is None
    (True, True)
    """
    text = _ORDINAL_SPACE.sub("", _clean(text))  # "16 th December 2017"
    for i, form in enumerate(_DATE_FORMS):
        m = form.match(text)
        if not m:
            continue
        g = m.groupdict()
        year = _year(g["y"])
        if i == 1:
            a, b = int(g["a"]), int(g["b"])
            day, month = (b, a) if a <= 12 < b else (a, b)
            return _iso(year, month, day)
        month = (
            MONTHS[g["mon"].lower().rstrip(".")] if g.get("mon") else (int(g["m"]) if g.get("m") else None)
        )
        day = int(g["d"]) if g.get("d") else None
        return _iso(year, month, day)
    return None


def financial_year(text: str) -> str | None:
    """A financial or academic year as ``YYYY/YY``; the second year must follow the first.

    >>> financial_year("2018/19"), financial_year("2018-19"), financial_year("2023/2024")
    ('2018/19', '2018/19', '2023/24')
    >>> financial_year("FY 2023/24"), financial_year("2024-2025"), financial_year("1999/00")
    ('2023/24', '2024/25', '1999/00')
    >>> financial_year("FY 10-11"), financial_year("FY10/12") is None
    ('2010/11', True)
    >>> financial_year("2015-18") is None, financial_year("2018/2020") is None
    (True, True)
    """
    m = re.search(r"(?P<a>\d{4})\s*[/\-–]\s*(?P<b>\d{4}|\d{2})$", _clean(text))
    if not m:
        m = re.fullmatch(r"(?i)fy\s*(?P<a>\d{2})\s*[/\-–]\s*(?P<b>\d{2})", _clean(text))  # "FY 10-11"
    if not m:
        return None
    a, b = _year(m.group("a")), m.group("b")
    nxt = a + 1
    if (len(b) == 2 and int(b) != nxt % 100) or (len(b) == 4 and int(b) != nxt):
        return None
    return f"{a}/{nxt % 100:02d}"
