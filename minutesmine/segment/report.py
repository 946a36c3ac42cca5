"""Officer reports: cover sheet -> metadata, numbered headings -> sections, tables.

A report is recognised by its cover sheet ("REPORT TO:", "SUBJECT:", "LEAD OFFICER:",
"Report by ...", "Relevant Portfolio Holder: ..."). Its cover rows become ``metadata``
(snake_case keys), its numbered headings ("7. FINANCIAL AND RISK ASSESSMENT
CONSIDERATIONS") and known unnumbered headings ("Purpose of Report", "Recommendation(s)")
open sections; numbered paragraphs ("7.1 ...") stay with their section; the points of a
recommendations section become the item's recommendations.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from pydantic import BaseModel, ConfigDict

from minutesmine.assets import read_jsonl
from minutesmine.blocks import TableData
from minutesmine.segment.cues import is_role_line, match_attendance, match_section, report_heading_kind
from minutesmine.segment.lines import Line
from minutesmine.segment.meeting import find_dates, split_trailing_date, tidy_name
from minutesmine.segment.numbering import is_title, point_marker, split_inline_points
from minutesmine.segment.sections import Draft, lead_in

__all__ = ["Report", "build_report", "cover_row", "is_report", "numbered_heading"]

_ROW = re.compile(r"^(?P<label>[A-Za-z][A-Za-z &/(),'\u2019.?-]{1,60}?)\s*(?::\s*|\t+)(?P<value>\S.*)$")
#: a label standing alone on its line, its value on the next line (or in the next table cell)
_LONE = re.compile(r"^(?P<label>[A-Za-z][A-Za-z &/(),'\u2019.?-]{1,60}?)\s*:?\s*$")


class CoverLabel(BaseModel):
    """One row of ``models/cues/cover_sheet.jsonl``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    label: str
    key: str
    bare: bool = False  # the value may follow after a plain space ("Report by Matthew Hill")
    weak: bool = False  # common outside reports ("To:", "Contact:"): does not make a report
    above_title: bool = False  # the row may stand above the title ("Report of the Director ...")


@lru_cache(maxsize=1)
def _labels() -> dict[str, CoverLabel]:
    """Cover labels (lower case) -> their row, validated."""
    rows = [CoverLabel.model_validate(rec) for rec in read_jsonl("cues", "cover_sheet.jsonl")]
    return {r.label.lower(): r for r in rows}


def _known_label(label: str) -> CoverLabel | None:
    """The cover label row a label names, in any case and spacing ("Wards  Affected")."""
    return _labels().get(re.sub(r"\s+", " ", label.lower()))


@lru_cache(maxsize=1)
def _bare_re() -> re.Pattern[str]:
    """Bare labels followed by their value after a space: "Report by X", "Agenda Item 166"."""
    bare = sorted((lab for lab, r in _labels().items() if r.bare), key=len, reverse=True)
    alts = "|".join(re.escape(lab).replace(r"\ ", r"\s+") for lab in bare) or "(?!)"
    return re.compile(rf"^(?P<label>{alts})\s+(?P<value>(?:the\s+)?[A-Z0-9].*)$", re.I)


_CAPS_ROW = re.compile(
    r"^(?P<label>[A-Z][A-Z0-9&/,'\u2019().\- ]{3,80}?)\s+(?P<value>(?:[A-Z][a-z]|[^A-Z\s]).*)$"
)
#: a year or a span of years ending a title in capitals ("STRATEGY 2025-2030", "PLAN 2025/26")
_YEARS = re.compile(r"^\d{4}(?:\s*[-\u2013/]\s*\d{2,4})?$")
_NUMBERED = re.compile(r"^(?P<num>\d{1,2})(?:\.0)?\.?\s+(?P<rest>\S.*)$")  # "2.", "2", "2.0"
_SUBNUM = re.compile(r"^\d{1,2}\.\d{1,2}$")


def _snake(label: str) -> str:
    """A label as a snake_case key.

    >>> _snake("CORPORATE PRIORITY/POLICY CONTEXT")
    'corporate_priority_policy_context'
    """
    return re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_")


