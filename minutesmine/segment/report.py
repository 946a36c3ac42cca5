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

from minutesmine.segment.cues import cover_labels, match_attendance, report_heading_kind
from minutesmine.segment.lines import Line
from minutesmine.segment.meeting import split_trailing_date
from minutesmine.segment.numbering import is_title, point_marker, split_inline_points
from minutesmine.segment.sections import Draft

__all__ = ["Report", "build_report", "cover_row", "is_report", "numbered_heading"]

_ROW = re.compile(r"^(?P<label>[A-Za-z][A-Za-z &/(),'\u2019.-]{1,60}?)\s*(?::\s*|\t+)(?P<value>\S.*)$")
_BY = re.compile(r"^(?P<label>report (?:by|of|from))\s+(?P<value>(?:the\s+)?[A-Z].+)$", re.I)
_CAPS_ROW = re.compile(
    r"^(?P<label>[A-Z][A-Z0-9&/,'\u2019().\- ]{3,80}?)\s+(?P<value>(?:[A-Z][a-z]|[^A-Z\s]).*)$"
)
_NUMBERED = re.compile(r"^(?P<num>\d{1,2})\.?\s+(?P<rest>\S.*)$")
_SUBNUM = re.compile(r"^\d{1,2}\.\d{1,2}$")


def _snake(label: str) -> str:
    """A label as a snake_case key.

    >>> _snake("CORPORATE PRIORITY/POLICY CONTEXT")
    'corporate_priority_policy_context'
    """
    return re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_")


def cover_row(text: str, cover: bool = True) -> tuple[str, str] | None:
    """A cover-sheet row as (key, value); unknown ALL-CAPS labels count only on the cover.

    >>> cover_row("REPORT TO:\\tChildren and Young People's Sub-Committee 27 November 2018")
    ('report_to', "Children and Young People's Sub-Committee 27 November 2018")
    >>> cover_row("Report by Matthew Hill, Director Highways")
    ('report_by', 'Matthew Hill, Director Highways')
    >>> cover_row("FINANCIAL IMPACT 10.9m has been allocated")
    ('financial_impact', '10.9m has been allocated')
    >>> cover_row("The Committee noted: the report", cover=True) is None
    True
    """
    labels = cover_labels()
    for rx in (_BY, _ROW):
        m = rx.match(text)
        if not m:
            continue
        label, value = m.group("label").strip(), m.group("value").strip().rstrip("\t")
        key = labels.get(label.lower())
        if key:
            return key, value
        if cover and label.isupper() and len(label.split()) <= 8:
            return _snake(label), value
    if cover:
        m = _CAPS_ROW.match(text)
        if m and len(m.group("label").split()) >= 2 and not re.match(r"^\d", text):
            label = m.group("label").strip()
            if sum(c.isalpha() for c in label) >= 6:
                return _snake(label), m.group("value").strip()
    return None


def is_report(lines: list[Line]) -> bool:
    """Whether a document opens with a report cover sheet rather than minutes."""
    hits = 0
    for line in lines[:40]:
        if match_attendance(line.text) is not None:
            return False
        row = cover_row(line.text, cover=False)
        if row is not None:
            hits += 1
    return hits >= 2


def numbered_heading(text: str) -> tuple[str, str, str] | None:
    """A numbered report heading as (number, heading, text after it on the line).

    >>> numbered_heading("7. FINANCIAL AND RISK ASSESSMENT CONSIDERATIONS")
    ('7', 'FINANCIAL AND RISK ASSESSMENT CONSIDERATIONS', '')
    >>> numbered_heading("1. RECOMMENDATIONS 1.1 Note the refreshed plan")
    ('1', 'RECOMMENDATIONS', '1.1 Note the refreshed plan')
    >>> numbered_heading("2. Executive Summary")
    ('2', 'Executive Summary', '')
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
    if is_title(rest, lenient=True) and len(tokens) <= 10 and not rest.endswith("."):
        return num, rest, ""
    return None


class Report:
    """The result of reading a report: metadata, title, drafts, committee and date."""

    def __init__(self) -> None:
        self.metadata: dict[str, str] = {}
        self.title: str | None = None
        self.drafts: list[Draft] = []
        self.committee: str | None = None
        self.date: str | None = None


def build_report(lines: list[Line]) -> Report:
    """Read a report's lines into metadata and typed sections."""
    rep = Report()
    cover = True
    last_num = 0
    cur: Draft | None = None
    title_line: str | None = None

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
        if cover and title_line is None and not rep.metadata and _title_like(text):
            title_line = text
            if cur is None or cur.kind != "other":
                open_("other", line)
            else:
                cur.lines.append(line)
            continue
        nh = numbered_heading(text)
        if nh is not None and int(nh[0]) > last_num:
            num, heading, body = nh
            last_num = int(num)
            cover = False
            kind = report_heading_kind(heading) or "report_section"
            d = open_(kind, line, heading=heading, number=num)
            if body:
                _add_body(d, body)
            continue
        kind = report_heading_kind(text) if len(text.split()) <= 10 else None
        if (
            cover
            and title_line is None
            and (split_trailing_date(text)[1] or _BODY_NAME.search(text))
            and len(text.split()) <= 12
            and cover_row(text) is None
            and numbered_heading(text) is None
        ):
            kind = None  # the committee and date above the title
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
            open_(kind, line, heading=text.rstrip(":").strip())
            continue
        row = cover_row(text, cover=cover)
        if row is not None:
            key, value = row
            rep.metadata.setdefault(key, value)
            if cur is None or cur.kind != "other" or cur.heading is not None:
                open_("other", line)
            else:
                cur.lines.append(line)
            continue
        if cur is None:
            open_("other" if cover else "report_section", line)
        elif cur.kind == "table":
            open_("report_section", line, number=None)
        else:
            cur.lines.append(line)
            if cur.kind in ("recommendation",):
                _add_body(cur, text)
    _finish_metadata(rep, title_line)
    return rep


_BODY_NAME = re.compile(r"\b(?:committee|panel|board|cabinet|council|commission)\b", re.I)


def _title_like(text: str) -> bool:
    """Whether a cover-sheet line is the report's title (not the committee, a date or a label)."""
    body_name = _BODY_NAME.search(text)
    return (
        is_title(text, lenient=True)
        and not split_trailing_date(text)[1]
        and (not body_name or len(text.split()) > 6)
        and report_heading_kind(text) is None
        and cover_row(text) is None
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
        if d.style in (None, pm.style):
            d.style = pm.style
            d.add_entry(pm.rest)
        else:
            d.extend_entry(text)
    elif d.entries and (text[:1].islower() or not d.entries[-1].rstrip().endswith((".", ";", ":"))):
        d.extend_entry(text)
    elif not text.rstrip().endswith(":"):
        d.add_entry(text)


def _finish_metadata(rep: Report, title_line: str | None) -> None:
    md = rep.metadata
    if "report_to" in md:
        name, iso = split_trailing_date(md["report_to"])
        md["report_to"] = name
        rep.committee, rep.date = name, iso
    for key in list(md):
        md[key] = re.sub(r"\s+", " ", md[key]).strip()
    rep.title = md.get("subject") or title_line
