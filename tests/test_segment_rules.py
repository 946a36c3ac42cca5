"""The segmenter's text rules on rows of real-world shapes: the council a document names,
narrative undertakings and their owners, the sentence split, attendee-name lists, line
cleaning and dates; with letters that break naive lower-casing ("ſ", "İ", the Kelvin sign)
as rows of their own."""

from __future__ import annotations

import re

import pytest

from minutesmine.segment import cues, lines, meeting, sections
from minutesmine.segment.cues import fold_for_needles, may_match, required_literals


@pytest.mark.parametrize(
    ("text", "header", "council"),
    [
        ("It was noted that Bradford Council and its partners agreed.", "", ("Bradford", True)),
        ("BRADFORD COUNCIL minutes", "", ("Bradford", True)),
        ("Bradford's Council noted.", "", ("Bradford", False)),
        (
            "Minutes of the meeting of the London Borough of Kingston upon Thames held on 3 May.",
            "",
            ("Kingston upon Thames", True),
        ),
        (
            "The report from Dún Laoghaire-Rathdown County Council was noted.",
            "",
            ("Dún Laoghaire-Rathdown", True),
        ),
        ("CYNGOR SIR YNYS MÔN / ISLE OF ANGLESEY COUNTY COUNCIL", "", ("Isle of Anglesey", True)),
        ("Ynys Môn County Council agreed the plan.", "", ("Isle of Anglesey", True)),
        ("Bury St Edmunds Town Council minutes", "", ("Bury St Edmunds Town Council", True)),
        # an ambiguous name: not after an ordinal, counted when named explicitly
        ("The bill received its Second Reading.", "", (None, False)),
        ("Reading Borough Council and Reading schools.", "", ("Reading", True)),
        ("Kerry Crichlow, Programme Director", "", (None, False)),
        # bodies outside the gazetteer, as written
        ("Minutes", "THE CITY OF PORTLAND By Karla Moore-Love", ("City of Portland", True)),
        ("Minutes of the Township of Nipissing Council", "", ("Township of Nipissing", True)),
        ("City of East Palo Alto City Council Regular Meeting", "", ("City of East Palo Alto", True)),
        # the header's council wins over the bodies the text mentions
        (
            "Members of Slough Borough Council\tand Bury Council met.",
            "Township of Nipissing \u2013 Council",
            ("Township of Nipissing", True),
        ),
        # letters whose case folding is not plain ASCII
        ("The \u017flough plan: Slough Borough Council agreed.", "", ("Slough", True)),
        ("Bradford \u212a Council", "", ("Bradford", False)),
        ("\u0130stanbul was visited by Bradford Council officers.", "", ("Bradford", True)),
        ("", "\u0130stanbul", (None, False)),
    ],
)
def test_find_council(text: str, header: str, council: tuple[str | None, bool]) -> None:
    assert meeting.find_council(text, header) == council


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Borough of BRADFORD \u2013 3 May", "borough of bradford \u2013 3 may"),
        ("Bradford \u00e9", "bradford \u00e9"),
        ("Bradford \u00e8", "bradford \u00e8"),
        ("Bradford \u2013", "bradford \u2013"),
        ("Bradford \u2019", "bradford \u2019"),
        # letters that match an ASCII letter under re.I, or lower-case to another length
        ("Bradford \u0130", None),
        ("Bradford \u0131", None),
        ("Bradford \u017f", None),
        ("Bradford \u212a", None),
        ("Bradford \u00d4", None),
        ("Bradford \u00c9", None),
    ],
)
def test_folded_is_lower_case_only_when_safe(text: str, folded: str | None) -> None:
    assert meeting._folded(text) == folded


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "The Chair thanked officers. The Director offered to circulate the data.",
            [("The Director offered to circulate the data.", "The Director")],
        ),
        (
            "The Head of Service would provide an updated plan at the next meeting.",
            [
                (
                    "The Head of Service would provide an updated plan at the next meeting.",
                    "The Head of Service",
                )
            ],
        ),
        (
            "The Head of Service, Sufficiency & Permanency would provide members with the numbers.",
            [
                (
                    "The Head of Service, Sufficiency & Permanency would provide members with the numbers.",
                    "The Head of Service, Sufficiency & Permanency",
                )
            ],
        ),
        (
            "THE DIRECTOR OFFERED TO SEND the figures to members.",
            [("THE DIRECTOR OFFERED TO SEND the figures to members.", "THE DIRECTOR")],
        ),
        (
            "Officers agreed to provide a briefing note. Members thanked them.",
            [("Officers agreed to provide a briefing note.", "Officers")],
        ),
        (
            "The Director undertook to report back on the waiting list.",
            [("The Director undertook to report back on the waiting list.", "The Director")],
        ),
        (
            "Members asked about costs! The Director would share the committee report with members.",
            [("The Director would share the committee report with members.", "The Director")],
        ),
        (
            "Cllr Bell agreed to provide a note.",
            [("Cllr Bell agreed to provide a note.", "Cllr Bell")],
        ),
        (
            "The Director would \u017fhare the report with members.",
            [("The Director would \u017fhare the report with members.", "The Director")],
        ),
        # no one undertook anything
        ("The new hub would provide support to families at the next stage.", []),
        ("Cllr Smith was offered to speak first.", []),
        ("The Director pointed out that a solution would provide members with options.", []),
        ("The Director o\u017ffered to send the data.", []),  # "ſ" is an s, not an f
        ("Nothing was agreed.", []),
        (
            "(The Director offered to circulate the data.)",
            [("(The Director offered to circulate the data.)", "The Director")],
        ),
        (
            "\u201cThe Director offered to circulate the data.\u201d",
            [("\u201cThe Director offered to circulate the data.\u201d", "The Director")],
        ),
        (
            "Mr. Smith offered to circulate the data.",
            [("Mr. Smith offered to circulate the data.", "Mr. Smith")],
        ),
        ("Cllr. Bell agreed to provide a note.", [("Cllr. Bell agreed to provide a note.", "Cllr. Bell")]),
    ],
)
def test_narrative_actions(text: str, actions: list[tuple[str, str | None]]) -> None:
    assert [(a.text, a.owner) for a in sections.narrative_actions(text)] == actions


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("He left.  She stayed! (Then) why? no", ["He left.", "She stayed!", "(Then) why? no"]),
        ("He left.\nShe stayed.", ["He left.", "She stayed."]),
        ('Noted.\t"Agreed" said B.', ["Noted.", '"Agreed" said B.']),
        (
            "The report (x) was noted. \u201cQuestions?\u201d \u201cNone.\u201d",
            ["The report (x) was noted.", "\u201cQuestions?\u201d \u201cNone.\u201d"],
        ),
        ("Costs rose by £1.2m. The Director explained.", ["Costs rose by £1.2m.", "The Director explained."]),
        ("He left...  She stayed.", ["He left...", "She stayed."]),
        ("a. b. C", ["a. b.", "C"]),  # a split only before a capital, quote or bracket
        ("He left .She stayed.", ["He left .She stayed."]),  # no white space after the stop
        ("", [""]),
        ("Mr. Smith left. She stayed.", ["Mr. Smith left.", "She stayed."]),
    ],
)
def test_split_sentences(text: str, sentences: list[str]) -> None:
    assert sections.split_sentences(text) == sentences


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Cllr A (Chair, Vice), B and C; D  and  (E and F)",
            ["Cllr A (Chair, Vice)", "B", "C", "D", "(E and F)"],
        ),
        (
            "Councillors Andy Brown, Sandra Anderson and Andrew Bell.",
            ["Councillors Andy Brown", "Sandra Anderson", "Andrew Bell"],
        ),
        ("Cllr A and\tB\nand C", ["Cllr A", "B", "C"]),
        ("Cllr A\u00a0and\u00a0B", ["Cllr A", "B"]),
        ("A (Chair", ["A (Chair"]),  # an unclosed bracket: no split inside it
        ("", []),
        (" , ; .", []),
        ("Cllr A SMITH AND Cllr B JONES", ["Cllr A SMITH", "Cllr B JONES"]),
        ("Cllr A Smith), Cllr B Jones", ["Cllr A Smith)", "Cllr B Jones"]),
    ],
)
def test_split_names(text: str, names: list[str]) -> None:
    assert meeting._split_names(text) == names