def cover_row(text: str, cover: bool = True, deciding: bool = False) -> tuple[str, str] | None:
    """A cover-sheet row as (key, value); unknown ALL-CAPS labels count only on the cover,
    weak labels ("To:", "Contact:") not when ``deciding`` whether a document is a report.

    >>> cover_row("REPORT TO:\\tChildren and Young People's Sub-Committee 27 November 2018")
    ('report_to', "Children and Young People's Sub-Committee 27 November 2018")
    >>> cover_row("Report by Matthew Hill, Director Highways")
    ('lead_officer', 'Matthew Hill, Director Highways')
    >>> cover_row("Agenda Item 166"), cover_row("Contact: Democratic Services", deciding=True)
    (('agenda_item', '166'), None)
    >>> cover_row("FINANCIAL IMPACT 10.9m has been allocated")
    ('financial_impact', '10.9m has been allocated')
    >>> cover_row("The Committee noted: the report", cover=True) is None
    True
    """
    for rx in (_bare_re(), _ROW):
        m = rx.match(text)
        if not m:
            continue
        label, value = m.group("label").strip(), m.group("value").strip().rstrip("\t")
        row = _known_label(label) or _wrapped_label(label)
        if row is not None:
            return None if deciding and row.weak else (row.key, value)
        if cover and label.isupper() and len(label.split()) <= 8:
            return _snake(label), value
    if cover:
        m = _CAPS_ROW.match(text)
        if (
            m
            and len(m.group("label").split()) >= 2
            and not re.match(r"^\d", text)
            and not _YEARS.match(m.group("value"))
            and not _only_date(m.group("value"))  # "GENERAL MEETING AGENDA 14 MAY 2025": a header
        ):
            label = m.group("label").strip()
            if sum(c.isalpha() for c in label) >= 6:
                return _snake(label), m.group("value").strip()
    return None


def _wrapped_label(label: str) -> CoverLabel | None:
    """The known label a cover cell's first line begins when the label wraps in its cell after a
    joining word ("Lead Officer and" over "Report Author"), when only one key fits.

    >>> _wrapped_label("Lead Officer and").key, _wrapped_label("Lead Officer")
    ('contact_officer', None)
    """
    low = re.sub(r"\s+", " ", label.lower())
    if not low.endswith((" and", " of", " &", " for")):
        return None
    fits = [r for lab, r in _labels().items() if lab.startswith(low + " ")]
    return fits[0] if fits and len({r.key for r in fits}) == 1 else None


def is_report(lines: list[Line]) -> bool:
    """Whether a document opens with a report cover sheet rather than minutes: two cover rows,
    or a "Purpose of Report" heading (numbered or not) before any attendance list."""
    hits = 0
    for line in lines[:40]:
        if match_attendance(line.text) is not None:
            return False
        row = cover_row(line.text, cover=False, deciding=True)
        if row is not None or ((lone := _lone_label(line.text)) is not None and not lone.weak):
            hits += 1
        elif _opens_purpose(line.text):
            hits += 2
    return hits >= 2


def _opens_purpose(text: str) -> bool:
    """Whether a line is a report's purpose heading: numbered ("1. Purpose of Report", "1. PURPOSE")
    or naming the report ("Purpose of the Report"); a bare "Purpose:" labels a minutes item too."""
    nh = numbered_heading(text)
    if nh is not None:
        return report_heading_kind(nh[1]) == "purpose" and len(text) < 60
    return bool(_PURPOSE_OF_REPORT.match(text.strip())) and report_heading_kind(text) == "purpose"


_PURPOSE_OF_REPORT = re.compile(r"^purpose\s+of\s+(?:the\s+|this\s+)?report\b", re.I)


def numbered_heading(text: str) -> tuple[str, str, str] | None:
    """A numbered report heading as (number, heading, text after it on the line).

    >>> numbered_heading("7. FINANCIAL AND RISK ASSESSMENT CONSIDERATIONS")
    ('7', 'FINANCIAL AND RISK ASSESSMENT CONSIDERATIONS', '')
    >>> numbered_heading("1. RECOMMENDATIONS 1.1 Note the refreshed plan")
    ('1', 'RECOMMENDATIONS', '1.1 Note the refreshed plan')
    >>> numbered_heading("2. Executive Summary")
    ('2', 'Executive Summary', '')
    >>> numbered_heading("3.0 SUPPORTING INFORMATION")
    ('3', 'SUPPORTING INFORMATION', '')
    >>> numbered_heading("1. Purpose of this report")
    ('1', 'Purpose of this report', '')
    >>> numbered_heading("1. To communicate how we are improving services") is None
    True
    """
    m = _NUMBERED.match(text.strip())
    if not m:
        return None
    num, rest = m.group("num"), m.group("rest").strip()
    tokens = rest.split()
    head: list[str] = []
    for tok in tokens:
        if _SUBNUM.match(tok.rstrip(".")) or any(c.islower() for c in tok):
            break
        head.append(tok)
    if head and sum(c.isalpha() for c in " ".join(head)) >= 4:
        body = " ".join(tokens[len(head) :])
        if head[-1] in {"&", "AND", "OF", "THE", "-", "\u2013"}:
            return None
        return num, " ".join(head), body
    # a title, or a known heading in sentence case ("1. Purpose of this report")
    titled = is_title(rest, lenient=True) or report_heading_kind(rest) is not None
    if titled and len(tokens) <= 10 and not rest.endswith("."):
        return num, rest, ""
    return None


