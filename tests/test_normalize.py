"""Example tables for the normalisers (minutesmine.nlp.normalize): text as written -> value."""

from __future__ import annotations

import pytest

from minutesmine.nlp import normalize as nz


def _cases(table: dict[str, list[tuple]]) -> list:
    """Rows of a {group: [(text, expected), ...]} table as pytest params with readable ids."""
    return [pytest.param(*row, id=f"{group}: {row[0]}") for group, rows in table.items() for row in rows]


MONEY = {
    "pounds with scale": [
        ("£10.9m", 10_900_000, None),
        ("£0.7m", 700_000, None),
        ("£7m", 7_000_000, None),
        ("£381k", 381_000, None),
        ("£250K", 250_000, None),
        ("£1.2bn", 1_200_000_000, None),
        ("£1.2 billion", 1_200_000_000, None),
        ("£3.5 million", 3_500_000, None),
        ("£ 2.5m", 2_500_000, None),
    ],
    "pounds plain": [("£25,000", 25_000, None), ("£1,234,567.89", 1_234_567.89, None), ("£100", 100, None)],
    "currency words": [
        ("1.2 billion pounds", 1_200_000_000, None),
        ("500 pounds", 500, None),
        ("GBP 500", 500, None),
        ("2 million euros", 2_000_000, "EUR"),
        ("40 dollars", 40, "USD"),
    ],
    "other currencies": [
        ("€4.2m", 4_200_000, "EUR"),
        ("€926.6million", 926_600_000, "EUR"),
        ("€30,000", 30_000, "EUR"),
        ("$1,200", 1_200, "USD"),
        ("$2.4 million", 2_400_000, "USD"),
        ("US$5m", 5_000_000, "USD"),
    ],
    "pence": [("50p", 0.5, None), ("75 pence", 0.75, None)],
}


@pytest.mark.parametrize(("text", "value", "currency"), _cases(MONEY))
def test_money(text: str, value: float, currency: str | None) -> None:
    assert nz.money(text) == (value, currency)


@pytest.mark.parametrize("text", ["41%", "35 cases", "", "m"])
def test_money_rejects(text: str) -> None:
    assert nz.money(text) is None


PERCENT = {
    "sign": [("41%", 41), ("75.2%", 75.2), ("0.5%", 0.5), ("100 %", 100)],
    "words": [("20 per cent", 20), ("20 percent", 20), ("12.5 per cent", 12.5), ("20 Per Cent", 20)],
}


@pytest.mark.parametrize(("text", "value"), _cases(PERCENT))
def test_percent(text: str, value: float) -> None:
    assert nz.percent(text) == value


@pytest.mark.parametrize("text", ["41", "£41", "percentage"])
def test_percent_rejects(text: str) -> None:
    assert nz.percent(text) is None


QUANTITY = {
    "simple": [
        ("35 cases", 35, "case"),
        ("3 months", 3, "month"),
        ("7 priorities", 7, "priority"),
        ("10 Days", 10, "day"),
        ("10days", 10, "day"),
        ("1 child", 1, "child"),
        ("5 children", 5, "child"),
    ],
    "thousands and scale": [
        ("4,798 pupils", 4798, "pupil"),
        ("7.2 million doctor appointments", 7_200_000, "doctor appointment"),
    ],
    "rates": [("22 cases per social worker", 22, "case"), ("3 visits a week", 3, "visit")],
    "multi-word units": [
        ("56 team managers", 56, "team manager"),
        ("6 heads of service", 6, "head of service"),
        ("4 children in care", 4, "child in care"),
    ],
    "ranges keep the lower bound": [("3-6 months", 3, "month"), ("10–12 weeks", 10, "week")],
}


@pytest.mark.parametrize(("text", "value", "unit"), _cases(QUANTITY))
def test_quantity(text: str, value: float, unit: str) -> None:
    assert nz.quantity(text) == (value, unit)