@pytest.mark.parametrize(
    ("line", "cleaned"),
    [
        (
            "**PRESENT IN THE CHAIR:**  Councillor D. McSweeney.",
            ("PRESENT IN THE CHAIR: Councillor D. McSweeney.", True),
        ),
        ("\u00a01.\u00a0\u00a0 This Committee requests", ("1. This Committee requests", False)),
        ("# Minutes of the meeting", ("Minutes of the meeting", True)),
        ("*Apologies*", ("Apologies", True)),
        ("__Apologies__", ("Apologies", True)),
        ("**bold** and **more**", ("bold and more", True)),
        ("Item\u2007\u20073\u202fNoted", ("Item 3 Noted", False)),
        ("zero\u200bwidth\ufeff", ("zero width", False)),
        ("1.\t  Apologies  \t", ("1.\tApologies", False)),
        ("T his meeting was held", ("This meeting was held", False)),  # a drop cap
        ("A \u2013 B", ("A \u2013 B", False)),
        ("  ", ("", False)),
    ],
)
def test_clean_line(line: str, cleaned: tuple[str, bool]) -> None:
    assert lines.clean(line) == cleaned


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "held on Tuesday, December 3, 2024 and 10th December 2024",
            [(8, 33, "2024-12-03"), (38, 56, "2024-12-10")],
        ),
        ("MONDAY, 27TH JANUARY, 2025, AT 3PM", [(0, 26, "2025-01-27")]),
        ("Meeting 03/05/2024 at 7pm", [(8, 18, "2024-05-03")]),
        ("2020-05-10", [(0, 10, "2020-05-10")]),
        ("10.05.2020", [(0, 10, "2020-05-10")]),
        ("May 3 1999", [(0, 10, "1999-05-03")]),
        ("the 5th day of May, 2021", [(4, 24, "2021-05-05")]),
        ("13/13/2020 and 32 May 2020", []),
        ("Item 1999 and 2020 only", []),
        ("3 May 24", []),  # a two-digit year is no full date
        ("Meeting 31/02/2020", []),  # no 31 February
        ("Meeting 29/02/2024", [(8, 18, "2024-02-29")]),  # a leap year's
    ],
)
def test_find_dates(text: str, dates: list[tuple[int, int, str]]) -> None:
    assert meeting.find_dates(text) == dates


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"(?<!was )\b(?:offered|promised)\s+to\s+\w+", re.I, {"offered", "promised"}),
        (r"\bwould\s+(?:provide|send)\s+members", 0, {"members"}),  # the longest run
        (r"\bagreed\s+to\b", re.I, {"agreed"}),
        (r"(?:proposed|provided)", 0, {"posed", "vided"}),  # after the common prefix "pro"
        (r"(?:abc|x\d)", 0, {"abc", "x"}),
        (r"(?:a|)bc", 0, {"bc"}),
        (r"MEETING of", re.I, {"meeting of"}),
        (r"\d+|x", 0, None),  # one branch requires nothing
        (r"[ab]+", 0, None),
        (r"caf\u00e9", 0, None),  # only ASCII words are used
    ],
)
def test_required_literals_table(pattern: str, flags: int, expected: set[str] | None) -> None:
    got = required_literals(re.compile(pattern, flags))
    assert got == (frozenset(expected) if expected is not None else None)


@pytest.mark.parametrize(
    ("pattern", "text", "may"),
    [
        (r"share", "The Director would share", True),
        (r"share", "The Director would \u017fhare", True),  # "ſ" matches "s" under re.I
        (r"kilns?", "\u212aILN", True),  # so does the Kelvin sign "k"
        (r"\bwould\s+(?:provide|send)\s+members", "WOULD PROVIDE MEMBERS", True),
        (r"\bshare\b", "the plan", False),
        (r"\bwould\s+(?:provide|send)\s+members", "would provide the committee", False),
    ],
)
def test_may_match(pattern: str, text: str, may: bool) -> None:
    """Whether a case-insensitive regex may match: never False where it matches."""
    rx = re.compile(pattern, re.I)
    assert may_match(rx, text) is may
    assert bool(rx.search(text)) is may


@pytest.mark.parametrize(("text", "folded"), [("\u017fhare", None), ("Share THE", "share the")])
def test_fold_for_needles(text: str, folded: str | None) -> None:
    assert fold_for_needles(text) == folded


def test_cue_families_have_needles() -> None:
    """The action cues are pre-filtered (a cue without required words is searched always)."""
    assert all(n is not None for n in cues.action_needles())