class Report:
    """The result of reading a report: metadata, title, drafts, committee and date."""

    def __init__(self) -> None:
        self.metadata: dict[str, str] = {}
        self.title: str | None = None
        self.drafts: list[Draft] = []
        self.committee: str | None = None
        self.decided_alone = False  # addressed to an officer or member deciding alone: no committee
        self.date: str | None = None
        self.above_title: list[str] = []  # cover lines before the title: committee, date


def build_report(lines: list[Line]) -> Report:
    """Read a report's lines into metadata and typed sections."""
    rep = Report()
    cover = True
    last_num = 0
    unnumbered = False  # the body's headings are unnumbered: a numbered line there is a list point
    cur: Draft | None = None
    title_line: str | None = None
    pending: str | None = None  # a label that stood alone: its value is the next line

    def open_(kind: str, line: Line | None, **kw: object) -> Draft:
        nonlocal cur
        cur = Draft(kind=kind, **kw)  # type: ignore[arg-type]
        if line is not None:
            cur.lines.append(line)
        rep.drafts.append(cur)
        return cur

    for line in lines:
        text = line.text
        if line.table is not None:
            if cover:
                for key, value in _cover_table_rows(line.table):
                    rep.metadata.setdefault(key, value)
            open_("table", line, table=line.table)
            continue
        if (
            cur is not None
            and cur.kind == "table"
            and cur.table is not None
            and re.match(r"^(?:table|figure)\s+\d+\b", text, re.I)
        ):
            cur.table.caption = cur.table.caption or text
            cur.lines.append(line)
            continue
        if pending is not None:
            if cover_row(text) is None and numbered_heading(text) is None and not line.heading:
                rep.metadata.setdefault(pending, text)
                if cur is None:
                    open_("other", line)
                else:
                    cur.lines.append(line)
                pending = None
                continue
            pending = None
        if cover and title_line is None and _title_position(rep.metadata, line) and _title_like(text):
            title_line = text
            if cur is None or cur.kind != "other":
                open_("other", line)
            else:
                cur.lines.append(line)
            continue
        nh = numbered_heading(text)
        if nh is not None and unnumbered and not _heads_numbering(nh[1]):
            nh = None  # "1. Resolution" under ATTACHMENTS is a point of the list
        if nh is not None and int(nh[0]) > last_num:
            unnumbered = False
            num, heading, body = nh
            last_num = int(num)
            cover = False
            kind = report_heading_kind(heading) or "report_section"
            d = open_(kind, line, heading=heading, number=num)
            if body:
                _add_body(d, body)
            continue
        kind, heading = _known_heading(text)
        if cover and title_line is None and _above_title(text):
            kind = None  # the committee and date above the title
            rep.above_title.append(text)
            if cur is None or cur.kind != "other":
                open_("other", line)
            else:
                cur.lines.append(line)
            continue
        if (
            kind is None
            and (line.heading or line.bold)
            and is_title(text, lenient=True)
            and not cover_row(text)
        ):
            kind = "report_section"
        if kind is not None:
            cover = False
            unnumbered = unnumbered or last_num == 0
            open_(kind, line, heading=heading or text.rstrip(":").strip())
            if (lone := _lone_label(text)) is not None:
                pending = lone.key  # "Attachments:" heading its list: the first entry is the value
            continue
        cuts = _run_in_cuts(text)
        for a, b in pairwise([*cuts, len(text)]):
            if (more := cover_row(text[a:b].strip(), cover=False)) is not None and more[1]:
                rep.metadata.setdefault(*more)
        row = cover_row(text[: cuts[0]].strip() if cuts else text, cover=cover)
        if row is None and cover and (lone := _lone_label(text)) is not None:
            pending, row = lone.key, (lone.key, "")
        if row is not None:
            key, value = row
            value, more = _date_then_row(value)
            if more is not None:
                rep.metadata.setdefault(*more)
            if value:
                rep.metadata.setdefault(key, value)
            if cur is None or cur.kind != "other" or cur.heading is not None:
                open_("other", line)
            else:
                cur.lines.append(line)
            continue
        if cur is None:
            open_("other" if cover else "report_section", line)
        elif not cover and cur.kind not in ("recommendation", "table") and _recommends(text):
            open_("recommendation", line)  # "This report makes the following recommendations to ...:"
        elif cur.kind == "table":
            open_("report_section", line, number=None)
        else:
            cur.lines.append(line)
            if cur.kind in ("recommendation", "resolution"):  # "Decision taken" in a record of decision
                _add_body(cur, text)
    _finish_metadata(rep, title_line)
    return rep