SINGULAR = {
    "regular": [("cases", "case"), ("priorities", "priority"), ("boxes", "box"), ("days", "day")],
    "irregular": [("children", "child"), ("people", "person"), ("women", "woman"), ("staff", "staff")],
    "not plural": [("analysis", "analysis"), ("status", "status"), ("process", "process")],
    "abbreviations": [("hrs", "hour"), ("mins", "minute"), ("yrs", "year")],
    "head before of/in": [("heads of service", "head of service"), ("members of staff", "member of staff")],
    "compound": [("team managers", "team manager"), ("looked after children", "looked after child")],
}


@pytest.mark.parametrize(("text", "expected"), _cases(SINGULAR))
def test_singular(text: str, expected: str) -> None:
    assert nz.singular(text) == expected


DATES = {
    "day month year": [
        ("5 March 2018", "2018-03-05"),
        ("10th December 2024", "2024-12-10"),
        ("27 November 2018", "2018-11-27"),
        ("Thursday 15 January 2026", "2026-01-15"),
        ("15th January, 2026", "2026-01-15"),
        ("27TH JANUARY, 2025", "2025-01-27"),
        ("1st of April 2019", "2019-04-01"),
        ("3 Sept 2019", "2019-09-03"),
    ],
    "month day year (US)": [("January 15, 2026", "2026-01-15"), ("Wednesday, March 4 2020", "2020-03-04")],
    "month year": [
        ("April 2018", "2018-04"),
        ("end of October 2018", "2018-10"),
        ("the beginning of May 2020", "2020-05"),
        ("Sept. 2019", "2019-09"),
        ("mid-June 2021", "2021-06"),
    ],
    "numeric, UK day first": [
        ("1/9/17", "2017-09-01"),
        ("31/03/2025", "2025-03-31"),
        ("01.09.2017", "2017-09-01"),
        ("5-3-2018", "2018-03-05"),
    ],
    "numeric, month first only when day-first is impossible": [("12/31/2025", "2025-12-31")],
    "ISO": [("2024-12-03", "2024-12-03")],
    "year": [("2017", "2017"), ("in 2017", "2017"), ("since 2016", "2016")],
}


@pytest.mark.parametrize(("text", "expected"), _cases(DATES))
def test_date(text: str, expected: str) -> None:
    assert nz.date(text) == expected


@pytest.mark.parametrize(
    "text", ["June", "August", "31 February 2018", "32/01/2020", "13/13/2020", "Priority 2"]
)
def test_date_rejects(text: str) -> None:
    assert nz.date(text) is None


PERIODS = {
    "short second year": [("2018/19", "2018/19"), ("2018-19", "2018/19"), ("2018–19", "2018/19")],
    "full second year": [("2023/2024", "2023/24"), ("2024-2025", "2024/25")],
    "prefixed": [("FY 2023/24", "2023/24"), ("financial year 2025/26", "2025/26")],
    "century": [("1999/00", "1999/00"), ("1999/2000", "1999/00")],
}


@pytest.mark.parametrize(("text", "expected"), _cases(PERIODS))
def test_financial_year(text: str, expected: str) -> None:
    assert nz.financial_year(text) == expected


@pytest.mark.parametrize("text", ["2015-18", "2018/2020", "2019", "18/19"])
def test_financial_year_rejects(text: str) -> None:
    assert nz.financial_year(text) is None


NUMBERS = {
    "plain": [("35", 35), ("4,798", 4798), ("0.7", 0.7), ("1,234,567", 1_234_567)],
    "scaled": [
        ("7.2 million", 7_200_000),
        ("10.9m", 10_900_000),
        ("381k", 381_000),
        ("1.2bn", 1_200_000_000),
    ],
}


@pytest.mark.parametrize(("text", "expected"), _cases(NUMBERS))
def test_parse_number(text: str, expected: float) -> None:
    assert nz.parse_number(text) == expected