_BODY_NAME = re.compile(r"\b(?:committee|panel|board|cabinet|council|commission|meeting)\b", re.I)


def _heads_numbering(heading: str) -> bool:
    """Whether a numbered line after unnumbered headings starts numbered headings after all:
    a known heading or one in capitals ("1. PURPOSE OF REPORT" in an enclosed report)."""
    return heading.isupper() or report_heading_kind(heading) is not None


def _above_title(text: str) -> bool:
    """A cover line above the title naming the meeting or its date ("Kingston Neighbourhood
    Committee", "EDUCATION COMMITTEE - 20 MAY 2025"), not a labelled row."""
    if len(text.split()) > 12 or numbered_heading(text) is not None:
        return False
    dated = split_trailing_date(text)[1] is not None
    if dated and _BODY_NAME.search(text) and not re.search(r"[:\t]", text):
        return True  # a capitals line "BODY - DATE" reads like a row, but it names the meeting
    return (dated or _BODY_NAME.search(text) is not None) and cover_row(text) is None


def _caps_title(text: str) -> bool:
    """A title in capitals around a colon ("SCHOOL ESTATE: EARLY YEARS CAPACITY"): the part
    before the colon is no known label and the part after it is a phrase in capitals too."""
    head, colon, tail = text.partition(":")
    return bool(colon) and text.isupper() and len(tail.split()) >= 3 and _known_label(head.strip()) is None


def _title_like(text: str) -> bool:
    """Whether a cover-sheet line is the report's title (not the committee, a date or a label)."""
    body_name = _BODY_NAME.search(text)
    return (
        is_title(text, lenient=True)
        and not split_trailing_date(text)[1]
        and (not body_name or len(text.split()) > 6)
        and report_heading_kind(text) is None
        and (cover_row(text) is None or _caps_title(text))
        and _lone_label(text) is None
        and numbered_heading(text) is None
    )


def _add_body(d: Draft, text: str) -> None:
    """Add text to a recommendations section, one entry per point."""
    parts = split_inline_points(text)
    if parts:
        for p in parts:
            d.add_entry(p)
        return
    pm = point_marker(text)
    if pm is not None and pm.rest:
        if d.style is None and len(d.entries) == 1 and lead_in(d.entries[0]):
            d.entries = []  # "RECOMMENDATION: That the Board" then "(a) note ...": the points are the entries
        if d.style is None and not d.entries and lead_in(pm.rest):
            d.add_entry(pm.rest)  # "2.1 It is recommended that the Committee:" before "(a) notes ..."
        elif d.style in (None, pm.style):
            d.style = pm.style
            d.add_entry(pm.rest)
        else:
            d.extend_entry(text)
    elif d.entries and (
        d.style is not None or text[:1].islower() or not d.entries[-1].rstrip().endswith((".", ";", ":"))
    ):
        d.extend_entry(text)  # a wrapped line, or a paragraph under a lettered/numbered point
    elif not _INTRO.search(text):
        d.add_entry(text)


#: the line that introduces a list of points ("Council is recommended to approve: -")
_INTRO = re.compile(r":\s*[-\u2013\u2014]?\s*$")


def _recommends(text: str) -> bool:
    """Whether a body line introduces the report's recommendations below it, under another
    heading ("This report makes the following recommendations to this Committee:").

    >>> _recommends("This report makes the following recommendations to this Committee:")
    True
    >>> _recommends("Option 1 is recommended."), _recommends("The options are:")
    (False, False)
    """
    if "recommend" not in text.lower() or not _INTRO.search(text):
        return False
    hit = match_section(text)
    return hit is not None and hit[0].label == "recommendation" and not hit[1].strip(" :-")


_NOTE = re.compile(r"^(?P<head>.{3,60}?)\s+[-\u2013\u2014]\s+(?P<note>\S.{0,40})$")


def _known_heading(text: str) -> tuple[str | None, str | None]:
    """(kind, heading) of a known report heading, also with a short note after a dash
    ("Background papers - Held by Author"); (None, None) otherwise."""
    if len(text.split()) > 10:
        return None, None
    kind = report_heading_kind(text)
    if kind is not None:
        return kind, None
    m = _NOTE.match(text.strip())
    if m and len(m.group("note").split()) <= 5 and (kind := report_heading_kind(m.group("head"))):
        return kind, m.group("head").strip()
    return None, None


def _title_position(metadata: dict[str, str], line: Line) -> bool:
    """Whether a cover line stands where a title may: before any cover row, after rows that may
    stand above a title ("Report of the Director of Housing" over "HOMELESSNESS STRATEGY"),
    or a heading after other rows."""
    if "subject" in metadata:
        return False
    return not set(metadata) - _above_title_keys() or line.heading or line.bold


@lru_cache(maxsize=1)
def _above_title_keys() -> frozenset[str]:
    """Keys of cover rows that may stand above a report's title."""
    return frozenset(r.key for r in _labels().values() if r.above_title)


def _date_then_row(value: str) -> tuple[str, tuple[str, str] | None]:
    """A cover value that is a date with a bare-labelled row run in after it: the date, and the
    row ("DATE: March 6, 2025 Report No. FIR-25-004" on a British Columbia staff report).

    >>> _date_then_row("March 6, 2025 Report No. FIR-25-004")
    ('March 6, 2025', ('report_number', 'FIR-25-004'))
    >>> _date_then_row("March 6, 2025"), _date_then_row("Cabinet")
    (('March 6, 2025', None), ('Cabinet', None))
    """
    hits = find_dates(value) if value[:1].isalnum() else []
    if not hits or hits[0][0] != 0 or hits[0][1] >= len(value.rstrip()):
        return value, None
    rest = value[hits[0][1] :].strip(" ,;")
    m = _bare_re().match(rest)
    more = _known_label(m.group("label")) if m else None
    if m is None or more is None:
        return value, None
    return value[: hits[0][1]].strip(), (more.key, m.group("value").strip())


def _run_in_cuts(text: str) -> list[int]:
    """Where labelled rows that a reader ran into one line start after the first ("Reviewed by:
    Ann Lee, Director Approved for Submission by: Cara Dreyer"): known labels of two words or
    more, capitalised, before a colon.

    >>> line = "Reviewed by: Ann Lee, Director Approved for Submission by: Cara Dreyer"
    >>> [line[k:k + 8] for k in _run_in_cuts(line)]
    ['Approved']
    >>> line = "On agenda: 3/17/2025 Final action:"  # a Legistar file header's empty last label
    >>> [line[k:k + 5] for k in _run_in_cuts(line)]
    ['Final']
    """
    if text.count(":") < 2:
        return []
    return [m.start("label") for m in _run_in_re().finditer(text)]


@lru_cache(maxsize=1)
def _run_in_re() -> re.Pattern[str]:
    """A known label of two words or more inside a line, capitalised, before its colon."""
    labs = sorted((lab for lab, r in _labels().items() if " " in lab and not r.weak), key=len, reverse=True)
    alts = "|".join(re.escape(lab).replace(r"\ ", r"\s+") for lab in labs)
    return re.compile(rf"(?<=\S\s)(?P<label>(?=[A-Z])(?i:{alts}))\s*:(?:\s|$)")


def _cover_table_rows(table: TableData) -> list[tuple[str, str]]:
    """The rows of a cover-sheet table of two cells whose first cell is a known cover label
    ("Final Decision-Maker | Policy and Resources Committee", "Wards affected | All").

    >>> _cover_table_rows(TableData(["Wards affected", "All"], [["Meeting", "Date"]]))
    [('wards', 'All')]
    """
    out: list[tuple[str, str]] = []
    for cells in (table.header, *table.rows):
        if len(cells) != 2 or not cells[1].strip():
            continue
        row = _known_label(cells[0].strip().rstrip(":"))
        if row is not None and not row.weak:
            out.append((row.key, cells[1].strip()))
    return out


def _lone_label(text: str) -> CoverLabel | None:
    """A known label standing alone on its line ("REPORT TO:"), else None."""
    m = _LONE.match(text.strip())
    row = _known_label(m.group("label")) if m else None
    if row is None:
        return None
    marked = text.rstrip().endswith(":") or text.isupper()
    return row if marked or not row.weak else None  # "Report to" / "Subject" over their values


_MEETING_WORD = re.compile(r"\s+(?:(?:ordinary|extraordinary|special|annual|full|regular)\s+)?meeting$", re.I)


def _report_to_from_header(rep: Report) -> None:
    """The committee line above a report's title ("Kingston Neighbourhood Committee",
    "Royal Sutton Coldfield Town Council Meeting 21 February 2017") as ``report_to``."""
    named = [k for k, text in enumerate(rep.above_title) if _BODY_NAME.search(text)]
    dated = [k for k in named if split_trailing_date(rep.above_title[k])[1]]
    meetings = [k for k in named if not _AUTHORITY.search(rep.above_title[k])]
    # "GLENLOCHY COUNCIL" over "CABINET" or "EDUCATION COMMITTEE - 20 MAY 2025"
    for k in (dated or meetings or named)[:1]:
        name, iso = split_trailing_date(rep.above_title[k])
        name = name.strip().rstrip("-\u2013\u2014,").strip()
        rep.metadata["report_to"] = _MEETING_WORD.sub("", name).strip()
        after = [t for t in rep.above_title[k + 1 : k + 3] if split_trailing_date(t)[1]]
        if iso is None and after and len(after[0].split()) <= 5:
            rep.metadata.setdefault("meeting_date", after[0])  # the date alone on the next line
        rep.date = iso or (split_trailing_date(after[0])[1] if after else None)
        return


def _only_date(text: str) -> bool:
    """Whether a cover value is a date alone ("May 20, 2025", "Thursday 12 June 2025").

    >>> _only_date("May 20, 2025"), _only_date("Cabinet 12 June 2025"), _only_date("Cabinet")
    (True, False, False)
    """
    name, iso = split_trailing_date(text)
    return iso is not None and name.strip() == text.strip()


#: the authority's own name at the head of a report ("ASHCOMBE VALE DISTRICT COUNCIL"), not its meeting
_AUTHORITY = re.compile(r"\bcouncil\s*$", re.I)


def _finish_metadata(rep: Report, title_line: str | None) -> None:
    md = rep.metadata
    if "report_to" in md and _only_date(md["report_to"]):
        md.setdefault("meeting_date", md.pop("report_to"))  # "Meeting: May 20, 2025" names no body
    if "report_to" not in md:
        _report_to_from_header(rep)
        rep.committee = tidy_name(md["report_to"]) if "report_to" in md else None
    else:
        name, iso = split_trailing_date(md["report_to"])
        md["report_to"] = name
        # an officer or member deciding alone ("Decision maker: A Threlfall, Director") is no committee
        rep.decided_alone = is_role_line(name)
        rep.committee, rep.date = (None if rep.decided_alone else name), iso
    if rep.date is None and "meeting_date" in md:
        rep.date = split_trailing_date(md["meeting_date"])[1]  # "Date of meeting: 12 March 2024"
    for key in list(md):
        md[key] = re.sub(r"\s+", " ", md[key]).strip()
    if title_line and "subject" not in md:
        m = _ITEM_NUMBER.match(title_line)  # "11.3 DRAFT FOOTPATH STRATEGY" in a business paper
        if m:
            md.setdefault("agenda_item", m.group("num"))
        md["subject"] = re.sub(r"\s+", " ", title_line[m.end() if m else 0 :]).strip()
    rep.title = md.get("subject") or title_line


#: the agenda number before a report's title line in a business paper ("11.3", "7.2.1")
_ITEM_NUMBER = re.compile(r"^(?P<num>\d{1,3}(?:\.\d{1,2}){1,2})\.?\s+(?=\S)")
